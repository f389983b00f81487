using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>Claim, offer sent and disqualify, as Action.Execute (invoke) and as the Action.Submit fallback
/// (message with value); the card is replaced in place (PUT), invalid transitions change nothing.</summary>
public sealed class TeamsCardActionTests : IAsyncLifetime
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

    private async Task<(Lead Lead, ConnectorCall Card)> PostedMqlAsync(string email)
    {
        var lead = await SaveMqlAsync(_host, email, name: "Grace Hopper");
        await _connector.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains(email, StringComparison.Ordinal)), Wait, "the card of " + email);
        // The buttons act once the bot has recorded where the card went (just after Teams answered the post).
        await WaitForAsync(async () => (await OutboxAsync(_host)).Any(o => o.LeadId == lead.Id && o.SentAt is not null), "the delivery of the card of " + email);
        return (lead, _connector.Created.Single(p => AllText(p.Card).Contains(email, StringComparison.Ordinal)));
    }

    private static JsonObject Data(string action, Lead lead, string? reason = null)
    {
        var data = new JsonObject { ["leadbot"] = action, ["leadId"] = lead.Id.ToString("D") };
        if (reason is not null)
        {
            data["reason"] = reason;
        }

        return data;
    }

    private async Task<JsonObject> InvokeAsync(ConnectorCall card, string verb, JsonObject data, string tenant = TenantId)
    {
        using var response = await PostAsync(_host, ExecuteInvoke(_connector, card, verb, data, tenant));
        Assert.True(response.IsSuccessStatusCode, $"invoke answered {(int)response.StatusCode}");
        return await ReadJsonAsync(response);
    }

    private ConnectorCall LastUpdateOf(ConnectorCall card) =>
        _connector.Updates.Last(u => u.ConversationId == card.ConversationId && u.ActivityId == card.ActivityId);

    [Fact]
    public async Task Action_Execute_claim_offer_and_disqualify_answer_with_the_updated_card_and_replace_it_in_place()
    {
        var (lead, card) = await PostedMqlAsync("execute@example.com");

        // Claim → SQL, owner = the person who clicked.
        var claimed = await InvokeAsync(card, "leadbot.claim", Data("claim", lead));
        Assert.Equal(200, claimed["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", claimed["type"]!.GetValue<string>());
        var claimedCard = claimed["value"]!.AsObject();
        Assert.Contains($"Übernommen von {SalesName}", AllText(claimedCard));
        Assert.Null(CardAction(claimedCard, "claim"));
        Assert.NotNull(CardAction(claimedCard, "offerSent"));
        // Disqualify asks for the reason on the card (a required input) before it sends the action.
        var disqualify = CardAction(claimedCard, "disqualify")!;
        var reasonInput = disqualify["card"]!["body"]![0]!;
        Assert.Equal("Input.Text", reasonInput["type"]!.GetValue<string>());
        Assert.True(reasonInput["isRequired"]!.GetValue<bool>());
        Assert.Equal("leadbot.disqualify", disqualify["card"]!["actions"]![0]!["verb"]!.GetValue<string>());

        var stored = await LeadAsync(_host, lead.Id);
        Assert.Equal(LeadStage.Sql, stored.Stage);
        Assert.Equal(SalesName, stored.Owner);
        Assert.Equal(SalesAadId, stored.OwnerId);
        var change = stored.History[^1];
        Assert.Equal((LeadStage.Mql, LeadStage.Sql, SalesName, SalesAadId), (change.From!.Value, change.To, change.ChangedBy, change.ChangedById));

        var put = LastUpdateOf(card);
        Assert.Contains($"Übernommen von {SalesName}", AllText(put.Card));
        Assert.Equal("message", put.Body!["type"]!.GetValue<string>());

        // Offer sent → Opportunity.
        var offered = await InvokeAsync(card, "leadbot.offerSent", Data("offerSent", lead));
        Assert.Contains($"Angebot gesendet – markiert von {SalesName}", AllText(offered["value"]));
        Assert.Equal(LeadStage.Opportunity, (await LeadAsync(_host, lead.Id)).Stage);
        Assert.Contains("Angebot gesendet", AllText(LastUpdateOf(card).Card));

        // Disqualify with a reason.
        var disqualified = await InvokeAsync(card, "leadbot.disqualify", Data("disqualify", lead, "Budget eingefroren"));
        Assert.Contains("Budget eingefroren", AllText(disqualified["value"]));
        stored = await LeadAsync(_host, lead.Id);
        Assert.Equal(LeadStage.Disqualified, stored.Stage);
        Assert.Equal(("Budget eingefroren", SalesName, SalesAadId), (stored.History[^1].Reason, stored.History[^1].ChangedBy, stored.History[^1].ChangedById));
        var finalCard = LastUpdateOf(card).Card!;
        Assert.Contains($"Disqualifiziert von {SalesName}", AllText(finalCard));
        Assert.DoesNotContain(CardActions(finalCard), a => a["type"]!.GetValue<string>() is "Action.Execute" or "Action.ShowCard");
    }

    [Fact]
    public async Task Invalid_transitions_get_a_clear_message_and_change_nothing()
    {
        var (lead, card) = await PostedMqlAsync("invalid@example.com");

        // Disqualify before claim: the card does not offer it, a crafted one is refused.
        var unclaimed = await InvokeAsync(card, "leadbot.disqualify", Data("disqualify", lead, "Spam"));
        Assert.Contains("claim the lead before disqualifying", unclaimed["value"]!.GetValue<string>());
        Assert.Equal(LeadStage.Mql, (await LeadAsync(_host, lead.Id)).Stage);

        // Offer before claim.
        var early = await InvokeAsync(card, "leadbot.offerSent", Data("offerSent", lead));
        Assert.Equal("application/vnd.microsoft.activity.message", early["type"]!.GetValue<string>());
        Assert.Contains("claim the lead before", early["value"]!.GetValue<string>());
        Assert.Equal(LeadStage.Mql, (await LeadAsync(_host, lead.Id)).Stage);

        // Claim twice: the second person is told who has it.
        await InvokeAsync(card, "leadbot.claim", Data("claim", lead));
        var updatesAfterClaim = _connector.Updates.Count;
        var historyAfterClaim = (await LeadAsync(_host, lead.Id)).History.Count;
        var activity = ExecuteInvoke(_connector, card, "leadbot.claim", Data("claim", lead));
        activity["from"] = new JsonObject { ["id"] = "29:bob", ["name"] = "Bob Other", ["aadObjectId"] = "b0b00000-0000-4000-8000-000000000b0b" };
        using var response = await PostAsync(_host, activity);
        var twice = await ReadJsonAsync(response);
        Assert.Equal("application/vnd.microsoft.activity.message", twice["type"]!.GetValue<string>());
        Assert.Contains($"{SalesName} has already claimed this lead", twice["value"]!.GetValue<string>());
        var stored = await LeadAsync(_host, lead.Id);
        Assert.Equal((LeadStage.Sql, SalesName, historyAfterClaim), (stored.Stage, stored.Owner, stored.History.Count));
        Assert.Equal(updatesAfterClaim, _connector.Updates.Count);

        // Disqualify without a reason.
        var noReason = await InvokeAsync(card, "leadbot.disqualify", Data("disqualify", lead, "  "));
        Assert.Contains("give a reason", noReason["value"]!.GetValue<string>());
        Assert.Equal(LeadStage.Sql, (await LeadAsync(_host, lead.Id)).Stage);
    }

    [Fact]
    public async Task Action_Submit_fallback_claims_offers_and_disqualifies_and_replaces_the_card_with_PUT()
    {
        var (lead, card) = await PostedMqlAsync("submit@example.com");

        await SendAsync(_host, SubmitMessage(_connector, card, Data("claim", lead)));
        var stored = await LeadAsync(_host, lead.Id);
        Assert.Equal((LeadStage.Sql, SalesName, SalesAadId), (stored.Stage, stored.Owner, stored.OwnerId));
        Assert.Equal((SalesName, SalesAadId), (stored.History[^1].ChangedBy, stored.History[^1].ChangedById));
        Assert.Contains($"Übernommen von {SalesName}", AllText(LastUpdateOf(card).Card));

        // Claiming again is refused with a message in the thread.
        await SendAsync(_host, SubmitMessage(_connector, card, Data("claim", lead)));
        var refusal = _connector.Replies.Last();
        Assert.Equal(card.ConversationId, refusal.ConversationId);
        Assert.Contains("already claimed", refusal.Text);

        await SendAsync(_host, SubmitMessage(_connector, card, Data("offerSent", lead)));
        Assert.Equal(LeadStage.Opportunity, (await LeadAsync(_host, lead.Id)).Stage);
        Assert.Contains("Angebot gesendet", AllText(LastUpdateOf(card).Card));

        await SendAsync(_host, SubmitMessage(_connector, card, Data("disqualify", lead, "Kein Bedarf mehr")));
        stored = await LeadAsync(_host, lead.Id);
        Assert.Equal(LeadStage.Disqualified, stored.Stage);
        Assert.Equal("Kein Bedarf mehr", stored.History[^1].Reason);
        Assert.Contains("Kein Bedarf mehr", AllText(LastUpdateOf(card).Card));
    }

    [Fact]
    public async Task A_member_of_another_tenant_cannot_press_the_buttons()
    {
        var (lead, card) = await PostedMqlAsync("tenant@example.com");

        var refused = await InvokeAsync(card, "leadbot.claim", Data("claim", lead), OtherTenantId);

        Assert.Equal("application/vnd.microsoft.activity.message", refused["type"]!.GetValue<string>());
        Assert.Contains("only take commands from members", refused["value"]!.GetValue<string>());
        Assert.Equal(LeadStage.Mql, (await LeadAsync(_host, lead.Id)).Stage);
    }
}
