using System.Globalization;

namespace SeatedRelease.Practice.Engine;

/// <summary>Says the closing summary: repetitions per leg, then every safety note in the listener's own words.</summary>
internal static class SummaryWriter
{
    public static void Say(StepContext context)
    {
        var script = context.Script;
        var state = context.State;

        context.SayText(script.Summary["intro"]);
        SayLegsAndNotes(context, state.RepsDone, state.Notes);
        context.SayText(script.Summary["closing"]);
    }

    /// <summary>Repetitions per leg, then the safety notes or that there were none.</summary>
    public static void SayLegsAndNotes(StepContext context, IReadOnlyList<int> repsDone, IReadOnlyList<SafetyNote> notes)
    {
        var script = context.Script;
        string S(string key) => script.Summary[key];
        string Fill(string key, params (string, string)[] values) => Templates.Fill(S(key), context.Values(values));

        // A practice with nothing done (declined at the safety question, or stopped in set-up) reads no counts.
        if (repsDone.Sum() > 0)
        {
            for (var i = 0; i < script.Legs.Count; i++)
            {
                var count = i < repsDone.Count ? repsDone[i] : 0;
                // A leg not worked (a leg ended before its first repetition) is left out: no zero counts.
                if (count == 0) continue;
                context.SayText(Fill("leg", ("leg", script.Legs[i]), ("count", count.ToString(CultureInfo.InvariantCulture))));
            }
        }
        var pain = notes.Count(n => n.IsPain);
        context.SayText(pain == 0
            ? S("noNotes")
            : Fill("notesIntro", ("count", pain.ToString(CultureInfo.InvariantCulture))));
        foreach (var note in notes)
        {
            var where = ("where", Where(context, note));
            var words = ("words", note.Words);
            var advice = ("advice", note.Advice ?? S("adviceNone"));
            context.SayText(note switch
            {
                { Denied: true } => Fill("noteDenied", where, words),
                { Kind: "stretch" } => Fill("noteStretch", where, words),
                { RedFlag: { } flag, Described: { } described } => Fill("noteRedFlagDescribed", where, words, ("described", described), ("kind", script.Safety.Kind(flag)?.Name ?? flag), advice),
                { RedFlag: { } flag } => Fill("noteRedFlag", where, words, ("kind", script.Safety.Kind(flag)?.Name ?? flag), advice),
                { Described: { } described } => Fill("noteDescribed", where, words, ("described", described), advice),
                _ => Fill("note", where, words,
                    ("kind", note.Kind switch { "sharp" => S("kindSharp"), "mild" => S("kindMild"), _ => S("kindUnknown") }), advice),
            });
        }
    }

    private static string Where(StepContext context, SafetyNote note) =>
        note switch
        {
            { Leg: null, AtRest: true } => context.Script.Summary["whereRest"],
            { Leg: null } => context.Script.Summary["whereSetup"],
            { Rep: null or 0 } => Templates.Fill(context.Script.Summary["whereLegStart"], context.Values(("leg", note.Leg))),
            _ => Templates.Fill(context.Script.Summary["whereLeg"], context.Values(("leg", note.Leg), ("rep", note.Rep.Value.ToString(CultureInfo.InvariantCulture)))),
        };
}
