using LeadBot.Bot.Storage;
using LeadBot.Bot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Turns;

/// <summary>
/// Runs every prospect turn as one transaction, so that several instances can serve one conversation and no reply is
/// lost or sent twice (docs: ARCHITECTURE.md, "the turn's transaction"):
/// <list type="number">
/// <item><see cref="ITurnStore.BeginAsync"/>: ONE query for the activity's record, the conversation's pending replies
/// and its conversation and user state. A redelivery of an activity already processed is dropped; one that another live
/// instance is processing (record younger than <see cref="TurnOptions.ClaimTimeToLive"/>) waits for it; one left by a
/// process that died, or whose replies could not be delivered, is taken over (its committed replies delivered, or the
/// turn run again). Replies still pending from an earlier activity of the conversation are delivered first.</item>
/// <item>The inner bot runs with a <see cref="TurnTransaction"/> in the turn state: the staged states read from it and
/// stage their writes into it; replies are held back. A cancelled request (the client went away) stops here.</item>
/// <item><see cref="ITurnStore.CommitAsync"/> writes the state and the activity's record with its replies in one
/// transaction, guarded by what the turn read. A turn that lost a race with another turn of the conversation is run
/// again on fresh state (bounded); of two instances running the same activity exactly one commits.</item>
/// <item><see cref="ReplyDelivery"/> sends the replies (retrying) and completes the record.</item>
/// </list>
/// Microsoft Teams (the sales side, no prospect state) is passed straight through. The stages are spans under the
/// turn's span (<c>leadbot.storage</c>, <c>leadbot.dialog</c>, <c>leadbot.reply</c>), so a slow turn shows where its
/// time went.
/// </summary>
public sealed class ReliableTurnBot(IBot inner, ITurnStore store, ReplyDelivery delivery, TurnOptions options, ILogger<ReliableTurnBot> logger) : IBot
{
    /// <summary><paramref name="inner"/> run as reliable turns, with the turn pipeline's services of <paramref name="services"/>.</summary>
    public static ReliableTurnBot Around(IBot inner, IServiceProvider services) => new(
        inner,
        services.GetRequiredService<ITurnStore>(),
        services.GetRequiredService<ReplyDelivery>(),
        services.GetRequiredService<TurnOptions>(),
        services.GetRequiredService<ILogger<ReliableTurnBot>>());

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        SharedTurnCulture.Apply();
        if (turnContext.Activity?.ChannelId == Channels.Msteams || turnContext.Adapter is null)
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = turnContext.Activity!;
        var keys = TurnKeys.Of(activity);
        Outcome? outcome;
        try
        {
            outcome = await RunAttemptsAsync(turnContext, keys, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException aborted) when (cancellationToken.IsCancellationRequested)
        {
            throw new TurnAbortedException(aborted);
        }
        catch (StorageConcurrencyException lost) when (keys.RecordKey is not null && lost.Key == keys.RecordKey)
        {
            // Another instance recorded this activity first (a redelivery processed at the same time, or a record that
            // expired during a very slow turn and was taken over): it answers.
            logger.LogWarning("Activity {ActivityId} of conversation #{ConversationHash} was processed by another instance; this turn's replies are dropped.",
                LogIds.Activity(activity), LogIds.Conversation(activity));
            return;
        }

        if (outcome is { } done)
        {
            using var replyStage = LeadBotTelemetry.StartStage("reply");
            await delivery.DeliverAsync(turnContext, keys, done.RecordETag is null ? null : keys.RecordKey, done.RecordETag, done.Replies).ConfigureAwait(false);
        }
    }

    /// <summary>What a turn leaves to deliver: its replies and the ETag of its record (null when it keeps none).</summary>
    private readonly record struct Outcome(List<Activity> Replies, string? RecordETag);

