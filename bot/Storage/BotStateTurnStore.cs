using LeadBot.Bot.Turns;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;

namespace LeadBot.Bot.Storage;

/// <summary>
/// <see cref="ITurnStore"/> on the BotState table: a turn's state items and its activity's record are rows of the same
/// table, so one query starts a turn and one transaction commits it.
/// </summary>
public sealed class BotStateTurnStore(BotStateDatabase database, TimeProvider clock) : ITurnStore
{
    private static readonly TimeSpan RecordCleanupInterval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RecordRetention = TimeSpan.FromDays(2);
    private DateTimeOffset lastRecordCleanup = DateTimeOffset.MinValue;

    public async Task<TurnTransaction> BeginAsync(TurnKeys keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var wanted = new List<string>(keys.StateKeys.Count + 2);
        if (keys.RecordKey is not null)
        {
            wanted.Add(keys.RecordKey);
        }

        if (keys.PendingKey is not null)
        {
            wanted.Add(keys.PendingKey);
        }

        wanted.AddRange(keys.StateKeys);
        var rows = await ReadRowsAsync(wanted, cancellationToken).ConfigureAwait(false);
        ActivityRecord? RecordAt(string? key) => key is not null && rows.TryGetValue(key, out var row) ? ActivityRecordText.Parse(row) : null;
        var turn = new TurnTransaction(keys, RecordAt(keys.RecordKey), RecordAt(keys.PendingKey));
        foreach (var key in keys.StateKeys)
        {
            turn.Read(key, rows.TryGetValue(key, out var row) ? new StateSnapshot(row.Json, row.ETag) : StateSnapshot.Absent);
        }

        return turn;
    }

    public async Task<StateSnapshot> ReadStateAsync(TurnTransaction turn, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var rows = await ReadRowsAsync([key], cancellationToken).ConfigureAwait(false);
        turn.Read(key, rows.TryGetValue(key, out var row) ? new StateSnapshot(row.Json, row.ETag) : StateSnapshot.Absent);
        return turn.Reads[key];
    }

