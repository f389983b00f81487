using System.Data.Common;
using System.Globalization;
using System.Text;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Dashboard;

/// <summary>
/// The figures behind the dashboard's charts, for the journeys that started in a period (a cohort), optionally of one
/// channel, utm source and campaign: the funnel from the first message to Opportunity, the drop-off at every question,
/// the re-ask rate per question, conversion per source/campaign and per language, and the time to qualify; plus the
/// stage changes per week in the period. Three statements per report, each a single pass over the cohort's journeys
/// (index on StartedAt) or over the stage events (index on Kind, At), so it stays fast at a million events.
/// </summary>
public sealed class FunnelReport(IDbContextFactory<LeadBotDbContext> contexts, TimeProvider clock, PendingJourneys? pending = null)
{
    /// <summary>The longest period one report covers.</summary>
    public const int MaxDays = 3660;

    private static readonly FunnelStep[] Steps = FunnelSteps.All;

    internal static async Task<IResult> GetAsync(HttpContext http, FunnelReport report, string? from, string? to, string? channel, string? source, string? campaign)
    {
        if (report.ParseFilter(from, to, channel, source, campaign) is not { } filter)
        {
            return InvalidFilter();
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(await report.BuildAsync(filter, http.RequestAborted));
    }

    internal static async Task<IResult> GetSourcesAsync(HttpContext http, FunnelReport report, string? from, string? to)
    {
        if (report.ParseFilter(from, to, null, null, null) is not { } filter)
        {
            return InvalidFilter();
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(await report.SourcesAsync(filter, http.RequestAborted));
    }

    private static IResult InvalidFilter() => Results.ValidationProblem(
        new Dictionary<string, string[]>
        {
            ["from"] = [$"from and to are dates (yyyy-MM-dd), from ≤ to, at most {MaxDays} days apart; channel, source and campaign at most 100 characters."],
        },
        title: "Invalid filter");

    /// <summary>The filter of a request: dates (default: the last 30 days up to today, UTC), labels cut to 100.</summary>
    public FunnelFilter? ParseFilter(string? from, string? to, string? channel, string? source, string? campaign)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly? Parse(string? text) =>
            string.IsNullOrWhiteSpace(text) ? null
            : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;
        var end = Parse(to) ?? today;
        var start = Parse(from) ?? end.AddDays(-29);
        if (start == DateOnly.MinValue || end == DateOnly.MinValue || start > end || end.DayNumber - start.DayNumber > MaxDays
            || new[] { channel, source, campaign }.Any(v => v is { Length: > 100 }))
        {
            return null;
        }

        static string? Label(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        return new FunnelFilter(start, end, Label(channel), Label(source), Label(campaign));
    }

    /// <summary>This instance's journey changes still waiting are written first, so the report includes every turn it
    /// served (another instance's appear within Funnel:WriteEveryMilliseconds).</summary>
    private Task WriteWaitingAsync(CancellationToken cancellationToken) => pending?.WriteAsync(cancellationToken) ?? Task.CompletedTask;

    public async Task<FunnelSources> SourcesAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        await WriteWaitingAsync(cancellationToken).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sqlite = !LeadBotDbContext.IsPostgreSql(db.Database);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // Read from the index that starts with these columns (it holds StartedAt too): no table access, no sort.
        var hint = sqlite ? $" INDEXED BY \"{FunnelModel.SourceIndex}\"" : "";
        command.CommandText = $"SELECT DISTINCT \"Channel\", \"Source\", \"Campaign\" FROM \"{FunnelModel.JourneysTable}\"{hint} WHERE {Cohort(command, filter with { Channel = null, Source = null, Campaign = null }, sqlite)}";
        var channels = new SortedSet<string>(StringComparer.Ordinal);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var campaigns = new SortedSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                channels.Add(reader.GetString(0));
                if (!reader.IsDBNull(1))
                {
                    sources.Add(reader.GetString(1));
                }

                if (!reader.IsDBNull(2))
                {
                    campaigns.Add(reader.GetString(2));
                }
            }
        }

