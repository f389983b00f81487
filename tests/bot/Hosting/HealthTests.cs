using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_200_when_the_database_answers()
    {
        await using var host = await BotHost.StartAsync(BotHost.NewDatabasePath());
        try
        {
            using var client = host.CreateClient();
            using var response = await client.GetAsync("healthz");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("Healthy", body["status"]!.GetValue<string>());
            Assert.True(File.Exists(host.DatabasePath), "the SQLite file is created at start-up (migrations)");
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Healthz_is_503_when_the_database_does_not_answer()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"leadbot-health-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "bot.db");
        await using var host = await BotHost.StartAsync(path);
        try
        {
            // Take the database away underneath the running bot: a directory where the file was.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DeleteWhileTheBotRuns(folder);
            Directory.CreateDirectory(path);

            using var client = host.CreateClient();
            using var response = await client.GetAsync("healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
        finally
        {
            await host.StopAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    // The running bot may write a journal file into the folder while it is being deleted; deleting again takes that too.
    private static void DeleteWhileTheBotRuns(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(50);
            }
        }
    }
}
