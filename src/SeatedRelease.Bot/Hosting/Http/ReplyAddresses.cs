using System.Net;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Where the host may send a turn's replies (an activity's serviceUrl), checked before the turn runs. It must be an
/// absolute http or https URL. A host with no app id authenticates nobody, so anyone could name any address and
/// have the host call it: there only loopback addresses (the Emulator's) and those listed in
/// <c>Channels:AllowedServiceUrls</c> are served.
/// </summary>
internal sealed class ReplyAddresses
{
    private readonly bool _anonymous;
    private readonly List<Uri> _allowed;

    public ReplyAddresses(IConfiguration configuration)
    {
        _anonymous = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        var section = configuration.GetSection("Channels:AllowedServiceUrls");
        var listed = section.GetChildren().Select(c => c.Value ?? "").Concat((section.Value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries));
        _allowed = [];
        foreach (var text in listed.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            _allowed.Add(IsHttp(text, out var url)
                ? url
                : throw new InvalidOperationException($"Channels:AllowedServiceUrls: '{text}' is not an absolute http or https URL."));
        }
    }

    /// <summary>Null when the host may reply to the activity's serviceUrl; otherwise why not.</summary>
    public string? Refusal(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no serviceUrl.";
        }

        if (!IsHttp(activity.ServiceUrl, out var url))
        {
            return "The serviceUrl must be an absolute http or https URL.";
        }

        if (_anonymous && !IsLoopback(url) && !_allowed.Any(a => Covers(a, url)))
        {
            return "With no app id this host replies only to loopback addresses and to those in Channels:AllowedServiceUrls.";
        }

        return null;
    }

    private static bool IsHttp(string text, out Uri url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https" && url.Host.Length > 0;

    // By the address as written: a name is never looked up, so no DNS answer can turn a foreign name into loopback.
    private static bool IsLoopback(Uri url) =>
        url.IsLoopback && (string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));

    private static bool Covers(Uri allowed, Uri url) =>
        string.Equals(allowed.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(allowed.Host, url.Host, StringComparison.OrdinalIgnoreCase)
        && allowed.Port == url.Port
        && url.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal);
}
