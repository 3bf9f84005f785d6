using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Script;

public sealed class ScriptValidationTests
{
    private static string Real => File.ReadAllText(Path.Combine(Repo.Dialogs, ScriptLoader.FileName));

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public async Task The_shipped_script_loads_and_validates()
    {
        var script = await ScriptLoader.LoadFolderAsync(Repo.Dialogs, CancellationToken.None);
        Assert.Equal(["right", "left"], script.Legs);
        Assert.True(script.Repetitions >= 3);
        Assert.Equal(PracticeScript.ResumeTarget, script.Step("pain-mild").Next);
    }

    [Fact]
    public void A_step_that_goes_to_a_missing_id_fails_at_load_with_file_line_and_step()
    {
        var broken = Real.Replace("    next: eyes\n", "    next: eyez\n", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => ScriptLoader.Parse(broken, "practice.yaml"));
        Assert.Equal("sit", e.StepId);
        Assert.Equal(LineOf(broken, "  sit:"), e.Line);
        Assert.Contains("practice.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Contains("'eyez'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_names_its_line()
    {
        var broken = Real.Replace("        pause: 10\n      - text: Notice whether your {other} leg", "        pasue: 10\n      - text: Notice whether your {other} leg", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => ScriptLoader.Parse(broken, "practice.yaml"));
        Assert.Equal("rest", e.StepId);
        Assert.Equal(LineOf(broken, "pasue"), e.Line);
        Assert.Contains("pasue", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    expect: surface\n", "    expect: floor\n", "surface", "expect 'floor'")]
    [InlineData("      mild: pain-mild\n", "", "pain-ask", "no 'mild'")]
    [InlineData("under your {other} knee", "under your {knee} knee", "sit", "{knee}")]
    [InlineData("        pause: 4\n      - text: Drag your heel along the floor toward you, slowly.", "        pause: long\n      - text: Drag your heel along the floor toward you, slowly.", "first-slide", "'long'")]
    [InlineData("        cue: come-back\n        move: true\n        pause: 4\n      - text: Sit up a little taller as you come.\n        move: true\n        pause: 4\n      - text: Take as long", "        cue: bell\n        move: true\n        pause: 4\n      - text: Sit up a little taller as you come.\n        move: true\n        pause: 4\n      - text: Take as long", "first-slide", "'bell'")]
    [InlineData("      - text: Interlace your fingers.\n        move: true\n        pause: 3", "      - text: Interlace your fingers.\n        move: true\n        pause: 1", "hands", "at least 3 seconds")]
    public void Mistakes_in_a_step_are_named(string from, string to, string step, string mention)
    {
        var broken = Real.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Real, broken);
        var e = Assert.Throws<ScriptException>(() => ScriptLoader.Parse(broken, "practice.yaml"));
        Assert.Equal(step, e.StepId);
        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
        Assert.True(e.Line > 1);
    }

    [Fact]
    public void A_missing_phrase_is_named()
    {
        var broken = Real.Replace("  stillPaused:", "  stillPausd:", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => ScriptLoader.Parse(broken, "practice.yaml"));
        Assert.Contains("stillPaused", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_nobody_reaches_is_an_error()
    {
        var broken = Real.Replace("steps:\n", "steps:\n  orphan:\n    say:\n      - text: Nobody hears this.\n    end: true\n", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => ScriptLoader.Parse(broken, "practice.yaml"));
        Assert.Equal("orphan", e.StepId);
    }

    [Fact]
    public void Broken_yaml_names_its_line()
    {
        var e = Assert.Throws<ScriptException>(() => ScriptLoader.Parse("version: 1\nsteps: [\n  unclosed: {", "x.yaml"));
        Assert.StartsWith("x.yaml:", e.Message, StringComparison.Ordinal);
    }
}
