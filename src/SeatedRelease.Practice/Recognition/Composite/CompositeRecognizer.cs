using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// Rules own safety and the answers that move the practice on; the trained classifier decides the rest. In this order:
/// <list type="number">
/// <item>Normalise and match with the rules (<see cref="LexiconRecognizer"/>: tokenizer, repairs, fuzzy index, phrases).
/// Pain the rules heard only in a frame that is not the listener now (an idiom, a time that is over, someone else's
/// clause; see <see cref="PainDetector.WithoutFrames"/>) is dropped by reading what is left again, and so is a yes heard
/// only in someone else's clause (<see cref="PainDetector.WithoutSomeoneElse"/>).</item>
/// <item>Pain detector: a pain, maybe-pain, sharp or mild from the rules always stands, and a red flag of safety.yaml
/// said plainly is pain (sharp at the pain-kind prompt); at the pain-kind prompt the one pain-kind reader names the kind
/// (see <see cref="PainDetector"/>). Nothing later can lower it.</item>
/// <item>Classifier: a trusted label decides among every other answer the prompt allows, over whatever else the rules
/// read ("stop it, Rover" is nothing for the bot; "could you speak slower" is slower). It only escalates pain: its pain
/// label is maybe-pain (the bot asks), or sharp at the pain-kind prompt; never where the rules heard every word of pain
/// taken back by a negation (<see cref="PainDetector.TakesBackPain"/>).</item>
/// <item>A maybe-pain is pain when the classifier is sure of pain (<see cref="RaisesMaybePain"/>): the rules heard that pain
/// may be in play, and the labelled corpus knows when such words report it. Not when the engine reads it further than
/// asking (<see cref="EngineReadsFurther"/>). Otherwise, with no word of sensation in it (a
/// body part named in a question), it is the only pain-family answer the classifier may rename, and only to a trusted
/// label other than pain, unknown, ready or yes; see <see cref="Rename"/>.</item>
/// <item>Gate: ready and yes, the answers that move the practice on, come from the rules' phrases, with their negation,
/// question and command-word checks; the classifier may also propose one, and the rules' gate decides
/// (<see cref="ProposalGate"/>): only over an answer the rules read as unknown, only when trusted by the stricter
/// proposal numbers, and only when nothing in the words bars it. A trusted other label may take them away.</item>
/// <item>Fallback: an untrusted classifier answer leaves the rules' answer.</item>
/// <item>Last, at the pain-kind prompt, an answer still unknown that the classifier reads as pain of some kind (see
/// <see cref="DescribesPain"/>) or that says the kind cannot be told is pain (asked again); a pain whose kind the
/// pain-kind reader found no word of is mild when the classifier is sure of mild (<see cref="NamesMild"/>).</item>
/// </list>
/// </summary>
public sealed class CompositeRecognizer : IRecognizer
{
    private readonly LexiconRecognizer _rules;
    private readonly IntentClassifier _classifier;
    private readonly FallbackPolicy _fallback;
    private readonly PainDetector _pain;
    private readonly ProposalGate _gate;
    private readonly double? _painThreshold;
    private readonly double? _mildThreshold;
    private readonly HashSet<Intent> _taught;

    /// <summary>Builds the pipeline from its parts; without a pain detector the rules' own pain reading is the only one,
    /// without a gate the classifier's ready and yes are never taken, without a pain threshold a maybe-pain is never
    /// raised to pain, and without a mild threshold the classifier never names a mild pain.</summary>
    public CompositeRecognizer(LexiconRecognizer rules, IntentClassifier classifier, FallbackPolicy fallback, PainDetector? pain = null, ProposalGate? gate = null, double? painThreshold = null, double? mildThreshold = null)
    {
        _rules = rules;
        _classifier = classifier;
        _fallback = fallback;
        _pain = pain ?? PainDetector.None;
        _gate = gate ?? ProposalGate.Closed;
        _painThreshold = painThreshold;
        _mildThreshold = mildThreshold;
        _taught = classifier.Labels.Select(l => IntentLabels.TryParse(l, out var intent) ? intent : (Intent?)null).OfType<Intent>().ToHashSet();
    }

    /// <summary>The gate over the classifier's ready and yes.</summary>
    public ProposalGate Gate => _gate;

    /// <summary>The pain detector over the rules' answer.</summary>
    public PainDetector Pain => _pain;

