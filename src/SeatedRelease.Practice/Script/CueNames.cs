
namespace SeatedRelease.Practice.Script;

/// <summary>The script's names and the served file names of the sound cues.</summary>
public static class CueNames
{
    /// <summary>Every cue with its script name.</summary>
    public static readonly IReadOnlyDictionary<string, SoundCue> ByName = new Dictionary<string, SoundCue>
    {
        ["start-moving"] = SoundCue.StartMoving,
        ["come-back"] = SoundCue.ComeBack,
        ["switch-sides"] = SoundCue.SwitchSides,
        ["rest-over"] = SoundCue.RestOver,
    };

    /// <summary>The script name of a cue.</summary>
    public static string NameOf(SoundCue cue) => ByName.First(kv => kv.Value == cue).Key;

    /// <summary>The file a cue is served as.</summary>
    public static string FileOf(SoundCue cue) => NameOf(cue) + ".wav";
}
