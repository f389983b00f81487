using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.ScaleOut;

/// <summary>The scale-out tests run one after another (each starts bot processes); other test classes run beside them.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutCollection
{
    public const string Name = "ScaleOut";
}

/// <summary>
/// Two bot processes (<see cref="BotProcess"/>) on one real PostgreSQL database, one connector stand-in: what a load
/// balancer in front of two instances does to conversations.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public ConnectorStandIn StandIn { get; private set; } = null!;

    /// <summary>The instances; an entry is replaced when an instance is restarted.</summary>
    public BotProcess[] Bots { get; } = new BotProcess[2];

    public Uri MessagesUri(int instance) => Bots[instance].MessagesUri;

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgreSqlServer.CreateDatabaseAsync("leadbot_scaleout");
        StandIn = await ConnectorStandIn.StartAsync();
        // Both at once, as after a deployment: the migrations are applied once, under a lock.
        var started = await Task.WhenAll(BotProcess.StartAsync(ConnectionString), BotProcess.StartAsync(ConnectionString));
        Bots[0] = started[0];
        Bots[1] = started[1];
    }

    public async Task RestartAsync(int instance)
    {
        await Bots[instance].DisposeAsync();
        Bots[instance] = await BotProcess.StartAsync(ConnectionString);
    }

    public async Task<List<Lead>> LeadsAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSQL", ["ConnectionStrings:LeadBot"] = ConnectionString })
            .Build();
        await using var services = new ServiceCollection().AddLeadBotStorage(configuration).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await db.Leads.Include(l => l.History).AsNoTracking().ToListAsync();
    }

    public string Diagnostics() => string.Join("\n", Bots.Select((b, i) => $"--- bot {i} ---\n{b?.Output}"));

    public async Task DisposeAsync()
    {
        foreach (var bot in Bots.Where(b => b is not null))
        {
            await bot.DisposeAsync();
        }

        await StandIn.DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(ConnectionString);
    }
}

/// <summary>One prospect: activities stamped like the Emulator's, each turn posted to the instance the test picks.</summary>
internal sealed class ProspectChat : IDisposable
{
    public static readonly string[] Steps = ["consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm"];

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly ScaleOutCluster _cluster;
    private readonly EmulatorClient _client;

    public ProspectChat(ScaleOutCluster cluster, int number)
    {
        _cluster = cluster;
        _client = new EmulatorClient(cluster.MessagesUri(0), cluster.StandIn, "en-US") { UserName = "Prospect" };
        Answers = new Dictionary<string, string>
        {
            ["consent"] = "yes",
            ["name"] = $"Pat {Letters(number)}",
            ["email"] = $"pat.{number}.{Guid.NewGuid():N}@example.com",
            ["company"] = $"Example {number} Ltd",
            ["phone"] = "+1 415 555 0100",
            ["need"] = "the first",
            ["authority"] = "I decide",
            ["budget"] = "50k",
            ["timeline"] = "within 3 months",
            ["confirm"] = "yes",
        };
    }

    public Dictionary<string, string> Answers { get; }

    /// <summary>A surname from a number (names with digits are not accepted as names): 123 → "Bcdson".</summary>
    private static string Letters(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) is var s
            ? char.ToUpperInvariant(s[0]) + s[1..] + "son"
            : "";

    public string ConversationId => _client.ConversationId;

    /// <summary>The question asked last (channelData.leadbot.step), null once the conversation is done.</summary>
    public string? Step { get; private set; }

    /// <summary>Turns that had to be sent again because the instance did not answer (it was killed).</summary>
    public int Resent { get; private set; }

    public static string? NextStep(string step) => Array.IndexOf(Steps, step) is var i && i + 1 < Steps.Length ? Steps[i + 1] : null;

    public JsonObject Start() => _client.ConversationUpdate();

    public JsonObject Say(string text) => _client.Message(text);

    public JsonObject Answer() => Say(Answers[Step ?? throw new InvalidOperationException("Nothing was asked.")]);

    /// <summary>Posts once; returns the HTTP status (the turn is over when it returns).</summary>
    public async Task<int> PostAsync(JsonObject activity, int instance)
    {
        using var response = await Http.PostAsJsonAsync(_cluster.MessagesUri(instance), activity);
        return (int)response.StatusCode;
    }

    public IReadOnlyList<RecordedActivity> RepliesTo(JsonObject activity)
    {
        var id = activity["id"]!.GetValue<string>();
        return _cluster.StandIn.Of(ConversationId).Where(a => a.ReplyToId == id || a.Body["replyToId"]?.GetValue<string>() == id).ToList();
    }

