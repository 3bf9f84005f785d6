using SeatedRelease.Bot.Teams;

namespace SeatedRelease.Bot.Hosting;

/// <summary>The pieces that fit the bot to particular channels: Teams' rate limits.</summary>
public static class ChannelRegistration
{
    /// <summary>Registers the Teams rate window (one per host; TimeProvider from DI when there is one).</summary>
    public static IServiceCollection AddChannels(this IServiceCollection services)
    {
        services.AddSingleton(sp => new TeamsRateWindow(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    /// <summary>Adds the channel middleware to the adapter.</summary>
    public static PracticeAdapter UseChannels(this PracticeAdapter adapter, IServiceProvider services)
    {
        adapter.Use(new TeamsSendMiddleware(services.GetRequiredService<TeamsRateWindow>()));
        return adapter;
    }
}
