using System.Globalization;

namespace SeatedRelease.Load;

/// <summary>Reads another process's resident memory and CPU time from /proc (Linux).</summary>
internal static class ProcessMemory
{
    /// <summary>Current resident set size in bytes (VmRSS), or 0 where /proc is missing.</summary>
    public static long Resident(int pid) => Field(pid, "VmRSS:");

    /// <summary>Peak resident set size in bytes over the process's life (VmHWM), or 0 where /proc is missing.</summary>
    public static long Peak(int pid) => Field(pid, "VmHWM:");

    private static long Field(int pid, string name)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return 0;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal)) continue;
            var kb = line.AsSpan(name.Length).Trim();
            kb = kb[..kb.IndexOf(' ')];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }
}

/// <summary>Reads how busy another .NET process's tiered compilation thread is, from /proc (Linux).</summary>
internal static class ProcessTiering
{
    // The runtime names the thread that recompiles hot methods at higher tiers this (a task's comm keeps 15 bytes).
    private const string ThreadName = ".NET Tiered Com";

    // /proc counts CPU in clock ticks, 100 per second on every Linux this runs on (USER_HZ).
    private const double TicksPerSecond = 100;

    /// <summary>The longest a server is warmed up waiting for its tiering to settle.</summary>
    public static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(120);

    // Tiering is settled when its thread uses at most this share of one core over a chunk of warm-up.
    private const double SettledShare = 0.02;

    /// <summary>Whether the tiering thread used at most its settled share of a core since <paramref name="before"/> was read, <paramref name="elapsed"/> ago.</summary>
    public static bool SettledSince(int pid, TimeSpan before, TimeSpan elapsed) => CpuTime(pid) - before <= elapsed * SettledShare;

    /// <summary>CPU time the process's tiered compilation thread has used so far; zero where /proc is missing.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks)) return TimeSpan.Zero;
        long ticks = 0;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') != ThreadName) continue;
                ticks += StatTicks(File.ReadAllText(Path.Combine(task, "stat")));
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: it is not compiling any more.
            }
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>utime + stime of a /proc stat line; its name field may hold spaces, so fields count from the last ')'.</summary>
    public static long StatTicks(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the name: state is field 3 of the line, utime 14 and stime 15.
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
