using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Tests.DirectLine;

/// <summary>
/// Makes the calls Web Chat makes, so the tests read like its side of the conversation. Each client comes from an
/// address of its own unless told one, as separate listeners would, and asks for its token as user u1.
/// </summary>
public sealed class DirectLineClient(HttpClient http, string? clientAddress = null, string? userId = "u1")
{
    public const string Base = "/v3/directline";

    public string ConversationId { get; private set; } = "";

    public string Token { get; set; } = "";

    public string ClientAddress { get; } = clientAddress ?? $"10.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}";

    public async Task<HttpResponseMessage> GenerateAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/tokens/generate");
        request.Headers.Add(DirectLineFactory.ClientAddressHeader, ClientAddress);
        if (userId is not null)
        {
            request.Content = new StringContent(new JObject { ["user"] = new JObject { ["id"] = userId } }.ToString(), Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var body = JObject.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            ConversationId = (string)body["conversationId"]!;
            Token = (string)body["token"]!;
        }

        return response;
    }

    public Task<HttpResponseMessage> StartAsync(CancellationToken cancellationToken, string? token = null) =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations", userId is null ? """{"locale":"en-US"}""" : new JObject { ["user"] = new JObject { ["id"] = userId }, ["locale"] = "en-US" }.ToString(), token, cancellationToken);

    public Task<HttpResponseMessage> RefreshAsync(CancellationToken cancellationToken, string? token = null) =>
        SendAsync(HttpMethod.Post, $"{Base}/tokens/refresh", null, token, cancellationToken);

    public Task<HttpResponseMessage> PostAsync(string json, CancellationToken cancellationToken, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId ?? ConversationId}/activities", json, token, cancellationToken);

    public Task<HttpResponseMessage> PostTextAsync(string text, CancellationToken cancellationToken, string? clientActivityId = null)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        if (userId is not null)
        {
            activity["from"] = new JObject { ["id"] = userId, ["role"] = "user" };
        }

        return PostAsync(activity.ToString(), cancellationToken);
    }

    public Task<HttpResponseMessage> GetActivitiesAsync(string watermark, CancellationToken cancellationToken, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}", null, token, cancellationToken);

    /// <summary>Polls until an activity satisfies <paramref name="until"/>; returns everything seen.</summary>
    public async Task<(JArray Activities, string Watermark)> PollAsync(Func<JArray, bool> until, CancellationToken cancellationToken, string watermark = "")
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var all = new JArray();
        while (true)
        {
            var response = await GetActivitiesAsync(watermark, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JObject.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            foreach (var activity in (JArray)body["activities"]!)
            {
                all.Add(activity);
            }

            watermark = (string)body["watermark"]!;
            if (until(all))
            {
                return (all, watermark);
            }

            Assert.True(DateTime.UtcNow < deadline, $"Gave up polling; saw: {all}");
            await Task.Delay(50, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(DirectLineFactory.ClientAddressHeader, ClientAddress);
        var bearer = token ?? Token;
        if (bearer.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
