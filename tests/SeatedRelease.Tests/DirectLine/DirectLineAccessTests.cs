using System.Net;
using System.Text;

namespace SeatedRelease.Tests.DirectLine;

public sealed class DirectLineAccessTests : IClassFixture<DirectLineFactoryFixture>
{
    private readonly DirectLineFactory _factory;

    public DirectLineAccessTests(DirectLineFactoryFixture fixture) => _factory = fixture.Factory;

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task Another_conversations_token_is_forbidden()
    {
        var mine = await _factory.StartedClientAsync();
        var theirs = await _factory.StartedClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await mine.GetActivitiesAsync("", Ct, conversationId: theirs.ConversationId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.PostAsync("""{"type":"message","text":"x"}""", Ct, conversationId: theirs.ConversationId)).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("wrong.secret")]
    public async Task A_missing_or_wrong_token_is_forbidden(string token)
    {
        var client = await _factory.StartedClientAsync();
        var forged = token == "wrong.secret" ? $"{client.ConversationId}.secret" : token;

        // An empty token sends no Authorization header at all.
        var anonymous = new DirectLineClient(_factory.CreateClient()) { Token = forged };
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetActivitiesAsync("", Ct, conversationId: client.ConversationId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.RefreshAsync(Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.StartAsync(Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_conversation_is_not_found()
    {
        var client = await _factory.StartedClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetActivitiesAsync("", Ct, conversationId: "no-such-conversation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("""{"type":"message"}""", Ct, conversationId: "no-such-conversation")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_activity_is_refused_with_413()
    {
        var client = await _factory.StartedClientAsync();
        var text = new string('a', DirectLineFactory.MaxBodyBytes);
        var response = await client.PostAsync($$"""{"type":"message","text":"{{text}}"}""", Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_is_refused_with_413()
    {
        var client = await _factory.StartedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{DirectLineClient.Base}/conversations/{client.ConversationId}/activities");
        request.Headers.Authorization = new("Bearer", client.Token);
        var body = Encoding.UTF8.GetBytes($$"""{"type":"message","text":"{{new string('a', DirectLineFactory.MaxBodyBytes)}}"}""");
        request.Content = new StreamContent(new NonSeekableStream(body));
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _factory.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_is_a_bad_request()
    {
        var client = await _factory.StartedClientAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("{not json", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("""{"text":"no type"}""", Ct)).StatusCode);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
