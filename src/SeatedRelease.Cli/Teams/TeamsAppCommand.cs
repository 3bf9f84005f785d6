using System.IO.Compression;
using System.Text.RegularExpressions;

namespace SeatedRelease.Cli.Teams;

/// <summary>
/// `teams-app [--folder DIR] [--bot-id GUID --out FILE]`: writes the two icons Teams requires into the app folder
/// (deploymentTemplates/teams by default), and with a bot id zips manifest.json (the id filled in) and the icons
/// into an app package ready to upload.
/// </summary>
internal static partial class TeamsAppCommand
{
    public const string Summary = "Teams app icons and package: teams-app [--folder DIR] [--bot-id GUID --out FILE]";

    /// <summary>The placeholder in manifest.json that stands for the bot's Microsoft App ID.</summary>
    public const string BotIdPlaceholder = "{{BOT_ID}}";

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? folder = null, botId = null, outFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--folder" when value is not null: folder = value; i++; break;
                case "--bot-id" when value is not null: botId = value; i++; break;
                case "--out" when value is not null: outFile = value; i++; break;
                default:
                    await error.WriteLineAsync($"teams-app: unknown or incomplete option '{args[i]}'. {Summary}");
                    return 2;
            }
        }
        if ((botId is null) != (outFile is null))
        {
            await error.WriteLineAsync("teams-app: --bot-id and --out go together.");
            return 2;
        }
        if (botId is not null && !Guid().IsMatch(botId))
        {
            await error.WriteLineAsync($"teams-app: the bot id must be the Azure Bot's Microsoft App ID (a GUID), not '{botId}'.");
            return 2;
        }
        folder ??= Path.Combine(FindRepoRoot() ?? Directory.GetCurrentDirectory(), "deploymentTemplates", "teams");
        if (!File.Exists(Path.Combine(folder, "manifest.json")))
        {
            await error.WriteLineAsync($"teams-app: no manifest.json in {folder}.");
            return 2;
        }

        await File.WriteAllBytesAsync(Path.Combine(folder, "color.png"), IconPainter.Color(), cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "outline.png"), IconPainter.Outline(), cancellationToken);
        await output.WriteLineAsync($"wrote {Path.Combine(folder, "color.png")} ({IconPainter.ColorSize}x{IconPainter.ColorSize}) and outline.png ({IconPainter.OutlineSize}x{IconPainter.OutlineSize})");
        if (botId is null) return 0;

        var manifest = await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), cancellationToken);
        if (!manifest.Contains(BotIdPlaceholder, StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"teams-app: manifest.json has no {BotIdPlaceholder} to fill in.");
            return 2;
        }
        File.Delete(outFile!);
        await using (var zip = await ZipFile.OpenAsync(outFile!, ZipArchiveMode.Create, cancellationToken))
        {
            await using (var entry = await zip.CreateEntry("manifest.json").OpenAsync(cancellationToken))
            {
                await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(manifest.Replace(BotIdPlaceholder, botId, StringComparison.Ordinal)), cancellationToken);
            }
            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                await zip.CreateEntryFromFileAsync(Path.Combine(folder, icon), icon, cancellationToken);
            }
        }
        await output.WriteLineAsync($"wrote {outFile}: manifest.json for bot {botId}, color.png, outline.png");
        return 0;
    }

    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeatedRelease.sln"))) return dir.FullName;
        }
        return null;
    }
}
