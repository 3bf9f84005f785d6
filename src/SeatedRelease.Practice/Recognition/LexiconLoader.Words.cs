namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The lexicon sections whose words carry a role that other sections must agree with: contractions, cries and
/// sensations (never an answer), states beside pain, hesitations, back-channels, the frame of a question about
/// conditions, pairs of phrase lists, and the things said before.
/// </summary>
internal sealed partial class LexiconLoader
{
    private void ReadContractions(Dictionary<Entry, Entry> contractions)
    {
        foreach (var (key, value) in contractions)
        {
            var fromWords = TextScanner.SplitWords(key.Text, out _);
            var toWords = TextScanner.SplitWords(value?.Text ?? "", out bool boundary);
            if (fromWords.Count != 1)
            {
                Problem(key.Line, $"contractions: '{key.Text}' must be a single word");
            }
            else if (toWords.Count == 0 || boundary || toWords.Count > fromWords[0].Length)
            {
                Problem(value?.Line ?? key.Line, $"contractions: '{key.Text}' must expand to between one and {fromWords[0].Length} plain words");
            }
            else if (!_contractions.TryAdd(fromWords[0], toWords.Select(WordId).ToArray()))
            {
                Problem(key.Line, $"contractions: '{key.Text}' is listed twice");
            }
        }
    }

    // Apostrophes are dropped before matching, so "my back's sore" arrives as "backs": mark that form too.
    private void MarkPossessives(List<Entry> entries, string where, WordFlags flag)
    {
        foreach (var entry in entries.Where(e => !e.Text.EndsWith('s')))
        {
            if (Words(entry with { Text = entry.Text + "s" }, where) is [var word])
            {
                _flags[word] = _flags.GetValueOrDefault(word) | flag;
            }
        }
    }

