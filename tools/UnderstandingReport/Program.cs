using System.Diagnostics;
using System.Globalization;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Tests.Understanding;
using LeadBot.Dialogs.Understanding;
using Microsoft.Extensions.Configuration;

// Usage: dotnet run --project tools/UnderstandingReport -c Release [-- [--file NAME.tsv|PATH.tsv] [--failures]]
var root = FindRoot();
var policy = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "appsettings.json")).Build()
    .GetSection(QualificationPolicy.SectionName).Get<QualificationPolicy>()!;
var corpus = Path.Combine(root, "tests", "dialogs", "Understanding", "corpus");
var rows = PhraseCorpus.Load(corpus);
if (Array.IndexOf(args, "--file") is var fileArg and >= 0 && fileArg + 1 < args.Length)
{
    // --file NAME.tsv: the figures of one corpus file, e.g. a held-out round before and after a change; a path to a
    // file elsewhere (a round not yet in the corpus, tests/dialogs/Understanding/unscored) is read from its own folder.
    var file = args[fileArg + 1];
    var folder = File.Exists(file) ? Path.GetDirectoryName(Path.GetFullPath(file))! : corpus;
    var name = Path.GetFileName(file);
    rows = (folder == corpus ? rows : PhraseCorpus.Load(folder)).Where(r => r.File == name).ToList();
}

var reader = new AnswerReader();
if (args.Contains("--rounds"))
{
    // --rounds [FOLDER...]: one line per held-out round (heldoutN.tsv in the corpus, in unscored/ and in each folder
    // given, e.g. a sealed round kept outside the repository), in the round's order, to see at a glance which rounds a
    // change moved and whether any gained a misread; no CPU figures, so it runs in seconds.
    var folders = new[] { corpus, Path.Combine(root, "tests", "dialogs", "Understanding", "unscored") }
        .Concat(args.SkipWhile(a => a != "--rounds").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)));
    var rounds = folders.SelectMany(f => PhraseCorpus.Load(f).Where(r => HeldOutNumber(r.File) is not null))
        .Select(r => PhraseCorpus.Evaluate(r, reader, policy))
        .GroupBy(r => HeldOutNumber(r.Row.File)!.Value).OrderBy(g => g.Key).ToList();
    Console.WriteLine($"{"round",-7} {"rows",5} {"understood",11} {"asked back",11} {"misread",8} {"right value",12} {"of sure rows",13}");
    foreach (var round in rounds)
    {
        var n = round.Count();
        var understood = round.Count(r => r.Outcome == CorpusOutcome.Understood);
        Console.WriteLine($"{"h" + round.Key,-7} {n,5} {Pct(understood, n),11} {Pct(round.Count(r => r.Outcome == CorpusOutcome.AskedBack), n),11} {round.Count(r => r.Outcome == CorpusOutcome.Misread),8} {Pct(round.Count(r => r.RightValue), n),12} {Pct(understood, round.Count(r => r.Row.ExpectsSure)),13}");
    }

    // A row the writer marked |M can at best be confirmed, so "understood" of a whole round can never pass the share of
    // rows written as sure (or as not an answer); this column says how much of that share the bot reaches.
    Console.WriteLine("of sure rows: understood among the rows the writer expects read sure or asked again (no |M anywhere in the expectation).");

    Console.WriteLine($"misread in all {rounds.Count} rounds: {rounds.Sum(g => g.Count(r => r.Outcome == CorpusOutcome.Misread))}");
    return 0;
}

var results = rows.Select(r => PhraseCorpus.Evaluate(r, reader, policy)).ToList();

if (args.Length == 4 && args[0] == "--read")
{
    // --read STEP LOCALE TEXT: one reading, for trying a phrase
    var c = new ReadingContext(args[2], PhraseCorpus.Reference, policy);
    Console.WriteLine(PhraseCorpus.Describe(args[1], args[3], reader, c, out _, out _));
    return 0;
}

