namespace SeatedRelease.Practice.Safety;

/// <summary>What an answer to "is it a sharp pain, or a mild discomfort?" says about the kind.</summary>
public enum PainKindReading
{
    /// <summary>Nothing about the kind.</summary>
    None,

    /// <summary>More than mild: sharp, strong, a red flag, a high score.</summary>
    Sharp,

    /// <summary>Mild: a mild word, a pull, a small or soft pain, a strong word denied ("not sharp").</summary>
    Mild,

    /// <summary>The listener cannot tell ("hard to say", "somewhere in between"): the kind must be asked again.</summary>
    Unclear,
}

/// <summary>
/// The one reader of the answer to the pain-kind question, used by the recognizer and the engine alike. It reads word
/// classes of <c>dialogs/safety.yaml</c>, each a list of data:
/// <list type="bullet">
/// <item>high words (<c>moreThanMild</c>: sharp, severe, serious...) and low words (<c>mild</c>, and a pull or stretch of
/// <c>stretch</c>);</item>
/// <item>a pain word (<c>painWords</c>) made low by a diminisher before it ("small pain", "a gentle pulling") or high by an
/// intensifier ("very much pain");</item>
/// <item>a negator before a word in its clause turns it to the other side ("not sharp", "nothing major", "not so strong" are
/// low; "not mild" is high), and so do <c>unlike</c> ("more a jolt than an ache" is high) and a bare "no" answering it
/// ("sharp? no, mild"); it reaches only the first such word (or red flag) after it, a word of <c>negationEnds</c>
/// ("just", "wait") ends it, and so does a subject (<see cref="NegationScope"/>: "no its sharp" is sharp);</item>
/// <item>a word said of an earlier time (<c>earlierTime</c>: "sharp yesterday, today mild") gives way to one said of
/// now;</item>
/// <item><c>unsureOfKind</c> ("hard to say", "in between") is unclear.</item>
/// </list>
/// Safety decides the order: a red flag said plainly, a high score or any high word is sharp; then a red flag asked about
/// is unclear; then a low score is mild (the listener's own measure); then uncertainty is unclear, never mild; only then
/// is a low word mild.
/// </summary>
public sealed class PainKindReader
{
    private const int ModifierReach = 2;

    private static readonly HashSet<string> Denials = ["no", "nope", "nah", "not"];

    private readonly SafetyRules _safety;

    /// <summary>Builds the reader over the safety words.</summary>
    public PainKindReader(SafetyRules safety) => _safety = safety;

    /// <summary>What the words say about the kind, and whether a high word was taken back ("not sharp", "sharp yesterday").</summary>
    public (PainKindReading Reading, bool SharpDenied) Read(Words words)
    {
        // A score is the listener's own measure, but a low one never outweighs a red flag or a strong word said with it
        // ("a two out of ten, but my foot's gone numb").
        var score = PainScale.Read(words);
        if (score >= _safety.SharpAt)
        {
            return (PainKindReading.Sharp, false);
        }
        var flag = _safety.FindRedFlag(words);
        if (flag is { Where.Certain: true })
        {
            return (PainKindReading.Sharp, false);
        }
        var unsure = _safety.UnsureOfKind.All(words).ToList();
        var cues = Cues(words, unsure);
        bool denied = false;
        bool anyNow = cues.Any(c => !c.Earlier);
        bool high = false, low = false;
        foreach (var cue in cues)
        {
            if (cue.Earlier && anyNow)
            {
                denied |= cue.High;
                continue;
            }
            bool isHigh = cue.High != cue.Negated;
            denied |= cue.High && cue.Negated;
            high |= isHigh;
            low |= !isHigh;
        }
        if (high) return (PainKindReading.Sharp, denied);
        if (flag is not null) return (PainKindReading.Unclear, denied);
        if (score is not null) return (PainKindReading.Mild, denied);
        if (unsure.Count > 0) return (PainKindReading.Unclear, denied);
        return (low ? PainKindReading.Mild : PainKindReading.None, denied);
    }

    /// <summary>
    /// The kind to act on, given the kind the recognizer gave (<see cref="Recognition.Intent.Sharp"/>,
    /// <see cref="Recognition.Intent.Mild"/> or anything else): sharp, mild, pain when the listener cannot tell, or null
    /// when nothing was said of the kind. A sharp already given stays sharp unless a high word was taken back and a mild
    /// reading remains.
    /// </summary>
    public Recognition.Intent? KindOf(Words words, Recognition.Intent given)
    {
        var (reading, sharpDenied) = Read(words);
        if (given == Recognition.Intent.Sharp)
        {
            return reading == PainKindReading.Mild && sharpDenied ? Recognition.Intent.Mild : Recognition.Intent.Sharp;
        }
        return reading switch
        {
            PainKindReading.Sharp => Recognition.Intent.Sharp,
            PainKindReading.Mild => Recognition.Intent.Mild,
            PainKindReading.Unclear => Recognition.Intent.Pain,
            _ => given == Recognition.Intent.Mild ? Recognition.Intent.Mild : null,
        };
    }

