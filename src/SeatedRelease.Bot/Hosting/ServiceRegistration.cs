using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SeatedRelease.Bot.Bot;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Dependency injection for the bot: script, recognizer, engine, renderer, state and adapter.</summary>
public static class ServiceRegistration
{
    /// <summary>Registers everything the bot needs. The script is loaded and validated here, so a broken script stops start-up.</summary>
    public static IServiceCollection AddPracticeBot(this IServiceCollection services, IConfiguration configuration)
    {
        var dialogs = configuration["Practice:DialogsPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "dialogs");
        var script = ScriptLoader.LoadFolderAsync(dialogs, CancellationToken.None).GetAwaiter().GetResult();
        var recognizer = RecognizerFactory.LoadAsync(dialogs, CancellationToken.None).GetAwaiter().GetResult();

        services.AddSingleton(script);
        services.AddSingleton(recognizer);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new PracticeEngine(script, sp.GetRequiredService<SeatedRelease.Practice.Recognition.IRecognizer>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(configuration.GetSection("Speech").Get<SpeechOptions>() ?? new SpeechOptions());
        services.AddSingleton<SsmlRenderer>();

        services.AddSingleton<IStorage>(_ => StorageFactory.Create(configuration.GetSection("Storage")));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<PracticeAdapter>>()));
        services.AddSingleton(sp => new PracticeAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<ILogger<PracticeAdapter>>(),
            script.Phrase("error")));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<PracticeAdapter>());
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<PracticeAdapter>());
        services.AddTransient<IBot, PracticeBot>();
        return services;
    }
}
