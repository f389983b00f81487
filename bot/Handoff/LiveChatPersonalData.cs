using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// The live chats are the prospect's personal data and belong to their lead: found, exported, erased and expired with it
/// (<see cref="Privacy.EfPersonalDataStore"/>, the admin API, <see cref="Privacy.RetentionJob"/>). A person's chats are
/// those of their chat identities (user keys) and those linked to their leads. Erasing an open chat also tells the
/// person chatting in Teams and empties the request card (after the erasure is committed).
/// </summary>
public sealed class LiveChatPersonalData(IServiceProvider services)
{
    /// <summary>The chats of these identities, leads and website conversations, with their messages, oldest first.</summary>
    public static async Task<IReadOnlyList<LiveChat>> FindAsync(LeadBotDbContext db, IReadOnlyCollection<string> userKeys, IReadOnlyCollection<Guid> leadIds,
        CancellationToken cancellationToken, IReadOnlyCollection<string>? conversationKeys = null)
    {
        conversationKeys ??= [];
        return userKeys.Count + leadIds.Count + conversationKeys.Count == 0
            ? []
            : await LiveChatStore.ChatsOf(db, userKeys, leadIds, conversationKeys).ToListAsync(cancellationToken);
    }

    /// <summary>Deletes, inside the caller's transaction, the chats of these identities, leads and website conversations
    /// (messages included) and the identities' and those conversations' records; returns the chats as they were (to tell
    /// sales once committed).</summary>
    public static async Task<IReadOnlyList<LiveChat>> EraseInAsync(LeadBotDbContext db, IReadOnlyCollection<string> userKeys, IReadOnlyCollection<Guid> leadIds,
        CancellationToken cancellationToken, IReadOnlyCollection<string>? conversationKeys = null)
    {
        conversationKeys ??= [];
        if (userKeys.Count + leadIds.Count + conversationKeys.Count == 0)
        {
            return [];
        }

        var chats = await db.LiveChats.AsNoTracking()
            .Where(l => userKeys.Contains(l.UserKey) || conversationKeys.Contains(l.ConversationKey) || (l.LeadId != null && leadIds.Contains(l.LeadId.Value)))
            .ToListAsync(cancellationToken);
        var ids = chats.Select(c => c.Id).ToList();
        if (ids.Count > 0)
        {
            await db.LiveChatMessages.Where(m => ids.Contains(m.LiveChatId)).ExecuteDeleteAsync(cancellationToken);
            await db.LiveChats.Where(l => ids.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var conversations = chats.Select(c => c.ConversationKey).Concat(conversationKeys).Distinct(StringComparer.Ordinal).ToList();
        await db.ProspectChats.Where(p => userKeys.Contains(p.UserKey) || conversations.Contains(p.ConversationKey)).ExecuteDeleteAsync(cancellationToken);
        return chats;
    }

    /// <summary>Deletes the website conversations not seen since <paramref name="cutoff"/> whose prospect has no lead
    /// (with their chats): what a prospect left without becoming a lead is kept no longer than their conversation.</summary>
    public static async Task<int> ExpireAsync(LeadBotDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var stale = await db.ProspectChats.AsNoTracking()
            .Where(p => p.LastSeenAt < cutoff && !db.Leads.Any(l => l.UserKey == p.UserKey))
            .Select(p => p.ConversationKey)
            .Take(1000)
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        var chats = await db.LiveChats.Where(l => stale.Contains(l.ConversationKey) && l.LeadId == null).Select(l => l.Id).ToListAsync(cancellationToken);
        await db.LiveChatMessages.Where(m => chats.Contains(m.LiveChatId)).ExecuteDeleteAsync(cancellationToken);
        await db.LiveChats.Where(l => chats.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
        return await db.ProspectChats.Where(p => stale.Contains(p.ConversationKey) && !db.LiveChats.Any(l => l.ConversationKey == p.ConversationKey))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>After an erasure or withdrawal: the person chatting is told, request cards show nothing of the prospect.</summary>
    public Task TellAsync(IReadOnlyList<LiveChat> erased, bool withdrawn, CancellationToken cancellationToken) =>
        erased.Count == 0 ? Task.CompletedTask : services.GetRequiredService<LiveChatFlow>().TellErasedAsync(erased, withdrawn, cancellationToken);

    /// <summary>As the prospect's data shows them.</summary>
    public static IReadOnlyList<LiveChatTranscript> Transcripts(IReadOnlyList<LiveChat> chats) => LiveChatStore.Transcripts(chats);
}
