using LeadBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class TurnErrorTests
{
    [Theory]
    [InlineData("de-DE", "Entschuldigung")]
    [InlineData("de-AT", "Entschuldigung")]
    [InlineData("en-US", "Sorry")]
    [InlineData("fr-FR", "Sorry")]
    public async Task A_failing_turn_tells_the_user_in_their_language_and_logs_no_personal_data(string locale, string expected)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddTransient<IBot, EchoBot>());
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, locale) { UserName = "Erika Musterfrau" };

            var replies = await emulator.SendAndWaitAsync("boom");

            var message = Assert.Single(replies, r => r.IsMessage);
            Assert.StartsWith(expected, message.Text, StringComparison.Ordinal);
            Assert.Contains(replies, r => r.Type == "trace");
            var errorLines = host.Logs.Lines.Where(l => l.Contains("InvalidOperationException", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(errorLines);
            Assert.All(host.Logs.Lines, l =>
            {
                Assert.DoesNotContain("boom", l, StringComparison.Ordinal);
                Assert.DoesNotContain("Erika", l, StringComparison.Ordinal);
                Assert.DoesNotContain(emulator.ConversationId, l, StringComparison.Ordinal);
            });

            // The conversation stays usable.
            Assert.Equal("echo: weiter", Assert.Single(await emulator.SendAndWaitAsync("weiter")).Text);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