if (args.Length == 2 && args[0] == "--probe")
{
    // --probe FILE: every line "step<TAB>locale<TAB>text" read and printed, for trying many phrases at once; a line
    // break is written \n as in the corpus, and printed so again, so that each phrase stays on one line. A reader that
    // throws is printed as THREW with the reader's frame and the run goes on, so a file of generated phrases finds every
    // such answer at once; the exit code is then 1. Each line ends with the reading's wall-clock milliseconds, so that a
    // sweep of long generated answers shows a shape that makes a reader slow.
    var threw = 0;
    foreach (var line in File.ReadLines(args[1]).Where(l => l.Length > 0))
    {
        var cols = line.Split('\t');
        var c = new ReadingContext(cols[1], PhraseCorpus.Reference, policy);
        string reading;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            reading = PhraseCorpus.Describe(cols[0], cols[2].Replace("\\n", "\n", StringComparison.Ordinal), reader, c, out _, out _);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            threw++;
            var frame = e.StackTrace?.Split('\n').FirstOrDefault(f => f.Contains("LeadBot.Dialogs.Understanding", StringComparison.Ordinal))?.Trim();
            reading = $"THREW {e.GetType().Name}: {e.Message.Split('\n')[0]} {frame}";
        }

        Console.WriteLine($"{cols[0],-9} {cols[1],-5} {cols[2],-60} → {reading.Replace("\n", "\\n", StringComparison.Ordinal)}  [{clock.Elapsed.TotalMilliseconds:0.0} ms]");
    }

    return threw == 0 ? 0 : 1;
}

if (args.Contains("--evidence"))
{
    // --evidence: every row with its outcome, expectation, reading and the words each reading was read from, tab-separated,
    // to see what a sure reading left unread
    foreach (var r in results)
    {
        var c = new ReadingContext(r.Row.Locale, PhraseCorpus.Reference, policy);
        var ev = r.Row.Step switch
        {
            "consent" => reader.ReadYesNo(r.Row.Input, c)?.Evidence ?? "",
            "confirm" => reader.ReadSummary(r.Row.Input, c)?.Evidence ?? "",
            "all" => string.Join(" || ", (reader.ReadConsentOpening(r.Row.Input, c)?.Readings ?? reader.ReadAll(r.Row.Input, c)).Select(s => s.Slot + "=" + s.Confidence + "=" + s.Evidence)),
            _ => reader.Read(r.Row.Step, r.Row.Input, c)?.Evidence ?? "",
        };
        Console.WriteLine(string.Join('\t', r.Row.File + ":" + r.Row.Line, r.Row.Step, r.Row.Locale, r.Outcome, r.Passed, r.Row.Input.Replace("\n", " "), r.Row.Expected, r.Actual, ev.Replace("\n", " ")));
    }

    return 0;
}

if (args.Contains("--failures"))
{
    foreach (var f in results.Where(r => !r.Passed))
    {
        Console.WriteLine($"{f.Row.File}:{f.Row.Line}\t{f.Row.Step}\t{f.Row.Locale}\t{f.Row.Input}\n    expected {f.Row.Expected}\n    actual   {f.Actual}  ({f.Outcome})");
    }

    Console.WriteLine($"{results.Count(r => !r.Passed)} of {results.Count} rows fail");
    return results.Any(r => !r.Passed) ? 1 : 0;
}

Console.WriteLine($"Phrase corpus: {rows.Count} rows, read at {PhraseCorpus.Reference:yyyy-MM-dd HH:mm}");
Console.WriteLine();
Console.WriteLine($"{"step",-10} {"lang",-4} {"rows",5} {"understood",11} {"asked back",11} {"misread",8} {"CPU µs/reading",15} {"right value",12}");
var cpu = MeasureCpu(rows, reader, policy);
foreach (var group in results.GroupBy(r => (r.Row.Step, r.Row.Language)).OrderBy(g => Order(g.Key.Step)).ThenBy(g => g.Key.Language))
{
    var n = group.Count();
    Console.WriteLine($"{group.Key.Step,-10} {group.Key.Language,-4} {n,5} {Pct(group.Count(r => r.Outcome == CorpusOutcome.Understood), n),11} {Pct(group.Count(r => r.Outcome == CorpusOutcome.AskedBack), n),11} {group.Count(r => r.Outcome == CorpusOutcome.Misread),8} {cpu[(group.Key.Step, group.Key.Language)],15:0.0} {Pct(group.Count(r => r.RightValue), n),12}");
}

var total = results.Count;
Console.WriteLine($"{"total",-10} {"",-4} {total,5} {Pct(results.Count(r => r.Outcome == CorpusOutcome.Understood), total),11} {Pct(results.Count(r => r.Outcome == CorpusOutcome.AskedBack), total),11} {results.Count(r => r.Outcome == CorpusOutcome.Misread),8} {"",15} {Pct(results.Count(r => r.RightValue), total),12}");
Console.WriteLine("right value: the value the writer expects is what would be stored after at most one confirmation (read sure, or offered");
Console.WriteLine("for a yes), whatever confidence the writer expected.");
Console.WriteLine($"rows failing their expectation: {results.Count(r => !r.Passed)}");
Console.WriteLine();

