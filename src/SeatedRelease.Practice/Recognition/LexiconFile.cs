using YamlDotNet.Serialization;

namespace SeatedRelease.Practice.Recognition;

/// <summary>One word, phrase or key of lexicon.yaml with the line it stands on, so a problem with it can name that line.</summary>
internal sealed record Entry(string Text, int Line);

/// <summary>A mapping of lexicon.yaml read into a record; <see cref="Line"/> is where the mapping starts.</summary>
internal abstract record Section
{
    [YamlIgnore]
    public int Line { get; set; }
}

/// <summary>dialogs/lexicon.yaml as written, one property per top-level section; nothing here is checked yet.</summary>
internal sealed record LexiconFile : Section
{
    public List<Entry> Fillers { get; init; } = [];
    public List<Entry> Polite { get; init; } = [];
    public Dictionary<Entry, Entry> Contractions { get; init; } = [];
    public List<Entry> KnownWords { get; init; } = [];
    public NegationSection Negation { get; init; } = new();
    public List<Entry> Hypothetical { get; init; } = [];
    public List<Entry> QuestionCues { get; init; } = [];
    public List<Entry> QuestionOpeners { get; init; } = [];
    public Dictionary<Entry, List<Entry>> SoundAlikes { get; init; } = [];
    public Dictionary<Entry, IntentSection>? Intents { get; init; }
    public Dictionary<Entry, List<Entry>> Topics { get; init; } = [];
    public Dictionary<Entry, ContextSection>? Contexts { get; init; }
    public List<Entry> BodyParts { get; init; } = [];
    public CriesSection Cries { get; init; } = new();
    public SensationsSection Sensations { get; init; } = new();
    public List<Entry> Similes { get; init; } = [];
    public List<Entry> Determiners { get; init; } = [];
    public List<Entry> Hesitations { get; init; } = [];
    public List<Entry> Backchannels { get; init; } = [];
    public PhrasalSection Phrasal { get; init; } = new();
    public ConditionQuestionsSection? ConditionQuestions { get; init; }
    public PastConditionsSection PastConditions { get; init; } = new();
    public MovingOnSection? MovingOn { get; init; }
    public List<Entry> Caveats { get; init; } = [];
    public ReadyAboutSection ReadyAbout { get; init; } = new();
    public List<Entry> OwnActivities { get; init; } = [];
    public List<Entry> WholeSession { get; init; } = [];
    public SaidBeforeSection SaidBefore { get; init; } = new();
    public AdviceQuestionsSection? AdviceQuestions { get; init; }
    public List<Entry> Minimisers { get; init; } = [];
    public List<Entry> Idioms { get; init; } = [];
    public GivingUpSection? GivingUp { get; init; }
    public SomeoneElseSection SomeoneElse { get; init; } = new();
    public List<Entry> NotBody { get; init; } = [];
    public List<Entry> MildStates { get; init; } = [];
    public List<Entry> TimeLinkers { get; init; } = [];
    public List<Entry> AutocorrectedPain { get; init; } = [];
    public List<Entry> PlainStates { get; init; } = [];
    public List<Entry> Places { get; init; } = [];
    public List<Entry> WellStates { get; init; } = [];
    public List<Entry> ConditionStates { get; init; } = [];
    public ReadyNowSection? ReadyNow { get; init; }
    public UnsureOfKindSection? UnsureOfKind { get; init; }
    public TravellingSection Travelling { get; init; } = new();
}

internal sealed record NegationSection : Section
{
    public List<Entry> Before { get; init; } = [];
    public List<Entry> Skip { get; init; } = [];
    public List<Entry> After { get; init; } = [];
    public List<Entry> Hedges { get; init; } = [];
    public List<Entry> Subjects { get; init; } = [];
    public List<Entry> AnswerSkip { get; init; } = [];
    public List<Entry> Verbal { get; init; } = [];
    public List<Entry> Having { get; init; } = [];
    public List<Entry> SubjectNegators { get; init; } = [];
    public List<Entry> SubjectVerbs { get; init; } = [];
}

