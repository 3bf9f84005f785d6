using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Tests.DirectLine;
using SeatedRelease.Tests.Host;

namespace SeatedRelease.Tests.Support;

/// <summary>One message the listener got: what is shown, what is spoken, and whether the microphone stays open.</summary>
internal sealed record HeardMessage(string Text, string? Speak, string? InputHint, IReadOnlyList<string> Buttons);

/// <summary>
/// A whole conversation with the real host (WebApplicationFactory, the Bot Framework protocol with
/// expectReplies), on a clock the test moves, so that time between lines is part of the session.
/// </summary>
internal sealed class HostConversation : IAsyncDisposable
{
    private readonly PracticeHost? _owned;
    private readonly PracticeHost _host;
    private readonly string _userId;
    private BotClient _client;

    /// <summary>A conversation on a host of its own.</summary>
    public HostConversation(string conversationId, string userId = "listener")
        : this(new PracticeHost(), conversationId, userId, owned: true)
    {
    }

    /// <summary>A conversation on a shared host; each listener should have a user id of their own.</summary>
    public HostConversation(PracticeHost host, string conversationId, string userId)
        : this(host, conversationId, userId, owned: false)
    {
    }

    private HostConversation(PracticeHost host, string conversationId, string userId, bool owned)
    {
        _owned = owned ? host : null;
        _host = host;
        _userId = userId;
        Clock = host.Clock;
        _client = new BotClient(host.CreateClient(), conversationId, userId);
    }

    /// <summary>The same listener opens a new conversation (a new page, another device).</summary>
    public void NewConversation(string conversationId) => _client = new BotClient(_host.CreateClient(), conversationId, _userId);

    /// <summary>The host's clock.</summary>
    public ManualClock Clock { get; }

    /// <summary>Everything heard so far, in order.</summary>
    public List<HeardMessage> Heard { get; } = [];

    public Task<IReadOnlyList<HeardMessage>> JoinAsync() => HearAsync(_client.JoinAsync());

    public Task<IReadOnlyList<HeardMessage>> SayAsync(string text) => HearAsync(_client.SayAsync(text));

    private async Task<IReadOnlyList<HeardMessage>> HearAsync(Task<List<JsonElement>> sent)
    {
        var messages = (await sent)
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => new HeardMessage(
                a.GetProperty("text").GetString() ?? "",
                a.TryGetProperty("speak", out var speak) ? speak.GetString() : null,
                a.TryGetProperty("inputHint", out var hint) ? hint.GetString() : null,
                a.TryGetProperty("suggestedActions", out var actions) && actions.ValueKind == JsonValueKind.Object
                    ? actions.GetProperty("actions").EnumerateArray().Select(x => x.GetProperty("title").GetString() ?? "").ToList()
                    : []))
            .ToList();
        Heard.AddRange(messages);
        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null) await _owned.DisposeAsync();
    }
}

/// <summary>The real host in memory with a clock the test moves; the engine runs on that clock too.</summary>
internal sealed class PracticeHost : IAsyncDisposable
{
    private readonly HostFactory _host = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app;

    public PracticeHost()
    {
        _app = _host.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton(_ => new PracticeEngine(BotHarness.Script, BotHarness.Recognizer, Clock));
        }));
    }

    public ManualClock Clock { get; } = new();

    public HttpClient CreateClient() => _app.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _host.DisposeAsync();
    }
}
