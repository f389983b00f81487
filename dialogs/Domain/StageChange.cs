namespace LeadBot.Dialogs.Domain;

/// <summary>One recorded move of a lead between stages: from, to, when, by whom and why.</summary>
public sealed class StageChange
{
    public long Id { get; set; }
    public Guid LeadId { get; set; }
    public LeadStage? From { get; set; }
    public LeadStage To { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>"bot" for the qualification policy, otherwise the sales person's display name.</summary>
    public string ChangedBy { get; set; } = StageActor.Bot;

    /// <summary>The sales person's directory id (Teams AAD object id) when a person made the change.</summary>
    public string? ChangedById { get; set; }

    public string Reason { get; set; } = "";
}

public static class StageActor
{
    public const string Bot = "bot";
}
