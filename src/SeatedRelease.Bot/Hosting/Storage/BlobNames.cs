using System.Security.Cryptography;
using System.Text;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Turns any storage key into a valid, distinct blob name.</summary>
internal static class BlobNames
{
    // Azure allows 1,024 characters; staying well under leaves room for the hash suffix.
    private const int MaxLength = 900;
    private const int KeptPrefix = 800;

    /// <summary>
    /// The key percent-encoded, so '/', '?', '#', spaces and non-ASCII letters cannot make folders, queries or
    /// invalid names. Dots are encoded too: Azure refuses names that end in a dot. A key too long for a blob name
    /// keeps its encoded start and gets the SHA-256 of the whole key after a '!', which encoding never produces,
    /// so a long key cannot collide with a short one.
    /// </summary>
    public static string For(string key)
    {
        var encoded = Uri.EscapeDataString(key).Replace(".", "%2E", StringComparison.Ordinal);
        if (encoded.Length <= MaxLength) return encoded;
        var cut = KeptPrefix;
        // Never split a %XX escape.
        if (encoded[cut - 1] == '%') cut -= 1;
        else if (encoded[cut - 2] == '%') cut -= 2;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return encoded[..cut] + "!" + hash;
    }
}
