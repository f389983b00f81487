using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Teams;

/// <summary>Who may command the bot: only members of the sales tenant (Teams:TenantId, else a tenant the bot was
/// installed in).</summary>
public sealed class SalesTenant(TeamsStore store, IOptions<TeamsOptions> options)
{
    public async Task<bool> IsSalesMemberAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var tenant = TenantOf(activity);
        if (string.IsNullOrEmpty(tenant))
        {
            return false;
        }

        var configured = options.Value.TenantId;
        if (!string.IsNullOrEmpty(configured))
        {
            return string.Equals(configured, tenant, StringComparison.OrdinalIgnoreCase);
        }

        var installations = await store.GetInstallationsAsync(cancellationToken);
        return installations.Any(i => string.Equals(i.TenantId, tenant, StringComparison.OrdinalIgnoreCase));
    }

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
