using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace SeatedRelease.Tests.Host;

public sealed class StoreHealthTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("store-health-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Healthz_degrades_when_the_database_file_is_deleted_and_no_turn_is_acknowledged_as_saved()
    {
        var path = Path.Combine(_folder, "state.db");
        await using var factory = new HostFactory().WithWebHostBuilder(b => b.UseSetting("Storage:Kind", "Sqlite").UseSetting("Storage:Path", path));
        var http = factory.CreateClient();
        var client = new BotClient(http, "health-deleted", "user-health");
        await client.JoinAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);

        foreach (var file in Directory.GetFiles(_folder)) File.Delete(file);

        using var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Contains("missing", body.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal([SeatedRelease.Tests.Support.BotHarness.Script.Phrase("notSaved")], BotClient.Texts(await client.SayAsync("no")));
    }
}
