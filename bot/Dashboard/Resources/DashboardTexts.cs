using System.Collections;
using System.Globalization;
using System.Resources;

namespace LeadBot.Bot.Dashboard.Resources;

/// <summary>The dashboard's texts (DashboardTexts.resx, DashboardTexts.de.resx; edit dashboard.tsv and run
/// <c>python3 build/resx.py</c>). The page gets all of one language as JSON.</summary>
internal static class DashboardTexts
{
    private static readonly ResourceManager Manager = new("LeadBot.Bot.Dashboard.Resources.DashboardTexts", typeof(DashboardTexts).Assembly);
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static CultureInfo CultureOf(string language) =>
        CultureInfo.GetCultureInfo(language == "de" ? "de-DE" : "en-US");

    public static string Get(string key, string language) =>
        Manager.GetString(key, CultureOf(language)) ?? throw new MissingManifestResourceException($"DashboardTexts.{key} is missing.");

    public static string Format(string key, string language, params object[] args) =>
        string.Format(CultureOf(language), Get(key, language), args);

    /// <summary>Every text in <paramref name="language"/> (English where a German one is missing).</summary>
    public static IReadOnlyDictionary<string, string> All(string language)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(language, out var cached))
            {
                return cached;
            }

            var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var neutral = Manager.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
            foreach (DictionaryEntry entry in neutral)
            {
                var key = (string)entry.Key;
                texts[key] = Get(key, language);
            }

            var result = (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(texts, StringComparer.Ordinal);
            Cache[language] = result;
            return result;
        }
    }
}
