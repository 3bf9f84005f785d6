using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace SeatedRelease.Tests.Alexa;

/// <summary>
/// A certificate authority made for the tests, standing in for the one behind Amazon's signing certificate:
/// a root, an intermediate, and signing certificates that are right or wrong in one way each.
/// </summary>
internal sealed class AlexaTestAuthority : IDisposable
{
    public AlexaTestAuthority(string rootName = "Seated Release Test Root")
    {
        var now = DateTimeOffset.UtcNow;
        Root = MakeAuthority(rootName, issuer: null, now.AddYears(-1), now.AddYears(5));
        Intermediate = MakeAuthority(rootName + " Intermediate", Root, now.AddMonths(-6), now.AddYears(2));
        Signing = MakeSigning("echo-api.amazon.com", now.AddDays(-1), now.AddDays(30));
        WrongName = MakeSigning("echo-api.example.com", now.AddDays(-1), now.AddDays(30));
        Expired = MakeSigning("echo-api.amazon.com", now.AddDays(-60), now.AddDays(-1));
    }

    public X509Certificate2 Root { get; }
    public X509Certificate2 Intermediate { get; }
    public X509Certificate2 Signing { get; }
    public X509Certificate2 WrongName { get; }
    public X509Certificate2 Expired { get; }

    /// <summary>The chain as Amazon serves it: the signing certificate first, then the intermediate.</summary>
    public string ChainPem(X509Certificate2 signing) => signing.ExportCertificatePem() + "\n" + Intermediate.ExportCertificatePem() + "\n";

    private static X509Certificate2 MakeAuthority(string name, X509Certificate2? issuer, DateTimeOffset from, DateTimeOffset to)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (issuer is null) return request.CreateSelfSigned(from, to);
        using var made = request.Create(issuer, from, to, Serial());
        return made.CopyWithPrivateKey(key);
    }

    private X509Certificate2 MakeSigning(string dnsName, DateTimeOffset from, DateTimeOffset to)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + dnsName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        using var made = request.Create(Intermediate, from, to, Serial());
        return made.CopyWithPrivateKey(key);
    }

    private static byte[] Serial() => RandomNumberGenerator.GetBytes(12);

    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        Signing.Dispose();
        WrongName.Dispose();
        Expired.Dispose();
    }
}

/// <summary>Serves certificate chains by URL in place of S3, and counts the fetches.</summary>
internal sealed class ChainServer : HttpMessageHandler
{
    private readonly Dictionary<string, string> _chains = new(StringComparer.Ordinal);
    private int _fetches;

    public int Fetches => _fetches;

    public void Serve(string url, string pem) => _chains[new Uri(url).AbsoluteUri] = pem;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        return Task.FromResult(_chains.TryGetValue(request.RequestUri!.AbsoluteUri, out var pem)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(pem, Encoding.ASCII, "application/x-pem-file") }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
