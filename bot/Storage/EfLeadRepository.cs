using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>
/// <see cref="ILeadRepository"/> on EF Core. A submission is stored in one transaction: the lead with the same normalized
/// e-mail address is updated (or a new lead created), and the stage change is recorded in the lead's history. The bot
/// only moves leads between <see cref="LeadStage.Lead"/> and <see cref="LeadStage.Mql"/>: a lead sales has moved to
/// SQL, Opportunity or Disqualified keeps its stage; the update is recorded.
/// </summary>
public sealed class EfLeadRepository(IDbContextFactory<LeadBotDbContext> contextFactory) : ILeadRepository
{
    /// <summary>Reason of the history entry written when a new conversation updates a lead without changing its stage.</summary>
    public const string UpdatedReason = "Lead updated by a new conversation";

    private const int MaxAttempts = 3;

    public async Task<Lead> SaveQualifiedAsync(LeadSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Answers.Consent is null)
        {
            throw new ArgumentException("A lead is only stored with the prospect's consent record (Answers.Consent is null).", nameof(submission));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveOnceAsync(submission, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception) && attempt < MaxAttempts)
            {
                // A concurrent conversation created the lead with the same e-mail first: retry, which now updates it.
            }
        }
    }

    public async Task<Lead?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await LeadQueries.WithOrderedHistory(context.Leads.AsNoTracking())
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<Lead> SaveOnceAsync(LeadSubmission submission, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var answers = submission.Answers;
        var at = submission.At;
        var normalizedEmail = LeadBotDbContext.NormalizeEmail(answers.Email);
        Lead? lead = null;
        if (normalizedEmail is not null)
        {
            lead = await LeadQueries.WithOrderedHistory(context.Leads)
                .FirstOrDefaultAsync(l => EF.Property<string?>(l, LeadBotDbContext.NormalizedEmailColumn) == normalizedEmail, cancellationToken)
                .ConfigureAwait(false);
        }

        var isNew = lead is null;
        if (lead is null)
        {
            lead = new Lead { CreatedAt = at };
            context.Leads.Add(lead);
        }

        CopySubmission(lead, submission);

        var qualification = submission.Qualification;
        if (isNew)
        {
            lead.MoveTo(qualification.Stage, StageActor.Bot, null, qualification.Reason, at);
        }
        else if (IsSetBySales(lead.Stage) || lead.Stage == qualification.Stage)
        {
            lead.History.Add(new StageChange
            {
                LeadId = lead.Id,
                From = lead.Stage,
                To = lead.Stage,
                At = at,
                ChangedBy = StageActor.Bot,
                Reason = UpdatedReason,
            });
        }
        else
        {
            lead.MoveTo(qualification.Stage, StageActor.Bot, null, qualification.Reason, at);
        }

        lead.UpdatedAt = at;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return lead;
    }

    /// <summary>Stages only sales sets; the bot never moves a lead out of them.</summary>
    private static bool IsSetBySales(LeadStage stage) => stage is LeadStage.Sql or LeadStage.Opportunity or LeadStage.Disqualified;

    private static void CopySubmission(Lead lead, LeadSubmission submission)
    {
        var a = submission.Answers;
        var consent = a.Consent!;
        lead.UserKey = submission.UserKey;
        lead.Locale = submission.Locale;
        lead.Name = a.Name?.Trim() ?? "";
        lead.Email = string.IsNullOrWhiteSpace(a.Email) ? null : a.Email.Trim();
        lead.Company = a.Company?.Trim() ?? "";
        lead.Phone = string.IsNullOrWhiteSpace(a.Phone) ? null : a.Phone.Trim();

        lead.NeedKey = a.NeedKey;
        lead.NeedText = a.NeedText;
        lead.AuthorityKey = a.AuthorityKey;
        lead.AuthorityText = a.AuthorityText;

        lead.BudgetAmount = a.BudgetAmount;
        lead.BudgetMinimum = a.BudgetMinimum;
        lead.BudgetMaximum = a.BudgetMaximum;
        lead.BudgetCurrency = a.BudgetCurrency;
        lead.BudgetUnknown = a.BudgetUnknown;
        lead.BudgetText = a.BudgetText;

        lead.TimelineStart = a.TimelineStart;
        lead.TimelineTimex = a.TimelineTimex;
        lead.TimelineUnknown = a.TimelineUnknown;
        lead.TimelineText = a.TimelineText;

        lead.Score = submission.Qualification.Score;
        lead.ScoreBreakdown = submission.Qualification.Breakdown
            .Select(i => new ScoreItem { Criterion = i.Criterion, Points = i.Points, MaxPoints = i.MaxPoints, Met = i.Met, Required = i.Required, Reason = i.Reason })
            .ToList();
        lead.Consent = new ConsentRecord
        {
            TextVersion = consent.TextVersion,
            TextHash = consent.TextHash,
            GivenAt = consent.GivenAt,
            ChannelId = consent.ChannelId,
            ConversationId = consent.ConversationId,
            Locale = consent.Locale,
        };
        var source = submission.Source;
        lead.Source = new LeadSource { ChannelId = source.ChannelId, PageUrl = source.PageUrl, Referrer = source.Referrer, Campaign = source.Campaign };
    }
}
