using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Funnel;

namespace LeadBot.Bot.Tests.Dashboard;

/// <summary>
/// The API behind the dashboard's charts (<c>GET /dashboard/api/funnel</c>), against conversations driven over real
/// HTTP (<see cref="DashboardScenario"/>): every figure equals the hand count; filters narrow it; bad filters get 400.
/// The tests only read, so the class drives the scenario once (<see cref="Scenario"/>).
/// </summary>
public sealed class DashboardApiTests(DashboardApiTests.Scenario shared) : IClassFixture<DashboardApiTests.Scenario>, IDisposable
{
    /// <summary>The scenario's conversations on one host, shared by the tests of this class.</summary>
    public sealed class Scenario : IAsyncLifetime
    {
        public DashboardScenario Run { get; private set; } = null!;

        public async Task InitializeAsync() => Run = await DashboardScenario.RunAsync();

        public async Task DisposeAsync() => await Run.Driver.DisposeAsync();
    }

    private readonly DashboardScenario scenario = shared.Run;
    private readonly HttpClient api = shared.Run.Driver.ApiClient();

    public void Dispose() => api.Dispose();

    private string Period => $"from={scenario.Day:yyyy-MM-dd}&to={scenario.Day:yyyy-MM-dd}";

    private static long Count(JsonNode node, string name) => node[name]!.GetValue<long>();

    private static Dictionary<string, long> ByKey(JsonNode array, string key, string value) =>
        array.AsArray().ToDictionary(n => n![key]!.GetValue<string>(), n => n![value]!.GetValue<long>());

