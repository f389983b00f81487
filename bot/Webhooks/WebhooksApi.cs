using System.Globalization;
using LeadBot.Bot.Api;
using LeadBot.Bot.Criteria;

namespace LeadBot.Bot.Webhooks;

/// <summary>
/// The delivery log and dead letters for the dashboard: <c>GET /api/webhooks/deliveries?state=dead|pending|delivered</c>
/// (no payloads), <c>GET /api/webhooks/deliveries/{id}/attempts</c>, and <c>POST /api/webhooks/deliveries/{id}/retry</c>,
/// which sends a dead-lettered event again with a fresh set of attempts.
/// </summary>
public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this IEndpointRouteBuilder endpoints) =>
        MapWebhookEndpoints(endpoints.MapGroup("/api/webhooks").AddEndpointFilter(SalesApi.RequireApiKeyAsync));

    /// <summary>The routes on <paramref name="group"/> (the sales API's, or the dashboard's with its sign-in).</summary>
    public static RouteGroupBuilder MapWebhookEndpoints(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/deliveries", ListAsync);
        group.MapGet("/deliveries/{id:long}/attempts", AttemptsAsync);
        group.MapPost("/deliveries/{id:long}/retry", RetryAsync);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext http, WebhookStore store, string? state, string? take)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = WebhookDeliveryState.Dead;
        if (!string.IsNullOrWhiteSpace(state) && !(state.All(char.IsAsciiLetter) && Enum.TryParse(state, ignoreCase: true, out parsed)))
        {
            errors["state"] = ["'state' is dead, pending or delivered."];
        }

        var count = 100;
        if (!string.IsNullOrWhiteSpace(take) && (!int.TryParse(take, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 500))
        {
            errors["take"] = ["'take' must be a whole number between 1 and 500."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid query");
        }

        return Results.Ok(await store.ListAsync(parsed, count, http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<IResult> AttemptsAsync(long id, HttpContext http, WebhookStore store) =>
        Results.Ok(await store.AttemptsAsync(id, http.RequestAborted).ConfigureAwait(false));

    private static async Task<IResult> RetryAsync(long id, HttpContext http, WebhookStore store, WebhookSignal signal, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var who = CriteriaApi.Who(http, errors);
        if (who is null)
        {
            return Results.ValidationProblem(errors, title: "Who retries?");
        }

        if (!await store.RetryDeadAsync(id, who, clock.GetUtcNow(), http.RequestAborted).ConfigureAwait(false))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No dead letter",
                detail: $"There is no dead-lettered delivery {id} (it may have been retried or delivered already).");
        }

        signal.Notify();
        return Results.Accepted();
    }
}
