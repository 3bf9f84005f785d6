using Newtonsoft.Json.Linq;

namespace SeatedRelease.Tests.Browser;

/// <summary>
/// The practice in Microsoft's Web Chat, in Debian's Chromium, against the real host: the page
/// greets, the buttons and typed answers drive the practice, "that hurts" gets the safety
/// response, and the page passes the accessibility checks.
/// </summary>
[Trait("Category", "OutOfProcess")]
[Collection(BrowserSetup.Collection)]
public sealed class PracticePageTests
{
    private static readonly string[] WebChatCalls =
    [
        "POST /tokens/generate",
        "POST /conversations",
        "GET /conversations/{id}/activities?watermark={n}",
        "POST /conversations/{id}/activities",
    ];

    [Fact]
    public async Task A_keyboard_user_practises_one_repetition_and_reports_pain_in_web_chat()
    {
        var cancellationToken = CancellationToken.None;
        await BrowserSetup.EnsureInstalledAsync(cancellationToken);
        using var host = new PracticePageHost();
        var screenshot = Path.Combine(BrowserSetup.Results, "practice.png");
        var (report, exitCode) = await BrowserSetup.RunDriverAsync(
            "practice-run.mjs", host.Address, Path.Combine(BrowserSetup.Results, "practice-report.json"), screenshot, TimeSpan.FromMinutes(5), cancellationToken);
        Assert.True(report["launchError"] is null, $"Chromium could not start: {report["launchError"]}");
        Assert.True(report["error"] is null, $"The walk through the page stopped: {report["error"]}\nSee {screenshot}");
        Assert.Equal(0, exitCode);

        var steps = ((JArray)report["steps"]!).ToDictionary(s => (string)s["step"]!, s => (JObject)s);

        Assert.Equal("en", (string?)steps["page"]["lang"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)steps["page"]["title"]));
        Assert.NotEmpty((JArray)steps["page"]["h1"]!);

        Assert.False(string.IsNullOrWhiteSpace((string?)steps["greeting"]["first"]), "No greeting was shown");
        Assert.Contains("Yes", Titles(steps["greeting"]));
        Assert.Contains("No", Titles(steps["greeting"]));
        Assert.Matches("(?i)disc|sciatica|sacroiliac", (string?)steps["safety"]["question"]);

        var stops = (JArray)steps["keyboard"]["stops"]!;
        Assert.True((bool)steps["keyboard"]["reachedNo"]!, $"Tab never reached the No button: {stops}");
        Assert.All(stops, stop => Assert.True((bool)stop["visibleFocus"]!, $"No visible focus on {stop}"));
        Assert.Contains(stops, stop => (string?)stop["role"] == "switch" && ((string?)stop["name"])!.StartsWith("Voice", StringComparison.Ordinal));

        Assert.Equal(["Mat", "Carpet", "Hardwood floor"], Titles(steps["surface"]).Take(3));
        Assert.True((bool)steps["repetition"]["repetitionDone"]!, $"No repetition was guided: {steps["repetition"]}");
        Assert.All((JArray)steps["repetition"]["readyPrompts"]!, prompt => Assert.Contains("That hurts", Titles((JObject)prompt)));

        Assert.Matches("(?i)hurt|pain", (string?)steps["pain"]["reply"]);
        Assert.Contains("Sharp or spreading", Titles(steps["pain"]));
        Assert.Contains("Mild", Titles(steps["pain"]));

        Assert.False((bool)steps["screenReader"]["treeHasMarkup"]!, "The accessibility tree contains SSML");
        Assert.False((bool)steps["screenReader"]["liveRegionHasMarkup"]!, "Web Chat's live region contains SSML");
        Assert.False((bool)steps["screenReader"]["sendFailed"]!, "Web Chat says a message failed to send");

        Assert.Equal("true", (string?)steps["largerText"]["checked"]);
        Assert.True((double)steps["largerText"]["largeSize"]! > (double)steps["largerText"]["normalSize"]!);
        Assert.False((bool)steps["zoom200"]["horizontalOverflow"]!, "The page scrolls sideways at 200% zoom");
        Assert.True((bool)steps["zoom200"]["inputVisible"]!);

        if ((bool)steps["voice"]["enabled"]! && (string?)steps["voice"]["checked"] != "true")
        {
            Assert.Matches("(?i)no speech voices", (string?)steps["voice"]["status"]);
        }

        var serious = ((JArray)steps["axe"]["violations"]!).Where(v => (string?)v["impact"] is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe found serious or critical violations: {string.Join("\n", serious)}");

        // Web Chat used only the Direct Line calls the host implements, and all of them.
        Assert.Equal(WebChatCalls.Order(), ((JArray)report["directLineCalls"]!).Select(c => (string)c!).Order());
        Assert.True(File.Exists(screenshot));
    }

    private static List<string> Titles(JObject step) => ((JArray)step["buttons"]!).Select(b => (string)b!).ToList();
}
