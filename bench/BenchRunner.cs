using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace LeadBot.Bench;

/// <summary>Runs the benchmark: LeadBot (started here or external), then the JS peer, one after the other, through one
/// connector sink, and collects the figures.</summary>
public static class BenchRunner
{
    public const string LeadBotName = "LeadBot (C#)";
    public const string PeerName = "JS peer (botbuilder 4.23.3)";

    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        options.Validate();
        if (options.Quiet)
        {
            progress = TextWriter.Null;
        }

        var report = new BenchReport { Machine = MachineInfo.Read() };
        Directory.CreateDirectory(options.WorkDirectory);
        var runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        await using var sink = await ConnectorSink.StartAsync().ConfigureAwait(false);
        progress.WriteLine($"connector sink on {sink.ServiceUrl}, run {runId}");

        if (options.StartBot)
        {
            report.Results.Add(await RunLeadBotAsync(options, sink, runId, progress, cancellationToken).ConfigureAwait(false));
        }

        if (options.Target is not null)
        {
            var script = options.Script is null ? null : FixedScript.Load(options.Script);
            report.Results.Add(await MeasureAsync("target", options.Target, null, options.TargetPid, options.ApiKey, null, script,
                options, sink, runId + "t", progress, cancellationToken).ConfigureAwait(false));
        }

        if (options.Peer)
        {
            report.Results.Add(await RunPeerAsync(options, sink, runId, report.Machine, progress, cancellationToken).ConfigureAwait(false));
        }

