using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>The Teams tables: the outbox written with the MQL, its lease protocol, sales stage changes, installations.</summary>
public sealed class OutboxStorageTests
{
    private static async Task<List<OutboxMessage>> OutboxAsync(StorageTestDatabase db)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await context.Outbox.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Migrating_creates_the_outbox_and_installation_tables()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        foreach (var table in new[] { "Outbox", "TeamsInstallations" })
        {
            Assert.Equal(1, await db.ScalarAsync($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
        }

        Assert.Equal(1, await db.ScalarAsync("SELECT \"unique\" FROM pragma_index_list('Outbox') WHERE name = 'IX_Outbox_LeadId_Kind'"));
    }

    [Fact]
    public async Task The_notification_is_written_with_the_first_MQL_only()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();

        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "lead@example.com", stage: LeadStage.Lead), CancellationToken.None);
        Assert.Empty(await OutboxAsync(db));

        var mql = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "lead@example.com", stage: LeadStage.Mql, at: Submissions.Start.AddHours(1)), CancellationToken.None);
        var row = Assert.Single(await OutboxAsync(db));
        Assert.Equal((mql.Id, OutboxMessage.MqlNotification, 0), (row.LeadId, row.Kind, row.Attempts));
        Assert.Null(row.SentAt);

        // Updates that keep MQL, and even Lead → MQL again, announce nothing new.
        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "lead@example.com", stage: LeadStage.Mql, at: Submissions.Start.AddHours(2)), CancellationToken.None);
        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "lead@example.com", stage: LeadStage.Lead, at: Submissions.Start.AddHours(3)), CancellationToken.None);
        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "lead@example.com", stage: LeadStage.Mql, at: Submissions.Start.AddHours(4)), CancellationToken.None);
        Assert.Single(await OutboxAsync(db));
    }

    [Fact]
    public async Task Only_one_instance_gets_the_lease_and_only_the_holder_can_mark_it_sent()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        await db.Leads.SaveQualifiedAsync(Submissions.Create(), CancellationToken.None);
        await using var second = db.CreateServices();
        var a = db.Services.GetRequiredService<TeamsStore>();
        var b = second.GetRequiredService<TeamsStore>();
        var now = DateTimeOffset.UtcNow;
        var row = Assert.Single(await a.GetDueAsync(now, 10, CancellationToken.None));

        var results = await Task.WhenAll(
            a.TryLeaseAsync(row.Id, "a", now, now.AddMinutes(1), CancellationToken.None),
            b.TryLeaseAsync(row.Id, "b", now, now.AddMinutes(1), CancellationToken.None));
        Assert.Single(results, r => r);
        var holder = results[0] ? "a" : "b";
        var other = holder == "a" ? "b" : "a";
        Assert.Empty(await a.GetDueAsync(now, 10, CancellationToken.None));

        Assert.False(await a.MarkSentAsync(row.Id, other, now, "http://x", "19:c", "conv", "act", CancellationToken.None));
        Assert.True(await a.MarkSentAsync(row.Id, holder, now, "http://x", "19:c", "conv", "act", CancellationToken.None));
        Assert.False(await b.MarkSentAsync(row.Id, holder, now, "http://x", "19:c", "conv", "act", CancellationToken.None));
        var sent = Assert.Single(await OutboxAsync(db));
        Assert.Equal(("conv", "act", (string?)null), (sent.ConversationId, sent.ActivityId, sent.LockedBy));

        // An expired lease can be taken over; a sent row never again.
        Assert.False(await b.TryLeaseAsync(row.Id, "b", now.AddHours(1), now.AddHours(2), CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_a_retry_waits_for_its_time()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        await db.Leads.SaveQualifiedAsync(Submissions.Create(), CancellationToken.None);
        var store = db.Services.GetRequiredService<TeamsStore>();
        var now = DateTimeOffset.UtcNow;
        var row = Assert.Single(await store.GetDueAsync(now, 10, CancellationToken.None));

        Assert.True(await store.TryLeaseAsync(row.Id, "crashed", now, now.AddSeconds(30), CancellationToken.None));
        Assert.False(await store.TryLeaseAsync(row.Id, "next", now.AddSeconds(10), now.AddSeconds(40), CancellationToken.None));
        Assert.True(await store.TryLeaseAsync(row.Id, "next", now.AddSeconds(31), now.AddSeconds(60), CancellationToken.None));

        await store.ScheduleRetryAsync(row.Id, "next", now.AddMinutes(5), "HTTP 503", CancellationToken.None);
        Assert.Empty(await store.GetDueAsync(now.AddMinutes(4), 10, CancellationToken.None));
        var due = Assert.Single(await store.GetDueAsync(now.AddMinutes(5), 10, CancellationToken.None));
        Assert.Equal((1, "HTTP 503", (string?)null), (due.Attempts, due.LastError, due.LockedBy));
    }

    [Fact]
    public async Task Two_people_claiming_at_once_one_wins_and_the_history_records_the_person()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        var lead = await db.Leads.SaveQualifiedAsync(Submissions.Create(), CancellationToken.None);
        await using var second = db.CreateServices();
        var at = DateTimeOffset.UtcNow;

        var results = await Task.WhenAll(
            db.Services.GetRequiredService<EfLeadRepository>().ApplySalesActionAsync(lead.Id, SalesAction.Claim, "Ana", "aad-ana", null, at, CancellationToken.None),
            second.GetRequiredService<EfLeadRepository>().ApplySalesActionAsync(lead.Id, SalesAction.Claim, "Bob", "aad-bob", null, at, CancellationToken.None));

        var winner = Assert.Single(results, r => r.Outcome == SalesActionOutcome.Applied);
        Assert.Single(results, r => r.Outcome == SalesActionOutcome.InvalidTransition);
        var stored = (await db.Leads.FindAsync(lead.Id, CancellationToken.None))!;
        Assert.Equal(LeadStage.Sql, stored.Stage);
        Assert.Equal(winner.Lead!.Owner, stored.Owner);
        Assert.Equal(2, stored.History.Count);
        Assert.Equal((stored.Owner, stored.OwnerId), (stored.History[^1].ChangedBy, stored.History[^1].ChangedById));
    }

    [Fact]
    public async Task Sales_transitions_follow_the_funnel()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        var repository = db.Services.GetRequiredService<EfLeadRepository>();
        var lead = await db.Leads.SaveQualifiedAsync(Submissions.Create(), CancellationToken.None);
        var at = DateTimeOffset.UtcNow;

        Assert.Equal(SalesActionOutcome.InvalidTransition, (await repository.ApplySalesActionAsync(lead.Id, SalesAction.OfferSent, "Ana", null, null, at, CancellationToken.None)).Outcome);
        Assert.Equal(SalesActionOutcome.Applied, (await repository.ApplySalesActionAsync(lead.Id, SalesAction.Claim, "Ana", null, null, at, CancellationToken.None)).Outcome);
        Assert.Equal(SalesActionOutcome.Applied, (await repository.ApplySalesActionAsync(lead.Id, SalesAction.OfferSent, "Ana", null, null, at, CancellationToken.None)).Outcome);
        Assert.Equal(SalesActionOutcome.ReasonRequired, (await repository.ApplySalesActionAsync(lead.Id, SalesAction.Disqualify, "Ana", null, " ", at, CancellationToken.None)).Outcome);
        var done = await repository.ApplySalesActionAsync(lead.Id, SalesAction.Disqualify, "Ana", null, "Lost to a competitor", at, CancellationToken.None);
        Assert.Equal((SalesActionOutcome.Applied, LeadStage.Disqualified), (done.Outcome, done.Lead!.Stage));
        Assert.Equal("Lost to a competitor", done.Lead.History[^1].Reason);
        Assert.Equal(SalesActionOutcome.InvalidTransition, (await repository.ApplySalesActionAsync(lead.Id, SalesAction.Claim, "Bob", null, null, at, CancellationToken.None)).Outcome);
        Assert.Equal(SalesActionOutcome.NotFound, (await repository.ApplySalesActionAsync(Guid.NewGuid(), SalesAction.Claim, "Bob", null, null, at, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Erasing_a_lead_removes_its_notification()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        var lead = await db.Leads.SaveQualifiedAsync(Submissions.Create(), CancellationToken.None);
        await using (var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            await context.Leads.Where(l => l.Id == lead.Id).ExecuteDeleteAsync();
        }

        Assert.Empty(await OutboxAsync(db));
    }
}
