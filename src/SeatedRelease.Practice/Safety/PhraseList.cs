namespace SeatedRelease.Practice.Safety;

/// <summary>Where a phrase of a list was found, and whether it was said as a plain statement about now.</summary>
/// <param name="Phrase">The phrase of the list, as written in the data.</param>
/// <param name="Certain">False when the clause is a question, a supposition or about another time.</param>
public readonly record struct Spotted(string Phrase, bool Certain);

/// <summary>
/// A list of phrases from the safety data, matched whole against <see cref="Words"/>.
/// In a phrase, <c>*</c> stands for up to two other words. A list made to fold forms also hears a one-word phrase in its
/// other forms (<see cref="WordForms"/>): only lists that can only escalate (red flags, more than mild) are made so.
/// </summary>
public sealed class PhraseList
{
    private const int MaxGap = 2;

    // Folded is the folded form of a one-word phrase in a list that folds forms, worked out once here rather than at
    // every word of every utterance; null when the phrase is never heard in another form.
    private readonly List<(string Text, string[] Parts, string? Folded)> _phrases;

    /// <summary>Builds a list from phrases as written in the data; with <paramref name="foldForms"/>, a one-word phrase is
    /// also heard in its other forms ("scary" in "scared").</summary>
    public PhraseList(IEnumerable<string> phrases, bool foldForms = false)
    {
        FoldsForms = foldForms;
        _phrases = phrases
            .Select(p => (Text: p, Parts: SplitGaps(p)))
            .Where(p => p.Parts.Any(part => part != "*"))
            // Longer phrases first, so "pins and needles" is named rather than a shorter word inside it.
            .OrderByDescending(p => p.Parts.Length)
            .Select(p => (p.Text, p.Parts, Folded: foldForms && p.Parts.Length == 1 ? WordForms.ListForm(p.Parts[0]) : null))
            .ToList();
    }

    /// <summary>Whether a one-word phrase is also heard in its other forms.</summary>
    public bool FoldsForms { get; }

    /// <summary>An empty list.</summary>
    public static PhraseList Empty { get; } = new([]);

    /// <summary>Whether any phrase of the list appears, negated or not.</summary>
    public bool Mentions(Words words) => All(words).Any();

    /// <summary>The first phrase said and not taken back by a negator before it (<see cref="NegationScope"/>), leaving out the places
    /// <paramref name="passOver"/> (given first word and one past the last) says are something else.</summary>
    public Spotted? Find(Words words, NegationScope negation, PhraseList notNow, PhraseList questionOpeners, Func<int, int, bool>? passOver = null)
    {
        // A plain statement anywhere wins over an earlier one asked about or supposed, so a second word can only escalate.
        Spotted? uncertain = null;
        foreach (var (text, start, end) in All(words).OrderBy(m => m.Start))
        {
            if (negation.TakesBack(words, start) || passOver?.Invoke(start, end) == true) continue;
            var certain = !InClauseWith(words, start, notNow) && !IsQuestion(words, start, questionOpeners);
            if (certain) return new Spotted(text, true);
            uncertain ??= new Spotted(text, false);
        }
        return uncertain;
    }

    /// <summary>Every place a phrase matches, in other forms too when the list folds them: its text, first word and one
    /// past its last word.</summary>
    public IEnumerable<(string Text, int Start, int End)> All(Words words) => Matches(words, FoldsForms);

    /// <summary>Every place a phrase matches word for word, never in another form.</summary>
    public IEnumerable<(string Text, int Start, int End)> Exact(Words words) => Matches(words, false);

    private IEnumerable<(string Text, int Start, int End)> Matches(Words words, bool fold)
    {
        var tokens = words.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // WordForms.SameWord, with each side folded once rather than at every comparison.
            var said = fold ? WordForms.SaidForm(tokens[i]) : null;
            foreach (var (text, parts, folded) in _phrases)
            {
                if (MatchAt(words, i, parts) is { } end) yield return (text, i, end);
                else if (said is not null && folded is not null && said == folded) yield return (text, i, i + 1);
            }
        }
    }

    private static string[] SplitGaps(string phrase) =>
        phrase.Split('*').SelectMany((piece, i) => (i == 0 ? [] : new[] { "*" }).Concat(Words.Of(piece).Tokens)).ToArray();

    private static int? MatchAt(Words words, int start, string[] parts)
    {
        var tokens = words.Tokens;
        var at = start;
        for (var p = 0; p < parts.Length; p++)
        {
            if (parts[p] == "*")
            {
                // Try each gap length; the rest of the phrase must follow within the same clause.
                for (var gap = 0; gap <= MaxGap; gap++)
                {
                    if (MatchAt(words, at + gap, parts[(p + 1)..]) is { } end && words.Clauses[Math.Min(at + gap, tokens.Count - 1)] == words.Clauses[start]) return end;
                }
                return null;
            }
            if (at >= tokens.Count || tokens[at] != parts[p]) return null;
            at++;
        }
        return at;
    }

    private static bool InClauseWith(Words words, int start, PhraseList list) =>
        list.All(words).Any(m => words.Clauses[m.Start] == words.Clauses[start]);

    // A clause that opens with "is", "should", "what"... and goes on with a subject ("is it normal",
    // "should I feel") asks rather than tells; "can not feel my foot" tells.
    private static readonly HashSet<string> Subjects = ["it", "this", "that", "there", "i", "you", "my", "the", "a", "we", "these", "those", "your", "if"];

    /// <summary>Whether a word after a question opener makes the clause ask ("is it", "should I", "does a cramp"): without
    /// one, "is big pain" and "is tight" are statements whose "it" was left out.</summary>
    public static bool IsQuestionSubject(string word) => Subjects.Contains(word);

    private static bool IsQuestion(Words words, int start, PhraseList openers)
    {
        var clause = words.Clauses[start];
        var first = 0;
        while (first < words.Tokens.Count && words.Clauses[first] != clause) first++;
        if (first >= words.Tokens.Count) return false;
        var opens = openers.All(words).Any(m => m.Start == first);
        if (!opens) return false;
        var next = first + 1 < words.Tokens.Count && words.Clauses[first + 1] == clause ? words.Tokens[first + 1] : null;
        return words.EndsWithQuestionMark || next is not null && Subjects.Contains(next);
    }
}
