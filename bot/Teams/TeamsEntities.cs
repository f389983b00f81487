namespace LeadBot.Bot.Teams;

/// <summary>
/// A team the bot was added to (Teams conversationUpdate, eventType teamMemberAdded with the bot in membersAdded): where
/// and how to post into it. The team id doubles as the id of its General channel.
/// </summary>
public sealed class TeamsInstallation
{
    public string TeamId { get; set; } = "";
    public string TeamName { get; set; } = "";
    public string TenantId { get; set; } = "";

    /// <summary>The Bot Connector endpoint Teams gave with the install event; every proactive call goes there.</summary>
    public string ServiceUrl { get; set; } = "";

    /// <summary>The bot's Teams id ("28:…") and name as seen in that team.</summary>
    public string BotId { get; set; } = "";
    public string BotName { get; set; } = "";

    /// <summary>The channels the bot can post to (at least General, whose id is the team id).</summary>
    public List<TeamsChannelRecord> Channels { get; set; } = [];

    public DateTimeOffset InstalledAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One channel of an installed team.</summary>
public sealed class TeamsChannelRecord
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
}

/// <summary>
/// A notification waiting to be delivered (transactional outbox). Written in the same transaction as the change it
/// announces, delivered by a background worker that leases it (<see cref="LockedBy"/>/<see cref="LockedUntil"/>) with a
/// conditional UPDATE, retries with backoff and marks it sent once (<see cref="SentAt"/>).
/// </summary>
public sealed class OutboxMessage
{
    public const string MqlNotification = "teams.mql";

    public long Id { get; set; }
    public Guid LeadId { get; set; }
    public string Kind { get; set; } = MqlNotification;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Failed delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not to be tried before this instant (backoff, Retry-After, or waiting for an installation).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>What went wrong last (status code and error code; never personal data).</summary>
    public string? LastError { get; set; }

    /// <summary>Where the card was posted: service URL, channel, the new thread's conversation id and the card's activity id.</summary>
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
}

/// <summary>
/// A lead card the bot showed in Teams outside the sales channel ("show lead" answers): which lead the message
/// (conversation + activity id) shows. A button on a card may only act on that lead, so a crafted action cannot name
/// another lead nor make the bot overwrite a card with an unrelated lead. The card the outbox posted to the sales
/// channel is recorded in its <see cref="OutboxMessage"/>. Holds no personal data; deleted with the lead.
/// </summary>
public sealed class ShownLeadCard
{
    public string ConversationId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public Guid LeadId { get; set; }

    /// <summary>The Bot Connector the message was sent through.</summary>
    public string ServiceUrl { get; set; } = "";

    public DateTimeOffset ShownAt { get; set; }
}
