using System.Buffers;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Recognizes utterances with the phrase lists of dialogs/lexicon.yaml. Thread-safe; a call does not
/// allocate on the heap for utterances of up to <see cref="StackLimit"/> characters.
/// </summary>
public sealed class LexiconRecognizer : IRecognizer
{
    /// <summary>The lexicon's file name inside the dialogs folder.</summary>
    public const string FileName = "lexicon.yaml";

    /// <summary>Longer utterances use pooled buffers instead of the stack.</summary>
    public const int StackLimit = 256;

    private readonly Lexicon _lexicon;

    private LexiconRecognizer(Lexicon lexicon) => _lexicon = lexicon;

    /// <summary>The question topic ids the lexicon can name; the script must answer each.</summary>
    public IReadOnlySet<string> Topics => _lexicon.Topics;

    /// <summary>The labels an answer at this prompt can have: its priority list, and unknown.</summary>
    public IReadOnlySet<string> Labels(PromptContext context) =>
        _lexicon.Contexts[(int)context].Priority.Select(IntentLabels.Label).Append("unknown").ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the lexicon names this word as someone or something else in the room ("wife", "kids", "he").</summary>
    public bool IsSomeoneElse(string word) =>
        _lexicon.TryGetWord(word, out int id) && id > 0 && id < _lexicon.Flags.Length && (_lexicon.Flags[id] & WordFlags.Other) != 0;

    /// <summary>
    /// Whether the lexicon names this word as the listener's: a part of the body, a word of pain or feeling, or a word of
    /// the listener or the practice ("i", "leg", "next").
    /// </summary>
    public bool IsListeners(string word) =>
        _lexicon.TryGetWord(word, out int id) && id > 0 && id < _lexicon.Flags.Length
        && ((_lexicon.Flags[id] & (WordFlags.BodyPart | WordFlags.Sensation | WordFlags.Own | WordFlags.Listener | WordFlags.MildState)) != 0 || _lexicon.PainWords[id]);

    /// <summary>Whether the lexicon names this word as a part of the body ("knee", "hamstring").</summary>
    public bool IsBodyPart(string word) =>
        _lexicon.TryGetWord(word, out int id) && id > 0 && id < _lexicon.Flags.Length && (_lexicon.Flags[id] & WordFlags.BodyPart) != 0;

    /// <summary>Loads and validates lexicon.yaml from a dialogs folder.</summary>
    /// <exception cref="LexiconException">The file has problems; each is named with file and line.</exception>
    public static async Task<LexiconRecognizer> LoadAsync(string dialogsFolder, CancellationToken cancellationToken)
    {
        string path = Path.Combine(dialogsFolder, FileName);
        string yaml = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(yaml, path);
    }

    /// <summary>Builds a recognizer from lexicon YAML text; <paramref name="fileName"/> is used in error messages.</summary>
    /// <exception cref="LexiconException">The text has problems; each is named with file and line.</exception>
    public static LexiconRecognizer Parse(string yaml, string fileName) => new(LexiconLoader.Load(yaml, fileName));

    /// <summary>
    /// Whether a word of the utterance bars taking a classifier's ready or yes: a negator, a question, a supposition, a
    /// caveat, a sensation, pain or body word, someone else in the room, a command phrase of the prompt (see
    /// <see cref="ProposalBars"/>). Used only when the rules read the utterance as unknown.
    /// </summary>
    public bool BarsProposal(PromptContext context, string utterance)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if ((uint)context >= (uint)_lexicon.Contexts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(context), context, "Unknown prompt context.");
        }
        // Rarely called (only for an answer the rules did not understand), so plain arrays rather than the stack.
        int size = Math.Max(utterance.Length + 1, StackLimit);
        var ints = new int[size * 3];
        var tokens = new TokenBuffer(ints.AsSpan(0, size), ints.AsSpan(size, size), ints.AsSpan(2 * size, size), new char[size]);
        var table = _lexicon.Contexts[(int)context];
        bool ambiguousPain = Tokenizer.Tokenize(_lexicon, utterance, ref tokens);
        return ProposalBars.Any(_lexicon, table, ref tokens, ambiguousPain);
    }

    /// <inheritdoc />
    public Recognition Recognize(PromptContext context, string utterance)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if ((uint)context >= (uint)_lexicon.Contexts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(context), context, "Unknown prompt context.");
        }
        // One token per character at most: a contraction never expands to more words than it has letters.
        int capacity = utterance.Length + 1;
        char[]? rentedChars = null;
        int[]? rentedInts = null;
        Span<char> chars = capacity <= StackLimit ? stackalloc char[StackLimit] : (rentedChars = ArrayPool<char>.Shared.Rent(capacity));
        Span<int> ints = capacity <= StackLimit ? stackalloc int[StackLimit * 3] : (rentedInts = ArrayPool<int>.Shared.Rent(capacity * 3));
        try
        {
            int size = Math.Max(capacity, Math.Min(chars.Length, ints.Length / 3));
            var tokens = new TokenBuffer(ints[..size], ints.Slice(size, size), ints.Slice(2 * size, size), chars);
            var table = _lexicon.Contexts[(int)context];
            bool ambiguousPain = Tokenizer.Tokenize(_lexicon, utterance, ref tokens);
            // A score is a measure, not a picture: "like a two out of ten" says how much, and the pain-kind reader reads it.
            if (tokens.SawImagery && context == PromptContext.PainKind && Safety.PainScale.Read(Safety.Words.Of(utterance)) is not null)
            {
                tokens.SawImagery = false;
            }
            // Said alone, an unknown short word can only be meant as an answer to this prompt ("mld", "nop", "stp").
            if (!ambiguousPain && tokens.Count == 1 && tokens.Ids[0] == -1 && tokens.Starts[0] >= 0)
            {
                int slip = ShortSlip.Find(table, tokens.Chars.Slice(tokens.Starts[0], tokens.Lengths[0]), out ambiguousPain);
                if (slip > 0)
                {
                    tokens.Ids[0] = slip;
                }
            }
            Tokenizer.RemoveFillers(_lexicon.Flags, table, ref tokens);
            return PhraseMatcher.Match(_lexicon, table, ref tokens, ambiguousPain);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }
        }
    }
}
