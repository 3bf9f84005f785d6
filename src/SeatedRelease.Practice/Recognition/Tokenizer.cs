namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Turns an utterance into word ids: normalised by <see cref="TextScanner"/>, contractions expanded,
/// sound-alikes mapped to the word they stand for, long typos corrected, repeats dropped.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Fills <paramref name="tokens"/>; returns true when a typo could be a pain word or something else.</summary>
    public static bool Tokenize(Lexicon lexicon, ReadOnlySpan<char> text, ref TokenBuffer tokens)
    {
        bool ambiguousPain = false;
        int position = 0;
        int written = 0;
        // The word as typed, kept only when a vowel is held: collapsing runs loses whether "coool" was "cool" or "col".
        Span<char> typed = stackalloc char[WordRepair.MaxWord];
        while (true)
        {
            var kind = TextScanner.NextRaw(text, ref position, tokens.Chars[written..], out int length, ref tokens.SawQuestionMark);
            if (kind == TokenKind.End)
            {
                break;
            }
            if (kind == TokenKind.Boundary)
            {
                tokens.Add(Lexicon.Boundary, -1, 0);
                continue;
            }
            var word = tokens.Chars.Slice(written, length);
            int typedLength = 0;
            if (length <= WordRepair.MaxWord && WordRepair.HasHeldVowel(word))
            {
                word.CopyTo(typed);
                typedLength = length;
            }
            // A sound drawn out ("ahhh", "owwww") is a cry before it is the word it collapses to ("ah" is a filler);
            // a word typed plainly is a cry only if the lexicon does not know it.
            var cry = TextScanner.HasLongRun(word) ? lexicon.Cries.Match(word) : CryKind.None;
            if (cry == CryKind.None)
            {
                length = TextScanner.CollapseRuns(word);
                word = word[..length];
            }
            if (cry != CryKind.None)
            {
                tokens.Add(cry == CryKind.Pain ? Lexicon.PainCry : Lexicon.MaybeCry, written, length);
            }
            else if (lexicon.TryGetContraction(word, out var expansion))
            {
                foreach (int id in expansion)
                {
                    tokens.Add(id, -1, 0);
                }
            }
            else if (lexicon.TryGetWord(word, out int id))
            {
                tokens.Add(lexicon.Canonical[id], written, length);
            }
            else if ((cry = lexicon.Cries.Match(word)) != CryKind.None)
            {
                tokens.Add(cry == CryKind.Pain ? Lexicon.PainCry : Lexicon.MaybeCry, written, length);
            }
            else if (typedLength > 0 && DrawnOut(lexicon, typed[..typedLength], word, ref ambiguousPain) is >= 0 and var drawn)
            {
                tokens.Add(drawn > 0 ? drawn : -1, written, length);
            }
            else
            {
                var outcome = lexicon.Fuzzy.Find(word, out int corrected);
                ambiguousPain |= outcome == FuzzyOutcome.AmbiguousWithPain;
                // A doubled letter explains a word more narrowly than a changed one: "sorre" is sore. A pain word found
                // either way is never traded for a word that is not pain: the two together only ask.
                if (outcome == FuzzyOutcome.Match && WordRepair.TryUndouble(lexicon, word, out int doubled) && doubled != corrected)
                {
                    if (lexicon.PainWords[corrected] && !lexicon.PainWords[doubled])
                    {
                        ambiguousPain = true;
                        outcome = FuzzyOutcome.AmbiguousWithPain;
                    }
                    else
                    {
                        corrected = doubled;
                    }
                }
                if (outcome == FuzzyOutcome.Match)
                {
                    tokens.Add(corrected, written, length);
                }
                else if (outcome == FuzzyOutcome.NoMatch && (lexicon.Fuzzy.FindExact(word, out int slipped) || lexicon.Fuzzy.FindInner(word, out slipped)))
                {
                    tokens.Add(slipped, written, length);
                }
                else if (outcome == FuzzyOutcome.NoMatch && WordRepair.TryUndouble(lexicon, word, out int undoubled))
                {
                    tokens.Add(undoubled, written, length);
                }
                else if (outcome == FuzzyOutcome.NoMatch && WordRepair.TrySplit(lexicon, word, out int left, out int right, out int at))
                {
                    tokens.Add(left, written, at);
                    tokens.Add(right, written + at, length - at);
                }
                else
                {
                    tokens.Add(-1, written, length);
                }
            }
            written += length;
        }
        tokens.TrimTrailingBoundary();
        // "contnue" said alone: a long answer with a letter dropped or doubled. Alone it can only be an answer; in a
        // sentence the same slip could be any word, and a false ready is the costly mistake.
        if (!ambiguousPain && tokens.Count == 1 && tokens.Ids[0] == -1 && tokens.Starts[0] >= 0
            && lexicon.Fuzzy.FindLongAnswer(tokens.Chars.Slice(tokens.Starts[0], tokens.Lengths[0]), out int answer))
        {
            tokens.Ids[0] = answer;
        }
        WordRepair.JoinHeardApart(lexicon, ref tokens);
        WordRepair.JoinSplitWords(lexicon, ref tokens);
        tokens.SawImagery = HasAny(lexicon.Similes, ref tokens);
        return ambiguousPain;
    }

    /// <summary>
    /// A word said drawn out ("noo", "reeady"): the word it holds, 0 when that reading and a typo reading disagree about
    /// pain (the word is then unknown and the utterance asks), or -1 when it holds no word.
    /// </summary>
    private static int DrawnOut(Lexicon lexicon, ReadOnlySpan<char> typed, ReadOnlySpan<char> word, ref bool ambiguousPain)
    {
        int drawn = WordRepair.FindDrawnOut(lexicon, typed, out bool ambiguous);
        if (ambiguous)
        {
            ambiguousPain = true;
            return 0;
        }
        if (drawn < 0)
        {
            return -1;
        }
        // A pain word is never traded for one that is not pain: "paain" is pain, and a word both readings claim only asks.
        if (!lexicon.PainWords[drawn] && lexicon.Fuzzy.Find(word, out int corrected) == FuzzyOutcome.Match && corrected != drawn && lexicon.PainWords[corrected])
        {
            ambiguousPain = true;
            return 0;
        }
        return drawn;
    }

    // Looked for before fillers go: "like" is a filler in "like, ready" but a simile in "like a knife".
    private static bool HasAny(int[][] sequences, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var sequence in sequences)
            {
                if (tokens.Matches(sequence, i))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Drops fillers and polite wrappers ("um", "could you please"), except where a phrase of this context
    /// starts with them at least as long ("uh huh" is a yes, not a filler and "huh"); notes a dropped hesitation sound.
    /// </summary>
    public static void RemoveFillers(WordFlags[] flags, ContextTable table, ref TokenBuffer tokens)
    {
        int count = tokens.Count;
        tokens.Count = 0;
        int read = 0;
        bool minimiserDropped = false;
        while (read < count)
        {
            int id = tokens.Ids[read];
            int keep = 1;
            if (id > 0)
            {
                // A phrase protects all its words, so "not really" keeps "really" and "i think so" keeps "so".
                int phrase = LongestMatch(table.ByFirstToken[id], tokens.Ids[..count], read, count);
                int removable = LongestMatch(table.RemovableByFirstToken[id], tokens.Ids[..count], read, count);
                // A set phrase longer than any phrase starting there is what was said: "break a leg" wishes luck, it is no break.
                if (removable > phrase)
                {
                    // "mm hmm... erm": a sound of thinking tells that a back-channel beside it is not yet an answer.
                    tokens.SawHesitation |= removable == 1 && (flags[id] & WordFlags.Hesitation) != 0;
                    // "no, just tight hamstrings": the filler goes, but the word after it is still offered as minor.
                    minimiserDropped = removable == 1 && (flags[id] & WordFlags.Minimiser) != 0;
                    read += removable;
                    // "no just tight" is "no, just tight" with its comma lost: the answer does not negate what follows.
                    // A verb's negator is not an answer ("not just yet" stays "not yet").
                    if (minimiserDropped && tokens.Count > 0 && tokens.Ids[tokens.Count - 1] is > 0 and var before
                        && (flags[before] & (WordFlags.Negator | WordFlags.VerbNegator)) == WordFlags.Negator)
                    {
                        tokens.Add(Lexicon.Boundary, -1, 0);
                    }
                    continue;
                }
                keep = Math.Max(phrase, 1);
            }
            // Add compacts in place (it never writes ahead of read) and drops repeats the removal exposed.
            for (int k = 0; k < keep; k++, read++)
            {
                int at = tokens.Count;
                tokens.Add(tokens.Ids[read], tokens.Starts[read], tokens.Lengths[read]);
                if (minimiserDropped && tokens.Count > at && tokens.Ids[at] != Lexicon.Boundary)
                {
                    tokens.MarkAfterMinimiser(at);
                }
                minimiserDropped = false;
            }
        }
        tokens.TrimTrailingBoundary();
    }

    private static int LongestMatch(Phrase[]? phrases, ReadOnlySpan<int> ids, int at, int count)
    {
        if (phrases is null)
        {
            return 0;
        }
        foreach (var phrase in phrases)
        {
            if (phrase.Tokens.Length <= count - at && ids.Slice(at, phrase.Tokens.Length).SequenceEqual(phrase.Tokens))
            {
                return phrase.Tokens.Length;
            }
        }
        return 0;
    }
}
