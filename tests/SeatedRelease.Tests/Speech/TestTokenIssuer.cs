using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SeatedRelease.Tests.Speech;

/// <summary>
/// Issues Bot Framework channel tokens signed with a key of the tests' own, in place of the Bot Framework token
/// service that a test cannot reach. The same issuer name and audience as a real channel token.
/// </summary>
internal sealed class TestTokenIssuer : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestTokenIssuer() => Key = new RsaSecurityKey(_rsa) { KeyId = "seated-release-test-key" };

    public RsaSecurityKey Key { get; }

    /// <summary>A token for the bot with this app id, as the channel sends it when it connects.</summary>
    public string Token(string appId, RsaSecurityKey? signWith = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = AuthenticationConstants.ToBotFromChannelTokenIssuer,
        Audience = appId,
        IssuedAt = DateTime.UtcNow,
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddMinutes(10),
        Claims = new Dictionary<string, object> { [AuthenticationConstants.ServiceUrlClaim] = "urn:botframework:websocket:directlinespeech" },
        SigningCredentials = new SigningCredentials(signWith ?? Key, SecurityAlgorithms.RsaSha256),
    });

    public void Dispose() => _rsa.Dispose();
}

/// <summary>
/// The host's Bot Framework authentication with one change, for tests only: a streaming connection is accepted
/// when its token is signed by the test issuer, for the bot's app id, and names its channel. Everything else is the
/// configured authentication.
/// </summary>
internal sealed class TestIssuerAuthentication(TestTokenIssuer issuer, string appId, IConfiguration configuration) : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner = new ConfigurationBotFrameworkAuthentication(configuration);

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(channelIdHeader)) throw new UnauthorizedAccessException("No channel id header.");
        if (string.IsNullOrEmpty(authHeader) || !authHeader.StartsWith("Bearer ", StringComparison.Ordinal)) throw new UnauthorizedAccessException("No bearer token.");
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(authHeader["Bearer ".Length..], new TokenValidationParameters
        {
            ValidIssuer = AuthenticationConstants.ToBotFromChannelTokenIssuer,
            ValidAudience = appId,
            IssuerSigningKey = issuer.Key,
            ValidateLifetime = true,
        });
        if (!result.IsValid) throw new UnauthorizedAccessException("The token is not the test issuer's: " + result.Exception?.Message);
        var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, "Bearer");
        return new AuthenticateRequestResult { ClaimsIdentity = identity, Audience = AuthenticationConstants.ToChannelFromBotOAuthScope };
    }

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => _inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);
}
