using System.Collections.Concurrent;
using System.Data.Common;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Connections kept open for the bot's state reads on SQLite, each with its compiled statements
/// (<see cref="CommandReuse"/>): every turn reads its state rows, and a read on a kept connection neither takes a
/// connection from the provider's pool nor compiles its SELECT again. At most <see cref="MaxIdle"/> idle connections are
/// kept; a read that fails drops its connection.
/// </summary>
internal sealed class SqliteReaders(Func<CancellationToken, Task<StorageLease>> open, bool keep = true) : IAsyncDisposable
{
    /// <summary>About the turns that read at the same moment on a busy instance; more are opened when needed and closed
    /// after their read.</summary>
    private const int MaxIdle = 16;

    private readonly ConcurrentBag<Reader> idle = [];
    private int idleCount;
    private int compiledByClosed;
    private volatile bool disposed;

    /// <summary>How many statements the reads compiled (for tests).</summary>
    internal int StatementsCompiled => compiledByClosed + idle.Sum(r => r.Statements?.Created ?? 0);

    /// <summary>Runs <paramref name="read"/> on a connection; the <see cref="CommandReuse"/> it gets is the connection's own
    /// (null when connections are not kept).</summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, CommandReuse?, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!keep)
        {
            await using var lease = await open(cancellationToken).ConfigureAwait(false);
            return await read(lease.Connection, null).ConfigureAwait(false);
        }

        Reader reader;
        if (idle.TryTake(out var kept))
        {
            Interlocked.Decrement(ref idleCount);
            reader = kept;
        }
        else
        {
            var lease = await open(cancellationToken).ConfigureAwait(false);
            reader = new Reader(lease, new CommandReuse(lease.Connection));
        }

        T result;
        try
        {
            result = await read(reader.Lease.Connection, reader.Statements).ConfigureAwait(false);
        }
        catch
        {
            await CloseAsync(reader).ConfigureAwait(false);
            throw;
        }

        if (disposed || Interlocked.Increment(ref idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref idleCount);
            await CloseAsync(reader).ConfigureAwait(false);
        }
        else
        {
            idle.Add(reader);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        while (idle.TryTake(out var reader))
        {
            Interlocked.Decrement(ref idleCount);
            await CloseAsync(reader).ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(Reader reader)
    {
        Interlocked.Add(ref compiledByClosed, reader.Statements?.Created ?? 0);
        try
        {
            if (reader.Statements is { } statements)
            {
                await statements.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await reader.Lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed record Reader(StorageLease Lease, CommandReuse? Statements);
}
