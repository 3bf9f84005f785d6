using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SeatedRelease.Bot.Alexa;

/// <summary>
/// Checks that a request really comes from Alexa, in the way Amazon requires of a skill hosted as a web service:
/// the certificate URL's rules, the certificate itself, the signature of the raw body, and a fresh timestamp.
/// </summary>
public sealed class AlexaRequestVerifier(AlexaCertificates certificates, TimeProvider time)
{
    /// <summary>The header naming where the signing certificate chain is.</summary>
    public const string CertificateHeader = "SignatureCertChainUrl";

    /// <summary>The header carrying the base64 SHA-256 RSA signature of the body.</summary>
    public const string SignatureHeader = "Signature-256";

    /// <summary>How far the request's timestamp may be from now.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(150);

    /// <summary>Null when the request is Alexa's, or why it is refused.</summary>
    public async Task<string?> ProblemAsync(IHeaderDictionary headers, ReadOnlyMemory<byte> body, string? timestamp, CancellationToken cancellationToken)
    {
        var urlHeader = headers[CertificateHeader].ToString();
        var signatureHeader = headers[SignatureHeader].ToString();
        if (urlHeader.Length == 0) return $"The {CertificateHeader} header is missing.";
        if (signatureHeader.Length == 0) return $"The {SignatureHeader} header is missing.";
        if (AlexaCertificateUrl.Check(urlHeader) is not { } url) return $"The {CertificateHeader} is not an Alexa certificate address.";

        var signature = new byte[signatureHeader.Length];
        if (!Convert.TryFromBase64String(signatureHeader, signature, out var length)) return $"The {SignatureHeader} header is not base64.";
        if (FreshnessProblem(timestamp) is { } stale) return stale;

        var (certificate, problem) = await certificates.GetAsync(url, cancellationToken);
        if (certificate is null) return problem;
        using var key = certificate.GetRSAPublicKey();
        if (key is null) return "The signing certificate has no RSA key.";
        return key.VerifyData(body.Span, signature.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            ? null
            : "The signature does not match the body.";
    }

    private string? FreshnessProblem(string? timestamp)
    {
        if (timestamp is null || !DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sent))
        {
            return "The request has no readable timestamp.";
        }
        return (time.GetUtcNow() - sent).Duration() > Tolerance ? "The request's timestamp is not within 150 seconds." : null;
    }
}
