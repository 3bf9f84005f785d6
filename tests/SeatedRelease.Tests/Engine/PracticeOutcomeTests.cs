using SeatedRelease.Practice.Engine;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Engine;

public sealed class PracticeOutcomeTests
{
    private static async Task<PracticeState> PlayAsync(params string[] says)
    {
        var engine = await PracticeLoader.LoadAsync(Repo.Dialogs, TimeProvider.System, CancellationToken.None);
        var state = new PracticeState();
        await engine.StartAsync(state, CancellationToken.None);
        Assert.Equal(PracticeOutcome.InProgress, state.Outcome);
        Assert.NotNull(state.StartedAt);
        foreach (var say in says) await engine.ReplyAsync(state, say, CancellationToken.None);
        return state;
    }

    [Fact]
    public async Task A_whole_practice_ends_completed_with_five_repetitions_a_leg()
    {
        var engine = await PracticeLoader.LoadAsync(Repo.Dialogs, TimeProvider.System, CancellationToken.None);
        var state = await PlayAsync("no", "carpet");
        for (var i = 0; i < 100 && !state.Ended; i++) await engine.ReplyAsync(state, "ready", CancellationToken.None);
        Assert.True(state.Ended);
        Assert.Equal(PracticeOutcome.Completed, state.Outcome);
        Assert.Equal([5, 5], state.RepsDone);
    }

    [Fact]
    public async Task Stop_in_a_leg_is_stopped_and_stop_after_a_pain_report_is_stopped_for_pain()
    {
        var plain = await PlayAsync("no", "carpet", "ready", "ready", "ready", "stop");
        Assert.Equal(PracticeOutcome.Stopped, plain.Outcome);

        var afterPain = await PlayAsync("no", "carpet", "ready", "ready", "ready", "ouch", "stop");
        Assert.Equal(PracticeOutcome.StoppedForPain, afterPain.Outcome);
        Assert.Single(afterPain.Notes);
    }

    [Fact]
    public async Task A_red_flag_ends_stopped_for_pain()
    {
        var state = await PlayAsync("no", "carpet", "ready", "ready", "ready", "that hurts", "sharp");
        Assert.True(state.Ended);
        Assert.Equal(PracticeOutcome.StoppedForPain, state.Outcome);
    }
}
