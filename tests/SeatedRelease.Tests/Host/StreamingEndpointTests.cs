using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace SeatedRelease.Tests.Host;

/// <summary>The WebSocket side of /api/messages that Direct Line Speech uses.</summary>
public sealed class StreamingEndpointTests
{
    [Fact]
    public async Task Without_an_app_id_a_websocket_upgrade_is_a_bad_request_not_a_server_error()
    {
        using var host = new HostFactory();
        var client = host.Server.CreateWebSocketClient();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Uri(host.Server.BaseAddress, "api/messages"), CancellationToken.None));
        Assert.Contains("400", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_app_id_a_websocket_upgrade_without_a_token_is_refused()
    {
        using var host = new HostFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("MicrosoftAppId", "00000000-0000-0000-0000-000000000001");
            b.UseSetting("MicrosoftAppPassword", "not-a-real-secret");
        });
        var client = host.Server.CreateWebSocketClient();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Uri(host.Server.BaseAddress, "api/messages"), CancellationToken.None));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_get_on_api_messages_is_a_bad_request()
    {
        using var host = new HostFactory();
        using var response = await host.CreateClient().GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
