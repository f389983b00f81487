using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Teams;

public sealed class TeamsOptionsTests
{
    [Theory]
    [InlineData("Teams:OutboxPollSeconds", "0")]
    [InlineData("Teams:TenantId", "not-a-guid")]
    [InlineData("Teams:LeaseSeconds", "5")]
    [InlineData("Teams:CardLanguage", "fr")]
    [InlineData("Bot:PublicBaseUrl", "ftp://example.com")]
    [InlineData("Teams:CrmLeadUrl", "http://crm.example.com/leads/{leadId}")]
    [InlineData("Teams:CrmLeadUrl", "https://crm.example.com/leads")]
    [InlineData("Teams:LeadPageLinkMinutes", "0")]
    [InlineData("Teams:LeadPageSigningKey", "too-short")]
    [InlineData("Teams:TimeZone", "Mitteleuropa")]
    public async Task A_bad_Teams_setting_stops_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_appsettings_documents_every_Teams_key_with_its_default()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "appsettings.json")))!;
        var section = json["Teams"]!.AsObject();
        var defaults = new LeadBot.Bot.Teams.TeamsOptions();
        foreach (var property in typeof(LeadBot.Bot.Teams.TeamsOptions).GetProperties().Where(p => p.CanWrite && p.Name != nameof(defaults.PublicBaseUrl)))
        {
            Assert.True(section.ContainsKey(property.Name), $"Teams:{property.Name} is missing from appsettings.json");
            Assert.Equal(Convert.ToString(property.GetValue(defaults), System.Globalization.CultureInfo.InvariantCulture), section[property.Name]!.ToString());
        }
    }
}
