using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>The Teams tables as the lead repository uses them: the outbox row written with the MQL, sales stage changes.
/// The outbox's lease protocol is tested with the Teams code (tests/bot/Teams/TeamsStoreTests.cs).</summary>
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
