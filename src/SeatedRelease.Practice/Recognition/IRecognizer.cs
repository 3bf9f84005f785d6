namespace SeatedRelease.Practice.Recognition;

/// <summary>Understands what the listener said, in the context of the prompt they are answering.</summary>
public interface IRecognizer
{
    /// <summary>Recognizes one utterance. Pain outranks everything else; unknown is never ready.</summary>
    Recognition Recognize(PromptContext context, string utterance);
}
