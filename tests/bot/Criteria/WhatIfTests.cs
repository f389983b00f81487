using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Criteria;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>
/// The workbench's what-if on stored leads whose answers are known, against numbers worked out by hand from the
/// repository's policy (needs: sales-automation 30, lead-management 30, crm-integration 25, just-looking 5 not fitting;
/// roles: decides 30, co-decides 25; budget 30 from 10,000 EUR, required; timeline 10 within 6 months, 3 later;
/// threshold 60).
/// </summary>
public abstract class WhatIfScenario(WhatIfScenario.StoredLeads stored)
{
    private static readonly DateTimeOffset November = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _client = stored.Client;

    /// <summary>One host with the leads below, shared by the class: a what-if only reads them (nothing is scored or
    /// stored), so every test sees the same leads.</summary>
    public abstract class StoredLeads : IAsyncLifetime
    {
        private BotHost _host = null!;

        public HttpClient Client { get; private set; } = null!;

        protected virtual Task<Dictionary<string, string?>> SettingsAsync() => Task.FromResult(CriteriaTestKit.Settings());

        public async Task InitializeAsync()
        {
            _host = await BotHost.StartAsync(settings: await SettingsAsync());
            Client = CriteriaTestKit.Client(_host.BaseAddress);
            var scorer = _host.Services.GetRequiredService<PolicyVersions>().Current.Scorer;
            var leads = new List<Lead>();
            void Add(string name, int day, string need, string role, decimal budget, int? months, PaymentPeriod? period = null, LeadStage? stage = null) =>
                leads.Add(CriteriaTestKit.Lead(name, November.AddDays(day), need, role, budget, months, scorer, period, stage: stage));

            // Score now (threshold 60, minimum 10,000) → with minimum 5,000 and threshold 85:
            Add("Anna", 0, "sales-automation", "decides", 50_000m, 2);                // 100 MQL → 100 MQL
            Add("Bert", 1, "crm-integration", "co-decides", 8_000m, 1);               // 60 Lead (budget missing) → 90 MQL: up
            Add("Carla", 2, "lead-management", "co-decides", 20_000m, null);          // 85 MQL → 85 MQL
            Add("Dora", 3, "crm-integration", "co-decides", 12_000m, 12);             // 83 MQL → 83 Lead: down
            Add("Emil", 4, "just-looking", "decides", 6_000m, 1);                     // 45 Lead → 75 Lead (need does not fit)
            Add("Gabi", 5, "crm-integration", "co-decides", 12_000m, 12, stage: LeadStage.Sql); // 83, claimed → 83 Lead: down (stays SQL)
            Add("Hans", 6, "crm-integration", "decides", 500m, 1, PaymentPeriod.Month);  // 6,000 a year: 65 Lead → 95 MQL: up
            Add("Fritz", -20, "crm-integration", "co-decides", 8_000m, 1);            // October: outside the period
            await CriteriaTestKit.StoreAsync(_host.Services, [.. leads]);
        }

