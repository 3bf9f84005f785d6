using System.Diagnostics;

namespace SeatedRelease.Load;

/// <summary>
/// Loads one server: start it and warm it up unmeasured, then measure sessions in one or more rounds while sampling
/// its memory, then a paced run. Rounds let two servers take turns, so that a machine whose speed drifts over minutes
/// (other work on the host) slows both alike instead of whichever ran second.
/// </summary>
internal sealed class TargetBench : IAsyncDisposable
{
    /// <summary>RSS samples over the measured sessions: ten in each tenth, whose median stands for that tenth.</summary>
    public const int MemorySamples = 100;

    private readonly string _name;
    private readonly ServerProcess _server;
    private readonly HttpClient _http;
    private readonly ISessionScript _script;
    private readonly LoadOptions _options;
    private readonly string _runId;
    private readonly LatencyLog[] _logs;
    private readonly long[] _samples = new long[MemorySamples];
    private RunCounts _measured = RunCounts.None;
    private TimeSpan _serverCpu;
    private TimeSpan _ownCpu;
    private RunCounts? _paced;

    private TargetBench(string name, ServerProcess server, ISessionScript script, LoadOptions options, RunCounts warmup)
    {
        _name = name;
        _server = server;
        _http = LoadHttp.Create(server.Address, options.Conversations);
        _script = script;
        _options = options;
        _runId = $"{name}-{Guid.NewGuid():N}";
        _logs = Enumerable.Range(0, options.Conversations).Select(_ => new LatencyLog()).ToArray();
        Warmup = warmup;
    }

    public RunCounts Warmup { get; }

