using System.Diagnostics.Metrics;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Telemetry;

/// <summary>
/// Reads what a bot owner watches from the database every <see cref="TelemetryOptions.SampleSeconds"/>: leads per stage
/// the Teams outbox (cards waiting, age of the oldest) and the webhook outbox (lead events due or dead-lettered, age of
/// the oldest due one; counts only, never a payload or a receiver's answer). The gauges report the last reading, so an export never
/// waits for a query. Runs only while an exporter is configured.
/// </summary>
internal sealed class BacklogSampler : BackgroundService
{
    private readonly IDbContextFactory<LeadBotDbContext> contexts;
    private readonly TimeProvider time;
    private readonly TimeSpan period;
    private readonly ILogger<BacklogSampler> logger;
    private volatile Reading? last;

    public BacklogSampler(IDbContextFactory<LeadBotDbContext> contexts, TimeProvider time, IOptions<TelemetryOptions> options,
        IMeterFactory meters, ILogger<BacklogSampler> logger)
    {
        this.contexts = contexts;
        this.time = time;
        this.logger = logger;
        period = TimeSpan.FromSeconds(options.Value.SampleSeconds);
        // A meter of this host (same name as LeadBotTelemetry.Meter), so that two hosts in one process keep their own readings.
        var meter = meters.Create(LeadBotTelemetry.Name);
        meter.CreateObservableGauge(LeadBotTelemetry.LeadsMetric, ObserveLeads, "{lead}", "Leads per stage");
        meter.CreateObservableGauge(LeadBotTelemetry.OutboxBacklogMetric, () => last?.OutboxWaiting ?? 0L, "{card}", "Teams cards waiting to be posted");
        meter.CreateObservableGauge(LeadBotTelemetry.OutboxOldestAgeMetric, () => last?.OldestWaitingSeconds ?? 0d, "s", "Age of the oldest Teams card waiting");
        meter.CreateObservableGauge(LeadBotTelemetry.WebhookBacklogMetric, ObserveWebhooks, "{event}", "Lead events for webhooks: due (waiting for an attempt) and dead (attempts ran out)");
        meter.CreateObservableGauge(LeadBotTelemetry.WebhookOldestDueAgeMetric, () => last?.OldestDueEventSeconds ?? 0d, "s", "Age of the oldest lead event waiting for delivery");
    }

    private IEnumerable<Measurement<long>> ObserveLeads() =>
        (last?.LeadsPerStage ?? new Dictionary<string, long>()).Select(s => new Measurement<long>(s.Value, new KeyValuePair<string, object?>(LeadBotTelemetry.StageTag, s.Key)));

    private IEnumerable<Measurement<long>> ObserveWebhooks()
    {
        yield return new Measurement<long>(last?.WebhooksDue ?? 0L, new KeyValuePair<string, object?>(LeadBotTelemetry.WebhookStateTag, LeadBotTelemetry.WebhookDue));
        yield return new Measurement<long>(last?.WebhooksDead ?? 0L, new KeyValuePair<string, object?>(LeadBotTelemetry.WebhookStateTag, LeadBotTelemetry.WebhookDead));
    }

    internal async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var stages = await db.Leads.AsNoTracking().GroupBy(l => l.Stage).Select(g => new { Stage = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var waiting = db.Outbox.AsNoTracking().Where(o => o.SentAt == null);
        var count = await waiting.LongCountAsync(cancellationToken).ConfigureAwait(false);
        // The lowest id is the oldest card (ids only grow); SQLite cannot order by a DateTimeOffset.
        var oldest = count == 0 ? (DateTimeOffset?)null
            : await waiting.OrderBy(o => o.Id).Select(o => (DateTimeOffset?)o.CreatedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var due = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.DeliveredAt == null && d.DeadAt == null);
        var dueCount = await due.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var deadCount = await db.Set<WebhookDelivery>().AsNoTracking().LongCountAsync(d => d.DeliveredAt == null && d.DeadAt != null, cancellationToken).ConfigureAwait(false);
        var oldestDue = dueCount == 0 ? (DateTimeOffset?)null
            : await due.OrderBy(d => d.Id).Select(d => (DateTimeOffset?)d.CreatedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var perStage = Enum.GetValues<LeadStage>().ToDictionary(s => s.ToString(), s => stages.FirstOrDefault(x => x.Stage == s)?.Count ?? 0L);
        var now = time.GetUtcNow();
        last = new Reading(perStage, count, oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0d,
            dueCount, deadCount, oldestDue is { } dueAt ? Math.Max(0, (now - dueAt).TotalSeconds) : 0d);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period, time);
        do
        {
            try
            {
                await SampleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A failed reading leaves the last one standing; the database health check reports the database itself.
                logger.LogWarning("Telemetry: reading the lead and outbox counts failed: {ExceptionType}", exception.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private sealed record Reading(IReadOnlyDictionary<string, long> LeadsPerStage, long OutboxWaiting, double OldestWaitingSeconds,
        long WebhooksDue, long WebhooksDead, double OldestDueEventSeconds);
}
