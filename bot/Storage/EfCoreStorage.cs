using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

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
/// Framework's own storages. Values are serialized with Newtonsoft.Json, typed (see <see cref="SerializerSettings"/>).
/// Inside a turn (<see cref="BeginTurn"/>, used by the bot for every prospect turn) writes are staged instead and
/// committed together, guarded by what the turn read, also for Bot Framework state (plain dictionaries without an
/// ETag); the activity claims and records that make a redelivered activity run once live in the same table
/// (<see cref="ClaimActivityAsync"/>).
/// </summary>
public sealed class EfCoreStorage(IDbContextFactory<LeadBotDbContext> contextFactory, TimeProvider clock) : IStorage
{
    private const string AnyETag = "*";

    /// <summary>
    /// The serializer settings. Typed state round-trips as with the Bot Framework's storages (which write
    /// <see cref="TypeNameHandling.All"/>), but a type name is written only where the declared type does not already say
    /// it (<see cref="TypeNameHandling.Auto"/>: values in <c>object</c> or interface slots, the root, derived types), and
    /// the null properties of Bot Framework schema objects (a prompt's activity has some 40) are left out, as the
    /// connector leaves them out on the wire. A conversation's state is about half the text it was with every type
    /// named and every null written, and it is serialized and written on every turn. Text stored in the older form
    /// reads back the same (type names present are honoured). The binder caches each type's name (same text as
    /// Newtonsoft's simple assembly format).
    /// </summary>
    internal static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        SerializationBinder = CachingSerializationBinder.Instance,
        ContractResolver = StateContractResolver.Instance,
        MaxDepth = null,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(SerializerSettings);

    /// <summary>One reused buffer per thread for <see cref="Serialize"/> (no growth from a small buffer per call).</summary>
    [ThreadStatic]
    private static StringBuilder? CachedBuilder;

    private BotStateSql? sql;
    private SqliteWriteQueue? writeQueue;
    private readonly TurnStateCache committedStates = new();
    private string? sqliteConnectionString;
    private SqlitePragmaInterceptor? sqlitePragmas;

    public EfCoreStorage(IDbContextFactory<LeadBotDbContext> contextFactory)
        : this(contextFactory, TimeProvider.System)
    {
    }

    /// <summary>Serializes a state value as stored (type names included).</summary>
    internal static string Serialize(object value)
    {
        if (value is StoredState stored)
        {
            value = stored.Inner;
        }

        var builder = CachedBuilder ?? new StringBuilder(4096);
        CachedBuilder = null;
        builder.Clear();
        var writer = new StringWriter(builder, CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None })
        {
            // Declared as object: the root's own type is named, so it reads back as what was written.
            Serializer.Serialize(json, value, typeof(object));
        }

        var text = builder.ToString();
        if (builder.Capacity <= 64 * 1024)
        {
            CachedBuilder = builder;
        }

