namespace LeadBot.Bot.Storage;

/// <summary>
/// Wakes a worker of this process as soon as there is work, so it does not wait for its next poll; other instances find
/// the work on their poll. Wake-ups coalesce: however many arrive while the worker is busy, they cause one more pass.
/// </summary>
public class WakeSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Waits until the worker is woken or <paramref name="timeout"/> passes.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    protected void Wake()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }
}