    /// <summary>
    /// One turn on <paramref name="instance"/>: expects a 2xx and a reply. With <paramref name="resendUnanswered"/>, a
    /// turn that got no answer (connection refused or reset by a killed instance, or no reply) is sent again, the same
    /// activity, to the other instance and then alternately, as a channel redelivers.
    /// </summary>
    public async Task<IReadOnlyList<RecordedActivity>> TurnAsync(JsonObject activity, int instance, bool resendUnanswered = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var target = (instance + attempt) % 2;
            int? status = null;
            try
            {
                status = await PostAsync(activity, target);
            }
            catch (Exception exception) when (resendUnanswered && exception is HttpRequestException or TaskCanceledException)
            {
            }

            if (status is >= 500)
            {
                throw new Xunit.Sdk.XunitException($"Instance {target} answered {status} to a turn of {ConversationId}.\n{_cluster.Diagnostics()}");
            }

            var replies = RepliesTo(activity);
            if (status is >= 200 and < 300 && replies.Any(r => r.IsMessage))
            {
                Step = EmulatorClient.LastStep(replies);
                return replies;
            }

            if (!resendUnanswered)
            {
                throw new Xunit.Sdk.XunitException($"Instance {target} answered {status?.ToString() ?? "nothing"} and no reply to a turn of {ConversationId}.\n{_cluster.Diagnostics()}");
            }

            if (attempt > 40)
            {
                throw new Xunit.Sdk.XunitException($"A turn of {ConversationId} got no answer from either instance in {attempt} attempts.\n{_cluster.Diagnostics()}");
            }

            Resent++;
            await Task.Delay(250);
        }
    }

    /// <summary>Opens the conversation and answers every question, each turn on the instance <paramref name="pick"/> chooses.</summary>
    public async Task CompleteAsync(Func<int, int> pick, bool resendUnanswered = false, Func<Task>? betweenTurns = null)
    {
        await TurnAsync(Start(), pick(0), resendUnanswered);
        Assert.Equal("consent", Step);
        await ContinueAsync(pick, resendUnanswered, betweenTurns);
    }

    /// <summary>Answers every question still open.</summary>
    public async Task ContinueAsync(Func<int, int> pick, bool resendUnanswered = false, Func<Task>? betweenTurns = null)
    {
        var turn = 1;
        while (Step is not null)
        {
            Assert.True(turn < 30, $"Conversation {ConversationId} does not end (at {Step}).");
            if (betweenTurns is not null)
            {
                await betweenTurns();
            }

            var expectedNext = NextStep(Step);
            await TurnAsync(Answer(), pick(turn++), resendUnanswered);
            Assert.Equal(expectedNext, Step);
        }
    }

    public void AssertStoredOnceWithEveryAnswer(IEnumerable<Lead> leads)
    {
        var email = Answers["email"];
        var lead = Assert.Single(leads, l => l.Email == email);
        Assert.Equal(Answers["name"], lead.Name);
        Assert.Equal(Answers["company"], lead.Company);
        Assert.False(string.IsNullOrEmpty(lead.Phone));
        Assert.NotNull(lead.NeedKey);
        Assert.NotNull(lead.AuthorityKey);
        Assert.Equal(50_000m, lead.BudgetAmount);
        Assert.NotNull(lead.TimelineStart);
        Assert.Equal(ConversationId, lead.Consent.ConversationId);
        Assert.Equal(LeadStage.Mql, lead.Stage);
        // Stored once: one stage change (a second save would have added "Lead updated by a new conversation").
        Assert.Single(lead.History);
    }

    public void Dispose() => _client.Dispose();
}

