using LeadBot.Bot.Hosting;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class StartupTests
{
    [Theory]
    [InlineData("Bot:DefaultLocale", "fr-FR")]
    [InlineData("Bot:PrivacyPolicyUrl", "datenschutz.html")]
    [InlineData("Bot:PrivacyPolicyUrl", "ftp://example.com/privacy")]
    [InlineData("Bot:CompanyName", " ")]
    [InlineData("Bot:SalesResponseTime", "00:00:00")]
    [InlineData("SalesApi:ApiKey", "short")]
    public async Task A_bad_value_stops_start_up_with_a_message_naming_the_key(string key, string value)
    {
        var path = BotHost.NewDatabasePath();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(path, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task Defaults_are_valid_and_bound()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:DefaultLocale"] = "en-US" });
        try
        {
            var options = host.Services.GetService(typeof(IOptions<BotOptions>)) as IOptions<BotOptions>;
            Assert.NotNull(options);
            Assert.Equal("en-US", options.Value.DefaultLocale);
            Assert.Equal(TimeSpan.FromDays(1), options.Value.SalesResponseTime);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public void The_default_url_is_localhost_3978() =>
        Assert.Equal("http://localhost:3978", BotHostExtensions.DefaultUrl);
}
