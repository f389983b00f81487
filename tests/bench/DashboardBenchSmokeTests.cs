namespace LeadBot.Bench.Tests;

/// <summary>
/// <c>--dashboard</c>: a small run against LeadBot started by the bench code on SQLite (publish of bot/, the bot's own
/// migrations, seeded leads and funnel, the dashboard's API over HTTP) where every query answers 200 from the seeded rows
/// (no timing is asserted); and the funnel it seeds: the same journeys for the same seed, as many events as asked for,
/// every ending present, each journey's counters agreeing with its events.
/// </summary>
public sealed class DashboardBenchSmokeTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_small_dashboard_run_seeds_the_funnel_and_every_query_answers_from_it()
    {
        var work = Path.Combine(Path.GetTempPath(), $"leadbot-bench-test-{Guid.NewGuid():N}");
        var options = new BenchOptions
        {
            Dashboard = true,
            SeedLeads = 200,
            SeedEvents = 5000,
            Rounds = 1,
            WorkDirectory = work,
            BotDirectory = Environment.GetEnvironmentVariable("LEADBOT_BENCH_BOT_DIR"),
            Quiet = true,
        };
        try
        {
            var report = await DashboardBench.RunAsync(options, TextWriter.Null);

            Assert.False(report.Failed, report.ToTable());
            Assert.Equal(200, report.Leads);
            Assert.InRange(report.Events, 5000, 5100);
            Assert.InRange(report.Journeys, 150, 600);
            Assert.Equal(5, report.Queries.Count);
            // The year's figures count every seeded journey (they all started within it).
            Assert.Equal($"started {report.Journeys}", report.Queries[0].Figures!.Split(',')[0]);
            Assert.Contains("| funnel?", report.ToTable(), StringComparison.Ordinal);
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
    public void The_seeded_funnel_is_the_same_for_the_same_seed_and_adds_up_to_the_events_asked_for()
    {
        var leads = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();
        var first = FunnelSeeder.Generate(20_000, leads, DateTimeOffset.UnixEpoch.AddYears(56)).ToList();
        var second = FunnelSeeder.Generate(20_000, leads, DateTimeOffset.UnixEpoch.AddYears(56)).ToList();
        Assert.Equal(first.Select(j => (j.Id, j.Status, j.Reached, j.Events.Count)), second.Select(j => (j.Id, j.Status, j.Reached, j.Events.Count)));
        var events = first.Sum(j => j.Events.Count);
        Assert.InRange(events, 20_000, 20_040);
        // Every kind of ending is there, and completed journeys are linked to leads while leads last.
        Assert.Equal([1, 2, 3], first.Select(j => (int)j.Status).Distinct().Order());
        Assert.All(first.Where(j => j.Status == 3).Take(100), j => Assert.NotNull(j.LeadId));
        Assert.All(first, j => Assert.Equal(j.Asked.Sum(), j.Events.Count(e => e.Kind is 3 or 5)));
    }
}