    /// <summary>Runs the turn (again on fresh state after losing a race); null when there is nothing to deliver.</summary>
    private async Task<Outcome?> RunAttemptsAsync(ITurnContext turnContext, TurnKeys keys, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var recordKey = keys.RecordKey;
        var deadline = DateTimeOffset.UtcNow + options.ClaimTimeToLive + TimeSpan.FromSeconds(2);
        var loggedBusy = false;
        string? claimETag = null;
        for (var attempt = 1; ;)
        {
            TurnTransaction turn;
            using (LeadBotTelemetry.StartStage("storage"))
            {
                turn = await store.BeginAsync(keys, cancellationToken).ConfigureAwait(false);
            }

            if (turn.PendingReplies is { } pending)
            {
                await DeliverPendingAsync(turnContext, keys, pending).ConfigureAwait(false);
            }

            var record = turn.ExistingRecord;
            if (record is not null && recordKey is not null && record.ETag != claimETag)
            {
                if (record.Status == ActivityStatus.Delivered)
                {
                    LogRedelivery(activity, "done");
                    return null;
                }

                if (record.UpdatedAt > DateTimeOffset.UtcNow - options.ClaimTimeToLive)
                {
                    if (DateTimeOffset.UtcNow > deadline)
                    {
                        LogRedelivery(activity, "busy");
                        return null;
                    }

                    if (!loggedBusy)
                    {
                        loggedBusy = true;
                        logger.LogInformation("Activity {ActivityId} of conversation #{ConversationHash} is being processed elsewhere: waiting for it.",
                            LogIds.Activity(activity), LogIds.Conversation(activity));
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(100, 200)), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var taken = await store.TakeOverActivityAsync(recordKey, record.ETag, cancellationToken).ConfigureAwait(false);
                if (taken is null)
                {
                    continue;
                }

                if (record.Status == ActivityStatus.Committed)
                {
                    logger.LogWarning("Activity {ActivityId} of conversation #{ConversationHash} was processed, but its replies were not delivered: delivering them.",
                        LogIds.Activity(activity), LogIds.Conversation(activity));
                    return new Outcome(ReplyDelivery.Deserialize(record.RepliesJson), taken);
                }

                claimETag = taken;
                continue;
            }

            turn.ClaimETag = claimETag;
            var adapter = new HoldingAdapter(turnContext.Adapter);
            var attemptContext = CreateAttemptContext(turnContext, adapter, turn);
            var committed = false;
            try
            {
                using (LeadBotTelemetry.StartStage("dialog"))
                {
                    await inner.OnTurnAsync(attemptContext, cancellationToken).ConfigureAwait(false);
                }

                // Delivery mode expectReplies: the context collected the replies itself instead of sending them.
                var replies = adapter.Held.Concat(attemptContext.BufferedReplyActivities).ToList();
                var erased = turn.WasDeleted(TurnKeys.ConversationStateKeyOf(activity));
                if (recordKey is not null && !erased)
                {
                    turn.RecordActivity(ReplyDelivery.Serialize(replies));
                }

                // The request was aborted (the client went away): nothing of the turn is written.
                cancellationToken.ThrowIfCancellationRequested();
                using (LeadBotTelemetry.StartStage("storage"))
                {
                    await store.CommitAsync(turn, cancellationToken).ConfigureAwait(false);
                }

                committed = true;
                turn.Committed();

                if (erased && keys.ConversationPrefix is { } prefix)
                {
                    // The prospect's data was erased: no record of this conversation's activities stays behind.
                    await store.ForgetActivitiesAsync(prefix, CancellationToken.None).ConfigureAwait(false);
                }

                return new Outcome(replies, turn.CommittedRecordETag);
            }
            catch (StorageConcurrencyException conflict) when (conflict.Key != recordKey && attempt < options.MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                logger.LogInformation("State of conversation #{ConversationHash} changed during the turn (attempt {Attempt}): the turn runs again on fresh state.",
                    LogIds.Conversation(activity), attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 40) * attempt), cancellationToken).ConfigureAwait(false);
                attempt++;
            }
            catch when (claimETag is not null && recordKey is not null)
            {
                // The turn failed under a taken-over record: drop it so a redelivery runs the activity again.
                await ReleaseQuietlyAsync(recordKey, claimETag).ConfigureAwait(false);
                throw;
            }
            finally
            {
                if (!committed)
                {
                    turn.NotCommitted();
                }
            }
        }
    }

    /// <summary>Delivers the replies an earlier turn of the conversation committed but could not deliver, before this
    /// turn runs; throws <see cref="ReplyDeliveryException"/> when they still cannot be delivered.</summary>
    private async Task DeliverPendingAsync(ITurnContext turnContext, TurnKeys keys, ActivityRecord pending)
    {
        foreach (var recordKey in Newtonsoft.Json.JsonConvert.DeserializeObject<List<string>>(pending.RepliesJson ?? "[]") ?? [])
        {
            if (recordKey == keys.RecordKey)
            {
                // The redelivery of that activity: its own record is delivered below, as the activity's.
                continue;
            }

            if (await store.ReadRecordAsync(recordKey, CancellationToken.None).ConfigureAwait(false) is not { Status: ActivityStatus.Committed } record
                || await store.TakeOverActivityAsync(recordKey, record.ETag, CancellationToken.None).ConfigureAwait(false) is not { } taken)
            {
                // Delivered meanwhile (by the activity's redelivery), or being delivered by another instance.
                continue;
            }

            logger.LogWarning("An earlier activity of conversation #{ConversationHash} was processed, but its replies were not delivered: delivering them.",
                LogIds.Conversation(turnContext.Activity));
            await delivery.DeliverAsync(turnContext, keys, recordKey, taken, ReplyDelivery.Deserialize(record.RepliesJson), dropRefused: true).ConfigureAwait(false);
        }

        await store.ClearPendingAsync(keys.PendingKey!, pending.ETag, CancellationToken.None).ConfigureAwait(false);
    }

    private void LogRedelivery(IActivity activity, string outcome) =>
        logger.LogInformation("Activity {ActivityId} of conversation #{ConversationHash} is a redelivery ({Outcome}): not processed again.",
            LogIds.Activity(activity), LogIds.Conversation(activity), outcome);

    /// <summary>A fresh context per attempt (a context's <c>Responded</c> and turn state cannot be reset), sharing the
    /// adapter's services (identity, connector client...) that the original context carries, with the attempt's
    /// transaction.</summary>
    private static TurnContext CreateAttemptContext(ITurnContext original, BotAdapter adapter, TurnTransaction turn)
    {
        var context = new TurnContext(adapter, original.Activity);
        foreach (var (key, value) in original.TurnState)
        {
            context.TurnState[key] = value;
        }

        turn.AttachTo(context);
        return context;
    }

    /// <summary>Holds back what the turn sends until it is committed; updates and deletes (not part of a prospect turn)
    /// go through.</summary>
    private sealed class HoldingAdapter(BotAdapter inner) : BotAdapter
    {
        private static int held;

        public List<Activity> Held { get; } = [];

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            Held.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse($"held-{Interlocked.Increment(ref held)}")).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            inner.UpdateActivityAsync(turnContext, activity, cancellationToken);

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            inner.DeleteActivityAsync(turnContext, reference, cancellationToken);
    }

    private async Task ReleaseQuietlyAsync(string recordKey, string claimETag)
    {
        try
        {
            await store.ReleaseActivityAsync(recordKey, claimETag, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The record then expires on its own.
            logger.LogWarning("Could not release the record of a failed turn: {ExceptionType}", exception.GetType().FullName);
        }
    }
}
