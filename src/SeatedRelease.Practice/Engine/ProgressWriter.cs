namespace SeatedRelease.Practice.Engine;

/// <summary>Answers "where am I": which leg, which repetition, what remains.</summary>
internal static class ProgressWriter
{
    public static void Say(StepContext context, bool inLeg, bool atSafetyStep)
    {
        var state = context.State;
        if (state.Ended)
        {
            context.SayPhrase("progressEnd");
            return;
        }
        if (atSafetyStep) context.SayPhrase("progressPain");
        var repsDone = state.RepsDone.Sum();
        if (inLeg)
        {
            context.SayPhrase(state.Rep == 0 ? "progressLegStart" : "progressLeg");
            context.SayPhrase(context.OnLastLeg ? "progressLastLeg" : "progressRemaining");
        }
        else if (repsDone == 0)
        {
            context.SayPhrase("progressSetup");
        }
        else if (context.OnLastLeg && state.RepsDone.Count == context.Script.Legs.Count && state.RepsDone[^1] > 0)
        {
            context.SayPhrase("progressEnd");
        }
        else
        {
            context.SayPhrase("progressLegStart");
        }
    }
}
