using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace LeadBot.Bench;

/// <summary>
/// <c>--dashboard</c>: how fast the dashboard's API answers on a large database. Migrates a fresh database (SQLite file,
/// or a new database on the PostgreSQL server of <c>--postgres</c>) with the bot's own migrations, seeds
/// <c>--seed-leads</c> leads and a funnel of <c>--seed-events</c> events (<see cref="FunnelSeeder"/>), starts the bot
/// (published Release, as deployed) and times each dashboard query <c>--rounds</c> times after two untimed calls, over
/// HTTP on the loopback, as the page asks them.
/// </summary>
public static class DashboardBench
{
    public sealed class QueryTiming
    {
        public string Query { get; set; } = "";
        public int Rounds { get; set; }
        public double MinMs { get; set; }
        public double MedianMs { get; set; }
        public double MaxMs { get; set; }
        public int Status { get; set; }
        public string? Figures { get; set; }
    }

    public sealed class DashboardReport
    {
        public string Provider { get; set; } = "";
        public int Leads { get; set; }
        public int Journeys { get; set; }
        public int Events { get; set; }
        public double SeedSeconds { get; set; }
        public MachineInfo? Machine { get; set; }
        public List<QueryTiming> Queries { get; } = [];
        public string? CommandLine { get; set; }

        public bool Failed => Queries.Any(q => q.Status != 200);

