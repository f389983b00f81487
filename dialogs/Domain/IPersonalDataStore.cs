namespace LeadBot.Dialogs.Domain;

/// <summary>Whose data a request is about: the chat identity (channel and user id), when known the e-mail address, a
/// lead, and the website conversation the request comes from (<see cref="ConversationKey"/>, "{channelId}/{conversationId}":
/// what only this conversation stored, e.g. a live chat before there is a lead).</summary>
public sealed record PersonalDataSubject(string? UserKey, string? Email, Guid? LeadId = null, string? ConversationKey = null)
{
    /// <summary>The key of a conversation as the stores keep it: "{channelId}/{conversationId}"; null without a conversation.</summary>
    public static string? ConversationKeyOf(string? channelId, string? conversationId) =>
        string.IsNullOrEmpty(conversationId) ? null : $"{channelId}/{conversationId}";
}

/// <summary>What an erasure removed, counted, so it can be confirmed to the person and audited without personal data.</summary>
public sealed record ErasureResult(int Leads, int StageChanges, int Notifications)
{
    public bool RemovedAnything => Leads + StageChanges + Notifications > 0;
}

/// <summary>
/// The data-subject rights on stored leads (GDPR Art. 15, 17, 20): find everything stored about a person, erase it, and
/// record a consent withdrawal. The bot's own conversation and user state are erased by the conversation itself.
/// </summary>
public interface IPersonalDataStore
{
    Task<IReadOnlyList<Lead>> FindAsync(PersonalDataSubject subject, CancellationToken cancellationToken);

    /// <param name="requestedBy">"prospect" for a request from the chat, otherwise the admin's identity; recorded, not the data.</param>
    Task<ErasureResult> EraseAsync(PersonalDataSubject subject, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Withdrawal of consent: processing stops; the leads are erased or anonymized as configured; the withdrawal is
    /// recorded without personal data.</summary>
    Task<ErasureResult> WithdrawConsentAsync(PersonalDataSubject subject, string channelId, CancellationToken cancellationToken);

    /// <summary>The live chats the person had with someone from sales (their transcripts), oldest first; none where the
    /// host has no live chat.</summary>
    Task<IReadOnlyList<LiveChatTranscript>> FindLiveChatsAsync(PersonalDataSubject subject, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LiveChatTranscript>>([]);
}

/// <summary>A live chat between the prospect and a person from sales: when, with whom (first name), every line.</summary>
public sealed record LiveChatTranscript(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? With, IReadOnlyList<LiveChatTranscriptLine> Lines);

/// <summary>One line of a live chat: <see cref="FromProspect"/> true for the prospect's own words; otherwise
/// <see cref="From"/> names the person from sales (or the bot).</summary>
public sealed record LiveChatTranscriptLine(DateTimeOffset At, bool FromProspect, string? From, string Text);
