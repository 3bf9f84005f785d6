using SeatedRelease.Load;

namespace SeatedRelease.Tests.Load;

/// <summary>The echo baseline is the bare framework unless a like-for-like run is asked for by name.</summary>
public sealed class EchoClientsOptionTests
{
    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--echo-clients", "framework" }, false)]
    [InlineData(new[] { "--echo-clients", "deferred" }, true)]
    public void The_echo_bot_builds_its_clients_as_the_framework_does_unless_told_otherwise(string[] args, bool deferred)
    {
        var (options, problem) = LoadOptions.Parse(args);

        Assert.Null(problem);
        Assert.Equal(deferred, options!.EchoDeferredClients);
    }

    [Fact]
    public void An_unknown_echo_client_mode_is_refused_with_the_choices()
    {
        var (options, problem) = LoadOptions.Parse(["--echo-clients", "cached"]);

        Assert.Null(options);
        Assert.Equal("--echo-clients is framework or deferred", problem);
    }
}
