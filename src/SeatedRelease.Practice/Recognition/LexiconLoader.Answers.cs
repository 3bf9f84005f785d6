using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The lexicon sections that turn an answer around or complete it: a condition said to be in the past and over
/// (<c>past_conditions</c>), a finished step followed by asking for the next (<c>moving_on</c>), a ready said
/// about something else (<c>ready_about</c>), an enough said of the whole session (<c>whole_session</c>), what
/// the bot said asked for again (<c>said_before</c>), and asking whether to practise at all (<c>advice_questions</c>).
/// </summary>
internal sealed partial class LexiconLoader
{
    private void ReadPastConditions(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "past_conditions: expected a mapping with past and over");
            return;
        }
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            switch (name)
            {
                case "past":
                    MarkAll(value, "past_conditions.past", WordFlags.Past);
                    break;
                case "over":
                    MarkAll(value, "past_conditions.over", WordFlags.Over);
                    break;
                case "occasional":
                    MarkAll(value, "past_conditions.occasional", WordFlags.Occasional);
                    break;
                case "quiet":
                    MarkAll(value, "past_conditions.quiet", WordFlags.Quiet);
                    break;
                default:
                    Problem(key, $"past_conditions: unknown key '{name}' (expected past, over, occasional, quiet)");
                    break;
            }
        }
    }

    private void ReadReadyAbout(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "ready_about: expected a mapping with linkers and own");
            return;
        }
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            switch (name)
            {
                case "linkers":
                    MarkAll(value, "ready_about.linkers", WordFlags.ReadyLinker);
                    break;
                case "own":
                    MarkAll(value, "ready_about.own", WordFlags.Own);
                    break;
                default:
                    Problem(key, $"ready_about: unknown key '{name}' (expected linkers, own)");
                    break;
            }
        }
    }

    private int[][] ReadAdviceQuestions(YamlNode? node, HashSet<string> topicIds)
    {
        if (node is null)
        {
            return [];
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "advice_questions: expected a mapping with topic, frames, conditional and circumstances");
            return [];
        }
        foreach (var (key, _) in map.Children)
        {
            if ((key as YamlScalarNode)?.Value is not ("topic" or "frames" or "conditional" or "circumstances"))
            {
                Problem(key, $"advice_questions: unknown key '{(key as YamlScalarNode)?.Value}' (expected topic, frames, conditional, circumstances)");
            }
        }
        var topicNode = Child(map, "topic");
        string topic = (topicNode as YamlScalarNode)?.Value ?? "";
        if (topic.Length == 0 || !topic.All(c => c is >= 'a' and <= 'z' or '-' or >= '0' and <= '9'))
        {
            Problem(topicNode ?? map, $"advice_questions.topic: '{topic}' must be a topic id of lower-case letters, digits or '-'");
            return [];
        }
        // The script must answer it like any other topic.
        topicIds.Add(topic);
        int before = _phrases.Count;
        AddFrames(Child(map, "frames"), "advice_questions.frames", topic, conditional: false);
        AddFrames(Child(map, "conditional"), "advice_questions.conditional", topic, conditional: true);
        if (_phrases.Count == before)
        {
            Problem(map, "advice_questions.frames: must list at least one frame");
        }
        var circumstances = ReadSequences(Child(map, "circumstances"), "advice_questions.circumstances");
        if (circumstances.Length == 0 && _phrases.Skip(before).Any(p => p.Conditional))
        {
            Problem(map, "advice_questions.circumstances: conditional frames need at least one circumstance, or they never count");
        }
        return circumstances;
    }

    private void AddFrames(YamlNode? node, string where, string topic, bool conditional)
    {
        int before = _phrases.Count;
        AddPhrases(node, where, Intent.Question, topic, alone: false);
        for (int i = before; i < _phrases.Count; i++)
        {
            var frame = _phrases[i];
            // A frame counts wherever it is said only because it asks by itself; without a question word it would need one
            // elsewhere. A conditional frame asks by its shape ("could I ... if ..."), so needs none.
            if (!conditional && !frame.Tokens.Any(t => (_flags.GetValueOrDefault(t) & (WordFlags.QuestionCue | WordFlags.QuestionOpener | WordFlags.Hypothetical)) != 0))
            {
                Problem(frame.Line, $"{where}: '{frame.Text}' has no question word (question_cues, question_openers or 'if')");
            }
            _phrases[i] = frame with { General = true, Conditional = conditional };
        }
    }

    private void ReadSaidBefore(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "said_before: expected a mapping with things and recall");
            return;
        }
        var helpWords = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.Help).SelectMany(p => p.Tokens));
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            switch (name)
            {
                case "things":
                    MarkAll(value, "said_before.things", WordFlags.SaidThing);
                    // A thing that no help phrase names would never be asked for again: the entry would do nothing.
                    foreach (var (text, line) in Scalars(value, "said_before.things"))
                    {
                        if (Words(text, line, "said_before.things") is [var word] && !helpWords.Contains(word))
                        {
                            Problem(line, $"said_before.things: '{text}' is not a word of any help phrase");
                        }
                    }
                    break;
                case "recall":
                    MarkAll(value, "said_before.recall", WordFlags.Recall);
                    break;
                default:
                    Problem(key, $"said_before: unknown key '{name}' (expected things, recall)");
                    break;
            }
        }
    }

    // "instructions", "my options": a help phrase that names only what the bot said, so asking for it again is a repeat.
    private bool NamesSaidThing(RawPhrase raw) =>
        raw.Intent == Intent.Help
        && raw.Tokens.Any(t => (_flags.GetValueOrDefault(t) & WordFlags.SaidThing) != 0)
        && raw.Tokens.All(t => (_flags.GetValueOrDefault(t) & (WordFlags.SaidThing | WordFlags.Determiner)) != 0);

    private int[][] ReadSequences(YamlNode? node, string where) =>
        Scalars(node, where).Select(s => Words(s.Text, s.Line, where)).Where(w => w.Length > 0).ToArray();

    private MovingOn ReadMovingOn(YamlNode? node)
    {
        if (ReadPair(node, "moving_on", "finished", "next", "next_at_end") is not var (finished, next))
        {
            return MovingOn.None;
        }
        var atEnd = node is YamlMappingNode map && Child(map, "next_at_end") is { } value ? ReadSequences(value, "moving_on.next_at_end") : [];
        return new MovingOn(finished, next, atEnd);
    }

    /// <summary>Two lists of phrases that count together only when one of the first is followed by one of the second.</summary>
    private MovingOn ReadInOrder(YamlNode? node, string where, string firstKey, string secondKey) =>
        ReadPair(node, where, firstKey, secondKey) is var (first, second) ? new MovingOn(first, second) : MovingOn.None;

    /// <summary>A mapping of exactly two phrase lists, both required; null (with the problem named) when it is anything else.</summary>
    private (int[][] First, int[][] Second)? ReadPair(YamlNode? node, string where, string firstKey, string secondKey, string? optionalKey = null)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, $"{where}: expected a mapping with {firstKey} and {secondKey}");
            return null;
        }
        int[][] first = [];
        int[][] second = [];
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name == optionalKey)
            {
                continue;
            }
            if (name != firstKey && name != secondKey)
            {
                Problem(key, $"{where}: unknown key '{name}' (expected {firstKey}, {secondKey})");
                continue;
            }
            var sequences = ReadSequences(value, $"{where}.{name}");
            if (name == firstKey)
            {
                first = sequences;
            }
            else
            {
                second = sequences;
            }
        }
        if (first.Length == 0 || second.Length == 0)
        {
            Problem(node, $"{where}: needs both {firstKey} and {secondKey} phrases");
            return null;
        }
        return (first, second);
    }

    /// <summary>
    /// A list of single words that must not already be pain or maybe-pain words: an autocorrected form that were one would
    /// be read twice, and a plain state that were one ("cold" beside "my feet") would silence a pain report.
    /// </summary>
    private void MarkOutsidePain(YamlNode? node, string where, WordFlags flag)
    {
        var painFamily = new HashSet<int>(_phrases.Where(p => p.Intent is Intent.Pain or Intent.MaybePain).SelectMany(p => p.Tokens));
        foreach (var (text, line) in Scalars(node, where))
        {
            var words = Words(text, line, where);
            if (words.Length != 1)
            {
                Problem(line, $"{where}: '{text}' must be one word");
            }
            else if (painFamily.Contains(words[0]) || (_flags.GetValueOrDefault(words[0]) & WordFlags.Sensation) != 0)
            {
                Problem(line, $"{where}: '{text}' is already a pain, maybe-pain or sensation word");
            }
            else
            {
                _flags[words[0]] = _flags.GetValueOrDefault(words[0]) | flag;
                _flagLines[words[0]] = line;
            }
        }
    }

    /// <summary>
    /// A mild state must be a word of a maybe-pain phrase, or it would never be met, and never a word of a pain phrase:
    /// a pain word beside a change of pace is still pain.
    /// </summary>
    private void ReadMildStates(YamlNode? node)
    {
        var maybe = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.MaybePain && p.Tokens.Length == 1).Select(p => p.Tokens[0]));
        var pain = new HashSet<int>(_phrases.Where(p => p.Intent is Intent.Pain).SelectMany(p => p.Tokens));
        foreach (var (text, line) in Scalars(node, "mild_states"))
        {
            var words = Words(text, line, "mild_states");
            if (words.Length != 1)
            {
                Problem(line, $"mild_states: '{text}' must be one word");
            }
            else if (pain.Contains(words[0]))
            {
                Problem(line, $"mild_states: '{text}' is a pain word; pain beside a change of pace is still pain");
            }
            else if (!maybe.Contains(words[0]))
            {
                Problem(line, $"mild_states: '{text}' is not a one-word maybe-pain phrase");
            }
            else
            {
                _flags[words[0]] = _flags.GetValueOrDefault(words[0]) | WordFlags.MildState;
                _flagLines[words[0]] = line;
            }
        }
    }

    /// <summary>
    /// "the kids are screaming", "the toast is burning": what a pain word names that someone or something else in the
    /// room may do, and the words for those others (people and animals, or things). Each must be one word; a noise must
    /// be a word of a pain phrase, or the rule would mean nothing.
    /// </summary>
    private void ReadSomeoneElse(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "someone_else: expected a mapping with noises and others");
            return;
        }
        var painWords = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.Pain).SelectMany(p => p.Tokens));
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name is not ("noises" or "others" or "things"))
            {
                Problem(key, $"someone_else: unknown key '{name}' (expected noises, others, things)");
                continue;
            }
            MarkAll(value, $"someone_else.{name}", name == "noises" ? WordFlags.Noise : WordFlags.Other);
            if (name != "noises")
            {
                continue;
            }
            foreach (var (text, line) in Scalars(value, "someone_else.noises"))
            {
                if (Words(text, line, "someone_else.noises") is [var word] && !painWords.Contains(word))
                {
                    Problem(line, $"someone_else.noises: '{text}' is no pain word, so there is nothing for it to hold back");
                }
            }
        }
    }
}
