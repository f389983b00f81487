using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Webhooks;

/// <summary>Bad webhook settings stop the start with a message naming the key.</summary>
public sealed class WebhookOptionsTests
{
    public static TheoryData<string, string, string> Bad => new()
    {
        { "Webhooks:Endpoints:0:Url", "http://crm.example.com/hook", "Webhooks:Endpoints:0:Url must use https" },
        { "Webhooks:Endpoints:0:Url", "http://127.0.0.1:9/hook", "Webhooks:Endpoints:0:Url must use https" },
        { "Webhooks:Endpoints:0:Url", "https://user:pw@crm.example.com/hook", "Webhooks:Endpoints:0:Url must be an absolute https URL" },
        { "Webhooks:Endpoints:0:Secret", "short", "Webhooks:Endpoints:0:Secret is required" },
        { "Webhooks:Endpoints:0:Name", "my crm!", "Webhooks:Endpoints:0:Name is required" },
        { "Webhooks:Endpoints:0:Events:0", "lead.deleted", "unknown event type 'lead.deleted'" },
        { "Webhooks:Endpoints:0:CallbackKey", "short", "Webhooks:Endpoints:0:CallbackKey must be empty or at least 16 characters" },
        { "Webhooks:TrustedCertificateSha256:0", "abc", "Webhooks:TrustedCertificateSha256:0 must be a SHA-256 fingerprint" },
        { "Webhooks:MaxAttempts", "0", "Webhooks:MaxAttempts must be between 1 and 100" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public async Task A_bad_webhook_setting_stops_the_start_naming_the_key(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Webhooks:Endpoints:0:Name"] = "crm",
            ["Webhooks:Endpoints:0:Url"] = "https://crm.example.com/hook",
            ["Webhooks:Endpoints:0:Secret"] = new string('s', 40),
            [key] = value,
        };
        var path = BotHost.NewDatabasePath();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(path, settings));
        Assert.Contains(message, error.Message);
        File.Delete(path);
    }

    [Fact]
    public async Task Plain_http_is_allowed_only_for_loopback_with_the_test_setting()
    {
        var path = BotHost.NewDatabasePath();
        await using var host = await BotHost.StartAsync(path, new Dictionary<string, string?>
        {
            ["Webhooks:Endpoints:0:Name"] = "local",
            ["Webhooks:Endpoints:0:Url"] = "http://127.0.0.1:9/hook",
            ["Webhooks:Endpoints:0:Secret"] = new string('s', 40),
            ["Webhooks:AllowHttpOnLoopback"] = "true",
        });
        await host.StopAsync();
        host.DeleteDatabase();
    }
}
