using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SeatedRelease.Bot.Bot;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Dependency injection for the bot: script, recognizer, engine, renderer, state and adapter.</summary>
public static class ServiceRegistration
{
    /// <summary>Registers everything the bot needs. The script is loaded and validated here, so a broken script stops start-up.</summary>
    public static async Task<IServiceCollection> AddPracticeBotAsync(this IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var engine = await PracticeLoader.LoadAsync(configuration["Practice:DialogsPath"], TimeProvider.System, cancellationToken);
        var script = engine.Script;

        services.AddSingleton(script);
        services.AddSingleton(engine);
        services.AddSingleton(configuration.GetSection("Speech").Get<SpeechOptions>() ?? new SpeechOptions());
        services.AddSingleton<SsmlRenderer>();

        var guard = configuration.GetSection("Storage:Guard").Get<StoreGuardOptions>() ?? new StoreGuardOptions();
        services.AddSingleton(guard);
        services.AddSingleton<IStorage>(sp => StorageFactory.Guarded(StorageFactory.Create(configuration.GetSection("Storage")), guard, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(configuration.GetSection("Resume").Get<ResumeOptions>() ?? new ResumeOptions());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PracticeStore>();
        services.AddSingleton<PracticeCache>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<StoreFaultLog>();
        services.AddSingleton<PracticeTurns>();

        services.AddSingleton<BotFrameworkAuthentication>(sp => new DeferredClientsAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration, authConfiguration: AllowedCallers.AuthenticationConfiguration(configuration), logger: sp.GetRequiredService<ILogger<PracticeAdapter>>())));
        services.AddChannels();
        services.AddSingleton(sp => new PracticeAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<ILogger<PracticeAdapter>>(),
            script.Phrase("error")).UseChannels(sp));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<PracticeAdapter>());
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<PracticeAdapter>());
        services.AddTransient<IBot, PracticeBot>();
        return services;
    }
}
