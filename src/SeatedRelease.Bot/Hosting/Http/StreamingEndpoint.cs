using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// The streaming (WebSocket) side of /api/messages, which Direct Line Speech connects to: a GET that upgrades to a
/// WebSocket, authenticated and then served by the same CloudAdapter and bot as the HTTP POSTs.
/// </summary>
public static class StreamingEndpoint
{
    /// <summary>Turns on WebSockets and maps GET /api/messages.</summary>
    public static WebApplication MapStreaming(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapGet("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, IConfiguration configuration) =>
        {
            // A plain GET is not a Bot Framework request. Without an app id the SDK cannot authenticate a stream
            // at all (it fails with a 500), and Direct Line Speech always has one: say so instead.
            if (!http.WebSockets.IsWebSocketRequest || string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        });
        return app;
    }
}
