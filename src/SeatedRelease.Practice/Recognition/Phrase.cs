namespace SeatedRelease.Practice.Recognition;

/// <summary>One compiled lexicon entry: a sequence of word ids and what it means in one context.</summary>
internal sealed class Phrase(int[] tokens, Intent intent, int rank, int line)
{
    public int[] Tokens { get; } = tokens;

    public Intent Intent { get; } = intent;

    /// <summary>Position of the intent in the context's priority list; lower wins a tie.</summary>
    public int Rank { get; } = rank;

    /// <summary>The lexicon line it came from, for diagnostics.</summary>
    public int Line { get; } = line;

    public string? Topic { get; init; }

    /// <summary>Only counts when it is the whole utterance ("what" alone asks to repeat).</summary>
    public bool Alone { get; init; }

    public bool Negatable { get; init; }

    /// <summary>A topic phrase that carries its own question word, so needs no cue elsewhere.</summary>
    public bool SelfCued { get; init; }

    /// <summary>A filler or polite wrapper: dropped before matching.</summary>
    public bool Removable { get; init; }

    /// <summary>Only counts when it ends its clause: "I don't" answers, "I don't want to..." starts a sentence.</summary>
    public bool ClauseEnd { get; init; }

    /// <summary>Counts only when no explicit answer of the context is said too: "start fresh" is no, "yes, start fresh" is yes.</summary>
    public bool UnlessAnswered { get; init; }

    /// <summary>A listening noise ("uh huh"): an answer only when no hesitation sound comes with it.</summary>
    public bool Backchannel { get; init; }

    /// <summary>A verb and its particle ("speed up") that may hold one object word between them ("speed things up").</summary>
    public bool TakesObject { get; init; }

    /// <summary>A command ("stop", "end") whose words are ordinary words too; see <see cref="CommandWords"/>.</summary>
    public bool Command { get; init; }

    /// <summary>A help phrase that only names what the bot said ("instructions", "my options"): asked for again, it is a repeat.</summary>
    public bool SaidThing { get; init; }

    /// <summary>A question frame whose topic any more specific topic named in the utterance replaces ("should I ... wear socks").</summary>
    public bool General { get; init; }

    /// <summary>A frame that asks only with a circumstance later in its clause: "can I carry on if I'm tired", not "can I carry on".</summary>
    public bool Conditional { get; init; }
}
