using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>SQLite's write-ahead log never runs on a network file system; a rollback journal is used when configured.</summary>
public sealed class SqliteJournalModeTests
{
    private const string Mounts = """
        /dev/vda / ext4 rw,relatime 0 0
        tmpfs /dev/shm tmpfs rw 0 0
        //storage.example/share /mnt/share cifs rw,vers=3.0 0 0
        server:/export /srv/nfs nfs4 rw 0 0
        /dev/vdb /srv/nfs/local ext4 rw 0 0
        //storage.example/other /mnt/my\040share cifs rw 0 0
        """;

    [Theory]
    [InlineData("/mnt/share/leadbot.db", "cifs")]
    [InlineData("/srv/nfs/data/leadbot.db", "nfs4")]
    [InlineData("/mnt/my share/leadbot.db", "cifs")]
    public void WAL_on_a_network_mount_is_refused_with_a_message_naming_the_setting(string path, string type)
    {
        var error = SqliteJournal.CheckMode(SqliteJournalMode.Wal, path, Mounts, onAppService: false);

        Assert.NotNull(error);
        Assert.Contains("Storage:SqliteJournalMode", error, StringComparison.Ordinal);
        Assert.Contains(type, error, StringComparison.Ordinal);
        Assert.Contains("'Delete'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/var/lib/leadbot/leadbot.db")]
    [InlineData("/srv/nfs/local/leadbot.db")] // a local disk mounted inside the share's folder
    [InlineData("/mnt/shared.db")] // beside the share, not in it
    public void WAL_on_a_local_disk_is_allowed(string path) =>
        Assert.Null(SqliteJournal.CheckMode(SqliteJournalMode.Wal, path, Mounts, onAppService: false));

    [Theory]
    [InlineData(SqliteJournalMode.Delete)]
    [InlineData(SqliteJournalMode.Truncate)]
    public void A_rollback_journal_is_allowed_on_a_network_mount(SqliteJournalMode mode) =>
        Assert.Null(SqliteJournal.CheckMode(mode, "/mnt/share/leadbot.db", Mounts, onAppService: false));

    [Fact]
    public void On_App_Service_WAL_under_home_is_refused_even_when_the_mount_table_does_not_show_the_share()
    {
        var error = SqliteJournal.CheckMode(SqliteJournalMode.Wal, "/home/data/leadbot.db", Mounts, onAppService: true);

        Assert.NotNull(error);
        Assert.Contains("/home", error, StringComparison.Ordinal);
        Assert.Null(SqliteJournal.CheckMode(SqliteJournalMode.Wal, "/tmp/leadbot.db", Mounts, onAppService: true));
        Assert.Null(SqliteJournal.CheckMode(SqliteJournalMode.Wal, "/home/data/leadbot.db", Mounts, onAppService: false));
    }

    [Fact]
    public void This_machines_mount_table_is_read_and_the_temp_folder_is_found_on_it()
    {
        var table = SqliteJournal.ReadMountTable();
        Assert.NotNull(table);

        var mount = SqliteJournal.MountOf(Path.GetFullPath(Path.GetTempPath()), table);
        Assert.NotNull(mount);
        Assert.StartsWith(mount.Value.MountPoint.TrimEnd('/'), Path.GetFullPath(Path.GetTempPath()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_does_not_start_with_WAL_on_App_Service_home_and_names_the_setting()
    {
        var folder = $"/home/leadbot-journal-test-{Guid.NewGuid():N}";
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(
            Path.Combine(folder, "leadbot.db"),
            new Dictionary<string, string?> { ["WEBSITE_INSTANCE_ID"] = "0123456789abcdef" }));

        Assert.Contains("Storage:SqliteJournalMode", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "the check runs before the database is created");
    }

    [Fact]
    public async Task An_unknown_journal_mode_stops_start_up_with_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Storage:SqliteJournalMode"] = "memory" }));

        Assert.Contains("Storage:SqliteJournalMode", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Delete", "delete", "2")]
    [InlineData("Wal", "wal", "1")]
    public async Task A_conversation_turn_leaves_the_file_in_the_configured_journal_mode(string setting, string expectedMode, string expectedSynchronous)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Storage:SqliteJournalMode"] = setting });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "en-US");
            var replies = await emulator.StartAsync();
            Assert.Equal("consent", EmulatorClient.LastStep(replies));
            await emulator.SendAndWaitAsync("yes");

            // The bot's own connections run the pragmas; a connection opened now sees the file's persistent mode.
            using (var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False"))
            {
                connection.Open();
                Assert.Equal(expectedMode, Scalar(connection, "PRAGMA journal_mode"));
            }

            var interceptor = SqlitePragmaInterceptor.For(Enum.Parse<SqliteJournalMode>(setting));
            using (var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False"))
            {
                connection.Open();
                interceptor.ConnectionOpened(connection, null!);
                Assert.Equal(expectedSynchronous, Scalar(connection, "PRAGMA synchronous"));
            }

            // The mode is kept in the file itself (header bytes 18 and 19: 1 = rollback journal, 2 = write-ahead log).
            // Whether a -wal file exists at this moment is not the mode: SQLite deletes it whenever the last connection
            // to the file closes, so it comes and goes with the bot's connection pool.
            var version = expectedMode == "wal" ? (byte)2 : (byte)1;
            Assert.Equal(new[] { version, version }, FileFormatVersions(host.DatabasePath));
            if (expectedMode != "wal")
            {
                Assert.False(File.Exists(host.DatabasePath + "-wal"), "a rollback journal never writes a -wal file");
            }
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    /// <summary>The file format's write and read version numbers from the database header.</summary>
    private static byte[] FileFormatVersions(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[20];
        stream.ReadExactly(header);
        return header[18..20];
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
