namespace LeadBot.Dialogs.Domain;

/// <summary>Proof of what the prospect agreed to: which consent text (version and hash), when, where, in which language.</summary>
public sealed class ConsentRecord
{
    public string TextVersion { get; set; } = "";
    public string TextHash { get; set; } = "";
    public DateTimeOffset GivenAt { get; set; }
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string Locale { get; set; } = "";
}
