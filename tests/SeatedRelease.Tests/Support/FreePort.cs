using System.Net;
using System.Net.Sockets;

namespace SeatedRelease.Tests.Support;

/// <summary>Loopback ports for servers the tests start.</summary>
public static class FreePort
{
    /// <summary>A port on 127.0.0.1 that was free a moment ago (the caller retries if another process takes it first).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
