using System.Security.Cryptography;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>The user ids a token may speak for.</summary>
internal static class UserIds
{
    private const int Longest = 128;

    /// <summary>A fresh id for a client that named none: no two such clients ever share one.</summary>
    public static string New() =>
        "dl_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsAcceptable(string id) => id.Length is > 0 and <= Longest && !string.IsNullOrWhiteSpace(id);
}
