using System.Text.Json;
using LeadBot.Bot.Teams;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The bot's database: leads with their stage history, and the Bot Framework conversation/user state (table BotState).
/// Provider-neutral; the provider-specific subclasses <see cref="SqliteLeadBotDbContext"/> and
/// <see cref="PostgreSqlLeadBotDbContext"/> own the migrations of their provider.
/// </summary>
public abstract class LeadBotDbContext : DbContext
{
    /// <summary>Shadow column of <see cref="Lead"/>: the e-mail lower-cased and trimmed, unique when not null.</summary>
    public const string NormalizedEmailColumn = "NormalizedEmail";

    private static readonly JsonSerializerOptions BreakdownJson = new(JsonSerializerDefaults.General);

    protected LeadBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<BotStateRecord> BotState => Set<BotStateRecord>();

    public DbSet<TeamsInstallation> TeamsInstallations => Set<TeamsInstallation>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<ShownLeadCard> ShownLeadCards => Set<ShownLeadCard>();

    public DbSet<Handoff.ProspectChat> ProspectChats => Set<Handoff.ProspectChat>();

    public DbSet<Handoff.LiveChat> LiveChats => Set<Handoff.LiveChat>();

    public DbSet<Handoff.LiveChatMessage> LiveChatMessages => Set<Handoff.LiveChatMessage>();

