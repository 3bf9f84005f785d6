using System.Net.Sockets;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// Azurite's blob service on a free 127.0.0.1 port, for the storage and multi-host tests.
///
/// Nothing is installed at test time: scripts/install-azurite.sh (run by scripts/test.sh) does `npm ci` in
/// tests/SeatedRelease.Tests/Azurite. <see cref="StartAsync"/> runs
/// `azurite-blob --blobHost 127.0.0.1 --blobPort PORT --disableTelemetry --skipApiVersionCheck` with either
/// `--inMemoryPersistence` (the default: fast, and everything is lost when it stops) or, with
/// <c>persistent: true</c>, `--location` in a temporary folder, so that <see cref="StopAsync"/> then
/// <see cref="StartAgainAsync"/> keeps the data. It returns once the service answers HTTP.
///
/// <see cref="StopAsync"/> is a clean shutdown (SIGTERM: Azurite writes its database out);
/// <see cref="KillAsync"/> is a crash (SIGKILL). Either way <see cref="StartAgainAsync"/> comes back on the same
/// port, so <see cref="ConnectionString"/> stays valid for stores and hosts made before the stop.
/// Disposing kills the whole process tree and deletes the data folder.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The emulator's well-known development account (public, documented by Microsoft; not a secret).</summary>
    public const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string? _dataFolder;
    private ChildProcess? _process;
    private string _lastOutput = "";

    private AzuriteServer(int port, string? dataFolder)
    {
        Port = port;
        _dataFolder = dataFolder;
    }

    /// <summary>The loopback port the blob service listens on; the same after a restart.</summary>
    public int Port { get; }

    /// <summary>True when data survives <see cref="StopAsync"/> and <see cref="StartAgainAsync"/>.</summary>
    public bool Persistent => _dataFolder is not null;

    /// <summary>True between a start and a stop or kill.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A connection string for Azure.Storage.Blobs (and Storage__ConnectionString of a host).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    /// <summary>The last lines Azurite printed (also of the run before a restart), for failure messages.</summary>
    public string Output => _process is null ? _lastOutput : _lastOutput + _process.Output;

    /// <summary>Starts Azurite on a free port and waits until it answers.</summary>
    public static async Task<AzuriteServer> StartAsync(bool persistent = false, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var folder = persistent ? Directory.CreateTempSubdirectory("seatedrelease-azurite-").FullName : null;
            var server = new AzuriteServer(FreePort.Next(), folder);
            try
            {
                await server.StartAgainAsync(cancellationToken);
                return server;
            }
            catch (PortTakenException) when (attempt < 3)
            {
                // Another process took the port between choosing it and binding it: choose again.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts the service again on the same port (after <see cref="StopAsync"/> or <see cref="KillAsync"/>).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning) throw new InvalidOperationException("Azurite is already running.");
        if (_process is not null)
        {
            _lastOutput += _process.Output + "\n--- restarted ---\n";
            _process.Dispose();
        }
        var script = Path.Combine(Repo.Root, "tests", "SeatedRelease.Tests", "Azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run bash scripts/install-azurite.sh (scripts/test.sh does).");
        }
        List<string> arguments = [script, "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disableTelemetry", "--skipApiVersionCheck"];
        arguments.AddRange(_dataFolder is null ? ["--inMemoryPersistence"] : ["--location", _dataFolder]);
        _process = ChildProcess.Start("node", arguments, Path.GetDirectoryName(script)!, new Dictionary<string, string?>());
        await WaitUntilAnsweringAsync(_process, cancellationToken);
    }

    /// <summary>Freezes the service (SIGSTOP): connections stay open and every call hangs, as a stalled store does.</summary>
    public void Pause() => _process?.Pause();

    /// <summary>Lets a paused service go on (SIGCONT).</summary>
    public void Resume() => _process?.Resume();

    /// <summary>A clean shutdown (SIGTERM), as when the service is taken down on purpose.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not null) await _process.TerminateAsync(TimeSpan.FromSeconds(10), cancellationToken);
    }

    /// <summary>A crash (SIGKILL); with persistence, the last second or so of writes may be lost, as Azurite saves periodically.</summary>
    public async Task KillAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not null) await _process.KillAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _process?.Dispose();
        _process = null;
        if (_dataFolder is not null)
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilAnsweringAsync(ChildProcess process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                var output = process.Output;
                if (output.Contains("EADDRINUSE", StringComparison.Ordinal)) throw new PortTakenException();
                throw new InvalidOperationException($"Azurite exited at start on port {Port}:\n{output}");
            }
            try
            {
                // Any HTTP answer (403 for an unsigned request) means the service is up.
                using var response = await http.GetAsync($"http://127.0.0.1:{Port}/{AccountName}?comp=list", cancellationToken);
                return;
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException || e.HttpRequestError == HttpRequestError.ConnectionError)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while starting.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Azurite did not answer on port {Port} within {StartTimeout.TotalSeconds} s:\n{process.Output}");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    private sealed class PortTakenException : Exception;
}
