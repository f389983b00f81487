using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The BotState statements every turn runs, as plain parameterized SQL built once per provider: EF's
/// <c>ExecuteUpdateAsync</c> and LINQ build and compile expression trees on every call, which on this path cost more
/// than the statements themselves. Both SQLite and PostgreSQL understand quoted identifiers and <c>INSERT … ON CONFLICT</c>.
/// </summary>
internal sealed class BotStateSql
{
    private const int CachedKeyCounts = 8;

    public static readonly BotStateSql Sqlite = new(true);
    public static readonly BotStateSql PostgreSql = new(false);

    private readonly string[] selectKeys = new string[CachedKeyCounts + 1];
    private readonly string[] deleteKeys = new string[CachedKeyCounts + 1];
    private readonly CommandReuse? reuse;

    private BotStateSql(bool isSqlite)
    {
        IsSqlite = isSqlite;
        for (var n = 1; n <= CachedKeyCounts; n++)
        {
            selectKeys[n] = BuildSelect(n);
            deleteKeys[n] = BuildDelete(n);
        }
    }

    private BotStateSql(BotStateSql statements, CommandReuse reuse)
    {
        IsSqlite = statements.IsSqlite;
        selectKeys = statements.selectKeys;
        deleteKeys = statements.deleteKeys;
        this.reuse = reuse;
    }

    public bool IsSqlite { get; }

    /// <summary>The same statements, run on the commands of one write batch (<see cref="CommandReuse"/>).</summary>
    public BotStateSql In(CommandReuse batch) => new(this, batch);

    /// <summary>A command for <paramref name="text"/>: the batch's own when this runs in one, else a fresh one.</summary>
    public Statement Statement(DbConnection connection, DbTransaction? transaction, string text) =>
        reuse is not null ? new Statement(reuse.Take(connection, transaction, text), kept: true) : new Statement(Command(connection, transaction, text), kept: false);

    public const string UpdateIfETag =
        "UPDATE \"BotState\" SET \"Json\" = @j, \"ETag\" = @e, \"UpdatedAt\" = @t WHERE \"Key\" = @k AND \"ETag\" = @old";

    public const string TouchIfETag =
        "UPDATE \"BotState\" SET \"ETag\" = @e, \"UpdatedAt\" = @t WHERE \"Key\" = @k AND \"ETag\" = @old";

    public const string Upsert =
        "INSERT INTO \"BotState\" (\"Key\", \"Json\", \"ETag\", \"UpdatedAt\") VALUES (@k, @j, @e, @t) " +
        "ON CONFLICT (\"Key\") DO UPDATE SET \"Json\" = excluded.\"Json\", \"ETag\" = excluded.\"ETag\", \"UpdatedAt\" = excluded.\"UpdatedAt\"";

    public const string InsertIfAbsent =
        "INSERT INTO \"BotState\" (\"Key\", \"Json\", \"ETag\", \"UpdatedAt\") VALUES (@k, @j, @e, @t) ON CONFLICT (\"Key\") DO NOTHING";

    public const string DeleteIfETag = "DELETE FROM \"BotState\" WHERE \"Key\" = @k AND \"ETag\" = @old";

    public static BotStateSql For(DbContext context) => context.Database.IsSqlite() ? Sqlite : PostgreSql;

    public string SelectKeys(int count) => count <= CachedKeyCounts ? selectKeys[count] : BuildSelect(count);

    public string DeleteKeys(int count) => count <= CachedKeyCounts ? deleteKeys[count] : BuildDelete(count);

    /// <summary>The stored form of a time: UTC ticks on SQLite (the model's converter), a UTC timestamptz on PostgreSQL.</summary>
    public object Time(DateTimeOffset value) => IsSqlite ? value.UtcTicks : value.ToUniversalTime();

    public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => IsSqlite
        ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero)
        : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        return command;
    }

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The rows of <paramref name="keys"/> (absent keys have none).</summary>
    public async Task<Dictionary<string, StoredRow>> ReadAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, StoredRow>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return rows;
        }

        await using var statement = Statement(connection, transaction, SelectKeys(keys.Count));
        var command = statement.Command;
        for (var i = 0; i < keys.Count; i++)
        {
            Add(command, KeyParameter(i), keys[i]);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            var etag = reader.GetString(2);
            rows[key] = new StoredRow(reader.GetString(1), etag, ReadTime(reader, 3));
        }

        return rows;
    }

    public async Task<int> WriteAsync(DbConnection connection, DbTransaction? transaction, string text, string key, string? json, string etag, DateTimeOffset now, string? oldETag, CancellationToken cancellationToken)
    {
        await using var statement = Statement(connection, transaction, text);
        var command = statement.Command;
        Add(command, "@k", key);
        if (json is not null)
        {
            Add(command, "@j", json);
        }

        Add(command, "@e", etag);
        Add(command, "@t", Time(now));
        if (oldETag is not null)
        {
            Add(command, "@old", oldETag);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var statement = Statement(connection, transaction, DeleteKeys(keys.Count));
        var command = statement.Command;
        for (var i = 0; i < keys.Count; i++)
        {
            Add(command, KeyParameter(i), keys[i]);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> DeleteIfAsync(DbConnection connection, DbTransaction? transaction, string key, string etag, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, DeleteIfETag);
        Add(command, "@k", key);
        Add(command, "@old", etag);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static readonly ConcurrentDictionary<int, string> KeyParameters = new();

    private static string KeyParameter(int index) => index < 16 ? ParameterNames[index] : KeyParameters.GetOrAdd(index, static i => "@k" + i);

    private static readonly string[] ParameterNames = Enumerable.Range(0, 16).Select(i => "@k" + i).ToArray();

    private static string InList(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "@k" + i));

    private static string BuildSelect(int count) =>
        $"SELECT \"Key\", \"Json\", \"ETag\", \"UpdatedAt\" FROM \"BotState\" WHERE \"Key\" IN ({InList(count)})";

    private static string BuildDelete(int count) => $"DELETE FROM \"BotState\" WHERE \"Key\" IN ({InList(count)})";
}

internal readonly record struct StoredRow(string Json, string ETag, DateTimeOffset UpdatedAt);
