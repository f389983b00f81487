using System.Net;
using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Dashboard;

/// <summary>The dashboard page and its sign-in (section "Dashboard"). With <see cref="EntraOptions.ClientId"/> set,
/// people sign in with Microsoft Entra ID; otherwise with a <see cref="LocalUsers">local user</see> or the sales API key.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Sign-in with Microsoft Entra ID (Microsoft.Identity.Web, OpenID Connect); off while ClientId is empty.</summary>
    public EntraOptions Entra { get; set; } = new();

    /// <summary>People who may sign in with a name and password when Entra ID is not configured.</summary>
    public List<LocalDashboardUser> LocalUsers { get; set; } = [];

    /// <summary>Whether the sales API key (SalesApi:ApiKey) may be used to sign in on the page (with a name) and to call
    /// the dashboard's API with the X-Api-Key header.</summary>
    public bool AllowApiKey { get; set; } = true;

    /// <summary>How long a sign-in lasts without activity (sliding), in hours.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>Failed sign-ins from one address within a minute before further attempts are refused for a minute.</summary>
    public int MaxFailedSignInsPerMinute { get; set; } = 10;

    public bool UsesEntra => !string.IsNullOrWhiteSpace(Entra.ClientId);
}

/// <summary>Microsoft Entra ID for the dashboard (section "Dashboard:Entra"): an app registration whose redirect URI is
/// <c>https://&lt;bot&gt;/dashboard/signin-oidc</c>.</summary>
public sealed class EntraOptions
{
    /// <summary>The cloud's sign-in address.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The directory (tenant) id whose people may sign in.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The application (client) id of the dashboard's app registration. Empty: Entra sign-in off.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>A client secret: the authorization code flow. Empty: the ID token is sent straight to the callback
    /// (form post; enable "ID tokens" on the app registration).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>An app role a person must have (assigned in Entra ID); empty: every person of the tenant.</summary>
    public string RequiredRole { get; set; } = "";
}

/// <summary>A local dashboard user: a name and a PBKDF2 hash of the password (see README for how to make one).</summary>
public sealed class LocalDashboardUser
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}

internal sealed class DashboardOptionsValidation : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        const string s = DashboardOptions.SectionName;
        var errors = new OptionErrors(s);
        errors.Range(nameof(options.SessionHours), options.SessionHours, 1, 24 * 30);
        errors.Range(nameof(options.MaxFailedSignInsPerMinute), options.MaxFailedSignInsPerMinute, 1, 1000);

        var entra = options.Entra;
        if (options.UsesEntra)
        {
            if (!Guid.TryParse(entra.ClientId, out _))
            {
                errors.Add($"{s}:Entra:ClientId must be the app registration's application (client) id, a GUID (was '{entra.ClientId}').");
            }

            if (string.IsNullOrWhiteSpace(entra.TenantId))
            {
                errors.Add($"{s}:Entra:TenantId is required when {s}:Entra:ClientId is set (the directory id, or 'organizations').");
            }

            if (!Uri.TryCreate(entra.Instance, UriKind.Absolute, out var instance)
                || !(instance.Scheme == Uri.UriSchemeHttps || (instance.Scheme == Uri.UriSchemeHttp && IsLoopback(instance))))
            {
                errors.Add($"{s}:Entra:Instance must be an https URL such as https://login.microsoftonline.com/ (was '{entra.Instance}').");
            }
        }

        for (var i = 0; i < options.LocalUsers.Count; i++)
        {
            var user = options.LocalUsers[i];
            if (string.IsNullOrWhiteSpace(user.Name) || user.Name.Length > 100 || user.Name.Any(char.IsControl))
            {
                errors.Add($"{s}:LocalUsers:{i}:Name must be 1 to 100 characters without control characters.");
            }

            if (!PasswordHash.TryParse(user.PasswordHash, out _))
            {
                errors.Add($"{s}:LocalUsers:{i}:PasswordHash must be a hash in the form {PasswordHash.Format} (see README: the dashboard's sign-in); a plain password is not accepted.");
            }
        }

        var duplicate = options.LocalUsers.GroupBy(u => u.Name.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add($"{s}:LocalUsers names the user '{duplicate.Key}' twice.");
        }

        return errors.Result;
    }

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
