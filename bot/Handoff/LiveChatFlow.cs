using System.Globalization;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Handoff;

/// <summary>Why the bot takes over a prospect's conversation again, carried by the resume event.</summary>
public sealed record ResumeReason(string Why, string? Name);

/// <summary>
/// The steps of a live chat, each a conditional change of the <see cref="LiveChat"/> row followed by telling both sides:
/// request (the card to the sales channel), accept (first wins) or start from the lead card, relay in both directions
/// (each message stored once, by its activity id, then passed on), end (by either side, for inactivity), time out (a
/// callback offered) and erasure. Any instance can run any step: the row says who is talking to whom; the sides are
/// reached through <see cref="LiveChatConnections"/>. Whenever a chat changes, the request card and the lead card are
/// shown anew.
/// </summary>
public sealed class LiveChatFlow(
    LiveChatStore store,
    LiveChatConnections connections,
    LiveChatCards cards,
    LeadCardActions leadCards,
    TeamsStore teamsStore,
    TeamsNotifier notifier,
    EfLeadRepository leads,
    IOptions<LiveChatOptions> options,
    IOptions<TeamsOptions> teams,
    TimeProvider clock,
    ILogger<LiveChatFlow> logger)
{
    public const string EndedBySales = "sales";
    public const string EndedByProspect = "prospect";
    public const string EndedIdle = "idle";
    public const string EndedTimeout = "timeout";
    public const string Withdrawn = "withdrawn";
    public const string Unreachable = "unreachable";

    private CultureInfo SalesCulture => cards.Culture;

    // ---- the prospect asks ----

    /// <summary>Opens a request and posts its card; returns what to tell the prospect.</summary>
    public async Task<string> RequestAsync(ProspectChat prospect, ProspectSummary summary, CultureInfo prospectCulture, string salesContact, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var (chat, created) = await store.OpenAsync(new LiveChat
        {
            ConversationKey = prospect.ConversationKey,
            UserKey = prospect.UserKey,
            Status = LiveChatStatus.Requested,
            Origin = LiveChatOrigin.Prospect,
            RequestedAt = now,
            ExpiresAt = now.AddSeconds(o.AcceptTimeoutSeconds),
            LastMessageAt = now,
            SummaryJson = summary.ToJson(),
        }, cancellationToken);
        if (!created)
        {
            return chat is { Status: LiveChatStatus.Active, AgentName: { } agent }
                ? LiveChatText.Format("Prospect.AlreadyChatting", prospectCulture, LiveChatText.AgentDisplayName(agent, prospectCulture))
                : LiveChatText.Get("Prospect.StillWaiting", prospectCulture);
        }

        var posted = await cards.PostRequestAsync(chat!, cancellationToken);
        if (posted is not { } card)
        {
            await store.EndAsync(chat!.Id, LiveChatStatus.Requested, LiveChatStatus.Ended, Unreachable, clock.GetUtcNow(), cancellationToken);
            return LiveChatText.Format("Prospect.Unavailable", prospectCulture, salesContact);
        }

        await store.SetRequestCardAsync(chat!.Id, card.Card.ConversationId, card.Card.ActivityId, card.Target.ServiceUrl, cancellationToken);
        logger.LogInformation("Live chat {LiveChatId} requested by a prospect; the request card is in the sales channel.", chat.Id);
        var leadId = await store.LinkLeadAsync(chat, cancellationToken);
        await RefreshLeadCardAsync(leadId, cancellationToken);
        var minutes = Math.Max(1, (int)Math.Ceiling(o.AcceptTimeoutSeconds / 60));
        return LiveChatText.Format("Prospect.Requested", prospectCulture, minutes);
    }

    // ---- sales takes it ----

    /// <summary>"Accept" on the request card: the first person gets the chat. Returns the card to answer with (the
    /// request card as it is now) or a message.</summary>
    public async Task<(JsonObjectCard? Card, string? Message)> AcceptAsync(ITurnContext turnContext, Guid chatId, CancellationToken cancellationToken)
    {
        var c = SalesCulture;
        var activity = turnContext.Activity;
        var chat = await store.FindAsync(chatId, cancellationToken);
        if (chat is null || chat.RequestActivityId is null || chat.RequestActivityId != activity.ReplyToId)
        {
            logger.LogWarning("Refused accepting live chat {LiveChatId} from a message that is not its request card.", chatId);
            return (null, chat is null ? LiveChatText.Get("Action.ChatExpired", c) : TeamsMessages.Get("Action.UnknownCard", c));
        }

        if (AgentOf(activity) is not { } agent)
        {
            return (null, TeamsMessages.Get("Action.Unknown", c));
        }

        var (started, message) = await TakeAsync(chat, agent, SalesTenantOf(activity), cancellationToken);
        var now = await store.FindAsync(chatId, cancellationToken) ?? chat;
        return started ? (new JsonObjectCard(cards.RequestCard(now)), null) : (null, message);
    }

    /// <summary>"Chat now" on the lead card: the prospect must be on the website; an unclaimed lead is claimed by the
    /// person first; a claimed one is only theirs to chat with. A waiting request of the prospect is accepted.</summary>
    public async Task<string?> ChatNowAsync(ITurnContext turnContext, Lead lead, CancellationToken cancellationToken)
    {
        var c = SalesCulture;
        var activity = turnContext.Activity;
        if (AgentOf(activity) is not { } agent)
        {
            return TeamsMessages.Get("Action.Unknown", c);
        }

        var prospect = await store.LatestChatOfAsync(lead, cancellationToken);
        if (prospect is null || !IsOnline(prospect))
        {
            return LiveChatText.Get("Action.NotOnline", c);
        }

        var open = await store.OpenOfAsync(prospect.ConversationKey, cancellationToken);
        if (open is { Status: LiveChatStatus.Active })
        {
            return LiveChatText.Format("Action.AlreadyChatting", c, open.AgentName ?? "?");
        }

        switch (lead.Stage)
        {
            case LeadStage.Mql:
                var claim = await leads.ApplySalesActionAsync(lead.Id, SalesAction.Claim, agent.Name, agent.AadId, null, clock.GetUtcNow(), cancellationToken);
                if (claim.Outcome != SalesActionOutcome.Applied)
                {
                    return TeamsMessages.Format("Action.AlreadyClaimed", c, claim.Lead?.Owner ?? "–");
                }

                break;
            case LeadStage.Sql or LeadStage.Opportunity when !string.Equals(lead.OwnerId, agent.AadId, StringComparison.OrdinalIgnoreCase):
                return LiveChatText.Format("Action.NotOwner", c, lead.Owner ?? "–");
            case LeadStage.Sql or LeadStage.Opportunity:
                break;
            default:
                return TeamsMessages.Format("Action.Closed", c, LeadCardBuilder.StageName(lead.Stage, c));
        }

        if (open is { Status: LiveChatStatus.Requested })
        {
            return (await TakeAsync(open, agent, SalesTenantOf(activity), cancellationToken)).Message;
        }

        var now = clock.GetUtcNow();
        var (chat, created) = await store.OpenAsync(new LiveChat
        {
            ConversationKey = prospect.ConversationKey,
            UserKey = prospect.UserKey,
            LeadId = lead.Id,
            Status = LiveChatStatus.Active,
            Origin = LiveChatOrigin.Sales,
            RequestedAt = now,
            ExpiresAt = now,
            AcceptedAt = now,
            LastMessageAt = now,
            AgentName = agent.Name,
            AgentAadId = agent.AadId,
            AgentTeamsId = agent.TeamsId,
            BotTeamsId = agent.BotTeamsId,
            AgentServiceUrl = agent.ServiceUrl,
            SummaryJson = SummaryOf(lead, c).ToJson(),
        }, cancellationToken);
        if (chat is null)
        {
            return LiveChatText.Get("Action.ChatBusy", c);
        }

        if (!created)
        {
            return chat.Status == LiveChatStatus.Requested
                ? (await TakeAsync(chat, agent, SalesTenantOf(activity), cancellationToken)).Message
                : LiveChatText.Format("Action.AlreadyChatting", c, chat.AgentName ?? "?");
        }

        return await StartAsync(chat, agent, SalesTenantOf(activity), cancellationToken);
    }

    /// <summary>Accepts a waiting request for <paramref name="agent"/> and starts the chat; (false, why not) when
    /// someone else was first, it expired, or the person is in another chat.</summary>
    private async Task<(bool Started, string? Message)> TakeAsync(LiveChat chat, AgentIdentity agent, string tenantId, CancellationToken cancellationToken)
    {
        var c = SalesCulture;
        bool accepted;
        try
        {
            accepted = await store.AcceptAsync(chat.Id, agent, clock.GetUtcNow(), cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return (false, LiveChatText.Get("Action.ChatBusy", c));
        }

        if (!accepted)
        {
            var now = await store.FindAsync(chat.Id, cancellationToken);
            return (false, now is { Status: LiveChatStatus.Active, AgentName: { } taker }
                ? LiveChatText.Format("Action.ChatTaken", c, taker)
                : LiveChatText.Get("Action.ChatExpired", c));
        }

        var active = await store.FindAsync(chat.Id, cancellationToken) ?? chat;
        var problem = await StartAsync(active, agent, tenantId, cancellationToken);
        return (problem is null, problem);
    }

    /// <summary>The chat is active: open the person's personal chat (with what was written so far), tell the prospect,
    /// show the cards anew. Null when it runs; otherwise why not (the chat is then ended again).</summary>
    private async Task<string?> StartAsync(LiveChat chat, AgentIdentity agent, string tenantId, CancellationToken cancellationToken)
    {
        var prospect = await store.FindChatAsync(chat.ConversationKey, cancellationToken);
        var prospectCulture = LiveChatText.CultureFor(prospect?.Locale);
        var soFar = await store.MessagesAsync(chat.Id, cancellationToken);
        try
        {
            var first = LiveChatCards.AsActivity(cards.AgentCard(chat, soFar, prospectCulture), LiveChatText.Get("Chat.Title", SalesCulture));
            var conversationId = await connections.OpenAgentChatAsync(agent, tenantId, first, cancellationToken);
            await store.SetAgentConversationAsync(chat.Id, conversationId, cancellationToken);
            chat.AgentConversationId = conversationId;
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or InvalidOperationException)
        {
            logger.LogWarning("Could not open the personal chat for live chat {LiveChatId} ({ExceptionType}); the chat is ended.", chat.Id, exception.GetType().Name);
            await store.EndAsync(chat.Id, LiveChatStatus.Active, LiveChatStatus.Ended, Unreachable, clock.GetUtcNow(), cancellationToken);
            return LiveChatText.Get("Action.ChatUnreachable", SalesCulture);
        }

        logger.LogInformation("Live chat {LiveChatId} is running ({Origin}).", chat.Id, chat.Origin);
        if (prospect is not null)
        {
            var joined = PlainMessage(LiveChatText.Format("Prospect.Joined", prospectCulture, LiveChatText.FirstName(agent.Name)));
            await TellProspectAsync(prospect, joined, cancellationToken);
        }

        await cards.UpdateRequestAsync(chat, cancellationToken: cancellationToken);
        var leadId = await store.LinkLeadAsync(chat, cancellationToken);
        await RefreshLeadCardAsync(leadId, cancellationToken);
        return null;
    }

    // ---- messages ----

    /// <summary>A message of the prospect: stored (once) and, while someone is chatting, passed to them. False when it
    /// could not be passed on.</summary>
    public async Task<bool> RelayFromProspectAsync(LiveChat chat, IMessageActivity activity, string prospectName, CancellationToken cancellationToken)
    {
        var text = activity.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return true;
        }

        var added = await store.AddMessageAsync(new LiveChatMessage
        {
            LiveChatId = chat.Id,
            At = clock.GetUtcNow(),
            Sender = ChatSender.Prospect,
            Text = text,
            SourceActivityId = SourceId(activity),
        }, cancellationToken);
        if (!added || chat.Status != LiveChatStatus.Active)
        {
            return true;
        }

        try
        {
            var relayed = PlainMessage(LiveChatText.Format("Chat.ProspectSays", SalesCulture, prospectName, text));
            await connections.SendToAgentAsync(chat, [relayed], cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            logger.LogWarning("Could not pass a message of live chat {LiveChatId} to Teams ({ExceptionType}).", chat.Id, exception.GetType().Name);
            return false;
        }
    }

    /// <summary>A message of the person from sales: stored (once) and shown on the website as plain text from
    /// "Anna (Vertrieb)". False when it could not be shown there.</summary>
    public async Task<bool> RelayFromAgentAsync(LiveChat chat, IMessageActivity activity, CancellationToken cancellationToken)
    {
        var text = activity.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return true;
        }

        var added = await store.AddMessageAsync(new LiveChatMessage
        {
            LiveChatId = chat.Id,
            At = clock.GetUtcNow(),
            Sender = ChatSender.Sales,
            SenderName = LiveChatText.FirstName(chat.AgentName ?? "?"),
            Text = text,
            SourceActivityId = SourceId(activity),
        }, cancellationToken);
        var prospect = added ? await store.FindChatAsync(chat.ConversationKey, cancellationToken) : null;
        if (prospect is null)
        {
            return !added;
        }

        return await TellProspectAsync(prospect, AsPerson(chat, prospect, PlainMessage(text)), cancellationToken);
    }

    public async Task RelayTypingFromProspectAsync(LiveChat chat, CancellationToken cancellationToken)
    {
        try
        {
            await connections.SendToAgentAsync(chat, [new Activity(ActivityTypes.Typing)], cancellationToken);
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            logger.LogDebug("A typing indicator of live chat {LiveChatId} did not reach Teams ({ExceptionType}).", chat.Id, exception.GetType().Name);
        }
    }

    public async Task RelayTypingFromAgentAsync(LiveChat chat, CancellationToken cancellationToken)
    {
        var prospect = await store.FindChatAsync(chat.ConversationKey, cancellationToken);
        if (prospect is not null)
        {
            await TellProspectAsync(prospect, AsPerson(chat, prospect, new Activity(ActivityTypes.Typing)), cancellationToken);
        }
    }

    // ---- the end ----

    /// <summary>Ends an open chat (requested or active) because of <paramref name="endedBy"/>; tells the person from sales
    /// and shows the cards anew; for an end from Teams or for inactivity the bot takes over the prospect's conversation
    /// (in a turn of its own). False when it had ended already.</summary>
    public async Task<bool> EndAsync(LiveChat chat, string endedBy, CancellationToken cancellationToken)
    {
        if (chat.Status is not (LiveChatStatus.Requested or LiveChatStatus.Active)
            || !await store.EndAsync(chat.Id, chat.Status, LiveChatStatus.Ended, endedBy, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        logger.LogInformation("Live chat {LiveChatId} ended ({EndedBy}).", chat.Id, endedBy);
        var ended = await store.FindAsync(chat.Id, cancellationToken) ?? chat;
        if (chat.Status == LiveChatStatus.Active)
        {
            var c = SalesCulture;
            var summary = ProspectSummary.FromJson(chat.SummaryJson);
            var note = endedBy switch
            {
                EndedByProspect => LiveChatText.Format("Chat.EndedByProspect", c, summary.Name ?? LiveChatText.Get("Prospect.Name", c)),
                EndedIdle => LiveChatText.Format("Chat.EndedIdle", c, options.Value.IdleMinutes),
                Withdrawn => LiveChatText.Get("Chat.Withdrawn", c),
                _ => LiveChatText.Get("Chat.Ended", c),
            };
            await TellAgentAsync(chat, note, cancellationToken);
        }

        if (endedBy is EndedBySales or EndedIdle && await store.FindChatAsync(chat.ConversationKey, cancellationToken) is { } prospect)
        {
            await ResumeAsync(prospect, new ResumeReason(endedBy, chat.AgentName is null ? null : LiveChatText.FirstName(chat.AgentName)), cancellationToken);
        }

        await cards.UpdateRequestAsync(ended, cancellationToken: cancellationToken);
        await RefreshLeadCardAsync(await store.LinkLeadAsync(ended, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>Nobody accepted in time: the request times out (one instance wins), the prospect is offered a callback in
    /// a turn of the bot, and the request card says so.</summary>
    public async Task<bool> TimeOutAsync(LiveChat chat, CancellationToken cancellationToken)
    {
        if (!await store.EndAsync(chat.Id, LiveChatStatus.Requested, LiveChatStatus.TimedOut, EndedTimeout, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        logger.LogInformation("Live chat request {LiveChatId} timed out: nobody accepted in time.", chat.Id);
        if (await store.FindChatAsync(chat.ConversationKey, cancellationToken) is { } prospect)
        {
            await ResumeAsync(prospect, new ResumeReason(EndedTimeout, null), cancellationToken);
        }

        var ended = await store.FindAsync(chat.Id, cancellationToken) ?? chat;
        await cards.UpdateRequestAsync(ended, cancellationToken: cancellationToken);
        await RefreshLeadCardAsync(await store.LinkLeadAsync(ended, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>The prospect's data was erased (or consent withdrawn) while these chats were open: the person chatting is
    /// told, and the request card shows that nothing is kept (without any of the prospect's data).</summary>
    public async Task TellErasedAsync(IReadOnlyList<LiveChat> chats, bool withdrawn, CancellationToken cancellationToken)
    {
        foreach (var chat in chats)
        {
            if (chat.Status == LiveChatStatus.Active)
            {
                await TellAgentAsync(chat, LiveChatText.Get(withdrawn ? "Chat.Withdrawn" : "Chat.Erased", SalesCulture), cancellationToken);
            }

            if (chat.Status is LiveChatStatus.Requested or LiveChatStatus.Active or LiveChatStatus.TimedOut or LiveChatStatus.Ended)
            {
                await cards.UpdateRequestAsync(chat, erased: true, cancellationToken);
            }
        }
    }

    // ---- helpers ----

    /// <summary>Whether the prospect was seen within LiveChat:OnlineWithinSeconds.</summary>
    public bool IsOnline(ProspectChat prospect) => prospect.LastSeenAt >= clock.GetUtcNow().AddSeconds(-options.Value.OnlineWithinSeconds);

    /// <summary>The lead card as everyone sees it, replaced where the outbox posted it (the live chat shows there).</summary>
    public async Task RefreshLeadCardAsync(Guid? leadId, CancellationToken cancellationToken)
    {
        if (leadId is null)
        {
            return;
        }

        try
        {
            var lead = await leads.FindAsync(leadId.Value, cancellationToken);
            var posted = lead is null ? null : await teamsStore.FindNotificationAsync(lead.Id, cancellationToken);
            if (lead is null || posted is not { SentAt: not null, ServiceUrl: { Length: > 0 } serviceUrl, ConversationId: { Length: > 0 } conversationId, ActivityId: { Length: > 0 } activityId })
            {
                return;
            }

            var target = await notifier.ResolveTargetAsync(cancellationToken);
            var card = await leadCards.CardAsync(lead, null, cancellationToken);
            await notifier.UpdateAsync(serviceUrl, conversationId, activityId, target?.BotId, (Activity)MessageFactory.Attachment(LeadCardBuilder.ToAttachment(card)), cancellationToken);
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            logger.LogWarning("Could not update the card of lead {LeadId} after a live chat change ({ExceptionType}).", leadId, exception.GetType().Name);
        }
    }

    /// <summary>What the cards show of a lead's prospect (the lead is stored with consent).</summary>
    public static ProspectSummary SummaryOf(Lead lead, CultureInfo c)
    {
        var rows = new List<SummaryRow>();
        void Add(string labelKey, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                rows.Add(new SummaryRow(TeamsMessages.Get(labelKey, c), value));
            }
        }

        Add("Card.Email", lead.Email);
        Add("Card.Phone", lead.PhoneDisplay ?? lead.Phone);
        Add("Card.Need", LeadCardBuilder.Need(lead));
        Add("Card.Role", lead.AuthorityText ?? lead.AuthorityKey);
        Add("Card.Budget", LeadCardBuilder.Budget(lead, c));
        Add("Card.Timeline", LeadCardBuilder.Timeline(lead, c));
        return new ProspectSummary(string.IsNullOrWhiteSpace(lead.Name) ? null : lead.Name, string.IsNullOrWhiteSpace(lead.Company) ? null : lead.Company, rows);
    }

    private async Task ResumeAsync(ProspectChat prospect, ResumeReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await connections.ResumeProspectAsync(prospect, Newtonsoft.Json.JsonConvert.SerializeObject(reason), cancellationToken);
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException or Turns.ReplyDeliveryException)
        {
            logger.LogWarning("Could not hand the conversation back to the bot ({ExceptionType}); it continues with the prospect's next message.", exception.GetType().Name);
        }
    }

    private async Task<bool> TellProspectAsync(ProspectChat prospect, IActivity activity, CancellationToken cancellationToken)
    {
        try
        {
            await connections.SendToProspectAsync(prospect, [activity], cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            logger.LogWarning("Could not reach the website conversation of a live chat ({ExceptionType}).", exception.GetType().Name);
            return false;
        }
    }

    private async Task TellAgentAsync(LiveChat chat, string text, CancellationToken cancellationToken)
    {
        try
        {
            await connections.SendToAgentAsync(chat, [PlainMessage(text)], cancellationToken);
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            logger.LogWarning("Could not tell Teams about live chat {LiveChatId} ({ExceptionType}).", chat.Id, exception.GetType().Name);
        }
    }

    /// <summary>A message shown as plain text: nobody's words are read as markdown or HTML on the other side.</summary>
    public static Activity PlainMessage(string text)
    {
        var activity = (Activity)MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Plain;
        return activity;
    }

    /// <summary>Signs an activity for the website as the person from sales ("Anna (Vertrieb)"): from.name, and
    /// channelData.leadbot.person for clients that show it their own way.</summary>
    private static Activity AsPerson(LiveChat chat, ProspectChat prospect, Activity activity)
    {
        var culture = LiveChatText.CultureFor(prospect.Locale);
        var reference = LiveChatConnections.Deserialize(prospect.ReferenceJson);
        var name = LiveChatText.AgentDisplayName(chat.AgentName ?? "?", culture);
        activity.From = new ChannelAccount(reference.Bot?.Id, name, RoleTypes.Bot);
        activity.ChannelData = new JObject { ["leadbot"] = new JObject { ["person"] = name } };
        return activity;
    }

    private static string? SourceId(IActivity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : activity.Id.Length > 256 ? activity.Id[^256..] : activity.Id;

    /// <summary>The person who pressed a button or wrote, as Teams names them (null without a directory id).</summary>
    public static AgentIdentity? AgentOf(IActivity activity) =>
        string.IsNullOrWhiteSpace(activity.From?.AadObjectId) || string.IsNullOrWhiteSpace(activity.From.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl)
            ? null
            : new AgentIdentity(
                string.IsNullOrWhiteSpace(activity.From.Name) ? activity.From.Id : activity.From.Name,
                activity.From.AadObjectId,
                activity.From.Id,
                activity.Recipient?.Id ?? "",
                activity.ServiceUrl);

    private string SalesTenantOf(IActivity activity) => SalesTenant.TenantOf(activity) ?? teams.Value.TenantId;
}

/// <summary>A card to answer an invoke with (kept apart from a message).</summary>
public sealed record JsonObjectCard(System.Text.Json.Nodes.JsonObject Card);
