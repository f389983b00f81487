using System.Net;
using LeadBot.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Tests.Privacy;

/// <summary>Over the real HTTP host with the Emulator's activities: what must not be stored is not in the SQLite files.</summary>
public sealed class NoPersonalDataInTheDatabaseTests
{
    [Fact]
    public async Task After_declined_consent_the_details_typed_anyway_are_nowhere_in_the_database_files()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync();
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            Assert.Equal("consent", EmulatorClient.LastStep(await emulator.StartAsync()));
            Assert.Null(EmulatorClient.LastStep(await emulator.SendAndWaitAsync("nein")));
            await emulator.SendAndWaitAsync("Hildegard Quastenflosser");
            await emulator.SendAndWaitAsync("hildegard.quastenflosser@example.net");
            await emulator.SendAndWaitAsync("Quastenflosser Aquaristik KG");

            await using (var db = await PrivacyTestKit.DbAsync(host.Services))
            {
                Assert.Equal(0, await db.Leads.CountAsync());
            }

            PrivacyTestKit.AssertNoneFound(PrivacyTestKit.DatabaseBytes(host.DatabasePath),
                ["Hildegard", "Quastenflosser", "hildegard.quastenflosser@example.net", "Aquaristik"], "the database files");
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task After_erasure_through_the_admin_api_the_lead_is_nowhere_in_the_database_files()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = PrivacyTestKit.ApiKey });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            await PrivacyTestKit.ChatToTheEndAsync(emulator,
                PrivacyTestKit.Answers("Ottokar Fliederbusch", "ottokar.fliederbusch@example.org", "Fliederbusch Gartenbau OHG", "0221 4455667"));
            var secrets = new[] { "Ottokar", "Fliederbusch", "ottokar.fliederbusch@example.org", "Gartenbau", "4455667" };
            Assert.True(PrivacyTestKit.Found(PrivacyTestKit.DatabaseBytes(host.DatabasePath), "Fliederbusch"), "the scan finds stored data");

            using var admin = PrivacyTestKit.AdminClient(host);
            using var response = await admin.DeleteAsync("api/privacy/subjects?email=Ottokar.Fliederbusch%40example.org");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            PrivacyTestKit.AssertNoneFound(PrivacyTestKit.DatabaseBytes(host.DatabasePath), secrets, "the database files after erasure");
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
