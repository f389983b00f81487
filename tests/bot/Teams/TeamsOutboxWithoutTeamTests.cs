using System.Collections.Concurrent;
using System.Data.Common;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>While the bot is in no team, the outbox worker costs one query per pass and touches no notification;
/// the cards still all go out, once each, as soon as the bot is installed. On SQLite and on PostgreSQL.</summary>
public sealed class TeamsOutboxWithoutTeamTests
{
    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task Without_a_team_many_MQLs_are_not_leased_or_postponed_one_by_one_and_all_cards_go_out_once_the_bot_is_installed(string provider)
    {
        await using var connector = await TeamsConnectorStandIn.StartAsync();
        var commands = new CommandLog();
        var postgres = provider == "PostgreSQL" ? await PostgreSqlServer.CreateDatabaseAsync("leadbot_teams") : null;
        var settings = Settings(postgres is null
            ? null
            : new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSQL", ["ConnectionStrings:LeadBot"] = postgres });
        var host = await BotHost.StartAsync(settings: settings, configureServices: services =>
        {
            services.ConfigureDbContext<SqliteLeadBotDbContext>(o => o.AddInterceptors(commands), ServiceLifetime.Singleton);
            services.ConfigureDbContext<PostgreSqlLeadBotDbContext>(o => o.AddInterceptors(commands), ServiceLifetime.Singleton);
        });
        try
        {
            // More than one batch of the worker waits.
            const int count = TeamsOutboxWorker.BatchSize + 5;
            var mark = commands.Mark();
            var leads = new List<Lead>();
            for (var i = 0; i < count; i++)
            {
                leads.Add(await SaveMqlAsync(host, $"waiting-{i}@example.com", $"Lead {i}"));
            }

            // The worker keeps looking for a team (one query per pass)...
            var passes = commands.Since(mark).Count(IsInstallationQuery);
            await WaitUntilAsync(() => commands.Since(mark).Count(IsInstallationQuery) >= passes + 3, "three more passes of the outbox worker");

            // ...but it neither listed, leased nor postponed a notification: the only outbox statements are the inserts.
            Assert.DoesNotContain(commands.Since(mark), c => c.Contains("\"Outbox\"", StringComparison.Ordinal) && !c.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase));
            Assert.Empty(connector.CreateAttempts);
            var waiting = await OutboxAsync(host);
            Assert.Equal(count, waiting.Count);
            Assert.All(waiting, row =>
            {
                Assert.Null(row.SentAt);
                Assert.Null(row.LockedBy);
                Assert.Equal(0, row.Attempts);
                Assert.Null(row.LastError);
            });

            await InstallAsync(host, connector);
            await connector.WaitUntilAsync(c => c.Created.Count >= count, Wait, "every waiting card");
            await OutboxSettledAsync(host);

            var created = connector.Created;
            Assert.Equal(count, created.Count);
            Assert.All(created, c => Assert.Equal(TeamId, c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>()));
            foreach (var lead in leads)
            {
                Assert.Single(created, c => AllText(c.Card).Contains(lead.Email!, StringComparison.Ordinal));
            }

            Assert.All(await OutboxAsync(host), row =>
            {
                Assert.NotNull(row.SentAt);
                Assert.Null(row.LockedBy);
                Assert.Equal(0, row.Attempts);
            });
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
            if (postgres is not null)
            {
                await PostgreSqlServer.DropDatabaseAsync(postgres);
            }
        }
    }

    [Fact]
    public async Task New_notifications_coalesce_into_one_wake_up()
    {
        var signal = new OutboxSignal();
        for (var i = 0; i < 50; i++)
        {
            signal.Notify();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task While_the_worker_waits_for_a_team_only_an_installation_wakes_it()
    {
        var signal = new OutboxSignal { WakeOnNewNotifications = false };
        signal.Notify();
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        signal.NotifyInstalled();
        signal.NotifyInstalled();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        signal.WakeOnNewNotifications = true;
        signal.Notify();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    private static bool IsInstallationQuery(string sql) => sql.Contains("FROM \"TeamsInstallations\"", StringComparison.Ordinal);

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Wait} for {what}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Every SQL statement EF Core sends, in order.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _commands = new();

        /// <summary>How many statements were sent so far.</summary>
        public int Mark() => _commands.Count;

        /// <summary>The statements sent after <paramref name="mark"/>.</summary>
        public List<string> Since(int mark) => _commands.Skip(mark).ToList();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Record(command, result));

        private T Record<T>(DbCommand command, T result)
        {
            _commands.Enqueue(command.CommandText);
            return result;
        }
    }
}
