using SeatedRelease.Practice.Recognition.Rules;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Finds the phrases of one context in a token buffer, left to right, longest first; the phrase rules
/// (<see cref="PhraseRules"/>) weigh each against the words around it, and the scan gathers what they read into one
/// <see cref="MatchEvidence"/>, which the answer rules (<see cref="MatchRules"/>) turn into the answer.
/// </summary>
internal static class PhraseMatcher
{
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
        // "finished, what now": the finished half is read as part of moving on, not as a command of its own.
        bool movingOn = lexicon.MovingOn.Matches(flags, ref tokens, out int finishedStart, out int finishedEnd);
        // "ready but my calf is camping up": the words a caveat says of the body; whether any of them was understood.
        FindBodyCaveat(flags, ref tokens, out int caveatStart, out int caveatEnd);
        bool readyPrompt = Array.IndexOf(table.Priority, Intent.Ready) >= 0;
        var found = new ScanFindings(ambiguousPain);
        int clause = 0;
        int at = 0;
        while (at < tokens.Count)
        {
            int id = tokens.Ids[at];
            if (id <= 0)
            {
                clause += id == Lexicon.Boundary ? 1 : 0;
                if (id == Lexicon.PainCry)
                {
                    found.PainIn(clause);
                }
                if (id == Lexicon.MaybeCry)
                {
                    found.MaybeCry = true;
                    found.CryOnlyInFront &= at == 0;
                }
                at++;
                continue;
            }
            var phrase = PhraseFinder.Best(table.ByFirstToken[id], ref tokens, at, questionCue, lexicon, out int length);
            bool namesCondition = clause == conditionClause && at >= conditionFrameEnd;
            found.CaveatUnderstood |= at >= caveatStart && at < caveatEnd
                && (phrase is not null || (flags[id] & (WordFlags.Sensation | WordFlags.AutocorrectedPain)) != 0
                    || ((flags[id] & WordFlags.WellState) != 0 && !Negation.IsNegated(flags, ref tokens, at, at + 1, answer: false, out _)));
            if (phrase is null && (flags[id] & WordFlags.AutocorrectedPain) != 0 && ClauseWords.InClauseWith(flags, ref tokens, at, WordFlags.BodyPart))
            {
                // "my calf is camping up": autocorrect's word for a pain word, beside a body part; "I'm camping" stays itself.
                if (Negation.IsNegated(flags, ref tokens, at, at + 1, answer: false, out bool hedgedSlip))
                {
                    found.Denied(hedgedSlip);
                }
                else
                {
                    found.PainIn(clause);
                }
                at++;
                continue;
            }
            if (readyPrompt && phrase?.Intent is null or Intent.Progress or Intent.Repeat
                && lexicon.MovingOn.NextLength(ref tokens, at) is var nextLength and > 0 && (phrase is null || length <= nextLength))
            {
                found.AskedNext = true;
                found.NextIntent = phrase?.Intent;
                found.NextEnd = at + nextLength;
                at = found.NextEnd;
                continue;
            }
            if (phrase is null)
            {
                ReadSensation(flags, ref tokens, at, clause, namesCondition, found);
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
                ProgressClause = found.ProgressClause,
                ProgressEnd = found.ProgressEnd,
                HasTopic = found.Topic is not null,
                GeneralTopic = found.GeneralTopic,
            };
            var reading = PhraseRules.Read(ref site);
            end += found.Add(reading, phrase, clause, flags, reading == PhraseReading.ActivityCommand ? tokens.Ids[end] : 0);
            if (phrase.Intent == Intent.Progress)
            {
                found.ProgressClause = clause;
                found.ProgressEnd = end;
            }
            at = end;
        }

        return new MatchEvidence
        {
            Priority = table.Priority,
            Answers = table.Answers,
            NegatedPainMeaning = table.NegatedPain,
            ConditionTopic = lexicon.ConditionQuestion.Topic,
            Said = found.Present,
            MaybePain = found.MaybePain,
            NegatedPain = found.NegatedPain,
            PainClause = found.PainClause,
            Topic = found.Topic,
            TopicClause = found.TopicClause,
            GeneralTopic = found.GeneralTopic,
            MaybeCry = found.MaybeCry,
            CryOnlyInFront = found.CryOnlyInFront,
            NamesSaidThing = found.NamesSaidThing,
            MinorMaybePain = found.MinorMaybePain,
            MildState = found.MildState,
            TightnessNamed = found.TightnessNamed,
            OtherMaybePain = found.OtherMaybePain,
            PastConditionOver = found.PastConditionOver,
            UnlessAnswered = found.UnlessAnswered,
            MovingOn = movingOn,
            AskedNext = found.AskedNext,
            NextIntent = found.NextIntent,
            WordsAfterNext = found.AskedNext && WordsAfter(ref tokens, found.NextEnd),
            FinishDeniedOrAsked = found.AskedNext && lexicon.MovingOn.FinishDeniedOrAsked(flags, ref tokens),
            ActivityCommand = found.ActivityCommand,
            OwnActivity = found.OwnActivity,
            AskedAboutCondition = found.AskedAboutCondition,
            ConditionClause = conditionClause,
            BodyCaveat = caveatStart >= 0,
            CaveatUnderstood = found.CaveatUnderstood,
            LooseSensationClause = found.LooseSensationClause,
            LooseSensationElsewhere = found.LooseSensationElsewhere,
            SurfaceClause = found.SurfaceClause,
            NamesCondition = UtteranceFacts.NamesCondition(flags, ref tokens),
            GivingUp = lexicon.GivingUp.Matches(flags, ref tokens),
            PicturesPain = tokens.SawImagery,
            SharpSensation = UtteranceFacts.HasSharpSensation(flags, ref tokens),
            Travels = UtteranceFacts.Travels(flags, ref tokens),
            NamesPath = UtteranceFacts.NamesPath(flags, ref tokens),
            UnsureOfKind = ClauseWords.SaysAny(lexicon.UnsureOfKind, ref tokens),
            NamedKind = ClauseWords.SaysAny(lexicon.NamedKind, ref tokens),
            ReadyNow = lexicon.ReadyNow.Matches(flags, ref tokens),
            MentionsBody = UtteranceFacts.MentionsBody(flags, ref tokens),
            UnknownAfterCaveat = UtteranceFacts.UnknownAfterCaveat(flags, ref tokens),
        };
    }

    /// <summary>
    /// A sensation word no phrase claimed ("it smarts", "a jolt", "throbbed"): what the body feels, said in words the
    /// lists lack. An everyday one ("hot", "warm") is pain only beside a body part.
    /// </summary>
    private static void ReadSensation(WordFlags[] flags, ref TokenBuffer tokens, int at, int clause, bool namesCondition, ScanFindings found)
    {
        var sensation = flags[tokens.Ids[at]] & WordFlags.Sensation;
        if (sensation == 0)
        {
            return;
        }
        if (Negation.IsNegated(flags, ref tokens, at, at + 1, answer: false, out bool hedged))
        {
            found.Denied(hedged);
        }
        else if (namesCondition)
        {
            found.AskedAboutCondition = true;
        }
        else if (Negation.IsHypothetical(flags, ref tokens, at))
        {
            found.MaybePain = true;
        }
        else if (sensation == WordFlags.MaybeSensation)
        {
            if (ClauseWords.InClauseWith(flags, ref tokens, at, WordFlags.BodyPart))
            {
                found.MaybePain = true;
            }
            else
            {
                found.LooseSensationIn(clause);
            }
        }
        else
        {
            found.PainIn(clause);
        }
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
}
