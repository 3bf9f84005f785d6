using System.Net;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Who a request comes from and which public address it was sent to. Forwarded headers are believed only from
/// the proxies listed in <c>Hosting:TrustedProxies</c>; from anyone else they are the caller's own words.
/// </summary>
public sealed class ClientAddresses
{
    private readonly HashSet<IPAddress> _trusted;

    /// <summary>Reads the trusted proxies, an array or one comma-separated value of IP addresses.</summary>
    public ClientAddresses(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Hosting:TrustedProxies");
        var listed = section.GetChildren().Select(c => c.Value ?? "").Concat((section.Value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries));
        _trusted = [];
        foreach (var text in listed.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            _trusted.Add(IPAddress.TryParse(text, out var address)
                ? Normal(address)
                : throw new InvalidOperationException($"Hosting:TrustedProxies: '{text}' is not an IP address."));
        }
    }

    /// <summary>True when the request came straight from a listed proxy.</summary>
    public bool FromTrustedProxy(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress is { } peer && _trusted.Contains(Normal(peer));
    }

    /// <summary>The client's address: the one a trusted proxy says it forwarded for, else the peer's; "unknown" without either.</summary>
    public string ClientOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (FromTrustedProxy(http)
            && http.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } chain
            && IPAddress.TryParse(chain[^1], out var forwarded))
        {
            // The last entry is the one the trusted proxy added; earlier ones are whatever the client sent it.
            return Normal(forwarded).ToString();
        }

        return http.Connection.RemoteIpAddress is { } peer ? Normal(peer).ToString() : "unknown";
    }

    /// <summary>
    /// The scheme and host a trusted proxy says the request was sent to, as "https://host"; null when the request
    /// did not come through one or the headers do not name a host.
    /// </summary>
    public string? ForwardedOrigin(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!FromTrustedProxy(http))
        {
            return null;
        }

        var host = First(http.Request.Headers["X-Forwarded-Host"].ToString());
        var scheme = First(http.Request.Headers["X-Forwarded-Proto"].ToString()) is { Length: > 0 } proto ? proto.ToLowerInvariant() : http.Request.Scheme;
        if (host.Length == 0 || scheme is not ("http" or "https"))
        {
            return null;
        }

        return Uri.TryCreate($"{scheme}://{host}", UriKind.Absolute, out var origin) && origin.PathAndQuery == "/" && origin.UserInfo.Length == 0
            ? origin.GetLeftPart(UriPartial.Authority)
            : null;
    }

    private static string First(string header) =>
        header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } values ? values[0] : "";

    private static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
