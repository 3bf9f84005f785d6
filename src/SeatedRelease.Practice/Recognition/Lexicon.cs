namespace SeatedRelease.Practice.Recognition;

/// <summary>The compiled lexicon: word ids, word roles, per-context phrase tables and the typo index.</summary>
internal sealed class Lexicon
{
    /// <summary>The id of a clause break; never part of a phrase.</summary>
    public const int Boundary = 0;

    /// <summary>The id of a word shaped like a cry of pain ("yowch"); see <see cref="CryTable"/>.</summary>
    public const int PainCry = -2;

    /// <summary>The id of a sound that may be a cry of pain ("ahhh", "ugh").</summary>
    public const int MaybeCry = -3;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _contractions;

    public Lexicon(
        Dictionary<string, int> words,
        Dictionary<string, int[]> contractions,
        int[] canonical,
        WordFlags[] flags,
        ContextTable[] contexts,
        FuzzyIndex fuzzy,
        bool[] painWords,
        int longestContraction)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _contractions = contractions.GetAlternateLookup<ReadOnlySpan<char>>();
        Canonical = canonical;
        Flags = flags;
        Contexts = contexts;
        Fuzzy = fuzzy;
        PainWords = painWords;
        LongestContraction = longestContraction;
    }

    /// <summary>Maps a sound-alike's id to the id of the word it stands for ("hertz" to "hurts"); identity otherwise.</summary>
    public int[] Canonical { get; }

    public WordFlags[] Flags { get; }

    /// <summary>Indexed by <see cref="PromptContext"/>.</summary>
    public ContextTable[] Contexts { get; }

    public FuzzyIndex Fuzzy { get; }

    /// <summary>Word ids that occur in a pain phrase.</summary>
    public bool[] PainWords { get; }

    /// <summary>The most words one contraction expands to; sizes the token buffer.</summary>
    public int LongestContraction { get; }

    public IReadOnlySet<string> Topics { get; set; } = new HashSet<string>();

    public CryTable Cries { get; set; } = CryTable.Empty;

    /// <summary>Word ids a split or merged word may be repaired into ("hard wood" → hardwood): the typo targets.</summary>
    public bool[] RepairTargets { get; init; } = [];

    /// <summary>The frame of a question about what the practice helps ("does this help with ...").</summary>
    public ConditionQuestion ConditionQuestion { get; set; } = ConditionQuestion.None;

    /// <summary>A finished step followed by asking for the next ("done with that, what's next").</summary>
    public MovingOn MovingOn { get; set; } = MovingOn.None;

    /// <summary>A dismissal followed by a finish ("forget it, I'm done"): giving up the practice.</summary>
    public MovingOn GivingUp { get; set; } = MovingOn.None;

    /// <summary>Word-id sequences heard for one word ("red e" for ready, "to day" for today), with the word's id.</summary>
    public (int[] Words, int Target)[] Joins { get; init; } = [];

    /// <summary>Word-id sequences that open a simile ("like a", "as if").</summary>
    public int[][] Similes { get; set; } = [];

    /// <summary>Word-id sequences that make a conditional advice frame a question ("if", "while", "with a").</summary>
    public int[][] Circumstances { get; set; } = [];

    /// <summary>Word-id sequences that make an enough the whole session's ("for today", "for this session").</summary>
    public int[][] WholeSession { get; set; } = [];

    /// <summary>"I wasn't ready a moment ago, but I am now": a not-ready followed by a ready-now.</summary>
    public MovingOn ReadyNow { get; set; } = MovingOn.None;

    /// <summary>"I don't know", "not sure": said at the pain-kind prompt, no kind was given.</summary>
    public int[][] UnsureOfKind { get; set; } = [];

    /// <summary>Words that name the mild kind outright ("dull", "slight"): said with <see cref="UnsureOfKind"/>, they answer.</summary>
    public int[][] NamedKind { get; set; } = [];

    /// <summary>Word ids a word typed with a vowel held longer may stand for ("noo" → no): every one-word phrase.</summary>
    public bool[] DrawnOutTargets { get; init; } = [];

    public bool TryGetWord(ReadOnlySpan<char> word, out int id) => _words.TryGetValue(word, out id);

    public bool TryGetContraction(ReadOnlySpan<char> word, out int[] ids) => _contractions.TryGetValue(word, out ids!);
}
