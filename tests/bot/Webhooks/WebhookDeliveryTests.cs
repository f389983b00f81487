using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.Criteria;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Webhooks;

/// <summary>
/// Lead events to a real HTTPS receiver (Kestrel, self-signed certificate on loopback) from the real host: a conversation
/// creates the lead, the stage API claims it; each event arrives once, signed, valid against the published JSON schema;
/// events wait while the receiver is down and arrive in order when it is back; after the configured attempts an event is
/// dead-lettered and a retry from the dashboard's API delivers it.
/// </summary>
public class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(
        Path.Combine(ConversationHarness.RepositoryRoot(), "docs", "webhooks", "lead-event.schema.json"))));

    private ConnectorStandIn _standIn = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _standIn = await ConnectorStandIn.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _standIn.DisposeAsync();
    }

    /// <summary>Settings beyond the receiver's (the PostgreSQL variant adds its database).</summary>
    protected virtual Task<Dictionary<string, string?>> DatabaseSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());

    private async Task<BotHost> StartBotAsync(int maxAttempts = 12)
    {
        var settings = _receiver.BotSettings(maxAttempts: maxAttempts);
        foreach (var (key, value) in await DatabaseSettingsAsync())
        {
            settings[key] = value;
        }

        return await BotHost.StartAsync(settings: CriteriaTestKit.Settings(settings));
    }

    internal static void AssertMatchesSchema(string body)
    {
        using var document = JsonDocument.Parse(body);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, "Payload does not match docs/webhooks/lead-event.schema.json: "
            + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task A_new_lead_and_its_claim_reach_the_receiver_once_each_signed_and_valid_against_the_schema()
    {
        await using var host = await StartBotAsync();
        try
        {
            var email = await CriteriaTestKit.ConverseAsync(host.MessagesUri, _standIn, "50k");
            var lead = await CriteriaTestKit.LeadByEmailAsync(host.Services, email);
            Assert.Equal(LeadStage.Mql, lead.Stage);

            using var client = CriteriaTestKit.Client(host.BaseAddress, who: "Jane (sales desk)");
            using var claimed = await client.PostAsJsonAsync($"api/leads/{lead.Id}/stage", new { stage = "Sql", owner = "Sam Sales" });
            Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);

            var received = await _receiver.WaitForAsync(r => r.Count >= 2, TimeSpan.FromSeconds(30), "two events");
            await WaitAsync(() => NothingPendingAsync(host), "every delivery recorded");
            received = _receiver.Received;

            Assert.Equal(2, received.Count);
            Assert.All(received, r => Assert.True(r.SignatureValid, "signature"));
            Assert.Equal(2, received.Select(r => r.EventId).Distinct().Count());
            Assert.Equal(["lead.created", "lead.stage_changed"], received.Select(r => r.EventType));
            foreach (var r in received)
            {
                AssertMatchesSchema(r.Body);
                Assert.Equal(r.EventId, r.Json["id"]!.GetValue<string>());
            }

            var created = received[0].Json;
            Assert.Equal(lead.Id.ToString(), created["lead"]!["id"]!.GetValue<string>());
            Assert.Equal(email, created["lead"]!["email"]!.GetValue<string>());
            Assert.Equal("Mql", created["stageChange"]!["to"]!.GetValue<string>());
            Assert.Null(created["stageChange"]!["from"]);
            Assert.Equal(1, created["lead"]!["policyVersion"]!.GetValue<int>());

            var claim = received[1].Json;
            Assert.Equal("Sql", claim["lead"]!["stage"]!.GetValue<string>());
            Assert.Equal("Sam Sales", claim["lead"]!["owner"]!.GetValue<string>());
            Assert.Equal("Mql", claim["stageChange"]!["from"]!.GetValue<string>());
            Assert.Equal("Jane (sales desk)", claim["stageChange"]!["changedBy"]!.GetValue<string>());

            // Delivered: the log keeps the attempt, the body (the prospect's data) is gone from the database.
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
            var rows = await db.Set<WebhookDelivery>().AsNoTracking().ToListAsync();
            Assert.All(rows, d => Assert.Equal("", d.Payload));
            Assert.All(rows, d => Assert.Equal(200, d.LastStatus));
            Assert.Equal(2, await db.Set<WebhookAttempt>().CountAsync());
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(email, StringComparison.OrdinalIgnoreCase) || l.Contains("Pat Example", StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Events_wait_while_the_receiver_is_down_and_arrive_in_order_once_it_is_back()
    {
        await _receiver.StopAsync();
        await using var host = await StartBotAsync();
        try
        {
            var email = await CriteriaTestKit.ConverseAsync(host.MessagesUri, _standIn, "50k");
            var lead = await CriteriaTestKit.LeadByEmailAsync(host.Services, email);
            using var client = CriteriaTestKit.Client(host.BaseAddress);
            (await client.PostAsJsonAsync($"api/leads/{lead.Id}/stage", new { stage = "Disqualified", reason = "Budget is for next year" })).EnsureSuccessStatusCode();

            // Failed attempts are logged while it is down; the later event is held back behind the earlier one.
            await WaitAsync(async () => await AttemptsAsync(host) >= 2, "failed attempts while the receiver is down");
            await using (var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
            {
                var rows = await db.Set<WebhookDelivery>().AsNoTracking().OrderBy(d => d.Id).ToListAsync();
                Assert.Equal(2, rows.Count);
                Assert.True(rows[0].Attempts >= 1);
                Assert.Null(rows[0].LastStatus);
                Assert.Equal(0, rows[1].Attempts);
            }

            await _receiver.StartAgainAsync();
            var received = await _receiver.WaitForAsync(r => r.Count >= 2, TimeSpan.FromSeconds(30), "both events after the receiver is back");
            await WaitAsync(() => NothingPendingAsync(host), "every delivery recorded");
            Assert.Equal(["lead.created", "lead.stage_changed"], _receiver.Received.Select(r => r.EventType));
            Assert.Equal("Budget is for next year", received[1].Json["stageChange"]!["reason"]!.GetValue<string>());
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task After_the_configured_attempts_an_event_is_dead_lettered_and_a_retry_delivers_it()
    {
        _receiver.Status = 500;
        await using var host = await StartBotAsync(maxAttempts: 2);
        try
        {
            var email = await CriteriaTestKit.ConverseAsync(host.MessagesUri, _standIn, "50k");
            using var client = CriteriaTestKit.Client(host.BaseAddress);
            var dead = await WaitForDeadAsync(client);
            Assert.Equal(2, dead["attempts"]!.GetValue<int>());
            Assert.Equal(500, dead["lastStatus"]!.GetValue<int>());
            Assert.Equal("lead.created", dead["eventType"]!.GetValue<string>());
            Assert.Equal(2, _receiver.Received.Count);
            Assert.DoesNotContain(email, dead.ToJsonString(), StringComparison.OrdinalIgnoreCase);

            var id = dead["id"]!.GetValue<long>();
            var log = JsonNode.Parse(await client.GetStringAsync($"api/webhooks/deliveries/{id}/attempts"))!.AsArray();
            Assert.Equal([500, 500], log.Select(a => a!["status"]!.GetValue<int>()));

            _receiver.Status = 200;
            using var retried = await client.PostAsync($"api/webhooks/deliveries/{id}/retry", null);
            Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
            await _receiver.WaitForAsync(r => r.Any(e => e.AnsweredStatus == 200), TimeSpan.FromSeconds(30), "the retried event");
            await WaitAsync(() => NothingPendingAsync(host), "the retry recorded");

            var delivered = JsonNode.Parse(await client.GetStringAsync("api/webhooks/deliveries?state=delivered"))!.AsArray();
            Assert.Equal(id, Assert.Single(delivered)!["id"]!.GetValue<long>());
            Assert.Empty(JsonNode.Parse(await client.GetStringAsync("api/webhooks/deliveries?state=dead"))!.AsArray());
            log = JsonNode.Parse(await client.GetStringAsync($"api/webhooks/deliveries/{id}/attempts"))!.AsArray();
            Assert.Equal("Maria (Marketing)", log[2]!["retriedBy"]!.GetValue<string>());
            Assert.Equal(200, log[3]!["status"]!.GetValue<int>());

            using var again = await client.PostAsync($"api/webhooks/deliveries/{id}/retry", null);
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task A_rescore_sends_a_stage_change_for_every_lead_it_moves_and_none_for_the_others()
    {
        await using var host = await StartBotAsync();
        try
        {
            var november = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
            var scorer = host.Services.GetRequiredService<LeadBot.Bot.Criteria.PolicyVersions>().Current.Scorer;
            var up = CriteriaTestKit.Lead("Bert", november, "crm-integration", "co-decides", 8_000m, 1, scorer);
            var down = CriteriaTestKit.Lead("Dora", november, "crm-integration", "co-decides", 12_000m, 12, scorer);
            var stays = CriteriaTestKit.Lead("Anna", november, "sales-automation", "decides", 50_000m, 2, scorer);
            await CriteriaTestKit.StoreAsync(host.Services, up, down, stays);
            using var client = CriteriaTestKit.Client(host.BaseAddress);
            var (version, policy) = await CriteriaTestKit.PolicyAsync(client);
            policy["Budget"]!["Minimum"] = 5000;
            policy["MqlThreshold"] = 85;
            (await client.PostAsJsonAsync("api/criteria/versions", new { basedOn = version, policy, note = "test" })).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync("api/criteria/rescore", new { version = version + 1, confirm = true })).EnsureSuccessStatusCode();

            var received = await _receiver.WaitForAsync(r => r.Count >= 2, TimeSpan.FromSeconds(30), "two stage changes");
            await WaitAsync(() => NothingPendingAsync(host), "every delivery recorded");
            Assert.Equal(2, _receiver.Received.Count);
            var moves = received.Select(r => r.Json).ToDictionary(j => j["lead"]!["name"]!.GetValue<string>());
            Assert.Equal("Mql", moves["Bert"]["stageChange"]!["to"]!.GetValue<string>());
            Assert.Equal("Lead", moves["Dora"]["stageChange"]!["to"]!.GetValue<string>());
            Assert.All(moves.Values, m => Assert.Equal(2, m["lead"]!["policyVersion"]!.GetValue<int>()));
            Assert.All(moves.Values, m => Assert.Equal("Maria (Marketing)", m["stageChange"]!["changedBy"]!.GetValue<string>()));
            Assert.All(received, r => AssertMatchesSchema(r.Body));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Erasing_a_lead_erases_its_waiting_events_and_the_export_shows_them_before()
    {
        await _receiver.StopAsync();
        await using var host = await StartBotAsync();
        try
        {
            var email = await CriteriaTestKit.ConverseAsync(host.MessagesUri, _standIn, "50k");
            using var client = CriteriaTestKit.Client(host.BaseAddress);
            var export = JsonNode.Parse(await client.GetStringAsync($"api/privacy/export?email={Uri.EscapeDataString(email)}"))!;
            var exported = Assert.Single(export["leadEvents"]!.AsArray())!;
            Assert.Equal("lead.created", exported["eventType"]!.GetValue<string>());
            Assert.Equal(email, exported["payload"]!["lead"]!["email"]!.GetValue<string>());

            using var erased = await client.DeleteAsync($"api/privacy/subjects?email={Uri.EscapeDataString(email)}");
            Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
            Assert.Equal(0, await db.Set<WebhookDelivery>().CountAsync());
            Assert.Equal(0, await db.Set<WebhookAttempt>().CountAsync());
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    private static async Task<bool> NothingPendingAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookDelivery>().AnyAsync() && !await db.Set<WebhookDelivery>().AnyAsync(d => d.DeliveredAt == null);
    }

    private static async Task<int> AttemptsAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookAttempt>().CountAsync();
    }

    private static async Task<JsonNode> WaitForDeadAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var dead = JsonNode.Parse(await client.GetStringAsync("api/webhooks/deliveries?state=dead"))!.AsArray();
            if (dead.Count > 0)
            {
                return dead[0]!;
            }

            Assert.True(DateTime.UtcNow < deadline, "No event was dead-lettered in time.");
            await Task.Delay(100);
        }
    }

    internal static async Task WaitAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}

/// <summary>The same deliveries on PostgreSQL: the new lead's events go in with its plain INSERT batch there, the
/// stage changes' with EF, the worker's conditional updates on PostgreSQL's timestamps.</summary>
[Trait("Category", "Slow")]
public sealed class WebhookDeliveryOnPostgreSqlTests : WebhookDeliveryTests
{
    private readonly List<string> _databases = [];

    protected override async Task<Dictionary<string, string?>> DatabaseSettingsAsync()
    {
        var database = await PostgreSqlServer.CreateDatabaseAsync("leadbot_webhooks");
        _databases.Add(database);
        return new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSQL", ["ConnectionStrings:LeadBot"] = database };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var database in _databases)
        {
            await PostgreSqlServer.DropDatabaseAsync(database);
        }
    }
}
