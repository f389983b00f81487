using LeadBot.Bot.Turns;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>
/// <see cref="ILeadRepository"/> on EF Core. A submission is stored in one transaction: the lead with the same normalized
/// e-mail address is updated (or a new lead created), and the stage change is recorded in the lead's history. The bot
/// only moves leads between <see cref="LeadStage.Lead"/> and <see cref="LeadStage.Mql"/>: a lead sales has moved to
/// SQL, Opportunity or Disqualified keeps its stage; the update is recorded.
/// When a lead becomes MQL for the first time, the Teams notification is written to the <see cref="OutboxMessage"/>
/// table in the same transaction (never again on later updates), and the outbox worker is woken up.
/// Sales moves leads on (claim → SQL, offer sent → Opportunity, disqualify) with <see cref="ApplySalesActionAsync"/>.
/// A new lead and every stage change are written as lead events for the configured webhooks (<see cref="LeadEvents"/>)
/// in the same transaction.
/// </summary>
public sealed class EfLeadRepository(
    IDbContextFactory<LeadBotDbContext> contextFactory, OutboxSignal? outboxSignal = null, TimeProvider? clock = null, SqliteWriteQueue? writeQueue = null,
    LeadEvents? leadEvents = null)
    : ILeadRepository
{
    /// <summary>Reason of the history entry written when a new conversation updates a lead without changing its stage.</summary>
    public const string UpdatedReason = "Lead updated by a new conversation";

    /// <summary>Reasons recorded for a claim and an offer in Teams. Stored as these fixed English values (what the sales
    /// API shows); the card and the lead page show the transition in their own language instead.</summary>
    public const string ClaimedReason = "Claimed in Teams";

    public const string OfferSentReason = "Offer sent";

    private const int MaxAttempts = 3;

    /// <summary>Suffix of the BotState row (after the activity's record key) naming the lead an activity stored.</summary>
    internal const string LeadMarkerSuffix = "/lead";

    /// <inheritdoc />
    /// <remarks>
    /// Returns the lead as saved. When it existed already its history is not read (only whether it was ever MQL), so
    /// the returned <see cref="Lead.History"/> holds just the change this save recorded; <see cref="FindAsync"/> reads
    /// the whole history. Per save: one lookup of the activity's lead marker, one of the e-mail address (plain commands,
    /// <see cref="LeadInsertCommands"/>), then the inserts/update, all in one transaction. A new lead (the common case) is
    /// inserted with plain commands too (written as EF writes it); an existing lead is loaded (compiled query) and updated
    /// through EF.
    /// </remarks>
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
                // SQLite: through the process's write queue, so the lead's transaction never meets a state write on
                // SQLite's lock.
                return writeQueue is not { } queue
                    ? await SaveOnceAsync(submission, cancellationToken).ConfigureAwait(false)
                    : await queue.RunExclusiveAsync(() => SaveOnceAsync(submission, cancellationToken)).ConfigureAwait(false);
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

    // Compiled once per repository: a compiled query is bound to the model it first ran with, and a repository's
    // contexts all come from one factory (one provider, one model).

    /// <summary>The lead with this normalized e-mail address (tracked, without its history) and what the save needs to
    /// know of that history. Runs only when a plain existence check found one (a returning prospect).</summary>
    private readonly Func<LeadBotDbContext, string, CancellationToken, Task<ExistingLead?>> leadByNormalizedEmail =
        EF.CompileAsyncQuery((LeadBotDbContext context, string normalizedEmail, CancellationToken _) => context.Leads
            .Where(l => EF.Property<string?>(l, LeadBotDbContext.NormalizedEmailColumn) == normalizedEmail)
            .Select(l => new ExistingLead(l, l.History.Any(h => h.To == LeadStage.Mql), l.History.Any()))
            .FirstOrDefault());

    private async Task<Lead> SaveOnceAsync(LeadSubmission submission, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var commands = LeadInsertCommands.For(context);
        var markerKey = submission.Origin is { } origin
            && TurnKeys.RecordKeyOf(origin.ChannelId, origin.ConversationId, origin.ActivityId) is { } activityKey
                ? activityKey + LeadMarkerSuffix
                : null;
        if (markerKey is not null)
        {
            var marker = await commands.LeadMarkerJsonAsync(context.Database, markerKey, cancellationToken).ConfigureAwait(false);
            if (marker is not null && Guid.TryParse(marker.Trim('"'), out var savedId))
            {
                // This activity stored its lead already (a turn rerun after losing a race, or a redelivery whose first
                // run died before its state was saved): return that lead, add nothing.
                var saved = await LeadQueries.WithOrderedHistory(context.Leads).AsNoTracking()
                    .FirstOrDefaultAsync(l => l.Id == savedId, cancellationToken).ConfigureAwait(false);
                if (saved is not null)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return saved;
                }

                await context.BotState.Where(r => r.Key == markerKey).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var at = submission.At;
        var qualification = submission.Qualification;
        var normalizedEmail = LeadBotDbContext.NormalizeEmail(submission.Answers.Email);
        // A plain existence check first: a new lead (the common case) needs nothing more; a returning prospect's lead is
        // then loaded tracked, to be updated by EF.
        var existing = normalizedEmail is null
                       || !await commands.LeadWithEmailExistsAsync(context.Database, normalizedEmail, cancellationToken).ConfigureAwait(false)
            ? null
            : await leadByNormalizedEmail(context, normalizedEmail, cancellationToken).ConfigureAwait(false);

        Lead lead;
        var wasMqlBefore = false;
        string? eventType = null;
        if (existing is null)
        {
            // Not tracked: a new lead is inserted by LeadInsertCommands below, not by SaveChanges.
            lead = new Lead { CreatedAt = at };
            CopySubmission(lead, submission);
            lead.MoveTo(qualification.Stage, StageActor.Bot, null, qualification.Reason, at);
            eventType = LeadEventTypes.Created;
        }
        else
        {
            // The history is not loaded (it only grows): the new entry goes into the empty History list, so the
            // returned lead carries only the change this save recorded.
            lead = existing.Lead;
            wasMqlBefore = existing.WasMql;
            CopySubmission(lead, submission);
            if (IsSetBySales(lead.Stage) || lead.Stage == qualification.Stage)
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
            else if (lead.MoveTo(qualification.Stage, StageActor.Bot, null, qualification.Reason, at, existing.HasHistory))
            {
                eventType = LeadEventTypes.StageChanged;
            }
        }

        lead.UpdatedAt = at;
        var notify = lead.Stage == LeadStage.Mql && !wasMqlBefore;
        OutboxMessage? notification = null;
        if (notify)
        {
            var now = clock?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            notification = new OutboxMessage
            {
                LeadId = lead.Id,
                Kind = OutboxMessage.MqlNotification,
                CreatedAt = now,
                NextAttemptAt = now,
            };
        }

        // In the lead's own transaction: which lead this activity stored (a lead id, nothing personal).
        var leadMarker = markerKey is null
            ? null
            : new BotStateRecord { Key = markerKey, Json = $"\"{lead.Id:D}\"", ETag = Guid.NewGuid().ToString("N"), UpdatedAt = at };

        // The lead event for the webhooks (none configured: none built).
        var events = eventType is not null && leadEvents?.HasSubscribers(eventType) == true
            ? leadEvents.For(eventType, lead, lead.History[^1], at)
            : [];
        if (existing is null)
        {
            // The common case, a new lead: plain INSERTs (SQL and parameter mapping built once from the model) instead of
            // EF's update pipeline, which rebuilt a command per row and a modification per column on every save.
            await commands.InsertNewLeadAsync(context.Database, lead, notification, leadMarker, cancellationToken, events).ConfigureAwait(false);
        }
        else
        {
            context.AddRange(events);
            if (notification is not null)
            {
                context.Outbox.Add(notification);
            }

            if (leadMarker is not null)
            {
                context.BotState.Add(leadMarker);
            }

            await SaveTrackedChangesAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (notify)
        {
            outboxSignal?.Notify();
        }

        if (events.Count > 0)
        {
            leadEvents!.Signal.Notify();
        }

        return lead;
    }

    /// <summary>
    /// Saves the update of an existing lead (and the rows added with it) with EF. No savepoint around the statements: a
    /// failed save rolls the whole transaction back (a retry starts afresh), so a savepoint would only cost two more
    /// statements. The changes are not accepted either: the context is disposed right after the commit, and accepting
    /// would snapshot every saved entity (the breakdown as JSON) for nothing.
    /// </summary>
    private static async Task SaveTrackedChangesAsync(LeadBotDbContext context, CancellationToken cancellationToken)
    {
        var savepoints = context.Database.AutoSavepointsEnabled;
        context.Database.AutoSavepointsEnabled = false;
        try
        {
            await context.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    /// <summary>A stored lead found by e-mail: tracked, its history not loaded; whether it was ever MQL and has any history.</summary>
    private sealed record ExistingLead(Lead Lead, bool WasMql, bool HasHistory);

    /// <summary>
    /// Applies what a sales person did, on the Teams card or through the sales API, by the rules of
    /// <see cref="SalesStageRules"/>: <see cref="SalesAction.Claim"/> (MQL → SQL, owner = <paramref name="person"/>),
    /// <see cref="SalesAction.OfferSent"/> (SQL → Opportunity) or <see cref="SalesAction.Disqualify"/> (MQL, SQL or
    /// Opportunity → Disqualified, reason required). The stage is changed with a conditional UPDATE (only from the stage
    /// read), so two people clicking at once cannot both succeed; the history records the person's name and directory id
    /// and <paramref name="via"/> ("Teams", a CRM's name); the lead event goes to the webhooks in the same transaction. A
    /// claim's owner is <paramref name="owner"/> when given (a CRM names the sales person), else the person acting.
    /// </summary>
    public async Task<SalesActionResult> ApplySalesActionAsync(
        Guid leadId, SalesAction action, string person, string? personId, string? reason, DateTimeOffset at, CancellationToken cancellationToken,
        string via = "Teams", string? owner = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        owner = string.IsNullOrWhiteSpace(owner) ? person : owner.Trim();
        if (SalesStageRules.MissingInput(action, owner, reason) is { } missing)
        {
            return new SalesActionResult(missing, await FindAsync(leadId, cancellationToken).ConfigureAwait(false));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var current = await context.Leads.AsNoTracking().Where(l => l.Id == leadId)
            .Select(l => new { l.Stage })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new SalesActionResult(SalesActionOutcome.NotFound, null);
        }

        var from = current.Stage;
        if (SalesStageRules.Target(action, from) is not { } to)
        {
            return new SalesActionResult(SalesActionOutcome.InvalidTransition, await FindAsync(leadId, cancellationToken).ConfigureAwait(false));
        }

        // Read outside, write inside: the conditional UPDATE (stage still as read) is the guard against a concurrent click.
        owner = owner.Length > 256 ? owner[..256] : owner;
        var actor = person.Length > 256 ? person[..256] : person;
        var actorId = personId is { Length: > 128 } ? personId[..128] : personId;
        // The owner's directory id is known only when the owner is the person acting (a Teams click).
        var ownerId = owner == person ? actorId : null;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int updated;
        if (action == SalesAction.Claim)
        {
            updated = await context.Leads
                .Where(l => l.Id == leadId && l.Stage == from)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(l => l.Stage, to)
                    .SetProperty(l => l.Owner, owner)
                    .SetProperty(l => l.OwnerId, ownerId)
                    .SetProperty(l => l.UpdatedAt, at), cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            updated = await context.Leads
                .Where(l => l.Id == leadId && l.Stage == from)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(l => l.Stage, to)
                    .SetProperty(l => l.UpdatedAt, at), cancellationToken)
                .ConfigureAwait(false);
        }

        if (updated != 1)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new SalesActionResult(SalesActionOutcome.InvalidTransition, await FindAsync(leadId, cancellationToken).ConfigureAwait(false));
        }

        var change = new StageChange
        {
            LeadId = leadId,
            From = from,
            To = to,
            At = at,
            ChangedBy = actor,
            ChangedById = actorId,
            Reason = SalesStageRules.ReasonOf(action, reason, via),
        };
        context.StageChanges.Add(change);
        var events = leadEvents?.HasSubscribers(LeadEventTypes.StageChanged) == true
            ? leadEvents.For(LeadEventTypes.StageChanged,
                await context.Leads.AsNoTracking().FirstAsync(l => l.Id == leadId, cancellationToken).ConfigureAwait(false), change, at)
            : [];
        context.AddRange(events);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (events.Count > 0)
        {
            leadEvents!.Signal.Notify();
        }

        return new SalesActionResult(SalesActionOutcome.Applied, await FindAsync(leadId, cancellationToken).ConfigureAwait(false));
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
        lead.PhoneDisplay = lead.Phone is null || string.IsNullOrWhiteSpace(a.PhoneDisplay) ? lead.Phone : a.PhoneDisplay.Trim();

        lead.NeedKey = a.NeedKey;
        lead.NeedText = a.NeedText;
        lead.NeedVerbatim = a.NeedVerbatim;
        lead.AuthorityKey = a.AuthorityKey;
        lead.AuthorityText = a.AuthorityText;

        lead.BudgetAmount = a.BudgetAmount;
        lead.BudgetMinimum = a.BudgetMinimum;
        lead.BudgetMaximum = a.BudgetMaximum;
        lead.BudgetCurrency = a.BudgetCurrency;
        lead.BudgetPeriod = a.BudgetPeriod;
        lead.BudgetUnknown = a.BudgetUnknown;
        lead.BudgetUndecided = a.BudgetUndecided;
        lead.BudgetNone = a.BudgetNone;
        lead.BudgetText = a.BudgetText;

        lead.TimelineStart = a.TimelineStart;
        lead.TimelineTimex = a.TimelineTimex;
        lead.TimelineUnknown = a.TimelineUnknown;
        lead.TimelineVague = a.TimelineVague;
        lead.TimelineText = a.TimelineText;

        lead.Score = submission.Qualification.Score;
        lead.PolicyVersion = submission.Qualification.PolicyVersion;
        lead.AnsweredAt = submission.At;
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
        lead.Source = new LeadSource
        {
            ChannelId = source.ChannelId,
            PageUrl = source.PageUrl,
            Referrer = source.Referrer,
            Campaign = source.Campaign,
            CampaignSource = source.CampaignSource,
            CampaignMedium = source.CampaignMedium,
            CampaignTerm = source.CampaignTerm,
            CampaignContent = source.CampaignContent,
        };
    }
}
