namespace SeatedRelease.Load;

/// <summary>The one HttpClient a run shares among its virtual users: a connection each, kept open, nothing extra.</summary>
internal static class LoadHttp
{
    public static HttpClient Create(Uri address, int users) =>
        new(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = users,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
