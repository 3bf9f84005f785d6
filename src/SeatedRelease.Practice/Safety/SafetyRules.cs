namespace SeatedRelease.Practice.Safety;

/// <summary>One kind of red flag: its words, what the bot says at once, and the advice kept in the note.</summary>
/// <param name="Id">The kind's id in the data ("nerve", "body", ...).</param>
/// <param name="Name">How the summary describes the kind.</param>
/// <param name="Words">What the listener may say.</param>
/// <param name="Say">What the bot says when it hears one.</param>
/// <param name="Advice">The advice kept in the safety note.</param>
public sealed record RedFlagKind(string Id, string Name, PhraseList Words, IReadOnlyList<string> Say, string Advice);

/// <summary>The safety words of <c>dialogs/safety.yaml</c>, loaded and checked.</summary>
public sealed record SafetyRules
{
    /// <summary>The file's name inside the dialogs folder.</summary>
    public const string FileName = "safety.yaml";

    /// <summary>Red flags, in the order they are looked for (the most urgent first).</summary>
    public required IReadOnlyList<RedFlagKind> RedFlags { get; init; }
    /// <summary>Words that take back the phrase after them.</summary>
    public required PhraseList Negators { get; init; }
    /// <summary>Words that open a statement of their own after a negator ("no, it's sharp" without its comma).</summary>
    public required PhraseList Subjects { get; init; }
    /// <summary>What the negators take back. Made on each call: a record copied with other words must not keep the old one.</summary>
    public NegationScope Negation => new(Negators, Subjects, MoreThanMild, Mild, NegationEnds);
    /// <summary>Words that make a report about another time, or a supposition.</summary>
    public required PhraseList NotNow { get; init; }
    /// <summary>First words of a question.</summary>
    public required PhraseList QuestionOpeners { get; init; }
    /// <summary>A stretch felt: the listener has reached their edge.</summary>
    public required PhraseList Stretch { get; init; }
    /// <summary>"Not sure", at the safety question.</summary>
    public required PhraseList Unsure { get; init; }
    /// <summary>More than a mild discomfort, at the pain-kind question.</summary>
    public required PhraseList MoreThanMild { get; init; }
    /// <summary>Plainly mild, at the pain-kind question.</summary>
    public required PhraseList Mild { get; init; }
    /// <summary>Words of feeling beyond pain and its kinds ("felt", "strange"): a possible pain with one stays one.</summary>
    public required PhraseList Sensations { get; init; }
    /// <summary>Words that end the reach of a negator at the pain-kind question ("not sharp, just mild").</summary>
    public required PhraseList NegationEnds { get; init; }
    /// <summary>At the pain-kind question: words that take back the kind after them as a negator does ("than").</summary>
    public required PhraseList Unlike { get; init; }
    /// <summary>At the pain-kind question: words a degree word makes a kind ("pain", "hurts").</summary>
    public required PhraseList PainWords { get; init; }
    /// <summary>Degree words that make a pain word mild ("small", "soft", "gentle").</summary>
    public required PhraseList Diminishers { get; init; }
    /// <summary>Degree words that make a pain word more than mild ("very much", "really").</summary>
    public required PhraseList Intensifiers { get; init; }
    /// <summary>The listener cannot tell the kind ("hard to say", "in between").</summary>
    public required PhraseList UnsureOfKind { get; init; }
    /// <summary>Words placing a kind at an earlier time than now ("yesterday", "at first").</summary>
    public required PhraseList EarlierTime { get; init; }
    /// <summary>Words placing a kind now ("today", "now").</summary>
    public required PhraseList NowTime { get; init; }
    /// <summary>Figures of speech with a pain word that report no pain ("a pain to set up").</summary>
    public required PhraseList PainIdioms { get; init; }
    /// <summary>Words placing a report in a time that is over ("last year", "years ago").</summary>
    public required PhraseList OverTime { get; init; }
    /// <summary>Words that keep a report of another time going on now ("still", "since").</summary>
    public required PhraseList StillGoing { get; init; }
    /// <summary>People and animals a clause may be about instead of the listener ("my husband", "the dog").</summary>
    public required PhraseList OtherPeople { get; init; }

    /// <summary>Words that open a clause whose subject is a thing ("the", "this", "your").</summary>
    public required PhraseList ThingDeterminers { get; init; }

    /// <summary>The listener's own words that may open a thing's clause ("my", "our"): its name may be a body part.</summary>
    public required PhraseList OwnDeterminers { get; init; }

    /// <summary>Sounds and words said before a clause's subject that are not part of it ("oh", "ugh", "lol").</summary>
    public required PhraseList Interjections { get; init; }

