using LeadBot.Dialogs.Domain;
using LeadBot.Bot.Turns;
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
    /// provider in <c>Storage:Provider</c>, a scoped <see cref="LeadBotDbContext"/>, the BotState table's
    /// <see cref="BotStateDatabase"/> (with the process's <see cref="SqliteWriteQueue"/> on SQLite), <see cref="IStorage"/>
    /// → <see cref="EfCoreStorage"/>, the turns' <see cref="ITurnStore"/> → <see cref="BotStateTurnStore"/>,
    /// <see cref="ILeadRepository"/> → <see cref="EfLeadRepository"/>, <see cref="LeadQueries"/> and the <see cref="OutboxSignal"/> that wakes the Teams outbox worker, all singletons. Throws
    /// <see cref="OptionsValidationException"/> naming the key when the configuration is unusable (e.g. an unknown
    /// Storage:Provider), so the host does not start.
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
            // One data source for EF and the migration lock: it carries the sign-in (a password, or Entra tokens).
            services.AddSingleton(sp => PostgreSqlSignIn.Build(configuredConnectionString!, options, sp));
            services.AddPooledDbContextFactory<PostgreSqlLeadBotDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
            services.AddSingleton<IDbContextFactory<LeadBotDbContext>>(sp =>
                new BaseContextFactory<PostgreSqlLeadBotDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlLeadBotDbContext>>()));
            services.AddSingleton(sp => new BotStateDatabase(sp.GetRequiredService<IDbContextFactory<LeadBotDbContext>>(), null, null));
        }
        else
        {
            var connectionString = ResolveSqliteConnectionString(configuredConnectionString, configuration[HostDefaults.ContentRootKey]);
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (!IsInMemory(file) && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                && SqliteJournal.CheckMode(options.ParsedJournalMode!.Value, file, SqliteJournal.ReadMountTable(),
                    onAppService: !string.IsNullOrEmpty(configuration[SqliteJournal.AppServiceMarker])) is { } journalError)
            {
                throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [journalError]);
            }

            services.AddPooledDbContextFactory<SqliteLeadBotDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(SqlitePragmaInterceptor.For(options.ParsedJournalMode!.Value)));
            services.AddSingleton<IDbContextFactory<LeadBotDbContext>>(sp =>
                new BaseContextFactory<SqliteLeadBotDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteLeadBotDbContext>>()));
            services.AddSingleton<SqliteWriteQueue>();
            services.AddSingleton(sp => new BotStateDatabase(
                sp.GetRequiredService<IDbContextFactory<LeadBotDbContext>>(), connectionString, sp.GetRequiredService<SqliteWriteQueue>(),
                SqlitePragmaInterceptor.For(options.ParsedJournalMode!.Value)));
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContext());
        services.AddSingleton<IStorage, EfCoreStorage>();
        services.AddSingleton<ITurnStore, BotStateTurnStore>();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton(sp => new EfLeadRepository(
            sp.GetRequiredService<IDbContextFactory<LeadBotDbContext>>(),
            sp.GetService<OutboxSignal>(),
            sp.GetService<TimeProvider>(),
            sp.GetRequiredService<BotStateDatabase>().WriteQueue,
            sp.GetService<Webhooks.LeadEvents>()));
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

            if (!IsInMemory(dataSource) && SqlitePragmaInterceptor.Of(context) is { JournalMode: not SqliteJournalMode.Wal } pragmas)
            {
                // EF creates a new SQLite file in WAL mode, and a file leaves WAL only while no other connection has it
                // open: so the file is created (or switched) here, alone, before anything else opens it.
                await pragmas.ApplyJournalModeAsync(context.Database.GetConnectionString()!, cancellationToken).ConfigureAwait(false);
            }
        }

        if (LeadBotDbContext.IsPostgreSql(context.Database))
        {
            await MigratePostgreSqlAsync(context, services.GetRequiredService<NpgsqlDataSource>(), cancellationToken).ConfigureAwait(false);
            return;
        }

        // At almost every start nothing is pending: reading the history table says so at a tenth of the CPU of
        // MigrateAsync, which also takes its migration lock and checks the model against the migrations' snapshot.
        if (!(await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            return;
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PostgreSQL: the migrations under a session-level advisory lock. A method of its own, so that the SQLite path
    /// never loads the PostgreSQL provider's assemblies.</summary>
    private static async Task MigratePostgreSqlAsync(LeadBotDbContext context, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        // EF's own migration lock (LOCK TABLE on the history table, bound to its transaction) was seen to let two
        // instances starting at once apply the same migration (42P07 "relation already exists"). A session-level
        // advisory lock on a connection of its own serializes whole migration runs; the server releases it when the
        // session ends, also when the process is killed.
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
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
