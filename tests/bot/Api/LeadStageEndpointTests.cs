using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Criteria;
using LeadBot.Bot.Tests.Criteria;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Api;

/// <summary>
/// <c>POST /api/leads/{id}/stage</c> over real HTTP: the Teams card's rules (claim an MQL with an owner, an offer only for
/// a claimed lead, disqualify with a reason), who acted in the stage history (X-Requested-By, or the CRM named by its
/// callback key), and 400/404/409 for what cannot be done.
/// </summary>
/// <remarks>The tests that must change nothing share one host (<see cref="StoredLeads"/>), and each of them also proves
/// that the others changed nothing; a test that changes a stage starts stored leads of its own.</remarks>
public sealed class LeadStageEndpointTests(LeadStageEndpointTests.StoredLeads shared) : IClassFixture<LeadStageEndpointTests.StoredLeads>
{
    private const string CallbackKey = "hubspot-callback-key-0123456789";
    private static readonly DateTimeOffset November = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly BotHost _host = shared.Host;
    private readonly HttpClient _sales = shared.Sales;
    private readonly Lead _mql = shared.Mql;

    /// <summary>A host with a CRM receiver that may report stages, an MQL (Anna) and a plain lead (Emil).</summary>
    public sealed class StoredLeads : IAsyncLifetime, IAsyncDisposable
    {
        public BotHost Host { get; private set; } = null!;

        public HttpClient Sales { get; private set; } = null!;

        public Lead Mql { get; private set; } = null!;

        public Lead Lead { get; private set; } = null!;

        public static async Task<StoredLeads> StartAsync()
        {
            var leads = new StoredLeads();
            await leads.InitializeAsync();
            return leads;
        }

        public async Task InitializeAsync()
        {
            Host = await BotHost.StartAsync(settings: CriteriaTestKit.Settings(new Dictionary<string, string?>
            {
                ["Webhooks:Endpoints:0:Name"] = "hubspot",
                ["Webhooks:Endpoints:0:DisplayName"] = "HubSpot",
                ["Webhooks:Endpoints:0:Url"] = "https://crm.example.invalid/hook",
                ["Webhooks:Endpoints:0:Secret"] = new string('s', 40),
                ["Webhooks:Endpoints:0:CallbackKey"] = CallbackKey,
                ["Webhooks:PollSeconds"] = "3600",
            }));
            Sales = CriteriaTestKit.Client(Host.BaseAddress, who: "Jane Doe (CRM import)");
            var scorer = Host.Services.GetRequiredService<PolicyVersions>().Current.Scorer;
            Mql = CriteriaTestKit.Lead("Anna", November, "sales-automation", "decides", 50_000m, 2, scorer);
            Lead = CriteriaTestKit.Lead("Emil", November, "just-looking", "decides", 6_000m, 1, scorer);
            await CriteriaTestKit.StoreAsync(Host.Services, Mql, Lead);
        }

        public async Task DisposeAsync()
        {
            Sales.Dispose();
            await Host.StopAsync();
            Host.DeleteDatabase();
        }

        async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
    }

    private static Task<HttpResponseMessage> Stage(HttpClient client, Guid id, object body) => client.PostAsJsonAsync($"api/leads/{id}/stage", body);

    [Fact]
    public async Task Claim_then_offer_then_disqualify_follow_the_teams_rules_and_record_who()
    {
        await using var own = await StoredLeads.StartAsync();
        using var claim = await Stage(own.Sales, own.Mql.Id, new { stage = "Sql", owner = "Sam Sales" });
        var claimed = await CriteriaTestKit.ReadJsonAsync(claim);
        Assert.True(claimed["changed"]!.GetValue<bool>());
        Assert.Equal("Sql", claimed["lead"]!["stage"]!.GetValue<string>());
        Assert.Equal("Sam Sales", claimed["lead"]!["owner"]!.GetValue<string>());

        using var offer = await Stage(own.Sales, own.Mql.Id, new { stage = "opportunity" });
        Assert.Equal("Opportunity", (await CriteriaTestKit.ReadJsonAsync(offer))["lead"]!["stage"]!.GetValue<string>());

        using var close = await Stage(own.Sales, own.Mql.Id, new { stage = "Disqualified", reason = "Chose a competitor" });
        Assert.Equal("Disqualified", (await CriteriaTestKit.ReadJsonAsync(close))["lead"]!["stage"]!.GetValue<string>());

        var lead = await CriteriaTestKit.ReadLeadAsync(own.Host.Services, own.Mql.Id);
        var changes = lead.History.OrderBy(h => h.Id).Skip(1).ToList();
        Assert.Equal([LeadStage.Sql, LeadStage.Opportunity, LeadStage.Disqualified], changes.Select(c => c.To));
        Assert.All(changes, c => Assert.Equal("Jane Doe (CRM import)", c.ChangedBy));
        Assert.Equal("Claimed in the sales API", changes[0].Reason);
        Assert.Equal("Chose a competitor", changes[2].Reason);
        Assert.Equal("Sam Sales", lead.Owner);
    }

    [Fact]
    public async Task A_crm_with_its_callback_key_is_recorded_by_its_name_and_may_do_nothing_else()
    {
        await using var own = await StoredLeads.StartAsync();
        using var crm = new HttpClient { BaseAddress = own.Host.BaseAddress };
        crm.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, CallbackKey);