    public static async Task<TargetBench> StartAsync(string name, string dll, string storage, ISessionScript script, LoadOptions options, CancellationToken cancellationToken)
    {
        var server = await ServerProcess.StartAsync(dll, storage, cancellationToken);
        try
        {
            using var http = LoadHttp.Create(server.Address, options.Conversations);
            var warmId = $"{name}-{Guid.NewGuid():N}-warm";
            var warmup = await new LoadRunner(http, script, warmId) { NewUserPerSession = options.NewUsers }
                .RunAsync(options.Conversations, options.WarmupSessions, record: false, cancellationToken);
            warmup = await WarmUntilTieredAsync(server, http, script, warmId, options, warmup, cancellationToken);
            return new TargetBench(name, server, script, options, warmup);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Goes on warming up while the server's runtime is still recompiling hot methods at higher tiers. The practice
    /// host has far more code than the echo bot: after the same fixed warm-up its tiering thread still took half a
    /// core for another fifteen seconds, which the first rounds then charged to the practice alone.
    /// </summary>
    private static async Task<RunCounts> WarmUntilTieredAsync(
        ServerProcess server, HttpClient http, ISessionScript script, string warmId, LoadOptions options, RunCounts warmup, CancellationToken cancellationToken)
    {
        if (options.WarmupSessions == 0) return warmup;
        var all = warmup;
        var started = Stopwatch.StartNew();
        for (var round = 1; started.Elapsed < ProcessTiering.MaxWarmup; round++)
        {
            var tieringBefore = ProcessTiering.CpuTime(server.Id);
            // Each chunk numbers its sessions from one again, so its conversations need ids of their own.
            var runner = new LoadRunner(http, script, warmId) { NewUserPerSession = options.NewUsers, Round = $"w{round}" };
            var chunk = await runner.RunAsync(options.Conversations, options.Conversations * 8, record: false, cancellationToken);
            all = all.Then(chunk);
            if (ProcessTiering.SettledSince(server.Id, tieringBefore, chunk.Elapsed)) break;
        }
        return all;
    }

    /// <summary>The measured sessions of one round (of <see cref="LoadOptions.Rounds"/>), no pause between turns.</summary>
    public async Task RunRoundAsync(int round, CancellationToken cancellationToken)
    {
        var sessions = _options.Sessions / _options.Rounds + (round < _options.Sessions % _options.Rounds ? 1 : 0);
        // Sampled by whichever user finishes the session that crosses each hundredth: reading /proc is cheap. One
        // sample per tenth read the collector's sawtooth (15% between a collection and the next) as growth or shrinkage.
        var every = Math.Max(1, _options.Sessions / MemorySamples);
        var offset = _measured.Sessions;
        var runner = new LoadRunner(_http, _script, _runId)
        {
            NewUserPerSession = _options.NewUsers,
            Round = $"r{round}",
            Logs = _logs,
            SessionDone = done =>
            {
                var all = offset + done;
                if (all % every == 0 && all / every is var k and >= 1 and <= MemorySamples) _samples[k - 1] = ProcessMemory.Resident(_server.Id);
            },
        };
        var serverCpu = _server.CpuTime;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var counts = await runner.RunAsync(_options.Conversations, sessions, record: true, cancellationToken);
        _serverCpu += _server.CpuTime - serverCpu;
        _ownCpu += Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
        _measured = _measured.Then(counts);
    }

    /// <summary>
    /// Saturation says how much the server can do; latency at a given number of conversations is only meaningful
    /// when they speak at a pace, or it is just the queue (Little's law: conversations / throughput).
    /// </summary>
    public async Task RunPacedAsync(CancellationToken cancellationToken)
    {
        if (_options.PacedSessionCount == 0) return;
        _paced = await new LoadRunner(_http, _script, _runId + "-paced") { ThinkTime = TimeSpan.FromMilliseconds(_options.ThinkMs), FixedThinkTime = _options.FixedThink, NewUserPerSession = _options.NewUsers }
            .RunAsync(_options.Conversations, _options.PacedSessionCount, record: true, cancellationToken);
    }

    public TargetResult Result() => new(
        _name,
        _measured with { Latency = LatencyLog.Summarize(_logs) },
        _paced,
        Warmup.Errors,
        Warmup.FirstErrors,
        ProcessMemory.Peak(_server.Id),
        _samples,
        _serverCpu,
        _ownCpu,
        _server.LastOutput(),
        Warmup.Sessions,
        Warmup.Elapsed);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }
}

/// <summary>One server's figures: the measured run, warm-up errors, peak and sampled memory, CPU of server and generator.</summary>
internal sealed record TargetResult(
    string Name,
    RunCounts Run,
    RunCounts? Paced,
    int WarmupErrors,
    IReadOnlyList<string> WarmupFirstErrors,
    long PeakRss,
    IReadOnlyList<long> RssSamples,
    TimeSpan ServerCpu,
    TimeSpan GeneratorCpu,
    string ServerOutput,
    int WarmupSessions = 0,
    TimeSpan WarmupElapsed = default)
{
    public int AllErrors => Run.Errors + WarmupErrors + (Paced?.Errors ?? 0);

    /// <summary>The median RSS of each tenth of the measured sessions.</summary>
    public IReadOnlyList<long> RssTenths =>
        RssSamples.Chunk(Math.Max(1, RssSamples.Count / 10)).Take(10).Select(c => c.Order().ElementAt(c.Length / 2)).ToList();

    /// <summary>
    /// True when every memory sample was taken. A sample is taken as each hundredth of the sessions ends, so a run of
    /// fewer than 100 sessions leaves some at zero, and growth read from them would mean nothing.
    /// </summary>
    public bool MemorySampled => RssSamples.Count > 0 && RssSamples.All(s => s > 0);

    /// <summary>Resident memory growth over the second half of the measured sessions (fifth tenth to tenth tenth).</summary>
    public (long Bytes, double Fraction) LastHalfGrowth
    {
        get
        {
            var tenths = RssTenths;
            if (tenths.Count < 10) return (0, 0);
            var half = tenths[4];
            var end = tenths[9];
            return half <= 0 || end <= 0 ? (0, 0) : (end - half, (end - half) / (double)half);
        }
    }
}
