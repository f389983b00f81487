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

        return IsLanguage(locale, "de") ? German : English;
    }

    /// <summary>Whether the locale's language part (before '-' or '_', trimmed, any case) is <paramref name="language"/>;
    /// no allocation (this runs several times per turn).</summary>
    internal static bool IsLanguage(string locale, string language)
    {
        var span = locale.AsSpan().Trim();
        var end = span.IndexOfAny('-', '_');
        var prefix = end < 0 ? span : span[..end];
        return LanguageEquals(prefix, language);
    }

    /// <summary>Compares as <c>ToLowerInvariant()</c> followed by an ordinal comparison did, without the strings.</summary>
    internal static bool LanguageEquals(ReadOnlySpan<char> prefix, string lowerCaseCode)
    {
        if (prefix.Length != lowerCaseCode.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant(prefix[i]) != lowerCaseCode[i])
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsGerman(string? culture) => Normalize(culture) == German;
}
