using System.Net;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Security;

/// <summary>
/// Where the bot may send what it says. With a MicrosoftAppId every activity is authenticated and the Bot Framework
/// checks its serviceUrl against the token, so any is fine. Without one, a caller could name any serviceUrl and make the
/// bot POST to it (an internal address, a cloud metadata service): then only loopback, the bot's own public address and
/// <see cref="SecurityOptions.AllowedServiceUrls"/> are allowed. Host names are compared as written, never resolved.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<SecurityOptions> options)
{
    private readonly Lazy<HashSet<string>> _allowed = new(() =>
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in options.Value.AllowedServiceUrls.Append(options.Value.PublicBaseUrl))
        {
            if (TryParseOrigin(entry, out var origin, allowPath: true))
            {
                set.Add(origin);
            }
        }

        return set;
    });

    /// <summary>Whether any serviceUrl is acceptable (activities are authenticated).</summary>
    public bool Unrestricted => !options.Value.Unauthenticated;

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        if (Unrestricted)
        {
            return true;
        }

        if (uri.UserInfo.Length > 0)
        {
            return false;
        }

        return IsLoopback(uri) || _allowed.Value.Contains(Origin(uri));
    }

    /// <summary>localhost, 127.0.0.0/8 or ::1, as written in the URL.</summary>
    internal static bool IsLoopback(Uri uri) =>
        string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));

    /// <summary>An allow-list entry: scheme://host[:port] only (a trailing slash is fine).</summary>
    internal static bool TryParseOrigin(string? value, out string origin, bool allowPath = false)
    {
        origin = "";
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || (!allowPath && uri.AbsolutePath != "/"))
        {
            return false;
        }

        origin = Origin(uri);
        return true;
    }

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}

/// <summary>
/// The last line of <see cref="ServiceUrlPolicy"/>: every request of the Bot Connector client (replies, Teams cards,
/// card updates, member and channel look-ups) is checked before it leaves, whatever code path built it. A refused request
/// fails like an unreachable service (the outbox retries it later, a turn's reply is logged as failed).
/// </summary>
public sealed class ServiceUrlGuardHandler(ServiceUrlPolicy policy, ILogger<ServiceUrlGuardHandler> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && !policy.IsAllowed(uri))
        {
            logger.LogWarning("Refused to send to a service URL outside the allow-list (no MicrosoftAppId: only loopback, Bot:PublicBaseUrl and Security:AllowedServiceUrls).");
            throw new HttpRequestException("The service URL is not allowed without Bot Framework authentication (Security:AllowedServiceUrls).");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
