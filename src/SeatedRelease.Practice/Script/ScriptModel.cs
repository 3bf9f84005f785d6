using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Practice.Script;

/// <summary>A sound played before a line, for listeners whose eyes are closed.</summary>
public enum SoundCue
{
    /// <summary>No sound.</summary>
    None,
    /// <summary>Begin the movement.</summary>
    StartMoving,
    /// <summary>Begin coming back.</summary>
    ComeBack,
    /// <summary>Change to the other leg.</summary>
    SwitchSides,
    /// <summary>The rest is over.</summary>
    RestOver,
}

/// <summary>One sentence (or two very short ones) the bot says, with the silence after it.</summary>
/// <param name="Text">What is said and shown; may hold placeholders.</param>
/// <param name="PauseSeconds">Silence after the line at normal pace.</param>
/// <param name="Cue">Sound played before the line.</param>
/// <param name="Reps">When not empty, the line is said only on these repetitions.</param>
/// <param name="FromRep">When above zero, the line is said only from this repetition on.</param>
/// <param name="Line">Line of the script file, for error messages.</param>
public sealed record ScriptLine(string Text, double PauseSeconds, SoundCue Cue, IReadOnlyList<int> Reps, int FromRep, int Line)
{
    /// <summary>An instruction to move: the listener needs silence after it to do it.</summary>
    public bool Move { get; init; }

    /// <summary>Said only when the step concerns a leg (for example the offer to switch legs).</summary>
    public bool LegOnly { get; init; }

    /// <summary>
    /// Null for every movement; true for a line said only once the leg has hurt or reached a stretch
    /// (a smaller movement), false for a line never said then ("a little farther").
    /// </summary>
    public bool? Gentle { get; init; }

    /// <summary>When set, the line is said only when exactly this many repetitions remain planned for the leg.</summary>
    public int? ToGo { get; init; }

    /// <summary>When set, the line is said only when at least this many repetitions remain planned.</summary>
    public int? MinToGo { get; init; }

    /// <summary>True: said only once the leg has the most repetitions allowed; false: never then.</summary>
    public bool? AtMax { get; init; }

    /// <summary>Whether the line belongs to the given repetition (0 outside repetitions), place and care.</summary>
    /// <param name="rep">This repetition, 0 outside repetitions.</param>
    /// <param name="inLeg">Whether the step concerns a leg.</param>
    /// <param name="gentle">Whether the leg has hurt or reached a stretch.</param>
    /// <param name="toGo">Repetitions still planned for the leg after this one.</param>
    /// <param name="atMax">Whether the leg has the most repetitions allowed.</param>
    public bool AppliesTo(int rep, bool inLeg, bool gentle = false, int toGo = 0, bool atMax = false) =>
        (Reps.Count == 0 || Reps.Contains(rep)) && (FromRep <= 0 || rep >= FromRep) && (!LegOnly || inLeg)
        && (Gentle is null || Gentle == gentle)
        && (ToGo is null || ToGo == toGo) && (MinToGo is null || toGo >= MinToGo) && (AtMax is null || AtMax == atMax);
}

/// <summary>One step of the waterfall, as written in the script.</summary>
public sealed record ScriptStep
{
    /// <summary>The step id, the key in the script.</summary>
    public required string Id { get; init; }
    /// <summary>What is said on entering the step.</summary>
    public required IReadOnlyList<ScriptLine> Say { get; init; }
    /// <summary>What the step waits for; null flows straight on.</summary>
    public PromptContext? Expect { get; init; }
    /// <summary>Where "ready" (or the end of a flowing step) goes.</summary>
    public string? Next { get; init; }
    /// <summary>Choice label to step id, for yes/no, surface and pain-kind prompts.</summary>
    public IReadOnlyDictionary<Intent, string> On { get; init; } = new Dictionary<Intent, string>();
    /// <summary>Where "that's enough" goes from this step; null when it means nothing here.</summary>
    public string? Enough { get; init; }
    /// <summary>Replaces <see cref="Next"/> after the last leg.</summary>
    public string? LastLeg { get; init; }
    /// <summary>Entering the step counts a repetition.</summary>
    public bool Rep { get; init; }
    /// <summary>The step repeats until the leg has its repetitions.</summary>
    public bool Loop { get; init; }
    /// <summary>The practice ends after this step.</summary>
    public bool End { get; init; }
    /// <summary>The suggestion set shown at this step's prompt, when not the one of its prompt kind.</summary>
    public string? Buttons { get; init; }
    /// <summary>The suggestion set shown instead when the step concerns a leg (the offer to switch legs).</summary>
    public string? LegButtons { get; init; }
    /// <summary>Where a yes/no step goes when the listener is not sure; null re-asks.</summary>
    public string? Unsure { get; init; }
    /// <summary>What a pain step advised, for the safety note.</summary>
    public string? Advice { get; init; }
    /// <summary>Line of the script file where the step starts.</summary>
    public int Line { get; init; }
}

