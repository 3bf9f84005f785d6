using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SeatedRelease.Bot.Alexa;

namespace SeatedRelease.Tests.Alexa;

/// <summary>One answer of the skill, as Alexa reads it.</summary>
internal sealed record AlexaHeard(HttpStatusCode Status, string? Speech, string? Reprompt, bool EndSession, string Body)
{
    /// <summary>The speech without markup, for reading what was said.</summary>
    public string Said => AlexaSpeech.PlainText(Speech);
}

/// <summary>
/// Plays Alexa's side of a conversation: request envelopes as Alexa sends them, signed with a certificate of the
/// tests' authority, one session per "open", the same user id throughout.
/// </summary>
internal sealed class AlexaClient(HttpClient http, X509Certificate2 signing, string userId)
{
    private string _session = NewSession();

    public string SkillId { get; set; } = AlexaHost.SkillId;

    public string CertificateUrl { get; set; } = AlexaHost.ChainUrl;

    public string SessionId => _session;

    /// <summary>Everything heard so far, in order.</summary>
    public List<AlexaHeard> Heard { get; } = [];

    /// <summary>"Alexa, open seated release": a new session begins with a LaunchRequest.</summary>
    public Task<AlexaHeard> OpenAsync()
    {
        _session = NewSession();
        return SendAsync(Envelope(Request("LaunchRequest"), isNew: true));
    }

    /// <summary>Free speech, matched to the catch-all intent.</summary>
    public Task<AlexaHeard> SayAsync(string words) => IntentAsync(AlexaIntents.Speech, words);

    /// <summary>A built-in or custom intent, with the catch-all slot filled when words are given.</summary>
    public Task<AlexaHeard> IntentAsync(string name, string? words = null)
    {
        var intent = new JsonObject { ["name"] = name, ["confirmationStatus"] = "NONE" };
        if (words is not null)
        {
            intent["slots"] = new JsonObject
            {
                [AlexaIntents.SpeechSlot] = new JsonObject { ["name"] = AlexaIntents.SpeechSlot, ["value"] = words, ["confirmationStatus"] = "NONE" },
            };
        }
        var request = Request("IntentRequest");
        request["intent"] = intent;
        return SendAsync(Envelope(request, isNew: false));
    }

    /// <summary>Alexa closes the session itself, for instance after the reprompt went unanswered.</summary>
    public Task<AlexaHeard> SessionEndsAsync(string reason = "EXCEEDED_MAX_REPROMPTS")
    {
        var request = Request("SessionEndedRequest");
        request["reason"] = reason;
        return SendAsync(Envelope(request, isNew: false));
    }

    /// <summary>A request envelope as JSON text, for tests that change it before sending.</summary>
    public string LaunchBody(DateTimeOffset? timestamp = null) => Envelope(Request("LaunchRequest", timestamp), isNew: true).ToJsonString();

    /// <summary>Sends raw bytes with the given headers; null leaves a header out.</summary>
    public async Task<AlexaHeard> SendRawAsync(byte[] body, string? certificateUrl, string? signature)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, AlexaEndpoint.Path) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (certificateUrl is not null) message.Headers.TryAddWithoutValidation(AlexaRequestVerifier.CertificateHeader, certificateUrl);
        if (signature is not null) message.Headers.TryAddWithoutValidation(AlexaRequestVerifier.SignatureHeader, signature);
        using var response = await http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) return new AlexaHeard(response.StatusCode, null, null, false, text);
        using var doc = JsonDocument.Parse(text);
        var r = doc.RootElement.GetProperty("response");
        var heard = new AlexaHeard(
            response.StatusCode,
            r.TryGetProperty("outputSpeech", out var speech) ? speech.GetProperty("ssml").GetString() : null,
            r.TryGetProperty("reprompt", out var reprompt) ? reprompt.GetProperty("outputSpeech").GetProperty("ssml").GetString() : null,
            r.GetProperty("shouldEndSession").GetBoolean(),
            text);
        Heard.Add(heard);
        return heard;
    }

    /// <summary>The signature Alexa would send for these bytes.</summary>
    public string Sign(byte[] body)
    {
        using var key = signing.GetRSAPrivateKey()!;
        return Convert.ToBase64String(key.SignData(body, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    private Task<AlexaHeard> SendAsync(JsonObject envelope)
    {
        var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());
        return SendRawAsync(body, CertificateUrl, Sign(body));
    }

    private static JsonObject Request(string type, DateTimeOffset? timestamp = null) => new()
    {
        ["type"] = type,
        ["requestId"] = "amzn1.echo-api.request." + Guid.NewGuid().ToString("N"),
        ["timestamp"] = (timestamp ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ["locale"] = "en-US",
    };

    private JsonObject Envelope(JsonObject request, bool isNew) => new()
    {
        ["version"] = "1.0",
        ["session"] = new JsonObject
        {
            ["new"] = isNew,
            ["sessionId"] = _session,
            ["application"] = new JsonObject { ["applicationId"] = SkillId },
            ["user"] = new JsonObject { ["userId"] = userId },
        },
        ["context"] = new JsonObject
        {
            ["System"] = new JsonObject
            {
                ["application"] = new JsonObject { ["applicationId"] = SkillId },
                ["user"] = new JsonObject { ["userId"] = userId },
                ["device"] = new JsonObject { ["deviceId"] = "amzn1.ask.device.test", ["supportedInterfaces"] = new JsonObject() },
                ["apiEndpoint"] = "https://api.amazonalexa.com",
            },
        },
        ["request"] = request,
    };

    private static string NewSession() => "amzn1.echo-api.session." + Guid.NewGuid().ToString("N");
}
