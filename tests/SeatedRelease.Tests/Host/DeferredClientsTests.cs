using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Host;

/// <summary>
/// The host builds the connector and user-token clients only when a turn uses them. Replies sent the ordinary way
/// must still reach the channel through the connector; replies in the HTTP response must not build it at all.
/// </summary>
public sealed class DeferredClientsTests
{
    [Fact]
    public async Task Replies_sent_without_expectReplies_reach_the_channel_through_the_connector()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var factory = new HostFactory();
        using var http = factory.CreateClient();
        var conversation = "deferred-" + Guid.NewGuid().ToString("N");
        var activity = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = "join-1",
            ["channelId"] = "test",
            ["serviceUrl"] = channel.Address,
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["from"] = new JsonObject { ["id"] = "user-deferred" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-deferred" }, new JsonObject { ["id"] = "bot" }),
        };

        using var response = await http.PostAsJsonAsync("/api/messages", activity);

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        var posted = channel.Received.ToList();
        Assert.NotEmpty(posted);
        Assert.All(posted, p => Assert.Equal($"/v3/conversations/{conversation}/activities/join-1", p.Path));
        var texts = posted.Select(p => p.Body.GetProperty("text").GetString()).ToList();
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal("expectingInput", posted[^1].Body.GetProperty("inputHint").GetString());
    }

    [Fact]
    public async Task A_connector_client_is_built_only_when_a_member_is_first_used_and_then_only_once()
    {
        var inner = new CountingConnectorFactory();
        var factory = new DeferredConnectorFactory(inner);

        using var client = await factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);
        Assert.Equal(0, inner.Created);

        Assert.Equal(new Uri("http://127.0.0.1:1/"), client.BaseUri);
        Assert.NotNull(client.Conversations);
        Assert.Equal(1, inner.Created);
        Assert.Equal(("http://127.0.0.1:1/", "audience"), inner.LastRequest);
    }

    [Fact]
    public async Task Disposing_a_deferred_connector_client_disposes_the_real_one_and_builds_none_if_unused()
    {
        var inner = new CountingConnectorFactory();
        var factory = new DeferredConnectorFactory(inner);

        var unused = await factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);
        unused.Dispose();
        Assert.Equal(0, inner.Created);
        Assert.Throws<ObjectDisposedException>(() => unused.Conversations);

        var used = await factory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);
        _ = used.Conversations;
        used.Dispose();
        Assert.True(inner.Clients.Single().Disposed);
    }

    [Fact]
    public async Task A_connector_client_still_being_built_is_refused_at_once_and_usable_once_awaited()
    {
        var pending = new TaskCompletionSource<IConnectorClient>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new DeferredConnectorClient(_ => pending.Task, CancellationToken.None);

        // A synchronous member never waits for a factory that is still working.
        Assert.Throws<InvalidOperationException>(() => client.Conversations);

        var built = client.EnsureCreatedAsync();
        Assert.False(built.IsCompleted);
        pending.SetResult(new TrackedConnectorClient(new Uri("http://127.0.0.1:1/")));
        await built;
        Assert.Equal(new Uri("http://127.0.0.1:1/"), client.BaseUri);
    }

    [Fact]
    public async Task A_user_token_client_is_built_on_its_first_call_and_disposed_with_it()
    {
        var built = new List<FakeUserTokenClient>();
        var auth = new DeferredClientsAuthentication(new FakeAuthentication(built));

        var client = await auth.CreateUserTokenClientAsync(new ClaimsIdentity(), CancellationToken.None);
        Assert.Empty(built);

        var status = await client.GetTokenStatusAsync("user", "test", "", CancellationToken.None);
        await client.GetTokenStatusAsync("user", "test", "", CancellationToken.None);
        Assert.Equal("conn", Assert.Single(status).ConnectionName);
        Assert.Single(built);

        client.Dispose();
        Assert.True(built[0].Disposed);
    }

    [Fact]
    public async Task Authentication_results_carry_a_deferred_connector_factory()
    {
        var auth = new DeferredClientsAuthentication(new FakeAuthentication([]));

        var result = await auth.AuthenticateRequestAsync(new Activity(), "", CancellationToken.None);

        Assert.IsType<DeferredConnectorFactory>(result.ConnectorFactory);
        Assert.IsType<DeferredConnectorFactory>(auth.CreateConnectorFactory(new ClaimsIdentity()));
    }

    private sealed record Posted(string Path, JsonElement Body);

    // A channel's connector endpoint on loopback, keeping what the bot posts to it.
    private sealed class FakeChannel : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FakeChannel(WebApplication app, string address)
        {
            _app = app;
            Address = address;
        }

        public string Address { get; }

        public ConcurrentQueue<Posted> Received { get; } = new();

        public static async Task<FakeChannel> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            var port = FreePort.Next();
            var app = builder.Build();
            app.Urls.Add($"http://127.0.0.1:{port}");
            var channel = new FakeChannel(app, $"http://127.0.0.1:{port}/");
            app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", async (HttpContext http) =>
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
                channel.Received.Enqueue(new Posted(http.Request.Path.Value!, body));
                return Results.Json(new { id = Guid.NewGuid().ToString("N") });
            });
            await app.StartAsync();
            return channel;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class CountingConnectorFactory : ConnectorFactory
    {
        public List<TrackedConnectorClient> Clients { get; } = [];

        public int Created => Clients.Count;

        public (string ServiceUrl, string Audience) LastRequest { get; private set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            LastRequest = (serviceUrl, audience);
            var client = new TrackedConnectorClient(new Uri(serviceUrl));
            Clients.Add(client);
            return Task.FromResult<IConnectorClient>(client);
        }
    }

    private sealed class TrackedConnectorClient(Uri baseUri) : ConnectorClient(baseUri, MicrosoftAppCredentials.Empty)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class FakeUserTokenClient : UserTokenClient
    {
        public bool Disposed { get; private set; }

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            Task.FromResult(new[] { new TokenStatus(channelId, "conn", true) });

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class FakeAuthentication(List<FakeUserTokenClient> built) : BotFrameworkAuthentication
    {
        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
            Task.FromResult(new AuthenticateRequestResult { ConnectorFactory = new CountingConnectorFactory(), ClaimsIdentity = new ClaimsIdentity() });

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            AuthenticateRequestAsync(new Activity(), authHeader, cancellationToken);

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new CountingConnectorFactory();

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        {
            var client = new FakeUserTokenClient();
            built.Add(client);
            return Task.FromResult<UserTokenClient>(client);
        }

        public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => throw new NotSupportedException();
    }
}
