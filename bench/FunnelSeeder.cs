using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LeadBot.Bench;

/// <summary>
/// Fills a migrated LeadBot database with funnel journeys and their events for <c>--dashboard</c>: a year of
/// conversations of every kind (declined, abandoned at each question, completed as Lead or MQL, later SQL, Opportunity
/// or Disqualified), from several channels, utm sources and campaigns, in German and English, with re-asks, generated
/// from a fixed seed until the wanted number of events is reached. Completed journeys are linked to seeded leads. The
/// rows are written as the bot writes them (bot/Funnel/FunnelModel.cs: enums as numbers, on SQLite times as UTC ticks
/// and GUIDs as upper-case text).
/// </summary>
public static class FunnelSeeder
{
    // The numbers bot/Funnel stores (FunnelEventKind, FunnelStatus, FunnelStep, FunnelPoint, LeadStage).
    private const short Started = 0, Consented = 1, Declined = 2, Asked = 3, Answered = 4, Reasked = 5, Abandoned = 7, Confirmed = 8, StageReached = 9, StageChanged = 10;
    private const short StatusDeclined = 1, StatusAbandoned = 2, StatusCompleted = 3;
    private const int Lead = 0, Mql = 1, Sql = 2, Opportunity = 3, Disqualified = 4;

    private static readonly string[] Channels = ["directline", "directline", "directline", "webchat", "emulator"];
    private static readonly string?[] Sources = ["newsletter", "linkedin", "google", "partner", null, null];
    private static readonly string[] Counters =
        ["Consent", "Name", "Email", "Company", "Phone", "Need", "Authority", "Budget", "Timeline", "Confirm"];

    public sealed record Event(short Kind, short? Step, int? Stage, int? FromStage, DateTimeOffset At);

    public sealed class Journey
    {
        public long Id;
        public DateTimeOffset StartedAt, LastActivityAt;
        public string Channel = "", Language = "";
        public string? Source, Medium, Campaign, Page, ReferrerHost;
        public short Status;
        public short? OpenStep;
        public short Reached;
        public DateTimeOffset? ConsentedAt, CompletedAt, QualifiedAt;
        public int? Stage, BestStage;
        public Guid? LeadId;
        public readonly int[] Asked = new int[10], Reasked = new int[10];
        public readonly List<Event> Events = [];
    }

