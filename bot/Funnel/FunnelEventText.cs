using System.Globalization;
using System.Text;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// The compact form of a journey's pending events in <see cref="FunnelJourney.PendingEvents"/>: per event
/// <c>kind:step:unix-milliseconds;</c> (step empty when none), appended in order. Question events only; stage events
/// (which carry a stage) are rows from the start.
/// </summary>
public static class FunnelEventText
{
    public static string? Format(IEnumerable<FunnelEvent> events)
    {
        StringBuilder? text = null;
        foreach (var e in events)
        {
            text ??= new StringBuilder();
            text.Append((short)e.Kind).Append(':');
            if (e.Step is { } step)
            {
                text.Append((short)step);
            }

            text.Append(':').Append(e.At.ToUnixTimeMilliseconds()).Append(';');
        }

        return text?.ToString();
    }

    /// <summary>The events of <paramref name="text"/> for journey <paramref name="journeyId"/>; unreadable entries are skipped.</summary>
    public static List<FunnelEvent> Parse(long journeyId, string? text)
    {
        var events = new List<FunnelEvent>();
        foreach (var entry in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(':');
            if (parts.Length == 3
                && short.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                events.Add(new FunnelEvent
                {
                    JourneyId = journeyId,
                    Kind = (FunnelEventKind)kind,
                    Step = short.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? (FunnelStep)step : null,
                    At = DateTimeOffset.FromUnixTimeMilliseconds(ms),
                });
            }
        }

        return events;
    }
}
