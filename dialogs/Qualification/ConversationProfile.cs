using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Qualification;

/// <summary>What the bot keeps about a conversation that is not an answer: the language chosen and where it started.
/// Holds nothing personal, so it may be stored before consent.</summary>
public sealed class ConversationProfile
{
    /// <summary>Locale the prospect switched to ("auf Deutsch", "English please"); overrides the channel's locale.</summary>
    public string? Locale { get; set; }

    public bool Welcomed { get; set; }

    /// <summary>The page and campaign the website reported when the chat opened.</summary>
    public LeadSource? Source { get; set; }

    /// <summary>The lead stored from this conversation: what the in-chat privacy commands reach when the visitor's
    /// identity is not proven.</summary>
    public Guid? LeadId { get; set; }
}
