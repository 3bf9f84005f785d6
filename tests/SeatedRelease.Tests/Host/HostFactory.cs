using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SeatedRelease.Tests.Host;

/// <summary>The real host in memory, reading the same appsettings.json and dialogs/ that ship beside it.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Speech:DelayActivities", "false");
        // Conversation ids repeat from run to run; a store that outlives the test would carry old state in.
        builder.UseSetting("Storage:Kind", "Memory");
        // The Teams tests' stand-in channel: an anonymous host replies only to loopback and listed addresses.
        builder.UseSetting("Channels:AllowedServiceUrls", "https://smba.example.invalid/teams/");
        builder.ConfigureTestServices(s => s.AddTransient<IStartupFilter, Support.PeerAddressFromHeader>());
    }
}
