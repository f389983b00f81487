using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Webhooks;

/// <summary>
/// Turns a lead change into the outbox rows of the receivers that want it: one <see cref="WebhookDelivery"/> per
/// receiver, all with one event id and the same body (docs/webhooks/lead-event.schema.json). The caller adds the rows in
/// the transaction of the change, so an event exists exactly when its change was committed, then wakes the worker
/// (<see cref="Signal"/>). With no receivers configured nothing is built.
/// </summary>
public sealed class LeadEvents(IOptions<WebhookOptions> options, WebhookSignal signal, TimeProvider clock)
{
    public const string SpecVersion = "1.0";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public WebhookSignal Signal => signal;

    public bool HasSubscribers(string eventType) => options.Value.Endpoints.Any(e => e.Wants(eventType));

    /// <summary>The rows announcing <paramref name="change"/> of <paramref name="lead"/> (its state after the change).</summary>
    public IReadOnlyList<WebhookDelivery> For(string eventType, Lead lead, StageChange change, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(change);
        var receivers = options.Value.Endpoints.Where(e => e.Wants(eventType)).ToList();
        if (receivers.Count == 0)
        {
            return [];
        }

        // Time-ordered, like a lead's id: deliveries are indexed by their event.
        var eventId = Guid.CreateVersion7();
        var payload = JsonSerializer.Serialize(LeadEventPayload.Of(eventId, eventType, at, lead, change), Json);
        var now = clock.GetUtcNow();
        return receivers.Select(e => new WebhookDelivery
        {
            EventId = eventId,
            Webhook = e.Name,
            EventType = eventType,
            LeadId = lead.Id,
            Payload = payload,
            CreatedAt = now,
            NextAttemptAt = now,
        }).ToList();
    }
}

/// <summary>The body of every lead event (version <see cref="LeadEvents.SpecVersion"/>).</summary>
public sealed record LeadEventPayload(
    string SpecVersion,
    Guid Id,
    string Type,
    DateTimeOffset OccurredAt,
    LeadEventLead Lead,
    LeadEventStageChange StageChange)
{
    public static LeadEventPayload Of(Guid id, string type, DateTimeOffset at, Lead lead, StageChange change) => new(
        LeadEvents.SpecVersion, id, type, at, LeadEventLead.Of(lead),
        new LeadEventStageChange(change.From, change.To, change.At, change.ChangedBy, change.Reason));
}

/// <summary>The stage change the event announces (for lead.created: the first stage, from null).</summary>
public sealed record LeadEventStageChange(LeadStage? From, LeadStage To, DateTimeOffset At, string ChangedBy, string Reason);

/// <summary>What a CRM needs of the lead: contact, answers, score, stage, source, consent; no chat ids, no history.</summary>
public sealed record LeadEventLead(
    Guid Id,
    LeadStage Stage,
    int Score,
    int PolicyVersion,
    IReadOnlyList<LeadEventScoreItem> ScoreBreakdown,
    string Name,
    string? Email,
    string Company,
    string? Phone,
    string? PhoneDisplay,
    string Locale,
    LeadEventChoice Need,
    LeadEventChoice Authority,
    LeadEventBudget Budget,
    LeadEventTimeline Timeline,
    LeadEventSource Source,
    LeadEventConsent Consent,
    string? Owner,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static LeadEventLead Of(Lead lead) => new(
        lead.Id, lead.Stage, lead.Score, lead.PolicyVersion,
        lead.ScoreBreakdown.Select(i => new LeadEventScoreItem(i.Criterion, i.Points, i.MaxPoints, i.Met, i.Required, i.Reason)).ToList(),
        lead.Name, lead.Email, lead.Company, lead.Phone, lead.PhoneDisplay, lead.Locale,
        new LeadEventChoice(lead.NeedKey, lead.NeedText, lead.NeedVerbatim),
        new LeadEventChoice(lead.AuthorityKey, lead.AuthorityText, null),
        new LeadEventBudget(lead.BudgetAmount, lead.BudgetMinimum, lead.BudgetMaximum, lead.BudgetCurrency, lead.BudgetPeriod,
            lead.BudgetUnknown, lead.BudgetUndecided, lead.BudgetNone, lead.BudgetText),
        new LeadEventTimeline(lead.TimelineStart, lead.TimelineUnknown, lead.TimelineVague, lead.TimelineText),
        new LeadEventSource(lead.Source.ChannelId, lead.Source.PageUrl, lead.Source.Referrer, lead.Source.Campaign),
        new LeadEventConsent(lead.Consent.TextVersion, lead.Consent.GivenAt, lead.Consent.Locale),
        lead.Owner, lead.CreatedAt, lead.UpdatedAt);
}

public sealed record LeadEventScoreItem(string Criterion, int Points, int MaxPoints, bool Met, bool Required, string Reason);

/// <summary>A need or role: the configured key (null for own words), the text, and for the need the prospect's words.</summary>
public sealed record LeadEventChoice(string? Key, string? Text, string? Verbatim);

/// <summary>Amounts are per <see cref="Period"/> when it is set (Month, Quarter, Year).</summary>
public sealed record LeadEventBudget(decimal? Amount, decimal? Minimum, decimal? Maximum, string? Currency, PaymentPeriod? Period,
    bool Unknown, bool Undecided, bool None, string? Text);

public sealed record LeadEventTimeline(DateOnly? Start, bool Unknown, bool Vague, string? Text);

public sealed record LeadEventSource(string ChannelId, string? PageUrl, string? Referrer, string? Campaign);

public sealed record LeadEventConsent(string TextVersion, DateTimeOffset GivenAt, string Locale);
