using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>
/// The whole qualification over HTTP, the way the Emulator drives it: every question carries
/// channelData.leadbot.step, and the test answers by step. Needs the lead's dialogs (bot/Conversation, dialogs/).
/// </summary>
public sealed class EmulatorConversationTests
{
    private const string Key = "conversation-test-key-0123456789";

    private static readonly Dictionary<string, string> German = new()
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

    private static readonly Dictionary<string, string> English = new()
    {
        ["consent"] = "yes",
        ["name"] = "John Example",
        ["email"] = "john@example.com",
        ["company"] = "Example Inc",
        ["phone"] = "+1 415 555 0100",
        ["need"] = "the first",
        ["authority"] = "I decide",
        ["budget"] = "50k",
        ["timeline"] = "within 3 months",
        ["confirm"] = "yes",
    };

    public static TheoryData<string> Locales => new() { "de-DE", "en-US" };

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_full_conversation_creates_an_mql_lead_the_sales_api_shows(string locale)
    {
        var answers = locale == "de-DE" ? German : English;
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = Key });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, locale);
            var asked = await AnswerUntilAsync(emulator, answers, stopAt: null);
            Assert.Equal(["consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm"], asked.Distinct());

            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, Key);
            var page = JsonNode.Parse(await client.GetStringAsync($"api/leads?stage=Mql&q={Uri.EscapeDataString(answers["email"])}"))!;
            var lead = Assert.Single(page["items"]!.AsArray())!;
            Assert.Equal("Mql", lead["stage"]!.GetValue<string>());
            Assert.Equal(answers["name"], lead["name"]!.GetValue<string>());
            Assert.Equal(50000m, lead["budget"]!["amount"]!.GetValue<decimal>());
            Assert.Equal("EUR", lead["budget"]!["currency"]!.GetValue<string>());
            Assert.Equal("emulator", lead["consent"]!["channelId"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(lead["timeline"]!["start"]?.GetValue<string>()));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_conversation_continues_at_the_same_question_after_a_restart()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        var path = BotHost.NewDatabasePath();
        var first = await BotHost.StartAsync(path);
        using var emulator = new EmulatorClient(first.MessagesUri, standIn, "de-DE");
        try
        {
            var asked = await AnswerUntilAsync(emulator, German, stopAt: "email");
            Assert.Equal("email", asked[^1]);
        }
        finally
        {
            await first.StopAsync();
        }

        await using var second = await BotHost.StartAsync(path);
        try
        {
            emulator.MessagesUri = second.MessagesUri;
            var replies = await emulator.SendAndWaitAsync(German["email"]);
            Assert.Equal("company", EmulatorClient.LastStep(replies));
        }
        finally
        {
            await second.StopAsync();
            second.DeleteDatabase();
        }
    }

    /// <summary>Opens the conversation and answers each question by its step until <paramref name="stopAt"/> is asked
    /// (not answered), or until the confirmation has been answered. Returns the steps asked, in order.</summary>
    private static async Task<List<string>> AnswerUntilAsync(EmulatorClient emulator, Dictionary<string, string> answers, string? stopAt)
    {
        var asked = new List<string>();
        var replies = await emulator.StartAsync();
        if (EmulatorClient.LastStep(replies) is null)
        {
            replies = await emulator.SendAndWaitAsync(emulator.Locale.StartsWith("de", StringComparison.Ordinal) ? "Hallo" : "Hello");
        }

        for (var turn = 0; turn < 25; turn++)
        {
            var step = EmulatorClient.LastStep(replies);
            Assert.True(step is not null, $"No question asked after {string.Join(" → ", asked)}; replies: {string.Join(" | ", replies.Select(r => r.Text))}");
            asked.Add(step!);
            if (step == stopAt)
            {
                return asked;
            }

            replies = await emulator.SendAndWaitAsync(answers[step!]);
            if (step == "confirm")
            {
                Assert.NotEmpty(replies);
                return asked;
            }
        }

        Assert.Fail($"The conversation did not finish: {string.Join(" → ", asked)}");
        return asked;
    }
}
