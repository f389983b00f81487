using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Api;

/// <summary>
/// The sales / admin API, first cut: <c>GET /api/leads</c> (filter by stage, creation date, text; paging) and
/// <c>GET /api/leads/{id}</c>. Every request needs the key from <c>SalesApi:ApiKey</c> in the <c>X-Api-Key</c> header;
/// without a configured key the API is disabled and refuses everything.
/// </summary>
public static class SalesApi
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Longer than any name, company or e-mail address the leads hold.</summary>
    internal const int MaxSearchLength = 320;

    public static RouteGroupBuilder MapSalesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/leads").AddEndpointFilter(RequireApiKeyAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/export.csv", ExportCsvAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapGet("/{id}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lead not found",
            detail: "A lead id is a GUID."));
        return group;
    }

    /// <summary>camelCase, enums as their names ("Mql"), dates as yyyy-MM-dd.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }
    }

    internal static bool KeyMatches(string? presented, string configured)
    {
        // Hash both sides: equal length, so the comparison time says nothing about the key's length or prefix.
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? ""));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        return CryptographicOperations.FixedTimeEquals(a, b) && presented is not null;
    }

    /// <summary>The endpoint filter every sales and admin route uses: 403 while no key is configured, 401 (with
    /// WWW-Authenticate) for a missing or wrong <see cref="ApiKeyHeader"/>.</summary>
    internal static async ValueTask<object?> RequireApiKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<SalesApiOptions>>().CurrentValue;
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Sales API disabled",
                detail: $"The sales API is disabled: no {SalesApiOptions.SectionName}:ApiKey is configured.");
        }

        var presented = http.Request.Headers[ApiKeyHeader].ToString();
        if (!KeyMatches(presented, options.ApiKey.Trim()))
        {
            http.Response.Headers.WWWAuthenticate = ApiKeyHeader;
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: $"A valid API key is required in the {ApiKeyHeader} header.");
        }

        return await next(context).ConfigureAwait(false);
    }

    /// <summary>GET /api/leads/export.csv: every lead matching the same filters as the list, newest first, as CSV.</summary>
    private static async Task<IResult> ExportCsvAsync(HttpContext http, LeadQueries queries, string? stage, string? from, string? to, string? q)
    {
        var leads = new List<Lead>();
        for (var page = 1; ; page++)
        {
            var (search, problem) = ParseSearch(stage, from, to, q, page.ToString(CultureInfo.InvariantCulture), LeadSearch.MaxPageSize.ToString(CultureInfo.InvariantCulture));
            if (problem is not null)
            {
                return problem;
            }

            var result = await queries.SearchAsync(search!, http.RequestAborted).ConfigureAwait(false);
            leads.AddRange(result.Items);
            if (result.Items.Count < LeadSearch.MaxPageSize || leads.Count >= result.Total)
            {
                break;
            }
        }

        http.Response.Headers.ContentDisposition = "attachment; filename=\"leads.csv\"";
        return Results.Text(LeadCsvExport.Write(leads), "text/csv; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http,
        LeadQueries queries,
        string? stage, string? from, string? to, string? q, string? page, string? pageSize)
    {
        var (search, problem) = ParseSearch(stage, from, to, q, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        search!.IncludeHistory = true;
        var result = await queries.SearchAsync(search, http.RequestAborted).ConfigureAwait(false);
        return Results.Ok(new LeadPageDto(search.Page, search.PageSize, result.Total, result.Items.Select(LeadDto.From).ToList()));
    }

    private static (LeadSearch? Search, IResult? Problem) ParseSearch(string? stage, string? from, string? to, string? q, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        LeadStage? stageFilter = null;
        if (!string.IsNullOrWhiteSpace(stage))
        {
            if (stage.Trim().All(char.IsAsciiLetter) && Enum.TryParse<LeadStage>(stage.Trim(), ignoreCase: true, out var parsed))
            {
                stageFilter = parsed;
            }
            else
            {
                errors["stage"] = [$"Unknown stage '{stage}'. Use one of: {string.Join(", ", Enum.GetNames<LeadStage>())}."];
            }
        }

        var fromAt = ParseBound(from, "from", endOfDay: false, errors);
        var toAt = ParseBound(to, "to", endOfDay: true, errors);
        if (q is { Length: > MaxSearchLength } || (q is not null && q.Any(char.IsControl)))
        {
            errors["q"] = [$"'q' must be at most {MaxSearchLength} characters of text, without control characters."];
        }

        var pageNumber = ParseInt(page, "page", 1, 1, int.MaxValue / 2, errors);
        var size = ParseInt(pageSize, "pageSize", LeadSearch.DefaultPageSize, 1, LeadSearch.MaxPageSize, errors);
        if (errors.Count > 0)
        {
            return (null, Results.ValidationProblem(errors, title: "Invalid query"));
        }

        return (new LeadSearch
        {
            Stage = stageFilter,
            From = fromAt,
            To = toAt,
            Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            Page = pageNumber,
            PageSize = size,
        }, null);
    }

    /// <summary>One lead with its whole history: stage changes and the live chats with the prospect (transcripts).</summary>
    private static async Task<IResult> GetAsync(Guid id, HttpContext http, LeadQueries queries, Handoff.LiveChatStore liveChats)
    {
        var lead = await queries.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (lead is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Lead not found", detail: $"There is no lead {id}.");
        }

        var chats = await liveChats.ChatsOfLeadAsync(lead, http.RequestAborted).ConfigureAwait(false);
        return Results.Ok(LeadDto.From(lead) with { LiveChats = Handoff.LiveChatStore.Transcripts(chats) });
    }

    private static DateTimeOffset? ParseBound(string? value, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A date-only "to" includes that whole day; the last day there is has no day after it.
            if (endOfDay && date == DateOnly.MaxValue)
            {
                return DateTimeOffset.MaxValue;
            }

            var day = endOfDay ? date.AddDays(1) : date;
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        errors[name] = [$"'{name}' must be a date (yyyy-MM-dd) or an ISO 8601 timestamp."];
        return null;
    }

    private static int ParseInt(string? value, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[name] = [$"'{name}' must be a whole number between {min} and {max}."];
        return fallback;
    }
}

public sealed record LeadPageDto(int Page, int PageSize, int Total, IReadOnlyList<LeadDto> Items);

public sealed record ScoreItemDto(string Criterion, int Points, int MaxPoints, bool Met, bool Required, string Reason);

/// <summary>A need or role: the configured key (null for own words), the text shown, and for the need what the prospect wrote.</summary>
public sealed record ChoiceAnswerDto(string? Key, string? Text, string? Verbatim = null);

/// <summary>Amounts are per <see cref="Period"/> when it is set (month, quarter, year).</summary>
public sealed record BudgetDto(decimal? Amount, decimal? Minimum, decimal? Maximum, string? Currency, bool Unknown, string? Text,
    PaymentPeriod? Period = null, bool Undecided = false, bool None = false);

public sealed record TimelineDto(DateOnly? Start, bool Unknown, string? Text, bool Vague = false);

public sealed record ConsentDto(string TextVersion, string TextHash, DateTimeOffset GivenAt, string ChannelId, string Locale);

/// <summary>Where a lead came from; campaign, campaignSource, campaignMedium, campaignTerm and campaignContent are the
/// page's utm_campaign, utm_source, utm_medium, utm_term and utm_content.</summary>
public sealed record SourceDto(string ChannelId, string? PageUrl, string? Referrer, string? Campaign,
    string? CampaignSource, string? CampaignMedium, string? CampaignTerm, string? CampaignContent);

public sealed record StageChangeDto(LeadStage? From, LeadStage To, DateTimeOffset At, string ChangedBy, string Reason);

/// <summary>A lead as the sales API shows it.</summary>
public sealed record LeadDto(
    Guid Id,
    LeadStage Stage,
    int Score,
    IReadOnlyList<ScoreItemDto> ScoreBreakdown,
    string Name,
    string? Email,
    string Company,
    string? Phone,
    string? PhoneDisplay,
    ChoiceAnswerDto Need,
    ChoiceAnswerDto Authority,
    BudgetDto Budget,
    TimelineDto Timeline,
    string Locale,
    ConsentDto Consent,
    SourceDto Source,
    string? Owner,
    IReadOnlyList<StageChangeDto> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The live chats with the prospect (GET /api/leads/{id} only; absent in lists).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LiveChatTranscript>? LiveChats { get; init; }

    /// <summary>The version of the qualification policy that scored the lead (see the criteria workbench).</summary>
    public int PolicyVersion { get; init; } = 1;

    public static LeadDto From(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return new LeadDto(
            lead.Id,
            lead.Stage,
            lead.Score,
            lead.ScoreBreakdown.Select(s => new ScoreItemDto(s.Criterion, s.Points, s.MaxPoints, s.Met, s.Required, s.Reason)).ToList(),
            lead.Name,
            lead.Email,
            lead.Company,
            lead.Phone,
            lead.PhoneDisplay,
            new ChoiceAnswerDto(lead.NeedKey, lead.NeedText, lead.NeedVerbatim),
            new ChoiceAnswerDto(lead.AuthorityKey, lead.AuthorityText),
            new BudgetDto(lead.BudgetAmount, lead.BudgetMinimum, lead.BudgetMaximum, lead.BudgetCurrency, lead.BudgetUnknown, lead.BudgetText,
                lead.BudgetPeriod, lead.BudgetUndecided, lead.BudgetNone),
            new TimelineDto(lead.TimelineStart, lead.TimelineUnknown, lead.TimelineText, lead.TimelineVague),
            lead.Locale,
            new ConsentDto(lead.Consent.TextVersion, lead.Consent.TextHash, lead.Consent.GivenAt, lead.Consent.ChannelId, lead.Consent.Locale),
            new SourceDto(lead.Source.ChannelId, lead.Source.PageUrl, lead.Source.Referrer, lead.Source.Campaign,
                lead.Source.CampaignSource, lead.Source.CampaignMedium, lead.Source.CampaignTerm, lead.Source.CampaignContent),
            lead.Owner,
            lead.History.OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new StageChangeDto(h.From, h.To, h.At, h.ChangedBy, h.Reason)).ToList(),
            lead.CreatedAt,
            lead.UpdatedAt)
        {
            PolicyVersion = lead.PolicyVersion,
        };
    }
}
