using LeadBot.Bot.Teams.Cards;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// A prospect's website conversation, once they consented: how the bot reaches it outside a turn (the conversation
/// reference: channel, service URL, conversation, user, bot), whose it is (the user key a lead carries), the language,
/// and when the prospect was last seen (what "on the website now" means for a card). Written by the prospect's turns,
/// at most every <see cref="LiveChatOptions.PresenceWriteSeconds"/>.
/// </summary>
public sealed class ProspectChat
{
    /// <summary>"{channelId}/{conversationId}".</summary>
    public string ConversationKey { get; set; } = "";

    public string UserKey { get; set; } = "";

    /// <summary>The Bot Framework ConversationReference as JSON.</summary>
    public string ReferenceJson { get; set; } = "";

    public string Locale { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}

/// <summary>Where a live chat is.</summary>
public enum LiveChatStatus
{
    /// <summary>The prospect asked for a person; the request card waits in the sales channel.</summary>
    Requested,

    /// <summary>A person from sales is chatting with the prospect; the bot stays out.</summary>
    Active,

    /// <summary>Over: ended by either side, for inactivity, or withdrawn by the prospect.</summary>
    Ended,

    /// <summary>Nobody accepted the request in time; the prospect was offered a callback.</summary>
    TimedOut,
}

/// <summary>Who started a live chat.</summary>
public enum LiveChatOrigin
{
    /// <summary>"mit einem Menschen sprechen" on the website.</summary>
    Prospect,

    /// <summary>"Chat now" on the lead card.</summary>
    Sales,
}

/// <summary>
/// One live chat (a handoff) between a prospect on the website and a person from sales in Teams: the one place that
/// says who is talking to whom, so every instance of the bot routes the same way. At most one is open (requested or
/// active) per website conversation and at most one is active per person; state changes are conditional updates, so
/// of two people accepting at once exactly one gets the chat. Its transcript (<see cref="LiveChatMessage"/>) belongs to
/// the lead: deleted with it, exported and erased with the person's data.
/// </summary>
public sealed class LiveChat
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string ConversationKey { get; set; } = "";

    /// <summary>The prospect's chat identity ("{channelId}:{userId}"), as the lead carries it.</summary>
    public string UserKey { get; set; } = "";

    /// <summary>The lead, once there is one for the prospect.</summary>
    public Guid? LeadId { get; set; }

    public LiveChatStatus Status { get; set; }

    public LiveChatOrigin Origin { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Until when a request may be accepted.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The last message of either side (an active chat without one for Handoff:IdleMinutes is ended).</summary>
    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>Why it ended: "sales", "prospect", "idle", "timeout", "withdrawn", "unreachable".</summary>
    public string? EndedBy { get; set; }

    /// <summary>The prospect is answering the bot (the erase confirmation) while the chat is open: the next message goes
    /// to the bot, not to the person.</summary>
    public bool BotPrompting { get; set; }

    /// <summary>The person from sales: Teams display name, directory (AAD object) id, Teams user id ("29:…").</summary>
    public string? AgentName { get; set; }

    public string? AgentAadId { get; set; }

    public string? AgentTeamsId { get; set; }

    /// <summary>The person's personal chat with the bot, where the live chat happens, and its Bot Connector.</summary>
    public string? AgentConversationId { get; set; }

    public string? AgentServiceUrl { get; set; }

    /// <summary>The bot's Teams account ("28:…") in that tenant.</summary>
    public string? BotTeamsId { get; set; }

    /// <summary>The request card in the sales channel (the thread's conversation id, the card's activity id).</summary>
    public string? RequestConversationId { get; set; }

    public string? RequestActivityId { get; set; }

    public string? RequestServiceUrl { get; set; }

    /// <summary>What the request card shows of the prospect (only what they consented to), as JSON, so the card can be
    /// shown again in each state.</summary>
    public string? SummaryJson { get; set; }

    public List<LiveChatMessage> Messages { get; set; } = [];
}

/// <summary>One message of a live chat: who, when, what (kept as typed, shown as plain text). The source activity id
/// makes a relay idempotent: a redelivered activity is neither stored nor relayed twice.</summary>
public sealed class LiveChatMessage
{
    public const int MaxTextLength = 4000;

