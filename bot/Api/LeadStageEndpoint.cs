using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Api;

/// <summary>
/// <c>POST /api/leads/{id}/stage</c>: a CRM (or anyone with the sales API key) reports a stage back, by the same rules
/// as the Teams card (<see cref="SalesStageRules"/>): <c>{"stage": "Sql", "owner": "Jane Doe"}</c> claims an MQL,
/// <c>{"stage": "Opportunity"}</c> records the offer for a claimed lead, <c>{"stage": "Disqualified", "reason": "…"}</c>
/// closes it. Who acted is recorded in the stage history: the webhook's CRM name when the caller uses that webhook's
/// callback key, else the <c>X-Requested-By</c> header (required with the sales API key). Answers: 200 with the lead
/// (also when it already was in that stage: nothing changes then), 400 for a malformed or incomplete request, 404 for
/// an unknown lead, 409 when the lead's stage does not allow the change.
/// </summary>
public static class LeadStageEndpoint
{
    public const string Route = "/api/leads/{id}/stage";
    private const int MaxBodyBytes = 16 * 1024;

    public static RouteHandlerBuilder MapLeadStageEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task<IResult> HandleAsync(
        string id, HttpContext http, EfLeadRepository leads, IOptions<SalesApiOptions> salesApi, IOptions<WebhookOptions> webhooks, TimeProvider clock)
    {
        var caller = Authenticate(http, salesApi.Value, webhooks.Value);
        if (caller.Problem is not null)
        {
            return caller.Problem;
        }

        if (!Guid.TryParse(id, out var leadId))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lead not found", detail: "A lead id is a GUID.");
        }

        var (body, problem) = await ReadAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var stageText = Text(body!, "stage", errors);
        var owner = Text(body!, "owner", errors)?.Trim();
        var reason = Text(body!, "reason", errors)?.Trim();
        SalesAction? action = null;
        LeadStage target = default;
        if (string.IsNullOrWhiteSpace(stageText) || !stageText.Trim().All(char.IsAsciiLetter) || !Enum.TryParse(stageText.Trim(), ignoreCase: true, out target))
        {
            errors["stage"] = ["'stage' is required: Sql (claim, with an owner), Opportunity (offer sent) or Disqualified (with a reason)."];
        }
        else if ((action = SalesStageRules.ActionTo(target)) is null)
        {
            errors["stage"] = [$"'{target}' is set by the bot's qualification only; report Sql, Opportunity or Disqualified."];
        }

        if (owner is { Length: > 256 } || (owner?.Any(char.IsControl) ?? false))
        {
            errors["owner"] = ["'owner' must be a name of at most 256 characters."];
        }

        if (reason is { Length: > SalesStageRules.MaxReasonLength })
        {
            errors["reason"] = [$"'reason' must be at most {SalesStageRules.MaxReasonLength} characters."];
        }

