using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Reads dialogs/lexicon.yaml, checks it, and compiles it into a <see cref="Lexicon"/>. Every problem is
/// collected (not just the first) and reported with file, line and the offending entry, because the
/// people who edit this file are teachers, not programmers.
/// </summary>
internal sealed partial class LexiconLoader
{
    private static readonly HashSet<string> TopLevelKeys =
        ["fillers", "polite", "contractions", "known_words", "negation", "hypothetical", "question_cues", "question_openers", "sound_alikes", "intents", "topics", "contexts", "body_parts", "cries", "sensations", "similes",
         "determiners", "hesitations", "backchannels", "phrasal", "condition_questions", "past_conditions", "moving_on", "caveats", "ready_about", "own_activities",
         "whole_session", "said_before", "advice_questions", "minimisers", "idioms", "giving_up", "someone_else", "not_body",
         "mild_states", "time_linkers", "autocorrected_pain", "plain_states", "places", "well_states", "condition_states", "ready_now", "unsure_of_kind", "travelling"];

    private static readonly Dictionary<string, Intent> IntentByLabel = Enum.GetValues<Intent>()
        .Where(i => i is not Intent.Unknown and not Intent.Question)
        .ToDictionary(i => new Recognition(i).Label);

    private static readonly Dictionary<string, PromptContext> ContextByName = Enum.GetValues<PromptContext>()
        .ToDictionary(c => c.ToString().ToLowerInvariant());

    private readonly string _file;
    private readonly List<string> _problems = [];
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