    public async Task DeleteStateAsync(TurnTransaction turn, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await database.WriteAsync((connection, transaction, sql) => sql.DeleteAsync(connection, transaction, [key], cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        turn.Deleted(key);
    }

    public async Task CommitAsync(TurnTransaction turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var recordKey = turn.Keys.RecordKey;
        var recordJson = turn.RepliesJson is { } replies && recordKey is not null ? ActivityRecordText.Format(ActivityStatus.Committed, replies) : null;
        var extra = turn.Writes;
        if (!turn.HasChanges && recordJson is null && extra.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        // One order for every writer, so two turns never wait for each other's rows crosswise.
        var writes = turn.Staged.OrderBy(w => w.Key, StringComparer.Ordinal).ToArray();
        var recordETag = recordJson is null ? null : BotStateDatabase.NewETag();
        await database.WriteAsync(
            async (connection, transaction, sql) =>
            {
                foreach (var (key, json) in writes)
                {
                    var read = turn.Reads.GetValueOrDefault(key) ?? StateSnapshot.Absent;
                    var written = read.ETag is { } etag
                        ? await sql.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, key, json, BotStateDatabase.NewETag(), now, etag, cancellationToken).ConfigureAwait(false)
                        : await sql.WriteAsync(connection, transaction, BotStateSql.InsertIfAbsent, key, json, BotStateDatabase.NewETag(), now, null, cancellationToken).ConfigureAwait(false);
                    if (written == 0)
                    {
                        throw new StorageConcurrencyException(key, read.ETag ?? "(absent)");
                    }
                }

                if (recordJson is not null)
                {
                    // Processed, with its replies until they are delivered: over the turn's own claim, or as a new record
                    // (another instance that recorded the activity first wins).
                    var written = turn.ClaimETag is { } claim
                        ? await sql.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, recordKey!, recordJson, recordETag!, now, claim, cancellationToken).ConfigureAwait(false)
                        : await sql.WriteAsync(connection, transaction, BotStateSql.InsertIfAbsent, recordKey!, recordJson, recordETag!, now, null, cancellationToken).ConfigureAwait(false);
                    if (written == 0)
                    {
                        throw new StorageConcurrencyException(recordKey!, turn.ClaimETag ?? "(absent)");
                    }
                }

                foreach (var write in extra)
                {
                    await write.WriteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
        turn.CommittedRecordETag = recordETag;
    }

    public async Task<ActivityRecord?> ReadRecordAsync(string recordKey, CancellationToken cancellationToken)
    {
        var rows = await ReadRowsAsync([recordKey], cancellationToken).ConfigureAwait(false);
        return rows.TryGetValue(recordKey, out var row) ? ActivityRecordText.Parse(row) : null;
    }

    public Task<string?> TakeOverActivityAsync(string recordKey, string etag, CancellationToken cancellationToken) =>
        UpdateRecordAsync(BotStateSql.TouchIfETag, recordKey, null, etag, clock.GetUtcNow(), cancellationToken);

    public Task<string?> KeepUndeliveredAsync(string recordKey, string etag, string remainingRepliesJson, CancellationToken cancellationToken) =>
        UpdateRecordAsync(BotStateSql.UpdateIfETag, recordKey, ActivityRecordText.Format(ActivityStatus.Committed, remainingRepliesJson), etag, clock.GetUtcNow(), cancellationToken);

    public async Task DeferDeliveryAsync(string recordKey, string etag, string remainingRepliesJson, string pendingKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recordJson = ActivityRecordText.Format(ActivityStatus.Committed, remainingRepliesJson);
        await database.WriteAsync(
            async (connection, transaction, sql) =>
            {
                // Written as of a day ago (past any claim TTL, within the retention): the redelivery takes the record
                // over at once instead of waiting for it to expire.
                if (await sql.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, recordKey, recordJson, BotStateDatabase.NewETag(), now - TimeSpan.FromDays(1), etag, cancellationToken).ConfigureAwait(false) == 0)
                {
                    return false;
                }

                var rows = await sql.ReadAsync(connection, transaction, [pendingKey], cancellationToken).ConfigureAwait(false);
                var listed = rows.TryGetValue(pendingKey, out var row)
                    ? JsonConvert.DeserializeObject<List<string>>(ActivityRecordText.Parse(row).RepliesJson ?? "[]") ?? []
                    : [];
                if (!listed.Contains(recordKey))
                {
                    listed.Add(recordKey);
                }

                await sql.WriteAsync(connection, transaction, BotStateSql.Upsert, pendingKey,
                    ActivityRecordText.Format(ActivityStatus.Committed, JsonConvert.SerializeObject(listed)), BotStateDatabase.NewETag(), now, null, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task ClearPendingAsync(string pendingKey, string etag, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction, _) => BotStateSql.DeleteIfAsync(connection, transaction, pendingKey, etag, cancellationToken), cancellationToken);

    public async Task CompleteActivityAsync(string recordKey, string etag, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await UpdateRecordAsync(BotStateSql.UpdateIfETag, recordKey, ActivityRecordText.Delivered, etag, now, cancellationToken).ConfigureAwait(false);
        if (now - lastRecordCleanup > RecordCleanupInterval)
        {
            // Records only have to outlive the channel's redeliveries.
            lastRecordCleanup = now;
            var cutoff = now - RecordRetention;
            await database.ExclusiveAsync(
                context => context.BotState
                    .Where(s => s.Key.StartsWith(TurnKeys.ActivityRecordPrefix) && s.UpdatedAt < cutoff)
                    .ExecuteDeleteAsync(cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }
    }

    public Task ReleaseActivityAsync(string recordKey, string etag, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction, _) => BotStateSql.DeleteIfAsync(connection, transaction, recordKey, etag, cancellationToken), cancellationToken);

    public async Task ForgetActivitiesAsync(string conversationPrefix, CancellationToken cancellationToken)
    {
        if (!conversationPrefix.StartsWith(TurnKeys.ActivityRecordPrefix, StringComparison.Ordinal) || conversationPrefix.Length <= TurnKeys.ActivityRecordPrefix.Length)
        {
            throw new ArgumentException("Only activity records can be forgotten this way.", nameof(conversationPrefix));
        }

        await database.ExclusiveAsync(
            context => context.BotState.Where(s => s.Key.StartsWith(conversationPrefix)).ExecuteDeleteAsync(cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> UpdateRecordAsync(string statement, string recordKey, string? json, string etag, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var newETag = BotStateDatabase.NewETag();
        var written = await database.WriteAsync(
            (connection, transaction, sql) => sql.WriteAsync(connection, transaction, statement, recordKey, json, newETag, at, etag, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return written == 1 ? newETag : null;
    }

    private Task<Dictionary<string, StoredRow>> ReadRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        database.ReadRowsAsync(keys, cancellationToken);
}
