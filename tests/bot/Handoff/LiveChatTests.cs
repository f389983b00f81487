using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Handoff;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Tests.Teams;
using LeadBot.Dialogs.Domain;
using static LeadBot.Bot.Tests.Handoff.LiveChatKit;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Handoff;

/// <summary>
/// Live takeover of a website chat by a person in Teams, over real HTTP: the prospect talks like the Emulator (a real
/// stand-in receives the bot's messages), Teams is the stand-in connector, the bot runs on a SQLite file. Request →
/// accept → messages and typing both ways → end → the bot continues where it was → the transcript belongs to the lead;
/// the timeout path; a request before consent; "chat now" from the lead card; a prospect who deletes their data
/// mid-chat.
/// </summary>
public sealed class LiveChatTests : IAsyncLifetime
{
    private TeamsConnectorStandIn _teams = null!;
    private ConnectorStandIn _website = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsConnectorStandIn.StartAsync();
        _website = await ConnectorStandIn.StartAsync();
    }

    private async Task StartHostAsync(IDictionary<string, string?>? extra = null)
    {
        _host = await BotHost.StartAsync(settings: LiveChatSettings(extra));
        await InstallAsync(_host, _teams);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.DeleteDatabase();
        }

        await _website.DisposeAsync();
        await _teams.DisposeAsync();
    }

    private EmulatorClient Prospect() => new(_host.MessagesUri, _website, "de-DE") { UserName = "Erika" };

    private ConnectorCall RequestCard() => _teams.Created.Single(c => AllText(c.Card).Contains("Möchte jetzt mit jemandem sprechen", StringComparison.Ordinal));

    private async Task<JsonObject> InvokeAsync(ConnectorCall card, string verb, JsonObject data, string fromName = SalesName, string fromAadId = SalesAadId)
    {
        var activity = ExecuteInvoke(_teams, card, verb, data);
        activity["from"] = new JsonObject { ["id"] = "29:" + fromAadId, ["name"] = fromName, ["aadObjectId"] = fromAadId };
        using var response = await PostAsync(_host, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    [Fact]
    public async Task A_person_takes_over_the_chat_talks_with_the_prospect_and_hands_back_to_the_bot_which_continues_where_it_was()
    {
        await StartHostAsync();
        using var prospect = Prospect();
        var asked = await AnswerUntilAsync(prospect, MqlAnswers, "company");
        var companyQuestion = asked.Last(r => r.Step == "company").Text;

        // The prospect asks for a person: told to wait, the request card reaches the sales channel with what is known.
        var replies = await prospect.SendAndWaitAsync("Ich möchte mit einem Menschen sprechen");
        Assert.Contains(replies, r => r.Text!.Contains("hole jemanden aus dem Vertrieb dazu", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Step is not null); // no question while a person is looked for
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Möchte jetzt mit jemandem sprechen", StringComparison.Ordinal)), Wait, "the request card");
        var request = RequestCard();
        Assert.Equal(TeamId, request.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        var requestText = AllText(request.Card);
        Assert.Contains("Erika Musterfrau", requestText);
        Assert.Contains("erika@example.com", requestText);
        Assert.NotNull(CardAction(request.Card, "acceptChat"));

        // What the prospect writes while waiting is kept for the person; the bot does not answer it as a question.
        replies = await prospect.SendAndWaitAsync("Ich habe eine Frage zu den Preisen.");
        Assert.DoesNotContain(replies, r => r.IsMessage);

        // Ana accepts first: her personal chat opens with what was written so far; the prospect is told she is here.
        var accepted = await InvokeAsync(request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject());
        Assert.Equal("application/vnd.microsoft.card.adaptive", accepted["type"]!.GetValue<string>());
        Assert.Contains($"{SalesName} hat angenommen", AllText(accepted["value"]));
        Assert.Null(CardAction(accepted["value"], "acceptChat"));
        var personal = Assert.Single(_teams.PersonalChats);
        Assert.Equal("29:" + SalesAadId, personal.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.False(personal.Body["isGroup"]!.GetValue<bool>());
        Assert.Contains("Ich habe eine Frage zu den Preisen.", AllText(personal.Card));
        Assert.Contains("Ana (Vertrieb)", AllText(personal.Card));
        Assert.NotNull(CardAction(personal.Card, "endChat"));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("Ana aus unserem Vertrieb ist jetzt da", StringComparison.Ordinal) == true, "the prospect is told who joined");

        // A second person is too late.
        var late = await InvokeAsync(request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject(), OtherName, OtherAadId);
        Assert.Contains($"{SalesName} hat diesen Chat schon angenommen", late["value"]!.GetValue<string>());

        // Ana writes: the website shows it as plain text from "Ana (Vertrieb)" (markdown and HTML stay literal).
        var seen = _website.Of(prospect.ConversationId).Count;
        await SendAsync(_host, PersonalMessage(_teams, "**Guten Tag** <b>Frau Musterfrau</b>, [hier](https://evil.example) bin ich."));
        var fromAna = await WaitForProspectAsync(prospect, a => a.Text?.Contains("Guten Tag", StringComparison.Ordinal) == true, "Ana's message on the website", seen);
        Assert.Equal("**Guten Tag** <b>Frau Musterfrau</b>, [hier](https://evil.example) bin ich.", fromAna.Text);
        Assert.Equal("plain", fromAna.Body["textFormat"]!.GetValue<string>());
        Assert.Equal("Ana (Vertrieb)", fromAna.Body["from"]!["name"]!.GetValue<string>());
        Assert.Equal("bot", fromAna.Body["from"]!["role"]!.GetValue<string>());

        // Typing passes both ways.
        await SendAsync(_host, PersonalActivity(_teams, "typing"));
        await WaitForProspectAsync(prospect, a => a.Type == "typing" && a.Body["from"]?["name"]?.GetValue<string>() == "Ana (Vertrieb)", "Ana's typing on the website", seen);
        Assert.Equal(HttpStatusCode.OK, await prospect.SendAsync(prospect.Activity("typing")));
        await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Body?["type"]?.GetValue<string>() == "typing", "the prospect's typing in Teams");

        // The prospect answers: it reaches Ana; the bot says nothing and asks nothing.
        replies = await prospect.SendAndWaitAsync("Was kostet die Lizenz für 20 Nutzer?");
        Assert.DoesNotContain(replies, r => r.IsMessage);
        var relayed = await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Text?.Contains("Was kostet die Lizenz", StringComparison.Ordinal) == true, "the prospect's message in Teams");
        Assert.Equal("Erika Musterfrau: Was kostet die Lizenz für 20 Nutzer?", relayed.Text);

        // Commands still reach the bot: help is answered for the live chat, without the bot's open question.
        replies = await prospect.SendAndWaitAsync("hilfe");
        var help = Assert.Single(replies, r => r.IsMessage);
        Assert.Contains("Sie chatten gerade mit Ana (Vertrieb)", help.Text);
        Assert.Null(help.Step);

        await SendAsync(_host, PersonalMessage(_teams, "Das kläre ich gern: 49 € pro Nutzer und Monat."));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("49 €", StringComparison.Ordinal) == true, "Ana's answer");

        // Ana ends the chat: the bot is back and asks the question it was at, with the answers kept.
        seen = _website.Of(prospect.ConversationId).Count;
        await SendAsync(_host, PersonalMessage(_teams, "Chat beenden"));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("Ana hat den Chat beendet", StringComparison.Ordinal) == true, "the hand-back", seen);
        var again = await WaitForProspectAsync(prospect, a => a.Step is not null, "the open question again", seen);
        Assert.Equal("company", again.Step);
        Assert.Equal(companyQuestion, again.Text);
        await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Text?.Contains("der Bot hat wieder übernommen", StringComparison.Ordinal) == true, "Ana is told");
        await _teams.WaitUntilAsync(c => c.Updates.Any(u => u.ActivityId == request.ActivityId && AllText(u.Card).Contains("Live-Chat mit Ana Sales beendet", StringComparison.Ordinal)), Wait, "the request card says it ended");

        // After the hand-back Ana's messages are sales commands again, not relayed.
        await SendAsync(_host, PersonalMessage(_teams, "noch da?"));
        Assert.DoesNotContain(_website.Of(prospect.ConversationId), a => a.Text == "noch da?");

        // The prospect finishes the qualification; the transcript belongs to the lead.
        var step = "company";
        for (var turn = 0; turn < 20 && step != "done"; turn++)
        {
            replies = await prospect.SendAndWaitAsync(MqlAnswers[step!]);
            step = step == "confirm" ? "done" : EmulatorClient.LastStep(replies);
        }

        var lead = await LeadByEmailAsync(_host, MqlAnswers["email"]);
        Assert.Equal(LeadStage.Mql, lead.Stage);
        using var api = _host.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var json = await api.GetFromJsonAsync<JsonObject>($"api/leads/{lead.Id}");
        var chat = Assert.Single(json!["liveChats"]!.AsArray())!;
        Assert.Equal("Ana", chat["with"]!.GetValue<string>());
        var lines = chat["lines"]!.AsArray().Select(l => (l!["fromProspect"]!.GetValue<bool>(), l["text"]!.GetValue<string>())).ToList();
        Assert.Equal(
        [
            (true, "Ich habe eine Frage zu den Preisen."),
            (false, "**Guten Tag** <b>Frau Musterfrau</b>, [hier](https://evil.example) bin ich."),
            (true, "Was kostet die Lizenz für 20 Nutzer?"),
            (false, "Das kläre ich gern: 49 € pro Nutzer und Monat."),
        ], lines);

        // The lead's card in the sales channel shows the live chat in its details.
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal)), Wait, "the MQL card");
        var mqlCard = _teams.Created.Last(p => AllText(p.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal)).Card;
        Assert.Contains("Was kostet die Lizenz für 20 Nutzer?", AllText(mqlCard));
        Assert.Contains("Live-Chat", AllText(mqlCard));
    }

    [Fact]
    public async Task Of_two_people_accepting_at_once_exactly_one_gets_the_chat()
    {
        await StartHostAsync();
        using var prospect = Prospect();
        await AnswerUntilAsync(prospect, MqlAnswers, "need");
        await prospect.SendAndWaitAsync("Kann ich mit jemandem sprechen?");
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal)), Wait, "the request card");
        var request = RequestCard();
        var data = CardAction(request.Card, "acceptChat")!["data"]!.AsObject();

        var answers = await Task.WhenAll(
            InvokeAsync(request, "leadbot.acceptChat", data),
            InvokeAsync(request, "leadbot.acceptChat", data, OtherName, OtherAadId));

        Assert.Single(answers, a => a["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive");
        var refused = Assert.Single(answers, a => a["type"]!.GetValue<string>() == "application/vnd.microsoft.activity.message");
        Assert.Contains("hat diesen Chat schon angenommen", refused["value"]!.GetValue<string>());
        var chat = Assert.Single(await LiveChatsAsync(_host.Services));
        Assert.Equal(LiveChatStatus.Active, chat.Status);
        var personal = Assert.Single(_teams.PersonalChats);
        Assert.Equal(PersonalChatOf(chat.AgentAadId!), personal.ConversationId);
        Assert.Single(_website.Of(prospect.ConversationId), a => a.Text?.Contains("aus unserem Vertrieb ist jetzt da", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Nobody_accepts_in_time_the_prospect_is_offered_a_callback_and_the_request_card_says_so()
    {
        await StartHostAsync(new Dictionary<string, string?> { ["LiveChat:AcceptTimeoutSeconds"] = "1" });
        using var prospect = Prospect();
        await AnswerUntilAsync(prospect, MqlAnswers, "phone");
        var seen = _website.Of(prospect.ConversationId).Count;
        await prospect.SendAndWaitAsync("talk to a person");
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal)), Wait, "the request card");
        var request = RequestCard();

        var sorry = await WaitForProspectAsync(prospect, a => a.Text?.Contains("gerade ist niemand aus unserem Team frei", StringComparison.Ordinal) == true, "the apology", seen);
        Assert.Contains("Ihre bisherigen Angaben bleiben gespeichert", sorry.Text);
        var again = await WaitForProspectAsync(prospect, a => a.Step is not null, "the open question again", seen);
        Assert.Equal("phone", again.Step);
        await _teams.WaitUntilAsync(c => c.Updates.Any(u => u.ActivityId == request.ActivityId && AllText(u.Card).Contains("Niemand hat rechtzeitig angenommen", StringComparison.Ordinal)), Wait, "the request card update");
        var updated = _teams.Updates.Last(u => u.ActivityId == request.ActivityId).Card;
        Assert.Null(CardAction(updated, "acceptChat"));
        Assert.Contains("Rückruf", AllText(updated));
        Assert.Equal(LiveChatStatus.TimedOut, Assert.Single(await LiveChatsAsync(_host.Services)).Status);

        // Too late to accept now; the answers were kept and the conversation goes on.
        var late = await InvokeAsync(request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject());
        Assert.Contains("Zu spät", late["value"]!.GetValue<string>());
        Assert.Empty(_teams.PersonalChats);
        var next = await prospect.SendAndWaitAsync(MqlAnswers["phone"]);
        Assert.Equal("need", EmulatorClient.LastStep(next));
    }

    [Fact]
    public async Task Before_consent_talk_to_a_person_only_offers_the_contact_and_posts_nothing()
    {
        await StartHostAsync();
        using var prospect = Prospect();
        await AnswerUntilAsync(prospect, MqlAnswers, "consent");

        var replies = await prospect.SendAndWaitAsync("mit einem Menschen sprechen");

        Assert.Contains(replies, r => r.Text!.Contains("vertrieb@example.com", StringComparison.Ordinal) && r.Text.Contains("Einwilligung", StringComparison.Ordinal));
        Assert.Equal("consent", EmulatorClient.LastStep(replies));
        // A request card is posted in the turn that opens the live chat: with the turn done and no live chat stored,
        // none was posted and none will be.
        Assert.Equal((0, 0, 0), await CountsAsync(_host.Services));
        Assert.DoesNotContain(_teams.Created, c => !AllText(c.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_owner_starts_a_chat_from_the_lead_card_while_the_prospect_is_on_the_website()
    {
        await StartHostAsync();
        using var prospect = Prospect();
        await AnswerUntilAsync(prospect, MqlAnswers, "confirm");
        await prospect.SendAndWaitAsync("ja");
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal)), Wait, "the MQL card");
        var card = _teams.Created.Single(p => AllText(p.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal));
        await WaitForAsync(async () => (await OutboxAsync(_host)).Any(o => o.SentAt is not null), "the card's delivery");
        Assert.Contains("Gerade auf der Website", AllText(card.Card));
        var chatNow = CardAction(card.Card, "chatNow")!;

        // Bob presses "Chat now" on the unclaimed lead: he claims it and gets the chat.
        var answer = await InvokeAsync(card, "leadbot.chat", chatNow["data"]!.AsObject(), OtherName, OtherAadId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains($"Live-Chat mit {OtherName}", AllText(answer["value"]));
        Assert.NotNull(CardAction(answer["value"], "endChat"));
        var lead = await LeadByEmailAsync(_host, MqlAnswers["email"]);
        Assert.Equal((LeadStage.Sql, OtherName), (lead.Stage, lead.Owner));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("Bob aus unserem Vertrieb ist jetzt da", StringComparison.Ordinal) == true, "the prospect is told");

        // Ana, not the owner, cannot start another chat with this prospect.
        var refused = await InvokeAsync(card, "leadbot.chat", chatNow["data"]!.AsObject());
        Assert.Contains($"{OtherName} chattet bereits", refused["value"]!.GetValue<string>());

        await SendAsync(_host, PersonalMessage(_teams, "Hallo, hier ist Bob.", OtherName, OtherAadId));
        await WaitForProspectAsync(prospect, a => a.Text == "Hallo, hier ist Bob." && a.Body["from"]?["name"]?.GetValue<string>() == "Bob (Vertrieb)", "Bob's message");

        // Ending from the card hands back to the bot; the finished conversation has no question to repeat.
        var seen = _website.Of(prospect.ConversationId).Count;
        var ended = await InvokeAsync(card, "leadbot.endChat", CardAction(answer["value"], "endChat")!["data"]!.AsObject(), OtherName, OtherAadId);
        Assert.Null(CardAction(ended["value"], "endChat"));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("Bob hat den Chat beendet", StringComparison.Ordinal) == true, "the hand-back", seen);
        Assert.Equal(LiveChatStatus.Ended, Assert.Single(await LiveChatsAsync(_host.Services)).Status);
    }

    [Fact]
    public async Task Chat_now_reaches_the_conversation_the_lead_came_from_not_someone_who_claims_the_same_user_id_elsewhere()
    {
        await StartHostAsync();
        using var prospect = Prospect();
        await AnswerUntilAsync(prospect, MqlAnswers, "confirm");
        await prospect.SendAndWaitAsync("ja");
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal)), Wait, "the MQL card");
        var card = _teams.Created.Single(p => AllText(p.Card).Contains("Neuer qualifizierter Lead", StringComparison.Ordinal));

        // Someone copies Erika's (only asserted) user id into a conversation of their own, consents and keeps typing:
        // that conversation is the one seen last with her user id.
        using var borrower = new EmulatorClient(_host.MessagesUri, _website, "de-DE") { UserId = prospect.UserId, UserName = "Erika" };
        await AnswerUntilAsync(borrower, MqlAnswers, "email");
        await borrower.SendAndWaitAsync("Hallo?");

        var answer = await InvokeAsync(card, "leadbot.chat", CardAction(card.Card, "chatNow")!["data"]!.AsObject());
        Assert.Contains($"Live-Chat mit {SalesName}", AllText(answer["value"]));
        await WaitForProspectAsync(prospect, a => a.Text?.Contains("Ana aus unserem Vertrieb ist jetzt da", StringComparison.Ordinal) == true, "Erika is told");
        await SendAsync(_host, PersonalMessage(_teams, "Hallo Frau Musterfrau, hier ist Ana."));
        await WaitForProspectAsync(prospect, a => a.Text == "Hallo Frau Musterfrau, hier ist Ana.", "Ana's message to Erika");
        Assert.DoesNotContain(_website.Of(borrower.ConversationId), a => a.Text?.Contains("Ana", StringComparison.Ordinal) == true);
        Assert.Equal(prospect.ConversationId, Assert.Single(await LiveChatsAsync(_host.Services)).ConversationKey.Split('/', 2)[1]);
    }

    [Fact]
    public async Task A_prospect_who_deletes_their_data_mid_chat_takes_the_transcript_and_the_handoff_along_and_sales_is_told()
    {
        await StartHostAsync();
        using var prospect = Prospect();
        await AnswerUntilAsync(prospect, MqlAnswers, "need");
        await prospect.SendAndWaitAsync("mit jemandem sprechen");
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal)), Wait, "the request card");
        var request = RequestCard();
        await InvokeAsync(request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject());
        var personal = Assert.Single(_teams.PersonalChats);
        await prospect.SendAndWaitAsync("Hallo Ana!");
        await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Text?.Contains("Hallo Ana!", StringComparison.Ordinal) == true, "the prospect's message");
        Assert.Equal((1, 1, 1), await CountsAsync(_host.Services));

        // "delete my data" reaches the bot, and so does the answer to its confirmation.
        var replies = await prospect.SendAndWaitAsync("meine Daten löschen");
        Assert.Equal("erase", EmulatorClient.LastStep(replies));
        replies = await prospect.SendAndWaitAsync("hm, weiß nicht");
        Assert.Equal("erase", EmulatorClient.LastStep(replies));   // asked again, and the answer is not Ana's
        Assert.DoesNotContain(_teams.SentTo(personal.ConversationId!), c => c.Text?.Contains("weiß nicht", StringComparison.Ordinal) == true);
        replies = await prospect.SendAndWaitAsync("ja");
        Assert.Contains(replies, r => r.Text!.Contains("Erledigt", StringComparison.Ordinal));

        Assert.Equal((0, 0, 0), await CountsAsync(_host.Services));
        await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Text?.Contains("hat seine Daten gelöscht", StringComparison.Ordinal) == true, "Ana is told");
        await _teams.WaitUntilAsync(c => c.Updates.Any(u => u.ActivityId == request.ActivityId && AllText(u.Card).Contains("nichts mehr gespeichert", StringComparison.Ordinal)), Wait, "the request card is emptied");
        var emptied = AllText(_teams.Updates.Last(u => u.ActivityId == request.ActivityId).Card);
        Assert.DoesNotContain("Erika", emptied);
        Assert.DoesNotContain("erika@example.com", emptied);

        // Ana's next message is no longer relayed anywhere.
        await SendAsync(_host, PersonalMessage(_teams, "Sind Sie noch da?"));
        Assert.DoesNotContain(_website.Of(prospect.ConversationId), a => a.Text == "Sind Sie noch da?");
    }
}
