using LeadBot.Bot.Handoff;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

/// <summary>What an erasure removed, with the ids of the erased leads (for the audit log and the admin API's answer).</summary>
public sealed record PrivacyErasure(IReadOnlyList<Guid> LeadIds, int Leads, int StageChanges, int Notifications, int BotStates, int LiveChats = 0)
{
    public ErasureResult ToResult() => new(Leads, StageChanges, Notifications);
}

/// <summary>
/// The data-subject rights on the lead tables: find, erase (with history, pending notifications, live chats and the bot
/// state of the person), withdraw. Every erasure and withdrawal writes a <see cref="PrivacyAuditEntry"/> in the same
/// transaction; a withdrawal also writes a <see cref="ConsentWithdrawal"/>. Neither holds personal data. A live chat that
/// was open is ended by the erasure; the person chatting in Teams is told once it is committed.
/// </summary>
public sealed class EfPersonalDataStore(
    IDbContextFactory<LeadBotDbContext> contexts,
    IOptions<PrivacyOptions> options,
    IOptions<ConversationOptions> conversation,
    TimeProvider clock,
    ILogger<EfPersonalDataStore> logger,
    LiveChatPersonalData? liveChats = null) : IPersonalDataStore
{
    public const string ProspectActor = "prospect";

    /// <summary>The reason recorded when an anonymized lead is disqualified (a fixed value the card translates).</summary>
    public const string WithdrawnReason = "Consent withdrawn; contact data removed.";

    public async Task<IReadOnlyList<Lead>> FindAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Matching(db, subject).Include(l => l.History).AsNoTracking()
            .OrderBy(l => l.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<ErasureResult> EraseAsync(PersonalDataSubject subject, string requestedBy, CancellationToken cancellationToken) =>
        (await EraseAsync(subject, requestedBy, PrivacyAction.Erase, cancellationToken)).ToResult();

    /// <summary>Erases the leads matching <paramref name="subject"/>, their history and notifications, and the bot state
    /// of their users and conversations (and of the subject's own chat identity); audits it as <paramref name="action"/>.</summary>
    public async Task<PrivacyErasure> EraseAsync(PersonalDataSubject subject, string actor, PrivacyAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (erasure, chats) = await EraseInAsync(db, subject, cancellationToken);
        db.Add(PrivacyAudit.Entry(clock.GetUtcNow(), actor, action, erasure.LeadIds,
            erasure.Leads, erasure.StageChanges, erasure.Notifications, erasure.BotStates));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await CompactOrWarnAsync(db, logger, cancellationToken);
        logger.LogInformation("Erased {Leads} lead(s), {Changes} stage change(s), {Notifications} notification(s), {States} state item(s), {LiveChats} live chat(s) ({Action})",
            erasure.Leads, erasure.StageChanges, erasure.Notifications, erasure.BotStates, erasure.LiveChats, action);
        await TellSalesAsync(chats, withdrawn: false);
        return erasure;
    }

    public async Task<IReadOnlyList<LiveChatTranscript>> FindLiveChatsAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leads = await Matching(db, subject).AsNoTracking().ToListAsync(cancellationToken);
        var chats = await LiveChatPersonalData.FindAsync(db, UserKeysOf(subject, leads.Select(l => l.UserKey)), leads.Select(l => l.Id).ToList(), cancellationToken,
            ConversationKeysOf(subject, leads));
        return LiveChatPersonalData.Transcripts(chats);
    }

    /// <summary>The chat identities of a person: their own and those their leads carry (anonymized ones are nobody's).</summary>
    internal static List<string> UserKeysOf(PersonalDataSubject? subject, IEnumerable<string> leadUserKeys) =>
        leadUserKeys.Append(subject?.UserKey)
            .Where(k => !string.IsNullOrWhiteSpace(k) && !k.StartsWith(AnonymizedUserKeyPrefix, StringComparison.Ordinal))
            .Select(k => k!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The website conversations of a person: the one the request came from (its live chats are the person's
    /// even before there is a lead) and those their leads came from.</summary>
    internal static List<string> ConversationKeysOf(PersonalDataSubject? subject, IEnumerable<Lead> leads) =>
        leads.Select(LiveChatStore.ConversationKeyOf).Append(subject?.ConversationKey)
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => k!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The person chatting in Teams learns that the chat ended with the erasure (never what was erased).</summary>
    private async Task TellSalesAsync(IReadOnlyList<LiveChat> chats, bool withdrawn)
    {
        if (liveChats is null || chats.Count == 0)
        {
            return;
        }

        try
        {
            await liveChats.TellAsync(chats, withdrawn, CancellationToken.None);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or InvalidOperationException or Microsoft.Rest.HttpOperationException)
        {
            logger.LogWarning("Could not tell sales that an open live chat was erased ({ExceptionType}).", exception.GetType().Name);
        }
    }

    public async Task<ErasureResult> WithdrawConsentAsync(PersonalDataSubject subject, string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var handling = options.Value.OnWithdrawal;
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var consentVersion = await Matching(db, subject).OrderByDescending(l => l.UpdatedAt)
            .Select(l => l.Consent.TextVersion).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(consentVersion))
        {
            consentVersion = conversation.Value.ConsentVersion;
        }

        PrivacyErasure result;
        IReadOnlyList<LiveChat> chats;
        if (handling == WithdrawalHandling.Erase)
        {
            (result, chats) = await EraseInAsync(db, subject, cancellationToken);
        }
        else
        {
            var leads = await Matching(db, subject).Include(l => l.History).ToListAsync(cancellationToken);
            var ids = leads.Select(l => l.Id).ToList();
            var stateKeys = StateKeysOf(subject, leads);
            var userKeys = UserKeysOf(subject, leads.Select(l => l.UserKey));
            var conversationKeys = ConversationKeysOf(subject, leads);
            foreach (var lead in leads)
            {
                lead.Name = "";
                lead.Email = null;
                lead.Phone = null;
                lead.PhoneDisplay = null;
                lead.NeedVerbatim = null;
                lead.Company = "";
                lead.UserKey = AnonymizedUserKeyPrefix + lead.Id.ToString("N");
                lead.NeedText = lead.NeedKey is null ? null : lead.NeedText;
                lead.AuthorityText = lead.AuthorityKey is null ? null : lead.AuthorityText;
                lead.BudgetText = null;
                lead.TimelineText = null;
                lead.Owner = null;
                lead.OwnerId = null;
                lead.Consent.ConversationId = "";
                lead.Source.PageUrl = null;
                lead.Source.Referrer = null;
                lead.MoveTo(LeadStage.Disqualified, StageActor.Bot, null, WithdrawnReason, now);
            }

            var notifications = await db.Outbox.Where(o => ids.Contains(o.LeadId)).ExecuteDeleteAsync(cancellationToken);
            notifications += await db.Set<Webhooks.WebhookDelivery>().Where(d => ids.Contains(d.LeadId)).ExecuteDeleteAsync(cancellationToken);
            var states = stateKeys.Count == 0 ? 0 : await db.BotState.Where(s => stateKeys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);
            // The anonymized lead keeps no live chat: its transcript is the person's words.
            chats = await LiveChatPersonalData.EraseInAsync(db, userKeys, ids, cancellationToken, conversationKeys);
            await UnlinkFunnelAsync(db, ids, cancellationToken);
            result = new PrivacyErasure(ids, 0, 0, notifications, states, chats.Count);
        }

        var affected = handling == WithdrawalHandling.Erase ? result.Leads : result.LeadIds.Count;
        db.Add(new ConsentWithdrawal
        {
            At = now,
            ChannelId = Truncate(channelId, 256),
            ConsentVersion = Truncate(consentVersion, 64),
            LeadsAffected = affected,
            Handling = handling,
        });
        db.Add(PrivacyAudit.Entry(now, ProspectActor, PrivacyAction.Withdraw, result.LeadIds,
            result.Leads, result.StageChanges, result.Notifications, result.BotStates));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await CompactOrWarnAsync(db, logger, cancellationToken);
        logger.LogInformation("Consent withdrawn on channel {Channel}: {Leads} lead(s) {Handling}", channelId, affected, handling);
        await TellSalesAsync(chats, withdrawn: true);
        return handling == WithdrawalHandling.Erase ? result.ToResult() : new ErasureResult(affected, 0, result.Notifications);
    }

    /// <summary>The user key an anonymized lead carries instead of the chat identity.</summary>
    public const string AnonymizedUserKeyPrefix = "anonymized:";

    internal static IQueryable<Lead> Matching(LeadBotDbContext db, PersonalDataSubject subject)
    {
        var email = LeadBotDbContext.NormalizeEmail(subject.Email);
        var userKey = string.IsNullOrWhiteSpace(subject.UserKey) ? null : subject.UserKey;
        return db.Leads.Where(l =>
            (subject.LeadId != null && l.Id == subject.LeadId)
            || (userKey != null && l.UserKey == userKey)
            || (email != null && EF.Property<string?>(l, LeadBotDbContext.NormalizedEmailColumn) == email));
    }

    /// <summary>
    /// The Bot Framework state keys that belong to these people: user state <c>{channelId}/users/{userId}</c> of every
    /// chat identity (a lead's UserKey is <c>{channelId}:{userId}</c>) and conversation state
    /// <c>{channelId}/conversations/{conversationId}</c> of the conversations in which consent was given.
    /// </summary>
    internal static List<string> StateKeysOf(PersonalDataSubject? subject, IEnumerable<Lead> leads)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void AddUser(string? userKey)
        {
            var colon = userKey?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            if (userKey is not null && colon > 0 && colon < userKey.Length - 1 && !userKey.StartsWith(AnonymizedUserKeyPrefix, StringComparison.Ordinal))
            {
                keys.Add($"{userKey[..colon]}/users/{userKey[(colon + 1)..]}");
            }
        }

        AddUser(subject?.UserKey);
        foreach (var lead in leads)
        {
            AddUser(lead.UserKey);
            if (!string.IsNullOrEmpty(lead.Consent.ChannelId) && !string.IsNullOrEmpty(lead.Consent.ConversationId))
            {
                keys.Add($"{lead.Consent.ChannelId}/conversations/{lead.Consent.ConversationId}");
            }
        }

        return keys.ToList();
    }

    /// <summary>Deletes, inside the caller's transaction, the matching leads with history, notifications, live chats and
    /// bot state; also returns the live chats as they were.</summary>
    private static async Task<(PrivacyErasure Erasure, IReadOnlyList<LiveChat> Chats)> EraseInAsync(LeadBotDbContext db, PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var leads = await Matching(db, subject).AsNoTracking().ToListAsync(cancellationToken);
        var ids = leads.Select(l => l.Id).ToList();
        var stateKeys = StateKeysOf(subject, leads);
        var chats = await LiveChatPersonalData.EraseInAsync(db, UserKeysOf(subject, leads.Select(l => l.UserKey)), ids, cancellationToken, ConversationKeysOf(subject, leads));
        var (changes, notifications) = await DeleteLeadsAsync(db, ids, cancellationToken);
        var states = stateKeys.Count == 0 ? 0 : await db.BotState.Where(s => stateKeys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);
        return (new PrivacyErasure(ids, ids.Count, changes, notifications, states, chats.Count), chats);
    }

    /// <summary>Deletes leads with their stage history and notifications; returns the numbers of history and notification rows.</summary>
    internal static async Task<(int StageChanges, int Notifications)> DeleteLeadsAsync(LeadBotDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return (0, 0);
        }

        var notifications = await db.Outbox.Where(o => ids.Contains(o.LeadId)).ExecuteDeleteAsync(cancellationToken);
        // Lead events for webhooks hold the contact data in their bodies; their attempts go with them (cascade).
        notifications += await db.Set<Webhooks.WebhookDelivery>().Where(d => ids.Contains(d.LeadId)).ExecuteDeleteAsync(cancellationToken);
        var changes = await db.StageChanges.Where(c => ids.Contains(c.LeadId)).ExecuteDeleteAsync(cancellationToken);
        await UnlinkFunnelAsync(db, ids, cancellationToken);
        await db.Leads.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
        return (changes, notifications);
    }

    /// <summary>The funnel keeps its journeys (process facts, nothing personal) but forgets which lead they became: after
    /// this nothing connects them to the person.</summary>
    internal static Task<int> UnlinkFunnelAsync(LeadBotDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.FromResult(0)
            : db.Set<Funnel.FunnelJourney>().Where(j => j.LeadId != null && ids.Contains(j.LeadId.Value))
                .ExecuteUpdateAsync(u => u.SetProperty(j => j.LeadId, (Guid?)null), cancellationToken);

    /// <summary>How long <see cref="CompactAsync"/> keeps trying, and how long it waits between two tries.</summary>
    private static readonly TimeSpan CompactTrying = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan CompactRetryDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>On SQLite, moves the write-ahead log into the file and truncates it, so erased rows are gone from the disk
    /// (the log still holds the pages as they were before the erasure). SQLite gives up such a checkpoint at once, and
    /// says so only in its result, while another connection runs one (the write queue's background checkpoint), so it is
    /// tried again until it completes. False when it still had not completed after trying for two seconds (one try may
    /// itself wait up to the busy timeout for a reader to finish).</summary>
    internal static async Task<bool> CompactAsync(LeadBotDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return true;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var trying = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            while (true)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                bool blocked;
                await using (var result = await command.ExecuteReaderAsync(cancellationToken))
                {
                    // One row: blocked (0 or 1), frames in the log, frames checkpointed.
                    blocked = await result.ReadAsync(cancellationToken) && result.GetInt64(0) != 0;
                }

                if (!blocked)
                {
                    return true;
                }

                if (trying.Elapsed >= CompactTrying)
                {
                    return false;
                }

                await Task.Delay(CompactRetryDelay, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CompactOrWarnAsync(LeadBotDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await CompactAsync(db, cancellationToken))
        {
            logger.LogWarning("The write-ahead log could not be truncated after an erasure (the database stayed busy); erased rows stay in it until the next checkpoint.");
        }
    }

    private static string Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= length ? value : value[..length];
}

/// <summary>Builds audit entries; the only way rows get into PrivacyAudit, so nothing personal can slip in.</summary>
public static class PrivacyAudit
{
    public static PrivacyAuditEntry Entry(DateTimeOffset at, string actor, PrivacyAction action, IEnumerable<Guid> leadIds,
        int leads, int stageChanges, int notifications, int botStates, int auditEntries = 0) => new()
        {
            At = at,
            Actor = CleanActor(actor),
            Action = action,
            LeadIds = string.Join(",", leadIds.Distinct().Select(id => id.ToString("D"))),
            Leads = leads,
            StageChanges = stageChanges,
            Notifications = notifications,
            BotStates = botStates,
            AuditEntries = auditEntries,
        };

    /// <summary>Free text from a header: control characters removed, trimmed, at most 100 characters; empty → "unknown".</summary>
    public static string CleanActor(string? actor)
    {
        var clean = new string((actor ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > PrivacyAuditEntry.MaxActorLength)
        {
            clean = clean[..PrivacyAuditEntry.MaxActorLength];
        }

        return clean.Length == 0 ? "unknown" : clean;
    }
}