        return new FunnelSources([.. channels], [.. sources], [.. campaigns]);
    }

    public async Task<FunnelReportData> BuildAsync(FunnelFilter filter, CancellationToken cancellationToken)
    {
        await WriteWaitingAsync(cancellationToken).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sqlite = !LeadBotDbContext.IsPostgreSql(db.Database);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var groups = await ReadStatesAsync(connection, filter, sqlite, cancellationToken).ConfigureAwait(false);
        var sources = await ReadSourcesAsync(connection, filter, sqlite, cancellationToken).ConfigureAwait(false);
        var durations = await ReadTimesToQualifyAsync(connection, filter, sqlite, cancellationToken).ConfigureAwait(false);
        var weeks = await ReadStageFlowAsync(connection, filter, sqlite, cancellationToken).ConfigureAwait(false);
        return Assemble(filter, groups, sources, durations, weeks);
    }

    /// <summary>One row per state of the cohort's journeys (how far, where it stands, which stage), with the summed
    /// question counters.</summary>
    private sealed record Group(FunnelStatus Status, FunnelStep? OpenStep, FunnelPoint Reached, LeadStage? BestStage, LeadStage? Stage, long Count,
        long[] Asked, long[] Reasked);

    /// <summary>One row per channel, utm source, campaign and language of the cohort: journeys, leads and the stages reached.</summary>
    private sealed record SourceGroup(string Channel, string? Source, string? Campaign, string Language, long Started, long Leads, long Mql, long Sql, long Opportunity);

    private static async Task<List<Group>> ReadStatesAsync(DbConnection connection, FunnelFilter filter, bool sqlite, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var sums = new StringBuilder();
        foreach (var step in Steps)
        {
            var (asked, reasked) = FunnelSteps.Columns(step);
            sums.Append(CultureInfo.InvariantCulture, $", SUM(\"{asked}\"), SUM(\"{reasked}\")");
        }

        // Few groups (integer states only): grouping costs little; the cohort is read once.
        const string dimensions = "\"Status\", \"OpenStep\", \"Reached\", \"BestStage\", \"Stage\"";
        command.CommandText = $"SELECT {dimensions}, COUNT(*){sums} FROM \"{FunnelModel.JourneysTable}\"{ScanHint(filter, sqlite)} WHERE {Cohort(command, filter, sqlite)} GROUP BY {dimensions}";
        var groups = new List<Group>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var asked = new long[Steps.Length];
            var reasked = new long[Steps.Length];
            for (var i = 0; i < Steps.Length; i++)
            {
                asked[i] = Long(reader, 6 + 2 * i);
                reasked[i] = Long(reader, 7 + 2 * i);
            }

            groups.Add(new Group(
                (FunnelStatus)Long(reader, 0),
                reader.IsDBNull(1) ? null : (FunnelStep)Long(reader, 1),
                (FunnelPoint)Long(reader, 2),
                reader.IsDBNull(3) ? null : (LeadStage)Long(reader, 3),
                reader.IsDBNull(4) ? null : (LeadStage)Long(reader, 4),
                Long(reader, 5),
                asked,
                reasked));
        }

        return groups;
    }

    /// <summary>Conversion per source and language, from <see cref="FunnelModel.SourceIndex"/> alone on SQLite.</summary>
    private static async Task<List<SourceGroup>> ReadSourcesAsync(DbConnection connection, FunnelFilter filter, bool sqlite, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var best = "\"BestStage\"";
        string AtLeast(LeadStage stage) => $"SUM(CASE WHEN {best} >= {(int)stage} AND {best} <> {(int)LeadStage.Disqualified} THEN 1 ELSE 0 END)";
        var hint = sqlite ? $" INDEXED BY \"{FunnelModel.SourceIndex}\"" : "";
        command.CommandText =
            $"SELECT \"Channel\", \"Source\", \"Campaign\", \"Language\", COUNT(*), SUM(CASE WHEN \"CompletedAt\" IS NOT NULL THEN 1 ELSE 0 END), " +
            $"{AtLeast(LeadStage.Mql)}, {AtLeast(LeadStage.Sql)}, {AtLeast(LeadStage.Opportunity)} FROM \"{FunnelModel.JourneysTable}\"{hint} " +
            $"WHERE {Cohort(command, filter, sqlite)} GROUP BY \"Channel\", \"Source\", \"Campaign\", \"Language\"";
        var rows = new List<SourceGroup>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SourceGroup(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), Long(reader, 4), Long(reader, 5), Long(reader, 6), Long(reader, 7), Long(reader, 8)));
        }

        return rows;
    }

    private static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>On SQLite, a cohort longer than <see cref="ScanAfterDays"/> is read straight through the table: for most
    /// of it, one pass beats a lookup per row through the index on StartedAt (docs/benchmarks.md). PostgreSQL decides
    /// by its own statistics.</summary>
    private static string ScanHint(FunnelFilter filter, bool sqlite) =>
        sqlite && filter.To.DayNumber - filter.From.DayNumber >= ScanAfterDays ? " NOT INDEXED" : "";

    private const int ScanAfterDays = 90;

    /// <summary>Seconds from the first message to MQL, for the cohort's journeys that reached it.</summary>
    private static async Task<List<double>> ReadTimesToQualifyAsync(DbConnection connection, FunnelFilter filter, bool sqlite, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"StartedAt\", \"QualifiedAt\" FROM \"{FunnelModel.JourneysTable}\"{ScanHint(filter, sqlite)} WHERE {Cohort(command, filter, sqlite)} AND \"QualifiedAt\" IS NOT NULL";
        var seconds = new List<double>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var elapsed = sqlite
                ? TimeSpan.FromTicks(reader.GetInt64(1) - reader.GetInt64(0))
                : reader.GetFieldValue<DateTimeOffset>(1) - reader.GetFieldValue<DateTimeOffset>(0);
            seconds.Add(Math.Max(0, elapsed.TotalSeconds));
        }

        return seconds;
    }

    private sealed record WeekRow(long Week, LeadStage Stage, long Count);

    /// <summary>Stage events (the bot's and people's) in the period, per week (Monday to Sunday, UTC) and stage.</summary>
    private static async Task<List<WeekRow>> ReadStageFlowAsync(DbConnection connection, FunnelFilter filter, bool sqlite, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var origin = new DateTimeOffset(Monday(filter.From).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Add(command, "@origin", FunnelWrite.Time(origin, sqlite));
        Add(command, "@efrom", FunnelWrite.Time(filter.Start, sqlite));
        Add(command, "@eto", FunnelWrite.Time(filter.End, sqlite));
        var week = sqlite
            ? "((e.\"At\" - @origin) / 6048000000000)"
            : "CAST(floor(extract(epoch from (e.\"At\" - @origin)) / 604800) AS bigint)";
        var stages = $"e.\"Kind\" IN ({(short)FunnelEventKind.StageReached}, {(short)FunnelEventKind.StageChanged}) AND e.\"At\" >= @efrom AND e.\"At\" < @eto AND e.\"Stage\" IS NOT NULL";
        if (filter.Channel is not null || filter.Source is not null || filter.Campaign is not null)
        {
            // The chosen journeys first, then their stage events through the index that starts with the journey (on
            // SQLite CROSS JOIN keeps that order; PostgreSQL plans it itself).
            var events = sqlite ? $"\"{FunnelModel.EventsTable}\" e INDEXED BY \"{FunnelModel.JourneyEventsIndex}\"" : $"\"{FunnelModel.EventsTable}\" e";
            command.CommandText =
                $"SELECT {week} AS w, e.\"Stage\", COUNT(*) FROM \"{FunnelModel.JourneysTable}\" j CROSS JOIN {events} " +
                $"WHERE e.\"JourneyId\" = j.\"Id\"{Labels(command, filter, "j.")} AND {stages} GROUP BY w, e.\"Stage\"";
        }
        else
        {
            command.CommandText = $"SELECT {week} AS w, e.\"Stage\", COUNT(*) FROM \"{FunnelModel.EventsTable}\" e WHERE {stages} GROUP BY w, e.\"Stage\"";
        }

        var rows = new List<WeekRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new WeekRow(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                (LeadStage)Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    /// <summary>The cohort's WHERE clause (parameters added to <paramref name="command"/>): started in the period, and
    /// the chosen labels. Only the filters given are in the SQL, so the database never guesses a NULL's type.</summary>
    private static string Cohort(DbCommand command, FunnelFilter filter, bool sqlite)
    {
        Add(command, "@from", FunnelWrite.Time(filter.Start, sqlite));
        Add(command, "@to", FunnelWrite.Time(filter.End, sqlite));
        return "\"StartedAt\" >= @from AND \"StartedAt\" < @to" + Labels(command, filter, "");
    }

    private static string Labels(DbCommand command, FunnelFilter filter, string alias)
    {
        var sql = new StringBuilder();
        void Equal(string column, string name, string? value)
        {
            if (value is not null)
            {
                Add(command, name, value);
                sql.Append(CultureInfo.InvariantCulture, $" AND {alias}\"{column}\" = {name}");
            }
        }

        Equal("Channel", "@channel", filter.Channel);
        Equal("Source", "@source", filter.Source);
        Equal("Campaign", "@campaign", filter.Campaign);
        return sql.ToString();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static FunnelReportData Assemble(FunnelFilter filter, List<Group> groups, List<SourceGroup> sources, List<double> durations, List<WeekRow> weeks)
    {
        long Count(Func<Group, bool> predicate) => groups.Where(predicate).Sum(g => g.Count);
        static bool Reached(Group g, LeadStage stage) => g.BestStage is { } best && best != LeadStage.Disqualified && best >= stage;

        var started = Count(_ => true);
        var points = Enum.GetValues<FunnelPoint>()
            .Select(p => new FunnelCount(Key(p), Count(g => g.Reached >= p)))
            .Concat(new[] { LeadStage.Mql, LeadStage.Sql, LeadStage.Opportunity }.Select(s => new FunnelCount(Key(s), Count(g => Reached(g, s)))))
            .ToList();

        var dropOff = Steps.Select(step => new DropOff(
            FunnelSteps.Name(step),
            Count(g => g.OpenStep == step && g.Status == FunnelStatus.Abandoned),
            Count(g => g.OpenStep == step && g.Status == FunnelStatus.Cancelled),
            step == FunnelStep.Consent ? Count(g => g.Status == FunnelStatus.Declined) : 0,
            Count(g => g.OpenStep == step && g.Status == FunnelStatus.Open))).ToList();

        var reasks = Steps.Select((step, i) =>
        {
            var asked = groups.Sum(g => g.Asked[i]);
            var reasked = groups.Sum(g => g.Reasked[i]);
            return new ReaskRate(FunnelSteps.Name(step), asked, reasked, asked == 0 ? 0 : Math.Round((double)reasked / asked, 4));
        }).ToList();

        var bySource = sources.GroupBy(g => (g.Channel, g.Source, g.Campaign))
            .Select(g => Conversion.Of(g.Key.Channel, g.Key.Source, g.Key.Campaign, null, g.Sum(x => x.Started), g.Sum(x => x.Leads), g.Sum(x => x.Mql),
                g.Sum(x => x.Sql), g.Sum(x => x.Opportunity)))
            .OrderByDescending(c => c.Started).ThenBy(c => c.Channel, StringComparer.Ordinal).ThenBy(c => c.Source, StringComparer.Ordinal)
            .ThenBy(c => c.Campaign, StringComparer.Ordinal).ToList();
        var byLanguage = sources.GroupBy(g => g.Language)
            .Select(g => Conversion.Of(null, null, null, g.Key, g.Sum(x => x.Started), g.Sum(x => x.Leads), g.Sum(x => x.Mql), g.Sum(x => x.Sql), g.Sum(x => x.Opportunity)))
            .OrderBy(c => c.Language, StringComparer.Ordinal).ToList();

        durations.Sort();
        double? Quantile(double q) => durations.Count == 0 ? null : durations[(int)Math.Clamp(Math.Ceiling(q * durations.Count) - 1, 0, durations.Count - 1)];
        var bounds = new double?[] { 120, 300, 600, 1800, 3600, 86400, null };
        var buckets = new List<TimeBucket>();
        double lower = 0;
        foreach (var upper in bounds)
        {
            var low = lower;
            buckets.Add(new TimeBucket(upper, durations.Count(d => d >= low && (upper is null || d < upper))));
            lower = upper ?? double.MaxValue;
        }

        var firstMonday = Monday(filter.From);
        var weekCount = (Monday(filter.To).DayNumber - firstMonday.DayNumber) / 7 + 1;
        var flow = Enumerable.Range(0, weekCount).Select(w =>
        {
            long Of(LeadStage stage) => weeks.Where(r => r.Week == w && r.Stage == stage).Sum(r => r.Count);
            var monday = firstMonday.AddDays(7 * w);
            return new WeekFlow(ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture) + "-W" +
                ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture), monday,
                Of(LeadStage.Lead), Of(LeadStage.Mql), Of(LeadStage.Sql), Of(LeadStage.Opportunity), Of(LeadStage.Disqualified));
        }).ToList();

        var totals = new FunnelTotals(started,
            Count(g => g.Reached >= FunnelPoint.Consented),
            Count(g => g.Status == FunnelStatus.Declined),
            Count(g => g.Status == FunnelStatus.Abandoned),
            Count(g => g.Status == FunnelStatus.Cancelled),
            Count(g => g.Status == FunnelStatus.Open),
            Count(g => g.Reached >= FunnelPoint.Lead),
            Count(g => Reached(g, LeadStage.Mql)),
            Count(g => Reached(g, LeadStage.Sql)),
            Count(g => Reached(g, LeadStage.Opportunity)),
            Count(g => g.Stage == LeadStage.Disqualified));
        return new FunnelReportData(filter.From, filter.To, filter.Channel, filter.Source, filter.Campaign, totals, points, dropOff, reasks, bySource, byLanguage,
            new TimeToQualify(durations.Count, Quantile(0.5), Quantile(0.9), buckets), flow);
    }

    private static string Key(FunnelPoint point) => point switch
    {
        FunnelPoint.Started => "started",
        FunnelPoint.ConsentAsked => "consentAsked",
        FunnelPoint.Consented => "consented",
        FunnelPoint.Summary => "summary",
        FunnelPoint.Lead => "lead",
        _ => FunnelSteps.Name((FunnelStep)((short)point - 1)),
    };

    private static string Key(LeadStage stage) => stage switch
    {
        LeadStage.Mql => "mql",
        LeadStage.Sql => "sql",
        _ => "opportunity",
    };
}

/// <summary>The period (whole days, UTC, both included) and the labels a report is for.</summary>
public sealed record FunnelFilter(DateOnly From, DateOnly To, string? Channel, string? Source, string? Campaign)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

public sealed record FunnelSources(IReadOnlyList<string> Channels, IReadOnlyList<string> Sources, IReadOnlyList<string> Campaigns);

public sealed record FunnelReportData(DateOnly From, DateOnly To, string? Channel, string? Source, string? Campaign, FunnelTotals Totals,
    IReadOnlyList<FunnelCount> Funnel, IReadOnlyList<DropOff> DropOff, IReadOnlyList<ReaskRate> Reasks, IReadOnlyList<Conversion> BySource,
    IReadOnlyList<Conversion> ByLanguage, TimeToQualify TimeToQualify, IReadOnlyList<WeekFlow> StageFlow);

public sealed record FunnelTotals(long Started, long Consented, long Declined, long Abandoned, long Cancelled, long Open, long Leads, long Mql, long Sql,
    long Opportunity, long Disqualified);

/// <summary>Journeys of the cohort that reached a point of the funnel.</summary>
public sealed record FunnelCount(string Point, long Count);

/// <summary>Journeys of the cohort that stopped at a question: abandoned there, cancelled there, declined (consent only),
/// still open there.</summary>
public sealed record DropOff(string Step, long Abandoned, long Cancelled, long Declined, long Open);

public sealed record ReaskRate(string Step, long Asked, long Reasked, double Rate);

public sealed record Conversion(string? Channel, string? Source, string? Campaign, string? Language, long Started, long Leads, long Mql, long Sql,
    long Opportunity, double LeadRate, double MqlRate)
{
    internal static Conversion Of(string? channel, string? source, string? campaign, string? language, long started, long leads, long mql, long sql, long opportunity) =>
        new(channel, source, campaign, language, started, leads, mql, sql, opportunity,
            started == 0 ? 0 : Math.Round((double)leads / started, 4), started == 0 ? 0 : Math.Round((double)mql / started, 4));
}

/// <param name="UpToSeconds">The bucket's upper bound (exclusive); null: no bound.</param>
public sealed record TimeBucket(double? UpToSeconds, long Count);

public sealed record TimeToQualify(long Count, double? MedianSeconds, double? P90Seconds, IReadOnlyList<TimeBucket> Buckets);

public sealed record WeekFlow(string Week, DateOnly Monday, long Lead, long Mql, long Sql, long Opportunity, long Disqualified);
