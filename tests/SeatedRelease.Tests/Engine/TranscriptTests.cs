using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Engine;

public sealed class TranscriptTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript").Order())
        {
            data.Add(Path.GetFileName(f));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public Task Conversation_goes_as_written(string file) =>
        Transcript.RunAsync(Path.Combine(AppContext.BaseDirectory, "Transcripts", file));
}
