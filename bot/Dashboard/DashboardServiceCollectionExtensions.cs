using LeadBot.Bot.Dashboard.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Dashboard;

/// <summary>The dashboard's composition root: options (validated at start-up), sign-in, the sections, the page and its API.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Registers the "Dashboard" options, the sign-in schemes and the funnel section.</summary>
    public static IServiceCollection AddLeadBotDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DashboardOptions.SectionName);
        var options = section.Get<DashboardOptions>() ?? new DashboardOptions();
        var validation = new DashboardOptionsValidation().Validate(null, options);
        if (validation.Failed)
        {
            // Before the schemes are built from them: a bad value stops start-up here, naming the key.
            throw new OptionsValidationException(DashboardOptions.SectionName, typeof(DashboardOptions), validation.Failures);
        }

        services.AddOptions<DashboardOptions>().Bind(section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        DashboardAuthentication.Add(services, options);
        services.AddDashboardSection(new DashboardSection("funnel", 10, "/dashboard/funnel.js",
            new Dictionary<string, string> { ["de"] = DashboardTexts.Get("FunnelTab", "de"), ["en"] = DashboardTexts.Get("FunnelTab", "en") }));
        services.AddSingleton<FunnelReport>();
        return services;
    }

    /// <summary>Adds a tab to the dashboard page (see <see cref="DashboardSection"/>).</summary>
    public static IServiceCollection AddDashboardSection(this IServiceCollection services, DashboardSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException(problem, nameof(section));
        }

        services.AddSingleton(section);
        return services;
    }

    /// <summary>Maps the page (<c>/dashboard</c>), the sign-in (<c>/dashboard/signin</c>, <c>/dashboard/signout</c>, the
    /// Entra ID callback) and the dashboard API (<c>/dashboard/api/…</c>).</summary>
    public static WebApplication MapLeadBotDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Only the dashboard's requests run the authentication middleware (it handles the Entra ID callback); the chat's
        // hot path never does.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase), branch => branch.UseAuthentication());

        app.MapGet("/dashboard", (Delegate)PageAsync);
        app.MapGet("/dashboard/signin", SignInPage);
        app.MapGet("/dashboard/signin/entra", EntraChallenge);
        app.MapPost("/dashboard/signin", SignInAsync);
        app.MapPost("/dashboard/signout", (Delegate)SignOutAsync);

        var api = app.MapGroup("/dashboard/api").RequireDashboardUser();
        api.MapGet("/me", (HttpContext http) => Results.Ok(DashboardUser.Of(http)));
        api.MapGet("/funnel", FunnelReport.GetAsync);
        api.MapGet("/funnel/sources", FunnelReport.GetSourcesAsync);
        return app;
    }

    private static async Task<IResult> PageAsync(HttpContext http, IEnumerable<DashboardSection> sections)
    {
        var language = DashboardPage.Language(http.Request);
        var (user, _) = await DashboardAuthentication.AuthenticateAsync(http);
        if (user is null)
        {
            return Results.Redirect($"/dashboard/signin?lang={language}");
        }

        NoStore(http);
        return DashboardPage.Shell(language, user, sections);
    }

    private static IResult SignInPage(HttpContext http, IOptions<DashboardOptions> options)
    {
        NoStore(http);
        return DashboardPage.SignIn(DashboardPage.Language(http.Request), options.Value, DashboardAuthentication.ApiKeyConfigured(http), error: null);
    }

    private static IResult EntraChallenge(HttpContext http, IOptions<DashboardOptions> options)
    {
        if (!options.Value.UsesEntra)
        {
            return Results.Redirect("/dashboard/signin");
        }

        var language = DashboardPage.Language(http.Request);
        return Results.Challenge(new AuthenticationProperties { RedirectUri = $"/dashboard?lang={language}" }, [DashboardAuthentication.EntraScheme]);
    }

    /// <summary>The local sign-in form: a local user with a password, or the sales API key with a name. Only from this
    /// bot's own page (Origin / Sec-Fetch-Site), a bounded number of failures per client and minute.</summary>
    private static async Task<IResult> SignInAsync(HttpContext http, IOptions<DashboardOptions> options, SignInThrottle throttle)
    {
        var settings = options.Value;
        var language = DashboardPage.Language(http.Request);
        var apiKeyUsable = DashboardAuthentication.ApiKeyConfigured(http);
        IResult Fail(string error, int status, string? name = null) =>
            DashboardPage.SignIn(language, settings, apiKeyUsable, error, status, name);

        if (settings.UsesEntra)
        {
            return Fail("SignInUseMicrosoft", StatusCodes.Status400BadRequest);
        }

        if (!IsSameOrigin(http.Request))
        {
            return Fail("SignInForeignPage", StatusCodes.Status403Forbidden);
        }

        if (!http.Request.HasFormContentType)
        {
            return Fail("SignInFailed", StatusCodes.Status400BadRequest);
        }

        var client = http.Connection.RemoteIpAddress?.ToString() ?? "-";
        if (throttle.IsBlocked(client))
        {
            return Fail("SignInTooMany", StatusCodes.Status429TooManyRequests);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var method = form["method"].ToString();
        var name = DashboardUser.Clean(form["name"].ToString(), 100);
        DashboardUser? user = null;
        if (method == "local")
        {
            var match = settings.LocalUsers.FirstOrDefault(u => string.Equals(u.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
            // A hash is computed for an unknown name too, so the answer's timing does not tell which names exist.
            var hash = match is not null && PasswordHash.TryParse(match.PasswordHash, out var parsed) ? parsed! : DecoyHash;
            if (hash.Matches(form["password"].ToString()) && match is not null)
            {
                user = new DashboardUser("local:" + match.Name.Trim(), match.Name.Trim(), DashboardUser.LocalSignIn);
            }
        }
        else if (method == "key" && settings.AllowApiKey && name.Length > 0 && DashboardAuthentication.ApiKeyMatches(http, form["key"].ToString()))
        {
            user = new DashboardUser(DashboardUser.ApiKeySignIn, name + " (API key)", DashboardUser.ApiKeySignIn);
        }

        if (user is null)
        {
            throttle.Failed(client);
            return Fail("SignInFailed", StatusCodes.Status401Unauthorized, method == "local" ? name : null);
        }

        await http.SignInAsync(DashboardAuthentication.CookieScheme, user.ToPrincipal(DashboardAuthentication.CookieScheme));
        return Results.Redirect($"/dashboard?lang={language}");
    }

    private static readonly PasswordHash DecoyHash = PasswordHash.Create(Guid.NewGuid().ToString());

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        var language = DashboardPage.Language(http.Request);
        if (!IsSameOrigin(http.Request))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Sign out from the dashboard page.");
        }

        await http.SignOutAsync(DashboardAuthentication.CookieScheme);
        return Results.Redirect($"/dashboard/signin?lang={language}");
    }

    /// <summary>A form post from this bot's own pages: the browser's Origin (or Sec-Fetch-Site) says so. A request
    /// without either (not a browser) is let through: it carries no cookie of a victim.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
