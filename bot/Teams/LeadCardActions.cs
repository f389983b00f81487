using System.Globalization;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Teams;

/// <summary>
/// The buttons of the lead card: Claim, Offer sent, Disqualify, and the card's refresh. Teams sends them as
/// Action.Execute (an invoke that is answered with the card as the person who pressed it should see it) or, in clients
/// without Universal Actions, as the Action.Submit fallback (a message whose value is the button's data). Both end in
/// <see cref="ApplyAsync"/>. A button acts only on the lead the clicked card shows (recorded when the card was posted or
/// shown): the lead id in the button's data must be that lead. "Open lead" is a task/fetch answered with a dialog that
/// shows the lead page through a fresh signed link (<see cref="OnOpenLeadAsync"/>).
/// </summary>
public sealed class LeadCardActions(
    EfLeadRepository leads,
    LeadCardBuilder cards,
    LeadCardReplacement replacement,
    TeamsStore store,
    ILeadCardViews views,
    LeadPageLinks links,
    TimeProvider clock,
    ILogger<LeadCardActions> logger)
{
    public const string InvokeCardType = "application/vnd.microsoft.card.adaptive";
    public const string InvokeMessageType = "application/vnd.microsoft.activity.message";

    /// <summary>The button data of the lead card (it carries "leadbot": the action), or null when
    /// <paramref name="value"/> is something else.</summary>
    public static JObject? CardData(object? value)
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

    /// <summary>Action.Submit: the outcome is told in the thread when it is not the replaced card.</summary>
    public async Task OnSubmitAsync(ITurnContext<IMessageActivity> turnContext, JObject data, CancellationToken cancellationToken)
    {
        var culture = TeamsMessages.CultureFor(turnContext.Activity.Locale);
        var outcome = await ApplyAsync(turnContext, data["leadbot"]?.ToString(), data, culture, cancellationToken);
        if (outcome.Message is not null)
        {
            await TeamsReplies.ReplyAsync(turnContext, outcome.Message, cancellationToken);
        }
    }

    /// <summary>Action.Execute (a button, or the card's refresh): answered with the card as the person who pressed it
    /// sees it, or with a message when nothing changed.</summary>
    public async Task<AdaptiveCardInvokeResponse> OnExecuteAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var culture = TeamsMessages.CultureFor(((ITurnContext)turnContext).Activity.Locale);
        var data = CardData(invokeValue?.Action?.Data) ?? new JObject();
        var verb = invokeValue?.Action?.Verb;
        var outcome = IsRefresh(verb ?? data["leadbot"]?.ToString())
            ? await RefreshAsync(turnContext, data, culture, cancellationToken)
            : await ApplyAsync(turnContext, verb ?? data["leadbot"]?.ToString(), data, culture, cancellationToken);
        return outcome.Card is not null
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeCardType, Value = JObject.Parse(outcome.Card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeMessageType, Value = outcome.Message ?? "" };
    }

    /// <summary>task/fetch of "open lead": a dialog with the lead page behind a fresh link, valid for
    /// Teams:LeadPageLinkMinutes; a message when the lead is gone or the bot's address is unknown.</summary>
    public async Task<TaskModuleResponse> OnOpenLeadAsync(ITurnContext turnContext, TaskModuleRequest request, CancellationToken cancellationToken)
    {
        var culture = cards.Culture;
        var data = CardData(request?.Data);
        if (data?["leadbot"]?.ToString() != "openLead" || !Guid.TryParse(data["leadId"]?.ToString(), out var leadId))
        {
            return new TaskModuleResponse { Task = new TaskModuleMessageResponse(TeamsMessages.Get("Action.Unknown", culture)) };
        }

        var lead = await leads.FindAsync(leadId, cancellationToken);
        var url = lead is null ? null : links.Create(leadId);
        if (lead is null || url is null)
        {
            return new TaskModuleResponse { Task = new TaskModuleMessageResponse(TeamsMessages.Get(lead is null ? "Action.NotFound" : "Action.NoPage", culture)) };
        }

        logger.LogInformation("Opened the lead page of lead {LeadId} from Teams.", leadId);
        return new TaskModuleResponse
        {
            Task = new TaskModuleContinueResponse(new TaskModuleTaskInfo
            {
                Title = string.IsNullOrWhiteSpace(lead.Name) ? TeamsMessages.Get("Card.Title", culture) : lead.Name,
                Url = url,
                FallbackUrl = url,
                Height = "large",
                Width = "large",
            }),
        };
    }

    private sealed record ActionOutcome(JsonObject? Card, string? Message);

    private static bool IsRefresh(string? verb) => verb?.Trim().ToLowerInvariant() is "leadbot.refresh" or "refresh";

    /// <summary>The directory id of the person who pressed a button (null when Teams names none).</summary>
    internal static string? ViewerOf(IActivity activity) => string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId;

    /// <summary>The lead the clicked card shows, when the button names that lead; otherwise the message to answer.</summary>
    internal async Task<(Guid? LeadId, string? Refusal)> CheckCardAsync(ITurnContext turnContext, JObject data, CultureInfo culture, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!Guid.TryParse(data["leadId"]?.ToString(), out var leadId))
        {
            return (null, TeamsMessages.Get("Action.Unknown", culture));
        }

        var shown = string.IsNullOrEmpty(activity.ReplyToId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : await store.FindLeadOfCardAsync(activity.Conversation.Id, activity.ReplyToId, cancellationToken);
        if (shown is null)
        {
            logger.LogWarning("Refused a card action on a message that shows no lead card.");
            return (null, TeamsMessages.Get("Action.UnknownCard", culture));
        }

        if (shown.Value != leadId)
        {
            logger.LogWarning("Refused a card action naming lead {LeadId} on the card of lead {CardLeadId}.", leadId, shown.Value);
            return (null, TeamsMessages.Get("Action.OtherLead", culture));
        }

        return (leadId, null);
    }

    /// <summary>The refresh of a card (Teams asks when someone looks at it): the current card for that person.</summary>
    private async Task<ActionOutcome> RefreshAsync(ITurnContext turnContext, JObject data, CultureInfo culture, CancellationToken cancellationToken)
    {
        var (leadId, refusal) = await CheckCardAsync(turnContext, data, culture, cancellationToken);
        if (leadId is null)
        {
            return new ActionOutcome(null, refusal);
        }

        var lead = await leads.FindAsync(leadId.Value, cancellationToken);
        return lead is null
            ? new ActionOutcome(null, TeamsMessages.Get("Action.NotFound", culture))
            : new ActionOutcome(await CardAsync(lead, ViewerOf(turnContext.Activity), cancellationToken), null);
    }

    /// <summary>The card of <paramref name="lead"/> as <paramref name="viewerId"/> sees it (null: for everyone).</summary>
    public async Task<JsonObject> CardAsync(Lead lead, string? viewerId, CancellationToken cancellationToken) =>
        cards.Build(lead, await views.ViewOfAsync(lead, viewerId, cancellationToken));

    /// <summary>Checks that the button belongs to the clicked card, applies the stage change, replaces the card in place.</summary>
    private async Task<ActionOutcome> ApplyAsync(ITurnContext turnContext, string? verb, JObject data, CultureInfo culture, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var action = ParseAction(verb);
        if (action is null)
        {
            return new ActionOutcome(null, TeamsMessages.Get("Action.Unknown", culture));
        }

        var (checkedId, refusal) = await CheckCardAsync(turnContext, data, culture, cancellationToken);
        if (checkedId is not { } leadId)
        {
            return new ActionOutcome(null, refusal);
        }

        var person = string.IsNullOrWhiteSpace(activity.From?.Name) ? activity.From?.Id ?? "?" : activity.From.Name;
        var personId = string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId;
        if (action == SalesAction.Disqualify && await leads.FindAsync(leadId, cancellationToken) is { Stage: LeadStage.Mql })
        {
            // The card offers disqualifying only once someone has claimed the lead (and so looked at it).
            return new ActionOutcome(null, TeamsMessages.Get("Action.ClaimFirstToDisqualify", culture));
        }

        var result = await leads.ApplySalesActionAsync(leadId, action.Value, person, personId, data["reason"]?.ToString(), clock.GetUtcNow(), cancellationToken);
        if (result.Outcome != SalesActionOutcome.Applied || result.Lead is null)
        {
            return new ActionOutcome(null, Explain(result, action.Value, culture));
        }

        logger.LogInformation("Lead {LeadId} moved to {Stage} from Teams.", leadId, result.Lead.Stage);
        await replacement.ReplaceAsync(turnContext, leadId, await CardAsync(result.Lead, null, cancellationToken), cancellationToken);
        return new ActionOutcome(await CardAsync(result.Lead, personId, cancellationToken), null);
    }

    internal static SalesAction? ParseAction(string? verb)
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
        if (lastBy == StageActor.Bot)
        {
            lastBy = TeamsMessages.Get("Card.ByBot", culture);
        }

        return (action, lead.Stage) switch
        {
            (SalesAction.Claim, LeadStage.Sql) => TeamsMessages.Format("Action.AlreadyClaimed", culture, lead.Owner ?? lastBy),
            (SalesAction.OfferSent, LeadStage.Mql) => TeamsMessages.Get("Action.ClaimFirst", culture),
            (SalesAction.OfferSent, LeadStage.Opportunity) => TeamsMessages.Format("Action.AlreadyOpportunity", culture, lastBy),
            _ => TeamsMessages.Format("Action.Closed", culture, LeadCardBuilder.StageName(lead.Stage, culture)),
        };
    }
}
