namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>One phrase found at one place in the utterance, with what the scan knows so far, for the phrase rules to read.</summary>
internal ref struct PhraseSite
{
    public TokenBuffer Tokens;
    public Lexicon Lexicon;
    public ContextTable Table;
    public Phrase Phrase;
    public int At;
    public int End;
    public int Clause;
    public bool QuestionCue;

    /// <summary>The phrase stands in the clause of a question about a condition, after its frame.</summary>
    public bool NamesCondition;

    /// <summary>The clause and end of the last progress phrase ("how long"), -1 for none.</summary>
    public int ProgressClause;
    public int ProgressEnd;

    /// <summary>A topic is already held, and whether it came from a general frame.</summary>
    public bool HasTopic;
    public bool GeneralTopic;

    public readonly WordFlags[] Flags => Lexicon.Flags;

    public readonly Intent Intent => Phrase.Intent;

    public readonly bool PainFamily => Phrase.Intent is Intent.Pain or Intent.MaybePain;
}
