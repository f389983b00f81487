using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadBot.Dialogs.Recognition;

/// <summary>
/// Budget amounts in free text (de-DE / en-US): NumberRecognizer does the numbers (digits in the culture's format and
/// number words), a thin layer on top adds what the recognizers miss: multiplier words after a number (k, Tsd., Tausend,
/// Mio., Million(en), Mrd., grand, thousand, million), ranges ("20-50k", "zwischen 20 und 50 Tsd."), bounds ("bis 30.000 €",
/// "up to 30k"), currency names and symbols mapped to ISO codes, and "don't know" answers.
/// </summary>
public static class BudgetRecognizer
{
    private const RegexOptions Rx = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly CultureInfo GermanFormat = CultureInfo.GetCultureInfo("de-DE");

    private static readonly (string Iso, Regex Pattern)[] Currencies =
    [
        ("EUR", new Regex(@"€|\beur\b|\beuros?\b", Rx, Timeout)),
        ("USD", new Regex(@"\$|\busd\b|\bus-?dollars?\b|\bdollars?\b|\bbucks\b", Rx, Timeout)),
        ("CHF", new Regex(@"\bchf\b|\bsfr\.?|\b(schweizer\s+)?franken\b|\b(swiss\s+)?francs?\b", Rx, Timeout)),
        ("GBP", new Regex(@"£|\bgbp\b|\bpfund\b|\bpounds?(\s+sterling)?\b", Rx, Timeout)),
    ];

    private static readonly Regex UnknownPattern = new(
        @"\b(wei(ß|ss)\s+(ich\s+)?(noch\s+)?nicht|(noch\s+)?unklar|keine\s+ahnung|unbekannt|noch\s+offen|noch\s+nicht\s+(klar|festgelegt|bekannt)|k\.\s*a\.|don'?t\s+know|do\s+not\s+know|not\s+sure|unsure|no\s+idea|unknown|not\s+decided|undecided|tbd|n/a)",
        Rx, Timeout);

    private const string MultiplierWords =
        @"k|tsd\.?|tausend|grand|thousand|thousands|mio\.?|millionen|million|millions|mill\.?|mrd\.?|milliarden|milliarde|billion|billions|bn|m";

    private static readonly Regex MultiplierAfter = new(@"^\s*(?<m>" + MultiplierWords + @")(?![a-zäöüß])", Rx, Timeout);
    private static readonly Regex MultiplierAtEnd = new(@"(?<![a-zäöüß])(?<m>" + MultiplierWords + @")\s*$", Rx, Timeout);
    private static readonly Regex DashBetweenNumbers = new(@"(?<=\d\s*(" + MultiplierWords + @")?)\s*[-–—]\s*(?=\d)", Rx, Timeout);
    private static readonly Regex Connector = new(@"^\s*(-|–|bis|to|and|und|until|till|or|oder)\s*$", Rx, Timeout);
    private static readonly Regex UpperBoundBefore = new(
        @"(bis(\s+zu)?|up\s+to|max\.?|maximal|maximum|höchstens|hoechstens|at\s+most|under|unter|less\s+than|weniger\s+als|no\s+more\s+than|not\s+more\s+than|nicht\s+mehr\s+als|below)\s*(ca\.|circa|etwa|about|around|rund|approx\.?)?\s*$",
        Rx, Timeout);
    private static readonly Regex LowerBoundBefore = new(
        @"(ab|mindestens|at\s+least|more\s+than|mehr\s+als|über|ueber|over|from|minimum|min\.)\s*(ca\.|circa|etwa|about|around|rund|approx\.?)?\s*$",
        Rx, Timeout);
    private static readonly Regex Article = new(@"^(ein|eine|einen|einem|einer|one|a|an)$", Rx, Timeout);

    /// <summary>The budget in the text, or null when it is not understood. A number without a currency gets
    /// <paramref name="defaultCurrency"/>.</summary>
    public static BudgetEstimate? Recognize(string? text, string? culture, string defaultCurrency)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cult = RecognizerCulture.Normalize(culture);
        var original = text.Trim();
        var work = original;

        string? currency = null;
        var firstCurrencyAt = int.MaxValue;
        foreach (var (iso, pattern) in Currencies)
        {
            var m = pattern.Match(work);
            if (m.Success && m.Index < firstCurrencyAt)
            {
                firstCurrencyAt = m.Index;
                currency = iso;
            }
        }

