using System.Net;
using System.Net.Sockets;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace LeadBot.Bot.Turns;

/// <summary>
/// Sends a committed turn's replies to the channel. A reply the connector does not take (5xx, 429, 408, a reset
/// connection, a timeout) is sent again after a backoff, or after the connector's Retry-After when it asks for one
/// (bounded by <see cref="TurnOptions.MaxRetryDelay"/>). What stays undelivered after
/// <see cref="TurnOptions.DeliveryAttempts"/>, or is refused (another 4xx), is kept in the activity's record for its
/// redelivery and listed for the conversation's next turn, and <see cref="ReplyDeliveryException"/> tells the channel (a
/// 503) to redeliver. Between two replies the record keeps only those not sent yet, so a redelivery never sends one twice.
/// </summary>
public sealed class ReplyDelivery(ITurnStore store, TurnOptions options, ILogger<ReplyDelivery> logger)
{
    /// <summary>How replies are kept in the record until delivered: without the many null properties of an activity.</summary>
    private static readonly JsonSerializerSettings RepliesSettings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static string Serialize(IReadOnlyList<Activity> replies) => JsonConvert.SerializeObject(replies, RepliesSettings);

    public static List<Activity> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonConvert.DeserializeObject<List<Activity>>(json) ?? [];

    /// <summary>Delivers <paramref name="replies"/> of the activity whose record is <paramref name="recordKey"/> (its ETag
    /// <paramref name="etag"/>; both null when the turn keeps no record) and completes the record.
    /// <paramref name="dropRefused"/>: a reply the channel refuses for good (a 4xx other than 408/429) is dropped
    /// instead of kept; used for an earlier activity's replies, which must not block the conversation for ever.</summary>
    public async Task DeliverAsync(ITurnContext turnContext, TurnKeys keys, string? recordKey, string? etag, IReadOnlyList<Activity> replies, bool dropRefused = false)
    {
        var record = recordKey is not null && etag is not null ? new RecordProgress(recordKey, etag) : null;
        for (var i = 0; i < replies.Count; i++)
        {
            var failure = await SendAsync(turnContext, replies, i, record, dropRefused).ConfigureAwait(false);
            if (failure is not null)
            {
                if (record is not null && keys.PendingKey is not null && failure.Reason != TakenOver)
                {
                    await store.DeferDeliveryAsync(record.Key, record.ETag, Serialize(replies.Skip(i).ToList()), keys.PendingKey, CancellationToken.None).ConfigureAwait(false);
                }

                logger.LogWarning("{Count} reply(ies) of conversation #{ConversationHash} could not be delivered ({Reason}, {ExceptionType}): left for the redelivery.",
                    replies.Count - i, LogIds.Conversation(turnContext.Activity), failure.Reason, failure.InnerException?.GetType().FullName);
                throw failure;
            }

            if (record is not null && i + 1 < replies.Count && !await KeepAsync(record, replies, i + 1).ConfigureAwait(false))
            {
                // Another instance took the record over (this one was too slow): it delivers the rest.
                return;
            }
        }

        if (record is not null)
        {
            await store.CompleteActivityAsync(record.Key, record.ETag, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private const string TakenOver = "taken over";

    /// <summary>The activity's record while its replies are sent: its key and current ETag.</summary>
    private sealed class RecordProgress(string key, string etag)
    {
        public string Key { get; } = key;

        public string ETag { get; set; } = etag;
    }

    /// <summary>Keeps the replies from <paramref name="from"/> on in the record (renewing it); false when the record was
    /// taken over meanwhile.</summary>
    private async Task<bool> KeepAsync(RecordProgress record, IReadOnlyList<Activity> replies, int from)
    {
        var etag = await store.KeepUndeliveredAsync(record.Key, record.ETag, Serialize(replies.Skip(from).ToList()), CancellationToken.None).ConfigureAwait(false);
        if (etag is null)
        {
            return false;
        }

        record.ETag = etag;
        return true;
    }

    /// <summary>Sends one reply, retrying what may pass later (a 4xx other than 408/429 does not get better by
    /// waiting, so it is not retried here). Null when it was delivered (or dropped); otherwise why it was not.</summary>
    private async Task<ReplyDeliveryException?> SendAsync(ITurnContext turnContext, IReadOnlyList<Activity> replies, int index, RecordProgress? record, bool dropRefused)
    {
        var reply = replies[index];
        for (var attempt = 1; ; attempt++)
        {
            Exception error;
            try
            {
                // Once committed, the replies are sent even when the request was aborted: the state has moved on.
                await turnContext.SendActivityAsync(reply, CancellationToken.None).ConfigureAwait(false);
                return null;
            }
            catch (Exception exception) when (IsTransient(exception))
            {
                error = exception;
            }
            catch (ErrorResponseException refused)
            {
                if (!dropRefused)
                {
                    return new ReplyDeliveryException(Describe(refused), null, refused);
                }

                logger.LogWarning("The channel refused an earlier reply of conversation #{ConversationHash} again ({Status}): dropped.",
                    LogIds.Conversation(turnContext.Activity), (int?)refused.Response?.StatusCode);
                return null;
            }

            var retryAfter = RetryAfterOf(error);
            var reason = Describe(error);
            if (attempt >= options.DeliveryAttempts || retryAfter > options.LongestRetryDelay)
            {
                return new ReplyDeliveryException(reason, retryAfter, error);
            }

            var delay = retryAfter ?? options.RetryDelay(attempt);
            logger.LogInformation("A reply of conversation #{ConversationHash} was not delivered ({Reason}): sending it again in {Delay} ms.",
                LogIds.Conversation(turnContext.Activity), reason, (int)delay.TotalMilliseconds);
            if (record is not null && !await KeepAsync(record, replies, index).ConfigureAwait(false))
            {
                // Renewing the record (so that no other instance takes it over while this one waits) found it taken.
                return new ReplyDeliveryException(TakenOver, null, error);
            }

            await Task.Delay(delay).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        ErrorResponseException { Response: { } response } => IsTransientStatus(response.StatusCode),
        HttpRequestException or SocketException or IOException => true,
        // HttpClient's own timeout (the turn's token is not used for delivery).
        OperationCanceledException => true,
        _ => false,
    };

    /// <summary>A connector answer that may pass when asked again: busy (429), timed out (408) or failing (5xx).</summary>
    internal static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static string Describe(Exception exception) => exception is ErrorResponseException { Response: { } response }
        ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : exception.GetType().Name;

    /// <summary>The connector's Retry-After (seconds or an HTTP date), if it sent one.</summary>
    internal static TimeSpan? RetryAfterOf(Exception exception)
    {
        if (exception is not ErrorResponseException { Response.Headers: { } headers }
            || !headers.TryGetValue("Retry-After", out var values) || values.FirstOrDefault() is not { } value)
        {
            return null;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? (at - DateTimeOffset.UtcNow) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero
            : null;
    }
}

/// <summary>A committed turn's replies could not be delivered: the channel should redeliver the activity later.</summary>
public sealed class ReplyDeliveryException(string reason, TimeSpan? retryAfter, Exception inner)
    : Exception("The replies could not be delivered to the channel; they are kept for the redelivery.", inner)
{
    public string Reason { get; } = reason;

    /// <summary>What the connector asked for, to pass on to the channel.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>The request that carried the turn was aborted (the client went away) before the turn committed: nothing of
/// it was written, and nobody is there to answer.</summary>
public sealed class TurnAbortedException(Exception inner) : Exception("The request was aborted; the turn was not committed.", inner);
