using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Turns;

/// <summary>A turn stops when the client that sent it goes away, and writes nothing: the real host over HTTP.</summary>
public sealed class TurnCancellationTests
{
    [Fact]
    public async Task A_turn_whose_request_is_aborted_is_cancelled_and_commits_nothing()
    {
        var probe = new SlowBot();
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: services => services.AddTransient<IBot>(sp => ReliableTurnBot.Around(
            new SlowBot.WithState(probe, sp.GetRequiredService<StagedConversationState>()), sp)));
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            using var client = new HttpClient();
            using var aborted = new CancellationTokenSource();
            var post = client.PostAsync(host.MessagesUri, new StringContent(emulator.Message("hallo").ToJsonString(), System.Text.Encoding.UTF8, "application/json"), aborted.Token);

            await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
            aborted.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);

            // The turn saw the cancellation and stopped; its staged state was never written, and nothing was sent.
            await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var storage = host.Services.GetRequiredService<IStorage>();
            Assert.Empty(await storage.ReadAsync([$"emulator/conversations/{emulator.ConversationId}"]));
            Assert.Empty(standIn.Of(emulator.ConversationId));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    /// <summary>Changes the conversation state, then waits for ever (until the turn is cancelled).</summary>
    private sealed class SlowBot
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public sealed class WithState(SlowBot probe, ConversationState state) : IBot
        {
            private readonly IStatePropertyAccessor<string> seen = state.CreateProperty<string>("seen");

            public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
            {
                await seen.SetAsync(turnContext, "yes", cancellationToken);
                await state.SaveChangesAsync(turnContext, false, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text("held back"), cancellationToken);
                probe.Started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.Cancelled.TrySetResult();
                    throw;
                }
            }
        }
    }
}
