namespace SeatedRelease.Bot.DirectLine;

/// <summary>Maps the host's own Direct Line endpoint and serves the Web Chat page.</summary>
public static class LocalDirectLineApplicationExtensions
{
    /// <summary>The path Web Chat is given as its Direct Line domain.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>
    /// Serves the Web Chat page at "/" and the Direct Line 3.0 calls Web Chat makes with
    /// <c>webSocket: false</c>, when AddLocalDirectLine enabled them; otherwise does nothing.
    /// </summary>
    /// <param name="app">The host.</param>
    /// <returns>The same host, for chaining.</returns>
    public static WebApplication MapLocalDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<LocalDirectLineSwitch>() is not { Enabled: true })
        {
            return app;
        }

        // Only the page's own files: Direct Line answers carry tokens, which must not be compressed over HTTPS (BREACH).
        app.UseWhen(http => !http.Request.Path.StartsWithSegments(BasePath), branch => branch.UseResponseCompression());
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Web Chat's bundle changes only with the npm pin; a returning listener need not fetch it again at once.
            OnPrepareResponse = context =>
            {
                if (context.Context.Request.Path.StartsWithSegments("/lib"))
                {
                    context.Context.Response.Headers.CacheControl = "public, max-age=3600";
                }
            },
        });

        var group = app.MapGroup(BasePath);
        group.MapPost("/tokens/generate", DirectLineConversationEndpoints.GenerateTokenAsync);
        group.MapPost("/tokens/refresh", DirectLineConversationEndpoints.RefreshTokenAsync);
        group.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync);
        group.MapGet("/conversations/{conversationId}", DirectLineConversationEndpoints.ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", DirectLineActivityEndpoints.GetAsync);
        return app;
    }
}
