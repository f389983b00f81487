namespace LeadBot.Bot.Turns;

/// <summary>How turns are retried, claimed and their replies delivered (configuration section "Turns"), validated at start-up.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>How often a turn runs at most when other turns of the conversation keep changing the state first.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long an activity's record blocks a redelivery while its turn is running (the time a process that
    /// died blocks a redelivery). Longer than any turn takes.</summary>
    public TimeSpan ClaimTimeToLive { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often one reply is sent at most when the channel's connector fails (5xx, 429, 408, a reset).</summary>
    public int DeliveryAttempts { get; set; } = 3;

    /// <summary>The longest wait between two sends of a reply (at most half the claim TTL); when the connector's
    /// Retry-After asks for more, the reply is left for the redelivery instead.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait before a reply is sent the second time; it doubles with each further try (plus up to half of it
    /// at random, so that replies that failed together are not sent again together), at most
    /// <see cref="MaxRetryDelay"/>. A Retry-After from the connector takes its place.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two calls to the channel's connector within a turn: <see cref="MaxRetryDelay"/>,
    /// but at most half of <see cref="ClaimTimeToLive"/>, so that the turn ends before another instance may take its
    /// activity over.</summary>
    public TimeSpan LongestRetryDelay => MaxRetryDelay < ClaimTimeToLive / 2 ? MaxRetryDelay : ClaimTimeToLive / 2;

    /// <summary>The wait after the <paramref name="attempt"/>th failed call to the channel's connector (a reply, the
    /// Teams channel list): <see cref="RetryBackoff"/>, doubled per further attempt, plus up to half of it at random;
    /// at most <see cref="LongestRetryDelay"/>.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var wait = RetryBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1);
        wait += Random.Shared.NextDouble() * RetryBackoff.TotalMilliseconds / 2;
        return TimeSpan.FromMilliseconds(Math.Min(LongestRetryDelay.TotalMilliseconds, wait));
    }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxAttempts < 1)
        {
            errors.Add($"{SectionName}:MaxAttempts must be at least 1.");
        }

        if (ClaimTimeToLive <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:ClaimTimeToLive must be positive (e.g. 00:00:10).");
        }

        if (DeliveryAttempts is < 1 or > 10)
        {
            errors.Add($"{SectionName}:DeliveryAttempts must be between 1 and 10.");
        }

        if (MaxRetryDelay < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:MaxRetryDelay must not be negative.");
        }

        if (RetryBackoff <= TimeSpan.Zero || RetryBackoff > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{SectionName}:RetryBackoff must be positive and at most a minute (e.g. 00:00:00.2).");
        }

        return errors;
    }
}
