using Microsoft.Extensions.Options;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>Runs the store's idle eviction on a timer for as long as the host runs.</summary>
internal sealed class IdleConversationSweeper(
    DirectLineConversationStore store,
    IOptions<LocalDirectLineOptions> options,
    TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A quarter of the shorter timeout keeps a conversation's real lifetime within 125% of its setting.
        var shorter = options.Value.UnusedTimeout < options.Value.IdleTimeout ? options.Value.UnusedTimeout : options.Value.IdleTimeout;
        var period = shorter / 4;
        if (period < TimeSpan.FromSeconds(1))
        {
            period = TimeSpan.FromSeconds(1);
        }

        using var timer = new PeriodicTimer(period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                store.EvictIdle();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            store.StopAll();
        }
    }
}
