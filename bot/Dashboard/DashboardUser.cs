using System.Security.Claims;

namespace LeadBot.Bot.Dashboard;

/// <summary>
/// Who is using the dashboard: <see cref="Id"/> is stable per person (Entra: the object id; local: "local:&lt;name&gt;";
/// the API key: "api-key"), <see cref="Name"/> is shown and recorded ("applied by …"), <see cref="SignIn"/> says how
/// they signed in. Available to every endpoint behind <see cref="DashboardAuthentication.RequireDashboardUser{TBuilder}"/>.
/// </summary>
public sealed record DashboardUser(string Id, string Name, string SignIn)
{
    public const string EntraSignIn = "entra";
    public const string LocalSignIn = "local";
    public const string ApiKeySignIn = "api-key";

    /// <summary>The claim type that carries <see cref="SignIn"/> in the dashboard's cookie.</summary>
    internal const string SignInClaim = "leadbot:signin";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The user of this request, or null when the endpoint is not protected (or nobody signed in).</summary>
    public static DashboardUser? Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(typeof(DashboardUser), out var user) ? user as DashboardUser : null;
    }

    /// <summary>Makes this the request's user: <see cref="Of"/>, and <c>HttpContext.User</c> (Identity.Name = <see cref="Name"/>,
    /// NameIdentifier = <see cref="Id"/>) for code that reads the ASP.NET Core user.</summary>
    internal void AttachTo(HttpContext http)
    {
        http.Items[typeof(DashboardUser)] = this;
        http.User = ToPrincipal(DashboardAuthentication.CookieScheme);
    }

    /// <summary>The user a dashboard cookie describes: one written by the local sign-in, or the claims of an Entra ID
    /// sign-in (object id, name).</summary>
    internal static DashboardUser? From(ClaimsPrincipal principal)
    {
        var signIn = principal.FindFirstValue(SignInClaim);
        if (signIn is LocalSignIn or ApiKeySignIn)
        {
            var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
            var name = principal.FindFirstValue(ClaimTypes.Name);
            return string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name) ? null : new DashboardUser(id, name, signIn);
        }

        var objectId = principal.FindFirstValue("oid") ?? principal.FindFirstValue(ObjectIdClaim);
        if (string.IsNullOrEmpty(objectId))
        {
            return null;
        }

        var display = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name)
            ?? principal.FindFirstValue("preferred_username") ?? objectId;
        return new DashboardUser(objectId, Clean(display, 200), EntraSignIn);
    }

    internal ClaimsPrincipal ToPrincipal(string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Id),
            new Claim(ClaimTypes.Name, Name),
            new Claim(SignInClaim, SignIn),
        ],
        scheme));

    /// <summary>Free text from a person or a header: control characters removed, trimmed, cut to <paramref name="max"/>.</summary>
    internal static string Clean(string? text, int max)
    {
        var clean = new string((text ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length <= max ? clean : clean[..max];
    }
}
