using SeatedRelease.Practice.Script;
using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Safety;

/// <summary>Reads <c>dialogs/safety.yaml</c> and checks it, naming file and line of any mistake.</summary>
public static class SafetyLoader
{
    private static readonly string[] TopKeys = ["version", "redFlags", "negators", "subjects", "notNow", "questionOpeners", "stretch", "unsure",
        "moreThanMild", "mild", "negationEnds", "unlike", "sensations", "painWords", "diminishers", "intensifiers", "unsureOfKind", "earlierTime", "nowTime", "painIdioms", "overTime",
        "stillGoing", "otherPeople", "thingDeterminers", "ownDeterminers", "interjections", "thingVerbs", "practiceThings", "sharpAt", "cautionConditions", "definitionQuestions", "escalation", "holdHours"];
    private static readonly string[] KindKeys = ["name", "words", "say", "advice"];
    private static readonly string[] EscalationKeys = ["legReports", "practiceReports"];

    /// <summary>Loads the safety words of a dialogs folder.</summary>
    /// <exception cref="ScriptException">The file is missing or wrong; the message names file and line.</exception>
    public static async Task<SafetyRules> LoadFolderAsync(string dialogsFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dialogsFolder, SafetyRules.FileName);
        if (!File.Exists(path)) throw new ScriptException(path, 0, null, "the safety words are missing.");
        return Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
    }

    /// <summary>Parses and checks the text of a safety file; <paramref name="file"/> names it in errors.</summary>
    public static SafetyRules Parse(string yaml, string file)
    {
        var r = new YamlReader(file);
        var root = r.LoadRoot(yaml, "The safety file");
        var top = r.Entries(root, null, TopKeys).ToDictionary(e => e.Key, e => e.Value);
        YamlNode Need(string key) => top.TryGetValue(key, out var v) ? v : throw new ScriptException(file, YamlReader.LineOf(root), null, $"missing top-level key '{key}'.");
        PhraseList List(string key) => new(Phrases(r, Need(key), key));
        // Only lists that can only escalate hear other forms of their words ("scared" for "scary"); never a mild word,
        // a negator or a frame.
        PhraseList Folding(string key) => new(Phrases(r, Need(key), key), foldForms: true);

        var kinds = new List<RedFlagKind>();
        foreach (var (id, keyNode, value) in r.Entries(r.Mapping(Need("redFlags"), null, "redFlags"), null, null))
        {
            var e = r.Entries(r.Mapping(value, null, $"redFlags.{id}"), null, KindKeys).ToDictionary(x => x.Key, x => x.Value);
            YamlNode Field(string key) => e.TryGetValue(key, out var v) ? v : throw r.Error(keyNode, null, $"red flag '{id}' is missing '{key}'.");
            kinds.Add(new RedFlagKind(
                id,
                r.Text(Field("name"), null, $"redFlags.{id}.name"),
                new PhraseList(Phrases(r, Field("words"), $"redFlags.{id}.words"), foldForms: true),
                r.Sequence(Field("say"), null, $"redFlags.{id}.say").Select(n => r.Text(n, null, $"A line of redFlags.{id}.say")).ToList(),
                r.Text(Field("advice"), null, $"redFlags.{id}.advice")));
            if (kinds[^1].Say.Count == 0) throw r.Error(Field("say"), null, $"red flag '{id}' says nothing.");
        }
        if (kinds.Count == 0) throw r.Error(Need("redFlags"), null, "redFlags must name at least one kind.");

        var escalation = r.Entries(r.Mapping(Need("escalation"), null, "escalation"), null, EscalationKeys).ToDictionary(x => x.Key, x => x.Value);
        int Escalation(string key) => escalation.TryGetValue(key, out var v) ? r.Int(v, null, $"escalation.{key}", 2)
            : throw r.Error(Need("escalation"), null, $"escalation is missing '{key}'.");
        var sharpAt = r.Int(Need("sharpAt"), null, "sharpAt", 1);
        if (sharpAt > 10) throw r.Error(Need("sharpAt"), null, "sharpAt is a pain out of ten: at most 10.");

        return new SafetyRules
        {
            RedFlags = kinds,
            Negators = List("negators"),
            Subjects = List("subjects"),
            NotNow = List("notNow"),
            QuestionOpeners = List("questionOpeners"),
            Stretch = List("stretch"),
            Unsure = List("unsure"),
            MoreThanMild = Folding("moreThanMild"),
            Mild = List("mild"),
            NegationEnds = List("negationEnds"),
            Unlike = List("unlike"),
            Sensations = List("sensations"),
            PainWords = List("painWords"),
            Diminishers = List("diminishers"),
            Intensifiers = List("intensifiers"),
            UnsureOfKind = List("unsureOfKind"),
            EarlierTime = List("earlierTime"),
            NowTime = List("nowTime"),
            PainIdioms = List("painIdioms"),
            OverTime = List("overTime"),
            StillGoing = List("stillGoing"),
            OtherPeople = List("otherPeople"),
            ThingDeterminers = List("thingDeterminers"),
            OwnDeterminers = List("ownDeterminers"),
            Interjections = List("interjections"),
            ThingVerbs = List("thingVerbs"),
            PracticeThings = List("practiceThings"),
            CautionConditions = List("cautionConditions"),
            DefinitionQuestions = List("definitionQuestions"),
            SharpAt = sharpAt,
            LegReports = Escalation("legReports"),
            PracticeReports = Escalation("practiceReports"),
            HoldHours = r.Int(Need("holdHours"), null, "holdHours", 1),
        };
    }

    private static List<string> Phrases(YamlReader r, YamlNode node, string what)
    {
        var phrases = new List<string>();
        foreach (var item in r.Sequence(node, null, what))
        {
            var text = r.Text(item, null, $"A phrase of {what}");
            if (Words.Of(text.Replace('*', ' ')).Tokens.Count == 0) throw r.Error(item, null, $"'{text}' in {what} has no words.");
            if (text.Trim().StartsWith('*') || text.Trim().EndsWith('*')) throw r.Error(item, null, $"'{text}' in {what}: '*' must stand between words.");
            phrases.Add(text);
        }
        if (phrases.Count == 0) throw r.Error(node, null, $"{what} is empty.");
        return phrases;
    }
}
