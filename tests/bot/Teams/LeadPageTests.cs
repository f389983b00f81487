using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>
/// "Open lead" on the card: Teams asks with task/fetch and gets a dialog whose page is the bot's lead page behind a
/// signed link that expires; the page works inside Teams (the Teams clients may frame it), a forged, borrowed or expired
/// link gets 403. The card's refresh answers with the current card for the person looking at it.
/// </summary>
public sealed class LeadPageTests : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private TeamsConnectorStandIn _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await TeamsConnectorStandIn.StartAsync();
        _host = await BotHost.StartAsync(settings: Settings(), configureServices: s => s.AddSingleton<TimeProvider>(_clock));
        await InstallAsync(_host, _connector);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.DeleteDatabase();
        await _connector.DisposeAsync();
    }

    private async Task<(Lead Lead, ConnectorCall Card)> PostedMqlAsync(string email, string name)
    {
        var lead = await SaveMqlAsync(_host, email, name);
        await _connector.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains(email, StringComparison.Ordinal)), Wait, "the card of " + email);
        await WaitForAsync(async () => (await OutboxAsync(_host)).Any(o => o.LeadId == lead.Id && o.SentAt is not null), "the delivery of the card");
        return (lead, _connector.Created.Single(p => AllText(p.Card).Contains(email, StringComparison.Ordinal)));
    }

    private async Task<JsonObject> TaskFetchAsync(ConnectorCall card, JsonObject data)
    {
        var activity = TeamsActivity(_connector, "invoke", card.ConversationId!);
        activity["name"] = "task/fetch";
        activity["replyToId"] = card.ActivityId;
        activity["value"] = new JsonObject { ["type"] = "task/fetch", ["data"] = data.DeepClone() };
        using var response = await PostAsync(_host, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    [Fact]
    public async Task Open_lead_opens_a_Teams_dialog_with_the_lead_page_behind_a_signed_link_that_expires()
    {
        var (lead, card) = await PostedMqlAsync("page@example.com", "Grace Hopper");
        var open = CardAction(card.Card, "openLead")!;

        var answer = await TaskFetchAsync(card, open["data"]!.AsObject());
        Assert.Equal("continue", answer["task"]!["type"]!.GetValue<string>());
        var url = answer["task"]!["value"]!["url"]!.GetValue<string>();
        Assert.StartsWith($"{_host.BaseAddress.ToString().TrimEnd('/')}/teams/leads/{lead.Id:D}?t=", url);
        Assert.Equal(url, answer["task"]!["value"]!["fallbackUrl"]!.GetValue<string>());
        Assert.Equal("Grace Hopper", answer["task"]!["value"]!["title"]!.GetValue<string>());

        using var http = new HttpClient();
        using (var page = await http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Grace Hopper", html);
            Assert.Contains("page@example.com", html);
            Assert.Contains("mailto:page@example.com", html);
            Assert.Contains("<html lang=\"de\">", html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            // Shown inside Teams: the Teams clients may frame it; nothing is cached.
            var csp = page.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'self'", csp);
            Assert.Contains("https://teams.microsoft.com", csp);
            Assert.Contains("no-store", page.Headers.CacheControl!.ToString());
        }

        // The website's own pages still may not be framed by Teams.
        using (var privacy = await http.GetAsync(new Uri(_host.BaseAddress, "privacy")))
        {
            Assert.DoesNotContain("teams.microsoft.com", privacy.Headers.GetValues("Content-Security-Policy").Single());
        }

        // A forged token, or this lead's token on another lead, is refused.
        var other = await SaveMqlAsync(_host, "other@example.com", "Other Person");
        var token = url[(url.IndexOf("?t=", StringComparison.Ordinal) + 3)..];
        foreach (var forged in new[]
                 {
                     url[..^2] + (url[^2] == 'A' ? "BB" : "AA"),
                     $"{_host.BaseAddress}teams/leads/{other.Id:D}?t={token}",
                     $"{_host.BaseAddress}teams/leads/{lead.Id:D}",
                     $"{_host.BaseAddress}teams/leads/{lead.Id:D}?t=%00%00",
                 })
        {
            using var refused = await http.GetAsync(forged);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Grace Hopper", body);
            Assert.DoesNotContain("Other Person", body);
        }

        // After Teams:LeadPageLinkMinutes the link is dead; the card's button gives a fresh one.
        _clock.Advance(TimeSpan.FromMinutes(16));
        using (var expired = await http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
            Assert.Contains("abgelaufen", await expired.Content.ReadAsStringAsync());
        }

        var fresh = (await TaskFetchAsync(card, open["data"]!.AsObject()))["task"]!["value"]!["url"]!.GetValue<string>();
        using (var again = await http.GetAsync(fresh))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
    }

    [Fact]
    public async Task The_cards_refresh_answers_with_the_current_card_and_only_for_the_lead_it_shows()
    {
        var (lead, card) = await PostedMqlAsync("refresh@example.com", "Ada Refresh");
        await _host.Services.GetRequiredService<LeadBot.Bot.Storage.EfLeadRepository>().ApplySalesActionAsync(lead.Id, LeadBot.Dialogs.Domain.SalesAction.Claim, "Bob Other", "b0b", null, DateTimeOffset.UtcNow, CancellationToken.None);

        var refresh = card.Card!["refresh"]!["action"]!;
        using var response = await PostAsync(_host, ExecuteInvoke(_connector, card, refresh["verb"]!.GetValue<string>(), refresh["data"]!.AsObject()));
        var answer = await ReadJsonAsync(response);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("Übernommen von Bob Other", AllText(answer["value"]));
        Assert.Null(CardAction(answer["value"], "claim"));

        // A refresh naming another lead on this card is refused and shows nothing of it.
        var other = await SaveMqlAsync(_host, "someone@example.com", "Someone Else");
        var data = refresh["data"]!.AsObject().DeepClone().AsObject();
        data["leadId"] = other.Id.ToString("D");
        using var refused = await PostAsync(_host, ExecuteInvoke(_connector, card, "leadbot.refresh", data));
        var message = await ReadJsonAsync(refused);
        Assert.Equal("application/vnd.microsoft.activity.message", message["type"]!.GetValue<string>());
        Assert.DoesNotContain("Someone Else", message.ToJsonString());
    }
}
