namespace SeatedRelease.Practice.Recognition;

/// <summary>What <see cref="TextScanner.Next"/> found.</summary>
internal enum TokenKind
{
    End,
    Word,
    /// <summary>A clause break (comma, full stop...): negation and phrases do not reach across it.</summary>
    Boundary,
}

/// <summary>
/// Cuts text into lower-case words without allocating. Both the lexicon loader and the recognizer use
/// it, so a phrase written in the YAML is normalised exactly as an utterance is.
/// </summary>
internal static class TextScanner
{
    /// <summary>
    /// Reads the next word or boundary from <paramref name="text"/> at <paramref name="position"/>,
    /// writing the normalised word into <paramref name="destination"/> (which must be at least as long as the text).
    /// </summary>
    public static TokenKind Next(ReadOnlySpan<char> text, ref int position, Span<char> destination, out int length, ref bool sawQuestionMark)
    {
        var kind = NextRaw(text, ref position, destination, out length, ref sawQuestionMark);
        if (kind == TokenKind.Word)
        {
            length = CollapseRuns(destination[..length]);
        }
        return kind;
    }

    /// <summary>
    /// As <see cref="Next"/>, but leaves drawn-out letters as typed: how far a sound is drawn out is what tells
    /// "ahhh" (a cry) from "ah" (a filler), so the tokenizer looks before it collapses.
    /// </summary>
    public static TokenKind NextRaw(ReadOnlySpan<char> text, ref int position, Span<char> destination, out int length, ref bool sawQuestionMark)
    {
        length = 0;
        while (position < text.Length)
        {
            char c = text[position];
            if (char.IsLetterOrDigit(c))
            {
                break;
            }
            position++;
            if (c == '?')
            {
                sawQuestionMark = true;
                return TokenKind.Boundary;
            }
            // An ellipsis is a pause for breath inside one thought ("this leg... done... other one", "slow... er...
            // please"), not the end of a sentence, so it joins what is said around it.
            if (c == '…' || (c == '.' && ((position < text.Length && text[position] == '.') || (position >= 2 && text[position - 2] == '.'))))
            {
                continue;
            }
            if (c is ',' or '.' or ';' or ':' or '!')
            {
                return TokenKind.Boundary;
            }
        }
        if (position >= text.Length)
        {
            return TokenKind.End;
        }
        while (position < text.Length)
        {
            char c = text[position];
            if (char.IsLetterOrDigit(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
                position++;
            }
            else if (IsApostrophe(c) && position + 1 < text.Length && char.IsLetter(text[position + 1]))
            {
                // "doesn't" and "doesnt" must meet the same contraction entry; speech-to-text writes both.
                position++;
            }
            else
            {
                break;
            }
        }
        return TokenKind.Word;
    }

    /// <summary>Splits a lexicon entry into normalised words; reports whether it held a clause break.</summary>
    public static List<string> SplitWords(string text, out bool hadBoundary)
    {
        var words = new List<string>();
        hadBoundary = false;
        var buffer = new char[text.Length];
        int position = 0;
        bool question = false;
        while (true)
        {
            var kind = Next(text, ref position, buffer, out int length, ref question);
            if (kind == TokenKind.End)
            {
                break;
            }
            if (kind == TokenKind.Boundary)
            {
                hadBoundary = true;
                continue;
            }
            words.Add(new string(buffer, 0, length));
        }
        hadBoundary |= question;
        return words;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    /// <summary>"owww" and "reaaady" are how people type a drawn-out sound: three or more of a letter become one.</summary>
    /// <summary>True when some letter is typed three times or more in a row, which <see cref="CollapseRuns"/> would shorten.</summary>
    public static bool HasLongRun(ReadOnlySpan<char> word)
    {
        for (int i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                return true;
            }
        }
        return false;
    }

    public static int CollapseRuns(Span<char> word)
    {
        int write = 0;
        int read = 0;
        while (read < word.Length)
        {
            char c = word[read];
            int run = 1;
            while (read + run < word.Length && word[read + run] == c)
            {
                run++;
            }
            int keep = run >= 3 ? 1 : run;
            for (int k = 0; k < keep; k++)
            {
                word[write++] = c;
            }
            read += run;
        }
        return write;
    }
}
