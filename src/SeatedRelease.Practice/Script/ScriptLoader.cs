using SeatedRelease.Practice.Recognition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Script;

/// <summary>Reads a practice script from YAML and validates it before anything runs.</summary>
public static class ScriptLoader
{
    /// <summary>The script's file name inside the dialogs folder.</summary>
    public const string FileName = "practice.yaml";

    private static readonly string[] TopKeys = ["version", "language", "repetitions", "legs", "start", "pain", "maybePain", "flagCheck", "painAgain", "painLimit", "steps", "phrases", "suggestions", "summary", "answers", "restartWords", "cues", "more", "reorient", "remarks"];
    private static readonly string[] StepKeys = ["say", "expect", "next", "on", "enough", "lastLeg", "rep", "loop", "end", "advice", "unsure", "buttons", "legButtons"];
    private static readonly string[] LineKeys = ["text", "pause", "cue", "reps", "fromRep", "legOnly", "move", "gentle", "toGo", "minToGo", "atMax"];
    private static readonly string[] MoreKeys = ["max", "few", "fewWords"];

    /// <summary>Loads and validates the script in the given dialogs folder.</summary>
    /// <exception cref="ScriptException">The script is missing or invalid; the message names file, line and step.</exception>
    public static async Task<PracticeScript> LoadFolderAsync(string dialogsFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!System.IO.File.Exists(path))
        {
            throw new ScriptException(path, 0, null, "the practice script is missing.");
        }
        var text = await System.IO.File.ReadAllTextAsync(path, cancellationToken);
        var safety = await Safety.SafetyLoader.LoadFolderAsync(dialogsFolder, cancellationToken);
        return Parse(text, path, safety);
    }

    /// <summary>Parses and validates script text; <paramref name="file"/> names it in errors.</summary>
    public static PracticeScript Parse(string yaml, string file, Safety.SafetyRules? safety = null)
    {
        var r = new YamlReader(file);
        var root = r.LoadRoot(yaml, "The script");
        var top = r.Entries(root, null, TopKeys).ToDictionary(e => e.Key, e => e.Value);

        YamlNode Need(string key) => top.TryGetValue(key, out var v) ? v : throw new ScriptException(file, YamlReader.LineOf(root), null, $"missing top-level key '{key}'.");

        var steps = new Dictionary<string, ScriptStep>();
        foreach (var (id, keyNode, value) in r.Entries(r.Mapping(Need("steps"), null, "steps"), null, null))
        {
            steps.Add(id, ReadStep(r, id, keyNode, value));
        }

        var more = top.TryGetValue("more", out var moreNode) ? r.Entries(r.Mapping(moreNode, null, "more"), null, MoreKeys).ToDictionary(e => e.Key, e => e.Value) : [];
        var script = new PracticeScript
        {
            File = file,
            Version = r.Int(Need("version"), null, "version", 1),
            Language = r.Text(Need("language"), null, "language"),
            Repetitions = r.Int(Need("repetitions"), null, "repetitions", 1),
            MaxRepetitions = more.TryGetValue("max", out var max) ? r.Int(max, null, "more.max", 1) : r.Int(Need("repetitions"), null, "repetitions", 1),
            FewMore = more.TryGetValue("few", out var few) ? r.Int(few, null, "more.few", 1) : 1,
            FewWords = more.TryGetValue("fewWords", out var fewWords)
                ? r.Sequence(fewWords, null, "more.fewWords").Select(n => r.Text(n, null, "A word of 'fewWords'").ToLowerInvariant()).ToHashSet()
                : [],
            Reorient = top.TryGetValue("reorient", out var reorient) ? r.Sequence(reorient, null, "reorient").Select(n => ReadLine(r, "reorient", n)).ToList() : [],
            Remarks = top.TryGetValue("remarks", out var remarks) ? r.Sequence(remarks, null, "remarks").Select(n => r.Text(n, null, "A remark topic")).ToHashSet() : [],
            Legs = r.Sequence(Need("legs"), null, "legs").Select(n => r.Text(n, null, "A leg")).ToList(),
            Start = r.Text(Need("start"), null, "start"),
            Pain = r.Text(Need("pain"), null, "pain"),
            MaybePain = r.Text(Need("maybePain"), null, "maybePain"),
            FlagCheck = r.Text(Need("flagCheck"), null, "flagCheck"),
            PainAgain = r.Text(Need("painAgain"), null, "painAgain"),
            PainLimit = r.Text(Need("painLimit"), null, "painLimit"),
            Safety = safety ?? Practice.Safety.SafetyRules.None,
            Steps = steps,
            Phrases = Flatten(r, r.Mapping(Need("phrases"), null, "phrases")),
            Suggestions = r.Entries(r.Mapping(Need("suggestions"), null, "suggestions"), null, null)
                .ToDictionary(e => e.Key, e => (IReadOnlyList<string>)r.Sequence(e.Value, null, $"suggestions.{e.Key}").Select(n => r.Text(n, null, "A suggestion")).ToList()),
            Summary = Flatten(r, r.Mapping(Need("summary"), null, "summary")),
            Cues = ReadCues(r, r.Mapping(Need("cues"), null, "cues")),
            RestartWords = r.Sequence(Need("restartWords"), null, "restartWords").Select(n => r.Text(n, null, "A restart word").ToLowerInvariant()).ToHashSet(),
            Answers = r.Entries(r.Mapping(Need("answers"), null, "answers"), null, null)
                .ToDictionary(e => e.Key, e => (IReadOnlyList<string>)r.Sequence(e.Value, null, $"answers.{e.Key}").Select(n => r.Text(n, null, "An answer line")).ToList()),
        };
        ScriptValidator.Validate(script, root);
        return script;
    }

    private static ScriptStep ReadStep(YamlReader r, string id, YamlNode keyNode, YamlNode value)
    {
        var map = r.Mapping(value, id, "A step");
        var e = r.Entries(map, id, StepKeys).ToDictionary(x => x.Key, x => x.Value);
        if (!e.TryGetValue("say", out var sayNode))
        {
            throw r.Error(keyNode, id, "has nothing to say: add 'say'.");
        }
        PromptContext? expect = e.TryGetValue("expect", out var ex) ? ParseContext(r, ex, id) : null;
        var on = new Dictionary<Intent, string>();
        if (e.TryGetValue("on", out var onNode))
        {
            foreach (var (label, labelNode, target) in r.Entries(r.Mapping(onNode, id, "on"), id, null))
            {
                if (!Enum.TryParse<Intent>(label, ignoreCase: true, out var intent) || int.TryParse(label, out _))
                {
                    throw r.Error(labelNode, id, $"'{label}' is not an answer label.");
                }
                on[intent] = r.Text(target, id, $"on.{label}");
            }
        }
        return new ScriptStep
        {
            Id = id,
            Line = YamlReader.LineOf(keyNode),
            Say = r.Sequence(sayNode, id, "say").Select(n => ReadLine(r, id, n)).ToList(),
            Expect = expect,
            Next = e.TryGetValue("next", out var next) ? r.Text(next, id, "next") : null,
            On = on,
            Enough = e.TryGetValue("enough", out var enough) ? r.Text(enough, id, "enough") : null,
            LastLeg = e.TryGetValue("lastLeg", out var last) ? r.Text(last, id, "lastLeg") : null,
            Rep = e.TryGetValue("rep", out var rep) && r.Bool(rep, id, "rep"),
            Loop = e.TryGetValue("loop", out var loop) && r.Bool(loop, id, "loop"),
            End = e.TryGetValue("end", out var end) && r.Bool(end, id, "end"),
            Advice = e.TryGetValue("advice", out var advice) ? r.Text(advice, id, "advice") : null,
            Unsure = e.TryGetValue("unsure", out var unsure) ? r.Text(unsure, id, "unsure") : null,
            Buttons = e.TryGetValue("buttons", out var buttons) ? r.Text(buttons, id, "buttons") : null,
            LegButtons = e.TryGetValue("legButtons", out var legButtons) ? r.Text(legButtons, id, "legButtons") : null,
        };
    }

    private static ScriptLine ReadLine(YamlReader r, string id, YamlNode node)
    {
        var e = r.Entries(r.Mapping(node, id, "A line of 'say'"), id, LineKeys).ToDictionary(x => x.Key, x => x.Value);
        if (!e.TryGetValue("text", out var text))
        {
            throw r.Error(node, id, "a line of 'say' has no 'text'.");
        }
        var cue = SoundCue.None;
        if (e.TryGetValue("cue", out var cueNode))
        {
            var raw = r.Text(cueNode, id, "cue");
            if (!CueNames.ByName.TryGetValue(raw, out cue))
            {
                throw r.Error(cueNode, id, $"unknown cue '{raw}'; use start-moving, come-back, switch-sides or rest-over.");
            }
        }
        return new ScriptLine(
            r.Text(text, id, "text"),
            e.TryGetValue("pause", out var pause) ? r.Seconds(pause, id, "pause") : 0,
            cue,
            e.TryGetValue("reps", out var reps) ? r.Sequence(reps, id, "reps").Select(n => r.Int(n, id, "A repetition", 1)).ToList() : [],
            e.TryGetValue("fromRep", out var from) ? r.Int(from, id, "fromRep", 1) : 0,
            YamlReader.LineOf(node))
        {
            LegOnly = e.TryGetValue("legOnly", out var legOnly) && r.Bool(legOnly, id, "legOnly"),
            Move = e.TryGetValue("move", out var move) && r.Bool(move, id, "move"),
            Gentle = e.TryGetValue("gentle", out var gentle) ? r.Bool(gentle, id, "gentle") : null,
            ToGo = e.TryGetValue("toGo", out var toGo) ? r.Int(toGo, id, "toGo", 0) : null,
            MinToGo = e.TryGetValue("minToGo", out var minToGo) ? r.Int(minToGo, id, "minToGo", 0) : null,
            AtMax = e.TryGetValue("atMax", out var atMax) ? r.Bool(atMax, id, "atMax") : null,
        };
    }

    private static Dictionary<SoundCue, string> ReadCues(YamlReader r, YamlMappingNode map)
    {
        var cues = new Dictionary<SoundCue, string>();
        foreach (var (name, keyNode, value) in r.Entries(map, null, [.. CueNames.ByName.Keys]))
        {
            cues[CueNames.ByName[name]] = r.Text(value, null, $"cues.{name}");
        }
        foreach (var (name, cue) in CueNames.ByName.Where(kv => !cues.ContainsKey(kv.Value)))
        {
            throw r.Error(map, null, $"cues is missing '{name}': every cue needs words to say where the sound cannot play.");
        }
        return cues;
    }

    private static PromptContext ParseContext(YamlReader r, YamlNode node, string id)
    {
        var raw = r.Text(node, id, "expect");
        return Enum.TryParse<PromptContext>(raw, ignoreCase: true, out var c) && !int.TryParse(raw, out _)
            ? c
            : throw r.Error(node, id, $"expect '{raw}' is unknown; use ready, yesno, surface or painkind.");
    }

    private static Dictionary<string, string> Flatten(YamlReader r, YamlMappingNode map, string prefix = "")
    {
        var result = new Dictionary<string, string>();
        foreach (var (key, _, value) in r.Entries(map, null, null))
        {
            if (value is YamlMappingNode inner)
            {
                foreach (var kv in Flatten(r, inner, prefix + key + "."))
                {
                    result[kv.Key] = kv.Value;
                }
            }
            else
            {
                result[prefix + key] = r.Text(value, null, prefix + key);
            }
        }
        return result;
    }
}
