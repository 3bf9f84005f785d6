using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Safety;

/// <summary>
/// After any pain report or stretch in a leg, no later line of that leg says "farther": the movement
/// stays smaller until the leg ends, through repetitions, repeats, questions and a pause.
/// </summary>
public sealed class SmallerAfterPainTests : IAsyncLifetime
{
    private PracticeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new PracticeHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<int, string, string> Reports()
    {
        var data = new TheoryData<int, string, string>();
        string[][] reports = [["it hurts a little"], ["that hurts", "mild"], ["that hurts", "2 out of 10"], ["I feel a stretch"], ["it's pulling"]];
        foreach (var leg in new[] { "right", "left" })
        {
            for (var rep = 1; rep <= 4; rep++)
            {
                foreach (var report in reports) data.Add(rep, leg, string.Join("|", report));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task No_later_line_of_that_leg_says_farther(int rep, string leg, string report)
    {
        var id = $"{leg}-{rep}-{report.GetHashCode():x}";
        await using var conversation = new HostConversation(_host, "smaller-" + id, "smaller-" + id);
        await conversation.JoinAsync();
        foreach (var answer in new[] { "no", "carpet", "ready", "ready" }) await conversation.SayAsync(answer);
        if (leg == "left")
        {
            await conversation.SayAsync("ready");
            await conversation.SayAsync("that's enough");
            await conversation.SayAsync("ready");
        }
        // Now at the hands step of the leg; each "ready" is one more repetition.
        for (var i = 0; i < rep; i++) await conversation.SayAsync("ready");
        Assert.Contains(conversation.Heard, m => m.Text.Contains($"{leg} heel slide forward", StringComparison.Ordinal));

        var from = conversation.Heard.Count;
        foreach (var said in report.Split('|')) await conversation.SayAsync(said);
        var afterReport = conversation.Heard.Count;
        foreach (var said in new[] { "ready", "repeat", "how far should I go?", "pause", "resume", "ready", "ready", "ready", "ready", "ready" })
        {
            var reply = await conversation.SayAsync(said);
            if (reply.Any(m => m.Text.Contains($"That is all for your {leg} leg", StringComparison.Ordinal))) break;
        }
        var later = conversation.Heard.Skip(from).Select(m => m.Text).ToList();
        Assert.True(conversation.Heard.Count > afterReport + 5, "the leg did not go on after the report");
        Assert.DoesNotContain(later.TakeWhile(t => !t.Contains("That is all for your", StringComparison.Ordinal)),
            t => t.Contains("farther", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(later, t => t.Contains("smaller", StringComparison.OrdinalIgnoreCase) || t.Contains("keep the movement small", StringComparison.OrdinalIgnoreCase));
    }
}
