using LeadBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Support;

/// <summary>
/// One SQLite file migrated once per test run by the product's own migration code, copied for every test that only
/// needs a fresh, migrated database: a copy costs a file copy, applying every migration again costs about a tenth of a
/// second of CPU per host. Tests about creating or migrating the file keep starting on an empty path.
/// </summary>
public static class MigratedDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the migrated template to <paramref name="path"/> (which must not exist yet).</summary>
    public static async Task CopyToAsync(string path)
    {
        var template = await Template.Value;
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.Copy(template, path, overwrite: false);
    }

    /// <summary>True when a test's settings choose the storage themselves (provider, journal mode, connection string):
    /// then its host creates and migrates its database as the product does, and no copy is made.</summary>
    public static bool ChoosesOwnStorage(IEnumerable<string>? settingKeys) =>
        settingKeys?.Any(k => k.StartsWith("Storage:", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)) == true;

    private static async Task<string> CreateTemplateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"leadbot-template-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:LeadBot"] = connectionString,
            })
            .Build();
        await using (var services = new ServiceCollection().AddLogging().AddLeadBotStorage(configuration).BuildServiceProvider())
        {
            await services.MigrateLeadBotDatabaseAsync();
        }

        // Fold the write-ahead log into the file and close every pooled connection to it, so the one file is the whole
        // database and a copy is consistent.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
            SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(path + suffix);
                }
                catch (IOException)
                {
                }
            }
        };
        return path;
    }
}
