using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>dialogs/recognizer.yaml: which model file the composite recognizer loads and its fallback numbers.</summary>
public sealed class RecognizerSettings
{
    /// <summary>The settings' file name inside the dialogs folder.</summary>
    public const string FileName = "recognizer.yaml";

    /// <summary>The model file, relative to the dialogs folder.</summary>
    public string Model { get; set; } = "";

    /// <summary>See <see cref="FallbackPolicy.ConfidenceThreshold"/>.</summary>
    public double ConfidenceThreshold { get; set; } = -1;

    /// <summary>See <see cref="FallbackPolicy.AmbiguityMargin"/>.</summary>
    public double AmbiguityMargin { get; set; } = -1;

    /// <summary>See <see cref="FallbackPolicy.RequestThreshold"/>; unset, the confidence threshold.</summary>
    public double RequestThreshold { get; set; } = -1;

    /// <summary>The threshold a classifier's ready or yes must pass to be proposed to the gate; unset, none is taken.</summary>
    public double ProposalThreshold { get; set; } = -1;

    /// <summary>The margin a classifier's ready or yes must lead by to be proposed to the gate.</summary>
    public double ProposalMargin { get; set; } = -1;

    /// <summary>The probability of pain at which the classifier raises the rules' maybe-pain to pain; unset, it never does.</summary>
    public double PainThreshold { get; set; } = -1;

    /// <summary>The probability of mild at which the classifier names a pain of no kind the words tell mild, at the
    /// pain-kind prompt; unset, it never does.</summary>
    public double MildThreshold { get; set; } = -1;

    /// <summary>See <see cref="MildThreshold"/>: null when unset.</summary>
    public double? MildNaming => MildThreshold < 0 ? null : MildThreshold;

    /// <summary>See <see cref="PainThreshold"/>: null when unset.</summary>
    public double? MaybePainRaise => PainThreshold < 0 ? null : PainThreshold;

    /// <summary>The fallback policy these settings give.</summary>
    public FallbackPolicy Fallback => new(ConfidenceThreshold, AmbiguityMargin, RequestThreshold < 0 ? null : RequestThreshold);

    /// <summary>The numbers a proposed ready or yes must pass, or null when the file sets none.</summary>
    public FallbackPolicy? Proposal => ProposalThreshold < 0 ? null : new(ProposalThreshold, Math.Max(ProposalMargin, 0));

    /// <summary>Reads and checks the settings text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="LexiconException">Unknown or missing keys, or numbers outside 0 to 1, named with file and line.</exception>
    public static RecognizerSettings Parse(string yaml, string fileName)
    {
        RecognizerSettings settings;
        try
        {
            settings = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<RecognizerSettings?>(yaml) ?? new RecognizerSettings();
        }
        catch (YamlException e)
        {
            throw new LexiconException(fileName, [$"{fileName}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}"]);
        }
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            problems.Add($"{fileName}:1: 'model' (the trained model file) is missing");
        }
        if (settings.ConfidenceThreshold is < 0 or > 1)
        {
            problems.Add($"{fileName}:1: 'confidence_threshold' must be a number from 0 to 1");
        }
        if (settings.AmbiguityMargin is < 0 or > 1)
        {
            problems.Add($"{fileName}:1: 'ambiguity_margin' must be a number from 0 to 1");
        }
        if (settings.ProposalThreshold > 1 || settings.ProposalMargin > 1 || (settings.ProposalThreshold >= 0 && settings.ProposalThreshold < settings.ConfidenceThreshold))
        {
            problems.Add($"{fileName}:1: 'proposal_threshold' and 'proposal_margin' must be numbers up to 1, the threshold at least 'confidence_threshold'");
        }
        if (settings.RequestThreshold > settings.ConfidenceThreshold)
        {
            problems.Add($"{fileName}:1: 'request_threshold' must be a number from 0 to 'confidence_threshold'");
        }
        if (settings.PainThreshold > 1)
        {
            problems.Add($"{fileName}:1: 'pain_threshold' must be a number from 0 to 1");
        }
        if (settings.MildThreshold > 1)
        {
            problems.Add($"{fileName}:1: 'mild_threshold' must be a number from 0 to 1");
        }
        return problems.Count > 0 ? throw new LexiconException(fileName, problems) : settings;
    }
}
