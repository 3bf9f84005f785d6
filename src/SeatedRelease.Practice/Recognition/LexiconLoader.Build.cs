namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Turns the checked words and phrases into the lookup tables of a <see cref="Lexicon"/>: one phrase table per
/// context, word roles by id, and the typo index.
/// </summary>
internal sealed partial class LexiconLoader
{
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

    // "instructions", "my options": a help phrase that names only what the bot said, so asking for it again is a repeat.
    private bool NamesSaidThing(RawPhrase raw) =>
        raw.Intent == Intent.Help
        && raw.Tokens.Any(t => (_flags.GetValueOrDefault(t) & WordFlags.SaidThing) != 0)
        && raw.Tokens.All(t => (_flags.GetValueOrDefault(t) & (WordFlags.SaidThing | WordFlags.Determiner)) != 0);
}
