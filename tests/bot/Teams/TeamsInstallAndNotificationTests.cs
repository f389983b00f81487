using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>The bot learns its team on install, and every new MQL appears as one card in the sales channel.</summary>
public sealed class TeamsInstallAndNotificationTests
{
    [Fact]
    public async Task The_install_event_stores_the_team_its_channels_tenant_and_service_url_and_it_survives_a_restart()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        var path = BotHost.NewDatabasePath();
        var first = await BotHost.StartAsync(path, Settings());
        try
        {
            await InstallAsync(first, connector);
        }
        finally
        {
            await first.StopAsync();
        }

        await using var second = await BotHost.StartAsync(path, Settings());
        try
        {
            var team = Assert.Single(await second.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
            Assert.Equal(TeamId, team.TeamId);
            Assert.Equal(TeamName, team.TeamName);
            Assert.Equal(TenantId, team.TenantId);
            Assert.Equal(connector.ServiceUrl.ToString().TrimEnd('/'), team.ServiceUrl.TrimEnd('/'));
            Assert.Equal(BotId, team.BotId);
            // General (the team id) plus what TeamsInfo.GetTeamChannelsAsync returned.
            Assert.Equal([TeamId, TeamsConnectorStandIn.SalesChannelId], team.Channels.Select(c => c.Id));
            Assert.Equal("General", team.Channels[0].Name);
            Assert.Equal("Sales", team.Channels[1].Name);
            // The install event is not a prospect: the bot did not start a qualification in the channel.
            Assert.Empty(connector.Replies);
        }
        finally
        {
            await second.StopAsync();
            second.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_conversation_that_ends_in_MQL_posts_exactly_one_card_to_the_configured_channel()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var emulatorService = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Teams:SalesChannelId"] = TeamsConnectorStandIn.SalesChannelId,
        }));
        try
        {
            await InstallAsync(host, connector);
            await QualifyAsync(host, emulatorService, MqlAnswers);
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the MQL card");
            await OutboxSettledAsync(host);

            var post = Assert.Single(connector.CreateAttempts);
            Assert.True(post.Succeeded);
            var body = post.Body!;
            Assert.True(body["isGroup"]!.GetValue<bool>());
            Assert.Equal(TeamsConnectorStandIn.SalesChannelId, body["channelData"]!["channel"]!["id"]!.GetValue<string>());
            Assert.Equal(TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
            Assert.Equal("application/vnd.microsoft.card.adaptive", body["activity"]!["attachments"]![0]!["contentType"]!.GetValue<string>());

            var lead = await LeadByEmailAsync(host, MqlAnswers["email"]);
            Assert.Equal(LeadStage.Mql, lead.Stage);
            var card = post.Card!;
            Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
            var text = AllText(card);
            Assert.Contains("Erika Musterfrau", text);
            Assert.Contains("Beispiel AG", text);
            Assert.Contains("erika@example.com", text);
            Assert.Contains("+49 30 1234567", text);                     // the phone as people read it
            Assert.Equal("tel:+49301234567", CardAction(card, "call")!["url"]!.GetValue<string>());
            Assert.Equal("mailto:erika@example.com", CardAction(card, "email")!["url"]!.GetValue<string>());
            Assert.Contains("50.000 EUR", text);                        // the budget with its ISO currency
            Assert.All(lead.ScoreBreakdown, item => Assert.Contains(item.Reason, text)); // each criterion's reason
            Assert.Contains($"{lead.Score} Punkte", text);
            Assert.Contains("Erteilt", text);                            // the consent record, without internal data
            Assert.DoesNotContain(lead.Consent.TextVersion, text);
            Assert.Contains("Bot Framework Emulator", text);             // the source, named for people
            Assert.DoesNotContain("/api/leads/", text);                  // no link a browser cannot open
            Assert.Equal("task/fetch", CardAction(card, "openLead")!["data"]!["msteams"]!["type"]!.GetValue<string>());

            var actions = CardActions(card);
            var claim = actions.Single(a => a["id"]!.GetValue<string>() == "claim");
            Assert.Equal("Action.Execute", claim["type"]!.GetValue<string>());
            Assert.Equal("leadbot.claim", claim["verb"]!.GetValue<string>());
            Assert.Equal(lead.Id.ToString("D"), claim["data"]!["leadId"]!.GetValue<string>());
            Assert.Equal("Action.Submit", claim["fallback"]!["type"]!.GetValue<string>());
            Assert.Equal("claim", claim["fallback"]!["data"]!["leadbot"]!.GetValue<string>());
            Assert.DoesNotContain(actions, a => a["id"]!.GetValue<string>() == "offerSent"); // only once claimed
            Assert.DoesNotContain(actions, a => a["id"]!.GetValue<string>() == "disqualify"); // only once claimed

            // Delivery recorded once, with where the card went.
            var sent = Assert.Single(await OutboxAsync(host));
            Assert.NotNull(sent.SentAt);
            Assert.Equal(post.ConversationId, sent.ConversationId);
            Assert.Equal(post.ActivityId, sent.ActivityId);
            Assert.Equal(TeamsConnectorStandIn.SalesChannelId, sent.ChannelId);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_conversation_that_ends_as_a_plain_lead_posts_no_card()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var emulatorService = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await InstallAsync(host, connector);
            await QualifyAsync(host, emulatorService, LeadAnswers);
            Assert.Equal(LeadStage.Lead, (await LeadByEmailAsync(host, LeadAnswers["email"])).Stage);

            await OutboxSettledAsync(host);
            Assert.Empty(connector.CreateAttempts);
            Assert.Empty(await OutboxAsync(host));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task An_update_that_keeps_the_lead_MQL_writes_no_second_notification()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await InstallAsync(host, connector);
            var lead = await SaveMqlAsync(host, "twice@example.com");
            await SaveMqlAsync(host, "twice@example.com");
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the MQL card");
            await OutboxSettledAsync(host);

            Assert.Single(connector.CreateAttempts);
            Assert.Equal(lead.Id, Assert.Single(await OutboxAsync(host)).LeadId);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Without_the_sales_team_the_notification_waits_and_is_posted_to_its_channel_once_the_bot_is_installed_there()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            var lead = await SaveMqlAsync(host, "early@example.com");
            await OutboxSettledAsync(host);
            Assert.Empty(connector.CreateAttempts);
            var waiting = Assert.Single(await OutboxAsync(host));
            Assert.Null(waiting.SentAt);
            Assert.Equal(0, waiting.Attempts);

            await InstallAsync(host, connector);
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the waiting card");

            var post = Assert.Single(connector.CreateAttempts);
            Assert.Equal(TeamId, post.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>()); // General = the team id
            Assert.Contains(lead.Name, AllText(post.Card));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
