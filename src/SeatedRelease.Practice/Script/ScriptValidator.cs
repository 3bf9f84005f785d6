using System.Text.RegularExpressions;
using SeatedRelease.Practice.Recognition;
using YamlDotNet.RepresentationModel;

namespace SeatedRelease.Practice.Script;

/// <summary>Cross-checks a parsed script so that a broken link fails at load, not in the middle of a practice.</summary>
internal static partial class ScriptValidator
{
    private static readonly Dictionary<PromptContext, Intent[]> Choices = new()
    {
        [PromptContext.YesNo] = [Intent.Yes, Intent.No],
        [PromptContext.Surface] = [Intent.Mat, Intent.Carpet, Intent.Hardwood],
        [PromptContext.PainKind] = [Intent.Sharp, Intent.Mild],
    };

    // Answers a choice step may also route, but need not: not on the floor, or no mat.
    private static readonly Dictionary<PromptContext, Intent[]> OptionalChoices = new()
    {
        [PromptContext.Surface] = [Intent.Furniture, Intent.Floor],
    };

    /// <summary>Silence after a movement at normal pace; less and a listener with closed eyes is hurried.</summary>
    public const double MinMoveSilenceSeconds = 3;

    [GeneratedRegex(@"\{([^{}]*)\}|[{}]")]
    private static partial Regex Placeholder();

    public static void Validate(PracticeScript s, YamlMappingNode root)
    {
        var topLine = YamlReader.LineOf(root);
        ScriptException Top(string problem) => new(s.File, topLine, null, problem);

        if (s.Legs.Count == 0) throw Top("legs must name at least one leg.");
        foreach (var (key, id) in new[] { ("start", s.Start), ("pain", s.Pain), ("maybePain", s.MaybePain), ("flagCheck", s.FlagCheck), ("painAgain", s.PainAgain), ("painLimit", s.PainLimit) })
        {
            if (!s.Steps.ContainsKey(id)) throw Top($"{key} goes to '{id}', which is not a step.");
        }
        if (s.Steps[s.Pain].Expect != PromptContext.PainKind) throw Top($"the pain step '{s.Pain}' must expect painkind.");
        if (s.Steps[s.MaybePain].Expect != PromptContext.YesNo) throw Top($"the maybePain step '{s.MaybePain}' must expect yesno.");
        if (s.Steps[s.FlagCheck].Expect != PromptContext.YesNo) throw Top($"the flagCheck step '{s.FlagCheck}' must expect yesno.");
        if (s.Steps[s.PainAgain].Expect != PromptContext.Ready || s.Steps[s.PainAgain].Enough is null) throw Top($"the painAgain step '{s.PainAgain}' must expect ready and say where 'enough' goes.");
        if (!s.Steps[s.PainLimit].End) throw Top($"the painLimit step '{s.PainLimit}' must end the practice.");

        if (s.MaxRepetitions < s.Repetitions) throw Top($"more.max ({s.MaxRepetitions}) must be at least repetitions ({s.Repetitions}).");
        foreach (var step in s.Steps.Values)
        {
            ValidateStep(s, step);
        }
        foreach (var line in s.Reorient)
        {
            if (line.Move && line.PauseSeconds < MinMoveSilenceSeconds)
            {
                throw new ScriptException(s.File, line.Line, "reorient", $"a movement needs at least {MinMoveSilenceSeconds} seconds of silence after it; this one has {line.PauseSeconds}.");
            }
        }
        foreach (var topic in s.Remarks.Where(t => !s.Answers.ContainsKey(t)))
        {
            throw Top($"remarks names '{topic}', which has no answer under 'answers'.");
        }
        RequireKeys(s, s.Phrases.Keys, ScriptKeys.Phrases, "phrases");
        RequireKeys(s, s.Summary.Keys, ScriptKeys.Summary, "summary");
        RequireKeys(s, s.Suggestions.Keys, ScriptKeys.Suggestions, "suggestions");
        RequireKeys(s, s.Answers.Keys, ScriptKeys.Topics, "answers");

        var reachable = ScriptGraph.Reachable(s, [s.Start, s.Pain, s.MaybePain, s.FlagCheck, s.PainAgain, s.PainLimit], step => ScriptGraph.Targets(step).Select(t => t.Target));
        foreach (var step in s.Steps.Values.Where(x => !reachable.Contains(x.Id)))
        {
            throw new ScriptException(s.File, step.Line, step.Id, "no step leads here; it can never be said.");
        }
    }

