using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using LeadBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Webhooks;

/// <summary>
/// Delivers the webhook outbox: every instance runs one; an event is leased with a conditional UPDATE before it is sent,
/// so two instances never send the same event (a process that dies after the receiver took an event but before it was
/// marked delivered sends it again after the lease expires: receivers de-duplicate on the event id). Each attempt is
/// signed anew (<see cref="WebhookSignature"/>). A 2xx answer delivers it; anything else (another status, a timeout,
/// no connection) is retried with exponential backoff and jitter, after a 429/503's Retry-After when that is longer,
/// until <see cref="WebhookOptions.MaxAttempts"/>, then the event is dead-lettered for the dashboard. Redirects are not
/// followed (the configured address is the receiver). The payload is never logged.
/// </summary>
public sealed class WebhookWorker(
    WebhookStore store,
    WebhookSignal signal,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookWorker> logger) : LeasedOutboxWorker(signal, logger)
{
    public const string HttpClientName = "LeadBotWebhooks";
    internal const int BatchSize = 20;

    protected override string WorkerName => "webhook";

    protected override TimeSpan Poll => TimeSpan.FromSeconds(options.Value.PollSeconds);

    protected override bool HasReceivers => options.Value.Endpoints.Count > 0;

    protected override Task ReleaseLeasesAsync(string owner, CancellationToken cancellationToken) =>
        store.ReleaseLeasesAsync(owner, cancellationToken);

    /// <summary>One pass: every due event this instance manages to lease is sent (or rescheduled), batch after batch.</summary>
    internal override async Task DeliverDueAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var endpoints = o.Endpoints.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<WebhookDelivery> due;
        do
        {
            due = await store.GetDueAsync(clock.GetUtcNow(), BatchSize, stoppingToken);
            foreach (var delivery in due)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                var now = clock.GetUtcNow();
                if (!await store.TryLeaseAsync(delivery.Id, WorkerId, now, now.AddSeconds(o.LeaseSeconds), stoppingToken))
                {
                    continue; // another instance has it
                }

                // From here on the lease is ours: finish what we started even when the host is stopping.
                if (!endpoints.TryGetValue(delivery.Webhook, out var endpoint))
                {
                    // The receiver was removed from the configuration: nothing can deliver it, so it is dead-lettered.
                    await store.RecordFailureAsync(delivery.Id, WorkerId, now, now, dead: true, null, "no webhook of this name is configured", 0, CancellationToken.None);
                    continue;
                }

                await SendLeasedAsync(delivery, endpoint, o);
            }
        }
        while (due.Count == BatchSize && !stoppingToken.IsCancellationRequested);
    }

    private async Task SendLeasedAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookOptions o)
    {
        var none = CancellationToken.None;
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var started = Stopwatch.GetTimestamp();
        int? status = null;
        string? error = null;
        TimeSpan? retryAfter = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
            {
                Content = new ByteArrayContent(body),
            };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Create(endpoint.Secret, clock.GetUtcNow(), body));
            request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId.ToString("D"));
            request.Headers.Add(WebhookSignature.EventTypeHeader, delivery.EventType);
            request.Headers.UserAgent.ParseAdd("LeadBot-Webhooks/1.0");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(o.SendTimeoutSeconds));
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var delivered = await store.MarkDeliveredAsync(delivery.Id, WorkerId, clock.GetUtcNow(), status.Value, Elapsed(started), none);
                if (delivered)
                {
                    Logger.LogInformation("Delivered {EventType} {EventId} of lead {LeadId} to webhook {Webhook} ({Status}) after {Attempts} failed attempt(s).",
                        delivery.EventType, delivery.EventId, delivery.LeadId, delivery.Webhook, status, delivery.Attempts);
                }
                else
                {
                    Logger.LogError("Webhook {Webhook} took event {EventId}, but the lease had been lost; it may have been sent twice.", delivery.Webhook, delivery.EventId);
                }

                return;
            }

            error = string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");
            retryAfter = RetryAfter(response);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            error = exception is OperationCanceledException ? "timeout" : exception.GetType().Name
                + (exception is HttpRequestException { HttpRequestError: var kind } ? $" ({kind})" : "");
        }

        var attempts = delivery.Attempts + 1;
        var dead = attempts >= o.MaxAttempts;
        var delay = OutboxBackoff.Next(delivery.Attempts, o.InitialBackoffSeconds, o.MaxBackoffSeconds, retryAfter);
        var now = clock.GetUtcNow();
        await store.RecordFailureAsync(delivery.Id, WorkerId, now, now + delay, dead, status, error ?? "failed", Elapsed(started), none);
        if (dead)
        {
            Logger.LogWarning("Webhook {Webhook}: event {EventId} of lead {LeadId} dead-lettered after {Attempts} attempts ({Error}).",
                delivery.Webhook, delivery.EventId, delivery.LeadId, attempts, error);
        }
        else
        {
            Logger.LogWarning("Webhook {Webhook}: event {EventId} of lead {LeadId} failed ({Error}), attempt {Attempt}; next try in {Delay:0.###} s.",
                delivery.Webhook, delivery.EventId, delivery.LeadId, error, attempts, delay.TotalSeconds);
        }
    }

    private static int Elapsed(long started) => (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta;
        }

        return header.Date is { } date && date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : null;
    }
}
