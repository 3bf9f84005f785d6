using System.Net;
using SeatedRelease.Tests.Host;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// The real, built host (`dotnet SeatedRelease.Bot.dll`) as a separate process on a free loopback port, for tests
/// that restart, crash or run several hosts at once.
///
/// The dll is the Bot project's own build output for the same configuration and framework as these tests
/// (src/SeatedRelease.Bot/bin/Debug/net10.0 when the tests run from bin/Debug/net10.0), which building the test
/// project builds. Settings are environment variables, ASP.NET style: pass "Storage__Kind", "Storage__Path",
/// "Storage__ConnectionString", "Storage__Container", "ASPNETCORE_ENVIRONMENT" (Production unless given) and so on;
/// a null value removes a variable inherited from the test run. <see cref="StartAsync"/> returns once GET /healthz
/// answers 200.
///
/// <see cref="KillAsync"/> is SIGKILL (a crash: nothing is flushed or disposed); <see cref="StopAsync"/> lets the
/// host shut down; <see cref="RestartAsync"/> kills if needed and starts again on the same port with the same
/// settings. <see cref="Http"/> opens a new connection for every request, so it keeps working across restarts;
/// <see cref="Client"/> gives a <see cref="BotClient"/> that posts activities with deliveryMode expectReplies.
/// <see cref="Output"/> holds the host's last lines of stdout and stderr (of every run) for failure messages.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string?> _environment;
    private ChildProcess? _process;
    private string _lastOutput = "";

    private HostProcess(int port, Dictionary<string, string?> environment)
    {
        Port = port;
        _environment = environment;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders = { ConnectionClose = true },
        };
    }

    /// <summary>The loopback port; the same after a restart.</summary>
    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client of this host, usable before and after restarts.</summary>
    public HttpClient Http { get; }

    /// <summary>True between a start and a kill or stop.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The host's process id while it runs.</summary>
    public int? ProcessId => IsRunning ? _process!.Id : null;

    /// <summary>The last lines the host printed, over every run.</summary>
    public string Output => _process is null ? _lastOutput : _lastOutput + _process.Output;

    /// <summary>The path of the host's dll that is started.</summary>
    public static string HostDll { get; } = FindHostDll();

    /// <summary>Starts a host with these environment variables on a free port and waits for /healthz.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = new HostProcess(FreePort.Next(), new Dictionary<string, string?>(environment));
            try
            {
                await host.RestartAsync(cancellationToken);
                return host;
            }
            catch (InvalidOperationException) when (attempt < 3 && host.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await host.DisposeAsync();
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>A host keeping its state in the SQLite file at <paramref name="path"/>.</summary>
    public static Task<HostProcess> StartSqliteAsync(string path, CancellationToken cancellationToken = default) =>
        StartAsync(new Dictionary<string, string?> { ["Storage__Kind"] = "Sqlite", ["Storage__Path"] = path }, cancellationToken);

    /// <summary>A host keeping its state in Blob storage (Azurite's <see cref="AzuriteServer.ConnectionString"/>, say).</summary>
    public static Task<HostProcess> StartBlobsAsync(string connectionString, string container, CancellationToken cancellationToken = default) =>
        StartAsync(new Dictionary<string, string?>
        {
            ["Storage__Kind"] = "Blobs",
            ["Storage__ConnectionString"] = connectionString,
            ["Storage__Container"] = container,
        }, cancellationToken);

    /// <summary>A Bot Framework client for one conversation (expectReplies: the replies come back in the response).</summary>
    public BotClient Client(string conversationId, string userId = "user-http") => new(Http, conversationId, userId);

    /// <summary>SIGKILL: the host dies mid-whatever, as in a crash or an OOM kill.</summary>
    public async Task KillAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not null) await _process.KillAsync(cancellationToken);
    }

    /// <summary>SIGTERM: ASP.NET Core's graceful shutdown.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not null) await _process.TerminateAsync(TimeSpan.FromSeconds(15), cancellationToken);
    }

    /// <summary>Kills the host if it runs, then starts it again on the same port with the same settings.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not null)
        {
            await _process.KillAsync(cancellationToken);
            _lastOutput += _process.Output + "\n--- restarted ---\n";
            _process.Dispose();
        }
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Speech__DelayActivities"] = "false",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (name, value) in _environment) environment[name] = value;
        // The address is the fixture's to choose: a stray variable from the test run must not move the host.
        environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } p && File.Exists(p) ? p : "dotnet";
        _process = ChildProcess.Start(dotnet, [HostDll], Path.GetDirectoryName(HostDll)!, environment);
        await WaitForHealthAsync(_process, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _process?.Dispose();
        _process = null;
        Http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitForHealthAsync(ChildProcess process, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited) throw new InvalidOperationException($"The host exited at start (port {Port}):\n{process.Output}");
            try
            {
                using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, probe.Token);
                using var response = await Http.GetAsync("healthz", linked.Token);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while starting.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host did not answer /healthz on port {Port} within {StartTimeout.TotalSeconds} s:\n{process.Output}");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    private static string FindHostDll()
    {
        // The tests run from .../bin/CONFIGURATION/TFM/; the host was built to the same pair in its own project.
        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDir.Parent?.Name ?? "Debug";
        var candidates = new[]
        {
            Path.Combine(Repo.Root, "src", "SeatedRelease.Bot", "bin", configuration, tfmDir.Name, "SeatedRelease.Bot.dll"),
            Path.Combine(AppContext.BaseDirectory, "SeatedRelease.Bot.dll"),
        };
        return candidates.FirstOrDefault(c => File.Exists(c) && File.Exists(Path.ChangeExtension(c, ".runtimeconfig.json")))
            ?? throw new InvalidOperationException("The built host was not found at " + string.Join(" or ", candidates) + "; build the solution first.");
    }
}
