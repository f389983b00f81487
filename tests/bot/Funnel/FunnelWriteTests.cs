using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Storage;
using LeadBot.Bot.Turns;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Funnel;

/// <summary>
/// A journey's row takes its changes (<see cref="JourneyDelta"/>) in any order and from any writer with the same result
/// (counts add up, the later position wins, the start's source and time stay); the changes waiting in
/// <see cref="PendingJourneys"/> are written as one row change per journey and kept when the write fails; the turn that
/// stores the lead writes its journey with its state, or not at all. On both providers.
/// </summary>
public abstract class FunnelWriteTests
{
    private const string ConversationKey = "emulator/conversations/c-1";
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    protected abstract StorageProvider Provider { get; }

    private static TurnKeys Keys(string activityId) =>
        new(TurnKeys.RecordKeyOf("emulator", "c-1", activityId), TurnKeys.ConversationPrefixOf("emulator", "c-1") + "pending",
            TurnKeys.ConversationPrefixOf("emulator", "c-1"), [ConversationKey]);

    private static JourneyChange Change(FunnelTrack? before, DateTimeOffset at, params AskedPrompt[] prompts) =>
        FunnelObserver.Observe(before, new TurnFacts(at, true, ConversationCommand.None, prompts, false, null))!;

    /// <summary>Three turns of one journey: the start (consent asked, from a newsletter), consent asked twice more, then
    /// the name (consented), as deltas.</summary>
    private static List<JourneyDelta> ThreeTurns(string lastLanguage = "en")
    {
        var first = Change(null, T0, new AskedPrompt(FunnelStep.Consent, null, false));
        var second = Change(first.Track, T0.AddSeconds(5), new AskedPrompt(FunnelStep.Consent, null, true), new AskedPrompt(FunnelStep.Consent, null, true));
        var third = Change(second.Track, T0.AddSeconds(9), new AskedPrompt(FunnelStep.Name, null, false));
        return
        [
            JourneyDelta.Of(first, JourneySource.From("newsletter", null, "herbst", "https://example.com/x?y=1", null), "emulator", "de", T0),
            JourneyDelta.Of(second, JourneySource.None, "emulator", "de", T0.AddSeconds(5)),
            JourneyDelta.Of(third, JourneySource.None, "emulator", lastLanguage, T0.AddSeconds(9)),
        ];
    }

    private static Task WriteAsync(StorageTestDatabase db, params JourneyDelta[] deltas) =>
        db.Services.GetRequiredService<BotStateDatabase>().WriteAsync(async (connection, transaction, sql) =>
        {
            await new FunnelWrite(deltas).WriteAsync(connection, transaction, sql, default);
            return true;
        }, default);

