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
