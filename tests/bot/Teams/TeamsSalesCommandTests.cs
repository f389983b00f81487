using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>Sales commands in the channel (the bot @mentioned) or a personal chat; only the sales tenant is obeyed.</summary>
public sealed class TeamsSalesCommandTests : IAsyncLifetime
{
    private TeamsConnectorStandIn _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await TeamsConnectorStandIn.StartAsync();
        _host = await BotHost.StartAsync(settings: Settings());
        await InstallAsync(_host, _connector);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.DeleteDatabase();
        await _connector.DisposeAsync();
    }

    private async Task<ConnectorCall> CommandAsync(string command, string tenant = TenantId)
    {
        var before = _connector.Replies.Count;
        await SendAsync(_host, MentionMessage(_connector, command, tenant));
        Assert.Equal(before + 1, _connector.Replies.Count);
        return _connector.Replies[^1];
    }

    [Fact]
    public async Task Open_leads_lists_the_unclaimed_MQLs_in_English_and_German()
    {
        await SaveMqlAsync(_host, "first@example.com", "First Prospect");
        await SaveMqlAsync(_host, "second@example.com", "Second Prospect");

        var english = await CommandAsync("open leads");
        Assert.Contains("Open qualified leads (2)", english.Text);
        Assert.Contains("First Prospect", english.Text);
        Assert.Contains("second@example.com", english.Text);
        Assert.Equal(TeamId + ";messageid=99", english.ConversationId);

        var german = await CommandAsync("offene leads");
        Assert.Contains("Offene qualifizierte Leads (2)", german.Text);

        var help = await CommandAsync("hilfe");
        Assert.Contains("offene leads", help.Text);
        Assert.Contains("zeige lead", help.Text);
        Assert.Contains("open leads", (await CommandAsync("help")).Text);
    }

    [Fact]
    public async Task Show_lead_by_e_mail_or_id_answers_with_the_lead_card()
    {
        var lead = await SaveMqlAsync(_host, "shown@example.com", "Shown Prospect");

        var byEmail = await CommandAsync("show lead shown@example.com");
        Assert.Contains("Shown Prospect", AllText(byEmail.Card));
        Assert.Contains("50.000 EUR", AllText(byEmail.Card));

        var byId = await CommandAsync($"zeige lead {lead.Id}");
        Assert.Contains("Shown Prospect", AllText(byId.Card));

        var missing = await CommandAsync("show lead nobody@example.com");
        Assert.Contains("I found no lead", missing.Text);
    }

    [Fact]
    public async Task Show_lead_finds_a_lead_by_part_of_its_name_company_or_e_mail_and_lists_several_matches()
    {
        await SaveMqlAsync(_host, "anna.schmidt@kunde.de", "Anna Schmidt");
        await SaveMqlAsync(_host, "bernd.schmidt@firma.de", "Bernd Schmidt");
        await SaveMqlAsync(_host, "clara@einzeln.de", "Clara Einzeln");

        var one = await CommandAsync("show lead einzeln");
        Assert.Contains("Clara Einzeln", AllText(one.Card));

        var byPartOfEmail = await CommandAsync("zeige lead anna.schmidt@kunde");
        Assert.Contains("Anna Schmidt", AllText(byPartOfEmail.Card));

        var several = await CommandAsync("show lead schmidt");
        Assert.True(several.Body!["attachments"] is null or JsonArray { Count: 0 }, "a list, not a card");
        Assert.Contains("I found 2 leads for \"schmidt\"", several.Text);
        Assert.Contains("Anna Schmidt", several.Text);
        Assert.Contains("bernd.schmidt@firma.de", several.Text);

        var tooShort = await CommandAsync("show lead sc");
        Assert.Contains("at least three letters", tooShort.Text);
        Assert.Contains("I found no lead", (await CommandAsync("show lead nobody-like-this")).Text);
    }

    [Fact]
    public async Task Claiming_on_a_shown_copy_of_the_card_also_replaces_the_card_posted_to_the_channel()
    {
        var lead = await SaveMqlAsync(_host, "copy@example.com", "Copy Prospect");
        await _connector.WaitUntilAsync(c => c.Created.Count >= 1, Wait, "the posted card");
        var posted = _connector.Created.Single();
        var shownCopy = ShownCard(await CommandAsync("show lead copy@example.com"));

        await SendAsync(_host, SubmitMessage(_connector, shownCopy,
            new System.Text.Json.Nodes.JsonObject { ["leadbot"] = "claim", ["leadId"] = lead.Id.ToString("D") }));

        Assert.Equal(LeadBot.Dialogs.Domain.LeadStage.Sql, (await LeadAsync(_host, lead.Id)).Stage);
        var updates = _connector.Updates;
        Assert.Contains(updates, u => u.ConversationId == shownCopy.ConversationId && u.ActivityId == shownCopy.ActivityId);
        var original = Assert.Single(updates, u => u.ConversationId == posted.ConversationId && u.ActivityId == posted.ActivityId);
        Assert.Contains($"Übernommen von {SalesName}", AllText(original.Card));
    }

    [Fact]
    public void The_commands_of_the_Teams_app_manifest_are_the_commands_the_bot_understands()
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(
            Conversation.ConversationHarness.RepositoryRoot(), "deploymentTemplates", "teamsAppPackage", "manifest.json")))!;
        var titles = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();

        Assert.Equal(
            [LeadBot.Bot.Teams.SalesCommandKind.OpenLeads, LeadBot.Bot.Teams.SalesCommandKind.ShowLead, LeadBot.Bot.Teams.SalesCommandKind.Help],
            titles.Select(t => LeadBot.Bot.Teams.SalesCommand.Parse(t).Kind));
        Assert.Equal("a@example.com", LeadBot.Bot.Teams.SalesCommand.Parse("show lead a@example.com").Argument);
        Assert.Equal(LeadBot.Bot.Teams.SalesCommandKind.OpenLeads, LeadBot.Bot.Teams.SalesCommand.Parse("Offene Leads").Kind);
        Assert.Equal(LeadBot.Bot.Teams.SalesCommandKind.Unknown, LeadBot.Bot.Teams.SalesCommand.Parse("show leads").Kind);
    }

    [Fact]
    public async Task A_member_of_another_tenant_is_politely_refused()
    {
        await SaveMqlAsync(_host, "secret@example.com", "Secret Prospect");

        var refused = await CommandAsync("open leads", OtherTenantId);

        Assert.Contains("Sorry, I only take commands from members", refused.Text);
        Assert.DoesNotContain("Secret Prospect", refused.Text);
    }
}