    private static async Task<FunnelJourney> JourneyAsync(StorageTestDatabase db)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await context.Set<FunnelJourney>().AsNoTracking().SingleAsync();
    }

    private static void AssertThreeTurns(FunnelJourney journey)
    {
        Assert.Equal(T0, journey.StartedAt);
        Assert.Equal(T0.AddSeconds(9), journey.LastActivityAt);
        Assert.Equal((3, 2), (journey.ConsentAsked, journey.ConsentReasked));
        Assert.Equal((1, 0), (journey.NameAsked, journey.NameReasked));
        Assert.Equal(("newsletter", "herbst", "example.com/x"), (journey.Source, journey.Campaign, journey.Page));
        Assert.Equal(("en", FunnelStatus.Open, FunnelStep.Name, FunnelPoint.Name), (journey.Language, journey.Status, journey.OpenStep, journey.Reached));
        Assert.Equal(T0.AddSeconds(9), journey.ConsentedAt);
        var waiting = FunnelEventText.Parse(journey.Id, journey.PendingEvents).OrderBy(e => e.At).ThenBy(e => e.Kind).Select(e => e.Kind).ToList();
        Assert.Equal([FunnelEventKind.Started, FunnelEventKind.Asked, FunnelEventKind.Reasked, FunnelEventKind.Reasked,
            FunnelEventKind.Consented, FunnelEventKind.Asked, FunnelEventKind.Answered], waiting);
    }

    [Fact]
    public async Task A_journeys_changes_written_one_by_one_in_order_add_up_in_its_row()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        foreach (var delta in ThreeTurns())
        {
            await WriteAsync(db, delta);
        }

        AssertThreeTurns(await JourneyAsync(db));
    }

    [Fact]
    public async Task A_journeys_changes_written_out_of_order_by_different_writers_end_in_the_same_row()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var turns = ThreeTurns();
        // The last turn first (the row does not exist yet), then the start, then the middle one.
        await WriteAsync(db, turns[2]);
        await WriteAsync(db, turns[0]);
        await WriteAsync(db, turns[1]);

        AssertThreeTurns(await JourneyAsync(db));
    }

    [Fact]
    public async Task Changes_merged_before_writing_give_the_row_that_writing_them_one_by_one_gives()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var turns = ThreeTurns();
        turns[2].Merge(turns[0]);
        turns[2].Merge(turns[1]);
        await WriteAsync(db, turns[2]);

        AssertThreeTurns(await JourneyAsync(db));
        // The events that waited in the row become rows once.
        var maintenance = Maintenance(db);
        Assert.Equal(7, await maintenance.MoveEventsAsync(default));
        Assert.Equal(0, await maintenance.MoveEventsAsync(default));
        Assert.Null((await JourneyAsync(db)).PendingEvents);
    }

    [Fact]
    public async Task A_journey_marked_abandoned_opens_again_with_a_later_turn_but_not_with_an_earlier_one_written_late()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var turns = ThreeTurns();
        await WriteAsync(db, turns[0], turns[2]);
        await using (var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            await context.Set<FunnelJourney>().ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, FunnelStatus.Abandoned));
        }

        // A change from before the last turn (held back by another instance) adds its counts but moves nothing back.
        await WriteAsync(db, turns[1]);
        var journey = await JourneyAsync(db);
        Assert.Equal((FunnelStatus.Abandoned, FunnelStep.Name, 3), (journey.Status, journey.OpenStep, journey.ConsentAsked));

        var fourth = JourneyDelta.Of(Change(Track(journey), T0.AddMinutes(40), new AskedPrompt(FunnelStep.Email, null, false)), JourneySource.None, "emulator", "de", T0.AddMinutes(40));
        await WriteAsync(db, fourth);
        journey = await JourneyAsync(db);
        Assert.Equal((FunnelStatus.Open, FunnelStep.Email, "de", T0.AddMinutes(40)), (journey.Status, journey.OpenStep, journey.Language, journey.LastActivityAt));
    }

    private static FunnelTrack Track(FunnelJourney journey) => new()
    {
        Id = journey.Id, Status = FunnelStatus.Open, Open = journey.OpenStep, Reached = journey.Reached, Consented = journey.ConsentedAt is not null,
    };

    [Fact]
    public async Task Waiting_changes_are_written_as_one_row_per_journey_and_wait_again_when_the_write_fails()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var pending = new PendingJourneys(db.Services.GetRequiredService<BotStateDatabase>());
        foreach (var delta in ThreeTurns())
        {
            pending.Add(delta);
        }

        var other = JourneyDelta.Of(Change(null, T0, new AskedPrompt(FunnelStep.Consent, null, false)), JourneySource.None, "emulator", "de", T0);
        pending.Add(other);
        Assert.Equal(2, pending.Count);
        await pending.WriteAsync(default);
        Assert.Equal(0, pending.Count);
        await using (var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            var journeys = await context.Set<FunnelJourney>().AsNoTracking().ToListAsync();
            Assert.Equal(2, journeys.Count);
            AssertThreeTurns(journeys.Single(j => j.Id != other.Id));
        }

        // The database refuses a change (the language is required): it waits again, with what came meanwhile.
        var refused = JourneyDelta.Of(Change(null, T0, new AskedPrompt(FunnelStep.Consent, null, false)), JourneySource.None, "emulator", null!, T0);
        pending.Add(refused);
        await Assert.ThrowsAnyAsync<Exception>(() => pending.WriteAsync(default));
        Assert.Equal(1, pending.Count);
        await using (var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(2, await context.Set<FunnelJourney>().CountAsync());
        }

        // A change the database keeps refusing is given up in the end, so it cannot hold back the others for ever.
        var failures = 1;
        while (pending.Count > 0 && failures < 100)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => pending.WriteAsync(default));
            failures++;
        }

        Assert.Equal(PendingJourneys.MaxFailedWrites, failures);
    }

    private static FunnelMaintenance Maintenance(StorageTestDatabase db) => new(
        db.Services.GetRequiredService<BotStateDatabase>(),
        Microsoft.Extensions.Options.Options.Create(new FunnelOptions()),
        Microsoft.Extensions.Options.Options.Create(new LeadBot.Bot.Privacy.RetentionOptions()),
        TimeProvider.System);

    private static JourneyDelta Completion(FunnelTrack before, Guid leadId)
    {
        var change = FunnelObserver.Observe(before, new TurnFacts(T0.AddMinutes(1), true, ConversationCommand.None, [], false, new StoredLead(leadId, LeadStage.Mql)))!;
        return JourneyDelta.Of(change, JourneySource.None, "emulator", "de", T0.AddMinutes(1));
    }

    [Fact]
    public async Task The_stages_stored_leads_reached_wait_with_the_journeys_changes_and_are_all_written_with_the_next_batch()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var pending = new PendingJourneys(db.Services.GetRequiredService<BotStateDatabase>());
        // 45 leads: more rows than one statement takes (32), so the chunks of 8, 4 and 1 are written too.
        var journeys = Enumerable.Range(0, 45).Select(i => FunnelTrack.NewId(T0.AddMilliseconds(i))).ToList();
        pending.AddRows(journeys.Select((id, i) => new FunnelEvent { JourneyId = id, At = T0.AddSeconds(i), Kind = FunnelEventKind.StageReached, Stage = i % 3 == 0 ? LeadStage.Mql : LeadStage.Lead }));
        pending.Add(ThreeTurns()[0]);

        await using (var before = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(0, await before.Set<FunnelEvent>().CountAsync());
        }

        await pending.WriteAsync(default);

        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        var rows = await context.Set<FunnelEvent>().AsNoTracking().Where(e => e.Kind == FunnelEventKind.StageReached).ToListAsync();
        Assert.Equal(journeys.Order(), rows.Select(r => r.JourneyId).Order());
        Assert.Equal(15, rows.Count(r => r.Stage == LeadStage.Mql));
        Assert.Equal(T0.AddSeconds(44), rows.Single(r => r.JourneyId == journeys[44]).At);
        Assert.Equal(1, await context.Set<FunnelJourney>().CountAsync());
    }

    [Fact]
    public async Task The_turn_that_stores_the_lead_writes_its_journey_with_its_state_and_a_turn_that_lost_the_race_writes_none()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = db.Services.GetRequiredService<ITurnStore>();
        var b = other.GetRequiredService<ITurnStore>();
        var atSummary = Change(null, T0, new AskedPrompt(FunnelStep.Confirm, null, false)).Track;
        var turnA = await a.BeginAsync(Keys("x"), default);
        var turnB = await b.BeginAsync(Keys("y"), default);
        var leadA = Guid.NewGuid();
        foreach (var (turn, lead) in new[] { (turnA, leadA), (turnB, Guid.NewGuid()) })
        {
            turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["n"] = lead.ToString() }));
            turn.Enlist(new FunnelWrite([Completion(atSummary, lead)]));
        }

        await a.CommitAsync(turnA, default);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => b.CommitAsync(turnB, default));

        var journey = await JourneyAsync(db);
        Assert.Equal((leadA, FunnelStatus.Completed, LeadStage.Mql), (journey.LeadId, journey.Status, journey.Stage));
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        var reached = await context.Set<FunnelEvent>().AsNoTracking().SingleAsync();
        Assert.Equal((journey.Id, FunnelEventKind.StageReached, LeadStage.Mql), (reached.JourneyId, reached.Kind, reached.Stage));

        // A change of the journey written after it ended, even one stamped later (another instance's clock), adds its
        // counts but does not open it again; merged before writing, the same.
        var late = JourneyDelta.Of(Change(atSummary, T0.AddMinutes(5), new AskedPrompt(FunnelStep.Confirm, null, true)), JourneySource.None, "emulator", "en", T0.AddMinutes(5));
        var merged = Completion(atSummary, leadA);
        merged.Merge(JourneyDelta.Of(Change(atSummary, T0.AddMinutes(5), new AskedPrompt(FunnelStep.Confirm, null, true)), JourneySource.None, "emulator", "en", T0.AddMinutes(5)));
        Assert.Equal((FunnelStatus.Completed, (FunnelStep?)null, "de"), (merged.Status, merged.Open, merged.Language));
        await WriteAsync(db, late);
        journey = await JourneyAsync(db);
        Assert.Equal((FunnelStatus.Completed, (FunnelStep?)null, "de", 1), (journey.Status, journey.OpenStep, journey.Language, journey.ConfirmReasked));
    }

    [Fact]
    public async Task A_funnel_row_the_database_refuses_leaves_nothing_of_the_turn_behind()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var change = Change(null, T0, new AskedPrompt(FunnelStep.Consent, null, false));
        var turn = await store.BeginAsync(Keys("a1"), default);
        turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = change.Track }));
        turn.RecordActivity("[]");
        // The language is required: the journey's insert fails after the state and the record were written.
        turn.Enlist(new FunnelWrite([JourneyDelta.Of(change, JourneySource.None, "emulator", null!, T0)]));
        await Assert.ThrowsAnyAsync<Exception>(() => store.CommitAsync(turn, default));

        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM BotState"));
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        Assert.False(await context.Set<FunnelJourney>().AnyAsync());
        Assert.False(await context.Set<FunnelEvent>().AnyAsync());
    }
}

public sealed class FunnelWriteTestsOnSqlite : FunnelWriteTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class FunnelWriteTestsOnPostgreSql : FunnelWriteTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
