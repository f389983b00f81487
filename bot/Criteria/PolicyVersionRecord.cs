using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// One published version of the qualification policy: the whole policy as JSON, who published it, when and why, and
/// what changed against the version before. Versions are only ever added: a rollback is a new version with an earlier
/// version's policy, so the table is the complete history.
/// </summary>
public sealed class PolicyVersionRecord
{
    public const int MaxNoteLength = 2000;
    public const int MaxAuthorLength = 256;

    /// <summary>1, 2, 3 …; the highest is in force.</summary>
    public int Version { get; set; }

    public string PolicyJson { get; set; } = "";

    /// <summary>What changed against the version before, as JSON (a list of <see cref="PolicyChange"/>); empty list for version 1.</summary>
    public string ChangesJson { get; set; } = "[]";

    public PolicyVersionKind Kind { get; set; }

    /// <summary>For a rollback: the version whose policy it restores.</summary>
    public int? RestoresVersion { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Why the change was made (required for every change and rollback).</summary>
    public string Note { get; set; } = "";
}

public enum PolicyVersionKind
{
    /// <summary>Version 1: the policy of appsettings.json when the table was empty.</summary>
    Initial = 0,
    Change = 1,
    Rollback = 2,
}

/// <summary>One changed setting: its configuration key ("Qualification:Budget:Minimum") and the values as JSON text.</summary>
public sealed record PolicyChange(string Key, string? From, string? To);

/// <summary>The EF mapping of the criteria tables (called from <c>LeadBotDbContext.OnModelCreating</c>).</summary>
public static class CriteriaModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var version = modelBuilder.Entity<PolicyVersionRecord>();
        version.ToTable("PolicyVersions");
        version.HasKey(v => v.Version);
        version.Property(v => v.Version).ValueGeneratedNever();
        version.Property(v => v.PolicyJson).IsRequired();
        version.Property(v => v.ChangesJson).IsRequired();
        version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        version.Property(v => v.CreatedBy).HasMaxLength(PolicyVersionRecord.MaxAuthorLength).IsRequired();
        version.Property(v => v.Note).HasMaxLength(PolicyVersionRecord.MaxNoteLength).IsRequired();
    }
}
