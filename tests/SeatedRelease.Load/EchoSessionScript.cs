namespace SeatedRelease.Load;

/// <summary>The baseline's session: a join and then as many messages as a practice session has, each echoed with its turn number.</summary>
internal sealed class EchoSessionScript(int turns) : ISessionScript
{
    private static readonly string[] Words = ["no", "carpet", "ready"];

    public async Task RunAsync(BotConversation conversation, CancellationToken cancellationToken)
    {
        Expect(await conversation.JoinAsync(cancellationToken), "welcome 1");
        for (var turn = 2; turn <= turns; turn++)
        {
            var text = Words[Math.Min(turn - 2, Words.Length - 1)];
            // The counter lives in ConversationState: a wrong number means the state was lost or read twice.
            Expect(await conversation.SayAsync(text, cancellationToken), $"echo {turn}: {text}");
        }
    }

    private static void Expect(Reply reply, string text)
    {
        if (reply.Texts.Count != 1 || reply.Texts[0] != text) throw new TurnFailedException($"wanted \"{text}\", got {reply}");
    }
}
