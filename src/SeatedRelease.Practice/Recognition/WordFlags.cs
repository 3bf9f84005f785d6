namespace SeatedRelease.Practice.Recognition;

/// <summary>The roles a word can play around a phrase, precomputed per word id.</summary>
[Flags]
internal enum WordFlags : ulong
{
    None = 0,
    /// <summary>"not", "no", "never": turns a following phrase off.</summary>
    Negator = 1,
    /// <summary>Words that may sit between a negator and its phrase ("not really sore").</summary>
    NegationSkip = 2,
    /// <summary>"gone", "free": turns a preceding pain phrase off ("the pain is gone").</summary>
    AfterNegator = 4,
    /// <summary>"much", "lot": "doesn't hurt much" still reports a little pain.</summary>
    Hedge = 8,
    /// <summary>"if": "what if it hurts" is not a report.</summary>
    Hypothetical = 16,
    /// <summary>"why", "what", "should": a practice topic is asked about, not stated.</summary>
    QuestionCue = 32,
    /// <summary>"it", "my": a phrase starting with one is its own sentence, so "no it hurts" is not negated.</summary>
    Subject = 64,
    /// <summary>"is", "should": a question only when it opens a clause.</summary>
    QuestionOpener = 128,
    /// <summary>"knee", "calf": an utterance about the body that matched nothing else may be a pain report.</summary>
    BodyPart = 256,
    /// <summary>"zap", "stabbed": a sensation that is pain, and sharp when the kind of pain is asked.</summary>
    SharpSensation = 512,
    /// <summary>"throbs", "niggle": a sensation that is pain; its kind is left to the phrase lists.</summary>
    DullSensation = 1024,
    /// <summary>"smarts", "fire": a sensation word with ordinary meanings too, so maybe-pain; sharp when the kind is asked.</summary>
    MaybeSensation = 2048,
    Sensation = SharpSensation | DullSensation | MaybeSensation,
    /// <summary>"a", "the", "have": may sit between a negator and an answer word ("not on the carpet", "don't have a mat"), never a pain word.</summary>
    AnswerSkip = 4096,
    /// <summary>"not", "never": negates a verb, so "won't stop" is not the command; "no" is not one ("no, stop" is).</summary>
    VerbNegator = 8192,
    /// <summary>"the", "a": a command word after one is a noun ("the end of the mat").</summary>
    Determiner = 16384,
    /// <summary>"hmm", "um": a sound of thinking; with one, a back-channel ("uh huh") is not an answer.</summary>
    Hesitation = 32768,
    /// <summary>"it", "this", "things": may sit inside a verb and its particle ("slow this down").</summary>
    PhrasalObject = 65536,
    /// <summary>"so", "like", "um": a one-word filler, dropped before matching.</summary>
    Filler = 131072,
    /// <summary>"me", "mine": the listener speaking of themself, so a condition asked about may be their own pain now.</summary>
    Listener = 262144,
    /// <summary>"have", "got": may sit between a verb's negator and a pain word ("don't have any pain"), not after "no".</summary>
    Having = 524288,
    /// <summary>"up", "down": after a one-word command it makes another verb ("end up", "stop down").</summary>
    Particle = 1048576,
    /// <summary>"had", "used": a condition named after one of these in its clause is in the past.</summary>
    Past = 2097152,
    /// <summary>"gone", "healed": said after a past condition, it is over.</summary>
    Over = 4194304,
    /// <summary>"but", "though": what follows qualifies the answer, so words not understood after it are asked about.</summary>
    Caveat = 8388608,
    /// <summary>"for": "ready for dinner" names what is ready for, which may not be the practice.</summary>
    ReadyLinker = 16777216,
    /// <summary>"i", "legs", "next": the listener, their body or the practice, so a ready beside it is theirs.</summary>
    Own = 33554432,
    /// <summary>"talking", "moving": after "stop", something the bot or the practice does; any other -ing is someone else's.</summary>
    OwnActivity = 67108864,
    /// <summary>"instruction", "options": a thing the bot said, which the listener may ask to hear again.</summary>
    SaidThing = 134217728,
    /// <summary>"were", "last": what is named after it was said before ("what were the options", "the last instruction").</summary>
    Recall = 268435456,
    /// <summary>"just", "only": what follows is offered as minor ("no, just tight hamstrings").</summary>
    Minimiser = 536870912,
    /// <summary>"sometimes", "occasionally": a feeling named beside one of these comes and goes; it is not said to be felt now.</summary>
    Occasional = 1073741824,
    /// <summary>"screaming", "screams": a pain word that is also a noise someone else in the room may make.</summary>
    Noise = 1UL << 31,
    /// <summary>"kids", "dog": someone else in the room, whose noise is not the listener's pain.</summary>
    Other = 1UL << 32,
    /// <summary>"english", "accent": a clause about one of these speaks of the conversation, not the body ("my English is not so good").</summary>
    NotBody = 1UL << 33,
    /// <summary>"stiff", "tight": a state of the body that is not pain; beside a change of pace it is the reason, not a report.</summary>
    MildState = 1UL << 34,
    /// <summary>"bother", "trouble": negated after a past condition ("it doesn't bother me now"), the condition is over.</summary>
    Quiet = 1UL << 35,
    /// <summary>"until", "for": after a question of how long, what follows is the point asked about ("how long until finish").</summary>
    TimeLinker = 1UL << 36,
    /// <summary>"camping", "clamping": a real word autocorrect puts for a pain word; beside a body part it is that pain.</summary>
    AutocorrectedPain = 1UL << 37,
    /// <summary>"cold", "warm": a state of the body said plainly that is no feeling of pain ("my feet are cold").</summary>
    PlainState = 1UL << 38,
    /// <summary>"bedroom", "garden": after a body-part word it names a place ("the back bedroom"), not the body.</summary>
    Place = 1UL << 39,
    /// <summary>"fine", "better": said of a body part after a caveat, the caveat is understood ("yes, but my back is fine now").</summary>
    WellState = 1UL << 40,
    /// <summary>"goes", "runs", "spreads": said of a pain that reaches a body part further on, it is spreading.</summary>
    TravelVerb = 1UL << 41,
    /// <summary>"down", "into", "to": where a travelling pain goes.</summary>
    TravelToward = 1UL << 42,
    /// <summary>"i", "we": the listener moving ("I'm going to my left leg"), not a pain travelling.</summary>
    TravelMover = 1UL << 43,
    /// <summary>"other", "next": the practice moving on to a side ("it goes to the other leg"), not a pain travelling.</summary>
    TravelAside = 1UL << 44,
    /// <summary>"shouting", "shooing": dictation's "shooting", a travelling verb only with a direction straight after it.</summary>
    TravelMisheard = 1UL << 45,
    /// <summary>"down", "through": at the pain-kind prompt a path to a body part is spreading even with no verb said.</summary>
    TravelPath = 1UL << 46,
    /// <summary>"sit", "lie": just before a path word the body is placed ("when I lie down on my back"), no pain goes anywhere.</summary>
    TravelStill = 1UL << 47,
    /// <summary>"dodgy", "gammy": said of a body part at a yes/no question, a condition named in everyday words ("a dodgy knee").</summary>
    ConditionState = 1UL << 48,
    /// <summary>"nothing", "none": a negator that is the subject of its clause, so its verb may follow it ("nothing is sore").</summary>
    NegatorSubject = 1UL << 49,
    /// <summary>"is", "feels": the verb of a negator that is a subject; crossed after one of those only ("nothing feels sore").</summary>
    NegatorVerb = 1UL << 50,
    /// <summary>Words that shape a sentence rather than name a thing: never half of a repaired word ("so re" is not "sore").</summary>
    Structural = Negator | NegationSkip | AfterNegator | Hypothetical | QuestionCue | Subject | QuestionOpener | AnswerSkip | VerbNegator
        | Determiner | Hesitation | PhrasalObject | Filler | Having | Particle | Minimiser | NegatorSubject | NegatorVerb,
}
