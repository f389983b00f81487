using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context SqliteLeadBotDbContext --output-dir Storage/Migrations/Sqlite</c> build
/// the model without the host or a database.
/// </summary>
internal sealed class SqliteLeadBotDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLeadBotDbContext>
{
    public SqliteLeadBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLeadBotDbContext>().UseSqlite(StorageOptions.DefaultSqliteConnectionString).Options);
}

/// <summary>
/// Lets <c>dotnet ef migrations add X --context PostgreSqlLeadBotDbContext --output-dir Storage/Migrations/PostgreSql</c>
/// build the model without a server (adding a migration does not connect).
/// </summary>
internal sealed class PostgreSqlLeadBotDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlLeadBotDbContext>
{
    public PostgreSqlLeadBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlLeadBotDbContext>().UseNpgsql("Host=localhost;Database=leadbot;Username=leadbot").Options);
}
