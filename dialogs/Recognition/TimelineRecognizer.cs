using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadBot.Dialogs.Recognition;

/// <summary>
/// When a prospect wants to start, from free text (de-DE / en-US). DateTimeRecognizer does the work; a thin layer adds
/// the measured gaps: German quarters ("nächstes Quartal", "im zweiten Quartal"), "Q2"/"Q3 2027" resolved to the future,
/// "sofort"/"asap" (from the reference date on, open end), and "don't know" answers. Ambiguous dates resolve to the future. German
/// "innerhalb von 3 Monaten" reads like English "within 3 months" (from today on), not as the DateTimeModel's one date
/// 90 days ahead. The understanding layer (<c>Understanding/TimelineReader</c>) answers the usual forms with its own rules
/// and asks this recognizer only for what they do not cover.
/// </summary>
public static class TimelineRecognizer
{
    private const RegexOptions Rx = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How far ahead a start may lie; beyond it ("in 200 Jahren") the answer is a joke or a slip, not a plan. The
    /// timeline reader drops any start beyond it.</summary>
    internal const int FurthestYearsAhead = 20;

    private static readonly Regex Asap = new(
        @"\b(sofort|umgehend|asap|a\.s\.a\.p\.|so\s+schnell\s+wie\s+möglich|so\s+bald\s+wie\s+möglich|schnellstmöglich|baldmöglichst|möglichst\s+bald|ab\s+sofort|immediately|right\s+away|as\s+soon\s+as\s+possible|right\s+now|jetzt|now)\b",
        Rx, Timeout);

    private static readonly Regex UnknownPattern = new(
        @"\b(wei(ß|ss)\s+(ich\s+)?(noch\s+)?nicht|(noch\s+)?unklar|keine\s+ahnung|unbekannt|noch\s+offen|noch\s+nicht\s+(klar|festgelegt|bekannt)|don'?t\s+know|do\s+not\s+know|not\s+sure|unsure|no\s+idea|unknown|not\s+decided|undecided|tbd)",
        Rx, Timeout);

    private static readonly Regex NextQuarter = new(
        @"\b(nächste[nsmr]?|naechste[nsmr]?|kommende[nsmr]?|next|coming)\s+(quartal|quarter)\b", Rx, Timeout);

    private static readonly Regex ThisQuarter = new(
        @"\b(dieses|diesem|laufende[nsm]?|aktuelle[nsm]?|this|current)\s+(quartal|quarter)\b", Rx, Timeout);

    private static readonly Regex NumberedQuarter = new(
        @"(\bq\s*(?<n>[1-4])\b|\b(?<n>[1-4])\.\s*(quartal|quarter)\b|\b(?<w>erste[nsm]?|zweite[nsm]?|dritte[nsm]?|vierte[nsm]?|letzte[nsm]?|first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(quartal|quarter)\b)" +
        @"(\s*(/|')?\s*(?<y>\d{4}|\d{2})\b|\s+(des\s+)?(?<next>nächsten\s+jahres|naechsten\s+jahres|kommenden\s+jahres|next\s+year))?",
        Rx, Timeout);

    /// <summary>The timeline in the text, or null when it is not understood.</summary>
    public static TimelineEstimate? Recognize(string? text, string? culture, DateTime reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cult = RecognizerCulture.Normalize(culture);
        var original = text.Trim();
        var recognized = RecognizePhrase(original, cult, reference);
        if (recognized is null && original.Length > 1 && SentenceEnds.Contains(original[^1]))
        {
            // "In drei Monaten." written as a sentence: the DateTimeModel does not read German phrases with a full stop
            // (English ones it does). Only when the text as written is not understood, so "1.3." stays a date.
            var phrase = original.TrimEnd(SentenceEnds).TrimEnd();
            if (phrase.Length > 0)
            {
                recognized = RecognizePhrase(phrase, cult, reference);
            }
        }

        return recognized is null ? null : recognized with { Text = original };
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', ',', '…'];

    private static TimelineEstimate? RecognizePhrase(string original, string cult, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);

        var quarter = RecognizeQuarter(original, today);
        if (quarter != null)
        {
            return quarter with { Text = original };
        }

        if (Asap.IsMatch(original))
        {
            // as soon as possible sets no latest day: from today on, open end
            return new TimelineEstimate(today, null, Timex(today), false, original);
        }

        var recognized = (cult == RecognizerCulture.German ? GermanWithin(original, today) : null) ??
                         RecognizeDateTime(original, cult, reference, today);
        if (recognized != null)
        {
            return recognized with { Text = original };
        }

        return UnknownPattern.IsMatch(original) ? TimelineEstimate.Unknown(original) : null;
    }

