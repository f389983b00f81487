using System.Net.Security;
using System.Security.Cryptography;
using LeadBot.Bot.Webhooks;
using Microsoft.Extensions.Options;

// In the DI namespace (like AddHttpClient, AddOptions) so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the lead events for CRMs: options, the event builder, the outbox store and its worker.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>Binds <see cref="WebhookOptions"/> from "Webhooks" and validates it at start-up.</summary>
    public static IServiceCollection AddLeadBotWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidation>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<LeadEvents>();
        services.AddSingleton<WebhookStore>();
        services.AddHostedService<WebhookWorker>();
        services.AddHttpClient(WebhookWorker.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => Handler(sp.GetRequiredService<IOptions<WebhookOptions>>().Value))
            .RemoveAllLoggers();
        return services;
    }

    /// <summary>No redirects (the configured address is the receiver), no cookies, no proxy credentials; a certificate
    /// the system does not trust is accepted only when its SHA-256 fingerprint is configured.</summary>
    private static SocketsHttpHandler Handler(WebhookOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var pinned = options.TrustedCertificateSha256
            .Select(h => h.Replace(":", "", StringComparison.Ordinal).Trim().ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
        if (pinned.Count > 0)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None
                || (certificate is not null && pinned.Contains(Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()))));
        }

        return handler;
    }
}
