using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Hosting;

/// <summary>The bot's own settings (section "Bot"), validated at start-up.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The language used when an activity carries no (supported) locale: "de-DE" or "en-US".</summary>
    public string DefaultLocale { get; set; } = "de-DE";

    /// <summary>The company the bot speaks for (welcome and consent texts).</summary>
    public string CompanyName { get; set; } = "LeadBot";

    /// <summary>The privacy policy linked from the consent question; absolute http(s) URL.</summary>
    public string PrivacyPolicyUrl { get; set; } = "https://example.com/privacy";

    /// <summary>How soon sales gets in touch with an MQL (told to the prospect). Between 1 minute and 30 days.</summary>
    public TimeSpan SalesResponseTime { get; set; } = TimeSpan.FromDays(1);

    public static readonly string[] SupportedLocales = ["de-DE", "en-US"];
}

internal sealed class BotOptionsValidation : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        const string s = BotOptions.SectionName;
        var errors = new List<string>();
        if (!BotOptions.SupportedLocales.Contains(options.DefaultLocale, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{s}:DefaultLocale must be one of {string.Join(", ", BotOptions.SupportedLocales)} (was '{options.DefaultLocale}').");
        }

        if (string.IsNullOrWhiteSpace(options.CompanyName))
        {
            errors.Add($"{s}:CompanyName must not be empty.");
        }

        if (!Uri.TryCreate(options.PrivacyPolicyUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{s}:PrivacyPolicyUrl must be an absolute http or https URL (was '{options.PrivacyPolicyUrl}').");
        }

        if (options.SalesResponseTime < TimeSpan.FromMinutes(1) || options.SalesResponseTime > TimeSpan.FromDays(30))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{s}:SalesResponseTime must be between 00:01:00 and 30.00:00:00 (was '{options.SalesResponseTime}')."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
