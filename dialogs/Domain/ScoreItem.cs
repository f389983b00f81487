namespace LeadBot.Dialogs.Domain;

/// <summary>One criterion's contribution to a lead's score, with the reason sales sees.</summary>
public sealed class ScoreItem
{
    public string Criterion { get; set; } = "";
    public int Points { get; set; }
    public int MaxPoints { get; set; }
    public bool Met { get; set; }
    public bool Required { get; set; }
    public string Reason { get; set; } = "";
}
