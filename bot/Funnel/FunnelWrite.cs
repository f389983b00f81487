using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Turns;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// Writes journeys' changes (<see cref="JourneyDelta"/>): per journey one upsert that creates the row or merges the delta
/// into it (counts added, events appended, the later position kept, the earliest start and consent kept), so deltas of
/// one journey may arrive in any order and from any instance; event rows a delta carries go into the events table
/// with it. Runs inside a given transaction: the turn's own (<see cref="ITurnWrite"/>, for the turn that stores
/// the lead) or a batch of <see cref="PendingJourneys"/>. The command comes from the transaction's statements
/// (<see cref="BotStateSql.Statement"/>: on SQLite compiled once on the write queue's kept connection).
/// </summary>
internal sealed class FunnelWrite(IReadOnlyList<JourneyDelta> deltas) : ITurnWrite
{
    private static readonly FunnelStep[] Steps = FunnelSteps.All;
    private static readonly ConcurrentDictionary<int, string> SqlByRowCount = new();
    private const string Journeys = "\"" + FunnelModel.JourneysTable + "\"";
    private static readonly string Upsert = Build();

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, BotStateSql sql, CancellationToken cancellationToken)
    {
        foreach (var delta in deltas)
        {
            await using (var statement = sql.Statement(connection, transaction, Upsert))
            {
                AddParameters(statement.Command, delta, sql.IsSqlite);
                await statement.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (delta.EventRows.Count > 0)
            {
                await WriteEventRowsAsync(connection, transaction, sql, delta.EventRows, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Inserts event rows of any journeys (the stage leads reached, which <see cref="PendingJourneys"/> writes in
    /// its batches). Chunks of a power of two, at most 32 rows, so a handful of statements serve every count.</summary>
    internal static async Task WriteEventRowsAsync(DbConnection connection, DbTransaction transaction, BotStateSql sql, IReadOnlyList<FunnelEvent> rows, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count;)
        {
            var count = 32;
            while (count > rows.Count - start)
            {
                count /= 2;
            }

            await using var statement = sql.Statement(connection, transaction, SqlByRowCount.GetOrAdd(count, BuildRows));
            for (var i = 0; i < count; i++)
            {
                var e = rows[start + i];
                Add(statement.Command, Names.Of('j', i), e.JourneyId);
                AddEventParameters(statement.Command, e, i, sql.IsSqlite);
            }

            await statement.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            start += count;
        }
    }

    private static string BuildRows(int count) =>
        $"INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") VALUES " +
        string.Join(", ", Enumerable.Range(0, count).Select(i => $"({Names.Of('j', i)}, {Names.Of('t', i)}, {Names.Of('k', i)}, {Names.Of('s', i)}, {Names.Of('g', i)}, NULL)"));

    private static void AddEventParameters(DbCommand command, FunnelEvent e, int i, bool sqlite)
    {
        Add(command, Names.Of('t', i), Time(e.At, sqlite));
        Add(command, Names.Of('k', i), (short)e.Kind);
        Add(command, Names.Of('s', i), e.Step is { } step ? (short)step : null);
        Add(command, Names.Of('g', i), e.Stage is { } stage ? (int)stage : null);
    }

    private static void AddParameters(DbCommand command, JourneyDelta delta, bool sqlite)
    {
        Add(command, "@id", delta.Id);
        Add(command, "@started", Time(delta.StartedAt, sqlite));
        Add(command, "@at", Time(delta.LastAt, sqlite));
        Add(command, "@channel", delta.Channel);
        Add(command, "@lang", delta.Language);
        Add(command, "@status", (short)delta.Status);
        Add(command, "@open", delta.Open is { } open ? (short)open : null);
        Add(command, "@reached", (short)delta.Reached);
        Add(command, "@source", delta.Source.Source);
        Add(command, "@medium", delta.Source.Medium);
        Add(command, "@campaign", delta.Source.Campaign);
        Add(command, "@page", delta.Source.Page);
        Add(command, "@ref", delta.Source.ReferrerHost);
        Add(command, "@pending", FunnelEventText.Format(delta.PendingEvents));
        Add(command, "@consented", delta.ConsentedAt is { } consented ? Time(consented, sqlite) : null);
        var lead = delta.Lead;
        Add(command, "@completed", lead is not null && delta.CompletedAt is { } completed ? Time(completed, sqlite) : null);
        Add(command, "@stage", lead is null ? null : (int)lead.Stage);
        Add(command, "@qualified", lead?.Stage == Dialogs.Domain.LeadStage.Mql && delta.CompletedAt is { } qualified ? Time(qualified, sqlite) : null);
        Add(command, "@lead", lead is null ? null : sqlite ? lead.Id.ToString().ToUpperInvariant() : lead.Id);
        for (var i = 0; i < Steps.Length; i++)
        {
            Add(command, Names.Asked[i], delta.Asked[(int)Steps[i]]);
            Add(command, Names.Reasked[i], delta.Reasked[(int)Steps[i]]);
        }
    }

    internal static object Time(DateTimeOffset value, bool sqlite) => sqlite ? value.UtcTicks : value.ToUniversalTime();

    internal static string? Cut(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..max];

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The upsert (the same on SQLite and PostgreSQL: the existing row is named by its table, the delta by
    /// <c>excluded</c>).</summary>
    private static string Build()
    {
        static string Existing(string column) => $"{Journeys}.\"{column}\"";
        static string Delta(string column) => $"excluded.\"{column}\"";
        // A journey ends once (completed, declined, cancelled; the next message starts a new one): a change that does not
        // end it never moves an ended journey back, whatever its time says (two turns in the same tick, clocks apart).
        var ended = string.Join(", ", JourneyDelta.EndStatuses.Select(e => ((short)e).ToString(CultureInfo.InvariantCulture)));
        string IfLater(string column) =>
            $"\"{column}\" = CASE WHEN {Existing("Status")} IN ({ended}) AND {Delta("Status")} NOT IN ({ended}) THEN {Existing(column)} " +
            $"WHEN {Delta("LastActivityAt")} >= {Existing("LastActivityAt")} THEN {Delta(column)} ELSE {Existing(column)} END";
        static string KeepFirst(string column) => $"\"{column}\" = COALESCE({Existing(column)}, {Delta(column)})";
        static string TakeNew(string column) => $"\"{column}\" = COALESCE({Delta(column)}, {Existing(column)})";

        var columns = new List<string> { "Id", "StartedAt", "LastActivityAt", "Channel", "Language", "Status", "OpenStep", "Reached", "Source", "Medium",
            "Campaign", "Page", "ReferrerHost", "PendingEvents", "ConsentedAt", "CompletedAt", "Stage", "BestStage", "QualifiedAt", "LeadId" };
        var values = new List<string> { "@id", "@started", "@at", "@channel", "@lang", "@status", "@open", "@reached", "@source", "@medium",
            "@campaign", "@page", "@ref", "@pending", "@consented", "@completed", "@stage", "@stage", "@qualified", "@lead" };
        var set = new List<string>
        {
            $"\"StartedAt\" = CASE WHEN {Delta("StartedAt")} < {Existing("StartedAt")} THEN {Delta("StartedAt")} ELSE {Existing("StartedAt")} END",
            IfLater("Language"), IfLater("Status"), IfLater("OpenStep"),
            $"\"LastActivityAt\" = CASE WHEN {Delta("LastActivityAt")} > {Existing("LastActivityAt")} THEN {Delta("LastActivityAt")} ELSE {Existing("LastActivityAt")} END",
            $"\"Reached\" = CASE WHEN {Delta("Reached")} > {Existing("Reached")} THEN {Delta("Reached")} ELSE {Existing("Reached")} END",
            KeepFirst("Source"), KeepFirst("Medium"), KeepFirst("Campaign"), KeepFirst("Page"), KeepFirst("ReferrerHost"),
            $"\"PendingEvents\" = CASE WHEN {Delta("PendingEvents")} IS NULL THEN {Existing("PendingEvents")} ELSE COALESCE({Existing("PendingEvents")}, '') || {Delta("PendingEvents")} END",
            $"\"ConsentedAt\" = CASE WHEN {Existing("ConsentedAt")} IS NULL OR {Delta("ConsentedAt")} < {Existing("ConsentedAt")} THEN COALESCE({Delta("ConsentedAt")}, {Existing("ConsentedAt")}) ELSE {Existing("ConsentedAt")} END",
            TakeNew("CompletedAt"), TakeNew("Stage"), KeepFirst("BestStage"), KeepFirst("QualifiedAt"), TakeNew("LeadId"),
        };
        for (var i = 0; i < Steps.Length; i++)
        {
            var (asked, reasked) = FunnelSteps.Columns(Steps[i]);
            columns.Add(asked);
            columns.Add(reasked);
            values.Add(Names.Asked[i]);
            values.Add(Names.Reasked[i]);
            set.Add($"\"{asked}\" = {Existing(asked)} + {Delta(asked)}");
            set.Add($"\"{reasked}\" = {Existing(reasked)} + {Delta(reasked)}");
        }

        return new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO {Journeys} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) ")
            .Append(CultureInfo.InvariantCulture, $"VALUES ({string.Join(", ", values)}) ON CONFLICT (\"Id\") DO UPDATE SET {string.Join(", ", set)}")
            .ToString();
    }

    /// <summary>Parameter names made once, not per write.</summary>
    private static class Names
    {
        public static readonly string[] Asked = Steps.Select((_, i) => "@a" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        public static readonly string[] Reasked = Steps.Select((_, i) => "@r" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        private static readonly ConcurrentDictionary<(char, int), string> Cache = new();

        public static string Of(char prefix, int index) => Cache.GetOrAdd((prefix, index), static k => "@" + k.Item1 + k.Item2.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Where a journey came from, as the website's join event (or the conversation's profile) reported it, cut to
/// labels: utm source, medium and campaign, the page's host and path, the referrer's host. Nothing personal.</summary>
public sealed record JourneySource(string? Source, string? Medium, string? Campaign, string? Page, string? ReferrerHost)
{
    public static readonly JourneySource None = new(null, null, null, null, null);

    public static JourneySource From(string? source, string? medium, string? campaign, string? pageUrl, string? referrer) => new(
        Label(source), Label(medium), Label(campaign), PageOf(pageUrl), HostOf(referrer));

    /// <summary>A utm value as a label: trimmed, at most 100 characters, no control characters; empty → null.</summary>
    internal static string? Label(string? value)
    {
        var clean = new string((value ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return FunnelWrite.Cut(clean, 100);
    }

    private static string? PageOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? FunnelWrite.Cut(uri.Host + uri.AbsolutePath, 200)
            : null;

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? FunnelWrite.Cut(uri.Host, 100)
            : null;
}
