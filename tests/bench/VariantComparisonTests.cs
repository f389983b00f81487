using Microsoft.Data.Sqlite;

namespace LeadBot.Bench.Tests;

/// <summary>The comparison mode (<c>--variant</c>): configurations of one build side by side, order rotated, ratios per
/// round against the first.</summary>
public sealed class VariantComparisonTests
{
    [Fact]
    public void A_variant_is_a_name_with_its_own_settings()
    {
        var off = BotVariant.Parse("off:Funnel__Enabled=false; Turns__X=a=b");
        Assert.Equal("off", off.Name);
        Assert.Equal([new("Funnel__Enabled", "false"), new("Turns__X", "a=b")], off.Environment);
        Assert.Empty(BotVariant.Parse("on").Environment);
        Assert.Null(BotVariant.Parse("on").BotDirectory);
        // Another build (a published bot's folder) compares with this one under the same conditions.
        var old = BotVariant.Parse("old@/tmp/bot-12b9ec0:Funnel__Enabled=false");
        Assert.Equal(("old", "/tmp/bot-12b9ec0"), (old.Name, old.BotDirectory));
        Assert.Equal([new("Funnel__Enabled", "false")], old.Environment);
        Assert.Equal("/tmp/b", BotVariant.Parse("x@/tmp/b").BotDirectory);
        Assert.Throws<ArgumentException>(() => BotVariant.Parse("x@:A=1"));
        Assert.Throws<ArgumentException>(() => BotVariant.Parse(":A=1"));
        Assert.Throws<ArgumentException>(() => BotVariant.Parse("x:novalue"));
    }

    [Fact]
    public void A_comparison_needs_two_differently_named_variants_and_nothing_else_to_measure()
    {
        var options = BenchOptions.Parse(["--variant", "off:Funnel__Enabled=false", "--variant", "on", "--variant-rounds", "3"]);
        Assert.Equal(["off", "on"], options.Variants.Select(v => v.Name));
        Assert.Equal(3, options.VariantRounds);
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--variant", "on"]));
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--variant", "on", "--variant", "on"]));
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--variant", "a", "--variant", "b", "--peer"]));
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--variant", "a", "--variant", "b", "--variant-rounds", "0"]));
    }

    [Fact]
    public void Ratios_pair_each_run_with_the_base_variants_run_of_the_same_round()
    {
        var report = new ComparisonReport { ConversationsPerRun = 10, Concurrency = 2, Warmup = 1 };
        report.Variants.AddRange(["off", "on"]);
        report.Runs["off"] = [new(1, 0, 2000, 0.7, 50, 0, 0), new(2, 1, 1000, 0.9, 60, 0, 0), new(3, 0, 1600, 0.8, 55, 0, 0)];
        report.Runs["on"] = [new(1, 1, 1900, 0.75, 52, 0, 0), new(2, 0, 1100, 0.85, 61, 0, 0), new(3, 1, 1200, 0.95, 70, 0, 0)];

        // Each variant is divided by the base's run of the same round, so a slow machine in one round weighs on both alike.
        Assert.Equal([0.95, 1.1, 0.75], report.RatiosToBase("on").Select(r => Math.Round(r, 3)));
        Assert.Equal(0.95, Math.Round(ComparisonReport.Median(report.RatiosToBase("on")), 3));
        var table = report.ToTable();
        Assert.Contains("| on | 3 | 1200.0 (1400.0) | 0.850 | 61.0 | - | **0.950** (0.933, 0.750-1.100) |", table, StringComparison.Ordinal);
        Assert.Contains("  2: on 1100.0, off 1000.0", table, StringComparison.Ordinal);
        Assert.False(report.Failed);
        report.Runs["on"].Add(new(4, 0, 1, null, 1, 1, 0));
        Assert.True(report.Failed);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Each_variant_runs_its_own_bot_with_its_settings_and_every_round_drives_them_all()
    {
        var work = Path.Combine(Path.GetTempPath(), $"leadbot-bench-test-{Guid.NewGuid():N}");
        var options = BenchOptions.Parse(["--variant", "off:Funnel__Enabled=false", "--variant", "on", "--variant-rounds", "2",
            "--conversations", "3", "--concurrency", "2", "--warmup", "1", "--work", work, "--keep", "--quiet"]);
        options.BotDirectory = Environment.GetEnvironmentVariable("LEADBOT_BENCH_BOT_DIR");
        try
        {
            var report = await VariantComparison.RunAsync(options, TextWriter.Null, CancellationToken.None);

            Assert.False(report.Failed);
            Assert.All(report.Variants, v => Assert.Equal([1, 2], report.Runs[v].Select(r => r.Round)));
            // Rotating the order gives each variant every position, so no variant always runs right after a warm-up or idle spell.
            Assert.Equal([0, 1], report.Runs["off"].Select(r => r.Position));
            Assert.Equal([1, 0], report.Runs["on"].Select(r => r.Position));
            Assert.All(report.Runs.Values.SelectMany(r => r), r => Assert.True(r.TurnsPerSecond > 0));
            Assert.Equal(2, report.RatiosToBase("on").Length);

            // Each bot had its own database and its own settings: only the one with the funnel on recorded journeys.
            long Journeys(string variant)
            {
                var file = Assert.Single(Directory.GetFiles(work, $"leadbot-*-{variant}.db"));
                using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM \"FunnelJourneys\"";
                return (long)command.ExecuteScalar()!;
            }

            Assert.Equal(0, Journeys("off"));
            Assert.True(Journeys("on") >= 7, $"{Journeys("on")} journeys");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