    [Fact]
    public async Task The_funnel_figures_are_what_the_conversations_did()
    {
        var report = (await api.GetFromJsonAsync<JsonObject>($"dashboard/api/funnel?{Period}"))!;

        var totals = report["totals"]!;
        Assert.Equal(DashboardScenario.Started, Count(totals, "started"));
        Assert.Equal(DashboardScenario.Consented, Count(totals, "consented"));
        Assert.Equal(DashboardScenario.Leads, Count(totals, "leads"));
        Assert.Equal(DashboardScenario.Mql, Count(totals, "mql"));
        Assert.Equal(DashboardScenario.Sql, Count(totals, "sql"));
        Assert.Equal(DashboardScenario.Opportunity, Count(totals, "opportunity"));
        Assert.Equal((1, 2, 1, 1), (Count(totals, "declined"), Count(totals, "abandoned"), Count(totals, "cancelled"), Count(totals, "open")));

        var funnel = ByKey(report["funnel"]!, "point", "count");
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["started"] = 9, ["consentAsked"] = 9, ["consented"] = 7, ["name"] = 7, ["email"] = 7, ["company"] = 6, ["phone"] = 5, ["need"] = 5,
                ["authority"] = 5, ["budget"] = 5, ["timeline"] = 4, ["summary"] = 4, ["lead"] = 4, ["mql"] = 3, ["sql"] = 1, ["opportunity"] = 1,
            },
            funnel);

        var dropOff = report["dropOff"]!.AsArray().ToDictionary(n => n!["step"]!.GetValue<string>(), n => n!);
        Assert.Equal((0, 0, 1, 1), Drop(dropOff["consent"]));
        Assert.Equal((1, 0, 0, 0), Drop(dropOff["email"]));
        Assert.Equal((0, 1, 0, 0), Drop(dropOff["company"]));
        Assert.Equal((1, 0, 0, 0), Drop(dropOff["budget"]));
        Assert.All(new[] { "name", "phone", "need", "authority", "timeline", "confirm" }, step => Assert.Equal((0, 0, 0, 0), Drop(dropOff[step])));

        var reasks = report["reasks"]!.AsArray().ToDictionary(n => n!["step"]!.GetValue<string>(), n => n!);
        Assert.Equal((8, 1), (Count(reasks["email"], "asked"), Count(reasks["email"], "reasked")));
        Assert.Equal(0.125, reasks["email"]["rate"]!.GetValue<double>());
        Assert.Equal((7, 0), (Count(reasks["name"], "asked"), Count(reasks["name"], "reasked")));
        Assert.Equal(9, Count(reasks["consent"], "asked"));

        var sources = report["bySource"]!.AsArray().ToDictionary(n => $"{n!["source"]}|{n["campaign"]}", n => n!);
        Assert.Equal(3, sources.Count);
        Assert.Equal((4, 3, 2, 1, 1), Conversion(sources["newsletter|herbst"]));
        Assert.Equal((2, 1, 1, 0, 0), Conversion(sources["linkedin|spring"]));
        Assert.Equal((3, 0, 0, 0, 0), Conversion(sources["|"]));
        Assert.Equal(0.5, sources["newsletter|herbst"]["mqlRate"]!.GetValue<double>());

        var languages = report["byLanguage"]!.AsArray().ToDictionary(n => n!["language"]!.GetValue<string>(), n => n!);
        Assert.Equal((5, 2, 2, 1, 1), Conversion(languages["de"]));
        Assert.Equal((4, 2, 1, 0, 0), Conversion(languages["en"]));

        // Ten answers at 20 seconds each from the first message to the stored lead: 200 s for each of the three MQL.
        var time = report["timeToQualify"]!;
        Assert.Equal(3, Count(time, "count"));
        Assert.Equal(200, time["medianSeconds"]!.GetValue<double>());
        Assert.Equal(200, time["p90Seconds"]!.GetValue<double>());
        Assert.Equal([0, 3, 0, 0, 0, 0, 0], time["buckets"]!.AsArray().Select(b => b!["count"]!.GetValue<long>()));

        var week = Assert.Single(report["stageFlow"]!.AsArray())!;
        Assert.Equal((1, 3, 1, 1, 0), (Count(week, "lead"), Count(week, "mql"), Count(week, "sql"), Count(week, "opportunity"), Count(week, "disqualified")));
    }

    private static (long, long, long, long) Drop(JsonNode step) =>
        (Count(step, "abandoned"), Count(step, "cancelled"), Count(step, "declined"), Count(step, "open"));

    private static (long, long, long, long, long) Conversion(JsonNode row) =>
        (Count(row, "started"), Count(row, "leads"), Count(row, "mql"), Count(row, "sql"), Count(row, "opportunity"));

    [Fact]
    public async Task A_source_and_campaign_narrow_every_figure_to_their_conversations()
    {
        var report = (await api.GetFromJsonAsync<JsonObject>($"dashboard/api/funnel?{Period}&channel=emulator&source=newsletter&campaign=herbst"))!;
        var totals = report["totals"]!;
        Assert.Equal((4, 4, 3, 2, 1, 1), (Count(totals, "started"), Count(totals, "consented"), Count(totals, "leads"), Count(totals, "mql"), Count(totals, "sql"), Count(totals, "opportunity")));
        Assert.Equal(1, Count(totals, "abandoned"));
        var week = Assert.Single(report["stageFlow"]!.AsArray())!;
        Assert.Equal((1, 2, 1, 1), (Count(week, "lead"), Count(week, "mql"), Count(week, "sql"), Count(week, "opportunity")));

        var none = (await api.GetFromJsonAsync<JsonObject>($"dashboard/api/funnel?{Period}&source=newsletter&campaign=spring"))!;
        Assert.Equal(0, Count(none["totals"]!, "started"));
    }

    [Fact]
    public async Task The_sources_of_a_period_fill_the_filter_choices()
    {
        var sources = (await api.GetFromJsonAsync<JsonObject>($"dashboard/api/funnel/sources?{Period}"))!;
        Assert.Equal(["emulator"], sources["channels"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["linkedin", "newsletter"], sources["sources"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["herbst", "spring"], sources["campaigns"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task A_period_before_the_conversations_has_zero_everywhere_and_one_row_per_week()
    {
        var from = scenario.Day.AddDays(-30);
        var to = scenario.Day.AddDays(-1);
        var report = (await api.GetFromJsonAsync<JsonObject>($"dashboard/api/funnel?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"))!;
        Assert.Equal(0, Count(report["totals"]!, "started"));
        Assert.All(report["funnel"]!.AsArray(), p => Assert.Equal(0, Count(p!, "count")));
        Assert.Empty(report["bySource"]!.AsArray());
        Assert.Null(report["timeToQualify"]!["medianSeconds"]);
        Assert.InRange(report["stageFlow"]!.AsArray().Count, 5, 6);
        Assert.All(report["stageFlow"]!.AsArray(), w => Assert.Equal(0, Count(w!, "mql")));
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-12-01")]
    [InlineData("from=yesterday")]
    [InlineData("from=2026-12-02&to=2026-12-01")]
    [InlineData("from=2000-01-01&to=2026-12-01")]
    [InlineData("from=2026-12-01&to=2026-12-01&campaign=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task A_malformed_filter_is_answered_400_naming_what_is_expected(string query)
    {
        using var response = await api.GetAsync($"dashboard/api/funnel?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-MM-dd", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_sign_in_the_api_answers_401_and_a_wrong_key_does_not_help()
    {
        using var anonymous = scenario.Driver.Host.CreateClient();
        using var response = await anonymous.GetAsync($"dashboard/api/funnel?{Period}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-at-all-0000");
        using var wrong = await anonymous.GetAsync($"dashboard/api/funnel?{Period}");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.DoesNotContain("newsletter", await wrong.Content.ReadAsStringAsync());
    }
}
