using System.Globalization;

namespace LeadBot.Dialogs.Recognition;

/// <summary>
/// The frequent timeline answers resolved without the DateTimeModel (which costs a few hundred microseconds of CPU per
/// call): "in drei Monaten", "within 3 months", "nächstes Jahr", "im März 2027", "Ende März"... The whole answer must be
/// one of the forms below (single spaces, no punctuation); anything else returns null and takes the full path.
/// Every result equals the full path's for the same text, culture and reference: TimelineFastPathTests compares the two
/// over a corpus of phrases and reference dates (month ends, year ends, leap years), so a change here or in the
/// recognizer package that makes them differ fails the tests. Keep quirks of the full path here rather than fixing them
/// (e.g. "Anfang März" is all of March, "Ende des Jahres" starts on 1 July); forms whose full-path answer is irregular
/// ("within a month" from the 28th on) are left to the full path.
/// One reading is LeadBot's own, in both paths (<see cref="GermanWithin"/>): "innerhalb von 3 Monaten" means what
/// "within 3 months" means (from today on), not the DateTimeModel's German reading (one date 90 days ahead), so the same
/// answer qualifies alike in both languages.
/// </summary>
internal static class TimelineFastPath
{
    private const int MaxCount = 36;

    private enum Unit
    {
        Day,
        Week,
        Month,
        Year,
    }

    private enum Part
    {
        Whole,
        Early,
        Mid,
        End,
    }

    private enum Fixed
    {
        ThisYear,
        NextYear,
        ThisMonth,
        NextMonth,
        EndOfYear,
    }

    /// <summary>Whole answers (lower case) that name a period relative to the reference.</summary>
    private static readonly Dictionary<string, Fixed> GermanFixed = new(StringComparer.Ordinal)
    {
        ["dieses jahr"] = Fixed.ThisYear,
        ["nächstes jahr"] = Fixed.NextYear,
        ["nächsten jahr"] = Fixed.NextYear,
        ["im nächsten jahr"] = Fixed.NextYear,
        ["kommendes jahr"] = Fixed.NextYear,
        ["im kommenden jahr"] = Fixed.NextYear,
        ["diesen monat"] = Fixed.ThisMonth,
        ["nächsten monat"] = Fixed.NextMonth,
        ["im nächsten monat"] = Fixed.NextMonth,
        ["kommenden monat"] = Fixed.NextMonth,
        ["im kommenden monat"] = Fixed.NextMonth,
        ["ende des jahres"] = Fixed.EndOfYear,
        ["ende dieses jahres"] = Fixed.EndOfYear,
    };

    private static readonly Dictionary<string, Fixed> EnglishFixed = new(StringComparer.Ordinal)
    {
        ["this year"] = Fixed.ThisYear,
        ["next year"] = Fixed.NextYear,
        ["this month"] = Fixed.ThisMonth,
        ["next month"] = Fixed.NextMonth,
        ["end of the year"] = Fixed.EndOfYear,
        ["end of this year"] = Fixed.EndOfYear,
    };

