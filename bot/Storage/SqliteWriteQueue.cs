using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Group commit for the SQLite file, one instance per process (a DI singleton). SQLite has one writer at a time, and
/// writers on separate connections that collide on its lock sleep in its busy handler while the lock is mostly free;
/// here they queue in-process instead: whoever holds the gate applies up to <see cref="MaxBatch"/> queued writes in one
/// transaction, each in its own savepoint, so a write that fails (an ETag conflict) is rolled back alone and its
/// exception reaches its own caller only. The busy timeout stays for other processes on the same file.
/// </summary>
public sealed class SqliteWriteQueue
{
    private const int MaxBatch = 64;

    private const long CheckpointInterval = 250;

    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastCheckpoint = Environment.TickCount64;
    private int checkpointing;
    private readonly ConcurrentQueue<IWork> pending = new();

    /// <summary>Runs <paramref name="work"/> inside a (shared) write transaction on a connection from <paramref name="open"/>;
    /// <paramref name="work"/> gets the batch's <see cref="CommandReuse"/>: statements it runs through it are compiled once
    /// per batch.</summary>
    internal async Task<T> RunAsync<T>(Func<CancellationToken, Task<StorageLease>> open, Func<DbConnection, DbTransaction, CommandReuse, Task<T>> work)
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
    internal async Task<T> RunExclusiveAsync<T>(Func<Task<T>> work)
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
            await using var reuse = new CommandReuse(connection);
            if (batch.Count == 1)
            {
                if (await batch[0].RunAsync(connection, transaction, reuse).ConfigureAwait(false))
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
                    await RunStatementAsync(reuse, connection, transaction, "SAVEPOINT w").ConfigureAwait(false);
                    if (!await work.RunAsync(connection, transaction, reuse).ConfigureAwait(false))
                    {
                        await RunStatementAsync(reuse, connection, transaction, "ROLLBACK TO w").ConfigureAwait(false);
                    }

                    await RunStatementAsync(reuse, connection, transaction, "RELEASE w").ConfigureAwait(false);
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
    /// <see cref="CheckpointInterval"/> ms, so that no committing writer runs SQLite's automatic checkpoint with every
    /// queued writer waiting behind it; the raised <c>wal_autocheckpoint</c> (<see cref="SqlitePragmaInterceptor"/>)
    /// stays as the backstop.
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

    private static Task<int> RunStatementAsync(CommandReuse reuse, DbConnection connection, DbTransaction transaction, string text) =>
        reuse.Take(connection, transaction, text).ExecuteNonQueryAsync();

    private interface IWork
    {
        /// <summary>Runs the write; false when it threw (kept for <see cref="Publish"/>).</summary>
        Task<bool> RunAsync(DbConnection connection, DbTransaction transaction, CommandReuse reuse);

        void Fail(Exception exception);

        void Publish();
    }

    private sealed class Work<T>(Func<DbConnection, DbTransaction, CommandReuse, Task<T>> work) : IWork
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Exception? error;
        private T? result;

        public Task<T> Task => completion.Task;

        public async Task<bool> RunAsync(DbConnection connection, DbTransaction transaction, CommandReuse reuse)
        {
            try
            {
                result = await work(connection, transaction, reuse).ConfigureAwait(false);
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
