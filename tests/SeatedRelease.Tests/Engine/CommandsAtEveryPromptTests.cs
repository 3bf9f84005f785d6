using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Engine;

/// <summary>
/// At every prompt of the script, each command the welcome promises is understood, over the real host, and is
/// followed by that prompt's own question: no one is left without a question, and no command is "not caught".
/// </summary>
public sealed class CommandsAtEveryPromptTests : IAsyncLifetime
{
    private static readonly string[] ToRight = ["no", "carpet", "ready", "ready", "ready"];
    private static readonly string[] ToSlide = [.. ToRight, "ready", "ready"];

    /// <summary>A step of the script and the answers that lead there from the greeting.</summary>
    private static readonly (string StepId, string[] Answers)[] Prompts =
    [
        ("screen", []),
        ("screen-caution", ["yes"]),
        ("surface", ["no"]),
        ("surface-furniture", ["no", "on the sofa"]),
        ("surface-moved", ["no", "on the sofa", "yes"]),
        ("surface-floor", ["no", "I don't have a mat"]),
        ("sit", ["no", "carpet"]),
        ("eyes", ["no", "carpet", "ready"]),
        ("hands", ToRight[..^1]),
        ("first-slide", ToRight),
        ("slide", ToSlide),
        ("rest", [.. ToSlide, "that's enough"]),
        ("closing-rest", [.. ToSlide, "that's enough", "ready", "ready", "that's enough"]),
        ("pain-ask", [.. ToSlide, "that hurts"]),
        ("pain-mild", [.. ToSlide, "that hurts", "mild"]),
        ("pain-check", [.. ToSlide, "my leg feels funny"]),
        ("flag-check", [.. ToSlide, "is tingling normal?"]),
        ("pain-again", [.. ToRight, "ready", "it hurts a little", "ready", "it hurts a bit"]),
    ];

    private static readonly string[] Commands = ["repeat", "slower", "faster", "where am I", "help", "what muscles does this work", "pause"];

    private PracticeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new PracticeHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> PromptsAndCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (step, _) in Prompts)
        {
            foreach (var command in Commands.Append("stop")) data.Add(step, command);
        }
        return data;
    }

    [Fact]
    public void Every_step_that_waits_for_an_answer_is_walked()
    {
        var waiting = BotHarness.Script.Steps.Values.Where(s => s.Expect is not null).Select(s => s.Id).ToHashSet();
        waiting.ExceptWith(Prompts.Select(p => p.StepId));
        Assert.Empty(waiting);
    }

    [Theory]
    [MemberData(nameof(PromptsAndCommands))]
    public async Task A_command_at_this_prompt_is_understood_and_its_question_follows(string stepId, string command)
    {
        var (_, answers) = Prompts.Single(p => p.StepId == stepId);
        var id = $"{stepId}-{command}".Replace(' ', '-');
        await using var conversation = new HostConversation(_host, "commands-" + id, "commands-" + id);
        IReadOnlyList<HeardMessage> last = await conversation.JoinAsync();
        foreach (var answer in answers) last = await conversation.SayAsync(answer);
        var question = last[^1].Text;
        Assert.Contains(BotHarness.Script.Step(stepId).Say, line => line.Text.Split('{')[0] is var start && question.StartsWith(start, StringComparison.Ordinal));

        var reply = await conversation.SayAsync(command);
        var said = string.Join("\n  ", reply.Select(m => m.Text));
        Assert.DoesNotContain(reply, m => m.Text.Contains("did not catch", StringComparison.Ordinal) || m.Text.Contains("trouble understanding", StringComparison.Ordinal));
        if (command == "stop")
        {
            Assert.True(reply.Any(m => m.Text.Contains("We will stop here", StringComparison.Ordinal)), $"{stepId}: stop was not understood:\n  {said}");
            return;
        }
        if (command == "pause")
        {
            Assert.True(reply[^1].Text.StartsWith("Paused.", StringComparison.Ordinal), $"{stepId}: pause was not understood:\n  {said}");
            reply = await conversation.SayAsync("resume");
            said = string.Join("\n  ", reply.Select(m => m.Text));
        }
        Assert.True(reply.Count > 1 || command == "repeat", $"{stepId}: \"{command}\" said nothing before the question:\n  {said}");
        Assert.True(reply[^1].Text == question, $"{stepId}: after \"{command}\" the question \"{question}\" did not follow:\n  {said}");
        Assert.Equal("expectingInput", reply[^1].InputHint);
    }
}
