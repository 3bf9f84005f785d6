using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The lexicon sections that describe sentence structure rather than phrases: determiners, hesitation sounds,
/// back-channels, phrasal verbs, the frame of a question about conditions, and each context's explicit answers.
/// </summary>
internal sealed partial class LexiconLoader
{
    private readonly List<int[]> _backchannels = [];
    private readonly HashSet<int> _particles = [];

    private void ReadDeterminers(YamlNode? node) => MarkAll(node, "determiners", WordFlags.Determiner);

    private void ReadHesitations(YamlNode? node)
    {
        var fillers = new HashSet<int>(_removables.Where(r => r.Tokens.Length == 1).Select(r => r.Tokens[0]));
        foreach (var (text, line) in Scalars(node, "hesitations"))
        {
            var words = Words(text, line, "hesitations");
            if (words.Length != 1)
            {
                Problem(line, $"hesitations: '{text}' must be one word");
                continue;
            }
            // Hesitation is noticed when a filler is dropped; a word that is not a filler would never be noticed.
            if (!fillers.Contains(words[0]))
            {
                Problem(line, $"hesitations: '{text}' must also be listed under fillers");
                continue;
            }
            _flags[words[0]] = _flags.GetValueOrDefault(words[0]) | WordFlags.Hesitation;
            _flagLines[words[0]] = line;
        }
    }

    private void ReadBackchannels(YamlNode? node)
    {
        foreach (var (text, line) in Scalars(node, "backchannels"))
        {
            var words = Words(text, line, "backchannels");
            if (words.Length == 0)
            {
                continue;
            }
            if (!_phrases.Any(p => p.Tokens.AsSpan().SequenceEqual(words)))
            {
                Problem(line, $"backchannels: '{text}' is not a phrase of any intent, so there is no answer to hold back");
                continue;
            }
            _backchannels.Add(words);
        }
    }

    private void ReadPhrasal(YamlNode? node)
    {
        if (node is null)
        {
            return;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "phrasal: expected a mapping with particles and objects");
            return;
        }
        foreach (var (key, value) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name == "objects")
            {
                MarkAll(value, "phrasal.objects", WordFlags.PhrasalObject);
            }
            else if (name == "particles")
            {
                MarkAll(value, "phrasal.particles", WordFlags.Particle);
                foreach (var (text, line) in Scalars(value, "phrasal.particles"))
                {
                    var words = Words(text, line, "phrasal.particles");
                    if (words.Length != 1)
                    {
                        Problem(line, $"phrasal.particles: '{text}' must be one word");
                        continue;
                    }
                    _particles.Add(words[0]);
                }
            }
            else
            {
                Problem(key, $"phrasal: unknown key '{name}' (expected particles, objects)");
            }
        }
    }

    private ConditionQuestion ReadConditionQuestion(YamlNode? node, HashSet<string> topicIds)
    {
        if (node is null)
        {
            return ConditionQuestion.None;
        }
        if (node is not YamlMappingNode map)
        {
            Problem(node, "condition_questions: expected a mapping with topic, openers, subjects, verbs, prepositions");
            return ConditionQuestion.None;
        }
        string[] slots = ["openers", "subjects", "verbs", "prepositions"];
        foreach (var (key, _) in map.Children)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (name is not ("topic" or "listener") && !slots.Contains(name))
            {
                Problem(key, $"condition_questions: unknown key '{name}' (expected topic, {string.Join(", ", slots)}, listener)");
            }
        }
        MarkAll(Child(map, "listener"), "condition_questions.listener", WordFlags.Listener);
        string topic = (Child(map, "topic") as YamlScalarNode)?.Value ?? "";
        if (!topicIds.Contains(topic))
        {
            Problem(Child(map, "topic") ?? map, $"condition_questions.topic: '{topic}' is not an id under 'topics'");
        }
        var sequences = new int[slots.Length][][];
        for (int i = 0; i < slots.Length; i++)
        {
            var list = new List<int[]>();
            foreach (var (text, line) in Scalars(Child(map, slots[i]), $"condition_questions.{slots[i]}"))
            {
                var words = Words(text, line, $"condition_questions.{slots[i]}");
                if (words.Length > 0)
                {
                    list.Add(words);
                }
            }
            if (list.Count == 0)
            {
                Problem(map, $"condition_questions.{slots[i]}: must list at least one word");
            }
            sequences[i] = list.ToArray();
        }
        return new ConditionQuestion(topic, sequences[0], sequences[1], sequences[2], sequences[3]);
    }

    private Intent[] ReadAnswers(string context, YamlMappingNode body, List<Intent> priority)
    {
        var answers = new List<Intent>();
        foreach (var (label, line) in Scalars(Child(body, "answers"), $"contexts.{context}.answers"))
        {
            if (!IntentByLabel.TryGetValue(label, out var intent) || !priority.Contains(intent) || intent is Intent.Pain or Intent.MaybePain)
            {
                Problem(line, $"contexts.{context}.answers: '{label}' must be a label of this context's priority list other than pain or maybe-pain");
                continue;
            }
            answers.Add(intent);
        }
        return answers.ToArray();
    }

    private bool IsBackchannel(RawPhrase raw, int[] canonical)
    {
        foreach (var words in _backchannels)
        {
            var mapped = words.Select(w => canonical[w]).ToArray();
            if (raw.Tokens.AsSpan().SequenceEqual(mapped) || (raw.Origin is { } origin && origin.Select(w => canonical[w]).SequenceEqual(mapped)))
            {
                return true;
            }
        }
        return false;
    }

    // Never for ready or yes: loosening a phrase that moves the practice on is the costly direction ("back it up").
    private bool TakesObject(RawPhrase raw) =>
        raw.Tokens.Length == 2 && _particles.Contains(raw.Tokens[1]) && raw.Intent is not (Intent.Ready or Intent.Yes);
}
