namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"instructions" alone asks for help; "repeat that instruction" names what to repeat, and beside a change of pace ("leave more space between the instructions") it is what the pace is about.</summary>
internal sealed class SaidThingAsksHelp : IMatchRule
{
    private static readonly ulong Claimed = MatchState.Bits(Intent.Repeat, Intent.Slower, Intent.Faster, Intent.Pause);

    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.NamesSaidThing && !state.HasAny(Claimed) ? state.With(Intent.Help) : null;
}
