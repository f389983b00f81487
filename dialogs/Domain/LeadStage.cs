namespace LeadBot.Dialogs.Domain;

/// <summary>Where a lead stands in the funnel. MQL is decided by the bot's policy; SQL and Opportunity by sales.</summary>
public enum LeadStage
{
    Lead = 0,
    Mql = 1,
    Sql = 2,
    Opportunity = 3,
    Disqualified = 4,
}
