using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using SeatedRelease.Cli;
using SeatedRelease.Tests.Browser;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Teams;

/// <summary>
/// The Teams app package: manifest.json validated against Microsoft's Teams manifest schema (npm
/// @microsoft/app-manifest, run through ajv by Manifests/validate-teams-manifest.mjs), the generated icons,
/// and the zip the teams-app command makes.
/// </summary>
public sealed class TeamsAppPackageTests
{
    private const string BotId = "5a1b2c3d-0000-4000-8000-1234567890ab";
    private static string AppFolder => Repo.Path_("deploymentTemplates", "teams");
    private static string Checker => Repo.Path_("tests", "SeatedRelease.Tests", "Manifests");

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string manifestPath)
    {
        if (!File.Exists(Path.Combine(Checker, "node_modules", "@microsoft", "app-manifest", "package.json")))
        {
            var install = await BrowserSetup.RunAsync("bash", [Repo.Path_("scripts", "install-manifest-deps.sh")], Repo.Root, TimeSpan.FromMinutes(5), CancellationToken.None);
            Assert.True(install.ExitCode == 0, "scripts/install-manifest-deps.sh failed:\n" + install.Output);
        }
        return await BrowserSetup.RunAsync("node", [Path.Combine(Checker, "validate-teams-manifest.mjs"), manifestPath, BotId], Checker, TimeSpan.FromMinutes(1), CancellationToken.None);
    }

    [Fact]
    [Trait("Category", "OutOfProcess")]
    public async Task The_manifest_is_valid_against_the_teams_schema_of_its_version()
    {
        var (exitCode, output) = await ValidateAsync(Path.Combine(AppFolder, "manifest.json"));
        Assert.True(exitCode == 0, output);
        Assert.Contains("\"valid\":true", output, StringComparison.Ordinal);
        Assert.Contains("v1.19", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "OutOfProcess")]
    public async Task The_schema_check_refuses_a_manifest_with_a_bad_accent_colour_and_no_icons()
    {
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppFolder, "manifest.json")))!.AsObject();
        broken["accentColor"] = "teal";
        broken.Remove("icons");
        var path = Path.Combine(Path.GetTempPath(), $"teams-broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, broken.ToJsonString());
        try
        {
            var (exitCode, output) = await ValidateAsync(path);
            Assert.Equal(1, exitCode);
            Assert.Contains("/accentColor", output, StringComparison.Ordinal);
            Assert.Contains("icons", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_bot_entry_is_personal_with_the_placeholder_id_and_the_icons_are_named()
    {
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppFolder, "manifest.json")));
        var bot = Assert.Single(doc.RootElement.GetProperty("bots").EnumerateArray().ToList());
        Assert.Equal("{{BOT_ID}}", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("color.png", doc.RootElement.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", doc.RootElement.GetProperty("icons").GetProperty("outline").GetString());
    }

    [Fact]
    public async Task The_committed_icons_are_the_generated_ones_at_the_sizes_teams_requires()
    {
        var folder = Directory.CreateTempSubdirectory("teams-icons-").FullName;
        try
        {
            File.Copy(Path.Combine(AppFolder, "manifest.json"), Path.Combine(folder, "manifest.json"));
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["teams-app", "--folder", folder], TextReader.Null, output, error, CancellationToken.None));

            var color = PngPixels.Read(Path.Combine(AppFolder, "color.png"));
            var outline = PngPixels.Read(Path.Combine(AppFolder, "outline.png"));
            Assert.Equal((192, 192), (color.Width, color.Height));
            Assert.Equal((32, 32), (outline.Width, outline.Height));
            // Compared pixel by pixel: compressed bytes may differ between zlib builds, the image may not.
            Assert.Equal(PngPixels.Read(Path.Combine(folder, "color.png")).Rgba, color.Rgba);
            Assert.Equal(PngPixels.Read(Path.Combine(folder, "outline.png")).Rgba, outline.Rgba);

            Assert.All(color.Pixels(), p => Assert.Equal(255, p.A));
            var visible = outline.Pixels().Where(p => p.A > 0).ToList();
            Assert.All(visible, p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
            Assert.InRange(visible.Count, 32 * 32 / 10, 32 * 32 / 2);
            Assert.Contains(outline.Pixels(), p => p.A == 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_package_command_zips_the_manifest_with_the_bot_id_filled_in_and_both_icons()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"teams-app-{Guid.NewGuid():N}.zip");
        var folder = Directory.CreateTempSubdirectory("teams-app-").FullName;
        try
        {
            foreach (var f in new[] { "manifest.json", "color.png", "outline.png" }) File.Copy(Path.Combine(AppFolder, f), Path.Combine(folder, f));
            var error = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["teams-app", "--folder", folder, "--bot-id", "not-a-guid", "--out", zipPath], TextReader.Null, new StringWriter(), error, CancellationToken.None));
            Assert.Contains("GUID", error.ToString(), StringComparison.Ordinal);

            Assert.Equal(0, await CliApp.RunAsync(["teams-app", "--folder", folder, "--bot-id", BotId, "--out", zipPath], TextReader.Null, new StringWriter(), error, CancellationToken.None));
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = await reader.ReadToEndAsync();
            Assert.DoesNotContain("{{BOT_ID}}", manifest, StringComparison.Ordinal);
            Assert.Equal(BotId, JsonDocument.Parse(manifest).RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        }
        finally
        {
            File.Delete(zipPath);
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>Reads back the 8-bit RGBA, unfiltered PNGs our generator writes (and refuses anything else).</summary>
internal sealed record PngPixels(int Width, int Height, byte[] Rgba)
{
    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4) yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngPixels Read(string path)
    {
        var png = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.Equal(8, body[8]);
                Assert.Equal(6, body[9]);
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }
            at += 12 + length;
        }
        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        Assert.Equal(height * (1 + width * 4), raw.Length);
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (1 + width * 4)]);
            Array.Copy(raw, y * (1 + width * 4) + 1, rgba, y * width * 4, width * 4);
        }
        return new PngPixels(width, height, rgba);
    }
}
