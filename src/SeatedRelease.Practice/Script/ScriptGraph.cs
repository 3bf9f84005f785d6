namespace SeatedRelease.Practice.Script;

/// <summary>The links between steps: where each step can lead, and which steps a walk from some steps reaches.</summary>
internal static class ScriptGraph
{
    /// <summary>Every link of a step, named as written in the script.</summary>
    public static IEnumerable<(string What, string Target)> Targets(ScriptStep step)
    {
        if (step.Next is { } n) yield return ("next", n);
        if (step.Enough is { } e) yield return ("enough", e);
        if (step.LastLeg is { } l) yield return ("lastLeg", l);
        if (step.Unsure is { } u) yield return ("unsure", u);
        foreach (var (label, target) in step.On) yield return ($"on.{label.ToString().ToLowerInvariant()}", target);
    }

    /// <summary>The links a step follows on its own answers: next and the choices, not "enough" nor the leg switch.</summary>
    public static IEnumerable<string> Answers(ScriptStep step) =>
        (step.Next is { } n ? [n] : Array.Empty<string>()).Concat(step.On.Values).Concat(step.Unsure is { } u ? [u] : []);

    /// <summary>The steps reached from <paramref name="roots"/> through <paramref name="links"/>, stopping at "resume".</summary>
    public static HashSet<string> Reachable(PracticeScript script, IEnumerable<string> roots, Func<ScriptStep, IEnumerable<string>> links)
    {
        var seen = new HashSet<string>();
        var todo = new Stack<string>(roots);
        while (todo.TryPop(out var id))
        {
            if (id == PracticeScript.ResumeTarget || !seen.Add(id)) continue;
            foreach (var target in links(script.Step(id))) todo.Push(target);
        }
        return seen;
    }
}
