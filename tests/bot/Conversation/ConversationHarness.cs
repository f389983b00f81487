using LeadBot.Bot.Conversation;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>
/// The real bot (activity handler, dialogs, policy from the repository's appsettings.json) on a real SQLite file, driven
/// turn by turn through the Bot Framework's TestAdapter. Each harness has its own database file (a new one starts as a
/// copy of the run's <see cref="MigratedDatabase"/>).
/// </summary>
public sealed class ConversationHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ConversationHarness(ServiceProvider services, string folder, StorageProvider provider, string? postgresConnectionString)
    {
        _services = services;
        Folder = folder;
        Provider = provider;
        PostgresConnectionString = postgresConnectionString;
    }

    /// <summary>SQLite (a file in <see cref="Folder"/>) or PostgreSQL (a database of its own on the test run's server).</summary>
    public StorageProvider Provider { get; }

    public string? PostgresConnectionString { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "leadbot.db");

    public IServiceProvider Services => _services;

    /// <summary>Stops this bot and starts a new one on the same database file (a restart or a new release).</summary>
    public async Task<ConversationHarness> RestartAsync(IDictionary<string, string?>? settings = null)
    {
        await _services.DisposeAsync();
        return await StartAsync(settings, Folder, Provider, PostgresConnectionString);
    }

    public static async Task<ConversationHarness> StartAsync(
        IDictionary<string, string?>? settings = null,
        string? existingFolder = null,
        StorageProvider provider = StorageProvider.Sqlite,
        string? postgresConnectionString = null)
    {
        var folder = existingFolder ?? Path.Combine(Path.GetTempPath(), "leadbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (existingFolder is null && provider == StorageProvider.Sqlite && !MigratedDatabase.ChoosesOwnStorage(settings?.Keys))
        {
            // A new conversation database: a copy of the run's migrated template (the migration below finds nothing to do).
            await MigratedDatabase.CopyToAsync(Path.Combine(folder, "leadbot.db"));
        }

        if (provider == StorageProvider.PostgreSql)
        {
            postgresConnectionString ??= await PostgreSqlServer.CreateDatabaseAsync("leadbot_conversation");
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot(), "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider == StorageProvider.PostgreSql ? "PostgreSQL" : "Sqlite",
                ["ConnectionStrings:LeadBot"] = provider == StorageProvider.PostgreSql
                    ? postgresConnectionString
                    : $"Data Source={Path.Combine(folder, "leadbot.db")}",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddLeadBotStorage(configuration);
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.AddLeadConversation(configuration);
        var services2 = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services2.MigrateLeadBotDatabaseAsync();
        return new ConversationHarness(services2, folder, provider, postgresConnectionString);
    }

    /// <param name="provenIdentity">Whether the host proved the user id (as the website's visitor pass does): only then
    /// do the answers follow the person into a new conversation. The Emulator's ids are merely asserted.</param>
    public BotConversation Conversation(string locale, string? conversationId = null, string userId = "user1", bool provenIdentity = false) =>
        new(this, locale, conversationId ?? Guid.NewGuid().ToString("N"), userId, provenIdentity);

    public async Task<List<Lead>> LeadsAsync()
    {
        var factory = _services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Leads.Include(l => l.History).AsNoTracking().ToListAsync();
    }

    /// <summary>Every byte of the database files (main file and write-ahead log), for scans for personal data. On
    /// PostgreSQL (whose files belong to the shared server): the text of every row of every table.</summary>
    public byte[] DatabaseBytes()
    {
        if (Provider == StorageProvider.PostgreSql)
        {
            return PostgresContentBytes(PostgresConnectionString!);
        }

        SqliteClearPools();
        return new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-journal" }
            .Where(File.Exists)
            .SelectMany(p =>
            {
                using var stream = new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return memory.ToArray();
            })
            .ToArray();
    }

    internal IBot Bot() => _services.GetRequiredService<IBot>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteClearPools();
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
        }
    }

    private static byte[] PostgresContentBytes(string connectionString)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT t::text FROM \"{table}\" t";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One prospect's chat: sends what they type, returns what the bot answered in that turn.</summary>
