using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Teams.Cards;

/// <summary>What a lead card shows about the lead's prospect besides the stored lead: whether they are on the website,
/// a live chat and its transcript (<see cref="LeadCardView"/>). The live chat (bot/Handoff) provides it; without it a
/// card shows none of that.</summary>
public interface ILeadCardViews
{
    /// <param name="viewerId">Directory id of the person the card is rendered for; null for a card everyone sees.</param>
    Task<LeadCardView> ViewOfAsync(Lead lead, string? viewerId, CancellationToken cancellationToken);
}

/// <summary>The view without a live chat: nothing about the prospect beyond the lead.</summary>
internal sealed class LeadCardViewsWithoutChat : ILeadCardViews
{
    public Task<LeadCardView> ViewOfAsync(Lead lead, string? viewerId, CancellationToken cancellationToken) =>
        Task.FromResult(LeadCardView.None with { ViewerId = viewerId });
}
