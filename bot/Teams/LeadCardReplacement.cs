using System.Text.Json.Nodes;
using LeadBot.Bot.Teams.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Teams;

/// <summary>Replaces a lead's card in place (PUT on the activity) after a button changed the lead: the card that was
/// clicked and, when that was another copy, the card the outbox posted to the sales channel.</summary>
public sealed class LeadCardReplacement(TeamsStore store, IConfiguration configuration, ILogger<LeadCardReplacement> logger)
{
    private string BotAppId => configuration["MicrosoftAppId"] ?? "";

    public async Task ReplaceAsync(ITurnContext turnContext, Guid leadId, JsonObject card, CancellationToken cancellationToken)
    {
        var replyTo = turnContext.Activity.ReplyToId;
        if (!string.IsNullOrEmpty(replyTo))
        {
            var update = MessageFactory.Attachment(LeadCardBuilder.ToAttachment(card));
            update.Id = replyTo;
            try
            {
                await turnContext.UpdateActivityAsync(update, cancellationToken);
            }
            catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or OperationCanceledException)
            {
                logger.LogWarning("Could not update the lead card of lead {LeadId} ({ExceptionType}).", leadId, exception.GetType().Name);
            }
        }

        var notification = await store.FindNotificationAsync(leadId, cancellationToken);
        if (notification is not { SentAt: not null, ActivityId: { Length: > 0 } activityId, ConversationId: { Length: > 0 } conversationId, ServiceUrl: { Length: > 0 } serviceUrl }
            || (activityId == replyTo && conversationId == turnContext.Activity.Conversation?.Id))
        {
            return;
        }

        var reference = new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(isGroup: true, id: conversationId),
            Bot = turnContext.Activity.Recipient,
        };
        try
        {
            await turnContext.Adapter.ContinueConversationAsync(BotAppId, reference, async (context, token) =>
            {
                var update = MessageFactory.Attachment(LeadCardBuilder.ToAttachment(card));
                update.Id = activityId;
                await context.UpdateActivityAsync(update, token);
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Could not update the posted card of lead {LeadId} ({ExceptionType}).", leadId, exception.GetType().Name);
        }
    }
}
