using System.Net;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Security;

/// <summary>#14 safe defaults: Production does not run without Bot Framework authentication by accident; the 401 of a
/// bad token is one log line.</summary>
public sealed class SafeDefaultsTests
{
    [Fact]
    public async Task In_Production_an_empty_MicrosoftAppId_stops_start_up_naming_the_keys()
    {
        var path = BotHost.NewDatabasePath();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(path, environmentName: "Production"));

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Security:LocalOnly", error.Message, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Theory]
    [InlineData("Production", "true")]
    [InlineData("Development", null)]
    public async Task Local_only_on_purpose_or_outside_Production_the_bot_starts_without_an_app_id(string environment, string? localOnly)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Security:LocalOnly"] = localOnly },
            environmentName: environment);
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn);
            Assert.NotEmpty(await emulator.StartAsync());
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("Security:MaxRequestBodyBytes", "100")]
    [InlineData("Security:AllowedServiceUrls:0", "http://10.0.0.1/path")]
    [InlineData("Security:AllowedServiceUrls:0", "ftp://10.0.0.1")]
    public async Task A_bad_Security_setting_stops_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[0] + ":" + key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_appsettings_documents_every_Security_key_with_its_default()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "appsettings.json")))!;
        var section = json["Security"]!.AsObject();
        var defaults = new LeadBot.Bot.Security.SecurityOptions();
        Assert.Equal(defaults.LocalOnly, section["LocalOnly"]!.GetValue<bool>());
        Assert.Empty(section["AllowedServiceUrls"]!.AsArray());
        Assert.Equal(defaults.MaxRequestBodyBytes, section["MaxRequestBodyBytes"]!.GetValue<int>());
        var readme = File.ReadAllText(Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "README.md"));
        foreach (var key in section.Select(p => p.Key))
        {
            Assert.Contains($"| `{key}` |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bad_token_gets_401_logged_in_one_line_without_a_stack_trace()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn);
            foreach (var authorization in new string?[] { null, "Bearer not-a-jwt", "Bearer " + new string('x', 5000) })
            {
                Assert.Equal(HttpStatusCode.Unauthorized, await emulator.SendAsync(emulator.Message("hallo"), authorization));
            }

            var lines = host.Logs.Lines.Where(l => l.Contains("401", StringComparison.Ordinal) || l.Contains("Unauthorized", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(3, lines.Count);
            Assert.All(lines, l =>
            {
                Assert.DoesNotContain("\n", l.TrimEnd(), StringComparison.Ordinal);
                Assert.DoesNotContain(" at ", l, StringComparison.Ordinal);
                Assert.DoesNotContain("xxxxxxxx", l, StringComparison.Ordinal);
            });
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
