using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.Hosting;

/// <summary>CloudAdapter with a turn-error handler that apologises and leaves the conversation's state as it was.</summary>
public sealed class PracticeAdapter : CloudAdapter
{
    /// <summary>Creates the adapter; registered through a factory because CloudAdapter's constructors are ambiguous to DI.</summary>
    public PracticeAdapter(BotFrameworkAuthentication auth, ILogger<PracticeAdapter> logger, string apology)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            // Sending an apology down the same broken road would only fail again: the endpoint answers 502.
            if (exception is Bot.ReplyNotDeliveredException) throw exception;
            logger.LogError(exception, "Unhandled error in a turn of conversation {ConversationId}.", turnContext.Activity.Conversation?.Id);
            // Unlike the samples, the state is not deleted: the user keeps their place in the practice. A join that
            // fails is told too: someone opening the practice by voice would otherwise hear nothing at all.
            if (turnContext.Activity.Type is Microsoft.Bot.Schema.ActivityTypes.Message or Microsoft.Bot.Schema.ActivityTypes.ConversationUpdate)
            {
                await turnContext.SendActivityAsync(Microsoft.Bot.Builder.MessageFactory.Text(apology, apology, Microsoft.Bot.Schema.InputHints.ExpectingInput));
            }
        };
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        await ConnectorReadyAsync(turnContext);
        return await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        await ConnectorReadyAsync(turnContext);
        return await base.UpdateActivityAsync(turnContext, activity, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        await ConnectorReadyAsync(turnContext);
        await base.DeleteActivityAsync(turnContext, reference, cancellationToken);
    }

    // The base class reads the client through synchronous properties; build a deferred one here, where we may await.
    private static async Task ConnectorReadyAsync(ITurnContext turnContext)
    {
        if (turnContext.TurnState.Get<Microsoft.Bot.Connector.IConnectorClient>() is DeferredConnectorClient deferred)
        {
            await deferred.EnsureCreatedAsync();
        }
    }

    /// <summary>
    /// Runs one POSTed activity through the adapter's authentication and pipeline and writes the reply. The body is
    /// already read and checked by the endpoint, so it is parsed once here rather than buffered and read again.
    /// </summary>
    public async Task ProcessPostAsync(HttpRequest request, HttpResponse response, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            var invoke = await ProcessActivityAsync(request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, cancellationToken);
            await ActivityJson.WriteAsync(response, invoke, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (Bot.ReplyNotDeliveredException e) when (!response.HasStarted)
        {
            // Not 500: the turn is saved, and a redelivery of the same activity hears the same reply, counted once.
            Logger.LogWarning(e.InnerException, "A reply could not be delivered to {ServiceUrl}.", activity.ServiceUrl);
            response.StatusCode = StatusCodes.Status502BadGateway;
        }
    }
}
