using LeadBot.Bot.Handoff;
using LeadBot.Bot.Teams.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Routes a Teams turn to the part that handles it: team and channel events to <see cref="TeamsInstallations"/>, card
/// buttons to <see cref="LeadCardActions"/> (the live chat's buttons, and in a personal chat the messages and typing of
/// a person who is in a live chat, to <see cref="LiveChatSalesStep"/>), everything else a person writes to
/// <see cref="SalesCommands"/>. Every activity from another tenant than the sales tenant is refused first, here, whatever
/// it is. No conversation state: sales turns are stateless (who chats with whom is in the database).
/// </summary>
public sealed class TeamsSalesBot(SalesTenant tenant, TeamsInstallations installations, SalesCommands commands, LeadCardActions cardActions,
    LiveChatSalesStep? liveChat = null)
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

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (LeadCardActions.CardData(turnContext.Activity.Value) is { } data)
        {
            if (liveChat is not null && LiveChatSalesStep.IsLiveChatAction(data["leadbot"]?.ToString()))
            {
                // Action.Submit fallback of a live chat button: the cards are replaced by the live chat itself.
                var (_, message) = await liveChat.OnActionAsync(turnContext, data["leadbot"]?.ToString(), data, cancellationToken);
                if (message is not null)
                {
                    await TeamsReplies.ReplyAsync(turnContext, message, cancellationToken);
                }

                return;
            }

            await cardActions.OnSubmitAsync(turnContext, data, cancellationToken);
            return;
        }

        if (liveChat is not null && await liveChat.OnMessageAsync(turnContext, cancellationToken))
        {
            return;
        }

        await commands.OnMessageAsync(turnContext, cancellationToken);
    }

    /// <summary>Typing in a personal chat: shown on the website while the person is in a live chat.</summary>
    protected override Task OnTypingActivityAsync(ITurnContext<ITypingActivity> turnContext, CancellationToken cancellationToken) =>
        liveChat?.OnTypingAsync(turnContext, cancellationToken) ?? Task.CompletedTask;

    /// <summary>Action.Execute on a card (invoke adaptiveCard/action); answered with the updated card or a message.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = LeadCardActions.CardData(invokeValue?.Action?.Data) ?? new Newtonsoft.Json.Linq.JObject();
        var verb = invokeValue?.Action?.Verb ?? data["leadbot"]?.ToString();
        if (liveChat is null || !LiveChatSalesStep.IsLiveChatAction(verb))
        {
            return await cardActions.OnExecuteAsync(turnContext, invokeValue!, cancellationToken);
        }

        var (card, message) = await liveChat.OnActionAsync(turnContext, verb, data, cancellationToken);
        return card is not null
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = LeadCardActions.InvokeCardType, Value = Newtonsoft.Json.Linq.JObject.Parse(card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = LeadCardActions.InvokeMessageType, Value = message ?? "" };
    }

    /// <summary>task/fetch from the card's "open lead" button: a dialog with the lead page.</summary>
    protected override Task<TaskModuleResponse> OnTeamsTaskModuleFetchAsync(ITurnContext<IInvokeActivity> turnContext, TaskModuleRequest taskModuleRequest, CancellationToken cancellationToken) =>
        cardActions.OnOpenLeadAsync(turnContext, taskModuleRequest, cancellationToken);

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
