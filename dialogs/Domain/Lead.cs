namespace LeadBot.Dialogs.Domain;

/// <summary>A prospect who left contact data with consent, with the answers, the explainable score and the stage.</summary>
public sealed class Lead
{
    /// <summary>A version 7 GUID: it begins with its creation time, so new leads land at the end of the leads table and
    /// of every index that holds a lead's id (stage changes, outbox, journeys) instead of on a random page of each; 74
    /// random bits keep it unguessable.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Channel id and channel user id, so a returning prospect is recognized.</summary>
    public string UserKey { get; set; } = "";

    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string Company { get; set; } = "";

    /// <summary>E.164 ("+49301234567").</summary>
    public string? Phone { get; set; }

    /// <summary>The phone number as people read it ("+49 30 1234567").</summary>
    public string? PhoneDisplay { get; set; }

    public string Locale { get; set; } = "";

    public string? NeedKey { get; set; }
    public string? NeedText { get; set; }

    /// <summary>What the prospect wrote about the need, verbatim.</summary>
    public string? NeedVerbatim { get; set; }
    public string? AuthorityKey { get; set; }
    public string? AuthorityText { get; set; }

    public decimal? BudgetAmount { get; set; }
    public decimal? BudgetMinimum { get; set; }
    public decimal? BudgetMaximum { get; set; }
    public string? BudgetCurrency { get; set; }

    /// <summary>Per month, quarter or year; null for a one-off amount or no amount.</summary>
    public PaymentPeriod? BudgetPeriod { get; set; }

    public bool BudgetUnknown { get; set; }
    public bool BudgetUndecided { get; set; }
    public bool BudgetNone { get; set; }
    public string? BudgetText { get; set; }

    public DateOnly? TimelineStart { get; set; }
    public string? TimelineTimex { get; set; }
    public bool TimelineUnknown { get; set; }

    /// <summary>The start was described without a date; <see cref="TimelineText"/> keeps the words.</summary>
    public bool TimelineVague { get; set; }

    public string? TimelineText { get; set; }

    public int Score { get; set; }

    /// <summary>The version of the qualification policy that computed <see cref="Score"/> and the breakdown.</summary>
    public int PolicyVersion { get; set; } = 1;

    /// <summary>When the prospect gave the stored answers: the day a start date is judged "soon" from when the lead is
    /// scored again. Null for leads stored before it was recorded (then <see cref="CreatedAt"/>).</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public List<ScoreItem> ScoreBreakdown { get; set; } = [];
    public LeadStage Stage { get; set; } = LeadStage.Lead;
    public List<StageChange> History { get; set; } = [];
    public ConsentRecord Consent { get; set; } = new();
    public LeadSource Source { get; set; } = new();

    /// <summary>The sales person who claimed the lead (display name) and their directory id.</summary>
    public string? Owner { get; set; }
    public string? OwnerId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Moves the lead to <paramref name="to"/> and records the change. No-op when already there.</summary>
    /// <param name="hasEarlierHistory">When the caller did not load <see cref="History"/>: whether the stored lead has
    /// any; by default the loaded history says it.</param>
    public bool MoveTo(LeadStage to, string changedBy, string? changedById, string reason, DateTimeOffset at, bool? hasEarlierHistory = null)
    {
        var hasHistory = hasEarlierHistory ?? History.Count > 0;
        if (Stage == to && hasHistory)
        {
            return false;
        }

        History.Add(new StageChange
        {
            LeadId = Id,
            From = hasHistory ? Stage : null,
            To = to,
            At = at,
            ChangedBy = changedBy,
            ChangedById = changedById,
            Reason = reason,
        });
        Stage = to;
        UpdatedAt = at;
        return true;
    }
}
