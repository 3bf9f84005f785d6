namespace SeatedRelease.Bot.DirectLine;

/// <summary>Remembers the decision AddLocalDirectLine made, for MapLocalDirectLine.</summary>
internal sealed record LocalDirectLineSwitch(bool Enabled);
