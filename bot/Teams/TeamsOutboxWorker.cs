using System.Globalization;
using System.Net;
using LeadBot.Bot.Storage;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>
/// Delivers the outbox: posts each new MQL's card to the sales channel. Every instance runs one; a notification is
/// leased with a conditional UPDATE before it is posted, so two instances never post the same card. A failed post is
/// retried with exponential backoff (capped at Teams:MaxBackoffSeconds, forever: nothing is dropped), a 429 after the
/// Retry-After it names. Delivery is recorded once, with where the card went, so the card can be updated later.
/// Cards go to the configured sales channel only (<see cref="TeamsNotifier.ResolveTargetAsync"/>). Nothing is posted
/// while the bot is not installed in that channel's team: the notification stays due (not leased, not rescheduled) and
/// is posted once the bot is installed there. A pass looks for a team once, before it leases anything, so while there is none a pass is
/// that one query, and new notifications do not wake the worker (<see cref="OutboxSignal.WakeOnNewNotifications"/>):
/// only an installation or the poll does.
/// On shutdown a post in flight is finished (it is not cancelled), then the instance's leases are released.
/// </summary>
public sealed class TeamsOutboxWorker(
    TeamsStore store,
    EfLeadRepository leads,
    TeamsNotifier notifier,
    OutboxSignal signal,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<TeamsOutboxWorker> logger) : LeasedOutboxWorker(signal, logger)
{
    internal const int BatchSize = 20;

    /// <summary>Whether the last pass found a team to post to (null before the first pass); for logging the change once.</summary>
    private bool? hadTeam;

    /// <summary>The signal as the Teams outbox knows it, to stop new notifications from waking a worker with no team.</summary>
    private readonly OutboxSignal outboxSignal = signal;

    protected override string WorkerName => "Teams outbox";

    protected override TimeSpan Poll => TimeSpan.FromSeconds(options.Value.OutboxPollSeconds);

    protected override Task ReleaseLeasesAsync(string owner, CancellationToken cancellationToken) =>
        store.ReleaseLeasesAsync(owner, cancellationToken);

    /// <summary>One pass: looks once for the team to post to; while there is none, leaves the due notifications as they
    /// are. Otherwise every due notification that this instance manages to lease is posted (or rescheduled), batch after
    /// batch until none is left.</summary>
    internal override async Task DeliverDueAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var target = await notifier.ResolveTargetAsync(stoppingToken);
        outboxSignal.WakeOnNewNotifications = target is not null;
        if (hadTeam != (target is not null))
        {
            if (target is null)
            {
                Logger.LogInformation(options.Value.IsConfigured
                    ? "The bot is not installed in the team of the configured sales channel yet: MQL cards stay in the outbox until it is."
                    : "Teams is not configured (Teams:TenantId, Teams:SalesChannelId): MQL cards stay in the outbox.");
            }

            hadTeam = target is not null;
        }

        if (target is null)
        {
            return;
        }

        IReadOnlyList<OutboxMessage> due;
        var failed = false;
        do
        {
            due = await store.GetDueAsync(clock.GetUtcNow(), BatchSize, stoppingToken);
            foreach (var message in due)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                var now = clock.GetUtcNow();
                if (!await store.TryLeaseAsync(message.Id, WorkerId, now, now.AddSeconds(o.LeaseSeconds), stoppingToken))
                {
                    continue; // another instance has it
                }

                // From here on the lease is ours: finish what we started even when the host is stopping.
                failed |= !await DeliverLeasedAsync(message, target, o);
            }

            // A full batch: more may be due (e.g. the cards that waited for the installation), so another batch at once.
            // Each row of this batch is now sent or leased by another instance, so the next query returns others. After a
            // failed post the rest waits for the poll (and its backoff), as a single batch always did.
        }
        while (due.Count == BatchSize && !failed && !stoppingToken.IsCancellationRequested);
    }

    /// <summary>Posts a leased notification to <paramref name="target"/>; false when the post failed and was rescheduled.</summary>
    private async Task<bool> DeliverLeasedAsync(OutboxMessage message, TeamsTarget target, TeamsOptions o)
    {
        var none = CancellationToken.None;
        var lead = await leads.FindAsync(message.LeadId, none);
        if (lead is null)
        {
            // Erased meanwhile (the row normally goes with the lead): nothing to announce.
            await store.MarkSentAsync(message.Id, WorkerId, clock.GetUtcNow(), target.ServiceUrl, target.ChannelId, "", "", none);
            return true;
        }

        PostedCard posted;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(o.SendTimeoutSeconds)))
        {
            try
            {
                posted = await notifier.PostAsync(lead, target, timeout.Token);
            }
            catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or OperationCanceledException
                                                  or Microsoft.Rest.HttpOperationException or Microsoft.Rest.SerializationException or InvalidOperationException)
            {
                var (delay, error) = RetryDelay(exception, message.Attempts, o);
                var next = clock.GetUtcNow() + delay;
                await store.ScheduleRetryAsync(message.Id, WorkerId, next, error, none);
                Logger.LogWarning("Posting the Teams card of lead {LeadId} failed ({Error}), attempt {Attempt}; next try in {Delay:0.###} s.",
                    message.LeadId, error, message.Attempts + 1, delay.TotalSeconds);
                return false;
            }
        }

        if (await store.MarkSentAsync(message.Id, WorkerId, clock.GetUtcNow(), target.ServiceUrl, target.ChannelId, posted.ConversationId, posted.ActivityId, none))
        {
            Logger.LogInformation("Posted the Teams card of lead {LeadId} after {Attempts} failed attempt(s).", message.LeadId, message.Attempts);
        }
        else
        {
            Logger.LogError("The Teams card of lead {LeadId} was posted, but the lease had been lost; it may have been posted twice.", message.LeadId);
        }

        return true;
    }

    /// <summary>The wait before the next attempt (<see cref="OutboxBackoff"/> from Teams:InitialBackoffSeconds up to
    /// Teams:MaxBackoffSeconds, a 429/503's Retry-After when longer) and the error as the outbox records it.</summary>
    internal static (TimeSpan Delay, string Error) RetryDelay(Exception exception, int previousAttempts, TeamsOptions o)
    {
        HttpStatusCode? status = null;
        TimeSpan? retryAfter = null;
        switch (exception)
        {
            case ErrorResponseException error when error.Response is not null:
                status = error.Response.StatusCode;
                retryAfter = RetryAfter(error.Response.Headers);
                break;
            case Microsoft.Rest.HttpOperationException operation when operation.Response is not null:
                status = operation.Response.StatusCode;
                retryAfter = RetryAfter(operation.Response.Headers);
                break;
        }

        var description = status is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)s}{(retryAfter is { } r ? $", Retry-After {r.TotalSeconds:0.###} s" : "")}")
            : exception.GetType().Name;
        return (OutboxBackoff.Next(previousAttempts, o.InitialBackoffSeconds, o.MaxBackoffSeconds, retryAfter), description);
    }

    private static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        if (headers is null)
        {
            return null;
        }

        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow is { } d && d > TimeSpan.Zero ? d : TimeSpan.Zero
            : null;
    }
}
