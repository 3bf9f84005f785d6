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
        app.MapPost("/api/messages", HandleAsync);
        app.MapGet("/healthz", (Practice.Script.PracticeScript script) =>
            Results.Json(new { status = "ok", script = Path.GetFileName(script.File), version = script.Version }));
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        if (!BearerTokenShape.IsReadable(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        // Buffer and check the body first: the adapter answers a malformed body with an exception, which would be a 500.
        http.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        var problem = await RequestCheck.ProblemAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (problem is { } p)
        {
            http.Response.StatusCode = p.Status;
            await http.Response.WriteAsJsonAsync(new { error = p.Message }, http.RequestAborted);
            return;
        }
        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
    }
}