    private static TimelineEstimate? RecognizeQuarter(string text, DateOnly today)
    {
        var currentQuarter = ((today.Month - 1) / 3) + 1;
        if (NextQuarter.IsMatch(text))
        {
            var q = currentQuarter == 4 ? 1 : currentQuarter + 1;
            var y = currentQuarter == 4 ? today.Year + 1 : today.Year;
            return Quarter(y, q);
        }

        if (ThisQuarter.IsMatch(text))
        {
            return Quarter(today.Year, currentQuarter);
        }

        var m = NumberedQuarter.Match(text);
        if (!m.Success)
        {
            return null;
        }

        int n;
        if (m.Groups["n"].Success)
        {
            n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            n = w.StartsWith("erst", StringComparison.Ordinal) || w is "first" or "1st" ? 1
                : w.StartsWith("zweit", StringComparison.Ordinal) || w is "second" or "2nd" ? 2
                : w.StartsWith("dritt", StringComparison.Ordinal) || w is "third" or "3rd" ? 3
                : 4;
        }

        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year < 100)
            {
                year += 2000;
            }
        }
        else if (m.Groups["next"].Success)
        {
            year = today.Year + 1;
        }
        else
        {
            year = today.Year;
            if (new DateOnly(year, ((n - 1) * 3) + 1, 1).AddMonths(3) <= today)
            {
                year++; // the quarter is already over this year: the prospect means next year's
            }
        }

        return Quarter(year, n);
    }

    private static TimelineEstimate Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        var endExclusive = start.AddMonths(3);
        return new TimelineEstimate(start, endExclusive.AddDays(-1), $"({Timex(start)},{Timex(endExclusive)},P3M)", false, string.Empty);
    }

    private static TimelineEstimate? RecognizeDateTime(string text, string culture, DateTime reference, DateOnly today)
    {
        // The DateTimeModel keeps its extractions in process-wide caches (up to 20,000 entries each) keyed by text AND
        // reference time: with the message's own timestamp every answer was a new entry, never read again. To the
        // minute, the same answer in the same minute is one entry; a timeline in days and months does not change.
        var minute = new DateTime(reference.Ticks - (reference.Ticks % TimeSpan.TicksPerMinute), reference.Kind);
        foreach (var result in RecognizerModels.For(culture).DateTimes(text, minute))
        {
            var type = result.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
            if (result.Resolution == null || !result.Resolution.TryGetValue("values", out var valuesObj) ||
                valuesObj is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var candidates = new List<TimelineEstimate>();
            foreach (var v in values)
            {
                var candidate = FromValue(type, v, reference, today);
                if (candidate != null)
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            // Prefer the first reading that is not entirely in the past.
            var future = candidates.FirstOrDefault(c => (c.End ?? c.Start ?? DateOnly.MaxValue) >= today);
            if (future != null)
            {
                return future;
            }

            var last = candidates[^1];
            if (last.Timex != null && last.Timex.Contains("XXXX", StringComparison.Ordinal))
            {
                return last with
                {
                    Start = last.Start?.AddYears(1),
                    End = last.End?.AddYears(1),
                };
            }

            return last;
        }

        return null;
    }

    private static TimelineEstimate? FromValue(string type, Dictionary<string, string> v, DateTime reference, DateOnly today)
    {
        v.TryGetValue("timex", out var timex);
        switch (type)
        {
            case "date":
            case "datetime":
                {
                    var d = ParseDate(v.GetValueOrDefault("value"));
                    return d == null ? null : new TimelineEstimate(d, d, timex, false, string.Empty);
                }

            case "daterange":
            case "datetimerange":
                {
                    var start = ParseDate(v.GetValueOrDefault("start"));
                    var end = ParseDate(v.GetValueOrDefault("end"));
                    var mod = v.GetValueOrDefault("Mod");
                    if (start == null && end == null)
                    {
                        return null;
                    }

                    start ??= today; // "before March": from now on
                    DateOnly? last = end;
                    if (end != null && type == "daterange" && end > start)
                    {
                        last = end.Value.AddDays(-1); // the recognizer's range end is exclusive
                    }

                    if (mod is "since" or "after")
                    {
                        last = null;
                    }

                    return new TimelineEstimate(start, last, timex, false, string.Empty);
                }

            case "duration":
                {
                    if (v.TryGetValue("value", out var seconds) &&
                        double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 &&
                        s <= (reference.AddYears(FurthestYearsAhead) - reference).TotalSeconds)
                    {
                        // "in 9999 years" is no start (and past the calendar's end): only durations up to the furthest
                        // start anyone plans are dates
                        var d = DateOnly.FromDateTime(reference.AddSeconds(s));
                        return new TimelineEstimate(d, d, timex, false, string.Empty);
                    }

                    return null;
                }

            default:
                return null;
        }
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
            ? DateOnly.FromDateTime(dt)
            : null;
    }

    private static string Timex(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] GermanNumbers =
        ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

    /// <summary>German "innerhalb von N Tagen/Wochen/Monaten/Jahren" (N from 2 to 36, digits or a word): from
    /// <paramref name="today"/> to the day before today plus the period, as "within N …" reads in English; else null.</summary>
    private static TimelineEstimate? GermanWithin(string text, DateOnly today)
    {
        var w = text.ToLowerInvariant().Split(' ');
        if (text.Length > 40 || w.Length != 4 || w[0] != "innerhalb" || w[1] != "von")
        {
            return null;
        }

        int n;
        if (int.TryParse(w[2], NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && w[2][0] != '0')
        {
            n = digits;
        }
        else
        {
            var i = Array.IndexOf(GermanNumbers, w[2]);
            if (i < 0)
            {
                return null;
            }

            n = i + 2;
        }

        if (n is < 2 or > 36)
        {
            return null;
        }

        (DateOnly End, char Letter)? unit = w[3] switch
        {
            "tagen" => (today.AddDays(n), 'D'),
            "wochen" => (today.AddDays(7 * n), 'W'),
            "monaten" => (today.AddMonths(n), 'M'),
            "jahren" => (today.AddYears(n), 'Y'),
            _ => null,
        };
        if (unit is not { } u)
        {
            return null;
        }

        return new TimelineEstimate(today, u.End.AddDays(-1), $"({Timex(today)},{Timex(u.End)},P{n.ToString(CultureInfo.InvariantCulture)}{u.Letter})", false, string.Empty);
    }

    internal static void Warm(string culture)
    {
        _ = Recognize("in drei Monaten", culture, DateTime.Today);
        _ = Recognize("next year", culture, DateTime.Today);
    }
}
