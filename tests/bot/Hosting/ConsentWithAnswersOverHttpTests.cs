using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>
/// A first message that answers the consent question together with other answers, over real HTTP (/api/messages,
/// replies to a stand-in connector), read back through the sales API: a yes stores the consent and the answers it
/// carried, a no stores nothing of the message in the database file.
/// </summary>
public sealed class ConsentWithAnswersOverHttpTests
{
    private const string Key = "consent-answers-test-key-0123456789";

    [Theory]
    [InlineData("de-DE", "Ja, gerne.\nSabine Krüger\nKrüger Logistik GmbH\nsabine.krueger@krueger-logistik.de", "Danke, notiert: Name, E-Mail, Unternehmen.",
        "Sabine Krüger", "sabine.krueger@krueger-logistik.de", "Krüger Logistik GmbH")]
    [InlineData("en-US", "Ok. Robert Miller, Umbrella Health Systems Inc, robert.miller@umbrellahealth.com. I'm gathering info for our CTO, no budget.",
        "Thank you, noted: Name, E-mail, Company, Role, Budget.", "Robert Miller", "robert.miller@umbrellahealth.com", "Umbrella Health Systems Inc")]
    public async Task A_yes_with_other_answers_stores_the_consent_and_those_answers(string locale, string first, string noted, string name, string email, string company)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = Key });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, locale);
            await emulator.StartAsync();
            var replies = await emulator.SendAndWaitAsync(first);
            Assert.Contains(replies, r => r.Text?.Contains(noted, StringComparison.Ordinal) == true);

            var german = locale == "de-DE";
            var answers = new Dictionary<string, string>
            {
                ["phone"] = german ? "030 1234567" : "skip",
                ["need"] = german ? "CRM anbinden" : "Connect our CRM",
                ["authority"] = german ? "Ich entscheide" : "I decide",
                ["budget"] = german ? "ca. 50.000 €" : "50k",
                ["timeline"] = german ? "in drei Monaten" : "within 3 months",
                ["confirm"] = german ? "Ja, das stimmt" : "Yes, that's right",
            };
            var asked = new List<string>();
            for (var turn = 0; turn < 20 && EmulatorClient.LastStep(replies) is { } step; turn++)
            {
                asked.Add(step);
                var phase = replies.Last(r => r.Step is not null).Body["channelData"]?["leadbot"]?["phase"]?.GetValue<string>();
                replies = await emulator.SendAndWaitAsync(phase == "check" ? (german ? "ja" : "yes") : answers[step]);
                if (step == "confirm" && phase is null)
                {
                    break;
                }
            }

            Assert.DoesNotContain("name", asked);
            Assert.DoesNotContain("email", asked);
            Assert.DoesNotContain("company", asked);
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, Key);
            var page = JsonNode.Parse(await client.GetStringAsync("api/leads?q=" + Uri.EscapeDataString(email)))!;
            var lead = Assert.Single(page["items"]!.AsArray())!;
            Assert.Equal((name, email, company), (lead["name"]!.GetValue<string>(), lead["email"]!.GetValue<string>(), lead["company"]!.GetValue<string>()));
            var one = JsonNode.Parse(await client.GetStringAsync($"api/leads/{lead["id"]!.GetValue<string>()}"))!;
            Assert.NotNull(one["consent"]);
            Assert.False(string.IsNullOrEmpty(one["consent"]!["textVersion"]?.GetValue<string>()));
            Assert.Equal(64, one["consent"]!["textHash"]!.GetValue<string>().Length);
            Assert.Equal(locale, one["consent"]!["locale"]!.GetValue<string>());
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("de-DE", "Nein danke, bitte nichts speichern. Wilhelmine Zauberkraut, wilhelmine.zauberkraut@example.net, ich schau mich nur mal um.")]
    [InlineData("en-US", "No thanks on the storage. I'm Wilhelmine Zauberkraut, wilhelmine.zauberkraut@example.net, just looking around.")]
    public async Task A_no_with_personal_details_stores_nothing_of_them(string locale, string first)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = Key });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, locale);
            await emulator.StartAsync();
            var replies = await emulator.SendAndWaitAsync(first);
            Assert.Null(EmulatorClient.LastStep(replies));

            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, Key);
            var page = JsonNode.Parse(await client.GetStringAsync("api/leads"))!;
            Assert.Empty(page["items"]!.AsArray());

            await host.StopAsync();
            var bytes = new[] { host.DatabasePath, host.DatabasePath + "-wal", host.DatabasePath + "-journal" }.Where(File.Exists).SelectMany(File.ReadAllBytes).ToArray();
            Assert.NotEmpty(bytes);
            foreach (var personal in new[] { "Wilhelmine", "Zauberkraut", "wilhelmine.zauberkraut@example.net" })
            {
                Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(personal)) >= 0, $"'{personal}' found in the database file.");
                Assert.False(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(personal)) >= 0, $"'{personal}' (UTF-16) found in the database file.");
            }
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteDatabase();
        }
    }
}
