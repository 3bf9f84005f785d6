using System.Net;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Tests.DirectLine;

/// <summary>A Direct Line token speaks for one user: the one it was asked for, or one the host made up.</summary>
public sealed class DirectLineIdentityTests : IClassFixture<DirectLineFactoryFixture>
{
    private readonly DirectLineFactory _factory;

    public DirectLineIdentityTests(DirectLineFactoryFixture fixture) => _factory = fixture.Factory;

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task An_activity_from_another_user_than_the_tokens_is_forbidden()
    {
        var client = await _factory.StartedClientAsync();

        var impostor = await client.PostAsync("""{"type":"message","text":"delete my data","from":{"id":"someone-else"}}""", Ct);
        var owner = await client.PostAsync("""{"type":"message","text":"mine","from":{"id":"u1"}}""", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, impostor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        var (seen, _) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo mine"), Ct);
        Assert.DoesNotContain(seen, x => (string?)x["text"] == "echo delete my data");
    }

    [Fact]
    public async Task An_activity_with_no_user_is_sent_as_the_tokens_user()
    {
        var client = await _factory.StartedClientAsync();

        var post = await client.PostAsync("""{"type":"message","text":"who am I"}""", Ct);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var (seen, _) = await client.PollAsync(a => a.Any(x => (string?)x["text"] == "echo who am I"), Ct);
        Assert.Equal("u1", (string?)seen.Single(x => (string?)x["text"] == "who am I")["from"]!["id"]);
    }

    [Fact]
    public async Task Starting_as_another_user_than_the_tokens_is_forbidden()
    {
        var client = new DirectLineClient(_factory.CreateClient());
        Assert.Equal(HttpStatusCode.OK, (await client.GenerateAsync(Ct)).StatusCode);
        var other = new DirectLineClient(_factory.CreateClient(), client.ClientAddress, userId: "u2") { Token = client.Token };

        Assert.Equal(HttpStatusCode.Forbidden, (await other.StartAsync(Ct)).StatusCode);
    }

    [Fact]
    public async Task Clients_that_name_no_user_are_each_given_a_user_of_their_own()
    {
        var greeted = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var client = new DirectLineClient(_factory.CreateClient(), userId: null);
            Assert.Equal(HttpStatusCode.OK, (await client.GenerateAsync(Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.StartAsync(Ct)).StatusCode);
            var (seen, _) = await client.PollAsync(a => a.Any(x => ((string?)x["text"])?.StartsWith("hello ", StringComparison.Ordinal) == true), Ct);
            greeted.Add((string)seen.First(x => ((string?)x["text"])?.StartsWith("hello ", StringComparison.Ordinal) == true)["text"]!);
        }

        Assert.NotEqual(greeted[0], greeted[1]);
        Assert.DoesNotContain("hello user", greeted);
    }
}

/// <summary>On a host with an app id, the local Direct Line asks for the host's own authentication.</summary>
public sealed class DirectLineAuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer not-a-jwt")]
    public async Task With_an_app_id_a_token_is_refused_without_the_hosts_authentication(string? authorization)
    {
        using var factory = new DirectLineFactory(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000aa",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineClient.Base}/tokens/generate");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("token", JObject.Parse(await response.Content.ReadAsStringAsync()).Properties().Select(p => p.Name));
    }
}
