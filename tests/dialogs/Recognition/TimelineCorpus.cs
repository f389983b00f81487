using System.Globalization;

namespace LeadBot.Dialogs.Tests.Recognition;

/// <summary>
/// Timeline answers the fast path claims (<see cref="Claimed"/>), answers it must leave to the full path
/// (<see cref="NotClaimed"/>), and reference dates that stress month ends, year ends and leap years.
/// </summary>
internal static class TimelineCorpus
{
    public static readonly DateTime[] References =
    [
        new(2026, 11, 28, 10, 0, 0),  // the other tests' reference
        new(2026, 1, 1, 0, 0, 0),     // a year's first moment
        new(2026, 1, 29, 9, 30, 0),   // + 1 month has no 29th
        new(2026, 1, 31, 23, 59, 59), // month end, last second
        new(2026, 2, 28, 12, 0, 0),   // end of a short February
        new(2026, 3, 31, 8, 0, 0),    // + 1 month has no 31st
        new(2026, 5, 15, 14, 0, 0),   // mid-month, mid-year
        new(2026, 8, 31, 17, 0, 0),
        new(2026, 10, 30, 6, 0, 0),
        new(2026, 12, 31, 23, 0, 0),  // year end
        new(2027, 2, 27, 10, 0, 0),
        new(2027, 11, 30, 10, 0, 0),  // + 3 months reaches a leap February
        new(2027, 12, 1, 0, 0, 0),
        new(2028, 2, 28, 10, 0, 0),   // leap year, the day before 29 February
        new(2028, 2, 29, 10, 0, 0),   // 29 February: + 1 year has none
        new(2028, 3, 1, 10, 0, 0),
        new(2028, 12, 31, 0, 0, 0),
        new(2029, 7, 16, 10, 0, 0),
    ];

    public static IEnumerable<(string Culture, string Text)> Claimed()
    {
        foreach (var t in German())
        {
            yield return ("de-DE", t);
        }

        foreach (var t in English())
        {
            yield return ("en-US", t);
        }
    }

    /// <summary>Answers with a date the fast path leaves alone: punctuation, extra words, other forms, the other language.</summary>
    public static readonly (string Culture, string Text)[] NotClaimed =
    [
        ("de-DE", "in drei Monaten."),
        ("de-DE", "in  drei Monaten"),
        ("de-DE", "ca. in 3 Monaten"),
        ("de-DE", "in etwa drei Monaten"),
        ("de-DE", "innerhalb von drei Monaten bitte"),
        ("de-DE", "in 0 Tagen"),
        ("de-DE", "in 37 Monaten"),
        ("de-DE", "in 100 Tagen"),
        ("de-DE", "in 03 Monaten"),
        ("de-DE", "in 1 Monaten"),
        ("de-DE", "innerhalb von 1 Monaten"),
        ("de-DE", "innerhalb von einem Monat"),
        ("de-DE", "in einem Woche"),
        ("de-DE", "in einem halben Jahr"),
        ("de-DE", "Ende März 2027"),
        ("de-DE", "Ende 2027"),
        ("de-DE", "Anfang nächsten Jahres"),
        ("de-DE", "bis Ende des Jahres"),
        ("de-DE", "nächste Woche"),
        ("de-DE", "naechstes Jahr"),
        ("de-DE", "Jahresende"),
        ("de-DE", "März 1999"),
        ("de-DE", "am 15. März"),
        ("de-DE", "15.03.2027"),
        ("de-DE", "in 3 months"),
        ("de-DE", "next year"),
        ("en-US", "in three months time"),
        ("en-US", "in 3 months."),
        ("en-US", "within the next 3 months"),
        ("en-US", "by the end of the year"),
        ("en-US", "early next year"),
        ("en-US", "next week"),
        ("en-US", "end of March 2027"),
        ("en-US", "March 15"),
        ("en-US", "March 15th, 2027"),
        ("en-US", "in 36 months from now"),
        ("en-US", "in drei Monaten"),
        ("en-US", "nächstes Jahr"),
        ("en-US", "in 2 Wochen"),
    ];