    /// <summary>Whether <paramref name="database"/> is on PostgreSQL, by the provider's name: unlike Npgsql's
    /// <c>IsNpgsql()</c> this does not load the PostgreSQL provider's assemblies into a bot that runs on SQLite.</summary>
    public static bool IsPostgreSql(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        string.Equals(database.ProviderName, "Npgsql.EntityFrameworkCore.PostgreSQL", StringComparison.Ordinal);

    /// <summary>The form of an e-mail address used to recognize a returning prospect: trimmed, lower-case; null when empty.</summary>
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!PrepareSave())
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!PrepareSave())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureLead(modelBuilder.Entity<Lead>());
        ConfigureStageChange(modelBuilder.Entity<StageChange>());
        ConfigureBotState(modelBuilder.Entity<BotStateRecord>());
        ConfigureTeamsInstallation(modelBuilder.Entity<TeamsInstallation>());
        ConfigureOutbox(modelBuilder.Entity<OutboxMessage>());
        modelBuilder.ApplyConfiguration(new ShownLeadCardConfiguration());
        Privacy.PrivacyModel.Configure(modelBuilder);
        Handoff.LiveChatModel.Configure(modelBuilder);
        Funnel.FunnelModel.Configure(modelBuilder);
        Criteria.CriteriaModel.Configure(modelBuilder);
        Webhooks.WebhookModel.Configure(modelBuilder);
    }

    /// <summary>
    /// Detects changes once (when automatic detection is on), sets the normalized e-mail of the added and modified leads,
    /// and turns automatic detection off so the base SaveChanges does not scan the tracked entities a second time.
    /// Returns whether detection was turned off (the caller turns it back on).
    /// </summary>
    /// <remarks>Consequence: a SavingChanges handler or SaveChanges interceptor (none exists) runs after the detection and
    /// would have to change entities through the change tracker (or call DetectChanges) to be seen.</remarks>
    private bool PrepareSave()
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            SyncNormalizedEmails();
        }
        catch
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            throw;
        }

        return autoDetect;
    }

    /// <summary>Only added and modified leads (after change detection): setting the shadow property marks it modified
    /// right away, so no second detection is needed.</summary>
    private void SyncNormalizedEmails()
    {
        foreach (var entry in ChangeTracker.Entries<Lead>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var property = entry.Property<string?>(NormalizedEmailColumn);
                var normalized = NormalizeEmail(entry.Entity.Email);
                if (!string.Equals(property.CurrentValue, normalized, StringComparison.Ordinal))
                {
                    property.CurrentValue = normalized;
                }
            }
        }
    }

    private static void ConfigureLead(EntityTypeBuilder<Lead> lead)
    {
        lead.ToTable("Leads");
        lead.HasKey(l => l.Id);
        lead.Property(l => l.Id).ValueGeneratedNever();
        lead.Property(l => l.UserKey).HasMaxLength(512).IsRequired();
        lead.Property(l => l.Name).IsRequired();
        lead.Property(l => l.Email).HasMaxLength(320);
        lead.Property<string?>(NormalizedEmailColumn).HasMaxLength(320);
        lead.Property(l => l.Company).IsRequired();
        lead.Property(l => l.Locale).HasMaxLength(32).IsRequired();
        lead.Property(l => l.Stage).HasConversion<string>().HasMaxLength(32);
        lead.Property(l => l.PhoneDisplay).HasMaxLength(64);
        lead.Property(l => l.BudgetPeriod).HasConversion<string>().HasMaxLength(16);

        lead.Property(l => l.ScoreBreakdown)
            .HasColumnName("ScoreBreakdown")
            .HasConversion(
                v => JsonSerializer.Serialize(v, BreakdownJson),
                v => JsonSerializer.Deserialize<List<ScoreItem>>(v, BreakdownJson) ?? new List<ScoreItem>(),
                new ValueComparer<List<ScoreItem>>(
                    (a, b) => JsonSerializer.Serialize(a, BreakdownJson) == JsonSerializer.Serialize(b, BreakdownJson),
                    v => JsonSerializer.Serialize(v, BreakdownJson).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<ScoreItem>>(JsonSerializer.Serialize(v, BreakdownJson), BreakdownJson)!))
            .IsRequired();

        lead.ComplexProperty(l => l.Consent, c =>
        {
            c.Property(x => x.TextVersion).HasMaxLength(64);
            c.Property(x => x.TextHash).HasMaxLength(128);
        });
        lead.ComplexProperty(l => l.Source);

        lead.HasMany(l => l.History)
            .WithOne()
            .HasForeignKey(h => h.LeadId)
            .OnDelete(DeleteBehavior.Cascade);

        lead.HasIndex(NormalizedEmailColumn).IsUnique();
        lead.HasIndex(l => l.UserKey);
        lead.HasIndex(l => l.Stage);
        lead.HasIndex(l => l.CreatedAt);
    }

    private static void ConfigureStageChange(EntityTypeBuilder<StageChange> change)
    {
        change.ToTable("StageChanges");
        change.HasKey(h => h.Id);
        change.Property(h => h.Id).ValueGeneratedOnAdd();
        change.Property(h => h.From).HasConversion<string>().HasMaxLength(32);
        change.Property(h => h.To).HasConversion<string>().HasMaxLength(32);
        change.Property(h => h.ChangedBy).HasMaxLength(256).IsRequired();
        change.Property(h => h.ChangedById).HasMaxLength(128);
        change.Property(h => h.Reason).IsRequired();
        change.HasIndex(h => h.LeadId);
    }

    private static void ConfigureTeamsInstallation(EntityTypeBuilder<TeamsInstallation> team)
    {
        team.ToTable("TeamsInstallations");
        team.HasKey(t => t.TeamId);
        team.Property(t => t.TeamId).HasMaxLength(256);
        team.Property(t => t.TeamName).HasMaxLength(512).IsRequired();
        team.Property(t => t.TenantId).HasMaxLength(128).IsRequired();
        team.Property(t => t.ServiceUrl).HasMaxLength(1024).IsRequired();
        team.Property(t => t.BotId).HasMaxLength(256).IsRequired();
        team.Property(t => t.BotName).HasMaxLength(256).IsRequired();
        team.Property(t => t.Channels)
            .HasColumnName("Channels")
            .HasConversion(
                v => JsonSerializer.Serialize(v, BreakdownJson),
                v => JsonSerializer.Deserialize<List<TeamsChannelRecord>>(v, BreakdownJson) ?? new List<TeamsChannelRecord>(),
                new ValueComparer<List<TeamsChannelRecord>>(
                    (a, b) => JsonSerializer.Serialize(a, BreakdownJson) == JsonSerializer.Serialize(b, BreakdownJson),
                    v => JsonSerializer.Serialize(v, BreakdownJson).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<TeamsChannelRecord>>(JsonSerializer.Serialize(v, BreakdownJson), BreakdownJson)!))
            .IsRequired();
        team.HasIndex(t => t.InstalledAt);
    }

    private static void ConfigureOutbox(EntityTypeBuilder<OutboxMessage> outbox)
    {
        outbox.ToTable("Outbox");
        outbox.HasKey(o => o.Id);
        outbox.Property(o => o.Id).ValueGeneratedOnAdd();
        outbox.Property(o => o.Kind).HasMaxLength(64).IsRequired();
        outbox.Property(o => o.LockedBy).HasMaxLength(128);
        outbox.Property(o => o.LastError).HasMaxLength(1024);
        outbox.Property(o => o.ServiceUrl).HasMaxLength(1024);
        outbox.Property(o => o.ChannelId).HasMaxLength(256);
        outbox.Property(o => o.ConversationId).HasMaxLength(512);
        outbox.Property(o => o.ActivityId).HasMaxLength(256);
        outbox.HasOne<Lead>()
            .WithMany()
            .HasForeignKey(o => o.LeadId)
            .OnDelete(DeleteBehavior.Cascade);

        // One notification of a kind per lead: a lead becomes MQL (and is announced) only once.
        outbox.HasIndex(o => new { o.LeadId, o.Kind }).IsUnique();
        outbox.HasIndex(o => new { o.SentAt, o.NextAttemptAt });
    }

    private static void ConfigureBotState(EntityTypeBuilder<BotStateRecord> state)
    {
        state.ToTable("BotState");
        state.HasKey(s => s.Key);
        state.Property(s => s.Key).HasMaxLength(BotStateRecord.MaxKeyLength);
        state.Property(s => s.Json).IsRequired();
        state.Property(s => s.ETag).HasMaxLength(64).IsRequired();
    }
}

/// <summary>One Bot Framework state item: the Newtonsoft JSON (with type names), its ETag and when it was written.</summary>
public sealed class BotStateRecord
{
    public const int MaxKeyLength = 1024;

    public string Key { get; set; } = "";
    public string Json { get; set; } = "";
    public string ETag { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// SQLite: DateTimeOffset is stored as UTC ticks (INTEGER), because SQLite cannot compare or sort the default text form.
/// The offset is not kept; values read back are UTC (the same instant).
/// </summary>
public sealed class SqliteLeadBotDbContext(DbContextOptions<SqliteLeadBotDbContext> options) : LeadBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

/// <summary>PostgreSQL: DateTimeOffset is stored as timestamptz, normalized to UTC (Npgsql only writes offset 0).</summary>
public sealed class PostgreSqlLeadBotDbContext(DbContextOptions<PostgreSqlLeadBotDbContext> options) : LeadBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
    }

    private sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v.ToUniversalTime());
}
