using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class MovingOnIsReadyTests
{
    private readonly MovingOnIsReady _rule = new();

    [Fact]
    public void A_finish_beside_a_progress_question_is_moving_on()
    {
        Assert.Equal([Intent.Ready], Intents(_rule.Apply(Ready with { MovingOn = true }, Holding(Intent.Progress))));
    }

    [Fact]
    public void A_finish_with_nothing_else_understood_is_moving_on()
    {
        Assert.Equal([Intent.Ready], Intents(_rule.Apply(Ready with { MovingOn = true }, Holding())));
    }

    [Fact]
    public void A_finish_beside_another_request_leaves_the_request()
    {
        Assert.Null(_rule.Apply(Ready with { MovingOn = true }, Holding(Intent.Pause)));
    }
}
