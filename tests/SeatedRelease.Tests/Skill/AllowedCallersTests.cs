using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.Tests.Skill;

/// <summary>
/// The caller check on its own. Through HTTP it can only run behind a token that Bot Framework's validation accepts,
/// which needs Microsoft's signing keys; here it gets the claims such a token carries.
/// </summary>
public sealed class AllowedCallersTests
{
    private const string Us = "11111111-1111-1111-1111-111111111111";
    private const string Parent = "22222222-2222-2222-2222-222222222222";

    private static List<Claim> SkillToken(string caller, string version = "1.0") =>
    [
        new(AuthenticationConstants.VersionClaim, version),
        new(AuthenticationConstants.AudienceClaim, Us),
        new(version == "2.0" ? AuthenticationConstants.AuthorizedParty : AuthenticationConstants.AppIdClaim, caller),
    ];

    private static AllowedCallers From(params (string Key, string Value)[] settings) =>
        AllowedCallers.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public async Task A_listed_parent_is_let_in_whatever_the_case_of_its_id_and_in_v2_tokens_too()
    {
        var check = From(("Skill:AllowedCallers:0", Parent.ToUpperInvariant()));
        await check.ValidateClaimsAsync(SkillToken(Parent));
        await check.ValidateClaimsAsync(SkillToken(Parent, "2.0"));
    }

    [Fact]
    public async Task A_parent_not_listed_is_refused_and_so_is_any_parent_when_none_are_listed()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => From(("Skill:AllowedCallers", Parent)).ValidateClaimsAsync(SkillToken("33333333-3333-3333-3333-333333333333")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => From().ValidateClaimsAsync(SkillToken(Parent)));
    }

    [Fact]
    public async Task A_comma_separated_setting_and_a_star_are_understood()
    {
        await From(("Skill:AllowedCallers", $"{Us}, {Parent}")).ValidateClaimsAsync(SkillToken(Parent));
        await From(("Skill:AllowedCallers:0", "*")).ValidateClaimsAsync(SkillToken("33333333-3333-3333-3333-333333333333"));
    }

    [Fact]
    public async Task Channels_are_not_skill_callers_and_always_pass()
    {
        // A channel's token is issued by the Bot Framework and names no calling bot.
        var channel = new List<Claim>
        {
            new(AuthenticationConstants.AudienceClaim, Us),
            new("iss", AuthenticationConstants.ToBotFromChannelTokenIssuer),
            new("serviceurl", "https://smba.trafficmanager.net/teams/"),
        };
        await From().ValidateClaimsAsync(channel);
        // A token a bot got for itself is not a skill call either.
        await From().ValidateClaimsAsync(SkillToken(Us));
    }
}
