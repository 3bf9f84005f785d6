using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace SeatedRelease.Tests.Host;

/// <summary>A turn that throws past the practice's own handling is answered with the apology, never with silence.</summary>
public sealed class TurnErrorTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("a fault inside the turn");
    }

    private BotClient Client(string conversation) =>
        new(factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddTransient<IBot, ThrowingBot>())).CreateClient(), conversation);

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("message")]
    public async Task A_join_or_a_message_whose_turn_fails_hears_that_something_went_wrong(string type)
    {
        var replies = await Client($"turn-error-{type}").SendAsync(type, type == "message" ? "ready" : null);

        var said = Assert.Single(BotClient.Texts(replies));
        Assert.StartsWith("Sorry, something went wrong", said, StringComparison.Ordinal);
        Assert.Equal("expectingInput", replies[^1].GetProperty("inputHint").GetString());
    }
}
