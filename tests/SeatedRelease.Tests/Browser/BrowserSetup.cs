using System.Diagnostics;

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
