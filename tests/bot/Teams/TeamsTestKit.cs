using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>What the Teams tests share: host settings, Teams activities as Teams sends them, and a qualification run
/// over /api/messages the way the Emulator drives it.</summary>
internal static class TeamsTestKit
{
    public const string TenantId = "6f1c9a4e-2d3b-4c5a-9e8f-0a1b2c3d4e5f";
    public const string OtherTenantId = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";
    public const string TeamId = "19:general-team@thread.tacv2";
    public const string TeamName = "Vertrieb";
    public const string BotId = "28:leadbot-app";
    public const string SalesName = "Ana Sales";
    public const string SalesAadId = "a1b2c3d4-0000-4000-8000-00000000a11a";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public static readonly Dictionary<string, string> MqlAnswers = new()
    {
        ["consent"] = "ja",
        ["name"] = "Erika Musterfrau",
        ["email"] = "erika@example.com",
        ["company"] = "Beispiel AG",
        ["phone"] = "030 1234567",
        ["need"] = "die erste",
        ["authority"] = "Ich entscheide",
        ["budget"] = "ca. 50.000 €",
        ["timeline"] = "in drei Monaten",
        ["confirm"] = "ja",
    };

    /// <summary>Same conversation, but the contact only gathers information: a Lead, not an MQL.</summary>
    public static readonly Dictionary<string, string> LeadAnswers = new(MqlAnswers)
    {
        ["email"] = "nur-info@example.com",
        ["authority"] = "Ich sammle Informationen",
    };

    /// <summary>Teams configured for <see cref="TenantId"/> with the General channel of <see cref="TeamId"/> as the sales
    /// channel, fast outbox timings, plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:TenantId"] = TenantId,
            ["Teams:SalesChannelId"] = TeamId,
            ["Teams:OutboxPollSeconds"] = "0.2",
            ["Teams:InitialBackoffSeconds"] = "0.2",
            ["Teams:MaxBackoffSeconds"] = "0.5",
            ["Teams:LeaseSeconds"] = "20",
            ["Teams:SendTimeoutSeconds"] = "10",
            ["Teams:CardLanguage"] = "de",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    // ---- Teams activities ----

