using LeadBot.Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Security;

/// <summary>
/// Headers every response carries. HTML pages (the website, /embed, /privacy, /terms) get a Content-Security-Policy that
/// lets them load only their own scripts and talk only to this bot and the Direct Line service, may be framed only by
/// the bot's own origin and DirectLine:TrustedOrigins, and allows inline styles because Web Chat injects its CSS at run
/// time. Everything else (JSON, scripts, CSV) gets a policy that allows nothing, which a browser applies if such a
/// response is ever opened as a document. HSTS is sent on https requests, and on requests to the https
/// Bot:PublicBaseUrl (TLS ends at the Azure front end there, so the app itself sees http).
/// </summary>
public sealed class SecurityHeaders
{
    private const string NoDocumentPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>The Microsoft Teams clients (web, desktop, mobile, Outlook and the Microsoft 365 app) that show a page of
    /// the bot in a dialog.</summary>
    public static readonly IReadOnlyList<string> TeamsHosts =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.live.com", "https://*.teams.microsoft.us",
        "https://*.cloud.microsoft", "https://*.office.com", "https://*.skype.com",
    ];

    private readonly string _pagePolicy;
    private readonly string _teamsPagePolicy;
    private readonly string? _publicHost;

    public SecurityHeaders(IOptions<DirectLineOptions> directLine, IOptions<SecurityOptions> security, IOptions<WebsiteOptions>? website = null)
    {
        ArgumentNullException.ThrowIfNull(directLine);
        ArgumentNullException.ThrowIfNull(security);
        var o = directLine.Value;
        var connect = new List<string> { "'self'" };
        if (Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var endpoint))
        {
            var host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
            connect.Add($"{endpoint.Scheme}://{host}");
            connect.Add($"{(endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{host}");
        }

        if (o.UsesAzureDirectLine)
        {
            // Direct Line hands out stream URLs on its regional hosts.
            connect.Add("https://*.botframework.com");
            connect.Add("wss://*.botframework.com");
        }

        // The widget's header shows Website:AvatarUrl, which may be an https picture on another host.
        var images = new List<string> { "'self'", "data:", "blob:" };
        if (Uri.TryCreate(website?.Value.AvatarUrl, UriKind.Absolute, out var avatar) && avatar.Scheme == Uri.UriSchemeHttps)
        {
            images.Add($"https://{avatar.Authority}");
        }

        var ancestors = new List<string> { "'self'" };
        ancestors.AddRange(o.TrustedOrigins.Select(t => t.TrimEnd('/')).Where(t => Uri.TryCreate(t, UriKind.Absolute, out _)));
        _pagePolicy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src " + string.Join(' ', images),
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src " + string.Join(' ', connect.Distinct(StringComparer.OrdinalIgnoreCase)),
            "frame-ancestors " + string.Join(' ', ancestors.Distinct(StringComparer.OrdinalIgnoreCase)),
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'");
        // A page for Teams (the lead page in a dialog) may be framed by the Teams clients, and is otherwise the same.
        _teamsPagePolicy = _pagePolicy.Replace(
            "frame-ancestors " + string.Join(' ', ancestors.Distinct(StringComparer.OrdinalIgnoreCase)),
            "frame-ancestors " + string.Join(' ', ancestors.Concat(TeamsHosts).Distinct(StringComparer.OrdinalIgnoreCase)),
            StringComparison.Ordinal);
        _publicHost = Uri.TryCreate(security.Value.PublicBaseUrl, UriKind.Absolute, out var publicUrl) && publicUrl.Scheme == Uri.UriSchemeHttps
            ? publicUrl.Authority
            : null;
    }

    /// <summary>The policy of the HTML pages (for tests and docs).</summary>
    public string PagePolicy => _pagePolicy;

    /// <summary>The policy of pages shown inside Teams (endpoints with <see cref="ShownInTeams"/> metadata).</summary>
    public string TeamsPagePolicy => _teamsPagePolicy;

    internal Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(static state =>
        {
            var (self, http) = ((SecurityHeaders, HttpContext))state;
            self.Write(http);
            return Task.CompletedTask;
        }, (this, context));
        return next(context);
    }

    private void Write(HttpContext context)
    {
        var headers = context.Response.Headers;
        var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        headers.ContentSecurityPolicy = !html ? NoDocumentPolicy
            : context.GetEndpoint()?.Metadata.GetMetadata<ShownInTeams>() is not null ? _teamsPagePolicy
            : _pagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (context.Request.IsHttps || (_publicHost is not null && string.Equals(context.Request.Host.Value, _publicHost, StringComparison.OrdinalIgnoreCase)))
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}

/// <summary>Endpoint metadata: the page is shown inside Microsoft Teams (a dialog), so the Teams clients may frame it.</summary>
public sealed class ShownInTeams
{
    public static readonly ShownInTeams Instance = new();
}
