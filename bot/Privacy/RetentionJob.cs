using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

/// <summary>What one retention run deleted.</summary>
public sealed record RetentionResult(IReadOnlyList<Guid> LeadIds, int StageChanges, int Notifications, int BotStates, int AuditEntries, int LiveChats = 0)
{
    public bool DeletedAnything => LeadIds.Count + StageChanges + Notifications + BotStates + AuditEntries + LiveChats > 0;
}

/// <summary>
/// Enforces <see cref="RetentionOptions"/> once: erases leads that never reached MQL (stage Lead, no MQL, SQL or
/// Opportunity in their history) and disqualified leads whose last change is older than UnqualifiedLeadDays, with their
/// history, notifications and live chats (anonymized leads, which hold no personal data, stay); deletes bot state
/// (conversation and user state) not written for AbandonedConversationDays, and the website conversations (with their
/// live chats) of prospects without a lead not seen for as long; deletes audit entries older than AuditLogDays. A run that
/// deleted something is audited as <see cref="PrivacyAction.RetentionPurge"/>. Idempotent; safe on several instances.
/// </summary>
public sealed class RetentionJob(
    IDbContextFactory<LeadBotDbContext> contexts,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionJob> logger)
{
    public const string Actor = "retention-job";
    private const int Batch = 500;

    public async Task<RetentionResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var leadCutoff = now.AddDays(-settings.UnqualifiedLeadDays);
        var stateCutoff = now.AddDays(-settings.AbandonedConversationDays);
        var auditCutoff = now.AddDays(-settings.AuditLogDays);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Leads
            .Where(l => l.UpdatedAt < leadCutoff
                && !l.UserKey.StartsWith(EfPersonalDataStore.AnonymizedUserKeyPrefix)
                && (l.Stage == LeadStage.Disqualified
                    || (l.Stage == LeadStage.Lead && !db.StageChanges.Any(c => c.LeadId == l.Id
                        && (c.To == LeadStage.Mql || c.To == LeadStage.Sql || c.To == LeadStage.Opportunity)))))
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);

        int changes = 0, notifications = 0, chats = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var leads = await db.Leads.AsNoTracking().Where(l => chunk.Contains(l.Id)).ToListAsync(cancellationToken);
            chats += (await Handoff.LiveChatPersonalData.EraseInAsync(db, EfPersonalDataStore.UserKeysOf(null, leads.Select(l => l.UserKey)), chunk, cancellationToken,
                EfPersonalDataStore.ConversationKeysOf(null, leads))).Count;
            var (c, n) = await EfPersonalDataStore.DeleteLeadsAsync(db, chunk, cancellationToken);
            changes += c;
            notifications += n;
        }

        chats += await Handoff.LiveChatPersonalData.ExpireAsync(db, stateCutoff, cancellationToken);
        var states = await db.BotState.Where(s => s.UpdatedAt < stateCutoff).ExecuteDeleteAsync(cancellationToken);
        var audits = await db.Set<PrivacyAuditEntry>().Where(a => a.At < auditCutoff).ExecuteDeleteAsync(cancellationToken);
        var result = new RetentionResult(ids, changes, notifications, states, audits, chats);
        if (result.DeletedAnything)
        {
            db.Add(PrivacyAudit.Entry(now, Actor, PrivacyAction.RetentionPurge, ids, ids.Count, changes, notifications, states, audits));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (result.DeletedAnything)
        {
            if (!await EfPersonalDataStore.CompactAsync(db, cancellationToken))
            {
                logger.LogWarning("Retention: the write-ahead log could not be truncated (the database stayed busy); deleted rows stay in it until the next checkpoint.");
            }

            logger.LogInformation("Retention: deleted {Leads} lead(s), {Changes} stage change(s), {Notifications} notification(s), {States} state item(s), {Audits} audit entries, {Chats} website conversation(s) or live chat(s)",
                ids.Count, changes, notifications, states, audits, chats);
        }

        return result;
    }
}

/// <summary>Runs <see cref="RetentionJob"/> every Retention:RunEveryMinutes on the injected clock (first run one period after start).</summary>
public sealed class RetentionService(RetentionJob job, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMinutes(options.Value.RunEveryMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, stoppingToken);
                await job.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed run (database briefly unavailable) must not stop the schedule.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError("Retention run failed: {ExceptionType}", exception.GetType().FullName);
            }
        }
    }
}
