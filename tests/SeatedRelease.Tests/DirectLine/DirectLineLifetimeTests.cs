using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SeatedRelease.Bot.DirectLine;

namespace SeatedRelease.Tests.DirectLine;

public sealed class DirectLineLifetimeTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task An_expired_token_is_forbidden()
    {
        using var factory = new DirectLineFactory();
        var client = await factory.StartedClientAsync();

        factory.Clock.Advance(DirectLineFactory.TokenLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetActivitiesAsync("", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.RefreshAsync(Ct)).StatusCode);
    }

    [Fact]
    public async Task An_idle_conversation_is_dropped_and_then_not_found()
    {
        using var factory = new DirectLineFactory();
        var idle = await factory.StartedClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await idle.PostTextAsync("hello", Ct)).StatusCode);
        factory.Clock.Advance(DirectLineFactory.IdleTimeout / 2);
        var busy = await factory.StartedClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await busy.PostTextAsync("hello", Ct)).StatusCode);
        factory.Clock.Advance(DirectLineFactory.IdleTimeout / 2 + TimeSpan.FromSeconds(1));

        var dropped = factory.Services.GetRequiredService<DirectLineConversationStore>().EvictIdle();

        Assert.Equal(1, dropped);
        Assert.Equal(HttpStatusCode.NotFound, (await idle.GetActivitiesAsync("", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetActivitiesAsync("", Ct)).StatusCode);
    }

    [Fact]
    public async Task Polling_keeps_a_conversation_alive()
    {
        using var factory = new DirectLineFactory();
        var client = await factory.StartedClientAsync();
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(DirectLineFactory.IdleTimeout / 2);
            Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync("", Ct)).StatusCode);
        }

        Assert.Equal(0, factory.Services.GetRequiredService<DirectLineConversationStore>().EvictIdle());
    }

    [Fact]
    public async Task When_the_conversation_limit_is_reached_new_ones_wait_for_idle_ones_to_go()
    {
        using var factory = new DirectLineFactory(settings: new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        await factory.StartedClientAsync();
        await factory.StartedClientAsync();

        var refused = await new DirectLineClient(factory.CreateClient()).GenerateAsync(Ct);
        factory.Clock.Advance(DirectLineFactory.IdleTimeout + TimeSpan.FromSeconds(1));
        var accepted = await new DirectLineClient(factory.CreateClient()).GenerateAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
