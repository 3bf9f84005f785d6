using System.Text;

namespace SeatedRelease.Practice.Rendering;

/// <summary>Makes any text safe inside SSML: escapes markup and drops characters XML 1.0 forbids.</summary>
public static class Xml
{
    /// <summary>Escapes text for an element's content or an attribute value.</summary>
    public static string Escape(string text)
    {
        // Most lines need nothing changed; they are returned as they are, without a copy.
        if (!NeedsEscaping(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (Allowed(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || !Allowed(c))
            {
                return true;
            }
        }
        return false;
    }

    // A character XML 1.0 allows on its own (a surrogate is allowed only as half of a pair, checked by the caller).
    private static bool Allowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
