namespace SeatedRelease.Practice.Recognition;

/// <summary>The outcome of understanding one utterance.</summary>
/// <param name="Intent">What the listener meant.</param>
/// <param name="Topic">For <see cref="Intent.Question"/>, the id of the question in the script data; otherwise null.</param>
public readonly record struct Recognition(Intent Intent, string? Topic = null)
{
    /// <summary>The corpus label of this intent ("ready", "pain", "maybe-pain", ...).</summary>
    public string Label => Intent switch
    {
        Intent.MaybePain => "maybe-pain",
        _ => Intent.ToString().ToLowerInvariant(),
    };
}
