using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.ScaleOut;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Tests.Teams;
using static LeadBot.Bot.Tests.Handoff.LiveChatKit;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Handoff;

/// <summary>
/// A live chat across two bot processes on one PostgreSQL database, the prospect on a Direct Line-like channel (a
/// connector stand-in as Azure Direct Line would be) and Teams on its stand-in: the request reaches the bot on instance
/// A, the acceptance instance B; a prospect message on A reaches Teams, a Teams message on B reaches the website; the
/// end on A hands the conversation back to the bot; the transcript is the lead's on either instance. Nothing of who
/// talks to whom is in either process's memory.
/// </summary>
[Trait("Category", "Slow")]
[Collection(ScaleOutCollection.Name)]
public sealed class LiveChatScaleOutTests : IAsyncLifetime
{
    private string _database = "";
    private TeamsConnectorStandIn _teams = null!;
    private ConnectorStandIn _website = null!;
    private readonly BotProcess[] _bots = new BotProcess[2];

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlServer.CreateDatabaseAsync("leadbot_livechat");
        _teams = await TeamsConnectorStandIn.StartAsync();
        _website = await ConnectorStandIn.StartAsync();
        var settings = LiveChatSettings(new Dictionary<string, string?>
        {
            ["Teams:LeadPageSigningKey"] = "a-shared-key-for-both-instances-0123456789",
            ["Logging:LogLevel:LeadBot"] = "Information",
        });
        var started = await Task.WhenAll(BotProcess.StartAsync(_database, settings), BotProcess.StartAsync(_database, settings));
        _bots[0] = started[0];
        _bots[1] = started[1];
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots.Where(b => b is not null))
        {
            await bot.DisposeAsync();
        }

        await _website.DisposeAsync();
        await _teams.DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(_database);
    }

    private string Diagnostics() => string.Join("\n", _bots.Select((b, i) => $"--- bot {i} ---\n{b?.Output}"));

    private static async Task PostAsync(BotProcess bot, JsonObject activity)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsync(bot.MessagesUri, new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}");
    }

    /// <summary>An activity of the prospect as Azure Direct Line hands it to the bot.</summary>
    private static JsonObject Website(JsonObject activity)
    {
        activity["channelId"] = "directline";
        return activity;
    }

    [Fact]
    public async Task A_live_chat_runs_across_two_instances_with_who_talks_to_whom_in_the_database()
    {
        var (a, b) = (_bots[0], _bots[1]);
        using (var http = new HttpClient())
        {
            using var install = await http.PostAsync(a.MessagesUri, new StringContent(InstallEvent(_teams).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.True(install.IsSuccessStatusCode);
        }

        using var prospect = new EmulatorClient(a.MessagesUri, _website, "de-DE");
        var replies = await prospect.SendAndWaitAsync(Website(prospect.ConversationUpdate()));
        if (EmulatorClient.LastStep(replies) is null)
        {
            replies = await prospect.SendAndWaitAsync(Website(prospect.Message("Hallo")));
        }

        // Alternate instances while answering, as a load balancer would.
        var turn = 0;
        while (EmulatorClient.LastStep(replies) is { } step && step != "company")
        {
            prospect.MessagesUri = _bots[turn++ % 2].MessagesUri;
            replies = await prospect.SendAndWaitAsync(Website(prospect.Message(MqlAnswers[step])));
        }

        // The request reaches instance A; Ana's click reaches instance B, which opens her chat and tells the website.
        prospect.MessagesUri = a.MessagesUri;
        replies = await prospect.SendAndWaitAsync(Website(prospect.Message("mit einem Menschen sprechen")));
        Assert.Contains(replies, r => r.Text?.Contains("hole jemanden aus dem Vertrieb dazu", StringComparison.Ordinal) == true);
        await _teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal)), Wait, "the request card\n" + Diagnostics());
        var request = _teams.Created.Single(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal));
        using (var http = new HttpClient())
        {
            using var accepted = await http.PostAsync(b.MessagesUri, new StringContent(
                ExecuteInvoke(_teams, request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject()).ToJsonString(),
                System.Text.Encoding.UTF8, "application/json"));
            var answer = await accepted.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Contains($"{SalesName} hat angenommen", AllText(answer!["value"]));
        }

        var personal = Assert.Single(_teams.PersonalChats);
        await WaitForProspectAsync(prospect, r => r.Text?.Contains("Ana aus unserem Vertrieb ist jetzt da", StringComparison.Ordinal) == true, "Ana joins");

        // A prospect message on A reaches Teams; Ana's answer on B reaches the website.
        replies = await prospect.SendAndWaitAsync(Website(prospect.Message("Guten Tag, ich hätte eine Frage.")));
        Assert.DoesNotContain(replies, r => r.IsMessage);
        await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Text?.Contains("ich hätte eine Frage", StringComparison.Ordinal) == true, "the prospect's message in Teams");
        await PostAsync(b, PersonalMessage(_teams, "Gern, worum geht es?"));
        var answerOnWebsite = await WaitForProspectAsync(prospect, r => r.Text == "Gern, worum geht es?", "Ana's message on the website");
        Assert.Equal("Ana (Vertrieb)", answerOnWebsite.Body["from"]!["name"]!.GetValue<string>());

        // Typing on either instance reaches the other side.
        await PostAsync(a, PersonalActivity(_teams, "typing"));
        await WaitForProspectAsync(prospect, r => r.Type == "typing", "Ana's typing");
        prospect.MessagesUri = b.MessagesUri;
        await prospect.SendAsync(Website(prospect.Activity("typing")));
        await WaitForTeamsAsync(_teams, personal.ConversationId!, c => c.Body?["type"]?.GetValue<string>() == "typing", "the prospect's typing");

        // Ana ends the chat on instance A: the bot takes over and asks the open question again.
        var seen = _website.Of(prospect.ConversationId).Count;
        await PostAsync(a, PersonalMessage(_teams, "Chat beenden"));
        var again = await WaitForProspectAsync(prospect, r => r.Step is not null, "the open question again", seen);
        Assert.Equal("company", again.Step);

        // The prospect finishes on B; the lead on A carries the transcript.
        replies = await prospect.SendAndWaitAsync(Website(prospect.Message(MqlAnswers["company"])));
        while (EmulatorClient.LastStep(replies) is { } step)
        {
            prospect.MessagesUri = _bots[turn++ % 2].MessagesUri;
            replies = await prospect.SendAndWaitAsync(Website(prospect.Message(MqlAnswers[step])));
            if (step == "confirm")
            {
                break;
            }
        }

        using var api = new HttpClient { BaseAddress = a.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var leads = await api.GetFromJsonAsync<JsonObject>("api/leads");
        var id = Assert.Single(leads!["items"]!.AsArray())!["id"]!.GetValue<string>();
        var lead = await api.GetFromJsonAsync<JsonObject>($"api/leads/{id}");
        var lines = Assert.Single(lead!["liveChats"]!.AsArray())!["lines"]!.AsArray().Select(l => l!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Guten Tag, ich hätte eine Frage.", "Gern, worum geht es?"], lines);
    }
}
