using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using LeadBot.Bot.Turns;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// The funnel rows of one turn, written in the turn's own transaction (<see cref="ITurnWrite"/>): one upsert of the
/// journey (counts added to what is stored) and one multi-row insert of its events. Plain SQL built once per shape
/// (which counters a turn touches, how many events), so a turn pays two short statements.
/// </summary>
internal sealed class FunnelWrite(JourneyChange change, JourneySource source, string channel, string language) : ITurnWrite
{
    private static readonly FunnelStep[] Steps = FunnelSteps.All;
    private static readonly ConcurrentDictionary<int, string> UpsertByMask = new();
    private static readonly ConcurrentDictionary<int, string> InsertByCount = new();
    private const int MaxEventsPerStatement = 16;

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, bool sqlite, CancellationToken cancellationToken)
    {
        var track = change.Track;
        var at = change.Events.Count > 0 ? change.Events[0].At : DateTimeOffset.UtcNow;
        var mask = 0;
        for (var i = 0; i < Steps.Length; i++)
        {
            if (change.Counts.ContainsKey(Steps[i]))
            {
                mask |= 1 << i;
            }
        }

        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = UpsertByMask.GetOrAdd(mask, BuildUpsert);
            Add(upsert, "@id", track.Id);
            Add(upsert, "@at", Time(at, sqlite));
            Add(upsert, "@channel", Cut(channel, 32) ?? "");
            Add(upsert, "@lang", language);
            Add(upsert, "@source", change.Starts ? source.Source : null);
            Add(upsert, "@medium", change.Starts ? source.Medium : null);
            Add(upsert, "@campaign", change.Starts ? source.Campaign : null);
            Add(upsert, "@page", change.Starts ? source.Page : null);
            Add(upsert, "@ref", change.Starts ? source.ReferrerHost : null);
            Add(upsert, "@status", (short)track.Status);
            Add(upsert, "@open", track.Open is { } open ? (short)open : null);
            Add(upsert, "@reached", (short)track.Reached);
            Add(upsert, "@consented", change.ConsentedAt is { } consented ? Time(consented, sqlite) : null);
            Add(upsert, "@completed", change.CompletedAt is { } completed ? Time(completed, sqlite) : null);
            var lead = change.Lead;
            Add(upsert, "@stage", lead is null ? null : (int)lead.Stage);
            Add(upsert, "@qualified", lead is { Stage: Dialogs.Domain.LeadStage.Mql } && change.CompletedAt is { } q ? Time(q, sqlite) : null);
            Add(upsert, "@lead", lead is null ? null : sqlite ? lead.Id.ToString().ToUpperInvariant() : lead.Id);
            for (var i = 0; i < Steps.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    var (asked, reasked) = change.Counts[Steps[i]];
                    Add(upsert, "@a" + i.ToString(CultureInfo.InvariantCulture), asked);
                    Add(upsert, "@r" + i.ToString(CultureInfo.InvariantCulture), reasked);
                }
            }

            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var start = 0; start < change.Events.Count; start += MaxEventsPerStatement)
        {
            var count = Math.Min(MaxEventsPerStatement, change.Events.Count - start);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = InsertByCount.GetOrAdd(count, BuildInsert);
            Add(insert, "@j", track.Id);
            for (var i = 0; i < count; i++)
            {
                var e = change.Events[start + i];
                var n = i.ToString(CultureInfo.InvariantCulture);
                Add(insert, "@t" + n, Time(e.At, sqlite));
                Add(insert, "@k" + n, (short)e.Kind);
                Add(insert, "@s" + n, e.Step is { } step ? (short)step : null);
                Add(insert, "@g" + n, e.Stage is { } stage ? (int)stage : null);
            }

            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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

    private static string BuildUpsert(int mask)
    {
        var columns = new StringBuilder("\"Id\", \"StartedAt\", \"LastActivityAt\", \"Channel\", \"Language\", \"Source\", \"Medium\", \"Campaign\", \"Page\", \"ReferrerHost\", \"Status\", \"OpenStep\", \"Reached\", \"ConsentedAt\", \"CompletedAt\", \"Stage\", \"BestStage\", \"QualifiedAt\", \"LeadId\"");
        var values = new StringBuilder("@id, @at, @at, @channel, @lang, @source, @medium, @campaign, @page, @ref, @status, @open, @reached, @consented, @completed, @stage, @stage, @qualified, @lead");
        var updates = new StringBuilder(
            "\"LastActivityAt\" = excluded.\"LastActivityAt\", \"Language\" = excluded.\"Language\", \"Status\" = excluded.\"Status\", " +
            "\"OpenStep\" = excluded.\"OpenStep\", \"Reached\" = excluded.\"Reached\", " +
            "\"ConsentedAt\" = COALESCE(j.\"ConsentedAt\", excluded.\"ConsentedAt\"), " +
            "\"CompletedAt\" = COALESCE(excluded.\"CompletedAt\", j.\"CompletedAt\"), " +
            "\"Stage\" = COALESCE(excluded.\"Stage\", j.\"Stage\"), \"BestStage\" = COALESCE(j.\"BestStage\", excluded.\"BestStage\"), " +
            "\"QualifiedAt\" = COALESCE(j.\"QualifiedAt\", excluded.\"QualifiedAt\"), \"LeadId\" = COALESCE(excluded.\"LeadId\", j.\"LeadId\")");
        for (var i = 0; i < Steps.Length; i++)
        {
            var (asked, reasked) = FunnelSteps.Columns(Steps[i]);
            columns.Append($", \"{asked}\", \"{reasked}\"");
            if ((mask & (1 << i)) != 0)
            {
                values.Append(CultureInfo.InvariantCulture, $", @a{i}, @r{i}");
                updates.Append(CultureInfo.InvariantCulture, $", \"{asked}\" = j.\"{asked}\" + excluded.\"{asked}\", \"{reasked}\" = j.\"{reasked}\" + excluded.\"{reasked}\"");
            }
            else
            {
                values.Append(", 0, 0");
            }
        }

        return $"INSERT INTO \"{FunnelModel.JourneysTable}\" AS j ({columns}) VALUES ({values}) ON CONFLICT (\"Id\") DO UPDATE SET {updates}";
    }

    private static string BuildInsert(int count)
    {
        var sql = new StringBuilder($"INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") VALUES ");
        for (var i = 0; i < count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@j, @t{i}, @k{i}, @s{i}, @g{i}, NULL)");
        }

        return sql.ToString();
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
