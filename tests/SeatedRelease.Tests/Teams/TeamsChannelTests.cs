using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SeatedRelease.Bot.Teams;
using SeatedRelease.Tests.DirectLine;
using SeatedRelease.Tests.Host;

namespace SeatedRelease.Tests.Teams;

/// <summary>The bot on Microsoft Teams, through the real host: greeting on install, text that stands alone, rate limits.</summary>
public sealed class TeamsChannelTests
{
    private static readonly string[] Session = ["no", "carpet", .. Enumerable.Repeat("ready", 40)];

    private static (HostFactory Host, ManualClock Clock) NewHost() => (new HostFactory(), new ManualClock());

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithClock(HostFactory host, ManualClock clock) =>
        host.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            // Waiting for room moves the manual clock on instead of sleeping.
            s.AddSingleton(new TeamsRateWindow(clock, (wait, _) => { clock.Advance(wait); return Task.CompletedTask; }));
        }));

    private static string Said(IEnumerable<JsonElement> messages) =>
        string.Join(" ", messages.Select(m => m.GetProperty("text").GetString()!.Replace("\n\n", " ", StringComparison.Ordinal)));

    [Fact]
    public async Task Installing_the_app_in_personal_chat_greets_with_buttons_and_no_delays()
    {
        var (host, clock) = NewHost();
        using var _ = host;
        using var app = WithClock(host, clock);
        var greeting = await new TeamsClient(app.CreateClient(), "teams-install").InstallAsync();

        var messages = TeamsClient.Messages(greeting);
        Assert.NotEmpty(messages);
        Assert.Contains("safety question", Said(messages), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(greeting, a => a.GetProperty("type").GetString() == "delay");
        Assert.True(greeting.Count <= TeamsRateWindow.PerSecond, $"{greeting.Count} activities in one turn");
        Assert.True(messages[^1].TryGetProperty("suggestedActions", out var actions) && actions.GetProperty("actions").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_group_chat_says_nothing()
    {
        using var host = new HostFactory();
        var replies = await new TeamsClient(host.CreateClient(), "teams-group", conversationType: "groupChat").InstallAsync();
        Assert.Empty(replies);
    }

    [Fact]
    public async Task A_whole_session_on_teams_keeps_every_line_in_order_and_stays_inside_the_rate_limits()
    {
        // The same session on a plain channel, for the words the listener must still get on Teams.
        using var plainHost = new HostFactory();
        var plain = new TeamsClient(plainHost.CreateClient(), "plain-session", channelId: "test");
        var plainTurns = new List<List<JsonElement>> { TeamsClient.Messages(await plain.SendAsync("conversationUpdate", null, "29:listener")) };
        foreach (var say in Session) plainTurns.Add(TeamsClient.Messages(await plain.SayAsync(say)));

        var (host, clock) = NewHost();
        using var _ = host;
        using var app = WithClock(host, clock);
        var teams = new TeamsClient(app.CreateClient(), "teams-session");
        // When each turn's messages went: the clock after the turn, which waiting for room may have moved on.
        var sent = new List<(DateTimeOffset At, int Count)>();
        var teamsTurns = new List<List<JsonElement>> { TeamsClient.Messages(await teams.InstallAsync()) };
        sent.Add((clock.GetUtcNow(), teamsTurns[^1].Count));
        foreach (var say in Session)
        {
            // A brisk listener: a reply every half second, far faster than anyone following the movement.
            clock.Advance(TimeSpan.FromMilliseconds(500));
            var turn = await teams.SayAsync(say);
            Assert.DoesNotContain(turn, a => a.GetProperty("type").GetString() == "delay");
            teamsTurns.Add(TeamsClient.Messages(turn));
            sent.Add((clock.GetUtcNow(), teamsTurns[^1].Count));
        }

        Assert.Equal(plainTurns.Count, teamsTurns.Count);
        var combined = 0;
        for (var i = 0; i < plainTurns.Count; i++)
        {
            Assert.Equal(Said(plainTurns[i]), Said(teamsTurns[i]));
            if (teamsTurns[i].Count < plainTurns[i].Count) combined++;
            Assert.All(teamsTurns[i], m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("text").GetString())));
        }
        Assert.True(combined > 0, "the brisk session never needed combining, so the limits were not exercised");
        foreach (var (at, _) in sent)
        {
            Assert.True(sent.Where(s => s.At > at - TimeSpan.FromSeconds(1) && s.At <= at).Sum(s => s.Count) <= TeamsRateWindow.PerSecond, $"more than 7 in the second up to {at}");
            Assert.True(sent.Where(s => s.At > at - TimeSpan.FromSeconds(30) && s.At <= at).Sum(s => s.Count) <= TeamsRateWindow.PerThirtySeconds, $"more than 60 in the 30 seconds up to {at}");
        }
    }
}
