using LeadBot.Bot.Storage;
using LeadBot.Bot.Turns;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// The turn's unit of work on the database (<see cref="BotStateTurnStore"/>): state read once, writes committed at the
/// end in one transaction guarded by what was read, activity records that make an activity run once and keep its
/// replies until delivered, and the once-per-activity lead save; on both providers.
/// </summary>
public abstract class BotStateTurnStoreTests
{
    private const string ConversationKey = "emulator/conversations/c-1";
    private const string UserKey = "emulator/users/u-1";

    protected abstract StorageProvider Provider { get; }

    private static TurnKeys Keys(string activityId = "a1") =>
        new(TurnKeys.RecordKeyOf("emulator", "c-1", activityId), TurnKeys.ConversationPrefixOf("emulator", "c-1") + "pending",
            TurnKeys.ConversationPrefixOf("emulator", "c-1"), [ConversationKey, UserKey]);

    [Fact]
    public async Task Of_two_turns_that_read_the_same_state_the_second_commit_fails_and_writes_nothing()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = db.Services.GetRequiredService<ITurnStore>();
        var b = other.GetRequiredService<ITurnStore>();
        await db.Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("start"), [UserKey] = State("user-start") });

        var turnA = await a.BeginAsync(Keys("x"), default);
        var turnB = await b.BeginAsync(Keys("y"), default);
        Assert.Equal("start", Value(turnA.Reads[ConversationKey]));
        foreach (var (turn, value) in new[] { (turnA, "from A"), (turnB, "from B") })
        {
            turn.Stage(ConversationKey, StateSerializer.Serialize(State(value)));
            turn.Stage(UserKey, StateSerializer.Serialize(State(value)));
        }

        await a.CommitAsync(turnA, default);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => b.CommitAsync(turnB, default));

        var stored = await db.Storage.ReadAsync([ConversationKey, UserKey]);
        Assert.Equal("from A", Value(stored[ConversationKey]));
        Assert.Equal("from A", Value(stored[UserKey]));
    }

    [Fact]
    public async Task A_turn_that_read_an_item_as_absent_does_not_overwrite_one_created_meanwhile()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var store = db.Services.GetRequiredService<ITurnStore>();
        var turn = await store.BeginAsync(Keys(), default);
        Assert.Null(turn.Reads[ConversationKey].Json);
        turn.Stage(ConversationKey, StateSerializer.Serialize(State("mine")));
        Assert.Equal("mine", Value(turn.View(ConversationKey)!));

        // Another instance creates it meanwhile.
        await other.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("theirs") });
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => store.CommitAsync(turn, default));

        Assert.Equal("theirs", Value((await db.Storage.ReadAsync([ConversationKey]))[ConversationKey]));
    }

    [Fact]
    public async Task Of_two_turns_of_one_activity_only_the_first_records_it_and_the_next_begin_sees_it()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = db.Services.GetRequiredService<ITurnStore>();
        var b = other.GetRequiredService<ITurnStore>();
        await db.Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = State("start") });

        var first = await a.BeginAsync(Keys(), default);
        var second = await b.BeginAsync(Keys(), default);
        Assert.Null(first.ExistingRecord);
        Assert.Null(second.ExistingRecord);
        Assert.Equal("start", Value(first.Reads[ConversationKey]));
        Assert.Null(first.Reads[UserKey].Json);
        first.RecordActivity("[]");
        second.RecordActivity("[]");
        await a.CommitAsync(first, default);
        var lost = await Assert.ThrowsAsync<StorageConcurrencyException>(() => b.CommitAsync(second, default));
        Assert.Equal(Keys().RecordKey, lost.Key);

        var again = await b.BeginAsync(Keys(), default);
        Assert.Equal(ActivityStatus.Committed, again.ExistingRecord?.Status);
    }

    [Fact]
    public async Task A_record_left_behind_is_taken_over_once_and_its_first_holder_can_no_longer_commit_or_deliver()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = db.Services.GetRequiredService<ITurnStore>();
        var b = other.GetRequiredService<ITurnStore>();
        var key = Keys().RecordKey!;

        var turn = await a.BeginAsync(Keys(), default);
        turn.RecordActivity("[{\"type\":\"message\",\"text\":\"one\"},{\"type\":\"message\",\"text\":\"two\"}]");
        await a.CommitAsync(turn, default);
        var committed = turn.CommittedRecordETag!;

        // Another instance takes the record over (the first one seemed dead): only one taker wins.
        var taken = await b.TakeOverActivityAsync(key, committed, default);
        Assert.NotNull(taken);
        Assert.Null(await a.TakeOverActivityAsync(key, committed, default));

        // The first holder comes back: it may neither record progress nor complete.
        Assert.Null(await a.KeepUndeliveredAsync(key, committed, "[]", default));
        await a.CompleteActivityAsync(key, committed, default);
        Assert.Equal(ActivityStatus.Committed, (await a.ReadRecordAsync(key, default))!.Status);

        // The taker delivers the first reply, keeps the second, delivers it and completes.
        var kept = await b.KeepUndeliveredAsync(key, taken!, "[{\"type\":\"message\",\"text\":\"two\"}]", default);
        var record = await b.ReadRecordAsync(key, default);
        Assert.DoesNotContain("one", record!.RepliesJson, StringComparison.Ordinal);
        Assert.Contains("two", record.RepliesJson, StringComparison.Ordinal);
        await b.CompleteActivityAsync(key, kept!, default);
        record = await a.ReadRecordAsync(key, default);
        Assert.Equal(ActivityStatus.Delivered, record!.Status);
        Assert.Null(record.RepliesJson);

        // A turn running under a claim that is no longer its own cannot commit.
        var late = await a.BeginAsync(Keys(), default);
        late.ClaimETag = taken;
        late.RecordActivity("[]");
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() => a.CommitAsync(late, default));
        Assert.Equal(key, error.Key);
    }

    [Fact]
    public async Task Replies_that_could_not_be_delivered_wait_in_the_record_and_in_the_conversations_pending_list()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var keys = Keys();

        var turn = await store.BeginAsync(keys, default);
        turn.RecordActivity("[{\"type\":\"message\",\"text\":\"next question\"}]");
        await store.CommitAsync(turn, default);
        await store.DeferDeliveryAsync(keys.RecordKey!, turn.CommittedRecordETag!, "[{\"type\":\"message\",\"text\":\"next question\"}]", keys.PendingKey!, default);

        // The redelivery may take the record over at once (no waiting for a claim to expire) and finds the replies;
        // the conversation's next activity finds the list of pending records.
        var redelivery = await store.BeginAsync(keys, default);
        Assert.Equal(ActivityStatus.Committed, redelivery.ExistingRecord!.Status);
        Assert.True(redelivery.ExistingRecord.UpdatedAt < DateTimeOffset.UtcNow - TimeSpan.FromHours(1));
        Assert.Contains("next question", redelivery.ExistingRecord.RepliesJson, StringComparison.Ordinal);
        var next = await store.BeginAsync(Keys("a2"), default);
        Assert.Null(next.ExistingRecord);
        Assert.Equal([keys.RecordKey!], Newtonsoft.Json.JsonConvert.DeserializeObject<List<string>>(next.PendingReplies!.RepliesJson!));

        await store.ClearPendingAsync(keys.PendingKey!, next.PendingReplies.ETag, default);
        Assert.Null((await store.BeginAsync(Keys("a3"), default)).PendingReplies);
    }

    [Fact]
    public async Task One_activity_stores_its_lead_once_however_often_its_turn_runs()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var repositories = new[] { db.Leads, other.GetRequiredService<ILeadRepository>() };
        var confirm = new SubmissionOrigin("emulator", "c-1", "confirm");

        var ids = new List<Guid>();
        for (var run = 0; run < 3; run++)
        {
            var submission = Submissions.Create(email: null, at: Submissions.Start.AddSeconds(run)) with { Origin = confirm };
            ids.Add((await repositories[run % 2].SaveQualifiedAsync(submission, CancellationToken.None)).Id);
        }

        Assert.Single(ids.Distinct());
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM Leads"));
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM StageChanges"));

        // Another activity (a new submission) is a new save, as before.
        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: null) with { Origin = confirm with { ActivityId = "confirm-2" } }, CancellationToken.None);
        Assert.Equal(2, await db.ScalarAsync("SELECT count(*) FROM Leads"));
    }

    [Fact]
    public async Task An_erased_conversation_keeps_no_record_of_its_activities()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var turn = await store.BeginAsync(Keys(), default);
        turn.RecordActivity("[]");
        await store.CommitAsync(turn, default);
        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: null) with { Origin = new SubmissionOrigin("emulator", "c-1", "a1") }, CancellationToken.None);
        Assert.Equal(2, await db.ScalarAsync($"SELECT count(*) FROM \"BotState\" WHERE \"Key\" LIKE '{TurnKeys.ActivityRecordPrefix}%'"));

        await store.ForgetActivitiesAsync(Keys().ConversationPrefix!, default);

        Assert.Equal(0, await db.ScalarAsync($"SELECT count(*) FROM \"BotState\" WHERE \"Key\" LIKE '{TurnKeys.ActivityRecordPrefix}%'"));
    }

    [Fact]
    public async Task Concurrent_commits_fail_or_succeed_each_on_their_own()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var keys = Enumerable.Range(0, 24).Select(i => $"emulator/conversations/group-{i}").ToArray();
        foreach (var key in keys)
        {
            await db.Storage.WriteAsync(new Dictionary<string, object> { [key] = State("start") });
        }

        // Every odd turn read a state that another writer changed before it commits: only those fail.
        var turns = new List<TurnTransaction>();
        foreach (var key in keys)
        {
            var turn = await store.BeginAsync(new TurnKeys(null, null, null, [key]), default);
            turn.Stage(key, StateSerializer.Serialize(State("turn")));
            turns.Add(turn);
        }

        for (var i = 1; i < keys.Length; i += 2)
        {
            await db.Storage.WriteAsync(new Dictionary<string, object> { [keys[i]] = State("other") });
        }

        var results = await Task.WhenAll(turns.Select(turn => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync(turn, default);
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        })));

        var stored = await db.Storage.ReadAsync(keys);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i % 2 == 0, results[i]);
            Assert.Equal(i % 2 == 0 ? "turn" : "other", Value(stored[keys[i]]));
        }
    }

    private static Dictionary<string, object> State(string value) => new() { ["value"] = value };

    private static string? Value(object state) => ((IDictionary<string, object>)state)["value"] as string;

    private static string? Value(StateSnapshot snapshot) => Value(StateSerializer.Deserialize(snapshot.Json!)!);
}

public sealed class BotStateTurnStoreTestsOnSqlite : BotStateTurnStoreTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class BotStateTurnStoreTestsOnPostgreSql : BotStateTurnStoreTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
