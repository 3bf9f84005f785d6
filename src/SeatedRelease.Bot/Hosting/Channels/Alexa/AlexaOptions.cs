namespace SeatedRelease.Bot.Alexa;

/// <summary>The Alexa skill endpoint's settings; bound from the "Alexa" section.</summary>
public sealed class AlexaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Alexa";

    /// <summary>The skill id (amzn1.ask.skill...) this host answers for; empty turns the endpoint off.</summary>
    public string SkillId { get; set; } = "";

    /// <summary>Check every request's signature, certificate and timestamp, as Amazon requires outside Lambda. Off only for local testing.</summary>
    public bool VerifyRequests { get; set; } = true;

    /// <summary>How long fetching Amazon's signing certificate chain may take.</summary>
    public TimeSpan CertificateTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many signing certificate chains are kept, by URL.</summary>
    public int MaxCachedCertificates { get; set; } = 8;

    /// <summary>
    /// An https address holding the sound cues as MP3 in Alexa's format (start-moving.mp3 ...); empty means the
    /// spoken fallbacks. Alexa plays no WAV, so the host's own /cues/ cannot serve it.
    /// </summary>
    public string CueBaseUrl { get; set; } = "";

    /// <summary>Whether the endpoint is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(SkillId);
}
