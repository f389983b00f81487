using LeadBot.Bot.Criteria;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Telemetry;
using LeadBot.Bot.Tests.Criteria;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace LeadBot.Bot.Tests.Telemetry;

/// <summary>
/// The webhook outbox as a bot owner watches it: lead events waiting for delivery and dead-lettered ones reach the
/// exporter as counts (tagged due/dead) with the age of the oldest waiting one, read from the real SQLite database, and
/// nothing of the events' payloads or receivers' answers.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class WebhookBacklogMetricTests
{
    [Fact]
    public async Task Due_and_dead_lead_events_are_reported_as_counts_with_the_age_of_the_oldest_due_one_and_no_payload()
    {
        var metrics = new List<MetricSnapshot>();
        // No Webhooks:Endpoints: the worker stays idle, so the rows below stay as written.
        await using var host = await BotHost.StartAsync(
            settings: CriteriaTestKit.Settings(),
            configureServices: services => services.AddLeadBotTelemetryPipeline().WithMetrics(m => m.AddInMemoryExporter(metrics)));
        try
        {
            var scorer = host.Services.GetRequiredService<PolicyVersions>().Current.Scorer;
            var now = DateTimeOffset.UtcNow;
            var lead = CriteriaTestKit.Lead("Zacharias Payloadsen", now.AddDays(-1), "crm-integration", "decides", 50_000m, 2, scorer);
            await CriteriaTestKit.StoreAsync(host.Services, lead);
            WebhookDelivery Delivery(TimeSpan age, bool delivered = false, bool dead = false) => new()
            {
                EventId = Guid.NewGuid(),
                Webhook = "crm",
                EventType = LeadEventTypes.Created,
                LeadId = lead.Id,
                Payload = delivered ? "" : """{"lead":{"name":"Zacharias Payloadsen","email":"zacharias@example.org"}}""",
                CreatedAt = now - age,
                NextAttemptAt = now,
                Attempts = dead ? 8 : 1,
                DeliveredAt = delivered ? now : null,
                DeadAt = dead ? now : null,
                LastStatus = dead ? 500 : null,
                LastError = dead ? "HTTP 500" : null,
            };
            await using (var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
            {
                db.Set<WebhookDelivery>().AddRange(
                    Delivery(TimeSpan.FromMinutes(42)), Delivery(TimeSpan.FromMinutes(3)), Delivery(TimeSpan.FromMinutes(1)),
                    Delivery(TimeSpan.FromHours(5), dead: true), Delivery(TimeSpan.FromHours(7), dead: true),
                    Delivery(TimeSpan.FromHours(9), delivered: true));
                await db.SaveChangesAsync();
            }

            var sampler = host.Services.GetServices<IHostedService>().OfType<BacklogSampler>().Single();
            await sampler.SampleAsync(CancellationToken.None);
            host.Services.GetRequiredService<MeterProvider>().ForceFlush();

            List<MetricSnapshot> copy;
            lock (metrics)
            {
                copy = metrics.ToList();
            }

            var backlog = copy.Last(m => m.Name == LeadBotTelemetry.WebhookBacklogMetric);
            long Count(string state) => backlog.MetricPoints
                .Single(p => Tags(p).Any(t => t.Key == LeadBotTelemetry.WebhookStateTag && (string?)t.Value == state))
                .GetGaugeLastValueLong();
            Assert.Equal(3, Count(LeadBotTelemetry.WebhookDue));
            Assert.Equal(2, Count(LeadBotTelemetry.WebhookDead));
            var age = copy.Last(m => m.Name == LeadBotTelemetry.WebhookOldestDueAgeMetric).MetricPoints.Single().GetGaugeLastValueDouble();
            Assert.InRange(age, 41 * 60, 60 * 60);

            // Counts and states only: no name, e-mail or error text of an event reaches the exporter.
            var texts = copy.SelectMany(m => m.MetricPoints.SelectMany(p => Tags(p).Select(t => $"{m.Name} {t.Key}={t.Value}"))).ToList();
            Assert.DoesNotContain(texts, t => t.Contains("Payloadsen", StringComparison.OrdinalIgnoreCase)
                || t.Contains("example.org", StringComparison.OrdinalIgnoreCase) || t.Contains("HTTP 500", StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }
}
