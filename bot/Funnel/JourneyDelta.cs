namespace LeadBot.Bot.Funnel;

/// <summary>
/// What one or more turns changed on a journey and the journey's row does not hold yet: its position as of the latest
/// of them, counts to add, question events to append, the stage the lead reached. Deltas of the same journey merge in
/// any order to the same result (counts add up, the later position wins, the earliest start and consent stay), and so
/// does writing them (<see cref="FunnelWrite"/>): that is what lets <see cref="PendingJourneys"/> write several turns as
/// one row change, and several instances write the same journey without coordination.
/// </summary>
internal sealed class JourneyDelta
{
    private static readonly int Slots = FunnelSteps.All.Max(s => (int)s) + 1;

    private JourneyDelta(long id, DateTimeOffset at, string channel, string language)
    {
        Id = id;
        StartedAt = at;
        LastAt = at;
        Channel = channel;
        Language = language;
    }

    public long Id { get; }

    /// <summary>The earliest turn covered (the journey's start when it carries the start; used only when the row is new).</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The latest turn covered: its position (status, open question, language) is the journey's now.</summary>
    public DateTimeOffset LastAt { get; private set; }

    /// <summary>The conversation's channel: the same for all its turns, written when the row is created.</summary>
    public string Channel { get; }

    public string Language { get; private set; }

    public FunnelStatus Status { get; private set; }

    public FunnelStep? Open { get; private set; }

    public FunnelPoint Reached { get; private set; }

    public JourneySource Source { get; private set; } = JourneySource.None;

    public DateTimeOffset? ConsentedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public StoredLead? Lead { get; private set; }

    /// <summary>Asked / asked-again counts to add, indexed by the step's number.</summary>
    public int[] Asked { get; } = new int[Slots];

    public int[] Reasked { get; } = new int[Slots];

    /// <summary>The question events in the order they happened; written in <see cref="FunnelEventText"/> form, made once per
    /// write rather than once per turn and again at every merge.</summary>
    public List<FunnelEvent> PendingEvents { get; } = [];

    /// <summary>How often writing this change failed (see <see cref="PendingJourneys"/>).</summary>
    public int FailedWrites { get; set; }

    /// <summary>Events that become rows, not pending text (the stage the lead reached: the stage flow reads them).</summary>
    public List<FunnelEvent> EventRows { get; } = [];

    public static JourneyDelta Of(JourneyChange change, JourneySource source, string channel, string language, DateTimeOffset at)
    {
        var track = change.Track;
        var delta = new JourneyDelta(track.Id, at, FunnelWrite.Cut(channel, 32) ?? "", language)
        {
            Status = track.Status,
            Open = track.Open,
            Reached = track.Reached,
            Source = change.Starts ? source : JourneySource.None,
            ConsentedAt = change.ConsentedAt,
            CompletedAt = change.Lead is null ? null : change.CompletedAt ?? at,
            Lead = change.Lead,
        };
        foreach (var prompt in change.Asked)
        {
            delta.Asked[(int)prompt.Step]++;
            delta.Reasked[(int)prompt.Step] += prompt.Reask ? 1 : 0;
        }

        foreach (var e in change.Events)
        {
            (e.Kind == FunnelEventKind.StageReached ? delta.EventRows : delta.PendingEvents).Add(e);
        }

        return delta;
    }

    /// <summary>The statuses that end a journey (the next message starts a new one): a change that does not end it never
    /// moves an ended journey back, whatever the times say.</summary>
    public static readonly FunnelStatus[] EndStatuses = [FunnelStatus.Completed, FunnelStatus.Declined, FunnelStatus.Cancelled];

    private static bool Ends(FunnelStatus status) => Array.IndexOf(EndStatuses, status) >= 0;

    /// <summary>Folds <paramref name="other"/> (the same journey, earlier or later) into this one.</summary>
    public void Merge(JourneyDelta other)
    {
        if (other.Id != Id)
        {
            throw new ArgumentException("Deltas of different journeys do not merge.", nameof(other));
        }

        var later = other.LastAt >= LastAt;
        FailedWrites = Math.Max(FailedWrites, other.FailedWrites);
        if (later)
        {
            LastAt = other.LastAt;
        }

        if (Ends(other.Status) != Ends(Status) ? Ends(other.Status) : later)
        {
            Language = other.Language;
            Status = other.Status;
            Open = other.Open;
        }

        if (other.StartedAt < StartedAt)
        {
            StartedAt = other.StartedAt;
        }

        if (other.Reached > Reached)
        {
            Reached = other.Reached;
        }

        if (Source == JourneySource.None)
        {
            Source = other.Source;
        }

        if (other.ConsentedAt is { } consented && (ConsentedAt is null || consented < ConsentedAt))
        {
            ConsentedAt = consented;
        }

        if (other.Lead is not null)
        {
            Lead = other.Lead;
            CompletedAt = other.CompletedAt;
        }

        for (var i = 0; i < Asked.Length; i++)
        {
            Asked[i] += other.Asked[i];
            Reasked[i] += other.Reasked[i];
        }

        if (later)
        {
            PendingEvents.AddRange(other.PendingEvents);
        }
        else
        {
            PendingEvents.InsertRange(0, other.PendingEvents);
        }

        EventRows.AddRange(other.EventRows);
    }
}