[Collection(ScaleOutCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ScaleOutTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    [Fact]
    public async Task Conversations_whose_turns_alternate_between_the_instances_complete()
    {
        var chats = Enumerable.Range(1, 3).Select(i => new ProspectChat(cluster, 100 + i)).ToList();
        foreach (var chat in chats)
        {
            await chat.CompleteAsync(turn => turn % 2);
        }

        var leads = await cluster.LeadsAsync();
        foreach (var chat in chats)
        {
            chat.AssertStoredOnceWithEveryAnswer(leads);
            chat.Dispose();
        }
    }

    [Fact]
    public async Task Fifty_concurrent_conversations_spread_at_random_store_every_lead_once_with_every_answer()
    {
        var chats = Enumerable.Range(1, 50).Select(i => new ProspectChat(cluster, 200 + i)).ToList();

        await Task.WhenAll(chats.Select((chat, i) => Task.Run(async () =>
        {
            var random = new Random(i);
            await chat.CompleteAsync(_ => random.Next(2));
        })));

        var leads = await cluster.LeadsAsync();
        foreach (var chat in chats)
        {
            chat.AssertStoredOnceWithEveryAnswer(leads);
            chat.Dispose();
        }
    }

    [Fact]
    public async Task Two_turns_of_one_conversation_sent_at_once_to_both_instances_lose_no_update_and_fail_none()
    {
        // Several conversations at once, each racing two turns at each of its first questions.
        var chats = Enumerable.Range(1, 8).Select(i => new ProspectChat(cluster, 300 + i)).ToList();
        await Task.WhenAll(chats.Select((chat, i) => Task.Run(async () =>
        {
            await chat.TurnAsync(chat.Start(), i % 2);
            var round = i;
            while (chat.Step is { } step and ("consent" or "name" or "email"))
            {
                // The answer on one instance; on the other, at the same time, an input that neither this question nor
                // the next one accepts (its turn writes the dialog state too: the attempt count of the question).
                var answer = chat.Answer();
                var other = chat.Say("###");
                var statuses = await Task.WhenAll(chat.PostAsync(answer, round % 2), chat.PostAsync(other, (round + 1) % 2));
                Assert.All(statuses, s => Assert.Equal(200, s));
                Assert.Contains(chat.RepliesTo(answer), r => r.IsMessage);
                Assert.Contains(chat.RepliesTo(other), r => r.IsMessage);

                // Whatever order they ran in, the answer was kept (the losing turn was rerun on the state the winner
                // left, not written over it): the bot now asks the next question.
                await chat.TurnAsync(chat.Say("help"), round % 2);
                Assert.Equal(ProspectChat.NextStep(step), chat.Step);
                round++;
            }

            await chat.ContinueAsync(turn => (round + turn) % 2);
        })));

        var leads = await cluster.LeadsAsync();
        foreach (var chat in chats)
        {
            chat.AssertStoredOnceWithEveryAnswer(leads);
            chat.Dispose();
        }
    }

    [Fact]
    public async Task The_same_activity_posted_twice_is_processed_once()
    {
        using var chat = new ProspectChat(cluster, 400);
        await chat.TurnAsync(chat.Start(), 0);
        var duplicates = 0;
        while (chat.Step is { } step)
        {
            // Every answer is delivered twice at once (one copy to each instance), and once more afterwards.
            var answer = chat.Answer();
            var statuses = await Task.WhenAll(chat.PostAsync(answer, 0), chat.PostAsync(answer, 1));
            Assert.All(statuses, s => Assert.Equal(200, s));
            Assert.Equal(200, await chat.PostAsync(answer, duplicates++ % 2));

            var replies = chat.RepliesTo(answer);
            var next = ProspectChat.NextStep(step);
            if (next is not null)
            {
                // One reply: exactly one question asked in answer to it (a second processing would ask again or reprompt).
                var asked = Assert.Single(replies, r => r.Step is not null);
                Assert.Equal(next, asked.Step);
                Assert.Equal(replies.Count, replies.Select(r => r.Body.ToJsonString()).Distinct().Count());
                await chat.TurnAsync(chat.Say("help"), 1);
                Assert.Equal(next, chat.Step);
            }
            else
            {
                Assert.Single(replies, r => r.IsMessage);
                break;
            }
        }

        // One effect: the confirmation, processed once, stored the lead once.
        chat.AssertStoredOnceWithEveryAnswer(await cluster.LeadsAsync());
    }
}

[Collection(ScaleOutCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ScaleOutCrashTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    [Fact]
    public async Task An_instance_killed_under_load_and_restarted_loses_no_conversation_and_leaves_no_partial_or_duplicate_lead()
    {
        var chats = Enumerable.Range(1, 24).Select(i => new ProspectChat(cluster, 500 + i)).ToList();
        var turns = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var conversations = Task.WhenAll(chats.Select((chat, i) => Task.Run(async () =>
        {
            var random = new Random(1000 + i);
            await chat.CompleteAsync(
                _ => random.Next(2),
                resendUnanswered: true,
                betweenTurns: async () =>
                {
                    Interlocked.Increment(ref turns);
                    await Task.Delay(random.Next(0, 40));
                });
        })));

        // SIGKILL instance 0 in the middle of the load, then start it again on the same database.
        var killer = Task.Run(async () =>
        {
            while (Volatile.Read(ref turns) < chats.Count * 3 && !conversations.IsCompleted)
            {
                await Task.Delay(20);
            }

            cluster.Bots[0].Kill();
            killed.SetResult();
            await Task.Delay(1000);
            await cluster.RestartAsync(0);
        });

        await Task.WhenAll(conversations, killer);
        Assert.True(killed.Task.IsCompleted);
        Assert.True(chats.Sum(c => c.Resent) > 0, "No turn was in flight on the killed instance; the test proved nothing.");

        var leads = await cluster.LeadsAsync();
        Assert.Equal(chats.Count, leads.Count);
        foreach (var chat in chats)
        {
            chat.AssertStoredOnceWithEveryAnswer(leads);
            chat.Dispose();
        }
    }
}
