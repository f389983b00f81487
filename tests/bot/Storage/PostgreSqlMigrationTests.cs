using LeadBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>The PostgreSQL migrations on a real server: the whole schema, idempotent re-runs, several instances at once.</summary>
[Trait("Category", "Slow")]
public sealed class PostgreSqlMigrationTests
{
    [Fact]
    public async Task Migrating_a_new_database_creates_the_whole_schema()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.PostgreSql);

        foreach (var table in new[] { "Leads", "StageChanges", "BotState", "__EFMigrationsHistory" })
        {
            Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'"));
        }

        foreach (var index in new[] { "IX_Leads_NormalizedEmail", "IX_Leads_UserKey", "IX_Leads_Stage", "IX_Leads_CreatedAt", "IX_StageChanges_LeadId" })
        {
            Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname = '{index}'"));
        }

        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM pg_indexes WHERE indexname = 'IX_Leads_NormalizedEmail' AND indexdef LIKE 'CREATE UNIQUE%'"));
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'BotState' AND column_name = 'UpdatedAt' AND data_type = 'timestamp with time zone'"));
    }

    [Fact]
    public async Task Several_instances_starting_at_once_apply_each_migration_once()
    {
        await using var db = await StorageTestDatabase.CreateAsync(StorageProvider.PostgreSql);
        var instances = Enumerable.Range(0, 3).Select(_ => db.CreateServices()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.MigrateLeadBotDatabaseAsync())));
        await db.Services.MigrateLeadBotDatabaseAsync();

        var factory = db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(context.Database.GetMigrations().Count(), await db.ScalarAsync("SELECT count(*) FROM __EFMigrationsHistory"));
    }
}
