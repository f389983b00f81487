using System.Globalization;
using System.Resources;

namespace LeadBot.Dialogs.Resources;

/// <summary>
/// The bot's words, per language, from Messages.resx (English, the neutral language) and Messages.de.resx (German,
/// formal "Sie"). Dialog code names a key; it never holds the text.
/// </summary>
public static class Texts
{
    private static readonly ResourceManager Manager = new("LeadBot.Dialogs.Resources.Messages", typeof(Texts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Manager.GetString(key, culture) ?? throw new MissingManifestResourceException($"No text for '{key}'.");

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>A text for a language code ("de", "en").</summary>
    public static string Get(string key, string language) => Get(key, CultureFor(language));

    public static string Format(string key, string language, params object?[] args) => Format(key, CultureFor(language), args);

    public static CultureInfo CultureFor(string language) =>
        CultureInfo.GetCultureInfo(language == "de" ? "de-DE" : "en-US");

    /// <summary>Every key of the neutral resources, for the tests that check both languages have every text.</summary>
    public static IReadOnlyList<string> Keys()
    {
        var set = Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
                  ?? throw new MissingManifestResourceException("Neutral resources missing.");
        return set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
    }

    public static bool HasOwnText(string key, string language)
    {
        var set = Manager.GetResourceSet(CultureFor(language), createIfNotExists: true, tryParents: false);
        return set?.GetString(key) is not null;
    }
}
