using System.Globalization;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// A conversation written as data, played against the real host. Lines:
///   join            the user joins (conversationUpdate)
///   > text          the user says text ("> " alone sends empty text)
///   &lt; words       a reply of that turn contains words (case-insensitive), after the previous match
///   !&lt; words      no reply of that turn contains words
///   = expecting | accepting   the turn's last message has that input hint
///   @ +90s | +20m | +13h      time passes before the next line
///   # comment
/// Every turn is also checked as a listener lives it: each message has text and valid SSML, and no
/// message closes the microphone (a pain report must be heard during any cue).
/// </summary>
internal static class Transcript
{
    public static async Task RunAsync(string file)
    {
        await using var conversation = new HostConversation(Path.GetFileNameWithoutExtension(file));
        IReadOnlyList<HeardMessage> turn = [];
        var cursor = 0;
        var lineNo = 0;
        foreach (var raw in await File.ReadAllLinesAsync(file))
        {
            lineNo++;
            var line = raw.TrimEnd();
            string Where() => $"{Path.GetFileName(file)}:{lineNo}: ";
            string Shown() => string.Join("\n  ", turn.Skip(cursor).Select(m => m.Text));
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line == "join" || line.StartsWith('>'))
            {
                turn = line == "join" ? await conversation.JoinAsync() : await conversation.SayAsync(line.Length > 1 ? line[2..] : "");
                cursor = 0;
                Assert.True(turn.Count > 0, Where() + "no reply");
                foreach (var m in turn)
                {
                    Assert.False(string.IsNullOrWhiteSpace(m.Text), Where() + "a message without text");
                    Ssml.AssertValid(m.Speak);
                    Assert.True(m.InputHint != "ignoringInput", $"{Where()}\"{m.Text}\" closes the microphone");
                }
            }
            else if (line.StartsWith("!<", StringComparison.Ordinal))
            {
                var words = line[2..].Trim();
                Assert.False(turn.Any(m => m.Text.Contains(words, StringComparison.OrdinalIgnoreCase)),
                    $"{Where()}did not expect \"{words}\" in:\n  {string.Join("\n  ", turn.Select(m => m.Text))}");
            }
            else if (line.StartsWith('<'))
            {
                var words = line[1..].Trim();
                var found = -1;
                for (var i = cursor; i < turn.Count && found < 0; i++)
                {
                    if (turn[i].Text.Contains(words, StringComparison.OrdinalIgnoreCase)) found = i;
                }
                Assert.True(found >= 0, $"{Where()}expected \"{words}\" in:\n  {Shown()}");
                cursor = found;
            }
            else if (line.StartsWith('='))
            {
                var expected = line[1..].Trim() switch
                {
                    "expecting" => "expectingInput",
                    "accepting" => "acceptingInput",
                    var other => throw new InvalidOperationException(Where() + "unknown input hint " + other),
                };
                Assert.True(turn.Count > 0, Where() + "no message to check");
                Assert.True(expected == turn[^1].InputHint, $"{Where()}expected {expected}, got {turn[^1].InputHint} on \"{turn[^1].Text}\"");
            }
            else if (line.StartsWith('@'))
            {
                conversation.Clock.Advance(Duration(line[1..].Trim(), Where()));
            }
            else
            {
                throw new InvalidOperationException(Where() + "cannot read: " + line);
            }
        }
    }

    private static TimeSpan Duration(string text, string where)
    {
        var number = text.TrimStart('+');
        if (number.Length < 2 || !double.TryParse(number[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            throw new InvalidOperationException(where + "a time is written like +90s, +20m or +13h, not " + text);
        }
        return number[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            _ => throw new InvalidOperationException(where + "a time ends in s, m or h: " + text),
        };
    }
}
