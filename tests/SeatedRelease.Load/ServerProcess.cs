using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SeatedRelease.Load;

/// <summary>
/// A server (the practice host or the echo bot) started as its own process from its built DLL, on a free loopback
/// port, with its storage chosen through the environment. Killed, with its temporary storage removed, on dispose.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 40;
    private readonly Process _process;
    private readonly string _storageDir;
    private readonly Queue<string> _output = new();

    private ServerProcess(Process process, Uri address, string storageDir)
    {
        _process = process;
        Address = address;
        _storageDir = storageDir;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>User plus system CPU time the server has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(string dll, string storageKind, CancellationToken cancellationToken)
    {
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build it first (dotnet build -c Release): {dll}", dll);
        var port = FreePort();
        var storageDir = Path.Combine(Path.GetTempPath(), "seatedrelease-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(storageDir);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Kind"] = storageKind;
        start.Environment["Storage__Path"] = Path.Combine(storageDir, "state.db");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"), storageDir);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>The server's last lines of output, to explain a failure.</summary>
    public string LastOutput()
    {
        lock (_output) return string.Join(Environment.NewLine, _output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_storageDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the measurement is what matters.
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > KeptOutputLines) _output.Dequeue();
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with {_process.ExitCode}:{Environment.NewLine}{LastOutput()}");
            try
            {
                using var response = await http.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Starting slowly on a busy machine.
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"the server did not answer /healthz within 60 s:{Environment.NewLine}{LastOutput()}");
    }

    // The port is released just before the server binds it; on loopback nothing else races for it in practice.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
