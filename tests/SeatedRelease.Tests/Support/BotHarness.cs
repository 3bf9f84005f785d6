using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using SeatedRelease.Bot.Bot;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;
using IRecognizer = SeatedRelease.Practice.Recognition.IRecognizer;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Tests.Support;

/// <summary>The real bot over TestAdapter, with memory storage shared across conversations like a real store.</summary>
internal sealed class BotHarness
{
    private static readonly Lazy<PracticeScript> SharedScript = new(() => ScriptLoader.LoadFolderAsync(Repo.Dialogs, CancellationToken.None).GetAwaiter().GetResult());
    private static readonly Lazy<IRecognizer> SharedRecognizer = new(() => SeatedRelease.Practice.Recognition.Composite.RecognizerLoader.LoadServingAsync(Repo.Dialogs, CancellationToken.None).GetAwaiter().GetResult());

    private readonly IStorage _storage;
    private readonly PracticeEngine _engine;
    private readonly SsmlRenderer _renderer;
    private readonly SpeechOptions _speech;
    private readonly TestAdapter _adapter;

    private readonly PracticeTurns _turns;

    public BotHarness(IStorage? storage = null, string conversationId = "conv-1", string userId = "user-1", IRecognizer? recognizer = null, SpeechOptions? speech = null, TimeProvider? time = null, PracticeCache? cache = null, ConversationGate? gate = null, StoreGuardOptions? guard = null)
    {
        _storage = storage ?? new MemoryStorage();
        _speech = speech ?? new SpeechOptions { DelayActivities = false };
        time ??= TimeProvider.System;
        _engine = new PracticeEngine(Script, recognizer ?? SharedRecognizer.Value, time);
        _turns = new PracticeTurns(_engine, new PracticeStore(_storage), cache ?? new PracticeCache(), gate ?? new ConversationGate(), guard ?? new StoreGuardOptions(),
            new ResumeOptions(), time, new StoreFaultLog(NullLogger<StoreFaultLog>.Instance, time), NullLogger<PracticeTurns>.Instance);
        _renderer = new SsmlRenderer(Script, _speech);
        var reference = TestAdapter.CreateConversation(conversationId, userId, "user");
        reference.ChannelId = "test";
        _adapter = new TestAdapter(reference);
    }

    public static PracticeScript Script => SharedScript.Value;

    public static IRecognizer Recognizer => SharedRecognizer.Value;

    public IStorage Storage => _storage;

    public List<IActivity> AllReplies { get; } = [];

    private PracticeBot NewBot() => new(_turns, _engine, _renderer, _speech);

    /// <summary>Sends a message and returns every activity the bot sent in that turn.</summary>
    public async Task<IReadOnlyList<IActivity>> SayAsync(string? text)
    {
        var activity = _adapter.MakeActivity(text);
        return await SendAsync((Activity)activity);
    }

    public async Task<IReadOnlyList<IActivity>> SendAsync(Activity activity)
    {
        // TestAdapter numbers activities 0, 1, 2 per adapter; a channel's ids are unique in the conversation, and two
        // harnesses on one conversation (two instances of the bot) must not send one id for different words.
        var id = activity.Id is { Length: > 0 } given && given.StartsWith(KeptIdPrefix, StringComparison.Ordinal) ? given : Guid.NewGuid().ToString("N");
        await _adapter.ProcessActivityAsync(activity, (turnContext, ct) =>
        {
            turnContext.Activity.Id = id;
            return NewBot().OnTurnAsync(turnContext, ct);
        }, CancellationToken.None);
        var replies = new List<IActivity>();
        while (_adapter.GetNextReply() is { } reply) replies.Add(reply);
        AllReplies.AddRange(replies);
        return replies;
    }

    /// <summary>Ids that start with this are sent as they are, so a test can deliver one activity twice.</summary>
    public const string KeptIdPrefix = "kept-";

    /// <summary>Sends a message with the given id (which must start with <see cref="KeptIdPrefix"/>), as a channel's redelivery would.</summary>
    public Task<IReadOnlyList<IActivity>> SayWithIdAsync(string text, string id)
    {
        var activity = (Activity)_adapter.MakeActivity(text);
        activity.Id = id;
        return SendAsync(activity);
    }

    /// <summary>Announces the user joining, as channels do at the start of a conversation.</summary>
    public Task<IReadOnlyList<IActivity>> JoinAsync()
    {
        var update = (Activity)_adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.MembersAdded = [update.From, update.Recipient];
        return SendAsync(update);
    }

    public Task<IReadOnlyList<IActivity>> RunTurnAsync(Func<TestAdapter, Activity> make) => SendAsync(make(_adapter));

    public static IEnumerable<string> Texts(IEnumerable<IActivity> replies) =>
        replies.OfType<IMessageActivity>().Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text);
}
