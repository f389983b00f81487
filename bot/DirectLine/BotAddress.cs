using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The bot's own public address and the page origins that may start the chat. The address comes from
/// Bot:PublicBaseUrl or, without it, from the address the server listens on (a wildcard host such as <c>0.0.0.0</c>
/// becomes <c>localhost</c>); never from a request's Host header, which a caller chooses. It is the local Direct Line's
/// serviceUrl, the base of its stream URLs and of the embed snippet.
/// </summary>
public sealed class BotAddress(IOptions<DirectLineOptions> options, IServer server)
{
    private string? _baseUrl;

    /// <summary>Scheme, host, port and path base, without a trailing slash.</summary>
    public string BaseUrl
    {
        get
        {
            if (_baseUrl is { } known)
            {
                return known;
            }

            var (value, final) = Resolve();
            if (final)
            {
                _baseUrl = value;
            }

            return value;
        }
    }

    /// <summary>The origin part of <see cref="BaseUrl"/>.</summary>
    public string Origin => new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>The local Direct Line's REST root (Web Chat's <c>domain</c>).</summary>
    public string LocalDirectLineDomain => BaseUrl + LocalDirectLineRoutes.Prefix;

    /// <summary>The origins sent to Azure Direct Line as trustedOrigins: the configured ones, else the bot's own.</summary>
    public IReadOnlyList<string> TrustedOriginsForDirectLine =>
        options.Value.TrustedOrigins.Length > 0 ? options.Value.TrustedOrigins.Select(o => o.TrimEnd('/')).ToArray() : [Origin];

    /// <summary>Whether a page on <paramref name="origin"/> may start the chat: the bot's own origin (with its loopback
    /// aliases when it runs on loopback) or one of DirectLine:TrustedOrigins.</summary>
    public bool IsAllowedOrigin(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var candidate))
        {
            return false;
        }

        var normalized = candidate.GetLeftPart(UriPartial.Authority);
        if (string.Equals(normalized, Origin, StringComparison.OrdinalIgnoreCase)
            || options.Value.TrustedOrigins.Any(t => string.Equals(t.TrimEnd('/'), normalized, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // localhost, 127.0.0.1 and [::1] are one machine: the bot's own page may be opened under any of them.
        var own = new Uri(Origin);
        return own.IsLoopback && candidate.IsLoopback && candidate.Port == own.Port && candidate.Scheme == own.Scheme;
    }

    private (string Value, bool Final) Resolve()
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return (configured.TrimEnd('/'), true);
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            // Before the server has started there is no address yet: do not remember this answer.
            return ("http://localhost", false);
        }

        var binding = BindingAddress.Parse(address);
        var host = binding.Host is "+" or "*" or "0.0.0.0" or "[::]" or "::" ? "localhost" : binding.Host;
        var port = (binding.Port == 80 && binding.Scheme == "http") || (binding.Port == 443 && binding.Scheme == "https")
            ? ""
            : ":" + binding.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ($"{binding.Scheme}://{host}{port}{binding.PathBase}".TrimEnd('/'), true);
    }
}
