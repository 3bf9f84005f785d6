using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SeatedRelease.Bot.Alexa;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Tests.Host;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Alexa;

/// <summary>
/// The real host with the Alexa skill on, trusting the tests' certificate authority instead of the machine's roots,
/// and fetching certificate chains from a stand-in for S3.
/// </summary>
internal sealed class AlexaHost : IAsyncDisposable
{
    public const string SkillId = "amzn1.ask.skill.00000000-test-seated-release";
    public const string ChainUrl = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";

    private readonly HostFactory _factory = new();
    private readonly WebApplicationFactory<Program> _app;

    public AlexaHost(string? skillId = SkillId, bool verify = true, Action<IWebHostBuilder>? configure = null)
    {
        Chains.Serve(ChainUrl, Authority.ChainPem(Authority.Signing));
        _app = _factory.WithWebHostBuilder(b =>
        {
            if (skillId is not null) b.UseSetting("Alexa:SkillId", skillId);
            b.UseSetting("Alexa:VerifyRequests", verify ? "true" : "false");
            configure?.Invoke(b);
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton(_ => new PracticeEngine(BotHarness.Script, BotHarness.Recognizer, TimeProvider.System));
                s.AddSingleton(new AlexaTrustedRoots(new X509Certificate2Collection(Authority.Root)));
                s.AddHttpClient(AlexaCertificates.ClientName).ConfigurePrimaryHttpMessageHandler(() => Chains);
            });
        });
    }

    public AlexaTestAuthority Authority { get; } = new();

    public ChainServer Chains { get; } = new();

    public IServiceProvider Services => _app.Services;

    public HttpClient CreateClient() => _app.CreateClient();

    public AlexaClient Listener(string userId = "amzn1.ask.account.listener") => new(CreateClient(), Authority.Signing, userId);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
        Authority.Dispose();
    }
}
