using System.Text;

namespace SeatedRelease.Practice.Recognition.Classifier;

/// <summary>The one normalisation both the classifier and the corpus split use.</summary>
public static class ClassifierText
{
    /// <summary>
    /// Lower case, apostrophes dropped ("don't" = "dont"), every other mark a space, spaces collapsed. Spelling is kept:
    /// the classifier's character n-grams are what carry a slip to the word it stands for.
    /// </summary>
    public static string Normalise(string utterance)
    {
        var text = new StringBuilder(utterance.Length);
        bool space = true;
        foreach (char raw in utterance)
        {
            char c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
                space = false;
            }
            else if (!space)
            {
                text.Append(' ');
                space = true;
            }
        }
        return text.ToString().TrimEnd();
    }
}
