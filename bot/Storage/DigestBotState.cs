using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Bot Builder's <see cref="BotState"/> detects changes by serializing the whole state object with
/// <c>JsonConvert.SerializeObject</c> when it loads it, again when it checks for changes and once more after it saved it
/// (<c>CachedBotState.ComputeHash</c>), on top of the storage's own serialization: four serializations of every state
/// per turn. <see cref="DigestConversationState"/> and <see cref="DigestUserState"/> keep the Bot Framework behaviour
/// but let <see cref="EfCoreStorage"/> answer those hashes from the text it stores:
/// <list type="bullet">
/// <item>load: the hash is a token standing for the stored text the state was read from (no serialization);</item>
/// <item>save: the state is serialized ONCE with the storage's settings and compared with that text: the same text
/// gives the same token (unchanged), another text a new token (changed); that text is what the storage writes, and
/// the token of what was written is the hash after the write.</item>
/// </list>
/// Tokens are unique in the process, so two different texts never share one; no text is hashed.
/// This only happens inside the synchronous part of <see cref="LoadAsync"/>/<see cref="SaveChangesAsync"/> (a
/// thread-static scope), on prospect turns whose state the storage already holds (<see cref="EfCoreStorage.BeginTurn"/>);
/// anywhere else the state object serializes exactly as the plain dictionary it wraps, and Bot Builder falls back to
/// its own hashing. A stored text that does not re-serialize identically only costs one write that was not needed.
/// </summary>
public sealed class DigestConversationState(IStorage storage) : ConversationState(storage)
{
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        using var scope = StateDigestScope.Begin();
        return base.LoadAsync(turnContext, force, cancellationToken);
    }

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        using var scope = StateDigestScope.Begin();
        return base.SaveChangesAsync(turnContext, force, cancellationToken);
    }
}

/// <summary>The user state with the cheap change detection of <see cref="DigestConversationState"/>.</summary>
public sealed class DigestUserState(IStorage storage) : UserState(storage)
{
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        using var scope = StateDigestScope.Begin();
        return base.LoadAsync(turnContext, force, cancellationToken);
    }

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        using var scope = StateDigestScope.Begin();
        return base.SaveChangesAsync(turnContext, force, cancellationToken);
    }
}

/// <summary>The synchronous part of one Load/SaveChanges call of a digest state, on this thread.</summary>
internal sealed class StateDigestScope : IDisposable
{
    [ThreadStatic]
    private static StateDigestScope? current;

    private readonly StateDigestScope? outer;

    private StateDigestScope(StateDigestScope? outer) => this.outer = outer;

    public static StateDigestScope? Current => current;

    /// <summary>The state this scope serialized for the change check, its text and the token standing for that text.</summary>
    public StoredState? Serialized { get; set; }

    public string? Text { get; set; }

    public string? Digest { get; set; }

    /// <summary>The storage wrote <see cref="Text"/> for <see cref="Serialized"/>: the next hash is <see cref="Digest"/>.</summary>
    public bool Written { get; set; }

    public static StateDigestScope Begin() => current = new StateDigestScope(current);

    public void Dispose() => current = outer;

    private static long tokens;

    /// <summary>A token no other text of this process has had.</summary>
    public static string NewToken() => "text#" + Interlocked.Increment(ref tokens).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A Bot Framework state dictionary as <see cref="EfCoreStorage"/> hands it to a digest state, with the text it was read
/// from. Serializes as the dictionary it wraps, except for Bot Builder's change hash inside a
/// <see cref="StateDigestScope"/> (see <see cref="DigestConversationState"/>).
/// </summary>
[JsonConverter(typeof(StoredStateConverter))]
internal sealed class StoredState(Dictionary<string, object> inner, string loadedText) : IDictionary<string, object>
{
    public Dictionary<string, object> Inner { get; } = inner;

    /// <summary>The stored text, until the load hash was taken from it.</summary>
    public string? LoadedText { get; set; } = loadedText;

    /// <summary>The text the state was last read from or written as, and the token that stands for it.</summary>
    public string? CurrentText { get; set; }

    public string? CurrentToken { get; set; }

    public object this[string key] { get => Inner[key]; set => Inner[key] = value; }

    public ICollection<string> Keys => Inner.Keys;

    public ICollection<object> Values => Inner.Values;

    public int Count => Inner.Count;

    public bool IsReadOnly => false;

    public void Add(string key, object value) => Inner.Add(key, value);

    public void Add(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)Inner).Add(item);

    public void Clear() => Inner.Clear();

    public bool Contains(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)Inner).Contains(item);

    public bool ContainsKey(string key) => Inner.ContainsKey(key);

    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object>>)Inner).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => Inner.GetEnumerator();

    public bool Remove(string key) => Inner.Remove(key);

    public bool Remove(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)Inner).Remove(item);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value) => Inner.TryGetValue(key, out value);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Inner.GetEnumerator();
}

internal sealed class StoredStateConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(StoredState);

    public override bool CanRead => false;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException();

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        var state = (StoredState)value!;
        var scope = StateDigestScope.Current;
        if (scope is null || writer is not JsonTextWriter)
        {
            serializer.Serialize(writer, state.Inner);
            return;
        }

        if (state.LoadedText is { } loaded)
        {
            // Bot Builder's hash when it loads the state: a token for the text it was read from.
            state.LoadedText = null;
            state.CurrentText = loaded;
            state.CurrentToken = StateDigestScope.NewToken();
            writer.WriteValue(state.CurrentToken);
            return;
        }

        if (scope.Written && ReferenceEquals(scope.Serialized, state))
        {
            // The hash after the write: the token of what the storage just wrote.
            scope.Written = false;
            scope.Serialized = null;
            state.CurrentText = scope.Text;
            state.CurrentToken = scope.Digest;
            scope.Text = null;
            writer.WriteValue(scope.Digest);
            return;
        }

        // The change check: the state as the storage would store it, compared with the text it stands for now; the
        // storage reuses the text if it writes now.
        var text = EfCoreStorage.Serialize(state.Inner);
        scope.Serialized = state;
        scope.Text = text;
        scope.Digest = state.CurrentToken is { } token && string.Equals(text, state.CurrentText, StringComparison.Ordinal)
            ? token
            : StateDigestScope.NewToken();
        scope.Written = false;
        writer.WriteValue(scope.Digest);
    }
}
