namespace SeatedRelease.Practice.Safety;

/// <summary>
/// Which words a negator takes back: those after it in its clause, within three words, with no subject between and no
/// word of a kind or of <c>negationEnds</c> between. A subject opens a statement of its own, so "no, it's sharp", "no I
/// feel dizzy" and "no my foot is numb" said without their commas answer the question and then tell. A negator takes
/// back only the first kind after it, so in "not sharp pins and needles" the pins and needles stand; and "not just numb"
/// is numb.
/// </summary>
public sealed class NegationScope
{
    private const int Reach = 3;

    private readonly PhraseList _subjects;
    private readonly PhraseList[] _ends;

    /// <summary>Builds the scope over the negators, the subjects, and the lists whose words end a negation's reach.</summary>
    public NegationScope(PhraseList negators, PhraseList subjects, params PhraseList[] ends)
    {
        Negators = negators;
        _subjects = subjects;
        _ends = ends;
    }

    /// <summary>No negators: nothing is taken back.</summary>
    public static NegationScope None { get; } = new(PhraseList.Empty, PhraseList.Empty);

    /// <summary>The negators.</summary>
    public PhraseList Negators { get; }

    /// <summary>Whether a negator ending at <paramref name="negatorEnd"/> reaches the phrase starting at <paramref name="start"/>:
    /// no subject stands between them or opens the phrase ("no, my back went"), and no word that ends a negation stands
    /// between them.</summary>
    public bool Reaches(Words words, int negatorStart, int negatorEnd, int start) =>
        negatorEnd <= start && start - negatorEnd < Reach && words.Clauses[negatorStart] == words.Clauses[start]
        && !_subjects.All(words).Any(s => s.Start >= negatorEnd && s.Start <= start)
        && !_ends.Any(list => list.All(words).Any(e => e.Start >= negatorEnd && e.Start < start && e.End <= start));

    /// <summary>Whether any negator reaches the word at <paramref name="start"/>.</summary>
    public bool TakesBack(Words words, int start) => Negators.All(words).Any(n => Reaches(words, n.Start, n.End, start));
}
