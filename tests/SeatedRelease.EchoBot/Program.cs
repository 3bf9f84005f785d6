using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.EchoBot;

internal static class EchoProgram
{
    // An explicit entry point: top-level statements would make a second global Program beside the practice host's.
    private static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://localhost:3979");
        }
        var configuration = builder.Configuration;
        builder.Services.AddSingleton<IStorage>(_ => StorageFactory.Create(configuration.GetSection("Storage")));
        builder.Services.AddSingleton<ConversationState>();
        // Bare by default: the framework's own authentication, which builds both REST clients for every turn. The load
        // tool sets Echo:DeferClients to compare like for like with the practice host, which builds them on first use.
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var framework = new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<CloudAdapter>>());
            return configuration.GetValue<bool>("Echo:DeferClients") ? new DeferredClientsAuthentication(framework) : framework;
        });
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, CloudAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddTransient<IBot, CounterBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok", bot = "echo" }));
        await app.RunAsync();
    }
}
