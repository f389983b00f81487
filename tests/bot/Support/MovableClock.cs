namespace LeadBot.Bot.Tests.Support;

/// <summary>The system clock, moved forward on demand (link expiry, retention periods) without waiting; timers still
/// run in real time.</summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
