using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The website channel's Direct Line settings (section "DirectLine"), validated at start-up. With a <see cref="Secret"/>
/// the page talks to Azure Bot Service's Direct Line through tokens minted by <c>POST /api/directline/token</c>; without
/// one the bot serves a Direct Line 3.0-compatible surface itself under <c>/v3/directline</c> (local and offline).
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    public const string DefaultEndpoint = "https://directline.botframework.com";

    /// <summary>The Direct Line channel secret (Azure Bot, channel "Direct Line", site keys). Empty: local Direct Line.</summary>
    public string? Secret { get; set; }

    /// <summary>The Direct Line service, e.g. a regional host. Absolute https URL (http only for a loopback host).</summary>
    public string Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Origins allowed to embed the chat: sent as trustedOrigins when tokens are generated and allowed by CORS on
    /// the token endpoint and the local Direct Line. Empty: the requesting page's own origin only.</summary>
    public string[] TrustedOrigins { get; set; } = [];

    /// <summary>How long a locally minted token is valid (minutes, 1 to 1440; Direct Line's own tokens last 30).</summary>
    public int TokenLifetimeMinutes { get; set; } = 30;

    /// <summary>Key for the HMAC-SHA256 signature of local tokens (at least 32 characters). Empty: a random key per start,
    /// so tokens do not survive a restart; set it when several instances serve the local Direct Line.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Bot:PublicBaseUrl: the bot's public address, used as serviceUrl and for stream URLs when set (behind a
    /// proxy); otherwise they are taken from the request.</summary>
    public string? PublicBaseUrl { get; set; }

    public bool UsesAzureDirectLine => !string.IsNullOrWhiteSpace(Secret);

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(TokenLifetimeMinutes);

    /// <summary>The Direct Line REST root for Web Chat's <c>domain</c>: the endpoint plus <c>/v3/directline</c>.</summary>
    public string AzureDomain => Endpoint.TrimEnd('/') + "/v3/directline";
}

internal sealed class DirectLineOptionsValidation : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        const string s = DirectLineOptions.SectionName;
        var errors = new List<string>();
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

        if (options.TokenLifetimeMinutes is < 1 or > 1440)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{s}:TokenLifetimeMinutes must be between 1 and 1440 (was {options.TokenLifetimeMinutes})."));
        }

        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < 32)
        {
            errors.Add($"{s}:TokenSigningKey must be at least 32 characters long (or empty for a random key per start).");
        }

        if (!string.IsNullOrEmpty(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicUrl)
                || (publicUrl.Scheme != Uri.UriSchemeHttp && publicUrl.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(publicUrl.Query)))
        {
            errors.Add($"Bot:PublicBaseUrl must be an absolute http or https URL without query (was '{options.PublicBaseUrl}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsOrigin(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && value.TrimEnd('/').Length == uri.GetLeftPart(UriPartial.Authority).Length
        && string.IsNullOrEmpty(uri.Query);
}
