using Microsoft.Bot.Builder;

namespace SeatedRelease.Tests.Storage;

public enum Side { Right, Left }

/// <summary>An item with an ETag, as the bot's ETag-checked state is.</summary>
public sealed class TrackedItem : IStoreItem
{
    public string Value { get; set; } = "";
    public int Count { get; set; }
    public string? ETag { get; set; }
}

/// <summary>Nested types, collections, an enum, dates and a date-looking string: what must come back as written.</summary>
public sealed class RichItem
{
    public string Words { get; set; } = "";
    public Side Side { get; set; }
    public DateTimeOffset When { get; set; }
    public List<Note> Notes { get; set; } = [];
    public Dictionary<string, int> Counts { get; set; } = [];
    public object? Anything { get; set; }
}

public sealed class Note
{
    public string Said { get; set; } = "";
    public double Seconds { get; set; }
}
