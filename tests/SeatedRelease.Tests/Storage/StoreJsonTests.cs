using Newtonsoft.Json;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Tests.Storage;

public sealed class StoreJsonTests
{
    // What every store wrote before type names were worked out once per type: stored items must read and compare alike.
    private static readonly JsonSerializer Reference = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 128,
    });

    private static string ReferenceJson(object value)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text)) Reference.Serialize(writer, value, typeof(object));
        return text.ToString();
    }

    public static TheoryData<string> Items => ["practice", "rich", "user"];

    private static object Item(string name) => name switch
    {
        "practice" => new PracticeRecord
        {
            State = new PracticeState { StepId = "rep", Rep = 2, Answers = { ["surface"] = "carpet" }, RepsDone = { 5 } },
            Revision = 3,
            ETag = "42",
            ActivityIds = ["a-1", "a-2"],
            Replies = [new StoredReply { ActivityId = "a-2", Lines = [new SpokenLine("Slide your heel <slowly> & \"gently\".", 3)], Suggestions = "ready" }],
        },
        "rich" => new RichItem
        {
            Words = "2026-12-07 looks like a date",
            Side = Side.Left,
            When = DateTimeOffset.Parse("2026-12-07T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture),
            Notes = [new Note { Said = "it's fine", Seconds = 1.5 }],
            Counts = { ["a"] = 1 },
            Anything = new List<Dictionary<string, Note>> { new() { ["x"] = new Note() } },
        },
        _ => new UserRecord(),
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Items_are_written_exactly_as_with_newtonsofts_simple_type_names(string name)
    {
        var item = Item(name);

        Assert.Equal(ReferenceJson(item), StoreJson.ToJson(item));
    }

    [Fact]
    public async Task Items_written_on_many_threads_at_once_each_come_out_whole()
    {
        var expected = ReferenceJson(Item("practice"));
        var written = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 500).Select(_ => StoreJson.ToJson(Item("practice"))).Distinct().ToList())));

        Assert.All(written, w => Assert.Equal(expected, Assert.Single(w)));
    }

    [Fact]
    public void A_written_item_reads_back_as_its_own_type()
    {
        var json = StoreJson.ToJson(Item("practice"));

        var back = Assert.IsType<PracticeRecord>(StoreJson.FromJson(json));
        Assert.Equal("rep", back.State.StepId);
        Assert.Equal("carpet", back.State.Answers["surface"]);
    }
}
