using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using SeatedRelease.Tests.Host;

namespace SeatedRelease.Tests.Skill;

/// <summary>
/// The skill manifest the host serves. Checked against the rules of schema 2.1 written out here (required keys,
/// no unknown top-level keys, the endpoint's GUID app id and absolute URL, activity types); the official schema
/// file is not shipped in any package this machine can install.
/// </summary>
public sealed partial class SkillManifestTests
{
    private static readonly string[] TopLevel = ["$schema", "$id", "name", "version", "description", "publisherName", "privacyUrl", "copyright", "license", "iconUrl", "tags", "endpoints", "dispatchModels", "activities", "activitiesSent", "definitions"];

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")]
    private static partial Regex Guid();

    private static async Task<JsonElement> FetchAsync(HostFactory host, string appId, IReadOnlyDictionary<string, string>? settings = null, Action<HttpRequestMessage>? shape = null)
    {
        using var app = host.WithWebHostBuilder(b =>
        {
            b.UseSetting("MicrosoftAppId", appId);
            foreach (var (key, value) in settings ?? new Dictionary<string, string> { ["Hosting:PublicUrl"] = "https://skill.example.org" }) b.UseSetting(key, value);
        });
        var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://host-header.example.net") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifests/seated-release-skill.json");
        shape?.Invoke(request);
        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_served_manifest_follows_schema_2_1_and_names_this_host_and_its_app_id()
    {
        using var host = new HostFactory();
        const string appId = "5a1b2c3d-0000-4000-8000-1234567890ab";
        var manifest = await FetchAsync(host, appId);

        Assert.Equal("https://schemas.botframework.com/schemas/skills/v2.1/skill-manifest.json", manifest.GetProperty("$schema").GetString());
        foreach (var key in new[] { "$id", "$schema", "name", "version", "publisherName", "endpoints" })
        {
            Assert.True(manifest.TryGetProperty(key, out _), $"required '{key}' missing");
        }
        Assert.All(manifest.EnumerateObject(), p => Assert.Contains(p.Name, TopLevel));

        var endpoint = Assert.Single(manifest.GetProperty("endpoints").EnumerateArray().ToList());
        Assert.Equal("https://skill.example.org/api/messages", endpoint.GetProperty("endpointUrl").GetString());
        Assert.Equal(appId, endpoint.GetProperty("msAppId").GetString());
        Assert.All(endpoint.EnumerateObject(), p => Assert.Contains(p.Name, new[] { "name", "protocol", "description", "endpointUrl", "msAppId" }));

        var activities = manifest.GetProperty("activities");
        Assert.Equal("event", activities.GetProperty("startPractice").GetProperty("type").GetString());
        Assert.Equal("startPractice", activities.GetProperty("startPractice").GetProperty("name").GetString());
        Assert.Equal("message", activities.GetProperty("message").GetProperty("type").GetString());
        Assert.Equal("endOfConversation", manifest.GetProperty("activitiesSent").GetProperty("endOfConversation").GetProperty("type").GetString());
        var outcomes = manifest.GetProperty("definitions").GetProperty("practiceOutcome").GetProperty("properties").GetProperty("outcome").GetProperty("enum");
        Assert.Equal(["completed", "stopped", "stoppedForPain"], outcomes.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Without_an_app_id_the_manifest_still_carries_a_guid_and_other_files_are_not_found()
    {
        using var host = new HostFactory();
        var manifest = await FetchAsync(host, "");
        Assert.Matches(Guid(), manifest.GetProperty("endpoints")[0].GetProperty("msAppId").GetString()!);
        using var missing = await host.CreateClient().GetAsync("/manifests/appsettings.json");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static string EndpointOf(JsonElement manifest) => manifest.GetProperty("endpoints")[0].GetProperty("endpointUrl").GetString()!;

    [Fact]
    public async Task The_endpoint_never_comes_from_the_requests_host_header()
    {
        using var host = new HostFactory();
        var manifest = await FetchAsync(host, "", new Dictionary<string, string>(), r =>
        {
            r.Headers.Host = "attacker.example.com";
            r.Headers.Add("X-Forwarded-Host", "attacker.example.com");
            r.Headers.Add("X-Forwarded-Proto", "https");
        });
        Assert.DoesNotContain("attacker", EndpointOf(manifest), StringComparison.Ordinal);
        Assert.DoesNotContain("host-header", EndpointOf(manifest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_endpoint_is_the_forwarded_one()
    {
        using var host = new HostFactory();
        var trusted = new Dictionary<string, string> { ["Hosting:TrustedProxies"] = "127.0.0.1" };
        var manifest = await FetchAsync(host, "", trusted, r =>
        {
            r.Headers.Add("X-Forwarded-Host", "bot.example.org");
            r.Headers.Add("X-Forwarded-Proto", "https");
            r.Headers.Add(PeerAddressHeader, "127.0.0.1");
        });
        var untrusted = await FetchAsync(host, "", trusted, r =>
        {
            r.Headers.Add("X-Forwarded-Host", "bot.example.org");
            r.Headers.Add("X-Forwarded-Proto", "https");
            r.Headers.Add(PeerAddressHeader, "192.0.2.9");
        });

        Assert.Equal("https://bot.example.org/api/messages", EndpointOf(manifest));
        Assert.DoesNotContain("bot.example.org", EndpointOf(untrusted), StringComparison.Ordinal);
    }

    private const string PeerAddressHeader = Support.PeerAddressFromHeader.Header;
}
