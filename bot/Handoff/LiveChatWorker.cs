using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// Runs on every instance, every LiveChat:PollSeconds: a request nobody accepted before its deadline times out (the
/// prospect is offered a callback, the request card says so), and an active chat in which nobody wrote for
/// LiveChat:IdleMinutes is handed back to the bot. Each change is a conditional update, so of several instances exactly
/// one acts on a chat.
/// </summary>
public sealed class LiveChatWorker(LiveChatStore store, LiveChatFlow flow, IOptions<LiveChatOptions> options, TimeProvider clock, ILogger<LiveChatWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var period = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(period, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed pass (the database briefly unavailable) must not stop the timeouts.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError("The live chat worker failed ({ExceptionType}); it tries again.", exception.GetType().FullName);
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>One pass: times out expired requests, ends idle chats.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var chat in await store.ExpiredRequestsAsync(now, cancellationToken))
        {
            await flow.TimeOutAsync(chat, cancellationToken);
        }

        foreach (var chat in await store.IdleChatsAsync(now.AddMinutes(-options.Value.IdleMinutes), cancellationToken))
        {
            await flow.EndAsync(chat, LiveChatFlow.EndedIdle, cancellationToken);
        }
    }
}
