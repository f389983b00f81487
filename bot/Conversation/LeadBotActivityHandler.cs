using LeadBot.Bot.Handoff;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Turns;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Conversation;

/// <summary>
/// The bot every channel talks to. Thin: it hands messages and the conversation start to <see cref="LeadConversation"/>
/// and saves the conversation and user state after every turn. The states are staged: saving puts the changes into the
/// turn's transaction, which <c>ReliableTurnBot</c> commits after the turn (a turn that throws commits nothing, so the
/// prospect stays at the same question).
/// Microsoft Teams is the sales side, not a prospect channel: when the Teams handoff is registered
/// (<see cref="ITeamsSalesHandler"/>), every msteams turn (install events, sales commands, card buttons) goes there whole
/// and the prospect conversation never sees it. Every other channel behaves exactly as before.
/// A live chat with a person from sales (<see cref="LiveChatProspectStep"/>) runs first: while one is open it takes the
/// prospect's messages and the dialogs do not run (their stack stays as it is).
/// An <see cref="IProspectTurnObserver"/> (the funnel) watches each prospect turn before the states are saved.
/// </summary>
public sealed class LeadBotActivityHandler(
    LeadConversation conversation,
    StagedConversationState conversationState,
    StagedUserState userState,
    ITeamsSalesHandler? teams = null,
    LiveChatProspectStep? liveChat = null,
    IProspectTurnObserver? observer = null)
    : ActivityHandler
{
    /// <summary>The event Web Chat on our page sends when it connects, with the page context.</summary>
    public const string JoinEventName = "webchat/join";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (IsSales(turnContext))
        {
            // Sales in Teams: no prospect conversation, no conversation state.
            await teams!.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        await conversation.ApplyLanguageAsync(turnContext, cancellationToken);
        var watch = observer is not null && TurnTransaction.Of(turnContext) is { } turn ? observer.BeforeTurn(turnContext, turn) : null;
        if (liveChat is null || !await liveChat.OnTurnAsync(turnContext, cancellationToken))
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
        }

        if (watch is not null)
        {
            await watch.AfterTurnAsync(turnContext, cancellationToken);
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        conversation.OnMessageAsync(turnContext, cancellationToken);

    private bool IsSales(ITurnContext turnContext) => teams is not null && turnContext.Activity?.ChannelId == Channels.Msteams;

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(m => m.Id != botId))
        {
            await conversation.StartAsync(turnContext, null, cancellationToken);
        }
    }

    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == JoinEventName)
        {
            await conversation.StartAsync(turnContext, SourceFrom(turnContext.Activity), cancellationToken);
        }
    }

    /// <summary>The page context the website sends with the join event (page URL, referrer, utm_*). Spoofable,
    /// so it is only ever used as a label, and cut to a sane length.</summary>
    internal static LeadSource SourceFrom(IEventActivity activity)
    {
        var value = activity.Value is null ? null : JToken.FromObject(activity.Value) as JObject;
        static string? Cut(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Length > 500 ? s[..500] : s;
        return new LeadSource
        {
            ChannelId = activity.ChannelId ?? "",
            PageUrl = Cut(value?.Value<string>("pageUrl")),
            Referrer = Cut(value?.Value<string>("referrer")),
            Campaign = Cut(value?.Value<string>("utm_campaign") ?? value?.SelectToken("utm.campaign")?.Value<string>()),
            CampaignSource = Cut(value?.Value<string>("utm_source")),
            CampaignMedium = Cut(value?.Value<string>("utm_medium")),
            CampaignTerm = Cut(value?.Value<string>("utm_term")),
            CampaignContent = Cut(value?.Value<string>("utm_content")),
        };
    }
}