    /// <summary>Journeys whose events add up to <paramref name="events"/> (the last one may overshoot by a few).</summary>
    public static IEnumerable<Journey> Generate(int events, IReadOnlyList<Guid> leads, DateTimeOffset now, int seed = 18)
    {
        var random = new Random(seed);
        var written = 0;
        var nextLead = 0;
        for (var n = 0; written < events; n++)
        {
            // Within the 364 days before now, so a "last year" query (today-364 … today) holds every journey.
            var started = now.AddSeconds(-random.Next(0, 364 * 86400));
            var journey = new Journey
            {
                Id = n + 1,
                StartedAt = started,
                Channel = Channels[random.Next(Channels.Length)],
                Language = random.Next(100) < 60 ? "de" : "en",
                Source = Sources[random.Next(Sources.Length)],
            };
            if (journey.Source is not null)
            {
                journey.Medium = journey.Source == "newsletter" ? "email" : "social";
                journey.Campaign = $"campaign-{random.Next(20):00}";
                journey.Page = "www.example.com/angebot";
                journey.ReferrerHost = journey.Source == "google" ? "www.google.com" : null;
            }

            var at = started;
            void Add(short kind, short? step = null, int? stage = null, int? from = null) => journey.Events.Add(new Event(kind, step, stage, from, at));
            void Ask(short step)
            {
                Add(Asked, step);
                journey.Asked[step - 1]++;
                var reasks = random.Next(100) switch { < 8 => 1, < 10 => 2, _ => 0 };
                for (var r = 0; r < reasks; r++)
                {
                    at = at.AddSeconds(random.Next(15, 60));
                    Add(Reasked, step);
                    journey.Asked[step - 1]++;
                    journey.Reasked[step - 1]++;
                }
            }

            Add(Started);
            Ask(1);
            journey.Reached = 1;
            var roll = random.Next(100);
            if (roll < 12)
            {
                at = at.AddSeconds(random.Next(5, 60));
                Add(Declined, 1);
                journey.Status = StatusDeclined;
                journey.OpenStep = 1;
            }
            else if (roll < 15)
            {
                at = at.AddMinutes(45);
                Add(Abandoned, 1);
                journey.Status = StatusAbandoned;
                journey.OpenStep = 1;
            }
            else
            {
                // Consented: the questions in order, up to where the journey stops (or to the end).
                at = at.AddSeconds(random.Next(5, 60));
                Add(Consented);
                journey.ConsentedAt = at;
                journey.Reached = 2;
                var stopAt = roll < 40 ? (short)random.Next(2, 11) : (short)11;
                for (short step = 2; step <= 10; step++)
                {
                    Ask(step);
                    journey.Reached = step == 10 ? (short)11 : (short)(step + 1);
                    if (step == stopAt)
                    {
                        at = at.AddMinutes(45);
                        Add(Abandoned, step);
                        journey.Status = StatusAbandoned;
                        journey.OpenStep = step;
                        break;
                    }

                    at = at.AddSeconds(random.Next(10, 90));
                    Add(Answered, step);
                }

                if (stopAt == 11)
                {
                    Add(Confirmed);
                    var stage = random.Next(100) < 65 ? Mql : Lead;
                    Add(StageReached, stage: stage);
                    journey.Status = StatusCompleted;
                    journey.Reached = 12;
                    journey.CompletedAt = at;
                    journey.Stage = journey.BestStage = stage;
                    journey.LeadId = nextLead < leads.Count ? leads[nextLead++] : null;
                    if (stage == Mql)
                    {
                        journey.QualifiedAt = at;
                        if (random.Next(100) < 35)
                        {
                            at = at.AddHours(random.Next(2, 72));
                            Add(StageChanged, stage: Sql, from: Mql);
                            journey.Stage = journey.BestStage = Sql;
                            var next = random.Next(100);
                            if (next < 40)
                            {
                                at = at.AddDays(random.Next(1, 20));
                                Add(StageChanged, stage: Opportunity, from: Sql);
                                journey.Stage = journey.BestStage = Opportunity;
                            }
                            else if (next < 50)
                            {
                                at = at.AddDays(random.Next(1, 20));
                                Add(StageChanged, stage: Disqualified, from: Sql);
                                journey.Stage = Disqualified;
                            }
                        }
                    }
                }
            }

            journey.LastActivityAt = at;
            written += journey.Events.Count;
            yield return journey;
        }
    }

    private static readonly string JourneyColumns = "\"Id\", \"StartedAt\", \"LastActivityAt\", \"Channel\", \"Language\", \"Source\", \"Medium\", \"Campaign\", \"Page\", \"ReferrerHost\", " +
        "\"Status\", \"OpenStep\", \"Reached\", \"ConsentedAt\", \"CompletedAt\", \"Stage\", \"BestStage\", \"QualifiedAt\", \"LeadId\", " +
        string.Join(", ", Counters.Select(c => $"\"{c}Asked\", \"{c}Reasked\""));

    private const string EventColumns = "\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\"";

