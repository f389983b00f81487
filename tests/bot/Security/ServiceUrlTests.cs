using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Security;

/// <summary>
/// #14 F6 (SSRF): without a MicrosoftAppId anyone can post an activity, so the bot must not POST to whatever serviceUrl
/// it names. The "internal service" is a real server on this machine's non-loopback address.
/// </summary>
public sealed class ServiceUrlTests
{
    [Fact]
    public async Task Without_an_app_id_a_serviceUrl_on_another_host_gets_403_and_the_bot_posts_nothing_there()
    {
        await using var target = await RecordingServer.StartAsync(RecordingServer.NonLoopbackAddress());
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync();
        var stopped = false;
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn);
            foreach (var serviceUrl in new[]
            {
                target.BaseAddress.ToString(),
                $"http://user@127.0.0.1:{target.BaseAddress.Port}/",
                "http://169.254.169.254/metadata",
                "https://evil.example/",
            })
            {
                var activity = emulator.Message("hallo");
                activity["serviceUrl"] = serviceUrl;
                using var response = await emulator.PostAsync(activity.ToJsonString());
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }

            // The Emulator on loopback still works.
            var replies = await emulator.StartAsync();
            Assert.NotEmpty(replies);

            // Once the host has stopped (its background workers with it) nothing can post any more: whatever a refused
            // activity could have sent would be in the record by now.
            await host.StopAsync();
            stopped = true;
            Assert.Empty(target.Requests);
        }
        finally
        {
            if (!stopped)
            {
                await host.StopAsync();
            }

            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task An_origin_in_Security_AllowedServiceUrls_gets_the_replies()
    {
        await using var target = await RecordingServer.StartAsync(RecordingServer.NonLoopbackAddress());
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Security:AllowedServiceUrls:0"] = target.BaseAddress.ToString(),
        });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn);
            var activity = emulator.ConversationUpdate();
            activity["serviceUrl"] = target.BaseAddress.ToString().TrimEnd('/');
            using var response = await emulator.PostAsync(activity.ToJsonString());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(target.Requests, r => r.StartsWith("POST /v3/conversations/", StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_stored_Teams_address_outside_the_allow_list_gets_no_card_either()
    {
        // Defense in depth: a service URL that got into the database (here written directly) is checked again when the
        // bot sends, so the outbox does not post an MQL card (with e-mail and phone) to it.
        await using var target = await RecordingServer.StartAsync(RecordingServer.NonLoopbackAddress());
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await using (var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
            {
                var now = DateTimeOffset.UtcNow;
                db.TeamsInstallations.Add(new TeamsInstallation
                {
                    TeamId = TeamId,
                    TeamName = TeamName,
                    TenantId = TenantId,
                    ServiceUrl = target.BaseAddress.ToString(),
                    BotId = BotId,
                    BotName = "LeadBot",
                    Channels = [new TeamsChannelRecord { Id = TeamId, Name = "General" }],
                    InstalledAt = now,
                    UpdatedAt = now,
                });
                await db.SaveChangesAsync();
            }

            await SaveMqlAsync(host, "guarded@example.com");
            await WaitForAsync(async () => (await OutboxAsync(host)).Any(o => o.Attempts > 0), "a failed attempt");

            Assert.Empty(target.Requests);
            Assert.Null(Assert.Single(await OutboxAsync(host)).SentAt);
            Assert.Contains(host.Logs.Lines, l => l.Contains("Refused to send to a service URL outside the allow-list", StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Wait} for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
