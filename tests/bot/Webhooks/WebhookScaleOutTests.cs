using System.Net.Http.Json;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Criteria;
using LeadBot.Bot.Tests.ScaleOut;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Webhooks;

/// <summary>
/// Two bot processes on one PostgreSQL database, both sending to the same HTTPS receiver: every event is written by the
/// instance that made the change, both workers race for every row, and the receiver gets each event exactly once.
/// </summary>
[Trait("Category", "Slow")]
[Collection(ScaleOutCollection.Name)]
public sealed class WebhookScaleOutTests : IAsyncLifetime
{
    private const int Leads = 24;
    private string _connectionString = "";
    private WebhookReceiver _receiver = null!;
    private readonly BotProcess[] _bots = new BotProcess[2];

    public async Task InitializeAsync()
    {
        _connectionString = await PostgreSqlServer.CreateDatabaseAsync("leadbot_webhooks");
        _receiver = await WebhookReceiver.StartAsync();
        var settings = CriteriaTestKit.Settings(_receiver.BotSettings());
        var started = await Task.WhenAll(BotProcess.StartAsync(_connectionString, settings), BotProcess.StartAsync(_connectionString, settings));
        _bots[0] = started[0];
        _bots[1] = started[1];
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots.Where(b => b is not null))
        {
            await bot.DisposeAsync();
        }

        await _receiver.DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(_connectionString);
    }

    [Fact]
    public async Task Claims_on_both_instances_reach_the_receiver_exactly_once_each()
    {
        var leads = new List<Lead>();
        await using (var services = PolicyScaleOutTests.Storage(_connectionString))
        {
            var scorer = new LeadScorer(CriteriaTestKit.RepositoryPolicy(), TimeProvider.System);
            for (var i = 0; i < Leads; i++)
            {
                leads.Add(CriteriaTestKit.Lead($"Lead {i:00}", DateTimeOffset.UtcNow.AddMinutes(-i), "sales-automation", "decides", 50_000m, 2, scorer));
            }

            await CriteriaTestKit.StoreAsync(services, [.. leads]);
        }

        var clients = _bots.Select(b => CriteriaTestKit.Client(b.BaseAddress, who: "Sales desk")).ToArray();
        await Task.WhenAll(leads.Select(async (lead, i) =>
        {
            using var response = await clients[i % 2].PostAsJsonAsync($"api/leads/{lead.Id}/stage", new { stage = "Sql", owner = $"Owner {i}" });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }));

        await _receiver.WaitForAsync(r => r.Count >= Leads, TimeSpan.FromSeconds(60), $"{Leads} events");
        await WebhookDeliveryTests.WaitAsync(async () =>
        {
            await using var services = PolicyScaleOutTests.Storage(_connectionString);
            await using var db = await services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
            return await db.Set<WebhookDelivery>().CountAsync(d => d.DeliveredAt != null) == Leads;
        }, "every delivery recorded", seconds: 60);

        var received = _receiver.Received;
        Assert.Equal(Leads, received.Count);
        Assert.Equal(Leads, received.Select(r => r.EventId).Distinct().Count());
        Assert.All(received, r => Assert.True(r.SignatureValid));
        Assert.Equal(leads.Select(l => l.Id.ToString()).Order(), received.Select(r => r.Json["lead"]!["id"]!.GetValue<string>()).Order());
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
