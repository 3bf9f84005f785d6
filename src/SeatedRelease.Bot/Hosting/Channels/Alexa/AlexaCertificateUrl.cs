namespace SeatedRelease.Bot.Alexa;

/// <summary>Amazon's rules for the SignatureCertChainUrl header: where a signing certificate chain may come from.</summary>
public static class AlexaCertificateUrl
{
    private const string Host = "s3.amazonaws.com";
    private const string PathPrefix = "/echo.api/";

    /// <summary>
    /// The address to fetch, normalised (dot segments resolved, default port dropped), or null when the header breaks
    /// a rule: https only, host s3.amazonaws.com in any case, path under /echo.api/ once normalised, port 443 if given.
    /// </summary>
    public static Uri? Check(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        if (!Uri.TryCreate(header.Trim(), UriKind.Absolute, out var uri)) return null;
        // Uri lower-cases the scheme and host and resolves "." and ".." in http(s) paths; the rules apply to that form.
        if (uri.Scheme != Uri.UriSchemeHttps) return null;
        if (!string.Equals(uri.IdnHost, Host, StringComparison.OrdinalIgnoreCase)) return null;
        if (uri.Port != 443) return null;
        if (uri.UserInfo.Length > 0) return null;
        // Escaped dots or slashes could hide a climb out of the folder from this check but not from a server.
        var path = uri.AbsolutePath;
        if (path.Contains('%', StringComparison.Ordinal) || path.Contains("//", StringComparison.Ordinal)) return null;
        if (!path.StartsWith(PathPrefix, StringComparison.Ordinal)) return null;
        return uri;
    }
}
