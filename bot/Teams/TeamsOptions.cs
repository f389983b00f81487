using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>The Teams sales handoff (section "Teams"), validated at start-up.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The channel new MQL cards go to (e.g. "19:…@thread.tacv2"; a team's General channel has the team's id).
    /// Cards go there and nowhere else, once the bot is installed in the team that has it. Required when
    /// <see cref="TenantId"/> is set.</summary>
    public string SalesChannelId { get; set; } = "";

    /// <summary>The Entra ID tenant of the sales team: the only tenant the bot may be installed in and whose members may
    /// use the sales commands and card buttons. Required when <see cref="SalesChannelId"/> is set.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Whether the Teams handoff is set up. Without it every Teams activity is refused and MQL cards wait in the
    /// outbox.</summary>
    public bool IsConfigured => TenantId.Length > 0 && SalesChannelId.Length > 0;

    /// <summary>Language of the card labels: "de" or "en".</summary>
    public string CardLanguage { get; set; } = "de";

    /// <summary>How often the outbox worker looks for notifications (it is also woken at once when a lead becomes MQL).</summary>
    public double OutboxPollSeconds { get; set; } = 5;

    /// <summary>The first retry delay after a failed post; doubled on each further failure up to <see cref="MaxBackoffSeconds"/>.</summary>
    public double InitialBackoffSeconds { get; set; } = 2;

    /// <summary>The longest delay between two attempts (a Retry-After from the Bot Connector is honoured even when longer).</summary>
    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>How long an instance holds a notification while posting it; must be longer than <see cref="SendTimeoutSeconds"/>.</summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>Timeout of one post to the Bot Connector.</summary>
    public double SendTimeoutSeconds { get; set; } = 30;

    /// <summary>How many leads "open leads" lists at most.</summary>
    public int OpenLeadsLimit { get; set; } = 20;

    /// <summary>The lead in the company's CRM, for the card's "open" button instead of the bot's own lead page: an absolute
    /// https URL with the placeholders <c>{email}</c> and/or <c>{leadId}</c> (filled URL-encoded). Empty: the card opens
    /// the bot's lead page inside Teams.</summary>
    public string CrmLeadUrl { get; set; } = "";

    /// <summary>The time zone the cards and the lead page show times in (an IANA id such as "Europe/Berlin", or "UTC"),
    /// so sales reads them as their own clock shows them.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The time zone of <see cref="TimeZone"/> (UTC when it is unknown; start-up refuses that anyway).</summary>
    public TimeZoneInfo CardTimeZone =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>How long a link to the bot's lead page is valid (minutes). Teams asks for a fresh link at every click.</summary>
    public double LeadPageLinkMinutes { get; set; } = 15;

    /// <summary>Key for the HMAC-SHA256 signature of lead page links (at least 32 characters). Empty: a random key per
    /// start, so links do not survive a restart and work only on the instance that made them; set it when several
    /// instances run.</summary>
    public string LeadPageSigningKey { get; set; } = "";

    /// <summary>Not bound from "Teams": <c>Bot:PublicBaseUrl</c>, the bot's public address, for the links to the lead
    /// page (<c>{PublicBaseUrl}/teams/leads/{id}</c>). Empty: the address the host listens on, if known.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public const string PublicBaseUrlKey = "Bot:PublicBaseUrl";
}

internal sealed class TeamsOptionsValidation : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions o)
    {
        const string s = TeamsOptions.SectionName;
        var errors = new OptionErrors(s);
        errors.Range(nameof(o.OutboxPollSeconds), o.OutboxPollSeconds, 0.05, 3600);
        errors.Range(nameof(o.InitialBackoffSeconds), o.InitialBackoffSeconds, 0.01, 3600);
        errors.Range(nameof(o.MaxBackoffSeconds), o.MaxBackoffSeconds, 0.01, 86400);
        errors.Range(nameof(o.SendTimeoutSeconds), o.SendTimeoutSeconds, 1, 600);
        errors.Range(nameof(o.LeaseSeconds), o.LeaseSeconds, 2, 3600);
        errors.Range(nameof(o.OpenLeadsLimit), o.OpenLeadsLimit, 1, 100);
        errors.Range(nameof(o.LeadPageLinkMinutes), o.LeadPageLinkMinutes, 1, 1440);
        if (string.IsNullOrWhiteSpace(o.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _))
        {
            errors.Add($"{s}:TimeZone must be a time zone id such as Europe/Berlin or UTC (was '{o.TimeZone}').");
        }

        if (o.LeadPageSigningKey.Length is > 0 and < 32)
        {
            errors.Add($"{s}:LeadPageSigningKey must be at least 32 characters long (or empty for a random key per start).");
        }

        if (o.CrmLeadUrl.Length > 0
            && (!Uri.TryCreate(o.CrmLeadUrl.Replace("{email}", "e", StringComparison.Ordinal).Replace("{leadId}", "i", StringComparison.Ordinal), UriKind.Absolute, out var crm)
                || crm.Scheme != Uri.UriSchemeHttps
                || (!o.CrmLeadUrl.Contains("{email}", StringComparison.Ordinal) && !o.CrmLeadUrl.Contains("{leadId}", StringComparison.Ordinal))))
        {
            errors.Add($"{s}:CrmLeadUrl must be empty or an absolute https URL with the placeholder {{email}} or {{leadId}} (was '{o.CrmLeadUrl}').");
        }
        if (o.MaxBackoffSeconds < o.InitialBackoffSeconds)
        {
            errors.Add($"{s}:MaxBackoffSeconds must not be smaller than {s}:InitialBackoffSeconds.");
        }

        if (o.LeaseSeconds <= o.SendTimeoutSeconds)
        {
            errors.Add($"{s}:LeaseSeconds must be longer than {s}:SendTimeoutSeconds, otherwise another instance could post the same card while a post is still running.");
        }

        if (o.CardLanguage is not ("de" or "en"))
        {
            errors.Add($"{s}:CardLanguage must be 'de' or 'en' (was '{o.CardLanguage}').");
        }

        if (o.SalesChannelId.Length > 256 || o.SalesChannelId.Any(char.IsWhiteSpace))
        {
            errors.Add($"{s}:SalesChannelId must be a Teams channel id such as 19:…@thread.tacv2, without spaces (was '{o.SalesChannelId}').");
        }

        if (o.TenantId.Length > 0 && !Guid.TryParse(o.TenantId, out _))
        {
            errors.Add($"{s}:TenantId must be empty or an Entra ID tenant id (a GUID) (was '{o.TenantId}').");
        }

        // Half a Teams setup is refused: without the tenant another organisation could install the bot and act on the
        // leads; without the channel there is nowhere the cards may go.
        if (o.SalesChannelId.Length > 0 && o.TenantId.Length == 0)
        {
            errors.Add($"{s}:TenantId is required once {s}:SalesChannelId is set: the Entra ID tenant (a GUID) of the sales team. Only that tenant may install the bot and use the sales commands.");
        }

        if (o.TenantId.Length > 0 && o.SalesChannelId.Length == 0)
        {
            errors.Add($"{s}:SalesChannelId is required once {s}:TenantId is set: the channel the MQL cards go to (19:…@thread.tacv2; the General channel's id is the team id).");
        }

        if (o.PublicBaseUrl.Length > 0
            && (!Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            errors.Add($"{TeamsOptions.PublicBaseUrlKey} must be empty or an absolute http(s) URL (was '{o.PublicBaseUrl}').");
        }

        return errors.Result;
    }
}
