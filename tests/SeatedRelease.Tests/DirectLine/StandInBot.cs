using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Tests.DirectLine;

/// <summary>
/// A bot whose answers the tests can predict: it greets a joining user, echoes, and for "slow"
/// sends two messages with a delay activity between them, as the practice script does.
/// </summary>
public sealed class StandInBot : ActivityHandler
{
    public const int SlowDelayMs = 1500;

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded)
        {
            if (member.Id != turnContext.Activity.Recipient.Id)
            {
                await turnContext.SendActivityAsync(MessageFactory.Text($"hello {member.Id}"), cancellationToken);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "slow")
        {
            await turnContext.SendActivitiesAsync(
            [
                MessageFactory.Text("one"),
                new Activity { Type = ActivityTypes.Delay, Value = SlowDelayMs },
                MessageFactory.Text("two"),
            ], cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text($"echo {turnContext.Activity.Text}"), cancellationToken);
    }
}
