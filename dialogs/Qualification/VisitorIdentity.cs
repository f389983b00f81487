using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// Who the person in this turn is, as far as the host can prove it. The host puts one into the turn state
/// (<c>turnContext.TurnState.Set(identity)</c>) before the bot runs: <see cref="IsProven"/> only when the user id is one
/// the bot issued and a credential binds it to this client (the website's signed visitor pass, or Azure Direct Line's
/// token with enhanced authentication). On every other channel, e.g. the Emulator or any unauthenticated caller, the
/// id is merely asserted by the client, and anyone who learns it could claim it; without an identity in the turn state
/// the dialogs treat the id as asserted.
/// </summary>
/// <remarks>
/// What depends on it: answers are kept per person (user state, so a returning visitor continues and is welcomed back)
/// only for a proven identity, otherwise per conversation; the in-chat privacy requests ("show my data", "delete my
/// data", "withdraw consent") reach the data of other conversations only for a proven identity.
/// </remarks>
public sealed record VisitorIdentity(string UserId, bool IsProven)
{
    /// <summary>An id the bot issued and a credential binds to this client.</summary>
    public static VisitorIdentity Proven(string userId) => new(userId, true);

    /// <summary>An id the client chose or could have copied.</summary>
    public static VisitorIdentity Asserted(string userId) => new(userId, false);

    /// <summary>The identity the host put into this turn's state, else the activity's user id as merely asserted.</summary>
    public static VisitorIdentity Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var fromId = turnContext.Activity?.From?.Id ?? "";
        return turnContext.TurnState.Get<VisitorIdentity>() is { } identity && identity.UserId == fromId
            ? identity
            : Asserted(fromId);
    }
}

/// <summary>
/// A state property that lives in the user state for a proven visitor (it follows the person into their next
/// conversation) and in the conversation state otherwise (it cannot be borrowed by someone who claims the same id).
/// </summary>
public sealed class VisitorScopedProperty<T>(IStatePropertyAccessor<T> perPerson, IStatePropertyAccessor<T> perConversation)
    : IStatePropertyAccessor<T>
{
    public string Name => perPerson.Name;

    public Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default) =>
        For(turnContext).GetAsync(turnContext, defaultValueFactory, cancellationToken);

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        For(turnContext).SetAsync(turnContext, value, cancellationToken);

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        For(turnContext).DeleteAsync(turnContext, cancellationToken);

    private IStatePropertyAccessor<T> For(ITurnContext turnContext) =>
        VisitorIdentity.Of(turnContext).IsProven ? perPerson : perConversation;
}
