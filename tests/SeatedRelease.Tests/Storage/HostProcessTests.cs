using SeatedRelease.Tests.Host;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

[Trait("Category", "OutOfProcess")]
public sealed class HostProcessTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"seatedrelease-host-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    private static bool Has(IEnumerable<string> texts, string words) => texts.Any(t => t.Contains(words, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task A_host_killed_with_sigkill_and_started_again_on_its_sqlite_file_goes_on_at_the_same_step_pace_and_notes()
    {
        await using var host = await HostProcess.StartSqliteAsync(_file);
        var client = host.Client("kill-and-resume", "user-kill");
        await client.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "slower", "ready" }) await client.SayAsync(say);
        var firstPid = host.ProcessId;
        Assert.True(new FileInfo(_file).Length > 0, "the host did not use the SQLite file it was given");

        await host.KillAsync();
        Assert.False(host.IsRunning);
        await host.RestartAsync();

        Assert.NotEqual(firstPid, host.ProcessId);
        var resumed = await client.SayAsync("ready");
        Assert.True(Has(BotClient.Texts(resumed), "When you want the next one"), string.Join("\n", BotClient.Texts(resumed)) + "\n" + host.Output);
        Assert.Contains("rate='-25%'", resumed[^1].GetProperty("speak").GetString(), StringComparison.Ordinal);

        // On to the left leg, a pain report, then a second crash: the note must survive it to the summary.
        var said = new List<string>();
        for (var i = 0; i < 6 && !Has(said, "Let your right leg extend"); i++) said = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(said, "Let your right leg extend"), string.Join("\n", said));
        await client.SayAsync("ready");
        await client.SayAsync("ready");
        Assert.True(Has(BotClient.Texts(await client.SayAsync("my knee hurts a little")), "Stop moving"));
        await client.SayAsync("mild");

        await host.KillAsync();
        await host.RestartAsync();

        Assert.True(Has(BotClient.Texts(await client.SayAsync("ready")), "left heel slide forward"));
        for (var i = 0; i < 4; i++) await client.SayAsync("ready");
        Assert.True(Has(BotClient.Texts(await client.SayAsync("ready")), "rest both legs"));
        var summary = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(summary, "During your left leg, repetition 1, you said: my knee hurts a little. It felt mild."), string.Join("\n", summary));
    }
}
