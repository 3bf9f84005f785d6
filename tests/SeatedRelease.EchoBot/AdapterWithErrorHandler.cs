using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SeatedRelease.EchoBot;

/// <summary>CloudAdapter as the samples subclass it: one constructor for DI, and a turn error logged and told to the user.</summary>
internal sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<IBotFrameworkHttpAdapter> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a turn.");
            await turnContext.SendActivityAsync("The bot encountered an error.");
        };
    }
}
