using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Where the BotState statements run: which SQL dialect (<see cref="BotStateSql"/>), how a connection is opened, and how
/// a write transaction is run. On SQLite the bot's own statements open connections straight from Microsoft.Data.Sqlite's
/// pool (no DbContext per statement) and every write goes through the process's <see cref="SqliteWriteQueue"/>; on
/// PostgreSQL each write is a transaction of its own on a pooled context's connection.
/// </summary>
public sealed class BotStateDatabase : IAsyncDisposable
{
    private readonly IDbContextFactory<LeadBotDbContext> contextFactory;
    private readonly string? sqliteConnectionString;
    private readonly SqlitePragmaInterceptor sqlitePragmas;

    /// <param name="sqliteConnectionString">The SQLite connection string; null on PostgreSQL.</param>
    /// <param name="writeQueue">The SQLite file's write queue of this process; null on PostgreSQL.</param>
    /// <param name="sqlitePragmas">The pragmas (journal mode) the context's SQLite connections get, so the bot's own
    /// connections get the same; WAL when not given.</param>
    internal BotStateDatabase(IDbContextFactory<LeadBotDbContext> contextFactory, string? sqliteConnectionString, SqliteWriteQueue? writeQueue,
        SqlitePragmaInterceptor? sqlitePragmas = null)
    {
        this.contextFactory = contextFactory;
        this.sqliteConnectionString = sqliteConnectionString;
        this.sqlitePragmas = sqlitePragmas ?? SqlitePragmaInterceptor.Instance;
        WriteQueue = writeQueue;
        Sql = sqliteConnectionString is null ? BotStateSql.PostgreSql : BotStateSql.Sqlite;
        readers = sqliteConnectionString is null ? null : new SqliteReaders(OpenAsync);
    }

    private readonly SqliteReaders? readers;

    internal BotStateSql Sql { get; }

    /// <summary>A fresh ETag: 16 random hex digits per process, then a counter, so no two writes anywhere get the same
    /// one (unique ETags are what makes "still the ETag I read" mean "nobody wrote since").</summary>
    public static string NewETag() => ETagPrefix + Interlocked.Increment(ref etagCounter).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string ETagPrefix = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
    private static long etagCounter;

    /// <summary>The SQLite write queue (null on PostgreSQL), for other writers of the same file (the lead save).</summary>
    public SqliteWriteQueue? WriteQueue { get; }

    /// <summary>An open connection for the bot's own statements.</summary>
    internal async Task<StorageLease> OpenAsync(CancellationToken cancellationToken)
    {
        if (sqliteConnectionString is { } connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await sqlitePragmas.ConfigureAsync(connection, cancellationToken).ConfigureAwait(false);
                return new StorageLease(null, connection);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return new StorageLease(context, context.Database.GetDbConnection());
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The state rows of <paramref name="keys"/> (outside any transaction); on SQLite on a kept reader connection
    /// (<see cref="SqliteReaders"/>).</summary>
    internal async Task<Dictionary<string, StoredRow>> ReadRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (readers is { } kept)
        {
            return await kept.RunAsync(
                (connection, statements) => (statements is null ? Sql : Sql.In(statements)).ReadAsync(connection, null, keys, cancellationToken),
                cancellationToken).ConfigureAwait(false);
        }

        await using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Sql.ReadAsync(lease.Connection, null, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the kept reader connections (the host disposes the database at shutdown).</summary>
    public ValueTask DisposeAsync() => readers?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>Runs <paramref name="work"/> in a write transaction (committed when it returns, rolled back when it throws).</summary>
    internal async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, BotStateSql, Task<T>> work, CancellationToken cancellationToken)
    {
        if (WriteQueue is { } queue)
        {
            return await queue.RunAsync(OpenAsync, (connection, transaction, batch) => work(connection, transaction, Sql.In(batch))).ConfigureAwait(false);
        }

        await using var lease = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await lease.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(lease.Connection, transaction, Sql).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs an EF statement that writes (a bulk delete) while no other write of this process runs on SQLite.</summary>
    internal async Task<T> ExclusiveAsync<T>(Func<LeadBotDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return WriteQueue is { } queue
            ? await queue.RunExclusiveAsync(() => work(context)).ConfigureAwait(false)
            : await work(context).ConfigureAwait(false);
    }
}

/// <summary>An open connection (with the pooled context it belongs to, if any); disposing closes the connection
/// (back to the provider's pool) and returns the context.</summary>
internal sealed class StorageLease(LeadBotDbContext? context, DbConnection connection) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        if (context is null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
            return;
        }

        try
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}
