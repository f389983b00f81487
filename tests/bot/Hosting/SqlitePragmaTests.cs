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
            for (var i = 0; i < 3; i++)
            {
                using var connection = new SqliteConnection(connectionString);
                connection.Open();
                var before = SqlitePragmaInterceptor.PragmaRuns;
                SqlitePragmaInterceptor.Instance.ConnectionOpened(connection, null!);
                var ran = SqlitePragmaInterceptor.PragmaRuns - before;
                if (i > 0)
                {
                    Assert.Equal(0, ran); // the pooled native connection already has them
                }

                Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
                Assert.Equal("1", Scalar(connection, "PRAGMA synchronous"));
                Assert.Equal(SqlitePragmaInterceptor.BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(connection, "PRAGMA busy_timeout"));
                Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
                Assert.Equal("1", Scalar(connection, "PRAGMA secure_delete"));
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
