using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Practice.Rendering;

/// <summary>How speech is rendered; bound from the "Speech" section of appsettings.json.</summary>
public sealed class SpeechOptions
{
    /// <summary>The neural voice the channel's text-to-speech uses.</summary>
    public string Voice { get; set; } = "en-US-AriaNeural";

    /// <summary>Longest single SSML break. Engines shorten or cap longer ones (Alexa caps at 10 s); the rest of a pause becomes a delay.</summary>
    public double MaxBreakSeconds { get; set; } = 5;

    /// <summary>Send silence longer than one break as delay activities; off only where nobody listens (tests).</summary>
    public bool DelayActivities { get; set; } = true;

    /// <summary>Where the sound cues are served, e.g. "https://bot.example.com/cues/"; empty leaves only the spoken fallback.</summary>
    public string CueBaseUrl { get; set; } = "";

    /// <summary>Pause multiplier per pace.</summary>
    public double PauseScale(Pace pace) => pace switch
    {
        Pace.Slow => 1.5,
        Pace.Fast => 0.7,
        _ => 1.0,
    };

    /// <summary>SSML prosody rate per pace: calm by default.</summary>
    public string Rate(Pace pace) => pace switch
    {
        Pace.Slow => "-25%",
        Pace.Fast => "0%",
        _ => "-10%",
    };
}
