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

        activity.ChannelId = DirectLineContext.ChannelId;
        activity.ServiceUrl = DirectLineContext.ServiceUrlOf(http.Request);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From ??= new ChannelAccount("user");
        activity.From.Role ??= RoleTypes.User;
        activity.Recipient = dl.Bot;
        activity.Timestamp = dl.Clock.GetUtcNow();

        if (!conversation.TryAccept(activity, CopyOf, out var id))
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

    // The bot gets its own copy so nothing it changes on the activity alters the client's echo.
    private static Activity CopyOf(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
}
