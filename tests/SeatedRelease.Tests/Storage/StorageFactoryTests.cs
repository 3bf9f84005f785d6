using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.Tests.Storage;

public sealed class StorageFactoryTests
{
    private static IConfigurationSection Section(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Storage:" + s.Key, s.Value)))
            .Build()
            .GetSection("Storage");

    [Theory]
    [InlineData("Blobs", "", "container", "Storage:ConnectionString")]
    [InlineData("blobs", "UseDevelopmentStorage=true", "", "Storage:Container")]
    [InlineData("BLOBS", null, null, "Storage:ConnectionString")]
    public void Blobs_without_a_connection_string_or_container_names_the_missing_setting(string kind, string? connection, string? container, string missing)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            StorageFactory.Create(Section(("Kind", kind), ("ConnectionString", connection), ("Container", container))));

        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_known_ones()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StorageFactory.Create(Section(("Kind", "cosmos"))));

        Assert.Contains("Sqlite, Memory or Blobs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_makes_its_store_and_sqlite_is_the_default()
    {
        var file = Path.Combine(Path.GetTempPath(), $"seatedrelease-factory-{Guid.NewGuid():N}", "state.db");
        try
        {
            Assert.IsType<JsonMemoryStorage>(StorageFactory.Create(Section(("Kind", "memory"))));
            Assert.IsType<BlobsStorage>(StorageFactory.Create(Section(("Kind", "Blobs"), ("ConnectionString", "UseDevelopmentStorage=true"), ("Container", "state"))));
            using var sqlite = Assert.IsType<SqliteStorage>(StorageFactory.Create(Section(("Path", file))));
            Assert.True(File.Exists(file));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
