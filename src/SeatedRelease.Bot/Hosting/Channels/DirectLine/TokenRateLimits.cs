using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// How many tokens may be asked for in a minute: by one client address, and by everyone together. The address's
/// limit is asked first, so a client past its own share uses up none of everyone else's.
/// </summary>
internal sealed class TokenRateLimits : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _limiter;

    public TokenRateLimits(IOptions<LocalDirectLineOptions> options)
    {
        var perClient = options.Value.TokensPerMinutePerClient;
        var all = options.Value.TokensPerMinute;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => Window(perClient))),
            PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetFixedWindowLimiter("all", _ => Window(all))));
    }

    /// <summary>True, and one token counted, when <paramref name="client"/> may have another token now.</summary>
    public bool TryAcquire(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = Minute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
