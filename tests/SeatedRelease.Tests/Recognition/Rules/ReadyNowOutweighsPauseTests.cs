using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class ReadyNowOutweighsPauseTests
{
    private readonly ReadyNowOutweighsPause _rule = new();

    [Fact]
    public void Ready_now_after_not_ready_is_ready()
    {
        Assert.Equal([Intent.Ready], Intents(_rule.Apply(Ready with { ReadyNow = true }, Holding(Intent.Pause))));
    }

    [Fact]
    public void Not_ready_alone_stays_a_pause()
    {
        Assert.Null(_rule.Apply(Ready, Holding(Intent.Pause)));
    }

    [Fact]
    public void Ready_now_counts_only_where_ready_is_asked_for()
    {
        Assert.Null(_rule.Apply(YesNo with { ReadyNow = true }, Holding(Intent.Pause)));
    }
}