    private void CheckPainWordsAreNotIgnored()
    {
        var painWords = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.Pain).SelectMany(p => p.Tokens));
        foreach (var removable in _removables.Where(r => r.Tokens is [var only] && painWords.Contains(only)))
        {
            Problem(removable.Line, $"'{removable.Text}' is a pain word and cannot be a filler or polite wrapper");
        }
        foreach (var (id, flags) in _flags)
        {
            if ((flags & (WordFlags.NegationSkip | WordFlags.Negator)) != 0 && painWords.Contains(id) && _phrases.Any(p => p.Intent == Intent.Pain && p.Tokens is [var only] && only == id))
            {
                Problem(_flagLines[id], $"negation: '{WordText(id)}' is a pain word on its own and cannot also be a negation word");
            }
        }
    }

    private void ReadCries(CriesSection cries)
    {
        var answers = AnswerWords();
        foreach (var (name, entries) in new[] { ("pain", cries.Pain), ("maybe-pain", cries.MaybePain), ("prefixes", cries.Prefixes), ("suffixes", cries.Suffixes) })
        {
            foreach (var entry in entries.Where(e => IsLetters(e, $"cries.{name}")))
            {
                if (name == "prefixes")
                {
                    _cryPrefixes.Add(entry.Text);
                }
                else if (name == "suffixes")
                {
                    _crySuffixes.Add(entry.Text);
                }
                else if (_words.TryGetValue(entry.Text, out int id) && answers.Contains(id))
                {
                    Problem(entry.Line, $"cries.{name}: '{entry.Text}' is a phrase word of another label; a cry must never stand for an answer such as ready");
                }
                else
                {
                    _cryCores.Add((entry.Text, name == "pain" ? CryKind.Pain : CryKind.Maybe));
                }
            }
        }
    }

    // Each sensation is a stem; its usual forms count too ("zap": zaps, zapped, zapping, zappy), because people
    // describe a feeling with whatever form the sentence needs, and listing every form is how the lists fell short.
    private void ReadSensations(SensationsSection sensations)
    {
        var answers = AnswerWords();
        var ignored = new HashSet<int>(_removables.Where(r => r.Tokens.Length == 1).Select(r => r.Tokens[0]));
        const WordFlags negation = WordFlags.Negator | WordFlags.NegationSkip | WordFlags.AfterNegator | WordFlags.Subject | WordFlags.Hypothetical;
        ignored.UnionWith(_flags.Where(f => (f.Value & negation) != 0).Select(f => f.Key));
        foreach (var (name, flag, entries) in new[] { ("sharp", WordFlags.SharpSensation, sensations.Sharp), ("dull", WordFlags.DullSensation, sensations.Dull), ("maybe", WordFlags.MaybeSensation, sensations.Maybe) })
        {
            foreach (var entry in entries.Where(e => IsLetters(e, $"sensations.{name}")))
            {
                foreach (string form in Forms(entry.Text))
                {
                    if (_words.TryGetValue(form, out int id) && (answers.Contains(id) || ignored.Contains(id) || _contractions.ContainsKey(form)))
                    {
                        // A made-up form that happens to be a word with another role ("pins" is fine, "done" would not be) is left alone.
                        if (form == entry.Text)
                        {
                            Problem(entry.Line, $"sensations.{name}: '{entry.Text}' already means something else (an answer, a filler or a negation word)");
                        }
                        continue;
                    }
                    Mark(WordId(form), flag, entry.Line);
                }
            }
        }
    }

    private bool IsLetters(Entry entry, string where)
    {
        bool letters = entry.Text.Length > 0 && entry.Text.All(c => c is >= 'a' and <= 'z');
        if (!letters)
        {
            Problem(entry.Line, $"{where}: '{entry.Text}' must be one word of lower-case letters a to z");
        }
        return letters;
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

    private void ReadHesitations(List<Entry> entries)
    {
        var fillers = new HashSet<int>(_removables.Where(r => r.Tokens.Length == 1).Select(r => r.Tokens[0]));
        foreach (var entry in entries)
        {
            var words = Words(entry, "hesitations");
            if (words.Length != 1)
            {
                Problem(entry.Line, $"hesitations: '{entry.Text}' must be one word");
            }
            // Hesitation is noticed when a filler is dropped; a word that is not a filler would never be noticed.
            else if (!fillers.Contains(words[0]))
            {
                Problem(entry.Line, $"hesitations: '{entry.Text}' must also be listed under fillers");
            }
            else
            {
                Mark(words[0], WordFlags.Hesitation, entry.Line);
            }
        }
    }

    private void ReadBackchannels(List<Entry> entries)
    {
        foreach (var entry in entries)
        {
            var words = Words(entry, "backchannels");
            if (words.Length > 0 && !_phrases.Any(p => p.Tokens.AsSpan().SequenceEqual(words)))
            {
                Problem(entry.Line, $"backchannels: '{entry.Text}' is not a phrase of any intent, so there is no answer to hold back");
            }
            else if (words.Length > 0)
            {
                _backchannels.Add(words);
            }
        }
    }

    private ConditionQuestion ReadConditionQuestion(ConditionQuestionsSection? section, HashSet<string> topicIds)
    {
        if (section is null)
        {
            return ConditionQuestion.None;
        }
        MarkAll(section.Listener, "condition_questions.listener", WordFlags.Listener);
        string topic = section.Topic?.Text ?? "";
        if (!topicIds.Contains(topic))
        {
            Problem(section.Topic?.Line ?? section.Line, $"condition_questions.topic: '{topic}' is not an id under 'topics'");
        }
        var slots = new[] { ("openers", section.Openers), ("subjects", section.Subjects), ("verbs", section.Verbs), ("prepositions", section.Prepositions) }
            .Select(slot =>
            {
                var sequences = Sequences(slot.Item2, $"condition_questions.{slot.Item1}");
                if (sequences.Length == 0)
                {
                    Problem(section.Line, $"condition_questions.{slot.Item1}: must list at least one word");
                }
                return sequences;
            })
            .ToArray();
        return new ConditionQuestion(topic, slots[0], slots[1], slots[2], slots[3]);
    }

    /// <summary>Two phrase lists that count together only when one of the first is followed by one of the second.</summary>
    private static MovingOn InOrder((int[][] First, int[][] Second)? pair) =>
        pair is var (first, second) ? new MovingOn(first, second) : MovingOn.None;

    /// <summary>Two phrase lists, both required; null (with the problem named) when either is empty.</summary>
    private (int[][] First, int[][] Second)? Pair(Section section, string where, (string Name, List<Entry> Entries) first, (string Name, List<Entry> Entries) second)
    {
        var firstWords = Sequences(first.Entries, $"{where}.{first.Name}");
        var secondWords = Sequences(second.Entries, $"{where}.{second.Name}");
        if (firstWords.Length == 0 || secondWords.Length == 0)
        {
            Problem(section.Line, $"{where}: needs both {first.Name} and {second.Name} phrases");
            return null;
        }
        return (firstWords, secondWords);
    }

    /// <summary>
    /// "the kids are screaming", "the toast is burning": what a pain word names that someone or something else in the
    /// room may do, and the words for those others. A noise must be a word of a pain phrase, or the rule would mean nothing.
    /// </summary>
    private void ReadSomeoneElse(SomeoneElseSection section)
    {
        var painWords = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.Pain).SelectMany(p => p.Tokens));
        MarkAll(section.Noises, "someone_else.noises", WordFlags.Noise);
        foreach (var entry in section.Noises)
        {
            if (Words(entry, "someone_else.noises") is [var word] && !painWords.Contains(word))
            {
                Problem(entry.Line, $"someone_else.noises: '{entry.Text}' is no pain word, so there is nothing for it to hold back");
            }
        }
        MarkAll(section.Others, "someone_else.others", WordFlags.Other);
        MarkAll(section.Things, "someone_else.things", WordFlags.Other);
    }

    /// <summary>
    /// A mild state must be a word of a maybe-pain phrase, or it would never be met, and never a word of a pain phrase:
    /// a pain word beside a change of pace is still pain.
    /// </summary>
    private void ReadMildStates(List<Entry> entries)
    {
        var maybe = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.MaybePain && p.Tokens.Length == 1).Select(p => p.Tokens[0]));
        var pain = new HashSet<int>(_phrases.Where(p => p.Intent is Intent.Pain).SelectMany(p => p.Tokens));
        foreach (var entry in entries)
        {
            var words = Words(entry, "mild_states");
            string? problem = words.Length != 1 ? "must be one word"
                : pain.Contains(words[0]) ? "is a pain word; pain beside a change of pace is still pain"
                : !maybe.Contains(words[0]) ? "is not a one-word maybe-pain phrase"
                : null;
            if (problem is null)
            {
                Mark(words[0], WordFlags.MildState, entry.Line);
            }
            else
            {
                Problem(entry.Line, $"mild_states: '{entry.Text}' {problem}");
            }
        }
    }

    /// <summary>
    /// A list of single words that must not already be pain or maybe-pain words: an autocorrected form that were one would
    /// be read twice, and a plain state that were one ("cold" beside "my feet") would silence a pain report.
    /// </summary>
    private void MarkOutsidePain(List<Entry> entries, string where, WordFlags flag)
    {
        var painFamily = new HashSet<int>(_phrases.Where(p => p.Intent is Intent.Pain or Intent.MaybePain).SelectMany(p => p.Tokens));
        foreach (var entry in entries)
        {
            var words = Words(entry, where);
            if (words.Length != 1)
            {
                Problem(entry.Line, $"{where}: '{entry.Text}' must be one word");
            }
            else if (painFamily.Contains(words[0]) || (_flags.GetValueOrDefault(words[0]) & WordFlags.Sensation) != 0)
            {
                Problem(entry.Line, $"{where}: '{entry.Text}' is already a pain, maybe-pain or sensation word");
            }
            else
            {
                Mark(words[0], flag, entry.Line);
            }
        }
    }

    private void ReadSaidBefore(SaidBeforeSection section)
    {
        var helpWords = new HashSet<int>(_phrases.Where(p => p.Intent == Intent.Help).SelectMany(p => p.Tokens));
        MarkAll(section.Things, "said_before.things", WordFlags.SaidThing);
        // A thing that no help phrase names would never be asked for again: the entry would do nothing.
        foreach (var entry in section.Things)
        {
            if (Words(entry, "said_before.things") is [var word] && !helpWords.Contains(word))
            {
                Problem(entry.Line, $"said_before.things: '{entry.Text}' is not a word of any help phrase");
            }
        }
        MarkAll(section.Recall, "said_before.recall", WordFlags.Recall);
    }
}
