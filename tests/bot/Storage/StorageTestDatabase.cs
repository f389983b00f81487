using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>A real SQLite file in its own temporary folder, with the storage services registered as the host does.</summary>
public sealed class StorageTestDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public StorageTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "leadbot-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "leadbot.db");
        Services = CreateServices();
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
        await db.Services.MigrateLeadBotDatabaseAsync();
        return db;
    }

    /// <summary>Another, independent service provider on the same file (like a second bot instance).</summary>
    public ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:LeadBot"] = $"Data Source={FilePath}",
            })
            .Build();
        var provider = new ServiceCollection().AddLeadBotStorage(configuration).BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    /// <summary>Runs a scalar query on a separate, unpooled connection (outside the code under test).</summary>
    public async Task<long> ScalarAsync(string sql)
    {
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

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
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
