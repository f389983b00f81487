using System.Buffers;
using System.Text;

namespace LeadBot.Bench.Tests;

/// <summary>
/// A small run of the benchmark against LeadBot started by the bench code itself (publish of bot/, a fresh SQLite file,
/// real HTTP both ways). Only correctness is asserted: the run completes, no errors, every lead stored. No timing.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task A_small_run_against_LeadBot_completes_without_errors_and_stores_every_lead()
    {
        var work = Path.Combine(Path.GetTempPath(), $"leadbot-bench-test-{Guid.NewGuid():N}");
        var options = new BenchOptions
        {
            StartBot = true,
            Conversations = 6,
            Concurrency = 3,
            Warmup = 2,
            LocaleMix = 0.5,
            SeedLeads = 25,
            WorkDirectory = work,
            BotDirectory = Environment.GetEnvironmentVariable("LEADBOT_BENCH_BOT_DIR"),
            Quiet = true,
        };
        try
        {
            var report = await BenchRunner.RunAsync(options, TextWriter.Null);

            var result = Assert.Single(report.Results);
            Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
            Assert.Equal(0, result.Errors);
            Assert.Equal(8, result.TranscriptsOk);
            Assert.Equal(0, result.TranscriptsBad);
            Assert.Equal(8, result.LeadsExpected);
            Assert.Equal(result.LeadsExpected, result.LeadsStored);
            Assert.Equal(25, result.SeededLeads);
            // Every measured conversation is consent → … → confirm: at least 11 turns each.
            Assert.True(result.Turns >= 6 * 11, $"only {result.Turns} turns");
            Assert.NotNull(result.PeakRssMb);
            Assert.NotNull(result.ColdStartMs);
            Assert.Contains("\"leadsStored\": 8", report.ToJson(), StringComparison.Ordinal);
            Assert.Contains("| turns/s", report.ToTable(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    [Fact]
    public async Task The_workbench_mode_scores_every_seeded_lead_with_the_proposal()
    {
        var work = Path.Combine(Path.GetTempPath(), $"leadbot-bench-test-{Guid.NewGuid():N}");
        var options = BenchOptions.Parse(["--workbench", "--seed-leads", "120", "--workbench-runs", "1", "--work", work, "--quiet"]);
        options.BotDirectory = Environment.GetEnvironmentVariable("LEADBOT_BENCH_BOT_DIR");
        try
        {
            var timing = await WorkbenchBench.RunAsync(options, TextWriter.Null, CancellationToken.None);

            // 120 seeded leads: lead i decides when i % 3 != 0 (else it only recommends: never MQL) and has a budget of
            // 5,000 + (i % 20) × 2,500 EUR. Now (minimum 10,000, threshold 60) a decider is MQL from 10,000 on; with the
            // proposal (minimum 30,000, threshold 75) only from 30,000 on (100 points; below, 70 < 75).
            static decimal Budget(int i) => 5_000m + (i % 20 * 2_500m);
            Assert.Equal(120, timing.Leads);
            Assert.Equal(Enumerable.Range(0, 120).Count(i => i % 3 != 0 && Budget(i) >= 10_000m), timing.MqlNow);
            Assert.Equal(Enumerable.Range(0, 120).Count(i => i % 3 != 0 && Budget(i) >= 30_000m), timing.MqlProposed);
            Assert.Equal(0, timing.MovedUp);
            Assert.Equal(timing.MqlNow - timing.MqlProposed, timing.MovedDown);
            Assert.Single(timing.RunsMs);
            Assert.Contains("what-if over 120 stored leads on SQLite", timing.ToTable(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    [Fact]
    public void The_sink_reads_type_text_and_step_from_a_reply()
    {
        var json = """{"type":"message","serviceUrl":"x","attachments":[{"a":[1,2]}],"text":"Ihr Name?","channelData":{"other":{"x":1},"leadbot":{"v":1,"step":"name"}}}""";
        var (type, text, step) = ConnectorSink.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("message", type);
        Assert.Equal("Ihr Name?", text);
        Assert.Equal("name", step);
    }

    [Fact]
    public void Answers_differ_per_conversation_and_the_locale_mix_is_honoured()
    {
        var a = new Answers(german: true, "r1", 1);
        var b = new Answers(german: true, "r1", 2);
        Assert.NotEqual(a.Email, b.Email);
        Assert.NotEqual(a.For("name", 0), b.For("name", 0));
        Assert.Equal("de-DE", a.Locale);
        Assert.Equal("en-US", new Answers(german: false, "r1", 1).Locale);
        Assert.All(Answers.Steps, s => Assert.False(string.IsNullOrWhiteSpace(a.For(s, 0))));

        var options = BenchOptions.Parse(["--start-bot", "--conversations", "10", "--concurrency", "5", "--locale-mix", "0.3", "--seed-leads", "100"]);
        Assert.Equal(10, options.Conversations);
        Assert.Equal(0.3, options.LocaleMix);
        Assert.Equal(100, options.SeedLeads);
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--conversations", "10"]));
    }
}
