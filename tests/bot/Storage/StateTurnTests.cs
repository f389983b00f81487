using LeadBot.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// The turn unit of work of <see cref="EfCoreStorage"/> (reads remembered, writes committed at the end in one
/// transaction, guarded by what was read), activity claims and the once-per-activity lead save, on both providers.
/// </summary>
public abstract class StateTurnTests
{
    private const string ConversationKey = "emulator/conversations/c-1";
    private const string UserKey = "emulator/users/u-1";

    protected abstract StorageProvider Provider { get; }

    [Fact]
    public async Task Of_two_turns_that_read_the_same_state_the_second_commit_fails_and_writes_nothing()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = (EfCoreStorage)db.Storage;
        var b = (EfCoreStorage)other.GetRequiredService<IStorage>();
        await a.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("start"), [UserKey] = State("user-start") });

        // Bot Framework state is a plain dictionary without an ETag: the turn remembers what it read.
        var turnA = await RunTurnAsync(a, "from A");
        var turnB = await RunTurnAsync(b, "from B");
        await a.CommitAsync(turnA);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => b.CommitAsync(turnB));

        var stored = await a.ReadAsync([ConversationKey, UserKey]);
        Assert.Equal("from A", Value(stored[ConversationKey]));
        Assert.Equal("from A", Value(stored[UserKey]));
    }

    [Fact]
    public async Task A_turn_that_read_an_item_as_absent_does_not_overwrite_one_created_meanwhile()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var storage = (EfCoreStorage)db.Storage;
        using (var turn = storage.BeginTurn())
        {
            Assert.Empty(await storage.ReadAsync([ConversationKey]));
            await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("mine") });
            Assert.Equal("mine", Value((await storage.ReadAsync([ConversationKey]))[ConversationKey]));
            // Another instance creates it meanwhile.
            await other.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("theirs") });
            await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.CommitAsync(turn));
        }

        Assert.Equal("theirs", Value((await storage.ReadAsync([ConversationKey]))[ConversationKey]));
    }

    [Fact]
    public async Task An_activity_is_claimed_once_a_dead_claim_expires_and_a_delivered_one_is_done()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = (EfCoreStorage)db.Storage;
        var b = (EfCoreStorage)other.GetRequiredService<IStorage>();
        var key = EfCoreStorage.ActivityRecordPrefix + "c/a1";
        var ttl = TimeSpan.FromSeconds(1);

        var first = await a.ClaimActivityAsync(key, ttl);
        Assert.Equal(ActivityClaimOutcome.Claimed, first.Outcome);
        Assert.Equal(ActivityClaimOutcome.Busy, (await b.ClaimActivityAsync(key, ttl)).Outcome);

        // The holder "dies": its claim expires and another instance takes the activity over.
        await Task.Delay(ttl + TimeSpan.FromMilliseconds(300));
        var taken = await b.ClaimActivityAsync(key, ttl);
        Assert.Equal(ActivityClaimOutcome.Claimed, taken.Outcome);

        using (var turn = b.BeginTurn())
        {
            await b.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("done") });
            turn.RecordActivity(key, taken.ETag!, "[]");
            await b.CommitAsync(turn);
            await b.CompleteActivityAsync(key, turn.CommittedRecordETag!);
        }

        Assert.Equal(ActivityClaimOutcome.Done, (await a.ClaimActivityAsync(key, ttl)).Outcome);

        // The first holder comes back: its claim is gone, so its commit fails.
        using var late = a.BeginTurn();
        late.RecordActivity(key, first.ETag!, "[]");
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() => a.CommitAsync(late));
        Assert.Equal(key, error.Key);
    }

    [Fact]
    public async Task A_state_committed_but_not_delivered_leaves_its_replies_for_the_redelivery()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var storage = (EfCoreStorage)db.Storage;
        var key = EfCoreStorage.ActivityRecordPrefix + "c/a2";
        var ttl = TimeSpan.FromMilliseconds(500);
        var claim = await storage.ClaimActivityAsync(key, ttl);
        using (var turn = storage.BeginTurn())
        {
            turn.RecordActivity(key, claim.ETag!, "[{\"type\":\"message\",\"text\":\"next question\"}]");
            await storage.CommitAsync(turn);
        }

        // Killed before delivering: after the claim expires, the redelivery gets the replies instead of a rerun.
        await Task.Delay(ttl + TimeSpan.FromMilliseconds(300));
        var again = await storage.ClaimActivityAsync(key, ttl);
        Assert.Equal(ActivityClaimOutcome.Undelivered, again.Outcome);
        Assert.Contains("next question", again.RepliesJson, StringComparison.Ordinal);
        await storage.CompleteActivityAsync(key, again.ETag!);
        Assert.Equal(ActivityClaimOutcome.Done, (await storage.ClaimActivityAsync(key, ttl)).Outcome);
    }

    [Fact]
    public async Task One_activity_stores_its_lead_once_however_often_its_turn_runs()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var repositories = new[] { db.Leads, other.GetRequiredService<LeadBot.Dialogs.Domain.ILeadRepository>() };

        var ids = new List<Guid>();
        for (var run = 0; run < 3; run++)
        {
            using (LeadSaveScope.Begin(EfCoreStorage.ActivityRecordPrefix + "c/confirm"))
            {
                ids.Add((await repositories[run % 2].SaveQualifiedAsync(Submissions.Create(email: null, at: Submissions.Start.AddSeconds(run)), CancellationToken.None)).Id);
            }
        }

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM Leads"));
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM StageChanges"));

        // Another activity (a new submission) is a new save, as before.
        using (LeadSaveScope.Begin(EfCoreStorage.ActivityRecordPrefix + "c/confirm-2"))
        {
            await db.Leads.SaveQualifiedAsync(Submissions.Create(email: null), CancellationToken.None);
        }

        Assert.Equal(2, await db.ScalarAsync("SELECT count(*) FROM Leads"));
    }

    [Fact]
    public async Task Of_two_unclaimed_turns_of_one_activity_only_the_first_records_it_and_the_prefetch_sees_it()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = (EfCoreStorage)db.Storage;
        var b = (EfCoreStorage)other.GetRequiredService<IStorage>();
        var key = EfCoreStorage.ActivityRecordPrefix + "c/a3";
        await a.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("start") });

        using (var first = a.BeginTurn())
        using (var second = b.BeginTurn())
        {
            // One query: the record (none yet) and the state, remembered by the turn as read.
            Assert.Null(await a.PrefetchAsync(first, key, [ConversationKey, UserKey]));
            Assert.Null(await b.PrefetchAsync(second, key, [UserKey]));
            Assert.Equal("start", Value((await a.ReadAsync([ConversationKey]))[ConversationKey]));
            Assert.Empty(await a.ReadAsync([UserKey]));
            first.RecordActivity(key, null, "[]");
            second.RecordActivity(key, null, "[]");
            await a.CommitAsync(first);
            var lost = await Assert.ThrowsAsync<StorageConcurrencyException>(() => b.CommitAsync(second));
            Assert.Equal(key, lost.Key);
        }

        using (var again = b.BeginTurn())
        {
            var record = await b.PrefetchAsync(again, key, [ConversationKey]);
            Assert.NotNull(record);
            Assert.True(record.Committed);
            Assert.False(record.Delivered);
        }
    }

    [Fact]
    public async Task Digest_states_write_only_what_changed_also_deep_inside_and_store_the_same_text()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var storage = (EfCoreStorage)db.Storage;
        var state = new DigestConversationState(storage);
        var items = state.CreateProperty<Dictionary<string, object>>("items");
        var context = new TurnContext(new NoAdapter(), new Microsoft.Bot.Schema.Activity
        {
            Type = "message", ChannelId = "emulator", Conversation = new() { Id = "c-1" }, From = new() { Id = "u-1" },
        });

        // A first turn creates the state (not read before: Bot Builder's own hashing).
        using (var turn = storage.BeginTurn())
        {
            await storage.PrefetchAsync(turn, null, [ConversationKey]);
            await state.LoadAsync(context, true);
            (await items.GetAsync(context, () => new() { ["list"] = new List<string> { "a" } })).Add("n", 1L);
            await state.SaveChangesAsync(context);
            Assert.True(turn.Pending.ContainsKey(ConversationKey));
            await storage.CommitAsync(turn);
        }

        // Unchanged: nothing staged (the hash of the stored text equals that of the state as it would be stored).
        using (var turn = storage.BeginTurn())
        {
            await storage.PrefetchAsync(turn, null, [ConversationKey]);
            await state.LoadAsync(context, true);
            Assert.Equal(1L, (await items.GetAsync(context))["n"]);
            await state.SaveChangesAsync(context);
            Assert.Empty(turn.Pending);
        }

        // Changed deep inside (a list in a dictionary in the state): written, with exactly the storage's own text.
        using (var turn = storage.BeginTurn())
        {
            await storage.PrefetchAsync(turn, null, [ConversationKey]);
            await state.LoadAsync(context, true);
            ((List<string>)(await items.GetAsync(context))["list"]).Add("b");
            await state.SaveChangesAsync(context);
            Assert.Equal(EfCoreStorage.Serialize(((IDictionary<string, object>)(await storage.ReadAsync([ConversationKey]))[ConversationKey])), turn.Pending[ConversationKey].Json);
            // Saved once: a second save in the same turn finds no change.
            var staged = turn.Pending[ConversationKey];
            await state.SaveChangesAsync(context);
            Assert.Same(staged, turn.Pending[ConversationKey]);
            await storage.CommitAsync(turn);
        }

        var stored = (IDictionary<string, object>)(await storage.ReadAsync([ConversationKey]))[ConversationKey];
        Assert.IsType<Dictionary<string, object>>(stored);
        Assert.Equal(["a", "b"], (List<string>)((Dictionary<string, object>)stored["items"])["list"]);
    }

    [Fact]
    public async Task The_next_turn_continues_from_the_committed_state_but_never_from_another_writers_or_a_failed_turns()
    {
        // Its own conversation: the process-wide erasure below must not touch another test's cache entries.
        var conversationId = "cache-" + Guid.NewGuid().ToString("N");
        var conversationKey = $"emulator/conversations/{conversationId}";
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = (EfCoreStorage)db.Storage;
        var b = (EfCoreStorage)other.GetRequiredService<IStorage>();
        var stateA = new DigestConversationState(a);
        var stateB = new DigestConversationState(b);
        var itemsA = stateA.CreateProperty<Dictionary<string, object>>("items");
        var itemsB = stateB.CreateProperty<Dictionary<string, object>>("items");
        var context = new TurnContext(new NoAdapter(), new Microsoft.Bot.Schema.Activity
        {
            Type = "message", ChannelId = "emulator", Conversation = new() { Id = conversationId }, From = new() { Id = "u-1" },
        });

        // The turn is begun in the test's own flow (it is an AsyncLocal), then loaded as the bot does.
        async Task<Dictionary<string, object>> LoadAsync(StateTurn turn, EfCoreStorage storage, DigestConversationState state, IStatePropertyAccessor<Dictionary<string, object>> items)
        {
            await storage.PrefetchAsync(turn, null, [conversationKey]);
            await state.LoadAsync(context, true);
            return await items.GetAsync(context, () => new() { ["n"] = 0L });
        }

        // Turn 1 creates the state; turn 2 goes on with the very object turn 1 committed (no deserialization).
        var first = a.BeginTurn();
        var firstItems = await LoadAsync(first, a, stateA, itemsA);
        firstItems["n"] = 1L;
        await stateA.SaveChangesAsync(context);
        var firstText = first.Pending[conversationKey].Json;
        await a.CommitAsync(first);
        first.Dispose();
        Assert.Equal(1, a.CachedStateCount);

        var second = a.BeginTurn();
        var secondItems = await LoadAsync(second, a, stateA, itemsA);
        Assert.Same(firstItems, secondItems);
        // Nor is the stored text read into a new string: it is the text that was committed.
        Assert.Same(firstText, second.Reads[conversationKey].Json);
        secondItems["n"] = 2L;
        await stateA.SaveChangesAsync(context);
        await a.CommitAsync(second);
        second.Dispose();

        // Another instance answers the next message: instance A must see its state, not the object it kept.
        var onB = b.BeginTurn();
        var itemsOnB = await LoadAsync(onB, b, stateB, itemsB);
        Assert.Equal(2L, itemsOnB["n"]);
        itemsOnB["n"] = 3L;
        await stateB.SaveChangesAsync(context);
        await b.CommitAsync(onB);
        onB.Dispose();

        var third = a.BeginTurn();
        var thirdItems = await LoadAsync(third, a, stateA, itemsA);
        Assert.NotSame(secondItems, thirdItems);
        Assert.Equal(3L, thirdItems["n"]);
        Assert.Equal(onB.Pending[conversationKey].Json, third.Reads[conversationKey].Json);
        thirdItems["n"] = 4L;
        await stateA.SaveChangesAsync(context);
        await a.CommitAsync(third);
        third.Dispose();

        // A turn that changes the state and fails before its commit leaves nothing behind for the next one.
        var failed = a.BeginTurn();
        var failedItems = await LoadAsync(failed, a, stateA, itemsA);
        Assert.Same(thirdItems, failedItems);
        failedItems["n"] = 999L;
        ((Dictionary<string, object>)failedItems).Add("half", "written");
        await stateA.SaveChangesAsync(context);
        failed.Dispose();

        var after = a.BeginTurn();
        var afterItems = await LoadAsync(after, a, stateA, itemsA);
        Assert.NotSame(failedItems, afterItems);
        Assert.Equal(4L, afterItems["n"]);
        Assert.False(afterItems.ContainsKey("half"));
        afterItems["n"] = 5L;
        await stateA.SaveChangesAsync(context);
        await a.CommitAsync(after);
        after.Dispose();
        Assert.Equal(1, a.CachedStateCount);
        Assert.Equal(1, b.CachedStateCount);

        // A privacy erasure deletes the rows with SQL and drops the keys from every storage of the process.
        TurnStateCache.ForgetEverywhere([conversationKey]);
        Assert.Equal(0, a.CachedStateCount);
        Assert.Equal(0, b.CachedStateCount);

        var last = a.BeginTurn();
        var lastItems = await LoadAsync(last, a, stateA, itemsA);
        Assert.Equal(5L, lastItems["n"]);
        lastItems["n"] = 6L;
        await stateA.SaveChangesAsync(context);
        await a.CommitAsync(last);
        last.Dispose();
        Assert.Equal(1, a.CachedStateCount);

        // Erasing the state through the storage drops what this instance kept of it.
        await a.DeleteAsync([conversationKey]);
        Assert.Equal(0, a.CachedStateCount);
        var erased = a.BeginTurn();
        var erasedItems = await LoadAsync(erased, a, stateA, itemsA);
        Assert.Equal(0L, erasedItems["n"]);
        erased.Dispose();
    }

    private sealed class NoAdapter : BotAdapter
    {
        public override Task<Microsoft.Bot.Schema.ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Microsoft.Bot.Schema.Activity[] activities, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<Microsoft.Bot.Schema.ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Microsoft.Bot.Schema.Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, Microsoft.Bot.Schema.ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    [Fact]
    public async Task Concurrent_commits_fail_or_succeed_each_on_their_own()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var storage = (EfCoreStorage)db.Storage;
        var keys = Enumerable.Range(0, 24).Select(i => $"emulator/conversations/group-{i}").ToArray();
        foreach (var key in keys)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = State("start") });
        }

        // Every odd turn read a state that another writer changed before it commits: only those fail.
        var turns = new List<(string Key, StateTurn Turn)>();
        foreach (var key in keys)
        {
            var turn = storage.BeginTurn();
            await storage.ReadAsync([key]);
            await storage.WriteAsync(new Dictionary<string, object> { [key] = State("turn") });
            turn.Dispose();
            turns.Add((key, turn));
        }

        for (var i = 1; i < keys.Length; i += 2)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [keys[i]] = State("other") });
        }

        var results = await Task.WhenAll(turns.Select(t => Task.Run(async () =>
        {
            try
            {
                await storage.CommitAsync(t.Turn);
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        })));

        var stored = await storage.ReadAsync(keys);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i % 2 == 0, results[i]);
            Assert.Equal(i % 2 == 0 ? "turn" : "other", Value(stored[keys[i]]));
        }
    }

    private static Dictionary<string, object> State(string value) => new() { ["value"] = value };

    private static string? Value(object state) => ((IDictionary<string, object>)state)["value"] as string;

    private static async Task<StateTurn> RunTurnAsync(EfCoreStorage storage, string value)
    {
        var turn = storage.BeginTurn();
        try
        {
            var read = await storage.ReadAsync([ConversationKey, UserKey]);
            Assert.Equal(2, read.Count);
            await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State(value) });
            await storage.WriteAsync(new Dictionary<string, object> { [UserKey] = State(value) });
            return turn;
        }
        finally
        {
            // Leave the turn's async flow; the turn object still commits.
            turn.Dispose();
        }
    }
}

public sealed class StateTurnTestsOnSqlite : StateTurnTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

public sealed class StateTurnTestsOnPostgreSql : StateTurnTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
