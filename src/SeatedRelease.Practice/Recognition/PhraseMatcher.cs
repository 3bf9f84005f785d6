using SeatedRelease.Practice.Recognition.Rules;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Finds the phrases of one context in a token buffer, left to right, longest first; the phrase rules
/// (<see cref="PhraseRules"/>) weigh each against the words around it, and the scan gathers what they read into one
/// <see cref="MatchEvidence"/>, which the answer rules (<see cref="MatchRules"/>) turn into the answer.
/// </summary>
internal static class PhraseMatcher
{
    // "just a bit stiff": the minimiser may stand this many words before the feeling it makes minor.
    private const int MinimiserReach = 2;

    public static Recognition Match(Lexicon lexicon, ContextTable table, ref TokenBuffer tokens, bool ambiguousPain) =>
        MatchRules.Decide(Gather(lexicon, table, ref tokens, ambiguousPain));

    /// <summary>One pass over the tokens: what each phrase says, weighed against the words around it.</summary>
    public static MatchEvidence Gather(Lexicon lexicon, ContextTable table, ref TokenBuffer tokens, bool ambiguousPain)
    {
        var flags = lexicon.Flags;
        bool questionCue = tokens.SawQuestionMark;
        for (int i = 0; i < tokens.Count && !questionCue; i++)
        {
            int id = tokens.Ids[i];
            bool opensClause = i == 0 || tokens.Ids[i - 1] == Lexicon.Boundary;
            questionCue = id > 0 && ((flags[id] & WordFlags.QuestionCue) != 0 || (opensClause && (flags[id] & WordFlags.QuestionOpener) != 0));
        }

        // "will this help with neck pain": the clause whose pain words name a condition asked about (-1: none).
        int conditionFrameEnd = FindConditionQuestion(lexicon, ref tokens, out int conditionClause);
        bool askedAboutCondition = false;

        ulong present = 0;
        bool maybePain = ambiguousPain;
        bool activityCommand = false;
        bool ownActivity = false;
        bool negatedPain = false;
        int painClause = -1;
        int topicClause = -1;
        string? topic = null;
        bool generalTopic = false;
        int clause = 0;
        int at = 0;
        bool maybeCry = false;
        bool cryOnlyInFront = true;
        bool namesSaidThing = false;
        bool minorMaybePain = false;
        bool mildState = false;
        // "hamstrings are tight but it doesn't hurt, carry on": a tightness named, and whether anything else
        // only possibly pain was said beside it.
        bool tightnessNamed = false;
        bool otherMaybePain = false;
        bool pastConditionOver = false;
        ulong unlessAnswered = 0;
        int progressClause = -1;
        int progressEnd = -1;
        // "finished, what now": the finished half is read as part of moving on, not as a command of its own.
        bool movingOn = lexicon.MovingOn.Matches(flags, ref tokens, out int finishedStart, out int finishedEnd);
        // "ready but my calf is camping up": the words a caveat says of the body; whether any of them was understood.
        FindBodyCaveat(flags, ref tokens, out int caveatStart, out int caveatEnd);
        bool caveatUnderstood = false;
        // "a sheepskin rug by the fire": an everyday sensation word said of no body part, weighed after the loop.
        int looseSensationClause = -1;
        bool looseSensationElsewhere = false;
        int surfaceClause = -1;
        // "alright, what's next" at the ready prompt asks for the next cue, not how far along it is.
        bool readyPrompt = Array.IndexOf(table.Priority, Intent.Ready) >= 0;
        bool askedNext = false;
        Intent? nextIntent = null;
        int nextEnd = -1;
        while (at < tokens.Count)
        {
            int id = tokens.Ids[at];
            if (id <= 0)
            {
                clause += id == Lexicon.Boundary ? 1 : 0;
                if (id == Lexicon.PainCry && painClause < 0)
                {
                    painClause = clause;
                }
                if (id == Lexicon.MaybeCry)
                {
                    maybeCry = true;
                    cryOnlyInFront &= at == 0;
                }
                at++;
                continue;
            }
            var phrase = Best(table.ByFirstToken[id], ref tokens, at, questionCue, lexicon, out int length);
            bool namesCondition = clause == conditionClause && at >= conditionFrameEnd;
            caveatUnderstood |= at >= caveatStart && at < caveatEnd
                && (phrase is not null || (flags[id] & (WordFlags.Sensation | WordFlags.AutocorrectedPain)) != 0
                    || ((flags[id] & WordFlags.WellState) != 0 && !Negation.IsNegated(flags, ref tokens, at, at + 1, answer: false, out _)));
            if (phrase is null && (flags[id] & WordFlags.AutocorrectedPain) != 0 && InClauseWith(flags, ref tokens, at, WordFlags.BodyPart))
            {
                // "my calf is camping up": autocorrect's word for a pain word, beside a body part; "I'm camping" stays itself.
                if (Negation.IsNegated(flags, ref tokens, at, at + 1, answer: false, out bool hedgedSlip))
                {
                    maybePain |= hedgedSlip;
                    negatedPain |= !hedgedSlip;
                }
                else if (painClause < 0)
                {
                    painClause = clause;
                }
                at++;
                continue;
            }
            if (readyPrompt && phrase?.Intent is null or Intent.Progress or Intent.Repeat
                && lexicon.MovingOn.NextLength(ref tokens, at) is var nextLength and > 0 && (phrase is null || length <= nextLength))
            {
                askedNext = true;
                nextIntent = phrase?.Intent;
                nextEnd = at + nextLength;
                at = nextEnd;
                continue;
            }
            if (phrase is null)
            {
                // A sensation word no phrase claimed ("it smarts", "a jolt", "throbbed"): what the body feels, said in words the lists lack.
                var sensation = flags[id] & WordFlags.Sensation;
                if (sensation != 0)
                {
                    if (Negation.IsNegated(flags, ref tokens, at, at + 1, answer: false, out bool hedgedSensation))
                    {
                        maybePain |= hedgedSensation;
                        negatedPain |= !hedgedSensation;
                    }
                    else if (namesCondition)
                    {
                        askedAboutCondition = true;
                    }
                    else if (Negation.IsHypothetical(flags, ref tokens, at))
                    {
                        maybePain = true;
                    }
                    else if (sensation == WordFlags.MaybeSensation)
                    {
                        if (InClauseWith(flags, ref tokens, at, WordFlags.BodyPart))
                        {
                            maybePain = true;
                        }
                        else
                        {
                            looseSensationElsewhere |= looseSensationClause >= 0 && looseSensationClause != clause;
                            looseSensationClause = clause;
                        }
                    }
                    else if (painClause < 0)
                    {
                        painClause = clause;
                    }
                }
                at++;
                continue;
            }
            int end = at + length;
            if (movingOn && at < finishedStart && end > finishedStart)
            {
                // "are we nearly done, what's next": the "done" belongs to a phrase of its own, so nothing was finished.
                movingOn = false;
            }
            else if (movingOn && at >= finishedStart && end <= finishedEnd && phrase.Intent is not (Intent.Pain or Intent.MaybePain))
            {
                at = end;
                continue;
            }
            var site = new PhraseSite
            {
                Tokens = tokens,
                Lexicon = lexicon,
                Table = table,
                Phrase = phrase,
                At = at,
                End = end,
                Clause = clause,
                QuestionCue = questionCue,
                NamesCondition = namesCondition,
                ProgressClause = progressClause,
                ProgressEnd = progressEnd,
                HasTopic = topic is not null,
                GeneralTopic = generalTopic,
            };
            switch (PhraseRules.Read(ref site))
            {
                case PhraseReading.DeniedPain:
                    negatedPain = true;
                    break;
                case PhraseReading.HedgedPain:
                case PhraseReading.MaybePain:
                    maybePain = true;
                    break;
                case PhraseReading.Pain:
                    painClause = painClause < 0 ? clause : painClause;
                    break;
                case PhraseReading.ConditionAsked:
                    askedAboutCondition = true;
                    break;
                case PhraseReading.ActivityCommand:
                    activityCommand = true;
                    ownActivity |= tokens.Ids[end] > 0 && (flags[tokens.Ids[end]] & WordFlags.OwnActivity) != 0;
                    break;
                case PhraseReading.Topic:
                    topic = phrase.Topic;
                    generalTopic = phrase.General;
                    topicClause = clause;
                    present |= Bit(Intent.Question);
                    break;
                case PhraseReading.TurnedAround:
                    present |= Bit(Intent.No);
                    end++;
                    break;
                case PhraseReading.ConditionOver:
                    pastConditionOver = true;
                    break;
                case PhraseReading.WholeSession:
                    present |= Bit(Intent.Stop);
                    break;
                case PhraseReading.MinorFeeling:
                    minorMaybePain = true;
                    // "no pain, just a pull, next please" is the stretch felt, as an unminimised one would be.
                    tightnessNamed |= NamesMildState(flags, phrase);
                    otherMaybePain |= !NamesMildState(flags, phrase);
                    break;
                case PhraseReading.MildState:
                    mildState = true;
                    tightnessNamed = true;
                    break;
                case PhraseReading.Recalled:
                    present |= Bit(Intent.Repeat);
                    break;
                case PhraseReading.SaidThing:
                    namesSaidThing = true;
                    break;
                case PhraseReading.UnlessAnswered:
                    unlessAnswered |= Bit(phrase.Intent);
                    break;
                case PhraseReading.Said:
                    tightnessNamed |= phrase.Intent == Intent.MaybePain && NamesMildState(flags, phrase);
                    otherMaybePain |= phrase.Intent == Intent.MaybePain && !NamesMildState(flags, phrase);
                    present |= Bit(phrase.Intent);
                    surfaceClause = phrase.Intent is Intent.Mat or Intent.Carpet or Intent.Hardwood ? clause : surfaceClause;
                    break;
            }
            if (phrase.Intent == Intent.Progress)
            {
                progressClause = clause;
                progressEnd = end;
            }
            at = end;
        }

        return new MatchEvidence
        {
            Priority = table.Priority,
            Answers = table.Answers,
            NegatedPainMeaning = table.NegatedPain,
            ConditionTopic = lexicon.ConditionQuestion.Topic,
            Said = present,
            MaybePain = maybePain,
            NegatedPain = negatedPain,
            PainClause = painClause,
            Topic = topic,
            TopicClause = topicClause,
            GeneralTopic = generalTopic,
            MaybeCry = maybeCry,
            CryOnlyInFront = cryOnlyInFront,
            NamesSaidThing = namesSaidThing,
            MinorMaybePain = minorMaybePain,
            MildState = mildState,
            TightnessNamed = tightnessNamed,
            OtherMaybePain = otherMaybePain,
            PastConditionOver = pastConditionOver,
            UnlessAnswered = unlessAnswered,
            MovingOn = movingOn,
            AskedNext = askedNext,
            NextIntent = nextIntent,
            WordsAfterNext = askedNext && WordsAfter(ref tokens, nextEnd),
            FinishDeniedOrAsked = askedNext && lexicon.MovingOn.FinishDeniedOrAsked(flags, ref tokens),
            ActivityCommand = activityCommand,
            OwnActivity = ownActivity,
            AskedAboutCondition = askedAboutCondition,
            ConditionClause = conditionClause,
            BodyCaveat = caveatStart >= 0,
            CaveatUnderstood = caveatUnderstood,
            LooseSensationClause = looseSensationClause,
            LooseSensationElsewhere = looseSensationElsewhere,
            SurfaceClause = surfaceClause,
            NamesCondition = UtteranceFacts.NamesCondition(flags, ref tokens),
            GivingUp = lexicon.GivingUp.Matches(flags, ref tokens),
            PicturesPain = tokens.SawImagery,
            SharpSensation = UtteranceFacts.HasSharpSensation(flags, ref tokens),
            Travels = UtteranceFacts.Travels(flags, ref tokens),
            NamesPath = UtteranceFacts.NamesPath(flags, ref tokens),
            UnsureOfKind = SaysAny(lexicon.UnsureOfKind, ref tokens),
            NamedKind = SaysAny(lexicon.NamedKind, ref tokens),
            ReadyNow = lexicon.ReadyNow.Matches(flags, ref tokens),
            MentionsBody = UtteranceFacts.MentionsBody(flags, ref tokens),
            UnknownAfterCaveat = UtteranceFacts.UnknownAfterCaveat(flags, ref tokens),
        };
    }

