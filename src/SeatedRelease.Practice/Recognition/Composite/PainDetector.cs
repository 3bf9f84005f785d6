using SeatedRelease.Practice.Safety;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// The safety words the engine hears before the recognizer, read by the recognizer too, so a red flag is pain wherever it
/// is said: the red flags of <c>dialogs/safety.yaml</c> (numbness, tingling, shooting, dizziness, a pop...) and, at the
/// pain-kind prompt, a score out of ten. It only ever escalates the rules' answer: a red flag said plainly about the
/// listener now is pain (sharp at the pain-kind prompt) whatever the rules read; one negated, hedged, asked about,
/// supposed, about another time ("no tingling", "I used to get numbness", "what if I feel dizzy") or said of someone
/// else in its clause ("my wife gets dizzy") leaves the rules' answer as it was.
/// </summary>
public sealed class PainDetector
{
    private readonly SafetyRules _safety;
    private readonly Func<string, bool> _someoneElse;
    private readonly Func<string, bool> _listeners;
    private readonly Func<string, bool> _bodyPart;

    /// <summary>
    /// Builds the detector from the safety words and the lexicon's tests for a word naming someone else ("wife", "he"),
    /// a word of the listener ("knee", "ache", "i", "leg") and a part of the body ("knee").
    /// </summary>
    public PainDetector(SafetyRules safety, Func<string, bool> someoneElse, Func<string, bool>? listeners = null, Func<string, bool>? bodyPart = null)
    {
        _safety = safety;
        _someoneElse = someoneElse;
        _listeners = listeners ?? (_ => false);
        _bodyPart = bodyPart ?? (_ => false);
    }

    /// <summary>No safety words: the rules' answer always stands.</summary>
    public static PainDetector None { get; } = new(SafetyRules.None, _ => false);

    /// <summary>
    /// The rules' answer, escalated when the utterance reports a red flag; at the pain-kind prompt, the kind as the one
    /// reader of it (<see cref="PainKindReader"/>) reads it, over any answer of the pain family or unknown. A command or
    /// a question the rules heard there stands.
    /// </summary>
    public Recognition Escalate(PromptContext context, Recognition ruled, string utterance)
    {
        var words = Words.Of(utterance);
        if (context != PromptContext.PainKind)
        {
            return ruled.Intent != Intent.Sharp && HeardRedFlag(words) ? new Recognition(Intent.Pain) : ruled;
        }
        if (HeardRedFlag(words))
        {
            return new Recognition(Intent.Sharp);
        }
        if (ruled.Intent is not (Intent.Unknown or Intent.Pain or Intent.MaybePain or Intent.Sharp or Intent.Mild))
        {
            return ruled;
        }
        // Asked, not answered ("what counts as sharp", "does a cramp count as sharp", "should I see a doctor"): the kind
        // words in a question are its subject. The bot answers or asks the kind again; a red flag was heard above.
        if (AsksFirst(words))
        {
            return new Recognition(Intent.Question);
        }
        return _safety.PainKind.KindOf(words, ruled.Intent) switch
        {
            Intent.Sharp => new Recognition(Intent.Sharp),
            Intent.Mild => new Recognition(Intent.Mild),
            // Unclear: never mild. Left unknown, it waits for the classifier (a "which one do I pick" may be help).
            Intent.Pain when ruled.Intent != Intent.Unknown => new Recognition(Intent.Pain),
            _ => ruled,
        };
    }

    // A question opener first with its subject after it: a question word ("what counts as sharp", "how do I know"), or a
    // verb followed by a subject ("is it normal", "does a cramp count", "should I see a doctor"). Not a statement whose
    // "it" was left out ("is big pain", "is like cutting", "could be worse", "might've been the floor"), not denied
    // ("can't describe it" tells), not an exclamation ("what a pain this is"), and more than a clipped "is light".
    // In the corpora, answers at the kind prompt that open with a verb and no subject after it are statements 16 times
    // in 18 ("is like knife", "is very strong pain"); "is pain normal" and "is tightness normal" are the two questions.
    private bool AsksFirst(Words words) =>
        words.Tokens.Count >= 3 && OpensWithQuestion(words)
        && (QuestionWords.Contains(words.Tokens[0]) || words.EndsWithQuestionMark || PhraseList.IsQuestionSubject(words.Tokens[1]))
        && !(words.Tokens[0] == "what" && words.Tokens[1] is "a" or "an")
        && !_safety.Negators.All(words).Any(m => m.Start == 1);

