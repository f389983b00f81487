using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Teams data on EF Core: the teams the bot is installed in, and the notification outbox with its lease protocol.
/// Every outbox state change is a conditional UPDATE, so several bot instances on one database never deliver one
/// notification twice: only the instance that holds the lease (<see cref="OutboxMessage.LockedBy"/>, not expired) can
/// mark it sent or reschedule it.
/// </summary>
public sealed class TeamsStore(IDbContextFactory<LeadBotDbContext> contextFactory, OutboxSignal signal)
{
    // ---- installations ----

    /// <summary>Creates or updates the installation of <paramref name="installation"/>.TeamId (keeps InstalledAt of an existing one).</summary>
    public async Task SaveInstallationAsync(TeamsInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var existing = await context.TeamsInstallations.FirstOrDefaultAsync(t => t.TeamId == installation.TeamId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            context.TeamsInstallations.Add(installation);
        }
        else
        {
            existing.TeamName = installation.TeamName;
            existing.TenantId = installation.TenantId;
            existing.ServiceUrl = installation.ServiceUrl;
            existing.BotId = installation.BotId;
            existing.BotName = installation.BotName;
            existing.Channels = installation.Channels;
            existing.UpdatedAt = installation.UpdatedAt;
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        signal.NotifyInstalled();
    }

    /// <summary>Applies <paramref name="change"/> to the stored installation of <paramref name="teamId"/>, if any.</summary>
    public async Task<bool> UpdateInstallationAsync(string teamId, Action<TeamsInstallation> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var existing = await context.TeamsInstallations.FirstOrDefaultAsync(t => t.TeamId == teamId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return false;
        }

        change(existing);
        existing.Channels = existing.Channels.ToList(); // a new list, so the change tracker sees the JSON column change
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task RemoveInstallationAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.TeamsInstallations.Where(t => t.TeamId == teamId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>All installations, the most recently installed first.</summary>
    public async Task<IReadOnlyList<TeamsInstallation>> GetInstallationsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var all = await context.TeamsInstallations.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return all.OrderByDescending(t => t.InstalledAt).ThenBy(t => t.TeamId, StringComparer.Ordinal).ToList();
    }

    // ---- outbox ----

    /// <summary>Unsent notifications that are due and not leased by anyone (or whose lease expired), oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> GetDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.Outbox.AsNoTracking()
            .Where(o => o.SentAt == null && o.NextAttemptAt <= now && (o.LockedUntil == null || o.LockedUntil < now))
            .OrderBy(o => o.Id)
            .Take(take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Leases the notification for <paramref name="owner"/> until <paramref name="until"/>; false when another
    /// instance holds it, it was sent meanwhile, or it is not due.</summary>
    public async Task<bool> TryLeaseAsync(long id, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var updated = await context.Outbox
            .Where(o => o.Id == id && o.SentAt == null && o.NextAttemptAt <= now && (o.LockedUntil == null || o.LockedUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.LockedBy, owner).SetProperty(o => o.LockedUntil, until), cancellationToken)
            .ConfigureAwait(false);
        return updated == 1;
    }

    /// <summary>Records the delivery (once): only the lease holder can, and only while unsent.</summary>
    public async Task<bool> MarkSentAsync(long id, string owner, DateTimeOffset at, string serviceUrl, string channelId, string conversationId, string activityId,
        CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var updated = await context.Outbox
            .Where(o => o.Id == id && o.SentAt == null && o.LockedBy == owner)
            .ExecuteUpdateAsync(u => u
                .SetProperty(o => o.SentAt, at)
                .SetProperty(o => o.LockedBy, (string?)null)
                .SetProperty(o => o.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(o => o.ServiceUrl, serviceUrl)
                .SetProperty(o => o.ChannelId, channelId)
                .SetProperty(o => o.ConversationId, conversationId)
                .SetProperty(o => o.ActivityId, activityId)
                .SetProperty(o => o.LastError, (string?)null), cancellationToken)
            .ConfigureAwait(false);
        return updated == 1;
    }

    /// <summary>A failed attempt: counts it, releases the lease and schedules the next try.</summary>
    public async Task ScheduleRetryAsync(long id, string owner, DateTimeOffset next, string error, CancellationToken cancellationToken)
    {
        var cut = error.Length > 1024 ? error[..1024] : error;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.Outbox
            .Where(o => o.Id == id && o.SentAt == null && o.LockedBy == owner)
            .ExecuteUpdateAsync(u => u
                .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                .SetProperty(o => o.NextAttemptAt, next)
                .SetProperty(o => o.LastError, cut)
                .SetProperty(o => o.LockedBy, (string?)null)
                .SetProperty(o => o.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Unsent notifications waiting for a team become due now (called when the bot is installed), and the
    /// worker is woken. The worker leaves notifications due while the bot is in no team; this catches rows that an earlier
    /// version postponed for that reason (it set NextAttemptAt ahead without counting an attempt).</summary>
    public async Task MakeWaitingDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.Outbox
            .Where(o => o.SentAt == null && o.LockedBy == null && o.Attempts == 0 && o.NextAttemptAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.NextAttemptAt, now), cancellationToken)
            .ConfigureAwait(false);
        signal.NotifyInstalled();
    }

    /// <summary>Gives back every lease <paramref name="owner"/> holds (graceful shutdown), so another instance resumes at once.</summary>
    public async Task ReleaseLeasesAsync(string owner, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.Outbox
            .Where(o => o.SentAt == null && o.LockedBy == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.LockedBy, (string?)null).SetProperty(o => o.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The MQL notification of a lead (where its card was posted, once sent), or null.</summary>
    public async Task<OutboxMessage?> FindNotificationAsync(Guid leadId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.Outbox.AsNoTracking()
            .FirstOrDefaultAsync(o => o.LeadId == leadId && o.Kind == OutboxMessage.MqlNotification, cancellationToken)
            .ConfigureAwait(false);
    }

    // ---- which lead a card shows ----

    /// <summary>Records that the message (<paramref name="card"/>.ConversationId, .ActivityId) shows the card of
    /// <paramref name="card"/>.LeadId; a second record of the same message keeps the first.</summary>
    public async Task RecordShownCardAsync(ShownLeadCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await context.ShownLeadCards.AnyAsync(c => c.ConversationId == card.ConversationId && c.ActivityId == card.ActivityId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        context.ShownLeadCards.Add(card);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lead whose card the message (<paramref name="conversationId"/>, <paramref name="activityId"/>) shows:
    /// the MQL card the outbox posted, or a card shown by "show lead"; null for any other message. Conversations are
    /// compared without their ";messageid=…" thread part: Teams names a channel post's conversation either way.</summary>
    public async Task<Guid?> FindLeadOfCardAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var channel = WithoutThread(conversationId);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var posted = await context.Outbox.AsNoTracking()
            .Where(o => o.ActivityId == activityId && o.Kind == OutboxMessage.MqlNotification)
            .Select(o => new { o.ConversationId, o.LeadId })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var shown = await context.ShownLeadCards.AsNoTracking()
            .Where(c => c.ActivityId == activityId)
            .Select(c => new { ConversationId = (string?)c.ConversationId, c.LeadId })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return posted.Concat(shown)
            .Where(c => c.ConversationId is not null && WithoutThread(c.ConversationId) == channel)
            .Select(c => (Guid?)c.LeadId)
            .FirstOrDefault();
    }

    private static string WithoutThread(string conversationId)
    {
        var semicolon = conversationId.IndexOf(';', StringComparison.Ordinal);
        return semicolon < 0 ? conversationId : conversationId[..semicolon];
    }

    // ---- leads for sales ----

    /// <summary>Open MQLs (not yet claimed), oldest first so the longest-waiting lead comes first.</summary>
    public async Task<IReadOnlyList<Lead>> GetOpenMqlsAsync(int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.Leads.AsNoTracking()
            .Where(l => l.Stage == LeadStage.Mql)
            .OrderBy(l => l.CreatedAt)
            .Take(take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>A lead by id, or by e-mail address (case-insensitive), with its history; null when none matches.</summary>
    public async Task<Lead?> FindLeadAsync(string idOrEmail, CancellationToken cancellationToken)
    {
        var key = idOrEmail.Trim();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var leads = LeadQueries.WithOrderedHistory(context.Leads.AsNoTracking());
        if (Guid.TryParse(key.Trim('#', '<', '>'), out var id))
        {
            return await leads.FirstOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false);
        }

        var email = LeadBotDbContext.NormalizeEmail(key.Trim('<', '>'));
        return email is null
            ? null
            : await leads.FirstOrDefaultAsync(l => EF.Property<string?>(l, LeadBotDbContext.NormalizedEmailColumn) == email, cancellationToken).ConfigureAwait(false);
    }
}