// Hostile input: 100 KB at every question.
Console.WriteLine("A 100 KB answer (CPU ms per reading, answer over the cap → too long):");
var context = new ReadingContext("de-DE", PhraseCorpus.Reference, policy);
foreach (var hostile in new[] { ("digits and dots", string.Concat(Enumerable.Repeat("1.2,3 ", 17_000))), ("letters", new string('a', 100_000)), ("words", string.Concat(Enumerable.Repeat("ich bin Max von der ", 5_000))) })
{
    foreach (var step in QuestionSteps.Questions.Concat(["consent", "confirm", "all"]))
    {
        var ms = CpuMs(() =>
        {
            _ = step switch
            {
                "consent" => reader.ReadYesNo(hostile.Item2, context) as object,
                "confirm" => reader.ReadSummary(hostile.Item2, context),
                "all" => reader.ReadAll(hostile.Item2, context),
                _ => reader.Read(step, hostile.Item2, context),
            };
        }, 20);
        Console.Write($" {step}={ms:0.000}");
    }

    Console.WriteLine($"   ({hostile.Item1})");
}

// Just under the cap: the readers' own cost on 1,000 characters.
Console.WriteLine("Answers of 1,000 characters, at the cap (CPU ms per reading):");
foreach (var (kind, unit) in new[] { ("sentences", "wir brauchen ein CRM ca. 20k im März, ich bin GF "), ("digits and dots", "1.2,3 "), ("at signs", "a@b."), ("tags", "<b>x"), ("spaces", " ") })
{
var longAnswer = string.Concat(Enumerable.Repeat(unit, (AnswerReader.MaxAnswerLength / unit.Length) + 1))[..AnswerReader.MaxAnswerLength];
Console.Write($"  {kind}:");
foreach (var step in QuestionSteps.Questions.Concat(["consent", "confirm", "all"]))
{
    var ms = CpuMs(() =>
    {
        _ = step switch
        {
            "consent" => reader.ReadYesNo(longAnswer, context) as object,
            "confirm" => reader.ReadSummary(longAnswer, context),
            "all" => reader.ReadAll(longAnswer, context),
            _ => reader.Read(step, longAnswer, context),
        };
    }, 20);
    Console.Write($" {step}={ms:0.000}");
}

Console.WriteLine();
}

Console.WriteLine();

// The timeline: LeadBot's rules against the DateTimeModel for the same answers.
var timelines = rows.Where(r => r.Step == "timeline").ToList();
var rulesUs = CpuMs(() => { foreach (var r in timelines) _ = reader.Read("timeline", r.Input, new ReadingContext(r.Locale, PhraseCorpus.Reference, policy)); }, 20) * 1000 / timelines.Count;
var modelUs = CpuMs(() => { foreach (var r in timelines) _ = TimelineRecognizer.Recognize(r.Input, RecognizerCulture.Normalize(r.Locale), PhraseCorpus.Reference); }, 5) * 1000 / timelines.Count;
Console.WriteLine($"Timeline answers of the corpus: the reader {rulesUs:0.0} µs CPU per answer, the DateTimeModel alone {modelUs:0.0} µs.");
return 0;

static Dictionary<(string, string), double> MeasureCpu(IReadOnlyList<CorpusRow> rows, AnswerReader reader, QualificationPolicy policy)
{
    var result = new Dictionary<(string, string), double>();
    foreach (var group in rows.GroupBy(r => (r.Step, r.Language)))
    {
        var list = group.ToList();
        void Once()
        {
            foreach (var r in list)
            {
                var c = new ReadingContext(r.Locale, PhraseCorpus.Reference, policy);
                _ = PhraseCorpus.Describe(r.Step, r.Input, reader, c, out _, out _);
            }
        }

        Once(); // warm
        result[group.Key] = CpuMs(Once, 30) * 1000 / list.Count;
    }

    return result;
}

// CPU time of the calling thread's process per call, in milliseconds (the run is single-threaded).
static double CpuMs(Action action, int repeat)
{
    action();
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var before = process.TotalProcessorTime;
    for (var i = 0; i < repeat; i++)
    {
        action();
    }

    process.Refresh();
    return (process.TotalProcessorTime - before).TotalMilliseconds / repeat;
}

// The number of a held-out round's file ("heldout12.tsv" → 12), or null for any other corpus file.
static int? HeldOutNumber(string file) =>
    file.StartsWith("heldout", StringComparison.Ordinal) && int.TryParse(Path.GetFileNameWithoutExtension(file)["heldout".Length..], out var n) ? n : null;

static string Pct(int count, int total) => total == 0 ? "-" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

static int Order(string step) => Array.IndexOf(new[] { "consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm", "all" }, step);

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadBot.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("LeadBot.sln not found");
}
