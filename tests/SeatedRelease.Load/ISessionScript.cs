namespace SeatedRelease.Load;

/// <summary>One whole session of a virtual user, checking every answer; a wrong answer throws <see cref="TurnFailedException"/>.</summary>
internal interface ISessionScript
{
    Task RunAsync(BotConversation conversation, CancellationToken cancellationToken);
}
