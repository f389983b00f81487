using LeadBot.Bot.Storage;

namespace LeadBot.Bot.Webhooks;

/// <summary>Wakes this process's <see cref="WebhookWorker"/> as soon as an event was committed.</summary>
public sealed class WebhookSignal : WakeSignal
{
    /// <summary>An event was committed.</summary>
    public void Notify() => Wake();
}
