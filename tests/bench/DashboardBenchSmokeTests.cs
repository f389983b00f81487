namespace LeadBot.Bench.Tests;

/// <summary>
/// The funnel <c>--dashboard</c> seeds: the same journeys for the same seed, as many events as asked for, every ending
/// present, and each journey's counters agreeing with its events (the dashboard's figures are read from both).
/// </summary>
public sealed class DashboardBenchSmokeTests
{
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
