using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// The criteria workbench's API under <c>/api/criteria</c>: the policy in force and its versions, the what-if of a
/// proposal against the stored leads of a period, publishing a change (with a note), rolling back to an earlier
/// version, and re-scoring stored leads (previewed, then confirmed). Policies are sent and returned with the property
/// names of appsettings.json's "Qualification" section. Who acts is the signed-in user, else the caller's
/// <c>X-Requested-By</c>; changes without one are refused.
/// </summary>
public static class CriteriaApi
{
    public const string RequestedByHeader = "X-Requested-By";

    /// <summary>The largest request body the workbench accepts (a policy with many synonyms stays far below).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static RouteGroupBuilder MapCriteriaApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCriteriaDashboardApi();
        return MapCriteriaEndpoints(endpoints.MapGroup("/api/criteria").AddEndpointFilter(SalesApi.RequireApiKeyAsync));
    }

    /// <summary>The workbench's routes on <paramref name="group"/> (the sales API's, or the dashboard's with its sign-in).</summary>
    public static RouteGroupBuilder MapCriteriaEndpoints(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/texts", (string? lang) => Results.Ok(Resources.WorkbenchTexts.All(lang)));
        group.MapGet("/policy", GetPolicyAsync);
        group.MapGet("/versions", ListVersionsAsync);
        group.MapGet("/versions/{version:int}", GetVersionAsync);
        group.MapPost("/what-if", WhatIfAsync);
        group.MapPost("/versions", PublishAsync);
        group.MapPost("/versions/{version:int}/restore", RestoreAsync);
        group.MapPost("/rescore/preview", PreviewRescoreAsync);
        group.MapPost("/rescore", RescoreAsync);
        return group;
    }

    private static async Task<IResult> GetPolicyAsync(PolicyVersions versions, HttpContext http)
    {
        var current = versions.Current;
        var stored = await versions.GetAsync(current.Version, http.RequestAborted).ConfigureAwait(false);
        return stored is null
            ? Results.Ok(new { version = current.Version, policy = PolicyNode(current.Policy) })
            : Results.Ok(VersionDto(stored.Record, stored.Policy));
    }

    private static async Task<IResult> ListVersionsAsync(PolicyVersions versions, HttpContext http)
    {
        var all = await versions.ListAsync(http.RequestAborted).ConfigureAwait(false);
        var current = versions.Current.Version;
        return Results.Ok(new
        {
            current,
            versions = all.Select(v => new
            {
                version = v.Version,
                kind = v.Kind,
                restoresVersion = v.RestoresVersion,
                createdAt = v.CreatedAt,
                createdBy = v.CreatedBy,
                note = v.Note,
                changes = PolicyJson.DeserializeChanges(v.ChangesJson),
            }),
        });
    }

    private static async Task<IResult> GetVersionAsync(int version, PolicyVersions versions, HttpContext http)
    {
        var stored = await versions.GetAsync(version, http.RequestAborted).ConfigureAwait(false);
        return stored is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Version not found", detail: $"There is no policy version {version}.")
            : Results.Ok(VersionDto(stored.Record, stored.Policy));
    }

    private static async Task<IResult> WhatIfAsync(HttpContext http, WhatIf whatIf, PolicyVersions versions, Microsoft.Extensions.Options.IOptions<CriteriaOptions> options)
    {
        var (body, problem) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var policy = ReadPolicy(body!, errors);
        var (from, to) = ReadPeriod(body!, options.Value, errors);
        var limit = ReadInt(body!, "limit", 1, options.Value.WhatIfListLimit, errors);
        if (policy is not null && errors.Count == 0 && policy.Validate() is { Count: > 0 } invalid)
        {
            errors["policy"] = [.. invalid];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid what-if");
        }

        var result = await whatIf.RunAsync(policy!, from, to, limit, http.RequestAborted).ConfigureAwait(false);
        return Results.Ok(result);
    }

    private static async Task<IResult> PublishAsync(HttpContext http, PolicyVersions versions)
    {
        var (body, problem) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var policy = ReadPolicy(body!, errors);
        var basedOn = ReadInt(body!, "basedOn", 1, int.MaxValue, errors, required: true);
        var note = ReadString(body!, "note", errors);
        var who = Who(http, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid policy change");
        }

        var result = await versions.PublishAsync(policy!, basedOn!.Value, who!, note ?? "", http.RequestAborted).ConfigureAwait(false);
        return Answer(result);
    }

    private static async Task<IResult> RestoreAsync(int version, HttpContext http, PolicyVersions versions)
    {
        var (body, problem) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var basedOn = ReadInt(body!, "basedOn", 1, int.MaxValue, errors, required: true);
        var note = ReadString(body!, "note", errors);
        var who = Who(http, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid rollback");
        }

        var result = await versions.RollBackAsync(version, basedOn!.Value, who!, note ?? "", http.RequestAborted).ConfigureAwait(false);
        return Answer(result);
    }

    private static async Task<IResult> PreviewRescoreAsync(HttpContext http, Rescore rescore, Microsoft.Extensions.Options.IOptions<CriteriaOptions> options)
    {
        var (body, problem) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var (from, to) = ReadPeriod(body!, options.Value, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid period");
        }

        return Results.Ok(await rescore.PreviewAsync(from, to, http.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<IResult> RescoreAsync(HttpContext http, Rescore rescore, Microsoft.Extensions.Options.IOptions<CriteriaOptions> options)
    {
        var (body, problem) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var (from, to) = ReadPeriod(body!, options.Value, errors);
        var version = ReadInt(body!, "version", 1, int.MaxValue, errors, required: true);
        var note = ReadString(body!, "note", errors);
        var who = Who(http, errors);
        if (body!["confirm"] is not JsonValue confirm || !confirm.TryGetValue<bool>(out var confirmed) || !confirmed)
        {
            errors["confirm"] = ["Re-scoring changes stored leads: send \"confirm\": true after looking at the preview."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid re-score");
        }

        // Not cancelled with the request: a re-score that started finishes its batches.
        var result = await rescore.RunAsync(version!.Value, from, to, who!, note, CancellationToken.None).ConfigureAwait(false);
        return result.Outcome == RescoreOutcome.VersionChanged
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Policy changed",
                detail: $"Version {result.Version} is in force now, not {version}: look at the preview again.")
            : Results.Ok(result);
    }

    private static IResult Answer(PublishResult result) => result.Outcome switch
    {
        PublishOutcome.Published => Results.Created($"/api/criteria/versions/{result.Version!.Record.Version}", VersionDto(result.Version.Record, result.Version.Policy)),
        PublishOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Version not found", detail: string.Join(" ", result.Errors)),
        PublishOutcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Policy changed meanwhile", detail: string.Join(" ", result.Errors)),
        _ => Results.ValidationProblem(new Dictionary<string, string[]> { ["policy"] = [.. result.Errors] }, title: "Invalid policy change"),
    };

    private static object VersionDto(PolicyVersionRecord record, QualificationPolicy policy) => new
    {
        version = record.Version,
        kind = record.Kind,
        restoresVersion = record.RestoresVersion,
        createdAt = record.CreatedAt,
        createdBy = record.CreatedBy,
        note = record.Note,
        changes = PolicyJson.DeserializeChanges(record.ChangesJson),
        maxScore = policy.MaxScore,
        policy = PolicyNode(policy),
    };

    private static JsonNode? PolicyNode(QualificationPolicy policy) => JsonSerializer.SerializeToNode(policy, PolicyJson.Options);

    /// <summary>The signed-in user, else <c>X-Requested-By</c>; an error when neither says who acts.</summary>
    internal static string? Who(HttpContext http, Dictionary<string, string[]> errors)
    {
        var name = Dashboard.DashboardUser.Of(http)?.Name ?? http.Request.Headers[RequestedByHeader].ToString().Trim();
        if (string.IsNullOrEmpty(name) || name.Any(char.IsControl))
        {
            errors[RequestedByHeader] = [$"Say who acts: sign in, or send the {RequestedByHeader} header."];
            return null;
        }

        return name.Length > PolicyVersionRecord.MaxAuthorLength ? name[..PolicyVersionRecord.MaxAuthorLength] : name;
    }

    private static async Task<(JsonObject? Body, IResult? Problem)> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"At most {MaxBodyBytes} bytes."));
        }

        try
        {
            using var limited = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (limited.Length + read > MaxBodyBytes)
                {
                    return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                        detail: $"At most {MaxBodyBytes} bytes."));
                }

                limited.Write(buffer, 0, read);
            }

            if (limited.Length == 0)
            {
                return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Body required", detail: "Send a JSON object."));
            }

            return JsonNode.Parse(limited.ToArray()) is JsonObject body
                ? (body, null)
                : (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: "Send a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON", detail: exception.Message));
        }
    }

    private static QualificationPolicy? ReadPolicy(JsonObject body, Dictionary<string, string[]> errors)
    {
        if (body["policy"] is not JsonObject node)
        {
            errors["policy"] = ["The proposed policy is required (an object shaped like the Qualification section of appsettings.json)."];
            return null;
        }

        try
        {
            return PolicyJson.Deserialize(node);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            errors["policy"] = [$"The policy cannot be read: {exception.Message}"];
            return null;
        }
    }

    private static (DateTimeOffset? From, DateTimeOffset? To) ReadPeriod(JsonObject body, CriteriaOptions options, Dictionary<string, string[]> errors)
    {
        var from = ReadBound(body, "from", endOfDay: false, errors);
        var to = ReadBound(body, "to", endOfDay: true, errors);
        if (from is { } f && to is { } t)
        {
            if (t <= f)
            {
                errors["to"] = ["'to' must be after 'from'."];
            }
            else if ((t - f).TotalDays > options.MaxPeriodDays)
            {
                errors["to"] = [$"A period covers at most {options.MaxPeriodDays} days."];
            }
        }

        return (from, to);
    }

    private static DateTimeOffset? ReadBound(JsonObject body, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
        if (string.IsNullOrEmpty(text))
        {
            errors[name] = [$"'{name}' must be a date (yyyy-MM-dd) or an ISO 8601 timestamp."];
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A date-only "to" includes that whole day.
            return date.Year is < 2000 or > 9000
                ? Invalid()
                : new DateTimeOffset((endOfDay ? date.AddDays(1) : date).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.Year is >= 2000 and <= 9000
            ? at
            : Invalid();

        DateTimeOffset? Invalid()
        {
            errors[name] = [$"'{name}' must be a date (yyyy-MM-dd) or an ISO 8601 timestamp between the years 2000 and 9000."];
            return null;
        }
    }

    private static int? ReadInt(JsonObject body, string name, int min, int max, Dictionary<string, string[]> errors, bool required = false)
    {
        var node = body[name];
        if (node is null)
        {
            if (required)
            {
                errors[name] = [$"'{name}' is required."];
            }

            return null;
        }

        if (node is JsonValue v && v.TryGetValue<int>(out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[name] = [$"'{name}' must be a whole number between {min} and {max}."];
        return null;
    }

    private static string? ReadString(JsonObject body, string name, Dictionary<string, string[]> errors)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            return s;
        }

        errors[name] = [$"'{name}' must be a string."];
        return null;
    }
}
