using System.Globalization;
using System.Reflection;

namespace SeatedRelease.Load;

/// <summary>The command line of the load tool.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/SeatedRelease.Load -- [options]
          --generator dotnet|wrk         dotnet (default): this program drives the sessions and checks every answer, and judges
                                         errors, paced p99 and memory; wrk: wrk (apt-get install wrk) walks the same sessions
                                         with its own checks and judges the throughput ratio, since its own cost per turn is
                                         small next to the server's
          --seconds N                    wrk: seconds of each measured round per server (default 15)
          --storage memory|sqlite|both   state store of the practice host (default both, one after the other); the
                                         echo bot always keeps its state in MemoryStorage, as the samples do
          --conversations N              concurrent virtual users, each running whole sessions back to back (default 64)
          --sessions N                   measured sessions per server (default 1000; 200 is a quick run)
          --rounds N                     the measured sessions in N turns per server, practice and echo alternating (default 4)
          --warmup N                     unmeasured sessions per server first (default: 4 per conversation), then more
                                         until the server's tiered compilation settles (0: no warm-up at all)
          --think-ms N                   paced run: each user pauses N ms on average before every answer (default 100)
          --think random|fixed           paced run: pauses drawn from an exponential distribution and users starting at
                                         random points (default), or every pause exactly N ms and all users in step
          --paced-sessions N             sessions of the paced run, for latency at a realistic load (default 4 per conversation; 0: none)
          --users returning|new          each virtual user keeps its user id across its sessions (default), or every session is a new user
          --target both|practice|echo    which servers to load (default both, practice first)
          --echo-turns N                 turns of an echo session when the practice is not run (default 25)
          --practice-dll PATH            the practice host's built DLL (default: this build configuration's output)
          --echo-dll PATH                the echo bot's built DLL (default: this build configuration's output)
        """;

    public IReadOnlyList<string> Storages { get; init; } = ["memory", "sqlite"];
    public int Conversations { get; init; } = 64;
    public int Sessions { get; init; } = 1000;
    public int Rounds { get; init; } = 4;
    public int? Warmup { get; init; }
    public bool Practice { get; init; } = true;
    public bool Echo { get; init; } = true;
    public int EchoTurns { get; init; } = 25;
    public bool Wrk { get; init; }
    public int Seconds { get; init; } = 15;
    public int ThinkMs { get; init; } = 100;
    public bool FixedThink { get; init; }
    public bool NewUsers { get; init; }
    public int? PacedSessions { get; init; }
    public string PracticeDll { get; init; } = Built("src", "SeatedRelease.Bot");
    public string EchoDll { get; init; } = Built("tests", "SeatedRelease.EchoBot");

    // Tiered compilation reaches its final code only after thousands of calls; a shorter warm-up measures the JIT.
    public int WarmupSessions => Warmup ?? Conversations * 4;

    public int PacedSessionCount => PacedSessions ?? 4 * Conversations;

    /// <summary>Parses the arguments; a problem is returned as a message, never thrown.</summary>
    public static (LoadOptions? Options, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") return (null, "");
            if (i + 1 >= args.Count) return (null, $"{name} needs a value");
            var value = args[++i];
            switch (name)
            {
                case "--storage":
                    if (value is not ("memory" or "sqlite" or "both")) return (null, "--storage is memory, sqlite or both");
                    o = o with { Storages = value == "both" ? ["memory", "sqlite"] : [value] };
                    break;
                case "--generator":
                    if (value is not ("dotnet" or "wrk")) return (null, "--generator is dotnet or wrk");
                    o = o with { Wrk = value == "wrk" };
                    break;
                case "--target":
                    if (value is not ("practice" or "echo" or "both")) return (null, "--target is practice, echo or both");
                    o = o with { Practice = value != "echo", Echo = value != "practice" };
                    break;
                case "--conversations" or "--sessions" or "--rounds" or "--warmup" or "--echo-turns" or "--think-ms" or "--paced-sessions" or "--seconds":
                    var least = name is "--warmup" or "--think-ms" or "--paced-sessions" ? 0 : 1;
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < least)
                        return (null, $"{name} needs a whole number of at least {least}");
                    o = name switch
                    {
                        "--conversations" => o with { Conversations = n },
                        "--sessions" => o with { Sessions = n },
                        "--rounds" => o with { Rounds = n },
                        "--warmup" => o with { Warmup = n },
                        "--think-ms" => o with { ThinkMs = n },
                        "--paced-sessions" => o with { PacedSessions = n },
                        "--seconds" => o with { Seconds = n },
                        _ => o with { EchoTurns = n },
                    };
                    break;
                case "--think":
                    if (value is not ("random" or "fixed")) return (null, "--think is random or fixed");
                    o = o with { FixedThink = value == "fixed" };
                    break;
                case "--users":
                    if (value is not ("returning" or "new")) return (null, "--users is returning or new");
                    o = o with { NewUsers = value == "new" };
                    break;
                case "--practice-dll":
                    o = o with { PracticeDll = Path.GetFullPath(value) };
                    break;
                case "--echo-dll":
                    o = o with { EchoDll = Path.GetFullPath(value) };
                    break;
                default:
                    return (null, $"unknown option {name}");
            }
        }
        return (o, null);
    }

    // Building this project builds both servers in the same configuration (its project references), so they sit in the repo's bin folders.
    private static string Built(string folder, string project)
    {
        var configuration = typeof(LoadOptions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(RepoRoot(), folder, project, "bin", configuration, "net10.0", project + ".dll");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeatedRelease.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
