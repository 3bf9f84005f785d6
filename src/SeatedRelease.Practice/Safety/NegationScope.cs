namespace SeatedRelease.Practice.Safety;

/// <summary>
/// Which words a negator takes back: those after it in its clause, within three words, with no subject between. A
/// subject opens a statement of its own, so "no, it's sharp", "no I feel dizzy" and "no my foot is numb" said without
/// their commas answer the question and then tell, while "no sharp pain" and "it's not numb" take the word back.
/// </summary>
public sealed class NegationScope
{
    private const int Reach = 3;

    private readonly PhraseList _subjects;

    /// <summary>Builds the scope over the negators and the subjects of the safety words.</summary>
    public NegationScope(PhraseList negators, PhraseList subjects)
    {
        Negators = negators;
        _subjects = subjects;
    }

    /// <summary>No negators: nothing is taken back.</summary>
    public static NegationScope None { get; } = new(PhraseList.Empty, PhraseList.Empty);

    /// <summary>The negators.</summary>
    public PhraseList Negators { get; }

    /// <summary>Whether a negator ending at <paramref name="negatorEnd"/> reaches the phrase starting at <paramref name="start"/>:
    /// no subject stands between them or opens the phrase ("no, my back went").</summary>
    public bool Reaches(Words words, int negatorStart, int negatorEnd, int start) =>
        negatorEnd <= start && start - negatorEnd < Reach && words.Clauses[negatorStart] == words.Clauses[start]
        && !_subjects.All(words).Any(s => s.Start >= negatorEnd && s.Start <= start);

    /// <summary>Whether any negator reaches the word at <paramref name="start"/>.</summary>
    public bool TakesBack(Words words, int start) => Negators.All(words).Any(n => Reaches(words, n.Start, n.End, start));
}
