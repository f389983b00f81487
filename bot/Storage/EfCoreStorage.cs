using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The Bot Framework <see cref="IStorage"/> on the bot's database (table BotState), with ETag optimistic concurrency
/// checked atomically in the database, so several instances can serve one conversation.
/// <list type="bullet">
/// <item>An <see cref="IStoreItem"/> with ETag "*", null or empty (and any object that is not an IStoreItem) is written
/// unconditionally (last writer wins).</item>
/// <item>An <see cref="IStoreItem"/> with a concrete ETag is written only if the stored item still has that ETag
/// (<c>UPDATE ... WHERE Key = @key AND ETag = @etag</c>); otherwise, also when the item no longer exists,
/// <see cref="StorageConcurrencyException"/> is thrown and nothing of that item is written.</item>
/// <item>Every successful write stores a new ETag and sets it on the written IStoreItem instance.</item>
/// </list>
/// Items of one <see cref="WriteAsync"/> call are written one after another (not as one transaction), like the Bot
/// Framework's own storages. Values are serialized with Newtonsoft.Json and <see cref="TypeNameHandling.All"/>.
/// Inside a turn (<see cref="BeginTurn"/>, used by the bot for every prospect turn) writes are staged instead and
/// committed together, guarded by what the turn read, also for Bot Framework state (plain dictionaries without an
/// ETag); the activity claims and records that make a redelivered activity run once live in the same table
/// (<see cref="ClaimActivityAsync"/>).
/// </summary>
public sealed class EfCoreStorage(IDbContextFactory<LeadBotDbContext> contextFactory, TimeProvider clock) : IStorage
{
    private const string AnyETag = "*";
    private const int MaxUpsertAttempts = 3;

