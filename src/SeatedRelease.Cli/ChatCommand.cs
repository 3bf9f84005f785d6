using SeatedRelease.Cli.Speech;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Cli;

/// <summary>
/// `chat [--voice] [--pace slow|normal|fast] [--no-wait]`: practise in a terminal with the same engine as the bot.
/// Each message is printed on its own line; with --voice espeak-ng also says it aloud, so the practice works with
/// eyes closed. The silences of the script are kept unless --no-wait.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var voice = false;
        var wait = true;
        var pace = Pace.Normal;
        string? dialogs = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--voice": voice = true; break;
                case "--no-wait": wait = false; break;
                case "--pace" when i + 1 < args.Length && CliEngine.TryParsePace(args[i + 1], out var p):
                    pace = p;
                    i++;
                    break;
                case "--dialogs" when i + 1 < args.Length: dialogs = args[++i]; break;
                default:
                    await error.WriteLineAsync("usage: chat [--voice] [--pace slow|normal|fast] [--no-wait] [--dialogs FOLDER]");
                    return 2;
            }
        }
        var espeak = voice ? Espeak.Find() : null;
        if (voice && espeak is null)
        {
            await error.WriteLineAsync(Espeak.InstallHint);
            return 3;
        }
        if (await CliEngine.LoadAsync(dialogs, error, cancellationToken) is not { } engine) return 1;
        var renderer = new SsmlRenderer(engine.Script, new SpeechOptions());
        var state = new PracticeState { Pace = pace };
        var turn = await engine.StartAsync(state, cancellationToken);
        // Reading runs beside the speaking: a line typed during a cue ("that hurts") cuts the cue short.
        Task<string?>? reading = null;
        while (true)
        {
            // Without waits there is no cue to cut: read once the turn is shown.
            if (wait) reading ??= input.ReadLineAsync(cancellationToken).AsTask();
            var shown = 0;
            foreach (var message in renderer.Render(turn))
            {
                if (reading is { IsCompleted: true } && shown > 0) break;
                shown++;
                await output.WriteLineAsync(message.Text);
                await output.FlushAsync(cancellationToken);
                if (espeak is not null)
                {
                    await espeak.SpeakAsync(message.Text, Espeak.WordsPerMinute(new SpeechOptions().Rate(turn.Pace)), cancellationToken);
                }
                if (reading is not null)
                {
                    await Task.WhenAny(Task.Delay(message.SpokenSilence + message.SilenceAfter, cancellationToken), reading);
                }
            }
            if (reading is not { IsCompleted: true })
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }
            var line = await (reading ?? input.ReadLineAsync(cancellationToken).AsTask());
            reading = null;
            if (line is null)
            {
                await output.WriteLineAsync();
                return 0;
            }
            turn = await engine.ReplyAsync(state, line, cancellationToken);
        }
    }
}