        if (action is { } a && SalesStageRules.MissingInput(a, owner, reason) is { } missing)
        {
            errors[missing == SalesActionOutcome.OwnerRequired ? "owner" : "reason"] = [missing == SalesActionOutcome.OwnerRequired
                ? "Claiming (stage Sql) needs the 'owner': the sales person who takes the lead."
                : "Disqualifying needs a 'reason'."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid stage change");
        }

        var current = await leads.FindAsync(leadId, http.RequestAborted).ConfigureAwait(false);
        if (current is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lead not found", detail: $"There is no lead {leadId}.");
        }

        if (current.Stage == target && (target != LeadStage.Sql || string.Equals(current.Owner, owner, StringComparison.Ordinal)))
        {
            // A CRM that repeats a report (a retry after a timeout) changes nothing and is told so.
            return Results.Ok(new StageChangeAnswer(false, LeadDto.From(current)));
        }

        var result = await leads.ApplySalesActionAsync(leadId, action!.Value, caller.Who!, null, reason, clock.GetUtcNow(), http.RequestAborted,
            via: caller.Via!, owner: owner).ConfigureAwait(false);
        return result.Outcome switch
        {
            SalesActionOutcome.Applied => Results.Ok(new StageChangeAnswer(true, LeadDto.From(result.Lead!))),
            SalesActionOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lead not found", detail: $"There is no lead {leadId}."),
            _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Stage change not allowed",
                detail: Conflict(action.Value, result.Lead ?? current),
                extensions: new Dictionary<string, object?> { ["stage"] = (result.Lead ?? current).Stage.ToString(), ["owner"] = (result.Lead ?? current).Owner }),
        };
    }

    private static string Conflict(SalesAction action, Lead lead) => (action, lead.Stage) switch
    {
        (SalesAction.Claim, LeadStage.Sql or LeadStage.Opportunity) => $"The lead is claimed already (owner: {lead.Owner}).",
        (SalesAction.Claim, LeadStage.Lead) => "Only an MQL can be claimed; this lead did not qualify.",
        (SalesAction.OfferSent, LeadStage.Mql) => "Claim the lead first (stage Sql with an owner): an offer goes to a claimed lead only.",
        (SalesAction.OfferSent, LeadStage.Lead) => "Only a claimed lead (Sql) can get an offer.",
        (_, LeadStage.Disqualified) => "The lead is disqualified.",
        _ => $"The lead is {lead.Stage}: the change is not allowed from there.",
    };

    /// <summary>The answer to a stage change: whether it changed anything, and the lead as it is now.</summary>
    public sealed record StageChangeAnswer(bool Changed, LeadDto Lead);

    private sealed record Caller(string? Who, string? Via, IResult? Problem);

    /// <summary>A webhook's callback key (the caller is that CRM), or the sales API key with X-Requested-By.</summary>
    private static Caller Authenticate(HttpContext http, SalesApiOptions salesApi, WebhookOptions webhooks)
    {
        var presented = http.Request.Headers[SalesApi.ApiKeyHeader].ToString();
        foreach (var endpoint in webhooks.Endpoints.Where(e => !string.IsNullOrWhiteSpace(e.CallbackKey)))
        {
            if (SalesApi.KeyMatches(presented, endpoint.CallbackKey.Trim()))
            {
                return new Caller(endpoint.Who, endpoint.Who, null);
            }
        }

        if (string.IsNullOrWhiteSpace(salesApi.ApiKey))
        {
            return new Caller(null, null, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Sales API disabled",
                detail: $"No {SalesApiOptions.SectionName}:ApiKey and no webhook callback key is configured."));
        }

        if (!SalesApi.KeyMatches(presented, salesApi.ApiKey.Trim()))
        {
            http.Response.Headers.WWWAuthenticate = SalesApi.ApiKeyHeader;
            return new Caller(null, null, Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: $"A valid API key is required in the {SalesApi.ApiKeyHeader} header."));
        }

        var who = new string(http.Request.Headers[Criteria.CriteriaApi.RequestedByHeader].ToString().Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (who.Length == 0)
        {
            return new Caller(null, null, Results.ValidationProblem(
                new Dictionary<string, string[]> { [Criteria.CriteriaApi.RequestedByHeader] = ["Say who changes the stage (a name or the CRM's name)."] },
                title: "Invalid stage change"));
        }

        who = who.Length > 256 ? who[..256] : who;
        return new Caller(who, "the sales API", null);
    }

    private static async Task<(JsonObject? Body, IResult? Problem)> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large"));
        }

        try
        {
            var buffer = new MemoryStream();
            var chunk = new byte[4096];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large"));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.Length > 0 && JsonNode.Parse(buffer.ToArray()) is JsonObject body
                ? (body, null)
                : (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: "Send a JSON object such as {\"stage\": \"Sql\", \"owner\": \"Jane Doe\"}."));
        }
        catch (JsonException)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON",
                detail: "Send a JSON object such as {\"stage\": \"Sql\", \"owner\": \"Jane Doe\"}."));
        }
    }

    private static string? Text(JsonObject body, string name, Dictionary<string, string[]> errors)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        errors[name] = [$"'{name}' must be a string."];
        return null;
    }
}
