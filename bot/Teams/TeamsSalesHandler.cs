using System.Globalization;
using System.Text;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Teams;

/// <summary>The Teams sales side: install events, commands ("open leads", "show lead …", "help") and card actions.</summary>
public sealed class TeamsSalesHandler(
    TeamsStore store,
    EfLeadRepository leads,
    LeadCardBuilder cards,
    IOptions<TeamsOptions> options,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<TeamsSalesHandler> logger) : ITeamsSalesHandler
{
    public const string InvokeCardType = "application/vnd.microsoft.card.adaptive";
    public const string InvokeMessageType = "application/vnd.microsoft.activity.message";

    private string BotAppId => configuration["MicrosoftAppId"] ?? "";

    // ---- install, uninstall, channels ----

    public async Task OnMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (team?.Id is null || !membersAdded.Any(m => m.Id == botId))
        {
            // A person joined a team, or the bot was added to a personal chat: nothing to remember.
            return;
        }

        var now = clock.GetUtcNow();
        var installation = new TeamsInstallation
        {
            TeamId = team.Id,
            TeamName = team.Name ?? "",
            TenantId = TenantOf(activity) ?? "",
            ServiceUrl = activity.ServiceUrl ?? "",
            BotId = botId ?? "",
            BotName = activity.Recipient?.Name ?? "",
            Channels = await FetchChannelsAsync(turnContext, team.Id, cancellationToken),
            InstalledAt = now,
            UpdatedAt = now,
        };
        await store.SaveInstallationAsync(installation, cancellationToken);
        await store.MakeWaitingDueAsync(now, cancellationToken);
        logger.LogInformation("LeadBot was added to a Teams team ({ChannelCount} channels known); waiting notifications will be posted.", installation.Channels.Count);
    }

    public async Task OnMembersRemovedAsync(IList<TeamsChannelAccount> membersRemoved, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (team?.Id is not null && membersRemoved.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            await store.RemoveInstallationAsync(team.Id, cancellationToken);
            logger.LogInformation("LeadBot was removed from a Teams team.");
        }
    }

    public async Task OnChannelChangedAsync(ChannelInfo channel, TeamInfo team, bool deleted, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (channel?.Id is null || team?.Id is null)
        {
            return;
        }

        await store.UpdateInstallationAsync(team.Id, installation =>
        {
            installation.Channels.RemoveAll(c => c.Id == channel.Id);
            if (!deleted)
            {
                installation.Channels.Add(new TeamsChannelRecord { Id = channel.Id, Name = channel.Name });
            }

            installation.UpdatedAt = clock.GetUtcNow();
        }, cancellationToken);
    }

    public async Task OnTeamRenamedAsync(TeamInfo team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (team?.Id is null)
        {
            return;
        }

        await store.UpdateInstallationAsync(team.Id, installation =>
        {
            installation.TeamName = team.Name ?? installation.TeamName;
            installation.UpdatedAt = clock.GetUtcNow();
        }, cancellationToken);
    }

    /// <summary>The team's channels from the Bot Connector; at least the General channel (id = team id) when that fails.</summary>
    private async Task<List<TeamsChannelRecord>> FetchChannelsAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        var channels = new List<TeamsChannelRecord>();
        try
        {
            var list = await TeamsInfo.GetTeamChannelsAsync(turnContext, teamId, cancellationToken);
            channels.AddRange(list.Where(c => !string.IsNullOrEmpty(c.Id)).Select(c => new TeamsChannelRecord { Id = c.Id, Name = c.Name }));
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or OperationCanceledException or InvalidOperationException
                                              or Newtonsoft.Json.JsonException or Microsoft.Rest.SerializationException)
        {
            logger.LogWarning("Could not list the team's channels ({ExceptionType}); only the General channel is known.", exception.GetType().Name);
        }

        var general = channels.FirstOrDefault(c => c.Id == teamId);
        if (general is null)
        {
            channels.Insert(0, new TeamsChannelRecord { Id = teamId, Name = "General" });
        }
        else
        {
            general.Name ??= "General";
        }

        return channels;
    }

    // ---- messages: commands and Action.Submit ----

    public async Task OnMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var culture = TeamsMessages.CultureFor(activity.Locale);
        if (CardData(activity.Value) is { } data)
        {
            await OnSubmitAsync(turnContext, data, culture, cancellationToken);
            return;
        }

        activity.RemoveRecipientMention();
        var text = Normalize(activity.Text);
        var command = SalesCommand.Parse(text);
        if (command.German)
        {
            culture = TeamsMessages.CultureFor("de");
        }

        if (!await IsSalesMemberAsync(activity, cancellationToken))
        {
            await ReplyAsync(turnContext, TeamsMessages.Get("NotAllowed", culture), cancellationToken);
            return;
        }

        switch (command.Kind)
        {
            case SalesCommandKind.Help:
                await ReplyAsync(turnContext, TeamsMessages.Get("Help", culture), cancellationToken);
                break;
            case SalesCommandKind.OpenLeads:
                await ReplyAsync(turnContext, await OpenLeadsTextAsync(culture, cancellationToken), cancellationToken);
                break;
            case SalesCommandKind.ShowLead when string.IsNullOrWhiteSpace(command.Argument):
                await ReplyAsync(turnContext, TeamsMessages.Get("ShowLead.Usage", culture), cancellationToken);
                break;
            case SalesCommandKind.ShowLead:
                var lead = await store.FindLeadAsync(command.Argument!, cancellationToken);
                if (lead is null)
                {
                    await ReplyAsync(turnContext, TeamsMessages.Format("ShowLead.NotFound", culture, command.Argument), cancellationToken);
                }
                else
                {
                    await turnContext.SendActivityAsync(MessageFactory.Attachment(LeadCardBuilder.ToAttachment(cards.Build(lead))), cancellationToken);
                }

                break;
            default:
                await ReplyAsync(turnContext, TeamsMessages.Get("Unknown", culture), cancellationToken);
                break;
        }
    }

    private async Task<string> OpenLeadsTextAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        var open = await store.GetOpenMqlsAsync(options.Value.OpenLeadsLimit, cancellationToken);
        if (open.Count == 0)
        {
            return TeamsMessages.Get("OpenLeads.None", culture);
        }

        var text = new StringBuilder(TeamsMessages.Format("OpenLeads.Header", culture, open.Count));
        foreach (var lead in open)
        {
            text.Append('\n').Append(TeamsMessages.Format("OpenLeads.Line", culture,
                lead.Name, lead.Company, lead.Score, LeadCardBuilder.When(lead.CreatedAt, culture), lead.Email ?? "–", lead.Email ?? lead.Id.ToString("D")));
        }

        return text.ToString();
    }

    private async Task OnSubmitAsync(ITurnContext<IMessageActivity> turnContext, JObject data, CultureInfo culture, CancellationToken cancellationToken)
    {
        var outcome = await ApplyCardActionAsync(turnContext, data["leadbot"]?.ToString(), data, culture, cancellationToken);
        if (outcome.Message is not null)
        {
            await ReplyAsync(turnContext, outcome.Message, cancellationToken);
        }
    }

    // ---- Action.Execute ----

    public async Task<AdaptiveCardInvokeResponse> OnCardActionAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var culture = TeamsMessages.CultureFor(((ITurnContext)turnContext).Activity.Locale);
        var data = CardData(invokeValue?.Action?.Data) ?? new JObject();
        var verb = invokeValue?.Action?.Verb;
        var outcome = await ApplyCardActionAsync(turnContext, verb ?? data["leadbot"]?.ToString(), data, culture, cancellationToken);
        return outcome.Card is not null
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeCardType, Value = JObject.Parse(outcome.Card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeMessageType, Value = outcome.Message ?? "" };
    }

    private sealed record ActionOutcome(System.Text.Json.Nodes.JsonObject? Card, string? Message);

    /// <summary>Both button paths end here: checks the person, applies the stage change, replaces the card in place.</summary>
    private async Task<ActionOutcome> ApplyCardActionAsync(ITurnContext turnContext, string? verb, JObject data, CultureInfo culture, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!await IsSalesMemberAsync(activity, cancellationToken))
        {
            return new ActionOutcome(null, TeamsMessages.Get("NotAllowed", culture));
        }

        var action = ParseAction(verb);
        if (action is null || !Guid.TryParse(data["leadId"]?.ToString(), out var leadId))
        {
            return new ActionOutcome(null, TeamsMessages.Get("Action.Unknown", culture));
        }

        var person = string.IsNullOrWhiteSpace(activity.From?.Name) ? activity.From?.Id ?? "?" : activity.From.Name;
        var personId = string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId;
        var result = await leads.ApplySalesActionAsync(leadId, action.Value, person, personId, data["reason"]?.ToString(), clock.GetUtcNow(), cancellationToken);
        if (result.Outcome != SalesActionOutcome.Applied || result.Lead is null)
        {
            return new ActionOutcome(null, Explain(result, action.Value, culture));
        }

        logger.LogInformation("Lead {LeadId} moved to {Stage} from Teams.", leadId, result.Lead.Stage);
        var card = cards.Build(result.Lead);
        await ReplaceCardsAsync(turnContext, leadId, card, cancellationToken);
        return new ActionOutcome(card, null);
    }

    /// <summary>Replaces the clicked card (the activity the action replies to) and, when it is another copy, the card the
    /// outbox posted for the lead, with PUT on the activity.</summary>
    private async Task ReplaceCardsAsync(ITurnContext turnContext, Guid leadId, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken)
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

    private static SalesAction? ParseAction(string? verb)
    {
        var name = verb?.Trim();
        if (name?.StartsWith("leadbot.", StringComparison.OrdinalIgnoreCase) == true)
        {
            name = name["leadbot.".Length..];
        }

        return name?.ToLowerInvariant() switch
        {
            "claim" => SalesAction.Claim,
            "offersent" or "offer" => SalesAction.OfferSent,
            "disqualify" => SalesAction.Disqualify,
            _ => null,
        };
    }

    private static string Explain(SalesActionResult result, SalesAction action, CultureInfo culture)
    {
        var lead = result.Lead;
        if (result.Outcome == SalesActionOutcome.NotFound || lead is null)
        {
            return TeamsMessages.Get("Action.NotFound", culture);
        }

        if (result.Outcome == SalesActionOutcome.ReasonRequired)
        {
            return TeamsMessages.Get("Action.ReasonRequired", culture);
        }

        var lastBy = lead.History.Where(h => h.To == lead.Stage && h.From != h.To).OrderBy(h => h.At).LastOrDefault()?.ChangedBy ?? "–";
        return (action, lead.Stage) switch
        {
            (SalesAction.Claim, LeadStage.Sql) => TeamsMessages.Format("Action.AlreadyClaimed", culture, lead.Owner ?? lastBy),
            (SalesAction.OfferSent, LeadStage.Mql) => TeamsMessages.Get("Action.ClaimFirst", culture),
            (SalesAction.OfferSent, LeadStage.Opportunity) => TeamsMessages.Format("Action.AlreadyOpportunity", culture, lastBy),
            _ => TeamsMessages.Format("Action.Closed", culture, LeadCardBuilder.StageName(lead.Stage, culture)),
        };
    }

    // ---- who may command ----

    /// <summary>Only members of the sales tenant (Teams:TenantId, else a tenant the bot was installed in) are obeyed.</summary>
    private async Task<bool> IsSalesMemberAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var tenant = TenantOf(activity);
        if (string.IsNullOrEmpty(tenant))
        {
            return false;
        }

        var configured = options.Value.TenantId;
        if (!string.IsNullOrEmpty(configured))
        {
            return string.Equals(configured, tenant, StringComparison.OrdinalIgnoreCase);
        }

        var installations = await store.GetInstallationsAsync(cancellationToken);
        return installations.Any(i => string.Equals(i.TenantId, tenant, StringComparison.OrdinalIgnoreCase));
    }

    internal static string? TenantOf(IActivity activity)
    {
        string? fromChannelData = null;
        try
        {
            fromChannelData = (activity as Activity)?.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
        }

        return string.IsNullOrEmpty(fromChannelData) ? activity.Conversation?.TenantId : fromChannelData;
    }

    private static JObject? CardData(object? value)
    {
        var data = value switch
        {
            null => null,
            JObject o => o,
            string s when s.TrimStart().StartsWith('{') => TryParse(s),
            _ => JToken.FromObject(value) as JObject,
        };
        return data?["leadbot"] is null ? null : data;

        static JObject? TryParse(string s)
        {
            try
            {
                return JObject.Parse(s);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Task ReplyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Plain;
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}

public enum SalesCommandKind
{
    Unknown,
    Help,
    OpenLeads,
    ShowLead,
}

/// <summary>A sales command as typed (after the @mention is removed): the words of the Teams app manifest, in English and German.</summary>
public sealed record SalesCommand(SalesCommandKind Kind, string? Argument, bool German)
{
    public static SalesCommand Parse(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.', '!', '?');
        static bool Is(string t, string word) => string.Equals(t, word, StringComparison.OrdinalIgnoreCase);
        if (Is(t, "help") || t == "")
        {
            return new(SalesCommandKind.Help, null, false);
        }

        if (Is(t, "hilfe"))
        {
            return new(SalesCommandKind.Help, null, true);
        }

        if (Is(t, "open leads"))
        {
            return new(SalesCommandKind.OpenLeads, null, false);
        }

        if (Is(t, "offene leads"))
        {
            return new(SalesCommandKind.OpenLeads, null, true);
        }

        foreach (var (prefix, german) in new[] { ("show lead", false), ("zeige lead", true) })
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (t.Length == prefix.Length || char.IsWhiteSpace(t[prefix.Length])))
            {
                var argument = t[prefix.Length..].Trim();
                return new(SalesCommandKind.ShowLead, argument.Length == 0 ? null : argument, german);
            }
        }

        return new(SalesCommandKind.Unknown, null, false);
    }
}
