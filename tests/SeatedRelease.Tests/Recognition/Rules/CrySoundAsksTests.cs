using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class CrySoundAsksTests
{
    private readonly CrySoundAsks _rule = new();

    [Fact]
    public void A_cry_alone_may_be_pain()
    {
        var after = _rule.Apply(Ready with { MaybeCry = true }, Holding());
        Assert.Equal([Intent.MaybePain], Intents(after));
        Assert.True(after?.MaybePain);
    }

    [Fact]
    public void A_sound_opening_an_answer_acknowledges()
    {
        Assert.Null(_rule.Apply(Ready with { MaybeCry = true }, Holding(Intent.Ready)));
    }

    [Fact]
    public void A_cry_after_the_answer_may_be_pain()
    {
        Assert.Contains(Intent.MaybePain, Intents(_rule.Apply(Ready with { MaybeCry = true, CryOnlyInFront = false }, Holding(Intent.Ready))));
    }
}
