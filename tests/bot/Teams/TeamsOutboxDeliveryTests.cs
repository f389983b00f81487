using LeadBot.Bot.Tests.Support;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>Reliable delivery through the outbox: retries with backoff and Retry-After, restarts, and
/// several instances on one database; every card arrives exactly once.</summary>
public sealed class TeamsOutboxDeliveryTests
{
    [Fact]
    public async Task After_500s_and_429s_with_Retry_After_the_card_arrives_once_and_the_Retry_After_is_respected()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await InstallAsync(host, connector);
            connector.FailNext((500, null), (500, null), (429, "1"), (429, "1"));

            var lead = await SaveMqlAsync(host, "flaky@example.com");
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the card after recovery");
            await OutboxSettledAsync(host);

            var attempts = connector.CreateAttempts;
            Assert.Equal([500, 500, 429, 429, 201], attempts.Select(a => a.Status));
            Assert.Single(connector.Created);
            // Each attempt after a 429 waited at least the Retry-After (1 s; backoff alone would be ≤ 0.5 s here).
            Assert.True(attempts[3].At - attempts[2].At >= TimeSpan.FromSeconds(0.95), $"{(attempts[3].At - attempts[2].At).TotalSeconds} s");
            Assert.True(attempts[4].At - attempts[3].At >= TimeSpan.FromSeconds(0.95), $"{(attempts[4].At - attempts[3].At).TotalSeconds} s");
            // The retries after 500 were backed off, not hammered.
            Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.1));

            var row = Assert.Single(await OutboxAsync(host));
            Assert.Equal(lead.Id, row.LeadId);
            Assert.Equal(4, row.Attempts);
            Assert.NotNull(row.SentAt);
            Assert.Null(row.LockedBy);
            Assert.Equal(connector.Created[0].ActivityId, row.ActivityId);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_worker_restarted_while_Teams_is_down_delivers_the_card_once_after_recovery()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        var path = BotHost.NewDatabasePath();
        var first = await BotHost.StartAsync(path, Settings());
        try
        {
            await InstallAsync(first, connector);
            connector.Down = true;
            await SaveMqlAsync(first, "restart@example.com");
            await connector.WaitUntilAsync(c => c.CreateAttempts.Count >= 2, Wait, "failing attempts");
        }
        finally
        {
            await first.StopAsync();
        }

        var failedBefore = connector.CreateAttempts.Count;
        Assert.Empty(connector.Created);

        await using var second = await BotHost.StartAsync(path, Settings());
        try
        {
            await connector.WaitUntilAsync(c => c.CreateAttempts.Count > failedBefore, Wait, "the restarted worker to resume");
            connector.Down = false;
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the card after recovery");
            await OutboxSettledAsync(second);

            Assert.Single(connector.Created);
            var row = Assert.Single(await OutboxAsync(second));
            Assert.NotNull(row.SentAt);
            Assert.True(row.Attempts >= failedBefore);
        }
        finally
        {
            await second.StopAsync();
            second.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Two_instances_on_one_database_post_every_card_exactly_once()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        connector.CreateDelay = TimeSpan.FromMilliseconds(150); // widen the window in which both could grab a row
        var path = BotHost.NewDatabasePath();
        await using var a = await BotHost.StartAsync(path, Settings());
        await using var b = await BotHost.StartAsync(path, Settings());
        try
        {
            await InstallAsync(a, connector);
            const int count = 8;
            for (var i = 0; i < count; i++)
            {
                await SaveMqlAsync(i % 2 == 0 ? a : b, $"pair-{i}@example.com", $"Lead {i}");
            }

            await connector.WaitUntilAsync(c => c.Created.Count >= count, Wait, "all cards");
            await OutboxSettledAsync(a, b);

            var created = connector.Created;
            Assert.Equal(count, created.Count);
            for (var i = 0; i < count; i++)
            {
                Assert.Single(created, c => AllText(c.Card).Contains($"pair-{i}@example.com", StringComparison.Ordinal));
            }

            Assert.All(await OutboxAsync(a), row => Assert.NotNull(row.SentAt));
        }
        finally
        {
            await a.StopAsync();
            await b.StopAsync();
            a.DeleteDatabase();
        }
    }
}
