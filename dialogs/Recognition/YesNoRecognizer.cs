using System.Text.RegularExpressions;
using EnglishChoices = Microsoft.Recognizers.Definitions.English.ChoiceDefinitions;
using GermanChoices = Microsoft.Recognizers.Definitions.German.ChoiceDefinitions;

namespace LeadBot.Dialogs.Recognition;

/// <summary>
/// Yes/no recognition built on the boolean tables Microsoft.Recognizers.Definitions ships per language
/// (the same tables the unavailable Microsoft.Recognizers.Text.Choice uses). Whole words, case-insensitive.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex True, Regex False) English =
        (new Regex(EnglishChoices.TrueRegex, Options, Timeout), new Regex(EnglishChoices.FalseRegex, Options, Timeout));

    private static readonly (Regex True, Regex False) German =
        (new Regex(GermanChoices.TrueRegex, Options, Timeout), new Regex(GermanChoices.FalseRegex, Options, Timeout));

    /// <summary>true for yes, false for no, null when neither (or the text is empty). The first answer in the text wins;
    /// of two overlapping matches the longer wins ("not ok" is no).</summary>
    public static bool? Recognize(string? text, string? culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (yes, no) = RecognizerCulture.IsGerman(culture) ? German : English;
        var matches = new List<(int Start, int Length, bool Value)>();
        foreach (Match m in yes.Matches(text))
        {
            if (m.Length > 0) matches.Add((m.Index, m.Length, true));
        }

        foreach (Match m in no.Matches(text))
        {
            if (m.Length > 0) matches.Add((m.Index, m.Length, false));
        }

        var kept = matches
            .Where(m => !matches.Any(o => o != m && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length))
            .OrderBy(m => m.Start)
            .ToList();
        return kept.Count == 0 ? null : kept[0].Value;
    }
}