    /// <summary>The rules part, for measuring it alone.</summary>
    public LexiconRecognizer Rules => _rules;

    /// <summary>The classifier part, for measuring it alone.</summary>
    public IntentClassifier Classifier => _classifier;

    /// <summary>The fallback numbers in use.</summary>
    public FallbackPolicy Fallback => _fallback;

    /// <inheritdoc />
    public Recognition Recognize(PromptContext context, string utterance)
    {
        var heard = _rules.Recognize(context, utterance);
        // Pain heard only in a figure of speech, a time that is over, someone else's clause or a clause about a thing: what
        // is left decides, and any pain in it still counts.
        if (IsPainFamily(heard.Intent)
            && (Unframed(context, _pain.WithoutFrames(context, utterance)) ?? Unframed(context, WithoutThingsUnlessPainHeard(context, utterance))) is { } unframed)
        {
            return unframed;
        }
        // A yes heard only in someone else's clause ("my brother had sciatica") is no answer about the listener.
        if (heard.Intent == Intent.Yes && context == PromptContext.YesNo && _pain.WithoutSomeoneElse(context, utterance) is { } own)
        {
            return ReadAgain(context, own);
        }
        return Decide(context, utterance, heard, proposals: true);
    }

    // A name the lists do not know may be the listener's ("my hammy's burning"), so a clause about a thing ("the soup's
    // burning") is taken out only when the classifier does not hear pain in the whole utterance.
    private PainDetector.FramedOut? WithoutThingsUnlessPainHeard(PromptContext context, string utterance) =>
        _pain.WithoutThings(context, utterance) is { } frame && !HearsPain(_classifier.Classify(context, utterance), _painThreshold) ? frame : null;

    // What is left once a frame is taken out, read again; null when there was no frame or what is left is still pain. A
    // frame whose words may still be the listener's pain (a red flag said of someone else, a thing of their own) is asked
    // about instead: the frame is no proof there is none.
    private Recognition? Unframed(PromptContext context, PainDetector.FramedOut? frame) =>
        frame is not null && ReadAgain(context, frame.Rest) is { } again && !IsPainFamily(again.Intent)
            ? frame.Ask ? new Recognition(Intent.MaybePain) : again
            : null;

    // What is left once a frame is taken out is not the whole utterance, so the gate takes no ready or yes from it.
    private Recognition ReadAgain(PromptContext context, string rest) =>
        rest.Length == 0 ? new Recognition(Intent.Unknown) : Decide(context, rest, _rules.Recognize(context, rest), proposals: false);

    private Recognition Decide(PromptContext context, string utterance, Recognition heard, bool proposals)
    {
        var ruled = _pain.Escalate(context, heard, utterance);
        ClassifierVerdict? verdict = null;
        Recognition answer;
        if (Settled(ruled))
        {
            if (ruled.Intent == Intent.MaybePain)
            {
                var read = _classifier.Classify(context, utterance);
                verdict = read;
                ruled = ReadMaybePain(context, utterance, ruled, read);
            }
            answer = _pain.Settle(context, ruled, utterance);
        }
        else
        {
            var read = _classifier.Classify(context, utterance);
            verdict = read;
            answer = DescribesPain(context, Propose(context, ruled, read, utterance, proposals), read, _painThreshold);
            answer = _pain.Settle(context, WithTopic(context, utterance, answer), utterance);
        }
        return NamesMild(context, answer, _pain, utterance, _mildThreshold) && SureOfMild(verdict ?? _classifier.Classify(context, utterance), _mildThreshold)
            ? new Recognition(Intent.Mild)
            : answer;
    }

    /// <summary>
    /// Whether, at the pain-kind prompt, a pain of a kind not yet known may be named mild by the classifier: the one
    /// pain-kind reader found nothing in the words (no word of a kind, no red flag, no score, no "I can't tell"), so the
    /// words are a picture the lists do not hold ("just a tugging feeling", "on the gentle side of things"). A kind the
    /// reader found always stands, so a sharp pain is never lowered; see <see cref="SureOfMild"/> for how sure.
    /// </summary>
    public static bool NamesMild(PromptContext context, Recognition answer, PainDetector pain, string utterance, double? mildThreshold) =>
        context == PromptContext.PainKind && answer.Intent == Intent.Pain && mildThreshold is not null && pain.FindsNoKind(utterance);

