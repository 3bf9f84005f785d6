namespace SeatedRelease.Practice.Recognition;

/// <summary>The phrases that mean something at one kind of prompt, indexed by their first word id.</summary>
internal sealed class ContextTable(PromptContext context, Intent[] priority, Intent? negatedPain, Phrase[]?[] byFirstToken, Phrase[]?[] removableByFirstToken, Intent[] answers)
{
    public PromptContext Context { get; } = context;

    /// <summary>Intents from strongest to weakest; pain is first or only after the kinds of pain.</summary>
    public Intent[] Priority { get; } = priority;

    /// <summary>What "no pain" means here: "no" at a yes/no question, "mild" after a pain report, nothing when waiting for ready.</summary>
    public Intent? NegatedPain { get; } = negatedPain;

    /// <summary>Longest phrase first, then by rank, so the first full match is the best one.</summary>
    public Phrase[]?[] ByFirstToken { get; } = byFirstToken;

    public Phrase[]?[] RemovableByFirstToken { get; } = removableByFirstToken;

    /// <summary>
    /// The explicit answers of this prompt ("yes", "no") as intent bits: one said outright wins over what a negated
    /// pain word would mean here, so "yes, though it isn't sore these days" is yes.
    /// </summary>
    public ulong Answers { get; } = answers.Aggregate(0UL, (bits, intent) => bits | 1UL << (int)intent);

    /// <summary>The prompt asks what kind of pain it is (its labels include sharp).</summary>
    public bool AsksPainKind { get; } = Array.IndexOf(priority, Intent.Sharp) >= 0;

    /// <summary>One-word answers of three to five letters (sorted), with what each means here; see <see cref="ShortSlip"/>.</summary>
    public string[] ShortAnswerWords { get; init; } = [];

    public int[] ShortAnswerIds { get; init; } = [];

    public Intent[] ShortAnswerIntents { get; init; } = [];

    /// <summary>
    /// Where the answers asked for are few (yes or no, mild or sharp) any one edit of a short answer is read as it; elsewhere
    /// only a letter dropped or two swapped, which leave fewer real words.
    /// </summary>
    public bool AnyShortSlip => Answers != 0 || AsksPainKind;
}
