using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>#17 part 3: the Teams app's German localization names the commands the bot understands in German, and the
/// manifest's default privacy and terms URLs are pages the bot serves.</summary>
public sealed class TeamsAppManifestTests
{
    private static string PackageFile(string name) =>
        Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "deploymentTemplates", "teamsAppPackage", name);

    [Fact]
    public void The_German_localization_translates_every_command_into_one_the_bot_understands_in_German()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(PackageFile("manifest.json")))!;
        var language = Assert.Single(manifest["localizationInfo"]!["additionalLanguages"]!.AsArray())!;
        Assert.Equal("de-de", language["languageTag"]!.GetValue<string>());
        var german = JsonNode.Parse(File.ReadAllText(PackageFile(language["file"]!.GetValue<string>())))!.AsObject();

        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        for (var i = 0; i < commands.Count; i++)
        {
            var english = SalesCommand.Parse(commands[i]!["title"]!.GetValue<string>());
            var title = german[$"bots[0].commandLists[0].commands[{i}].title"]!.GetValue<string>();
            var parsed = SalesCommand.Parse(title);
            Assert.Equal(english.Kind, parsed.Kind);
            Assert.True(parsed.German, $"'{title}' is not read as German");
            Assert.InRange(german[$"bots[0].commandLists[0].commands[{i}].description"]!.GetValue<string>().Length, 1, 128);
        }

        foreach (var key in new[] { "name.short", "name.full", "description.short", "description.full" })
        {
            Assert.False(string.IsNullOrWhiteSpace(german[key]?.GetValue<string>()), $"{key} is not translated");
        }

        Assert.InRange(german["description.short"]!.GetValue<string>().Length, 1, 80);
        Assert.InRange(german["description.full"]!.GetValue<string>().Length, 1, 4000);
    }

    [Theory]
    [InlineData("/privacy", "de-DE", "Datenschutz", "Entra-ID-Objekt-ID")]
    [InlineData("/privacy", "en-US", "privacy", "Entra ID object id")]
    [InlineData("/terms", "de-DE", "Nutzungsbedingungen", "Beispiel GmbH")]
    [InlineData("/terms", "en-US", "terms of use", "Beispiel GmbH")]
    public async Task The_privacy_and_terms_pages_the_manifest_links_to_are_served(string path, string language, string title, string content)
    {
        await using var host = await BotHost.StartAsync();
        try
        {
            using var http = host.CreateClient();
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            using var response = await http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains(title, html, StringComparison.Ordinal);
            Assert.Contains(content, html, StringComparison.Ordinal);
            Assert.Contains("https://www.example.com/datenschutz", html, StringComparison.Ordinal); // the company's full policy
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