    /// <summary>Words that follow the subject of a clause about a thing ("is", "keeps").</summary>
    public required PhraseList ThingVerbs { get; init; }

    /// <summary>Things of the practice and the body that are never only a thing ("floor", "position", "heel").</summary>
    public required PhraseList PracticeThings { get; init; }
    /// <summary>Conditions the seed names with a caution.</summary>
    public required PhraseList CautionConditions { get; init; }
    /// <summary>How a question asking what something is begins.</summary>
    public required PhraseList DefinitionQuestions { get; init; }
    /// <summary>A pain out of ten at or above this is treated as sharp.</summary>
    public required int SharpAt { get; init; }
    /// <summary>The mild report, counted on one leg, that offers to finish that leg.</summary>
    public required int LegReports { get; init; }
    /// <summary>The report, counted over the practice, that ends it.</summary>
    public required int PracticeReports { get; init; }
    /// <summary>Hours after a stop for safety during which the practice does not begin again.</summary>
    public required int HoldHours { get; init; }

    /// <summary>No safety words: a script parsed on its own, without its folder.</summary>
    public static SafetyRules None { get; } = new()
    {
        RedFlags = [],
        Negators = PhraseList.Empty,
        Subjects = PhraseList.Empty,
        NotNow = PhraseList.Empty,
        QuestionOpeners = PhraseList.Empty,
        Stretch = PhraseList.Empty,
        Unsure = PhraseList.Empty,
        MoreThanMild = PhraseList.Empty,
        Mild = PhraseList.Empty,
        NegationEnds = PhraseList.Empty,
        Unlike = PhraseList.Empty,
        Sensations = PhraseList.Empty,
        PainWords = PhraseList.Empty,
        Diminishers = PhraseList.Empty,
        Intensifiers = PhraseList.Empty,
        UnsureOfKind = PhraseList.Empty,
        EarlierTime = PhraseList.Empty,
        NowTime = PhraseList.Empty,
        PainIdioms = PhraseList.Empty,
        OverTime = PhraseList.Empty,
        StillGoing = PhraseList.Empty,
        OtherPeople = PhraseList.Empty,
        ThingDeterminers = PhraseList.Empty,
        OwnDeterminers = PhraseList.Empty,
        Interjections = PhraseList.Empty,
        ThingVerbs = PhraseList.Empty,
        PracticeThings = PhraseList.Empty,
        CautionConditions = PhraseList.Empty,
        DefinitionQuestions = PhraseList.Empty,
        SharpAt = 4,
        LegReports = 2,
        PracticeReports = 3,
        HoldHours = 12,
    };

    /// <summary>The reader of an answer to the pain-kind question, over these words.</summary>
    public PainKindReader PainKind => new(this);

    /// <summary>A red flag kind by id.</summary>
    public RedFlagKind? Kind(string? id) => RedFlags.FirstOrDefault(k => k.Id == id);

    /// <summary>The first red flag the words report, with whether it was said plainly about now.</summary>
    public (RedFlagKind Kind, Spotted Where)? FindRedFlag(Words words)
    {
        (RedFlagKind, Spotted)? uncertain = null;
        Func<int, int, bool> gradesPainWord = (start, end) => GradesPainWord(words, start, end);
        foreach (var kind in RedFlags)
        {
            if (kind.Words.Find(words, Negation, NotNow, QuestionOpeners, gradesPainWord) is not { } spotted) continue;
            if (spotted.Certain) return (kind, spotted);
            uncertain ??= (kind, spotted);
        }
        return uncertain;
    }

    // A red-flag word that is also a degree word, just before a pain word, grades that pain: "a faint ache" is a small
    // one, while "I feel faint" is the red flag. The reach is the pain-kind reader's for a degree word.
    private bool GradesPainWord(Words words, int start, int end) =>
        end == start + 1
        && Diminishers.Exact(words).Any(d => d.Start == start && d.End == end)
        && PainWords.All(words).Any(p => PainKindReader.Reaches(words, start, end, p.Start));

    /// <summary>A stretch or pull felt now, not negated and not asked about.</summary>
    public bool FeelsStretch(Words words) =>
        Stretch.Find(words, Negation, NotNow, QuestionOpeners) is { Certain: true };

    /// <summary>The listener is not sure.</summary>
    public bool IsUnsure(Words words) => Unsure.Mentions(words);

    /// <summary>
    /// A question about one of the conditions the seed cautions about, other than what the condition is:
    /// "does this help sciatica?", not "what is sciatica?".
    /// </summary>
    public bool AsksAboutCautionCondition(Words words) =>
        CautionConditions.Find(words, NegationScope.None, PhraseList.Empty, QuestionOpeners) is { Certain: false }
        && !DefinitionQuestions.All(words).Any(m => m.Start == 0);
}
