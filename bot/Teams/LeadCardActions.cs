using System.Globalization;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Teams;

/// <summary>
/// The buttons of the lead card: Claim, Offer sent, Disqualify. Teams sends them as Action.Execute (an invoke that is
/// answered with the updated card) or, in clients without Universal Actions, as the Action.Submit fallback (a message
/// whose value is the button's data). Both end in <see cref="ApplyAsync"/>. A button acts only on the lead the clicked
/// card shows (recorded when the card was posted or shown): the lead id in the button's data must be that lead.
/// </summary>
public sealed class LeadCardActions(
    EfLeadRepository leads,
    LeadCardBuilder cards,
    LeadCardReplacement replacement,
    TeamsStore store,
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

    /// <summary>Action.Execute: answered with the updated card, or with a message when nothing changed.</summary>
    public async Task<AdaptiveCardInvokeResponse> OnExecuteAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var culture = TeamsMessages.CultureFor(((ITurnContext)turnContext).Activity.Locale);
        var data = CardData(invokeValue?.Action?.Data) ?? new JObject();
        var verb = invokeValue?.Action?.Verb;
        var outcome = await ApplyAsync(turnContext, verb ?? data["leadbot"]?.ToString(), data, culture, cancellationToken);
        return outcome.Card is not null
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeCardType, Value = JObject.Parse(outcome.Card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = InvokeMessageType, Value = outcome.Message ?? "" };
    }

    private sealed record ActionOutcome(JsonObject? Card, string? Message);

    /// <summary>Checks that the button belongs to the clicked card, applies the stage change, replaces the card in place.</summary>
    private async Task<ActionOutcome> ApplyAsync(ITurnContext turnContext, string? verb, JObject data, CultureInfo culture, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var action = ParseAction(verb);
        if (action is null || !Guid.TryParse(data["leadId"]?.ToString(), out var leadId))
        {
            return new ActionOutcome(null, TeamsMessages.Get("Action.Unknown", culture));
        }

        var shown = string.IsNullOrEmpty(activity.ReplyToId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : await store.FindLeadOfCardAsync(activity.Conversation.Id, activity.ReplyToId, cancellationToken);
        if (shown is null)
        {
            logger.LogWarning("Refused a card action on a message that shows no lead card.");
            return new ActionOutcome(null, TeamsMessages.Get("Action.UnknownCard", culture));
        }

        if (shown.Value != leadId)
        {
            logger.LogWarning("Refused a card action naming lead {LeadId} on the card of lead {CardLeadId}.", leadId, shown.Value);
            return new ActionOutcome(null, TeamsMessages.Get("Action.OtherLead", culture));
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
        await replacement.ReplaceAsync(turnContext, leadId, card, cancellationToken);
        return new ActionOutcome(card, null);
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
        return (action, lead.Stage) switch
        {
            (SalesAction.Claim, LeadStage.Sql) => TeamsMessages.Format("Action.AlreadyClaimed", culture, lead.Owner ?? lastBy),
            (SalesAction.OfferSent, LeadStage.Mql) => TeamsMessages.Get("Action.ClaimFirst", culture),
            (SalesAction.OfferSent, LeadStage.Opportunity) => TeamsMessages.Format("Action.AlreadyOpportunity", culture, lastBy),
            _ => TeamsMessages.Format("Action.Closed", culture, LeadCardBuilder.StageName(lead.Stage, culture)),
        };
    }
}
