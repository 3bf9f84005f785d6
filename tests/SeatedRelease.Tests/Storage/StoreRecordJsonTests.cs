using Newtonsoft.Json;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Tests.Storage;

/// <summary>The practice's own records in the store: written in the typed format, read back whole, and read in the old one.</summary>
public sealed class StoreRecordJsonTests
{
    private const string Hostile = "</speak><break time=\"9s\"/> \"quoted\" \\ back\u2028slash \u00e9\u00e8 \ud83d\ude00 {\"$type\":\"x\"}";

    private static PracticeState FullState()
    {
        var state = new PracticeState
        {
            SessionId = "s-1", Pending = PendingQuestion.ResumeOffer, ScriptVersion = 3, StepId = "left-slide", ResumeStepId = "left-rest",
            Ended = true, Outcome = PracticeOutcome.StoppedForPain, StartedAt = new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.FromHours(1)),
            UpdatedAt = new DateTimeOffset(2026, 12, 7, 9, 41, 5, 123, TimeSpan.Zero), Paused = true, Leg = 1, Rep = 4, Wanted = 7,
            RepsDone = [5, 4], Answers = new() { ["screen"] = "no", ["surface"] = Hostile }, Pace = Pace.Slow, PendingPainWords = Hostile,
            Notes = [new SafetyNote { Time = DateTimeOffset.UnixEpoch, StepId = "left-slide", Leg = "left", Rep = 2, AtRest = true, Words = Hostile, Kind = "sharp", Described = "a twinge", RedFlag = "numbness", Denied = true, Advice = "rest" }],
            GentleLegs = [0], UnclearKinds = 1, PendingFlag = "numbness", UnclearInARow = 2, HeldUntil = DateTimeOffset.MaxValue,
        };
        state.Offered = state.Clone();
        state.Offered.Offered = null;
        return state;
    }

    public static TheoryData<object> Records() => new()
    {
        new PracticeRecord
        {
            State = FullState(), Revision = 42, ActivityIds = ["a1", Hostile], ETag = "7",
            Replies = [new StoredReply { ActivityId = "a1", Lines = [new SpokenLine(Hostile, 2.5, SoundCue.StartMoving, true), new SpokenLine("Rest.")], Suggestions = "reps", Ended = true, Pace = Pace.Fast }],
        },
        new UserRecord { Pace = Pace.Slow, HistoryIds = ["h1", "h2"], UnfinishedKey = "k", UnfinishedSessionId = "s", UnfinishedAt = DateTimeOffset.UnixEpoch, HeldUntil = DateTimeOffset.UnixEpoch.AddDays(1), ConversationKeys = [Hostile], ETag = "3" },
        new HistoryEntry { Practice = PastPractice.Of(FullState()), Revision = 9, ETag = "1" },
    };

    // Every public property, as a plain serializer sees it: whatever a record holds must come back.
    private static string Whole(object value) => JsonConvert.SerializeObject(value, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_reads_back_whole_as_text_and_as_bytes(object record)
    {
        var text = StoreJson.ToJson(record);
        Assert.StartsWith("{\"$kind\":\"", text, StringComparison.Ordinal);
        Assert.Equal(Whole(record), Whole(StoreJson.FromJson(text)));
        Assert.Equal(Whole(record), Whole(StoreJson.FromUtf8(StoreJson.ToUtf8(record))));
        Assert.Equal(record.GetType(), StoreJson.FromJson(text).GetType());
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_written_before_the_typed_format_still_reads_back_whole(object record)
    {
        // How every record was written before: Newtonsoft with a type name on each object.
        var old = JsonConvert.SerializeObject(record, typeof(object), new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All });
        Assert.StartsWith("{\"$type\":", old, StringComparison.Ordinal);
        Assert.Equal(Whole(record), Whole(StoreJson.FromJson(old)));
        Assert.Equal(Whole(record), Whole(StoreJson.FromUtf8(System.Text.Encoding.UTF8.GetBytes(old))));
    }

    [Fact]
    public void An_item_that_is_not_a_practice_record_keeps_the_typed_newtonsoft_format()
    {
        var text = StoreJson.ToJson(new Dictionary<string, object> { ["count"] = 3L });
        Assert.StartsWith("{\"$type\":", text, StringComparison.Ordinal);
        Assert.Equal(3L, ((Dictionary<string, object>)StoreJson.FromJson(text))["count"]);
    }

    [Theory]
    [InlineData("{\"$kind\":\"nobody\",\"value\":{}}")]
    [InlineData("{\"$kind\":\"practice\",\"value\":null}")]
    [InlineData("{\"$kind\":\"practice\"}")]
    [InlineData("{\"$kind\":\"practice\",\"value\":{\"Revision\":\"x\"}}")]
    public void A_damaged_record_is_refused_with_a_json_error_not_read_as_an_empty_one(string stored) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => StoreJson.FromJson(stored));
}
