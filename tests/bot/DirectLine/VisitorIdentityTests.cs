using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>
/// A returning visitor is recognised only by the pass the bot issued (issue 14, F4): with it they are welcomed back,
/// continue and reach their data in a new conversation; someone who merely names their user id (on the bot's
/// /api/messages, where the id is only asserted) reaches none of it and cannot erase it.
/// </summary>
public sealed class VisitorIdentityTests
{
    [Fact]
    public async Task A_visitor_with_their_pass_is_welcomed_back_in_a_new_conversation_and_continues_where_they_stopped()
    {
        // One conversation per client, so the next token request of this client ends the visitor's first conversation.
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversationsPerClient"] = "1" });
        using var client = new DirectLineClient(host.BaseAddress);
        var visitor = new Chat(client, await client.StartAsync());
        await visitor.JoinAsync();
        await visitor.SayAsync("Ja");
        await visitor.SayAsync("Erika Musterfrau");
        Assert.Equal("company", (await visitor.SayAsync("erika@example.com")).Step);

        await client.TokenAsync();
        var back = await client.TokenAsync(visitor.Conversation.Visitor);
        Assert.False(back["resumed"]!.GetValue<bool>());
        Assert.Equal(visitor.Conversation.UserId, back["userId"]!.GetValue<string>());
        var returning = new Chat(client, await StartWithAsync(client, back));
        var opening = await returning.JoinAsync();
        Assert.StartsWith("Willkommen zurück bei Beispiel GmbH!", opening.Texts[0]);
        Assert.Equal("company", opening.Step);

        var shown = await returning.SayAsync("meine Daten anzeigen");
        Assert.Contains("erika@example.com", shown.Texts[0]);
        Assert.DoesNotContain(shown.Texts, t => t.Contains("nicht belegen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_who_names_a_visitors_user_id_gets_neither_welcome_back_nor_their_data_and_cannot_erase_it()
    {
        await using var host = await WebsiteHost.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        using var client = new DirectLineClient(host.BaseAddress);
        var victim = new Chat(client, await client.StartAsync());
        await victim.JoinAsync();
        foreach (var step in new[] { "consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm" })
        {
            await victim.SayAsync(QualificationConversationTests.GermanAnswers[step]);
        }

        // The attacker learnt the victim's id and talks to /api/messages as that user on the same channel.
        using var attacker = new EmulatorClient(new Uri(host.BaseAddress, "api/messages"), standIn) { UserId = victim.Conversation.UserId };
        var update = attacker.ConversationUpdate();
        update["channelId"] = "directline";
        var opening = await SendAsync(attacker, update);
        Assert.DoesNotContain(opening, r => r.Text?.Contains("zurück", StringComparison.Ordinal) == true);
        Assert.Equal("consent", EmulatorClient.LastStep(opening));

        foreach (var command in new[] { "meine Daten anzeigen", "show my data" })
        {
            var replies = await SendAsync(attacker, attacker.Message(command));
            var said = string.Join("\n", replies.Select(r => r.Text));
            Assert.DoesNotContain("Erika", said);
            Assert.DoesNotContain("erika.musterfrau@example.com", said);
            Assert.DoesNotContain(replies, r => r.Body["attachments"] is JsonArray { Count: > 0 });
            Assert.Contains(replies, r => r.Text?.Contains("vertrieb@example.com", StringComparison.Ordinal) == true);
        }

        await SendAsync(attacker, attacker.Message("meine Daten löschen"));
        await SendAsync(attacker, attacker.Message("Ja"));

        // The victim's lead is untouched and the victim, with their pass, still reaches it.
        using var sales = host.CreateClient();
        sales.DefaultRequestHeaders.Add("X-Api-Key", WebsiteHost.ApiKey);
        var leads = JsonNode.Parse(await sales.GetStringAsync("api/leads"))!["items"]!.AsArray();
        Assert.Equal("Erika Musterfrau", Assert.Single(leads)!["name"]!.GetValue<string>());
        var back = new Chat(client, await client.StartAsync(visitor: victim.Conversation.Visitor));
        await back.JoinAsync();
        var shown = await back.SayAsync("meine Daten anzeigen");
        Assert.Contains("erika.musterfrau@example.com", shown.Texts[0]);
    }

    [Fact]
    public async Task On_the_emulator_a_reused_user_id_starts_afresh_and_show_my_data_reaches_only_this_conversation()
    {
        await using var host = await WebsiteHost.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        const string sharedId = "user-everyone-knows";
        using var first = new EmulatorClient(new Uri(host.BaseAddress, "api/messages"), standIn) { UserId = sharedId };
        await first.StartAsync();
        await first.SendAndWaitAsync("Ja");
        await first.SendAndWaitAsync("Erika Musterfrau");
        await first.SendAndWaitAsync("erika@example.com");

        using var second = new EmulatorClient(new Uri(host.BaseAddress, "api/messages"), standIn) { UserId = sharedId };
        var opening = await second.StartAsync();
        Assert.StartsWith("Guten Tag!", opening[0].Text);
        Assert.Equal("consent", EmulatorClient.LastStep(opening));
        var shown = await second.SendAndWaitAsync("meine Daten anzeigen");
        Assert.Equal("Über Sie ist nichts gespeichert.", shown[0].Text);
        Assert.Contains("vertrieb@example.com", shown[1].Text);

        // The first conversation still has its answers.
        var own = await first.SendAndWaitAsync("meine Daten anzeigen");
        Assert.Contains("erika@example.com", own[0].Text);
    }

    /// <summary>Posts <paramref name="activity"/> to /api/messages as if it came from the website's channel and returns
    /// what the bot answered (Direct Line replies to a conversation start carry no replyToId).</summary>
    private static async Task<IReadOnlyList<RecordedActivity>> SendAsync(EmulatorClient attacker, JsonObject activity)
    {
        activity["channelId"] = "directline";
        var before = attacker.StandIn.Of(attacker.ConversationId).Count;
        Assert.Equal(HttpStatusCode.OK, await attacker.SendAsync(activity));
        return attacker.StandIn.Of(attacker.ConversationId).Skip(before).ToList();
    }

    private static async Task<Conversation> StartWithAsync(DirectLineClient client, JsonObject issued)
    {
        var started = await client.OkAsync(HttpMethod.Post, "conversations", issued["token"]!.GetValue<string>(), new JsonObject { ["locale"] = "de-DE" });
        return new Conversation(started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>(),
            started["streamUrl"]!.GetValue<string>(), issued["userId"]!.GetValue<string>(), issued["visitor"]!.GetValue<string>());
    }

    /// <summary>A page's conversation over REST: each call returns what the bot said since the previous one.</summary>
    private sealed class Chat(DirectLineClient client, Conversation conversation)
    {
        private string? _watermark;

        public Conversation Conversation { get; } = conversation;

        public async Task<Turn> JoinAsync()
        {
            await client.JoinAsync(Conversation);
            return await ReadAsync();
        }

        public async Task<Turn> SayAsync(string text)
        {
            var (status, body) = await client.CallAsync(HttpMethod.Post, $"conversations/{Conversation.Id}/activities", Conversation.Token, new JsonObject
            {
                ["type"] = "message",
                ["text"] = text,
                ["locale"] = "de-DE",
                ["from"] = new JsonObject { ["id"] = "ignored" },
            });
            Assert.True(status == HttpStatusCode.OK, $"posting '{text}' answered {(int)status}: {body}");
            return await ReadAsync();
        }

        private async Task<Turn> ReadAsync()
        {
            var (activities, watermark) = await client.ActivitiesAsync(Conversation, _watermark);
            _watermark = watermark;
            var bot = activities.Select(a => a!).Where(a => a["from"]!["role"]!.GetValue<string>() == "bot").ToList();
            return new Turn(bot.Select(a => a["text"]?.GetValue<string>() ?? "").ToList(), bot.Select(DirectLineClient.Step).LastOrDefault(s => s is not null));
        }
    }

    private sealed record Turn(IReadOnlyList<string> Texts, string? Step);
}
