using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Cli.Speech;

/// <summary>
/// The happy path played through the engine and every speak rendered with espeak-ng: the session
/// `listen` writes to a WAV, turn by turn, so that others (the browser test) can compare their own
/// rendering of the same answers with it.
/// </summary>
internal sealed class ListenSession
{
    // Cue files are named in the SSML by URL; any base works because only the file name is read back.
    private const string CueBase = "https://cues.invalid/";
    private const int MaxTurns = 200;

    /// <summary>One bot message as heard: its sound (speech, cue tones and breaks) and the silence after it.</summary>
    public sealed record Message(RenderedMessage Rendered, TimeSpan Sound, TimeSpan Breaks, IReadOnlyList<SsmlAudio.Words> Words)
    {
        public TimeSpan Length => Sound + Rendered.SilenceAfter;
    }

    /// <summary>One turn: the answer that led to it (null for the greeting), the step it leaves the practice at, and its messages.</summary>
    public sealed record Turn(string? Answer, string Step, IReadOnlyList<Message> Messages)
    {
        public TimeSpan Length => Messages.Aggregate(TimeSpan.Zero, (sum, m) => sum + m.Length);
    }

    private ListenSession(short[] samples, int sampleRate, IReadOnlyList<Turn> turns)
    {
        Samples = samples;
        SampleRate = sampleRate;
        Turns = turns;
    }

    public short[] Samples { get; }

    public int SampleRate { get; }

    public IReadOnlyList<Turn> Turns { get; }

    public TimeSpan Length => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);

    public static IEnumerable<string> HappyPath()
    {
        yield return "no";
        yield return "carpet";
        while (true) yield return "ready";
    }

    public static async Task<ListenSession> RenderAsync(PracticeEngine engine, Pace pace, Espeak espeak, CancellationToken cancellationToken)
    {
        var renderer = new SsmlRenderer(engine.Script, new SpeechOptions { CueBaseUrl = CueBase });
        var audio = new SsmlAudio(espeak);
        var state = new PracticeState { Pace = pace };
        var samples = new List<short>();
        var turns = new List<Turn>();

        string? answer = null;
        var turn = await engine.StartAsync(state, cancellationToken);
        foreach (var next in HappyPath())
        {
            var messages = new List<Message>();
            foreach (var message in renderer.Render(turn))
            {
                var rendered = await audio.RenderAsync(message.Speak, cancellationToken);
                samples.AddRange(rendered.Samples);
                samples.AddRange(new short[(int)(espeak.SampleRate * message.SilenceAfter.TotalSeconds)]);
                messages.Add(new Message(message, TimeSpan.FromSeconds((double)rendered.Samples.Length / espeak.SampleRate), rendered.Silence, rendered.Spoken));
            }
            turns.Add(new Turn(answer, Describe(engine.Script, state), messages));
            if (turn.Ended || turns.Count >= MaxTurns) break;
            answer = next;
            turn = await engine.ReplyAsync(state, next, cancellationToken);
        }

        return new ListenSession([.. samples], espeak.SampleRate, turns);
    }

    private static string Describe(PracticeScript script, PracticeState state) =>
        state.Ended ? "closing"
        : script.Step(state.StepId!).Rep ? $"{state.StepId} ({script.Legs[state.Leg]} {state.Rep})"
        : script.Step(state.StepId!).Enough is not null ? $"{state.StepId} ({script.Legs[state.Leg]})"
        : state.StepId!;
}
