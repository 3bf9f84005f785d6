using System.Runtime.CompilerServices;

// The tests drive idle eviction directly instead of waiting on the sweeper's real-time timer.
[assembly: InternalsVisibleTo("SeatedRelease.Tests")]