        foreach (var (_, pattern) in Currencies)
        {
            work = pattern.Replace(work, match => new string(' ', match.Length));
        }

        // "20-50k" → "20 bis 50k": the recognizers would otherwise read "-50k" as a negative number.
        work = DashBetweenNumbers.Replace(work, cult == RecognizerCulture.German ? " bis " : " to ");

        var numbers = ExtractNumbers(work, cult);
        if (numbers.Count == 0)
        {
            return UnknownPattern.IsMatch(original) ? BudgetEstimate.Unknown(original) : null;
        }

        currency ??= RecognizeIsoCurrency(original, cult) ?? NormalizeIso(defaultCurrency);

        var first = numbers[0];
        if (numbers.Count > 1)
        {
            var second = numbers[1];
            var between = work[first.End..second.Start];
            if (Connector.IsMatch(between))
            {
                var low = first.Value;
                var high = second.Value;
                if (first.Multiplier == 1 && second.Multiplier > 1 && low * second.Multiplier <= high)
                {
                    low *= second.Multiplier;
                }

                if (low > high)
                {
                    (low, high) = (high, low);
                }

                return new BudgetEstimate(low, high, currency, false, original);
            }
        }

        var before = work[..first.Start];
        if (UpperBoundBefore.IsMatch(before))
        {
            return new BudgetEstimate(null, first.Value, currency, false, original);
        }

        if (LowerBoundBefore.IsMatch(before))
        {
            return new BudgetEstimate(first.Value, null, currency, false, original);
        }

        return new BudgetEstimate(first.Value, first.Value, currency, false, original);
    }

    private readonly record struct Num(int Start, int End, decimal Value, decimal Multiplier);

    private static List<Num> ExtractNumbers(string text, string culture)
    {
        var result = new List<Num>();
        foreach (var r in RecognizerModels.For(culture).Numbers(text))
        {
            if (r.TypeName != "number" || Article.IsMatch(r.Text.Trim()))
            {
                continue;
            }

            if (r.Resolution == null || !r.Resolution.TryGetValue("value", out var raw) || raw is not string s ||
                !TryParse(s, culture, out var value) || value <= 0)
            {
                continue;
            }

            var end = r.End + 1;
            decimal multiplier = 1;
            var inside = MultiplierAtEnd.Match(r.Text);
            if (inside.Success && inside.Length < r.Text.Length)
            {
                multiplier = Factor(inside.Groups["m"].Value);
            }
            else
            {
                var after = MultiplierAfter.Match(text[end..]);
                if (after.Success)
                {
                    multiplier = Factor(after.Groups["m"].Value);
                    value *= multiplier;
                    end += after.Length;
                }
            }

            result.Add(new Num(r.Start, end, value, multiplier));
        }

        return result.OrderBy(n => n.Start).ToList();
    }

    private static decimal Factor(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.');
        return w switch
        {
            "k" or "tsd" or "tausend" or "grand" or "thousand" or "thousands" => 1_000m,
            "mio" or "million" or "millionen" or "millions" or "mill" or "m" => 1_000_000m,
            "mrd" or "milliarde" or "milliarden" or "billion" or "billions" or "bn" => 1_000_000_000m,
            _ => 1m,
        };
    }

    private static bool TryParse(string value, string culture, out decimal result)
    {
        var format = culture == RecognizerCulture.German ? (IFormatProvider)GermanFormat : CultureInfo.InvariantCulture;
        if (decimal.TryParse(value, NumberStyles.Float, format, out result))
        {
            return true;
        }

        // The recognizers sometimes resolve in invariant format regardless of culture.
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }

    private static string? RecognizeIsoCurrency(string text, string culture)
    {
        foreach (var r in RecognizerModels.For(culture).Currencies(text))
        {
            if (r.Resolution != null && r.Resolution.TryGetValue("isoCurrency", out var iso) && iso is string s && s.Length == 3)
            {
                return s.ToUpperInvariant();
            }
        }

        return null;
    }

    private static string? NormalizeIso(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    internal static void Warm(string culture)
    {
        _ = Recognize("ca. 20k € bis 50 Tsd.", culture, "EUR");
        _ = RecognizerModels.For(culture).Currencies("50 Euro");
    }
}
