namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Finds the phrases of one context in a token buffer, left to right, longest first, and weighs each
/// against the words around it: negation ("not sore"), hedges ("doesn't hurt much"), hypotheticals
/// ("what if it hurts") and whether a topic is being asked about.
/// </summary>
internal static class PhraseMatcher
{
    private const int MaxSkippedWords = 3;
    private const int AfterWindow = 3;

    public static Recognition Match(Lexicon lexicon, ContextTable table, ref TokenBuffer tokens, bool ambiguousPain)
    {
        var flags = lexicon.Flags;
        bool questionCue = tokens.SawQuestionMark;
        for (int i = 0; i < tokens.Count && !questionCue; i++)
        {
            int id = tokens.Ids[i];
            bool opensClause = i == 0 || tokens.Ids[i - 1] == Lexicon.Boundary;
            questionCue = id > 0 && ((flags[id] & WordFlags.QuestionCue) != 0 || (opensClause && (flags[id] & WordFlags.QuestionOpener) != 0));
        }

        ulong present = 0;
        bool maybePain = ambiguousPain;
        bool negatedPain = false;
        int painClause = -1;
        int topicClause = -1;
        string? topic = null;
        int clause = 0;
        int at = 0;
        bool maybeCry = false;
        bool cryOnlyInFront = true;
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
            var phrase = Best(table.ByFirstToken[id], ref tokens, at, questionCue);
            if (phrase is null)
            {
                // A sensation word no phrase claimed ("it smarts", "a jolt", "throbbed"): what the body feels, said in words the lists lack.
                var sensation = flags[id] & WordFlags.Sensation;
                if (sensation != 0)
                {
                    if (IsNegated(flags, ref tokens, at, at + 1, out bool hedgedSensation))
                    {
                        maybePain |= hedgedSensation;
                        negatedPain |= !hedgedSensation;
                    }
                    else if (sensation == WordFlags.MaybeSensation || IsHypothetical(flags, ref tokens, at))
                    {
                        maybePain = true;
                    }
                    else if (painClause < 0)
                    {
                        painClause = clause;
                    }
                }
                at++;
                continue;
            }
            int end = at + phrase.Tokens.Length;
            if (phrase.Negatable && IsNegated(flags, ref tokens, at, end, out bool hedged))
            {
                // A negated pain word is still news: "doesn't hurt much" is a little pain, "no pain" answers a question.
                if (phrase.Intent == Intent.Pain)
                {
                    maybePain |= hedged;
                    negatedPain |= !hedged;
                }
            }
            else if (phrase.Intent == Intent.Pain)
            {
                if (IsHypothetical(flags, ref tokens, at))
                {
                    maybePain = true;
                }
                else if (painClause < 0)
                {
                    painClause = clause;
                }
            }
            else if (phrase.Intent == Intent.Question)
            {
                if ((phrase.SelfCued || questionCue) && topic is null)
                {
                    topic = phrase.Topic;
                    topicClause = clause;
                    present |= Bit(Intent.Question);
                }
            }
            else
            {
                present |= Bit(phrase.Intent);
            }
            at = end;
        }