    /// <summary>
    /// Whether the classifier hears pain: its best label is of the pain family with at least <paramref name="painThreshold"/>
    /// (always, without a threshold, so nothing is dropped on the classifier's word alone).
    /// </summary>
    public static bool HearsPain(ClassifierVerdict verdict, double? painThreshold) =>
        painThreshold is not { } threshold || BestIsPain(verdict, threshold);

    /// <summary>Whether the classifier's best label is of the pain family with at least <paramref name="painThreshold"/> (never when it is unset).</summary>
    public static bool GoAheadHeardAsPain(ClassifierVerdict verdict, double? painThreshold) =>
        painThreshold is { } threshold && BestIsPain(verdict, threshold);

    private static bool BestIsPain(ClassifierVerdict verdict, double threshold) =>
        IntentLabels.TryParse(verdict.Best, out var kind) && IsPainFamily(kind) && verdict.BestProbability >= threshold;

    /// <summary>Whether the classifier's best label is mild with at least <paramref name="mildThreshold"/>.</summary>
    public static bool SureOfMild(ClassifierVerdict verdict, double? mildThreshold) =>
        mildThreshold is { } threshold && verdict.Best == "mild" && verdict.BestProbability >= threshold;

    /// <summary>
    /// At the pain-kind prompt, where pain is already told, an answer nothing else placed that the classifier reads as a
    /// kind of pain ("like when you sit too long") is pain of a kind not yet known: the bot asks the kind another way and
    /// then takes the safe side, rather than saying it did not understand. Never a kind itself: only the rules and the
    /// pain-kind reader name sharp or mild.
    /// </summary>
    public static Recognition DescribesPain(PromptContext context, Recognition answer, ClassifierVerdict verdict, double? painThreshold) =>
        context == PromptContext.PainKind && answer.Intent == Intent.Unknown && painThreshold is { } threshold && BestIsPain(verdict, threshold)
            ? new Recognition(Intent.Pain)
            : answer;

    private Recognition ReadMaybePain(PromptContext context, string utterance, Recognition ruled, ClassifierVerdict verdict)
    {
        if (RaisesMaybePain(verdict, _painThreshold) && !EngineReadsFurther(_rules, _pain, context, utterance)) return new Recognition(Intent.Pain);
        return _pain.NamesSensation(utterance) ? ruled : WithTopic(context, utterance, Rename(ruled, verdict, _fallback));
    }

    /// <summary>
    /// Whether the engine answers a maybe-pain in these words with more than "did you say it hurts?", so it must stay a
    /// maybe-pain: a stretch felt, a question about a cautioned condition, or a practical remark the rules read as a
    /// question with a topic ("my heel sticks"), which the engine answers unless a feeling is named.
    /// </summary>
    public static bool EngineReadsFurther(LexiconRecognizer rules, PainDetector pain, PromptContext context, string utterance) =>
        pain.EngineReadsFurther(utterance) || rules.Recognize(context, utterance + "?") is { Intent: Intent.Question, Topic: not null };

    /// <summary>
    /// Whether a maybe-pain of the rules is a pain report: the classifier's best label is pain, at least as probable as
    /// <paramref name="painThreshold"/>. Only ever raises: a maybe-pain the classifier doubts stays one (the bot asks).
    /// </summary>
    public static bool RaisesMaybePain(ClassifierVerdict verdict, double? painThreshold) =>
        painThreshold is { } threshold && verdict.Best == "pain" && verdict.BestProbability >= threshold;

    private Recognition Propose(PromptContext context, Recognition ruled, ClassifierVerdict verdict, string utterance, bool proposals)
    {
        // A label the model was never taught (an account request: "how did I do last time") is one it has no evidence
        // against, so its verdict cannot overrule it.
        var answer = ruled.Intent == Intent.Unknown || _taught.Contains(ruled.Intent) ? Combine(context, ruled, verdict, _fallback) : ruled;
        // The classifier's words carry no negation: where the rules heard pain taken back ("I'm not in pain"), their reading
        // stands over its pain.
        if (IsPainFamily(answer.Intent) && !IsPainFamily(ruled.Intent) && _pain.TakesBackPain(utterance)) answer = ruled;
        // A go-ahead the classifier hears as pain more than as anything else is asked about ("I think I've done something
        // to my back": "done" is a ready word): moving on past a pain report is the one mistake the practice must not make.
        if (answer.Intent == Intent.Ready && GoAheadHeardAsPain(verdict, _painThreshold) && !_pain.TakesBackPain(utterance)) answer = new Recognition(Intent.MaybePain);
        return proposals ? _gate.Decide(context, answer, verdict, utterance) : answer;
    }

