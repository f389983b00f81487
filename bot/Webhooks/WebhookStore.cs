using LeadBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Webhooks;

/// <summary>
/// The webhook outbox on EF Core with the lease protocol of the Teams outbox: every state change is a conditional UPDATE,
/// so several instances on one database never deliver one event twice (only the lease holder can mark it delivered or
/// reschedule it). Per lead and receiver, events go out in the order they happened: an event is due only when no earlier
/// one of the same lead for the same receiver is still waiting (a dead-lettered one no longer holds the others up).
/// </summary>
public sealed class WebhookStore(IDbContextFactory<LeadBotDbContext> contextFactory)
{
    public async Task<IReadOnlyList<WebhookDelivery>> GetDueAsync(DateTimeOffset now, int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var deliveries = context.Set<WebhookDelivery>();
        return await deliveries.AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.DeadAt == null && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .Where(d => !deliveries.Any(e => e.LeadId == d.LeadId && e.Webhook == d.Webhook && e.Id < d.Id && e.DeliveredAt == null && e.DeadAt == null))
            .OrderBy(d => d.Id)
            .Take(take)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<bool> TryLeaseAsync(long id, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var updated = await context.Set<WebhookDelivery>()
            .Where(d => d.Id == id && d.DeliveredAt == null && d.DeadAt == null && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LockedBy, owner).SetProperty(d => d.LockedUntil, until), cancellationToken)
            .ConfigureAwait(false);
        return updated == 1;
    }

    /// <summary>Records the delivery once (only the lease holder can) and removes the payload: the receiver has it.</summary>
    public async Task<bool> MarkDeliveredAsync(long id, string owner, DateTimeOffset at, int status, int durationMs, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await context.Set<WebhookDelivery>()
            .Where(d => d.Id == id && d.DeliveredAt == null && d.LockedBy == owner)
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.DeliveredAt, at)
                .SetProperty(d => d.Payload, "")
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LastStatus, status)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.LockedBy, (string?)null)
                .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
        if (updated == 1)
        {
            context.Add(new WebhookAttempt { DeliveryId = id, At = at, Status = status, DurationMs = durationMs });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated == 1;
    }

    /// <summary>A failed attempt: counts it, logs it, releases the lease and schedules the next try, or dead-letters the
    /// event when <paramref name="dead"/>.</summary>
    public async Task RecordFailureAsync(long id, string owner, DateTimeOffset at, DateTimeOffset next, bool dead, int? status, string error, int durationMs,
        CancellationToken cancellationToken)
    {
        var cut = error.Length > 1024 ? error[..1024] : error;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await context.Set<WebhookDelivery>()
            .Where(d => d.Id == id && d.DeliveredAt == null && d.LockedBy == owner)
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.DeadAt, dead ? at : (DateTimeOffset?)null)
                .SetProperty(d => d.LastStatus, status)
                .SetProperty(d => d.LastError, cut)
                .SetProperty(d => d.LockedBy, (string?)null)
                .SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
        if (updated == 1)
        {
            context.Add(new WebhookAttempt { DeliveryId = id, At = at, Status = status, Error = cut, DurationMs = durationMs });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a dead-lettered event again with a fresh set of attempts; false when it is not dead-lettered.</summary>
    public async Task<bool> RetryDeadAsync(long id, string who, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await context.Set<WebhookDelivery>()
            .Where(d => d.Id == id && d.DeadAt != null && d.DeliveredAt == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(d => d.DeadAt, (DateTimeOffset?)null)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now), cancellationToken)
            .ConfigureAwait(false);
        if (updated == 1)
        {
            context.Add(new WebhookAttempt { DeliveryId = id, At = now, RetriedBy = who.Length > 256 ? who[..256] : who });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated == 1;
    }

    public async Task ReleaseLeasesAsync(string owner, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.Set<WebhookDelivery>()
            .Where(d => d.DeliveredAt == null && d.LockedBy == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LockedBy, (string?)null).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The delivery log for the dashboard, newest first: dead-lettered, waiting or delivered events (no payloads).</summary>
    public async Task<IReadOnlyList<WebhookDeliveryView>> ListAsync(WebhookDeliveryState state, int take, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = context.Set<WebhookDelivery>().AsNoTracking();
        query = state switch
        {
            WebhookDeliveryState.Dead => query.Where(d => d.DeadAt != null && d.DeliveredAt == null),
            WebhookDeliveryState.Pending => query.Where(d => d.DeadAt == null && d.DeliveredAt == null),
            _ => query.Where(d => d.DeliveredAt != null),
        };
        return await query.OrderByDescending(d => d.Id).Take(take)
            .Select(d => new WebhookDeliveryView(d.Id, d.EventId, d.Webhook, d.EventType, d.LeadId, d.CreatedAt, d.Attempts, d.NextAttemptAt,
                d.DeliveredAt, d.DeadAt, d.LastStatus, d.LastError))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The attempts of one delivery, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookAttempt>> AttemptsAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.Set<WebhookAttempt>().AsNoTracking().Where(a => a.DeliveryId == id).OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}

public enum WebhookDeliveryState
{
    Dead,
    Pending,
    Delivered,
}

/// <summary>A delivery as the dashboard lists it: no payload (no personal data).</summary>
public sealed record WebhookDeliveryView(
    long Id, Guid EventId, string Webhook, string EventType, Guid LeadId, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset? DeadAt, int? LastStatus, string? LastError);
