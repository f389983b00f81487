using System.Globalization;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>One row of the phrase corpus: the step asked, the chat's locale, what the prospect wrote, and the reading a
/// person would take from it in the compact notation described in corpus/README.md.</summary>
public sealed record CorpusRow(string File, int Line, string Step, string Locale, string Input, string Expected)
{
    public override string ToString() => $"{File}:{Line} [{Step} {Locale}] {Input}";

    public string Language => SupportedLanguages.Of(Locale);

    /// <summary>Whether the writer expects the reading taken sure (or no reading at all): no slot marked <c>|M</c>. A row
    /// marked <c>|M</c> can at best be confirmed.</summary>
    public bool ExpectsSure => !Expected.Contains("|M", StringComparison.Ordinal);
}

/// <summary>How a row came out: understood (the expected reading, or correctly no reading), asked back (no reading or
/// a medium/low one where an answer was expected: the flow asks or confirms), misread (a high reading with another
/// value: the bot would store something wrong).</summary>
public enum CorpusOutcome
{
    Understood,
    AskedBack,
    Misread,
}

/// <summary>How a row came out; <paramref name="RightValue"/>: the expected value is what the bot would store after at
/// most one confirmation (read sure, or offered for a yes), whatever confidence the writer expected.</summary>
public sealed record CorpusResult(CorpusRow Row, string Actual, bool Passed, CorpusOutcome Outcome, bool RightValue);

/// <summary>Loads the corpus files and reads each row with the <see cref="AnswerReader"/>; shared by the xunit tests and
/// the report command (tools/UnderstandingReport).</summary>
public static class PhraseCorpus
{
    /// <summary>The reference time every corpus row is read at (a Wednesday).</summary>
    public static readonly DateTime Reference = new(2026, 12, 2, 10, 0, 0);

    public static IReadOnlyList<CorpusRow> Load(string directory)
    {
        var rows = new List<CorpusRow>();
        foreach (var file in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var cols = line.Split('\t');
                if (cols.Length != 4)
                {
                    throw new FormatException($"{name}:{lineNo}: expected 4 tab-separated columns, found {cols.Length}");
                }

                rows.Add(new CorpusRow(name, lineNo, cols[0], cols[1], cols[2].Replace("\\n", "\n", StringComparison.Ordinal), cols[3]));
            }
        }

