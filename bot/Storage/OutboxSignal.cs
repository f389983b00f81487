namespace LeadBot.Bot.Storage;

/// <summary>
/// Wakes the Teams outbox worker of this process as soon as a notification was committed (or a team was installed).
/// While the bot is in no team the worker sets <see cref="WakeOnNewNotifications"/> to false: a new notification could
/// not be posted anyway, so only an installation (<see cref="NotifyInstalled"/>) or the poll wakes it.
/// </summary>
public sealed class OutboxSignal : WakeSignal
{
    private volatile bool _wakeOnNewNotifications = true;

    /// <summary>Whether <see cref="Notify"/> wakes the worker (true unless the worker found no team to post to).</summary>
    public bool WakeOnNewNotifications
    {
        get => _wakeOnNewNotifications;
        set => _wakeOnNewNotifications = value;
    }

    /// <summary>A notification was committed.</summary>
    public void Notify()
    {
        if (_wakeOnNewNotifications)
        {
            Wake();
        }
    }

    /// <summary>The bot was installed in a team (waiting notifications can go out now): always wakes the worker.</summary>
    public void NotifyInstalled() => Wake();
}
