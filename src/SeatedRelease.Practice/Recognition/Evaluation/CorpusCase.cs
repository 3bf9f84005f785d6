namespace SeatedRelease.Practice.Recognition.Evaluation;

/// <summary>One labelled line of a corpus file.</summary>
/// <param name="Context">The prompt the utterance answers.</param>
/// <param name="Utterance">What was said.</param>
/// <param name="Expected">The expected label; null when the line has no third column.</param>
/// <param name="Source">File and line, for reports.</param>
public sealed record CorpusCase(PromptContext Context, string Utterance, string? Expected, string Source);
