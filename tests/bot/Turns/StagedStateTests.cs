using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Storage;
using LeadBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Turns;

/// <summary>
/// The staged Bot Builder states against the stock ones: the same operations give the same stored text and the same
/// values; inside a turn nothing is written before the commit, an unchanged state stages nothing, and a change deep
/// inside the state is staged once.
/// </summary>
public sealed class StagedStateTests
{
    private static Activity Message(string conversationId) => new()
    {
        Type = ActivityTypes.Message, ChannelId = "emulator", Conversation = new() { Id = conversationId }, From = new() { Id = "u-1" },
    };

    [Fact]
    public async Task The_staged_state_stores_exactly_what_the_stock_state_stores()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        var storage = db.Storage;
        var store = db.Services.GetRequiredService<ITurnStore>();
        var stock = new ConversationState(storage);
        var staged = new StagedConversationState(storage, store);

        // The same three turns through both: create, change deep inside, delete a property.
        async Task RunAsync(BotState state, string conversationId, bool inTransaction)
        {
            var items = state.CreateProperty<Dictionary<string, object>>("items");
            var step = state.CreateProperty<int>("step");
            for (var turnNumber = 0; turnNumber < 3; turnNumber++)
            {
                var context = new TurnContext(new NoAdapter(), Message(conversationId));
                TurnTransaction? turn = null;
                if (inTransaction)
                {
                    turn = await store.BeginAsync(TurnKeys.Of(context.Activity), default);
                    turn.AttachTo(context);
                }

                var values = await items.GetAsync(context, () => new() { ["list"] = new List<string> { "a" } });
                switch (turnNumber)
                {
                    case 0:
                        await step.SetAsync(context, 1);
                        values["when"] = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));
                        break;
                    case 1:
                        ((List<string>)values["list"]).Add("b");
                        await step.SetAsync(context, await step.GetAsync(context, () => 0) + 1);
                        break;
                    default:
                        await step.DeleteAsync(context);
                        break;
                }

                await state.SaveChangesAsync(context);
                if (turn is not null)
                {
                    await store.CommitAsync(turn, default);
                }
            }
        }

        await RunAsync(stock, "stock", inTransaction: false);
        await RunAsync(staged, "staged", inTransaction: true);

        var stored = await db.TextAsync("SELECT \"Json\" FROM \"BotState\" WHERE \"Key\" = 'emulator/conversations/stock'");
        Assert.NotNull(stored);
        Assert.Equal(stored, await db.TextAsync("SELECT \"Json\" FROM \"BotState\" WHERE \"Key\" = 'emulator/conversations/staged'"));
        var back = (IDictionary<string, object>)(await storage.ReadAsync(["emulator/conversations/staged"]))["emulator/conversations/staged"];
        Assert.Equal(["a", "b"], (List<string>)((Dictionary<string, object>)back["items"])["list"]);
        Assert.False(back.ContainsKey("step"));
    }

    [Fact]
    public async Task Inside_a_turn_writes_are_staged_only_what_changed_and_only_once()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var state = new StagedConversationState(db.Storage, store);
        var items = state.CreateProperty<Dictionary<string, object>>("items");
        const string Key = "emulator/conversations/c-1";

        async Task<(TurnContext Context, TurnTransaction Turn)> BeginAsync()
        {
            var context = new TurnContext(new NoAdapter(), Message("c-1"));
            var turn = await store.BeginAsync(TurnKeys.Of(context.Activity), default);
            turn.AttachTo(context);
            return (context, turn);
        }

        // Created: staged, and not in the database before the commit.
        var (context, turn) = await BeginAsync();
        (await items.GetAsync(context, () => new() { ["list"] = new List<string> { "a" } })).Add("n", 1L);
        await state.SaveChangesAsync(context);
        Assert.True(turn.Staged.ContainsKey(Key));
        Assert.Empty(await db.Storage.ReadAsync([Key]));
        await store.CommitAsync(turn, default);

        // Unchanged: nothing staged.
        (context, turn) = await BeginAsync();
        Assert.Equal(1L, (await items.GetAsync(context))["n"]);
        await state.SaveChangesAsync(context);
        Assert.False(turn.HasChanges);

        // Changed deep inside (a list in a dictionary in the state): staged with the storage's own text, once.
        (context, turn) = await BeginAsync();
        ((List<string>)(await items.GetAsync(context))["list"]).Add("b");
        await state.SaveChangesAsync(context);
        var text = turn.Staged[Key];
        Assert.Equal(StateSerializer.Serialize(StateSerializer.Deserialize(text)!), text);
        await state.SaveChangesAsync(context);
        Assert.Same(text, turn.Staged[Key]);

        // A turn that fails before its commit leaves nothing behind for the next one.
        var (failed, _) = await BeginAsync();
        (await items.GetAsync(failed))["half"] = "written";
        await state.SaveChangesAsync(failed);
        await store.CommitAsync(turn, default);
        (context, _) = await BeginAsync();
        var values = await items.GetAsync(context);
        Assert.False(values.ContainsKey("half"));
        Assert.Equal(["a", "b"], (List<string>)values["list"]);
    }

    [Fact]
    public async Task Deleting_the_state_in_a_turn_removes_it_at_once_and_nothing_is_written_again()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        var store = db.Services.GetRequiredService<ITurnStore>();
        var state = new StagedConversationState(db.Storage, store);
        var items = state.CreateProperty<Dictionary<string, object>>("items");
        const string Key = "emulator/conversations/c-1";
        await db.Storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["items"] = new Dictionary<string, object> { ["x"] = 1L } } });

        var context = new TurnContext(new NoAdapter(), Message("c-1"));
        var turn = await store.BeginAsync(TurnKeys.Of(context.Activity), default);
        turn.AttachTo(context);
        Assert.Equal(1L, (await items.GetAsync(context))["x"]);
        await state.DeleteAsync(context);

        Assert.Empty(await db.Storage.ReadAsync([Key]));
        Assert.True(turn.WasDeleted(Key));
        await state.SaveChangesAsync(context);
        await store.CommitAsync(turn, default);
        Assert.Empty(await db.Storage.ReadAsync([Key]));
    }

    private sealed class NoAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
