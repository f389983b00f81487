using System.Runtime.InteropServices;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// glibc gives threads that allocate at the same time arenas of their own, up to 8 per core, and memory freed in one
/// arena is not reused by another; the bot's native allocations (SQLite, the runtime, ICU) come from the thread pool's
/// changing threads, so each arena keeps free memory of its own. Limiting the arenas (what the documented
/// <c>MALLOC_ARENA_MAX</c> environment variable does; when it is set, it wins) keeps the peak memory within the
/// budget in docs/benchmarks.md. Other C libraries (musl) and other systems are left alone.
/// </summary>
internal static class NativeMemoryTuning
{
    public const int MaxArenas = 4;

    /// <summary><c>mallopt</c>'s parameter number for the arena limit (glibc's <c>M_ARENA_MAX</c>).</summary>
    private const int ArenaMaxParameter = -8;

    /// <summary>Limits glibc's malloc arenas; true when the limit was set here.</summary>
    public static bool LimitMallocArenas()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return false;
        }

        try
        {
            return SetMallocOption(ArenaMaxParameter, MaxArenas) == 1;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // A blittable signature: no marshalling code, so no LibraryImport (which would need unsafe code in the project).
    [DllImport("libc", EntryPoint = "mallopt", ExactSpelling = true)]
    private static extern int SetMallocOption(int parameter, int value);
}
