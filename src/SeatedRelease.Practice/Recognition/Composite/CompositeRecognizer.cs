using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// Rules first, where a miss is costly; the trained classifier for the long tail. In this order:
/// <list type="number">
/// <item>Normalise and match with the rules (<see cref="LexiconRecognizer"/>: tokenizer, repairs, fuzzy index, phrases).</item>
/// <item>Pain detector: a pain, maybe-pain, sharp or mild from the rules always stands, and a red flag of safety.yaml
/// said plainly is pain (sharp at the pain-kind prompt); see <see cref="PainDetector"/>. Nothing later can lower it.</item>
/// <item>Gate: ready and yes (the answers that move the practice on) come only from the rules, with their negation,
/// question and command-word checks. Any other answer the rules understood stands too.</item>
/// <item>Classifier: for what the rules left unknown, any label the prompt allows, taken only when the fallback policy
/// trusts it. A label of the pain family from it only escalates: maybe-pain (the bot asks), or sharp at the pain-kind
/// prompt. Ready or yes from it alone is never taken.</item>
/// <item>Fallback: an untrusted or refused classifier answer leaves the rules' answer, which is unknown when the rules
/// found nothing.</item>
/// </list>
/// </summary>
public sealed class CompositeRecognizer : IRecognizer
{
    private readonly LexiconRecognizer _rules;
    private readonly IntentClassifier _classifier;
    private readonly FallbackPolicy _fallback;
    private readonly PainDetector _pain;

    /// <summary>Builds the pipeline from its parts; without a pain detector the rules' own pain reading is the only one.</summary>
    public CompositeRecognizer(LexiconRecognizer rules, IntentClassifier classifier, FallbackPolicy fallback, PainDetector? pain = null)
    {
        _rules = rules;
        _classifier = classifier;
        _fallback = fallback;
        _pain = pain ?? PainDetector.None;
    }

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
        var ruled = _pain.Escalate(context, _rules.Recognize(context, utterance), utterance);
        return RulesDecide(ruled) ? ruled : Combine(context, ruled, _classifier.Classify(context, utterance), _fallback);
    }

    /// <summary>
    /// Whether the rules' answer stands without asking the classifier: whatever the rules understood. Their phrases are
    /// precise where they match; the classifier is for what they did not understand.
    /// </summary>
    public static bool RulesDecide(Recognition ruled) => ruled.Intent != Intent.Unknown;

    /// <summary>The answer when the rules do not decide alone: the classifier's, if trusted and allowed, else the rules'.</summary>
    public static Recognition Combine(PromptContext context, Recognition ruled, ClassifierVerdict verdict, FallbackPolicy fallback)
    {
        if (RulesDecide(ruled))
        {
            return ruled;
        }
        if (!fallback.Trusts(verdict) || !IntentLabels.TryParse(verdict.Best, out var intent))
        {
            return ruled;
        }
        return intent switch
        {
            Intent.Ready or Intent.Yes or Intent.Unknown => ruled,
            Intent.Sharp when context == PromptContext.PainKind => new Recognition(Intent.Sharp),
            // A milder kind or plain pain at the pain-kind prompt, where pain is already known, would lower what the rules
            // left unanswered: the bot asks the kind again instead.
            _ when IsPainFamily(intent) => context == PromptContext.PainKind ? ruled : new Recognition(Intent.MaybePain),
            // No topic: the engine re-prompts as for unknown. Counted as a question in evaluation, so docs/evaluation.md says so.
            Intent.Question => new Recognition(Intent.Question),
            _ => new Recognition(intent),
        };
    }

    /// <summary>Pain, maybe-pain, sharp and mild: one family for recall and false pain.</summary>
    public static bool IsPainFamily(Intent intent) => intent is Intent.Pain or Intent.MaybePain or Intent.Sharp or Intent.Mild;
}
