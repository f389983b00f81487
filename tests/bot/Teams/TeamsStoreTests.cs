using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>The outbox's lease protocol on a real SQLite file: two instances never deliver one notification twice.</summary>
public sealed class TeamsStoreTests
{
    private static TeamsStore StoreOf(IServiceProvider services) =>
        new(services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>(), services.GetRequiredService<OutboxSignal>());

    private static async Task<List<OutboxMessage>> OutboxAsync(StorageTestDatabase db)
    {
        await using var context = await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await context.Outbox.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Only_one_instance_gets_the_lease_and_only_the_holder_can_mark_it_sent()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync();
        await db.Leads.SaveQualifiedAsync(Submissions.Create(), CancellationToken.None);
        await using var second = db.CreateServices();
        var a = StoreOf(db.Services);
        var b = StoreOf(second);
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
        var store = StoreOf(db.Services);
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
}
