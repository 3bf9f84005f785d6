namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Checks the records of dialogs/lexicon.yaml (<see cref="LexiconFile"/>) and compiles them into a <see cref="Lexicon"/>.
/// Every problem is collected (not just the first) and reported with file, line and the offending entry, because the
/// people who edit this file are teachers, not programmers.
/// </summary>
internal sealed partial class LexiconLoader
{
    private static readonly Dictionary<string, Intent> IntentByLabel = Enum.GetValues<Intent>()
        .Where(i => i is not Intent.Unknown and not Intent.Question)
        .ToDictionary(i => new Recognition(i).Label);

    private static readonly Dictionary<string, PromptContext> ContextByName = Enum.GetValues<PromptContext>()
        .ToDictionary(c => c.ToString().ToLowerInvariant());

    private readonly List<(long Line, string Message)> _problems = [];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal) { ["|"] = Lexicon.Boundary };
    private readonly Dictionary<string, int[]> _contractions = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _aliases = [];
    private readonly Dictionary<int, WordFlags> _flags = [];
    private readonly Dictionary<int, int> _flagLines = [];
    private readonly List<RawPhrase> _phrases = [];
    private readonly List<RawPhrase> _removables = [];
    private readonly Dictionary<Intent, (bool Negatable, bool Fuzzy, bool Command, bool Exact)> _intentOptions = [];
    private readonly List<(string Core, CryKind Kind)> _cryCores = [];
    private readonly List<string> _cryPrefixes = [];
    private readonly List<string> _crySuffixes = [];
    private readonly List<int[]> _similes = [];
    private readonly List<(int[] Words, int Target, int Line)> _joins = [];
    private readonly List<int[]> _backchannels = [];
    private readonly HashSet<int> _particles = [];

    private sealed record RawPhrase(string Text, int[] Tokens, Intent Intent, string? Topic, bool Alone, int Line)
    {
        public bool ClauseEnd { get; init; }

        /// <summary>Counts only when no explicit answer of the context is said too ("yes, I have sciatica, start fresh").</summary>
        public bool UnlessAnswered { get; init; }

        /// <summary>For a sound-alike ("mhm"), the words of the phrase it stands for ("mm hmm").</summary>
        public int[]? Origin { get; init; }

        /// <summary>A question frame of <c>advice_questions</c>: a topic named after it is answered instead.</summary>
        public bool General { get; init; }

        /// <summary>A conditional frame of <c>advice_questions</c>: it asks only with a circumstance after it.</summary>
        public bool Conditional { get; init; }
    }

    public static Lexicon Load(string yaml, string file)
    {
        var loader = new LexiconLoader();
        var lexicon = LexiconYaml.Read(yaml, loader._problems) is { } records ? loader.Compile(records) : null;
        if (lexicon is null && loader._problems.Count == 0)
        {
            loader.Problem(1, "the file must be a YAML mapping with keys such as 'intents' and 'contexts'");
        }
        if (loader._problems.Count > 0 || lexicon is null)
        {
            throw new LexiconException(file, loader._problems.Select(p => $"{file}:{p.Line}: {p.Message}").ToList());
        }
        return lexicon;
    }

    // The order below is the order words get their ids and phrases their places, and some checks read what an earlier
    // section set. Contractions come first, because every other entry is normalised through them.
    private Lexicon? Compile(LexiconFile file)
    {
        ReadContractions(file.Contractions);
        foreach (var entry in file.KnownWords)
        {
            if (Words(entry, "known_words").Length != 1)
            {
                Problem(entry.Line, $"known_words: '{entry.Text}' must be one word");
            }
        }
        var negation = file.Negation;
        MarkAll(negation.Before, "negation.before", WordFlags.Negator);
        MarkAll(negation.Skip, "negation.skip", WordFlags.NegationSkip);
        MarkAll(negation.After, "negation.after", WordFlags.AfterNegator);
        MarkAll(negation.Hedges, "negation.hedges", WordFlags.Hedge);
        MarkAll(negation.Subjects, "negation.subjects", WordFlags.Subject);
        MarkAll(negation.AnswerSkip, "negation.answer_skip", WordFlags.AnswerSkip);
        MarkAll(negation.Verbal, "negation.verbal", WordFlags.VerbNegator);
        MarkAll(negation.Having, "negation.having", WordFlags.Having);
        MarkAll(negation.SubjectNegators, "negation.subject_negators", WordFlags.NegatorSubject);
        MarkAll(negation.SubjectVerbs, "negation.subject_verbs", WordFlags.NegatorVerb);
        foreach (var entry in negation.SubjectNegators.Where(e => !negation.Before.Any(b => b.Text == e.Text)))
        {
            Problem(entry.Line, $"negation.subject_negators: '{entry.Text}' must be in negation.before too");
        }
        MarkAll(file.Hypothetical, "hypothetical", WordFlags.Hypothetical);
        MarkAll(file.QuestionCues, "question_cues", WordFlags.QuestionCue);
        MarkAll(file.QuestionOpeners, "question_openers", WordFlags.QuestionOpener);
        MarkAll(file.BodyParts, "body_parts", WordFlags.BodyPart);
        MarkPossessives(file.BodyParts, "body_parts", WordFlags.BodyPart);

        if (file.Intents is null)
        {
            Problem(file.Line, "missing 'intents': the lists of phrases for each label");
            return null;
        }
        ReadIntents(file.Intents);
        var topicIds = ReadTopics(file.Topics);
        var circumstances = ReadAdviceQuestions(file.AdviceQuestions, topicIds);
        foreach (var entry in file.Fillers)
        {
            AddRemovable(entry, "fillers");
            if (_removables[^1] is { Tokens: [var filler] } && _removables[^1].Line == entry.Line)
            {
                _flags[filler] = _flags.GetValueOrDefault(filler) | WordFlags.Filler;
            }
        }
        file.Polite.ForEach(entry => AddRemovable(entry, "polite"));
        foreach (var entry in file.Idioms)
        {
            if (Words(entry, "idioms").Length < 2)
            {
                Problem(entry.Line, $"idioms: '{entry.Text}' is one word; an idiom is a set phrase of several, or a filler");
                continue;
            }
            AddRemovable(entry, "idioms");
        }
        ReadSoundAlikes(file.SoundAlikes);
        CheckPainWordsAreNotIgnored();
        ReadCries(file.Cries);
        ReadSensations(file.Sensations);
        _similes.AddRange(Sequences(file.Similes, "similes"));

        MarkAll(file.Determiners, "determiners", WordFlags.Determiner);
        MarkAll(file.Caveats, "caveats", WordFlags.Caveat);
        MarkAll(file.Minimisers, "minimisers", WordFlags.Minimiser);
        MarkAll(file.ReadyAbout.Linkers, "ready_about.linkers", WordFlags.ReadyLinker);
        MarkAll(file.ReadyAbout.Own, "ready_about.own", WordFlags.Own);
        MarkAll(file.OwnActivities, "own_activities", WordFlags.OwnActivity);
        ReadHesitations(file.Hesitations);
        ReadBackchannels(file.Backchannels);
        MarkAll(file.Phrasal.Particles, "phrasal.particles", WordFlags.Particle);
        _particles.UnionWith(file.Phrasal.Particles.Select(e => Words(e, "phrasal.particles")).Where(w => w.Length == 1).Select(w => w[0]));
        MarkAll(file.Phrasal.Objects, "phrasal.objects", WordFlags.PhrasalObject);
        var conditionQuestion = ReadConditionQuestion(file.ConditionQuestions, topicIds);
        MarkAll(file.PastConditions.Past, "past_conditions.past", WordFlags.Past);
        MarkAll(file.PastConditions.Over, "past_conditions.over", WordFlags.Over);
        MarkAll(file.PastConditions.Occasional, "past_conditions.occasional", WordFlags.Occasional);
        MarkAll(file.PastConditions.Quiet, "past_conditions.quiet", WordFlags.Quiet);
        var movingOn = file.MovingOn is { } m && Pair(m, "moving_on", ("finished", m.Finished), ("next", m.Next)) is var (finished, next)
            ? new MovingOn(finished, next, Sequences(m.NextAtEnd, "moving_on.next_at_end")) : MovingOn.None;
        var givingUp = InOrder(file.GivingUp is { } g ? Pair(g, "giving_up", ("dismissed", g.Dismissed), ("finished", g.Finished)) : null);
        ReadSomeoneElse(file.SomeoneElse);
        MarkAll(file.NotBody, "not_body", WordFlags.NotBody);
        ReadMildStates(file.MildStates);
        MarkAll(file.TimeLinkers, "time_linkers", WordFlags.TimeLinker);
        MarkOutsidePain(file.AutocorrectedPain, "autocorrected_pain", WordFlags.AutocorrectedPain);
        MarkOutsidePain(file.PlainStates, "plain_states", WordFlags.PlainState);
        MarkAll(file.Places, "places", WordFlags.Place);
        var travel = file.Travelling;
        MarkAll(travel.Verbs, "travelling.verbs", WordFlags.TravelVerb);
        MarkAll(travel.Toward, "travelling.toward", WordFlags.TravelToward);
        MarkAll(travel.Movers, "travelling.movers", WordFlags.TravelMover);
        MarkAll(travel.Aside, "travelling.aside", WordFlags.TravelAside);
        MarkAll(travel.Misheard, "travelling.misheard", WordFlags.TravelMisheard);
        MarkAll(travel.Paths, "travelling.paths", WordFlags.TravelPath);
        MarkAll(travel.Still, "travelling.still", WordFlags.TravelStill);
        MarkAll(file.WellStates, "well_states", WordFlags.WellState);
        MarkOutsidePain(file.ConditionStates, "condition_states", WordFlags.ConditionState);
        var wholeSession = Sequences(file.WholeSession, "whole_session");
        var readyNow = InOrder(file.ReadyNow is { } r ? Pair(r, "ready_now", ("before", r.Before), ("now", r.Now)) : null);
        var (unsureOfKind, namedKind) = (file.UnsureOfKind is { } u ? Pair(u, "unsure_of_kind", ("unsure", u.Unsure), ("named", u.Named)) : null) ?? ([], []);
        ReadSaidBefore(file.SaidBefore);

        if (file.Contexts is null)
        {
            Problem(file.Line, "missing 'contexts': the priority of labels at each kind of prompt");
            return null;
        }
        var tables = ReadContexts(file.Contexts, topicIds.Count > 0);
        if (_problems.Count > 0)
        {
            return null;
        }
        var lexicon = Build(tables);
        lexicon.Topics = topicIds;
        lexicon.ConditionQuestion = conditionQuestion;
        lexicon.MovingOn = movingOn;
        lexicon.GivingUp = givingUp;
        lexicon.WholeSession = wholeSession;
        lexicon.ReadyNow = readyNow;
        lexicon.UnsureOfKind = unsureOfKind;
        lexicon.NamedKind = namedKind;
        lexicon.Circumstances = circumstances;
        lexicon.Cries = new CryTable(_cryCores, _cryPrefixes, _crySuffixes);
        lexicon.Similes = _similes.ToArray();
        return lexicon;
    }

    /// <summary>Gives each word of a list the role; each entry must be one word.</summary>
    private void MarkAll(List<Entry> entries, string where, WordFlags flag)
    {
        foreach (var entry in entries)
        {
            var words = Words(entry, where);
            if (words.Length != 1)
            {
                Problem(entry.Line, $"{where}: '{entry.Text}' must be one word");
                continue;
            }
            Mark(words[0], flag, entry.Line);
        }
    }

    private void Mark(int word, WordFlags flag, int line)
    {
        _flags[word] = _flags.GetValueOrDefault(word) | flag;
        _flagLines[word] = line;
    }

    private int[][] Sequences(List<Entry> entries, string where) =>
        entries.Select(e => Words(e, where)).Where(w => w.Length > 0).ToArray();

    /// <summary>The word ids of an entry, through the contractions; a problem (and no words) when it has none or is several clauses.</summary>
    private int[] Words(Entry entry, string where)
    {
        var words = TextScanner.SplitWords(entry.Text, out bool boundary);
        if (words.Count == 0 || boundary)
        {
            Problem(entry.Line, words.Count == 0
                ? $"{where}: '{entry.Text}' has no words"
                : $"{where}: '{entry.Text}' contains punctuation that splits clauses (, . ; : ! ?); write the words only");
            return [];
        }
        return words.SelectMany(w => _contractions.TryGetValue(w, out var expansion) ? expansion : [WordId(w)]).ToArray();
    }

    private int WordId(string word)
    {
        if (!_words.TryGetValue(word, out int id))
        {
            id = _words.Count;
            _words[word] = id;
        }
        return id;
    }

    private string WordText(int id) => _words.First(w => w.Value == id).Key;

    private void Problem(long line, string message) => _problems.Add((line, message));
}