    private readonly record struct Cue(int Start, int End, bool High, bool Negated, bool Earlier);

    private List<Cue> Cues(Words words, List<(string Text, int Start, int End)> unsure)
    {
        var found = new List<(int Start, int End, bool High)>();
        foreach (var (_, s, e) in _safety.MoreThanMild.Exact(words)) found.Add((s, e, true));
        foreach (var (_, s, e) in _safety.Mild.All(words)) found.Add((s, e, false));
        foreach (var (_, s, e) in _safety.Stretch.All(words)) found.Add((s, e, false));
        foreach (var (_, s, e) in _safety.PainWords.All(words))
        {
            // A pain word is a kind only with a degree word before it in its clause.
            if (Modifier(words, s, _safety.Intensifiers) is { } up) found.Add((up, e, true));
            else if (Modifier(words, s, _safety.Diminishers) is { } down) found.Add((down, e, false));
        }
        // The longest reading of each stretch of words wins: "more than mild" is not also "mild".
        var taken = new List<(int Start, int End, bool High)>();
        foreach (var cue in found.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (!taken.Any(t => cue.Start < t.End && t.Start < cue.End)) taken.Add(cue);
        }
        var blocked = taken.Select(t => (t.Start, t.End)).Concat(unsure.Select(u => (u.Start, u.End))).ToList();
        var negators = _safety.Negators.All(words).Concat(_safety.Unlike.All(words))
            .Where(n => !blocked.Any(b => n.Start >= b.Start && n.Start < b.End)).ToList();
        // A negation reaches the first word of a kind or a red flag after it, and no further; a word of negationEnds
        // ("just", "wait") ends it: in "not numb, just tight" and "not sharp just mild" the mild word is not denied.
        var stops = taken.Select(t => t.Start)
            .Concat(_safety.RedFlags.SelectMany(k => k.Words.Exact(words)).Select(m => m.Start))
            .Concat(_safety.NegationEnds.All(words).Select(m => m.Start))
            .ToList();
        var earlier = _safety.EarlierTime.All(words).ToList();
        var now = _safety.NowTime.All(words).ToList();
        var scope = _safety.Negation;
        var cues = taken.OrderBy(t => t.Start)
            .Select(t => new Cue(t.Start, t.End, t.High, Negated(words, t.Start, t.End, negators, stops, scope), Earlier(words, t.Start, t.End, earlier, now)))
            .ToList();
        // A high word heard only in another form ("it scared me") may only escalate: it counts when said plainly of now,
        // and otherwise is left out, so it never stops a negation, is never denied into mild and never takes back a sharp.
        foreach (var (_, s, e) in _safety.MoreThanMild.All(words))
        {
            if (blocked.Any(b => s < b.End && b.Start < e)) continue;
            if (!Negated(words, s, e, negators, stops, scope) && !Earlier(words, s, e, earlier, now)) cues.Add(new Cue(s, e, true, false, false));
        }
        return cues;
    }

    /// <summary>Whether a degree word from <paramref name="start"/> to <paramref name="end"/> grades the pain word at
    /// <paramref name="painStart"/>: just before it ("a small pain", "small sharp pain"), in its clause.</summary>
    internal static bool Reaches(Words words, int start, int end, int painStart) =>
        end <= painStart && painStart - end < ModifierReach && words.Clauses[start] == words.Clauses[painStart];

    private static int? Modifier(Words words, int start, PhraseList modifiers)
    {
        foreach (var (_, s, e) in modifiers.All(words))
        {
            if (Reaches(words, s, e, start)) return s;
        }
        return null;
    }

    private static bool Negated(Words words, int start, int end, List<(string Text, int Start, int End)> negators, List<int> stops, NegationScope scope)
    {
        if (negators.Any(n => scope.Reaches(words, n.Start, n.End, start) && !stops.Any(s => s >= n.End && s < start))) return true;
        // "sharp? no, mild": a clause that is only a denial, right after the word, answers it.
        var t = words.Tokens;
        if (end < t.Count && words.Clauses[end] != words.Clauses[end - 1] && Denials.Contains(t[end]))
        {
            var next = end + 1;
            return next >= t.Count || words.Clauses[next] != words.Clauses[end];
        }
        return false;
    }

    // Said of an earlier time when the nearest time word in its clause is an earlier one ("sharp yesterday, today mild").
    private static bool Earlier(Words words, int start, int end, List<(string Text, int Start, int End)> earlier,
        List<(string Text, int Start, int End)> now)
    {
        int Distance((string Text, int Start, int End) m) => m.End <= start ? start - m.End : m.Start >= end ? m.Start - end : 0;
        var clause = words.Clauses[start];
        var best = earlier.Where(m => words.Clauses[m.Start] == clause).Select(m => (Distance(m), true))
            .Concat(now.Where(m => words.Clauses[m.Start] == clause).Select(m => (Distance(m), false)))
            .OrderBy(x => x.Item1).ThenBy(x => x.Item2)
            .FirstOrDefault((int.MaxValue, false));
        return best.Item2;
    }
}
