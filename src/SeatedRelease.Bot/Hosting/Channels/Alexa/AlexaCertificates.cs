using System.Security.Cryptography.X509Certificates;

namespace SeatedRelease.Bot.Alexa;

/// <summary>
/// Fetches Alexa's signing certificate chains, checks them, and keeps the checked signing certificates by URL in a
/// small bounded cache, so that a busy skill does not fetch the same chain for every request.
/// </summary>
public sealed class AlexaCertificates(IHttpClientFactory clients, AlexaTrustedRoots roots, AlexaOptions options, TimeProvider time)
{
    /// <summary>The name of the HttpClient the chains are fetched with.</summary>
    public const string ClientName = "AlexaCertificates";

    /// <summary>The subject alternative name Amazon's signing certificate carries.</summary>
    public const string SigningName = "echo-api.amazon.com";

    // A chain is two or three certificates of a few kilobytes each.
    private const int MaxChainBytes = 64 * 1024;

    private readonly Dictionary<string, X509Certificate2> _cache = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    /// <summary>The checked signing certificate at <paramref name="url"/>, or the reason there is none.</summary>
    public async Task<(X509Certificate2? Certificate, string? Problem)> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.AbsoluteUri;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            // A cached certificate was checked when fetched; only its dates can have changed since.
            if (_cache.TryGetValue(key, out var cached)) return WithinDates(cached, now) ? (cached, null) : (null, "The signing certificate is outside its dates.");
        }

        string pem;
        try
        {
            pem = await FetchAsync(url, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidDataException && !cancellationToken.IsCancellationRequested)
        {
            return (null, "The signing certificate chain could not be fetched: " + e.Message);
        }

        var chain = new X509Certificate2Collection();
        try
        {
            chain.ImportFromPem(pem);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return (null, "The signing certificate chain is not PEM.");
        }
        if (chain.Count == 0) return (null, "The signing certificate chain is empty.");
        var signing = chain[0];
        if (Check(signing, chain, now) is { } problem) return (null, problem);

        lock (_gate)
        {
            if (!_cache.ContainsKey(key))
            {
                while (_cache.Count >= Math.Max(1, options.MaxCachedCertificates) && _order.TryDequeue(out var oldest)) _cache.Remove(oldest);
                _cache[key] = signing;
                _order.Enqueue(key);
            }
        }
        return (signing, null);
    }

    private async Task<string> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.CertificateTimeout);
        var client = clients.CreateClient(ClientName);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > MaxChainBytes) throw new InvalidDataException("The chain is too large.");
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, timeout.Token)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxChainBytes) throw new InvalidDataException("The chain is too large.");
        }
        return System.Text.Encoding.ASCII.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private string? Check(X509Certificate2 signing, X509Certificate2Collection chain, DateTimeOffset now)
    {
        if (!WithinDates(signing, now)) return "The signing certificate is outside its dates.";
        var names = signing.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames());
        if (!names.Contains(SigningName, StringComparer.OrdinalIgnoreCase)) return $"The signing certificate is not for {SigningName}.";

        using var builder = new X509Chain();
        builder.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        builder.ChainPolicy.VerificationTime = now.UtcDateTime;
        builder.ChainPolicy.VerificationTimeIgnored = false;
        for (var i = 1; i < chain.Count; i++) builder.ChainPolicy.ExtraStore.Add(chain[i]);
        if (roots.Custom is { } custom)
        {
            builder.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            builder.ChainPolicy.CustomTrustStore.AddRange(custom);
        }
        return builder.Build(signing)
            ? null
            : "The signing certificate does not chain to a trusted root: " + string.Join(", ", builder.ChainStatus.Select(s => s.Status));
    }

    private static bool WithinDates(X509Certificate2 certificate, DateTimeOffset now) =>
        now.UtcDateTime >= certificate.NotBefore.ToUniversalTime() && now.UtcDateTime <= certificate.NotAfter.ToUniversalTime();
}
