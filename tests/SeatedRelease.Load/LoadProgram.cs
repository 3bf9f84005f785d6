namespace SeatedRelease.Load;

internal static class LoadProgram
{
    // Exit codes: 0 every target met, 1 a target missed (errors included), 2 bad options or a server that would not start.
    private static async Task<int> Main(string[] args)
    {
        var (options, problem) = LoadOptions.Parse(args);
        if (options is null)
        {
            if (problem is { Length: > 0 }) Console.Error.WriteLine(problem);
            Console.Error.WriteLine(LoadOptions.Usage);
            return problem is { Length: > 0 } ? 2 : 0;
        }
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        Console.WriteLine($"SeatedRelease load benchmark: {Environment.ProcessorCount} cores; the load generator runs on the same machine as the server and shares its cores.");
        Console.WriteLine($"load average before: {LoadAverage()} (anything above ~0.5 means something else was using the CPU)");
        if (options.Echo)
        {
            Console.WriteLine("baseline: a stock Bot Framework echo bot (CloudAdapter, ConversationState on MemoryStorage, logging at Warning)");
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var allMet = true;
        if (options.Wrk && !WrkRun.Installed())
        {
            Console.Error.WriteLine("--generator wrk needs wrk on the PATH (Debian: apt-get install wrk)");
            return 2;
        }
        try
        {
            foreach (var storage in options.Storages)
            {
                allMet &= options.Wrk
                    ? await WrkBench.RunAsync(options, storage, Console.Out, cancel.Token)
                    : await RunAsync(options, storage, cancel.Token);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        Console.WriteLine();
        Console.WriteLine($"load average after: {LoadAverage()}; whole run {started.Elapsed.TotalSeconds:F0} s");
        return allMet ? 0 : 1;
    }

    // This program as the generator: saturated rounds, practice and echo taking turns, then the paced run.
    private static async Task<bool> RunAsync(LoadOptions options, string storage, CancellationToken cancellationToken)
    {
        await using var practice = options.Practice
            ? await TargetBench.StartAsync("practice", options.PracticeDll, storage, new PracticeSessionScript(), options, cancellationToken)
            : null;
        // The echo bot gets as many turns per session as the practice took, so both see the same load shape.
        var turns = practice?.Warmup is { Sessions: > 0 } w ? (int)Math.Round(w.Turns / (double)w.Sessions) : options.EchoTurns;
        await using var echo = options.Echo
            ? await TargetBench.StartAsync("echo", options.EchoDll, storage, new EchoSessionScript(turns), options, cancellationToken)
            : null;
        for (var round = 0; round < options.Rounds; round++)
        {
            if (practice is not null) await practice.RunRoundAsync(round, cancellationToken);
            if (echo is not null) await echo.RunRoundAsync(round, cancellationToken);
        }
        if (practice is not null) await practice.RunPacedAsync(cancellationToken);
        if (echo is not null) await echo.RunPacedAsync(cancellationToken);
        return Report.Write(Console.Out, storage, options, practice?.Result(), echo?.Result());
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
