using LeadBot.Bot.Funnel;

namespace LeadBot.Bot.Tests.Funnel;

public sealed class FunnelTrackTests
{
    [Fact]
    public void A_journey_started_later_gets_a_larger_id_so_new_journeys_append_to_the_table()
    {
        var start = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 1000; i++)
        {
            var at = start.AddMilliseconds(i * 37);
            Assert.True(FunnelTrack.NewId(at) < FunnelTrack.NewId(at.AddMilliseconds(1)));
        }
    }

    [Fact]
    public void Journey_ids_are_positive_and_differ_within_the_same_millisecond()
    {
        var at = new DateTimeOffset(2058, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 50).Select(_ => FunnelTrack.NewId(at)).ToList();
        Assert.All(ids, id => Assert.True(id > 0));
        Assert.True(ids.Distinct().Count() >= 49, "23 random bits per millisecond: two equal among 50 is a one-in-7,000 chance, more means no randomness");
        Assert.True(FunnelTrack.NewId(DateTimeOffset.UnixEpoch) > 0);
    }
}
