namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Facts of a whole utterance the rules weigh beside its phrases: the body named, a condition of it, a pain that travels
/// or has a path, a sharp sensation, a word nobody understood after a caveat.
/// </summary>
internal static class UtteranceFacts
{
    internal static bool UnknownAfterCaveat(WordFlags[] flags, ref TokenBuffer tokens)
    {
        bool caveat = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (caveat && id == -1) return true;
            caveat |= id > 0 && (flags[id] & WordFlags.Caveat) != 0;
        }
        return false;
    }

    /// <summary>How far a travelling pain's direction may come after its verb ("goes all the way down").</summary>
    private const int TravelReach = 5;

    /// <summary>How far the body part may come after the direction ("down the back of my leg").</summary>
    private const int DestinationReach = 3;

    /// <summary>
    /// A pain said to travel to a body part: a `travelling` verb not said by the listener of themself, a direction within
    /// <see cref="TravelReach"/> words, and a body part soon after the direction, in one clause ("it runs down into my
    /// foot"). A side word after the direction is the practice moving on ("it goes to the other leg").
    /// </summary>
    internal static bool Travels(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id <= 0 || !(IsTravelVerb(flags, ref tokens, i)) || MoverBefore(flags, ref tokens, i)) continue;
            int toward = -1;
            for (int j = i + 1; j < tokens.Count; j++)
            {
                int next = tokens.Ids[j];
                if (next <= 0) break;
                var f = flags[next];
                if ((f & WordFlags.TravelToward) != 0 && j - i <= TravelReach)
                {
                    toward = j;
                }
                else if ((toward < 0 && j - i > TravelReach) || (toward >= 0 && (j - toward > DestinationReach || (f & WordFlags.TravelAside) != 0)))
                {
                    break;
                }
                else if (toward >= 0 && NamesBody(flags, ref tokens, j))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A travelling verb, or dictation's mishearing of one ("shouting down the back of my leg") with a path word straight
    /// after it: "the kids are shouting" and "shouting downstairs" stay noise, and so does someone else shouting down a
    /// place ("the kids are shouting down the back of the garden").
    /// </summary>
    internal static bool IsTravelVerb(WordFlags[] flags, ref TokenBuffer tokens, int at)
    {
        var f = flags[tokens.Ids[at]];
        if ((f & WordFlags.TravelVerb) != 0) return true;
        if ((f & WordFlags.TravelMisheard) == 0 || at + 1 >= tokens.Count) return false;
        int next = tokens.Ids[at + 1];
        return next > 0 && (flags[next] & WordFlags.TravelPath) != 0 && !tokens.MarkedBefore(flags, at, WordFlags.Other);
    }

    /// <summary>How far the body part may come after a path word said without a verb ("down the outside of my thigh").</summary>
    private const int PathReach = 5;

    /// <summary>
    /// At the pain-kind prompt: a path word and a body part soon after it ("down the back of my thigh", "right
    /// down into my foot", "along my shin") say where the pain goes, so it spreads, with no verb said. Not under a
    /// negator earlier in its clause ("it doesn't go down my leg", "not down my leg"), nor of someone else ("the kids
    /// are shouting down the back of the garden"), nor after a word that places the
    /// body ("when I lie down on my back"), nor with a side named after it (the practice moving on).
    /// </summary>
    internal static bool NamesPath(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id <= 0 || (flags[id] & WordFlags.TravelPath) == 0) continue;
            if (i > 0 && tokens.Ids[i - 1] > 0 && (flags[tokens.Ids[i - 1]] & WordFlags.TravelStill) != 0) continue;
            if (tokens.MarkedBefore(flags, i, WordFlags.Negator | WordFlags.Other)) continue;
            for (int j = i + 1; j < tokens.Count && j - i <= PathReach; j++)
            {
                int next = tokens.Ids[j];
                if (next <= 0 || (flags[next] & WordFlags.TravelAside) != 0) break;
                if (NamesBody(flags, ref tokens, j)) return true;
            }
        }
        return false;
    }

    /// <summary>"I'm going to my left leg", "we're moving into the right side": the subject just before the verb moves.</summary>
    internal static bool MoverBefore(WordFlags[] flags, ref TokenBuffer tokens, int at)
    {
        for (int i = at - 1; i >= 0 && i >= at - 2; i--)
        {
            int id = tokens.Ids[i];
            if (id <= 0) return false;
            if ((flags[id] & WordFlags.TravelMover) != 0) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a body part is named as the body: not as a place ("the back bedroom") and not in a clause that says only
    /// a plain state of it ("my feet are cold").
    /// </summary>
    internal static bool MentionsBody(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (NamesBody(flags, ref tokens, i) && !ClauseWords.InClauseWith(flags, ref tokens, i, WordFlags.PlainState)) return true;
        }
        return false;
    }

    /// <summary>How far after a condition word its body part may come ("a dodgy lower back").</summary>
    private const int ConditionBefore = 2;

    /// <summary>How far after its body part a condition word may come ("my left knee is a bit weak").</summary>
    private const int ConditionAfter = 4;

    /// <summary>
    /// True when a `condition_states` word is said of a body part close by in its clause ("a dodgy lower back", "my knees
    /// are weak") and no negator comes before it in the clause ("my knee isn't bad", "I don't have a bad back"). Close,
    /// because "the weather is bad for my knees" says nothing of a condition.
    /// </summary>
    internal static bool NamesCondition(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id <= 0 || (flags[id] & WordFlags.ConditionState) == 0) continue;
            if (tokens.MarkedBefore(flags, i, WordFlags.Negator)) continue;
            for (int k = i + 1; k < tokens.Count && k <= i + ConditionBefore && tokens.Ids[k] != Lexicon.Boundary; k++)
            {
                if (NamesBody(flags, ref tokens, k)) return true;
            }
            for (int k = i - 1; k >= 0 && k >= i - ConditionAfter && tokens.Ids[k] != Lexicon.Boundary; k--)
            {
                if (NamesBody(flags, ref tokens, k)) return true;
            }
        }
        return false;
    }

    internal static bool NamesBody(WordFlags[] flags, ref TokenBuffer tokens, int at)
    {
        int id = tokens.Ids[at];
        if (id <= 0 || (flags[id] & WordFlags.BodyPart) == 0) return false;
        int next = at + 1 < tokens.Count ? tokens.Ids[at + 1] : 0;
        return next <= 0 || (flags[next] & WordFlags.Place) == 0;
    }

    internal static bool HasSharpSensation(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            // "the toast is burning": something else in the room burns, which says nothing of the kind of pain.
            if (id > 0 && (flags[id] & (WordFlags.SharpSensation | WordFlags.MaybeSensation)) != 0 && !Negation.IsNegated(flags, ref tokens, i, i + 1, answer: false, out _)
                && !ClauseWords.NoiseOfSomeoneElse(flags, ref tokens, i, i + 1))
            {
                return true;
            }
        }
        return false;
    }
}