        return rows;
    }

    public static CorpusResult Evaluate(CorpusRow row, AnswerReader reader, QualificationPolicy policy)
    {
        var context = new ReadingContext(row.Locale, Reference, policy);
        var actual = Describe(row.Step, row.Input, reader, context, out var high, out var values);
        var expected = row.Expected.Trim();
        var passed = Matches(row.Step, expected, actual);
        CorpusOutcome outcome;
        if (passed)
        {
            outcome = row.ExpectsSure ? CorpusOutcome.Understood : CorpusOutcome.AskedBack;
        }
        else
        {
            outcome = IsMisread(row.Step, expected, high, values) ? CorpusOutcome.Misread : CorpusOutcome.AskedBack;
        }

        var rightValue = outcome != CorpusOutcome.Misread && (passed || (expected != "-" && !actual.EndsWith("|L", StringComparison.Ordinal) && ValuesOf(expected) == ValuesOf(actual)));
        return new CorpusResult(row, actual, passed, outcome, rightValue);
    }

    private static bool Matches(string step, string expected, string actual)
    {
        // A low reading is asked again whatever its value, so an expected low one is met by any reading the flow asks again.
        if (expected == "-" || (step != "all" && expected.EndsWith("|L", StringComparison.Ordinal)))
        {
            return actual == "-" || actual.EndsWith("|L", StringComparison.Ordinal);
        }

        if (step == "all")
        {
            // every expected slot as expected; nothing else taken with high confidence
            var want = expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(WithConfidence).ToHashSet(StringComparer.Ordinal);
            var got = actual == "-" ? [] : actual.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            return want.All(got.Contains) && got.All(g => want.Contains(g) || !g.EndsWith("|H", StringComparison.Ordinal));
        }

        return WithConfidence(expected) == actual;
    }

    /// <summary>The values of a reading without their confidence, in a fixed order.</summary>
    private static string ValuesOf(string reading) =>
        string.Join(';', reading.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => SameCompany(HasConfidence(part) ? part[..^2] : part))
            .Order(StringComparer.Ordinal));

    /// <summary>A company's value without the full stop of a short form that ends it ("Acme Inc." and "Acme Inc", "Glow
    /// &amp; Co." and "Glow &amp; Co"): the same company, so a reading that differs only there is no misread and stores the
    /// right value (blind writers kept "Inc" as typed in two rounds and added the stop in one). The spelling itself is
    /// still what a row must match to pass.</summary>
    private static string SameCompany(string value)
    {
        if (!(value.StartsWith("company", StringComparison.Ordinal) || value.Contains("company=", StringComparison.Ordinal)) || !value.EndsWith('.'))
        {
            return value;
        }

        var space = value.LastIndexOfAny([' ', ':', '=']);
        var last = value[(space + 1)..^1];
        return last.Length is >= 1 and <= 4 && last.All(char.IsLetter) ? value[..^1] : value;
    }

    private static string WithConfidence(string expected) => HasConfidence(expected) ? expected : expected + "|H";

    private static bool HasConfidence(string reading) =>
        reading.EndsWith("|H", StringComparison.Ordinal) || reading.EndsWith("|M", StringComparison.Ordinal) || reading.EndsWith("|L", StringComparison.Ordinal);

    private static bool IsMisread(string step, string expected, IReadOnlyList<string> high, IReadOnlyList<string> values)
    {
        if (step == "confirm")
        {
            // At the summary only a yes or a new value stores something; "no" or "change the budget" asks what to change.
            high = high.Where(h => h == "confirm" || h.Contains('=', StringComparison.Ordinal)).ToList();
        }

        if (expected == "-")
        {
            return high.Count > 0;
        }

        if (step == "all")
        {
            var want = expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(w => SameCompany(w.Split('|')[0])).ToHashSet(StringComparer.Ordinal);
            return high.Any(h => !want.Contains(SameCompany(h)));
        }

        var value = SameCompany(expected.Split('|')[0]);
        return high.Count > 0 && high.Any(h => SameCompany(h) != value);
    }

    /// <summary>The reading in corpus notation ("budget:5000 EUR/month|H", "-" for none); <paramref name="high"/> are the
    /// values read with high confidence.</summary>
    public static string Describe(string step, string input, AnswerReader reader, ReadingContext context, out List<string> high, out List<string> values)
    {
        high = [];
        values = [];
        switch (step)
        {
            case "consent":
                {
                    var r = reader.ReadYesNo(input, context);
                    if (r is null)
                    {
                        return "-";
                    }

                    var v = r.Confidence == Confidence.Low ? "?" : r.Value ? "yes" : "no";
                    Note(high, values, v, r.Confidence);
                    return v + "|" + Letter(r.Confidence);
                }

            case "confirm":
                {
                    // the summary's buttons and their synonyms are taken first, as SummaryDialog does
                    var r = SummaryDialog.ButtonReply(input) is { } button
                        ? new Reading<SummaryAnswer>(button, Confidence.High, input)
                        : reader.ReadSummary(input, context);
                    if (r is null)
                    {
                        return "-";
                    }

                    var a = r.Value;
                    var v = a.Intent switch
                    {
                        SummaryIntent.Confirm => "confirm",
                        SummaryIntent.Reject => "reject",
                        _ => "change:" + a.Field + (a.NewValue is { } nv ? "=" + Value(nv.Value) : ""),
                    };
                    if (r.Confidence == Confidence.Low)
                    {
                        v = "?";
                    }

                    Note(high, values, v, r.Confidence);
                    return v + "|" + Letter(r.Confidence);
                }

            case "all":
                {
                    // a first message may open with the answer to the consent question ("Ja, gerne. Sabine Krüger, …")
                    var opening = reader.ReadConsentOpening(input, context);
                    var all = opening?.Readings ?? reader.ReadAll(input, context);
                    if (all.Count == 0)
                    {
                        // a first message that is the consent answer alone ("nein", "Sure") is read as the consent
                        // question reads it (ConsentDialog: the opening, then the yes or no alone); only a sure one counts
                        if (opening is { Consent: { Value: false } no })
                        {
                            // a clear no that opens the message before a question or a request: ConsentDialog declines
                            Note(high, values, "consent=no", no.Confidence);
                            return "consent=no|" + Letter(no.Confidence);
                        }

                        if (opening is null && reader.ReadYesNo(input, context) is { Confidence: Confidence.High } alone)
                        {
                            var v = "consent=" + (alone.Value ? "yes" : "no");
                            Note(high, values, v, alone.Confidence);
                            return v + "|" + Letter(alone.Confidence);
                        }

                        return "-";
                    }

                    var parts = new List<string>();
                    if (opening is not null)
                    {
                        var v = "consent=" + (opening.Consent.Value ? "yes" : "no");
                        Note(high, values, v, opening.Consent.Confidence);
                        parts.Add(v + "|" + Letter(opening.Consent.Confidence));
                    }

                    foreach (var s in all.OrderBy(s => Array.IndexOf(QuestionSteps.Questions, s.Slot)))
                    {
                        var v = s.Slot + "=" + Value(s.Value);
                        Note(high, values, v, s.Confidence);
                        parts.Add(v + "|" + Letter(s.Confidence));
                    }

                    return string.Join("; ", parts);
                }

            default:
                {
                    var r = reader.Read(step, input, context);
                    if (r is null)
                    {
                        return "-";
                    }

                    var v = step + ":" + Value(r.Value);
                    Note(high, values, v, r.Confidence);
                    return v + "|" + Letter(r.Confidence);
                }
        }
    }

    private static void Note(List<string> high, List<string> values, string value, Confidence confidence)
    {
        values.Add(value);
        if (confidence == Confidence.High)
        {
            high.Add(value);
        }
    }

    private static string Letter(Confidence c) => c switch
    {
        Confidence.High => "H",
        Confidence.Medium => "M",
        _ => "L",
    };

    public static string Value(object value) => value switch
    {
        ChoiceValue c => c.Key ?? "*",
        PhoneNumberValue p => p.E164,
        BudgetEstimate b => Budget(b),
        TimelineEstimate t => t.IsVague ? "vague" : t.IsUnknown ? "unknown" : $"{Date(t.Start)}..{Date(t.End)}",
        TooLongAnswer => "too-long",
        string s => s,
        _ => value.ToString() ?? "",
    };

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Budget(BudgetEstimate b)
    {
        if (b.IsNone) return "none";
        if (b.IsUndecided) return "undecided";
        if (b.IsUnknown) return "unknown";
        string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
        var amount = b.Minimum is { } min && b.Maximum is { } max
            ? (min == max ? N(min) : $"{N(min)}-{N(max)}")
            : b.Maximum is { } onlyMax ? "<=" + N(onlyMax) : ">=" + N(b.Minimum ?? 0);
        var period = b.Period switch
        {
            BudgetPeriod.Month => "/month",
            BudgetPeriod.Quarter => "/quarter",
            BudgetPeriod.Year => "/year",
            _ => "",
        };
        return $"{amount} {b.Currency}{period}";
    }
}
