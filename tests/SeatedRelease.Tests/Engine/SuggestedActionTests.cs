using SeatedRelease.Practice.Recognition;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Engine;

/// <summary>A chat user can do everything with the buttons alone: each button's words mean what its title says.</summary>
public sealed class SuggestedActionTests
{
    private static readonly Dictionary<string, Intent> Meaning = new()
    {
        ["Ready"] = Intent.Ready, ["That hurts"] = Intent.Pain, ["Repeat"] = Intent.Repeat, ["Pause"] = Intent.Pause,
        ["Slower"] = Intent.Slower, ["Faster"] = Intent.Faster, ["Where am I"] = Intent.Progress, ["That's enough"] = Intent.Enough,
        ["Stop"] = Intent.Stop, ["Yes"] = Intent.Yes, ["No"] = Intent.No, ["Mat"] = Intent.Mat, ["Carpet"] = Intent.Carpet,
        ["Hardwood floor"] = Intent.Hardwood, ["Sharp or spreading"] = Intent.Sharp, ["Mild"] = Intent.Mild, ["Resume"] = Intent.Ready,
        ["How did I do last time"] = Intent.History, ["Help"] = Intent.Help, ["Other leg"] = Intent.Enough, ["One more"] = Intent.More,
    };

    public static TheoryData<string, string> Buttons()
    {
        var data = new TheoryData<string, string>();
        foreach (var (set, titles) in BotHarness.Script.Suggestions)
        {
            foreach (var title in titles) data.Add(set, title);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Buttons))]
    public async Task Every_button_is_understood_in_its_prompt(string set, string title)
    {
        if (set == "ended")
        {
            Assert.Contains(title.ToLowerInvariant(), BotHarness.Script.RestartWords);
            return;
        }
        var context = set switch
        {
            "yesno" => PromptContext.YesNo,
            "surface" => PromptContext.Surface,
            "painkind" => PromptContext.PainKind,
            _ => PromptContext.Ready,
        };
        Assert.True(Meaning.TryGetValue(title, out var intent), $"no meaning written down for the button '{title}'");
        var recognizer = await LexiconRecognizer.LoadAsync(Repo.Dialogs, CancellationToken.None);
        Assert.Equal(intent, recognizer.Recognize(context, title).Intent);
    }
}
