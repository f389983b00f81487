using System.Diagnostics;
using System.Net;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Turns;

/// <summary>
/// Replies are never acknowledged before they are delivered: the real host over HTTP, a connector stand-in that fails
/// (5xx, 429 with Retry-After, a reset connection), on both providers (the replies wait in the database).
/// </summary>
public abstract class ReplyDeliveryTests(SharedBotHost shared)
{
    /// <summary>Every test uses a conversation of its own on the class's host; the tests of a class run one after another,
    /// so the stand-in's failures queued by one test are the ones its next posts meet. A short backoff between sends (the
    /// product's default is 0.2 s, doubling): what is proven is that a reply is sent again, not how long the bot waits.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Turns:MaxRetryDelay"] = "00:00:02",
        ["Turns:RetryBackoff"] = "00:00:00.01",
    };

    private readonly ConnectorStandIn standIn = shared.StandIn;

    private readonly BotHost host = shared.Host;

    public static TheoryData<int> Failures => new() { 500, 502, 503, 429, 0 };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_reply_the_connector_fails_once_is_sent_again_within_the_turn(int failure)
    {
        var emulator = await AtConsentAsync();
        var failedBefore = standIn.FailedPosts;
        Fail(failure, 1);

        var replies = await emulator.SendAndWaitAsync("ja");

        Assert.Equal(failedBefore + 1, standIn.FailedPosts);
        Assert.Equal("name", EmulatorClient.LastStep(replies));
        Assert.Single(standIn.Of(emulator.ConversationId), r => r.Step == "name");
    }

    [Fact]
    public async Task A_429_is_sent_again_after_the_Retry_After_the_connector_asked_for()
    {
        var emulator = await AtConsentAsync();
        standIn.FailNextPosts(429, 1, TimeSpan.FromSeconds(1));

        var watch = Stopwatch.StartNew();
        var replies = await emulator.SendAndWaitAsync("ja");

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"Sent again after {watch.Elapsed.TotalMilliseconds} ms.");
        Assert.Equal("name", EmulatorClient.LastStep(replies));
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Replies_the_connector_keeps_failing_are_not_acknowledged_and_the_redelivery_sends_them_once(int failure)
    {
        var emulator = await AtConsentAsync();
        var failedBefore = standIn.FailedPosts;
        Fail(failure, 3);
        var consent = emulator.Message("ja");

        using (var response = await emulator.PostAsync(consent.ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        Assert.Equal(failedBefore + 3, standIn.FailedPosts);
        Assert.DoesNotContain(standIn.Of(emulator.ConversationId), r => r.Step == "name");

        // The channel redelivers: the committed replies are delivered (the turn is not run again); once more: nothing.
        Assert.Equal("name", EmulatorClient.LastStep(await emulator.SendAndWaitAsync(consent)));
        var delivered = standIn.Of(emulator.ConversationId).Count;
        await emulator.SendAndWaitAsync(consent);
        Assert.Equal(delivered, standIn.Of(emulator.ConversationId).Count);
        Assert.Single(standIn.Of(emulator.ConversationId), r => r.Step == "name");
        Assert.Equal("email", EmulatorClient.LastStep(await emulator.SendAndWaitAsync("Erika Musterfrau")));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_bot_waits_is_passed_on_to_the_channel_at_once()
    {
        var emulator = await AtConsentAsync();
        standIn.FailNextPosts(429, 1, TimeSpan.FromSeconds(30));
        var consent = emulator.Message("ja");

        var watch = Stopwatch.StartNew();
        using (var response = await emulator.PostAsync(consent.ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Answered after {watch.Elapsed.TotalMilliseconds} ms.");
        Assert.Equal("name", EmulatorClient.LastStep(await emulator.SendAndWaitAsync(consent)));
    }

    [Fact]
    public async Task Replies_left_undelivered_reach_the_prospect_first_on_the_conversations_next_turn()
    {
        var emulator = await AtConsentAsync();
        Fail(503, 3);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await emulator.SendAsync(emulator.Message("ja")));

        // No redelivery comes (the channel gave up); the prospect writes again, answering the question they did not see.
        var status = await emulator.SendAsync(emulator.Message("Erika Musterfrau"));

        Assert.Equal(HttpStatusCode.OK, status);
        var steps = standIn.Of(emulator.ConversationId).Where(r => r.Step is not null).Select(r => r.Step).ToList();
        Assert.Equal(["consent", "name", "email"], steps);
    }

    private void Fail(int failure, int count)
    {
        if (failure == 0)
        {
            standIn.ResetNextPosts(count);
        }
        else
        {
            standIn.FailNextPosts(failure, count);
        }
    }

    private async Task<EmulatorClient> AtConsentAsync()
    {
        var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
        var replies = await emulator.StartAsync();
        if (EmulatorClient.LastStep(replies) is null)
        {
            replies = await emulator.SendAndWaitAsync("Hallo");
        }

        Assert.Equal("consent", EmulatorClient.LastStep(replies));
        return emulator;
    }
}

public sealed class ReplyDeliveryTestsOnSqlite(ReplyDeliveryTestsOnSqlite.DeliveryHost shared) : ReplyDeliveryTests(shared), IClassFixture<ReplyDeliveryTestsOnSqlite.DeliveryHost>
{
    public sealed class DeliveryHost : SharedBotHost
    {
        protected override Task<BotHost> StartHostAsync() => BotHost.StartAsync(settings: Settings());
    }
}

[Trait("Category", "Slow")]
public sealed class ReplyDeliveryTestsOnPostgreSql(ReplyDeliveryTestsOnPostgreSql.DeliveryHost shared) : ReplyDeliveryTests(shared), IClassFixture<ReplyDeliveryTestsOnPostgreSql.DeliveryHost>
{
    public sealed class DeliveryHost : SharedBotHost
    {
        private string? postgres;

        protected override async Task<BotHost> StartHostAsync()
        {
            postgres = await PostgreSqlServer.CreateDatabaseAsync("leadbot_delivery");
            var settings = Settings();
            settings["Storage:Provider"] = "PostgreSQL";
            settings["ConnectionStrings:LeadBot"] = postgres;
            return await BotHost.StartAsync(settings: settings);
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            if (postgres is not null)
            {
                await PostgreSqlServer.DropDatabaseAsync(postgres);
            }
        }
    }
}
