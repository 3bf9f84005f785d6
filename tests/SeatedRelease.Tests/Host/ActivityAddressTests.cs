using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Host;

/// <summary>
/// What /api/messages refuses before a turn runs: a reply address it must not call, and activities that are
/// not well formed. Each refusal is a 4xx and the bot never runs, so nothing is called or saved.
/// </summary>
public sealed class ActivityAddressTests
{

    private static JsonObject Activity(JsonNode? serviceUrl, JsonNode? deliveryMode = null, string type = "message")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = "hello",
            ["channelId"] = "test",
            ["conversation"] = new JsonObject { ["id"] = "address-" + Guid.NewGuid().ToString("N") },
            ["from"] = new JsonObject { ["id"] = "user-address" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
        };
        if (serviceUrl is not null) activity["serviceUrl"] = serviceUrl;
        if (deliveryMode is not null) activity["deliveryMode"] = deliveryMode;
        return activity;
    }

    private static async Task<(HttpStatusCode Status, int StoreCalls)> PostAsync(JsonObject activity, IReadOnlyDictionary<string, string>? settings = null)
    {
        var storage = new CountingStorage();
        using var host = new HostFactory().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) b.UseSetting(key, value);
            b.ConfigureTestServices(s => s.AddSingleton<IStorage>(storage));
        });
        using var response = await host.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, storage.Calls);
    }

    [Fact]
    public async Task Anonymous_replies_to_an_address_that_is_neither_loopback_nor_listed_are_refused_before_the_turn()
    {
        // .invalid never resolves: were the host to try, the failure would show as a 5xx, not a 400.
        var (status, calls) = await PostAsync(Activity("http://replies.seatedrelease.invalid/"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(0, calls);
    }

    [Theory]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://10.0.0.1:8080/")]
    [InlineData("https://replies.seatedrelease.invalid/")]
    public async Task Anonymous_requests_name_no_foreign_address_even_with_replies_in_the_response(string serviceUrl)
    {
        var (status, calls) = await PostAsync(Activity(serviceUrl, "expectReplies"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(0, calls);
    }

    [Theory]
    [InlineData("http://localhost:1/")]
    [InlineData("http://127.0.0.1:1/")]
    [InlineData("http://[::1]:1/")]
    [InlineData("https://replies.seatedrelease.invalid/bot/")]
    public async Task Loopback_addresses_and_listed_ones_are_served(string serviceUrl)
    {
        var (status, calls) = await PostAsync(
            Activity(serviceUrl, "expectReplies"),
            new Dictionary<string, string> { ["Channels:AllowedServiceUrls"] = "https://replies.seatedrelease.invalid/bot/" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(calls > 0);
    }

    public static TheoryData<string, JsonObject> Malformed() => new()
    {
        { "no serviceUrl", Activity(null) },
        { "a serviceUrl that is not a URL", Activity("not a url") },
        { "a relative serviceUrl", Activity("/api/replies") },
        { "a file: serviceUrl", Activity("file:///etc/passwd") },
        { "a serviceUrl that is not a string", Activity(42) },
        { "a numeric deliveryMode", Activity("http://localhost:1/", 1) },
        { "an unknown deliveryMode", Activity("http://localhost:1/", "later") },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_reply_address_or_delivery_mode_is_a_400_and_the_bot_never_runs(string what, JsonObject activity)
    {
        var (status, calls) = await PostAsync(activity);

        Assert.True(status == HttpStatusCode.BadRequest, $"{what}: {(int)status}");
        Assert.Equal(0, calls);
    }
}

/// <summary>Smaller edges of the host's protocol: HEAD on the health check, odd conversation updates, invokes.</summary>
public sealed class ProtocolEdgeTests
{
    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Errors { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        private sealed class Logger(ErrorLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error) log.Errors.Enqueue($"{formatter(state, exception)} {exception}");
            }
        }
    }

    private static async Task<(HttpResponseMessage Response, string Body)> PostAsync(HostFactory host, string json)
    {
        var response = await host.CreateClient().PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_on_the_health_check_is_200()
    {
        using var host = new HostFactory();
        using var response = await host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_null_among_the_members_added_is_passed_over_without_an_error()
    {
        var errors = new ErrorLog();
        using var factory = new HostFactory();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(errors)));
        const string Update = """{"type":"conversationUpdate","id":"join-null","channelId":"test","serviceUrl":"http://localhost:1/","deliveryMode":"expectReplies","conversation":{"id":"members-null"},"from":{"id":"user-null"},"recipient":{"id":"bot"},"membersAdded":MEMBERS}""";

        using var onlyNull = await host.CreateClient().PostAsync("/api/messages", new StringContent(Update.Replace("MEMBERS", "[null]", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        using var withUser = await host.CreateClient().PostAsync("/api/messages", new StringContent(Update.Replace("MEMBERS", """[null,{"id":"user-null"}]""", StringComparison.Ordinal).Replace("join-null", "join-user", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, onlyNull.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withUser.StatusCode);
        Assert.Contains("safety question", await withUser.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(errors.Errors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("expectReplies")]
    public async Task An_invoke_the_bot_has_no_use_for_is_answered_200(string? deliveryMode)
    {
        using var host = new HostFactory();
        var mode = deliveryMode is null ? "" : $"\"deliveryMode\":\"{deliveryMode}\",";
        var (response, _) = await PostAsync(host, "{\"type\":\"invoke\",\"name\":\"task/fetch\"," + mode + "\"id\":\"invoke-1\",\"channelId\":\"test\",\"serviceUrl\":\"http://localhost:1/\",\"conversation\":{\"id\":\"invoke-" + (deliveryMode ?? "normal") + "\"},\"from\":{\"id\":\"user-invoke\"},\"recipient\":{\"id\":\"bot\"}}");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
