namespace SeatedRelease.Bot.Hosting;

/// <summary>A store that can say it is not fit to keep anyone's place, for /healthz.</summary>
public interface IStoreHealth
{
    /// <summary>Null while the store takes writes; otherwise what is wrong, in a sentence.</summary>
    string? Problem { get; }
}
