using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Tests.Teams;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Handoff.LiveChatKit;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Handoff;

/// <summary>
/// The transcript of a live chat is the prospect's personal data and belongs to their lead: "show my data" lists it,
/// the admin export contains it, an erasure by the admin removes it, and the retention job removes it with an expired
/// lead, or with the website conversation of a prospect who never became a lead.
/// </summary>
public sealed class LiveChatPrivacyTests : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private TeamsConnectorStandIn _teams = null!;
    private ConnectorStandIn _website = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsConnectorStandIn.StartAsync();
        _website = await ConnectorStandIn.StartAsync();
        _host = await BotHost.StartAsync(settings: LiveChatSettings(), configureServices: s => s.AddSingleton<TimeProvider>(_clock));
        await InstallAsync(_host, _teams);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.DeleteDatabase();
        await _website.DisposeAsync();
        await _teams.DisposeAsync();
    }

    /// <summary>A prospect answers until <paramref name="stopAt"/>, asks for a person, Ana accepts, one message each way,
    /// Ana ends the chat.</summary>
    private async Task<EmulatorClient> ChatAsync(Dictionary<string, string> answers, string stopAt, string prospectSays, string anaSays)
    {
        var prospect = new EmulatorClient(_host.MessagesUri, _website, "de-DE");
        await AnswerUntilAsync(prospect, answers, stopAt);
        var cards = _teams.Created.Count;
        await prospect.SendAndWaitAsync("mit einem Menschen sprechen");
        // Another card (an earlier prospect's MQL card, posted by the outbox) may arrive meanwhile: take the request card.
        await _teams.WaitUntilAsync(c => c.Created.Skip(cards).Any(p => CardAction(p.Card, "acceptChat") is not null), Wait, "the request card");
        var request = _teams.Created.Skip(cards).Last(p => CardAction(p.Card, "acceptChat") is not null);
        using (var response = await PostAsync(_host, ExecuteInvoke(_teams, request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject())))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await prospect.SendAndWaitAsync(prospectSays);
        await SendAsync(_host, PersonalMessage(_teams, anaSays));
        await WaitForProspectAsync(prospect, a => a.Text == anaSays, "Ana's message");
        await SendAsync(_host, PersonalMessage(_teams, "Chat beenden"));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("hat den Chat beendet", StringComparison.Ordinal) == true, "the hand-back");
        return prospect;
    }

    [Fact]
    public async Task Show_my_data_and_the_admin_export_contain_the_transcript_and_the_admins_erasure_removes_it()
    {
        using var prospect = await ChatAsync(MqlAnswers, "budget", "Gibt es einen Rabatt für Vereine?", "Ja, 20 % für gemeinnützige Vereine.");

        var replies = await prospect.SendAndWaitAsync("meine Daten anzeigen");
        var shown = Assert.Single(replies, r => r.Text?.Contains("Das ist alles", StringComparison.Ordinal) == true);
        Assert.Contains("Live-Chat mit Ana", shown.Text);
        Assert.Contains("Sie: Gibt es einen Rabatt für Vereine?", shown.Text);
        Assert.Contains("Ana: Ja, 20 % für gemeinnützige Vereine.", shown.Text);
        var file = shown.Body["attachments"]![0]!["contentUrl"]!.GetValue<string>();
        var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(file[(file.IndexOf(',', StringComparison.Ordinal) + 1)..])))!;
        Assert.Equal(2, json["liveChats"]![0]!["Lines"]!.AsArray().Count);

        // The prospect finishes: the lead exists; the admin export by e-mail carries the transcript.
        var step = "budget";
        for (var turn = 0; turn < 20 && step != "done"; turn++)
        {
            replies = await prospect.SendAndWaitAsync(MqlAnswers[step!]);
            step = step == "confirm" ? "done" : EmulatorClient.LastStep(replies);
        }

        using var admin = _host.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var export = await admin.GetFromJsonAsync<JsonObject>("api/privacy/export?email=erika@example.com");
        var lines = export!["liveChats"]![0]!["lines"]!.AsArray();
        Assert.Equal(["Gibt es einen Rabatt für Vereine?", "Ja, 20 % für gemeinnützige Vereine."], lines.Select(l => l!["text"]!.GetValue<string>()));

        var erased = await (await admin.DeleteAsync("api/privacy/subjects?email=erika@example.com")).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(1, erased!["liveChats"]!.GetValue<int>());
        Assert.Equal((0, 0, 0), await CountsAsync(_host.Services));
    }

    [Fact]
    public async Task A_borrowed_user_id_in_another_conversation_neither_sees_nor_erases_the_live_chat_nor_gets_a_request_posted_for_the_lead()
    {
        using var erika = await ChatAsync(MqlAnswers, "timeline", "Erikas Frage an Ana.", "Anas Antwort an Erika.");
        await erika.SendAndWaitAsync(MqlAnswers["timeline"]);
        await erika.SendAndWaitAsync(MqlAnswers["confirm"]);
        Assert.Equal("Erika Musterfrau", (await LeadByEmailAsync(_host, MqlAnswers["email"])).Name);

        // Someone who copied Erika's user id opens another conversation (the id is only asserted there): asking for a
        // person posts nothing with Erika's lead, it asks for consent like any new visitor.
        using var borrower = new EmulatorClient(_host.MessagesUri, _website, "de-DE") { UserId = erika.UserId };
        await borrower.StartAsync();
        var cards = _teams.Created.Count;
        var replies = await borrower.SendAndWaitAsync("mit einem Menschen sprechen");
        Assert.Contains(replies, r => r.Text?.Contains("zuerst oben Ihre Einwilligung", StringComparison.Ordinal) == true);
        Assert.Single(await LiveChatsAsync(_host.Services));
        Assert.DoesNotContain(_teams.Created.Skip(cards), c => AllText(c.Card).Contains("Möchte jetzt", StringComparison.Ordinal));

        replies = await borrower.SendAndWaitAsync("meine Daten anzeigen");
        Assert.DoesNotContain(replies, r => r.Text?.Contains("Live-Chat", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("Erikas Frage", StringComparison.Ordinal) == true);

        replies = await borrower.SendAndWaitAsync("meine Daten löschen");
        Assert.Equal("erase", EmulatorClient.LastStep(replies));
        replies = await borrower.SendAndWaitAsync("ja");
        Assert.Contains(replies, r => r.Text!.Contains("Erledigt", StringComparison.Ordinal));
        Assert.Equal((1, 2, 1), await CountsAsync(_host.Services));

        // Erika, in her own conversation, still sees her transcript and erases it with her lead.
        replies = await erika.SendAndWaitAsync("meine Daten anzeigen");
        Assert.Contains(replies, r => r.Text?.Contains("Sie: Erikas Frage an Ana.", StringComparison.Ordinal) == true);
        await erika.SendAndWaitAsync("meine Daten löschen");
        replies = await erika.SendAndWaitAsync("ja");
        Assert.Contains(replies, r => r.Text!.Contains("Erledigt", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0), await CountsAsync(_host.Services));
    }

    [Fact]
    public async Task The_retention_job_removes_live_chats_with_their_expired_lead_and_with_the_conversation_of_a_prospect_without_lead()
    {
        // Erika becomes a lead (then disqualified: it expires); Max chats but never finishes (no lead).
        using (var erika = await ChatAsync(MqlAnswers, "timeline", "Erika fragt.", "Ana antwortet Erika."))
        {
            var replies = await erika.SendAndWaitAsync(MqlAnswers["timeline"]);
            await erika.SendAndWaitAsync(MqlAnswers["confirm"]);
        }

        var lead = await LeadByEmailAsync(_host, MqlAnswers["email"]);
        await _host.Services.GetRequiredService<EfLeadRepository>().ApplySalesActionAsync(lead.Id, SalesAction.Disqualify, "Ana Sales", SalesAadId, "kein Bedarf", _clock.GetUtcNow(), CancellationToken.None);
        var maxAnswers = new Dictionary<string, string>(MqlAnswers) { ["name"] = "Max Muster", ["email"] = "max@example.com" };
        using (await ChatAsync(maxAnswers, "company", "Max fragt.", "Ana antwortet Max."))
        {
        }

        Assert.Equal((2, 4, 2), await CountsAsync(_host.Services));
        var job = _host.Services.GetRequiredService<RetentionJob>();

        // Within the periods nothing goes.
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal((2, 4, 2), await CountsAsync(_host.Services));

        // After the 30 days of an abandoned conversation: Max's chat is gone, Erika's stays with her lead.
        _clock.Advance(TimeSpan.FromDays(31));
        var result = await job.RunOnceAsync(CancellationToken.None);
        Assert.True(result.LiveChats >= 1);
        var left = await LiveChatsAsync(_host.Services);
        Assert.Equal(["Erika fragt.", "Ana antwortet Erika."], Assert.Single(left).Messages.OrderBy(m => m.Id).Select(m => m.Text));

        // After the retention of unqualified and disqualified leads: Erika's lead and its chat are gone too.
        _clock.Advance(TimeSpan.FromDays(180));
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal((0, 0, 0), await CountsAsync(_host.Services));
    }
}
