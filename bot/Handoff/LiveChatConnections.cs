using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// Reaches both sides of a live chat outside their own turns, through the adapter and the stored conversation
/// references, so any instance can relay: the prospect's website conversation (Azure Direct Line, or the bot's local
/// Direct Line, whose service URL is the bot itself; proactive messages with ContinueConversation) and the person's
/// personal chat with the bot in Teams (opened with CreateConversation).
/// </summary>
public sealed class LiveChatConnections(BotAdapter adapter, IServiceProvider services, IConfiguration configuration)
{
    /// <summary>The event a prospect's conversation gets when the bot takes over again; its value says why.</summary>
    public const string ResumeEventName = "leadbot/live-chat-over";

    private static readonly JsonSerializerSettings ReferenceJson = new() { NullValueHandling = NullValueHandling.Ignore };

    private string BotAppId => configuration["MicrosoftAppId"] ?? "";

    public static string Serialize(ConversationReference reference) => JsonConvert.SerializeObject(reference, ReferenceJson);

    public static ConversationReference Deserialize(string json) =>
        JsonConvert.DeserializeObject<ConversationReference>(json, ReferenceJson) ?? throw new InvalidOperationException("Not a conversation reference.");

    /// <summary>Sends <paramref name="activities"/> into the prospect's conversation. A sender's name set on an activity
    /// (a person from sales) is kept: the turn context would replace <c>from</c> with the bot's account.</summary>
    public Task SendToProspectAsync(ProspectChat chat, IReadOnlyList<IActivity> activities, CancellationToken cancellationToken) =>
        adapter.ContinueConversationAsync(BotAppId, Deserialize(chat.ReferenceJson), (context, token) =>
        {
            var senders = activities.Select(a => a.From).ToList();
            context.OnSendActivities((_, sent, next) =>
            {
                for (var i = 0; i < sent.Count && i < senders.Count; i++)
                {
                    if (senders[i]?.Name is { Length: > 0 } name)
                    {
                        sent[i].From = new ChannelAccount(sent[i].From?.Id ?? senders[i].Id, name, senders[i].Role ?? RoleTypes.Bot);
                    }
                }

                return next();
            });
            return context.SendActivitiesAsync(activities.ToArray(), token);
        }, cancellationToken);

    /// <summary>Runs a turn of the bot in the prospect's conversation (an event <see cref="ResumeEventName"/> with
    /// <paramref name="why"/>), through the same pipeline as every turn, so the bot continues its dialog there.</summary>
    public Task ResumeProspectAsync(ProspectChat chat, string why, CancellationToken cancellationToken)
    {
        var activity = Deserialize(chat.ReferenceJson).GetContinuationActivity();
        activity.Name = ResumeEventName;
        activity.Value = why;
        var bot = services.GetRequiredService<IBot>();
        return adapter.ContinueConversationAsync(BotAppId, activity, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>Opens (or finds: Teams keeps one per person) the person's personal chat with the bot, sending
    /// <paramref name="first"/> into it; returns the conversation id.</summary>
    public async Task<string> OpenAgentChatAsync(AgentIdentity agent, string tenantId, Activity first, CancellationToken cancellationToken)
    {
        string? conversationId = null;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount(agent.BotTeamsId),
            Members = [new ChannelAccount(agent.TeamsId)],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
            Activity = first,
        };
        await adapter.CreateConversationAsync(BotAppId, Channels.Msteams, agent.ServiceUrl, null, parameters, (context, _) =>
        {
            conversationId = context.Activity.Conversation?.Id;
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(conversationId) ? throw new InvalidOperationException("Teams opened no personal chat.") : conversationId;
    }

    /// <summary>Sends <paramref name="activities"/> into the person's personal chat of <paramref name="chat"/>.</summary>
    public Task SendToAgentAsync(LiveChat chat, IReadOnlyList<IActivity> activities, CancellationToken cancellationToken)
    {
        if (chat.AgentConversationId is null || chat.AgentServiceUrl is null)
        {
            return Task.CompletedTask;
        }

        var reference = new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = chat.AgentServiceUrl,
            Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: chat.AgentConversationId),
            Bot = new ChannelAccount(chat.BotTeamsId),
            User = new ChannelAccount(chat.AgentTeamsId),
        };
        return adapter.ContinueConversationAsync(BotAppId, reference, (context, token) => context.SendActivitiesAsync(activities.ToArray(), token), cancellationToken);
    }
}
