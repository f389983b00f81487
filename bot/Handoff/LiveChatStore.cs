using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Handoff;

/// <summary>What a prospect's turn needs to know: whether the conversation is known (and when it was last seen), and
/// its open live chat, if any.</summary>
public sealed record ProspectTurnState(DateTimeOffset? LastSeenAt, LiveChat? Open);

/// <summary>
/// The live chat tables on EF Core. Every change of a live chat's status is a conditional UPDATE on the status it is
/// expected to have (and, for accepting, on the deadline), so two instances, or two people pressing at once, never both
/// win; the unique indexes keep one open chat per conversation and one active chat per person.
/// </summary>
public sealed class LiveChatStore(IDbContextFactory<LeadBotDbContext> contexts, SqliteWriteQueue? writeQueue = null)
{
    /// <summary>One query per prospect turn: the conversation's row (its last-seen time) and whether it has an open live
    /// chat; a second one only while it has (to read that chat).</summary>
    public async Task<ProspectTurnState> ReadForTurnAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ProspectChats.AsNoTracking()
            .Where(c => c.ConversationKey == conversationKey)
            .Select(c => new
            {
                c.LastSeenAt,
                Open = db.LiveChats
                    .Where(l => l.ConversationKey == conversationKey && (l.Status == LiveChatStatus.Requested || l.Status == LiveChatStatus.Active))
                    .Select(l => (Guid?)l.Id)
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new ProspectTurnState(null, null);
        }

        var open = row.Open is { } id ? await db.LiveChats.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false) : null;
        return new ProspectTurnState(row.LastSeenAt, open);
    }

    /// <summary>Records the conversation (first time) or that the prospect is still there (and in which language).</summary>
    public Task TouchAsync(ProspectChat chat, bool exists, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var updated = await db.ProspectChats.Where(c => c.ConversationKey == chat.ConversationKey)
            .ExecuteUpdateAsync(u => u
                .SetProperty(c => c.LastSeenAt, chat.LastSeenAt)
                .SetProperty(c => c.Locale, chat.Locale)
                .SetProperty(c => c.ReferenceJson, chat.ReferenceJson), cancellationToken).ConfigureAwait(false);
        if (updated == 0 && !exists)
        {
            db.ProspectChats.Add(chat);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
            {
                // Another instance recorded it at the same moment.
            }
        }

        return true;
    });

    public async Task<ProspectChat?> FindChatAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ProspectChats.AsNoTracking().FirstOrDefaultAsync(c => c.ConversationKey == conversationKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation of <paramref name="userKey"/> seen most recently (a lead's prospect on the website).</summary>
    public async Task<ProspectChat?> LatestChatOfAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ProspectChats.AsNoTracking().Where(c => c.UserKey == userKey)
            .OrderByDescending(c => c.LastSeenAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens <paramref name="chat"/> (requested, or active when sales starts it); the conversation's open chat
    /// instead when it already has one (another turn or instance was first); (null, false) when the person from sales is
    /// in another chat already.</summary>
    public Task<(LiveChat? Chat, bool Created)> OpenAsync(LiveChat chat, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            db.LiveChats.Add(chat);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return (chat, true);
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
            {
            }
        }

        return (await OpenOfAsync(chat.ConversationKey, cancellationToken).ConfigureAwait(false), false);
    });

    public async Task<LiveChat?> OpenOfAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.AsNoTracking()
            .FirstOrDefaultAsync(l => l.ConversationKey == conversationKey && (l.Status == LiveChatStatus.Requested || l.Status == LiveChatStatus.Active), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<LiveChat?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The chat the person with directory id <paramref name="agentAadId"/> is in now, or null.</summary>
    public async Task<LiveChat?> ActiveOfAgentAsync(string agentAadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.AsNoTracking()
            .FirstOrDefaultAsync(l => l.AgentAadId == agentAadId && l.Status == LiveChatStatus.Active, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first to accept gets the chat: requested → active, only while unexpired. False: someone else was
    /// first, it expired or was withdrawn. Throws <see cref="DbUpdateException"/> (a unique violation) when the person
    /// is already in another chat.</summary>
    public Task<bool> AcceptAsync(Guid id, AgentIdentity agent, DateTimeOffset now, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.Where(l => l.Id == id && l.Status == LiveChatStatus.Requested && l.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(l => l.Status, LiveChatStatus.Active)
                .SetProperty(l => l.AcceptedAt, now)
                .SetProperty(l => l.LastMessageAt, now)
                .SetProperty(l => l.AgentName, agent.Name)
                .SetProperty(l => l.AgentAadId, agent.AadId)
                .SetProperty(l => l.AgentTeamsId, agent.TeamsId)
                .SetProperty(l => l.BotTeamsId, agent.BotTeamsId)
                .SetProperty(l => l.AgentServiceUrl, agent.ServiceUrl), cancellationToken).ConfigureAwait(false) == 1;
    });

    /// <summary>Where the person's personal chat with the bot is (after the bot opened it).</summary>
    public Task SetAgentConversationAsync(Guid id, string conversationId, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.Where(l => l.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.AgentConversationId, conversationId), cancellationToken).ConfigureAwait(false);
    });

    public Task SetRequestCardAsync(Guid id, string conversationId, string activityId, string serviceUrl, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.Where(l => l.Id == id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(l => l.RequestConversationId, conversationId)
                .SetProperty(l => l.RequestActivityId, activityId)
                .SetProperty(l => l.RequestServiceUrl, serviceUrl), cancellationToken).ConfigureAwait(false);
    });

    public Task SetBotPromptingAsync(Guid id, bool prompting, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.Where(l => l.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.BotPrompting, prompting), cancellationToken).ConfigureAwait(false);
    });

    /// <summary>Links the chat to the prospect's lead (the newest one with their user key), when there is one.</summary>
    public Task<Guid?> LinkLeadAsync(LiveChat chat, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var leadId = await db.Leads.AsNoTracking().Where(l => l.UserKey == chat.UserKey).OrderByDescending(l => l.UpdatedAt)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (leadId is not null && chat.LeadId != leadId)
        {
            await db.LiveChats.Where(l => l.Id == chat.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.LeadId, leadId), cancellationToken).ConfigureAwait(false);
        }

        return leadId ?? chat.LeadId;
    });

    /// <summary>Ends the chat if it is still in <paramref name="from"/>: to <paramref name="to"/> (Ended, or TimedOut),
    /// recording why. False when it had changed already (ended elsewhere).</summary>
    public Task<bool> EndAsync(Guid id, LiveChatStatus from, LiveChatStatus to, string endedBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            return await db.LiveChats.Where(l => l.Id == id && l.Status == from)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(l => l.Status, to)
                    .SetProperty(l => l.EndedAt, now)
                    .SetProperty(l => l.EndedBy, endedBy)
                    .SetProperty(l => l.BotPrompting, false), cancellationToken).ConfigureAwait(false) == 1;
        });

    /// <summary>Stores a message of the chat; false when the same activity was stored already (a redelivery).</summary>
    public Task<bool> AddMessageAsync(LiveChatMessage message, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        if (message.Text.Length > LiveChatMessage.MaxTextLength)
        {
            message.Text = message.Text[..(LiveChatMessage.MaxTextLength - 1)] + "…";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.LiveChatMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return false;
        }
        catch (DbUpdateException)
        {
            await using var check = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            if (await check.LiveChats.AnyAsync(l => l.Id == message.LiveChatId, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            // The chat is gone (erased meanwhile): nothing to add to.
            return false;
        }

        await db.LiveChats.Where(l => l.Id == message.LiveChatId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.LastMessageAt, message.At), cancellationToken).ConfigureAwait(false);
        return true;
    });

    /// <summary>The messages of one chat, oldest first.</summary>
    public async Task<IReadOnlyList<LiveChatMessage>> MessagesAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChatMessages.AsNoTracking().Where(m => m.LiveChatId == id).OrderBy(m => m.At).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every live chat of a lead (linked to it, or of the chat identity it carries), with messages, oldest first.</summary>
    public async Task<IReadOnlyList<LiveChat>> ChatsOfLeadAsync(Guid leadId, string? userKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await ChatsOf(db, userKey is null ? [] : [userKey], [leadId], []).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The live chats of these chat identities, leads and website conversations (with messages, oldest first).</summary>
    internal static IQueryable<LiveChat> ChatsOf(LeadBotDbContext db, IReadOnlyCollection<string> userKeys, IReadOnlyCollection<Guid> leadIds,
        IReadOnlyCollection<string> conversationKeys) =>
        db.LiveChats.AsNoTracking()
            .Where(l => userKeys.Contains(l.UserKey) || conversationKeys.Contains(l.ConversationKey) || (l.LeadId != null && leadIds.Contains(l.LeadId.Value)))
            .Include(l => l.Messages.OrderBy(m => m.At).ThenBy(m => m.Id))
            .OrderBy(l => l.RequestedAt);

    /// <summary>Requests nobody accepted before their deadline.</summary>
    public async Task<IReadOnlyList<LiveChat>> ExpiredRequestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.AsNoTracking().Where(l => l.Status == LiveChatStatus.Requested && l.ExpiresAt <= now)
            .OrderBy(l => l.ExpiresAt).Take(50).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Active chats in which nobody wrote since <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<LiveChat>> IdleChatsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.LiveChats.AsNoTracking().Where(l => l.Status == LiveChatStatus.Active && l.LastMessageAt <= before)
            .OrderBy(l => l.LastMessageAt).Take(50).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The transcript lines of <paramref name="chats"/> for a card or the lead page.</summary>
    public static IReadOnlyList<ChatLine> Lines(IEnumerable<LiveChat> chats) =>
        chats.SelectMany(c => c.Messages).OrderBy(m => m.At).ThenBy(m => m.Id)
            .Select(m => new ChatLine(m.At, m.Sender, m.SenderName, m.Text)).ToList();

    /// <summary>As the prospect's data shows them (show my data, the admin export).</summary>
    public static IReadOnlyList<LiveChatTranscript> Transcripts(IEnumerable<LiveChat> chats) =>
        chats.Where(c => c.Messages.Count > 0 || c.AcceptedAt is not null)
            .Select(c => new LiveChatTranscript(c.AcceptedAt ?? c.RequestedAt, c.EndedAt, c.AgentName is null ? null : LiveChatText.FirstName(c.AgentName),
                c.Messages.OrderBy(m => m.At).ThenBy(m => m.Id)
                    .Select(m => new LiveChatTranscriptLine(m.At, m.Sender == ChatSender.Prospect, m.SenderName, m.Text)).ToList()))
            .ToList();

    /// <summary>SQLite: through the process's write queue, so these writes never meet a turn's state write on SQLite's
    /// lock; PostgreSQL: directly.</summary>
    private Task<T> WriteAsync<T>(Func<Task<T>> write) => writeQueue is null ? write() : writeQueue.RunExclusiveAsync(write);
}

/// <summary>The person from sales who takes a chat, as Teams names them in the activity of their click.</summary>
public sealed record AgentIdentity(string Name, string AadId, string TeamsId, string BotTeamsId, string ServiceUrl);
