namespace LeadBot.Dialogs.Domain;

/// <summary>Where the lead came from: the channel and, when the website passes it, the page, the referrer and the
/// campaign (the page address's utm_* parameters). All of it comes from the visitor's browser: labels, not facts.</summary>
public sealed class LeadSource
{
    public string ChannelId { get; set; } = "";
    public string? PageUrl { get; set; }
    public string? Referrer { get; set; }

    /// <summary>utm_campaign.</summary>
    public string? Campaign { get; set; }

    /// <summary>utm_source, e.g. "newsletter".</summary>
    public string? CampaignSource { get; set; }

    /// <summary>utm_medium, e.g. "email".</summary>
    public string? CampaignMedium { get; set; }

    /// <summary>utm_term, e.g. a paid search keyword.</summary>
    public string? CampaignTerm { get; set; }

    /// <summary>utm_content, e.g. which link or banner.</summary>
    public string? CampaignContent { get; set; }
}
