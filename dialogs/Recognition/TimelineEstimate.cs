namespace LeadBot.Dialogs.Recognition;

/// <summary>When a prospect wants to start: Start is the first day of the resolved period, End its last day (inclusive;
/// equal to Start for a single date, null when open-ended). Timex is the TIMEX expression of the period.</summary>
public sealed record TimelineEstimate(DateOnly? Start, DateOnly? End, string? Timex, bool IsUnknown, string Text)
{
    public static TimelineEstimate Unknown(string text) => new(null, null, null, true, text);
}
