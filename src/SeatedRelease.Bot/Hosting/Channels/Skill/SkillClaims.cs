using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;

namespace SeatedRelease.Bot.Skill;

/// <summary>
/// Reads Bot Framework claims the way its skill validation does (those helpers are internal or obsolete in
/// Bot Builder 4.23): a skill call is a token one bot got for another, or the anonymous skill caller of local use.
/// </summary>
public static class SkillClaims
{
    /// <summary>True when the claims are those of a bot calling this bot as a skill.</summary>
    public static bool IsSkill(IEnumerable<Claim> claims)
    {
        var list = claims as IList<Claim> ?? claims.ToList();
        if (list.Any(c => c.Type == AuthenticationConstants.AppIdClaim && c.Value == AuthenticationConstants.AnonymousSkillAppId)) return true;
        if (Value(list, AuthenticationConstants.VersionClaim) is null) return false;
        var audience = Value(list, AuthenticationConstants.AudienceClaim);
        // A channel's token is addressed to the Bot Framework; a parent's token is addressed to this bot's app id.
        if (audience is null || audience == AuthenticationConstants.ToBotFromChannelTokenIssuer) return false;
        var caller = CallerAppId(list);
        return caller is not null && caller != audience;
    }

    /// <summary>The calling bot's app id: appid in v1.0 tokens, azp in v2.0 tokens.</summary>
    public static string? CallerAppId(IEnumerable<Claim> claims)
    {
        var list = claims as IList<Claim> ?? claims.ToList();
        return Value(list, AuthenticationConstants.VersionClaim) == "2.0"
            ? Value(list, AuthenticationConstants.AuthorizedParty)
            : Value(list, AuthenticationConstants.AppIdClaim);
    }

    private static string? Value(IList<Claim> claims, string type) => claims.FirstOrDefault(c => c.Type == type)?.Value;
}
