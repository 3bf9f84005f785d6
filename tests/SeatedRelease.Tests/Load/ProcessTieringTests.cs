using SeatedRelease.Load;

namespace SeatedRelease.Tests.Load;

/// <summary>How the load tool tells that a server's runtime has stopped recompiling: its tiering thread's CPU from /proc.</summary>
public sealed class ProcessTieringTests
{
    [Fact]
    public void Cpu_ticks_are_user_plus_system_even_when_the_thread_name_holds_spaces_and_brackets()
    {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        const string stat = "9566 (.NET Tiered Com) S 1 9554 837 0 -1 4194368 120 0 0 0 2875 143 0 0 20 0 1 0 998816";
        const string odd = "42 (a) b) (c) R 1 2 3 0 -1 0 0 0 0 0 7 5 0 0 20 0 1 0 1";

        Assert.Equal(2875 + 143, ProcessTiering.StatTicks(stat));
        Assert.Equal(12, ProcessTiering.StatTicks(odd));
    }

    [Fact]
    public void A_process_that_does_not_exist_has_used_no_tiering_time()
    {
        Assert.Equal(TimeSpan.Zero, ProcessTiering.CpuTime(int.MaxValue));
    }
}
