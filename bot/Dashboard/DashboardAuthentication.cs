using System.Collections.Concurrent;
using LeadBot.Bot.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace LeadBot.Bot.Dashboard;

/// <summary>
/// Who may use the dashboard and how they sign in. One cookie scheme (<see cref="CookieScheme"/>, path /dashboard,
/// HttpOnly, SameSite=Lax) holds every sign-in: Microsoft Entra ID through Microsoft.Identity.Web (OpenID Connect, when
/// Dashboard:Entra:ClientId is set) or, when the bot runs alone, the local sign-in form (a local user, or the sales API
/// key with a name). Scripts may call the dashboard's API with the sales API key in X-Api-Key instead of a cookie.
/// Requests that change something and come with the cookie must carry <see cref="AntiForgeryHeader"/>, which a
/// cross-site form cannot send.
/// </summary>
public static class DashboardAuthentication
{
    public const string CookieScheme = "LeadBot.Dashboard";
    public const string EntraScheme = "LeadBot.Entra";
    public const string AntiForgeryHeader = "X-LeadBot-Dashboard";
    public const string RequestedByHeader = "X-Requested-By";
    public const string CallbackPath = "/dashboard/signin-oidc";
    public const string SignedOutCallbackPath = "/dashboard/signout-callback-oidc";

    internal static void Add(IServiceCollection services, DashboardOptions options)
    {
        var authentication = services.AddAuthentication();
        void Cookie(CookieAuthenticationOptions cookie)
        {
            cookie.Cookie.Name = CookieScheme;
            cookie.Cookie.Path = "/dashboard";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/dashboard/signin";
            cookie.AccessDeniedPath = "/dashboard/signin";
        }

        if (!options.UsesEntra)
        {
            authentication.AddCookie(CookieScheme, Cookie);
            return;
        }

        var entra = options.Entra;
        authentication.AddMicrosoftIdentityWebApp(
            identity =>
            {
                identity.Instance = entra.Instance;
                identity.TenantId = entra.TenantId;
                identity.ClientId = entra.ClientId;
                identity.CallbackPath = CallbackPath;
                identity.SignedOutCallbackPath = SignedOutCallbackPath;
                if (string.IsNullOrWhiteSpace(entra.ClientSecret))
                {
                    // Sign-in only: the ID token comes straight to the callback; no secret to keep.
                    identity.ResponseType = OpenIdConnectResponseType.IdToken;
                    identity.ResponseMode = OpenIdConnectResponseMode.FormPost;
                }
                else
                {
                    identity.ClientSecret = entra.ClientSecret;
                    identity.ResponseType = OpenIdConnectResponseType.Code;
                }

            },
            Cookie,
            openIdConnectScheme: EntraScheme,
            cookieScheme: CookieScheme);

        // A loopback sign-in address is a local stand-in (tests); every other one must be https (validated at start-up).
        var loopback = Uri.TryCreate(entra.Instance, UriKind.Absolute, out var address) && DashboardOptionsValidation.IsLoopback(address);
        services.Configure<OpenIdConnectOptions>(EntraScheme, oidc => oidc.RequireHttpsMetadata = !loopback);
    }

    /// <summary>
    /// Protects an endpoint or a group with the dashboard's sign-in: 401 (JSON) without a signed-in user or a valid
    /// X-Api-Key; 403 when a request that changes something comes with the cookie but without
    /// <see cref="AntiForgeryHeader"/>. The user is then <see cref="DashboardUser.Of"/>.
    /// </summary>
    public static TBuilder RequireDashboardUser<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var (user, viaCookie) = await AuthenticateAsync(http).ConfigureAwait(false);
            if (user is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required",
                    detail: "Sign in on /dashboard/signin, or send the sales API key in the X-Api-Key header.");
            }

            if (viaCookie && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
                && http.Request.Headers[AntiForgeryHeader].ToString() != "1")
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Missing header",
                    detail: $"Requests that change something need the {AntiForgeryHeader}: 1 header.");
            }

            user.AttachTo(http);
            return await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>The dashboard user of a request: the cookie's (Entra ID or local), else the sales API key's; and
    /// whether it came from the cookie.</summary>
    internal static async Task<(DashboardUser? User, bool ViaCookie)> AuthenticateAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var result = await http.AuthenticateAsync(CookieScheme).ConfigureAwait(false);
        if (result.Succeeded && result.Principal is { } principal && DashboardUser.From(principal) is { } user)
        {
            var role = options.Entra.RequiredRole;
            var allowed = user.SignIn switch
            {
                DashboardUser.EntraSignIn => options.UsesEntra && (string.IsNullOrWhiteSpace(role) || principal.IsInRole(role)
                    || principal.FindAll("roles").Any(c => c.Value == role)),
                DashboardUser.LocalSignIn => !options.UsesEntra && options.LocalUsers.Any(u => "local:" + u.Name.Trim() == user.Id),
                DashboardUser.ApiKeySignIn => options.AllowApiKey && !options.UsesEntra && ApiKeyConfigured(http),
                _ => false,
            };
            if (allowed)
            {
                return (user, true);
            }
        }

        if (options.AllowApiKey && http.Request.Headers.ContainsKey(SalesApi.ApiKeyHeader) && ApiKeyMatches(http, http.Request.Headers[SalesApi.ApiKeyHeader].ToString()))
        {
            var name = DashboardUser.Clean(http.Request.Headers[RequestedByHeader].ToString(), 100);
            return (new DashboardUser(DashboardUser.ApiKeySignIn, name.Length == 0 ? "sales-api-key" : name + " (API key)", DashboardUser.ApiKeySignIn), false);
        }

        return (null, false);
    }

    internal static bool ApiKeyConfigured(HttpContext http) =>
        !string.IsNullOrWhiteSpace(http.RequestServices.GetRequiredService<IOptionsMonitor<SalesApiOptions>>().CurrentValue.ApiKey);

    internal static bool ApiKeyMatches(HttpContext http, string? presented)
    {
        var key = http.RequestServices.GetRequiredService<IOptionsMonitor<SalesApiOptions>>().CurrentValue.ApiKey;
        return !string.IsNullOrWhiteSpace(key) && !string.IsNullOrEmpty(presented) && SalesApi.KeyMatches(presented, key.Trim());
    }
}

/// <summary>Counts failed sign-ins per client address; too many within a minute and that address must wait a minute.
/// Together with PBKDF2's cost this makes guessing a password or the API key through the form impractical.</summary>
internal sealed class SignInThrottle(IOptions<DashboardOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    private sealed record Window(DateTimeOffset Start, int Failures);

    public bool IsBlocked(string client) =>
        windows.TryGetValue(client, out var window) && clock.GetUtcNow() - window.Start < TimeSpan.FromMinutes(1)
        && window.Failures >= options.Value.MaxFailedSignInsPerMinute;

    public void Failed(string client)
    {
        var now = clock.GetUtcNow();
        windows.AddOrUpdate(client, _ => new Window(now, 1),
            (_, w) => now - w.Start >= TimeSpan.FromMinutes(1) ? new Window(now, 1) : w with { Failures = w.Failures + 1 });
        if (windows.Count > 10_000)
        {
            // Bounded memory: forget windows that are over.
            foreach (var (key, window) in windows)
            {
                if (now - window.Start >= TimeSpan.FromMinutes(1))
                {
                    windows.TryRemove(key, out _);
                }
            }
        }
    }
}
