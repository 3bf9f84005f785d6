namespace SeatedRelease.Practice.Recognition;

/// <summary>What the listener meant. The names match the labels of the utterance corpus.</summary>
public enum Intent
{
    /// <summary>Not understood; never taken as ready.</summary>
    Unknown,
    /// <summary>Ready for the next cue (also "resume", "go on").</summary>
    Ready,
    /// <summary>Any report of pain or discomfort.</summary>
    Pain,
    /// <summary>Possibly a pain report; the bot must ask before going on.</summary>
    MaybePain,
    /// <summary>Say the last prompt again.</summary>
    Repeat,
    /// <summary>Slow the pacing down.</summary>
    Slower,
    /// <summary>Speed the pacing up.</summary>
    Faster,
    /// <summary>Hold the practice where it is.</summary>
    Pause,
    /// <summary>End the practice now.</summary>
    Stop,
    /// <summary>What can be said here.</summary>
    Help,
    /// <summary>Which leg, which repetition, what remains.</summary>
    Progress,
    /// <summary>End the current leg early.</summary>
    Enough,
    /// <summary>A question about the practice; see <see cref="Recognition.Topic"/>.</summary>
    Question,
    /// <summary>Yes, at a yes/no prompt.</summary>
    Yes,
    /// <summary>No, at a yes/no prompt.</summary>
    No,
    /// <summary>Sitting on an exercise mat.</summary>
    Mat,
    /// <summary>Sitting on carpet or a rug.</summary>
    Carpet,
    /// <summary>Sitting on a hard floor: hardwood, tiles, laminate.</summary>
    Hardwood,
    /// <summary>Red-flag pain: sharp, shooting, spreading, numb, tingling.</summary>
    Sharp,
    /// <summary>Mild discomfort.</summary>
    Mild,
    /// <summary>"How did I do last time": read back the last finished practice.</summary>
    History,
    /// <summary>"Delete my data": erase everything kept about the listener, after a yes.</summary>
    Forget,
    /// <summary>Another repetition asked for ("one more", "a few more"); ready wherever no repetition is waiting.</summary>
    More,
    /// <summary>Sitting on furniture (a chair, a sofa, a bed), where the heel cannot slide.</summary>
    Furniture,
    /// <summary>No mat, and the kind of floor not named.</summary>
    Floor,
}
