namespace LeadBot.Dialogs.Domain;

/// <summary>Where the lead came from: the channel and, when the website passes it, the page and campaign.</summary>
public sealed class LeadSource
{
    public string ChannelId { get; set; } = "";
    public string? PageUrl { get; set; }
    public string? Referrer { get; set; }
    public string? Campaign { get; set; }
}
