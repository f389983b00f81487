using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

/// <summary>The data-subject rights on the lead tables: find, erase (with history and pending notifications), withdraw.</summary>
public sealed class EfPersonalDataStore(
    IDbContextFactory<LeadBotDbContext> contexts,
    IOptions<PrivacyOptions> options,
    TimeProvider clock,
    ILogger<EfPersonalDataStore> logger) : IPersonalDataStore
{
    public async Task<IReadOnlyList<Lead>> FindAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Matching(db, subject).Include(l => l.History).AsNoTracking()
            .OrderBy(l => l.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<ErasureResult> EraseAsync(PersonalDataSubject subject, string requestedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await Matching(db, subject).Select(l => l.Id).ToListAsync(cancellationToken);
        var changes = await db.Set<StageChange>().CountAsync(c => ids.Contains(c.LeadId), cancellationToken);
        var notifications = await db.Outbox.CountAsync(o => ids.Contains(o.LeadId), cancellationToken);
        await db.Outbox.Where(o => ids.Contains(o.LeadId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StageChange>().Where(c => ids.Contains(c.LeadId)).ExecuteDeleteAsync(cancellationToken);
        await db.Leads.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await CompactAsync(db, cancellationToken);
        logger.LogInformation("Erased {Leads} lead(s), {Changes} stage change(s), {Notifications} notification(s) on request of {RequestedBy}",
            ids.Count, changes, notifications, requestedBy);
        return new ErasureResult(ids.Count, changes, notifications);
    }

    public async Task<ErasureResult> WithdrawConsentAsync(PersonalDataSubject subject, string channelId, CancellationToken cancellationToken)
    {
        if (options.Value.OnWithdrawal == WithdrawalHandling.Erase)
        {
            return await EraseAsync(subject, "prospect (consent withdrawn)", cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leads = await Matching(db, subject).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var lead in leads)
        {
            lead.Name = "";
            lead.Email = null;
            lead.Phone = null;
            lead.Company = "";
            lead.UserKey = "anonymized:" + lead.Id.ToString("N");
            lead.NeedText = lead.NeedKey is null ? null : lead.NeedText;
            lead.BudgetText = null;
            lead.TimelineText = null;
            lead.Owner = null;
            lead.OwnerId = null;
            lead.MoveTo(LeadStage.Disqualified, StageActor.Bot, null, "Consent withdrawn; contact data removed.", now);
        }

        var notifications = await db.Outbox.Where(o => leads.Select(l => l.Id).Contains(o.LeadId)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await CompactAsync(db, cancellationToken);
        logger.LogInformation("Anonymized {Leads} lead(s) after a consent withdrawal on channel {Channel}", leads.Count, channelId);
        return new ErasureResult(leads.Count, 0, notifications);
    }

    private static IQueryable<Lead> Matching(LeadBotDbContext db, PersonalDataSubject subject)
    {
        var email = LeadBotDbContext.NormalizeEmail(subject.Email);
        var userKey = string.IsNullOrWhiteSpace(subject.UserKey) ? null : subject.UserKey;
        return db.Leads.Where(l =>
            (subject.LeadId != null && l.Id == subject.LeadId)
            || (userKey != null && l.UserKey == userKey)
            || (email != null && EF.Property<string?>(l, LeadBotDbContext.NormalizedEmailColumn) == email));
    }

    /// <summary>On SQLite, moves the write-ahead log into the file and truncates it, so erased rows are gone from the disk.</summary>
    private static async Task CompactAsync(LeadBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
    }
}
