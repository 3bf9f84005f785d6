using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Which parent bots may call the practice as a skill: the app ids in Skill:AllowedCallers ("*" for any).
/// Requests from channels (Web Chat, Teams, Direct Line Speech) are not skill calls and are not affected.
/// </summary>
public sealed class AllowedCallers : ClaimsValidator
{
    private readonly HashSet<string> _ids;

    /// <summary>Creates the check for the given app ids; compared without regard to case, as GUIDs are written both ways.</summary>
    public AllowedCallers(IEnumerable<string> ids) => _ids = new HashSet<string>(ids.Select(i => i.Trim()).Where(i => i.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured ids, from an array (Skill:AllowedCallers:0, :1...) or one comma-separated value.</summary>
    public static AllowedCallers FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Skill:AllowedCallers");
        var listed = section.GetChildren().Select(c => c.Value ?? "");
        var joined = (section.Value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries);
        return new AllowedCallers(listed.Concat(joined));
    }

    /// <summary>The Bot Framework authentication settings with this check on every authenticated request.</summary>
    public static AuthenticationConfiguration AuthenticationConfiguration(IConfiguration configuration) =>
        new() { ClaimsValidator = FromConfiguration(configuration) };

    /// <summary>Refuses a skill call whose caller is not listed; anything else passes.</summary>
    public override Task ValidateClaimsAsync(IList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (!Skill.SkillClaims.IsSkill(claims) || _ids.Contains("*")) return Task.CompletedTask;
        var caller = Skill.SkillClaims.CallerAppId(claims);
        if (caller is null || !_ids.Contains(caller))
        {
            throw new UnauthorizedAccessException($"The bot with app id '{caller}' is not in Skill:AllowedCallers.");
        }
        return Task.CompletedTask;
    }
}
