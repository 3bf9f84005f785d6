using System.Globalization;
using System.Text.RegularExpressions;
using SeatedRelease.Cli;
using SeatedRelease.Practice.Rendering;

namespace SeatedRelease.Tests.Cli;

public sealed class CliCommandTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(stdin), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static double Number(string text, string pattern) =>
        double.Parse(Regex.Match(text, pattern).Groups[1].Value, CultureInfo.InvariantCulture);

    private static void RequireEspeak() =>
        Assert.True(File.Exists("/usr/bin/espeak-ng"), "espeak-ng is missing: scripts/install-deps.sh installs it (apt-get install espeak-ng)");

    [Fact]
    [Trait("Category", "OutOfProcess")]
    public async Task Listen_renders_a_whole_session_within_the_pacing_targets()
    {
        RequireEspeak();
        var dir = Directory.CreateTempSubdirectory("listen-");
        var normalWav = Path.Combine(dir.FullName, "normal.wav");
        var (code, normal, err) = await RunAsync("", "listen", "--pace", "normal", "--out", normalWav);
        Assert.True(code == 0, err);
        var (codeSlow, slow, errSlow) = await RunAsync("", "listen", "--pace", "slow", "--out", Path.Combine(dir.FullName, "slow.wav"));
        Assert.True(codeSlow == 0, errSlow);

        var normalSeconds = Number(normal, @"session length: ([\d.]+) s");
        var slowSeconds = Number(slow, @"session length: ([\d.]+) s");
        Assert.InRange(normalSeconds, 8 * 60, 15 * 60);
        Assert.True(slowSeconds >= 1.25 * normalSeconds, $"slow {slowSeconds} s is not 25% longer than normal {normalSeconds} s");
        Assert.True(Number(normal, @"shortest silence after one: ([\d.]+) s") >= 3.0, normal);
        Assert.True(Number(normal, @"silence: ([\d.]+) s planned") > 60, normal);
        Assert.Contains("first-slide (left 1)", normal, StringComparison.Ordinal);

        var (samples, rate) = Wav.Decode(await File.ReadAllBytesAsync(normalWav));
        Assert.Equal(normalSeconds, samples.Length / (double)rate, precision: 0);
        dir.Delete(recursive: true);
    }

    /// <summary>Lines that arrive as a person types them: the last one only after a while.</summary>
    private sealed class TypedLater(string[] now, string later, TimeSpan after) : TextReader
    {
        private int _next;

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var i = _next++;
            if (i < now.Length) return now[i];
            if (i > now.Length) return null;
            await Task.Delay(after, cancellationToken);
            return later;
        }
    }

    [Fact]
    public async Task Chat_hears_pain_typed_during_a_cue_at_once_and_says_no_more_of_it()
    {
        using var output = new StringWriter();
        // The first slide's opening lines take two seconds; the slide itself leaves four seconds of silence.
        var typing = new TypedLater(["no", "carpet", "ready", "ready", "ready"], "that hurts", TimeSpan.FromSeconds(3));
        var code = await CliApp.RunAsync(["chat"], typing, output, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, code);
        var said = output.ToString();
        Assert.Contains("heel slide forward", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Press your foot gently", said, StringComparison.Ordinal);
        Assert.Contains("Stop moving", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_talks_through_the_same_engine_and_hears_pain()
    {
        var (code, output, _) = await RunAsync("no\ncarpet\nready\nthat hurts\nsharp\n", "chat", "--no-wait");
        Assert.Equal(0, code);
        Assert.Contains("What are you sitting on?", output, StringComparison.Ordinal);
        Assert.Contains("close your eyes", output, StringComparison.Ordinal);
        Assert.Contains("Stop moving.", output, StringComparison.Ordinal);
        Assert.Contains("do not continue this movement today", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<speak", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_the_file_line_and_step_of_a_broken_script()
    {
        var dir = Directory.CreateTempSubdirectory("dialogs-");
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs")))
        {
            File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
        }
        var ok = await RunAsync("", "validate", dir.FullName);
        Assert.Equal(0, ok.Code);
        var path = Path.Combine(dir.FullName, "practice.yaml");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("    next: hands\n", "    next: handz\n", StringComparison.Ordinal));
        var (code, _, err) = await RunAsync("", "validate", dir.FullName);
        Assert.Equal(1, code);
        Assert.Matches(@"practice\.yaml:\d+: step '(eyes|rest)': next goes to 'handz'", err);
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_fails()
    {
        var (code, _, err) = await RunAsync("", "dance");
        Assert.Equal(2, code);
        Assert.Contains("listen", err, StringComparison.Ordinal);
    }
}