        public virtual async Task DisposeAsync()
        {
            Client.Dispose();
            await _host.StopAsync();
            _host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_lower_budget_minimum_and_a_higher_threshold_move_exactly_the_leads_worked_out_by_hand()
    {
        var (version, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["Budget"]!["Minimum"] = 5000;
        policy["MqlThreshold"] = 85;

        using var response = await CriteriaTestKit.PostAsync(_client, "api/criteria/what-if",
            new { policy, from = "2026-11-01", to = "2026-11-30" });
        var result = await CriteriaTestKit.ReadJsonAsync(response);

        Assert.Equal(1, version);
        Assert.Equal(1, result["currentVersion"]!.GetValue<int>());
        Assert.Equal(7, result["leads"]!.GetValue<int>());
        Assert.Equal(4, result["mqlNow"]!.GetValue<int>());       // Anna, Carla, Dora, Gabi
        Assert.Equal(4, result["mqlProposed"]!.GetValue<int>());  // Anna, Bert, Carla, Hans
        Assert.Equal(2, result["movedUpCount"]!.GetValue<int>());
        Assert.Equal(2, result["movedDownCount"]!.GetValue<int>());
        Assert.Equal(3, result["scoreChangedCount"]!.GetValue<int>()); // Bert, Emil, Hans: budgets between 5,000 and 10,000

        var up = result["movedUp"]!.AsArray();
        Assert.Equal(["Hans", "Bert"], up.Select(m => m!["name"]!.GetValue<string>()));
        Assert.Equal([65, 60], up.Select(m => m!["scoreNow"]!.GetValue<int>()));
        Assert.Equal([95, 90], up.Select(m => m!["scoreProposed"]!.GetValue<int>()));
        foreach (var move in up)
        {
            // The one criterion that changed is the budget: from not met with 0 points to met with 30.
            var budget = Assert.Single(move!["criteria"]!.AsArray())!;
            Assert.Equal("budget", budget["criterion"]!.GetValue<string>());
            Assert.Equal(0, budget["pointsNow"]!.GetValue<int>());
            Assert.Equal(30, budget["pointsProposed"]!.GetValue<int>());
            Assert.False(budget["metNow"]!.GetValue<bool>());
            Assert.True(budget["metProposed"]!.GetValue<bool>());
            Assert.Contains("5.000 EUR", budget["reasonProposed"]!.GetValue<string>());
            Assert.Contains("MQL-Schwelle 85", move["reasonProposed"]!.GetValue<string>());
            Assert.Contains("budget", move["reasonNow"]!.GetValue<string>());
        }

        var down = result["movedDown"]!.AsArray();
        Assert.Equal(["Gabi", "Dora"], down.Select(m => m!["name"]!.GetValue<string>()));
        Assert.Equal(["Sql", "Mql"], down.Select(m => m!["stage"]!.GetValue<string>()));
        Assert.All(down, m =>
        {
            Assert.Equal(83, m!["scoreNow"]!.GetValue<int>());
            Assert.Equal(83, m["scoreProposed"]!.GetValue<int>());
            Assert.Empty(m["criteria"]!.AsArray()); // no criterion changed: only the threshold
            Assert.Equal("Kein MQL: Punktzahl 83 liegt unter der MQL-Schwelle 85.", m["reasonProposed"]!.GetValue<string>());
        });

        var changes = result["changes"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(["Qualification:Budget:Minimum", "Qualification:MqlThreshold"], changes);
    }

    [Fact]
    public async Task Without_a_period_every_stored_lead_counts_and_the_lists_are_capped_but_not_the_counts()
    {
        var (_, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["Budget"]!["Minimum"] = 5000;
        policy["MqlThreshold"] = 85;

        using var response = await CriteriaTestKit.PostAsync(_client, "api/criteria/what-if", new { policy, limit = 1 });
        var result = await CriteriaTestKit.ReadJsonAsync(response);

        Assert.Equal(8, result["leads"]!.GetValue<int>());
        Assert.Equal(3, result["movedUpCount"]!.GetValue<int>()); // Fritz (October) as well
        Assert.Equal("Hans", Assert.Single(result["movedUp"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_proposal_the_configuration_would_refuse_gets_400_naming_the_key_and_nothing_is_scored()
    {
        var (_, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["MqlThreshold"] = 500;
        policy["Timeline"]!["MaxMonths"] = 0;

        using var response = await CriteriaTestKit.PostAsync(_client, "api/criteria/what-if", new { policy });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Qualification:Timeline:MaxMonths must be between 1 and 60", text);
    }

    [Theory]
    [InlineData("{\"policy\": {\"MqlTreshold\": 50}}", "MqlTreshold")]
    [InlineData("{\"policy\": {\"MqlThreshold\": \"high\"}}", "policy")]
    [InlineData("{\"policy\": 7}", "policy")]
    [InlineData("{\"from\": \"yesterday\"}", "from")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("{\"policy\": {", "Malformed")]
    public async Task Malformed_what_if_requests_get_400_with_what_is_wrong(string body, string expected)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("api/criteria/what-if", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, text);
    }
}

/// <summary>The what-if on SQLite.</summary>
public sealed class WhatIfTests(WhatIfTests.Leads leads) : WhatIfScenario(leads), IClassFixture<WhatIfTests.Leads>
{
    public sealed class Leads : StoredLeads;
}

/// <summary>The same what-if on PostgreSQL.</summary>
[Trait("Category", "Slow")]
public sealed class WhatIfOnPostgreSqlTests(WhatIfOnPostgreSqlTests.Leads leads) : WhatIfScenario(leads), IClassFixture<WhatIfOnPostgreSqlTests.Leads>
{
    public sealed class Leads : StoredLeads
    {
        private string _connectionString = "";

        protected override async Task<Dictionary<string, string?>> SettingsAsync()
        {
            (var settings, _connectionString) = await CriteriaTestKit.PostgreSqlSettingsAsync("leadbot_whatif");
            return settings;
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await PostgreSqlServer.DropDatabaseAsync(_connectionString);
        }
    }
}
