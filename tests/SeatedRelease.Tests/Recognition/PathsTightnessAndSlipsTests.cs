using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: where a pain goes, said with no verb or with dictation's "shouting" for "shooting", is spreading at
/// the pain-kind prompt; a tightness beside a denial of pain and a go-ahead is the stretch felt; slips of "next",
/// "done", "hold on" and "mat"; a side finished then swapped; yes in other languages; what the exercise is for.
/// </summary>
public sealed class PathsTightnessAndSlipsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("shouting down the back of my leg", "sharp")]
    [InlineData("shooing down my calf", "sharp")]
    [InlineData("down the back of my thigh", "sharp")]
    [InlineData("right down into my foot", "sharp")]
    [InlineData("all the way down my leg", "sharp")]
    [InlineData("along the side of my shin", "sharp")]
    [InlineData("a pain down my arm", "sharp")]
    public void A_path_to_a_body_part_is_spreading_where_the_kind_is_asked(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData("a mild ache down my thigh", "mild")]
    [InlineData("not down my leg, just in the knee", "unknown")]
    [InlineData("it eases when I lie down on my back", "unknown")]
    [InlineData("the kids are shouting down the back of the garden", "unknown")]
    [InlineData("it doesn't go down my leg", "sharp")] // unchanged: the `down my leg` sharp phrase
    public void A_path_answered_mild_denied_placed_or_of_someone_else_is_not_read_as_spreading(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "shouting down the back of my leg", "pain")]
    [InlineData(PromptContext.Ready, "the kids are shouting downstairs", "unknown")]
    [InlineData(PromptContext.Ready, "the kids are shouting down the back of the garden", "maybe-pain")] // "back" asks, as before
    [InlineData(PromptContext.YesNo, "the kids are shouting down the hall", "unknown")]
    [InlineData(PromptContext.PainKind, "the kids are shouting", "unknown")]
    [InlineData(PromptContext.Ready, "I'm shooing the cat away", "unknown")]
    public void Shouting_is_dictations_shooting_only_before_a_path_to_a_body_part(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("hamstrings are tight but it doesn't hurt, carry on", "ready")]
    [InlineData("my calves feel tight, no pain though, keep going", "more")]
    [InlineData("tight but not painful, keep going", "more")]
    [InlineData("tight and it hurts, carry on", "pain")]
    [InlineData("it's tight and painful but carry on", "pain")]
    [InlineData("tight, carry on", "maybe-pain")]
    public void A_tightness_beside_a_denial_of_pain_and_a_go_ahead_is_the_stretch_felt(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "nxt", "ready")]
    [InlineData(PromptContext.Ready, "I'm dome for today", "stop")]
    [InlineData(PromptContext.Ready, "I think I'm dome for the day", "stop")]
    [InlineData(PromptContext.Ready, "the dome light is on", "unknown")]
    [InlineData(PromptContext.Ready, "hold one", "pause")]
    [InlineData(PromptContext.Ready, "hold one second", "pause")]
    [InlineData(PromptContext.Ready, "hold on", "pause")]
    [InlineData(PromptContext.Surface, "yoga mate", "mat")]
    [InlineData(PromptContext.Surface, "exercise mate", "mat")]
    [InlineData(PromptContext.Surface, "my mate is here", "unknown")]
    public void Slips_of_next_done_hold_on_and_mat_are_read_in_their_frames(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("I've finished the right side, swap", "enough")]
    [InlineData("done the left side, switch", "enough")]
    [InlineData("finished", "stop")]
    [InlineData("I'm done for today", "stop")]
    public void A_side_said_finished_then_swapped_moves_to_the_other_leg(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "ja", "yes")]
    [InlineData(PromptContext.YesNo, "haan ji", "yes")]
    [InlineData(PromptContext.YesNo, "si", "yes")]
    [InlineData(PromptContext.YesNo, "oui", "yes")]
    [InlineData(PromptContext.YesNo, "da", "yes")]
    [InlineData(PromptContext.YesNo, "nahi", "no")]
    [InlineData(PromptContext.YesNo, "da knee still sore", "pain")]
    [InlineData(PromptContext.Surface, "da mat", "mat")]
    [InlineData(PromptContext.Ready, "thoda slow", "slower")]
    [InlineData(PromptContext.Ready, "thoda fast please", "faster")]
    public void Words_of_other_languages_mixed_into_English_answer(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("what is the use of this exercise")]
    [InlineData("what's the use of this")]
    [InlineData("what does this exercise do for me")]
    public void Asking_what_the_exercise_is_for_is_a_question_about_its_benefits(string utterance)
    {
        var recognition = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal("question", recognition.Label);
        Assert.Equal("benefits", recognition.Topic);
    }
}