        using var claim = await Stage(crm, own.Mql.Id, new { stage = "Sql", owner = "Sam Sales" });
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        var change = (await CriteriaTestKit.ReadLeadAsync(own.Host.Services, own.Mql.Id)).History.OrderBy(h => h.Id).Last();
        Assert.Equal("HubSpot", change.ChangedBy);
        Assert.Equal("Claimed in HubSpot", change.Reason);

        using var read = await crm.GetAsync($"api/leads/{own.Mql.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task Changes_the_rules_forbid_get_409_with_the_current_stage_and_change_nothing()
    {
        await using var own = await StoredLeads.StartAsync();
        using var offerFirst = await Stage(own.Sales, own.Mql.Id, new { stage = "Opportunity" });
        Assert.Equal(HttpStatusCode.Conflict, offerFirst.StatusCode);
        var problem = JsonNode.Parse(await offerFirst.Content.ReadAsStringAsync())!;
        Assert.Equal("Mql", problem["stage"]!.GetValue<string>());
        Assert.Contains("Claim the lead first", problem["detail"]!.GetValue<string>());

        using var claimLead = await Stage(own.Sales, own.Lead.Id, new { stage = "Sql", owner = "Sam Sales" });
        Assert.Equal(HttpStatusCode.Conflict, claimLead.StatusCode);
        using var disqualifyLead = await Stage(own.Sales, own.Lead.Id, new { stage = "Disqualified", reason = "no fit" });
        Assert.Equal(HttpStatusCode.Conflict, disqualifyLead.StatusCode);

        (await Stage(own.Sales, own.Mql.Id, new { stage = "Sql", owner = "Sam Sales" })).EnsureSuccessStatusCode();
        using var repeat = await Stage(own.Sales, own.Mql.Id, new { stage = "Sql", owner = "Sam Sales" });
        Assert.False((await CriteriaTestKit.ReadJsonAsync(repeat))["changed"]!.GetValue<bool>());
        using var otherOwner = await Stage(own.Sales, own.Mql.Id, new { stage = "Sql", owner = "Someone Else" });
        Assert.Equal(HttpStatusCode.Conflict, otherOwner.StatusCode);
        Assert.Contains("Sam Sales", await otherOwner.Content.ReadAsStringAsync());

        Assert.Equal(2, (await CriteriaTestKit.ReadLeadAsync(own.Host.Services, own.Mql.Id)).History.Count);
        Assert.Single((await CriteriaTestKit.ReadLeadAsync(own.Host.Services, own.Lead.Id)).History);
    }

    [Theory]
    [InlineData("{\"stage\": \"Sql\"}", "owner")]
    [InlineData("{\"stage\": \"Disqualified\"}", "reason")]
    [InlineData("{\"stage\": \"Disqualified\", \"reason\": \"   \"}", "reason")]
    [InlineData("{\"stage\": \"Mql\"}", "set by the bot")]
    [InlineData("{\"stage\": \"Lead\"}", "set by the bot")]
    [InlineData("{\"stage\": \"Won\"}", "stage")]
    [InlineData("{\"stage\": 2}", "stage")]
    [InlineData("{}", "stage")]
    [InlineData("{\"stage\": \"Sql\", \"owner\": 5}", "owner")]
    [InlineData("[\"Sql\"]", "JSON object")]
    [InlineData("{\"stage\": ", "JSON object")]
    [InlineData("", "JSON object")]
    public async Task Malformed_or_incomplete_requests_get_400_and_change_nothing(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _sales.PostAsync($"api/leads/{_mql.Id}/stage", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Single((await CriteriaTestKit.ReadLeadAsync(_host.Services, _mql.Id)).History);
    }

    [Fact]
    public async Task Unknown_leads_get_404_and_callers_without_a_key_or_a_name_are_refused()
    {
        using var unknown = await Stage(_sales, Guid.NewGuid(), new { stage = "Sql", owner = "Sam" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notAGuid = await _sales.PostAsJsonAsync("api/leads/12345/stage", new { stage = "Sql", owner = "Sam" });
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);

        using (var anonymous = new HttpClient { BaseAddress = _host.BaseAddress })
        using (var noKey = await Stage(anonymous, _mql.Id, new { stage = "Sql", owner = "Sam" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        }

        using (var nameless = CriteriaTestKit.Client(_host.BaseAddress, who: null))
        using (var noName = await Stage(nameless, _mql.Id, new { stage = "Sql", owner = "Sam" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
            Assert.Contains("X-Requested-By", await noName.Content.ReadAsStringAsync());
        }

        Assert.Single((await CriteriaTestKit.ReadLeadAsync(_host.Services, _mql.Id)).History);
    }

    [Fact]
    public async Task Two_claims_at_once_one_wins_the_other_gets_409()
    {
        await using var own = await StoredLeads.StartAsync();
        var first = Stage(own.Sales, own.Mql.Id, new { stage = "Sql", owner = "Sam Sales" });
        var second = Stage(own.Sales, own.Mql.Id, new { stage = "Sql", owner = "Kim Sales" });
        var answers = await Task.WhenAll(first, second);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(2, (await CriteriaTestKit.ReadLeadAsync(own.Host.Services, own.Mql.Id)).History.Count);
    }
}