    private static readonly HashSet<string> QuestionWords = ["what", "why", "how", "when", "which", "who", "where"];

    private bool OpensWithQuestion(Words words) => _safety.QuestionOpeners.All(words).Any(m => m.Start == 0);

    /// <summary>
    /// The last word on the final answer: at the pain-kind prompt, an answer nothing else understood that says the kind
    /// cannot be told ("hard to say", "somewhere in between") is pain, so the bot asks again.
    /// </summary>
    public Recognition Settle(PromptContext context, Recognition answer, string utterance) =>
        context == PromptContext.PainKind && answer.Intent == Intent.Unknown
        && _safety.PainKind.Read(Words.Of(utterance)).Reading == PainKindReading.Unclear
            ? new Recognition(Intent.Pain)
            : answer;

    /// <summary>Whether the pain-kind reader finds nothing about the kind in the words: no kind word, red flag, score or
    /// "I can't tell".</summary>
    public bool FindsNoKind(string utterance) => _safety.PainKind.Read(Words.Of(utterance)).Reading == PainKindReading.None;

    /// <summary>
    /// The utterance without the parts that speak of pain but not of the listener's body now: a figure of speech
    /// ("a pain to set up"), a clause about a time that is over ("my knee hurt last year") unless it goes on, and a clause
    /// whose subject is someone else ("my husband has sciatica"). Null when there is none, at the pain-kind prompt, or
    /// when a red flag is said plainly. The caller reads what is left again, so a pain said beside a frame still counts.
    /// </summary>
    public FramedOut? WithoutFrames(PromptContext context, string utterance) => Without(context, utterance, Frame.Idiom | Frame.OverTime | Frame.SomeoneElse);

    /// <summary>
    /// The utterance without the clauses whose subject is someone else ("my brother had sciatica"), for a yes: a
    /// condition of the listener's past is still theirs to tell, but someone else's is not an answer about the listener.
    /// Null when there is none, at the pain-kind prompt, or when a red flag is said plainly.
    /// </summary>
    public string? WithoutSomeoneElse(PromptContext context, string utterance) => Without(context, utterance, Frame.SomeoneElse)?.Rest;

    /// <summary>
    /// The utterance without its clauses about a thing, not the listener ("the soup's burning", "this deadline is killing
    /// me"; see <c>thingDeterminers</c> in safety.yaml). Null when there is none, at the pain-kind prompt, or when a red
    /// flag is said plainly. A name the lists do not know may be the listener's ("my hammy's burning"), so the caller
    /// drops these clauses only when the classifier does not hear pain, and reads what is left again.
    /// </summary>
    public FramedOut? WithoutThings(PromptContext context, string utterance) => Without(context, utterance, Frame.Thing);

    /// <summary>What is left of an utterance once its framed clauses are taken out.</summary>
    /// <param name="Rest">The words left, clauses joined by commas; empty when every clause was framed.</param>
    /// <param name="Ask">
    /// Whether what was taken out may still be the listener's pain, so the caller asks rather than drops it: a red flag
    /// said of someone else (a carer may speak for the listener: "he says his leg's gone numb"), or a thing's clause that
    /// opens with the listener's own word (<c>ownDeterminers</c>: "my piriformis is on fire", a part of the body the lists
    /// do not know).
    /// </param>
    public sealed record FramedOut(string Rest, bool Ask);

    [Flags]
    private enum Frame
    {
        Idiom = 1,
        OverTime = 2,
        SomeoneElse = 4,
        Thing = 8,
    }

