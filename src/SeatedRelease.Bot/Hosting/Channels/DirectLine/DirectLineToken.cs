using System.Security.Cryptography;
using System.Text;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// A conversation token: "{conversationId}.{secret}". Carrying the id lets a call that names no
/// conversation (start, refresh) find its conversation without a second index.
/// </summary>
internal readonly record struct DirectLineToken(string ConversationId, string Secret)
{
    public static DirectLineToken Issue(string conversationId) =>
        new(conversationId, Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    public static bool TryParse(string? value, out DirectLineToken token)
    {
        token = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == value.Length - 1)
        {
            return false;
        }

        token = new DirectLineToken(value[..dot], value[(dot + 1)..]);
        return true;
    }

    public bool SecretEquals(string other) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(other));

    public override string ToString() => $"{ConversationId}.{Secret}";

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
