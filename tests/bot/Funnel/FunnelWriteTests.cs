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
/// The funnel's rows go into the database with the turn's state, in the same transaction: written when the turn
/// commits, not at all when it does not (a lost state race, a failing statement), and the journey's counts add up over
/// turns. On both providers.
/// </summary>
public abstract class FunnelWriteTests
{
    private const string ConversationKey = "emulator/conversations/c-1";

    protected abstract StorageProvider Provider { get; }

    private static TurnKeys Keys(string activityId) =>
        new(TurnKeys.RecordKeyOf("emulator", "c-1", activityId), TurnKeys.ConversationPrefixOf("emulator", "c-1") + "pending",
            TurnKeys.ConversationPrefixOf("emulator", "c-1"), [ConversationKey]);

    private static JourneyChange Change(FunnelTrack? before, params AskedPrompt[] prompts) =>
        FunnelObserver.Observe(before, new TurnFacts(DateTimeOffset.UtcNow, true, ConversationCommand.None, prompts, false, null))!;

    [Fact]
    public async Task A_turns_funnel_rows_are_committed_with_its_state_and_counts_add_up_over_turns()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var first = Change(null, new AskedPrompt(FunnelStep.Consent, null, false));
        var turn = await store.BeginAsync(Keys("a1"), default);
        turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = first.Track }));
        turn.Enlist(new FunnelWrite(first, JourneySource.From("newsletter", null, "herbst", "https://example.com/x?y=1", null), "emulator", "de"));
        await store.CommitAsync(turn, default);

        var second = Change(first.Track, new AskedPrompt(FunnelStep.Consent, null, true), new AskedPrompt(FunnelStep.Consent, null, true));
        turn = await store.BeginAsync(Keys("a2"), default);
        turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = second.Track }));
        turn.Enlist(new FunnelWrite(second, JourneySource.None, "emulator", "en"));
        await store.CommitAsync(turn, default);

        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        var journey = await context.Set<FunnelJourney>().AsNoTracking().SingleAsync();
        Assert.Equal(first.Track.Id, journey.Id);
        Assert.Equal((3, 2), (journey.ConsentAsked, journey.ConsentReasked));
        Assert.Equal(("newsletter", "herbst", "example.com/x"), (journey.Source, journey.Campaign, journey.Page));
        Assert.Equal("en", journey.Language);
        Assert.Equal(FunnelStep.Consent, journey.OpenStep);
        // The question events wait in the journey's row until the maintenance job moves them into rows, once.
        var waiting = FunnelEventText.Parse(journey.Id, journey.PendingEvents).Select(e => e.Kind).ToList();
        Assert.Equal([FunnelEventKind.Started, FunnelEventKind.Asked, FunnelEventKind.Reasked, FunnelEventKind.Reasked], waiting);
        Assert.False(await context.Set<FunnelEvent>().AnyAsync());
        var maintenance = Maintenance(db);
        Assert.Equal(4, await maintenance.MoveEventsAsync(default));
        Assert.Equal(0, await maintenance.MoveEventsAsync(default));
        var kinds = await context.Set<FunnelEvent>().OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
        Assert.Equal(waiting, kinds);
        Assert.Null((await context.Set<FunnelJourney>().AsNoTracking().SingleAsync()).PendingEvents);

        // A later turn's events join the rows on the next move.
        var third = Change(second.Track, new AskedPrompt(FunnelStep.Name, null, false));
        turn = await store.BeginAsync(Keys("a3"), default);
        turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = third.Track }));
        turn.Enlist(new FunnelWrite(third, JourneySource.None, "emulator", "en"));
        await store.CommitAsync(turn, default);
        // Answered (consent), Consented, Asked (name).
        Assert.Equal(3, await maintenance.MoveEventsAsync(default));
        Assert.Equal(7, await context.Set<FunnelEvent>().CountAsync());
    }

    private static FunnelMaintenance Maintenance(StorageTestDatabase db) => new(
        db.Services.GetRequiredService<BotStateDatabase>(),
        Microsoft.Extensions.Options.Options.Create(new FunnelOptions()),
        Microsoft.Extensions.Options.Options.Create(new LeadBot.Bot.Privacy.RetentionOptions()),
        TimeProvider.System);

    [Fact]
    public async Task A_turn_that_lost_the_state_race_writes_none_of_its_funnel_rows()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var a = db.Services.GetRequiredService<ITurnStore>();
        var b = other.GetRequiredService<ITurnStore>();
        var turnA = await a.BeginAsync(Keys("x"), default);
        var turnB = await b.BeginAsync(Keys("y"), default);
        var changeA = Change(null, new AskedPrompt(FunnelStep.Consent, null, false));
        var changeB = Change(null, new AskedPrompt(FunnelStep.Consent, null, false));
        foreach (var (turn, change) in new[] { (turnA, changeA), (turnB, changeB) })
        {
            turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = change.Track }));
            turn.Enlist(new FunnelWrite(change, JourneySource.None, "emulator", "de"));
        }

        await a.CommitAsync(turnA, default);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => b.CommitAsync(turnB, default));

        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        Assert.Equal(changeA.Track.Id, (await context.Set<FunnelJourney>().SingleAsync()).Id);
        Assert.Equal(2, await Maintenance(db).MoveEventsAsync(default));
    }

    [Fact]
    public async Task A_turn_that_leaves_language_and_status_alone_keeps_them_and_still_adds_its_counts()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var factory = db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        async Task WriteAsync(string activity, JourneyChange change, string language, bool writeLanguage, bool writeStatus)
        {
            var turn = await store.BeginAsync(Keys(activity), default);
            turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = change.Track, ["n"] = activity }));
            turn.Enlist(new FunnelWrite(change, JourneySource.None, "emulator", language, writeLanguage, writeStatus));
            await store.CommitAsync(turn, default);
        }

        async Task<FunnelJourney> JourneyAsync()
        {
            await using var context = await factory.CreateDbContextAsync();
            return await context.Set<FunnelJourney>().AsNoTracking().SingleAsync();
        }

        var first = Change(null, new AskedPrompt(FunnelStep.Consent, null, false));
        await WriteAsync("a1", first, "de", true, true);
        // The lean update (what a turn writes when neither changed): the row keeps its language, the counts still add.
        var second = Change(first.Track, new AskedPrompt(FunnelStep.Name, null, false));
        await WriteAsync("a2", second, "en", writeLanguage: false, writeStatus: false);
        var journey = await JourneyAsync();
        Assert.Equal(("de", FunnelStatus.Open, FunnelStep.Name, 1), (journey.Language, journey.Status, journey.OpenStep, journey.NameAsked));

        // Marked abandoned by the maintenance job meanwhile: a turn that writes the status opens it again.
        await using (var context = await factory.CreateDbContextAsync())
        {
            await context.Set<FunnelJourney>().ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, FunnelStatus.Abandoned));
        }

        var third = Change(second.Track, new AskedPrompt(FunnelStep.Email, null, false));
        await WriteAsync("a3", third, "en", writeLanguage: true, writeStatus: true);
        journey = await JourneyAsync();
        Assert.Equal(("en", FunnelStatus.Open, FunnelStep.Email, 1), (journey.Language, journey.Status, journey.OpenStep, journey.EmailAsked));
    }

    [Fact]
    public async Task A_funnel_row_the_database_refuses_leaves_nothing_of_the_turn_behind()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var change = Change(null, new AskedPrompt(FunnelStep.Consent, null, false));
        var turn = await store.BeginAsync(Keys("a1"), default);
        turn.Stage(ConversationKey, StateSerializer.Serialize(new Dictionary<string, object> { ["FunnelTrack"] = change.Track }));
        turn.RecordActivity("[]");
        // The language is required: the journey's insert fails after the state and the record were written.
        turn.Enlist(new FunnelWrite(change, JourneySource.None, "emulator", null!));
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
