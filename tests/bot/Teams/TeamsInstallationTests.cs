using System.Text.Json.Nodes;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>#17 part 3: installationUpdate (add, remove, personal install) and the channel list asked again when the
/// Bot Connector is briefly unavailable, over real HTTP with the stand-in Teams connector.</summary>
public sealed class TeamsInstallationTests
{
    private static JsonObject InstallationUpdate(TeamsConnectorStandIn connector, string action, bool inTeam = true)
    {
        var activity = TeamsActivity(connector, "installationUpdate", inTeam ? TeamId : "a:personal-chat");
        activity["action"] = action;
        if (!inTeam)
        {
            activity["conversation"]!["conversationType"] = "personal";
            activity["channelData"]!.AsObject().Remove("team");
            activity["channelData"]!.AsObject().Remove("channel");
        }

        return activity;
    }

    [Fact]
    public async Task InstallationUpdate_add_remembers_the_team_and_remove_forgets_it()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Teams:SalesChannelId"] = TeamsConnectorStandIn.SalesChannelId,
        }));
        try
        {
            var store = host.Services.GetRequiredService<TeamsStore>();
            await SendAsync(host, InstallationUpdate(connector, "add"));
            var team = Assert.Single(await store.GetInstallationsAsync(CancellationToken.None));
            Assert.Equal([TeamId, TeamsConnectorStandIn.SalesChannelId], team.Channels.Select(c => c.Id));

            // The card goes to the sales channel of that team.
            await SaveMqlAsync(host, "update@example.com");
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the MQL card");

            await SendAsync(host, InstallationUpdate(connector, "remove"));
            Assert.Empty(await store.GetInstallationsAsync(CancellationToken.None));

            // Uninstalled: the next card waits.
            await SaveMqlAsync(host, "after-removal@example.com");
            await OutboxSettledAsync(host);
            Assert.Single(connector.CreateAttempts);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_personal_install_is_welcomed_with_the_commands()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await SendAsync(host, InstallationUpdate(connector, "add", inTeam: false));

            var welcome = Assert.Single(connector.Replies);
            Assert.Contains("open leads", welcome.Text);
            Assert.Empty(await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    /// <summary>The waits between two asks come from <c>Turns:RetryBackoff</c>, short here: the tests prove how often the
    /// list is asked for and what is kept, not how long the bot waits.</summary>
    private static readonly KeyValuePair<string, string?> ShortBackoff = new("Turns:RetryBackoff", "00:00:00.01");

    [Fact]
    public async Task The_channel_list_is_asked_again_when_the_connector_is_briefly_unavailable()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Teams:SalesChannelId"] = TeamsConnectorStandIn.SalesChannelId,
            [ShortBackoff.Key] = ShortBackoff.Value,
        }));
        try
        {
            connector.FailChannelListsNext(503, 429);
            await InstallAsync(host, connector);

            Assert.Equal(3, connector.ChannelListCalls);
            var team = Assert.Single(await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
            Assert.Contains(team.Channels, c => c.Id == TeamsConnectorStandIn.SalesChannelId);
            await SaveMqlAsync(host, "retried@example.com");
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the card in the sales channel");
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_channel_list_that_keeps_failing_or_is_refused_leaves_General_and_the_install_succeeds()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Turns:DeliveryAttempts"] = "4",
            [ShortBackoff.Key] = ShortBackoff.Value,
        }));
        try
        {
            var store = host.Services.GetRequiredService<TeamsStore>();
            connector.FailChannelListsNext(Enumerable.Repeat(503, 8).ToArray());
            await InstallAsync(host, connector);
            connector.ClearChannelListFailures();
            Assert.Equal(4, connector.ChannelListCalls); // Turns:DeliveryAttempts
            Assert.Equal([TeamId], Assert.Single(await store.GetInstallationsAsync(CancellationToken.None)).Channels.Select(c => c.Id));

            var before = connector.ChannelListCalls;
            connector.FailChannelListsNext(403);
            await InstallAsync(host, connector);
            Assert.Equal(before + 1, connector.ChannelListCalls); // a refusal is not asked again
            Assert.Equal([TeamId], Assert.Single(await store.GetInstallationsAsync(CancellationToken.None)).Channels.Select(c => c.Id));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_busy_connector_that_asks_for_a_longer_wait_than_a_turn_may_take_is_not_waited_for()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Teams:SalesChannelId"] = TeamsConnectorStandIn.SalesChannelId,
            [ShortBackoff.Key] = ShortBackoff.Value,
        }));
        try
        {
            // Retry-After 60 s is longer than Turns:MaxRetryDelay (2 s): the install keeps General and ends at once.
            connector.FailChannelListsNext((429, "60"));
            await InstallAsync(host, connector);
            Assert.Equal(1, connector.ChannelListCalls);
            var team = Assert.Single(await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
            Assert.Equal([TeamId], team.Channels.Select(c => c.Id));

            // One that asks for a wait within it is waited for and asked again.
            connector.FailChannelListsNext((429, "1"));
            await InstallAsync(host, connector);
            Assert.Equal(3, connector.ChannelListCalls);
            team = Assert.Single(await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
            Assert.Equal([TeamId, TeamsConnectorStandIn.SalesChannelId], team.Channels.Select(c => c.Id));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
