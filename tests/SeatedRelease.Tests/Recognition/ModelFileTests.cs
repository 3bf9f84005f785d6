using System.Diagnostics;
using System.IO.Compression;
using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// The committed model is exactly what the train command makes from tests/corpus/train. The file is committed (rather
/// than made by the build) so that a build stays quick and offline-safe and a change to the model shows in review; this
/// test keeps the committed file honest. Zip timestamps differ between runs, so the entries are compared, byte for byte.
/// </summary>
public sealed class ModelFileTests
{
    [Fact]
    [Trait("Category", "OutOfProcess")]
    public async Task The_committed_model_is_what_the_train_command_builds_from_the_training_corpus()
    {
        string root = RecognizerFixture.FindRepoRoot();
        string fresh = Path.Combine(Path.GetTempPath(), $"intent-model-{Guid.NewGuid():N}.zip");
        try
        {
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "SeatedRelease.Cli.dll"), "train", "--out", fresh }) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(process.ExitCode == 0, await output + await error);

            var committed = Entries(Path.Combine(root, "dialogs", IntentClassifier.FileName));
            var built = Entries(fresh);

            Assert.Equal(committed.Keys.Order(), built.Keys.Order());
            foreach (var (name, bytes) in committed)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(built[name]), $"{name} differs: run `dotnet run --project src/SeatedRelease.Cli -- train` and commit dialogs/{IntentClassifier.FileName}");
            }
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    private static Dictionary<string, byte[]> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
