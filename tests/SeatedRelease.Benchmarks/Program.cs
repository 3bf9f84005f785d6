using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/SeatedRelease.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SeatedRelease.Benchmarks.RecognizerBenchmarks).Assembly).Run(args);