public sealed class BotConversation
{
    private readonly ConversationHarness _harness;
    private readonly TestAdapter _adapter;

    internal BotConversation(ConversationHarness harness, string locale, string conversationId, string userId, bool provenIdentity = false)
    {
        _harness = harness;
        Locale = locale;
        _adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = "emulator",
            ServiceUrl = "https://test.invalid",
            User = new ChannelAccount(userId, "Prospect", RoleTypes.User),
            Bot = new ChannelAccount("bot", "LeadBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(id: conversationId),
            Locale = locale,
        });
        if (provenIdentity)
        {
            _adapter.Use(new ProvenIdentity());
        }
    }

    /// <summary>What the website host does for a visitor with a valid pass: the user id is proven.</summary>
    private sealed class ProvenIdentity : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.TurnState.Set(VisitorIdentity.Proven(turnContext.Activity.From.Id));
            return next(cancellationToken);
        }
    }

    public string Locale { get; set; }

    /// <summary>Everything the bot has said in this conversation, oldest first.</summary>
    public List<Activity> Transcript { get; } = [];

    public string? LastStep { get; private set; }

    /// <summary>"check" when the last question is a confirmation line ("Meinen Sie …?"), "giveup" for the offer to skip.</summary>
    public string? LastPhase { get; private set; }

    public Task<List<Activity>> StartAsync()
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount(_adapter.Conversation.User.Id), new ChannelAccount("bot")],
        };
        return SendAsync(update);
    }

    public Task<List<Activity>> SayAsync(string text)
    {
        var message = _adapter.MakeActivity(text);
        return SendAsync(message);
    }

    private async Task<List<Activity>> SendAsync(Activity activity)
    {
        activity.ChannelId = "emulator";
        activity.Locale = Locale;
        activity.From ??= _adapter.Conversation.User;
        activity.Recipient ??= _adapter.Conversation.Bot;
        activity.Conversation ??= _adapter.Conversation.Conversation;
        activity.ServiceUrl ??= _adapter.Conversation.ServiceUrl;
        activity.Id ??= Guid.NewGuid().ToString("N");
        await _adapter.ProcessActivityAsync(activity, _harness.Bot().OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (_adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        Transcript.AddRange(replies);
        var question = replies.LastOrDefault(r => QuestionActivity.StepOf(r) is not null);
        LastStep = question is null ? null : QuestionActivity.StepOf(question);
        LastPhase = question is null ? null : QuestionActivity.PhaseOf(question);
        return replies;
    }

    /// <summary>Answers the open question by its step marker; a confirmation line of an unsure reading ("Meinen Sie …?")
    /// is answered yes, as the prospect who wrote the prepared answer meant it.</summary>
    public Task<List<Activity>> AnswerAsync(IReadOnlyDictionary<string, string> answers)
    {
        var step = LastStep ?? throw new InvalidOperationException("Nothing was asked.");
        if (LastPhase == QuestionActivity.CheckPhase)
        {
            return SayAsync(Locale.StartsWith("de", StringComparison.Ordinal) ? "ja" : "yes");
        }

        Assert.True(answers.ContainsKey(step), $"No answer prepared for the question '{step}'.");
        return SayAsync(answers[step]);
    }

    /// <summary>Answers question after question by its step marker until the bot asks nothing more.</summary>
    public async Task<List<Activity>> AnswerAllAsync(IReadOnlyDictionary<string, string> answers, int maxTurns = 30)
    {
        var all = new List<Activity>();
        for (var i = 0; i < maxTurns && LastStep is not null; i++)
        {
            all.AddRange(await AnswerAsync(answers));
        }

        Assert.Null(LastStep);
        return all;
    }

    public static string Texts(IEnumerable<Activity> activities) => string.Join("\n", activities.Select(a => a.Text));
}
