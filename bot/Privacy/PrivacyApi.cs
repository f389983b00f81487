using System.Net.Mail;
using System.Text.Json;
using LeadBot.Bot.Api;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

/// <summary>
/// The admin side of the data-subject rights (GDPR Art. 15, 17, 20), protected exactly like the sales API
/// (<c>X-Api-Key</c> against <c>SalesApi:ApiKey</c>; refused when no key is configured):
/// <c>GET /api/privacy/export?email=</c>, <c>DELETE /api/privacy/subjects?email=</c>, <c>DELETE /api/privacy/leads/{id}</c>.
/// Every call that reaches a handler is audited; the actor is the <c>X-Requested-By</c> header or "sales-api-key".
/// </summary>
public static class PrivacyApi
{
    public const string RequestedByHeader = "X-Requested-By";
    public const string DefaultActor = "sales-api-key";

    public static RouteGroupBuilder MapPrivacyApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/privacy").AddEndpointFilter(SalesApi.RequireApiKeyAsync);
        group.MapGet("/export", ExportAsync);
        group.MapDelete("/subjects", EraseSubjectAsync);
        group.MapDelete("/leads/{id:guid}", EraseLeadAsync);
        group.MapDelete("/leads/{id}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lead not found",
            detail: "A lead id is a GUID."));
        return group;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string? email, IDbContextFactory<LeadBotDbContext> contexts, TimeProvider clock)
    {
        if (InvalidEmail(email) is { } invalid)
        {
            return invalid;
        }

        var ct = http.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var subject = new PersonalDataSubject(null, email);
        var leads = await EfPersonalDataStore.Matching(db, subject).Include(l => l.History).AsNoTracking()
            .OrderBy(l => l.CreatedAt).ToListAsync(ct);
        var keys = EfPersonalDataStore.StateKeysOf(null, leads);
        var states = keys.Count == 0 ? [] : await db.BotState.AsNoTracking().Where(s => keys.Contains(s.Key))
            .OrderBy(s => s.Key).ToListAsync(ct);
        var chats = await Handoff.LiveChatPersonalData.FindAsync(db, EfPersonalDataStore.UserKeysOf(null, leads.Select(l => l.UserKey)), leads.Select(l => l.Id).ToList(), ct,
            EfPersonalDataStore.ConversationKeysOf(null, leads));
        var funnel = await FunnelOfAsync(db, leads.Select(l => l.Id).ToList(), ct);
        var leadIds = leads.Select(l => l.Id).ToList();
        var events = leadIds.Count == 0 ? [] : await db.Set<WebhookDelivery>().AsNoTracking().Where(d => leadIds.Contains(d.LeadId))
            .OrderBy(d => d.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        db.Add(PrivacyAudit.Entry(now, ActorOf(http), PrivacyAction.Export, leads.Select(l => l.Id), leads.Count,
            leads.Sum(l => l.History.Count), 0, states.Count));
        await db.SaveChangesAsync(ct);

        if (leads.Count == 0)
        {
            return NothingFound("No lead is stored for this e-mail address.");
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"leadbot-export-{now:yyyyMMdd-HHmmss}.json\"";
        return Results.Ok(new PersonalDataExport(
            now,
            // Each lead as the sales API shows it, with its live chats; the person's live chats also on their own
            // (those of a conversation that never became a lead included).
            leads.Select(l => LeadDto.From(l) with
            {
                LiveChats = Handoff.LiveChatPersonalData.Transcripts(chats.Where(c => c.LeadId == l.Id || c.UserKey == l.UserKey
                    || c.ConversationKey == Handoff.LiveChatStore.ConversationKeyOf(l)).ToList()),
            }).ToList(),
            states.Select(s => new BotStateExport(s.Key, s.UpdatedAt, ParseJson(s.Json))).ToList(),
            Handoff.LiveChatPersonalData.Transcripts(chats),
            funnel)
        {
            LeadEvents = events.Select(d => new LeadEventExport(d.EventId, d.Webhook, d.EventType, d.LeadId, d.CreatedAt, d.DeliveredAt, d.DeadAt,
                string.IsNullOrEmpty(d.Payload) ? null : ParseJson(d.Payload))).ToList(),
        });
    }

    /// <summary>The funnel journeys these leads came from (linked until the lead is erased) with their events.</summary>
    private static async Task<IReadOnlyList<FunnelJourneyExport>> FunnelOfAsync(LeadBotDbContext db, List<Guid> leadIds, CancellationToken ct)
    {
        if (leadIds.Count == 0)
        {
            return [];
        }

        var journeys = await db.Set<FunnelJourney>().AsNoTracking().Where(j => j.LeadId != null && leadIds.Contains(j.LeadId.Value))
            .OrderBy(j => j.StartedAt).ToListAsync(ct);
        var ids = journeys.Select(j => j.Id).ToList();
        var events = ids.Count == 0 ? [] : await db.Set<FunnelEvent>().AsNoTracking().Where(e => ids.Contains(e.JourneyId)).ToListAsync(ct);
        // The events not yet moved into rows are part of the journey too.
        return journeys.Select(j => new FunnelJourneyExport(j, events.Where(e => e.JourneyId == j.Id).Concat(FunnelEventText.Parse(j.Id, j.PendingEvents))
            .OrderBy(e => e.At).Select(e => new FunnelEventExport(e.At, e.Kind, e.Step, e.Stage, e.FromStage)).ToList())).ToList();
    }

    private static async Task<IResult> EraseSubjectAsync(HttpContext http, string? email, EfPersonalDataStore store)
    {
        if (InvalidEmail(email) is { } invalid)
        {
            return invalid;
        }

        var erasure = await store.EraseAsync(new PersonalDataSubject(null, email), ActorOf(http), PrivacyAction.Erase, http.RequestAborted);
        return Answer(erasure, "No lead is stored for this e-mail address.");
    }

    private static async Task<IResult> EraseLeadAsync(Guid id, HttpContext http, EfPersonalDataStore store)
    {
        var erasure = await store.EraseAsync(new PersonalDataSubject(null, null, id), ActorOf(http), PrivacyAction.Erase, http.RequestAborted);
        return Answer(erasure, $"There is no lead {id}.");
    }

    private static IResult Answer(PrivacyErasure erasure, string notFound) =>
        erasure.Leads == 0
            ? NothingFound(notFound)
            : Results.Ok(new ErasureDto(erasure.LeadIds, erasure.Leads, erasure.StageChanges, erasure.Notifications, erasure.BotStates, erasure.LiveChats));

    private static IResult NothingFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing found", detail: detail);

    private static IResult? InvalidEmail(string? email)
    {
        var trimmed = email?.Trim() ?? "";
        var valid = trimmed.Length is > 0 and <= 320
            && !trimmed.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(trimmed, out var address)
            && string.Equals(address.Address, trimmed, StringComparison.Ordinal)
            && address.Host.Length > 0;
        return valid
            ? null
            : Results.ValidationProblem(
                new Dictionary<string, string[]> { ["email"] = ["A valid e-mail address is required in the 'email' query parameter."] },
                title: "Invalid query");
    }

    private static string ActorOf(HttpContext http)
    {
        var header = http.Request.Headers[RequestedByHeader].ToString();
        return string.IsNullOrWhiteSpace(header) ? DefaultActor : PrivacyAudit.CleanActor(header);
    }

    private static JsonElement? ParseJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Everything stored about one person (Art. 15 / 20): the leads as the sales API shows them (with history,
/// consent, score breakdown and source), the bot's state of their chats, their live chats with sales, the funnel
/// journeys their leads came from and their lead events for CRMs.</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, IReadOnlyList<LeadDto> Leads, IReadOnlyList<BotStateExport> ConversationState,
    IReadOnlyList<LiveChatTranscript> LiveChats, IReadOnlyList<FunnelJourneyExport>? Funnel = null)
{
    /// <summary>The lead events for CRMs (webhooks): which receiver got which event when; the body while it still waits
    /// (a delivered event's body is removed once the receiver took it).</summary>
    public IReadOnlyList<LeadEventExport> LeadEvents { get; init; } = [];
}

/// <summary>A funnel journey linked to one of the person's leads: how the conversation went, without its text.</summary>
public sealed record FunnelJourneyExport(FunnelJourney Journey, IReadOnlyList<FunnelEventExport> Events);

public sealed record FunnelEventExport(DateTimeOffset At, FunnelEventKind Kind, FunnelStep? Step, LeadStage? Stage, LeadStage? FromStage);

public sealed record LeadEventExport(Guid EventId, string Webhook, string EventType, Guid LeadId, DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset? DeadAt, JsonElement? Payload);

public sealed record BotStateExport(string Key, DateTimeOffset UpdatedAt, JsonElement? State);

public sealed record ErasureDto(IReadOnlyList<Guid> LeadIds, int Leads, int StageChanges, int Notifications, int BotStates, int LiveChats);
