namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>
/// What one pass over the tokens found, built once by <see cref="PhraseMatcher"/> and only read by the rules: the
/// prompt's answers, what each phrase was weighed as, and facts of the whole utterance. Clause numbers are -1 for none.
/// </summary>
internal sealed record MatchEvidence
{
    // The prompt.

    /// <summary>The prompt's intents, strongest first.</summary>
    public Intent[] Priority { get; init; } = [];

    /// <summary>The prompt's explicit answers ("yes", "no") as intent bits.</summary>
    public ulong Answers { get; init; }

    /// <summary>What a denied pain means at this prompt ("no" at a yes/no question, "mild" after a pain report).</summary>
    public Intent? NegatedPainMeaning { get; init; }

    /// <summary>The topic of a question about what the practice helps.</summary>
    public string? ConditionTopic { get; init; }

    public bool AsksPainKind => Array.IndexOf(Priority, Intent.Sharp) >= 0;

    public bool AnswersQuestions => Array.IndexOf(Priority, Intent.Question) >= 0;

    public bool ReadyPrompt => Array.IndexOf(Priority, Intent.Ready) >= 0;

    // What the phrases said, weighed against the words around them.

    /// <summary>The intents of phrases that stood.</summary>
    public ulong Said { get; init; }

    /// <summary>A pain may have been meant: hedged, supposed, or a word that is only sometimes pain.</summary>
    public bool MaybePain { get; init; }

    /// <summary>A pain word said not to be there ("no pain", "it isn't sore").</summary>
    public bool NegatedPain { get; init; }

    /// <summary>The first clause that says a pain plainly.</summary>
    public int PainClause { get; init; } = -1;

    public string? Topic { get; init; }

    public int TopicClause { get; init; } = -1;

    /// <summary>The topic came from a general frame ("is it ok if ...") that any request beside it outweighs.</summary>
    public bool GeneralTopic { get; init; }

    /// <summary>A sound that may be a cry ("ahh"), and whether every such sound opened the utterance.</summary>
    public bool MaybeCry { get; init; }

    public bool CryOnlyInFront { get; init; } = true;

    /// <summary>Something the bot said, named but not asked for again ("the instructions").</summary>
    public bool NamesSaidThing { get; init; }

    /// <summary>A feeling offered as minor ("just a bit stiff") or as one that comes and goes.</summary>
    public bool MinorMaybePain { get; init; }

    /// <summary>A one-word mild state ("stiff") said as itself.</summary>
    public bool MildState { get; init; }

    /// <summary>A tightness named, and whether anything else only possibly pain was said beside it.</summary>
    public bool TightnessNamed { get; init; }

    public bool OtherMaybePain { get; init; }

    /// <summary>A condition said to be over ("I had sciatica years ago but it's gone").</summary>
    public bool PastConditionOver { get; init; }

    /// <summary>Intents that count only when no explicit answer is said ("start fresh").</summary>
    public ulong UnlessAnswered { get; init; }

    /// <summary>"finished, what now": a finish said beside a request for the next cue.</summary>
    public bool MovingOn { get; init; }

    /// <summary>"what's next" at the ready prompt, what its words meant as a phrase, and whether words followed it.</summary>
    public bool AskedNext { get; init; }

    public Intent? NextIntent { get; init; }

    public bool WordsAfterNext { get; init; }

    /// <summary>A finish denied or asked about ("not done yet", "are we done").</summary>
    public bool FinishDeniedOrAsked { get; init; }

    /// <summary>A command word said of a doing ("stop barking"), and whether the doing is the listener's own.</summary>
    public bool ActivityCommand { get; init; }

    public bool OwnActivity { get; init; }

    /// <summary>Pain words naming a condition asked about ("will this help neck pain"), and the clause that asks.</summary>
    public bool AskedAboutCondition { get; init; }

    public int ConditionClause { get; init; } = -1;

    /// <summary>A caveat that names the body ("ready but my calf ..."), and whether any of its words were understood.</summary>
    public bool BodyCaveat { get; init; }

    public bool CaveatUnderstood { get; init; }

    /// <summary>An everyday sensation said of no body part, and whether in more than one clause.</summary>
    public int LooseSensationClause { get; init; } = -1;

    public bool LooseSensationElsewhere { get; init; }

    /// <summary>The clause of a surface answer ("the mat").</summary>
    public int SurfaceClause { get; init; } = -1;

    // Facts of the whole utterance.

    /// <summary>A condition word said of a body part close by ("a dodgy knee").</summary>
    public bool NamesCondition { get; init; }

    /// <summary>Words of giving the practice up ("forget it").</summary>
    public bool GivingUp { get; init; }

    /// <summary>A picture of the pain ("like a knife").</summary>
    public bool PicturesPain { get; init; }

    /// <summary>A sharp or everyday sensation word, not denied and not someone else's noise.</summary>
    public bool SharpSensation { get; init; }

    /// <summary>A pain said to travel to a body part ("it runs down into my foot").</summary>
    public bool Travels { get; init; }

    /// <summary>A path to a body part with no verb ("down the back of my thigh").</summary>
    public bool NamesPath { get; init; }

    /// <summary>The listener cannot tell the kind of pain, and whether a kind was named anyway.</summary>
    public bool UnsureOfKind { get; init; }

    public bool NamedKind { get; init; }

    /// <summary>A later clause says ready holds now ("but I am now").</summary>
    public bool ReadyNow { get; init; }

    /// <summary>A body part named as the body, not only in a plain state of it.</summary>
    public bool MentionsBody { get; init; }

    /// <summary>A word no list knows after a caveat.</summary>
    public bool UnknownAfterCaveat { get; init; }
}
