using SeatedRelease.Cli;

namespace SeatedRelease.Tests.Recognition;

public sealed class RecognizeCommandTests
{
    [Fact]
    public async Task Writes_exactly_one_label_per_input_line_and_nothing_else()
    {
        string dialogs = Path.Combine(RecognizerFixture.FindRepoRoot(), "dialogs");
        var input = new StringReader("# comment\nready\tI'm ready\n\nyesno\tnope\tno\npainkind\tit's sharp\nnonsense line\nready\tthat hertz\n");
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = await CliApp.RunAsync(["recognize", "--dialogs", dialogs], input, output, error, CancellationToken.None);

        Assert.Equal(["ready", "no", "sharp", "unknown", "pain"], output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, exit);
        Assert.Contains("stdin:6", error.ToString());
    }

    [Fact]
    public async Task Eval_prints_rates_and_every_miss()
    {
        string root = RecognizerFixture.FindRepoRoot();
        string file = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, "ready\tready\tready\nready\tbanana\tpain\n");
        try
        {
            var output = new StringWriter();
            int exit = await CliApp.RunAsync(["recognize", "--dialogs", Path.Combine(root, "dialogs"), "--eval", file], TextReader.Null, output, TextWriter.Null, CancellationToken.None);
            string text = output.ToString();
            Assert.Equal(0, exit);
            Assert.Contains("pain recall          0.0%  (0/1)", text);
            Assert.Contains("false ready", text);
            Assert.Contains("MISS", text);
            Assert.Contains("banana", text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("rules", "unknown")]
    [InlineData("composite", "hardwood")]
    public async Task The_recognizer_option_chooses_the_part_that_answers(string recognizer, string expected)
    {
        string dialogs = Path.Combine(RecognizerFixture.FindRepoRoot(), "dialogs");
        var output = new StringWriter();

        int exit = await CliApp.RunAsync(["recognize", "--dialogs", dialogs, "--recognizer", recognizer], new StringReader("surface\tlino\n"), output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.ToString().Trim());
    }

    [Theory]
    [InlineData("train", "--seed")]
    [InlineData("recognize", "--recognizer")]
    [InlineData("dedupe", "--nonsense")]
    public async Task A_verb_given_a_bad_option_says_how_to_use_it_and_exits_2(string verb, string option)
    {
        var error = new StringWriter();

        int exit = await CliApp.RunAsync([verb, option, "banana"], TextReader.Null, TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("usage", error.ToString());
    }
}
