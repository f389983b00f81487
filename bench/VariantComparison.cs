using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LeadBot.Bench;

/// <summary>One configuration of LeadBot in a comparison: a name, the environment that sets it apart, and optionally a
/// build of its own (another commit's published bot, to compare builds under the same conditions).</summary>
public sealed record BotVariant(string Name, IReadOnlyList<KeyValuePair<string, string>> Environment, string? BotDirectory = null)
{
    /// <summary>Parses <c>NAME[@DIR][:KEY=VALUE;…]</c> (the form of <c>--variant</c>): DIR is a published bot's folder.</summary>
    public static BotVariant Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = (colon < 0 ? text : text[..colon]).Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? head : head[..at]).Trim();
        var directory = at < 0 ? null : head[(at + 1)..].Trim();
        if (name.Length == 0)
        {
            throw new ArgumentException($"--variant needs a name: '{text}'.");
        }

        if (directory is { Length: 0 })
        {
            throw new ArgumentException($"--variant {name}: a folder after '@' is missing.");
        }

        var environment = new List<KeyValuePair<string, string>>();
        if (colon >= 0)
        {
            foreach (var pair in text[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new ArgumentException($"--variant {name}: '{pair}' is not KEY=VALUE.");
                }

                environment.Add(new(pair[..eq], pair[(eq + 1)..]));
            }
        }

        return new BotVariant(name, environment, directory);
    }
}

/// <summary>One measured run of one variant in one round.</summary>
public sealed record VariantRun(int Round, int Position, double TurnsPerSecond, double? CpuMsPerTurn, double P99Ms, int Errors, int TranscriptsBad);

/// <summary>What a comparison measured: every run, and per variant its figures against the first variant's.</summary>
public sealed class ComparisonReport
{
    public string CommandLine { get; set; } = "";
    public int ConversationsPerRun { get; set; }
    public int Concurrency { get; set; }
    public int Warmup { get; set; }
    public List<string> Variants { get; } = [];
    public Dictionary<string, List<VariantRun>> Runs { get; } = [];
    public Dictionary<string, double?> PeakRssMb { get; } = [];

    public bool Failed => Runs.Values.SelectMany(r => r).Any(r => r.Errors > 0 || r.TranscriptsBad > 0);

