using LeadBot.Bot.Turns;
using Microsoft.Bot.Builder;

namespace LeadBot.Bot.Conversation;

/// <summary>
/// Watches every prospect turn from inside it (the funnel): <see cref="BeforeTurn"/> runs before the conversation does
/// anything and returns what it watches of the turn; <see cref="IProspectTurnWatch.AfterTurnAsync"/> runs after it and
/// before the states are saved, so what it puts into the conversation state or the turn's transaction is committed with
/// the turn, or not at all. Both get the turn's transaction explicitly.
/// </summary>
public interface IProspectTurnObserver
{
    /// <returns>The watch of this turn, or null when there is nothing to watch.</returns>
    IProspectTurnWatch? BeforeTurn(ITurnContext turnContext, TurnTransaction turn);
}

/// <summary>One prospect turn as an <see cref="IProspectTurnObserver"/> watches it.</summary>
public interface IProspectTurnWatch
{
    Task AfterTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
