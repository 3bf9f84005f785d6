using SeatedRelease.Practice.Recognition.Rules;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// What the phrase scan has found so far, changed only while the scan runs and then frozen into a
/// <see cref="MatchEvidence"/> the rules read. Clause numbers are -1 for none.
/// </summary>
internal sealed class ScanFindings(bool ambiguousPain)
{
    public ulong Present;
    public bool MaybePain = ambiguousPain;
    public bool NegatedPain;
    public int PainClause = -1;
    public string? Topic;
    public int TopicClause = -1;
    public bool GeneralTopic;
    public bool MaybeCry;
    public bool CryOnlyInFront = true;
    public bool NamesSaidThing;
    public bool MinorMaybePain;
    public bool MildState;
    // "hamstrings are tight but it doesn't hurt, carry on": a tightness named, and whether anything else only possibly
    // pain was said beside it.
    public bool TightnessNamed;
    public bool OtherMaybePain;
    public bool PastConditionOver;
    public ulong UnlessAnswered;
    public bool ActivityCommand;
    public bool OwnActivity;
    public bool AskedAboutCondition;
    public bool CaveatUnderstood;
    // "a sheepskin rug by the fire": an everyday sensation word said of no body part, weighed by the rules.
    public int LooseSensationClause = -1;
    public bool LooseSensationElsewhere;
    public int SurfaceClause = -1;
    public int ProgressClause = -1;
    public int ProgressEnd = -1;
    // "alright, what's next" at the ready prompt asks for the next cue, not how far along it is.
    public bool AskedNext;
    public Intent? NextIntent;
    public int NextEnd = -1;

    /// <summary>The first clause that says a pain plainly is kept.</summary>
    public void PainIn(int clause)
    {
        if (PainClause < 0)
        {
            PainClause = clause;
        }
    }

    /// <summary>A pain word said not to be there: hedged ("doesn't hurt much") it may still be pain.</summary>
    public void Denied(bool hedged)
    {
        MaybePain |= hedged;
        NegatedPain |= !hedged;
    }

    public void LooseSensationIn(int clause)
    {
        LooseSensationElsewhere |= LooseSensationClause >= 0 && LooseSensationClause != clause;
        LooseSensationClause = clause;
    }

    /// <summary>
    /// Adds what a phrase rule read of <paramref name="phrase"/> in <paramref name="clause"/>; <paramref name="nextId"/>
    /// is the word after it. Returns how many words after the phrase the reading took too.
    /// </summary>
    public int Add(PhraseReading reading, Phrase phrase, int clause, WordFlags[] flags, int nextId)
    {
        switch (reading)
        {
            case PhraseReading.DeniedPain:
                Denied(hedged: false);
                break;
            case PhraseReading.HedgedPain:
            case PhraseReading.MaybePain:
                MaybePain = true;
                break;
            case PhraseReading.Pain:
                PainIn(clause);
                break;
            case PhraseReading.ConditionAsked:
                AskedAboutCondition = true;
                break;
            case PhraseReading.ActivityCommand:
                ActivityCommand = true;
                OwnActivity |= nextId > 0 && (flags[nextId] & WordFlags.OwnActivity) != 0;
                break;
            case PhraseReading.Topic:
                Topic = phrase.Topic;
                GeneralTopic = phrase.General;
                TopicClause = clause;
                Present |= MatchState.Bit(Intent.Question);
                break;
            case PhraseReading.TurnedAround:
                Present |= MatchState.Bit(Intent.No);
                return 1;
            case PhraseReading.ConditionOver:
                PastConditionOver = true;
                break;
            case PhraseReading.WholeSession:
                Present |= MatchState.Bit(Intent.Stop);
                break;
            case PhraseReading.MinorFeeling:
                MinorMaybePain = true;
                // "no pain, just a pull, next please" is the stretch felt, as an unminimised one would be.
                Felt(phrase, flags);
                break;
            case PhraseReading.MildState:
                MildState = true;
                TightnessNamed = true;
                break;
            case PhraseReading.Recalled:
                Present |= MatchState.Bit(Intent.Repeat);
                break;
            case PhraseReading.SaidThing:
                NamesSaidThing = true;
                break;
            case PhraseReading.UnlessAnswered:
                UnlessAnswered |= MatchState.Bit(phrase.Intent);
                break;
            case PhraseReading.Said:
                if (phrase.Intent == Intent.MaybePain)
                {
                    Felt(phrase, flags);
                }
                Present |= MatchState.Bit(phrase.Intent);
                if (phrase.Intent is Intent.Mat or Intent.Carpet or Intent.Hardwood)
                {
                    SurfaceClause = clause;
                }
                break;
        }
        return 0;
    }

    private void Felt(Phrase phrase, WordFlags[] flags)
    {
        foreach (int token in phrase.Tokens)
        {
            if ((flags[token] & WordFlags.MildState) != 0)
            {
                TightnessNamed = true;
                return;
            }
        }
        OtherMaybePain = true;
    }
}
