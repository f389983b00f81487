namespace LeadBot.Bot.Webhooks;

/// <summary>Wakes this process's <see cref="WebhookWorker"/> as soon as an event was committed; other instances find it
/// on their next poll. Wake-ups coalesce into one more pass.</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
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

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
