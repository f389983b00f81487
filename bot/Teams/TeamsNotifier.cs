using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>Where a card goes: the Bot Connector of the team, the channel, the tenant.</summary>
public sealed record TeamsTarget(string ServiceUrl, string ChannelId, string TenantId, string TeamId);

/// <summary>Where a card was posted: the new thread's conversation id and the card's activity id.</summary>
public sealed record PostedCard(string ConversationId, string ActivityId);

/// <summary>
/// Posts a lead card as a new thread into the sales channel, outside any turn: <c>CloudAdapter.CreateConversationAsync</c>
/// (POST /v3/conversations with isGroup, channelData {channel, tenant} and the card as the activity).
/// </summary>
public sealed class TeamsNotifier(BotAdapter adapter, TeamsStore store, LeadCardBuilder cards, IOptions<TeamsOptions> options, IConfiguration configuration)
{
    private string BotAppId => configuration["MicrosoftAppId"] ?? "";

    /// <summary>The configured sales channel (Teams:SalesChannelId) in the team of the sales tenant (Teams:TenantId) that
    /// has it; null while there is no such team (not installed yet, or Teams not configured). Never another team: a card
    /// carries the prospect's contact details.</summary>
    public async Task<TeamsTarget?> ResolveTargetAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            return null;
        }

        var installations = await store.GetInstallationsAsync(cancellationToken);
        var team = installations.FirstOrDefault(i =>
            string.Equals(i.TenantId, o.TenantId, StringComparison.OrdinalIgnoreCase)
            && (i.TeamId == o.SalesChannelId || i.Channels.Any(c => c.Id == o.SalesChannelId)));
        return team is null ? null : new TeamsTarget(team.ServiceUrl, o.SalesChannelId, o.TenantId, team.TeamId);
    }

    /// <summary>Posts the card of <paramref name="lead"/>; throws what the Bot Connector answered when it fails.</summary>
    public async Task<PostedCard> PostAsync(Lead lead, TeamsTarget target, CancellationToken cancellationToken)
    {
        var culture = TeamsMessages.CultureFor(options.Value.CardLanguage);
        var activity = (Activity)MessageFactory.Attachment(LeadCardBuilder.ToAttachment(cards.Build(lead, culture)));
        activity.Summary = TeamsMessages.Get("Card.Title", culture);
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData
            {
                Channel = new ChannelInfo(target.ChannelId),
                Tenant = string.IsNullOrEmpty(target.TenantId) ? null : new TenantInfo(target.TenantId),
            },
            TenantId = string.IsNullOrEmpty(target.TenantId) ? null : target.TenantId,
            Activity = activity,
        };

        string? conversationId = null;
        string? activityId = null;
        await adapter.CreateConversationAsync(BotAppId, Channels.Msteams, target.ServiceUrl, null, parameters, (turnContext, _) =>
        {
            conversationId = turnContext.Activity.Conversation?.Id;
            activityId = turnContext.Activity.Id;
            return Task.CompletedTask;
        }, cancellationToken);

        if (string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The Bot Connector created no conversation.");
        }

        return new PostedCard(conversationId, activityId ?? "");
    }
}
