using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// What scoring reads of a stored lead (the answers as stored, with the need and role keys chosen in the conversation)
/// plus what the workbench shows of it. Read as a projection, so 100,000 leads are one narrow query.
/// </summary>
public sealed record ScoredLead(
    Guid Id,
    string Name,
    string Company,
    LeadStage Stage,
    int Score,
    int PolicyVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt,
    string? NeedKey,
    string? NeedText,
    string? AuthorityKey,
    decimal? BudgetAmount,
    string? BudgetCurrency,
    PaymentPeriod? BudgetPeriod,
    bool BudgetUnknown,
    bool BudgetUndecided,
    bool BudgetNone,
    DateOnly? TimelineStart,
    bool TimelineUnknown,
    bool TimelineVague)
{
    /// <summary>The answers as the scorer reads them.</summary>
    public QualificationAnswers Answers() => new()
    {
        NeedKey = NeedKey,
        NeedText = NeedText,
        AuthorityKey = AuthorityKey,
        BudgetAmount = BudgetAmount,
        BudgetCurrency = BudgetCurrency,
        BudgetPeriod = BudgetPeriod,
        BudgetUnknown = BudgetUnknown,
        BudgetUndecided = BudgetUndecided,
        BudgetNone = BudgetNone,
        TimelineStart = TimelineStart,
        TimelineUnknown = TimelineUnknown,
        TimelineVague = TimelineVague,
    };

    /// <summary>The day the answers were given: a start date is judged "soon" from it, so scoring a lead again changes
    /// only what the policy changes, not what time did.</summary>
    public DateOnly AnswerDay => DateOnly.FromDateTime((AnsweredAt ?? CreatedAt).UtcDateTime);

    /// <summary>The leads created in [<paramref name="from"/>, <paramref name="to"/>) (either bound open), oldest first.</summary>
    public static IQueryable<ScoredLead> Query(LeadBotDbContext context, DateTimeOffset? from, DateTimeOffset? to)
    {
        var leads = context.Leads.AsNoTracking();
        if (from is { } f)
        {
            leads = leads.Where(l => l.CreatedAt >= f);
        }

        if (to is { } t)
        {
            leads = leads.Where(l => l.CreatedAt < t);
        }

        return leads
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id)
            .Select(l => new ScoredLead(l.Id, l.Name, l.Company, l.Stage, l.Score, l.PolicyVersion, l.CreatedAt, l.AnsweredAt,
                l.NeedKey, l.NeedText, l.AuthorityKey, l.BudgetAmount, l.BudgetCurrency, l.BudgetPeriod, l.BudgetUnknown,
                l.BudgetUndecided, l.BudgetNone, l.TimelineStart, l.TimelineUnknown, l.TimelineVague));
    }
}
