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

        for (var i = 0; i < script.Legs.Count; i++)
        {
            var count = i < repsDone.Count ? repsDone[i] : 0;
            context.SayText(Fill("leg", ("leg", script.Legs[i]), ("count", count.ToString(CultureInfo.InvariantCulture))));
        }
        if (notes.Count == 0)
        {
            context.SayText(S("noNotes"));
        }
        else
        {
            context.SayText(Fill("notesIntro", ("count", notes.Count.ToString(CultureInfo.InvariantCulture))));
            foreach (var note in notes)
            {
                context.SayText(Fill("note",
                    ("where", Where(context, note)),
                    ("words", note.Words),
                    ("kind", note.Kind switch { "sharp" => S("kindSharp"), "mild" => S("kindMild"), _ => S("kindUnknown") }),
                    ("advice", note.Advice ?? S("adviceNone"))));
            }
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
