using System.Net;
using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Webhooks;

/// <summary>Lead events out to CRMs (section "Webhooks"), validated at start-up.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>The receivers. None configured: no event is recorded at all.</summary>
    public List<WebhookEndpoint> Endpoints { get; set; } = [];

    /// <summary>Attempts per event and receiver before it is dead-lettered (shown on the dashboard, retried by hand).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The first retry delay; doubled on each further failure up to <see cref="MaxBackoffSeconds"/>.</summary>
    public double InitialBackoffSeconds { get; set; } = 10;

    public double MaxBackoffSeconds { get; set; } = 3600;

    /// <summary>How often the worker looks for due events (it is woken at once when this instance records one).</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long an instance holds an event while sending it; longer than <see cref="SendTimeoutSeconds"/>.</summary>
    public double LeaseSeconds { get; set; } = 120;

    public double SendTimeoutSeconds { get; set; } = 30;

    /// <summary>For tests and local receivers only: plain http is allowed for a loopback address (127.0.0.1, ::1, localhost).</summary>
    public bool AllowHttpOnLoopback { get; set; }

    /// <summary>SHA-256 fingerprints (hex) of receiver certificates trusted although no trusted authority issued them: a
    /// receiver with a self-signed certificate (tests, a private network). Empty: only the system's trust store.</summary>
    public List<string> TrustedCertificateSha256 { get; set; } = [];
}

/// <summary>One receiver of lead events.</summary>
public sealed class WebhookEndpoint
{
    /// <summary>A short id ("hubspot", "dynamics"): letters, digits, '-' and '_'.</summary>
    public string Name { get; set; } = "";

    /// <summary>The receiver's HTTPS address.</summary>
    public string Url { get; set; } = "";

    /// <summary>The shared secret for the HMAC-SHA256 signature (at least 32 characters).</summary>
    public string Secret { get; set; } = "";

    /// <summary>The event types sent; empty: all (<see cref="LeadEventTypes.All"/>).</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>The CRM's name as the stage history shows it when the CRM reports a stage back (default: <see cref="Name"/>).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>A key (at least 16 characters) with which this CRM may call <c>POST /api/leads/{id}/stage</c> and nothing
    /// else; its changes are recorded as made by <see cref="DisplayName"/>. Empty: the CRM uses the sales API key.</summary>
    public string CallbackKey { get; set; } = "";

    public string Who => string.IsNullOrWhiteSpace(DisplayName) ? Name : DisplayName.Trim();

    public bool Wants(string eventType) => Events.Count == 0 || Events.Contains(eventType, StringComparer.Ordinal);
}

internal sealed class WebhookOptionsValidation : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions o)
    {
        const string s = WebhookOptions.SectionName;
        var errors = new OptionErrors(s);
        errors.Range(nameof(o.MaxAttempts), o.MaxAttempts, 1, 100);
        errors.Range(nameof(o.InitialBackoffSeconds), o.InitialBackoffSeconds, 0.01, 3600);
        errors.Range(nameof(o.MaxBackoffSeconds), o.MaxBackoffSeconds, 0.01, 86400);
        errors.Range(nameof(o.PollSeconds), o.PollSeconds, 0.05, 3600);
        errors.Range(nameof(o.SendTimeoutSeconds), o.SendTimeoutSeconds, 1, 600);
        errors.Range(nameof(o.LeaseSeconds), o.LeaseSeconds, 2, 3600);
        if (o.MaxBackoffSeconds < o.InitialBackoffSeconds)
        {
            errors.Add($"{s}:MaxBackoffSeconds must not be smaller than {s}:InitialBackoffSeconds.");
        }

        if (o.LeaseSeconds <= o.SendTimeoutSeconds)
        {
            errors.Add($"{s}:LeaseSeconds must be longer than {s}:SendTimeoutSeconds, otherwise another instance could send the same event while a send is still running.");
        }

        for (var i = 0; i < o.TrustedCertificateSha256.Count; i++)
        {
            var hex = o.TrustedCertificateSha256[i].Replace(":", "", StringComparison.Ordinal).Trim();
            if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
            {
                errors.Add($"{s}:TrustedCertificateSha256:{i} must be a SHA-256 fingerprint (64 hex digits).");
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < o.Endpoints.Count; i++)
        {
            var e = o.Endpoints[i];
            var key = $"{s}:Endpoints:{i}";
            if (string.IsNullOrWhiteSpace(e.Name) || e.Name.Length > 64 || !e.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                errors.Add($"{key}:Name is required: up to 64 letters, digits, '-' or '_' (was '{e.Name}').");
            }
            else if (!names.Add(e.Name))
            {
                errors.Add($"{key}:Name '{e.Name}' is used twice.");
            }

            if (!Uri.TryCreate(e.Url, UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.UserInfo))
            {
                errors.Add($"{key}:Url must be an absolute https URL without user name or password.");
            }
            else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && o.AllowHttpOnLoopback && IsLoopback(url)))
            {
                errors.Add($"{key}:Url must use https (plain http only for a loopback address with {s}:AllowHttpOnLoopback) (was '{url.Scheme}').");
            }

            if (string.IsNullOrEmpty(e.Secret) || e.Secret.Length < 32)
            {
                errors.Add($"{key}:Secret is required: at least 32 characters (a random value shared with the receiver only).");
            }

            foreach (var type in e.Events.Where(t => !LeadEventTypes.All.Contains(t, StringComparer.Ordinal)))
            {
                errors.Add($"{key}:Events: unknown event type '{type}' (known: {string.Join(", ", LeadEventTypes.All)}).");
            }

            if (e.CallbackKey.Length > 0 && e.CallbackKey.Trim().Length < 16)
            {
                errors.Add($"{key}:CallbackKey must be empty or at least 16 characters.");
            }
            else if (e.CallbackKey.Length > 0 && !keys.Add(e.CallbackKey.Trim()))
            {
                errors.Add($"{key}:CallbackKey is the same as another endpoint's: each CRM needs its own.");
            }

            if (e.DisplayName.Length > 128)
            {
                errors.Add($"{key}:DisplayName must be at most 128 characters.");
            }
        }

        return errors.Result;
    }

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
