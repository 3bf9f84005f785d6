using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SeatedRelease.EchoBot;

internal static class EchoProgram
{
    // An explicit entry point: top-level statements would make a second global Program beside the practice host's.
    // Built as the Bot Framework samples build an echo bot, so the load benchmark's ratio compares the practice with
    // what a newcomer would start from: CloudAdapter with the framework's own authentication, ConversationState on
    // MemoryStorage, logging at Warning. Nothing of the practice host is shared.
    private static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://localhost:3979");
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddTransient<IBot, CounterBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok", bot = "echo" }));
        await app.RunAsync();
    }
}
