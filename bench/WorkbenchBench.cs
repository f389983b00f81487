using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace LeadBot.Bench;

/// <summary>
/// <c>--workbench</c>: LeadBot (published as deployed) on a database with <c>--seed-leads</c> leads (100,000 by default),
/// SQLite or PostgreSQL (<c>--postgres</c>); then the criteria workbench's what-if over all of them, once untimed and
/// <c>--workbench-runs</c> times timed, over HTTP as the dashboard calls it. The proposal lowers the budget minimum and
/// raises the threshold, so leads move both ways and the movers' reasons are computed too.
/// </summary>
public static class WorkbenchBench
{
    public const int DefaultLeads = 100_000;

    public static async Task<WorkbenchTiming> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Quiet)
        {
            progress = TextWriter.Null;
        }

        var leads = options.SeedLeads > 0 ? options.SeedLeads : DefaultLeads;
        Directory.CreateDirectory(options.WorkDirectory);
        var runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var botDirectory = options.BotDirectory is not null ? Path.GetFullPath(options.BotDirectory) : await BenchRunner.PublishBotAsync(options, progress).ConfigureAwait(false);
        var postgres = options.Postgres;
        var database = Path.Combine(options.WorkDirectory, $"leadbot-workbench-{runId}.db");
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var environment = new List<KeyValuePair<string, string>>
        {
            new("ConnectionStrings__LeadBot", postgres ?? $"Data Source={database}"),
            new("Storage__Provider", postgres is null ? "Sqlite" : "PostgreSQL"),
            new("SalesApi__ApiKey", apiKey),
            new("ASPNETCORE_ENVIRONMENT", "Production"),
            new("Security__LocalOnly", "true"),
            new("DOTNET_NOLOGO", "1"),
        };
        environment.AddRange(BenchRunner.DeployedRuntimeSettings);
        environment.AddRange(options.BotEnvironment);
        var logPath = Path.Combine(options.WorkDirectory, $"leadbot-workbench-{runId}.log");
        TargetProcess StartBot()
        {
            var port = TargetProcess.FreePort();
            return TargetProcess.Start("dotnet", [Path.Combine(botDirectory, "LeadBot.Bot.dll"), "--urls", $"http://127.0.0.1:{port}"],
                botDirectory, environment, port, logPath);
        }

        // The bot's own migrations create the schema (it migrates before listening); then the leads go in.
        var seedWatch = Stopwatch.StartNew();
        var migrator = StartBot();
        try
        {
            await migrator.WaitForPortAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
        }
        finally
        {
            await migrator.DisposeAsync().ConfigureAwait(false);
        }

        if (postgres is null)
        {
            await LeadSeeder.SeedAsync(database, leads, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SeedPostgresAsync(postgres, leads, cancellationToken).ConfigureAwait(false);
        }

        progress.WriteLine($"seeded {leads:N0} leads in {seedWatch.Elapsed.TotalSeconds:F1} s ({(postgres is null ? "SQLite" : "PostgreSQL")})");

        var process = StartBot();
        try
        {
            await process.WaitForPortAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{process.Port}/"), Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            var current = (await http.GetFromJsonAsync<JsonObject>("api/criteria/policy", cancellationToken).ConfigureAwait(false))!;
            var policy = current["policy"]!.AsObject();
            policy["Budget"]!["Minimum"] = 30_000;
            policy["MqlThreshold"] = 75;
            var body = new JsonObject { ["policy"] = policy.DeepClone() };

            var timing = new WorkbenchTiming { Leads = leads, Database = postgres is null ? "SQLite" : "PostgreSQL", Machine = MachineInfo.Read() };
            for (var run = 0; run <= options.WorkbenchRuns; run++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsJsonAsync("api/criteria/what-if", body, cancellationToken).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                watch.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"what-if answered {(int)response.StatusCode}: {text}");
                }

                var result = JsonNode.Parse(text)!;
                if (result["leads"]!.GetValue<int>() != leads)
                {
                    throw new InvalidOperationException($"what-if scored {result["leads"]} leads, {leads} were seeded.");
                }

                timing.MqlNow = result["mqlNow"]!.GetValue<int>();
                timing.MqlProposed = result["mqlProposed"]!.GetValue<int>();
                timing.MovedUp = result["movedUpCount"]!.GetValue<int>();
                timing.MovedDown = result["movedDownCount"]!.GetValue<int>();
                if (run == 0)
                {
                    timing.FirstMs = watch.Elapsed.TotalMilliseconds;
                }
                else
                {
                    timing.RunsMs.Add(watch.Elapsed.TotalMilliseconds);
                }

                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"what-if {(run == 0 ? "untimed" : run.ToString(CultureInfo.InvariantCulture))}: {watch.Elapsed.TotalMilliseconds:F0} ms"));
            }

            return timing;
        }
        finally
        {
            await process.DisposeAsync().ConfigureAwait(false);
            if (!options.Keep)
            {
                BenchRunner.DeleteDatabase(database);
                File.Delete(logPath);
            }
        }
    }

    /// <summary>The same leads as <see cref="LeadSeeder"/> writes to SQLite, with PostgreSQL's COPY.</summary>
    private static async Task SeedPostgresAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = new Guid[count];
        await using (var leads = await connection.BeginBinaryImportAsync("""
            COPY "Leads" ("Id", "UserKey", "Name", "Email", "NormalizedEmail", "Company", "Phone", "Locale", "NeedKey", "NeedText",
              "AuthorityKey", "AuthorityText", "BudgetAmount", "BudgetCurrency", "BudgetUnknown", "BudgetUndecided", "BudgetNone", "BudgetText",
              "TimelineStart", "TimelineTimex", "TimelineUnknown", "TimelineVague", "TimelineText", "Score", "ScoreBreakdown", "Stage",
              "PolicyVersion", "CreatedAt", "UpdatedAt", "Consent_ChannelId", "Consent_ConversationId", "Consent_GivenAt", "Consent_Locale",
              "Consent_TextHash", "Consent_TextVersion", "Source_ChannelId") FROM STDIN (FORMAT BINARY)
            """, cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < count; i++)
            {
                var seed = LeadSeeder.Row(i);
                ids[i] = seed.Id;
                await leads.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.Id, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                foreach (var text in new[] { seed.UserKey, seed.Name, seed.Email, seed.Email, seed.Company, seed.Phone, seed.Locale, "lead-management",
                    seed.NeedText, seed.AuthorityKey, seed.AuthorityText })
                {
                    await leads.WriteAsync(text, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }

                await leads.WriteAsync(seed.Budget, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("EUR", NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.BudgetText, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.TimelineStart, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("P3M", NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("in drei Monaten", NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.Score, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(LeadSeeder.Breakdown, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.Stage, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.At, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.At, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("emulator", NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.ConversationId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.At, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync(seed.Locale, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("seed", NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("2026-11-28", NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await leads.WriteAsync("emulator", NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await leads.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var changes = await connection.BeginBinaryImportAsync(
            """COPY "StageChanges" ("LeadId", "From", "To", "At", "ChangedBy", "Reason") FROM STDIN (FORMAT BINARY)""", cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < count; i++)
            {
                var seed = LeadSeeder.Row(i);
                await changes.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await changes.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                await changes.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                await changes.WriteAsync(seed.Stage, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await changes.WriteAsync(seed.At, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                await changes.WriteAsync("bot", NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await changes.WriteAsync("seed", NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await changes.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var analyze = new NpgsqlCommand("ANALYZE \"Leads\"; ANALYZE \"StageChanges\";", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The workbench timing: the what-if over <see cref="Leads"/> leads, per run in milliseconds.</summary>
public sealed class WorkbenchTiming
{
    public int Leads { get; set; }
    public string Database { get; set; } = "";
    public MachineInfo? Machine { get; set; }
    public double FirstMs { get; set; }
    public List<double> RunsMs { get; } = [];
    public int MqlNow { get; set; }
    public int MqlProposed { get; set; }
    public int MovedUp { get; set; }
    public int MovedDown { get; set; }

    public double MedianMs => RunsMs.Count == 0 ? 0 : RunsMs.Order().ElementAt(RunsMs.Count / 2);

    public string ToTable()
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"what-if over {Leads:N0} stored leads on {Database}");
        b.AppendLine(CultureInfo.InvariantCulture, $"  first (untimed): {FirstMs:F0} ms");
        b.AppendLine(CultureInfo.InvariantCulture, $"  runs: {string.Join(", ", RunsMs.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))} ms; median {MedianMs:F0} ms, max {(RunsMs.Count == 0 ? 0 : RunsMs.Max()):F0} ms");
        b.AppendLine(CultureInfo.InvariantCulture, $"  MQL now {MqlNow:N0}, with the proposal {MqlProposed:N0}; {MovedUp:N0} up, {MovedDown:N0} down");
        return b.ToString();
    }
}
