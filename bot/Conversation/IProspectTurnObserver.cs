using Microsoft.Bot.Builder;

namespace LeadBot.Bot.Conversation;

/// <summary>
/// Watches every prospect turn from inside it (the funnel): <see cref="BeforeTurn"/> runs before the conversation does
/// anything, <see cref="AfterTurnAsync"/> after it and before the states are saved, so what it puts into the
/// conversation state or the turn's transaction is committed with the turn, or not at all.
/// </summary>
public interface IProspectTurnObserver
{
    void BeforeTurn(ITurnContext turnContext);

    Task AfterTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
