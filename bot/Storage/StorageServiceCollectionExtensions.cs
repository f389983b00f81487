using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeadBot.Bot.Storage;

/// <summary>The storage composition root: options, the DbContext factory for the configured provider, IStorage, leads.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageOptions"/>, a pooled <see cref="IDbContextFactory{LeadBotDbContext}"/> for the
    /// provider in <c>Storage:Provider</c>, a scoped <see cref="LeadBotDbContext"/>, <see cref="IStorage"/> →
    /// <see cref="EfCoreStorage"/> (singleton), <see cref="ILeadRepository"/> → <see cref="EfLeadRepository"/> and
    /// <see cref="LeadQueries"/>, and the <see cref="OutboxSignal"/> that wakes the Teams outbox worker. Throws <see cref="OptionsValidationException"/> naming the key when the configuration is
    /// unusable (e.g. an unknown Storage:Provider), so the host does not start.
    /// </summary>
    public static IServiceCollection AddLeadBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(StorageOptions.SectionName);
        var options = section.Get<StorageOptions>() ?? new StorageOptions();
        var configuredConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        var errors = options.Validate(configuredConnectionString);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), errors);
        }

        services.AddOptions<StorageOptions>().Bind(section);
        services.TryAddSingleton(TimeProvider.System);

        if (options.ParsedProvider == StorageProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgreSqlLeadBotDbContext>(o => o.UseNpgsql(configuredConnectionString));
            services.AddSingleton<IDbContextFactory<LeadBotDbContext>>(sp =>
                new BaseContextFactory<PostgreSqlLeadBotDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlLeadBotDbContext>>()));
        }
        else
        {
            var connectionString = ResolveSqliteConnectionString(configuredConnectionString, configuration[HostDefaults.ContentRootKey]);
            services.AddPooledDbContextFactory<SqliteLeadBotDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(SqlitePragmaInterceptor.Instance));
            services.AddSingleton<IDbContextFactory<LeadBotDbContext>>(sp =>
                new BaseContextFactory<SqliteLeadBotDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteLeadBotDbContext>>()));
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContext());
        services.AddSingleton<IStorage, EfCoreStorage>();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<EfLeadRepository>();
        services.AddSingleton<ILeadRepository>(sp => sp.GetRequiredService<EfLeadRepository>());
        services.AddSingleton<LeadQueries>();
        return services;
    }

    /// <summary>
    /// Applies the pending migrations of the configured provider (creating the SQLite file and its folder when missing).
    /// Call it before the host starts listening: <c>await app.Services.MigrateLeadBotDatabaseAsync();</c>.
    /// Safe to call from several instances at once (EF Core takes a migration lock).
    /// </summary>
    public static async Task MigrateLeadBotDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (context.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(folder) && !IsInMemory(dataSource))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (LeadBotDbContext.IsPostgreSql(context.Database))
        {
            await MigratePostgreSqlAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PostgreSQL: the migrations under a session-level advisory lock. A method of its own, so that the SQLite path
    /// never loads the PostgreSQL provider's assemblies.</summary>
    private static async Task MigratePostgreSqlAsync(LeadBotDbContext context, CancellationToken cancellationToken)
    {
        // EF's own migration lock (LOCK TABLE on the history table, bound to its transaction) was seen to let two
        // instances starting at once apply the same migration (42P07 "relation already exists"). A session-level
        // advisory lock on a connection of its own serializes whole migration runs; the server releases it when the
        // session ends, also when the process is killed.
        await using var lockConnection = new NpgsqlConnection(context.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var acquire = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection))
        {
            await acquire.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The advisory lock key of LeadBot's migrations (any constant, the same in every instance).</summary>
    private const long MigrationLockKey = 0x4C656164426F74; // "LeadBot"

    /// <summary>Defaults to <c>Data Source=leadbot.db</c>; a relative file path is made absolute against the content root.</summary>
    internal static string ResolveSqliteConnectionString(string? connectionString, string? contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? StorageOptions.DefaultSqliteConnectionString : connectionString);
        var dataSource = builder.DataSource;
        if (!IsInMemory(dataSource) && builder.Mode != SqliteOpenMode.Memory && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && !Path.IsPathRooted(dataSource))
        {
            var root = string.IsNullOrWhiteSpace(contentRoot) ? Directory.GetCurrentDirectory() : contentRoot;
            builder.DataSource = Path.GetFullPath(Path.Combine(root, dataSource));
        }

        return builder.ToString();
    }

    private static bool IsInMemory(string dataSource) =>
        string.IsNullOrEmpty(dataSource) || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Hands out the provider-specific context as the provider-neutral <see cref="LeadBotDbContext"/>.</summary>
    private sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<LeadBotDbContext>
        where TContext : LeadBotDbContext
    {
        public LeadBotDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<LeadBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
    }
}
