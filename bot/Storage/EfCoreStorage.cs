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

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            if (key.Length > BotStateRecord.MaxKeyLength)
            {
                throw new ArgumentException($"A storage key must be at most {BotStateRecord.MaxKeyLength} characters long.", nameof(changes));
            }

            if (value is null)
            {
                throw new ArgumentException("A storage value must not be null; use DeleteAsync to remove an item.", nameof(changes));
            }

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
