using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Privacy;

/// <summary>Personal data never reaches the logs, even at Debug level for every category (ours, ASP.NET Core, EF Core,
/// the Bot Framework, HttpClient).</summary>
public sealed class NoPersonalDataInLogsTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["consent"] = "ja",
        ["name"] = "Kunigunde Pfefferminz",
        ["email"] = "kunigunde.pfefferminz@example.org",
        ["company"] = "Pfefferminz Teehandel OHG",
        ["phone"] = "0221 9876543",
        ["need"] = "die erste",
        ["authority"] = "Ich entscheide",
        ["budget"] = "ca. 50.000 €",
        ["timeline"] = "in drei Monaten",
        ["confirm"] = "ja",
    };

    [Fact]
    public async Task A_full_conversation_at_debug_level_logs_no_name_email_phone_or_company()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:LeadBot"] = "Debug",
            ["Logging:LogLevel:Microsoft"] = "Debug",
            ["Logging:LogLevel:Microsoft.Bot"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Debug",
        });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            var replies = await emulator.StartAsync();
            for (var turn = 0; turn < 20 && EmulatorClient.LastStep(replies) is { } step; turn++)
            {
                replies = await emulator.SendAndWaitAsync(Answers[step]);
            }

            // Also the show/delete path, which reads and erases personal data.
            await emulator.SendAndWaitAsync("meine Daten anzeigen");
            await emulator.SendAndWaitAsync("meine Daten löschen");
            await emulator.SendAndWaitAsync("ja");

            var lines = host.Logs.Lines;
            Assert.True(lines.Count > 50, $"Expected plenty of debug logging, got {lines.Count} lines.");
            foreach (var secret in new[] { "Kunigunde", "Pfefferminz", "kunigunde.pfefferminz@example.org", "9876543", "Teehandel" })
            {
                var leak = lines.FirstOrDefault(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
                Assert.True(leak is null, $"'{secret}' was logged: {leak}");
            }
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
