using Microsoft.Bot.Schema;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// A conversation written as data. Lines:
///   join            the user joins (conversationUpdate)
///   > text          the user says text ("> " alone sends empty text)
///   &lt; words       a reply of that turn contains words (case-insensitive), after the previous match
///   !&lt; words      no reply of that turn contains words
///   = expecting | accepting   the turn's last message has that input hint
///   # comment
/// </summary>
internal static class Transcript
{
    public static async Task RunAsync(string file, BotHarness? harness = null)
    {
        harness ??= new BotHarness(conversationId: Path.GetFileNameWithoutExtension(file));
        IReadOnlyList<string> turn = [];
        IReadOnlyList<IActivity> activities = [];
        var cursor = 0;
        var lineNo = 0;
        foreach (var raw in await File.ReadAllLinesAsync(file))
        {
            lineNo++;
            var line = raw.TrimEnd();
            string Where() => $"{Path.GetFileName(file)}:{lineNo}: ";
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line == "join" || line.StartsWith('>'))
            {
                activities = line == "join" ? await harness.JoinAsync() : await harness.SayAsync(line.Length > 1 ? line[2..] : "");
                turn = BotHarness.Texts(activities).ToList();
                cursor = 0;
                foreach (var a in activities.OfType<IMessageActivity>().Where(a => a.Type == ActivityTypes.Message))
                {
                    Assert.False(string.IsNullOrWhiteSpace(a.Text), Where() + "a message without text");
                    Ssml.AssertValid(a.Speak);
                }
            }
            else if (line.StartsWith("!<", StringComparison.Ordinal))
            {
                var words = line[2..].Trim();
                Assert.False(turn.Any(t => t.Contains(words, StringComparison.OrdinalIgnoreCase)),
                    $"{Where()}did not expect \"{words}\" in:\n  {string.Join("\n  ", turn)}");
            }
            else if (line.StartsWith('<'))
            {
                var words = line[1..].Trim();
                var found = -1;
                for (var i = cursor; i < turn.Count && found < 0; i++)
                {
                    if (turn[i].Contains(words, StringComparison.OrdinalIgnoreCase)) found = i;
                }
                Assert.True(found >= 0, $"{Where()}expected \"{words}\" in:\n  {string.Join("\n  ", turn.Skip(cursor))}");
                cursor = found;
            }
            else if (line.StartsWith('='))
            {
                var last = activities.OfType<IMessageActivity>().LastOrDefault(a => a.Type == ActivityTypes.Message);
                Assert.NotNull(last);
                var expected = line[1..].Trim() switch
                {
                    "expecting" => InputHints.ExpectingInput,
                    "accepting" => InputHints.AcceptingInput,
                    var other => throw new InvalidOperationException(Where() + "unknown input hint " + other),
                };
                Assert.True(expected == last!.InputHint, $"{Where()}expected {expected}, got {last.InputHint} on \"{last.Text}\"");
            }
            else
            {
                throw new InvalidOperationException(Where() + "cannot read: " + line);
            }
        }
    }
}
