namespace LeadBot.Bot.Storage;

/// <summary>
/// The loop shared by the workers that deliver an outbox table (Teams cards, webhook events): a pass delivers what is
/// due, then the worker sleeps until its signal wakes it or the poll passes. A failed pass (the database briefly
/// unavailable) is logged and tried again; nothing is dropped. Rows are leased under <see cref="WorkerId"/>, so several
/// instances share one table; on shutdown a delivery in flight is finished, then this instance's leases are released so
/// another instance can take them at once instead of after the lease expires.
/// </summary>
public abstract class LeasedOutboxWorker(WakeSignal signal, ILogger logger) : BackgroundService
{
    private long passesCompleted;

    /// <summary>What the log calls this worker ("Teams outbox", "webhook").</summary>
    protected abstract string WorkerName { get; }

    /// <summary>How long the worker sleeps when nothing wakes it.</summary>
    protected abstract TimeSpan Poll { get; }

    /// <summary>Whether there is anything to deliver to at all; when not, the worker does not run.</summary>
    protected virtual bool HasReceivers => true;

    /// <summary>How many passes over the outbox this worker has finished, delivered or failed: once one has finished that
    /// began after a given moment, everything due at that moment has been delivered or tried.</summary>
    public long PassesCompleted => Interlocked.Read(ref passesCompleted);

    /// <summary>This worker's lease owner id (unique per instance, also per host in one process).</summary>
    public string WorkerId { get; } = NewWorkerId();

    protected ILogger Logger { get; } = logger;

    /// <summary>One pass: every due row this instance manages to lease is delivered (or rescheduled).</summary>
    internal abstract Task DeliverDueAsync(CancellationToken stoppingToken);

    /// <summary>Gives back the rows still leased under <paramref name="owner"/>.</summary>
    protected abstract Task ReleaseLeasesAsync(string owner, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host starts background services one after another; the first pass must not hold up the others.
        await Task.Yield();
        if (!HasReceivers)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // One failed pass must not stop delivery; the rows stay due for the next.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Logger.LogError("The {Worker} worker failed ({ExceptionType}); it tries again. Stack: {StackTrace}",
                    WorkerName, exception.GetType().FullName, exception.StackTrace);
            }

            Interlocked.Increment(ref passesCompleted);

            try
            {
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await ReleaseLeasesAsync(WorkerId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Logger.LogWarning("Could not release the {Worker} leases on shutdown ({ExceptionType}); they expire by themselves.",
                WorkerName, exception.GetType().Name);
        }
    }

    private static string NewWorkerId()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return id.Length <= 128 ? id : id[^128..];
    }
}
