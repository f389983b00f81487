using LeadBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrating_a_new_file_creates_its_folder_and_the_whole_schema()
    {
        await using var db = new StorageTestDatabase();
        Assert.False(Directory.Exists(Path.GetDirectoryName(db.FilePath)));

        await db.Services.MigrateLeadBotDatabaseAsync();

        Assert.True(File.Exists(db.FilePath));
        foreach (var table in new[] { "Leads", "StageChanges", "BotState", "__EFMigrationsHistory" })
        {
            Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
        }

        foreach (var index in new[] { "IX_Leads_NormalizedEmail", "IX_Leads_UserKey", "IX_Leads_Stage", "IX_Leads_CreatedAt", "IX_StageChanges_LeadId" })
        {
            Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '{index}'"));
        }

        Assert.Equal(1, await db.ScalarAsync("SELECT \"unique\" FROM pragma_index_list('Leads') WHERE name = 'IX_Leads_NormalizedEmail'"));
        Assert.Equal("wal", await db.TextAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_second_start_applies_no_migration_again()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        var applied = await db.ScalarAsync("SELECT count(*) FROM __EFMigrationsHistory");
        Assert.True(applied >= 1);

        await using var secondStart = db.CreateServices();
        var factory = secondStart.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using (var context = await factory.CreateDbContextAsync())
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }

        await secondStart.MigrateLeadBotDatabaseAsync();

        Assert.Equal(applied, await db.ScalarAsync("SELECT count(*) FROM __EFMigrationsHistory"));
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations_of_either_provider()
    {
        using var sqlite = new SqliteLeadBotDbContext(new DbContextOptionsBuilder<SqliteLeadBotDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        using var postgres = new PostgreSqlLeadBotDbContext(new DbContextOptionsBuilder<PostgreSqlLeadBotDbContext>().UseNpgsql("Host=localhost").Options);
        Assert.False(postgres.Database.HasPendingModelChanges());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("")]
    public void An_unknown_provider_stops_start_up_naming_the_setting(string provider)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = provider })
            .Build();

        var error = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddLeadBotStorage(configuration));

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_stops_start_up_naming_the_connection_string()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSQL" })
            .Build();

        var error = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddLeadBotStorage(configuration));

        Assert.Contains("ConnectionStrings:LeadBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSql_provider_registers_the_PostgreSql_context()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "postgresql",
                ["ConnectionStrings:LeadBot"] = "Host=localhost;Database=leadbot",
            })
            .Build();
        using var services = new ServiceCollection().AddLeadBotStorage(configuration).BuildServiceProvider();

        using var context = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContext();

        Assert.IsType<PostgreSqlLeadBotDbContext>(context);
        Assert.True(context.Database.IsNpgsql());
    }

    [Fact]
    public void A_relative_SQLite_path_is_resolved_against_the_content_root_and_defaults_to_leadbot_db()
    {
        var root = Path.Combine(Path.GetTempPath(), "content-root");

        var resolved = StorageServiceCollectionExtensions.ResolveSqliteConnectionString(null, root);

        Assert.Contains(Path.Combine(root, "leadbot.db"), resolved, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root, "data", "x.db"),
            StorageServiceCollectionExtensions.ResolveSqliteConnectionString("Data Source=data/x.db", root), StringComparison.Ordinal);
    }
}
