using System.Text;

namespace SeatedRelease.Practice.Safety;

/// <summary>
/// An utterance split into lower-case words and clauses, with contractions opened, so that the safety
/// word lists can be written plainly ("do not", "leg is") and matched whole.
/// </summary>
public sealed class Words
{
    // Clause breaks for negation and questions: "no pain but tingling" has two clauses.
    private static readonly HashSet<string> ClauseWords = ["but", "though", "although", "however", "and", "except", "yet"];

    private Words(IReadOnlyList<string> tokens, IReadOnlyList<int> clauses, bool question)
    {
        Tokens = tokens;
        Clauses = clauses;
        EndsWithQuestionMark = question;
    }

    /// <summary>The words, in order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The clause index of each word.</summary>
    public IReadOnlyList<int> Clauses { get; }

    /// <summary>The text ended with a question mark.</summary>
    public bool EndsWithQuestionMark { get; }

    /// <summary>Splits a listener's text.</summary>
    public static Words Of(string text)
    {
        var tokens = new List<string>();
        var clauses = new List<int>();
        var clause = 0;
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            foreach (var part in Open(word.ToString()))
            {
                // The joining word opens the next clause and stays a word, for phrases like "pins and needles".
                if (ClauseWords.Contains(part)) clause++;
                tokens.Add(part);
                clauses.Add(clause);
            }
            word.Clear();
        }
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                word.Append(c);
                continue;
            }
            Flush();
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n') clause++;
        }
        Flush();
        return new Words(tokens, clauses, text.TrimEnd().EndsWith('?'));
    }

    private static readonly HashSet<string> ApostropheLost =
        ["isnt", "wasnt", "arent", "werent", "dont", "doesnt", "didnt", "havent", "hasnt", "hadnt", "couldnt", "wouldnt", "shouldnt", "aint"];

    // "don't" -> "do not", "can't" -> "can not", "leg's" -> "leg is", "i'm" -> "i am".
    private static IEnumerable<string> Open(string word)
    {
        word = word.Trim('\'');
        if (word.Length == 0) yield break;
        switch (word)
        {
            case "can't" or "cant" or "cannot":
                yield return "can";
                yield return "not";
                yield break;
            case "won't" or "wont":
                yield return "will";
                yield return "not";
                yield break;
            case "ain't":
                yield return "is";
                yield return "not";
                yield break;
        }
        // Speech to text and quick typing drop the apostrophe: "isnt", "didnt".
        if (word.EndsWith("nt", StringComparison.Ordinal) && ApostropheLost.Contains(word))
        {
            yield return word == "aint" ? "is" : word[..^2];
            yield return "not";
            yield break;
        }
        if (word.EndsWith("n't", StringComparison.Ordinal))
        {
            yield return word[..^3];
            yield return "not";
            yield break;
        }
        var apostrophe = word.IndexOf('\'');
        if (apostrophe > 0)
        {
            var head = word[..apostrophe];
            var tail = word[(apostrophe + 1)..];
            yield return head;
            var opened = tail switch
            {
                "m" => "am",
                "re" => "are",
                "s" => "is",
                "ve" => "have",
                "ll" => "will",
                "d" => "would",
                _ => null,
            };
            if (opened is not null) yield return opened;
            yield break;
        }
        yield return word;
    }
}
