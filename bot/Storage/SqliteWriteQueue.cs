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
/// The batches run on one connection the queue keeps open, with the statements it compiled
/// (<see cref="CommandReuse"/>), so a statement is compiled once, not once per batch: the turn that stores a lead runs
/// long statements (the funnel's journey upsert) that would otherwise be compiled again inside the single writer.
/// </summary>
public sealed class SqliteWriteQueue : IAsyncDisposable
{
    private const int MaxBatch = 64;

    /// <summary>More distinct statements than the bot's own (their text varies only with a count of rows or keys) means
    /// something unusual is writing: the kept commands are then dropped and compiled afresh.</summary>
    private const int MaxKeptStatements = 128;

    private const long CheckpointInterval = 250;

    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastCheckpoint = Environment.TickCount64;
    private int checkpointing;
    private readonly ConcurrentQueue<IWork> pending = new();
    private readonly bool keepWriter;

    // The kept connection and its statements; touched only while holding the gate.
    private StorageLease? writer;
    private CommandReuse? statements;
    private bool disposed;

    public SqliteWriteQueue()
        : this(keepWriter: true)
    {
    }

    /// <param name="keepWriter">False runs every batch on a fresh pooled connection with its own statements (the stock
    /// path, for the tests that compare both).</param>
    internal SqliteWriteQueue(bool keepWriter) => this.keepWriter = keepWriter;

    private int compiledBefore;

    /// <summary>How many statements the queue has compiled since it started (for tests).</summary>
    internal int StatementsCompiled => compiledBefore + (statements?.Created ?? 0);

    /// <summary>Runs <paramref name="work"/> inside a (shared) write transaction on the queue's connection (opened with
    /// <paramref name="open"/> when there is none); <paramref name="work"/> gets the connection's
    /// <see cref="CommandReuse"/>: statements it runs through it are compiled once.</summary>
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
            var (connection, reuse) = await WriterAsync(open).ConfigureAwait(false);
            try
            {
                await RunBatchAsync(batch, connection, reuse).ConfigureAwait(false);
            }
            finally
            {
                if (!keepWriter)
                {
                    await DropWriterAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception)
        {
            // BEGIN, a savepoint or COMMIT failed: nothing of the batch is written, and the connection is not trusted with
            // the next batch.
            foreach (var work in batch)
            {
                work.Fail(exception);
            }

            await DropWriterAsync().ConfigureAwait(false);
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

    private static async Task RunBatchAsync(List<IWork> batch, DbConnection connection, CommandReuse reuse)
    {
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
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

            return;
        }

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

    /// <summary>The kept connection and its statements, opened on first use (or after a failed batch dropped them).</summary>
    private async Task<(DbConnection Connection, CommandReuse Statements)> WriterAsync(Func<CancellationToken, Task<StorageLease>> open)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (statements is { Created: > MaxKeptStatements })
        {
            await DropWriterAsync().ConfigureAwait(false);
        }

        if (writer is null || statements is null)
        {
            writer = await open(CancellationToken.None).ConfigureAwait(false);
            statements = new CommandReuse(writer.Connection);
        }

        return (writer.Connection, statements);
    }

    private async Task DropWriterAsync()
    {
        var (lease, reuse) = (writer, statements);
        compiledBefore += reuse?.Created ?? 0;
        (writer, statements) = (null, null);
        try
        {
            if (reuse is not null)
            {
                await reuse.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Closes the kept connection once the queued writes are done (the host disposes the queue at shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            disposed = true;
            await DropWriterAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
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
