using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// A report of pain keeps its meaning whatever is said around it: after an answer word whose comma was lost, beside a
/// go-ahead, or beside a milder word at the kind question. Each theory crosses a few reports with many framings, so a
/// reading that only holds for the words it was written from shows here.
/// </summary>
public sealed class ReportInContextTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private static readonly string[] RedFlags =
    [
        "i feel dizzy", "my foot is numb", "my leg is tingling", "its shooting down my leg", "something popped",
        "i feel faint", "it's spreading into my calf", "my toes went numb", "there's pins and needles in my foot", "my back went",
    ];

    // Said bare, with no subject of their own.
    private static readonly string[] BareRedFlags = ["pins and needles", "tingling in my toes", "numbness in my foot", "shooting pain down my leg"];

    private static readonly string[] Pains = ["it hurts", "my knee hurts", "my hamstring is sore", "my back aches", "ouch that hurts"];

    private static readonly string[] Openers =
    [
        "no", "nah", "nope", "yes", "yeah", "ok", "okay but", "sorry", "um", "well", "actually", "no wait", "no no",
        "not really but", "hmm", "oh", "no,", "not sure,", "i dont know", "never mind", "not ready",
    ];

    private static readonly string[] GoAheads = ["ready but {0}", "ready, {0}", "ok go, {0} though", "{0} but ready", "{0} but keep going", "done {0}", "all good but {0}"];

    private static readonly string[] Milder =
    [
        "mild", "not sharp", "just a little", "a bit sore", "it's not too bad", "no it's mild", "not really sharp", "no not sharp", "a two out of ten",
    ];

    private static readonly string[] KindFrames = ["{0} but {1}", "{0}, {1}", "{0} and {1}", "{1} but {0}", "{0} although {1}", "{0} {1}", "{1} {0}"];

    public static TheoryData<PromptContext> Prompts() => new(PromptContext.Ready, PromptContext.YesNo, PromptContext.Surface, PromptContext.PainKind);

    [Theory]
    [MemberData(nameof(Prompts))]
    public void A_report_after_an_answer_word_is_still_a_report(PromptContext context)
    {
        var missed = (from opener in Openers
                      from report in RedFlags.Concat(Pains)
                      let said = opener + " " + report
                      let heard = fixture.Composite.Recognize(context, said).Intent
                      where !Reported(context, heard, RedFlags.Contains(report))
                      select $"{said} -> {heard}").ToList();
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData(PromptContext.Ready)]
    [InlineData(PromptContext.YesNo)]
    public void A_report_beside_a_go_ahead_is_never_a_go_ahead(PromptContext context)
    {
        var missed = (from frame in GoAheads
                      from report in RedFlags.Concat(Pains)
                      let said = string.Format(frame, report)
                      let heard = fixture.Composite.Recognize(context, said).Intent
                      where !CompositeRecognizer.IsPainFamily(heard)
                      select $"{said} -> {heard}").ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void A_red_flag_beside_a_milder_word_at_the_kind_question_is_sharp()
    {
        var missed = (from frame in KindFrames
                      from mild in Milder
                      from flag in RedFlags.Concat(BareRedFlags)
                      let said = string.Format(frame, mild, flag)
                      let heard = fixture.Composite.Recognize(PromptContext.PainKind, said).Intent
                      where heard != Intent.Sharp
                      select $"{said} -> {heard}").ToList();
        Assert.Empty(missed);
    }

    // A red flag at the kind question is sharp; elsewhere any answer of the pain family stops the movement.
    private static bool Reported(PromptContext context, Intent heard, bool redFlag) =>
        context == PromptContext.PainKind && redFlag ? heard == Intent.Sharp : CompositeRecognizer.IsPainFamily(heard);
}
