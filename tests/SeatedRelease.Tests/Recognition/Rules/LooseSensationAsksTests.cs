using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class LooseSensationAsksTests
{
    private readonly LooseSensationAsks _rule = new();

    [Fact]
    public void A_sensation_of_no_body_part_beside_a_surface_answer_describes_the_room()
    {
        var evidence = Surface with { LooseSensationClause = 1, SurfaceClause = 1 };
        Assert.Null(_rule.Apply(evidence, Holding(Intent.Mat)));
    }

    [Fact]
    public void A_sensation_of_no_body_part_in_another_clause_than_the_surface_may_be_pain()
    {
        var evidence = Surface with { LooseSensationClause = 0, SurfaceClause = 1 };
        Assert.True(_rule.Apply(evidence, Holding(Intent.Mat))?.MaybePain);
    }

    [Fact]
    public void Loose_sensations_in_two_clauses_may_be_pain_even_beside_a_surface()
    {
        var evidence = Surface with { LooseSensationClause = 1, SurfaceClause = 1, LooseSensationElsewhere = true };
        Assert.True(_rule.Apply(evidence, Holding(Intent.Mat))?.MaybePain);
    }
}
