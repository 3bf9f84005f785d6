namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>
/// The answer as the rules have weighed it so far: every intent still in the running (one bit each), whether a pain
/// may have been meant, and the question topic with the clause that asked it.
/// </summary>
internal readonly record struct MatchState(ulong Present, bool MaybePain, string? Topic, int TopicClause, bool GeneralTopic)
{
    /// <summary>Only a possible pain: the bot asks whether it hurts, whatever else was said.</summary>
    public static MatchState OnlyMaybePain { get; } = new(0, true, null, -1, false);

    public bool IsEmpty => Present == 0;

    public bool Has(Intent intent) => (Present & Bit(intent)) != 0;

    public bool HasAny(ulong bits) => (Present & bits) != 0;

    public MatchState With(Intent intent) => this with { Present = Present | Bit(intent) };

    public MatchState Without(Intent intent) => this with { Present = Present & ~Bit(intent) };

    public MatchState Replacing(Intent taken, Intent given) => this with { Present = (Present & ~Bit(taken)) | Bit(given) };

    /// <summary>The question and its topic withdrawn; whether the topic was general is kept.</summary>
    public MatchState WithoutQuestion() => this with { Present = Present & ~Bit(Intent.Question), Topic = null, TopicClause = -1 };

    /// <summary>The first intent of <paramref name="priority"/> still present, or null.</summary>
    public Intent? Strongest(Intent[] priority)
    {
        foreach (var intent in priority)
        {
            if (Has(intent)) return intent;
        }
        return null;
    }

    /// <summary>The strongest intent present; else a possible pain, which never falls through to unknown; else unknown.</summary>
    public Recognition Answer(Intent[] priority) => Strongest(priority) switch
    {
        Intent.Question => new Recognition(Intent.Question, Topic),
        { } intent => new Recognition(intent),
        null => new Recognition(MaybePain ? Intent.MaybePain : Intent.Unknown),
    };

    public static ulong Bit(Intent intent) => 1UL << (int)intent;

    public static ulong Bits(params ReadOnlySpan<Intent> intents)
    {
        ulong bits = 0;
        foreach (var intent in intents) bits |= Bit(intent);
        return bits;
    }
}
