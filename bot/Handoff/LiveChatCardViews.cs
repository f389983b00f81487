using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Handoff;

/// <summary>What a lead card shows of the live chat: whether the lead's prospect is on the website now (seen within
/// LiveChat:OnlineWithinSeconds), an open request or a running chat (with whom), and the transcripts.</summary>
public sealed class LiveChatCardViews(LiveChatStore store, IOptions<LiveChatOptions> options, IOptions<TeamsOptions> teams, TimeProvider clock) : ILeadCardViews
{
    public async Task<LeadCardView> ViewOfAsync(Lead lead, string? viewerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var chats = await store.ChatsOfLeadAsync(lead, cancellationToken);
        var view = new LeadCardView { ViewerId = viewerId, Transcript = LiveChatStore.Lines(chats) };
        if (!options.Value.Enabled || !teams.Value.IsConfigured)
        {
            return view;
        }

        var prospect = await store.LatestChatOfAsync(lead, cancellationToken);
        if (prospect is null)
        {
            return view;
        }

        var open = await store.OpenOfAsync(prospect.ConversationKey, cancellationToken);
        return view with
        {
            ProspectOnline = prospect.LastSeenAt >= clock.GetUtcNow().AddSeconds(-options.Value.OnlineWithinSeconds),
            ChatRequested = open?.Status == LiveChatStatus.Requested,
            ChatWith = open?.Status == LiveChatStatus.Active ? open.AgentName : null,
            ChatWithId = open?.Status == LiveChatStatus.Active ? open.AgentAadId : null,
        };
    }
}
