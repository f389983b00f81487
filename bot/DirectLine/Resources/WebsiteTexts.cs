using System.Collections;
using System.Globalization;
using System.Resources;

namespace LeadBot.Bot.DirectLine.Resources;

/// <summary>What the website page and the widget say, per language (WebsiteTexts.resx, WebsiteTexts.de.resx).</summary>
internal static class WebsiteTexts
{
    private static readonly ResourceManager Manager = new("LeadBot.Bot.DirectLine.Resources.WebsiteTexts", typeof(WebsiteTexts).Assembly);

    public static CultureInfo CultureFor(string language) => CultureInfo.GetCultureInfo(language == "de" ? "de-DE" : "en-US");

    public static string Get(string key, string language) =>
        Manager.GetString(key, CultureFor(language)) ?? throw new MissingManifestResourceException($"WebsiteTexts.{key} is missing.");

    /// <summary>Every text in <paramref name="language"/>, by key (for the widget, which switches language itself).</summary>
    public static Dictionary<string, string> All(string language)
    {
        var neutral = Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
                      ?? throw new MissingManifestResourceException("WebsiteTexts: neutral resources missing.");
        return neutral.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToDictionary(k => k, k => Get(k, language), StringComparer.Ordinal);
    }
}
