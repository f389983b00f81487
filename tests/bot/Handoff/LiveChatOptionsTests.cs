using LeadBot.Bot.Handoff;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Handoff;

public sealed class LiveChatOptionsTests
{
    [Theory]
    [InlineData("LiveChat:AcceptTimeoutSeconds", "0")]
    [InlineData("LiveChat:OnlineWithinSeconds", "5")]
    [InlineData("LiveChat:PresenceWriteSeconds", "500")]
    [InlineData("LiveChat:IdleMinutes", "0")]
    [InlineData("LiveChat:PollSeconds", "-1")]
    public async Task A_bad_live_chat_setting_stops_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_appsettings_documents_every_live_chat_key_with_its_default()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "appsettings.json")))!;
        var section = json[LiveChatOptions.SectionName]!.AsObject();
        var defaults = new LiveChatOptions();
        foreach (var property in typeof(LiveChatOptions).GetProperties().Where(p => p.CanWrite))
        {
            Assert.True(section.ContainsKey(property.Name), $"LiveChat:{property.Name} is missing from appsettings.json");
            Assert.Equal(Convert.ToString(property.GetValue(defaults), System.Globalization.CultureInfo.InvariantCulture)!.ToLowerInvariant(),
                section[property.Name]!.ToString().ToLowerInvariant());
        }

        var readme = File.ReadAllText(Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "README.md"));
        foreach (var property in typeof(LiveChatOptions).GetProperties().Where(p => p.CanWrite))
        {
            Assert.Contains($"`{property.Name}`", readme);
        }
    }
}
