using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Serves the Bot Framework skill manifest at /manifests/{file}, with the endpoint filled in with the host's public
/// address and the app id it runs as, so one committed file fits every deployment. The address is
/// <c>Hosting:PublicUrl</c>, else what a trusted proxy forwarded (<c>Hosting:TrustedProxies</c>), else the address the
/// host listens on; never the request's own Host header, which the caller writes.
/// </summary>
public static class SkillManifestEndpoint
{
    /// <summary>The manifest's file name, beside the binaries under manifests/.</summary>
    public const string FileName = "seated-release-skill.json";

    // Schema 2.1 requires a GUID here; a local, anonymous host has none.
    private const string NoAppId = "00000000-0000-0000-0000-000000000000";

    /// <summary>Maps GET /manifests/{file}.</summary>
    public static WebApplication MapSkillManifest(this WebApplication app)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "manifests", FileName);
        var template = File.ReadAllText(path);
        var addresses = app.Services.GetService<ClientAddresses>() ?? new ClientAddresses(app.Configuration);
        app.MapGet("/manifests/{file}", (string file, HttpContext http, IConfiguration configuration, IServer server) =>
            file == FileName
                ? Results.Text(Fill(template, $"{PublicOrigin(http, configuration, addresses, server)}{http.Request.PathBase}/api/messages", configuration["MicrosoftAppId"]), "application/json")
                : Results.NotFound());
        return app;
    }

    /// <summary>The manifest with every endpoint pointing at <paramref name="endpointUrl"/> and carrying the app id.</summary>
    public static string Fill(string template, string endpointUrl, string? appId)
    {
        var manifest = JsonNode.Parse(template)!.AsObject();
        var url = endpointUrl;
        foreach (var endpoint in manifest["endpoints"]!.AsArray())
        {
            endpoint!["endpointUrl"] = url;
            endpoint["msAppId"] = string.IsNullOrWhiteSpace(appId) ? NoAppId : appId;
        }
        return manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static string PublicOrigin(HttpContext http, IConfiguration configuration, ClientAddresses addresses, IServer server)
    {
        if (Uri.TryCreate(configuration["Hosting:PublicUrl"], UriKind.Absolute, out var configured) && configured.Scheme is "http" or "https")
        {
            return configured.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        if (addresses.ForwardedOrigin(http) is { } forwarded)
        {
            return forwarded;
        }

        // The first address the host listens on, a wildcard read as this machine.
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening is not null && Uri.TryCreate(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var own))
        {
            var host = own.Host is "0.0.0.0" or "[::]" ? "localhost" : own.Host;
            return $"{own.Scheme}://{(own.IsDefaultPort ? host : $"{host}:{own.Port}")}";
        }

        return "http://localhost";
    }
}
