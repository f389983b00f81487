using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>
/// What the conversation stores, read back the way sales reads it: a conversation over real HTTP (/api/messages, replies
/// to a stand-in connector) in which the prospect gives an e-mail at the name question and describes the need in own
/// words, then the lead through the sales API (JSON) and the CSV export.
/// </summary>
public sealed class StoredAnswersOverHttpTests
{
    private const string Key = "stored-answers-test-key-0123456789";

    private const string Need = "Wir wollen, dass Bestellungen aus dem Webshop ohne Abtippen im ERP landen.";

    [Fact]
    public async Task The_sales_api_and_the_csv_export_show_the_phones_display_form_the_need_verbatim_and_the_budget_details()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = Key });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            var replies = await emulator.StartAsync();
            var answers = new Dictionary<string, string>
            {
                ["consent"] = "ja",
                ["name"] = "erika.musterfrau@example.com",
                ["company"] = "Beispiel AG",
                ["phone"] = "030 1234567",
                ["need"] = Need,
                ["authority"] = "Ich entscheide",
                ["budget"] = "ca. 50.000 €",
                ["timeline"] = "in drei Monaten",
                ["confirm"] = "Ja, das stimmt",
            };
            var noted = false;
            for (var turn = 0; turn < 25 && EmulatorClient.LastStep(replies) is { } step; turn++)
            {
                var question = replies.Last(r => r.Step is not null);
                var phase = question.Body["channelData"]?["leadbot"]?["phase"]?.GetValue<string>();
                var answer = phase == "check" ? "ja" : answers[step];
                if (step == "name" && answer.Contains('@'))
                {
                    // The e-mail at the name question is noted; the name is asked again.
                    replies = await emulator.SendAndWaitAsync(answer);
                    Assert.Contains(replies, r => r.Text?.Contains("Danke, notiert: E-Mail.", StringComparison.Ordinal) == true);
                    Assert.Equal("name", EmulatorClient.LastStep(replies));
                    answers["name"] = "Erika Musterfrau";
                    noted = true;
                    continue;
                }

                Assert.NotEqual("email", step);
                replies = await emulator.SendAndWaitAsync(answer);
                if (step == "confirm" && phase is null)
                {
                    break;
                }
            }

            Assert.True(noted);
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, Key);
            var page = JsonNode.Parse(await client.GetStringAsync("api/leads?q=erika.musterfrau"))!;
            var lead = Assert.Single(page["items"]!.AsArray())!;
            Assert.Equal("Erika Musterfrau", lead["name"]!.GetValue<string>());
            Assert.Equal("erika.musterfrau@example.com", lead["email"]!.GetValue<string>());
            Assert.Equal("+49301234567", lead["phone"]!.GetValue<string>());
            var display = lead["phoneDisplay"]!.GetValue<string>();
            Assert.StartsWith("+49", display);
            Assert.Equal("49301234567", new string(display.Where(char.IsDigit).ToArray()));
            Assert.Equal(Need, lead["need"]!["verbatim"]!.GetValue<string>());
            Assert.Equal(50000m, lead["budget"]!["amount"]!.GetValue<decimal>());
            Assert.Null(lead["budget"]!["period"]);
            Assert.False(lead["budget"]!["none"]!.GetValue<bool>());
            Assert.False(lead["budget"]!["undecided"]!.GetValue<bool>());
            Assert.False(lead["timeline"]!["vague"]!.GetValue<bool>());

            var id = lead["id"]!.GetValue<string>();
            var one = JsonNode.Parse(await client.GetStringAsync($"api/leads/{id}"))!;
            Assert.Equal(display, one["phoneDisplay"]!.GetValue<string>());

            var csv = (await client.GetStringAsync("api/leads/export.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith(",phoneDisplay,needVerbatim,budgetPeriod,budgetStatus,timelineVague", csv[0]);
            var row = Assert.Single(csv[1..]);
            Assert.Contains("\"" + Need + "\"", row);
            // A cell starting with "+" is defused against spreadsheet formulas with a leading apostrophe.
            Assert.EndsWith($",'{display},\"{Need}\",,amount,false", row);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
