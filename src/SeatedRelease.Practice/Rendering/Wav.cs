using System.Buffers.Binary;

namespace SeatedRelease.Practice.Rendering;

/// <summary>16-bit mono PCM WAV files: enough to write cues and to join speech, silence and cues into one session file.</summary>
public static class Wav
{
    /// <summary>Writes mono 16-bit samples as a WAV file.</summary>
    public static byte[] Encode(ReadOnlySpan<short> samples, int sampleRate)
    {
        var bytes = new byte[44 + samples.Length * 2];
        var s = bytes.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], 36 + samples.Length * 2);
        "WAVEfmt "u8.CopyTo(s[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], 16);
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], samples.Length * 2);
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(s[(44 + i * 2)..], samples[i]);
        }
        return bytes;
    }

    /// <summary>Reads the samples of a mono 16-bit PCM WAV file.</summary>
    /// <exception cref="InvalidDataException">Not a mono 16-bit PCM WAV.</exception>
    public static (short[] Samples, int SampleRate) Decode(ReadOnlySpan<byte> wav)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav[8..12].SequenceEqual("WAVE"u8))
            throw new InvalidDataException("not a WAV file");
        var pos = 12;
        var rate = 0;
        while (pos + 8 <= wav.Length)
        {
            var id = wav.Slice(pos, 4);
            // espeak-ng writing to a pipe leaves the size fields at their maximum; read to the end then.
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav[(pos + 4)..]);
            var body = wav[(pos + 8)..];
            if (size < 0 || size > body.Length) size = body.Length;
            if (id.SequenceEqual("fmt "u8))
            {
                var format = BinaryPrimitives.ReadInt16LittleEndian(body);
                var channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
                var bits = BinaryPrimitives.ReadInt16LittleEndian(body[14..]);
                if (format != 1 || channels != 1 || bits != 16) throw new InvalidDataException("only mono 16-bit PCM is supported");
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (rate == 0) throw new InvalidDataException("data before fmt");
                var samples = new short[(size & ~1) / 2];
                for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(body[(i * 2)..]);
                return (samples, rate);
            }
            pos += 8 + size + (size & 1);
        }
        throw new InvalidDataException("no data chunk");
    }
}
