using SeatedRelease.Practice.Safety;
using SeatedRelease.Practice.Script;
using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>Loads the recognizer a dialogs folder describes, the same way for the host, the command line and the tests.</summary>
public static class RecognizerLoader
{
    /// <summary>
    /// The rules from lexicon.yaml; with recognizer.yaml beside it, the composite over them and the trained model it
    /// names (loaded, never trained here). A folder without recognizer.yaml gives the rules alone.
    /// </summary>
    /// <exception cref="LexiconException">lexicon.yaml or recognizer.yaml is invalid, or the model file is missing or unreadable.</exception>
    public static async Task<(LexiconRecognizer Rules, CompositeRecognizer? Composite)> LoadAsync(string dialogsFolder, CancellationToken cancellationToken)
    {
        var rules = await LexiconRecognizer.LoadAsync(dialogsFolder, cancellationToken).ConfigureAwait(false);
        string settingsPath = Path.Combine(dialogsFolder, RecognizerSettings.FileName);
        if (!File.Exists(settingsPath))
        {
            return (rules, null);
        }
        var settings = RecognizerSettings.Parse(await File.ReadAllTextAsync(settingsPath, cancellationToken).ConfigureAwait(false), settingsPath);
        string modelPath = Path.Combine(dialogsFolder, settings.Model);
        IntentClassifier classifier;
        try
        {
            classifier = IntentClassifier.Load(modelPath, rules.Labels);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new LexiconException(settingsPath, [$"{settingsPath}:1: model '{settings.Model}' cannot be loaded ({e.Message}); make it with: dotnet run --project src/SeatedRelease.Cli -- train"]);
        }
        var pain = await LoadPainDetectorAsync(dialogsFolder, rules, cancellationToken).ConfigureAwait(false);
        return (rules, new CompositeRecognizer(rules, classifier, settings.Fallback, pain, ProposalGate.Over(settings.Proposal, rules, pain), settings.MaybePainRaise, settings.MildNaming));
    }

    /// <summary>The red flags of safety.yaml over the rules; a folder without safety.yaml has none (the rules alone read pain).</summary>
    /// <exception cref="LexiconException">safety.yaml is invalid; the message names its file and line.</exception>
    public static async Task<PainDetector> LoadPainDetectorAsync(string dialogsFolder, LexiconRecognizer rules, CancellationToken cancellationToken)
    {
        string path = Path.Combine(dialogsFolder, SafetyRules.FileName);
        if (!File.Exists(path))
        {
            return PainDetector.None;
        }
        try
        {
            return new PainDetector(SafetyLoader.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path), rules.IsSomeoneElse, rules.IsListeners, rules.IsBodyPart);
        }
        catch (ScriptException e)
        {
            throw new LexiconException(path, [e.Message]);
        }
    }

    /// <summary>The recognizer the bot uses: the composite when the folder configures one, otherwise the rules.</summary>
    public static async Task<IRecognizer> LoadServingAsync(string dialogsFolder, CancellationToken cancellationToken)
    {
        var (rules, composite) = await LoadAsync(dialogsFolder, cancellationToken).ConfigureAwait(false);
        return composite is null ? rules : composite;
    }
}