    /// <summary>The serializer settings, as the Bot Framework's storages use them (type names kept so typed state round-trips).</summary>
    internal static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
    };

    public EfCoreStorage(IDbContextFactory<LeadBotDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var turn = ActiveTurn();
        if (turn is not null)
        {
            return await ReadInTurnAsync(turn, distinct, cancellationToken).ConfigureAwait(false);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = distinct.Length == 1
            ? context.BotState.AsNoTracking().Where(s => s.Key == distinct[0])
            : context.BotState.AsNoTracking().Where(s => distinct.Contains(s.Key));
        var rows = await query
            .Select(s => new { s.Key, s.Json, s.ETag })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        foreach (var row in rows)
        {
            var value = JsonConvert.DeserializeObject(row.Json, SerializerSettings);
            if (value is null)
            {
                continue;
            }

            if (value is IStoreItem item)
            {
                item.ETag = row.ETag;
            }

            result[row.Key] = value;
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var turn = ActiveTurn();
        if (turn is not null)
        {
            StageWrites(turn, changes);
            return;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes)
        {
            Validate(key, value);
            var json = JsonConvert.SerializeObject(value, SerializerSettings);
            var storeItem = value as IStoreItem;
            var expected = storeItem?.ETag;
            var newETag = Guid.NewGuid().ToString("N");
            var now = clock.GetUtcNow();

            if (string.IsNullOrEmpty(expected) || expected == AnyETag)
            {
                await UpsertAsync(context, key, json, newETag, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var updated = await context.BotState
                    .Where(s => s.Key == key && s.ETag == expected)
                    .ExecuteUpdateAsync(
                        set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now),
                        cancellationToken)
                    .ConfigureAwait(false);
                if (updated == 0)
                {
                    throw new StorageConcurrencyException(key, expected);
                }
            }

            if (storeItem is not null)
            {
                storeItem.ETag = newETag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.BotState
            .Where(s => distinct.Contains(s.Key))
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);

        // Deletes are not deferred to the end of a turn (erasure must take effect when it is reported), but a turn that
        // deleted an item treats it as absent from then on.
        ActiveTurn()?.Deleted(distinct);
    }

    /// <summary>
    /// Starts a turn on this storage for the current async flow (until the returned <see cref="StateTurn"/> is disposed):
    /// reads remember what they saw (a consistent snapshot per key: value and ETag, or absence), writes are staged and
    /// only written by <see cref="CommitAsync"/>, all in one database transaction, each guarded by what the turn read:
    /// an item read with ETag E is written only if it still has E, an item read as absent is written only if it is still
    /// absent (also Bot Framework state, which carries no ETag of its own). If another writer got there first, nothing of
    /// the turn is written and <see cref="StorageConcurrencyException"/> is thrown: rerun the turn on fresh state.
    /// Deletes are not staged.
    /// </summary>
    public StateTurn BeginTurn()
    {
        var turn = new StateTurn(this, CurrentTurn.Value);
        CurrentTurn.Value = turn;
        return turn;
    }

    /// <summary>Writes everything <paramref name="turn"/> staged (and its activity record) in one transaction.</summary>
    public async Task CommitAsync(StateTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Pending.Count == 0 && turn.Record is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // One order for every writer, so two turns never wait for each other's rows crosswise.
        foreach (var (key, pending) in turn.Pending.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var json = pending.Json;
            var newETag = pending.NewETag;
            switch (pending.Condition)
            {
                case { Kind: ConditionKind.ETag } condition:
                    var expected = condition.ETag;
                    var updated = await context.BotState
                        .Where(s => s.Key == key && s.ETag == expected)
                        .ExecuteUpdateAsync(set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now), cancellationToken)
                        .ConfigureAwait(false);
                    if (updated == 0)
                    {
                        throw new StorageConcurrencyException(key, expected!);
                    }

                    break;
                case { Kind: ConditionKind.Absent }:
                    await InsertOrConflictAsync(context, key, json, newETag, now, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    var overwritten = await context.BotState
                        .Where(s => s.Key == key)
                        .ExecuteUpdateAsync(set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now), cancellationToken)
                        .ConfigureAwait(false);
                    if (overwritten == 0)
                    {
                        await InsertOrConflictAsync(context, key, json, newETag, now, cancellationToken).ConfigureAwait(false);
                    }

                    break;
            }
        }

        if (turn.Record is { } record)
        {
            // The activity is recorded as processed (with its replies, until they are delivered) in the same transaction,
            // and only while this turn still holds its claim.
            var newETag = Guid.NewGuid().ToString("N");
            var json = ActivityRecordJson(ActivityRecordStatus.Committed, record.RepliesJson);
            var claimETag = record.ClaimETag;
            var updated = await context.BotState
                .Where(s => s.Key == record.Key && s.ETag == claimETag)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now), cancellationToken)
                .ConfigureAwait(false);
            if (updated == 0)
            {
                throw new StorageConcurrencyException(record.Key, claimETag);
            }

            record.CommittedETag = newETag;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the processing of one incoming activity (key: <paramref name="recordKey"/>, one row of BotState) for
    /// <paramref name="ttl"/>. A claim left by a process that died (not renewed within the TTL) can be taken over.
    /// </summary>
    public async Task<ActivityClaim> ClaimActivityAsync(string recordKey, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordKey);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var now = clock.GetUtcNow();
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var row = await context.BotState.AsNoTracking()
                .Where(s => s.Key == recordKey)
                .Select(s => new { s.Json, s.ETag, s.UpdatedAt })
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
            var newETag = Guid.NewGuid().ToString("N");
            if (row is null)
            {
                context.BotState.Add(new BotStateRecord { Key = recordKey, Json = ActivityRecordJson(ActivityRecordStatus.Claimed, null), ETag = newETag, UpdatedAt = now });
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return new ActivityClaim(ActivityClaimOutcome.Claimed, newETag, null);
                }
                catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
                {
                    continue;
                }
            }

            var (status, replies) = ParseActivityRecord(row.Json);
            if (status == ActivityRecordStatus.Delivered)
            {
                return new ActivityClaim(ActivityClaimOutcome.Done, null, null);
            }

            if (row.UpdatedAt > now - ttl)
            {
                return new ActivityClaim(ActivityClaimOutcome.Busy, null, null);
            }

            // Expired: the process that held it is gone. Take it over (only one taker wins the conditional UPDATE).
            var oldETag = row.ETag;
            var taken = await context.BotState
                .Where(s => s.Key == recordKey && s.ETag == oldETag)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now), cancellationToken)
                .ConfigureAwait(false);
            if (taken == 1)
            {
                return status == ActivityRecordStatus.Committed
                    ? new ActivityClaim(ActivityClaimOutcome.Undelivered, newETag, replies)
                    : new ActivityClaim(ActivityClaimOutcome.Claimed, newETag, null);
            }
        }

        return new ActivityClaim(ActivityClaimOutcome.Busy, null, null);
    }

    /// <summary>The activity's replies were delivered: keep only the fact (no replies, so no personal data).</summary>
    public async Task CompleteActivityAsync(string recordKey, string etag, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var json = ActivityRecordJson(ActivityRecordStatus.Delivered, null);
        var newETag = Guid.NewGuid().ToString("N");
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.BotState
            .Where(s => s.Key == recordKey && s.ETag == etag)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now), cancellationToken)
            .ConfigureAwait(false);

        if (now - lastRecordCleanup > RecordCleanupInterval)
        {
            lastRecordCleanup = now;
            var cutoff = now - ActivityRecordRetention;
            await context.BotState
                .Where(s => s.Key.StartsWith(ActivityRecordPrefix) && s.UpdatedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>The turn failed before it committed: drop the claim so a redelivery runs the activity again.</summary>
    public async Task ReleaseActivityAsync(string recordKey, string etag, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.BotState
            .Where(s => s.Key == recordKey && s.ETag == etag)
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Deletes every activity record (and lead marker) whose key starts with <paramref name="keyPrefix"/>: a
    /// conversation whose data was erased keeps no trace of its activities either.</summary>
    public async Task ForgetActivitiesAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        if (!keyPrefix.StartsWith(ActivityRecordPrefix, StringComparison.Ordinal) || keyPrefix.Length <= ActivityRecordPrefix.Length)
        {
            throw new ArgumentException("Only activity records can be forgotten this way.", nameof(keyPrefix));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.BotState
            .Where(s => s.Key.StartsWith(keyPrefix))
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Every activity record's key starts with this (then a hash of channel, conversation and activity id).</summary>
    public const string ActivityRecordPrefix = "leadbot/activities/";

    private static readonly TimeSpan RecordCleanupInterval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ActivityRecordRetention = TimeSpan.FromDays(2);
    private static readonly AsyncLocal<StateTurn?> CurrentTurn = new();
    private DateTimeOffset lastRecordCleanup = DateTimeOffset.MinValue;

    internal static void EndTurn(StateTurn turn)
    {
        if (ReferenceEquals(CurrentTurn.Value, turn))
        {
            CurrentTurn.Value = turn.Outer;
        }
    }

    private StateTurn? ActiveTurn()
    {
        var turn = CurrentTurn.Value;
        while (turn is not null && (turn.Disposed || !ReferenceEquals(turn.Storage, this)))
        {
            turn = turn.Outer;
        }

        return turn;
    }

    private static string ActivityRecordJson(ActivityRecordStatus status, string? replies) =>
        JsonConvert.SerializeObject(new Dictionary<string, string?> { ["status"] = status.ToString(), ["replies"] = replies });

    private static (ActivityRecordStatus Status, string? Replies) ParseActivityRecord(string json)
    {
        var values = JsonConvert.DeserializeObject<Dictionary<string, string?>>(json);
        var status = values is not null && values.TryGetValue("status", out var s) && Enum.TryParse<ActivityRecordStatus>(s, out var parsed)
            ? parsed
            : ActivityRecordStatus.Claimed;
        return (status, values is not null && values.TryGetValue("replies", out var r) ? r : null);
    }

    private static void Validate(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key, "changes");
        if (key.Length > BotStateRecord.MaxKeyLength)
        {
            throw new ArgumentException($"A storage key must be at most {BotStateRecord.MaxKeyLength} characters long.", "changes");
        }

        if (value is null)
        {
            throw new ArgumentException("A storage value must not be null; use DeleteAsync to remove an item.", "changes");
        }
    }

    private static object? Materialize(string json, string? etag)
    {
        var value = JsonConvert.DeserializeObject(json, SerializerSettings);
        if (value is IStoreItem item)
        {
            item.ETag = etag;
        }

        return value;
    }

    private async Task<IDictionary<string, object>> ReadInTurnAsync(StateTurn turn, string[] keys, CancellationToken cancellationToken)
    {
        var missing = keys.Where(k => !turn.Pending.ContainsKey(k) && !turn.Reads.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var rows = await context.BotState.AsNoTracking()
                .Where(s => missing.Contains(s.Key))
                .Select(s => new { s.Key, s.Json, s.ETag })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var key in missing)
            {
                var row = rows.FirstOrDefault(r => r.Key == key);
                turn.Reads[key] = new StateSnapshot(row?.Json, row?.ETag);
            }
        }

        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var (json, etag) = turn.Pending.TryGetValue(key, out var pending)
                ? (pending.Json, pending.NewETag)
                : (turn.Reads[key].Json, turn.Reads[key].ETag);
            if (json is not null && Materialize(json, etag) is { } value)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static void StageWrites(StateTurn turn, IDictionary<string, object> changes)
    {
        foreach (var (key, value) in changes)
        {
            Validate(key, value);
        }

        foreach (var (key, value) in changes)
        {
            var storeItem = value as IStoreItem;
            var etag = storeItem?.ETag;
            turn.Pending.TryGetValue(key, out var previous);
            WriteCondition condition;
            if (etag == AnyETag)
            {
                condition = WriteCondition.None;
            }
            else if (!string.IsNullOrEmpty(etag))
            {
                condition = previous is not null && etag == previous.NewETag ? previous.Condition : WriteCondition.Matching(etag);
            }
            else if (previous is not null)
            {
                condition = previous.Condition;
            }
            else if (turn.Reads.TryGetValue(key, out var read))
            {
                condition = read.Json is null ? WriteCondition.Absent : WriteCondition.Matching(read.ETag!);
            }
            else
            {
                condition = WriteCondition.None;
            }

            var newETag = Guid.NewGuid().ToString("N");
            turn.Pending[key] = new PendingWrite(JsonConvert.SerializeObject(value, SerializerSettings), condition, newETag);
            if (storeItem is not null)
            {
                storeItem.ETag = newETag;
            }
        }
    }

    private static async Task InsertOrConflictAsync(LeadBotDbContext context, string key, string json, string newETag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        context.BotState.Add(new BotStateRecord { Key = key, Json = json, ETag = newETag, UpdatedAt = now });
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            throw new StorageConcurrencyException("ETag conflict: the state item was created by another writer since this turn read it as absent.", exception);
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>Unconditional write: update the row; when there is none, insert it; when a concurrent insert won, update again.</summary>
    private static async Task UpsertAsync(LeadBotDbContext context, string key, string json, string newETag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var updated = await context.BotState
                .Where(s => s.Key == key)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(s => s.Json, json).SetProperty(s => s.ETag, newETag).SetProperty(s => s.UpdatedAt, now),
                    cancellationToken)
                .ConfigureAwait(false);
            if (updated > 0)
            {
                return;
            }

            context.BotState.Add(new BotStateRecord { Key = key, Json = json, ETag = newETag, UpdatedAt = now });
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception) && attempt < MaxUpsertAttempts)
            {
                // Another writer inserted the key between our UPDATE and INSERT: overwrite it (unconditional write).
            }
            finally
            {
                context.ChangeTracker.Clear();
            }
        }
    }
}

