using System.Security.Cryptography.X509Certificates;

namespace SeatedRelease.Bot.Alexa;

/// <summary>
/// The roots a signing certificate chain must end in: the machine's trusted roots, as for any https client, unless
/// other roots are given (tests give their own certificate authority).
/// </summary>
public sealed class AlexaTrustedRoots(X509Certificate2Collection? custom = null)
{
    /// <summary>Roots used instead of the machine's; null for the machine's.</summary>
    public X509Certificate2Collection? Custom { get; } = custom;
}