        if (painClause >= 0)
        {
            // "does this help my back pain" asks about the practice while naming pain: ask, do not guess.
            if (topicClause == painClause)
            {
                maybePain = true;
                present &= ~Bit(Intent.Question);
            }
            else
            {
                present |= Bit(Intent.Pain);
            }
        }
        if (maybePain)
        {
            // Where the kind of pain is asked, pain is already known: "did you say it hurts?" would be a detour whose
            // "no" resumes the movement, so a maybe is a pain report and the kind is asked again.
            present |= Bit(table.AsksPainKind ? Intent.Pain : Intent.MaybePain);
        }
        if (negatedPain && painClause < 0 && table.NegatedPain is { } meaning)
        {
            present |= Bit(meaning);
        }
        // "ah, okay" and "ohh right" open with a sound that acknowledges; the same sound alone, or after the answer
        // ("ready... ahhh"), may be pain, so the bot asks.
        if (maybeCry && !(cryOnlyInFront && present != 0))
        {
            maybePain = true;
            present |= Bit(table.AsksPainKind ? Intent.Pain : Intent.MaybePain);
        }
        // At the pain-kind prompt the movement has already stopped and pain is known. A picture of the pain ("like a
        // knife", "a zap") or a sharp sensation word is not a mild answer, and calling a sharp pain mild is the costly
        // mistake (it offers to go on), so it is sharp unless a mild word says otherwise.
        if (table.AsksPainKind && (present & (Bit(Intent.Sharp) | Bit(Intent.Mild))) == 0
            && (tokens.SawImagery || HasSharpSensation(flags, ref tokens)))
        {
            present |= Bit(Intent.Sharp);
        }
        foreach (var intent in table.Priority)
        {
            if ((present & Bit(intent)) != 0)
            {
                return intent == Intent.Question ? new Recognition(Intent.Question, topic) : new Recognition(intent);
            }
        }
        // A maybe-pain never falls through to unknown, even where the context does not list it.
        if (maybePain) return new Recognition(Intent.MaybePain);
        // Nothing understood, yet it speaks of the body ("my leg's on fire"): ask rather than re-prompt, because
        // the phrasings of pain are more than any list holds. Not at the pain-kind prompt: pain is already known there.
        if (present == 0 && !negatedPain && !table.Priority.Contains(Intent.Sharp) && MentionsBody(flags, ref tokens))
        {
            return new Recognition(Intent.MaybePain);
        }
        return new Recognition(Intent.Unknown);
    }

    private static bool MentionsBody(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id > 0 && (flags[id] & WordFlags.BodyPart) != 0) return true;
        }
        return false;
    }

    private static bool HasSharpSensation(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id > 0 && (flags[id] & (WordFlags.SharpSensation | WordFlags.MaybeSensation)) != 0 && !IsNegated(flags, ref tokens, i, i + 1, out _))
            {
                return true;
            }
        }
        return false;
    }

    private static Phrase? Best(Phrase[]? phrases, ref TokenBuffer tokens, int at, bool questionCue)
    {
        if (phrases is null)
        {
            return null;
        }
        foreach (var phrase in phrases)
        {
            if (phrase.Alone && (at != 0 || phrase.Tokens.Length != tokens.Count))
            {
                continue;
            }
            // A topic word that is also an answer ("sciatica" at the safety screen) is the topic only when asked about.
            if (phrase.Intent == Intent.Question && !phrase.SelfCued && !questionCue)
            {
                continue;
            }
            if (tokens.Matches(phrase.Tokens, at))
            {
                return phrase;
            }
        }
        return null;
    }

    /// <summary>"not (really) sore", "no pain", "pain is gone"; the negator must be next to the phrase or separated only by skip words.</summary>
    private static bool IsNegated(WordFlags[] flags, ref TokenBuffer tokens, int start, int end, out bool hedged)
    {
        hedged = false;
        int j = (flags[tokens.Ids[start]] & WordFlags.Subject) != 0 ? -1 : start - 1;
        int skipped = 0;
        bool negated = false;
        while (j >= 0 && tokens.Ids[j] > 0)
        {
            var f = flags[tokens.Ids[j]];
            if ((f & WordFlags.Negator) != 0)
            {
                negated = true;
                break;
            }
            if ((f & WordFlags.NegationSkip) == 0 || skipped == MaxSkippedWords)
            {
                break;
            }
            hedged |= (f & WordFlags.Hedge) != 0;
            skipped++;
            j--;
        }
        for (int k = end; k < tokens.Count && k < end + AfterWindow && tokens.Ids[k] > 0; k++)
        {
            var f = flags[tokens.Ids[k]];
            hedged |= negated && (f & WordFlags.Hedge) != 0;
            if (!negated && (f & WordFlags.AfterNegator) != 0 && !((flags[tokens.Ids[k - 1]] & WordFlags.Negator) != 0))
            {
                negated = true;
            }
        }
        if (!negated)
        {
            hedged = false;
        }
        return negated;
    }

    private static bool IsHypothetical(WordFlags[] flags, ref TokenBuffer tokens, int start)
    {
        for (int j = start - 1; j >= 0 && tokens.Ids[j] != Lexicon.Boundary; j--)
        {
            if (tokens.Ids[j] > 0 && (flags[tokens.Ids[j]] & WordFlags.Hypothetical) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static ulong Bit(Intent intent) => 1UL << (int)intent;
}