/// <summary>The phrases of one label; a flag is kept as written so a value other than true or false can be named.</summary>
internal sealed record IntentSection : Section
{
    public List<Entry> Phrases { get; init; } = [];
    public List<Entry> Alone { get; init; } = [];
    public List<Entry> ClauseEnd { get; init; } = [];
    public List<Entry> UnlessAnswered { get; init; } = [];
    public Entry? Negatable { get; init; }
    public Entry? Fuzzy { get; init; }
    public Entry? Command { get; init; }
    public Entry? Exact { get; init; }
}

internal sealed record ContextSection : Section
{
    public List<Entry>? Priority { get; init; }
    public Entry? NegatedPain { get; init; }
    public List<Entry> Answers { get; init; } = [];
}

internal sealed record CriesSection : Section
{
    public List<Entry> Pain { get; init; } = [];
    [YamlMember(Alias = "maybe-pain")]
    public List<Entry> MaybePain { get; init; } = [];
    public List<Entry> Prefixes { get; init; } = [];
    public List<Entry> Suffixes { get; init; } = [];
}

internal sealed record SensationsSection : Section
{
    public List<Entry> Sharp { get; init; } = [];
    public List<Entry> Dull { get; init; } = [];
    public List<Entry> Maybe { get; init; } = [];
}

internal sealed record PhrasalSection : Section
{
    public List<Entry> Particles { get; init; } = [];
    public List<Entry> Objects { get; init; } = [];
}

internal sealed record ConditionQuestionsSection : Section
{
    public Entry? Topic { get; init; }
    public List<Entry> Openers { get; init; } = [];
    public List<Entry> Subjects { get; init; } = [];
    public List<Entry> Verbs { get; init; } = [];
    public List<Entry> Prepositions { get; init; } = [];
    public List<Entry> Listener { get; init; } = [];
}

internal sealed record PastConditionsSection : Section
{
    public List<Entry> Past { get; init; } = [];
    public List<Entry> Over { get; init; } = [];
    public List<Entry> Occasional { get; init; } = [];
    public List<Entry> Quiet { get; init; } = [];
}

internal sealed record MovingOnSection : Section
{
    public List<Entry> Finished { get; init; } = [];
    public List<Entry> Next { get; init; } = [];
    public List<Entry> NextAtEnd { get; init; } = [];
}

internal sealed record ReadyAboutSection : Section
{
    public List<Entry> Linkers { get; init; } = [];
    public List<Entry> Own { get; init; } = [];
}

internal sealed record SaidBeforeSection : Section
{
    public List<Entry> Things { get; init; } = [];
    public List<Entry> Recall { get; init; } = [];
}

internal sealed record AdviceQuestionsSection : Section
{
    public Entry? Topic { get; init; }
    public List<Entry> Frames { get; init; } = [];
    public List<Entry> Conditional { get; init; } = [];
    public List<Entry> Circumstances { get; init; } = [];
}

internal sealed record GivingUpSection : Section
{
    public List<Entry> Dismissed { get; init; } = [];
    public List<Entry> Finished { get; init; } = [];
}

internal sealed record SomeoneElseSection : Section
{
    public List<Entry> Noises { get; init; } = [];
    public List<Entry> Others { get; init; } = [];
    public List<Entry> Things { get; init; } = [];
}

internal sealed record ReadyNowSection : Section
{
    public List<Entry> Before { get; init; } = [];
    public List<Entry> Now { get; init; } = [];
}

internal sealed record UnsureOfKindSection : Section
{
    public List<Entry> Unsure { get; init; } = [];
    public List<Entry> Named { get; init; } = [];
}

internal sealed record TravellingSection : Section
{
    public List<Entry> Verbs { get; init; } = [];
    public List<Entry> Toward { get; init; } = [];
    public List<Entry> Movers { get; init; } = [];
    public List<Entry> Aside { get; init; } = [];
    public List<Entry> Misheard { get; init; } = [];
    public List<Entry> Paths { get; init; } = [];
    public List<Entry> Still { get; init; } = [];
}
