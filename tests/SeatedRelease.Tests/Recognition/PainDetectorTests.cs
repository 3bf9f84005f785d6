using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;
using Answer = SeatedRelease.Practice.Recognition.Recognition;

namespace SeatedRelease.Tests.Recognition;

public sealed class PainDetectorTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData("my foot is numb")]
    [InlineData("tingling in my toes")]
    [InlineData("it's shooting down my leg")]
    [InlineData("I feel dizzy")]
    [InlineData("I heard a pop")]
    [InlineData("carpet but my leg's gone dead")]
    public void A_red_flag_is_sharp_at_the_pain_kind_prompt_never_mild(string utterance)
    {
        Assert.Equal(Intent.Sharp, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Theory]
    [InlineData(PromptContext.Ready, "I feel sick")]
    [InlineData(PromptContext.YesNo, "I feel faint")]
    [InlineData(PromptContext.Surface, "rug, but I'm feeling a bit faint")]
    [InlineData(PromptContext.Ready, "I can't catch my breath")]
    public void A_red_flag_is_pain_at_any_other_prompt(PromptContext context, string utterance)
    {
        Assert.Equal(Intent.Pain, fixture.Composite.Recognize(context, utterance).Intent);
    }

    [Theory]
    [InlineData("no tingling at all, ready")]
    [InlineData("I used to get numbness years ago")]
    [InlineData("what if I feel dizzy")]
    [InlineData("my wife gets dizzy doing this")]
    public void A_red_flag_negated_supposed_or_about_someone_else_leaves_the_rules_answer(string utterance)
    {
        var ruled = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(ruled, fixture.Composite.Pain.Escalate(PromptContext.Ready, ruled, utterance));
    }

    [Theory]
    [InlineData("about a seven out of ten", Intent.Sharp)]
    [InlineData("two out of ten", Intent.Mild)]
    public void A_score_out_of_ten_at_the_pain_kind_prompt_names_the_kind(string utterance, Intent kind)
    {
        Assert.Equal(kind, fixture.Composite.Pain.Escalate(PromptContext.PainKind, new Answer(Intent.Unknown), utterance).Intent);
    }

    [Theory]
    [InlineData("it's not mild, I can tell you that")]
    [InlineData("definitely not a discomfort")]
    [InlineData("more than mild")]
    [InlineData("pretty bad actually")]
    public void More_than_mild_at_the_pain_kind_prompt_is_sharp_even_when_a_mild_word_is_said(string utterance)
    {
        Assert.Equal(Intent.Sharp, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Theory]
    [InlineData("not bad, just a bit achy")]
    [InlineData("no, just a little")]
    public void A_mild_answer_with_a_negator_in_it_stays_mild(string utterance)
    {
        Assert.Equal(Intent.Mild, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Fact]
    public void A_score_never_lowers_the_kind_the_rules_gave()
    {
        Assert.Equal(Intent.Sharp, fixture.Composite.Pain.Escalate(PromptContext.PainKind, new Answer(Intent.Sharp), "two out of ten").Intent);
    }

    [Fact]
    public void Without_safety_words_the_rules_answer_stands()
    {
        var ruled = new Answer(Intent.Ready);
        Assert.Equal(ruled, PainDetector.None.Escalate(PromptContext.Ready, ruled, "my foot is numb"));
    }
}