        return report;
    }

    /// <summary>The environment the deployment template and the launch profile give the bot's runtime (the GC's gen0
    /// budget: docs/benchmarks.md); <c>--bot-env</c> may override it.</summary>
    public static readonly KeyValuePair<string, string>[] DeployedRuntimeSettings = [new("DOTNET_GCgen0size", "0x1000000")];

    /// <summary>Starts a published LeadBot on <paramref name="database"/> (SQLite) with the settings a run needs, the
    /// deployed runtime settings, then <paramref name="extra"/> (later entries win).</summary>
    internal static TargetProcess StartLeadBot(string botDirectory, string database, string apiKey, IEnumerable<KeyValuePair<string, string>> extra, int port, string logPath)
    {
        var environment = new List<KeyValuePair<string, string>>
        {
            new("ConnectionStrings__LeadBot", $"Data Source={database}"),
            new("SalesApi__ApiKey", apiKey),
            new("ASPNETCORE_ENVIRONMENT", "Production"),
            // The benchmark talks to the bot without Bot Framework tokens, as the Emulator does.
            new("Security__LocalOnly", "true"),
            new("DOTNET_NOLOGO", "1"),
        };
        // The bot runs with the runtime settings its deployment gives it (deploymentTemplates, launch profile).
        environment.AddRange(DeployedRuntimeSettings);
        environment.AddRange(extra);
        return TargetProcess.Start("dotnet", [Path.Combine(botDirectory, "LeadBot.Bot.dll"), "--urls", $"http://127.0.0.1:{port}"], botDirectory, environment, port, logPath);
    }

    private static async Task<TargetResult> RunLeadBotAsync(BenchOptions options, ConnectorSink sink, string runId, TextWriter progress, CancellationToken cancellationToken)
    {
        var botDirectory = options.BotDirectory is not null ? Path.GetFullPath(options.BotDirectory) : await PublishBotAsync(options, progress).ConfigureAwait(false);
        var database = Path.Combine(options.WorkDirectory, $"leadbot-{runId}.db");
        DeleteDatabase(database);
        var apiKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var logPath = Path.Combine(options.WorkDirectory, $"leadbot-{runId}.log");
        TargetProcess StartBot(int port) => StartLeadBot(botDirectory, database, apiKey, options.BotEnvironment, port, logPath);

        if (options.SeedLeads > 0)
        {
            // The bot's own migrations create the schema (it migrates before listening); then the leads go in.
            var seedWatch = Stopwatch.StartNew();
            var migrator = StartBot(TargetProcess.FreePort());
            try
            {
                await migrator.WaitForPortAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
            }
            finally
            {
                await migrator.DisposeAsync().ConfigureAwait(false);
            }

            await LeadSeeder.SeedAsync(database, options.SeedLeads, cancellationToken).ConfigureAwait(false);
            progress.WriteLine($"seeded {options.SeedLeads:N0} leads in {seedWatch.Elapsed.TotalSeconds:F1} s");
        }

        var script = options.Script is null ? null : FixedScript.Load(options.Script);
        var process = StartBot(TargetProcess.FreePort());
        var port = process.Port;
        progress.WriteLine($"LeadBot pid {process.Id} on port {port}, database {database}, log {logPath}");
        try
        {
            var messages = new Uri($"http://127.0.0.1:{port}/api/messages");
            var result = await MeasureAsync(LeadBotName, messages, process, null, apiKey, options.SeedLeads, script, options, sink, runId + "c", progress, cancellationToken).ConfigureAwait(false);
            result.SeededLeads = options.SeedLeads;
            return result;
        }
        finally
        {
            await process.DisposeAsync().ConfigureAwait(false);
            if (!options.Keep)
            {
                DeleteDatabase(database);
                File.Delete(logPath);
            }
        }
    }

    // Every publish writes the same obj/Release folders of the repository, so two at once (the bench's smoke tests run in
    // parallel) fail on a locked file; one at a time per process.
    private static readonly SemaphoreSlim PublishGate = new(1, 1);

    internal static async Task<string> PublishBotAsync(BenchOptions options, TextWriter progress)
    {
        await PublishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            return await PublishBotUnguardedAsync(options, progress).ConfigureAwait(false);
        }
        finally
        {
            PublishGate.Release();
        }
    }

    private static async Task<string> PublishBotUnguardedAsync(BenchOptions options, TextWriter progress)
    {
        var repo = options.ResolveRepoRoot();
        var output = Path.Combine(options.WorkDirectory, "bot-publish");
        // As deployed (deploymentTemplates/README.md): for this machine's runtime, so it is compiled ReadyToRun.
        var runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        progress.WriteLine($"publishing bot/ (Release, {runtime}) to {output} …");
        var watch = Stopwatch.StartNew();
        await TargetProcess.RunToCompletionAsync("dotnet",
            ["publish", Path.Combine(repo, "bot", "LeadBot.Bot.csproj"), "-c", "Release", "-r", runtime, "--self-contained", "false", "-o", output, "--nologo", "-v", "q"],
            repo, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        progress.WriteLine($"published in {watch.Elapsed.TotalSeconds:F1} s");
        return output;
    }

    private static async Task<TargetResult> RunPeerAsync(BenchOptions options, ConnectorSink sink, string runId, MachineInfo machine, TextWriter progress, CancellationToken cancellationToken)
    {
        var peerDirectory = Path.Combine(options.WorkDirectory, "js-peer");
        await PreparePeerAsync(options.ResolvePeerSource(), peerDirectory, progress).ConfigureAwait(false);
        machine.Node = await NodeVersionAsync().ConfigureAwait(false);
        var port = TargetProcess.FreePort();
        var logPath = Path.Combine(options.WorkDirectory, $"js-peer-{runId}.log");
        var process = TargetProcess.Start("node", ["index.js"], peerDirectory, [new("PORT", port.ToString(CultureInfo.InvariantCulture))], port, logPath);
        progress.WriteLine($"JS peer pid {process.Id} on port {port}");
        try
        {
            var script = FixedScript.Load(Path.Combine(peerDirectory, "script-en.json"));
            return await MeasureAsync(PeerName, new Uri($"http://127.0.0.1:{port}/api/messages"), process, null, null, null, script,
                options, sink, runId + "p", progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await process.DisposeAsync().ConfigureAwait(false);
            if (!options.Keep)
            {
                File.Delete(logPath);
            }
        }
    }

    /// <summary>Copies the peer's sources (not node_modules) and installs the exact versions of its lock file
    /// (<c>npm ci --ignore-scripts</c>) when package.json or the lock file changed since the last install.</summary>
    private static async Task PreparePeerAsync(string source, string target, TextWriter progress)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        var stamp = Path.Combine(target, "node_modules", ".bench-package.json");
        var package = await File.ReadAllTextAsync(Path.Combine(target, "package.json")).ConfigureAwait(false)
            + await File.ReadAllTextAsync(Path.Combine(target, "package-lock.json")).ConfigureAwait(false);
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp).ConfigureAwait(false) == package)
        {
            return;
        }

        progress.WriteLine($"npm ci --ignore-scripts in {target} …");
        await TargetProcess.RunToCompletionAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], target, TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        await File.WriteAllTextAsync(stamp, package).ConfigureAwait(false);
    }

    private static async Task<string?> NodeVersionAsync()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (p is null)
            {
                return null;
            }

            var v = await p.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await p.WaitForExitAsync().ConfigureAwait(false);
            return v.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static async Task<TargetResult> MeasureAsync(string name, Uri messages, TargetProcess? process, int? externalPid, string? apiKey,
        int? leadsBefore, FixedScript? script, BenchOptions options, ConnectorSink sink, string runId, TextWriter progress, CancellationToken cancellationToken)
    {
        var result = new TargetResult
        {
            Target = name,
            Url = messages.ToString(),
            Mode = script is null ? "by step (channelData.leadbot.step)" : "fixed script",
            Conversations = options.Conversations,
            Concurrency = options.Concurrency,
        };
        sink.ResetFirstReply();
        if (process is not null)
        {
            await process.WaitForPortAsync(TimeSpan.FromSeconds(120)).ConfigureAwait(false);
            result.ListeningMs = Stopwatch.GetElapsedTime(process.StartedAt).TotalMilliseconds;
        }

        if (apiKey is not null && leadsBefore is null)
        {
            leadsBefore = await CountLeadsAsync(messages, apiKey, cancellationToken).ConfigureAwait(false);
        }

        using var driver = new LoadDriver(messages, sink, runId, options.LocaleMix, script, TimeSpan.FromSeconds(options.TurnTimeoutSeconds));
        var warmup = Math.Max(1, options.Warmup);

        // The first conversation alone: its first reply ends the cold start.
        var cold = await driver.RunAsync(0, 1, 1, recordLatency: false, cancellationToken).ConfigureAwait(false);
        if (process is not null && sink.FirstReplyTimestamp != 0)
        {
            result.ColdStartMs = (sink.FirstReplyTimestamp - process.StartedAt) * 1000.0 / Stopwatch.Frequency;
        }

        var rest = warmup > 1
            ? await driver.RunAsync(1, warmup - 1, options.Concurrency, recordLatency: false, cancellationToken).ConfigureAwait(false)
            : new PhaseResult();
        progress.WriteLine($"{name}: warm-up done ({warmup} conversations, {cold.Errors + rest.Errors} errors); measuring {options.Conversations} at {options.Concurrency} …");

        var pid = process?.Id ?? externalPid;
        var cpuBefore = pid is null ? null : TargetProcess.CpuTimeOf(pid.Value);
        var driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var measured = await driver.RunAsync(warmup, options.Conversations, options.Concurrency, recordLatency: true, cancellationToken).ConfigureAwait(false);
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverCpuBefore;
        var cpuAfter = pid is null ? null : TargetProcess.CpuTimeOf(pid.Value);

        result.WarmupConversations = warmup;
        result.Turns = measured.Turns;
        result.Seconds = Math.Round(measured.Seconds, 2);
        result.TurnsPerSecond = Math.Round(measured.LatenciesMs.Length / measured.Seconds, 1);
        result.P50Ms = Percentile(measured.LatenciesMs, 0.50);
        result.P95Ms = Percentile(measured.LatenciesMs, 0.95);
        result.P99Ms = Percentile(measured.LatenciesMs, 0.99);
        result.MaxMs = measured.LatenciesMs.Length == 0 ? 0 : Math.Round(measured.LatenciesMs[^1], 2);
        result.Steps = measured.LatenciesByStep
            .OrderBy(s => StepOrder(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new StepLatency { Step = s.Key, Turns = s.Value.Length, P50Ms = Percentile(s.Value, 0.50), P99Ms = Percentile(s.Value, 0.99), MaxMs = Math.Round(s.Value[^1], 2) })
            .ToList();
        result.Errors = cold.Errors + rest.Errors + measured.Errors;
        result.TranscriptsOk = cold.Completed + rest.Completed + measured.Completed;
        result.TranscriptsBad = cold.TranscriptsBad + rest.TranscriptsBad + measured.TranscriptsBad;
        result.Reprompts = cold.Reprompts + rest.Reprompts + measured.Reprompts;
        result.Problems.AddRange(cold.ErrorSamples.Concat(rest.ErrorSamples).Concat(measured.ErrorSamples).Take(5));
        result.DriverCpuCores = Math.Round(driverCpu.TotalSeconds / measured.Seconds, 2);
        if (cpuBefore is not null && cpuAfter is not null)
        {
            var cpu = cpuAfter.Value - cpuBefore.Value;
            result.BotCpuCores = Math.Round(cpu.TotalSeconds / measured.Seconds, 2);
            result.BotCpuMsPerTurn = measured.Turns == 0 ? null : Math.Round(cpu.TotalMilliseconds / measured.Turns, 3);
        }

        if (pid is not null)
        {
            var kb = TargetProcess.ReadStatusKb(pid.Value, "VmHWM:");
            result.PeakRssMb = kb is null ? null : Math.Round(kb.Value / 1024, 1);
        }

        if (apiKey is not null)
        {
            var after = await CountLeadsAsync(messages, apiKey, cancellationToken).ConfigureAwait(false);
            result.LeadsStored = after - (leadsBefore ?? 0);
            result.LeadsExpected = 1 + (warmup - 1) + options.Conversations;
        }

        progress.WriteLine($"{name}: {result.TurnsPerSecond} turns/s, p99 {result.P99Ms} ms, errors {result.Errors}, bad transcripts {result.TranscriptsBad}");
        foreach (var problem in result.Problems)
        {
            progress.WriteLine($"  problem: {problem}");
        }

        return result;
    }

    /// <summary>The Sales API's total lead count (GET /api/leads?pageSize=1, header X-Api-Key).</summary>
    public static async Task<int> CountLeadsAsync(Uri messages, string apiKey, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(messages, "/api/leads?pageSize=1"));
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return doc.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>LeadBot's steps in the order it asks them; anything else (the peer's "turn N") after them, by name.</summary>
    private static int StepOrder(string step) => Array.IndexOf(LeadBotSteps, step) is var i and >= 0 ? i : 100;

    private static readonly string[] LeadBotSteps =
        ["start", "greeting", "consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm"];

    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))], 2);

    internal static void DeleteDatabase(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
