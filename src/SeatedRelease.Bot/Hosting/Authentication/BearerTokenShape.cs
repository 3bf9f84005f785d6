using System.IdentityModel.Tokens.Jwt;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Refuses an Authorization header that is not even a readable JWT. Bot Framework's validation throws a parse error
/// on such a header instead of refusing it, which would answer 500 where 401 is meant.
/// </summary>
internal static class BearerTokenShape
{
    private static readonly JwtSecurityTokenHandler Handler = new();

    /// <summary>True when there is no header (the adapter decides) or it is "Bearer" and a token that parses.</summary>
    public static bool IsReadable(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0) return true;
        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || !Handler.CanReadToken(parts[1])) return false;
        // CanReadToken only matches the shape (three dot-separated parts, so "a.b.c" passes); reading decodes them.
        try
        {
            Handler.ReadJwtToken(parts[1]);
            return true;
        }
        catch (Exception)
        {
            // Whatever the decoder throws on it, the caller's header is not a token: 401, never 500.
            return false;
        }
    }
}
