using LeadBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// The journey changes of committed turns that wait to be written: merged per journey in memory and written every
/// Funnel:WriteEveryMilliseconds in one transaction (<see cref="FunnelWrite"/>), so a conversation's turns cost one
/// row change per interval instead of one per turn. Only a committed turn's change gets here (it is added after the
/// commit), and readers of the funnel (the dashboard, the maintenance job) write what waits first. A crash loses at most
/// the last interval of funnel facts, never a lead: the turn that stores the lead writes its journey in its own
/// transaction.
/// </summary>
public sealed class PendingJourneys(BotStateDatabase database)
{
    /// <summary>Journeys written per transaction: bounds how long one write holds SQLite's write lock.</summary>
    private const int BatchSize = 32;

    /// <summary>Failed writes after which a change is given up: one the database refuses must not block the others for ever.</summary>
    internal const int MaxFailedWrites = 30;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim writing = new(1, 1);
    private Dictionary<long, JourneyDelta> waiting = [];
    private List<FunnelEvent> rows = [];
    private int rowFailures;

    /// <summary>How many journeys have changes waiting.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    internal void Add(JourneyDelta delta)
    {
        lock (gate)
        {
            AddLocked(delta);
        }
    }

    private void AddLocked(JourneyDelta delta)
    {
        if (waiting.TryGetValue(delta.Id, out var known))
        {
            known.Merge(delta);
        }
        else
        {
            waiting[delta.Id] = delta;
        }
    }

    /// <summary>Event rows of committed turns (the stage a stored lead reached) for the next write: inserted with the
    /// journeys' batch, so a lead's turn does not touch the events table and its indexes on its own.</summary>
    internal void AddRows(IEnumerable<FunnelEvent> events)
    {
        lock (gate)
        {
            rows.AddRange(events);
        }
    }

    /// <summary>Takes the change waiting for journey <paramref name="id"/> out, for a turn that writes the journey itself;
    /// null when none waits (or it is being written right now: then both writes merge in the row).</summary>
    internal JourneyDelta? Take(long id)
    {
        lock (gate)
        {
            return waiting.Remove(id, out var delta) ? delta : null;
        }
    }

    /// <summary>Writes every change waiting now; on failure they wait again (merged with newer ones; given up after
    /// <see cref="MaxFailedWrites"/> failures) and the error is thrown.</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<JourneyDelta> taken;
            List<FunnelEvent> takenRows;
            lock (gate)
            {
                if (waiting.Count == 0 && rows.Count == 0)
                {
                    return;
                }

                taken = [.. waiting.Values];
                waiting = [];
                takenRows = rows;
                rows = [];
            }

            // The event rows go with the first batch; with no journey waiting they are that batch.
            for (var i = 0; i == 0 || i < taken.Count; i += BatchSize)
            {
                var batch = taken.GetRange(i, Math.Min(BatchSize, taken.Count - i));
                var batchRows = i == 0 ? takenRows : [];
                try
                {
                    await database.WriteAsync(async (connection, transaction, sql) =>
                    {
                        await FunnelWrite.WriteEventRowsAsync(connection, transaction, sql, batchRows, cancellationToken).ConfigureAwait(false);
                        await new FunnelWrite(batch).WriteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                        return true;
                    }, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    lock (gate)
                    {
                        if (batchRows.Count > 0 && ++rowFailures < MaxFailedWrites)
                        {
                            rows.InsertRange(0, batchRows);
                        }

                        foreach (var delta in taken.Skip(i))
                        {
                            if (++delta.FailedWrites < MaxFailedWrites)
                            {
                                AddLocked(delta);
                            }
                        }
                    }

                    throw;
                }

                if (batchRows.Count > 0)
                {
                    rowFailures = 0;
                }
            }
        }
        finally
        {
            writing.Release();
        }
    }
}

/// <summary>Writes <see cref="PendingJourneys"/> every Funnel:WriteEveryMilliseconds (real time: it is a write delay,
/// not a business time), and once more when the host stops.</summary>
internal sealed class PendingJourneysService(PendingJourneys pending, IOptions<FunnelOptions> options, ILogger<PendingJourneysService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMilliseconds(options.Value.WriteEveryMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, stoppingToken).ConfigureAwait(false);
                await pending.WriteAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed write (database briefly unavailable) keeps the changes for the next one.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogWarning("Funnel: writing {Count} journey change(s) failed, trying again: {ExceptionType}", pending.Count, exception.GetType().FullName);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await pending.WriteAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Stopping goes on; what could not be written is lost (funnel facts only).
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning("Funnel: {Count} journey change(s) could not be written at shutdown: {ExceptionType}", pending.Count, exception.GetType().FullName);
        }
    }
}
