using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Serves the sound cues that SSML &lt;audio&gt; elements point at (Speech:CueBaseUrl).</summary>
public static class CueEndpoint
{
    private static readonly Dictionary<string, byte[]> Files =
        CueNames.ByName.ToDictionary(kv => CueNames.FileOf(kv.Value), kv => CueSounds.WavFile(kv.Value));

    /// <summary>Maps GET /cues/{file}.</summary>
    public static WebApplication MapCues(this WebApplication app)
    {
        app.MapGet("/cues/{file}", (string file) =>
            Files.TryGetValue(file, out var bytes) ? Results.File(bytes, "audio/wav") : Results.NotFound());
        return app;
    }
}