    private static void ValidateStep(PracticeScript s, ScriptStep step)
    {
        ScriptException Err(string problem, int? line = null) => new(s.File, line ?? step.Line, step.Id, problem);

        if (step.Say.Count == 0) throw Err("'say' is empty.");
        foreach (var line in step.Say)
        {
            foreach (Match m in Placeholder().Matches(line.Text))
            {
                if (!m.Groups[1].Success || !ScriptKeys.StepPlaceholders.Contains(m.Groups[1].Value))
                {
                    throw Err($"unknown placeholder '{m.Value}'; use {{leg}}, {{other}}, {{rep}} or {{reps}}.", line.Line);
                }
            }
            if (line.Move && line.PauseSeconds < MinMoveSilenceSeconds)
            {
                throw Err($"a movement needs at least {MinMoveSilenceSeconds} seconds of silence after it; this one has {line.PauseSeconds}.", line.Line);
            }
            if (line.Gentle is not null && !step.Rep)
            {
                throw Err("'gentle' only makes sense in a step with 'rep: true'.", line.Line);
            }
            if ((line.Reps.Count > 0 || line.FromRep > 0) && !step.Rep)
            {
                throw Err("'reps' and 'fromRep' only make sense in a step with 'rep: true'.", line.Line);
            }
            if ((line.ToGo is not null || line.MinToGo is not null || line.AtMax is not null) && !step.Rep)
            {
                throw Err("'toGo', 'minToGo' and 'atMax' only make sense in a step with 'rep: true'.", line.Line);
            }
        }
        if (step.End && (step.Expect is not null || step.Next is not null)) throw Err("an 'end' step cannot expect an answer or go on.");
        if (!step.End && step.Expect is null or PromptContext.Ready && step.Next is null) throw Err("needs 'next' (or 'end: true').");
        if (step.Loop && !step.Rep) throw Err("'loop' needs 'rep: true'.");
        if (step.Unsure is not null && step.Expect != PromptContext.YesNo) throw Err("'unsure' needs 'expect: yesno'.");
        foreach (var (key, set) in new[] { ("buttons", step.Buttons), ("legButtons", step.LegButtons) })
        {
            if (set is not null && !s.Suggestions.ContainsKey(set)) throw Err($"{key} '{set}' is not a set of 'suggestions'.");
        }
        if (step.Expect is { } ctx && Choices.TryGetValue(ctx, out var labels))
        {
            foreach (var label in labels.Where(l => !step.On.ContainsKey(l)))
            {
                throw Err($"expects {ctx.ToString().ToLowerInvariant()} but 'on' has no '{label.ToString().ToLowerInvariant()}'.");
            }
            var optional = OptionalChoices.GetValueOrDefault(ctx, []);
            foreach (var label in step.On.Keys.Where(l => !labels.Contains(l) && !optional.Contains(l)))
            {
                throw Err($"'on.{label.ToString().ToLowerInvariant()}' is not an answer to {ctx.ToString().ToLowerInvariant()}.");
            }
            if (step.Next is not null) throw Err("a choice step goes on through 'on', not 'next'.");
        }
        else if (step.On.Count > 0)
        {
            throw Err("'on' needs 'expect' yesno, surface or painkind.");
        }
        foreach (var (what, target) in ScriptGraph.Targets(step))
        {
            if (target != PracticeScript.ResumeTarget && !s.Steps.ContainsKey(target))
            {
                throw Err($"{what} goes to '{target}', which is not a step.");
            }
        }
    }

    private static void RequireKeys(PracticeScript s, IEnumerable<string> have, IEnumerable<string> need, string section)
    {
        var missing = need.Except(have).ToList();
        if (missing.Count > 0)
        {
            throw new ScriptException(s.File, 1, null, $"{section} is missing: {string.Join(", ", missing)}.");
        }
    }
}