    /// <summary>A minimiser ("just", "only") up to <see cref="MinimiserReach"/> words before, in the same clause ("just a bit stiff").</summary>
    internal static bool Minimised(WordFlags[] flags, ref TokenBuffer tokens, int at)
    {
        for (int k = at; k >= 0 && k >= at - MinimiserReach; k--)
        {
            if (k < at && tokens.Ids[k] == Lexicon.Boundary)
            {
                return false;
            }
            if (tokens.IsAfterMinimiser(k)
                || (k > 0 && tokens.Ids[k - 1] > 0 && (flags[tokens.Ids[k - 1]] & WordFlags.Minimiser) != 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the phrase's clause holds a word saying the feeling comes and goes or is past ("sometimes", "had").</summary>
    internal static bool Occasional(WordFlags[] flags, ref TokenBuffer tokens, int at, int end)
    {
        const WordFlags marks = WordFlags.Occasional | WordFlags.Past;
        return tokens.MarkedBefore(flags, at, marks) || tokens.MarkedFrom(flags, end, marks);
    }

    /// <summary>
    /// True when a noise word of the pain phrase ("screaming") is made by someone else named before it in its clause
    /// ("the kids are screaming") and the clause names no part of the listener's body ("my hamstring is screaming").
    /// </summary>
    internal static bool NoiseOfSomeoneElse(WordFlags[] flags, ref TokenBuffer tokens, int at, int end)
    {
        bool noise = false;
        for (int k = at; k < end; k++)
        {
            noise |= (flags[tokens.Ids[k]] & WordFlags.Noise) != 0;
        }
        return noise && !InClauseWith(flags, ref tokens, at, WordFlags.BodyPart) && tokens.MarkedBefore(flags, at, WordFlags.Other);
    }

    /// <summary>True when the clause holding <paramref name="at"/> has a word with <paramref name="mark"/>.</summary>
    internal static bool InClauseWith(WordFlags[] flags, ref TokenBuffer tokens, int at, WordFlags mark) =>
        tokens.MarkedBefore(flags, at, mark) || tokens.MarkedFrom(flags, at, mark);

    /// <summary>True when a time linker ("until", "before") stands between the progress phrase and the command word.</summary>
    internal static bool LinkerBetween(WordFlags[] flags, ref TokenBuffer tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens.Ids[k] > 0 && (flags[tokens.Ids[k]] & WordFlags.TimeLinker) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InClauseAfter(int[][] sequences, ref TokenBuffer tokens, int from)
    {
        for (int k = from; k < tokens.Count && tokens.Ids[k] != Lexicon.Boundary; k++)
        {
            if (StartsAny(sequences, ref tokens, k))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SaysAny(int[][] sequences, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (StartsAny(sequences, ref tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool StartsAny(int[][] sequences, ref TokenBuffer tokens, int at)
    {
        foreach (var sequence in sequences)
        {
            if (tokens.Matches(sequence, at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesMildState(WordFlags[] flags, Phrase phrase)
    {
        foreach (int token in phrase.Tokens)
        {
            if ((flags[token] & WordFlags.MildState) != 0) return true;
        }
        return false;
    }

    /// <summary>A word of any kind after <paramref name="from"/>: "what's next" was not the end of what was said.</summary>
    private static bool WordsAfter(ref TokenBuffer tokens, int from)
    {
        for (int i = from; i < tokens.Count; i++)
        {
            if (tokens.Ids[i] > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The words after the first caveat ("but", "though", "except") to the end of its clause, when they name a body part;
    /// a trailing caveat ("my calf's gone funny though") looks back over its clause instead. Start is -1 when none.
    /// </summary>
    private static void FindBodyCaveat(WordFlags[] flags, ref TokenBuffer tokens, out int start, out int end)
    {
        start = -1;
        end = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id <= 0 || (flags[id] & WordFlags.Caveat) == 0) continue;
            int clauseEnd = i + 1;
            while (clauseEnd < tokens.Count && tokens.Ids[clauseEnd] != Lexicon.Boundary) clauseEnd++;
            int from = i + 1;
            if (from == clauseEnd)
            {
                while (from > 0 && tokens.Ids[from - 1] != Lexicon.Boundary) from--;
                clauseEnd = i;
            }
            for (int k = from; k < clauseEnd; k++)
            {
                // "my calf", "my left knee": the body named as a thing; "it comes back" uses the word as an adverb.
                if (UtteranceFacts.NamesBody(flags, ref tokens, k) && (AfterDeterminer(flags, ref tokens, k - 1) || AfterDeterminer(flags, ref tokens, k - 2)))
                {
                    start = from;
                    end = clauseEnd;
                    return;
                }
            }
        }
    }

    private static bool AfterDeterminer(WordFlags[] flags, ref TokenBuffer tokens, int at) =>
        at >= 0 && tokens.Ids[at] > 0 && (flags[tokens.Ids[at]] & WordFlags.Determiner) != 0;

    /// <summary>
    /// True when the pain phrase ending at <paramref name="end"/> is followed, with only negators or clause breaks
    /// between, by a verb's negator and the same phrase again ("sore... no... not sore", "sore, not sore").
    /// </summary>
    internal static bool TakenBackAtOnce(Phrase phrase, WordFlags[] flags, ref TokenBuffer tokens, int end)
    {
        for (int k = end; k < tokens.Count; k++)
        {
            int id = tokens.Ids[k];
            if (id == Lexicon.Boundary)
            {
                continue;
            }
            if (id <= 0 || (flags[id] & WordFlags.Negator) == 0)
            {
                return false;
            }
            if ((flags[id] & WordFlags.VerbNegator) != 0 && tokens.Matches(phrase.Tokens, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "not sore... go", "sore... no... not sore... go": before a one-word answer only a pain word said not to be there
    /// (a verb's negator right before the last one), so the answer is still all the listener asked for. Any other word
    /// before it keeps the rule that such an answer counts only alone.
    /// </summary>
    private static bool OnlyPainSaidAwayBefore(Lexicon lexicon, ref TokenBuffer tokens, int at)
    {
        var flags = lexicon.Flags;
        int last = at - 1;
        while (last >= 0 && tokens.Ids[last] == Lexicon.Boundary)
        {
            last--;
        }
        // The word said away must be a pain word of its own, not "it" or "not" that pain phrases also hold.
        if (last < 1 || !IsPainWord(lexicon, tokens.Ids[last]) || (flags[tokens.Ids[last]] & WordFlags.Structural) != 0 || tokens.Ids[last - 1] <= 0 || (flags[tokens.Ids[last - 1]] & WordFlags.VerbNegator) == 0)
        {
            return false;
        }
        for (int k = 0; k < last; k++)
        {
            int id = tokens.Ids[k];
            if (id != Lexicon.Boundary && !IsPainWord(lexicon, id) && (id <= 0 || (flags[id] & WordFlags.Negator) == 0))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPainWord(Lexicon lexicon, int id) => id > 0 && id < lexicon.PainWords.Length && lexicon.PainWords[id];

    private static Phrase? Best(Phrase[]? phrases, ref TokenBuffer tokens, int at, bool questionCue, Lexicon lexicon, out int length)
    {
        var flags = lexicon.Flags;
        length = 0;
        if (phrases is null)
        {
            return null;
        }
        foreach (var phrase in phrases)
        {
            bool acrossBreaks = false;
            if (phrase.Alone && (at != 0 || phrase.Tokens.Length != tokens.Count)
                && !(at + phrase.Tokens.Length == tokens.Count && OnlyPainSaidAwayBefore(lexicon, ref tokens, at)))
            {
                if (!(acrossBreaks = AloneAcrossBreaks(phrase, ref tokens, at)))
                {
                    continue;
                }
            }
            // A topic word that is also an answer ("sciatica" at the safety screen) is the topic only when asked about.
            if (phrase.Intent == Intent.Question && !phrase.SelfCued && !questionCue)
            {
                continue;
            }
            if (acrossBreaks)
            {
                length = tokens.Count;
            }
            else if (tokens.Matches(phrase.Tokens, at))
            {
                length = phrase.Tokens.Length;
            }
            else if (phrase.TakesObject && HoldsObject(phrase, ref tokens, at, flags))
            {
                length = phrase.Tokens.Length + 1;
            }
            else
            {
                continue;
            }
            // "I don't" answers; "I don't want to..." is the start of a sentence.
            if (phrase.ClauseEnd && at + length < tokens.Count && tokens.Ids[at + length] != Lexicon.Boundary)
            {
                continue;
            }
            // "can I carry on if I'm tired" asks; "can I carry on" is left to the phrases after it.
            if (phrase.Conditional && !InClauseAfter(lexicon.Circumstances, ref tokens, at + length))
            {
                continue;
            }
            return phrase;
        }
        return null;
    }

    /// <summary>
    /// "sorry, what?": a short answer of several words is still the whole utterance when a comma falls between them, as
    /// a typist or dictation puts one after "sorry" or "excuse me". Nothing else may be said: "sorry, what a day" is not it.
    /// </summary>
    private static bool AloneAcrossBreaks(Phrase phrase, ref TokenBuffer tokens, int at)
    {
        if (at != 0 || phrase.Tokens.Length < 2 || tokens.Count <= phrase.Tokens.Length)
        {
            return false;
        }
        int matched = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            int id = tokens.Ids[k];
            if (id == Lexicon.Boundary)
            {
                continue;
            }
            if (matched == phrase.Tokens.Length || id != phrase.Tokens[matched])
            {
                return false;
            }
            matched++;
        }
        return matched == phrase.Tokens.Length;
    }

    /// <summary>"slow this down", "speed things up": a verb and its particle with one object word between.</summary>
    private static bool HoldsObject(Phrase phrase, ref TokenBuffer tokens, int at, WordFlags[] flags) =>
        at + 2 < tokens.Count
        && tokens.Ids[at] == phrase.Tokens[0]
        && tokens.Ids[at + 1] > 0 && (flags[tokens.Ids[at + 1]] & WordFlags.PhrasalObject) != 0
        && tokens.Ids[at + 2] == phrase.Tokens[1];

    // A negator right after the go-ahead with nothing of substance after it ("yeah no", "yeah no the"); "yeah no worries"
    // goes on to say something, so it is left to the phrases.
    internal static bool TakenBackAtOnce(WordFlags[] flags, ref TokenBuffer tokens, int end)
    {
        if (end >= tokens.Count || tokens.Ids[end] <= 0 || (flags[tokens.Ids[end]] & WordFlags.Negator) == 0)
        {
            return false;
        }
        for (int k = end + 1; k < tokens.Count && tokens.Ids[k] != Lexicon.Boundary; k++)
        {
            if (tokens.Ids[k] <= 0 || (flags[tokens.Ids[k]] & (WordFlags.Determiner | WordFlags.Filler)) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when a negator at <paramref name="end"/> - 1 negates the pain phrase or sensation after it ("no pain",
    /// "nothing hurts"); a phrase that opens its own sentence ("no, it hurts", "no it hurts") is not negated.
    /// </summary>
    internal static bool NegatesNextPhrase(Lexicon lexicon, ContextTable table, WordFlags[] flags, ref TokenBuffer tokens, int end)
    {
        int j = end;
        for (int skipped = 0; j < tokens.Count && tokens.Ids[j] > 0 && (flags[tokens.Ids[j]] & WordFlags.NegationSkip) != 0 && skipped < 3; skipped++)
        {
            j++;
        }
        if (j >= tokens.Count || tokens.Ids[j] <= 0 || (flags[tokens.Ids[j]] & WordFlags.Subject) != 0)
        {
            return false;
        }
        if ((flags[tokens.Ids[j]] & WordFlags.Sensation) != 0)
        {
            return true;
        }
        var next = Best(table.ByFirstToken[tokens.Ids[j]], ref tokens, j, questionCue: false, lexicon, out _);
        return next is { Negatable: true, Intent: Intent.Pain or Intent.MaybePain };
    }

    /// <summary>
    /// The clause that opens with the frame of a question about a condition ("is it good for ...") and says nothing of
    /// the listener after it ("my back pain", "the pain I have now", "mine is killing me" keep it a possible pain report).
    /// Returns the index just after the frame, with the clause number in <paramref name="clause"/>; -1 for none.
    /// </summary>
    private static int FindConditionQuestion(Lexicon lexicon, ref TokenBuffer tokens, out int clause)
    {
        var flags = lexicon.Flags;
        clause = -1;
        int number = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens.Ids[i] == Lexicon.Boundary)
            {
                number++;
                continue;
            }
            if (i > 0 && tokens.Ids[i - 1] != Lexicon.Boundary)
            {
                continue;
            }
            int end = lexicon.ConditionQuestion.MatchAt(ref tokens, i);
            if (end < 0)
            {
                continue;
            }
            // A condition is named by a few words ("neck pain", "stiff hamstrings"); a subject, a verb or a
            // question word after the frame starts a sentence about something ("...because mine is killing me").
            const WordFlags sentence = WordFlags.Subject | WordFlags.Listener | WordFlags.QuestionOpener | WordFlags.QuestionCue;
            bool aboutListener = false;
            for (int k = end; k < tokens.Count && tokens.Ids[k] != Lexicon.Boundary; k++)
            {
                aboutListener |= tokens.Ids[k] > 0 && (flags[tokens.Ids[k]] & sentence) != 0;
            }
            if (!aboutListener)
            {
                clause = number;
                return end;
            }
        }
        return -1;
    }

    private static ulong Bit(Intent intent) => 1UL << (int)intent;
}
