using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.Bot.Alexa;

/// <summary>POST /api/alexa: the Alexa Skills Kit custom-skill endpoint.</summary>
public static class AlexaEndpoint
{
    /// <summary>The route.</summary>
    public const string Path = "/api/alexa";

    /// <summary>An Alexa request is a few kilobytes.</summary>
    public const long MaxBodyBytes = 128 * 1024;

    /// <summary>Registers the skill's pieces; the endpoint stays off (404) unless Alexa:SkillId is set.</summary>
    public static IServiceCollection AddAlexa(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AlexaOptions.SectionName).Get<AlexaOptions>() ?? new AlexaOptions();
        if (options.CueBaseUrl.Length > 0 && !(Uri.TryCreate(options.CueBaseUrl, UriKind.Absolute, out var cues) && cues.Scheme == Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException("Alexa:CueBaseUrl must be an https address: Alexa plays sound only from https.");
        }
        services.AddSingleton(options);
        services.AddHttpClient(AlexaCertificates.ClientName);
        services.AddSingleton(new AlexaTrustedRoots());
        services.AddSingleton<AlexaCertificates>();
        services.AddSingleton<AlexaRequestVerifier>();
        services.AddSingleton<AlexaSsml>();
        services.AddSingleton<AlexaTurns>();
        return services;
    }

    /// <summary>Maps POST /api/alexa, and warns at start when requests are not verified.</summary>
    public static WebApplication MapAlexa(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<AlexaOptions>();
        if (options.Enabled && !options.VerifyRequests)
        {
            app.Logger.LogWarning("Alexa:VerifyRequests is false: anyone can call {Path} as the skill. Use this for local testing only.", Path);
        }
        app.MapPost(Path, HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, AlexaOptions options, AlexaRequestVerifier verifier, AlexaTurns turns, ILogger<AlexaTurns> logger)
    {
        if (!options.Enabled)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (http.Request.ContentLength > MaxBodyBytes || await RequestBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted) is not { } body)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        var request = AlexaRequest.Read(body);
        if (request is null)
        {
            await RefuseAsync(http, logger, "The body is not an Alexa request.");
            return;
        }
        if (options.VerifyRequests && await verifier.ProblemAsync(http.Request.Headers, body, request.Timestamp, http.RequestAborted) is { } problem)
        {
            await RefuseAsync(http, logger, problem);
            return;
        }
        if (!string.Equals(request.SkillId, options.SkillId, StringComparison.Ordinal))
        {
            await RefuseAsync(http, logger, "The request is for another skill.");
            return;
        }
        var reply = await turns.AnswerAsync(request, http.RequestAborted);
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(AlexaResponseJson.Write(reply), http.RequestAborted);
    }

    private static Task RefuseAsync(HttpContext http, ILogger logger, string problem)
    {
        logger.LogWarning("An Alexa request was refused: {Problem}", problem);
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return http.Response.WriteAsJsonAsync(new { error = problem }, http.RequestAborted);
    }
}
