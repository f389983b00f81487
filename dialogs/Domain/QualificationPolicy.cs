using System.Globalization;
using System.Text.Json.Serialization;

namespace LeadBot.Dialogs.Domain;

/// <summary>
/// What counts as a marketing-qualified lead, as marketing and sales agreed it. Bound from the "Qualification" section of
/// appsettings.json and validated at start-up (see <see cref="Validate"/>): a bad value stops the bot with the key's name.
/// </summary>
public sealed class QualificationPolicy
{
    public const string SectionName = "Qualification";

    /// <summary>ISO 4217 code used when a prospect names an amount without a currency.</summary>
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>Minimum total score for MQL (in addition to every required criterion being met).</summary>
    public int MqlThreshold { get; set; } = 60;

    /// <summary>Failed answers to one question before the bot offers to skip it or to hand over to a person.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Language of the score reasons stored for sales ("de" or "en").</summary>
    public string ReasonLanguage { get; set; } = "en";

    public NeedCriterion Need { get; set; } = new();
    public AuthorityCriterion Authority { get; set; } = new();
    public BudgetCriterion Budget { get; set; } = new();
    public TimelineCriterion Timeline { get; set; } = new();

    /// <summary>The problems the company solves, offered as choices in the need question.</summary>
    public List<AnswerChoice> Needs { get; set; } = [];

    /// <summary>The roles in a purchase decision, offered as choices in the authority question.</summary>
    public List<AnswerChoice> Roles { get; set; } = [];

    [JsonIgnore]
    public int MaxScore => (Needs.Count == 0 ? 0 : Needs.Max(n => n.Points))
                           + (Roles.Count == 0 ? 0 : Roles.Max(r => r.Points))
                           + Budget.Points + Timeline.Points;

    /// <summary>Every problem with the configuration, each naming the configuration key. Empty when the policy is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        const string s = SectionName;
        if (string.IsNullOrWhiteSpace(DefaultCurrency) || DefaultCurrency.Length != 3 || !DefaultCurrency.All(char.IsAsciiLetterUpper))
        {
            errors.Add($"{s}:DefaultCurrency must be a three-letter upper-case ISO 4217 code such as EUR (was '{DefaultCurrency}').");
        }

        if (MaxAttempts is < 1 or > 10)
        {
            errors.Add($"{s}:MaxAttempts must be between 1 and 10 (was {MaxAttempts}).");
        }

        if (ReasonLanguage is not ("de" or "en"))
        {
            errors.Add($"{s}:ReasonLanguage must be 'de' or 'en' (was '{ReasonLanguage}').");
        }

        ValidateChoices(errors, $"{s}:Needs", Needs);
        ValidateChoices(errors, $"{s}:Roles", Roles);
        if (Roles.Count > 0 && !Roles.Any(r => r.DecisionMaker))
        {
            errors.Add($"{s}:Roles must mark at least one role with DecisionMaker = true, otherwise no lead can become MQL.");
        }

        if (Needs.Count > 0 && !Needs.Any(n => n.Fits))
        {
            errors.Add($"{s}:Needs must mark at least one need with Fits = true, otherwise no lead can become MQL.");
        }

        if (Need.OtherPoints < 0)
        {
            errors.Add($"{s}:Need:OtherPoints must not be negative (was {Need.OtherPoints}).");
        }

        if (Budget.Minimum < 0)
        {
            errors.Add($"{s}:Budget:Minimum must not be negative (was {Budget.Minimum.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (Budget.Points < 0 || Budget.UnknownPoints < 0 || Budget.UnknownPoints > Budget.Points)
        {
            errors.Add($"{s}:Budget:Points and {s}:Budget:UnknownPoints must be non-negative, UnknownPoints at most Points.");
        }

        if (Budget.UndecidedPoints < 0 || Budget.UndecidedPoints > Budget.Points)
        {
            errors.Add($"{s}:Budget:UndecidedPoints must be between 0 and {s}:Budget:Points (was {Budget.UndecidedPoints}).");
        }

        if (Budget.RecurringMonths is < 1 or > 120)
        {
            errors.Add($"{s}:Budget:RecurringMonths must be between 1 and 120 (was {Budget.RecurringMonths}).");
        }

        foreach (var (code, rate) in Budget.ExchangeRates)
        {
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                errors.Add($"{s}:Budget:ExchangeRates:{code} is not a three-letter upper-case ISO 4217 code.");
            }
            else if (rate <= 0)
            {
                errors.Add($"{s}:Budget:ExchangeRates:{code} must be a positive rate into {DefaultCurrency} (was {rate.ToString(CultureInfo.InvariantCulture)}).");
            }
        }

        if (Timeline.MaxMonths is < 1 or > 60)
        {
            errors.Add($"{s}:Timeline:MaxMonths must be between 1 and 60 (was {Timeline.MaxMonths}).");
        }

        if (Timeline.Points < 0 || Timeline.LaterPoints < 0 || Timeline.LaterPoints > Timeline.Points)
        {
            errors.Add($"{s}:Timeline:Points and {s}:Timeline:LaterPoints must be non-negative, LaterPoints at most Points.");
        }

        if (Timeline.VaguePoints < 0 || Timeline.VaguePoints > Timeline.Points)
        {
            errors.Add($"{s}:Timeline:VaguePoints must be between 0 and {s}:Timeline:Points (was {Timeline.VaguePoints}).");
        }

        if (errors.Count == 0 && (MqlThreshold < 0 || MqlThreshold > MaxScore))
        {
            errors.Add($"{s}:MqlThreshold must be between 0 and the highest reachable score {MaxScore} (was {MqlThreshold}).");
        }

        return errors;
    }

