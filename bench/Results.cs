using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadBot.Bench;

/// <summary>The figures of one target (LeadBot or the peer) in one run.</summary>
public sealed class TargetResult
{
    public string Target { get; set; } = "";
    public string Url { get; set; } = "";
    public string Mode { get; set; } = "";
    public int Conversations { get; set; }
    public int Concurrency { get; set; }
    public int WarmupConversations { get; set; }
    public int Turns { get; set; }
    public double Seconds { get; set; }
    public double TurnsPerSecond { get; set; }
    public double P50Ms { get; set; }
    public double P95Ms { get; set; }
    public double P99Ms { get; set; }
    public double MaxMs { get; set; }
    /// <summary>Non-2xx answers and failed requests, warm-up included.</summary>
    public int Errors { get; set; }
    public int TranscriptsOk { get; set; }
    public int TranscriptsBad { get; set; }
    public int Reprompts { get; set; }
    public int? SeededLeads { get; set; }
    /// <summary>Leads added during the run (Sales API total after − before), warm-up included.</summary>
    public int? LeadsStored { get; set; }
    public int? LeadsExpected { get; set; }
    public double? PeakRssMb { get; set; }
    public double? ColdStartMs { get; set; }
    public double? ListeningMs { get; set; }
    /// <summary>The bot's average busy cores during the measured phase.</summary>
    public double? BotCpuCores { get; set; }
    public double? BotCpuMsPerTurn { get; set; }
    public double? DriverCpuCores { get; set; }
    /// <summary>Latency by what the turn answered, in conversation order (where the slow turns are).</summary>
    public List<StepLatency> Steps { get; set; } = [];
    public List<string> Problems { get; set; } = [];
}

public sealed class StepLatency
{
    public string Step { get; set; } = "";
    public int Turns { get; set; }
    public double P50Ms { get; set; }
    public double P99Ms { get; set; }
    public double MaxMs { get; set; }
}

public sealed class MachineInfo
{
    public int Processors { get; set; }
    public double? MemoryGb { get; set; }
    public string Os { get; set; } = "";
    public string Runtime { get; set; } = "";
    public string? Node { get; set; }

    public static MachineInfo Read()
    {
        var info = new MachineInfo
        {
            Processors = Environment.ProcessorCount,
            Runtime = RuntimeInformation.FrameworkDescription,
            Os = RuntimeInformation.OSDescription,
        };
        try
        {
            var pretty = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            if (pretty is not null)
            {
                var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "";
                info.Os = $"{pretty["PRETTY_NAME=".Length..].Trim('"')}, Linux {kernel}, {RuntimeInformation.OSArchitecture}";
            }

            var total = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            if (total is not null)
            {
                var kb = double.Parse(new string(total.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
                info.MemoryGb = Math.Round(kb / 1024 / 1024, 1);
            }
        }
        catch (IOException)
        {
        }

        return info;
    }
}

public sealed class BenchReport
{
    public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;
    public MachineInfo Machine { get; set; } = new();
    public string CommandLine { get; set; } = "";
    public List<TargetResult> Results { get; set; } = [];

    public string ToTable()
    {
        var rows = new List<(string Name, Func<TargetResult, string> Value)>
        {
            ("conversations (measured)", r => I(r.Conversations)),
            ("concurrency", r => I(r.Concurrency)),
            ("turns (measured)", r => I(r.Turns)),
            ("turns/s", r => F(r.TurnsPerSecond, 1)),
            ("p50 ms", r => F(r.P50Ms, 1)),
            ("p95 ms", r => F(r.P95Ms, 1)),
            ("p99 ms", r => F(r.P99Ms, 1)),
            ("max ms", r => F(r.MaxMs, 1)),
            ("errors", r => I(r.Errors)),
            ("transcripts ok / bad", r => $"{I(r.TranscriptsOk)} / {I(r.TranscriptsBad)}"),
            ("re-prompts", r => I(r.Reprompts)),
            ("leads stored / expected", r => r.LeadsExpected is null ? "n/a" : $"{I(r.LeadsStored ?? 0)} / {I(r.LeadsExpected.Value)}"),
            ("seeded leads", r => r.SeededLeads is null ? "n/a" : I(r.SeededLeads.Value)),
            ("peak RSS MB (VmHWM)", r => r.PeakRssMb is null ? "n/a" : F(r.PeakRssMb.Value, 1)),
            ("cold start ms", r => r.ColdStartMs is null ? "n/a" : F(r.ColdStartMs.Value, 0)),
            ("listening after ms", r => r.ListeningMs is null ? "n/a" : F(r.ListeningMs.Value, 0)),
            ("bot CPU cores (avg)", r => r.BotCpuCores is null ? "n/a" : F(r.BotCpuCores.Value, 2)),
            ("bot CPU ms / turn", r => r.BotCpuMsPerTurn is null ? "n/a" : F(r.BotCpuMsPerTurn.Value, 2)),
            ("driver CPU cores (avg)", r => r.DriverCpuCores is null ? "n/a" : F(r.DriverCpuCores.Value, 2)),
        };
        var header = new[] { "" }.Concat(Results.Select(r => r.Target)).ToArray();
        var cells = rows.Select(row => new[] { row.Name }.Concat(Results.Select(row.Value)).ToArray()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Max(c => c[i].Length))).ToArray();
        var sb = new StringBuilder();
        void Line(string[] values) => sb.Append("| ").AppendJoin(" | ", values.Select((v, i) => i == 0 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))).AppendLine(" |");
        Line(header);
        sb.Append('|').AppendJoin('|', widths.Select((w, i) => new string('-', w + 1) + (i == 0 ? "-" : ":"))).AppendLine("|");
        foreach (var c in cells)
        {
            Line(c);
        }

        foreach (var r in Results.Where(r => r.Steps.Count > 0))
        {
            sb.AppendLine().Append("latency by step, ").Append(r.Target).AppendLine(" (p50 / p99 / max ms):");
            foreach (var s in r.Steps)
            {
                sb.Append("  ").Append(s.Step.PadRight(14)).Append(I(s.Turns).PadLeft(8)).Append(" turns  ")
                    .Append(F(s.P50Ms, 1).PadLeft(7)).Append(" / ").Append(F(s.P99Ms, 1).PadLeft(7)).Append(" / ").AppendLine(F(s.MaxMs, 1).PadLeft(7));
            }
        }

        return sb.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(this, BenchJsonContext.Default.BenchReport);

    private static string I(int v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double v, int digits) => v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
