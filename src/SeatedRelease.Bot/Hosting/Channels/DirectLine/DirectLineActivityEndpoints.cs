using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>Posting an activity to the bot, and polling for activities after a watermark.</summary>
internal static class DirectLineActivityEndpoints
{
    /// <summary>
    /// Answers with the activity's id at once and lets the turn run in the background: a turn
    /// with pauses lasts longer than Web Chat waits for this call.
    /// </summary>
    public static async Task PostAsync(HttpContext http, string conversationId, DirectLineContext dl, CancellationToken cancellationToken)
    {
        if (await dl.Authorizer.AuthorizeAsync(http, conversationId, cancellationToken).ConfigureAwait(false) is not { } access)
        {
            return;
        }

        var conversation = access.Conversation;
        var body = await DirectLineJson.ReadBodyAsync(http.Request, dl.Options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status413PayloadTooLarge, "BadArgument", "The activity is too large.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!DirectLineJson.TryParseActivity(body, out var activity) || string.IsNullOrWhiteSpace(activity!.Type))
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity with a type.", cancellationToken).ConfigureAwait(false);
            return;
        }

        // The token speaks for one user: another id is refused (it could hear or erase that user's history), and
        // a post that names none is that user's.
        if (activity.From?.Id is { Length: > 0 } claimed && !string.Equals(claimed, conversation.UserId, StringComparison.Ordinal))
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status403Forbidden, "BadArgument", "The activity is not from the user this token was issued for.", cancellationToken).ConfigureAwait(false);
            return;
        }

        activity.ChannelId = DirectLineContext.ChannelId;
        activity.ServiceUrl = DirectLineContext.ServiceUrlOf(http.Request);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From ??= new ChannelAccount();
        activity.From.Id = conversation.UserId;
        activity.From.Role = RoleTypes.User;
        activity.Recipient = dl.Bot;
        activity.Timestamp = dl.Clock.GetUtcNow();

        // Counted twice, for the echo kept for polling and the copy waiting for the bot; its id is not written yet.
        var bytes = DirectLineJson.SizeOf(activity) + IdAllowance;
        if (!dl.Memory.TryTake(2 * bytes) || !conversation.TryAccept(activity, CopyOf, bytes, out var id))
        {
            http.Response.Headers.RetryAfter = "1";
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status429TooManyRequests, "Throttled", "Too many activities are waiting for the bot.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await DirectLineJson.WriteAsync(http.Response, StatusCodes.Status200OK, new { id }, cancellationToken).ConfigureAwait(false);
    }

    public static async Task GetAsync(HttpContext http, string conversationId, DirectLineContext dl, CancellationToken cancellationToken)
    {
        if (await dl.Authorizer.AuthorizeAsync(http, conversationId, cancellationToken).ConfigureAwait(false) is not { } access)
        {
            return;
        }

        var text = http.Request.Query["watermark"].ToString();
        long watermark = 0;
        if (text.Length > 0 && (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark)))
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not one this service gave.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (activities, next) = access.Conversation.Log.After(watermark);
        await DirectLineJson.WriteAsync(
            http.Response,
            StatusCodes.Status200OK,
            new { activities, watermark = next.ToString(CultureInfo.InvariantCulture) },
            cancellationToken).ConfigureAwait(false);
    }

    // Room for the id the log gives the echo ("conversation|0000001"), which the size above does not yet include.
    private const long IdAllowance = 64;

    // The bot gets its own copy so nothing it changes on the activity alters the client's echo.
    private static Activity CopyOf(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
}
