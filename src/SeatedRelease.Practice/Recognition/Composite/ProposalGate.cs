using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// The gate over the answers that move the practice on. The classifier may propose ready (at the ready prompt) or yes (at
/// the yes-or-no prompt) in words the rules do not know ("aight", "you bet"); the rules decide. The proposal is taken
/// only when the classifier is trusted by the stricter proposal numbers of <c>dialogs/recognizer.yaml</c>, the rules
/// (after the pain detector) read the utterance as unknown, and neither the rules' words (<see cref="LexiconRecognizer.BarsProposal"/>)
/// nor the safety words (<see cref="PainDetector.BarsProposal"/>) find anything against it: no negation, question,
/// hedge, supposition, word of pain or feeling, red flag, command word, or someone else.
/// </summary>
public sealed class ProposalGate
{
    private readonly FallbackPolicy? _trust;
    private readonly Func<PromptContext, string, bool> _rulesBar;
    private readonly Func<string, bool> _safetyBar;

    /// <summary>Builds the gate; without <paramref name="trust"/> it takes no proposal.</summary>
    public ProposalGate(FallbackPolicy? trust, Func<PromptContext, string, bool> rulesBar, Func<string, bool> safetyBar)
    {
        _trust = trust;
        _rulesBar = rulesBar;
        _safetyBar = safetyBar;
    }

    /// <summary>A gate that takes no proposal: ready and yes come from the rules' phrases alone.</summary>
    public static ProposalGate Closed { get; } = new(null, (_, _) => true, _ => true);

    /// <summary>The numbers a proposal must pass, or null when none is taken.</summary>
    public FallbackPolicy? Trust => _trust;

    /// <summary>The gate over the rules and the pain detector, with the given proposal numbers.</summary>
    public static ProposalGate Over(FallbackPolicy? trust, LexiconRecognizer rules, PainDetector pain) =>
        new(trust, rules.BarsProposal, pain.BarsProposal);

    /// <summary>The proposed ready or yes when the gate takes it; otherwise <paramref name="answer"/> as it was.</summary>
    public Recognition Decide(PromptContext context, Recognition answer, ClassifierVerdict verdict, string utterance)
    {
        if (_trust is null || answer.Intent != Intent.Unknown || !_trust.Trusts(verdict) || !IntentLabels.TryParse(verdict.Best, out var proposed))
        {
            return answer;
        }
        bool fits = (proposed == Intent.Ready && context == PromptContext.Ready) || (proposed == Intent.Yes && context == PromptContext.YesNo);
        return fits && !_safetyBar(utterance) && !_rulesBar(context, utterance) ? new Recognition(proposed) : answer;
    }
}