    public long Id { get; set; }

    public Guid LiveChatId { get; set; }

    public DateTimeOffset At { get; set; }

    public ChatSender Sender { get; set; }

    /// <summary>The first name of the person from sales; null for the prospect.</summary>
    public string? SenderName { get; set; }

    public string Text { get; set; } = "";

    public string? SourceActivityId { get; set; }
}

/// <summary>The live chat tables of <see cref="Storage.LeadBotDbContext"/>: ProspectChats, LiveChats, LiveChatMessages.</summary>
public static class LiveChatModel
{
    /// <summary>The filter of "open" (requested or active) live chats, in SQL both providers read.</summary>
    private const string OpenFilter = "\"Status\" IN ('Requested', 'Active')";

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        var chat = modelBuilder.Entity<ProspectChat>();
        chat.ToTable("ProspectChats");
        chat.HasKey(c => c.ConversationKey);
        chat.Property(c => c.ConversationKey).HasMaxLength(600);
        chat.Property(c => c.UserKey).HasMaxLength(512).IsRequired();
        chat.Property(c => c.ReferenceJson).IsRequired();
        chat.Property(c => c.Locale).HasMaxLength(32).IsRequired();
        chat.HasIndex(c => c.UserKey);
        chat.HasIndex(c => c.LastSeenAt);

        var live = modelBuilder.Entity<LiveChat>();
        live.ToTable("LiveChats");
        live.HasKey(c => c.Id);
        live.Property(c => c.Id).ValueGeneratedNever();
        live.Property(c => c.ConversationKey).HasMaxLength(600).IsRequired();
        live.Property(c => c.UserKey).HasMaxLength(512).IsRequired();
        live.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        live.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
        live.Property(c => c.EndedBy).HasMaxLength(32);
        live.Property(c => c.AgentName).HasMaxLength(256);
        live.Property(c => c.AgentAadId).HasMaxLength(128);
        live.Property(c => c.AgentTeamsId).HasMaxLength(256);
        live.Property(c => c.AgentConversationId).HasMaxLength(512);
        live.Property(c => c.AgentServiceUrl).HasMaxLength(1024);
        live.Property(c => c.BotTeamsId).HasMaxLength(256);
        live.Property(c => c.RequestConversationId).HasMaxLength(512);
        live.Property(c => c.RequestActivityId).HasMaxLength(256);
        live.Property(c => c.RequestServiceUrl).HasMaxLength(1024);
        live.HasOne<ProspectChat>()
            .WithMany()
            .HasForeignKey(c => c.ConversationKey)
            .OnDelete(DeleteBehavior.Cascade);
        live.HasOne<Lead>()
            .WithMany()
            .HasForeignKey(c => c.LeadId)
            .OnDelete(DeleteBehavior.Cascade);
        live.HasMany(c => c.Messages)
            .WithOne()
            .HasForeignKey(m => m.LiveChatId)
            .OnDelete(DeleteBehavior.Cascade);
        // One open live chat per website conversation, one active one per person from sales.
        live.HasIndex(c => c.ConversationKey).IsUnique().HasFilter(OpenFilter).HasDatabaseName("IX_LiveChats_Open");
        live.HasIndex(c => c.AgentAadId).IsUnique().HasFilter("\"Status\" = 'Active' AND \"AgentAadId\" IS NOT NULL").HasDatabaseName("IX_LiveChats_ActiveAgent");
        live.HasIndex(c => c.UserKey);
        live.HasIndex(c => c.LeadId);
        live.HasIndex(c => new { c.Status, c.ExpiresAt });

        var message = modelBuilder.Entity<LiveChatMessage>();
        message.ToTable("LiveChatMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedOnAdd();
        message.Property(m => m.Sender).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.SenderName).HasMaxLength(256);
        message.Property(m => m.Text).HasMaxLength(LiveChatMessage.MaxTextLength).IsRequired();
        message.Property(m => m.SourceActivityId).HasMaxLength(256);
        message.HasIndex(m => new { m.LiveChatId, m.SourceActivityId }).IsUnique();
    }
}
