using LeadBot.Bot.Teams.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Routes a Teams turn to the part that handles it: team and channel events to <see cref="TeamsInstallations"/>, card
/// buttons to <see cref="LeadCardActions"/>, everything else a person writes to <see cref="SalesCommands"/>. Every
/// activity from another tenant than the sales tenant is refused first, here, whatever it is. No conversation state:
/// sales turns are stateless.
/// </summary>
public sealed class TeamsSalesBot(SalesTenant tenant, TeamsInstallations installations, SalesCommands commands, LeadCardActions cardActions)
    : TeamsActivityHandler, ITeamsSalesHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (tenant.IsSalesTenant(activity, Describe(activity)))
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        // A person gets a polite answer; events (an install, a channel change) are simply not acted on.
        var notAllowed = TeamsMessages.Get("NotAllowed", TeamsMessages.CultureFor(activity.Locale));
        if (activity.Type == ActivityTypes.Message)
        {
            await TeamsReplies.ReplyAsync(turnContext, notAllowed, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Invoke)
        {
            var response = activity.Name == "adaptiveCard/action"
                ? new InvokeResponse
                {
                    Status = 200,
                    Body = new AdaptiveCardInvokeResponse { StatusCode = 200, Type = LeadCardActions.InvokeMessageType, Value = notAllowed },
                }
                : new InvokeResponse { Status = 403 };
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = response }, cancellationToken);
        }
    }

    /// <summary>What was refused, in words the log can show (the activity's own type string is the caller's text).</summary>
    private static string Describe(IActivity activity) => activity.Type switch
    {
        ActivityTypes.Message => "a message",
        ActivityTypes.Invoke => "a card action",
        ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => "an installation or team event",
        _ => "an activity",
    };

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        LeadCardActions.CardData(turnContext.Activity.Value) is { } data
            ? cardActions.OnSubmitAsync(turnContext, data, cancellationToken)
            : commands.OnMessageAsync(turnContext, cancellationToken);

    /// <summary>Action.Execute on the lead card (invoke adaptiveCard/action); answered with the updated card.</summary>
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        cardActions.OnExecuteAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnInstallationAddedAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        installations.OnInstallationRemovedAsync(turnContext, cancellationToken);

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
