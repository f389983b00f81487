using LeadBot.Bot.Hosting;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>The malloc arena limit reaches glibc (the binding is right) unless MALLOC_ARENA_MAX already set it.</summary>
public sealed class NativeMemoryTuningTests
{
    [Fact]
    public void The_arena_limit_is_set_in_glibc_unless_the_environment_sets_it()
    {
        // Debian's glibc here (CI and the deployment image); other systems are left alone.
        var expected = OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null;

        Assert.Equal(expected, NativeMemoryTuning.LimitMallocArenas());
    }
}
