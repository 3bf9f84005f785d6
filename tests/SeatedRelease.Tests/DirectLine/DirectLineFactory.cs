using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SeatedRelease.Tests.DirectLine;

/// <summary>The real host with the stand-in bot and a hand-moved clock.</summary>
public sealed class DirectLineFactory(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const int MaxBodyBytes = 4096;

    /// <summary>The header a test sets to say which address a request comes from; the host's peer address is this.</summary>
    public const string ClientAddressHeader = Support.PeerAddressFromHeader.Header;

    /// <summary>A client with a token and a started conversation, as Web Chat has after loading.</summary>
    public async Task<DirectLineClient> StartedClientAsync(string? clientAddress = null)
    {
        var client = new DirectLineClient(CreateClient(), clientAddress);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GenerateAsync(CancellationToken.None)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await client.StartAsync(CancellationToken.None)).StatusCode);
        return client;
    }
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("DirectLine:MaxBodyBytes", MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DirectLine:TokenLifetime", TokenLifetime.ToString());
        builder.UseSetting("DirectLine:IdleTimeout", IdleTimeout.ToString());
        builder.UseSetting("DirectLine:MaxConversations", "50");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddTransient<IBot, StandInBot>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, Support.PeerAddressFromHeader>();
        });
    }
}
