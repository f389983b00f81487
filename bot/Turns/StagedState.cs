using LeadBot.Bot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Turns;

/// <summary>
/// The Bot Builder conversation state of a prospect turn, read from and staged into the turn's
/// <see cref="TurnTransaction"/>: nothing is written until the turn commits. Outside such a turn (Teams, a test's own
/// turn context) it is the stock <see cref="ConversationState"/> on <see cref="IStorage"/>.
/// </summary>
public sealed class StagedConversationState(IStorage storage, ITurnStore store) : ConversationState(storage)
{
    private readonly StagedState staged = new(store, nameof(ConversationState));

    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.LoadAsync(this, turnContext, turn, GetStorageKey(turnContext), force, cancellationToken)
            : base.LoadAsync(turnContext, force, cancellationToken);

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.SaveAsync(turn, GetStorageKey(turnContext), force)
            : base.SaveChangesAsync(turnContext, force, cancellationToken);

    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.ClearAsync(this, turnContext, turn, GetStorageKey(turnContext), cancellationToken)
            : base.ClearStateAsync(turnContext, cancellationToken);

    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.DeleteAsync(this, turnContext, turn, GetStorageKey(turnContext), cancellationToken)
            : base.DeleteAsync(turnContext, cancellationToken);
}

/// <summary>The user state of a prospect turn, staged like <see cref="StagedConversationState"/>.</summary>
public sealed class StagedUserState(IStorage storage, ITurnStore store) : UserState(storage)
{
    private readonly StagedState staged = new(store, nameof(UserState));

    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.LoadAsync(this, turnContext, turn, GetStorageKey(turnContext), force, cancellationToken)
            : base.LoadAsync(turnContext, force, cancellationToken);

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.SaveAsync(turn, GetStorageKey(turnContext), force)
            : base.SaveChangesAsync(turnContext, force, cancellationToken);

    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.ClearAsync(this, turnContext, turn, GetStorageKey(turnContext), cancellationToken)
            : base.ClearStateAsync(turnContext, cancellationToken);

    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        TurnTransaction.Of(turnContext) is { } turn
            ? staged.DeleteAsync(this, turnContext, turn, GetStorageKey(turnContext), cancellationToken)
            : base.DeleteAsync(turnContext, cancellationToken);
}

/// <summary>
/// What the staged states share. A state's object lives for the turn in a <see cref="Slot"/> of the turn's transaction
/// (the dictionary the properties live in and the text it was read from) and is handed to Bot Builder's own property
/// accessors as the turn's cached state. A save serializes the object once, as it will be stored, and stages that text
/// when it differs from the text read: the change check and the stored text are the same work.
/// </summary>
public sealed class StagedState(ITurnStore store, string contextServiceKey)
{
    /// <summary>A state object of the turn and the text it was read from or last staged as (null: absent).</summary>
    internal sealed class Slot(IDictionary<string, object> values, string? text)
    {
        public IDictionary<string, object> Values { get; set; } = values;

        public string? Text { get; set; } = text;
    }

    internal async Task LoadAsync(BotState state, ITurnContext turnContext, TurnTransaction turn, string key, bool force, CancellationToken cancellationToken)
    {
        if (!force && turn.Slots.ContainsKey(key) && state.GetCachedState(turnContext) is not null)
        {
            return;
        }

        var snapshot = turn.View(key) ?? await store.ReadStateAsync(turn, key, cancellationToken).ConfigureAwait(false);
        var values = snapshot.Json is { } json && StateSerializer.Deserialize(json) is IDictionary<string, object> stored
            ? stored
            : new Dictionary<string, object>();
        Use(state, turnContext, turn, key, new Slot(values, snapshot.Json));
    }

    internal Task SaveAsync(TurnTransaction turn, string key, bool force)
    {
        if (turn.Slots.TryGetValue(key, out var slot) && (slot.Text is not null || slot.Values.Count > 0 || force))
        {
            var text = StateSerializer.Serialize(slot.Values);
            if (force || !string.Equals(text, slot.Text, StringComparison.Ordinal))
            {
                turn.Stage(key, text);
                slot.Text = text;
            }
        }

        return Task.CompletedTask;
    }

    internal async Task ClearAsync(BotState state, ITurnContext turnContext, TurnTransaction turn, string key, CancellationToken cancellationToken)
    {
        await LoadAsync(state, turnContext, turn, key, force: false, cancellationToken).ConfigureAwait(false);
        Use(state, turnContext, turn, key, new Slot(new Dictionary<string, object>(), turn.Slots[key].Text));
    }

    internal async Task DeleteAsync(BotState state, ITurnContext turnContext, TurnTransaction turn, string key, CancellationToken cancellationToken)
    {
        await store.DeleteStateAsync(turn, key, cancellationToken).ConfigureAwait(false);
        Use(state, turnContext, turn, key, new Slot(new Dictionary<string, object>(), null));
    }

    /// <summary>Makes <paramref name="slot"/> the turn's state object: Bot Builder's accessors read and write the
    /// cached state it keeps in the turn context under the state's service key.</summary>
    private void Use(BotState state, ITurnContext turnContext, TurnTransaction turn, string key, Slot slot)
    {
        turn.Slots[key] = slot;
        // Created empty, then given the values: its constructor serializes what it gets for Bot Builder's own change
        // hash, which the staged state does not use (saving compares the stored text instead).
        var cached = new BotState.CachedBotState { State = slot.Values };
        turnContext.TurnState[contextServiceKey] = cached;
        if (!ReferenceEquals(state.GetCachedState(turnContext), cached))
        {
            throw new InvalidOperationException($"Bot Builder no longer keeps {state.GetType().BaseType?.Name} under '{contextServiceKey}' in the turn state: the staged state cannot hand it its values.");
        }
    }
}
