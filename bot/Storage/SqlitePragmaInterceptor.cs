using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Sets the SQLite pragmas on every physical connection: WAL journal (readers do not block the writer), synchronous=NORMAL
/// (safe with WAL, far fewer fsyncs) and a busy timeout, so concurrent turns wait for the write lock instead of failing
/// with "database is locked". secure_delete overwrites erased rows with zeros, so erased personal data does not linger in
/// free pages of the file.
/// </summary>
/// <remarks>
/// EF opens and closes the (pooled) connection for each query, about four times per turn. The pragmas are
/// per-connection state that survives in the pool, so they run once per native connection handle (kept in a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>, which forgets a handle when the pool drops it), not on every logical
/// open. A connection that is not a <see cref="SqliteConnection"/> gets them on every open, as before.
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    public static readonly SqlitePragmaInterceptor Instance = new();

    internal static readonly string Pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";

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

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
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
