namespace LeadBot.Dialogs.Qualification;

/// <summary>How the bot presents itself to prospects. Section "Conversation" of appsettings.json, validated at start-up.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>Locale used when the activity carries none ("de-DE" or "en-US").</summary>
    public string DefaultLocale { get; set; } = "de-DE";

    public string CompanyName { get; set; } = "";

    /// <summary>Absolute link to the privacy policy, shown in the consent question.</summary>
    public string PrivacyPolicyUrl { get; set; } = "";

    /// <summary>Version id of the consent text; stored with every consent record.</summary>
    public string ConsentVersion { get; set; } = "1";

    /// <summary>Days a lead that never became MQL is kept; named in the consent text.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>How soon sales gets in touch with an MQL, per language ("de": "einem Werktag", "en": "one business day").</summary>
    public Dictionary<string, string> SalesResponseTime { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where a prospect can reach a person (e-mail or phone), offered when a question cannot be answered.</summary>
    public string SalesContact { get; set; } = "";

    /// <summary>Country calling code for phone numbers written without one when the chat's locale names no region
    /// ("de", not "de-AT"), e.g. "+49". A locale with a region decides by itself (en-US reads "(212) 736-5000").</summary>
    public string DefaultCallingCode { get; set; } = "+49";

    /// <summary>The region of <see cref="DefaultCallingCode"/> ("DE" for +49, "US" for +1), or null when it has none.</summary>
    public string? DefaultRegion =>
        int.TryParse((DefaultCallingCode ?? "").TrimStart('+'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
        && PhoneNumbers.PhoneNumberUtil.GetInstance().GetRegionCodeForCountryCode(code) is { } region && region != "ZZ" && region != "001"
            ? region
            : null;

    public string DefaultLanguage => Domain.SupportedLanguages.Of(DefaultLocale);

    public string ResponseTime(string language) =>
        SalesResponseTime.TryGetValue(language, out var t) && !string.IsNullOrWhiteSpace(t) ? t : SalesResponseTime.Values.FirstOrDefault() ?? "";

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        const string s = SectionName;
        var prefix = (DefaultLocale ?? "").Trim().Split('-', '_')[0].ToLowerInvariant();
        if (prefix is not (Domain.SupportedLanguages.German or Domain.SupportedLanguages.English))
        {
            errors.Add($"{s}:DefaultLocale must be a German or English locale such as de-DE or en-US (was '{DefaultLocale}').");
        }

        if (string.IsNullOrWhiteSpace(CompanyName))
        {
            errors.Add($"{s}:CompanyName is required: the welcome and the consent text name the company.");
        }

        if (!Uri.TryCreate(PrivacyPolicyUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{s}:PrivacyPolicyUrl must be an absolute http(s) URL (was '{PrivacyPolicyUrl}').");
        }

        if (string.IsNullOrWhiteSpace(ConsentVersion))
        {
            errors.Add($"{s}:ConsentVersion is required: every consent record stores it.");
        }

        if (RetentionDays is < 1 or > 3650)
        {
            errors.Add($"{s}:RetentionDays must be between 1 and 3650 (was {RetentionDays}).");
        }

        foreach (var language in Domain.SupportedLanguages.All)
        {
            if (!SalesResponseTime.TryGetValue(language, out var t) || string.IsNullOrWhiteSpace(t))
            {
                errors.Add($"{s}:SalesResponseTime:{language} is required.");
            }
        }

        if (string.IsNullOrWhiteSpace(SalesContact))
        {
            errors.Add($"{s}:SalesContact is required: it is offered when a prospect asks for a person.");
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(DefaultCallingCode ?? "", @"^\+[1-9][0-9]{0,3}$"))
        {
            errors.Add($"{s}:DefaultCallingCode must look like +49 (was '{DefaultCallingCode}').");
        }
        else if (DefaultRegion is null)
        {
            errors.Add($"{s}:DefaultCallingCode {DefaultCallingCode} is no country's calling code.");
        }

        return errors;
    }
}
