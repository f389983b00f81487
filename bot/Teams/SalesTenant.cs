using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>
/// The one Entra ID tenant the Teams side serves (Teams:TenantId): only it may install the bot, and only its members'
/// commands and card buttons are obeyed. Without the setting nobody is. Never a tenant learned from an install event:
/// whoever can install the app could otherwise make themselves sales.
/// </summary>
public sealed class SalesTenant(IOptions<TeamsOptions> options, ILogger<SalesTenant> logger)
{
    /// <summary>Whether <paramref name="activity"/> comes from the configured sales tenant. A refusal is logged in one line
    /// with a hash of the tenant (what was refused, never who).</summary>
    public bool IsSalesTenant(IActivity activity, string refused)
    {
        var o = options.Value;
        var tenant = TenantOf(activity);
        if (o.IsConfigured && !string.IsNullOrEmpty(tenant) && string.Equals(o.TenantId, tenant, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (o.IsConfigured)
        {
            logger.LogWarning("Refused {What} from Teams tenant #{TenantHash}: only the tenant in {Key} is served.",
                refused, Hash(tenant), $"{TeamsOptions.SectionName}:TenantId");
        }
        else
        {
            logger.LogWarning("Refused {What} from Teams: Teams is not configured ({Key} and {ChannelKey}).",
                refused, $"{TeamsOptions.SectionName}:TenantId", $"{TeamsOptions.SectionName}:SalesChannelId");
        }

        return false;
    }

    private static string Hash(string? tenant) => string.IsNullOrEmpty(tenant)
        ? "-"
        : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tenant)).AsSpan(0, 6));

    /// <summary>The tenant Teams names in channelData (conversation.tenantId otherwise); null when neither is there.</summary>
    public static string? TenantOf(IActivity activity)
    {
        string? fromChannelData = null;
        try
        {
            fromChannelData = (activity as Activity)?.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
        }

        return string.IsNullOrEmpty(fromChannelData) ? activity.Conversation?.TenantId : fromChannelData;
    }
}
