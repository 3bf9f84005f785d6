using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Streaming;
using WebSocketClient = Microsoft.Bot.Streaming.Transport.WebSockets.WebSocketClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Speech;

/// <summary>
/// Direct Line Speech's side of the streaming socket on GET /api/messages, played with Bot Framework's own
/// streaming client over a real WebSocket: the whole practice, turn by turn.
/// </summary>
public sealed class DirectLineSpeechTests
{
    private const string AppId = "00000000-0000-0000-0000-00000000d15c";

    [Fact]
    public async Task A_practice_is_held_turn_by_turn_over_the_streaming_socket()
    {
        using var issuer = new TestTokenIssuer();
        await using var host = new SpeechHost(issuer).Started();
        var listener = new SocketListener();
        using var client = new WebSocketClient(host.SocketAddress, listener);
        await client.ConnectAsync(new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer " + issuer.Token(AppId),
            ["channelid"] = "directlinespeech",
        });
        var conversation = "dls-" + Guid.NewGuid().ToString("N");

        var greeting = await listener.TurnAsync(client, Activity(conversation, "conversationUpdate", membersAdded: true));
        Assert.Contains(greeting, a => a.Text.Contains("Welcome to the Seated Hamstring Release", StringComparison.Ordinal));
        Assert.Contains(greeting, a => a.Text.Contains("safety question", StringComparison.Ordinal));

        Assert.Contains("What are you sitting on", (await listener.TurnAsync(client, Activity(conversation, "message", "no")))[^1].Text, StringComparison.Ordinal);
        var carpet = await listener.TurnAsync(client, Activity(conversation, "message", "carpet"));
        Assert.Contains(carpet, a => a.Text.StartsWith("On carpet", StringComparison.Ordinal));
        Assert.Contains("ready", (await listener.TurnAsync(client, Activity(conversation, "message", "ready")))[^1].Text, StringComparison.Ordinal);
        var hurt = await listener.TurnAsync(client, Activity(conversation, "message", "that hurts"));
        Assert.Contains(hurt, a => a.Text.StartsWith("Stop moving", StringComparison.Ordinal));
        Assert.Contains("mild discomfort", hurt[^1].Text, StringComparison.Ordinal);

        // Every line was spoken SSML, and the prompts opened the microphone.
        Assert.All(listener.All, a => Ssml.AssertValid(a.Speak));
        Assert.All(listener.Prompts, a => Assert.Equal("expectingInput", a.InputHint));
        client.Disconnect();
    }

    [Fact]
    public async Task A_socket_with_a_token_from_another_issuer_is_refused()
    {
        using var issuer = new TestTokenIssuer();
        using var stranger = new TestTokenIssuer();
        await using var host = new SpeechHost(issuer).Started();
        using var client = new WebSocketClient(host.SocketAddress, new SocketListener());
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer " + stranger.Token(AppId),
            ["channelid"] = "directlinespeech",
        }));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    private static string Activity(string conversation, string type, string? text = null, bool membersAdded = false)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "directlinespeech",
            ["serviceUrl"] = "urn:botframework:websocket:directlinespeech",
            ["conversation"] = new { id = conversation },
            ["from"] = new { id = "speech-listener" },
            ["recipient"] = new { id = AppId },
            ["locale"] = "en-US",
        };
        if (text is not null) activity["text"] = text;
        if (membersAdded) activity["membersAdded"] = new[] { new { id = "speech-listener" } };
        return JsonSerializer.Serialize(activity);
    }

    /// <summary>One message as the speech client receives it.</summary>
    private sealed record Heard(string Text, string? Speak, string? InputHint);

    /// <summary>The client's side of the socket: the bot's replies arrive as requests, and are answered 200.</summary>
    private sealed class SocketListener : RequestHandler
    {
        private readonly Channel<Heard> _replies = Channel.CreateUnbounded<Heard>();

        public List<Heard> All { get; } = [];

        public List<Heard> Prompts { get; } = [];

        public override async Task<StreamingResponse> ProcessRequestAsync(ReceiveRequest request, ILogger<RequestHandler>? logger, object? context = null, CancellationToken cancellationToken = default)
        {
            var body = await request.ReadBodyAsStringAsync();
            using var doc = JsonDocument.Parse(body);
            var a = doc.RootElement;
            if (a.TryGetProperty("type", out var type) && type.GetString() == "message")
            {
                await _replies.Writer.WriteAsync(new Heard(
                    a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "",
                    a.TryGetProperty("speak", out var s) ? s.GetString() : null,
                    a.TryGetProperty("inputHint", out var h) ? h.GetString() : null), cancellationToken);
            }
            var response = StreamingResponse.OK();
            response.SetBody(new { id = Guid.NewGuid().ToString("N") });
            return response;
        }

        /// <summary>Sends one activity and gathers what the bot says until it waits for an answer.</summary>
        public async Task<List<Heard>> TurnAsync(WebSocketClient client, string activity)
        {
            var sent = await client.SendAsync(StreamingRequest.CreatePost("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json")));
            Assert.InRange(sent.StatusCode, 200, 299);
            var turn = new List<Heard>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                var heard = await _replies.Reader.ReadAsync(timeout.Token);
                turn.Add(heard);
                All.Add(heard);
                if (heard.InputHint == "expectingInput")
                {
                    Prompts.Add(heard);
                    return turn;
                }
            }
        }
    }

    /// <summary>The real host on a loopback port with an app id, trusting the test issuer for streaming connections.</summary>
    private sealed class SpeechHost(TestTokenIssuer issuer) : WebApplicationFactory<Program>
    {
        public string SocketAddress
        {
            get
            {
                var http = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                return "ws" + http["http".Length..] + "/api/messages";
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("Speech:DelayActivities", "false");
            builder.UseSetting("Storage:Kind", "Memory");
            builder.UseSetting("MicrosoftAppId", AppId);
            builder.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
            builder.ConfigureTestServices(s =>
            {
                s.AddSingleton(_ => new PracticeEngine(BotHarness.Script, BotHarness.Recognizer, TimeProvider.System));
                s.AddSingleton<BotFrameworkAuthentication>(sp => new TestIssuerAuthentication(issuer, AppId, sp.GetRequiredService<IConfiguration>()));
            });
        }

        public SpeechHost Started()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
            return this;
        }
    }
}
