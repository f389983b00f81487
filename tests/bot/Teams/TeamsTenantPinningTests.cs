using System.Text.Json.Nodes;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>
/// The Teams side serves exactly one tenant and one channel (#14 F3), proven over /api/messages with stand-in Teams
/// connectors: another tenant cannot install the bot, receive cards, list, show, claim or disqualify leads; cards never
/// go to "the most recently installed team"; a card's buttons act only on the lead that card shows.
/// </summary>
public sealed class TeamsTenantPinningTests
{
    private const string OtherTeamId = "19:other-team@thread.tacv2";

    [Fact]
    public async Task An_install_from_another_tenant_is_refused_logged_in_one_line_and_gets_no_MQL_card()
    {
        await using var sales = await TeamsConnectorStandIn.StartAsync();
        await using var attacker = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            // Only the other tenant installs the bot: before, its team became "the" team and got every card.
            await SendAsync(host, InstallEvent(attacker, OtherTenantId, OtherTeamId, "Fremdes Team"));
            await SaveMqlAsync(host, "pinned@example.com", "Pinned Prospect");
            await OutboxSettledAsync(host);

            Assert.Empty(await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
            Assert.Empty(attacker.Calls);
            var refusal = Assert.Single(host.Logs.Lines, l => l.Contains("Refused an installation or team event", StringComparison.Ordinal));
            Assert.DoesNotContain('\n', refusal.TrimEnd());
            Assert.DoesNotContain(OtherTenantId, refusal, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Fremdes Team", refusal, StringComparison.Ordinal);

            // The sales team installs it: the waiting card goes there, and only there.
            await InstallAsync(host, sales);
            await sales.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the MQL card in the sales team");
            Assert.Contains("Pinned Prospect", AllText(Assert.Single(sales.Created).Card));
            Assert.Empty(attacker.Calls);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Cards_go_to_the_configured_channel_never_to_the_most_recently_installed_team()
    {
        await using var salesTeam = await TeamsConnectorStandIn.StartAsync();
        await using var laterTeam = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Teams:SalesChannelId"] = TeamsConnectorStandIn.SalesChannelId,
        }));
        try
        {
            await InstallAsync(host, salesTeam);
            // A second team of the same tenant installs the bot later (its channel list has another id).
            var later = InstallEvent(laterTeam, TenantId, OtherTeamId, "Marketing");
            await SendAsync(host, later);
            Assert.Equal(2, (await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None)).Count);

            await SaveMqlAsync(host, "channel@example.com", "Channel Prospect");
            await salesTeam.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the MQL card");
            await OutboxSettledAsync(host);

            var post = Assert.Single(salesTeam.CreateAttempts);
            Assert.Equal(TeamsConnectorStandIn.SalesChannelId, post.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
            Assert.Equal(TenantId, post.Body!["channelData"]!["tenant"]!["id"]!.GetValue<string>());
            Assert.Empty(laterTeam.CreateAttempts);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Another_tenant_can_neither_list_show_claim_nor_disqualify_leads()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await InstallAsync(host, connector);
            var lead = await SaveMqlAsync(host, "secret@example.com", "Secret Prospect");
            await connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the MQL card");
            var card = connector.Created.Single();

            foreach (var command in new[] { "open leads", "show lead secret@example.com", $"show lead {lead.Id}" })
            {
                await SendAsync(host, MentionMessage(connector, command, OtherTenantId));
                var reply = connector.Replies[^1];
                Assert.Contains("only take commands from members", reply.Text);
                Assert.DoesNotContain("Secret Prospect", reply.Body!.ToJsonString());
                Assert.DoesNotContain("secret@example.com", reply.Body!.ToJsonString());
            }

            foreach (var (verb, data) in new[]
            {
                ("leadbot.claim", new JsonObject { ["leadbot"] = "claim", ["leadId"] = lead.Id.ToString("D") }),
                ("leadbot.disqualify", new JsonObject { ["leadbot"] = "disqualify", ["leadId"] = lead.Id.ToString("D"), ["reason"] = "spam" }),
            })
            {
                using var response = await PostAsync(host, ExecuteInvoke(connector, card, verb, data, OtherTenantId));
                var answer = await ReadJsonAsync(response);
                Assert.Contains("only take commands from members", answer["value"]!.GetValue<string>());
                await SendAsync(host, SubmitMessage(connector, card, data, OtherTenantId));
            }

            var stored = await LeadAsync(host, lead.Id);
            Assert.Equal(LeadStage.Mql, stored.Stage);
            Assert.Null(stored.Owner);
            Assert.Empty(connector.Updates);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Without_Teams_configured_no_tenant_can_install_command_or_receive_cards()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings(new Dictionary<string, string?>
        {
            ["Teams:TenantId"] = "",
            ["Teams:SalesChannelId"] = "",
        }));
        try
        {
            await InstallAsync(host, connector);
            var lead = await SaveMqlAsync(host, "unconfigured@example.com", "Unconfigured Prospect");
            await SendAsync(host, MentionMessage(connector, "open leads"));
            await OutboxSettledAsync(host);

            Assert.Empty(await host.Services.GetRequiredService<TeamsStore>().GetInstallationsAsync(CancellationToken.None));
            Assert.Empty(connector.CreateAttempts);
            Assert.Contains("only take commands from members", Assert.Single(connector.Replies).Text);
            Assert.Equal(LeadStage.Mql, (await LeadAsync(host, lead.Id)).Stage);
            Assert.Contains(host.Logs.Lines, l => l.Contains("Teams is not configured", StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("Teams:SalesChannelId", TeamsConnectorStandIn.SalesChannelId, "Teams:TenantId is required")]
    [InlineData("Teams:TenantId", TenantId, "Teams:SalesChannelId is required")]
    public async Task Half_a_Teams_setup_stops_start_up_naming_the_missing_key(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_naming_another_lead_is_refused_and_no_card_is_overwritten_with_it()
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: Settings());
        try
        {
            await InstallAsync(host, connector);
            var shown = await SaveMqlAsync(host, "shown@example.com", "Shown Prospect");
            var other = await SaveMqlAsync(host, "other@example.com", "Other Prospect");
            await connector.WaitUntilAsync(c => c.Created.Count >= 2, Wait, "both MQL cards");
            var cardOfShown = connector.Created.Single(c => AllText(c.Card).Contains("shown@example.com", StringComparison.Ordinal));
            var naming = new JsonObject { ["leadbot"] = "claim", ["leadId"] = other.Id.ToString("D") };

            // Action.Execute and Action.Submit on the card of one lead, naming the other lead.
            using (var response = await PostAsync(host, ExecuteInvoke(connector, cardOfShown, "leadbot.claim", naming)))
            {
                var answer = await ReadJsonAsync(response);
                Assert.Equal(LeadCardActions.InvokeMessageType, answer["type"]!.GetValue<string>());
                Assert.Contains("does not belong to the lead this card shows", answer["value"]!.GetValue<string>());
            }

            await SendAsync(host, SubmitMessage(connector, cardOfShown, naming));
            Assert.Contains("does not belong to the lead this card shows", connector.Replies[^1].Text);

            // A shown copy of the card, and a message that shows no card at all.
            await SendAsync(host, MentionMessage(connector, "show lead shown@example.com"));
            var copy = ShownCard(connector.Replies[^1]);
            await SendAsync(host, SubmitMessage(connector, copy, naming));
            Assert.Contains("does not belong to the lead this card shows", connector.Replies[^1].Text);
            var noCard = copy with { ActivityId = "1700000000999" };
            await SendAsync(host, SubmitMessage(connector, noCard, naming));
            Assert.Contains("I do not know this card", connector.Replies[^1].Text);

            Assert.Equal(LeadStage.Mql, (await LeadAsync(host, other.Id)).Stage);
            Assert.Equal(LeadStage.Mql, (await LeadAsync(host, shown.Id)).Stage);
            Assert.Empty(connector.Updates);
            Assert.Equal(3, host.Logs.Lines.Count(l => l.Contains($"naming lead {other.Id}", StringComparison.Ordinal)));

            // The right lead on its own card still works.
            var own = new JsonObject { ["leadbot"] = "claim", ["leadId"] = shown.Id.ToString("D") };
            await SendAsync(host, SubmitMessage(connector, copy, own));
            Assert.Equal(LeadStage.Sql, (await LeadAsync(host, shown.Id)).Stage);
            Assert.All(connector.Updates, u => Assert.Contains("shown@example.com", AllText(u.Card), StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
