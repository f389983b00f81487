using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Sets the SQLite pragmas on every opened connection: WAL journal (readers do not block the writer), synchronous=NORMAL
/// (safe with WAL, far fewer fsyncs) and a busy timeout, so concurrent turns wait for the write lock instead of failing
/// with "database is locked". secure_delete overwrites erased rows with zeros, so erased personal data does not linger in
/// free pages of the file.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    public static readonly SqlitePragmaInterceptor Instance = new();

    private static readonly string Pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