    private LexiconLoader(string file) => _file = file;

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
        var loader = new LexiconLoader(file);
        var lexicon = loader.Compile(yaml);
        if (loader._problems.Count > 0 || lexicon is null)
        {
            throw new LexiconException(file, loader._problems);
        }
        return lexicon;
    }

    private Lexicon? Compile(string yaml)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                Problem(1, "the file must be a YAML mapping with keys such as 'intents' and 'contexts'");
                return null;
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            Problem(e.Start.Line, $"not valid YAML: {e.Message}");
            return null;
        }

        foreach (var (key, _) in root.Children)
        {
            if (key is YamlScalarNode s && !TopLevelKeys.Contains(s.Value ?? ""))
            {
                Problem(key, $"unknown key '{s.Value}' (expected one of: {string.Join(", ", TopLevelKeys)})");
            }
        }

        // Contractions first: every other entry is normalised through them.
        if (Child(root, "contractions") is { } contractions)
        {
            ReadContractions(contractions);
        }
        foreach (var (text, line) in Scalars(Child(root, "known_words"), "known_words"))
        {
            var words = Words(text, line, "known_words");
            if (words.Length != 1)
            {
                Problem(line, $"known_words: '{text}' must be one word");
            }
        }
        ReadNegation(Child(root, "negation"));
        MarkAll(Child(root, "hypothetical"), "hypothetical", WordFlags.Hypothetical);
        MarkAll(Child(root, "question_cues"), "question_cues", WordFlags.QuestionCue);
        MarkAll(Child(root, "question_openers"), "question_openers", WordFlags.QuestionOpener);
        MarkAll(Child(root, "body_parts"), "body_parts", WordFlags.BodyPart);
        MarkPossessives(Child(root, "body_parts"), "body_parts", WordFlags.BodyPart);

        if (Child(root, "intents") is not YamlMappingNode intents)
        {
            Problem(root, "missing 'intents': the lists of phrases for each label");
            return null;
        }
        ReadIntents(intents);
        var topicIds = ReadTopics(Child(root, "topics"));
        var circumstances = ReadAdviceQuestions(Child(root, "advice_questions"), topicIds);
        foreach (var (text, line) in Scalars(Child(root, "fillers"), "fillers"))
        {
            AddRemovable(text, line, "fillers");
            if (_removables[^1] is { Tokens: [var filler] } && _removables[^1].Line == line)
            {
                _flags[filler] = _flags.GetValueOrDefault(filler) | WordFlags.Filler;
            }
        }
        foreach (var (text, line) in Scalars(Child(root, "polite"), "polite"))
        {
            AddRemovable(text, line, "polite");
        }
        foreach (var (text, line) in Scalars(Child(root, "idioms"), "idioms"))
        {
            if (Words(text, line, "idioms").Length < 2)
            {
                Problem(line, $"idioms: '{text}' is one word; an idiom is a set phrase of several, or a filler");
                continue;
            }
            AddRemovable(text, line, "idioms");
        }
        ReadSoundAlikes(Child(root, "sound_alikes"));
        CheckPainWordsAreNotIgnored();
        ReadCries(Child(root, "cries"));
        ReadSensations(Child(root, "sensations"));
        foreach (var (text, line) in Scalars(Child(root, "similes"), "similes"))
        {
            var words = Words(text, line, "similes");
            if (words.Length > 0)
            {
                _similes.Add(words);
            }
        }

        ReadDeterminers(Child(root, "determiners"));
        MarkAll(Child(root, "caveats"), "caveats", WordFlags.Caveat);
        MarkAll(Child(root, "minimisers"), "minimisers", WordFlags.Minimiser);
        ReadReadyAbout(Child(root, "ready_about"));
        MarkAll(Child(root, "own_activities"), "own_activities", WordFlags.OwnActivity);
        ReadHesitations(Child(root, "hesitations"));
        ReadBackchannels(Child(root, "backchannels"));
        ReadPhrasal(Child(root, "phrasal"));
        var conditionQuestion = ReadConditionQuestion(Child(root, "condition_questions"), topicIds);
        ReadPastConditions(Child(root, "past_conditions"));
        var movingOn = ReadMovingOn(Child(root, "moving_on"));
        var givingUp = ReadInOrder(Child(root, "giving_up"), "giving_up", "dismissed", "finished");
        ReadSomeoneElse(Child(root, "someone_else"));
        MarkAll(Child(root, "not_body"), "not_body", WordFlags.NotBody);
        ReadMildStates(Child(root, "mild_states"));
        MarkAll(Child(root, "time_linkers"), "time_linkers", WordFlags.TimeLinker);
        MarkOutsidePain(Child(root, "autocorrected_pain"), "autocorrected_pain", WordFlags.AutocorrectedPain);
        MarkOutsidePain(Child(root, "plain_states"), "plain_states", WordFlags.PlainState);
        MarkAll(Child(root, "places"), "places", WordFlags.Place);
        ReadTravelling(Child(root, "travelling"));
        MarkAll(Child(root, "well_states"), "well_states", WordFlags.WellState);
        MarkOutsidePain(Child(root, "condition_states"), "condition_states", WordFlags.ConditionState);
        var wholeSession = ReadSequences(Child(root, "whole_session"), "whole_session");
        var readyNow = ReadInOrder(Child(root, "ready_now"), "ready_now", "before", "now");
        var (unsureOfKind, namedKind) = ReadPair(Child(root, "unsure_of_kind"), "unsure_of_kind", "unsure", "named") ?? ([], []);
        ReadSaidBefore(Child(root, "said_before"));

        if (Child(root, "contexts") is not YamlMappingNode contexts)
        {
            Problem(root, "missing 'contexts': the priority of labels at each kind of prompt");
            return null;
        }
        var tables = ReadContexts(contexts, topicIds.Count > 0);
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

    private void ReadContractions(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Problem(node, "contractions: expected a mapping such as  doesnt: does not");
            return;
        }
        foreach (var (key, value) in map.Children)
        {
            string from = (key as YamlScalarNode)?.Value ?? "";
            var fromWords = TextScanner.SplitWords(from, out _);
            var toWords = TextScanner.SplitWords((value as YamlScalarNode)?.Value ?? "", out bool boundary);
            if (fromWords.Count != 1)
            {
                Problem(key, $"contractions: '{from}' must be a single word");
                continue;
            }
            if (toWords.Count == 0 || boundary || toWords.Count > fromWords[0].Length)
            {
                Problem(value, $"contractions: '{from}' must expand to between one and {fromWords[0].Length} plain words");
                continue;
            }
            if (!_contractions.TryAdd(fromWords[0], toWords.Select(WordId).ToArray()))
            {
                Problem(key, $"contractions: '{from}' is listed twice");
            }
        }
    }

    private void ReadNegation(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "negation: expected a mapping with before, skip, after, hedges");
            return;
        }
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            WordFlags flag = name switch
            {
                "before" => WordFlags.Negator,
                "skip" => WordFlags.NegationSkip,
                "after" => WordFlags.AfterNegator,
                "hedges" => WordFlags.Hedge,
                "subjects" => WordFlags.Subject,
                "answer_skip" => WordFlags.AnswerSkip,
                "verbal" => WordFlags.VerbNegator,
                "having" => WordFlags.Having,
                _ => WordFlags.None,
            };
            if (flag == WordFlags.None)
            {
                Problem(key, $"negation: unknown key '{name}' (expected before, skip, answer_skip, verbal, having, after, hedges, subjects)");
                continue;
            }
            MarkAll(value, $"negation.{name}", flag);
        }
    }

    // Apostrophes are dropped before matching, so "my back's sore" arrives as "backs": mark that form too.
    private void MarkPossessives(YamlNode? node, string where, WordFlags flag)
    {
        foreach (var (text, line) in Scalars(node, where))
        {
            if (text.EndsWith('s')) continue;
            var words = Words(text + "s", line, where);
            if (words.Length == 1) _flags[words[0]] = _flags.GetValueOrDefault(words[0]) | flag;
        }
    }

    private void ReadTravelling(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "travelling: expected a mapping with verbs, toward, movers, aside, misheard, paths and still");
            return;
        }
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            WordFlags? flag = name switch
            {
                "verbs" => WordFlags.TravelVerb,
                "toward" => WordFlags.TravelToward,
                "movers" => WordFlags.TravelMover,
                "aside" => WordFlags.TravelAside,
                "misheard" => WordFlags.TravelMisheard,
                "paths" => WordFlags.TravelPath,
                "still" => WordFlags.TravelStill,
                _ => null,
            };
            if (flag is { } f)
            {
                MarkAll(value, $"travelling.{name}", f);
            }
            else
            {
                Problem(key, $"travelling: unknown key '{name}' (expected verbs, toward, movers, aside, misheard, paths, still)");
            }
        }
    }

    private void MarkAll(YamlNode? node, string where, WordFlags flag)
    {
        foreach (var (text, line) in Scalars(node, where))
        {
            var words = Words(text, line, where);
            if (words.Length != 1)
            {
                Problem(line, $"{where}: '{text}' must be one word");
                continue;
            }
            _flags[words[0]] = _flags.GetValueOrDefault(words[0]) | flag;
            _flagLines[words[0]] = line;
        }
    }

    private void ReadIntents(YamlMappingNode intents)
    {
        foreach (var (key, value) in intents.Children)
        {
            string label = (key as YamlScalarNode)?.Value ?? "";
            if (!IntentByLabel.TryGetValue(label, out var intent))
            {
                Problem(key, $"intents: unknown label '{label}' (expected one of: {string.Join(", ", IntentByLabel.Keys)}; questions go under 'topics')");
                continue;
            }
            if (value is not YamlMappingNode body)
            {
                Problem(value, $"intents.{label}: expected a mapping with 'phrases' (and optionally 'alone', 'negatable', 'fuzzy')");
                continue;
            }
            foreach (var (optionKey, _) in body.Children)
            {
                if ((optionKey as YamlScalarNode)?.Value is not ("phrases" or "alone" or "clause_end" or "unless_answered" or "negatable" or "fuzzy" or "command" or "exact"))
                {
                    Problem(optionKey, $"intents.{label}: unknown key '{(optionKey as YamlScalarNode)?.Value}' (expected phrases, alone, clause_end, unless_answered, negatable, fuzzy, command, exact)");
                }
            }
            _intentOptions[intent] = (Flag(body, "negatable", label), Flag(body, "fuzzy", label), Flag(body, "command", label), Flag(body, "exact", label));
            if (_intentOptions[intent] is { Fuzzy: true, Exact: true })
            {
                Problem(key, $"intents.{label}: 'fuzzy' and 'exact' contradict each other");
            }
            int before = _phrases.Count;
            AddPhrases(Child(body, "phrases"), $"intents.{label}.phrases", intent, null, alone: false);
            AddPhrases(Child(body, "alone"), $"intents.{label}.alone", intent, null, alone: true);
            AddPhrases(Child(body, "clause_end"), $"intents.{label}.clause_end", intent, null, alone: false, clauseEnd: true);
            AddPhrases(Child(body, "unless_answered"), $"intents.{label}.unless_answered", intent, null, alone: false, unlessAnswered: true);
            if (intent == Intent.Pain && _phrases.Count == before)
            {
                Problem(key, "intents.pain: must list at least one phrase");
            }
        }
        if (!_intentOptions.ContainsKey(Intent.Pain))
        {
            Problem(intents, "intents: 'pain' is required; the recognizer must never miss pain");
        }
    }

    private bool Flag(YamlMappingNode body, string name, string label)
    {
        if (Child(body, name) is not { } node)
        {
            return false;
        }
        string? text = (node as YamlScalarNode)?.Value;
        if (text is "true" or "false")
        {
            return text == "true";
        }
        Problem(node, $"intents.{label}.{name}: expected true or false, found '{text}'");
        return false;
    }

    private HashSet<string> ReadTopics(YamlNode? node)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (node is null)
        {
            return ids;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "topics: expected a mapping of topic id to phrases");
            return ids;
        }
        foreach (var (key, value) in map.Children)
        {
            string id = (key as YamlScalarNode)?.Value ?? "";
            if (id.Length == 0 || !id.All(c => c is >= 'a' and <= 'z' or '-' or >= '0' and <= '9'))
            {
                Problem(key, $"topics: id '{id}' must be lower-case letters, digits or '-'");
                continue;
            }
            ids.Add(id);
            AddPhrases(value, $"topics.{id}", Intent.Question, id, alone: false);
        }
        return ids;
    }

    private void AddPhrases(YamlNode? node, string where, Intent intent, string? topic, bool alone, bool clauseEnd = false, bool unlessAnswered = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, line) in Scalars(node, where))
        {
            var tokens = Words(text, line, where);
            if (tokens.Length == 0)
            {
                continue;
            }
            if (!seen.Add(string.Join(' ', tokens)))
            {
                Problem(line, $"{where}: '{text}' is listed twice");
                continue;
            }
            _phrases.Add(new RawPhrase(text, tokens, intent, topic, alone, line) { ClauseEnd = clauseEnd, UnlessAnswered = unlessAnswered });
        }
    }

    private void AddRemovable(string text, int line, string where)
    {
        var tokens = Words(text, line, where);
        if (tokens.Length > 0)
        {
            _removables.Add(new RawPhrase(text, tokens, Intent.Unknown, null, false, line));
        }
    }

    private void ReadSoundAlikes(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "sound_alikes: expected a mapping of phrase to the ways it gets misheard");
            return;
        }
        var phraseWords = new HashSet<int>(_phrases.SelectMany(p => p.Tokens));
        foreach (var (key, value) in map.Children)
        {
            string canonicalText = (key as YamlScalarNode)?.Value ?? "";
            var canonical = Words(canonicalText, Line(key), "sound_alikes");
            var meanings = _phrases.Where(p => p.Tokens.AsSpan().SequenceEqual(canonical)).ToList();
            if (canonical.Length == 1 ? !phraseWords.Contains(canonical[0]) : meanings.Count == 0)
            {
                Problem(key, $"sound_alikes: '{canonicalText}' is not a phrase of any intent or topic, so its sound-alikes would mean nothing");
                continue;
            }
            foreach (var (variantText, line) in Scalars(value, $"sound_alikes.{canonicalText}"))
            {
                var variant = Words(variantText, line, $"sound_alikes.{canonicalText}");
                if (variant.Length == 0)
                {
                    continue;
                }
                if (canonical.Length == 1 && variant.Length == 1)
                {
                    // A single misheard word stands for its word everywhere, inside every phrase.
                    if (phraseWords.Contains(variant[0]) || _contractions.ContainsKey(variantText))
                    {
                        Problem(line, $"sound_alikes.{canonicalText}: '{variantText}' is itself a phrase word; mapping it to '{canonicalText}' would change what other phrases mean");
                        continue;
                    }
                    if (!_aliases.TryAdd(variant[0], canonical[0]) && _aliases[variant[0]] != canonical[0])
                    {
                        Problem(line, $"sound_alikes.{canonicalText}: '{variantText}' already stands for another word");
                    }
                    continue;
                }
                if (canonical.Length == 1)
                {
                    // "red e", "to day": heard as several words, it is the one word wherever it stands, inside every phrase.
                    _joins.Add((variant, canonical[0], line));
                    continue;
                }
                if (meanings.Count == 0)
                {
                    Problem(line, $"sound_alikes.{canonicalText}: a phrase of several words needs '{canonicalText}' itself to be a phrase");
                    continue;
                }
                foreach (var meaning in meanings)
                {
                    _phrases.Add(meaning with { Text = variantText, Tokens = variant, Line = line, Origin = meaning.Origin ?? meaning.Tokens });
                }
            }
        }
    }

    private void ReadCries(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "cries: expected a mapping with pain, maybe-pain, prefixes, suffixes");
            return;
        }
        var answers = AnswerWords();
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name is not ("pain" or "maybe-pain" or "prefixes" or "suffixes"))
            {
                Problem(key, $"cries: unknown key '{name}' (expected pain, maybe-pain, prefixes, suffixes)");
                continue;
            }
            foreach (var (text, line) in Scalars(value, $"cries.{name}"))
            {
                if (text.Length == 0 || !text.All(c => c is >= 'a' and <= 'z'))
                {
                    Problem(line, $"cries.{name}: '{text}' must be one word of lower-case letters a to z");
                    continue;
                }
                if (name == "prefixes")
                {
                    _cryPrefixes.Add(text);
                }
                else if (name == "suffixes")
                {
                    _crySuffixes.Add(text);
                }
                else if (_words.TryGetValue(text, out int id) && answers.Contains(id))
                {
                    Problem(line, $"cries.{name}: '{text}' is a phrase word of another label; a cry must never stand for an answer such as ready");
                }
                else
                {
                    _cryCores.Add((text, name == "pain" ? CryKind.Pain : CryKind.Maybe));
                }
            }
        }
    }

    // Each sensation is a stem; its usual forms count too ("zap": zaps, zapped, zapping, zappy), because people
    // describe a feeling with whatever form the sentence needs, and listing every form is how the lists fell short.
    private void ReadSensations(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "sensations: expected a mapping with sharp, dull, maybe");
            return;
        }
        var answers = AnswerWords();
        var ignored = new HashSet<int>(_removables.Where(r => r.Tokens.Length == 1).Select(r => r.Tokens[0]));
        foreach (var (id, flags) in _flags)
        {
            if ((flags & (WordFlags.Negator | WordFlags.NegationSkip | WordFlags.AfterNegator | WordFlags.Subject | WordFlags.Hypothetical)) != 0)
            {
                ignored.Add(id);
            }
        }
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            WordFlags flag = name switch
            {
                "sharp" => WordFlags.SharpSensation,
                "dull" => WordFlags.DullSensation,
                "maybe" => WordFlags.MaybeSensation,
                _ => WordFlags.None,
            };
            if (flag == WordFlags.None)
            {
                Problem(key, $"sensations: unknown key '{name}' (expected sharp, dull, maybe)");
                continue;
            }
            foreach (var (text, line) in Scalars(value, $"sensations.{name}"))
            {
                if (text.Length == 0 || !text.All(c => c is >= 'a' and <= 'z'))
                {
                    Problem(line, $"sensations.{name}: '{text}' must be one word of lower-case letters a to z");
                    continue;
                }
                foreach (string form in Forms(text))
                {
                    bool stem = form == text;
                    bool known = _words.TryGetValue(form, out int id);
                    if (known && (answers.Contains(id) || ignored.Contains(id) || _contractions.ContainsKey(form)))
                    {
                        // A made-up form that happens to be a word with another role ("pins" is fine, "done" would not be) is left alone.
                        if (stem)
                        {
                            Problem(line, $"sensations.{name}: '{text}' already means something else (an answer, a filler or a negation word)");
                        }
                        continue;
                    }
                    id = WordId(form);
                    _flags[id] = _flags.GetValueOrDefault(id) | flag;
                    _flagLines[id] = line;
                }
            }
        }
    }

    /// <summary>The stem, -s/-es, -ed/-d, -ing and -y/-ey, doubling a final consonant after one vowel (zap, zapped).</summary>
    internal static IEnumerable<string> Forms(string stem)
    {
        yield return stem;
        yield return stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("sh") || stem.EndsWith("ch") ? stem + "es" : stem + "s";
        if (stem.EndsWith('e'))
        {
            string bare = stem[..^1];
            yield return stem + "d";
            yield return bare + "ing";
            yield return bare + "y";
            yield return stem + "y";
            yield break;
        }
        bool doubles = stem.Length >= 3 && IsConsonant(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y') && !IsConsonant(stem[^2]) && IsConsonant(stem[^3]);
        string root = doubles ? stem + stem[^1] : stem;
        yield return root + "ed";
        yield return root + "ing";
        yield return root + "y";
        yield return stem + "ey";
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u');

    /// <summary>Words of phrases whose label is not pain: a cry or a sensation must never take one over.</summary>
    private HashSet<int> AnswerWords() =>
        new(_phrases.Where(p => !IsPainFamily(p.Intent) && p.Intent != Intent.Question).SelectMany(p => p.Tokens));

    private void CheckPainWordsAreNotIgnored()
    {
        var painWords = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.Pain).SelectMany(p => p.Tokens));
        foreach (var removable in _removables)
        {
            if (removable.Tokens.Length == 1 && painWords.Contains(removable.Tokens[0]))
            {
                Problem(removable.Line, $"'{removable.Text}' is a pain word and cannot be a filler or polite wrapper");
            }
        }
        foreach (var (id, flags) in _flags)
        {
            if ((flags & (WordFlags.NegationSkip | WordFlags.Negator)) != 0 && painWords.Contains(id) && _phrases.Any(p => p.Intent == Intent.Pain && p.Tokens is [var only] && only == id))
            {
                Problem(_flagLines[id], $"negation: '{WordText(id)}' is a pain word on its own and cannot also be a negation word");
            }
        }
    }

    private Dictionary<PromptContext, (Intent[] Priority, Intent? NegatedPain, Intent[] Answers)> ReadContexts(YamlMappingNode contexts, bool haveTopics)
    {
        var result = new Dictionary<PromptContext, (Intent[], Intent?, Intent[])>();
        foreach (var (key, value) in contexts.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!ContextByName.TryGetValue(name, out var context))
            {
                Problem(key, $"contexts: unknown context '{name}' (expected one of: {string.Join(", ", ContextByName.Keys)})");
                continue;
            }
            if (value is not YamlMappingNode body || Child(body, "priority") is not YamlSequenceNode list)
            {
                Problem(value, $"contexts.{name}: expected a mapping with 'priority: [pain, maybe-pain, stop, ...]'");
                continue;
            }
            var priority = new List<Intent>();
            foreach (var item in list.Children)
            {
                string label = (item as YamlScalarNode)?.Value ?? "";
                Intent intent;
                if (label == "question")
                {
                    intent = Intent.Question;
                    if (!haveTopics)
                    {
                        Problem(item, $"contexts.{name}: 'question' needs at least one entry under 'topics'");
                    }
                }
                else if (!IntentByLabel.TryGetValue(label, out intent))
                {
                    Problem(item, $"contexts.{name}: unknown label '{label}'");
                    continue;
                }
                else if (intent != Intent.MaybePain && !_intentOptions.ContainsKey(intent))
                {
                    Problem(item, $"contexts.{name}: label '{label}' has no entry under 'intents'");
                }
                if (priority.Contains(intent))
                {
                    Problem(item, $"contexts.{name}: '{label}' is listed twice");
                    continue;
                }
                priority.Add(intent);
            }
            CheckSafetyOrder(name, list, priority);
            Intent? negatedPain = null;
            if (Child(body, "negated_pain") is { } negated)
            {
                string label = (negated as YamlScalarNode)?.Value ?? "";
                if (!IntentByLabel.TryGetValue(label, out var meaning) || !priority.Contains(meaning) || meaning is Intent.Pain or Intent.MaybePain or Intent.Sharp or Intent.Ready)
                {
                    Problem(negated, $"contexts.{name}.negated_pain: '{label}' must be a non-pain, non-ready label of this context's priority list");
                }
                else
                {
                    negatedPain = meaning;
                }
            }
            result[context] = (priority.ToArray(), negatedPain, ReadAnswers(name, body, priority));
        }
        foreach (var (name, context) in ContextByName)
        {
            if (!result.ContainsKey(context))
            {
                Problem(contexts, $"contexts: '{name}' is missing");
            }
        }
        return result;
    }

    /// <summary>Pain outranks everything but the kinds of pain; stop comes right after the pain family.</summary>
    private void CheckSafetyOrder(string name, YamlSequenceNode list, List<Intent> priority)
    {
        foreach (var required in new[] { Intent.Pain, Intent.MaybePain, Intent.Stop })
        {
            if (!priority.Contains(required))
            {
                Problem(list, $"contexts.{name}: the priority list must contain '{new Recognition(required).Label}'");
            }
        }
        int pain = priority.IndexOf(Intent.Pain);
        int stop = priority.IndexOf(Intent.Stop);
        for (int i = 0; i < priority.Count; i++)
        {
            bool painFamily = priority[i] is Intent.Sharp or Intent.Mild or Intent.Pain or Intent.MaybePain;
            if (pain >= 0 && i < pain && priority[i] is not (Intent.Sharp or Intent.Mild))
            {
                Problem(list.Children[i], $"contexts.{name}: '{new Recognition(priority[i]).Label}' cannot outrank pain");
            }
            if (stop >= 0 && i < stop && !painFamily)
            {
                Problem(list.Children[i], $"contexts.{name}: '{new Recognition(priority[i]).Label}' cannot outrank stop");
            }
        }
    }

    private Lexicon Build(Dictionary<PromptContext, (Intent[] Priority, Intent? NegatedPain, Intent[] Answers)> contexts)
    {
        int count = _words.Count;
        var cues = new HashSet<int>(_flags.Where(f => (f.Value & (WordFlags.QuestionCue | WordFlags.QuestionOpener | WordFlags.Hypothetical)) != 0).Select(f => f.Key));
        var painFamily = new HashSet<int>(_phrases.Where(p => p.Tokens.Length == 1 && p.Intent is Intent.Pain or Intent.MaybePain or Intent.Sharp).Select(p => p.Tokens[0]));
        foreach (var phrase in _phrases.Where(p => p.Intent == Intent.Question))
        {
            if (phrase.Tokens.Any(painFamily.Contains) && !phrase.Tokens.Any(cues.Contains))
            {
                Problem(phrase.Line, $"topics.{phrase.Topic}: '{phrase.Text}' holds a pain word, so it must carry its own question word or 'if' (or a statement of pain would be read as a question)");
            }
        }

        var canonical = new int[count];
        for (int i = 0; i < count; i++)
        {
            canonical[i] = _aliases.TryGetValue(i, out int target) ? target : i;
        }
        // The tokenizer maps a sound-alike to its word, so a phrase that contains one must be stored the same way.
        for (int p = 0; p < _phrases.Count; p++)
        {
            _phrases[p] = _phrases[p] with { Tokens = _phrases[p].Tokens.Select(t => canonical[t]).ToArray() };
        }

        var wordText = _words.OrderBy(w => w.Value).Select(w => w.Key).ToArray();
        var tables = new ContextTable[Enum.GetValues<PromptContext>().Length];
        foreach (var (context, (priority, negatedPain, answers)) in contexts)
        {
            var byFirst = new List<Phrase>?[count];
            var seen = new Dictionary<string, RawPhrase>(StringComparer.Ordinal);
            foreach (var raw in _phrases)
            {
                int rank = Array.IndexOf(priority, raw.Intent);
                if (rank < 0)
                {
                    continue;
                }
                string key = string.Join(' ', raw.Tokens) + (raw.Alone ? " (alone)" : "") + (raw.ClauseEnd ? " (clause end)" : "") + (raw.UnlessAnswered ? " (unless answered)" : "");
                if (seen.TryGetValue(key, out var other) && other.Intent != raw.Intent && !(IsPainFamily(other.Intent) && IsPainFamily(raw.Intent))
                    && !AskedOrAnswered(other, raw, cues))
                {
                    Problem(raw.Line, $"'{raw.Text}' means {Label(raw.Intent)} here and {Label(other.Intent)} at line {other.Line}; in context {context.ToString().ToLowerInvariant()} one phrase needs one meaning");
                    continue;
                }
                seen.TryAdd(key, raw);
                var options = _intentOptions.GetValueOrDefault(raw.Intent);
                var phrase = new Phrase(raw.Tokens, raw.Intent, rank, raw.Line)
                {
                    Topic = raw.Topic,
                    Alone = raw.Alone,
                    Negatable = options.Negatable,
                    SelfCued = raw.Conditional || raw.Tokens.Any(cues.Contains),
                    ClauseEnd = raw.ClauseEnd,
                    UnlessAnswered = raw.UnlessAnswered,
                    Command = options.Command,
                    Backchannel = IsBackchannel(raw, canonical),
                    TakesObject = TakesObject(raw),
                    SaidThing = NamesSaidThing(raw),
                    General = raw.General,
                    Conditional = raw.Conditional,
                };
                (byFirst[raw.Tokens[0]] ??= []).Add(phrase);
            }
            var removable = new List<Phrase>?[count];
            foreach (var raw in _removables)
            {
                (removable[raw.Tokens[0]] ??= []).Add(new Phrase(raw.Tokens, Intent.Unknown, int.MaxValue, raw.Line) { Removable = true });
            }
            // the short one-word answers of this prompt, which a whole answer one slip away may stand for.
            var shortAnswers = byFirst.Where(list => list is not null).SelectMany(list => list!)
                .Where(p => p.Tokens.Length == 1 && p.Intent != Intent.Question && wordText[p.Tokens[0]].Length is >= ShortSlip.MinimumTarget and <= ShortSlip.MaximumTarget)
                .GroupBy(p => p.Tokens[0])
                .Select(g => (Word: wordText[g.Key], Id: g.Key, g.OrderBy(p => p.Rank).First().Intent))
                .OrderBy(t => t.Word, StringComparer.Ordinal)
                .ToArray();
            tables[(int)context] = new ContextTable(context, priority, negatedPain, Sort(byFirst), Sort(removable), answers)
            {
                ShortAnswerWords = shortAnswers.Select(t => t.Word).ToArray(),
                ShortAnswerIds = shortAnswers.Select(t => t.Id).ToArray(),
                ShortAnswerIntents = shortAnswers.Select(t => t.Intent).ToArray(),
            };
        }

        var flags = new WordFlags[count];
        foreach (var (id, flag) in _flags)
        {
            flags[id] = flag;
        }
        var painWords = new bool[count];
        foreach (var id in _phrases.Where(p => p.Intent == Intent.Pain).SelectMany(p => p.Tokens))
        {
            painWords[id] = true;
        }
        var text = _words.OrderBy(w => w.Value).Select(w => w.Key).ToArray();
        // Only words that mean something on their own are typo targets: correcting "gong" to "going" gains nothing and risks much.
        // A word an `exact` intent answers with (ready, yes) is never reached by a repair, even where a fuzzy intent
        // lists it too ("fine" is mild and ready): a false ready advances the practice, a false yes can delete data.
        var exact = _phrases
            .Where(p => p.Tokens.Length == 1 && _intentOptions.GetValueOrDefault(p.Intent).Exact)
            .Select(p => p.Tokens[0])
            .ToHashSet();
        var targets = _phrases
            .Where(p => p.Tokens.Length == 1 && !p.Alone && _intentOptions.GetValueOrDefault(p.Intent).Fuzzy && !exact.Contains(p.Tokens[0]))
            .GroupBy(p => p.Tokens[0])
            .Select(g => (text[g.Key], g.Key, g.Any(p => p.Intent == Intent.Pain)))
            .ToList();
        // A long word inside a phrase ("one moment") is reached by two neighbouring letters swapped ("one momnet"), a slip
        // that rarely makes another real word; never by a split or merged word, and a structural word never.
        var inner = _phrases
            .Where(p => p.Tokens.Length > 1 && _intentOptions.GetValueOrDefault(p.Intent).Fuzzy)
            .SelectMany(p => p.Tokens.Select(t => (Token: t, p.Intent)))
            .Where(t => text[t.Token].Length >= FuzzyIndex.InnerLength && !exact.Contains(t.Token)
                && (_flags.GetValueOrDefault(t.Token) & WordFlags.Structural) == 0)
            .GroupBy(t => t.Token)
            .Where(g => !targets.Any(x => x.Item2 == g.Key))
            .Select(g => (text[g.Key], g.Key))
            .ToList();
        // An answer of an exact intent is reached only by a slip of one finger: a neighbouring key or two keys swapped
        // ("readt", "raedy"). A dropped or added letter, or a key far off, makes other words too ("reads", "realy").
        var exactTargets = exact
            .Where(id => text[id].Length >= FuzzyIndex.MinimumLength && !_phrases.Any(p => p.Alone && p.Tokens is [var only] && only == id))
            .Select(id => (text[id], id))
            .ToList();
        int longest = _contractions.Count == 0 ? 1 : _contractions.Values.Max(v => v.Length);
        // The same words are what a split or merged word may be repaired into ("hard wood", "yogamat"): words that answer on their own.
        var repairTargets = new bool[count];
        foreach (var (_, id, _) in targets)
        {
            repairTargets[id] = true;
        }
        // A word said drawn out ("noo", "reeady") may stand for any word that answers on its own, exact ones included: it
        // keeps every letter of the word, so it is not the guess a typo repair is.
        var drawnOutTargets = new bool[count];
        foreach (var phrase in _phrases.Where(p => p.Tokens.Length == 1 && p.Intent != Intent.Question))
        {
            drawnOutTargets[phrase.Tokens[0]] = true;
        }
        var joins = _joins.Select(j => (j.Words.Select(t => canonical[t]).ToArray(), canonical[j.Target])).ToArray();
        return new Lexicon(_words, _contractions, canonical, flags, tables, new FuzzyIndex(targets, exactTargets, inner), painWords, longest)
        {
            RepairTargets = repairTargets,
            DrawnOutTargets = drawnOutTargets,
            Joins = joins,
        };
    }

    private static Phrase[]?[] Sort(List<Phrase>?[] lists)
    {
        var result = new Phrase[]?[lists.Length];
        for (int i = 0; i < lists.Length; i++)
        {
            result[i] = lists[i]?.OrderByDescending(p => p.Tokens.Length).ThenBy(p => p.Rank).ThenBy(p => p.Alone ? 0 : 1).ToArray();
        }
        return result;
    }

    // "sciatica" answers the safety screen and "what's sciatica" asks about it: the recognizer takes the topic only
    // when the utterance asks (PhraseMatcher), so one phrase may be both an answer and a topic that needs a question word.
    private static bool AskedOrAnswered(RawPhrase a, RawPhrase b, HashSet<int> cues) =>
        (a.Intent == Intent.Question) != (b.Intent == Intent.Question)
        && !(a.Intent == Intent.Question ? a : b).Tokens.Any(cues.Contains)
        && !IsPainFamily(a.Intent) && !IsPainFamily(b.Intent);

    private static bool IsPainFamily(Intent intent) => intent is Intent.Pain or Intent.MaybePain or Intent.Sharp or Intent.Mild;

    private static string Label(Intent intent) => intent == Intent.Question ? "question" : new Recognition(intent).Label;

    private int[] Words(string text, int line, string where)
    {
        var words = TextScanner.SplitWords(text, out bool boundary);
        if (words.Count == 0)
        {
            Problem(line, $"{where}: '{text}' has no words");
            return [];
        }
        if (boundary)
        {
            Problem(line, $"{where}: '{text}' contains punctuation that splits clauses (, . ; : ! ?); write the words only");
            return [];
        }
        var ids = new List<int>(words.Count);
        foreach (var word in words)
        {
            if (_contractions.TryGetValue(word, out var expansion))
            {
                ids.AddRange(expansion);
            }
            else
            {
                ids.Add(WordId(word));
            }
        }
        return ids.ToArray();
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

    private IEnumerable<(string Text, int Line)> Scalars(YamlNode? node, string where)
    {
        if (node is null)
        {
            yield break;
        }
        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, $"{where}: expected a list");
            yield break;
        }
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                yield return (value, Line(item));
            }
            else
            {
                Problem(item, $"{where}: expected a phrase in quotes or plain text, found a {item.NodeType}");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private void Problem(YamlNode node, string message) => Problem(Line(node), message);

    private void Problem(long line, string message) => _problems.Add($"{_file}:{line}: {message}");
}
