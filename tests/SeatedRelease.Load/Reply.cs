namespace SeatedRelease.Load;

/// <summary>What the load tool keeps of one turn's expectReplies answer: the message texts and the last input hint.</summary>
internal sealed record Reply(IReadOnlyList<string> Texts, string LastInputHint)
{
    public bool Has(string words)
    {
        foreach (var text in Texts)
        {
            if (text.Contains(words, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public override string ToString() => $"[{LastInputHint}] " + string.Join(" | ", Texts);
}

/// <summary>A turn whose answer was missing, malformed or not what the session expected.</summary>
internal sealed class TurnFailedException(string message) : Exception(message);
