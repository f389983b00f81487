using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Sets the SQLite pragmas on every physical connection: WAL journal (readers do not block the writer; a rollback journal
/// instead when <c>Storage:SqliteJournalMode</c> says so, for a file on a network share), synchronous=NORMAL
/// (safe with WAL, far fewer fsyncs; FULL with a rollback journal) and a busy timeout, so concurrent turns wait for the write lock instead of failing
/// with "database is locked". secure_delete overwrites erased rows with zeros, so erased personal data does not linger in
/// free pages of the file. wal_autocheckpoint is raised (see <see cref="AutoCheckpointPages"/>).
/// </summary>
/// <remarks>
/// EF opens and closes the (pooled) connection for each query, several times per turn. The pragmas are
/// per-connection state that survives in the pool, so they run once per native connection handle (kept in a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>, which forgets a handle when the pool drops it), not on every logical
/// open. A connection that is not a <see cref="SqliteConnection"/> gets them on every open, as before.
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>WAL pages after which a committing writer checkpoints itself (SQLite's default: 1,000). Raised because
    /// <see cref="SqliteWriteQueue"/> checkpoints in the background; kept as the backstop for WAL growth.</summary>
    public const int AutoCheckpointPages = 10_000;

    /// <summary>Page cache per connection in KiB (SQLite's default: 2,000). The pool holds up to one connection per
    /// concurrent turn, each with its own cache of the same hot pages (the OS caches the file anyway).</summary>
    public const int CacheKibibytes = 512;

    /// <summary>The WAL interceptor (the default journal mode).</summary>
    public static readonly SqlitePragmaInterceptor Instance = new(SqliteJournalMode.Wal);

    private static readonly SqlitePragmaInterceptor Delete = new(SqliteJournalMode.Delete);
    private static readonly SqlitePragmaInterceptor Truncate = new(SqliteJournalMode.Truncate);

    private SqlitePragmaInterceptor(SqliteJournalMode journalMode)
    {
        JournalMode = journalMode;
        // synchronous=NORMAL is safe with WAL; a rollback journal (chosen for a network share) needs FULL to survive a
        // power loss or a lost connection to the share.
        var synchronous = journalMode == SqliteJournalMode.Wal ? "NORMAL" : "FULL";
        // busy_timeout first: leaving WAL (or confirming a rollback journal) takes a lock, which must wait, not fail.
        Pragmas = $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA journal_mode={SqliteJournal.PragmaValue(journalMode)}; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA wal_autocheckpoint={AutoCheckpointPages}; PRAGMA cache_size=-{CacheKibibytes};";
    }

    /// <summary>The interceptor that sets <paramref name="journalMode"/> (<c>Storage:SqliteJournalMode</c>).</summary>
    public static SqlitePragmaInterceptor For(SqliteJournalMode journalMode) => journalMode switch
    {
        SqliteJournalMode.Delete => Delete,
        SqliteJournalMode.Truncate => Truncate,
        _ => Instance,
    };

    public SqliteJournalMode JournalMode { get; }

    /// <summary>The pragma interceptor of a SQLite context (null when it has none).</summary>
    public static SqlitePragmaInterceptor? Of(Microsoft.EntityFrameworkCore.DbContext context) =>
        Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>(context)
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?.OfType<SqlitePragmaInterceptor>().FirstOrDefault();

    /// <summary>
    /// Creates the database file in this journal mode, or switches an existing one to it, on a connection of its own.
    /// Call it at start-up before other connections open the file: SQLite leaves WAL only when it is the file's one user.
    /// Throws, naming <c>Storage:SqliteJournalMode</c>, when the file stays in another mode.
    /// </summary>
    public async Task ApplyJournalModeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var single = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        await using var connection = new SqliteConnection(single);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = $"PRAGMA journal_mode={SqliteJournal.PragmaValue(JournalMode)};";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (!string.Equals(mode, SqliteJournal.PragmaValue(JournalMode), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{SqliteJournal.JournalModeKey} is '{JournalMode}', but the SQLite database stayed in journal mode '{mode}' (another process has it open?).");
        }
    }

    internal string Pragmas { get; }

    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static readonly object Marker = new();

    private static long _pragmaRuns;

    /// <summary>How often the pragmas actually ran (test hook).</summary>
    internal static long PragmaRuns => Interlocked.Read(ref _pragmaRuns);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var handle = HandleOf(connection);
        if (handle is not null && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        Remember(handle);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ConfigureAsync(connection, cancellationToken);

    /// <summary>Runs the pragmas on <paramref name="connection"/> (open) unless its native handle has them already; for
    /// connections opened without EF (<see cref="BotStateDatabase"/>'s own statements).</summary>
    internal async Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var handle = HandleOf(connection);
        if (handle is not null && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        Remember(handle);
    }

    private static object? HandleOf(DbConnection connection) => (connection as SqliteConnection)?.Handle;

    private static void Remember(object? handle)
    {
        Interlocked.Increment(ref _pragmaRuns);
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, Marker);
        }
    }
}
