using LeadBot.Bot.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// Reaches both sides of a live chat outside their own turns, through the adapter and the stored conversation
/// references, so any instance can relay: the prospect's website conversation (proactive messages and turns with
/// ContinueConversation) and the person's personal chat with the bot in Teams (opened with CreateConversation). A
/// conversation of the bot's own local Direct Line (in this process's memory) gets what is sent into it directly, the
/// way the local Direct Line delivers a turn's replies; Azure Direct Line through its connector.
/// </summary>
public sealed class LiveChatConnections(BotAdapter adapter, IServiceProvider services, IConfiguration configuration, LocalConversations? local = null)
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
            DeliverLocally(context);
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
        return adapter.ContinueConversationAsync(BotAppId, activity, (context, token) =>
        {
            DeliverLocally(context);
            return bot.OnTurnAsync(context, token);
        }, cancellationToken);
    }

    /// <summary>When the conversation is one of the local Direct Line's in this process, what the context sends goes
    /// into it directly (not through a connector).</summary>
    private void DeliverLocally(ITurnContext context)
    {
        if (local is null || context.Activity.ChannelId != "directline" || context.Activity.Conversation?.Id is not { } id || local.Find(id) is not { } conversation)
        {
            return;
        }

        context.OnSendActivities((_, sent, _) =>
        {
            var responses = new ResourceResponse[sent.Count];
            for (var i = 0; i < sent.Count; i++)
            {
                var activity = sent[i];
                if (activity.Type == ActivityTypes.Trace)
                {
                    responses[i] = new ResourceResponse();
                    continue;
                }

                activity.Id = null;
                activity.Timestamp = null;
                responses[i] = new ResourceResponse(conversation.Append(activity));
            }

            return Task.FromResult(responses);
        });
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
