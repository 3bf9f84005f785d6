using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SeatedRelease.Tests.Browser;

/// <summary>
/// The real host, real bot and all, on a free loopback port a browser can reach. With skipWaits its
/// delays between lines end at once while the lines' timestamps keep their gaps (see <see cref="SkippedWaitsClock"/>).
/// </summary>
public sealed class PracticePageHost : WebApplicationFactory<Program>
{
    private readonly bool _skipWaits;

    public PracticePageHost(bool skipWaits = false)
    {
        _skipWaits = skipWaits;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri Address =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Every page the browser tests open comes from one loopback address: many listeners, not one flooding client.
        builder.UseSetting("DirectLine:MaxConversationsPerClient", "500");
        builder.UseSetting("DirectLine:TokensPerMinutePerClient", "500");
        if (_skipWaits)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new SkippedWaitsClock()));
        }
    }
}
