using Newtonsoft.Json;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>One answered activity's reply, as the engine gave it, kept to be said again on a redelivery.</summary>
public sealed class StoredReply
{
    /// <summary>The activity this answered.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>The lines in order.</summary>
    // Written with every turn: the type is known, so type names on each line would only make every write longer.
    [JsonProperty(TypeNameHandling = TypeNameHandling.None, ItemTypeNameHandling = TypeNameHandling.None)]
    public List<SpokenLine> Lines { get; set; } = [];

    /// <summary>The suggested-action set of the last line.</summary>
    public string Suggestions { get; set; } = "ready";

    /// <summary>The practice had ended with this reply.</summary>
    public bool Ended { get; set; }

    /// <summary>The pace after the turn.</summary>
    public Pace Pace { get; set; } = Pace.Normal;

    /// <summary>Keeps what <paramref name="turn"/> said for <paramref name="activityId"/>.</summary>
    public static StoredReply Of(string activityId, Turn turn) =>
        new() { ActivityId = activityId, Lines = [.. turn.Lines], Suggestions = turn.Suggestions, Ended = turn.Ended, Pace = turn.Pace };

    /// <summary>The same reply as a turn to render again.</summary>
    public Turn ToTurn()
    {
        var turn = new Turn { Suggestions = Suggestions, Ended = Ended, Pace = Pace };
        turn.Lines.AddRange(Lines);
        return turn;
    }
}
