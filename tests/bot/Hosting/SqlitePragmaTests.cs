using LeadBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class SqlitePragmaTests
{
    [Fact]
    public void Pragmas_run_once_per_physical_connection_and_hold_on_every_reopen()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leadbot-pragma-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        try
        {
            // The pragma counter is process-wide and other tests open connections in parallel, so a rerun is detected on
            // this connection itself: a per-connection setting changed after the first open survives only if the pooled
            // native connection is not configured again.
            const string Marker = "4321";
            for (var i = 0; i < 3; i++)
            {
                using var connection = new SqliteConnection(connectionString);
                connection.Open();
                SqlitePragmaInterceptor.Instance.ConnectionOpened(connection, null!);
                var expectedBusyTimeout = i == 0 ? SqlitePragmaInterceptor.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : Marker;
                Assert.Equal(expectedBusyTimeout, Scalar(connection, "PRAGMA busy_timeout")); // the pooled native connection already has them
                Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
                Assert.Equal("1", Scalar(connection, "PRAGMA synchronous"));
                Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
                Assert.Equal("1", Scalar(connection, "PRAGMA secure_delete"));
                Scalar(connection, "PRAGMA busy_timeout = " + Marker);
            }
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
