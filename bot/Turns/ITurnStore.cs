namespace LeadBot.Bot.Turns;

/// <summary>
/// What <see cref="ReliableTurnBot"/> needs from storage: the turn's unit of work (<see cref="TurnTransaction"/>: state
/// read once at the start, writes staged and committed together at the end, guarded by what was read) and the records
/// that make an incoming activity run once and its replies reach the channel. Implemented on the bot's database by
/// <c>LeadBot.Bot.Storage.BotStateTurnStore</c>.
/// </summary>
public interface ITurnStore
{
    /// <summary>Starts a turn with ONE query: the activity's record (<paramref name="keys"/>.RecordKey), the
    /// conversation's pending replies and the state items the turn will read.</summary>
    Task<TurnTransaction> BeginAsync(TurnKeys keys, CancellationToken cancellationToken);

    /// <summary>Reads a state item the turn did not prefetch into <paramref name="turn"/> (remembered as read).</summary>
    Task<StateSnapshot> ReadStateAsync(TurnTransaction turn, string key, CancellationToken cancellationToken);

    /// <summary>Deletes a state item at once (an erasure must take effect when it is reported); the turn treats it as
    /// absent from then on.</summary>
    Task DeleteStateAsync(TurnTransaction turn, string key, CancellationToken cancellationToken);

    /// <summary>Writes every staged state item and the activity's record with its replies in one transaction; throws
    /// <c>StorageConcurrencyException</c> (writing nothing) when another writer changed what the turn read.</summary>
    Task CommitAsync(TurnTransaction turn, CancellationToken cancellationToken);

    /// <summary>Reads one activity record (null when there is none).</summary>
    Task<ActivityRecord?> ReadRecordAsync(string recordKey, CancellationToken cancellationToken);

    /// <summary>Takes over a record (its ETag still <paramref name="etag"/>): the new ETag, or null when another
    /// process got there first.</summary>
    Task<string?> TakeOverActivityAsync(string recordKey, string etag, CancellationToken cancellationToken);

    /// <summary>Keeps only the replies not yet delivered in the record (and renews it); the new ETag, or null when the
    /// record was taken over meanwhile (then the taker delivers the rest).</summary>
    Task<string?> KeepUndeliveredAsync(string recordKey, string etag, string remainingRepliesJson, CancellationToken cancellationToken);

    /// <summary>The replies could not be delivered now: the record keeps <paramref name="remainingRepliesJson"/> for the
    /// activity's redelivery (which may take it over at once) and is listed in the conversation's pending replies
    /// (<paramref name="pendingKey"/>) for its next turn.</summary>
    Task DeferDeliveryAsync(string recordKey, string etag, string remainingRepliesJson, string pendingKey, CancellationToken cancellationToken);

    /// <summary>Removes the conversation's list of pending replies (if it still has <paramref name="etag"/>).</summary>
    Task ClearPendingAsync(string pendingKey, string etag, CancellationToken cancellationToken);

    /// <summary>Every reply was delivered: the record keeps only that fact (no replies, so no personal data).</summary>
    Task CompleteActivityAsync(string recordKey, string etag, CancellationToken cancellationToken);

    /// <summary>The turn failed under a taken-over record before it committed: drop the record so a redelivery runs
    /// the activity again.</summary>
    Task ReleaseActivityAsync(string recordKey, string etag, CancellationToken cancellationToken);

    /// <summary>Deletes every record of a conversation whose data was erased (keys starting with the prefix).</summary>
    Task ForgetActivitiesAsync(string conversationPrefix, CancellationToken cancellationToken);
}

/// <summary>A state item as the turn read it: its text and ETag, or absent (both null).</summary>
public sealed record StateSnapshot(string? Json, string? ETag)
{
    public static readonly StateSnapshot Absent = new(null, null);
}

/// <summary>An activity's record: whether its turn committed and its replies were delivered, the replies still to
/// deliver, and when it was last written (a record not renewed within the claim TTL was left by a process that died).</summary>
public sealed record ActivityRecord(ActivityStatus Status, string? RepliesJson, string ETag, DateTimeOffset UpdatedAt);

public enum ActivityStatus
{
    /// <summary>Taken over by a process that is running the turn.</summary>
    Claimed,

    /// <summary>The turn's state is committed; <see cref="ActivityRecord.RepliesJson"/> still has to be delivered.</summary>
    Committed,

    /// <summary>Processed and every reply delivered: a redelivery is a duplicate.</summary>
    Delivered,
}
