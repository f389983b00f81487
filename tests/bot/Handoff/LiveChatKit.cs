using System.Text.Json.Nodes;
using LeadBot.Bot.Handoff;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Tests.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Handoff;

/// <summary>What the live chat tests share: the settings, a prospect talking like the Emulator (or Azure Direct Line),
/// the person from sales writing in their personal chat with the bot, and waiting for what either side receives.</summary>
internal static class LiveChatKit
{
    /// <summary>Teams configured (<see cref="TeamsTestKit.Settings"/>), the live chat with fast timings, plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> LiveChatSettings(IDictionary<string, string?>? extra = null)
    {
        var settings = TeamsTestKit.Settings(new Dictionary<string, string?>
        {
            ["LiveChat:AcceptTimeoutSeconds"] = "60",
            ["LiveChat:PollSeconds"] = "0.2",
            ["SalesApi:ApiKey"] = ApiKey,
        });
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public const string ApiKey = "live-chat-test-key-123";

    public const string OtherName = "Bob Other";
    public const string OtherAadId = "b0b00000-0000-4000-8000-000000000b0b";

    /// <summary>The person's personal chat with the bot, as the stand-in names it.</summary>
    public static string PersonalChatOf(string aadId) => "a:personal-29:" + aadId;

    /// <summary>A message the person writes in their personal chat with the bot.</summary>
    public static JsonObject PersonalMessage(TeamsConnectorStandIn connector, string text, string fromName = SalesName, string fromAadId = SalesAadId)
    {
        var activity = PersonalActivity(connector, "message", fromName, fromAadId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    public static JsonObject PersonalActivity(TeamsConnectorStandIn connector, string type, string fromName = SalesName, string fromAadId = SalesAadId)
    {
        var activity = TeamsActivity(connector, type, PersonalChatOf(fromAadId), fromName: fromName, fromAadId: fromAadId);
        activity["conversation"] = new JsonObject { ["id"] = PersonalChatOf(fromAadId), ["conversationType"] = "personal", ["tenantId"] = TenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return activity;
    }

    /// <summary>Answers the questions by their step until <paramref name="stopAt"/> is asked (not answered).</summary>
    public static async Task<IReadOnlyList<RecordedActivity>> AnswerUntilAsync(EmulatorClient prospect, Dictionary<string, string> answers, string stopAt)
    {
        var replies = await prospect.StartAsync();
        if (EmulatorClient.LastStep(replies) is null)
        {
            replies = await prospect.SendAndWaitAsync("Hallo");
        }

        for (var turn = 0; turn < 20; turn++)
        {
            var step = EmulatorClient.LastStep(replies);
            Assert.True(step is not null, "No question asked; replies: " + string.Join(" | ", replies.Select(r => r.Text)));
            if (step == stopAt)
            {
                return replies;
            }

            replies = await prospect.SendAndWaitAsync(answers[step!]);
        }

        throw new InvalidOperationException("The question " + stopAt + " was never asked.");
    }

    /// <summary>Waits until the prospect's conversation got an activity matching <paramref name="match"/> after the first
    /// <paramref name="skip"/> ones; returns it.</summary>
    public static async Task<RecordedActivity> WaitForProspectAsync(EmulatorClient prospect, Func<RecordedActivity, bool> match, string what, int skip = 0)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var found = prospect.StandIn.Of(prospect.ConversationId).Skip(skip).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Wait} for {what}; the prospect's last activities: {string.Join(" | ", prospect.StandIn.Of(prospect.ConversationId).TakeLast(6).Select(a => $"{a.Type} from {a.Body["from"]?["name"]}: {a.Text}"))}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the bot sent an activity matching <paramref name="match"/> into the Teams conversation.</summary>
    public static async Task<ConnectorCall> WaitForTeamsAsync(TeamsConnectorStandIn connector, string conversationId, Func<ConnectorCall, bool> match, string what)
    {
        ConnectorCall? found = null;
        await connector.WaitUntilAsync(c => (found = c.SentTo(conversationId).FirstOrDefault(match)) is not null, Wait, what);
        return found!;
    }

    public static async Task<List<LiveChat>> LiveChatsAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.LiveChats.AsNoTracking().Include(l => l.Messages).OrderBy(l => l.RequestedAt).ToListAsync();
    }

    public static async Task<(int Chats, int Messages, int Conversations)> CountsAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return (await db.LiveChats.CountAsync(), await db.LiveChatMessages.CountAsync(), await db.ProspectChats.CountAsync());
    }
}
