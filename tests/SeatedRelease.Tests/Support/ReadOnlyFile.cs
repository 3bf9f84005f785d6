using System.Diagnostics;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// Makes a file unwritable for this process until disposed: by its mode bits, or, for a process that ignores them
/// (root), with the immutable attribute. Fails loudly when neither works, so a test cannot pass without the fault.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFile : IAsyncDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;
    private bool _immutable;

    private ReadOnlyFile(string path)
    {
        _path = path;
        _mode = File.GetUnixFileMode(path);
    }

    public static async Task<ReadOnlyFile> MakeAsync(string path)
    {
        var file = new ReadOnlyFile(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (Writable(path))
        {
            await ChattrAsync("+i", path);
            file._immutable = true;
            if (Writable(path)) throw new InvalidOperationException($"{path} stays writable for this process; the test cannot make the fault.");
        }
        return file;
    }

    public async ValueTask DisposeAsync()
    {
        if (_immutable) await ChattrAsync("-i", _path);
        File.SetUnixFileMode(_path, _mode);
    }

    private static bool Writable(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task ChattrAsync(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr did not start.");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"chattr {flag} {path} failed: {error}");
    }
}