/// <summary>The whole practice script, loaded and validated.</summary>
public sealed record PracticeScript
{
    /// <summary>Target that goes back to the interrupted step.</summary>
    public const string ResumeTarget = "resume";

    /// <summary>File the script came from.</summary>
    public required string File { get; init; }
    /// <summary>Version; saved positions from another version restart politely.</summary>
    public required int Version { get; init; }
    /// <summary>Language of the speech, for xml:lang.</summary>
    public required string Language { get; init; }
    /// <summary>Repetitions per leg unless the listener asks for more.</summary>
    public required int Repetitions { get; init; }
    /// <summary>The most repetitions one leg may have, however many more are asked for.</summary>
    public int MaxRepetitions { get; init; }
    /// <summary>How many "a few more" adds.</summary>
    public int FewMore { get; init; } = 1;
    /// <summary>Lower-case words that make a request for more "a few" rather than one.</summary>
    public IReadOnlySet<string> FewWords { get; init; } = new HashSet<string>();
    /// <summary>Said before a movement is taken up again (after a pause, a welcome back, a pain check): the position.</summary>
    public IReadOnlyList<ScriptLine> Reorient { get; init; } = [];
    /// <summary>Question topics also answered when only remarked on ("I can't reach my foot").</summary>
    public IReadOnlySet<string> Remarks { get; init; } = new HashSet<string>();
    /// <summary>The legs in the order they are worked.</summary>
    public required IReadOnlyList<string> Legs { get; init; }
    /// <summary>First step.</summary>
    public required string Start { get; init; }
    /// <summary>Step a pain report goes to.</summary>
    public required string Pain { get; init; }
    /// <summary>Step that asks whether the listener said it hurts.</summary>
    public required string MaybePain { get; init; }
    /// <summary>Step that asks whether a red flag mentioned uncertainly is happening now.</summary>
    public required string FlagCheck { get; init; }
    /// <summary>Step that offers to finish a leg that has hurt again.</summary>
    public required string PainAgain { get; init; }
    /// <summary>Step that ends a practice that has hurt too often.</summary>
    public required string PainLimit { get; init; }
    /// <summary>The safety words: red flags, the stretch edge, the pain scale.</summary>
    public Safety.SafetyRules Safety { get; init; } = Practice.Safety.SafetyRules.None;
    /// <summary>The steps by id.</summary>
    public required IReadOnlyDictionary<string, ScriptStep> Steps { get; init; }
    /// <summary>Phrases outside the steps, by key (nested keys joined with a dot).</summary>
    public required IReadOnlyDictionary<string, string> Phrases { get; init; }
    /// <summary>Suggested actions by prompt kind.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Suggestions { get; init; }
    /// <summary>Summary phrases by key.</summary>
    public required IReadOnlyDictionary<string, string> Summary { get; init; }
    /// <summary>Words said in place of each sound cue where the channel cannot play it.</summary>
    public required IReadOnlyDictionary<SoundCue, string> Cues { get; init; }
    /// <summary>Lower-case phrases that begin a new practice once one has ended.</summary>
    public required IReadOnlySet<string> RestartWords { get; init; }
    /// <summary>Answers to questions by topic id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Answers { get; init; }

    /// <summary>The step with this id.</summary>
    public ScriptStep Step(string id) => Steps[id];

    /// <summary>A phrase by key.</summary>
    public string Phrase(string key) => Phrases[key];
}
