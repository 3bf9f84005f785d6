using System.Buffers;
using System.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SeatedRelease.Bot.Bot;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Host;

public sealed class ReplyJsonTests
{
    private static readonly JsonSerializerSettings Bot = HttpHelper.BotMessageSerializerSettings;

    private static ConversationReference Reference() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example/emea/",
        Bot = new ChannelAccount("bot-id", "Practice guide", role: "bot"),
        User = new ChannelAccount("29:user", "Ann", role: "user") { AadObjectId = "aad-1" },
        Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: "a:conv", tenantId: "tenant-1"),
        ActivityId = "incoming-1",
        Locale = "en-US",
    };

    // What a turn of the practice sends: several messages with text, SSML and suggestions, addressed as the SDK does.
    private static List<Activity> PracticeReplies(string said)
    {
        var messages = new List<RenderedMessage>
        {
            new($"You said: {said}", $"<speak version=\"1.0\" xml:lang=\"en-US\"><voice name=\"en-US-AriaNeural\">You said: {System.Security.SecurityElement.Escape(said)}<break time=\"2s\"/></voice></speak>", InputHint.IgnoringInput, [], TimeSpan.Zero, TimeSpan.Zero),
            new("Say ready when you are.", "<speak version=\"1.0\" xml:lang=\"en-US\">Say ready when you are.</speak>", InputHint.ExpectingInput, ["Ready", "That hurts", "Stop"], TimeSpan.Zero, TimeSpan.Zero),
        };
        var activities = ActivityWriter.Write(messages, "en-US", allowDelays: false).Cast<Activity>().ToList();
        foreach (var a in activities) a.ApplyConversationReference(Reference());
        return activities;
    }

    private static (JToken Fast, int Fallbacks) Fast(object body)
    {
        var fallbacks = 0;
        var buffer = new ArrayBufferWriter<byte>();
        Assert.True(ReplyJson.TryWrite(body, buffer, a =>
        {
            fallbacks++;
            return JsonConvert.SerializeObject(a, Bot);
        }));
        return (JToken.Parse(Encoding.UTF8.GetString(buffer.WrittenSpan)), fallbacks);
    }

    private static JToken Reference(object body) => JToken.Parse(JsonConvert.SerializeObject(body, Bot));

    [Theory]
    [InlineData("my calf is a bit sore")]
    [InlineData("it \"hurts\" <b>&amp; stings</b>\\ \u0001\t\n")]
    [InlineData("ow 😖 ça fait mal \u2028 end")]
    public void Plain_replies_are_written_directly_and_mean_the_same_JSON_as_Bot_Frameworks(string said)
    {
        var body = new ExpectedReplies(PracticeReplies(said));

        var (fast, fallbacks) = Fast(body);

        Assert.Equal(0, fallbacks);
        Assert.True(JToken.DeepEquals(Reference(body), fast), $"{fast}\nversus\n{Reference(body)}");
        Assert.Equal("tenant-1", fast["activities"]![0]!["conversation"]!["tenantId"]!.Value<string>());
        Assert.Equal("That hurts", fast["activities"]![1]!["suggestedActions"]!["actions"]![1]!["value"]!.Value<string>());
    }

    [Fact]
    public void An_activity_with_more_than_plain_fields_goes_through_the_serializer_and_the_others_do_not()
    {
        var replies = PracticeReplies("ready");
        var ending = (Activity)Activity.CreateEndOfConversationActivity();
        ending.Code = EndOfConversationCodes.CompletedSuccessfully;
        ending.Value = new JObject { ["repetitions"] = new JArray(3, 3) };
        ending.Timestamp = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        ending.ApplyConversationReference(Reference());
        var card = PracticeReplies("ready")[0];
        card.Attachments = [new Attachment("text/plain", content: "x")];
        var extra = PracticeReplies("ready")[0];
        extra.Properties["custom"] = "kept";
        extra.From.Properties["tag"] = 1;
        replies.AddRange([ending, card, extra]);
        var body = new ExpectedReplies(replies);

        var (fast, fallbacks) = Fast(body);

        Assert.Equal(3, fallbacks);
        Assert.True(JToken.DeepEquals(Reference(body), fast), $"{fast}\nversus\n{Reference(body)}");
    }

    [Fact]
    public void A_body_that_is_not_a_list_of_replies_is_left_to_the_serializer()
    {
        Assert.False(ReplyJson.TryWrite(new { status = 200 }, new ArrayBufferWriter<byte>(), _ => "{}"));
    }

    [Fact]
    public void Text_that_is_not_valid_UTF16_still_gives_valid_JSON()
    {
        var body = new ExpectedReplies(PracticeReplies("bad \uD800 half"));

        var json = Encoding.UTF8.GetString(ActivityJson.Serialize(body));

        var parsed = JToken.Parse(json);
        Assert.StartsWith("You said: bad ", parsed["activities"]![0]!["text"]!.Value<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_longer_than_the_first_buffer_is_written_whole()
    {
        var replies = Enumerable.Range(0, 30).SelectMany(i => PracticeReplies($"sentence {i} " + new string('x', 200))).ToList();
        var body = new ExpectedReplies(replies);

        var json = ActivityJson.Serialize(body);

        Assert.True(json.Length > 3 * 8192, $"only {json.Length} bytes");
        Assert.True(JToken.DeepEquals(Reference(body), JToken.Parse(Encoding.UTF8.GetString(json))));
    }

    [Fact]
    public async Task A_whole_practice_over_HTTP_reads_back_as_Bot_Framework_activities()
    {
        await using var factory = new HostFactory();
        var client = new BotClient(factory.CreateClient(), "conv-json");
        var all = new List<System.Text.Json.JsonElement>();
        all.AddRange(await client.JoinAsync());
        foreach (var say in new[] { "no", "carpet", "ready", "it hurts a bit \"here\" <now>", "mild", "stop" }) all.AddRange(await client.SayAsync(say));

        var activities = all.Select(e => JsonConvert.DeserializeObject<Activity>(e.GetRawText(), Bot)!).ToList();
        Assert.All(activities, a => Assert.Equal("message", a.Type));
        Assert.All(activities, a => Assert.Equal("conv-json", a.Conversation.Id));
        Assert.All(activities, a => Assert.StartsWith("<speak", a.Speak, StringComparison.Ordinal));
        // The summary reads back what was said, quotes and angle brackets included: as text, and escaped in SSML.
        Assert.Contains(activities, a => a.Text.Contains("you said: it hurts a bit \"here\" <now>.", StringComparison.Ordinal));
        Assert.Contains(activities, a => a.Speak.Contains("&lt;now&gt;", StringComparison.Ordinal));
        Assert.Contains(activities, a => a.SuggestedActions?.Actions.Any(x => (string)x.Value == "Ready") == true);
    }

    // Stand-ins for schema classes a later SDK might bring: a plain value member, and a member with no JSON name.
    private sealed class WithCount
    {
        [JsonProperty(PropertyName = "text")]
        public string? Text { get; set; }

        [JsonProperty(PropertyName = "count")]
        public int Count { get; set; }
    }

    private sealed class WithUnnamed
    {
        [JsonProperty(PropertyName = "text")]
        public string? Text { get; set; }

        public string? Unnamed { get; set; }
    }

    [Fact]
    public void A_schema_member_the_writer_does_not_know_sends_the_object_to_the_serializer_instead_of_throwing()
    {
        var counted = new ReplyJson.Shape<WithCount>();
        var unnamed = new ReplyJson.Shape<WithUnnamed>();

        Assert.False(counted.IsPlain(new WithCount { Text = "hello", Count = 3 }));
        Assert.False(unnamed.IsPlain(new WithUnnamed { Text = "hello" }));
        Assert.True(new ReplyJson.Shape<ChannelAccount>().IsPlain(new ChannelAccount("user-1", "Ann")));
    }
}
