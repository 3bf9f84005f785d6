using System.Text;
using SeatedRelease.Load;
using SeatedRelease.Tests.Host;

namespace SeatedRelease.Tests.Load;

/// <summary>The load tool's driver against the real host in memory: it counts what it sends and notices a wrong answer. Nothing here is timed.</summary>
public sealed class LoadDriverTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Two_whole_practice_sessions_are_counted_turn_by_turn_without_errors()
    {
        var counter = new TurnCounter();
        var runner = new LoadRunner(factory.CreateDefaultClient(counter), new PracticeSessionScript(), "load-test-ok");

        var counts = await runner.RunAsync(users: 2, sessions: 2, record: true, CancellationToken.None);

        Assert.Equal(0, counts.Errors);
        Assert.Equal(2, counts.Sessions);
        Assert.Equal(counter.Posts, counts.Turns);
        // Join, the safety answer, the surface, then "ready" through both legs: far more than a handful of turns.
        Assert.InRange(counts.Turns / 2, 10, PracticeSessionScript.MaxTurns);
        Assert.Equal(0, counts.Turns % 2);
    }

    [Fact]
    public async Task A_broken_answer_is_an_error_that_ends_its_session_at_that_turn()
    {
        var runner = new LoadRunner(factory.CreateDefaultClient(new BreakAnswer(turn: 5)), new PracticeSessionScript(), "load-test-broken");

        var counts = await runner.RunAsync(users: 1, sessions: 1, record: true, CancellationToken.None);

        Assert.Equal(1, counts.Errors);
        Assert.Equal(5, counts.Turns);
        Assert.Contains("turn 5", Assert.Single(counts.FirstErrors));
    }

    [Fact]
    public async Task An_echo_session_against_the_practice_is_an_error_at_its_first_turn()
    {
        var runner = new LoadRunner(factory.CreateClient(), new EchoSessionScript(turns: 19), "load-test-echo");

        var counts = await runner.RunAsync(users: 1, sessions: 1, record: true, CancellationToken.None);

        Assert.Equal(1, counts.Errors);
        Assert.Equal(1, counts.Turns);
    }

    private sealed class TurnCounter : DelegatingHandler
    {
        private int _posts;

        public int Posts => _posts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _posts);
            return base.SendAsync(request, cancellationToken);
        }
    }

    // The host answers properly; this hands the driver a message with no text at one turn, as a broken renderer would.
    private sealed class BreakAnswer(int turn) : DelegatingHandler
    {
        private int _seen;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Interlocked.Increment(ref _seen) != turn) return response;
            response.Content = new StringContent("""{"activities":[{"type":"message","text":"","inputHint":"expectingInput"}]}""", Encoding.UTF8, "application/json");
            return response;
        }
    }
}
