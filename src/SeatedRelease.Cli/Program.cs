namespace SeatedRelease.Cli;

// Not top-level statements: those make a global Program class, which the tests (that see this
// assembly's internals) would confuse with the host's.
internal static class EntryPoint
{
    public static Task<int> Main(string[] args) =>
        CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}
