namespace LeadBot.Bot.Storage;

/// <summary>
/// When an outbox worker tries a failed delivery again: exponential from the first delay, with ±20 % jitter so instances
/// that failed together do not retry together, capped at the longest delay. A Retry-After that the receiver names wins
/// when it is longer, up to a day, so a receiver that asks for patience gets it but a bogus header cannot park a
/// delivery for ever. The Teams outbox and the webhook worker share it, so both back off the same way.
/// </summary>
public static class OutboxBackoff
{
    private static readonly double LongestRetryAfterSeconds = TimeSpan.FromDays(1).TotalSeconds;

    /// <summary>The wait before the next attempt after <paramref name="previousAttempts"/> failed ones.</summary>
    public static TimeSpan Next(int previousAttempts, double initialSeconds, double maxSeconds, TimeSpan? retryAfter) =>
        Next(previousAttempts, initialSeconds, maxSeconds, retryAfter, Random.Shared.NextDouble());

    /// <summary>The same with the jitter draw given (0 to 1), so tests can check the bounds.</summary>
    internal static TimeSpan Next(int previousAttempts, double initialSeconds, double maxSeconds, TimeSpan? retryAfter, double jitter)
    {
        var seconds = Math.Min(maxSeconds, initialSeconds * Math.Pow(2, Math.Clamp(previousAttempts, 0, 30)));
        seconds = Math.Min(maxSeconds, seconds * (0.8 + (0.4 * jitter)));
        if (retryAfter is { } wait && wait.TotalSeconds > seconds)
        {
            seconds = Math.Min(wait.TotalSeconds, LongestRetryAfterSeconds);
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
