using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace SeatedRelease.Bot.Hosting;

/// <summary>POST /api/messages and the health endpoint.</summary>
public static class MessagesEndpoint
{
    /// <summary>Largest request body accepted on /api/messages; a Bot Framework activity is a few kilobytes.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the bot's endpoints.</summary>
    public static WebApplication MapPracticeBot(this WebApplication app)
    {
        var replies = new ReplyAddresses(app.Configuration);
        app.MapPost("/api/messages", (HttpContext http, PracticeAdapter adapter, IBot bot) => HandleAsync(http, adapter, bot, replies));
        // 503 while the store cannot keep anyone's place, so a load balancer sends turns to an instance that can.
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], (Practice.Script.PracticeScript script, IStorage storage) =>
            (storage as IStoreHealth)?.Problem is { } problem
                ? Results.Json(new { status = "degraded", problem, script = Path.GetFileName(script.File), version = script.Version }, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new { status = "ok", script = Path.GetFileName(script.File), version = script.Version }));
        return app;
    }

    private static readonly RequestCheck.Problem TooLarge = new(StatusCodes.Status413PayloadTooLarge, "The request body is too large.");

    private static async Task HandleAsync(HttpContext http, PracticeAdapter adapter, IBot bot, ReplyAddresses replies)
    {
        if (!BearerTokenShape.IsReadable(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await RefuseAsync(http, TooLarge);
            return;
        }
        // Check the body before the adapter sees it: the SDK answers a malformed body with an exception, a 500.
        if (await RequestBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted) is not { } body)
        {
            await RefuseAsync(http, TooLarge);
            return;
        }
        if (RequestCheck.Of(body) is { } problem)
        {
            await RefuseAsync(http, problem);
            return;
        }
        if (ActivityJson.Read(body) is not { Type.Length: > 0 } activity)
        {
            await RefuseAsync(http, new RequestCheck.Problem(StatusCodes.Status400BadRequest, "The body is not an activity."));
            return;
        }
        // Before the turn: a reply address the host may not call is refused, not discovered after the state is saved.
        if (replies.Refusal(activity) is { } refusal)
        {
            await RefuseAsync(http, new RequestCheck.Problem(StatusCodes.Status400BadRequest, refusal));
            return;
        }
        await adapter.ProcessPostAsync(http.Request, http.Response, activity, bot, http.RequestAborted);
    }

    private static Task RefuseAsync(HttpContext http, RequestCheck.Problem problem)
    {
        http.Response.StatusCode = problem.Status;
        return http.Response.WriteAsJsonAsync(new { error = problem.Message }, http.RequestAborted);
    }
}