    /// <summary>Turns/s of <paramref name="variant"/> divided by the first variant's, round by round.</summary>
    public double[] RatiosToBase(string variant)
    {
        var base_ = Runs[Variants[0]].ToDictionary(r => r.Round);
        return Runs[variant].Where(r => base_.ContainsKey(r.Round)).Select(r => r.TurnsPerSecond / base_[r.Round].TurnsPerSecond).ToArray();
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{Variants.Count} variants side by side, {ConversationsPerRun} conversations per run after {Warmup} to warm up, concurrency {Concurrency}, the order rotated every round:");
        text.AppendLine();
        text.AppendLine($"| variant | rounds | turns/s median (mean) | bot CPU ms/turn median | p99 ms median | peak RSS MB | turns/s against {Variants[0]}, same round: median (mean, min-max) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var name in Variants)
        {
            var runs = Runs[name];
            var cpu = runs.Where(r => r.CpuMsPerTurn is not null).Select(r => r.CpuMsPerTurn!.Value).ToArray();
            var ratios = RatiosToBase(name);
            var against = name == Variants[0] || ratios.Length == 0
                ? "base"
                : string.Create(c, $"**{Median(ratios):F3}** ({ratios.Average():F3}, {ratios.Min():F3}-{ratios.Max():F3})");
            text.AppendLine(c, $"| {name} | {runs.Count} | {Median(runs.Select(r => r.TurnsPerSecond)):F1} ({runs.Average(r => r.TurnsPerSecond):F1}) | {(cpu.Length == 0 ? "-" : Median(cpu).ToString("F3", c))} | {Median(runs.Select(r => r.P99Ms)):F1} | {PeakRssMb.GetValueOrDefault(name)?.ToString("F1", c) ?? "-"} | {against} |");
        }

        text.AppendLine();
        text.AppendLine("Runs (round: variant turns/s, in the order driven):");
        foreach (var round in Runs.Values.SelectMany(r => r).Select(r => r.Round).Distinct().Order())
        {
            var line = Variants.Select(v => (v, Runs[v].FirstOrDefault(r => r.Round == round))).Where(x => x.Item2 is not null).OrderBy(x => x.Item2!.Position)
                .Select(x => string.Create(c, $"{x.v} {x.Item2!.TurnsPerSecond:F1}"));
            text.AppendLine(c, $"  {round}: {string.Join(", ", line)}");
        }

        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}

/// <summary>
/// Several configurations of one LeadBot build side by side (<c>--variant</c>): each its own process and SQLite file,
/// all started and warmed first, then driven in rounds, one variant after the other, the order rotated by one place per
/// round so that each is driven first, second… equally often. The machine's speed drifts by several per cent within
/// minutes, and the first bot of a round fares differently from the last, so only same-round ratios to the first
/// variant with rotated positions compare configurations; separate runs minutes apart do not.
/// </summary>
public static class VariantComparison
{
    public static async Task<ComparisonReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        if (options.Quiet)
        {
            progress = TextWriter.Null;
        }

        var report = new ComparisonReport { ConversationsPerRun = options.Conversations, Concurrency = options.Concurrency, Warmup = options.Warmup };
        Directory.CreateDirectory(options.WorkDirectory);
        var botDirectory = options.BotDirectory is not null ? Path.GetFullPath(options.BotDirectory) : await BenchRunner.PublishBotAsync(options, progress).ConfigureAwait(false);
        var runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        await using var sink = await ConnectorSink.StartAsync().ConfigureAwait(false);
        var bots = new List<RunningVariant>();
        try
        {
            foreach (var variant in options.Variants)
            {
                var database = Path.Combine(options.WorkDirectory, $"leadbot-{runId}-{variant.Name}.db");
                BenchRunner.DeleteDatabase(database);
                var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                var logPath = Path.Combine(options.WorkDirectory, $"leadbot-{runId}-{variant.Name}.log");
                var process = BenchRunner.StartLeadBot(variant.BotDirectory is { } own ? Path.GetFullPath(own) : botDirectory, database, apiKey, [.. options.BotEnvironment, .. variant.Environment], TargetProcess.FreePort(), logPath);
                var messages = new Uri($"http://127.0.0.1:{process.Port}/api/messages");
                bots.Add(new RunningVariant(variant, process, database, logPath,
                    new LoadDriver(messages, sink, $"{runId}{bots.Count}", options.LocaleMix, null, TimeSpan.FromSeconds(options.TurnTimeoutSeconds))));
                report.Variants.Add(variant.Name);
                report.Runs[variant.Name] = [];
            }

            foreach (var bot in bots)
            {
                await bot.Process.WaitForPortAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
                var warm = await bot.Driver.RunAsync(0, Math.Max(1, options.Warmup), options.Concurrency, recordLatency: false, cancellationToken).ConfigureAwait(false);
                bot.Next = Math.Max(1, options.Warmup);
                progress.WriteLine($"{bot.Variant.Name}: pid {bot.Process.Id}, warmed ({bot.Next} conversations, {warm.Errors} errors)");
            }

            for (var round = 1; round <= options.VariantRounds; round++)
            {
                for (var position = 0; position < bots.Count; position++)
                {
                    var bot = bots[(position + round - 1) % bots.Count];
                    var cpuBefore = TargetProcess.CpuTimeOf(bot.Process.Id);
                    var measured = await bot.Driver.RunAsync(bot.Next, options.Conversations, options.Concurrency, recordLatency: true, cancellationToken).ConfigureAwait(false);
                    var cpuAfter = TargetProcess.CpuTimeOf(bot.Process.Id);
                    bot.Next += options.Conversations;
                    var latencies = measured.LatenciesMs;
                    var run = new VariantRun(round, position,
                        Math.Round(latencies.Length / measured.Seconds, 1),
                        cpuBefore is null || cpuAfter is null || measured.Turns == 0 ? null : Math.Round((cpuAfter.Value - cpuBefore.Value).TotalMilliseconds / measured.Turns, 3),
                        BenchRunner.Percentile(latencies, 0.99),
                        measured.Errors, measured.TranscriptsBad);
                    report.Runs[bot.Variant.Name].Add(run);
                    progress.WriteLine($"round {round}: {bot.Variant.Name} {run.TurnsPerSecond} turns/s, {run.CpuMsPerTurn} ms CPU/turn, p99 {run.P99Ms} ms, errors {run.Errors}");
                }
            }

            foreach (var bot in bots)
            {
                var kb = TargetProcess.ReadStatusKb(bot.Process.Id, "VmHWM:");
                report.PeakRssMb[bot.Variant.Name] = kb is null ? null : Math.Round(kb.Value / 1024, 1);
            }

            return report;
        }
        finally
        {
            foreach (var bot in bots)
            {
                bot.Driver.Dispose();
                await bot.Process.DisposeAsync().ConfigureAwait(false);
                if (!options.Keep)
                {
                    BenchRunner.DeleteDatabase(bot.Database);
                    File.Delete(bot.LogPath);
                }
            }
        }
    }

    private sealed class RunningVariant(BotVariant variant, TargetProcess process, string database, string logPath, LoadDriver driver)
    {
        public BotVariant Variant { get; } = variant;
        public TargetProcess Process { get; } = process;
        public string Database { get; } = database;
        public string LogPath { get; } = logPath;
        public LoadDriver Driver { get; } = driver;
        public int Next { get; set; }
    }
}
