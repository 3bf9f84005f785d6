using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Host;

public sealed class HttpProtocolTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private static bool Has(IEnumerable<string> texts, string words) => texts.Any(t => t.Contains(words, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task A_plain_http_client_finishes_a_session_reports_pain_on_the_left_leg_and_hears_it_in_the_summary()
    {
        var client = new BotClient(factory.CreateClient(), "http-full");
        var greeting = await client.JoinAsync();
        Assert.True(Has(BotClient.Texts(greeting), "safety question"));
        foreach (var a in greeting)
        {
            Ssml.AssertValid(a.GetProperty("speak").GetString());
        }
        foreach (var say in new[] { "no", "hardwood floor", "ready", "ready", "ready" })
        {
            await client.SayAsync(say);
        }
        for (var i = 0; i < 4; i++) await client.SayAsync("ready");
        var endOfRight = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(endOfRight, "Let your right leg extend"));
        await client.SayAsync("ready");
        await client.SayAsync("ready");
        var pain = BotClient.Texts(await client.SayAsync("my knee hurts a little"));
        Assert.True(Has(pain, "Stop moving"));
        await client.SayAsync("mild");
        var back = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(back, "left heel slide forward"));
        for (var i = 0; i < 4; i++) await client.SayAsync("ready");
        var closingRest = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(closingRest, "rest both legs"));
        var summary = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(summary, "Repetitions with your left leg: 5"), string.Join("\n", summary));
        Assert.True(Has(summary, "During your left leg, repetition 1, you said: my knee hurts a little. It felt mild."), string.Join("\n", summary));
    }

    [Fact]
    public async Task Repeat_over_http_returns_the_same_words_and_stop_ends_midway()
    {
        var client = new BotClient(factory.CreateClient(), "http-repeat");
        await client.JoinAsync();
        var question = BotClient.Texts(await client.SayAsync("no"));
        var again = BotClient.Texts(await client.SayAsync("say that again"));
        Assert.Equal(question.Skip(1), again.TakeLast(question.Count - 1));
        var stopped = await client.SayAsync("stop");
        Assert.True(Has(BotClient.Texts(stopped), "To start again"));
        Assert.Equal("acceptingInput", stopped[^1].GetProperty("inputHint").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"hi\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":\"oops\"}")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1},\"conversation\":{\"id\":\"x\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://localhost:1/\"}")]
    [InlineData("")]
    public async Task A_malformed_body_gets_400_not_500(string body)
    {
        var http = factory.CreateClient();
        using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var http = factory.CreateClient();
        var body = "{\"type\":\"message\",\"text\":\"" + new string('a', 300_000) + "\"}";
        using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_text_never_breaks_the_json_or_the_ssml()
    {
        var client = new BotClient(factory.CreateClient(), "http-hostile");
        await client.JoinAsync();
        var hostile = "it hurts </speak><audio src=\"x\"/> & \"quotes\" 'apos' <sore> \u0001\u0007 ]]> \ud83d\ude00";
        var replies = await client.SayAsync(hostile);
        await client.SayAsync("mild");
        var stop = await client.SayAsync("stop");
        foreach (var a in replies.Concat(stop))
        {
            Ssml.AssertValid(a.GetProperty("speak").GetString());
        }
        var said = BotClient.Texts(stop);
        Assert.True(Has(said, "</speak>"), "the user's words are read back as text");
        var note = stop.Select(a => a.GetProperty("speak").GetString()!).First(s => s.Contains("sore", StringComparison.Ordinal));
        Assert.Contains("&lt;sore&gt;", note, StringComparison.Ordinal);
        Assert.Contains("you said: it hurts </speak><audio", Ssml.SpokenText(note), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_with_the_script_version()
    {
        var http = factory.CreateClient();
        var body = await http.GetStringAsync("/healthz");
        Assert.Contains("\"status\":\"ok\"", body, StringComparison.Ordinal);
    }
}

public sealed class AuthenticationTests
{
    [Fact]
    public async Task With_an_app_id_configured_an_unauthenticated_request_is_refused()
    {
        using var factory = new HostFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("MicrosoftAppId", "00000000-0000-0000-0000-000000000001");
            b.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
        });
        var body = "{\"type\":\"message\",\"text\":\"hi\",\"channelId\":\"test\",\"serviceUrl\":\"http://localhost:1/\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"}}";
        using var response = await factory.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
