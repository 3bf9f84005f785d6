using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class BodyMentionedAsksTests
{
    private readonly BodyMentionedAsks _rule = new();

    [Fact]
    public void Nothing_understood_about_the_body_asks()
    {
        Assert.True(_rule.Apply(Ready with { MentionsBody = true }, Holding())?.MaybePain);
    }

    [Fact]
    public void Not_at_the_pain_kind_prompt()
    {
        Assert.Null(_rule.Apply(PainKind with { MentionsBody = true }, Holding()));
    }

    [Fact]
    public void Not_for_a_command_to_someone_else()
    {
        Assert.Null(_rule.Apply(Ready with { MentionsBody = true, ActivityCommand = true }, Holding()));
    }

    [Fact]
    public void Not_when_something_was_understood()
    {
        Assert.Null(_rule.Apply(Ready with { MentionsBody = true }, Holding(Intent.Ready)));
    }
}