    private FramedOut? Without(PromptContext context, string utterance, Frame frames)
    {
        if (context == PromptContext.PainKind)
        {
            return null;
        }
        var words = Words.Of(utterance);
        var flag = _safety.FindRedFlag(words);
        if (words.Tokens.Count == 0 || (flag is { Where.Certain: true } certain && SaidOfTheListener(words, certain)))
        {
            return null;
        }
        // A red flag said certainly but not of the listener was said of someone else.
        bool ask = flag is { Where.Certain: true };
        var t = words.Tokens;
        var framed = new bool[t.Count];
        if (frames.HasFlag(Frame.Idiom))
        {
            foreach (var (_, start, end) in _safety.PainIdioms.All(words))
            {
                for (int i = start; i < end; i++) framed[i] = true;
            }
        }
        var over = frames.HasFlag(Frame.OverTime) ? _safety.OverTime.All(words).Select(m => words.Clauses[m.Start]).ToHashSet() : [];
        var going = frames.HasFlag(Frame.OverTime) ? _safety.StillGoing.All(words).Select(m => words.Clauses[m.Start]).ToHashSet() : [];
        var things = frames.HasFlag(Frame.Thing) ? new ThingWords(_safety, words) : null;
        for (int first = 0; first < t.Count;)
        {
            int end = first;
            while (end < t.Count && words.Clauses[end] == words.Clauses[first]) end++;
            int clause = words.Clauses[first];
            bool thing = false, ownThing = false;
            if ((over.Contains(clause) && !going.Contains(clause)) || (frames.HasFlag(Frame.SomeoneElse) && AboutSomeoneElse(words, first, end))
                || (thing = things is not null && AboutAThing(words, first, end, things, out ownThing)))
            {
                for (int i = first; i < end; i++) framed[i] = true;
                ask |= thing && ownThing;
            }
            first = end;
        }
        if (!framed.Contains(true))
        {
            return null;
        }
        var rest = new System.Text.StringBuilder();
        for (int i = 0; i < t.Count; i++)
        {
            if (framed[i]) continue;
            if (rest.Length > 0) rest.Append(i > 0 && words.Clauses[i] != words.Clauses[i - 1] ? ", " : " ");
            rest.Append(t[i]);
        }
        return new FramedOut(rest.ToString(), ask);
    }

    // The clause's subject, within its first words, is someone else, and the listener is not named after it
    // ("my husband has sciatica", "the dog was whining"; not "my wife says my knee hurts"). "not me" names no one.
    private bool AboutSomeoneElse(Words words, int first, int end)
    {
        int subject = -1;
        for (int i = first; i < end && i <= first + SubjectReach; i++)
        {
            if (_safety.OtherPeople.All(words).Any(m => m.Start == i))
            {
                subject = i;
                break;
            }
        }
        if (subject < 0)
        {
            return false;
        }
        for (int i = subject + 1; i < end; i++)
        {
            if (Listener.Contains(words.Tokens[i]) && !(words.Tokens[i] == "me" && words.Tokens[i - 1] == "not"))
            {
                return false;
            }
        }
        return true;
    }

    private const int SubjectReach = 2;

    // A thing's name before its verb is one or two words ("the soup", "the kettle whistle").
    private const int ThingReach = 2;

    // Determiner, a thing's name that is nothing of the listener's, a verb; no part of the body after it in the clause.
    private bool AboutAThing(Words words, int first, int end, ThingWords things, out bool own)
    {
        int opener = first;
        while (opener < end && things.Interjection.Contains(opener)) opener++;
        own = opener < end && things.Own.Contains(opener);
        if (opener >= end || !(own || things.Determiner.Contains(opener))) return false;
        int verb = -1;
        for (int i = opener + 1; i < end && i <= opener + ThingReach + 1; i++)
        {
            if (things.Verb.Contains(i))
            {
                verb = i;
                break;
            }
        }
        if (verb < opener + 2) return false;
        for (int i = opener + 1; i < verb; i++)
        {
            if (things.Listeners.Contains(i) || _listeners(words.Tokens[i])) return false;
        }
        for (int i = verb + 1; i < end; i++)
        {
            if (_bodyPart(words.Tokens[i])) return false;
        }
        return true;
    }

    // Where in the utterance the thing-frame's words stand, found once for all its clauses.
    private sealed class ThingWords(SafetyRules safety, Words words)
    {
        public HashSet<int> Determiner { get; } = OneWord(safety.ThingDeterminers, words);

        public HashSet<int> Own { get; } = OneWord(safety.OwnDeterminers, words);

        public HashSet<int> Interjection { get; } = OneWord(safety.Interjections, words);

        public HashSet<int> Verb { get; } = OneWord(safety.ThingVerbs, words);

