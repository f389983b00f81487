using LeadBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class SqlitePragmaTests
{
    [Fact]
    public void Pragmas_run_once_per_physical_connection_and_hold_on_every_reopen()
    {
        // Other tests clear every SQLite pool (before they delete their files) at any moment, and a connection in use
        // when that happens is closed for good on its return. A reopen that got a new physical connection proves
        // nothing about reruns, so the check is repeated until three opens in a row were served by one native handle.
        for (var attempt = 1; !ThreeOpensOnOneHandle(); attempt++)
        {
            Assert.True(attempt < 50, $"{attempt} attempts: every time another test cleared the pool between two opens.");
        }
    }

    /// <summary>Opens one pooled file three times; false when a reopen got another physical connection. On the same one,
    /// the pragmas hold and a per-connection setting changed after the first open survives, which it would not if
    /// the pragmas ran again.</summary>
    private static bool ThreeOpensOnOneHandle()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leadbot-pragma-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        try
        {
            const string Marker = "4321";
            object? firstHandle = null;
            for (var i = 0; i < 3; i++)
            {
                using var connection = new SqliteConnection(connectionString);
                connection.Open();
                firstHandle ??= connection.Handle;
                if (!ReferenceEquals(firstHandle, connection.Handle))
                {
                    return false;
                }

                SqlitePragmaInterceptor.Instance.ConnectionOpened(connection, null!);
                var expectedBusyTimeout = i == 0 ? SqlitePragmaInterceptor.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : Marker;
                Assert.Equal(expectedBusyTimeout, Scalar(connection, "PRAGMA busy_timeout")); // the pooled native connection already has them
                Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
                Assert.Equal("1", Scalar(connection, "PRAGMA synchronous"));
                Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
                Assert.Equal("1", Scalar(connection, "PRAGMA secure_delete"));
                Scalar(connection, "PRAGMA busy_timeout = " + Marker);
            }

            return true;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
