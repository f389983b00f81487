using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// The live chat on the Teams side, consulted by <see cref="TeamsSalesBot"/>: the buttons (Accept on a request card,
/// Chat now on a lead card, End chat), and in a person's personal chat with the bot, while they are in a live chat,
/// their messages and typing (passed to the website) and "Chat beenden". Everything else stays the sales commands.
/// </summary>
public sealed class LiveChatSalesStep(LiveChatStore store, LiveChatFlow flow, LeadCardActions cardActions, EfLeadRepository leads, ILogger<LiveChatSalesStep> logger)
{
    /// <summary>The button verbs the live chat answers.</summary>
    public static bool IsLiveChatAction(string? verb) => Normalize(verb) is "acceptchat" or "chat" or "endchat";

    private static string? Normalize(string? verb)
    {
        var name = verb?.Trim();
        if (name?.StartsWith("leadbot.", StringComparison.OrdinalIgnoreCase) == true)
        {
            name = name["leadbot.".Length..];
        }

        return name?.ToLowerInvariant();
    }

    /// <summary>A live chat button; answered with a card (the request card after Accept, the lead card after Chat now or
    /// End chat on it) or a message.</summary>
    public async Task<(System.Text.Json.Nodes.JsonObject? Card, string? Message)> OnActionAsync(ITurnContext turnContext, string? verb, JObject data, CancellationToken cancellationToken)
    {
        var culture = TeamsMessages.CultureFor(turnContext.Activity.Locale);
        switch (Normalize(verb))
        {
            case "acceptchat" when Guid.TryParse(data["liveChatId"]?.ToString(), out var chatId):
            {
                var (card, message) = await flow.AcceptAsync(turnContext, chatId, cancellationToken);
                return (card?.Card, message);
            }

            case "chat":
            {
                var (leadId, refusal) = await cardActions.CheckCardAsync(turnContext, data, culture, cancellationToken);
                var lead = leadId is null ? null : await leads.FindAsync(leadId.Value, cancellationToken);
                if (lead is null)
                {
                    return (null, refusal ?? TeamsMessages.Get("Action.NotFound", culture));
                }

                var problem = await flow.ChatNowAsync(turnContext, lead, cancellationToken);
                var now = await leads.FindAsync(lead.Id, cancellationToken) ?? lead;
                return problem is null ? (await cardActions.CardAsync(now, LeadCardActions.ViewerOf(turnContext.Activity), cancellationToken), null) : (null, problem);
            }

            case "endchat":
            {
                var chat = await ChatOfAsync(turnContext, data, cancellationToken);
                if (chat is null || !await flow.EndAsync(chat, LiveChatFlow.EndedBySales, cancellationToken))
                {
                    return (null, LiveChatText.Get("Chat.NotRunning", culture));
                }

                if (chat.LeadId is { } endedLead && await leads.FindAsync(endedLead, cancellationToken) is { } lead)
                {
                    return (await cardActions.CardAsync(lead, LeadCardActions.ViewerOf(turnContext.Activity), cancellationToken), null);
                }

                return (null, LiveChatText.Get("Chat.Ended", culture));
            }

            default:
                return (null, TeamsMessages.Get("Action.Unknown", culture));
        }
    }

    /// <summary>A message in a personal chat: true when it belonged to a live chat (passed to the website, or it ended
    /// the chat); false for the sales commands.</summary>
    public async Task<bool> OnMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var chat = await ActiveChatOfAsync(turnContext.Activity, cancellationToken);
        if (chat is null)
        {
            return false;
        }

        var culture = TeamsMessages.CultureFor(turnContext.Activity.Locale);
        if (LiveChatText.IsSalesEnd(turnContext.Activity.Text))
        {
            await flow.EndAsync(chat, LiveChatFlow.EndedBySales, cancellationToken);
            return true;
        }

        if (!await flow.RelayFromAgentAsync(chat, turnContext.Activity, cancellationToken))
        {
            await TeamsReplies.ReplyAsync(turnContext, LiveChatText.Get("Chat.Undelivered", culture), cancellationToken);
        }

        return true;
    }

    /// <summary>Typing in a personal chat during a live chat shows on the website.</summary>
    public async Task OnTypingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await ActiveChatOfAsync(turnContext.Activity, cancellationToken) is { } chat)
        {
            await flow.RelayTypingFromAgentAsync(chat, cancellationToken);
        }
    }

    /// <summary>The live chat the writer is in, when they write in their personal chat with the bot.</summary>
    private async Task<LiveChat?> ActiveChatOfAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.ConversationType is not "personal" || string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            return null;
        }

        var chat = await store.ActiveOfAgentAsync(activity.From.AadObjectId, cancellationToken);
        if (chat is not null && chat.AgentConversationId is not null && chat.AgentConversationId != activity.Conversation.Id)
        {
            logger.LogInformation("A message of the person in live chat {LiveChatId} came from another personal chat; it is relayed all the same.", chat.Id);
        }

        return chat;
    }

    /// <summary>The chat an End chat button names (the agent card's live chat id, or the lead card's lead), only when the
    /// person pressing it is the one chatting.</summary>
    private async Task<LiveChat?> ChatOfAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var aad = turnContext.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aad))
        {
            return null;
        }

        var chat = await store.ActiveOfAgentAsync(aad, cancellationToken);
        if (chat is null)
        {
            return null;
        }

        if (Guid.TryParse(data["liveChatId"]?.ToString(), out var chatId))
        {
            return chat.Id == chatId ? chat : null;
        }

        return Guid.TryParse(data["leadId"]?.ToString(), out var leadId) && (chat.LeadId == leadId || await LeadOwnsChatAsync(leadId, chat, cancellationToken)) ? chat : null;
    }

    private async Task<bool> LeadOwnsChatAsync(Guid leadId, LiveChat chat, CancellationToken cancellationToken) =>
        await leads.FindAsync(leadId, cancellationToken) is { } lead
        && (lead.UserKey == chat.UserKey || LiveChatStore.ConversationKeyOf(lead) == chat.ConversationKey);
}
