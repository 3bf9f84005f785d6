using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Tests.Storage;

public sealed class TypeNamesTests
{
    // What the stores wrote before the names were cached: Newtonsoft's own names, as MemoryStorage writes them.
    private static readonly JsonSerializer Reference = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 128,
    });

    private static string ReferenceJson(object value)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text)) Reference.Serialize(writer, value, typeof(object));
        return text.ToString();
    }

    public static TheoryData<string> Items => ["practice", "user", "history", "botState"];

    private static object Item(string kind) => kind switch
    {
        "practice" => new PracticeRecord
        {
            Revision = 3,
            State = new PracticeState
            {
                SessionId = "s1",
                StepId = "leg1.slide",
                RepsDone = [3, 1],
                Notes = [new SafetyNote { Words = "ow \"my\" knee" }],
                Answers = { ["surface"] = "carpet" },
                Offered = new PracticeState { SessionId = "s0" },
            },
        },
        "user" => new UserRecord { ConversationKeys = ["practice/test/a"], HistoryIds = ["s1"], UnfinishedAt = DateTimeOffset.UnixEpoch },
        "history" => new HistoryEntry { Revision = 2, Practice = new PastPractice { SessionId = "s1", RepsDone = [3, 3] } },
        // What Bot Builder's BotState writes: a dictionary of objects, with nested values of any type.
        _ => new Dictionary<string, object>
        {
            ["count"] = 3,
            ["list"] = new List<string> { "a" },
            ["map"] = new Dictionary<string, List<int>> { ["x"] = [1] },
            ["pair"] = new KeyValuePair<string, int>("k", 1),
        },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Stored_items_are_written_with_the_same_type_names_as_before_and_read_back_as_their_types(string kind)
    {
        var item = Item(kind);

        var json = StoreJson.ToJson(item);

        Assert.Equal(ReferenceJson(item), json);
        Assert.Contains("\"$type\"", json, StringComparison.Ordinal);
        Assert.IsType(item.GetType(), StoreJson.FromJson(json));
        // And what the reference wrote reads back through the stores' serializer.
        Assert.IsType(item.GetType(), StoreJson.FromJson(ReferenceJson(item)));
    }

    [Theory]
    [InlineData("System.Int32, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e", "System.Int32, System.Private.CoreLib")]
    [InlineData("A.B`1[[C.D, E, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null]], F, Version=2.0.0.0, Culture=neutral, PublicKeyToken=null", "A.B`1[[C.D, E]], F")]
    [InlineData("Plain", "Plain")]
    public void Version_culture_and_key_are_left_out_of_every_assembly_in_a_name(string qualified, string expected)
    {
        Assert.Equal(expected, TypeNames.WithoutDetails(qualified));
    }
}