    // A question from the classifier or the pain detector has no topic; read as a question, the rules may know it ("I
    // can't reach my foot?"), and the engine then answers it. The pain-kind prompt's phrases are the kinds, so a question
    // said there is read as at the ready prompt.
    private Recognition WithTopic(PromptContext context, string utterance, Recognition answer) =>
        answer is { Intent: Intent.Question, Topic: null }
        && _rules.Recognize(context == PromptContext.PainKind ? PromptContext.Ready : context, utterance + "?") is { Intent: Intent.Question, Topic: not null } asked
            ? asked
            : answer;

    /// <summary>
    /// A maybe-pain the rules read with no word of sensation in it (a body part named in a question, "can I keep my knee
    /// bent"; a leg named in a request): a trusted classifier label names what it is, unless that label is pain, unknown,
    /// or an answer that moves the practice on. Any other maybe-pain stands.
    /// </summary>
    public static Recognition Rename(Recognition ruled, ClassifierVerdict verdict, FallbackPolicy fallback) =>
        fallback.Trusts(verdict) && IntentLabels.TryParse(verdict.Best, out var intent)
        && intent is not (Intent.Ready or Intent.Yes or Intent.Unknown) && !IsPainFamily(intent)
            ? new Recognition(intent)
            : ruled;

    /// <summary>
    /// Whether the pain detector's answer is final, so the classifier need not run: any answer of the pain family. A
    /// maybe-pain stays one even when the classifier is sure of pain: the engine reads it further (a stretch is taught as
    /// the edge, a question about a cautioned condition gets the caution).
    /// </summary>
    public static bool Settled(Recognition ruled) => IsPainFamily(ruled.Intent);

    /// <summary>The answer from the rules' (after the pain detector) and the classifier's, as the class summary orders them.</summary>
    public static Recognition Combine(PromptContext context, Recognition ruled, ClassifierVerdict verdict, FallbackPolicy fallback)
    {
        if (IsPainFamily(ruled.Intent) || !IntentLabels.TryParse(verdict.Best, out var intent))
        {
            return ruled;
        }
        if (!fallback.Trusts(verdict))
        {
            // Words the rules could not read at all, which the classifier hears as a request: on writers the rules never saw,
            // it is the likelier to be right. A reading of the rules stands ("on a mattress" is furniture, not a mat).
            return fallback.TrustsRequest(verdict) && IsRequest(intent) && ruled.Intent == Intent.Unknown
                ? new Recognition(intent)
                : ruled;
        }
        return intent switch
        {
            Intent.Ready or Intent.Yes => ruled,
            Intent.Sharp when context == PromptContext.PainKind => new Recognition(Intent.Sharp),
            // A milder kind or plain pain at the pain-kind prompt, where pain is already known, would lower what the rules
            // left unanswered: the bot asks the kind again instead.
            _ when IsPainFamily(intent) => context == PromptContext.PainKind ? ruled : new Recognition(Intent.MaybePain),
            // The same label keeps what the rules know beside it (a question's topic).
            _ when intent == ruled.Intent => ruled,
            // A question from the classifier has no topic: the engine re-prompts as for unknown. Counted as a question in
            // evaluation, so docs/evaluation.md says so.
            _ => new Recognition(intent),
        };
    }

    /// <summary>
    /// A request (repeat, slower, faster, pause, stop, help, progress, history) or a question: an answer that reports no
    /// pain, moves the practice on past nothing (no repetition, no yes-or-no question, no surface) and erases nothing.
    /// </summary>
    public static bool IsRequest(Intent intent) => intent is Intent.Repeat or Intent.Slower or Intent.Faster or Intent.Pause or Intent.Stop
        or Intent.Help or Intent.Progress or Intent.History or Intent.Question;

    /// <summary>Pain, maybe-pain, sharp and mild: one family for recall and false pain.</summary>
    public static bool IsPainFamily(Intent intent) => intent is Intent.Pain or Intent.MaybePain or Intent.Sharp or Intent.Mild;
}
