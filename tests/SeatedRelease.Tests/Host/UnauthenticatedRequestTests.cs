using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Host;

/// <summary>
/// With an app id and secret configured, only requests carrying a valid Bot Framework token reach the bot.
/// The bot doing nothing is seen in its storage: a turn always reads the conversation's state first.
/// Not covered: a token from a trusted issuer but signed with the wrong key, whose check needs Microsoft's
/// published signing keys (no network here).
/// </summary>
public sealed class UnauthenticatedRequestTests
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";


    private static string Activity(string channelId = "webchat", string recipientRole = "bot") =>
        "{\"type\":\"message\",\"text\":\"hello\",\"channelId\":\"" + channelId + "\",\"serviceUrl\":\"http://localhost:1/\",\"conversation\":{\"id\":\"c-auth\"},\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\",\"role\":\"" + recipientRole + "\"}}";

    private static string ForgedToken(string issuer)
    {
        using var rsa = RSA.Create(2048);
        var handler = new JwtSecurityTokenHandler();
        var token = handler.CreateJwtSecurityToken(
            issuer: issuer,
            audience: AppId,
            subject: new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("serviceurl", "http://localhost:1/")]),
            notBefore: DateTime.UtcNow.AddMinutes(-1),
            expires: DateTime.UtcNow.AddMinutes(10),
            issuedAt: DateTime.UtcNow,
            signingCredentials: new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = "forged" }, SecurityAlgorithms.RsaSha256));
        return handler.WriteToken(token);
    }

    public static TheoryData<string, string?> Requests() => new()
    {
        { Activity(), null },
        { Activity(), "Basic dXNlcjpwYXNz" },
        { Activity(), "Bearer not-a-jwt" },
        // Shaped like a JWT (three dot-separated parts) but not one.
        { Activity(), "Bearer a.b.c" },
        { Activity(), "Bearer " + ForgedToken("https://issuer.example.org/") },
        // The anonymous skill call is only for a host with no app id.
        { Activity(channelId: "emulator", recipientRole: "skill"), null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_without_a_valid_token_gets_401_and_the_bot_never_runs(string body, string? authorization)
    {
        var storage = new CountingStorage();
        using var host = new HostFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("MicrosoftAppType", "SingleTenant");
            b.UseSetting("MicrosoftAppId", AppId);
            b.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
            b.UseSetting("MicrosoftAppTenantId", "00000000-0000-0000-0000-0000000000aa");
            b.ConfigureTestServices(s => s.AddSingleton<IStorage>(storage));
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, storage.Calls);
    }

    [Fact]
    public async Task The_storage_spy_does_see_a_turn_when_no_app_id_is_configured()
    {
        // Guards the test above: without authentication the same request does reach the bot and its storage.
        var storage = new CountingStorage();
        using var host = new HostFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStorage>(storage)));
        using var response = await host.CreateClient().PostAsync("/api/messages", new StringContent(Activity().Replace("\"type\":\"message\"", "\"type\":\"message\",\"deliveryMode\":\"expectReplies\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(storage.Calls > 0);
    }
}
