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

    private static readonly Dictionary<string, Lazy<(Regex True, Regex False)>> Tables = new(System.StringComparer.Ordinal)
    {
        ["en"] = Table(EnglishChoices.TrueRegex, EnglishChoices.FalseRegex),
        ["de"] = Table(GermanChoices.TrueRegex, GermanChoices.FalseRegex),
        ["es"] = Table(Microsoft.Recognizers.Definitions.Spanish.ChoiceDefinitions.TrueRegex, Microsoft.Recognizers.Definitions.Spanish.ChoiceDefinitions.FalseRegex),
        ["fr"] = Table(Microsoft.Recognizers.Definitions.French.ChoiceDefinitions.TrueRegex, Microsoft.Recognizers.Definitions.French.ChoiceDefinitions.FalseRegex),
        ["nl"] = Table(Microsoft.Recognizers.Definitions.Dutch.ChoiceDefinitions.TrueRegex, Microsoft.Recognizers.Definitions.Dutch.ChoiceDefinitions.FalseRegex),
        ["it"] = Table(Microsoft.Recognizers.Definitions.Italian.ChoiceDefinitions.TrueRegex, Microsoft.Recognizers.Definitions.Italian.ChoiceDefinitions.FalseRegex),
        ["pt"] = Table(Microsoft.Recognizers.Definitions.Portuguese.ChoiceDefinitions.TrueRegex, Microsoft.Recognizers.Definitions.Portuguese.ChoiceDefinitions.FalseRegex),
    };

    private static Lazy<(Regex True, Regex False)> Table(string yes, string no) =>
        new(() => (new Regex(yes, Options, Timeout), new Regex(no, Options, Timeout)));

    /// <summary>The table for a culture's language (de, en, and es/fr/nl/it/pt for ConfirmPrompt.RecognizeLanguage); others use English.</summary>
    private static (Regex True, Regex False) For(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return Tables["en"].Value;
        }

        var span = culture.AsSpan().Trim();
        var end = span.IndexOfAny('-', '_');
        var language = end < 0 ? span : span[..end];
        foreach (var (code, table) in Tables)
        {
            if (RecognizerCulture.LanguageEquals(language, code))
            {
                return table.Value;
            }
        }

        return Tables["en"].Value;
    }

    /// <summary>true for yes, false for no, null when neither (or the text is empty). The first answer in the text wins;
    /// of two overlapping matches the longer wins ("not ok" is no).</summary>
    public static bool? Recognize(string? text, string? culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (yes, no) = For(culture);
        var matches = new List<(int Start, int Length, bool Value)>();
        foreach (Match m in yes.Matches(text))
        {
            if (m.Length > 0) matches.Add((m.Index, m.Length, true));
        }

        foreach (Match m in no.Matches(text))
        {
            if (m.Length > 0) matches.Add((m.Index, m.Length, false));
        }

        // The earliest match not contained in a longer one (first in list order on equal starts, as the stable sort did).
        (int Start, int Length, bool Value)? first = null;
        foreach (var m in matches)
        {
            if (first is { } f && f.Start <= m.Start)
            {
                continue;
            }

            var covered = false;
            foreach (var o in matches)
            {
                if (o != m && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length)
                {
                    covered = true;
                    break;
                }
            }

            if (!covered)
            {
                first = m;
            }
        }

        return first?.Value;
    }
}
