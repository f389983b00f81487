using System.Net;
using LeadBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class AuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task With_an_app_id_a_request_without_a_valid_token_gets_401_and_no_turn_runs(string? authorization)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
                ["MicrosoftAppPassword"] = "not-a-real-secret",
                ["MicrosoftAppType"] = "MultiTenant",
            },
            configureServices: s => s.AddTransient<IBot, EchoBot>());
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn);
            var status = await emulator.SendAsync(emulator.Message("hallo"), authorization);

            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Empty(standIn.Of(emulator.ConversationId));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Without_an_app_id_the_emulator_needs_no_token()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddTransient<IBot, EchoBot>());
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn);
            var replies = await emulator.SendAndWaitAsync("hallo");
            Assert.Equal("echo: hallo", Assert.Single(replies).Text);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
