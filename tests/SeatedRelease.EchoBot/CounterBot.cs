using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SeatedRelease.EchoBot;

/// <summary>Echoes every message with a per-conversation turn counter kept in ConversationState.</summary>
internal sealed class CounterBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _count = conversationState.CreateProperty<int>("count");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var count = await NextAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"welcome {count}", inputHint: InputHints.ExpectingInput), cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var count = await NextAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text($"echo {count}: {turnContext.Activity.Text}", inputHint: InputHints.ExpectingInput), cancellationToken);
    }

    private async Task<int> NextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = await _count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _count.SetAsync(turnContext, count, cancellationToken);
        return count;
    }
}
