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
/// <item>Once per activity: the turn starts with ONE query for the activity's record (channel, conversation, activity id)
/// and the conversation's and user's state. A redelivered activity that was already processed is dropped (no reply, no
/// effect); one that another live instance is processing (its record younger than
/// <see cref="ReliableTurnOptions.ClaimTimeToLive"/>) waits for it; one whose record was left by a process that died is
/// taken over (a record expires, so a SIGKILL cannot block a conversation). No claim is written before the turn: the
/// record is inserted by the turn's own commit, so of two instances running the same activity at once exactly one
/// commits and the other drops its replies (what a turn does besides its state, the lead save and erasure, is
/// idempotent per activity).</item>
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
        UseSharedCulture();
        if (storage is not EfCoreStorage efStorage || turnContext.Activity?.ChannelId == Channels.Msteams || turnContext.Adapter is null)
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = turnContext.Activity!;
        var recordKey = RecordKeyOf(activity);
        List<Activity> replies;
        string? committedETag;
        using var leadScope = recordKey is null ? null : LeadSaveScope.Begin(recordKey);
        try
        {
            var outcome = await RunAttemptsAsync(efStorage, turnContext, recordKey, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                return;
            }

            (replies, committedETag) = outcome.Value;
        }
        catch (StorageConcurrencyException lost) when (recordKey is not null && lost.Key == recordKey)
        {
            // Another instance recorded this activity first (a redelivery processed at the same time, or a claim that
            // expired during a very slow turn and was taken over): it answers.
            logger.LogWarning("Activity {ActivityId} of conversation #{ConversationHash} was processed by another instance; this turn's replies are dropped.",
                AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id));
            return;
        }

        await SendAsync(turnContext, replies, cancellationToken).ConfigureAwait(false);
        if (recordKey is not null && committedETag is not null)
        {
            await efStorage.CompleteActivityAsync(recordKey, committedETag, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Bot Builder sets the turn's culture to a NEW <see cref="System.Globalization.CultureInfo"/> of the activity's
    /// locale on every turn (<c>BotAdapter.RunPipelineAsync</c>). A new instance reads its number and date formats from
    /// ICU again the first time anything formats or parses with it (the recognizers do, on most answers): about 2 % of
    /// the bot's CPU. The process-wide read-only instance of the same culture has the same formats, read once. The
    /// culture flows with the turn's async flow and is back to the caller's when the turn returns.
    /// </summary>
    internal static void UseSharedCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        if (!culture.IsReadOnly && culture.Name.Length > 0)
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture.Name);
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

    /// <summary>
    /// Runs the turn (again on fresh state after losing a race). Each attempt starts with ONE query for the activity's
    /// record and the conversation's and user's state. No claim is written before the turn: the record is inserted by
    /// the turn's commit, in the state transaction, so of two instances processing the same activity at once exactly
    /// one commits (the other's commit conflicts and it drops its replies); what a turn does besides its state is
    /// idempotent per activity (the lead save, erasure). A record that is there already: delivered → a duplicate,
    /// nothing to do (null); recent → another live instance is on it, wait; older than the claim TTL → left by a process
    /// that died: taken over (its replies delivered when it had committed, otherwise the turn runs under that claim).
    /// </summary>
    private async Task<(List<Activity> Replies, string? CommittedETag)?> RunAttemptsAsync(
        EfCoreStorage efStorage, ITurnContext turnContext, string? recordKey, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var stateKeys = StateKeysOf(activity);
        var deadline = DateTimeOffset.UtcNow + options.ClaimTimeToLive + TimeSpan.FromSeconds(2);
        var loggedBusy = false;
        string? claimETag = null;
        for (var attempt = 1; ;)
        {
            var adapter = new BufferingAdapter(turnContext.Adapter);
            var attemptContext = CreateAttemptContext(turnContext, adapter);
            using var turn = efStorage.BeginTurn();
            // Once this turn holds a (taken-over) claim, the record is its own: only the state is read again.
            var record = await efStorage.PrefetchAsync(turn, claimETag is null ? recordKey : null, stateKeys, cancellationToken).ConfigureAwait(false);
            if (record is not null && recordKey is not null)
            {
                if (record.Delivered)
                {
                    LogRedelivery(activity, ActivityClaimOutcome.Done);
                    return null;
                }

                if (record.UpdatedAt > DateTimeOffset.UtcNow - options.ClaimTimeToLive)
                {
                    if (DateTimeOffset.UtcNow > deadline)
                    {
                        LogRedelivery(activity, ActivityClaimOutcome.Busy);
                        return null;
                    }

                    if (!loggedBusy)
                    {
                        loggedBusy = true;
                        logger.LogInformation("Activity {ActivityId} of conversation #{ConversationHash} is being processed elsewhere: waiting for it.",
                            AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id));
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(100, 200)), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var taken = await efStorage.TakeOverActivityAsync(recordKey, record.ETag, cancellationToken).ConfigureAwait(false);
                if (taken is null)
                {
                    continue;
                }

                if (record.Committed)
                {
                    logger.LogWarning("Activity {ActivityId} of conversation #{ConversationHash} was processed by an instance that stopped before replying: delivering its replies.",
                        AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id));
                    return (Deserialize(record.RepliesJson), taken);
                }

                claimETag = taken;
            }

            try
            {
                await inner.OnTurnAsync(attemptContext, cancellationToken).ConfigureAwait(false);
                // Delivery mode expectReplies: the context collected the replies itself instead of sending them.
                var buffer = adapter.Sent.Concat(attemptContext.BufferedReplyActivities).ToList();
                var erased = turn.WasDeleted($"{activity.ChannelId}/conversations/{activity.Conversation?.Id}");
                if (recordKey is not null && !erased)
                {
                    turn.RecordActivity(recordKey, claimETag, JsonConvert.SerializeObject(buffer, RepliesSettings));
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
                attempt++;
            }
            catch when (claimETag is not null && recordKey is not null)
            {
                // The turn failed under a taken-over claim: drop it so a redelivery runs the activity again.
                await ReleaseQuietlyAsync(efStorage, recordKey, claimETag).ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Replies as kept in the activity record until delivered: without the (many) null properties of an
    /// <see cref="Activity"/>, so the record is written and escaped at a fraction of the size.</summary>
    private static readonly JsonSerializerSettings RepliesSettings = new() { NullValueHandling = NullValueHandling.Ignore };

    private void LogRedelivery(IActivity activity, ActivityClaimOutcome outcome) =>
        logger.LogInformation("Activity {ActivityId} of conversation #{ConversationHash} is a redelivery ({Outcome}): not processed again.",
            AdapterWithErrorHandler.DescribeActivityId(activity.Id), AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id), outcome);

    /// <summary>The Bot Framework state keys a prospect turn reads (ConversationState, UserState), prefetched with the
    /// activity's record.</summary>
    private static string[] StateKeysOf(IActivity activity)
    {
        var channel = activity.ChannelId;
        var conversation = activity.Conversation?.Id;
        var user = activity.From?.Id;
        if (string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(conversation))
        {
            return [];
        }

        return string.IsNullOrEmpty(user)
            ? [$"{channel}/conversations/{conversation}"]
            : [$"{channel}/conversations/{conversation}", $"{channel}/users/{user}"];
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
            return Task.FromResult(activities.Select(_ => new ResourceResponse(EfCoreStorage.NewETag())).ToArray());
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
