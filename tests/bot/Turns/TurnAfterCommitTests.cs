using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Turns;

/// <summary>Work a turn leaves for after its commit (the funnel's journey change) runs for the attempt that committed,
/// once, and never for an attempt that lost the state race; what a turn gives back if it does not commit runs for the
/// attempt that lost, never for the one that committed: the real host over HTTP.</summary>
public sealed class TurnAfterCommitTests
{
    [Fact]
    public async Task Work_after_the_commit_runs_once_for_the_attempt_that_committed_and_the_give_back_only_for_the_one_that_lost_the_race()
    {
        var probe = new RacingBot.Probe();
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: services => services.AddTransient<IBot>(sp => ReliableTurnBot.Around(
            new RacingBot(probe, sp.GetRequiredService<StagedConversationState>(), sp.GetRequiredService<IStorage>()), sp)));
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            var replies = await emulator.SendAndWaitAsync("hallo");

            // The first attempt lost the race (its state was written meanwhile) and ran again; only the second committed.
            Assert.Equal(2, probe.Attempts);
            Assert.Equal([2], probe.Committed);
            Assert.Equal([1], probe.NotCommitted);
            Assert.Equal("attempt 2", Assert.Single(replies).Text);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    /// <summary>Changes the conversation state and leaves work for after the commit; on its first attempt the state is
    /// written behind its back (as another instance would), so that attempt cannot commit.</summary>
    private sealed class RacingBot(RacingBot.Probe probe, ConversationState state, IStorage storage) : IBot
    {
        private readonly IStatePropertyAccessor<int> count = state.CreateProperty<int>("count");

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var attempt = probe.NextAttempt();
            await count.SetAsync(turnContext, attempt, cancellationToken);
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
            TurnTransaction.Of(turnContext)!.AfterCommit(() => probe.Committed.Add(attempt));
            TurnTransaction.Of(turnContext)!.IfNotCommitted(() => probe.NotCommitted.Add(attempt));
            if (attempt == 1)
            {
                var key = TurnKeys.ConversationStateKeyOf(turnContext.Activity);
                await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["count"] = 100 } }, cancellationToken);
            }

            await turnContext.SendActivityAsync(MessageFactory.Text($"attempt {attempt}"), cancellationToken);
        }

        public sealed class Probe
        {
            private int attempts;

            public int Attempts => Volatile.Read(ref attempts);

            public int NextAttempt() => Interlocked.Increment(ref attempts);

            public System.Collections.Concurrent.ConcurrentBag<int> Committed { get; } = [];

            public System.Collections.Concurrent.ConcurrentBag<int> NotCommitted { get; } = [];
        }
    }
}
