using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using LeadBot.Bot.Tests.Support;
using Npgsql;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// A real database with the storage services registered as the host does: a SQLite file in its own temporary folder,
/// or (<see cref="StorageProvider.PostgreSql"/>) a new database on the test run's real PostgreSQL server.
/// </summary>
public sealed class StorageTestDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public StorageTestDatabase()
        : this(StorageProvider.Sqlite, null)
    {
    }

    private StorageTestDatabase(StorageProvider provider, string? postgresConnectionString)
    {
        Provider = provider;
        PostgresConnectionString = postgresConnectionString;
        Folder = Path.Combine(Path.GetTempPath(), "leadbot-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "leadbot.db");
        Services = CreateServices();
    }

    public StorageProvider Provider { get; }

    /// <summary>The PostgreSQL database's connection string (null for SQLite).</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>An unmigrated database of <paramref name="provider"/>.</summary>
    public static async Task<StorageTestDatabase> CreateAsync(StorageProvider provider) => provider == StorageProvider.PostgreSql
        ? new StorageTestDatabase(provider, await PostgreSqlServer.CreateDatabaseAsync("leadbot_storage"))
        : new StorageTestDatabase();

    public static async Task<StorageTestDatabase> CreateMigratedAsync(StorageProvider provider)
    {
        var db = await CreateAsync(provider);
        await db.MigrateAsync();
        return db;
    }

    public string Folder { get; }

    public string FilePath { get; }

    /// <summary>The first "process" on the file.</summary>
    public ServiceProvider Services { get; }

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    public ILeadRepository Leads => Services.GetRequiredService<ILeadRepository>();

    public LeadQueries Queries => Services.GetRequiredService<LeadQueries>();

    public static async Task<StorageTestDatabase> CreateMigratedAsync()
    {
        var db = new StorageTestDatabase();
        await db.MigrateAsync();
        return db;
    }

    /// <summary>A SQLite file starts as a copy of the run's <see cref="MigratedDatabase"/>; the migration then finds
    /// nothing to do. Tests of the migrations themselves start from <see cref="CreateAsync"/> (no file).</summary>
    private async Task MigrateAsync()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            await MigratedDatabase.CopyToAsync(FilePath);
        }

        await Services.MigrateLeadBotDatabaseAsync();
    }

    /// <summary>Another, independent service provider on the same file (like a second bot instance).</summary>
    public ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = Provider == StorageProvider.PostgreSql ? "PostgreSQL" : "Sqlite",
                ["ConnectionStrings:LeadBot"] = Provider == StorageProvider.PostgreSql ? PostgresConnectionString : $"Data Source={FilePath}",
            })
            .Build();
        var provider = new ServiceCollection().AddLeadBotStorage(configuration).BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    /// <summary>Runs a scalar query on a separate, unpooled connection (outside the code under test). Table names are
    /// written as in SQLite (<c>FROM Leads</c>); for PostgreSQL the schema's quoted names are used.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        if (Provider == StorageProvider.PostgreSql)
        {
            await using var pg = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Pooling = false }.ConnectionString);
            await pg.OpenAsync();
            await using var pgCommand = pg.CreateCommand();
            pgCommand.CommandText = QuoteTables(sql);
            var value = await pgCommand.ExecuteScalarAsync();
            return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string?> TextAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync()) as string;
    }

    private static string QuoteTables(string sql) => System.Text.RegularExpressions.Regex.Replace(
        sql, @"\b(FROM|JOIN|INTO|UPDATE)\s+(Leads|StageChanges|BotState|Outbox|TeamsInstallations|__EFMigrationsHistory)\b", "$1 \"$2\"");

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (PostgresConnectionString is not null)
        {
            await PostgreSqlServer.DropDatabaseAsync(PostgresConnectionString);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind does not fail a test.
        }
    }
}

/// <summary>Submissions as the conversation hands them over.</summary>
internal static class Submissions
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    public static LeadSubmission Create(
        string? email = "ada@example.com",
        LeadStage stage = LeadStage.Mql,
        int score = 80,
        DateTimeOffset? at = null,
        string name = "Ada Lovelace",
        string company = "Analytical Engines Ltd",
        string userKey = "webchat/user-1")
    {
        var when = at ?? Start;
        var answers = new QualificationAnswers
        {
            Consent = new ConsentRecord
            {
                TextVersion = "2026-01",
                TextHash = "sha256:abc123",
                GivenAt = when.AddMinutes(-5),
                ChannelId = "webchat",
                ConversationId = "conv-42",
                Locale = "en-US",
            },
            Name = name,
            Email = email,
            Company = company,
            Phone = "+49 30 123456",
            NeedKey = "automation",
            NeedText = "We want to automate lead intake",
            AuthorityKey = "ceo",
            AuthorityText = "I am the CEO",
            BudgetAmount = 50_000m,
            BudgetCurrency = "EUR",
            BudgetText = "about 50k euros",
            TimelineStart = new DateOnly(2026, 5, 1),
            TimelineTimex = "2026-05",
            TimelineText = "in May",
        };
        IReadOnlyList<ScoreItem> breakdown =
        [
            new ScoreItem { Criterion = "need", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "Need fits: automation" },
            new ScoreItem { Criterion = "budget", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "Budget 50,000 EUR ≥ 10,000 EUR" },
            new ScoreItem { Criterion = "timeline", Points = 10, MaxPoints = 10, Met = true, Required = false, Reason = "Starts soon" },
        ];
        var qualification = new QualificationResult(score, breakdown, stage, stage == LeadStage.Mql ? "All criteria met" : "Below threshold");
        var source = new LeadSource { ChannelId = "webchat", PageUrl = "https://example.com/pricing", Referrer = "https://search.example", Campaign = "spring-2026" };
        return new LeadSubmission(userKey, "en-US", answers, qualification, source, when);
    }
}
