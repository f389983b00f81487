using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace LeadBot.Bot.Teams;

/// <summary>
/// The sales side of the bot in Microsoft Teams: learning the team and its channels on install, the sales commands, and
/// the buttons of the lead card. <see cref="Conversation.LeadBotActivityHandler"/> routes every msteams activity here.
/// </summary>
public interface ITeamsSalesHandler
{
    Task OnMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken);

    Task OnMembersRemovedAsync(IList<TeamsChannelAccount> membersRemoved, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken);

    Task OnChannelChangedAsync(ChannelInfo channel, TeamInfo team, bool deleted, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken);

    Task OnTeamRenamedAsync(TeamInfo team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken);

    Task OnMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken);

    Task<AdaptiveCardInvokeResponse> OnCardActionAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken);
}
