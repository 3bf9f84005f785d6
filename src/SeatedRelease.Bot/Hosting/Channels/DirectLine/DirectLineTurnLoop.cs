using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Works through each conversation's posted activities one at a time, so turns of one conversation
/// never overlap (state is read and written once per turn), while conversations run side by side.
/// </summary>
internal sealed class DirectLineTurnLoop(BotTurnDispatcher dispatcher, ILogger<DirectLineTurnLoop> logger)
{
    public void Start(DirectLineConversation conversation) =>
        _ = Task.Run(() => RunAsync(conversation, conversation.Stopping), CancellationToken.None);

    private async Task RunAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var queued in conversation.Inbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                conversation.Dequeued(queued);
                await RunOneAsync(conversation, queued.Activity, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The conversation was dropped or the host is stopping.
        }
    }

    private async Task RunOneAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.RunTurnAsync(activity, conversation.Log, conversation.BeginTurn(), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // One failed turn must not end the conversation's loop; the adapter's OnTurnError has
            // already had its chance to tell the user.
            logger.LogError(exception, "A Direct Line turn of type {Type} failed", activity.Type);
        }
    }
}
