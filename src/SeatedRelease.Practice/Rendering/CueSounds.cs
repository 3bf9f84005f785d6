using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Rendering;

/// <summary>
/// Short, soft tones for the sound cues, made here rather than shipped as recordings. Each cue has its own
/// shape so that a listener with closed eyes can tell them apart: rising, falling, three steps, one chime.
/// </summary>
public static class CueSounds
{
    /// <summary>Sample rate of the generated cues.</summary>
    public const int SampleRate = 22050;

    private static readonly Dictionary<SoundCue, (double Hz, double Seconds)[]> Notes = new()
    {
        [SoundCue.StartMoving] = [(523.25, 0.18), (659.25, 0.28)],
        [SoundCue.ComeBack] = [(659.25, 0.18), (523.25, 0.28)],
        [SoundCue.SwitchSides] = [(523.25, 0.14), (587.33, 0.14), (659.25, 0.24)],
        [SoundCue.RestOver] = [(783.99, 0.7)],
    };

    /// <summary>The samples of a cue at <see cref="SampleRate"/>.</summary>
    public static short[] Samples(SoundCue cue)
    {
        var samples = new List<short>();
        foreach (var (hz, seconds) in Notes[cue])
        {
            var n = (int)(seconds * SampleRate);
            for (var i = 0; i < n; i++)
            {
                var t = (double)i / SampleRate;
                // A quick attack and an exponential fade keep the tone gentle and free of clicks.
                var envelope = Math.Min(1, i / (0.01 * SampleRate)) * Math.Exp(-3.5 * t / seconds);
                samples.Add((short)(Math.Sin(2 * Math.PI * hz * t) * envelope * 9000));
            }
        }
        return [.. samples];
    }

    /// <summary>The cue as a WAV file.</summary>
    public static byte[] WavFile(SoundCue cue) => Wav.Encode(Samples(cue), SampleRate);
}
