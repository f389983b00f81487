using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The Bot Framework state objects (conversation and user state dictionaries) this process committed at the end of a
/// turn, by storage key, with the ETag and the text they were committed with. The conversation's next turn reads its
/// row as always (one query, so another instance's write is seen), and when the row's ETag is still the one committed
/// here, it takes the object instead of deserializing the text again (nor is the text read into a new string): the
/// object is exactly what that text was serialized from (Bot Builder saves the states last thing in the turn, and the
/// turn commits right after). The rerun of a turn that
/// lost a race, any other instance and anything outside a turn deserialize as before.
/// <list type="bullet">
/// <item>An entry is TAKEN (removed) by the read that uses it: one owner at a time; a turn that fails before it commits
/// leaves nothing behind, so its possibly half-changed object is never seen again.</item>
/// <item>ETags are unique per write (<see cref="EfCoreStorage.NewETag"/>): a row written by anyone else since no longer
/// matches, and the entry is dropped.</item>
/// <item>Bounded: past <see cref="Capacity"/> entries the older half is dropped (the conversations that are not
/// talking right now; they read their text again).</item>
/// <item>A privacy erasure drops its keys from every cache of the process (<see cref="ForgetEverywhere"/>).</item>
/// </list>
/// </summary>
internal sealed class TurnStateCache
{
    /// <summary>About 2 keys per active conversation; a cached conversation state is a few dozen KB of objects and
    /// its text.</summary>
    public const int Capacity = 256;

    /// <summary>Every cache of the process, for <see cref="ForgetEverywhere"/>.</summary>
    private static readonly ConditionalWeakTable<TurnStateCache, object?> All = new();

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long sequence;
    private int evicting;

    public TurnStateCache() => All.Add(this, null);

    /// <summary>Drops <paramref name="keys"/> from every cache of this process: their rows were deleted without a
    /// storage (a privacy erasure), so nothing of that person stays in memory here either.</summary>
    public static void ForgetEverywhere(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        foreach (var (cache, _) in All)
        {
            cache.Remove(keys);
        }
    }

    /// <summary>The text committed for <paramref name="key"/> with <paramref name="etag"/> (the entry stays), or null.</summary>
    public string? TextOf(string key, string etag) =>
        entries.TryGetValue(key, out var entry) && string.Equals(entry.ETag, etag, StringComparison.Ordinal) ? entry.Text : null;

    /// <summary>The object committed for <paramref name="key"/> with <paramref name="etag"/>, or null; either way the
    /// entry is gone afterwards.</summary>
    public IDictionary<string, object>? Take(string key, string? etag)
    {
        if (etag is null || !entries.TryRemove(key, out var entry))
        {
            return null;
        }

        return string.Equals(entry.ETag, etag, StringComparison.Ordinal) ? entry.State : null;
    }

    /// <summary>Remembers <paramref name="state"/> as committed under <paramref name="etag"/> as <paramref name="text"/>.</summary>
    public void Put(string key, string etag, IDictionary<string, object> state, string text)
    {
        entries[key] = new Entry(etag, state, text, Interlocked.Increment(ref sequence));
        if (entries.Count > Capacity)
        {
            EvictOlderHalf();
        }
    }

    public void Remove(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            entries.TryRemove(key, out _);
        }
    }

    public int Count => entries.Count;

    private void EvictOlderHalf()
    {
        if (Interlocked.Exchange(ref evicting, 1) == 1)
        {
            return;
        }

        try
        {
            var keepFrom = Volatile.Read(ref sequence) - (Capacity / 2);
            foreach (var (key, entry) in entries)
            {
                if (entry.Sequence <= keepFrom)
                {
                    entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                }
            }
        }
        finally
        {
            Volatile.Write(ref evicting, 0);
        }
    }

    private sealed record Entry(string ETag, IDictionary<string, object> State, string Text, long Sequence);
}
