using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Webhooks;

/// <summary>The lead event types sent to webhooks.</summary>
public static class LeadEventTypes
{
    public const string Created = "lead.created";
    public const string StageChanged = "lead.stage_changed";

    public static readonly string[] All = [Created, StageChanged];
}

/// <summary>
/// One lead event for one receiver: the transactional outbox row (written in the same transaction as the lead or stage
/// change it announces), leased by one instance at a time while it is sent, retried with backoff, delivered once or
/// dead-lettered after <see cref="WebhookOptions.MaxAttempts"/>. <see cref="Payload"/> holds the lead's contact and answers
/// (what a CRM needs) until the receiver took it; it is then removed, and the row stays as the delivery log entry.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    /// <summary>The event's id, the same for every receiver of one event (receivers de-duplicate on it).</summary>
    public Guid EventId { get; set; }

    public string Webhook { get; set; } = "";
    public string EventType { get; set; } = "";
    public Guid LeadId { get; set; }

    /// <summary>The JSON body, signed and sent as it is on every attempt; empty once delivered.</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Set when the attempts ran out: the event waits in the dead-letter list until someone retries it.</summary>
    public DateTimeOffset? DeadAt { get; set; }

    /// <summary>The receiver's last HTTP status, or null when it could not be reached.</summary>
    public int? LastStatus { get; set; }

    /// <summary>What went wrong last (status, error type; never the payload).</summary>
    public string? LastError { get; set; }
}

/// <summary>One attempt to deliver an event (the delivery log): when, the answer, how long it took. No personal data.</summary>
public sealed class WebhookAttempt
{
    public long Id { get; set; }
    public long DeliveryId { get; set; }
    public DateTimeOffset At { get; set; }
    public int? Status { get; set; }
    public string? Error { get; set; }
    public int DurationMs { get; set; }

    /// <summary>Who retried a dead-lettered event by hand (an entry without a send), else null.</summary>
    public string? RetriedBy { get; set; }
}

/// <summary>The EF mapping of the webhook tables (called from <c>LeadBotDbContext.OnModelCreating</c>).</summary>
public static class WebhookModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var delivery = modelBuilder.Entity<WebhookDelivery>();
        delivery.ToTable("WebhookDeliveries");
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Id).ValueGeneratedOnAdd();
        delivery.Property(d => d.Webhook).HasMaxLength(64).IsRequired();
        delivery.Property(d => d.EventType).HasMaxLength(64).IsRequired();
        delivery.Property(d => d.Payload).IsRequired();
        delivery.Property(d => d.LockedBy).HasMaxLength(128);
        delivery.Property(d => d.LastError).HasMaxLength(1024);
        // Erasing a lead erases its events (the payloads hold its contact data) and their log.
        delivery.HasOne<Lead>().WithMany().HasForeignKey(d => d.LeadId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasIndex(d => new { d.DeliveredAt, d.DeadAt, d.NextAttemptAt });
        delivery.HasIndex(d => new { d.LeadId, d.Webhook });
        delivery.HasIndex(d => d.EventId);

        var attempt = modelBuilder.Entity<WebhookAttempt>();
        attempt.ToTable("WebhookAttempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).ValueGeneratedOnAdd();
        attempt.Property(a => a.Error).HasMaxLength(1024);
        attempt.Property(a => a.RetriedBy).HasMaxLength(256);
        attempt.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        attempt.HasIndex(a => a.DeliveryId);
    }
}
