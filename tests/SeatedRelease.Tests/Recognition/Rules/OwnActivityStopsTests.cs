using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class OwnActivityStopsTests
{
    private readonly OwnActivityStops _rule = new();

    [Fact]
    public void A_command_about_the_listeners_own_doing_alone_stops()
    {
        Assert.Equal([Intent.Stop], Intents(_rule.Apply(Ready with { ActivityCommand = true, OwnActivity = true }, Holding())));
    }

    [Fact]
    public void A_command_about_someone_elses_doing_does_not_stop()
    {
        Assert.Null(_rule.Apply(Ready with { ActivityCommand = true }, Holding()));
    }

    [Fact]
    public void A_command_about_the_listeners_doing_beside_a_request_leaves_the_request()
    {
        Assert.Null(_rule.Apply(Ready with { ActivityCommand = true, OwnActivity = true }, Holding(Intent.Slower)));
    }
}