    /// <summary>Seeds the SQLite file; returns (journeys, events).</summary>
    public static async Task<(int Journeys, int Events)> SeedSqliteAsync(string databasePath, int events, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var leads = new List<Guid>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM Leads ORDER BY CreatedAt";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                leads.Add(Guid.Parse(reader.GetString(0)));
            }
        }

        int journeys = 0, rows = 0;
        var columnCount = JourneyColumns.Split(',').Length;
        foreach (var batch in Generate(events, leads, DateTimeOffset.UtcNow).Chunk(5000))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var journey = connection.CreateCommand();
            journey.Transaction = transaction;
            journey.CommandText = $"INSERT INTO \"FunnelJourneys\" ({JourneyColumns}) VALUES ({string.Join(", ", Enumerable.Range(0, columnCount).Select(i => "$p" + i))})";
            var p = Enumerable.Range(0, columnCount).Select(i => journey.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            await using var e = connection.CreateCommand();
            e.Transaction = transaction;
            e.CommandText = $"INSERT INTO \"FunnelEvents\" ({EventColumns}) VALUES ($j, $t, $k, $s, $g, $f)";
            var ej = e.Parameters.Add(new SqliteParameter("$j", null));
            var et = e.Parameters.Add(new SqliteParameter("$t", null));
            var ek = e.Parameters.Add(new SqliteParameter("$k", null));
            var es = e.Parameters.Add(new SqliteParameter("$s", null));
            var eg = e.Parameters.Add(new SqliteParameter("$g", null));
            var ef = e.Parameters.Add(new SqliteParameter("$f", null));
            foreach (var j in batch)
            {
                var values = Values(j, t => t.UtcTicks, g => g.ToString().ToUpperInvariant());
                for (var i = 0; i < values.Length; i++)
                {
                    p[i].Value = values[i] ?? DBNull.Value;
                }

                await journey.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                foreach (var ev in j.Events)
                {
                    ej.Value = j.Id;
                    et.Value = ev.At.UtcTicks;
                    ek.Value = ev.Kind;
                    es.Value = (object?)ev.Step ?? DBNull.Value;
                    eg.Value = (object?)ev.Stage ?? DBNull.Value;
                    ef.Value = (object?)ev.FromStage ?? DBNull.Value;
                    await e.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    rows++;
                }

                journeys++;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var analyze = connection.CreateCommand())
        {
            // What the bot's own database would have learnt over time: statistics for the planner.
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (journeys, rows);
    }

    /// <summary>Seeds <paramref name="leadCount"/> leads (as <see cref="LeadSeeder"/> does on SQLite) and the funnel on
    /// PostgreSQL with COPY; returns (journeys, events).</summary>
    public static async Task<(int Journeys, int Events)> SeedPostgreSqlAsync(string connectionString, int leadCount, int events, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var leads = new List<Guid>(leadCount);
        var baseTime = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        await using (var writer = await connection.BeginTextImportAsync(
            "COPY \"Leads\" (\"Id\", \"UserKey\", \"Name\", \"Email\", \"Company\", \"Phone\", \"Locale\", \"NeedKey\", \"NeedText\", \"AuthorityKey\", \"AuthorityText\", " +
            "\"BudgetAmount\", \"BudgetCurrency\", \"BudgetUnknown\", \"BudgetText\", \"TimelineStart\", \"TimelineTimex\", \"TimelineUnknown\", \"TimelineText\", " +
            "\"Score\", \"ScoreBreakdown\", \"Stage\", \"CreatedAt\", \"UpdatedAt\", \"NormalizedEmail\", \"Consent_ChannelId\", \"Consent_ConversationId\", " +
            "\"Consent_GivenAt\", \"Consent_Locale\", \"Consent_TextHash\", \"Consent_TextVersion\", \"Source_ChannelId\") FROM STDIN (FORMAT csv)", cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < leadCount; i++)
            {
                var id = Guid.NewGuid();
                leads.Add(id);
                var german = i % 2 == 0;
                var mql = i % 3 != 0;
                var at = baseTime.AddMinutes(i).ToString("o", CultureInfo.InvariantCulture);
                var n = i.ToString(CultureInfo.InvariantCulture);
                await writer.WriteLineAsync(Csv(id.ToString(), $"emulator:seed-user-{n}", german ? $"Seed Mustermann {n}" : $"Seed Example {n}", $"seed.{n}@seed-{i % 97}.example",
                    german ? $"Seed GmbH {i % 1000}" : $"Seed Inc {i % 1000}", $"+49 30 {1_000_000 + i}", german ? "de-DE" : "en-US", "lead-management",
                    german ? "die erste" : "the first", mql ? "decides" : "recommends", mql ? "Ich entscheide" : "Ich empfehle", "50000.0", "EUR", "false",
                    "ca. 50.000 €", baseTime.AddMinutes(i).AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "P3M", "false", "in drei Monaten",
                    mql ? "100" : "55", """[{"Criterion":"need","Points":30,"MaxPoints":30,"Met":true,"Required":true,"Reason":"seed"}]""", mql ? "Mql" : "Lead",
                    at, at, $"seed.{n}@seed-{i % 97}.example", "emulator", $"seed-{n}", at, german ? "de-DE" : "en-US", "seed", "2026-11-28", "emulator")).ConfigureAwait(false);
            }
        }

        await using (var writer = await connection.BeginTextImportAsync(
            "COPY \"StageChanges\" (\"LeadId\", \"From\", \"To\", \"At\", \"ChangedBy\", \"ChangedById\", \"Reason\") FROM STDIN (FORMAT csv)", cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < leads.Count; i++)
            {
                await writer.WriteLineAsync(Csv(leads[i].ToString(), null, i % 3 != 0 ? "Mql" : "Lead", baseTime.AddMinutes(i).ToString("o", CultureInfo.InvariantCulture), "bot", null, "seed"))
                    .ConfigureAwait(false);
            }
        }

        int journeys = 0, rows = 0;
        var generated = Generate(events, leads, DateTimeOffset.UtcNow).ToList();
        await using (var writer = await connection.BeginTextImportAsync($"COPY \"FunnelJourneys\" ({JourneyColumns}) FROM STDIN (FORMAT csv)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var j in generated)
            {
                await writer.WriteLineAsync(Csv(Values(j, t => t.ToString("o", CultureInfo.InvariantCulture), g => g.ToString()))).ConfigureAwait(false);
                journeys++;
            }
        }

        await using (var writer = await connection.BeginTextImportAsync($"COPY \"FunnelEvents\" ({EventColumns}) FROM STDIN (FORMAT csv)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var j in generated)
            {
                foreach (var e in j.Events)
                {
                    await writer.WriteLineAsync(Csv(j.Id, e.At.ToString("o", CultureInfo.InvariantCulture), e.Kind, e.Step, e.Stage, e.FromStage)).ConfigureAwait(false);
                    rows++;
                }
            }
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (journeys, rows);
    }

    private static object?[] Values(Journey j, Func<DateTimeOffset, object> time, Func<Guid, object> guid)
    {
        var values = new List<object?>
        {
            j.Id, time(j.StartedAt), time(j.LastActivityAt), j.Channel, j.Language, j.Source, j.Medium, j.Campaign, j.Page, j.ReferrerHost,
            j.Status, j.OpenStep, j.Reached, j.ConsentedAt is { } c ? time(c) : null, j.CompletedAt is { } d ? time(d) : null, j.Stage, j.BestStage,
            j.QualifiedAt is { } q ? time(q) : null, j.LeadId is { } l ? guid(l) : null,
        };
        for (var i = 0; i < Counters.Length; i++)
        {
            values.Add(j.Asked[i]);
            values.Add(j.Reasked[i]);
        }

        return values.ToArray();
    }

    /// <summary>One CSV line for COPY: empty (unquoted) is NULL; text is quoted with inner quotes doubled.</summary>
    private static string Csv(params object?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            switch (values[i])
            {
                case null:
                    break;
                case string s:
                    line.Append('"').Append(s.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                    break;
                case IFormattable f:
                    line.Append(f.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    line.Append(values[i]);
                    break;
            }
        }

        return line.ToString();
    }
}