/// <summary>What <see cref="EfCoreStorage.BeginTurn"/> returns: the reads and staged writes of one turn (attempt).</summary>
public sealed class StateTurn : IDisposable
{
    internal StateTurn(EfCoreStorage storage, StateTurn? outer)
    {
        Storage = storage;
        Outer = outer;
    }

    internal EfCoreStorage Storage { get; }

    internal StateTurn? Outer { get; }

    internal bool Disposed { get; private set; }

    internal Dictionary<string, StateSnapshot> Reads { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, PendingWrite> Pending { get; } = new(StringComparer.Ordinal);

    internal ActivityRecord? Record { get; private set; }

    /// <summary>True when the turn staged at least one write.</summary>
    public bool HasChanges => Pending.Count > 0;

    /// <summary>The ETag of the activity record after <see cref="EfCoreStorage.CommitAsync"/> (null before).</summary>
    public string? CommittedRecordETag => Record?.CommittedETag;

    /// <summary>Marks the claimed activity <paramref name="recordKey"/> as processed in the same transaction as the
    /// state, keeping <paramref name="repliesJson"/> until they are delivered.</summary>
    public void RecordActivity(string recordKey, string claimETag, string? repliesJson) =>
        Record = new ActivityRecord(recordKey, claimETag, repliesJson);

    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);

