using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class SaidThingAsksHelpTests
{
    private readonly SaidThingAsksHelp _rule = new();

    [Fact]
    public void Naming_what_the_bot_said_alone_asks_for_help()
    {
        Assert.Equal([Intent.Help], Intents(_rule.Apply(Ready with { NamesSaidThing = true }, Holding())));
    }

    [Theory]
    [InlineData(Intent.Repeat)]
    [InlineData(Intent.Slower)]
    public void Naming_what_the_bot_said_beside_a_repeat_or_a_pace_is_what_they_are_about(Intent beside)
    {
        Assert.Null(_rule.Apply(Ready with { NamesSaidThing = true }, Holding(beside)));
    }
}