        // A word of the practice or any word of feeling the safety lists hold is the listener's, never only a thing. Found
        // only for an utterance with a clause that opens like one about a thing: most pain reports have none.
        public HashSet<int> Listeners => _listeners ??= Covered(words, [safety.PracticeThings, safety.PainWords, safety.MoreThanMild, safety.Mild, safety.Stretch,
            safety.Sensations, .. safety.RedFlags.Select(k => k.Words)]);

        private HashSet<int>? _listeners;

        private static HashSet<int> OneWord(PhraseList list, Words words) => list.All(words).Where(m => m.End == m.Start + 1).Select(m => m.Start).ToHashSet();

        private static HashSet<int> Covered(Words words, IEnumerable<PhraseList> lists) =>
            lists.SelectMany(l => l.All(words)).SelectMany(m => Enumerable.Range(m.Start, m.End - m.Start)).ToHashSet();
    }

    private static readonly HashSet<string> Listener = ["i", "me", "my", "myself", "mine"];

    /// <summary>
    /// Whether words of pain are said and every one of them is taken back by a negation in its clause ("it isn't sore",
    /// "I'm not in pain", "no numbness"): the listener said what does not hurt.
    /// </summary>
    public bool TakesBackPain(string utterance)
    {
        var words = Words.Of(utterance);
        IEnumerable<PhraseList> lists = [_safety.PainWords, _safety.MoreThanMild, _safety.Mild, .. _safety.RedFlags.Select(k => k.Words)];
        var said = false;
        foreach (var list in lists)
        {
            if (!list.Mentions(words)) continue;
            if (list.Find(words, _safety.Negation, PhraseList.Empty, PhraseList.Empty) is not null) return false;
            said = true;
        }
        return said;
    }

    /// <summary>
    /// Whether the engine reads a maybe-pain in these words further than asking whether it hurts: a stretch felt is taught
    /// as the edge, a question about a condition the seed cautions about gets the caution.
    /// </summary>
    public bool EngineReadsFurther(string utterance)
    {
        var words = Words.Of(utterance);
        return _safety.FeelsStretch(words) || _safety.AsksAboutCautionCondition(words);
    }

    /// <summary>
    /// Whether any word of feeling is said, negated or not: a red flag, a word of pain, of its kind or degree, a stretch, a
    /// condition the seed cautions about, or a word of <c>sensations</c> ("felt", "strange").
    /// </summary>
    public bool NamesSensation(string utterance)
    {
        var words = Words.Of(utterance);
        return _safety.RedFlags.Any(k => k.Words.Mentions(words))
            || _safety.PainWords.Mentions(words) || _safety.MoreThanMild.Mentions(words) || _safety.Mild.Mentions(words)
            || _safety.Stretch.Mentions(words) || _safety.CautionConditions.Mentions(words) || _safety.Sensations.Mentions(words);
    }

    /// <summary>
    /// Whether the safety words bar taking a classifier's ready or yes: any word of feeling (see
    /// <see cref="NamesSensation"/>), a negator, a hedge (<c>unsure</c>), another time or a supposition (<c>notNow</c>),
    /// someone else (<c>otherPeople</c>), or a question (a question mark, or a question opener first).
    /// </summary>
    public bool BarsProposal(string utterance)
    {
        var words = Words.Of(utterance);
        return words.Tokens.Count == 0 || words.EndsWithQuestionMark || NamesSensation(utterance)
            || _safety.Negators.Mentions(words) || _safety.Unsure.Mentions(words) || _safety.NotNow.Mentions(words)
            || _safety.OtherPeople.Mentions(words) || OpensWithQuestion(words);
    }

    /// <summary>A red flag said plainly about the listener now.</summary>
    public bool HeardRedFlag(Words words) =>
        _safety.FindRedFlag(words) is { Where.Certain: true } flag && SaidOfTheListener(words, flag);

    private bool SaidOfTheListener(Words words, (RedFlagKind Kind, Spotted Where) flag)
    {
        foreach (var (text, start, _) in flag.Kind.Words.All(words))
        {
            if (text == flag.Where.Phrase && !SaidOfSomeoneElse(words, start))
            {
                return true;
            }
        }
        return false;
    }

    private bool SaidOfSomeoneElse(Words words, int start)
    {
        for (int i = start - 1; i >= 0 && words.Clauses[i] == words.Clauses[start]; i--)
        {
            if (_someoneElse(words.Tokens[i]))
            {
                return true;
            }
        }
        return false;
    }
}
