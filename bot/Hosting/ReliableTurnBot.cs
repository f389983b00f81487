using System.Security.Cryptography;
using System.Text;
using LeadBot.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// Runs every prospect turn so that several bot instances can serve one conversation:
/// <list type="number">
/// <item>Once per activity: the (channel, conversation, activity id) is claimed in the database for a short time
/// (<see cref="ReliableTurnOptions.ClaimTimeToLive"/>). A redelivered activity that was already processed is dropped
/// (no reply, no effect); one that another live instance is processing waits for it; one whose claim was left by a
/// process that died is taken over (a claim expires, so a SIGKILL cannot block a conversation).</item>
/// <item>Replies are held back during the turn. The turn's state (conversation and user state) is written at its end in
/// one transaction, guarded by what the turn read, together with the record that the activity was processed and its
/// replies; only then are the replies sent, and the record keeps no replies once they are delivered. A process that
/// dies after the commit but before delivering leaves the replies for the redelivery to send.</item>
/// <item>When another turn of the conversation changed the state first (<see cref="StorageConcurrencyException"/>),
/// the held-back replies are dropped and the turn is run again on fresh state, on a fresh turn context (bounded, with a
/// small jittered delay), so no answer is lost and the channel never sees a 500.</item>
/// </list>
/// Microsoft Teams (the sales side, no conversation state) and storages other than <see cref="EfCoreStorage"/> are
/// passed straight through.
/// </summary>
public sealed class ReliableTurnBot(IBot inner, IStorage storage, ReliableTurnOptions options, ILogger<ReliableTurnBot> logger) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (storage is not EfCoreStorage efStorage || turnContext.Activity?.ChannelId == Channels.Msteams || turnContext.Adapter is null)
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = turnContext.Activity!;
        var recordKey = RecordKeyOf(activity);
        string? claimETag = null;
        if (recordKey is not null)
        {
            var claim = await WaitForClaimAsync(efStorage, recordKey, activity, cancellationToken).ConfigureAwait(false);
            switch (claim.Outcome)
            {
                case ActivityClaimOutcome.Done:
                case ActivityClaimOutcome.Busy:
                    logger.LogInformation("Activity {ActivityId} of conversation #{ConversationHash} is a redelivery ({Outcome}): not processed again.",
                        AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id), claim.Outcome);
                    return;
                case ActivityClaimOutcome.Undelivered:
                    logger.LogWarning("Activity {ActivityId} of conversation #{ConversationHash} was processed by an instance that stopped before replying: delivering its replies.",
                        AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id));
                    await SendAsync(turnContext, Deserialize(claim.RepliesJson), cancellationToken).ConfigureAwait(false);
                    await efStorage.CompleteActivityAsync(recordKey, claim.ETag!, CancellationToken.None).ConfigureAwait(false);
                    return;
                default:
                    claimETag = claim.ETag;
                    break;
            }
        }

        List<Activity> replies;
        string? committedETag;
        using var leadScope = recordKey is null ? null : LeadSaveScope.Begin(recordKey);
        try
        {
            (replies, committedETag) = await RunAttemptsAsync(efStorage, turnContext, recordKey, claimETag, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConcurrencyException lost) when (recordKey is not null && lost.Key == recordKey)
        {
            // The claim expired during a very slow turn and another instance took the activity over: it answers.
            logger.LogWarning("Activity {ActivityId} of conversation #{ConversationHash} was taken over by another instance; this turn's replies are dropped.",
                AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id));
            return;
        }
        catch
        {
            if (recordKey is not null && claimETag is not null)
            {
                await ReleaseQuietlyAsync(efStorage, recordKey, claimETag).ConfigureAwait(false);
            }

            throw;
        }

        await SendAsync(turnContext, replies, cancellationToken).ConfigureAwait(false);
        if (recordKey is not null && committedETag is not null)
        {
            await efStorage.CompleteActivityAsync(recordKey, committedETag, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The key of the activity's record: hashes (so no id of a person is stored in it), first of the
    /// conversation (<see cref="ConversationRecordPrefixOf"/>), then of the activity id.</summary>
    internal static string? RecordKeyOf(IActivity activity)
    {
        if (string.IsNullOrEmpty(activity.Id) || ConversationRecordPrefixOf(activity) is not { } prefix)
        {
            return null;
        }

        return prefix + Hash(activity.Id);
    }

    /// <summary>The common start of the record keys of every activity of the conversation.</summary>
    internal static string? ConversationRecordPrefixOf(IActivity activity) => string.IsNullOrEmpty(activity.Conversation?.Id)
        ? null
        : EfCoreStorage.ActivityRecordPrefix + Hash($"{activity.ChannelId}\n{activity.Conversation.Id}") + "/";

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));

    private async Task<(List<Activity> Replies, string? CommittedETag)> RunAttemptsAsync(
        EfCoreStorage efStorage, ITurnContext turnContext, string? recordKey, string? claimETag, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var adapter = new BufferingAdapter(turnContext.Adapter);
            var attemptContext = CreateAttemptContext(turnContext, adapter);
            using var turn = efStorage.BeginTurn();
            try
            {
                await inner.OnTurnAsync(attemptContext, cancellationToken).ConfigureAwait(false);
                // Delivery mode expectReplies: the context collected the replies itself instead of sending them.
                var buffer = adapter.Sent.Concat(attemptContext.BufferedReplyActivities).ToList();
                var activity = turnContext.Activity;
                var erased = turn.WasDeleted($"{activity.ChannelId}/conversations/{activity.Conversation?.Id}");
                if (recordKey is not null && claimETag is not null && !erased)
                {
                    turn.RecordActivity(recordKey, claimETag, JsonConvert.SerializeObject(buffer));
                }

                await efStorage.CommitAsync(turn, cancellationToken).ConfigureAwait(false);
                if (erased && ConversationRecordPrefixOf(activity) is { } prefix)
                {
                    // The prospect's data was erased: no record of this conversation's activities stays behind.
                    await efStorage.ForgetActivitiesAsync(prefix, CancellationToken.None).ConfigureAwait(false);
                }

                return (buffer, turn.CommittedRecordETag);
            }
            catch (StorageConcurrencyException conflict) when (conflict.Key != recordKey && attempt < options.MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("State of conversation #{ConversationHash} changed during the turn (attempt {Attempt}): the turn runs again on fresh state.",
                    AdapterWithErrorHandler.HashConversationId(turnContext.Activity.Conversation?.Id), attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 40) * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ActivityClaim> WaitForClaimAsync(EfCoreStorage efStorage, string recordKey, IActivity activity, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + options.ClaimTimeToLive + TimeSpan.FromSeconds(2);
        var logged = false;
        while (true)
        {
            var claim = await efStorage.ClaimActivityAsync(recordKey, options.ClaimTimeToLive, cancellationToken).ConfigureAwait(false);
            if (claim.Outcome != ActivityClaimOutcome.Busy || DateTimeOffset.UtcNow > deadline)
            {
                return claim;
            }

            if (!logged)
            {
                logged = true;
                logger.LogInformation("Activity {ActivityId} of conversation #{ConversationHash} is being processed elsewhere: waiting for it.",
                    AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(100, 200)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A fresh context per attempt (a context's <c>Responded</c> and turn state cannot be reset), sharing the
    /// adapter's services (identity, connector client...) that the original context carries.</summary>
    private static TurnContext CreateAttemptContext(ITurnContext original, BotAdapter adapter)
    {
        var context = new TurnContext(adapter, original.Activity);
        foreach (var (key, value) in original.TurnState)
        {
            context.TurnState[key] = value;
        }

        return context;
    }

    /// <summary>Holds back what the turn sends; updates and deletes (rare, not part of a prospect turn) go through.</summary>
    private sealed class BufferingAdapter(BotAdapter inner) : BotAdapter
    {
        public List<Activity> Sent { get; } = [];

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            Sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            inner.UpdateActivityAsync(turnContext, activity, cancellationToken);

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            inner.DeleteActivityAsync(turnContext, reference, cancellationToken);
    }

    private static async Task SendAsync(ITurnContext turnContext, List<Activity> replies, CancellationToken cancellationToken)
    {
        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync(replies.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<Activity> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonConvert.DeserializeObject<List<Activity>>(json) ?? [];

    private async Task ReleaseQuietlyAsync(EfCoreStorage efStorage, string recordKey, string claimETag)
    {
        try
        {
            await efStorage.ReleaseActivityAsync(recordKey, claimETag, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The claim then expires on its own.
            logger.LogWarning("Could not release the claim of a failed turn: {ExceptionType}", exception.GetType().FullName);
        }
    }
}

/// <summary>How <see cref="ReliableTurnBot"/> retries and claims (configuration section "Turns").</summary>
public sealed class ReliableTurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>How often a turn runs at most when other turns of the conversation keep changing the state first.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a claim on an activity holds without being completed before another instance may take it over
    /// (the time a process that died blocks a redelivery). Longer than any turn takes.</summary>
    public TimeSpan ClaimTimeToLive { get; set; } = TimeSpan.FromSeconds(10);
}
