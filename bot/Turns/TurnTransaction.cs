using Microsoft.Bot.Builder;

namespace LeadBot.Bot.Turns;

/// <summary>
/// The unit of work of one turn (one attempt of it): the state items as the turn read them, the writes it staged, what
/// it deleted, and the activity's record. <see cref="ReliableTurnBot"/> puts it into the turn context's
/// <see cref="ITurnContext.TurnState"/>; <see cref="StagedConversationState"/> and <see cref="StagedUserState"/> read and
/// stage through it; <see cref="ITurnStore.CommitAsync"/> writes it in one transaction, each write guarded by what was
/// read (an item read with ETag E is written only if it still has E, an item read as absent only if it is still absent).
/// </summary>
public sealed class TurnTransaction
{
    private readonly Dictionary<string, StateSnapshot> reads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> staged = new(StringComparer.Ordinal);
    private readonly HashSet<string> deleted = new(StringComparer.Ordinal);
    private List<ITurnWrite>? writes;
    private List<Action>? afterCommit;
    private List<Action>? ifNotCommitted;
    private bool settled;

    public TurnTransaction(TurnKeys keys, ActivityRecord? record, ActivityRecord? pending)
    {
        Keys = keys;
        ExistingRecord = record;
        PendingReplies = pending;
    }

    /// <summary>The turn's transaction in <paramref name="turnContext"/>, or null outside a prospect turn of
    /// <see cref="ReliableTurnBot"/> (then the Bot Builder states read and write storage directly).</summary>
    public static TurnTransaction? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnTransaction>(TurnStateKey);

    /// <summary>Makes this the transaction of <paramref name="turnContext"/>'s turn.</summary>
    public void AttachTo(ITurnContext turnContext) => turnContext.TurnState.Add(TurnStateKey, this);

    // Short on purpose: Bot Builder's turn state hashes its keys with a culture-aware comparer, whose cost grows with the
    // key's length, and the states look the transaction up on every property access.
    private const string TurnStateKey = "lb.tx";

    public TurnKeys Keys { get; }

    /// <summary>The activity's record as the turn found it (null: never processed).</summary>
    public ActivityRecord? ExistingRecord { get; }

    /// <summary>The conversation's list of activities whose replies wait for delivery (null: none). Its
    /// <see cref="ActivityRecord.RepliesJson"/> is a JSON array of record keys.</summary>
    public ActivityRecord? PendingReplies { get; }

    /// <summary>The state items read, by key.</summary>
    public IReadOnlyDictionary<string, StateSnapshot> Reads => reads;

    /// <summary>The staged writes: key → the text to store.</summary>
    public IReadOnlyDictionary<string, string> Staged => staged;

    /// <summary>True when the turn staged at least one write.</summary>
    public bool HasChanges => staged.Count > 0;

    /// <summary>The other writes enlisted in the turn (see <see cref="ITurnWrite"/>), in order.</summary>
    internal IReadOnlyList<ITurnWrite> Writes => (IReadOnlyList<ITurnWrite>?)writes ?? [];

    /// <summary>Commits <paramref name="write"/> with the turn's state, in the same transaction.</summary>
    internal void Enlist(ITurnWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        (writes ??= []).Add(write);
    }

    /// <summary>Runs <paramref name="action"/> once the turn is committed (by <see cref="ReliableTurnBot"/>, right after
    /// <see cref="ITurnStore.CommitAsync"/> returned); never when the turn is not. For work that must follow the turn
    /// but need not be part of its transaction.</summary>
    internal void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        (afterCommit ??= []).Add(action);
    }

    /// <summary>Runs <paramref name="action"/> when this attempt of the turn ends without a commit (it failed, or lost a
    /// conflict and runs again on a fresh transaction); never when it is committed. For giving back what the turn took
    /// out of a shared place on the assumption that it commits.</summary>
    internal void IfNotCommitted(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        (ifNotCommitted ??= []).Add(action);
    }

    /// <summary>The turn was committed: runs what <see cref="AfterCommit"/> registered (once).</summary>
    internal void Committed() => Settle(afterCommit);

    /// <summary>This attempt ends without a commit: runs what <see cref="IfNotCommitted"/> registered (once; nothing after
    /// <see cref="Committed"/>).</summary>
    internal void NotCommitted() => Settle(ifNotCommitted);

    /// <summary>An attempt ends once, committed or not: only the first call runs its actions.</summary>
    private void Settle(List<Action>? actions)
    {
        if (settled)
        {
            return;
        }

        settled = true;
        foreach (var action in actions ?? [])
        {
            action();
        }
    }

    /// <summary>The claim this turn runs under (a taken-over record), if any.</summary>
    public string? ClaimETag { get; set; }

    /// <summary>The replies to keep in the record until they are delivered (set before the commit; null: no record).</summary>
    public string? RepliesJson { get; private set; }

    /// <summary>The record's ETag after the commit.</summary>
    public string? CommittedRecordETag { get; set; }

    /// <summary>The state objects the Bot Builder states loaded this turn (see <see cref="StagedState"/>).</summary>
    internal Dictionary<string, StagedState.Slot> Slots { get; } = new(StringComparer.Ordinal);

    /// <summary>Commit the activity's record too, as processed, with <paramref name="repliesJson"/> until delivered.</summary>
    public void RecordActivity(string repliesJson) => RepliesJson = repliesJson;

    public bool WasDeleted(string key) => deleted.Contains(key);

    /// <summary>Remembers how the turn found <paramref name="key"/> (the first read wins: it is what the write is guarded by).</summary>
    public void Read(string key, StateSnapshot snapshot) => reads.TryAdd(key, snapshot);

    /// <summary>What the turn sees for <paramref name="key"/>: its own staged text, else what it read (null: not read yet).</summary>
    public StateSnapshot? View(string key) =>
        staged.TryGetValue(key, out var json) ? new StateSnapshot(json, null) : reads.GetValueOrDefault(key);

    public void Stage(string key, string json) => staged[key] = json;

    /// <summary>The item was deleted in the database: absent from now on, nothing staged for it.</summary>
    public void Deleted(string key)
    {
        deleted.Add(key);
        staged.Remove(key);
        Slots.Remove(key);
        reads[key] = StateSnapshot.Absent;
    }
}
