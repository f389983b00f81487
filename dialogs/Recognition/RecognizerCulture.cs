using Microsoft.Recognizers.Text;

namespace LeadBot.Dialogs.Recognition;

/// <summary>Maps any locale string to one of the two supported recognizer cultures (de-de, en-us) by language prefix.</summary>
public static class RecognizerCulture
{
    public const string German = Culture.German;   // "de-de"
    public const string English = Culture.English; // "en-us"

    /// <summary>"DE", "de", "de-AT" → de-de; everything else (null, "", "en-GB", "not-supported") → en-us.</summary>
    public static string Normalize(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return English;
        }

        var lower = locale.Trim().ToLowerInvariant();
        var language = lower.Split('-', '_')[0];
        return language == "de" ? German : English;
    }

    public static bool IsGerman(string? culture) => Normalize(culture) == German;
}
