using System.Text;

namespace SeatedRelease.Practice.Engine;

/// <summary>Fills {name} placeholders. The validator has already rejected unknown names in steps.</summary>
internal static class Templates
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        if (!template.Contains('{', StringComparison.Ordinal)) return template;
        var sb = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            sb.Append(values.TryGetValue(name, out var v) ? v : template[open..(close + 1)]);
            i = close + 1;
        }
        return sb.ToString();
    }
}
