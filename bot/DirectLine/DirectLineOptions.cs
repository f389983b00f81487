using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>Which Direct Line the website's chat talks to.</summary>
public enum DirectLineMode
{
    /// <summary>The bot's own Direct Line 3.0 (<c>/v3/directline</c>), for running on one machine without Azure: no
    /// MicrosoftAppId and no DirectLine:Secret (the zero-configuration default).</summary>
    Local,

    /// <summary>Azure Bot Service's Direct Line, with tokens from <c>POST /api/directline/token</c> (DirectLine:Secret).</summary>
    Azure,

    /// <summary>No chat on the website: a MicrosoftAppId without a DirectLine:Secret. The local Direct Line never runs
    /// next to an app id, whose bot authenticates every activity.</summary>
    Off,
}

/// <summary>
/// The website channel's Direct Line settings (section "DirectLine"), validated at start-up. With a <see cref="Secret"/>
/// the page talks to Azure Bot Service's Direct Line through tokens minted by <c>POST /api/directline/token</c>; without
/// one (and without a MicrosoftAppId) the bot serves a Direct Line 3.0-compatible surface itself under
/// <c>/v3/directline</c>, locked down with per-client rate limits and memory caps.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    public const string DefaultEndpoint = "https://directline.botframework.com";

    /// <summary>The Direct Line channel secret (Azure Bot, channel "Direct Line", site keys). Empty: local Direct Line.</summary>
    public string? Secret { get; set; }

    /// <summary>The Direct Line service, e.g. a regional host. Absolute https URL (http only for a loopback host).</summary>
    public string Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Origins (besides the bot's own) whose pages may start the chat: allowed by CORS and by the token
    /// endpoint, and sent to Direct Line as trustedOrigins when a token is generated.</summary>
    public string[] TrustedOrigins { get; set; } = [];

    /// <summary>How long a locally minted token is valid (minutes, 1 to 1440; Direct Line's own tokens last 30).</summary>
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Key for the HMAC-SHA256 signature of local tokens (at least 32 characters). Empty: a random key per start.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Token requests one client (IP address) may make per minute (<c>/api/directline/token</c> and the local
    /// token refresh).</summary>
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>Local Direct Line requests one client may make per minute (posts, polls, reconnects).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Local conversations kept in memory at once; beyond it the least recently used one is dropped.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Local conversations one client may hold; beyond it that client's least recently used one is dropped,
    /// so no single client can take the others' places.</summary>
    public int MaxConversationsPerClient { get; set; } = 20;

    /// <summary>Activities one local conversation keeps (kilobytes of JSON); older ones are dropped beyond it.</summary>
    public int MaxConversationKilobytes { get; set; } = 256;

    /// <summary>Activities all local conversations keep together (megabytes of JSON); the least recently used
    /// conversations are dropped beyond it.</summary>
    public int MaxTotalMegabytes { get; set; } = 256;

    /// <summary>Bot:PublicBaseUrl: the bot's public address (serviceUrl, stream URLs, the embed snippet). Empty: the
    /// address the server listens on.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The root MicrosoftAppId: with one, the local Direct Line is never mapped.</summary>
    public string? MicrosoftAppId { get; set; }

    public DirectLineMode Mode =>
        !string.IsNullOrWhiteSpace(Secret) ? DirectLineMode.Azure
        : !string.IsNullOrWhiteSpace(MicrosoftAppId) ? DirectLineMode.Off
        : DirectLineMode.Local;

    public bool UsesAzureDirectLine => Mode == DirectLineMode.Azure;

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(TokenLifetimeMinutes);

    /// <summary>The Direct Line REST root for Web Chat's <c>domain</c>: the endpoint plus <c>/v3/directline</c>.</summary>
    public string AzureDomain => Endpoint.TrimEnd('/') + "/v3/directline";
}

internal sealed class DirectLineOptionsValidation : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        const string s = DirectLineOptions.SectionName;
        var errors = new OptionErrors(s);
        if (options.Secret is { Length: > 0 } secret && secret.Trim().Length != secret.Length)
        {
            errors.Add($"{s}:Secret must not start or end with white space.");
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))
            || !string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            errors.Add($"{s}:Endpoint must be an absolute https URL without query (http only for a loopback host) (was '{options.Endpoint}').");
        }

        for (var i = 0; i < options.TrustedOrigins.Length; i++)
        {
            if (!IsOrigin(options.TrustedOrigins[i]))
            {
                errors.Add($"{s}:TrustedOrigins:{i} must be an origin such as https://www.example.com (scheme, host and optional port; no path) (was '{options.TrustedOrigins[i]}').");
            }
        }

        errors.Range("TokenLifetimeMinutes", options.TokenLifetimeMinutes, 1, 1440);
        errors.Range("TokenRequestsPerMinute", options.TokenRequestsPerMinute, 1, 100_000);
        errors.Range("RequestsPerMinute", options.RequestsPerMinute, 1, 1_000_000);
        errors.Range("MaxConversations", options.MaxConversations, 1, 1_000_000);
        errors.Range("MaxConversationsPerClient", options.MaxConversationsPerClient, 1, options.MaxConversations);
        errors.Range("MaxConversationKilobytes", options.MaxConversationKilobytes, 64, 65_536);
        errors.Range("MaxTotalMegabytes", options.MaxTotalMegabytes, 1, 65_536);

        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < 32)
        {
            errors.Add($"{s}:TokenSigningKey must be at least 32 characters long (or empty for a random key per start).");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicUrl)
                || (publicUrl.Scheme != Uri.UriSchemeHttp && publicUrl.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(publicUrl.Query) || !string.IsNullOrEmpty(publicUrl.Fragment)))
        {
            errors.Add($"Bot:PublicBaseUrl must be an absolute http or https URL without query (was '{options.PublicBaseUrl}').");
        }

        return errors.Result;
    }

    internal static bool IsOrigin(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && value.TrimEnd('/').Length == uri.GetLeftPart(UriPartial.Authority).Length
        && string.IsNullOrEmpty(uri.Query);
}
