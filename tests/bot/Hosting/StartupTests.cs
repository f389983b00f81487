using LeadBot.Bot.Api;
using LeadBot.Bot.Hosting;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class StartupTests
{
    [Theory]
    [InlineData("SalesApi:ApiKey", "short")]
    [InlineData("Conversation:PrivacyPolicyUrl", "datenschutz.html")]
    [InlineData("Conversation:CompanyName", " ")]
    [InlineData("Qualification:DefaultCurrency", "Euro")]
    [InlineData("Turns:RetryBackoff", "00:00:00")]
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
    public async Task The_repository_appsettings_json_is_read_and_valid()
    {
        await using var host = await BotHost.StartAsync();
        try
        {
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            Assert.False(string.IsNullOrEmpty(configuration["Conversation:CompanyName"]), "the root appsettings.json is linked into the output and read");
            Assert.Equal("", host.Services.GetRequiredService<IOptions<SalesApiOptions>>().Value.ApiKey);
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