    /// <summary>True when the turn deleted <paramref name="key"/> (e.g. a prospect's erasure of their data).</summary>
    public bool WasDeleted(string key) => deleted.Contains(key);

    internal void Deleted(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            deleted.Add(key);
            Pending.Remove(key);
            Reads[key] = new StateSnapshot(null, null);
        }
    }

    public void Dispose()
    {
        Disposed = true;
        EfCoreStorage.EndTurn(this);
    }
}

internal sealed record StateSnapshot(string? Json, string? ETag);

internal enum ConditionKind
{
    None,
    ETag,
    Absent,
}

internal sealed record WriteCondition(ConditionKind Kind, string? ETag)
{
    public static readonly WriteCondition None = new(ConditionKind.None, null);
    public static readonly WriteCondition Absent = new(ConditionKind.Absent, null);

    public static WriteCondition Matching(string etag) => new(ConditionKind.ETag, etag);
}

internal sealed record PendingWrite(string Json, WriteCondition Condition, string NewETag);

internal sealed class ActivityRecord(string key, string claimETag, string? repliesJson)
{
    public string Key { get; } = key;

    public string ClaimETag { get; } = claimETag;

    public string? RepliesJson { get; } = repliesJson;

    public string? CommittedETag { get; set; }
}

internal enum ActivityRecordStatus
{
    Claimed,
    Committed,
    Delivered,
}

public enum ActivityClaimOutcome
{
    /// <summary>This caller processes the activity; <see cref="ActivityClaim.ETag"/> identifies the claim.</summary>
    Claimed,

    /// <summary>Another live process is processing it (its claim has not expired): wait and ask again.</summary>
    Busy,

    /// <summary>Processed and its replies delivered: a duplicate, do nothing.</summary>
    Done,

    /// <summary>Processed (state committed) by a process that died before delivering the replies: deliver
    /// <see cref="ActivityClaim.RepliesJson"/>, then complete the claim.</summary>
    Undelivered,
}

public sealed record ActivityClaim(ActivityClaimOutcome Outcome, string? ETag, string? RepliesJson);
