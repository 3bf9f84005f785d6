using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

/// <summary>One in-memory Azurite for every test in the "Azurite" collection; each test uses its own container.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not started.");

    public static string NewContainerName() => "t-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync(persistent: false);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition("Azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
