using LeadBot.Bot.Storage;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// How long a failed Teams card or webhook waits before its next try: doubling from the first delay within ±20 %
/// jitter, never past the longest delay, and a receiver's longer Retry-After honoured up to a day.
/// </summary>
public sealed class OutboxBackoffTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 4)]
    [InlineData(3, 16)]
    public void Each_failure_doubles_the_wait_within_the_jitter(int previousAttempts, double expectedSeconds)
    {
        Assert.Equal(expectedSeconds * 0.8, OutboxBackoff.Next(previousAttempts, 2, 300, null, jitter: 0).TotalSeconds, 6);
        Assert.Equal(expectedSeconds, OutboxBackoff.Next(previousAttempts, 2, 300, null, jitter: 0.5).TotalSeconds, 6);
        Assert.Equal(expectedSeconds * 1.2, OutboxBackoff.Next(previousAttempts, 2, 300, null, jitter: 1).TotalSeconds, 6);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(30)]
    [InlineData(5000)]
    public void A_long_run_of_failures_never_waits_longer_than_the_longest_delay(int previousAttempts)
    {
        Assert.Equal(300, OutboxBackoff.Next(previousAttempts, 2, 300, null, jitter: 1).TotalSeconds, 6);
        Assert.True(OutboxBackoff.Next(previousAttempts, 2, 300, null).TotalSeconds <= 300);
    }

    [Fact]
    public void A_longer_retry_after_from_the_receiver_wins()
    {
        Assert.Equal(120, OutboxBackoff.Next(0, 2, 300, TimeSpan.FromSeconds(120), jitter: 0.5).TotalSeconds, 6);
    }

    [Fact]
    public void A_shorter_retry_after_does_not_shorten_the_backoff()
    {
        Assert.Equal(16, OutboxBackoff.Next(3, 2, 300, TimeSpan.FromSeconds(1), jitter: 0.5).TotalSeconds, 6);
    }

    [Fact]
    public void A_retry_after_of_a_week_waits_one_day_only()
    {
        Assert.Equal(TimeSpan.FromDays(1), OutboxBackoff.Next(0, 2, 300, TimeSpan.FromDays(7), jitter: 0.5));
    }
}
