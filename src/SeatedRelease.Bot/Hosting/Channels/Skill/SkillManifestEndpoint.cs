using System.Text.Json.Nodes;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Serves the Bot Framework skill manifest at /manifests/{file}, with the endpoint filled in from where the host
/// is reached and the app id it runs as, so one committed file fits every deployment.
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
        app.MapGet("/manifests/{file}", (string file, HttpRequest request, IConfiguration configuration) =>
            file == FileName ? Results.Text(Fill(template, request, configuration["MicrosoftAppId"]), "application/json") : Results.NotFound());
        return app;
    }

    /// <summary>The manifest with every endpoint pointing at this host's /api/messages and carrying its app id.</summary>
    public static string Fill(string template, HttpRequest request, string? appId)
    {
        var manifest = JsonNode.Parse(template)!.AsObject();
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}/api/messages";
        foreach (var endpoint in manifest["endpoints"]!.AsArray())
        {
            endpoint!["endpointUrl"] = url;
            endpoint["msAppId"] = string.IsNullOrWhiteSpace(appId) ? NoAppId : appId;
        }
        return manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
