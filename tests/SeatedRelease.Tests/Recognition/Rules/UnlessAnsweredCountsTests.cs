using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class UnlessAnsweredCountsTests
{
    private readonly UnlessAnsweredCounts _rule = new();

    [Fact]
    public void Start_fresh_alone_counts()
    {
        var evidence = YesNo with { UnlessAnswered = MatchState.Bit(Intent.No) };
        Assert.Equal([Intent.No], Intents(_rule.Apply(evidence, Holding())));
    }

    [Fact]
    public void Start_fresh_beside_an_explicit_answer_does_not_count()
    {
        var evidence = YesNo with { UnlessAnswered = MatchState.Bit(Intent.No) };
        Assert.Null(_rule.Apply(evidence, Holding(Intent.Yes)));
    }
}
