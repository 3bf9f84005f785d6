using System.Diagnostics;
using System.Net;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Tests.DirectLine;

public sealed class DirectLineConversationTests : IClassFixture<DirectLineFactoryFixture>
{
    private readonly DirectLineFactory _factory;

    public DirectLineConversationTests(DirectLineFactoryFixture fixture) => _factory = fixture.Factory;

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Starting_a_conversation_greets_the_user_once()
    {
        var client = await _factory.StartedClientAsync();
        var (seen, watermark) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "hello u1"), Ct);

        var again = await client.StartAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await client.PostTextAsync("marker", Ct);
        var (later, _) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo marker"), Ct, watermark);

        Assert.Single(seen, x => ((string?)x["text"])?.StartsWith("hello", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(later, x => ((string?)x["text"])?.StartsWith("hello", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_posted_activity_comes_back_as_an_echo_with_its_client_id_before_the_bots_answer()
    {
        var client = await _factory.StartedClientAsync();
        var post = await client.PostTextAsync("hi there", Ct, clientActivityId: "client-42");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var id = (string?)JObject.Parse(await post.Content.ReadAsStringAsync(Ct))["id"];

        var (seen, _) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo hi there"), Ct);

        var echo = seen.Single(x => (string?)x["id"] == id);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("u1", (string?)echo["from"]!["id"]);
        var reply = seen.Single(x => (string?)x["text"] == "echo hi there");
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.True(seen.IndexOf(echo) < seen.IndexOf(reply));
    }

    [Fact]
    public async Task Polling_from_a_watermark_returns_only_newer_activities()
    {
        var client = await _factory.StartedClientAsync();
        var (_, watermark) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "hello u1"), Ct);

        await client.PostTextAsync("second", Ct);
        var (newer, next) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo second"), Ct, watermark);

        Assert.DoesNotContain(newer, x => (string?)x["text"] == "hello u1");
        Assert.True(long.Parse(next, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));
        var nothingNew = JObject.Parse(await (await client.GetActivitiesAsync(next, Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Empty((JArray)nothingNew["activities"]!);
    }

    [Fact]
    public async Task A_delay_activity_leaves_real_silence_without_holding_up_the_post()
    {
        var client = await _factory.StartedClientAsync();
        var post = await client.PostTextAsync("slow", Ct);
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var right = JObject.Parse(await (await client.GetActivitiesAsync("", Ct)).Content.ReadAsStringAsync(Ct));

        await client.PollAsync(a => a.Any(x => (string?)x["text"] == "two"), Ct);

        // The post answered while the turn was still in its pause...
        Assert.DoesNotContain((JArray)right["activities"]!, x => (string?)x["text"] == "two");

        // ...and the second message came only after the pause (the turn began before the post answered).
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(StandInBot.SlowDelayMs - 500), $"No silence before the second message: {clock.Elapsed}");
    }

    [Fact]
    public async Task A_message_during_a_pause_is_answered_at_once_and_the_rest_of_the_paused_turn_is_dropped()
    {
        var client = await _factory.StartedClientAsync();
        await client.PostTextAsync("slow", Ct);
        var (seen, watermark) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "one"), Ct);
        var clock = Stopwatch.StartNew();
        await client.PostTextAsync("that hurts", Ct);
        await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo that hurts"), Ct, watermark);
        var answeredAfter = clock.Elapsed;

        // Longer than the pause would have lasted: "two" would have come by now.
        await Task.Delay(StandInBot.SlowDelayMs + 300, Ct);
        var (all, _) = await client.PollAsync(_ => true, Ct);

        Assert.True(answeredAfter < TimeSpan.FromMilliseconds(StandInBot.SlowDelayMs * 2 / 3), $"The answer waited for the pause: {answeredAfter}");
        Assert.DoesNotContain(all, x => (string?)x["text"] == "two");
    }

    [Fact]
    public async Task The_same_post_sent_twice_is_taken_once_and_keeps_its_id()
    {
        var client = await _factory.StartedClientAsync();
        var first = await client.PostTextAsync("once please", Ct, clientActivityId: "double-1");
        var second = await client.PostTextAsync("once please", Ct, clientActivityId: "double-1");
        var firstId = (string?)JObject.Parse(await first.Content.ReadAsStringAsync(Ct))["id"];
        var secondId = (string?)JObject.Parse(await second.Content.ReadAsStringAsync(Ct))["id"];
        await client.PostTextAsync("marker", Ct);
        var (seen, _) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo marker"), Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstId, secondId);
        Assert.Single(seen, x => (string?)x["text"] == "once please");
        Assert.Single(seen, x => (string?)x["text"] == "echo once please");
    }

    [Fact]
    public async Task A_refreshed_token_works_and_the_old_one_lasts_until_it_expires()
    {
        var client = await _factory.StartedClientAsync();
        var oldToken = client.Token;
        var refresh = await client.RefreshAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var body = JObject.Parse(await refresh.Content.ReadAsStringAsync(Ct));
        var newToken = (string)body["token"]!;
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        Assert.Equal((int)DirectLineFactory.TokenLifetime.TotalSeconds, (int)body["expires_in"]!);

        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync("", Ct, token: oldToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync("", Ct, token: newToken)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_watermark_is_a_bad_request()
    {
        var client = await _factory.StartedClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetActivitiesAsync("abc", Ct)).StatusCode);
    }
}

/// <summary>One host for the class: starting it loads the practice script once.</summary>
public sealed class DirectLineFactoryFixture : IDisposable
{
    public DirectLineFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