        return text;
    }

    internal static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader);
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

        Dictionary<string, StoredRow> rows;
        await using (var lease = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            rows = await sql!.ReadAsync(lease.Connection, null, distinct, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, row) in rows)
        {
            if (Materialize(row.Json, row.ETag) is { } value)
            {
                result[key] = value;
            }
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

        foreach (var (key, value) in changes)
        {
            Validate(key, value);
            var json = Serialize(value);
            var storeItem = value as IStoreItem;
            var expected = storeItem?.ETag;
            var newETag = NewETag();
            var now = clock.GetUtcNow();
            var unconditional = string.IsNullOrEmpty(expected) || expected == AnyETag;
            await WriteTransactionAsync(
                async (connection, transaction, q) =>
                {
                    if (unconditional)
                    {
                        await q.WriteAsync(connection, transaction, BotStateSql.Upsert, key, json, newETag, now, null, cancellationToken).ConfigureAwait(false);
                    }
                    else if (await q.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, key, json, newETag, now, expected, cancellationToken).ConfigureAwait(false) == 0)
                    {
                        throw new StorageConcurrencyException(key, expected!);
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);

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
        await WriteTransactionAsync(
            (connection, transaction, q) => q.DeleteAsync(connection, transaction, distinct, cancellationToken),
            cancellationToken).ConfigureAwait(false);

        // Deletes are not deferred to the end of a turn (erasure must take effect when it is reported), but a turn that
        // deleted an item treats it as absent from then on.
        committedStates.Remove(distinct);
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

    /// <summary>
    /// Reads, in one query, the state items <paramref name="keys"/> into <paramref name="turn"/> (as if the turn had read
    /// them) and the activity record <paramref name="recordKey"/>, which is returned (null when there is none).
    /// </summary>
    public async Task<ActivityRecordRow?> PrefetchAsync(StateTurn turn, string? recordKey, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keys);
        var wanted = new List<string>(keys.Count + 1);
        if (recordKey is not null)
        {
            wanted.Add(recordKey);
        }

        foreach (var key in keys)
        {
            if (!wanted.Contains(key, StringComparer.Ordinal) && !turn.Pending.ContainsKey(key) && !turn.Reads.ContainsKey(key))
            {
                wanted.Add(key);
            }
        }

        if (wanted.Count == 0)
        {
            return null;
        }

        Dictionary<string, StoredRow> rows;
        await using (var lease = await OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            rows = await sql!.ReadAsync(lease.Connection, null, wanted, cancellationToken, committedStates.TextOf).ConfigureAwait(false);
        }

        foreach (var key in wanted)
        {
            if (key == recordKey)
            {
                continue;
            }

            turn.Reads[key] = rows.TryGetValue(key, out var row) ? new StateSnapshot(row.Json, row.ETag) : new StateSnapshot(null, null);
        }

        if (recordKey is not null && rows.TryGetValue(recordKey, out var record))
        {
            var (status, replies) = ParseActivityRecord(record.Json);
            return new ActivityRecordRow(status == ActivityRecordStatus.Delivered, status == ActivityRecordStatus.Committed, replies, record.ETag, record.UpdatedAt);
        }

        return null;
    }

    /// <summary>Takes over the activity record left by a process that died (its ETag still <paramref name="etag"/>):
    /// the new ETag, or null when another taker won.</summary>
    public async Task<string?> TakeOverActivityAsync(string recordKey, string etag, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var newETag = NewETag();
        var taken = await WriteTransactionAsync(
            (connection, transaction, q) => q.WriteAsync(connection, transaction, BotStateSql.TouchIfETag, recordKey, null, newETag, now, etag, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return taken == 1 ? newETag : null;
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
        // One order for every writer, so two turns never wait for each other's rows crosswise.
        var pendingWrites = turn.Pending.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var record = turn.Record;
        var recordETag = record is null ? null : NewETag();
        var recordJson = record is null ? null : ActivityRecordJson(ActivityRecordStatus.Committed, record.RepliesJson);
        await WriteTransactionAsync(
            async (connection, transaction, q) =>
            {
                foreach (var (key, pending) in pendingWrites)
                {
                    switch (pending.Condition)
                    {
                        case { Kind: ConditionKind.ETag } condition:
                            if (await q.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, key, pending.Json, pending.NewETag, now, condition.ETag, cancellationToken).ConfigureAwait(false) == 0)
                            {
                                throw new StorageConcurrencyException(key, condition.ETag!);
                            }

                            break;
                        case { Kind: ConditionKind.Absent }:
                            if (await q.WriteAsync(connection, transaction, BotStateSql.InsertIfAbsent, key, pending.Json, pending.NewETag, now, null, cancellationToken).ConfigureAwait(false) == 0)
                            {
                                throw new StorageConcurrencyException("ETag conflict: the state item was created by another writer since this turn read it as absent.");
                            }

                            break;
                        default:
                            await q.WriteAsync(connection, transaction, BotStateSql.Upsert, key, pending.Json, pending.NewETag, now, null, cancellationToken).ConfigureAwait(false);
                            break;
                    }
                }

                if (record is not null)
                {
                    // The activity is recorded as processed (with its replies, until they are delivered) in the same
                    // transaction: over its claim while this turn still holds it, or as a new record when the turn ran
                    // unclaimed (another instance that recorded it first wins).
                    var written = record.ClaimETag is { } claimETag
                        ? await q.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, record.Key, recordJson, recordETag!, now, claimETag, cancellationToken).ConfigureAwait(false)
                        : await q.WriteAsync(connection, transaction, BotStateSql.InsertIfAbsent, record.Key, recordJson, recordETag!, now, null, cancellationToken).ConfigureAwait(false);
                    if (written == 0)
                    {
                        throw new StorageConcurrencyException(record.Key, record.ClaimETag ?? "(absent)");
                    }
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);

        if (record is not null)
        {
            record.CommittedETag = recordETag;
        }

        // The next turn of the conversation takes these objects instead of deserializing what was just written.
        foreach (var (key, pending) in pendingWrites)
        {
            if (pending.State is { } state)
            {
                committedStates.Put(key, pending.NewETag, state, pending.Json);
            }
        }

        foreach (var (key, (etag, state)) in turn.HandedOut)
        {
            if (!turn.Pending.ContainsKey(key) && !turn.WasDeleted(key) && turn.Reads.TryGetValue(key, out var read) && read.Json is { } text)
            {
                committedStates.Put(key, etag, state, text);
            }
        }
    }

    /// <summary>How many committed state objects this storage holds for the next turns (tests).</summary>
    internal int CachedStateCount => committedStates.Count;

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
            var newETag = NewETag();
            var claim = await WriteTransactionAsync(
                async (connection, transaction, q) =>
                {
                    var rows = await q.ReadAsync(connection, transaction, [recordKey], cancellationToken).ConfigureAwait(false);
                    if (!rows.TryGetValue(recordKey, out var row))
                    {
                        var inserted = await q.WriteAsync(connection, transaction, BotStateSql.InsertIfAbsent, recordKey, ActivityRecordJson(ActivityRecordStatus.Claimed, null), newETag, now, null, cancellationToken).ConfigureAwait(false);
                        return inserted == 1 ? new ActivityClaim(ActivityClaimOutcome.Claimed, newETag, null) : null;
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
                    var taken = await q.WriteAsync(connection, transaction, BotStateSql.TouchIfETag, recordKey, null, newETag, now, row.ETag, cancellationToken).ConfigureAwait(false);
                    if (taken != 1)
                    {
                        return null;
                    }

                    return status == ActivityRecordStatus.Committed
                        ? new ActivityClaim(ActivityClaimOutcome.Undelivered, newETag, replies)
                        : new ActivityClaim(ActivityClaimOutcome.Claimed, newETag, null);
                },
                cancellationToken).ConfigureAwait(false);
            if (claim is not null)
            {
                return claim;
            }
        }

        return new ActivityClaim(ActivityClaimOutcome.Busy, null, null);
    }

    /// <summary>The activity's replies were delivered: keep only the fact (no replies, so no personal data).</summary>
    public async Task CompleteActivityAsync(string recordKey, string etag, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var newETag = NewETag();
        await WriteTransactionAsync(
            (connection, transaction, q) => q.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, recordKey, DeliveredJson, newETag, now, etag, cancellationToken),
            cancellationToken).ConfigureAwait(false);

        if (now - lastRecordCleanup > RecordCleanupInterval)
        {
            lastRecordCleanup = now;
            var cutoff = now - ActivityRecordRetention;
            await ExclusiveAsync(
                async context => await context.BotState
                    .Where(s => s.Key.StartsWith(ActivityRecordPrefix) && s.UpdatedAt < cutoff)
                    .ExecuteDeleteAsync(cancellationToken)
                    .ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The turn failed before it committed: drop the claim so a redelivery runs the activity again.</summary>
    public async Task ReleaseActivityAsync(string recordKey, string etag, CancellationToken cancellationToken = default)
    {
        await WriteTransactionAsync(
            (connection, transaction, _) => BotStateSql.DeleteIfAsync(connection, transaction, recordKey, etag, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes every activity record (and lead marker) whose key starts with <paramref name="keyPrefix"/>: a
    /// conversation whose data was erased keeps no trace of its activities either.</summary>
    public async Task ForgetActivitiesAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        if (!keyPrefix.StartsWith(ActivityRecordPrefix, StringComparison.Ordinal) || keyPrefix.Length <= ActivityRecordPrefix.Length)
        {
            throw new ArgumentException("Only activity records can be forgotten this way.", nameof(keyPrefix));
        }

        await ExclusiveAsync(
            async context => await context.BotState
                .Where(s => s.Key.StartsWith(keyPrefix))
                .ExecuteDeleteAsync(cancellationToken)
                .ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every activity record's key starts with this (then a hash of channel, conversation and activity id).</summary>
    public const string ActivityRecordPrefix = "leadbot/activities/";

    private static readonly TimeSpan RecordCleanupInterval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ActivityRecordRetention = TimeSpan.FromDays(2);
    private static readonly AsyncLocal<StateTurn?> CurrentTurn = new();
    private static readonly string DeliveredJson = ActivityRecordJson(ActivityRecordStatus.Delivered, null);
    private DateTimeOffset lastRecordCleanup = DateTimeOffset.MinValue;

    internal static void EndTurn(StateTurn turn)
    {
        if (ReferenceEquals(CurrentTurn.Value, turn))
        {
            CurrentTurn.Value = turn.Outer;
        }
    }

    /// <summary>A fresh ETag: 16 random hex digits per process, then a 16-digit counter, so no two writes anywhere get
    /// the same one (Guid.NewGuid asks the kernel for randomness on every call: 2 % of the turn's CPU).</summary>
    internal static string NewETag() => ETagPrefix + Interlocked.Increment(ref etagCounter).ToString("x16", CultureInfo.InvariantCulture);

    private static readonly string ETagPrefix = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
    private static long etagCounter;

    /// <summary>An open connection for this storage's own statements. SQLite: straight from Microsoft.Data.Sqlite's pool
    /// (no DbContext, no EF function registration on every open), with the pragmas once per native connection.</summary>
    private async Task<StorageLease> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureProviderAsync(cancellationToken).ConfigureAwait(false);
        if (sqliteConnectionString is { } connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await (sqlitePragmas ?? SqlitePragmaInterceptor.Instance).ConfigureAsync(connection, cancellationToken).ConfigureAwait(false);
                return new StorageLease(null, connection);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return new StorageLease(context, context.Database.GetDbConnection());
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask EnsureProviderAsync(CancellationToken cancellationToken)
    {
        if (sql is null)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            if (context.Database.IsSqlite())
            {
                var connectionString = context.Database.GetConnectionString() ?? "";
                writeQueue = SqliteWriteQueue.For(connectionString);
                sqliteConnectionString = connectionString;
                // The same pragmas (journal mode) as the context's connections get.
                sqlitePragmas = SqlitePragmaInterceptor.Of(context);
                sql = BotStateSql.Sqlite;
            }
            else
            {
                sql = BotStateSql.PostgreSql;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction: on SQLite through this process's write queue (group
    /// commit, no lock contention), on PostgreSQL in a transaction of its own.</summary>
    private async Task<T> WriteTransactionAsync<T>(Func<DbConnection, DbTransaction, BotStateSql, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureProviderAsync(cancellationToken).ConfigureAwait(false);
        var q = sql!;
        if (writeQueue is { } queue)
        {
            return await queue.RunAsync(OpenAsync, (connection, transaction) => work(connection, transaction, q)).ConfigureAwait(false);
        }

        await using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await lease.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(lease.Connection, transaction, q).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<T> ExclusiveAsync<T>(Func<LeadBotDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureProviderAsync(cancellationToken).ConfigureAwait(false);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return writeQueue is { } queue
            ? await queue.RunExclusiveAsync(() => work(context)).ConfigureAwait(false)
            : await work(context).ConfigureAwait(false);
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

    /// <summary>The record's JSON: <c>{"status":…,"replies":[…]}</c>. Replies are embedded as they are (a JSON array, not
    /// a string holding one: no second escaping pass over every reply); records written as a string still parse.</summary>
    private static string ActivityRecordJson(ActivityRecordStatus status, string? replies)
    {
        var builder = new StringBuilder(32 + (replies?.Length ?? 0));
        builder.Append("{\"status\":\"").Append(status.ToString()).Append("\",\"replies\":");
        var trimmed = replies.AsSpan().Trim();
        if (replies is null)
        {
            builder.Append("null");
        }
        else if (trimmed.Length > 1 && ((trimmed[0] == '[' && trimmed[^1] == ']') || (trimmed[0] == '{' && trimmed[^1] == '}')))
        {
            builder.Append(trimmed);
        }
        else
        {
            builder.Append(JsonConvert.ToString(replies));
        }

        return builder.Append('}').ToString();
    }

    private static (ActivityRecordStatus Status, string? Replies) ParseActivityRecord(string json)
    {
        JObject? values;
        try
        {
            values = JObject.Parse(json);
        }
        catch (JsonReaderException)
        {
            // Embedded replies that were not valid JSON: the record is unusable, treat it as a bare claim.
            return (ActivityRecordStatus.Claimed, null);
        }

        var status = values.TryGetValue("status", out var s) && s.Type == JTokenType.String && Enum.TryParse<ActivityRecordStatus>((string?)s, out var parsed)
            ? parsed
            : ActivityRecordStatus.Claimed;
        var replies = values.TryGetValue("replies", out var r)
            ? r.Type switch
            {
                JTokenType.Null or JTokenType.Undefined => null,
                JTokenType.String => (string?)r,
                _ => r.ToString(Formatting.None),
            }
            : null;
        return (status, replies);
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
        var value = Deserialize(json);
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
            Dictionary<string, StoredRow> rows;
            await using (var lease = await OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                rows = await sql!.ReadAsync(lease.Connection, null, missing, cancellationToken, committedStates.TextOf).ConfigureAwait(false);
            }

            foreach (var key in missing)
            {
                turn.Reads[key] = rows.TryGetValue(key, out var row) ? new StateSnapshot(row.Json, row.ETag) : new StateSnapshot(null, null);
            }
        }

        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        var digest = StateDigestScope.Current is not null;
        foreach (var key in keys)
        {
            var fromPending = turn.Pending.TryGetValue(key, out var pending);
            var (json, etag) = fromPending ? (pending!.Json, pending.NewETag) : (turn.Reads[key].Json, turn.Reads[key].ETag);
            if (json is null)
            {
                continue;
            }

            // Read for a digest state's LoadAsync (Bot Framework state): the object this process committed with that
            // ETag if it still has it, else the text deserialized; the state takes its change hash from the text.
            object? value = digest && !fromPending ? committedStates.Take(key, etag) : null;
            value ??= Materialize(json, etag);
            if (value is null)
            {
                continue;
            }

            if (digest && !fromPending && value is IDictionary<string, object> state)
            {
                turn.HandedOut[key] = (etag!, state);
            }

            result[key] = digest && value.GetType() == typeof(Dictionary<string, object>)
                ? new StoredState((Dictionary<string, object>)value, json)
                : value;
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

            var newETag = NewETag();
            var scope = StateDigestScope.Current;
            string json;
            if (scope is not null && scope.Text is not null && ReferenceEquals(scope.Serialized, value))
            {
                // Bot Builder's change check serialized this state a moment ago (DigestConversationState): that text.
                json = scope.Text;
                scope.Written = true;
            }
            else
            {
                json = Serialize(value);
            }

            // A digest state's object, saved last thing in the turn: kept for the next turn once the turn commits.
            var state = scope is null
                ? null
                : value is StoredState stored ? stored.Inner
                : value as IDictionary<string, object>;
            turn.Pending[key] = new PendingWrite(json, condition, newETag, state);
            if (storeItem is not null)
            {
                storeItem.ETag = newETag;
            }
        }
    }
}

/// <summary>An activity's record as <see cref="EfCoreStorage.PrefetchAsync"/> found it.</summary>
public sealed record ActivityRecordRow(bool Delivered, bool Committed, string? RepliesJson, string ETag, DateTimeOffset UpdatedAt);

/// <summary>
/// Newtonsoft's default binder with the names cached: with <see cref="TypeNameAssemblyFormatHandling.Full"/> and no
/// assembly name returned, the cached name (the same text the default binder and the simple assembly format give,
/// e.g. <c>System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib</c>)
/// is written as it is, instead of being rebuilt for every object.
/// </summary>
internal sealed class CachingSerializationBinder : ISerializationBinder
{
    public static readonly CachingSerializationBinder Instance = new();

    private static readonly DefaultSerializationBinder Inner = new();
    private static readonly Func<Type, string> SimpleName = CreateSimpleName();

    private readonly ConcurrentDictionary<Type, string> names = new();
    private readonly ConcurrentDictionary<(string? Assembly, string Type), Type> types = new();

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = names.GetOrAdd(serializedType, SimpleName);
    }

    public Type BindToType(string? assemblyName, string typeName) =>
        types.TryGetValue((assemblyName, typeName), out var type)
            ? type
            : types.GetOrAdd((assemblyName, typeName), Inner.BindToType(assemblyName, typeName));

    private static Func<Type, string> CreateSimpleName()
    {
        // Newtonsoft's own ReflectionUtils.GetTypeName(type, Simple, binder: null): exactly the text it writes by default.
        var method = typeof(JsonConvert).Assembly.GetType("Newtonsoft.Json.Utilities.ReflectionUtils")?
            .GetMethod("GetTypeName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type), typeof(TypeNameAssemblyFormatHandling), typeof(ISerializationBinder)]);
        if (method is not null)
        {
            return type => (string)method.Invoke(null, [type, TypeNameAssemblyFormatHandling.Simple, null])!;
        }

        // Not found (another Newtonsoft version): the simple form for non-generic types.
        return type => $"{type.FullName}, {type.Assembly.GetName().Name}";
    }

}

/// <summary>
/// Contracts of stored state: the properties of Bot Framework schema types (<see cref="Microsoft.Bot.Schema.Activity"/>
/// and what it holds) are written only when they have a value. Reading such text back gives the same objects: those
/// types' properties are null unless set.
/// </summary>
internal sealed class StateContractResolver : DefaultContractResolver
{
    public static readonly StateContractResolver Instance = new();

    private static readonly Assembly SchemaAssembly = typeof(Microsoft.Bot.Schema.Activity).Assembly;

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (member.DeclaringType?.Assembly == SchemaAssembly)
        {
            property.NullValueHandling = NullValueHandling.Ignore;
        }

        return property;
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

    /// <summary>The Bot Framework state objects the turn's reads handed out, with the ETag read.</summary>
    internal Dictionary<string, (string ETag, IDictionary<string, object> State)> HandedOut { get; } = new(StringComparer.Ordinal);

    internal ActivityRecord? Record { get; private set; }

    /// <summary>True when the turn staged at least one write.</summary>
    public bool HasChanges => Pending.Count > 0;

    /// <summary>The ETag of the activity record after <see cref="EfCoreStorage.CommitAsync"/> (null before).</summary>
    public string? CommittedRecordETag => Record?.CommittedETag;

    /// <summary>Marks the claimed activity <paramref name="recordKey"/> as processed in the same transaction as the
    /// state, keeping <paramref name="repliesJson"/> until they are delivered.</summary>
    public void RecordActivity(string recordKey, string? claimETag, string? repliesJson) =>
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
            HandedOut.Remove(key);
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

/// <summary>A staged write; <paramref name="State"/>: the Bot Framework state object it was serialized from, if any.</summary>
internal sealed record PendingWrite(string Json, WriteCondition Condition, string NewETag, IDictionary<string, object>? State = null);

internal sealed class ActivityRecord(string key, string? claimETag, string? repliesJson)
{
    public string Key { get; } = key;

    public string? ClaimETag { get; } = claimETag;

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
