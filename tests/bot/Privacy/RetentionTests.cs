using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Privacy;

/// <summary>The retention job on a real SQLite file with a clock the test controls: exactly what is due goes.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task One_run_deletes_exactly_the_due_leads_bot_state_and_audit_entries_and_keeps_everything_else()
    {
        var clock = new ManualClock(Now);
        await using var host = await StartAsync(clock);
        try
        {
            var due = new Dictionary<string, Lead>
            {
                ["lead 181 days"] = PrivacyTestKit.NewLead("a@example.net", Now.AddDays(-181), LeadStage.Lead),
                ["disqualified 200 days"] = PrivacyTestKit.NewLead("b@example.net", Now.AddDays(-200), LeadStage.Lead, LeadStage.Disqualified),
                ["lead 3 years"] = PrivacyTestKit.NewLead("c@example.net", Now.AddDays(-1100), LeadStage.Lead),
            };
            var kept = new Dictionary<string, Lead>
            {
                ["lead 179 days"] = PrivacyTestKit.NewLead("d@example.net", Now.AddDays(-179), LeadStage.Lead),
                ["lead exactly 180 days"] = PrivacyTestKit.NewLead("e@example.net", Now.AddDays(-180), LeadStage.Lead),
                ["mql 400 days"] = PrivacyTestKit.NewLead("f@example.net", Now.AddDays(-400), LeadStage.Lead, LeadStage.Mql),
                ["sql 400 days"] = PrivacyTestKit.NewLead("g@example.net", Now.AddDays(-400), LeadStage.Mql, LeadStage.Sql),
                ["opportunity 400 days"] = PrivacyTestKit.NewLead("h@example.net", Now.AddDays(-400), LeadStage.Mql, LeadStage.Sql, LeadStage.Opportunity),
                ["back to lead after mql 400 days"] = PrivacyTestKit.NewLead("i@example.net", Now.AddDays(-400), LeadStage.Lead, LeadStage.Mql, LeadStage.Lead),
                ["disqualified 10 days"] = PrivacyTestKit.NewLead("j@example.net", Now.AddDays(-10), LeadStage.Lead, LeadStage.Disqualified),
            };
            var anonymized = PrivacyTestKit.NewLead("k@example.net", Now.AddDays(-400), LeadStage.Lead, LeadStage.Disqualified);
            anonymized.UserKey = EfPersonalDataStore.AnonymizedUserKeyPrefix + anonymized.Id.ToString("N");
            anonymized.Email = null;
            kept["anonymized 400 days"] = anonymized;

            await using (var db = await PrivacyTestKit.DbAsync(host.Services))
            {
                db.Leads.AddRange(due.Values.Concat(kept.Values));
                foreach (var lead in due.Values.Concat(kept.Values))
                {
                    db.Outbox.Add(new OutboxMessage { LeadId = lead.Id, Kind = "test.retention", CreatedAt = lead.CreatedAt, NextAttemptAt = Now.AddYears(10) });
                }

                db.BotState.AddRange(
                    State("emulator/users/old", Now.AddDays(-31)),
                    State("emulator/conversations/old", Now.AddDays(-90)),
                    State("emulator/users/recent", Now.AddDays(-29)),
                    State("emulator/conversations/exactly-30", Now.AddDays(-30)),
                    State("emulator/conversations/today", Now));
                db.AddRange(
                    PrivacyAudit.Entry(Now.AddDays(-1096), "sales-api-key", PrivacyAction.Erase, [Guid.NewGuid()], 1, 1, 0, 0),
                    PrivacyAudit.Entry(Now.AddDays(-2000), "prospect", PrivacyAction.Withdraw, [], 0, 0, 0, 0),
                    PrivacyAudit.Entry(Now.AddDays(-1094), "sales-api-key", PrivacyAction.Export, [Guid.NewGuid()], 1, 1, 0, 0),
                    PrivacyAudit.Entry(Now.AddDays(-1), "prospect", PrivacyAction.Erase, [], 0, 0, 0, 0));
                await db.SaveChangesAsync();
            }

            var result = await host.Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None);

            Assert.Equal(due.Values.Select(l => l.Id).Order(), result.LeadIds.Order());
            Assert.Equal(due.Values.Sum(l => l.History.Count), result.StageChanges);
            Assert.Equal(due.Count, result.Notifications);
            Assert.Equal(2, result.BotStates);
            Assert.Equal(2, result.AuditEntries);

            await using (var db = await PrivacyTestKit.DbAsync(host.Services))
            {
                var leads = await db.Leads.Include(l => l.History).AsNoTracking().ToListAsync();
                Assert.Equal(kept.Values.Select(l => l.Id).Order(), leads.Select(l => l.Id).Order());
                foreach (var (name, lead) in kept)
                {
                    Assert.True(leads.Single(l => l.Id == lead.Id).History.Count == lead.History.Count, $"history of '{name}' kept");
                    Assert.True(await db.Outbox.AnyAsync(o => o.LeadId == lead.Id), $"notification of '{name}' kept");
                }

                var dueIds = due.Values.Select(l => l.Id).ToList();
                Assert.False(await db.StageChanges.AnyAsync(c => dueIds.Contains(c.LeadId)));
                Assert.False(await db.Outbox.AnyAsync(o => dueIds.Contains(o.LeadId)));
                Assert.Equal(
                    ["emulator/conversations/exactly-30", "emulator/conversations/today", "emulator/users/recent"],
                    await db.BotState.OrderBy(s => s.Key).Select(s => s.Key).ToListAsync());

                var audit = await db.Set<PrivacyAuditEntry>().AsNoTracking().OrderBy(a => a.At).ToListAsync();
                Assert.Equal([Now.AddDays(-1094), Now.AddDays(-1), Now], audit.Select(a => a.At));
                var purge = audit[^1];
                Assert.Equal(PrivacyAction.RetentionPurge, purge.Action);
                Assert.Equal(RetentionJob.Actor, purge.Actor);
                Assert.Equal(dueIds.Order(), purge.LeadIdList().Order());
                Assert.Equal((3, 2, 2), (purge.Leads, purge.BotStates, purge.AuditEntries));
            }

            // Nothing more is due: a second run deletes nothing and writes no audit entry.
            var second = await host.Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None);
            Assert.False(second.DeletedAnything);
            await using (var db = await PrivacyTestKit.DbAsync(host.Services))
            {
                Assert.Equal(3, await db.Set<PrivacyAuditEntry>().CountAsync());
            }
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task The_background_service_runs_the_job_every_RunEveryMinutes_on_the_injected_clock()
    {
        var clock = new ManualClock(Now);
        await using var host = await StartAsync(clock, new Dictionary<string, string?> { ["Retention:RunEveryMinutes"] = "15" });
        try
        {
            var lead = PrivacyTestKit.NewLead("old@example.net", Now.AddDays(-181), LeadStage.Lead);
            await using (var db = await PrivacyTestKit.DbAsync(host.Services))
            {
                db.Leads.Add(lead);
                await db.SaveChangesAsync();
            }

            // Other hosted jobs wait on the same clock: wait for the retention job's own first wait (one period after start).
            await WaitUntilAsync(() => clock.HasTimerDueAt(Now.AddMinutes(15)));
            clock.Advance(TimeSpan.FromMinutes(14));
            await Task.Delay(300);
            Assert.True(await ExistsAsync(host, lead.Id), "not run before the period has passed");

            clock.Advance(TimeSpan.FromMinutes(1));
            await WaitUntilAsync(async () => !await ExistsAsync(host, lead.Id));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task UnqualifiedLeadDays_defaults_to_the_retention_the_consent_text_promises()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Conversation:RetentionDays"] = "90" });
        try
        {
            var options = host.Services.GetRequiredService<IOptions<RetentionOptions>>().Value;
            Assert.Equal((90, 30, 1095, 60), (options.UnqualifiedLeadDays, options.AbandonedConversationDays, options.AuditLogDays, options.RunEveryMinutes));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData("Retention:UnqualifiedLeadDays", "0")]
    [InlineData("Retention:UnqualifiedLeadDays", "181")]
    [InlineData("Retention:AbandonedConversationDays", "-1")]
    [InlineData("Retention:AbandonedConversationDays", "thirty")]
    [InlineData("Retention:AuditLogDays", "0")]
    [InlineData("Retention:RunEveryMinutes", "0")]
    [InlineData("Retention:RunEveryMinutes", "1.5")]
    public async Task A_bad_retention_setting_stops_start_up_naming_the_key(string key, string value)
    {
        var path = BotHost.NewDatabasePath();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(path, new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    private static Task<BotHost> StartAsync(ManualClock clock, IDictionary<string, string?>? settings = null) =>
        BotHost.StartAsync(settings: settings, configureServices: services => services.AddSingleton<TimeProvider>(clock));

    private static BotStateRecord State(string key, DateTimeOffset updatedAt) => new() { Key = key, Json = "{}", ETag = "1", UpdatedAt = updatedAt };

    private static async Task<bool> ExistsAsync(BotHost host, Guid id)
    {
        await using var db = await PrivacyTestKit.DbAsync(host.Services);
        return await db.Leads.AnyAsync(l => l.Id == id);
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(50);
        }
    }
}
