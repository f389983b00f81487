using Microsoft.Bot.Builder;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The Bot Framework <see cref="IStorage"/> on the bot's database (table BotState), with ETag optimistic concurrency
/// checked atomically in the database, so several instances can share it.
/// <list type="bullet">
/// <item>An <see cref="IStoreItem"/> with ETag "*", null or empty (and any object that is not an IStoreItem) is written
/// unconditionally (last writer wins).</item>
/// <item>An <see cref="IStoreItem"/> with a concrete ETag is written only if the stored item still has that ETag;
/// otherwise, also when the item no longer exists, <see cref="StorageConcurrencyException"/> is thrown and nothing of
/// that item is written.</item>
/// <item>Every successful write stores a new ETag and sets it on the written IStoreItem instance.</item>
/// </list>
/// Items of one <see cref="WriteAsync"/> call are written one after another, like the Bot Framework's own storages.
/// Values are stored as <see cref="StateSerializer"/> writes them. A prospect's turn does not write through here: its
/// state goes through the turn's <c>TurnTransaction</c> (see <c>ReliableTurnBot</c>); this is the plain storage for
/// everything else.
/// </summary>
public sealed class EfCoreStorage(BotStateDatabase database, TimeProvider clock) : IStorage
{
    private const string AnyETag = "*";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var rows = await database.ReadRowsAsync(keys.Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);

        foreach (var (key, row) in rows)
        {
            if (StateSerializer.Deserialize(row.Json) is { } value)
            {
                if (value is IStoreItem item)
                {
                    item.ETag = row.ETag;
                }

                result[key] = value;
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            Validate(key, value);
        }

        foreach (var (key, value) in changes)
        {
            var json = StateSerializer.Serialize(value);
            var storeItem = value as IStoreItem;
            var expected = storeItem?.ETag;
            var newETag = BotStateDatabase.NewETag();
            var now = clock.GetUtcNow();
            var unconditional = string.IsNullOrEmpty(expected) || expected == AnyETag;
            await database.WriteAsync(
                async (connection, transaction, sql) =>
                {
                    if (unconditional)
                    {
                        await sql.WriteAsync(connection, transaction, BotStateSql.Upsert, key, json, newETag, now, null, cancellationToken).ConfigureAwait(false);
                    }
                    else if (await sql.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, key, json, newETag, now, expected, cancellationToken).ConfigureAwait(false) == 0)
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
        await database.WriteAsync((connection, transaction, sql) => sql.DeleteAsync(connection, transaction, distinct, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
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
}
