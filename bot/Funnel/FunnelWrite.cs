using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using LeadBot.Bot.Turns;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// The funnel rows of one turn, written in the turn's own transaction (<see cref="ITurnWrite"/>): one upsert of the
/// journey that names only what the turn changes (counts added to what is stored) and one multi-row insert of its events,
/// sent as one command. The SQL is built once per shape (which counters, whether the journey starts, consents or
/// completes, how many events) and cached, so a turn pays one short round trip.
/// </summary>
internal sealed class FunnelWrite(JourneyChange change, JourneySource source, string channel, string language) : ITurnWrite
{
    private static readonly FunnelStep[] Steps = FunnelSteps.All;
    private static readonly ConcurrentDictionary<long, string> SqlByShape = new();
    private const int StartsFlag = 1 << 10, ConsentsFlag = 1 << 11, CompletesFlag = 1 << 12;

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, bool sqlite, CancellationToken cancellationToken)
    {
        var track = change.Track;
        var at = change.Events.Count > 0 ? change.Events[0].At : DateTimeOffset.UtcNow;
        var shape = 0;
        for (var i = 0; i < Steps.Length; i++)
        {
            if (change.Counts.ContainsKey(Steps[i]))
            {
                shape |= 1 << i;
            }
        }

        shape |= (change.Starts ? StartsFlag : 0) | (change.ConsentedAt is null ? 0 : ConsentsFlag) | (change.Lead is null ? 0 : CompletesFlag);
        var key = ((long)change.Events.Count << 32) | (uint)shape;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqlByShape.GetOrAdd(key, _ => Build(shape, change.Events.Count));
        Add(command, "@id", track.Id);
        Add(command, "@at", Time(at, sqlite));
        Add(command, "@channel", Cut(channel, 32) ?? "");
        Add(command, "@lang", language);
        Add(command, "@status", (short)track.Status);
        Add(command, "@open", track.Open is { } open ? (short)open : null);
        Add(command, "@reached", (short)track.Reached);
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

        for (var i = 0; i < change.Events.Count; i++)
        {
            var e = change.Events[i];
            Add(command, Names.Of('t', i), Time(e.At, sqlite));
            Add(command, Names.Of('k', i), (short)e.Kind);
            Add(command, Names.Of('s', i), e.Step is { } step ? (short)step : null);
            Add(command, Names.Of('g', i), e.Stage is { } stage ? (int)stage : null);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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

    private static string Build(int shape, int events)
    {
        var columns = new StringBuilder("\"Id\", \"StartedAt\", \"LastActivityAt\", \"Channel\", \"Language\", \"Status\", \"OpenStep\", \"Reached\"");
        var values = new StringBuilder("@id, @at, @at, @channel, @lang, @status, @open, @reached");
        var updates = new StringBuilder("\"LastActivityAt\" = excluded.\"LastActivityAt\", \"Language\" = excluded.\"Language\", \"Status\" = excluded.\"Status\", " +
            "\"OpenStep\" = excluded.\"OpenStep\", \"Reached\" = excluded.\"Reached\"");
        if ((shape & StartsFlag) != 0)
        {
            // Where it came from is written once, by the turn that starts the journey.
            columns.Append(", \"Source\", \"Medium\", \"Campaign\", \"Page\", \"ReferrerHost\"");
            values.Append(", @source, @medium, @campaign, @page, @ref");
        }

        if ((shape & ConsentsFlag) != 0)
        {
            columns.Append(", \"ConsentedAt\"");
            values.Append(", @consented");
            updates.Append(", \"ConsentedAt\" = COALESCE(j.\"ConsentedAt\", excluded.\"ConsentedAt\")");
        }

        if ((shape & CompletesFlag) != 0)
        {
            columns.Append(", \"CompletedAt\", \"Stage\", \"BestStage\", \"QualifiedAt\", \"LeadId\"");
            values.Append(", @completed, @stage, @stage, @qualified, @lead");
            updates.Append(", \"CompletedAt\" = excluded.\"CompletedAt\", \"Stage\" = excluded.\"Stage\", \"BestStage\" = COALESCE(j.\"BestStage\", excluded.\"BestStage\"), " +
                "\"QualifiedAt\" = COALESCE(j.\"QualifiedAt\", excluded.\"QualifiedAt\"), \"LeadId\" = excluded.\"LeadId\"");
        }

        for (var i = 0; i < Steps.Length; i++)
        {
            if ((shape & (1 << i)) != 0)
            {
                var (asked, reasked) = FunnelSteps.Columns(Steps[i]);
                columns.Append(CultureInfo.InvariantCulture, $", \"{asked}\", \"{reasked}\"");
                values.Append(CultureInfo.InvariantCulture, $", {Names.Asked[i]}, {Names.Reasked[i]}");
                updates.Append(CultureInfo.InvariantCulture, $", \"{asked}\" = j.\"{asked}\" + excluded.\"{asked}\", \"{reasked}\" = j.\"{reasked}\" + excluded.\"{reasked}\"");
            }
        }

        var sql = new StringBuilder($"INSERT INTO \"{FunnelModel.JourneysTable}\" AS j ({columns}) VALUES ({values}) ON CONFLICT (\"Id\") DO UPDATE SET {updates}");
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
