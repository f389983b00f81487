namespace LeadBot.Dialogs.Domain;

/// <summary>What sales can do with a lead: in Teams (the card's buttons) or from a CRM through the sales API.</summary>
public enum SalesAction
{
    /// <summary>MQL → SQL; the person who claims becomes the owner.</summary>
    Claim,

    /// <summary>SQL → Opportunity: only a claimed lead gets an offer.</summary>
    OfferSent,

    /// <summary>MQL, SQL or Opportunity → Disqualified, with a reason.</summary>
    Disqualify,
}

public enum SalesActionOutcome
{
    Applied,
    NotFound,

    /// <summary>The lead is not in a stage the action starts from (e.g. claimed twice, offer before claim).</summary>
    InvalidTransition,

    /// <summary>Disqualify without a reason.</summary>
    ReasonRequired,

    /// <summary>Claim without an owner.</summary>
    OwnerRequired,
}

/// <summary>The outcome and the lead as it is now (with its history), or null when it does not exist.</summary>
public sealed record SalesActionResult(SalesActionOutcome Outcome, Lead? Lead);

/// <summary>
/// The one place the sales stage rules live; the Teams card actions and the sales API's stage endpoint both apply them
/// (through the lead repository, which makes the change atomic): claim turns an MQL into an SQL with an owner, an offer
/// turns a claimed lead (SQL) into an Opportunity, and disqualifying needs a reason and works from MQL, SQL or
/// Opportunity. The bot itself only moves leads between Lead and MQL.
/// </summary>
public static class SalesStageRules
{
    public const int MaxReasonLength = 1000;

    /// <summary>The stage <paramref name="action"/> moves a lead in <paramref name="from"/> to, or null when the action
    /// does not start from there.</summary>
    public static LeadStage? Target(SalesAction action, LeadStage from) => (action, from) switch
    {
        (SalesAction.Claim, LeadStage.Mql) => LeadStage.Sql,
        (SalesAction.OfferSent, LeadStage.Sql) => LeadStage.Opportunity,
        (SalesAction.Disqualify, LeadStage.Mql or LeadStage.Sql or LeadStage.Opportunity) => LeadStage.Disqualified,
        _ => null,
    };

    /// <summary>The action that reaches <paramref name="stage"/>, or null for the stages only the bot sets (Lead, MQL).</summary>
    public static SalesAction? ActionTo(LeadStage stage) => stage switch
    {
        LeadStage.Sql => SalesAction.Claim,
        LeadStage.Opportunity => SalesAction.OfferSent,
        LeadStage.Disqualified => SalesAction.Disqualify,
        _ => null,
    };

    /// <summary>What the action needs besides the stage: an owner to claim, a reason to disqualify; null when complete.</summary>
    public static SalesActionOutcome? MissingInput(SalesAction action, string? owner, string? reason) => action switch
    {
        SalesAction.Claim when string.IsNullOrWhiteSpace(owner) => SalesActionOutcome.OwnerRequired,
        SalesAction.Disqualify when string.IsNullOrWhiteSpace(reason) => SalesActionOutcome.ReasonRequired,
        _ => null,
    };

    /// <summary>The reason recorded in the stage history: the given one for a disqualification (trimmed, capped), else
    /// what the action means, and where it came from.</summary>
    public static string ReasonOf(SalesAction action, string? reason, string via)
    {
        var given = reason?.Trim() ?? "";
        if (given.Length > MaxReasonLength)
        {
            given = given[..MaxReasonLength];
        }

        return action switch
        {
            SalesAction.Claim => given.Length > 0 ? $"Claimed in {via}: {given}" : $"Claimed in {via}",
            SalesAction.OfferSent => given.Length > 0 ? $"Offer sent ({via}): {given}" : "Offer sent",
            _ => given,
        };
    }
}
