using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Api;

/// <summary>
/// The sales API over real HTTP on a seeded database. Tests that only read share one seeded host (<see cref="SeededApi"/>);
/// a test that adds leads starts a seeded host of its own, so the counts the others assert never change.
/// </summary>
public sealed class SalesApiTests(SalesApiTests.SeededApi shared) : IClassFixture<SalesApiTests.SeededApi>
{
    private const string Key = "test-key-0123456789abcdef";
    private readonly BotHost _host = shared.Host;
    private readonly HttpClient _client = shared.Client;
    private readonly Lead _mql = shared.Mql;

    /// <summary>A host with the API key and three leads (an MQL and two plain leads).</summary>
    public sealed class SeededApi : IAsyncLifetime, IAsyncDisposable
    {
        public BotHost Host { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        public Lead Mql { get; private set; } = null!;

        public static async Task<SeededApi> StartAsync()
        {
            var api = new SeededApi();
            await api.InitializeAsync();
            return api;
        }

        public async Task InitializeAsync()
        {
            Host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = Key });
            Client = Host.CreateClient();
            Client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, Key);
            Mql = await SeedAsync(Host);
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Host.StopAsync();
            Host.DeleteDatabase();
        }

        async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
    }

    [Fact]
    public async Task Without_a_configured_key_the_api_is_disabled()
    {
        await using var host = await BotHost.StartAsync();
        try
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, "");
            using var list = await client.GetAsync("api/leads");
            using var one = await client.GetAsync($"api/leads/{Guid.NewGuid()}");

            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, one.StatusCode);
            Assert.Contains("disabled", await list.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("test-key-0123456789abcdeF")]
    [InlineData("test-key-0123456789abcdef0")]
    public async Task A_missing_or_wrong_key_gets_401(string? key)
    {
        using var client = _host.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, key);
        }

        using var response = await client.GetAsync("api/leads");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Erika", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_key_lists_leads_newest_first_with_their_details()
    {
        var page = await GetJsonAsync("api/leads");

        Assert.Equal(3, page["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray();
        Assert.Equal(["Carla Neu", "Bernd Beispiel", "Erika Musterfrau"], items.Select(i => i!["name"]!.GetValue<string>()));
        var erika = items[2]!;
        Assert.Equal("Mql", erika["stage"]!.GetValue<string>());
        Assert.Equal(50000m, erika["budget"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("EUR", erika["budget"]!["currency"]!.GetValue<string>());
        Assert.Equal("2027-02-01", erika["timeline"]!["start"]!.GetValue<string>());
        Assert.Equal("erika@example.com", erika["email"]!.GetValue<string>());
        Assert.Equal("budget", erika["scoreBreakdown"]![0]!["criterion"]!.GetValue<string>());
        Assert.Equal("Mql", erika["history"]![0]!["to"]!.GetValue<string>());
        Assert.Equal("v1", erika["consent"]!["textVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filters_by_stage_text_and_date_and_pages()
    {
        var mql = await GetJsonAsync("api/leads?stage=mql");
        Assert.Equal(1, mql["total"]!.GetValue<int>());
        Assert.Equal(_mql.Id.ToString(), mql["items"]![0]!["id"]!.GetValue<string>());

        var text = await GetJsonAsync("api/leads?q=BEISPIEL.DE");
        Assert.Equal("Bernd Beispiel", Assert.Single(text["items"]!.AsArray())!["name"]!.GetValue<string>());

        var dated = await GetJsonAsync("api/leads?from=2026-11-02&to=2026-11-02");
        Assert.Equal("Bernd Beispiel", Assert.Single(dated["items"]!.AsArray())!["name"]!.GetValue<string>());

        var second = await GetJsonAsync("api/leads?page=2&pageSize=2");
        Assert.Equal(3, second["total"]!.GetValue<int>());
        Assert.Equal("Erika Musterfrau", Assert.Single(second["items"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_lead_the_bot_saved_is_listed_and_found_by_id_with_its_details()
    {
        await using var own = await SeededApi.StartAsync();
        var submission = LeadBot.Bot.Tests.Storage.Submissions.Create(email: "Ada@Example.com", at: new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.FromHours(1)));
        submission.Answers.BudgetMinimum = 40_000.25m;
        var saved = await own.Host.Services.GetRequiredService<ILeadRepository>().SaveQualifiedAsync(submission, CancellationToken.None);

        var page = await GetJsonAsync(own.Client, "api/leads?stage=mql&q=ada@example&from=2026-11-05&to=2026-11-05");
        var listed = Assert.Single(page["items"]!.AsArray())!;
        var byId = await GetJsonAsync(own.Client, $"api/leads/{saved.Id}");
        foreach (var lead in new[] { listed, byId })
        {
            Assert.Equal(saved.Id.ToString(), lead["id"]!.GetValue<string>());
            Assert.Equal(("Ada Lovelace", "Ada@Example.com", "Mql", 80), (lead["name"]!.GetValue<string>(), lead["email"]!.GetValue<string>(), lead["stage"]!.GetValue<string>(), lead["score"]!.GetValue<int>()));
            Assert.Equal((50_000m, 40_000.25m, "EUR"), (lead["budget"]!["amount"]!.GetValue<decimal>(), lead["budget"]!["minimum"]!.GetValue<decimal>(), lead["budget"]!["currency"]!.GetValue<string>()));
            Assert.Equal("2026-05-01", lead["timeline"]!["start"]!.GetValue<string>());
            Assert.Equal(submission.At, lead["createdAt"]!.GetValue<DateTimeOffset>());
            Assert.Equal(submission.Answers.Consent!.GivenAt, lead["consent"]!["givenAt"]!.GetValue<DateTimeOffset>());
            Assert.Equal(["need", "budget", "timeline"], lead["scoreBreakdown"]!.AsArray().Select(i => i!["criterion"]!.GetValue<string>()));
            var change = Assert.Single(lead["history"]!.AsArray())!;
            Assert.Equal(("Mql", "All criteria met"), (change["to"]!.GetValue<string>(), change["reason"]!.GetValue<string>()));
            Assert.Equal("spring-2026", lead["source"]!["campaign"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("stage=Customer")]
    [InlineData("stage=1")]
    [InlineData("from=gestern")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("pageSize=abc")]
    public async Task Bad_query_values_get_400(string query)
    {
        using var response = await _client.GetAsync($"api/leads?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("to=9999-12-31", 200)]
    [InlineData("from=9999-12-31", 200)]
    [InlineData("from=0001-01-01&to=0001-01-01", 200)]
    [InlineData("to=9999-12-31T23:59:59-14:00", 400)]
    [InlineData("from=0001-01-01T00:00:00%2B14:00", 400)]
    [InlineData("from=2026-12-02T10:00:00%2B25:00", 400)]
    [InlineData("to=10000-01-01", 400)]
    [InlineData("page=2147483647&pageSize=200", 400)]
    [InlineData("page=1073741823&pageSize=200", 200)]
    [InlineData("stage=%ED%A0%80", 400)]
    [InlineData("q=%00", 400)]
    [InlineData("q=a%0Ab", 400)]
    public async Task Dates_and_pages_at_the_edges_of_the_calendar_get_an_answer_never_a_500(string query, int status)
    {
        using var list = await _client.GetAsync($"api/leads?{query}");
        Assert.Equal(status, (int)list.StatusCode);
        using var export = await _client.GetAsync($"api/leads/export.csv?{query.Replace("page=", "ignored=", StringComparison.Ordinal)}");
        Assert.True((int)export.StatusCode < 500, $"export.csv?{query} answered {(int)export.StatusCode}");
    }

    [Fact]
    public async Task One_lead_by_id_and_404_for_an_unknown_id()
    {
        var lead = await GetJsonAsync($"api/leads/{_mql.Id}");
        Assert.Equal("Erika Musterfrau", lead["name"]!.GetValue<string>());
        Assert.Equal("Beispiel AG", lead["company"]!.GetValue<string>());

        using var unknown = await _client.GetAsync($"api/leads/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notAGuid = await _client.GetAsync("api/leads/not-a-guid");
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);
    }

    [Fact]
    public void Key_comparison_is_exact()
    {
        Assert.True(SalesApi.KeyMatches(Key, Key));
        Assert.False(SalesApi.KeyMatches(Key.ToUpperInvariant(), Key));
        Assert.False(SalesApi.KeyMatches(null, Key));
        Assert.False(SalesApi.KeyMatches("", Key));
    }

    private Task<JsonNode> GetJsonAsync(string url) => GetJsonAsync(_client, url);

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task The_csv_export_lists_the_filtered_leads_and_defuses_spreadsheet_formulas()
    {
        await using var own = await SeededApi.StartAsync();
        var factory = own.Host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var hostile = NewLead("=HYPERLINK(\"http://evil.example\",\"click\")", "hostile@example.com", new DateTimeOffset(2026, 11, 4, 8, 0, 0, TimeSpan.Zero), LeadStage.Mql);
            hostile.Company = "+SUM(1,2)";
            hostile.Phone = "-1+2";
            hostile.NeedText = "@cmd, \"quoted\"";
            db.Leads.Add(hostile);
            await db.SaveChangesAsync();
        }

        using var response = await own.Client.GetAsync("api/leads/export.csv?stage=Mql");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, csv);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("leads.csv", response.Content.Headers.ContentDisposition!.ToString());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,createdAt,stage,score,name,email,company,phone", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.True(lines.Any(l => l.Contains("Erika Musterfrau") && l.Contains(",50000,EUR,")), string.Join("\n", lines));
        var row = lines.Single(l => l.Contains("hostile@example.com"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", row);
        Assert.Contains("\"'+SUM(1,2)\"", row);
        Assert.Contains(",'-1+2,", row);
        Assert.Contains("\"'@cmd, \"\"quoted\"\"\"", row);
        Assert.DoesNotContain(",=", row);
        Assert.DoesNotContain(",+", row);

        using var refused = await new HttpClient { BaseAddress = own.Host.BaseAddress }.GetAsync("api/leads/export.csv");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task No_column_of_the_csv_export_starts_a_formula_whatever_separator_the_spreadsheet_splits_at()
    {
        await using var own = await SeededApi.StartAsync();
        var factory = own.Host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var hostile = NewLead("\uFF1D1+1", "separators@example.com", new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero), LeadStage.Mql);
            hostile.Company = "Acme;=1+1";
            hostile.Phone = "0301234\t@SUM(A1)";
            hostile.NeedText = "leads|-2+3+cmd|' /C calc'!A0";
            hostile.AuthorityText = "ich，＋1；﹦2";
            hostile.BudgetText = "ca. 10 - 20 k \"=1\"";
            hostile.TimelineText = "bald\r\n=IMPORTXML(1)";
            db.Leads.Add(hostile);
            await db.SaveChangesAsync();
        }

        using var response = await own.Client.GetAsync("api/leads/export.csv");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, csv);

        // What an importer that does not know our separator sees: the text split at any of them, quotes and spaces trimmed.
        var columns = csv.Split([',', ';', '\t', '|', '\r', '\n', '\uFF0C', '\uFF1B', '\uFF5C'])
            .Select(c => c.Trim().Trim('"').Trim())
            .Where(c => c.Length > 0)
            .ToList();
        Assert.Contains(columns, c => c.Contains("1+1", StringComparison.Ordinal)); // the values are still there
        var formulas = columns.Where(c => c[0] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20' or '\uFE66' or '\uFE62' or '\uFE63' or '\uFE6B').ToList();
        Assert.True(formulas.Count == 0, "columns that start a formula: " + string.Join(" | ", formulas));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30 1234567", "'+49 30 1234567")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=cmd", "\"\t'=cmd\"")]
    [InlineData("Acme;=1+1", "\"Acme;'=1+1\"")]
    [InlineData("Acme,+1", "\"Acme,'+1\"")]
    [InlineData("a|@b", "a|'@b")]
    [InlineData("a\n-1", "\"a\n'-1\"")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("x\uFF1B \uFF0B1", "x\uFF1B '\uFF0B1")]
    [InlineData("x; \"=1", "\"x; \"\"'=1\"")]
    [InlineData("10 - 20 k", "10 - 20 k")]
    [InlineData("Beispiel AG", "Beispiel AG")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("", "")]
    public void A_csv_cell_is_quoted_and_never_starts_a_formula(string value, string expected) =>
        Assert.Equal(expected, LeadCsvExport.Cell(value));

    private static async Task<Lead> SeedAsync(BotHost host)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var mql = NewLead("Erika Musterfrau", "erika@example.com", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), LeadStage.Mql);
        mql.BudgetAmount = mql.BudgetMinimum = mql.BudgetMaximum = 50000m;
        mql.BudgetCurrency = "EUR";
        mql.BudgetText = "ca. 50.000 €";
        mql.TimelineStart = new DateOnly(2027, 2, 1);
        mql.TimelineText = "in drei Monaten";
        mql.ScoreBreakdown = [new ScoreItem { Criterion = "budget", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "50000 EUR >= 10000 EUR" }];
        db.Leads.Add(mql);
        db.Leads.Add(NewLead("Bernd Beispiel", "bernd@beispiel.de", new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero), LeadStage.Lead));
        db.Leads.Add(NewLead("Carla Neu", null, new DateTimeOffset(2026, 11, 3, 23, 0, 0, TimeSpan.Zero), LeadStage.Lead));
        await db.SaveChangesAsync();
        return mql;
    }

    private static Lead NewLead(string name, string? email, DateTimeOffset at, LeadStage stage)
    {
        var lead = new Lead
        {
            Name = name,
            Email = email,
            Company = name switch { "Erika Musterfrau" => "Beispiel AG", "Bernd Beispiel" => "Muster GmbH", _ => "Neu KG" },
            Locale = "de-DE",
            UserKey = $"emulator:{Guid.NewGuid():N}",
            Consent = new ConsentRecord { TextVersion = "v1", TextHash = "abc", GivenAt = at, ChannelId = "emulator", Locale = "de-DE" },
            Source = new LeadSource { ChannelId = "emulator" },
            CreatedAt = at,
        };
        lead.MoveTo(stage, StageActor.Bot, null, "qualified by the bot", at);
        return lead;
    }
}
