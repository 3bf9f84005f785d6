using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Tests.Browser;

/// <summary>
/// Finds Chromium and the driver's npm packages, running scripts/install-browser-deps.sh once when
/// either is missing; says plainly what is wrong when they still cannot be had.
/// </summary>
public static class BrowserSetup
{
    public const string Chromium = "/usr/bin/chromium";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string DriverFolder => Path.Combine(RepoRoot, "tests", "SeatedRelease.Tests", "Browser");

    /// <summary>The browser tests run one at a time: two Chromiums on a small machine would skew the timings they measure.</summary>
    public const string Collection = "Browser";

    public static string Results => Path.Combine(RepoRoot, "TestResults", "browser");

    /// <summary>
    /// Runs a driver script in this folder against the page: node script page report output chromium.
    /// Returns the report it wrote and its exit code; fails when it wrote none.
    /// </summary>
    public static Task<(JObject Report, int ExitCode)> RunDriverAsync(string script, Uri page, string reportPath, string output, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunDriverAsync(script, page, reportPath, output, [], timeout, cancellationToken);

    /// <summary>As above, with more arguments for the script after the Chromium path.</summary>
    public static async Task<(JObject Report, int ExitCode)> RunDriverAsync(string script, Uri page, string reportPath, string output, IEnumerable<string> more, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
        File.Delete(reportPath);
        var (exitCode, text) = await RunAsync("node", [script, page.ToString(), reportPath, output, Chromium, .. more], DriverFolder, timeout, cancellationToken);
        Assert.True(File.Exists(reportPath), $"The browser driver wrote no report (exit {exitCode}):\n{text}");
        return (JObject.Parse(await File.ReadAllTextAsync(reportPath, cancellationToken)), exitCode);
    }

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (IsReady())
        {
            return;
        }

        var (exitCode, output) = await RunAsync("bash", [Path.Combine(RepoRoot, "scripts", "install-browser-deps.sh")], RepoRoot, TimeSpan.FromMinutes(8), cancellationToken);
        Assert.True(exitCode == 0 && IsReady(),
            $"The browser test needs {Chromium} and the npm packages in {DriverFolder}; scripts/install-browser-deps.sh could not provide them (exit {exitCode}):\n{output}");
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} did not finish within {timeout}.\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static bool IsReady() =>
        File.Exists(Chromium) && Directory.Exists(Path.Combine(DriverFolder, "node_modules", "playwright-core"))
        && Directory.Exists(Path.Combine(DriverFolder, "node_modules", "axe-core"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeatedRelease.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find SeatedRelease.sln above the test binaries.");
    }
}
