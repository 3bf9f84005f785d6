using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SeatedRelease.Bot.Teams;

namespace SeatedRelease.Benchmarks;

/// <summary>
/// What the Teams rate window costs one turn (ask for room, then count what was sent) while many Teams
/// conversations are active at once. Every conversation takes a turn in each 20 seconds of the clock, so all of them
/// have sent within the last 30 seconds and stay in the window; each turn sends three messages, well inside Teams'
/// limits, so no turn waits. Target: the time per turn does not grow with the number of active conversations.
/// Run in process: the host's assembly graph takes longer to build as a separate benchmark program than
/// BenchmarkDotNet waits for on a busy two-core machine.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(InProcessConfig))]
public class TeamsRateWindowBenchmarks
{
    private const int TurnsPerInvocation = 1000;

    private SteppingClock _clock = null!;
    private TeamsRateWindow _window = null!;
    private string[] _conversations = [];
    private int _next;

    [Params(100, 10_000)]
    public int ActiveConversations { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _clock = new SteppingClock(TimeSpan.FromTicks(TimeSpan.FromSeconds(20).Ticks / ActiveConversations));
        _window = new TeamsRateWindow(_clock, (_, _) => throw new InvalidOperationException("a turn had to wait"));
        _conversations = Enumerable.Range(0, ActiveConversations).Select(i => $"a:teams-conversation-{i:D6}").ToArray();
        // Every conversation has spoken recently before the first measured turn.
        for (var i = 0; i < ActiveConversations; i++) await TurnAsync();
    }

    [Benchmark(OperationsPerInvoke = TurnsPerInvocation)]
    public async Task<int> Turns()
    {
        var sent = 0;
        for (var i = 0; i < TurnsPerInvocation; i++) sent += await TurnAsync();
        return sent;
    }

    private async Task<int> TurnAsync()
    {
        var conversation = _conversations[_next];
        _next = (_next + 1) % _conversations.Length;
        _clock.Step();
        var room = await _window.WaitForRoomAsync(conversation, CancellationToken.None);
        var sent = Math.Min(room, 3);
        _window.Record(conversation, sent);
        return sent;
    }

    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Step() => _now += step;
    }

    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8));
    }
}
