using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Group commit for one SQLite file in this process. SQLite has one writer at a time; concurrent writers on separate
/// connections used to collide on the write lock and sleep in SQLite's busy handler (1…100 ms back-off) while the lock
/// was mostly free. Here writers queue in-process instead: whoever holds the async gate drains the queue and applies up to
/// <see cref="MaxBatch"/> pending writes in ONE transaction (one <c>BEGIN IMMEDIATE … COMMIT</c>), each inside its own
/// savepoint, so a write that fails (an ETag conflict) is rolled back alone and reports its exception to its own caller
/// only. Callers whose write was applied by another gate holder just see their result. The busy timeout stays for other
/// processes on the same file.
/// </summary>
internal sealed class SqliteWriteQueue
{
    private const int MaxBatch = 64;
    private static readonly ConcurrentDictionary<string, SqliteWriteQueue> Queues = new(StringComparer.Ordinal);

    private const long CheckpointInterval = 250;

    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastCheckpoint = Environment.TickCount64;
    private int checkpointing;
    private readonly ConcurrentQueue<IWork> pending = new();

    /// <summary>The queue of the database <paramref name="connectionString"/> (one per file and process).</summary>
    public static SqliteWriteQueue For(string connectionString) => Queues.GetOrAdd(connectionString, static _ => new SqliteWriteQueue());

    /// <summary>Runs <paramref name="work"/> inside a (shared) write transaction on a connection from <paramref name="open"/>.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<StorageLease>> open, Func<DbConnection, DbTransaction, Task<T>> work)
    {
        var item = new Work<T>(work);
        pending.Enqueue(item);
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            while (!item.Task.IsCompleted && !pending.IsEmpty)
            {
                await DrainAsync(open).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }

        return await item.Task.ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> (its own transaction) while no other write of this process runs.</summary>
    public async Task<T> RunExclusiveAsync<T>(Func<Task<T>> work)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task DrainAsync(Func<CancellationToken, Task<StorageLease>> open)
    {
        var batch = new List<IWork>(Math.Min(MaxBatch, 16));
        while (batch.Count < MaxBatch && pending.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var lease = await open(CancellationToken.None).ConfigureAwait(false);
            var connection = lease.Connection;
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            if (batch.Count == 1)
            {
                if (await batch[0].RunAsync(connection, transaction).ConfigureAwait(false))
                {
                    await transaction.CommitAsync().ConfigureAwait(false);
                }
                else
                {
                    await transaction.RollbackAsync().ConfigureAwait(false);
                }
            }
            else
            {
                foreach (var work in batch)
                {
                    await transaction.SaveAsync("w").ConfigureAwait(false);
                    if (await work.RunAsync(connection, transaction).ConfigureAwait(false))
                    {
                        await transaction.ReleaseAsync("w").ConfigureAwait(false);
                    }
                    else
                    {
                        await transaction.RollbackAsync("w").ConfigureAwait(false);
                        await transaction.ReleaseAsync("w").ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            // BEGIN, a savepoint or COMMIT failed: nothing of the batch is written.
            foreach (var work in batch)
            {
                work.Fail(exception);
            }
        }

        foreach (var work in batch)
        {
            work.Publish();
        }

        MaybeCheckpoint(open);
    }

    /// <summary>
    /// Checkpoints the WAL in the background (PASSIVE: never blocks a writer) at most every
    /// <see cref="CheckpointInterval"/>, so that the committing writer does not run SQLite's automatic checkpoint (copy
    /// the WAL into the database and fsync, every 1,000 pages by default: several times a second under load, with
    /// every queued writer waiting behind it). <c>wal_autocheckpoint</c> is raised accordingly
    /// (<see cref="SqlitePragmaInterceptor"/>) and stays as the backstop.
    /// </summary>
    private void MaybeCheckpoint(Func<CancellationToken, Task<StorageLease>> open)
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref lastCheckpoint) < CheckpointInterval || Interlocked.CompareExchange(ref checkpointing, 1, 0) != 0)
        {
            return;
        }

        Volatile.Write(ref lastCheckpoint, now);
        _ = Task.Run(async () =>
        {
            try
            {
                await using var lease = await open(CancellationToken.None).ConfigureAwait(false);
                await using var command = lease.Connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The next checkpoint (or SQLite's automatic one) catches up.
            }
            finally
            {
                Volatile.Write(ref checkpointing, 0);
            }
        });
    }

    private interface IWork
    {
        /// <summary>Runs the write; false when it threw (kept for <see cref="Publish"/>).</summary>
        Task<bool> RunAsync(DbConnection connection, DbTransaction transaction);

        void Fail(Exception exception);

        void Publish();
    }

    private sealed class Work<T>(Func<DbConnection, DbTransaction, Task<T>> work) : IWork
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Exception? error;
        private T? result;

        public Task<T> Task => completion.Task;

        public async Task<bool> RunAsync(DbConnection connection, DbTransaction transaction)
        {
            try
            {
                result = await work(connection, transaction).ConfigureAwait(false);
                return true;
            }
            catch (Exception exception)
            {
                error = exception;
                return false;
            }
        }

        public void Fail(Exception exception) => error ??= exception;

        public void Publish()
        {
            if (error is not null)
            {
                completion.TrySetException(error);
            }
            else
            {
                completion.TrySetResult(result!);
            }
        }
    }
}

/// <summary>An open connection (with the pooled context it belongs to, if any); disposing closes the connection
/// (back to the provider's pool) and returns the context.</summary>
internal sealed class StorageLease(LeadBotDbContext? context, DbConnection connection) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        if (context is null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
            return;
        }

        try
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }
}
