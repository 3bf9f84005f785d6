using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Runs one turn through the host's own adapter and bot, the same pipeline /api/messages uses
/// (middleware, OnTurnError, state), and records what the bot sends into the conversation's log
/// instead of posting it to a Bot Connector service.
/// </summary>
internal sealed class BotTurnDispatcher(IServiceProvider services, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>Runs the turn; once <paramref name="interrupted"/> fires, the turn's next pause ends it: nothing after is recorded.</summary>
    public async Task RunTurnAsync(Activity activity, ConversationLog log, CancellationToken interrupted, CancellationToken cancellationToken)
    {
        var adapter = ResolveAdapter();
        await using var scope = services.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        var recorder = new ReplyRecorder(log, clock, interrupted, cancellationToken);

        // The public entry that runs an arbitrary activity through the adapter's pipeline without
        // an HTTP request: the Direct Line endpoint has already checked the caller's token.
        await adapter.ContinueConversationAsync(
            CreateBotIdentity(),
            activity,
            async (turnContext, ct) =>
            {
                turnContext.OnSendActivities(recorder.RecordAsync);
                await bot.OnTurnAsync(turnContext, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private BotAdapter ResolveAdapter() =>
        services.GetService<CloudAdapter>()
        ?? services.GetService<IBotFrameworkHttpAdapter>() as BotAdapter
        ?? services.GetService<BotAdapter>()
        ?? throw new InvalidOperationException(
            "The local Direct Line needs the host's Bot Framework adapter: register a CloudAdapter (or IBotFrameworkHttpAdapter) before calling AddLocalDirectLine.");

    private ClaimsIdentity CreateBotIdentity()
    {
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            // What the adapter's own authentication yields for an anonymous bot.
            return new ClaimsIdentity(new List<Claim>(), AuthenticationConstants.AnonymousAuthType);
        }

        return new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, appId),
            new Claim(AuthenticationConstants.AppIdClaim, appId),
        ]);
    }
}
