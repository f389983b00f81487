using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Turns;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// The funnel rows of one turn, written in the turn's own transaction (<see cref="ITurnWrite"/>): the journey's row
/// (inserted by the turn that starts it, else updated by its id, naming only what the turn changes, counts added to what
/// is stored), with the turn's question events appended to its pending events, which <see cref="FunnelMaintenance"/>
/// moves into rows later; only the stage the lead reached is inserted as a row at once. So a turn runs one statement
/// (two when it stores the lead). The SQL is built once per shape and cached, and its command comes from the
/// transaction's statements (<see cref="BotStateSql.Statement"/>: compiled once per batch of turns on SQLite).
/// </summary>
internal sealed class FunnelWrite(JourneyChange change, JourneySource source, string channel, string language, bool writeLanguage = true, bool writeStatus = true) : ITurnWrite
{
    private static readonly FunnelStep[] Steps = FunnelSteps.All;
    private static readonly ConcurrentDictionary<long, string> SqlByShape = new();
    private const int StartsFlag = 1 << 10, ConsentsFlag = 1 << 11, CompletesFlag = 1 << 12, RestartFlag = 1 << 13, PendingFlag = 1 << 14,
        LanguageFlag = 1 << 15, StatusFlag = 1 << 16;

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, BotStateSql sql, CancellationToken cancellationToken)
    {
        var sqlite = sql.IsSqlite;
        var at = change.Events.Count > 0 ? change.Events[0].At : DateTimeOffset.UtcNow;
        var shape = 0;
        for (var i = 0; i < Steps.Length; i++)
        {
            if (change.Counts.ContainsKey(Steps[i]))
            {
                shape |= 1 << i;
            }
        }

        // Stage events go into their table at once (the stage flow reads them); the others wait in the journey's row.
        var rows = change.Events.Where(e => e.Kind == FunnelEventKind.StageReached).ToList();
        var pending = FunnelEventText.Format(change.Events.Where(e => e.Kind != FunnelEventKind.StageReached));
        shape |= (change.Starts ? StartsFlag : 0) | (change.ConsentedAt is null ? 0 : ConsentsFlag) | (change.Lead is null ? 0 : CompletesFlag)
            | (pending is null ? 0 : PendingFlag) | (writeLanguage ? LanguageFlag : 0) | (writeStatus ? StatusFlag : 0);
        var key = ((long)rows.Count << 32) | (uint)shape;
        var written = await RunAsync(sql.Statement(connection, transaction, SqlByShape.GetOrAdd(key, _ => Build(shape, rows.Count))), null).ConfigureAwait(false);
        if (!change.Starts && written == rows.Count)
        {
            // The journey's row is gone (purged by retention while the conversation went on): write it anew.
            var again = sql.Statement(connection, transaction,
                SqlByShape.GetOrAdd(((long)rows.Count << 32) | (uint)(shape | StartsFlag | RestartFlag), _ => Build(shape | StartsFlag | RestartFlag, 0)));
            await RunAsync(again, ["@source", "@medium", "@campaign", "@page", "@ref"]).ConfigureAwait(false);
        }

        async Task<int> RunAsync(Statement statement, string[]? noSource)
        {
            await using var _ = statement;
            var command = statement.Command;
            AddParameters(command, change, source, channel, language, at, pending, rows, shape, sqlite);
            foreach (var name in noSource ?? [])
            {
                Add(command, name, null);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void AddParameters(DbCommand command, JourneyChange change, JourneySource source, string channel, string language, DateTimeOffset at,
        string? pending, List<FunnelEvent> rows, int shape, bool sqlite)
    {
        var track = change.Track;
        Add(command, "@id", track.Id);
        Add(command, "@at", Time(at, sqlite));
        Add(command, "@channel", Cut(channel, 32) ?? "");
        Add(command, "@lang", language);
        Add(command, "@status", (short)track.Status);
        Add(command, "@open", track.Open is { } open ? (short)open : null);
        Add(command, "@reached", (short)track.Reached);
        if (pending is not null)
        {
            Add(command, "@pending", pending);
        }

        if (change.Starts)
        {
            Add(command, "@source", source.Source);
            Add(command, "@medium", source.Medium);
            Add(command, "@campaign", source.Campaign);
            Add(command, "@page", source.Page);
            Add(command, "@ref", source.ReferrerHost);
        }

        if (change.ConsentedAt is { } consented)
        {
            Add(command, "@consented", Time(consented, sqlite));
        }

        if (change.Lead is { } lead)
        {
            Add(command, "@completed", Time(change.CompletedAt ?? at, sqlite));
            Add(command, "@stage", (int)lead.Stage);
            Add(command, "@qualified", lead.Stage == Dialogs.Domain.LeadStage.Mql ? Time(change.CompletedAt ?? at, sqlite) : null);
            Add(command, "@lead", sqlite ? lead.Id.ToString().ToUpperInvariant() : lead.Id);
        }

        for (var i = 0; i < Steps.Length; i++)
        {
            if ((shape & (1 << i)) != 0)
            {
                var (asked, reasked) = change.Counts[Steps[i]];
                Add(command, Names.Asked[i], asked);
                Add(command, Names.Reasked[i], reasked);
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var e = rows[i];
            Add(command, Names.Of('t', i), Time(e.At, sqlite));
            Add(command, Names.Of('k', i), (short)e.Kind);
            Add(command, Names.Of('s', i), e.Step is { } step ? (short)step : null);
            Add(command, Names.Of('g', i), e.Stage is { } stage ? (int)stage : null);
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

    /// <summary>The statements of one shape: the journey's INSERT when it starts (plain, no upsert: its id is new), else
    /// an UPDATE that adds the counts; then the events' INSERT.</summary>
    private static string Build(int shape, int events)
    {
        var sql = new StringBuilder();
        if ((shape & StartsFlag) != 0)
        {
            var columns = new StringBuilder("\"Id\", \"StartedAt\", \"LastActivityAt\", \"Channel\", \"Language\", \"Status\", \"OpenStep\", \"Reached\", " +
                "\"Source\", \"Medium\", \"Campaign\", \"Page\", \"ReferrerHost\"");
            var values = new StringBuilder("@id, @at, @at, @channel, @lang, @status, @open, @reached, @source, @medium, @campaign, @page, @ref");
            if ((shape & PendingFlag) != 0)
            {
                columns.Append(", \"PendingEvents\"");
                values.Append(", @pending");
            }

            if ((shape & ConsentsFlag) != 0)
            {
                columns.Append(", \"ConsentedAt\"");
                values.Append(", @consented");
            }

            if ((shape & CompletesFlag) != 0)
            {
                columns.Append(", \"CompletedAt\", \"Stage\", \"BestStage\", \"QualifiedAt\", \"LeadId\"");
                values.Append(", @completed, @stage, @stage, @qualified, @lead");
            }

            ForEachCounter(shape, (asked, reasked, i) =>
            {
                columns.Append(CultureInfo.InvariantCulture, $", \"{asked}\", \"{reasked}\"");
                values.Append(CultureInfo.InvariantCulture, $", {Names.Asked[i]}, {Names.Reasked[i]}");
            });
            sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{FunnelModel.JourneysTable}\" ({columns}) VALUES ({values})");
        }
        else
        {
            var set = new StringBuilder("\"LastActivityAt\" = @at, \"OpenStep\" = @open, \"Reached\" = @reached");
            if ((shape & LanguageFlag) != 0)
            {
                set.Append(", \"Language\" = @lang");
            }

            if ((shape & StatusFlag) != 0)
            {
                set.Append(", \"Status\" = @status");
            }

            if ((shape & PendingFlag) != 0)
            {
                set.Append(", \"PendingEvents\" = COALESCE(\"PendingEvents\", '') || @pending");
            }

            if ((shape & ConsentsFlag) != 0)
            {
                set.Append(", \"ConsentedAt\" = COALESCE(\"ConsentedAt\", @consented)");
            }

            if ((shape & CompletesFlag) != 0)
            {
                set.Append(", \"CompletedAt\" = @completed, \"Stage\" = @stage, \"BestStage\" = COALESCE(\"BestStage\", @stage), " +
                    "\"QualifiedAt\" = COALESCE(\"QualifiedAt\", @qualified), \"LeadId\" = @lead");
            }

            ForEachCounter(shape, (asked, reasked, i) =>
                set.Append(CultureInfo.InvariantCulture, $", \"{asked}\" = \"{asked}\" + {Names.Asked[i]}, \"{reasked}\" = \"{reasked}\" + {Names.Reasked[i]}"));
            sql.Append(CultureInfo.InvariantCulture, $"UPDATE \"{FunnelModel.JourneysTable}\" SET {set} WHERE \"Id\" = @id");
        }

        if (events > 0)
        {
            sql.Append($"; INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") VALUES ");
            for (var i = 0; i < events; i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@id, {Names.Of('t', i)}, {Names.Of('k', i)}, {Names.Of('s', i)}, {Names.Of('g', i)}, NULL)");
            }
        }

        return sql.ToString();
    }

    private static void ForEachCounter(int shape, Action<string, string, int> append)
    {
        for (var i = 0; i < Steps.Length; i++)
        {
            if ((shape & (1 << i)) != 0)
            {
                var (asked, reasked) = FunnelSteps.Columns(Steps[i]);
                append(asked, reasked, i);
            }
        }
    }

    /// <summary>Parameter names made once, not per turn.</summary>
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
