using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Criteria;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>
/// Re-scoring stored leads is a separate, explicit action: publishing a version changes no stored lead; the re-score is
/// previewed, confirmed for the version in force, records each stage move with who and why, keeps the stages sales set,
/// and announces a new MQL in Teams like any other.
/// </summary>
public class RescoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset November = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private BotHost _host = null!;
    private HttpClient _client = null!;
    private Lead _bert = null!;
    private Lead _dora = null!;
    private Lead _gabi = null!;
    private Lead _anna = null!;

    /// <summary>The host's settings beyond the kit's (the PostgreSQL variant adds its database).</summary>
    protected virtual Task<Dictionary<string, string?>> SettingsAsync() => Task.FromResult(CriteriaTestKit.Settings());

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(settings: await SettingsAsync());
        _client = CriteriaTestKit.Client(_host.BaseAddress);
        var scorer = _host.Services.GetRequiredService<PolicyVersions>().Current.Scorer;
        _anna = CriteriaTestKit.Lead("Anna", November, "sales-automation", "decides", 50_000m, 2, scorer);
        _bert = CriteriaTestKit.Lead("Bert", November.AddDays(1), "crm-integration", "co-decides", 8_000m, 1, scorer);
        _dora = CriteriaTestKit.Lead("Dora", November.AddDays(2), "crm-integration", "co-decides", 12_000m, 12, scorer);
        _gabi = CriteriaTestKit.Lead("Gabi", November.AddDays(3), "crm-integration", "co-decides", 12_000m, 12, scorer, stage: LeadStage.Sql);
        await CriteriaTestKit.StoreAsync(_host.Services, _anna, _bert, _dora, _gabi);

        var (version, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["Budget"]!["Minimum"] = 5000;
        policy["MqlThreshold"] = 85;
        (await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy, note = "smaller budgets, higher bar" })).EnsureSuccessStatusCode();
    }

    public virtual async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.StopAsync();
        _host.DeleteDatabase();
    }

    [Fact]
    public async Task Publishing_changes_no_stored_lead_and_the_preview_says_what_a_rescore_would_do()
    {
        Assert.Equal(1, (await CriteriaTestKit.ReadLeadAsync(_host.Services, _bert.Id)).PolicyVersion);
        Assert.Equal(LeadStage.Lead, (await CriteriaTestKit.ReadLeadAsync(_host.Services, _bert.Id)).Stage);

        using var response = await CriteriaTestKit.PostAsync(_client, "api/criteria/rescore/preview", new { from = "2026-11-01", to = "2026-11-30" });
        var preview = await CriteriaTestKit.ReadJsonAsync(response);
        Assert.Equal(2, preview["version"]!.GetValue<int>());
        Assert.Equal(4, preview["leads"]!.GetValue<int>());
        Assert.Equal(4, preview["outdated"]!.GetValue<int>());
        Assert.Equal(1, preview["moveUp"]!.GetValue<int>());   // Bert
        Assert.Equal(1, preview["moveDown"]!.GetValue<int>()); // Dora; Gabi stays SQL
    }

    [Fact]
    public async Task A_confirmed_rescore_moves_leads_between_lead_and_mql_with_who_and_why_and_keeps_sales_stages()
    {
        using var response = await CriteriaTestKit.PostAsync(_client, "api/criteria/rescore",
            new { version = 2, from = "2026-11-01", to = "2026-11-30", note = "after the Q4 review", confirm = true });
        var result = await CriteriaTestKit.ReadJsonAsync(response);
        Assert.Equal(4, result["rescored"]!.GetValue<int>());
        Assert.Equal(1, result["movedUp"]!.GetValue<int>());
        Assert.Equal(1, result["movedDown"]!.GetValue<int>());

        var bert = await CriteriaTestKit.ReadLeadAsync(_host.Services, _bert.Id);
        Assert.Equal(LeadStage.Mql, bert.Stage);
        Assert.Equal(90, bert.Score);
        Assert.Equal(2, bert.PolicyVersion);
        var move = bert.History.OrderBy(h => h.Id).Last();
        Assert.Equal(LeadStage.Lead, move.From);
        Assert.Equal(LeadStage.Mql, move.To);
        Assert.Equal("Maria (Marketing)", move.ChangedBy);
        Assert.StartsWith("Re-scored with policy version 2 (after the Q4 review): ", move.Reason);

        var dora = await CriteriaTestKit.ReadLeadAsync(_host.Services, _dora.Id);
        Assert.Equal(LeadStage.Lead, dora.Stage);
        Assert.Equal(2, dora.PolicyVersion);

        var gabi = await CriteriaTestKit.ReadLeadAsync(_host.Services, _gabi.Id);
        Assert.Equal(LeadStage.Sql, gabi.Stage);
        Assert.Equal(2, gabi.PolicyVersion);
        Assert.Equal(_gabi.History.Count, gabi.History.Count);

        var anna = await CriteriaTestKit.ReadLeadAsync(_host.Services, _anna.Id);
        Assert.Equal(LeadStage.Mql, anna.Stage);
        Assert.Equal(_anna.History.Count, anna.History.Count);
        Assert.Equal(100, anna.Score);

        // The new MQL is announced in Teams like any other (the outbox row); the lead that left MQL gets none.
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Outbox.AnyAsync(o => o.LeadId == _bert.Id && o.Kind == OutboxMessage.MqlNotification));
        Assert.False(await db.Outbox.AnyAsync(o => o.LeadId == _dora.Id));

        // Again: nothing left to do.
        using var again = await CriteriaTestKit.PostAsync(_client, "api/criteria/rescore",
            new { version = 2, from = "2026-11-01", to = "2026-11-30", confirm = true });
        Assert.Equal(0, (await CriteriaTestKit.ReadJsonAsync(again))["rescored"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_rescore_needs_the_confirmation_an_author_and_the_version_in_force()
    {
        using var unconfirmed = await CriteriaTestKit.PostAsync(_client, "api/criteria/rescore", new { version = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("confirm", await unconfirmed.Content.ReadAsStringAsync());

        using var old = await CriteriaTestKit.PostAsync(_client, "api/criteria/rescore", new { version = 1, confirm = true });
        Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);

        using (var anonymous = CriteriaTestKit.Client(_host.BaseAddress, who: null))
        using (var noAuthor = await CriteriaTestKit.PostAsync(anonymous, "api/criteria/rescore", new { version = 2, confirm = true }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noAuthor.StatusCode);
        }

        Assert.Equal(1, (await CriteriaTestKit.ReadLeadAsync(_host.Services, _bert.Id)).PolicyVersion);
    }
}

/// <summary>The same re-score on PostgreSQL (the conditional updates and the breakdown's JSON column there).</summary>
[Trait("Category", "Slow")]
public sealed class RescoreOnPostgreSqlTests : RescoreTests
{
    private string _connectionString = "";

    protected override async Task<Dictionary<string, string?>> SettingsAsync()
    {
        (var settings, _connectionString) = await CriteriaTestKit.PostgreSqlSettingsAsync("leadbot_rescore");
        return settings;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(_connectionString);
    }
}
