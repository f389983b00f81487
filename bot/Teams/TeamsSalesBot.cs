using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Routes a Teams turn to the part that handles it: team and channel events to <see cref="TeamsInstallations"/>, card
/// buttons to <see cref="LeadCardActions"/>, everything else a person writes to <see cref="SalesCommands"/>. No
/// conversation state: sales turns are stateless.
/// </summary>
public sealed class TeamsSalesBot(TeamsInstallations installations, SalesCommands commands, LeadCardActions cardActions)
    : TeamsActivityHandler, ITeamsSalesHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        LeadCardActions.CardData(turnContext.Activity.Value) is { } data
            ? cardActions.OnSubmitAsync(turnContext, data, cancellationToken)
            : commands.OnMessageAsync(turnContext, cancellationToken);

    /// <summary>Action.Execute on the lead card (invoke adaptiveCard/action); answered with the updated card.</summary>
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        cardActions.OnExecuteAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnMembersAddedAsync(membersAdded, teamInfo, turnContext, cancellationToken);

    protected override Task OnTeamsMembersRemovedAsync(IList<TeamsChannelAccount> membersRemoved, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnMembersRemovedAsync(membersRemoved, teamInfo, turnContext, cancellationToken);

    protected override Task OnTeamsChannelCreatedAsync(ChannelInfo channelInfo, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnChannelChangedAsync(channelInfo, teamInfo, false, cancellationToken);

    protected override Task OnTeamsChannelRenamedAsync(ChannelInfo channelInfo, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnChannelChangedAsync(channelInfo, teamInfo, false, cancellationToken);

    protected override Task OnTeamsChannelRestoredAsync(ChannelInfo channelInfo, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnChannelChangedAsync(channelInfo, teamInfo, false, cancellationToken);

    protected override Task OnTeamsChannelDeletedAsync(ChannelInfo channelInfo, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnChannelChangedAsync(channelInfo, teamInfo, true, cancellationToken);

    protected override Task OnTeamsTeamRenamedAsync(TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnTeamRenamedAsync(teamInfo, cancellationToken);
}