        public string ToTable()
        {
            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"dashboard on {Provider}: {Leads:N0} leads, {Journeys:N0} journeys, {Events:N0} funnel events (seeded in {SeedSeconds:F1} s)");
            table.AppendLine("| query | rounds | min ms | median ms | max ms | status |");
            table.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var q in Queries)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {q.Query} | {q.Rounds} | {q.MinMs:F1} | {q.MedianMs:F1} | {q.MaxMs:F1} | {q.Status} |");
            }

            return table.ToString();
        }

        public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    }

    public static async Task<DashboardReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Quiet)
        {
            progress = TextWriter.Null;
        }

        Directory.CreateDirectory(options.WorkDirectory);
        var runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var botDirectory = options.BotDirectory is not null ? Path.GetFullPath(options.BotDirectory) : await BenchRunner.PublishBotAsync(options, progress).ConfigureAwait(false);
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var report = new DashboardReport { Provider = options.Postgres is null ? "SQLite" : "PostgreSQL", Machine = MachineInfo.Read() };
        var database = Path.Combine(options.WorkDirectory, $"leadbot-dashboard-{runId}.db");
        string? pgDatabase = null;
        var environment = new List<KeyValuePair<string, string>>
        {
            new("SalesApi__ApiKey", apiKey),
            new("ASPNETCORE_ENVIRONMENT", "Production"),
            new("Security__LocalOnly", "true"),
            new("DOTNET_NOLOGO", "1"),
            // The maintenance job would mark the seeded open journeys and purge; it is not what is measured.
            new("Funnel__CheckEveryMinutes", "1440"),
        };
        if (options.Postgres is { } admin)
        {
            pgDatabase = $"leadbot_dashboard_{runId}";
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{pgDatabase}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            environment.Add(new("Storage__Provider", "PostgreSQL"));
            environment.Add(new("ConnectionStrings__LeadBot", new NpgsqlConnectionStringBuilder(admin) { Database = pgDatabase }.ConnectionString));
        }
        else
        {
            environment.Add(new("ConnectionStrings__LeadBot", $"Data Source={database}"));
        }

        environment.AddRange(BenchRunner.DeployedRuntimeSettings);
        environment.AddRange(options.BotEnvironment);
        var logPath = Path.Combine(options.WorkDirectory, $"leadbot-dashboard-{runId}.log");
        TargetProcess StartBot(int port) => TargetProcess.Start("dotnet",
            [Path.Combine(botDirectory, "LeadBot.Bot.dll"), "--urls", $"http://127.0.0.1:{port}"], botDirectory, environment, port, logPath);
        try
        {
            // The bot's own migrations create the schema; then the rows go in.
            var migrator = StartBot(TargetProcess.FreePort());
            try
            {
                await migrator.WaitForPortAsync(TimeSpan.FromSeconds(180)).ConfigureAwait(false);
            }
            finally
            {
                await migrator.DisposeAsync().ConfigureAwait(false);
            }

            var seedWatch = Stopwatch.StartNew();
            (int Journeys, int Events) seeded;
            if (pgDatabase is not null)
            {
                seeded = await FunnelSeeder.SeedPostgreSqlAsync(new NpgsqlConnectionStringBuilder(options.Postgres) { Database = pgDatabase, CommandTimeout = 600 }.ConnectionString,
                    options.SeedLeads, options.SeedEvents, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await LeadSeeder.SeedAsync(database, options.SeedLeads, cancellationToken).ConfigureAwait(false);
                seeded = await FunnelSeeder.SeedSqliteAsync(database, options.SeedEvents, cancellationToken).ConfigureAwait(false);
            }

            report.SeedSeconds = seedWatch.Elapsed.TotalSeconds;
            (report.Leads, report.Journeys, report.Events) = (options.SeedLeads, seeded.Journeys, seeded.Events);
            progress.WriteLine($"seeded {report.Leads:N0} leads, {report.Journeys:N0} journeys, {report.Events:N0} events in {report.SeedSeconds:F1} s");

            await using var bot = StartBot(TargetProcess.FreePort());
            await bot.WaitForPortAsync(TimeSpan.FromSeconds(180)).ConfigureAwait(false);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{bot.Port}/"), Timeout = TimeSpan.FromSeconds(120) };
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var year = $"from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
            var month = $"from={today.AddDays(-29):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
            var queries = new[]
            {
                $"dashboard/api/funnel?{year}",
                $"dashboard/api/funnel?{month}",
                $"dashboard/api/funnel?{year}&source=newsletter",
                $"dashboard/api/funnel?{year}&channel=directline&source=linkedin&campaign=campaign-07",
                $"dashboard/api/funnel/sources?{year}",
            };
            foreach (var query in queries)
            {
                report.Queries.Add(await TimeAsync(http, query, options.Rounds, cancellationToken).ConfigureAwait(false));
                progress.WriteLine($"{query}: median {report.Queries[^1].MedianMs:F1} ms");
            }
        }
        finally
        {
            if (!options.Keep)
            {
                BenchRunner.DeleteDatabase(database);
                File.Delete(logPath);
                if (pgDatabase is not null)
                {
                    NpgsqlConnection.ClearAllPools();
                    await using var connection = new NpgsqlConnection(options.Postgres);
                    await connection.OpenAsync(CancellationToken.None).ConfigureAwait(false);
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }

        return report;
    }

    private static async Task<QueryTiming> TimeAsync(HttpClient http, string query, int rounds, CancellationToken cancellationToken)
    {
        var timing = new QueryTiming { Query = query.Replace("dashboard/api/", "", StringComparison.Ordinal), Rounds = rounds };
        for (var i = 0; i < 2; i++)
        {
            using var warm = await http.GetAsync(query, cancellationToken).ConfigureAwait(false);
            timing.Status = (int)warm.StatusCode;
            if (i == 0 && warm.IsSuccessStatusCode)
            {
                // A few figures, to see that the query answered from the seeded rows.
                using var document = JsonDocument.Parse(await warm.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                timing.Figures = document.RootElement.TryGetProperty("totals", out var totals)
                    ? $"started {totals.GetProperty("started")}, leads {totals.GetProperty("leads")}, mql {totals.GetProperty("mql")}"
                    : $"{document.RootElement.GetProperty("campaigns").GetArrayLength()} campaigns";
            }
        }

        var times = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(query, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                timing.Status = (int)response.StatusCode;
            }
        }

        times.Sort();
        timing.MinMs = times[0];
        timing.MedianMs = times[times.Count / 2];
        timing.MaxMs = times[^1];
        return timing;
    }
}