    private static void ValidateChoices(List<string> errors, string key, List<AnswerChoice> choices)
    {
        if (choices.Count == 0)
        {
            errors.Add($"{key} must list at least one choice.");
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            if (string.IsNullOrWhiteSpace(c.Key))
            {
                errors.Add($"{key}:{i}:Key is required.");
            }
            else if (!seen.Add(c.Key))
            {
                errors.Add($"{key}:{i}:Key '{c.Key}' is used twice.");
            }

            foreach (var language in SupportedLanguages.All)
            {
                if (!c.Labels.TryGetValue(language, out var label) || string.IsNullOrWhiteSpace(label))
                {
                    errors.Add($"{key}:{i}:Labels:{language} is required.");
                }
            }

            if (c.Points < 0)
            {
                errors.Add($"{key}:{i}:Points must not be negative (was {c.Points}).");
            }
        }
    }

    public AnswerChoice? FindNeed(string? key) => Needs.FirstOrDefault(n => string.Equals(n.Key, key, StringComparison.OrdinalIgnoreCase));

    public AnswerChoice? FindRole(string? key) => Roles.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));
}

public sealed class NeedCriterion
{
    public bool Required { get; set; } = true;

    /// <summary>Points for a need typed as free text that matches none of the configured needs.</summary>
    public int OtherPoints { get; set; } = 5;
}

public sealed class AuthorityCriterion
{
    public bool Required { get; set; } = true;
}

public sealed class BudgetCriterion
{
    public bool Required { get; set; } = true;

    /// <summary>The budget, in the default currency, from which the criterion is met.</summary>
    public decimal Minimum { get; set; } = 10_000m;
    public int Points { get; set; } = 30;

    /// <summary>Points when the prospect does not know the budget yet.</summary>
    public int UnknownPoints { get; set; } = 10;

    /// <summary>Points when the budget is not decided yet ("depends", "hängt davon ab"). "No budget" scores nothing and
    /// fails the criterion.</summary>
    public int UndecidedPoints { get; set; } = 10;

    /// <summary>A budget per month, quarter or year is compared as its total over this many months (12: a year).</summary>
    public int RecurringMonths { get; set; } = 12;

    /// <summary>How many units of the default currency one unit of another currency is worth, e.g. "USD": 0.92.</summary>
    public Dictionary<string, decimal> ExchangeRates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class TimelineCriterion
{
    public bool Required { get; set; }

    /// <summary>A start within this many months meets the criterion.</summary>
    public int MaxMonths { get; set; } = 6;
    public int Points { get; set; } = 10;

    /// <summary>Points for a start later than <see cref="MaxMonths"/>.</summary>
    public int LaterPoints { get; set; } = 3;

    /// <summary>Points for a start described without a date ("im Frühjahr", "keine Eile"); like an unknown start by default.</summary>
    public int VaguePoints { get; set; }
}

/// <summary>One configured answer: a need the company solves or a role in the purchase decision.</summary>
public sealed class AnswerChoice
{
    public string Key { get; set; } = "";
    public int Points { get; set; }

    /// <summary>For needs: the company solves this problem.</summary>
    public bool Fits { get; set; }

    /// <summary>For roles: the contact decides or co-decides.</summary>
    public bool DecisionMaker { get; set; }

    /// <summary>The label shown to the prospect, per language ("de", "en").</summary>
    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Other words that pick this answer, per language.</summary>
    public Dictionary<string, List<string>> Synonyms { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string Label(string language) =>
        Labels.TryGetValue(language, out var l) && !string.IsNullOrWhiteSpace(l) ? l : Labels.Values.FirstOrDefault() ?? Key;

    public IReadOnlyList<string> SynonymsFor(string language) =>
        Synonyms.TryGetValue(language, out var s) ? s : [];
}

public static class SupportedLanguages
{
    public const string German = "de";
    public const string English = "en";
    public static readonly string[] All = [German, English];

    /// <summary>"de-DE", "DE", "de-AT" → "de"; everything else → <paramref name="fallback"/> or "en".</summary>
    public static string Of(string? locale, string? fallback = null)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            var prefix = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
            if (prefix is German or English)
            {
                return prefix;
            }
        }

        return fallback is German or English ? fallback : English;
    }

    public static string CultureOf(string language) => language == German ? "de-DE" : "en-US";
}
