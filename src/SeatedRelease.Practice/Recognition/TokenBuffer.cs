namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The words of one utterance as ids, on the stack or in pooled arrays: recognizing allocates nothing
/// on the heap for ordinary utterances. A word not in the lexicon has id -1 and keeps its text span.
/// </summary>
internal ref struct TokenBuffer
{
    public Span<int> Ids;
    public Span<int> Starts;
    public Span<int> Lengths;
    public Span<char> Chars;
    public int Count;
    public bool SawQuestionMark;
    /// <summary>A simile ("like a", "as if"): at the pain-kind prompt, a picture of the pain rather than a measure of it.</summary>
    public bool SawImagery;
    /// <summary>A hesitation sound ("hmm", "um") was dropped as a filler.</summary>
    public bool SawHesitation;
    /// <summary>
    /// Bit i: token i came right after a minimiser that was dropped as a filler ("no, just a stiff neck"), so the word
    /// is still known to be offered as minor once the filler is gone. Only the first <see cref="MarkedTokens"/> are marked.
    /// </summary>
    public ulong AfterMinimiser;

    /// <summary>How many tokens <see cref="AfterMinimiser"/> can mark: one bit each, so the buffer stays on the stack.</summary>
    public const int MarkedTokens = 64;

    public readonly bool IsAfterMinimiser(int index) => index < MarkedTokens && (AfterMinimiser >> index & 1) != 0;

    public void MarkAfterMinimiser(int index)
    {
        if (index < MarkedTokens)
        {
            AfterMinimiser |= 1UL << index;
        }
    }

    public TokenBuffer(Span<int> ids, Span<int> starts, Span<int> lengths, Span<char> chars)
    {
        Ids = ids;
        Starts = starts;
        Lengths = lengths;
        Chars = chars;
        Count = 0;
        SawQuestionMark = false;
        SawImagery = false;
        SawHesitation = false;
        AfterMinimiser = 0;
    }

    /// <summary>Appends a token unless it repeats the one before ("stop stop stop", "no, no").</summary>
    public void Add(int id, int start, int length)
    {
        if (id == Lexicon.Boundary && (Count == 0 || Ids[Count - 1] == Lexicon.Boundary))
        {
            return;
        }
        if (Count > 0 && SameAsPrevious(id, start, length))
        {
            return;
        }
        Ids[Count] = id;
        Starts[Count] = start;
        Lengths[Count] = length;
        Count++;
    }

    public void TrimTrailingBoundary()
    {
        if (Count > 0 && Ids[Count - 1] == Lexicon.Boundary)
        {
            Count--;
        }
    }

    /// <summary>True when a word before <paramref name="at"/>, back to the start of its clause, has any of <paramref name="marks"/>.</summary>
    public readonly bool MarkedBefore(WordFlags[] flags, int at, WordFlags marks)
    {
        for (int j = at - 1; j >= 0 && Ids[j] != Lexicon.Boundary; j--)
        {
            if (Ids[j] > 0 && (flags[Ids[j]] & marks) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a word from <paramref name="from"/> to the end of its clause has any of <paramref name="marks"/>.</summary>
    public readonly bool MarkedFrom(WordFlags[] flags, int from, WordFlags marks)
    {
        for (int k = from; k < Count && Ids[k] != Lexicon.Boundary; k++)
        {
            if (Ids[k] > 0 && (flags[Ids[k]] & marks) != 0)
            {
                return true;
            }
        }
        return false;
    }

    public readonly bool Matches(int[] tokens, int at) =>
        tokens.Length <= Count - at && Ids.Slice(at, tokens.Length).SequenceEqual(tokens);

    private readonly bool SameAsPrevious(int id, int start, int length)
    {
        int previous = Ids[Count - 1];
        if (id >= 0)
        {
            return id == previous;
        }
        return previous < 0 && Lengths[Count - 1] == length && start >= 0 && Starts[Count - 1] >= 0
            && Chars.Slice(start, length).SequenceEqual(Chars.Slice(Starts[Count - 1], length));
    }
}
