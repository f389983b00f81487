using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Privacy;

/// <summary>A consent withdrawal, recorded without personal data: when, on which channel, which consent text, what was done.</summary>
public sealed class ConsentWithdrawal
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string ChannelId { get; set; } = "";
    public string ConsentVersion { get; set; } = "";
    public int LeadsAffected { get; set; }
    public WithdrawalHandling Handling { get; set; }
}

/// <summary>What a privacy audit entry records.</summary>
public enum PrivacyAction
{
    Export,
    Erase,
    Withdraw,
    RetentionPurge,
}

/// <summary>
/// One entry of the privacy audit log: who (the admin's self-declared name, "sales-api-key", "prospect" or
/// "retention-job"), what, when, which lead ids and how many rows. Never names, e-mails, phones, companies or their hashes.
/// </summary>
public sealed class PrivacyAuditEntry
{
    public const int MaxActorLength = 100;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public PrivacyAction Action { get; set; }

    /// <summary>The ids of the leads concerned, comma-separated GUIDs ("N" format is not used: the standard form is searchable).</summary>
    public string LeadIds { get; set; } = "";

    public int Leads { get; set; }
    public int StageChanges { get; set; }
    public int Notifications { get; set; }
    public int BotStates { get; set; }
    public int AuditEntries { get; set; }

    public IReadOnlyList<Guid> LeadIdList() =>
        LeadIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Guid.Parse).ToList();
}

/// <summary>The privacy tables of <see cref="Storage.LeadBotDbContext"/>: ConsentWithdrawals and PrivacyAudit.</summary>
public static class PrivacyModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        var withdrawal = modelBuilder.Entity<ConsentWithdrawal>();
        withdrawal.ToTable("ConsentWithdrawals");
        withdrawal.HasKey(w => w.Id);
        withdrawal.Property(w => w.Id).ValueGeneratedOnAdd();
        withdrawal.Property(w => w.ChannelId).HasMaxLength(256).IsRequired();
        withdrawal.Property(w => w.ConsentVersion).HasMaxLength(64).IsRequired();
        withdrawal.Property(w => w.Handling).HasConversion<string>().HasMaxLength(32);
        withdrawal.HasIndex(w => w.At);

        var audit = modelBuilder.Entity<PrivacyAuditEntry>();
        audit.ToTable("PrivacyAudit");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).ValueGeneratedOnAdd();
        audit.Property(a => a.Actor).HasMaxLength(PrivacyAuditEntry.MaxActorLength).IsRequired();
        audit.Property(a => a.Action).HasConversion<string>().HasMaxLength(32);
        audit.Property(a => a.LeadIds).IsRequired();
        audit.HasIndex(a => a.At);
    }
}
