namespace SeatedRelease.Load;

/// <summary>
/// The happy path of the practice: join, no to the safety screen, carpet, then "ready" at every prompt until the
/// summary. Each answer is checked against what the script says at that point, so a reply from the wrong step,
/// a re-prompt or the apology counts as an error.
/// </summary>
internal sealed class PracticeSessionScript : ISessionScript
{
    // Far more than the practice needs (about 25 turns); a session that never ends is an error, not a hang.
    public const int MaxTurns = 80;

    public async Task RunAsync(BotConversation conversation, CancellationToken cancellationToken)
    {
        Expect(await conversation.JoinAsync(cancellationToken), "join", "safety question");
        Expect(await conversation.SayAsync("no", cancellationToken), "no", "What are you sitting on");
        Expect(await conversation.SayAsync("carpet", cancellationToken), "carpet", "On carpet");
        while (conversation.Turns < MaxTurns)
        {
            var reply = await conversation.SayAsync("ready", cancellationToken);
            if (reply.LastInputHint == "acceptingInput")
            {
                if (!reply.Has("end of the practice") || !reply.Has("No pain was reported") || !reply.Has("Repetitions with your left leg: 5"))
                {
                    throw new TurnFailedException($"the practice stopped without its summary: {reply}");
                }
                return;
            }
            Expect(reply, "ready", null);
        }
        throw new TurnFailedException($"the practice did not end within {MaxTurns} turns");
    }

    private static void Expect(Reply reply, string said, string? words)
    {
        if (reply.LastInputHint != "expectingInput")
        {
            throw new TurnFailedException($"'{said}' was answered without waiting for the listener: {reply}");
        }
        // The re-prompt and the apology both begin with "Sorry": on the happy path either means a wrong turn.
        if (reply.Has("Sorry")) throw new TurnFailedException($"'{said}' was not understood or failed: {reply}");
        if (words is not null && !reply.Has(words)) throw new TurnFailedException($"'{said}' got an unexpected answer (wanted \"{words}\"): {reply}");
    }
}
