using System.Text.RegularExpressions;
using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Engine;

/// <summary>Over the real host: a listener coming back is put back in position first, and no cue is said twice.</summary>
public sealed partial class ListenerBackInPlaceTests
{
    private static readonly string[] ToSecondRepetition = ["no", "carpet", "ready", "ready", "ready", "ready"];

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[a-z']{4,}")]
    private static partial Regex ContentWord();

    [Fact]
    public async Task Welcome_back_puts_the_listener_in_position_before_any_movement()
    {
        await using var conversation = new HostConversation("back-in-place", "back-in-place-listener");
        await conversation.JoinAsync();
        foreach (var answer in ToSecondRepetition) await conversation.SayAsync(answer);

        conversation.NewConversation("back-in-place-again");
        var offer = await conversation.JoinAsync();
        Assert.Contains(offer, m => m.Text.StartsWith("Welcome back", StringComparison.Ordinal));
        var texts = (await conversation.SayAsync("yes")).Select(m => m.Text).ToList();

        var sitUp = texts.FindIndex(t => t == "Before we go on, sit up tall.");
        var hands = texts.FindIndex(t => t.StartsWith("Bring your hands under your right foot", StringComparison.Ordinal));
        var firstMove = texts.FindIndex(t => t.Contains("slide away again", StringComparison.Ordinal));
        Assert.True(sitUp >= 0 && hands > sitUp && firstMove > hands, string.Join("\n", texts));
    }

    [Fact]
    public async Task A_sound_cue_said_in_words_is_never_said_again_by_its_line()
    {
        await using var conversation = new HostConversation("cue-words", "cue-words-listener");
        await conversation.JoinAsync();
        foreach (var answer in ToSecondRepetition.Concat(["ready", "that's enough", "ready", "ready", "ready", "that's enough", "ready"]))
        {
            await conversation.SayAsync(answer);
        }
        var cues = BotHarness.Script.Cues.Values.ToList();
        var withCue = conversation.Heard.Where(m => m.Speak is { } speak && cues.Any(c => Tag().Replace(speak, " ").Contains(c, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(withCue);
        foreach (var message in withCue)
        {
            var spoken = Tag().Replace(message.Speak!, " ");
            var cue = cues.First(c => spoken.Contains(c, StringComparison.Ordinal));
            var cueWords = ContentWord().Matches(cue.ToLowerInvariant()).Select(m => m.Value).ToHashSet();
            var lineWords = ContentWord().Matches(message.Text.ToLowerInvariant()).Select(m => m.Value);
            Assert.False(lineWords.Any(cueWords.Contains), $"\"{cue}\" then \"{message.Text}\" says a word twice");
        }
    }
}
