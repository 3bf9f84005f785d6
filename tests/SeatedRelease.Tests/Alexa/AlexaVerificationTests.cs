using System.Net;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SeatedRelease.Bot.Alexa;

namespace SeatedRelease.Tests.Alexa;

/// <summary>Only Alexa may call the skill: every check Amazon requires of a skill hosted outside Lambda.</summary>
public sealed class AlexaVerificationTests
{
    [Fact]
    public async Task A_signed_request_for_the_skill_is_answered()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        var heard = await alexa.OpenAsync();
        Assert.Equal(HttpStatusCode.OK, heard.Status);
        Assert.Contains("Welcome", heard.Said, StringComparison.Ordinal);
        Assert.Single(await StoredAsync(host, alexa));
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused_and_the_bot_does_not_run()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        var signed = Encoding.UTF8.GetBytes(alexa.LaunchBody());
        var signature = alexa.Sign(signed);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("en-US", "en-GB", StringComparison.Ordinal));
        var heard = await alexa.SendRawAsync(tampered, AlexaHost.ChainUrl, signature);
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("signature", heard.Body, StringComparison.OrdinalIgnoreCase);
        await AssertNothingStoredAsync(host, alexa);
    }

    [Fact]
    public async Task A_signing_certificate_for_another_name_is_refused()
    {
        await using var host = new AlexaHost();
        const string url = "https://s3.amazonaws.com/echo.api/wrong-name.pem";
        host.Chains.Serve(url, host.Authority.ChainPem(host.Authority.WrongName));
        var alexa = new AlexaClient(host.CreateClient(), host.Authority.WrongName, "amzn1.ask.account.listener") { CertificateUrl = url };
        var heard = await alexa.OpenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("echo-api.amazon.com", heard.Body, StringComparison.Ordinal);
        await AssertNothingStoredAsync(host, alexa);
    }

    [Fact]
    public async Task An_expired_signing_certificate_is_refused()
    {
        await using var host = new AlexaHost();
        const string url = "https://s3.amazonaws.com/echo.api/expired.pem";
        host.Chains.Serve(url, host.Authority.ChainPem(host.Authority.Expired));
        var alexa = new AlexaClient(host.CreateClient(), host.Authority.Expired, "amzn1.ask.account.listener") { CertificateUrl = url };
        var heard = await alexa.OpenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("dates", heard.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_from_an_authority_that_is_not_trusted_is_refused()
    {
        await using var host = new AlexaHost();
        using var stranger = new AlexaTestAuthority("Somebody Else's Root");
        const string url = "https://s3.amazonaws.com/echo.api/stranger.pem";
        host.Chains.Serve(url, stranger.ChainPem(stranger.Signing));
        var alexa = new AlexaClient(host.CreateClient(), stranger.Signing, "amzn1.ask.account.listener") { CertificateUrl = url };
        var heard = await alexa.OpenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("trusted root", heard.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem")]
    [InlineData("https://notamazon.com/echo.api/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com/echo.api/../echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com/invalid.path/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com:563/echo.api/echo-api-cert-test.pem")]
    [InlineData("https://s3.amazonaws.com/echo.api/%2e%2e/echo-api-cert-test.pem")]
    [InlineData("https://user@s3.amazonaws.com/echo.api/echo-api-cert-test.pem")]
    [InlineData("not a url")]
    public async Task A_certificate_url_outside_amazons_rules_is_refused_before_anything_is_fetched(string url)
    {
        Assert.Null(AlexaCertificateUrl.Check(url));
        await using var host = new AlexaHost();
        // Whatever is asked for, the stand-in for S3 would serve the good chain: only the rules can refuse it.
        if (Uri.TryCreate(url, UriKind.Absolute, out _)) host.Chains.Serve(url, host.Authority.ChainPem(host.Authority.Signing));
        var alexa = host.Listener();
        alexa.CertificateUrl = url;
        var heard = await alexa.OpenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Equal(0, host.Chains.Fetches);
    }

    [Theory]
    [InlineData("https://s3.amazonaws.com/echo.api/echo-api-cert.pem")]
    [InlineData("HTTPS://s3.AmAzOnAwS.CoM/echo.api/echo-api-cert.pem")]
    [InlineData("https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem")]
    [InlineData("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem")]
    public void A_certificate_url_within_amazons_rules_is_accepted_in_its_normal_form(string url)
    {
        var checkedUrl = AlexaCertificateUrl.Check(url);
        Assert.NotNull(checkedUrl);
        Assert.Equal("https://s3.amazonaws.com/echo.api/echo-api-cert.pem", checkedUrl.AbsoluteUri);
    }

    [Fact]
    public async Task A_request_older_than_150_seconds_is_refused()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        var body = Encoding.UTF8.GetBytes(alexa.LaunchBody(DateTimeOffset.UtcNow.AddSeconds(-151)));
        var heard = await alexa.SendRawAsync(body, AlexaHost.ChainUrl, alexa.Sign(body));
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("150 seconds", heard.Body, StringComparison.Ordinal);

        var fresh = Encoding.UTF8.GetBytes(alexa.LaunchBody(DateTimeOffset.UtcNow.AddSeconds(-100)));
        Assert.Equal(HttpStatusCode.OK, (await alexa.SendRawAsync(fresh, AlexaHost.ChainUrl, alexa.Sign(fresh))).Status);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task A_request_without_the_signature_headers_is_refused(bool withUrl, bool withSignature)
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        var body = Encoding.UTF8.GetBytes(alexa.LaunchBody());
        var heard = await alexa.SendRawAsync(body, withUrl ? AlexaHost.ChainUrl : null, withSignature ? alexa.Sign(body) : null);
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("header is missing", heard.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signature_that_is_not_base64_is_refused()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        var body = Encoding.UTF8.GetBytes(alexa.LaunchBody());
        Assert.Equal(HttpStatusCode.BadRequest, (await alexa.SendRawAsync(body, AlexaHost.ChainUrl, "not*base64!")).Status);
    }

    [Fact]
    public async Task A_request_for_another_skill_is_refused()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        alexa.SkillId = "amzn1.ask.skill.somebody-else";
        var heard = await alexa.OpenAsync();
        Assert.Equal(HttpStatusCode.BadRequest, heard.Status);
        Assert.Contains("another skill", heard.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_skill_id_the_endpoint_is_not_there()
    {
        await using var host = new AlexaHost(skillId: null);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Listener().OpenAsync()).Status);
    }

    [Fact]
    public async Task A_body_that_is_not_an_alexa_request_is_a_bad_request()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        foreach (var text in new[] { "{", "[]", "{\"request\":{}}", "null" })
        {
            var body = Encoding.UTF8.GetBytes(text);
            Assert.Equal(HttpStatusCode.BadRequest, (await alexa.SendRawAsync(body, AlexaHost.ChainUrl, alexa.Sign(body))).Status);
        }
    }

    [Fact]
    public async Task With_verification_off_an_unsigned_request_is_answered_and_the_host_warned_at_start()
    {
        var logs = new HeardLogs();
        await using var host = new AlexaHost(verify: false, configure: b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var alexa = host.Listener();
        var heard = await alexa.SendRawAsync(Encoding.UTF8.GetBytes(alexa.LaunchBody()), certificateUrl: null, signature: null);
        Assert.Equal(HttpStatusCode.OK, heard.Status);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Alexa:VerifyRequests is false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_verification_on_the_host_gives_no_such_warning()
    {
        var logs = new HeardLogs();
        await using var host = new AlexaHost(configure: b => b.ConfigureLogging(l => l.AddProvider(logs)));
        Assert.Equal(HttpStatusCode.OK, (await host.Listener().OpenAsync()).Status);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("VerifyRequests", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_chain_is_fetched_once_and_then_kept()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        await alexa.OpenAsync();
        await alexa.IntentAsync("AMAZON.NoIntent");
        await alexa.SayAsync("carpet");
        Assert.Equal(1, host.Chains.Fetches);
    }

    [Fact]
    public async Task The_cache_of_certificate_chains_is_bounded()
    {
        using var authority = new AlexaTestAuthority();
        var chains = new ChainServer();
        var urls = Enumerable.Range(1, 3).Select(i => new Uri($"https://s3.amazonaws.com/echo.api/chain-{i}.pem")).ToList();
        foreach (var url in urls) chains.Serve(url.AbsoluteUri, authority.ChainPem(authority.Signing));
        var certificates = new AlexaCertificates(new OneClient(chains), new AlexaTrustedRoots(new(authority.Root)), new AlexaOptions { MaxCachedCertificates = 2 }, TimeProvider.System);

        foreach (var url in urls) Assert.NotNull((await certificates.GetAsync(url, CancellationToken.None)).Certificate);
        Assert.Equal(3, chains.Fetches);
        await certificates.GetAsync(urls[2], CancellationToken.None);
        Assert.Equal(3, chains.Fetches);
        // The first was pushed out by the third.
        await certificates.GetAsync(urls[0], CancellationToken.None);
        Assert.Equal(4, chains.Fetches);
    }

    private sealed class OneClient(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private static async Task AssertNothingStoredAsync(AlexaHost host, AlexaClient alexa) => Assert.Empty(await StoredAsync(host, alexa));

    // The practice of the client's session, as the store holds it (the same key a signed request is stored under).
    private static Task<IDictionary<string, object>> StoredAsync(AlexaHost host, AlexaClient alexa) =>
        host.Services.GetRequiredService<IStorage>().ReadAsync([$"practice/{AlexaTurns.ChannelId}/{alexa.SessionId}"], CancellationToken.None);
}
