using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>One thing said, before rendering: plain text, the silence after it, and a sound cue.</summary>
/// <param name="Text">Plain text, said and shown.</param>
/// <param name="PauseSeconds">Silence after it at normal pace.</param>
/// <param name="Cue">Sound before it.</param>
/// <param name="Move">An instruction to move, followed by silence to do it.</param>
public sealed record SpokenLine(string Text, double PauseSeconds = 0, SoundCue Cue = SoundCue.None, bool Move = false);

/// <summary>Everything the bot says in one turn, and what it then waits for.</summary>
public sealed class Turn
{
    /// <summary>The lines in order.</summary>
    public List<SpokenLine> Lines { get; } = [];

    /// <summary>Which suggested actions go with the last line: a key of the script's suggestions.</summary>
    public string Suggestions { get; set; } = "ready";

    /// <summary>The practice ended in this turn or earlier; the last line accepts input but waits for nothing.</summary>
    public bool Ended { get; set; }

    /// <summary>The listener confirmed "delete my data": the host must erase everything it keeps about them, and save nothing of this turn.</summary>
    public bool ForgetRequested { get; set; }

    /// <summary>The turn needs the listener's history, which the host did not pass: read it and run the turn again.</summary>
    public bool NeedsHistory { get; set; }

    /// <summary>The pace in force after this turn.</summary>
    public Pace Pace { get; set; } = Pace.Normal;
}
