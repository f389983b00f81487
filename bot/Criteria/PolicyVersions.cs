using System.Text.Json;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// The published versions of the qualification policy (table PolicyVersions) and the instance's <see cref="PolicyCache"/>.
/// Version 1 is the policy of appsettings.json, written when the table is empty; every change and rollback adds the next
/// version with who, when, why and what changed. A change names the version it was based on, so two people editing at
/// once cannot overwrite each other: the second gets <see cref="PublishOutcome.Conflict"/>.
/// </summary>
public sealed class PolicyVersions(
    IDbContextFactory<LeadBotDbContext> contextFactory,
    PolicyCache cache,
    QualificationPolicy configured,
    TimeProvider clock,
    ILogger<PolicyVersions> logger)
{
    public const string InitialNote = "appsettings.json";

    /// <summary>Stored policies by version: a version never changes, so each is read and parsed once.</summary>
    private readonly Dictionary<int, QualificationPolicy> _parsed = [];

    public ActivePolicy Current => cache.Current;

    /// <summary>
    /// Start-up: writes version 1 from configuration when the table is empty (several instances starting at once write
    /// it once), then puts the newest version in force. Logs a warning when appsettings.json's policy differs from the
    /// stored version 1: after the first start the workbench, not the file, changes the policy.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await context.Set<PolicyVersionRecord>().AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                context.Set<PolicyVersionRecord>().Add(new PolicyVersionRecord
                {
                    Version = 1,
                    PolicyJson = PolicyJson.Serialize(configured),
                    ChangesJson = "[]",
                    Kind = PolicyVersionKind.Initial,
                    CreatedBy = StageActor.Bot,
                    CreatedAt = clock.GetUtcNow(),
                    Note = InitialNote,
                });
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
                {
                    // Another instance wrote version 1 first.
                }
            }
        }

        var first = await GetAsync(1, cancellationToken).ConfigureAwait(false);
        if (first is not null && PolicyJson.Diff(first.Policy, configured).Count > 0)
        {
            logger.LogWarning(
                "The Qualification section of the configuration differs from the stored policy version 1; the stored versions are in force. Change the criteria in the workbench.");
        }

        await RefreshAsync(cancellationToken, initial: true).ConfigureAwait(false);
    }

    /// <summary>One cheap look for a newer version (the highest version number, an index lookup); loads it when there is one.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken, bool initial = false)
    {
        var latest = await NewestAsync(cancellationToken).ConfigureAwait(false);
        if (latest is not { } version || (!initial && version <= cache.Current.Version))
        {
            return false;
        }

        var policy = await PolicyOfAsync(version, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            return false;
        }

        var changed = cache.Offer(version, policy, initial);
        if (changed)
        {
            logger.LogInformation("Qualification policy version {Version} is in force.", version);
        }

        return changed;
    }

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<PolicyVersionRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.Set<PolicyVersionRecord>().AsNoTracking()
            .OrderByDescending(v => v.Version)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>A stored version with its policy, or null.</summary>
    public async Task<StoredPolicy?> GetAsync(int version, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var record = await context.Set<PolicyVersionRecord>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.Version == version, cancellationToken)
            .ConfigureAwait(false);
        return record is null ? null : new StoredPolicy(record, Parse(record));
    }

    /// <summary>
    /// Publishes <paramref name="policy"/> as the next version: validated exactly as appsettings.json is
    /// (<see cref="QualificationPolicy.Validate"/>), refused when it changes nothing, when no note says why, or when the
    /// newest version is no longer <paramref name="basedOn"/>. In force on this instance at once, on the others with
    /// their next refresh.
    /// </summary>
    public async Task<PublishResult> PublishAsync(QualificationPolicy policy, int basedOn, string author, string note, CancellationToken cancellationToken) =>
        await AppendAsync(policy, basedOn, author, note, PolicyVersionKind.Change, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Puts the policy of an earlier <paramref name="version"/> back in force as the next version.</summary>
    public async Task<PublishResult> RollBackAsync(int version, int basedOn, string author, string note, CancellationToken cancellationToken)
    {
        var earlier = await GetAsync(version, cancellationToken).ConfigureAwait(false);
        if (earlier is null)
        {
            return new PublishResult(PublishOutcome.NotFound, null, [$"There is no policy version {version}."]);
        }

        return await AppendAsync(earlier.Policy, basedOn, author, note, PolicyVersionKind.Rollback, version, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PublishResult> AppendAsync(
        QualificationPolicy policy, int basedOn, string author, string note, PolicyVersionKind kind, int? restores, CancellationToken cancellationToken)
    {
        var errors = new List<string>(policy.Validate());
        note = note?.Trim() ?? "";
        author = author?.Trim() ?? "";
        if (note.Length == 0)
        {
            errors.Add("A note is required: why is the policy changed?");
        }
        else if (note.Length > PolicyVersionRecord.MaxNoteLength)
        {
            errors.Add($"The note must be at most {PolicyVersionRecord.MaxNoteLength} characters.");
        }

        if (author.Length == 0)
        {
            errors.Add("Who changes the policy must be known.");
        }

        if (errors.Count > 0)
        {
            return new PublishResult(PublishOutcome.Invalid, null, errors);
        }

        var based = await GetAsync(basedOn, cancellationToken).ConfigureAwait(false);
        if (based is null)
        {
            return new PublishResult(PublishOutcome.NotFound, null, [$"There is no policy version {basedOn}."]);
        }

        if (await NewestAsync(cancellationToken).ConfigureAwait(false) is { } newer && newer != basedOn)
        {
            return Conflict(newer, basedOn);
        }

        var changes = PolicyJson.Diff(based.Policy, policy);
        if (changes.Count == 0)
        {
            return new PublishResult(PublishOutcome.Invalid, null, [$"The policy is the same as version {basedOn}: nothing to publish."]);
        }

        var record = new PolicyVersionRecord
        {
            Version = basedOn + 1,
            PolicyJson = PolicyJson.Serialize(policy),
            ChangesJson = PolicyJson.SerializeChanges(changes),
            Kind = kind,
            RestoresVersion = restores,
            CreatedBy = author.Length > PolicyVersionRecord.MaxAuthorLength ? author[..PolicyVersionRecord.MaxAuthorLength] : author,
            CreatedAt = clock.GetUtcNow(),
            Note = note,
        };
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            // The next number after the version it is based on: when someone published meanwhile, that number is taken
            // (the primary key refuses it) or the base is no longer the newest (checked in the same transaction).
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var newest = await context.Set<PolicyVersionRecord>().MaxAsync(v => (int?)v.Version, cancellationToken).ConfigureAwait(false);
            if (newest != basedOn)
            {
                return Conflict(newest, basedOn);
            }

            context.Set<PolicyVersionRecord>().Add(record);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
            {
                return new PublishResult(PublishOutcome.Conflict, null,
                    [$"Version {record.Version} was published meanwhile. Reload and try again."]);
            }
        }

        var stored = PolicyJson.Deserialize(record.PolicyJson);
        lock (_parsed)
        {
            _parsed[record.Version] = stored;
        }

        cache.Offer(record.Version, stored);
        logger.LogInformation("Qualification policy version {Version} ({Kind}) published; {Changes} setting(s) changed.", record.Version, kind, changes.Count);
        return new PublishResult(PublishOutcome.Published, new StoredPolicy(record, stored), []);
    }

    private static PublishResult Conflict(int? newest, int basedOn) => new(PublishOutcome.Conflict, null,
        [$"Version {newest} is the newest; the change was based on version {basedOn}. Reload and try again."]);

    private async Task<int?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.Set<PolicyVersionRecord>().MaxAsync(v => (int?)v.Version, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QualificationPolicy?> PolicyOfAsync(int version, CancellationToken cancellationToken)
    {
        lock (_parsed)
        {
            if (_parsed.TryGetValue(version, out var known))
            {
                return known;
            }
        }

        return (await GetAsync(version, cancellationToken).ConfigureAwait(false))?.Policy;
    }

    private QualificationPolicy Parse(PolicyVersionRecord record)
    {
        lock (_parsed)
        {
            if (_parsed.TryGetValue(record.Version, out var known))
            {
                return known;
            }
        }

        QualificationPolicy policy;
        try
        {
            policy = PolicyJson.Deserialize(record.PolicyJson);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"Stored policy version {record.Version} cannot be read: {exception.Message}", exception);
        }

        lock (_parsed)
        {
            _parsed[record.Version] = policy;
        }

        return policy;
    }
}

/// <summary>A stored version and its policy (shared: never change it; <see cref="PolicyJson.Clone"/> to edit).</summary>
public sealed record StoredPolicy(PolicyVersionRecord Record, QualificationPolicy Policy);

public enum PublishOutcome
{
    Published,
    Invalid,
    NotFound,

    /// <summary>Another version was published since the one the change was based on.</summary>
    Conflict,
}

public sealed record PublishResult(PublishOutcome Outcome, StoredPolicy? Version, IReadOnlyList<string> Errors);