    private static readonly string[] GermanMonths =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] GermanWords = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

    private static readonly string[] EnglishWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> German()
    {
        (string One, string Many)[] units = [("Tag", "Tagen"), ("Woche", "Wochen"), ("Monat", "Monaten"), ("Jahr", "Jahren")];
        foreach (var (one, many) in units)
        {
            yield return $"in 1 {one}";
            for (var n = 2; n <= 36; n++)
            {
                yield return $"in {N(n)} {many}";
                yield return $"innerhalb von {N(n)} {many}";
            }

            yield return $"in {(one == "Woche" ? "einer" : "einem")} {one}";
            foreach (var w in GermanWords)
            {
                yield return $"in {w} {many}";
                yield return $"innerhalb von {w} {many}";
            }
        }

        yield return "In drei Monaten";
        yield return "IN 3 MONATEN";
        yield return "In 6 Monaten";
        yield return "Innerhalb von 6 Wochen";

        foreach (var m in GermanMonths)
        {
            yield return m;
            yield return m.ToLowerInvariant();
            yield return $"im {m}";
            yield return $"Im {m}";
            yield return $"Anfang {m}";
            yield return $"Mitte {m}";
            yield return $"Ende {m}";
            yield return $"ende {m.ToLowerInvariant()}";
            foreach (var y in new[] { 2021, 2024, 2026, 2027, 2028, 2030, 2036, 2039 })
            {
                yield return $"{m} {N(y)}";
                yield return $"im {m} {N(y)}";
                yield return $"Anfang {m} {N(y)}";
                yield return $"Mitte {m} {N(y)}";
            }
        }

        foreach (var t in new[]
                 {
                     "nächstes Jahr", "Nächstes Jahr", "im nächsten Jahr", "nächsten Jahr", "kommendes Jahr", "im kommenden Jahr",
                     "dieses Jahr", "nächsten Monat", "Nächsten Monat", "im nächsten Monat", "kommenden Monat", "im kommenden Monat",
                     "diesen Monat", "Ende des Jahres", "ende des jahres", "Ende dieses Jahres",
                 })
        {
            yield return t;
        }
    }

    private static IEnumerable<string> English()
    {
        (string One, string Many)[] units = [("day", "days"), ("week", "weeks"), ("month", "months"), ("year", "years")];
        foreach (var (one, many) in units)
        {
            foreach (var prefix in new[] { "in", "within" })
            {
                yield return $"{prefix} 1 {one}";
                yield return $"{prefix} a {one}";
                yield return $"{prefix} one {one}";
                for (var n = 2; n <= 36; n++)
                {
                    yield return $"{prefix} {N(n)} {many}";
                }

                foreach (var w in EnglishWords)
                {
                    yield return $"{prefix} {w} {many}";
                }
            }
        }

        yield return "In 3 months";
        yield return "In 6 months";
        yield return "Within 3 months";
        yield return "WITHIN SIX MONTHS";

        foreach (var m in EnglishMonths)
        {
            yield return m;
            yield return m.ToLowerInvariant();
            yield return $"in {m}";
            yield return $"In {m}";
            yield return $"early {m}";
            yield return $"Early {m}";
            yield return $"mid {m}";
            yield return $"late {m}";
            yield return $"end of {m}";
            yield return $"End of {m}";
            foreach (var y in new[] { 2021, 2024, 2026, 2027, 2028, 2030, 2036, 2039 })
            {
                yield return $"{m} {N(y)}";
                yield return $"in {m} {N(y)}";
            }
        }

        foreach (var t in new[]
                 {
                     "next year", "Next year", "NEXT YEAR", "this year", "next month", "Next month", "this month",
                     "end of the year", "End of the year", "end of this year",
                 })
        {
            yield return t;
        }
    }
}
