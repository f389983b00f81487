using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>Run against both providers: <see cref="LeadQueriesTestsOnSqlite"/> and <see cref="LeadQueriesTestsOnPostgreSql"/>.</summary>
public abstract class LeadQueriesTests
{
    protected abstract StorageProvider Provider { get; }

    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Filtering_by_stage_returns_only_that_stage()
    {
        await using var db = await SeedAsync();

        var mql = await db.Queries.SearchAsync(new LeadSearch { Stage = LeadStage.Mql }, Ct);

        Assert.Equal(3, mql.Total);
        Assert.All(mql.Items, l => Assert.Equal(LeadStage.Mql, l.Stage));
    }

    [Fact]
    public async Task Filtering_by_date_range_compares_instants_across_offsets()
    {
        await using var db = await SeedAsync();

        // 2026-03-03 00:00 UTC .. 2026-03-05 00:00 UTC, given in +02:00: includes day 1 and day 2 (UTC), excludes day 3.
        var from = new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.FromHours(2));
        var to = new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.FromHours(2));
        var result = await db.Queries.SearchAsync(new LeadSearch { From = from, To = to }, Ct);

        Assert.Equal(["lead1@example.com", "lead2@example.com"], result.Items.Select(l => l.Email).Order());
        Assert.All(result.Items, l => Assert.InRange(l.CreatedAt, from, to));
    }

    [Fact]
    public async Task Text_search_matches_name_email_or_company_ignoring_case()
    {
        await using var db = await SeedAsync();

        var byCompany = await db.Queries.SearchAsync(new LeadSearch { Text = "  ACME " }, Ct);
        var byName = await db.Queries.SearchAsync(new LeadSearch { Text = "person 4" }, Ct);
        var byEmail = await db.Queries.SearchAsync(new LeadSearch { Text = "LEAD0@" }, Ct);
        var none = await db.Queries.SearchAsync(new LeadSearch { Text = "nobody" }, Ct);

        Assert.Equal(2, byCompany.Total);
        Assert.All(byCompany.Items, l => Assert.Equal("Acme GmbH", l.Company));
        Assert.Equal("Person 4", Assert.Single(byName.Items).Name);
        Assert.Equal("lead0@example.com", Assert.Single(byEmail.Items).Email);
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Items);
    }

    [Fact]
    public async Task Pages_are_newest_first_with_the_total_count()
    {
        await using var db = await SeedAsync();

        var page1 = await db.Queries.SearchAsync(new LeadSearch { Page = 1, PageSize = 2 }, Ct);
        var page3 = await db.Queries.SearchAsync(new LeadSearch { Page = 3, PageSize = 2 }, Ct);
        var clamped = await db.Queries.SearchAsync(new LeadSearch { PageSize = 10_000 }, Ct);

        Assert.Equal(5, page1.Total);
        Assert.Equal(["lead4@example.com", "lead3@example.com"], page1.Items.Select(l => l.Email));
        Assert.Equal(["lead0@example.com"], page3.Items.Select(l => l.Email));
        Assert.Equal(5, clamped.Items.Count);
        Assert.All(page1.Items, l => Assert.Empty(l.History));

        var withHistory = await db.Queries.SearchAsync(new LeadSearch { PageSize = 1, IncludeHistory = true }, Ct);
        Assert.Single(Assert.Single(withHistory.Items).History);
    }

    [Fact]
    public async Task Get_returns_the_lead_with_history_or_null()
    {
        await using var db = await SeedAsync();
        var any = (await db.Queries.SearchAsync(new LeadSearch { PageSize = 1 }, Ct)).Items[0];

        var lead = await db.Queries.GetAsync(any.Id, Ct);

        Assert.NotNull(lead);
        Assert.Single(lead.History);
        Assert.Null(await db.Queries.GetAsync(Guid.NewGuid(), Ct));
    }

    /// <summary>Five leads, one per day from 2026-03-02 10:00 UTC (stored with different offsets); 0, 2, 4 MQL.</summary>
    private async Task<StorageTestDatabase> SeedAsync()
    {
        var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var baseUtc = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            var offset = TimeSpan.FromHours(i % 2 == 0 ? -5 : 9);
            var at = baseUtc.AddDays(i).ToOffset(offset);
            await db.Leads.SaveQualifiedAsync(
                Submissions.Create(
                    email: $"lead{i}@example.com",
                    stage: i % 2 == 0 ? LeadStage.Mql : LeadStage.Lead,
                    at: at,
                    name: $"Person {i}",
                    company: i is 1 or 3 ? "Acme GmbH" : $"Company {i}",
                    userKey: $"webchat/user-{i}"),
                Ct);
        }

        return db;
    }
}

public sealed class LeadQueriesTestsOnSqlite : LeadQueriesTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class LeadQueriesTestsOnPostgreSql : LeadQueriesTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
