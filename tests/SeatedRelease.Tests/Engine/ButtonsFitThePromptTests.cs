using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Engine;

/// <summary>The buttons of a prompt offer what can be done there: no "That's enough" before a leg, "Other leg" after mild pain in a leg.</summary>
public sealed class ButtonsFitThePromptTests
{
    [Fact]
    public async Task Set_up_offers_no_end_of_leg_and_mild_pain_in_a_leg_offers_the_other_leg()
    {
        await using var conversation = new HostConversation("buttons-fit", "buttons-listener");
        await conversation.JoinAsync();
        await conversation.SayAsync("no");
        var sitting = await conversation.SayAsync("carpet");
        Assert.Contains("Ready", sitting[^1].Buttons);
        Assert.DoesNotContain("That's enough", sitting[^1].Buttons);

        var setupPain = await conversation.SayAsync("it hurts a little");
        Assert.DoesNotContain("Other leg", setupPain[^1].Buttons);
        await conversation.SayAsync("ready");
        await conversation.SayAsync("ready");
        await conversation.SayAsync("ready");

        var legPain = await conversation.SayAsync("it hurts a bit");
        Assert.Contains("Other leg", legPain[^1].Buttons);
        var other = await conversation.SayAsync("Other leg");
        Assert.Contains(other, m => m.Text.Contains("That is all for your right leg", StringComparison.Ordinal));
    }
}
