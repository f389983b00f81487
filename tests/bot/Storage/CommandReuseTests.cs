using System.Data.Common;
using System.Globalization;
using System.Text;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Qualification;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// The SQLite write queue runs a batch of turns on one connection and keeps each statement's command for the batch
/// (<see cref="CommandReuse"/>). The same statements run on fresh commands (the stock path) must leave exactly the same
/// rows: state inserts and guarded updates, a guarded write that finds a changed ETag, deletes, and the funnel's
/// journey writes of several shapes.
/// </summary>
public sealed class CommandReuseTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Statements_on_a_batchs_reused_commands_write_exactly_what_fresh_commands_write()
    {
        var script = Script();
        await using var stock = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        await using var reused = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);

        var stockCounts = await RunAsync(stock, script, reuse: false);
        var (reusedCounts, created) = await RunWithReuseAsync(reused, script);

        Assert.Equal(stockCounts, reusedCounts);
        Assert.Contains(0, stockCounts); // the stale ETag wrote nothing, on both paths
        Assert.Equal(await DumpAsync(stock), await DumpAsync(reused));
        Assert.Contains("FunnelJourneys", await DumpAsync(reused));
        // Reused for real: far fewer commands than statements.
        Assert.True(created * 3 < script.Count, $"{created} commands for {script.Count} statements");
    }

    [Fact]
    public async Task A_write_queue_that_keeps_its_connection_writes_exactly_what_one_opening_a_connection_per_batch_writes()
    {
        var script = Script();
        await using var stock = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        await using var kept = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        await using var stockQueue = new SqliteWriteQueue(keepWriter: false);
        await using var keptQueue = new SqliteWriteQueue(keepWriter: true);

        var stockCounts = await RunThroughQueueAsync(stock, stockQueue, script);
        var keptCounts = await RunThroughQueueAsync(kept, keptQueue, script);

        Assert.Equal(stockCounts, keptCounts);
        Assert.Contains(0, keptCounts); // the stale ETag wrote nothing
        Assert.Contains(-1, keptCounts); // a write that threw was rolled back alone, and the next batches went on
        Assert.Equal(await DumpAsync(stock), await DumpAsync(kept));
        Assert.Contains("FunnelJourneys", await DumpAsync(kept));
        // Every batch of the stock queue compiles its statements again; the kept connection compiles each one once.
        Assert.True(stockQueue.StatementsCompiled >= script.Count, $"stock: {stockQueue.StatementsCompiled} for {script.Count} batches");
        Assert.True(keptQueue.StatementsCompiled * 5 < script.Count, $"kept: {keptQueue.StatementsCompiled} for {script.Count} batches");
    }

    [Fact]
    public async Task Reads_on_kept_connections_return_exactly_what_reads_on_fresh_connections_return()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(StorageProvider.Sqlite);
        var database = db.Services.GetRequiredService<BotStateDatabase>();
        await using (var writer = new SqliteWriteQueue(keepWriter: true))
        {
            await RunThroughQueueAsync(db, writer, Script());
        }

        await using var stock = new SqliteReaders(database.OpenAsync, keep: false);
        await using var kept = new SqliteReaders(database.OpenAsync, keep: true);
        string[][] keySets = [["emulator/conversations/c-0"], ["emulator/conversations/c-1", "emulator/conversations/c-2"],
            ["emulator/conversations/c-3", "emulator/conversations/c-0", "missing"]];

        static Task<string> ReadAsync(SqliteReaders readers, string[] keys) => readers.RunAsync(async (connection, statements) =>
        {
            var sql = statements is null ? BotStateSql.Sqlite : BotStateSql.Sqlite.In(statements);
            var rows = await sql.ReadAsync(connection, null, keys, default);
            return string.Join("; ", rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Json}/{r.Value.ETag}"));
        }, default);

        // Many reads at once, as turns read: several connections are opened and kept, each compiling its statements once.
        var reads = Enumerable.Range(0, 300).Select(i => keySets[i % keySets.Length]).ToArray();
        var stockRows = await Task.WhenAll(reads.Select(keys => ReadAsync(stock, keys)));
        var keptRows = await Task.WhenAll(reads.Select(keys => ReadAsync(kept, keys)));

        Assert.Equal(stockRows, keptRows);
        Assert.Contains("emulator/conversations/c-1={", keptRows[1]);
        // Each of the three statements compiled at least once, and far fewer times than there were reads.
        Assert.InRange(kept.StatementsCompiled, keySets.Length, reads.Length / 5);
    }

    /// <summary>Each step as a batch of its own (one after the other, so both queues see the same order), with a write
    /// that fails half-way every tenth batch (-1): its batch is rolled back.</summary>
    private static async Task<List<int>> RunThroughQueueAsync(StorageTestDatabase db, SqliteWriteQueue queue, List<Step> script)
    {
        var database = db.Services.GetRequiredService<BotStateDatabase>();
        var counts = new List<int>();
        for (var i = 0; i < script.Count; i++)
        {
            var step = script[i];
            var fails = i % 10 == 5;
            try
            {
                counts.Add(await queue.RunAsync(database.OpenAsync, async (connection, transaction, reuse) =>
                {
                    var count = await step(connection, transaction, BotStateSql.Sqlite.In(reuse));
                    return fails ? throw new InvalidOperationException("failed after writing") : count;
                }));
            }
            catch (InvalidOperationException)
            {
                counts.Add(-1);
            }
        }

        return counts;
    }

    private delegate Task<int> Step(DbConnection connection, DbTransaction transaction, BotStateSql sql);

    /// <summary>Five conversations over twelve turns each, as the queue sees them: the state row written (inserted, then
    /// updated over its last ETag), one stale update, the funnel's journey row, and two states deleted.</summary>
    private static List<Step> Script()
    {
        var steps = new List<Step>();
        var etags = new Dictionary<string, string>();
        var tracks = new Dictionary<int, FunnelTrack?>();
        var prompts = new[] { FunnelStep.Consent, FunnelStep.Name, FunnelStep.Email, FunnelStep.Company, FunnelStep.Need };
        for (var turn = 0; turn < 12; turn++)
        {
            for (var c = 0; c < 5; c++)
            {
                var key = $"emulator/conversations/c-{c}";
                var json = $"{{\"turn\":{turn},\"c\":{c}}}";
                var etag = $"e-{turn}-{c}";
                var now = Start.AddSeconds(turn * 10 + c);
                var old = etags.GetValueOrDefault(key);
                steps.Add((connection, transaction, sql) => old is null
                    ? sql.WriteAsync(connection, transaction, BotStateSql.InsertIfAbsent, key, json, etag, now, null, default)
                    : sql.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, key, json, etag, now, old, default));
                etags[key] = etag;

                var step = prompts[Math.Min(turn / 2, prompts.Length - 1)];
                var change = FunnelObserver.Observe(tracks.GetValueOrDefault(c), new TurnFacts(now, true, ConversationCommand.None,
                    [new AskedPrompt(step, null, turn % 3 == 2)], false, null))!;
                tracks[c] = change.Track;
                var write = new FunnelWrite([JourneyDelta.Of(change, c == 0 && turn == 0 ? JourneySource.From("newsletter", "mail", "herbst", "https://example.com/p", null) : JourneySource.None,
                    "emulator", c % 2 == 0 ? "de" : "en", now)]);
                steps.Add(async (connection, transaction, sql) =>
                {
                    await write.WriteAsync(connection, transaction, sql, default);
                    return 1;
                });
            }

            if (turn == 6)
            {
                steps.Add((connection, transaction, sql) =>
                    sql.WriteAsync(connection, transaction, BotStateSql.UpdateIfETag, "emulator/conversations/c-1", "{}", "stale", Start, "e-0-1", default));
            }
        }

        steps.Add((connection, transaction, sql) => sql.DeleteAsync(connection, transaction, ["emulator/conversations/c-3", "emulator/conversations/c-4"], default));
        return steps;
    }

    private static async Task<List<int>> RunAsync(StorageTestDatabase db, List<Step> script, bool reuse)
    {
        var database = db.Services.GetRequiredService<BotStateDatabase>();
        await using var lease = await database.OpenAsync(default);
        await using var transaction = await lease.Connection.BeginTransactionAsync();
        var counts = new List<int>();
        foreach (var step in script)
        {
            counts.Add(await step(lease.Connection, transaction, BotStateSql.Sqlite));
        }

        await transaction.CommitAsync();
        return counts;
    }

    private static async Task<(List<int> Counts, int Created)> RunWithReuseAsync(StorageTestDatabase db, List<Step> script)
    {
        var database = db.Services.GetRequiredService<BotStateDatabase>();
        await using var lease = await database.OpenAsync(default);
        await using var transaction = await lease.Connection.BeginTransactionAsync();
        await using var reuse = new CommandReuse(lease.Connection);
        var sql = BotStateSql.Sqlite.In(reuse);
        var counts = new List<int>();
        foreach (var step in script)
        {
            counts.Add(await step(lease.Connection, transaction, sql));
        }

        await transaction.CommitAsync();
        return (counts, reuse.Created);
    }

    /// <summary>Every row of the tables the script writes, as text.</summary>
    private static async Task<string> DumpAsync(StorageTestDatabase db)
    {
        var database = db.Services.GetRequiredService<BotStateDatabase>();
        await using var lease = await database.OpenAsync(default);
        var text = new StringBuilder();
        foreach (var (table, order) in new[] { ("BotState", "\"Key\""), (FunnelModel.JourneysTable, "\"Id\""), (FunnelModel.EventsTable, "\"Id\"") })
        {
            await using var command = lease.Connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(table).Append(':');
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(' ').Append(reader.GetName(i)).Append('=').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