    public static JsonObject TeamsActivity(TeamsConnectorStandIn connector, string type, string conversationId, string tenantId = TenantId,
        string fromName = SalesName, string fromAadId = SalesAadId, string channelId = TeamId)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = $"f:{Guid.NewGuid():N}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl.ToString().TrimEnd('/'),
            ["timestamp"] = now.ToString("o", CultureInfo.InvariantCulture),
            ["locale"] = "en-US",
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = tenantId },
            ["from"] = new JsonObject { ["id"] = "29:" + fromAadId, ["name"] = fromName, ["aadObjectId"] = fromAadId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "LeadBot" },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = tenantId },
                ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = TeamName },
                ["channel"] = new JsonObject { ["id"] = channelId },
            },
        };
    }

    /// <summary>What Teams sends when the app is added to a team: conversationUpdate, eventType teamMemberAdded, the bot in membersAdded.</summary>
    public static JsonObject InstallEvent(TeamsConnectorStandIn connector, string tenantId = TenantId, string teamId = TeamId, string teamName = TeamName)
    {
        var activity = TeamsActivity(connector, "conversationUpdate", teamId, tenantId, channelId: teamId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        activity["channelData"]!["team"] = new JsonObject { ["id"] = teamId, ["name"] = teamName };
        return activity;
    }

    /// <summary>Action.Execute: invoke adaptiveCard/action replying to the card.</summary>
    public static JsonObject ExecuteInvoke(TeamsConnectorStandIn connector, ConnectorCall card, string verb, JsonObject data, string tenantId = TenantId)
    {
        var activity = TeamsActivity(connector, "invoke", card.ConversationId!, tenantId);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = card.ActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = verb, ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>Action.Submit: a message whose value is the button's data (merged with the inputs), replying to the card.</summary>
    public static JsonObject SubmitMessage(TeamsConnectorStandIn connector, ConnectorCall card, JsonObject data, string tenantId = TenantId)
    {
        var activity = TeamsActivity(connector, "message", card.ConversationId!, tenantId);
        activity["replyToId"] = card.ActivityId;
        activity["value"] = data.DeepClone();
        return activity;
    }

    /// <summary>The card the bot answered a "show lead" with: where it is, as a card action names it.</summary>
    public static ConnectorCall ShownCard(ConnectorCall reply) =>
        reply with { ActivityId = reply.ResponseId ?? throw new InvalidOperationException("the reply has no id") };

    /// <summary>A channel message that @mentions the bot, as Teams sends it.</summary>
    public static JsonObject MentionMessage(TeamsConnectorStandIn connector, string command, string tenantId = TenantId)
    {
        var activity = TeamsActivity(connector, "message", TeamId + ";messageid=99", tenantId);
        activity["text"] = $"<at>LeadBot</at> {command}";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>LeadBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "LeadBot" },
        });
        return activity;
    }

    /// <summary>Waits until <paramref name="condition"/> holds (checked every 50 ms, at most <see cref="Wait"/>).</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Wait} for {what}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the Teams outbox worker of every one of <paramref name="hosts"/> has finished a whole pass that
    /// began after this call. By then everything the outbox held as due has been posted or tried, so a card the stand-in
    /// has not received by then was not going to be posted (instead of waiting a second and hoping that is long enough).</summary>
    public static async Task OutboxSettledAsync(params BotHost[] hosts)
    {
        var workers = hosts.Select(h => h.Services.GetServices<IHostedService>().OfType<TeamsOutboxWorker>().Single()).ToList();
        // The pass running now may have begun before this call; the one after it has not.
        var targets = workers.Select(w => w.PassesCompleted + 2).ToList();
        await WaitForAsync(() => Task.FromResult(workers.Select((w, i) => w.PassesCompleted >= targets[i]).All(done => done)), "a whole pass of the Teams outbox");
    }

    public static async Task<HttpResponseMessage> PostAsync(BotHost host, JsonObject activity)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var response = await http.PostAsync(host.MessagesUri, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return response;
    }

    public static async Task SendAsync(BotHost host, JsonObject activity)
    {
        using var response = await PostAsync(host, activity);
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static Task InstallAsync(BotHost host, TeamsConnectorStandIn connector) => SendAsync(host, InstallEvent(connector));

    // ---- leads ----

    /// <summary>Runs the whole qualification over /api/messages as the Emulator does, answering each question by its step.</summary>
    public static async Task QualifyAsync(BotHost host, ConnectorStandIn emulatorService, Dictionary<string, string> answers)
    {
        using var emulator = new EmulatorClient(host.MessagesUri, emulatorService, "de-DE");
        var replies = await emulator.StartAsync();
        if (EmulatorClient.LastStep(replies) is null)
        {
            replies = await emulator.SendAndWaitAsync("Hallo");
        }

        var asked = new List<string>();
        for (var turn = 0; turn < 25; turn++)
        {
            var step = EmulatorClient.LastStep(replies);
            Assert.True(step is not null, $"No question asked after {string.Join(" → ", asked)}; replies: {string.Join(" | ", replies.Select(r => r.Text))}");
            asked.Add(step!);
            replies = await emulator.SendAndWaitAsync(answers[step!]);
            if (step == "confirm")
            {
                return;
            }
        }

        Assert.Fail("The conversation did not finish: " + string.Join(" → ", asked));
    }

    /// <summary>Stores an MQL directly (as the conversation's last step does), which writes its notification to the outbox.</summary>
    public static Task<Lead> SaveMqlAsync(BotHost host, string email, string name = "Ada Lovelace") =>
        host.Services.GetRequiredService<ILeadRepository>()
            .SaveQualifiedAsync(LeadBot.Bot.Tests.Storage.Submissions.Create(email: email, name: name, at: DateTimeOffset.UtcNow), CancellationToken.None);

    public static async Task<Lead> LeadAsync(BotHost host, Guid id) =>
        await host.Services.GetRequiredService<ILeadRepository>().FindAsync(id, CancellationToken.None)
        ?? throw new InvalidOperationException("lead not found");

    public static async Task<Lead> LeadByEmailAsync(BotHost host, string email)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var lead = await db.Leads.AsNoTracking().Include(l => l.History).SingleAsync(l => l.Email == email);
        lead.History = lead.History.OrderBy(h => h.Id).ToList();
        return lead;
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(BotHost host)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
    }

    /// <summary>Every string value in a card (texts, titles, labels), for content checks.</summary>
    public static List<string> Strings(JsonNode? node)
    {
        var all = new List<string>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (_, v) in o)
                    {
                        Walk(v);
                    }

                    break;
                case JsonArray a:
                    foreach (var v in a)
                    {
                        Walk(v);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    all.Add(s);
                    break;
            }
        }

        Walk(node);
        return all;
    }

    public static string AllText(JsonNode? card) => string.Join("\n", Strings(card));

    /// <summary>Every action of a card wherever it is (the ActionSets under the header, a shown card's own actions),
    /// without the fallbacks and the card's refresh.</summary>
    public static List<JsonObject> CardActions(JsonNode? card)
    {
        var all = new List<JsonObject>();
        void Walk(JsonNode? n, string? property)
        {
            switch (n)
            {
                case JsonObject o:
                    if (property == "actions" && o["type"]?.GetValue<string>()?.StartsWith("Action.", StringComparison.Ordinal) == true)
                    {
                        all.Add(o);
                    }

                    foreach (var (name, v) in o)
                    {
                        if (name is not ("fallback" or "refresh"))
                        {
                            Walk(v, name);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var v in a)
                    {
                        Walk(v, property);
                    }

                    break;
            }
        }

        Walk(card, null);
        return all;
    }

    /// <summary>The action with <paramref name="id"/> on a card, or null.</summary>
    public static JsonObject? CardAction(JsonNode? card, string id) => CardActions(card).FirstOrDefault(a => a["id"]?.GetValue<string>() == id);

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
