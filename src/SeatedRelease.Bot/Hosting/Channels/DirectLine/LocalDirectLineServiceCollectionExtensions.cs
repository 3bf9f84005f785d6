using Microsoft.Extensions.DependencyInjection.Extensions;
using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>Registers the host's own Direct Line endpoint and Web Chat page.</summary>
public static class LocalDirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the local Direct Line when <c>DirectLine:Enabled</c> is true, or when it is not set
    /// and the environment is Development. Needs the host's CloudAdapter and IBot registered.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration; reads the <c>DirectLine</c> section.</param>
    /// <param name="environment">Decides the default when <c>DirectLine:Enabled</c> is absent.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddLocalDirectLine(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var section = configuration.GetSection(LocalDirectLineOptions.SectionName);
        var enabled = section.GetValue<bool?>(nameof(LocalDirectLineOptions.Enabled)) ?? environment.IsDevelopment();
        services.AddSingleton(new LocalDirectLineSwitch(enabled));
        if (!enabled)
        {
            return services;
        }

        services.AddOptions<LocalDirectLineOptions>()
            .Bind(section)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.IdleTimeout > TimeSpan.Zero && o.UnusedTimeout > TimeSpan.Zero, "DirectLine:TokenLifetime, IdleTimeout and UnusedTimeout must be positive.")
            .Validate(o => o.MaxConversations > 0 && o.MaxActivitiesPerConversation > 0 && o.MaxQueuedActivities > 0 && o.MaxBodyBytes > 0, "DirectLine limits must be positive.")
            .Validate(o => o.MaxConversationsPerClient > 0 && o.TokensPerMinutePerClient > 0 && o.TokensPerMinute > 0, "DirectLine token limits must be positive.")
            .Validate(o => o.MemoryBudgetBytes >= 4 * o.MaxBodyBytes, "DirectLine:MemoryBudgetBytes must hold at least four of the largest activity (MaxBodyBytes).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BotTurnDispatcher>();
        services.AddSingleton<DirectLineTurnLoop>();
        services.AddSingleton<DirectLineMemory>();
        services.AddSingleton<TokenRateLimits>();
        services.TryAddSingleton<ClientAddresses>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineRequestAuthorizer>();
        services.AddSingleton<DirectLineContext>();
        services.AddHostedService<IdleConversationSweeper>();
        // The page's script is megabytes of text; it is what the listener waits for before the greeting.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }
}