    private static readonly string[] GermanMonths =
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] GermanNumbers =
        ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

    private static readonly string[] EnglishNumbers =
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The estimate (with an empty Text) when <paramref name="text"/> is one of the covered forms, else null.</summary>
    /// <param name="text">The trimmed answer.</param>
    /// <param name="culture">A normalized recognizer culture (<see cref="RecognizerCulture"/>).</param>
    /// <param name="today">The reference date.</param>
    public static TimelineEstimate? TryRecognize(string text, string culture, DateOnly today)
    {
        if (text.Length is 0 or > 40 || !IsPlain(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        var german = culture == RecognizerCulture.German;
        if (!german && culture != RecognizerCulture.English)
        {
            return null;
        }

        if ((german ? GermanFixed : EnglishFixed).TryGetValue(lower, out var period))
        {
            return Relative(period, today);
        }

        var words = lower.Split(' ');
        foreach (var w in words)
        {
            if (w.Length == 0)
            {
                return null; // two spaces in a row: not a covered form
            }
        }

        return german ? German(words, today) : English(words, today);
    }

    /// <summary>German "innerhalb von N Tagen/Wochen/Monaten/Jahren" (N from 2 to 36, digits or a word): from
    /// <paramref name="today"/> to the day before today plus the period, as "within N …" reads in English; else null.
    /// Both the fast path and the full path answer it so.</summary>
    public static TimelineEstimate? GermanWithin(string text, DateOnly today)
    {
        if (text.Length is 0 or > 40 || !IsPlain(text))
        {
            return null;
        }

        return GermanWithin(text.ToLowerInvariant().Split(' '), today);
    }

    private static TimelineEstimate? GermanWithin(string[] w, DateOnly today) =>
        w.Length == 4 && w[0] == "innerhalb" && w[1] == "von" && ParseNumber(w[2], GermanNumbers) is { } n and > 1 &&
        GermanUnit(w[3], plural: true) is { } unit
            ? Range(today, n, unit)
            : null;

    private static TimelineEstimate Relative(Fixed period, DateOnly today) => period switch
    {
        Fixed.ThisYear => WholeYear(today.Year),
        Fixed.NextYear => WholeYear(today.Year + 1),
        Fixed.ThisMonth => MonthOfYear(today),
        Fixed.NextMonth => MonthOfYear(today.AddMonths(1)),
        _ => SecondHalf(today.Year),
    };

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static TimelineEstimate? German(string[] w, DateOnly today)
    {
        switch (w.Length)
        {
            case 1:
                return Month(GermanMonth(w[0]), Part.Whole, today);

            case 2:
                if (w[0] == "im" || w[0] == "anfang" || w[0] == "mitte")
                {
                    return Month(GermanMonth(w[1]), Part.Whole, today);
                }

                if (w[0] == "ende")
                {
                    return Month(GermanMonth(w[1]), Part.End, today);
                }

                if (GermanMonth(w[0]) is { } m2 && Year(w[1], today) is { } y2)
                {
                    return MonthOfYear(y2, m2);
                }

                return null;

            case 3:
                if (w[0] == "in" && GermanCount(w[1], w[2]) is { } inCount)
                {
                    return After(today, inCount.N, inCount.Unit);
                }

                if (w[0] is "im" or "anfang" or "mitte" && GermanMonth(w[1]) is { } m3 && Year(w[2], today) is { } y3)
                {
                    return MonthOfYear(y3, m3);
                }

                return null;

            case 4:
                return GermanWithin(w, today);

            default:
                return null;
        }
    }

    private static (int N, Unit Unit)? GermanCount(string number, string unit)
    {
        if (number == "einem")
        {
            return GermanUnit(unit, plural: false) is { } u and not Unit.Week ? (1, u) : null;
        }

        if (number == "einer")
        {
            return unit == "woche" ? (1, Unit.Week) : null;
        }

        if (ParseNumber(number, GermanNumbers) is not { } n)
        {
            return null;
        }

        return GermanUnit(unit, plural: n > 1) is { } unitOfN ? (n, unitOfN) : null;
    }

    private static Unit? GermanUnit(string word, bool plural) => (word, plural) switch
    {
        ("tag", false) or ("tagen", true) => Unit.Day,
        ("woche", false) or ("wochen", true) => Unit.Week,
        ("monat", false) or ("monaten", true) => Unit.Month,
        ("jahr", false) or ("jahren", true) => Unit.Year,
        _ => null,
    };

    private static int? GermanMonth(string word)
    {
        var i = Array.IndexOf(GermanMonths, word);
        return i < 0 ? null : i + 1;
    }

    private static TimelineEstimate? English(string[] w, DateOnly today)
    {
        switch (w.Length)
        {
            case 1:
                return Month(EnglishMonth(w[0]), Part.Whole, today);

            case 2:
                if (w[0] == "in")
                {
                    return Month(EnglishMonth(w[1]), Part.Whole, today);
                }

                if (w[0] == "early")
                {
                    return Month(EnglishMonth(w[1]), Part.Early, today);
                }

                if (w[0] == "mid")
                {
                    return Month(EnglishMonth(w[1]), Part.Mid, today);
                }

                if (w[0] == "late")
                {
                    return Month(EnglishMonth(w[1]), Part.End, today);
                }

                if (EnglishMonth(w[0]) is { } m2 && Year(w[1], today) is { } y2)
                {
                    return MonthOfYear(y2, m2);
                }

                return null;

            case 3:
                if (w[0] == "in" && EnglishCount(w[1], w[2]) is { } inCount)
                {
                    return After(today, inCount.N, inCount.Unit);
                }

                if (w[0] == "within" && EnglishCount(w[1], w[2]) is { } withinCount)
                {
                    return Within(today, withinCount.N, withinCount.Unit);
                }

                if (w[0] == "in" && EnglishMonth(w[1]) is { } m3 && Year(w[2], today) is { } y3)
                {
                    return MonthOfYear(y3, m3);
                }

                if (w[0] == "end" && w[1] == "of")
                {
                    return Month(EnglishMonth(w[2]), Part.End, today);
                }

                return null;

            default:
                return null;
        }
    }

    private static (int N, Unit Unit)? EnglishCount(string number, string unit)
    {
        int n;
        if (number is "a" or "one")
        {
            n = 1;
        }
        else if (ParseNumber(number, EnglishNumbers) is { } parsed)
        {
            n = parsed;
        }
        else
        {
            return null;
        }

        var plural = n > 1;
        Unit? u = (unit, plural) switch
        {
            ("day", false) or ("days", true) => Unit.Day,
            ("week", false) or ("weeks", true) => Unit.Week,
            ("month", false) or ("months", true) => Unit.Month,
            ("year", false) or ("years", true) => Unit.Year,
            _ => null,
        };
        return u is { } unitOfN ? (n, unitOfN) : null;
    }

    private static int? EnglishMonth(string word)
    {
        var i = Array.IndexOf(EnglishMonths, word);
        return i < 0 ? null : i + 1;
    }

    /// <summary>Digits 1..36 without a leading zero (digits 1 take the singular), or the words for 2..12.</summary>
    private static int? ParseNumber(string word, string[] words)
    {
        if (word.Length is 1 or 2 && word[0] is >= '1' and <= '9' && (word.Length == 1 || word[1] is >= '0' and <= '9'))
        {
            var n = word.Length == 1 ? word[0] - '0' : ((word[0] - '0') * 10) + (word[1] - '0');
            return n <= MaxCount ? n : null;
        }

        var i = Array.IndexOf(words, word);
        return i < 0 ? null : i + 2;
    }

    /// <summary>A four-digit year near the reference (the corpus covers these).</summary>
    private static int? Year(string word, DateOnly today)
    {
        if (word.Length != 4 || !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        return year >= today.Year - 5 && year <= today.Year + 10 ? year : null;
    }

    private static DateOnly Add(DateOnly d, int n, Unit unit) => unit switch
    {
        Unit.Day => d.AddDays(n),
        Unit.Week => d.AddDays(7 * n),
        Unit.Month => d.AddMonths(n),
        _ => d.AddYears(n),
    };

    private static char Letter(Unit unit) => unit switch
    {
        Unit.Day => 'D',
        Unit.Week => 'W',
        Unit.Month => 'M',
        _ => 'Y',
    };

    /// <summary>"in 3 Monaten": the date that far ahead.</summary>
    private static TimelineEstimate After(DateOnly today, int n, Unit unit)
    {
        var d = Add(today, n, unit);
        return new TimelineEstimate(d, d, Date(d), false, string.Empty);
    }

    /// <summary>"within 3 months": from the reference to the day before the end, which is the reference plus the
    /// period. Months and years only where the day of the month exists in every month (the full path differs at month
    /// ends).</summary>
    private static TimelineEstimate? Within(DateOnly today, int n, Unit unit) =>
        unit is Unit.Month or Unit.Year && today.Day > 27 ? null : Range(today, n, unit);

    private static TimelineEstimate Range(DateOnly today, int n, Unit unit)
    {
        var end = Add(today, n, unit);
        return new TimelineEstimate(today, end.AddDays(-1), $"({Date(today)},{Date(end)},P{n.ToString(CultureInfo.InvariantCulture)}{Letter(unit)})", false, string.Empty);
    }

    private static TimelineEstimate WholeYear(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString("D4", CultureInfo.InvariantCulture), false, string.Empty);

    /// <summary>"Ende des Jahres": the full path reads the second half of the year.</summary>
    private static TimelineEstimate SecondHalf(int year) =>
        new(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31), year.ToString("D4", CultureInfo.InvariantCulture), false, string.Empty);

    private static TimelineEstimate MonthOfYear(DateOnly inMonth) => MonthOfYear(inMonth.Year, inMonth.Month);

    private static TimelineEstimate MonthOfYear(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new TimelineEstimate(first, first.AddMonths(1).AddDays(-1), first.ToString("yyyy-MM", CultureInfo.InvariantCulture), false, string.Empty);
    }

    /// <summary>A month without a year ("im März", "end of March"): the next one not over yet, timex XXXX-MM.</summary>
    private static TimelineEstimate? Month(int? month, Part part, DateOnly today)
    {
        if (month is not { } m)
        {
            return null;
        }

        var thisYear = Period(today.Year, m, part);
        var (start, end) = thisYear.End >= today ? thisYear : Period(today.Year + 1, m, part);
        return new TimelineEstimate(start, end, "XXXX-" + m.ToString("D2", CultureInfo.InvariantCulture), false, string.Empty);
    }

    private static (DateOnly Start, DateOnly End) Period(int year, int month, Part part)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return part switch
        {
            Part.Early => (first, new DateOnly(year, month, 15)),
            Part.Mid => (new DateOnly(year, month, 10), new DateOnly(year, month, 20)),
            Part.End => (new DateOnly(year, month, 16), last),
            _ => (first, last),
        };
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
