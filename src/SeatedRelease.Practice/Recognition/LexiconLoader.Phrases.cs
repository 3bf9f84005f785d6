namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The lexicon sections that give phrases a meaning: the intents, the topics of questions (with the frames of
/// <c>advice_questions</c>), what is dropped before matching, the sound-alikes, and each context's priority.
/// </summary>
internal sealed partial class LexiconLoader
{
    private void ReadIntents(Dictionary<Entry, IntentSection> intents)
    {
        foreach (var (key, body) in intents)
        {
            if (!IntentByLabel.TryGetValue(key.Text, out var intent))
            {
                Problem(key.Line, $"intents: unknown label '{key.Text}' (expected one of: {string.Join(", ", IntentByLabel.Keys)}; questions go under 'topics')");
                continue;
            }
            if (body is null)
            {
                Problem(key.Line, $"intents.{key.Text}: expected a mapping with 'phrases' (and optionally 'alone', 'negatable', 'fuzzy')");
                continue;
            }
            string where = $"intents.{key.Text}";
            _intentOptions[intent] = (Flag(body.Negatable, $"{where}.negatable"), Flag(body.Fuzzy, $"{where}.fuzzy"), Flag(body.Command, $"{where}.command"), Flag(body.Exact, $"{where}.exact"));
            if (_intentOptions[intent] is { Fuzzy: true, Exact: true })
            {
                Problem(key.Line, $"{where}: 'fuzzy' and 'exact' contradict each other");
            }
            int before = _phrases.Count;
            AddPhrases(body.Phrases, $"{where}.phrases", intent, null, alone: false);
            AddPhrases(body.Alone, $"{where}.alone", intent, null, alone: true);
            AddPhrases(body.ClauseEnd, $"{where}.clause_end", intent, null, alone: false, clauseEnd: true);
            AddPhrases(body.UnlessAnswered, $"{where}.unless_answered", intent, null, alone: false, unlessAnswered: true);
            if (intent == Intent.Pain && _phrases.Count == before)
            {
                Problem(key.Line, "intents.pain: must list at least one phrase");
            }
        }
        if (!_intentOptions.ContainsKey(Intent.Pain))
        {
            Problem(intents.Keys.FirstOrDefault()?.Line ?? 1, "intents: 'pain' is required; the recognizer must never miss pain");
        }
    }

    private bool Flag(Entry? flag, string where)
    {
        if (flag is null or { Text: "true" or "false" })
        {
            return flag?.Text == "true";
        }
        Problem(flag.Line, $"{where}: expected true or false, found '{flag.Text}'");
        return false;
    }

    private HashSet<string> ReadTopics(Dictionary<Entry, List<Entry>> topics)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, phrases) in topics)
        {
            if (!IsTopicId(key.Text))
            {
                Problem(key.Line, $"topics: id '{key.Text}' must be lower-case letters, digits or '-'");
                continue;
            }
            ids.Add(key.Text);
            AddPhrases(phrases ?? [], $"topics.{key.Text}", Intent.Question, key.Text, alone: false);
        }
        return ids;
    }

    private static bool IsTopicId(string id) => id.Length > 0 && id.All(c => c is >= 'a' and <= 'z' or '-' or >= '0' and <= '9');

    private void AddPhrases(List<Entry> entries, string where, Intent intent, string? topic, bool alone, bool clauseEnd = false, bool unlessAnswered = false)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var tokens = Words(entry, where);
            if (tokens.Length == 0)
            {
                continue;
            }
            if (!seen.Add(string.Join(' ', tokens)))
            {
                Problem(entry.Line, $"{where}: '{entry.Text}' is listed twice");
                continue;
            }
            _phrases.Add(new RawPhrase(entry.Text, tokens, intent, topic, alone, entry.Line) { ClauseEnd = clauseEnd, UnlessAnswered = unlessAnswered });
        }
    }

    private void AddRemovable(Entry entry, string where)
    {
        var tokens = Words(entry, where);
        if (tokens.Length > 0)
        {
            _removables.Add(new RawPhrase(entry.Text, tokens, Intent.Unknown, null, false, entry.Line));
        }
    }

    private int[][] ReadAdviceQuestions(AdviceQuestionsSection? advice, HashSet<string> topicIds)
    {
        if (advice is null)
        {
            return [];
        }
        string topic = advice.Topic?.Text ?? "";
        if (!IsTopicId(topic))
        {
            Problem(advice.Topic?.Line ?? advice.Line, $"advice_questions.topic: '{topic}' must be a topic id of lower-case letters, digits or '-'");
            return [];
        }
        // The script must answer it like any other topic.
        topicIds.Add(topic);
        int before = _phrases.Count;
        AddFrames(advice.Frames, "advice_questions.frames", topic, conditional: false);
        AddFrames(advice.Conditional, "advice_questions.conditional", topic, conditional: true);
        if (_phrases.Count == before)
        {
            Problem(advice.Line, "advice_questions.frames: must list at least one frame");
        }
        var circumstances = Sequences(advice.Circumstances, "advice_questions.circumstances");
        if (circumstances.Length == 0 && _phrases.Skip(before).Any(p => p.Conditional))
        {
            Problem(advice.Line, "advice_questions.circumstances: conditional frames need at least one circumstance, or they never count");
        }
        return circumstances;
    }

    private void AddFrames(List<Entry> entries, string where, string topic, bool conditional)
    {
        int before = _phrases.Count;
        AddPhrases(entries, where, Intent.Question, topic, alone: false);
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

    private void ReadSoundAlikes(Dictionary<Entry, List<Entry>> soundAlikes)
    {
        var phraseWords = new HashSet<int>(_phrases.SelectMany(p => p.Tokens));
        foreach (var (key, variants) in soundAlikes)
        {
            string where = $"sound_alikes.{key.Text}";
            var canonical = Words(key, "sound_alikes");
            var meanings = _phrases.Where(p => p.Tokens.AsSpan().SequenceEqual(canonical)).ToList();
            if (canonical.Length == 1 ? !phraseWords.Contains(canonical[0]) : meanings.Count == 0)
            {
                Problem(key.Line, $"sound_alikes: '{key.Text}' is not a phrase of any intent or topic, so its sound-alikes would mean nothing");
                continue;
            }
            foreach (var entry in variants ?? [])
            {
                var variant = Words(entry, where);
                if (variant.Length == 0)
                {
                    continue;
                }
                if (canonical.Length == 1 && variant.Length == 1)
                {
                    // A single misheard word stands for its word everywhere, inside every phrase.
                    if (phraseWords.Contains(variant[0]) || _contractions.ContainsKey(entry.Text))
                    {
                        Problem(entry.Line, $"{where}: '{entry.Text}' is itself a phrase word; mapping it to '{key.Text}' would change what other phrases mean");
                    }
                    else if (!_aliases.TryAdd(variant[0], canonical[0]) && _aliases[variant[0]] != canonical[0])
                    {
                        Problem(entry.Line, $"{where}: '{entry.Text}' already stands for another word");
                    }
                }
                else if (canonical.Length == 1)
                {
                    // "red e", "to day": heard as several words, it is the one word wherever it stands, inside every phrase.
                    _joins.Add((variant, canonical[0], entry.Line));
                }
                else if (meanings.Count == 0)
                {
                    Problem(entry.Line, $"{where}: a phrase of several words needs '{key.Text}' itself to be a phrase");
                }
                else
                {
                    _phrases.AddRange(meanings.Select(meaning => meaning with { Text = entry.Text, Tokens = variant, Line = entry.Line, Origin = meaning.Origin ?? meaning.Tokens }));
                }
            }
        }
    }

    private Dictionary<PromptContext, (Intent[] Priority, Intent? NegatedPain, Intent[] Answers)> ReadContexts(Dictionary<Entry, ContextSection> contexts, bool haveTopics)
    {
        var result = new Dictionary<PromptContext, (Intent[], Intent?, Intent[])>();
        foreach (var (key, body) in contexts)
        {
            string name = key.Text;
            if (!ContextByName.TryGetValue(name, out var context))
            {
                Problem(key.Line, $"contexts: unknown context '{name}' (expected one of: {string.Join(", ", ContextByName.Keys)})");
                continue;
            }
            if (body?.Priority is not { } list)
            {
                Problem(body?.Line ?? key.Line, $"contexts.{name}: expected a mapping with 'priority: [pain, maybe-pain, stop, ...]'");
                continue;
            }
            var priority = new List<Intent>();
            var lines = new List<int>();
            foreach (var item in list)
            {
                Intent intent;
                if (item.Text == "question")
                {
                    intent = Intent.Question;
                    if (!haveTopics)
                    {
                        Problem(item.Line, $"contexts.{name}: 'question' needs at least one entry under 'topics'");
                    }
                }
                else if (!IntentByLabel.TryGetValue(item.Text, out intent))
                {
                    Problem(item.Line, $"contexts.{name}: unknown label '{item.Text}'");
                    continue;
                }
                else if (intent != Intent.MaybePain && !_intentOptions.ContainsKey(intent))
                {
                    Problem(item.Line, $"contexts.{name}: label '{item.Text}' has no entry under 'intents'");
                }
                if (priority.Contains(intent))
                {
                    Problem(item.Line, $"contexts.{name}: '{item.Text}' is listed twice");
                    continue;
                }
                priority.Add(intent);
                lines.Add(item.Line);
            }
            CheckSafetyOrder(name, list.FirstOrDefault()?.Line ?? body.Line, priority, lines);
            Intent? negatedPain = null;
            if (body.NegatedPain is { } negated)
            {
                if (!IntentByLabel.TryGetValue(negated.Text, out var meaning) || !priority.Contains(meaning) || meaning is Intent.Pain or Intent.MaybePain or Intent.Sharp or Intent.Ready)
                {
                    Problem(negated.Line, $"contexts.{name}.negated_pain: '{negated.Text}' must be a non-pain, non-ready label of this context's priority list");
                }
                else
                {
                    negatedPain = meaning;
                }
            }
            result[context] = (priority.ToArray(), negatedPain, ReadAnswers(name, body.Answers, priority));
        }
        foreach (var (name, context) in ContextByName)
        {
            if (!result.ContainsKey(context))
            {
                Problem(contexts.Keys.FirstOrDefault()?.Line ?? 1, $"contexts: '{name}' is missing");
            }
        }
        return result;
    }

    /// <summary>Pain outranks everything but the kinds of pain; stop comes right after the pain family.</summary>
    private void CheckSafetyOrder(string name, int listLine, List<Intent> priority, List<int> lines)
    {
        foreach (var required in new[] { Intent.Pain, Intent.MaybePain, Intent.Stop })
        {
            if (!priority.Contains(required))
            {
                Problem(listLine, $"contexts.{name}: the priority list must contain '{new Recognition(required).Label}'");
            }
        }
        int pain = priority.IndexOf(Intent.Pain);
        int stop = priority.IndexOf(Intent.Stop);
        for (int i = 0; i < priority.Count; i++)
        {
            bool painFamily = priority[i] is Intent.Sharp or Intent.Mild or Intent.Pain or Intent.MaybePain;
            if (pain >= 0 && i < pain && priority[i] is not (Intent.Sharp or Intent.Mild))
            {
                Problem(lines[i], $"contexts.{name}: '{new Recognition(priority[i]).Label}' cannot outrank pain");
            }
            if (stop >= 0 && i < stop && !painFamily)
            {
                Problem(lines[i], $"contexts.{name}: '{new Recognition(priority[i]).Label}' cannot outrank stop");
            }
        }
    }

    private Intent[] ReadAnswers(string context, List<Entry> answers, List<Intent> priority)
    {
        var result = new List<Intent>();
        foreach (var entry in answers)
        {
            if (!IntentByLabel.TryGetValue(entry.Text, out var intent) || !priority.Contains(intent) || intent is Intent.Pain or Intent.MaybePain)
            {
                Problem(entry.Line, $"contexts.{context}.answers: '{entry.Text}' must be a label of this context's priority list other than pain or maybe-pain");
                continue;
            }
            result.Add(intent);
        }
        return result.ToArray();
    }
}
