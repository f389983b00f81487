using System.Data.Common;

namespace LeadBot.Bot.Storage;

/// <summary>
/// The commands of the SQLite write queue's connection, by their SQL text. Every turn runs the same few statements (its
/// savepoint, the state update, the activity record, the funnel's update), and SQLite compiles a statement each time a
/// new command runs it; the write queue runs its batches on one kept connection, so keeping each command compiles each
/// statement once. Disposed (and with it every statement) before the connection closes.
/// </summary>
internal sealed class CommandReuse(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>How many commands were created (one per distinct statement of the batch).</summary>
    public int Created => commands.Count;

    /// <summary>The batch's command for <paramref name="text"/>, without parameters, in <paramref name="transaction"/>.</summary>
    public DbCommand Take(DbConnection on, DbTransaction? transaction, string text)
    {
        if (!ReferenceEquals(on, connection))
        {
            throw new InvalidOperationException("A batch's commands belong to the batch's connection.");
        }

        if (commands.TryGetValue(text, out var command))
        {
            command.Parameters.Clear();
        }
        else
        {
            command = connection.CreateCommand();
            command.CommandText = text;
            commands.Add(text, command);
        }

        command.Transaction = transaction;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        commands.Clear();
    }
}

/// <summary>A command for one statement: the batch's own (kept when done) or a fresh one (disposed when done).</summary>
internal readonly struct Statement(DbCommand command, bool kept) : IAsyncDisposable
{
    public DbCommand Command => command;

    public ValueTask DisposeAsync() => kept ? ValueTask.CompletedTask : command.DisposeAsync();
}
