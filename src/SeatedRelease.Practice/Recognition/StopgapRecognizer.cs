namespace SeatedRelease.Practice.Recognition;

// Stands in until the lexicon recognizer lands; keyword matching only.
internal sealed class StopgapRecognizer : IRecognizer
{
    private static readonly string[] PainWords = ["hurt", "hertz", "ouch", "ow", "owww", "pain", "painful", "sore", "ache", "aches", "cramp", "cramping", "pinch", "pinching", "tingling", "numb", "burning", "uncomfortable"];

    public Recognition Recognize(PromptContext context, string utterance)
    {
        var t = new string(utterance.ToLowerInvariant().Select(c => char.IsLetter(c) || c == '\'' ? c : ' ').ToArray());
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Has(params string[] w) => words.Any(x => w.Contains(x));
        bool Phrase(string p) => (" " + string.Join(' ', words) + " ").Contains(" " + p + " ", StringComparison.Ordinal);
        var negated = Phrase("doesn't hurt") || Phrase("no pain") || Phrase("not sore");
        if (!negated && (Has(PainWords) || words.Any(w => w.StartsWith("hurt", StringComparison.Ordinal)))) return new(Intent.Pain);
        if (Has("stop", "quit", "cancel", "exit") || Phrase("end the session") || Phrase("done for today")) return new(Intent.Stop);
        if (context == PromptContext.PainKind)
        {
            if (Has("sharp", "shooting", "spreading", "stabbing", "numb", "tingly") || Phrase("down my leg") || Phrase("really bad")) return new(Intent.Sharp);
            if (Has("mild", "little", "dull", "discomfort", "gone") || Phrase("not too bad")) return new(Intent.Mild);
        }
        if (Has("repeat", "again", "pardon") || Phrase("what did you say") || Phrase("what did you ask")) return new(Intent.Repeat);
        if (Has("help", "confused")) return new(Intent.Help);
        if (context == PromptContext.YesNo)
        {
            if (Has("no", "nope", "nah", "never") || Phrase("not really") || Phrase("i'm fine")) return new(Intent.No);
            if (Has("yes", "yeah", "yep", "correct", "sciatica", "disc")) return new(Intent.Yes);
            return new(Intent.Unknown);
        }
        if (context == PromptContext.Surface)
        {
            if (Has("mat")) return new(Intent.Mat);
            if (Has("carpet", "rug", "carpeted")) return new(Intent.Carpet);
            if (Has("hardwood", "wood", "wooden", "tiles", "laminate", "floor", "hard")) return new(Intent.Hardwood);
            return new(Intent.Unknown);
        }
        if (context == PromptContext.Ready)
        {
            if (Has("pause", "wait") || Phrase("hold on")) return new(Intent.Pause);
            if (Has("slower") || Phrase("too fast")) return new(Intent.Slower);
            if (Has("faster") || Phrase("too slow")) return new(Intent.Faster);
            if (Phrase("where am i") || Phrase("how many more")) return new(Intent.Progress);
            if (Phrase("that's enough") || Phrase("other leg") || Has("skip")) return new(Intent.Enough);
            if (Has("muscles")) return new(Intent.Question, "muscles");
            if (Has("stretch")) return new(Intent.Question, "stretch");
            if (Has("ready", "ok", "okay", "yes", "next", "continue", "resume", "done", "go") || Phrase("i'm back")) return new(Intent.Ready);
        }
        return new(Intent.Unknown);
    }
}
