namespace LeadBot.Dialogs.Recognition;

/// <summary>When a prospect wants to start: Start is the first day of the resolved period, End its last day (inclusive;
/// equal to Start for a single date, null when open-ended). Timex is the TIMEX expression of the period. IsUnknown: no
/// date follows from the answer ("weiß nicht"); <see cref="IsVague"/> marks the unknown answers that say something
/// ("sobald das Budget freigegeben ist", "keine Eile"), kept verbatim in Text for sales.</summary>
public sealed record TimelineEstimate(DateOnly? Start, DateOnly? End, string? Timex, bool IsUnknown, string Text)
{
    /// <summary>A vague answer without a date (IsUnknown is true as well).</summary>
    public bool IsVague { get; init; }

    public static TimelineEstimate Unknown(string text) => new(null, null, null, true, text);

    public static TimelineEstimate Vague(string text) => new(null, null, null, true, text) { IsVague = true };
}
