using System.Collections;
using System.Globalization;
using System.Resources;

namespace LeadBot.Bot.Criteria.Resources;

/// <summary>The texts of the workbench page section (WorkbenchTexts.resx, WorkbenchTexts.de.resx; edit workbench.tsv).</summary>
public static class WorkbenchTexts
{
    private static readonly ResourceManager Manager = new("LeadBot.Bot.Criteria.Resources.WorkbenchTexts", typeof(WorkbenchTexts).Assembly);

    /// <summary>One text in <paramref name="language"/> ("de", else English).</summary>
    public static string Get(string key, string language) =>
        Manager.GetString(key, CultureInfo.GetCultureInfo(language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? "de-DE" : "en-US"))
        ?? throw new MissingManifestResourceException($"WorkbenchTexts.{key} is missing.");

    /// <summary>Every text in <paramref name="language"/> ("de", else English), by key.</summary>
    public static IReadOnlyDictionary<string, string> All(string? language)
    {
        var culture = CultureInfo.GetCultureInfo(language?.StartsWith("de", StringComparison.OrdinalIgnoreCase) == true ? "de-DE" : "en-US");
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var invariant = Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true);
        foreach (DictionaryEntry entry in invariant!)
        {
            var key = (string)entry.Key;
            texts[key] = Manager.GetString(key, culture) ?? (string)entry.Value!;
        }

        return texts;
    }
}
