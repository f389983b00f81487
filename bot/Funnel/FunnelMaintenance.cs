using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Funnel;

/// <summary>What one run of <see cref="FunnelMaintenance"/> did.</summary>
public sealed record FunnelMaintenanceResult(int Abandoned, int JourneysPurged, int EventsPurged);

/// <summary>
/// Keeps the funnel true over time: a conversation open at a question with no activity for Funnel:AbandonAfterMinutes
/// is marked abandoned there (the journey and an Abandoned event in one statement on PostgreSQL, one transaction on
/// SQLite, so two instances never mark it twice); journeys started more than Retention:FunnelDays ago are deleted with
/// their events. Idempotent; safe on several instances.
/// </summary>
public sealed class FunnelMaintenance(
    BotStateDatabase database,
    IOptions<FunnelOptions> options,
    IOptions<RetentionOptions> retention,
    TimeProvider clock)
{
    private static readonly string MarkPostgreSql =
        $"WITH marked AS (UPDATE \"{FunnelModel.JourneysTable}\" SET \"Status\" = {(short)FunnelStatus.Abandoned} " +
        $"WHERE \"Status\" = {(short)FunnelStatus.Open} AND \"LastActivityAt\" < {{0}} RETURNING \"Id\", \"OpenStep\") " +
        $"INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") " +
        $"SELECT \"Id\", {{1}}, {(short)FunnelEventKind.Abandoned}, \"OpenStep\", NULL, NULL FROM marked";

    private static readonly string InsertAbandonedSqlite =
        $"INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") " +
        $"SELECT \"Id\", {{1}}, {(short)FunnelEventKind.Abandoned}, \"OpenStep\", NULL, NULL FROM \"{FunnelModel.JourneysTable}\" " +
        $"WHERE \"Status\" = {(short)FunnelStatus.Open} AND \"LastActivityAt\" < {{0}}";

    private static readonly string MarkSqlite =
        $"UPDATE \"{FunnelModel.JourneysTable}\" SET \"Status\" = {(short)FunnelStatus.Abandoned} " +
        $"WHERE \"Status\" = {(short)FunnelStatus.Open} AND \"LastActivityAt\" < {{0}}";

    private const int PurgeBatch = 5000;

    public async Task<FunnelMaintenanceResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quietSince = now - TimeSpan.FromMinutes(options.Value.AbandonAfterMinutes);
        var purgeBefore = now.AddDays(-retention.Value.FunnelDays);
        var abandoned = await database.ExclusiveAsync(async db =>
        {
            var sqlite = !LeadBotDbContext.IsPostgreSql(db.Database);
            object cutoff = FunnelWrite.Time(quietSince, sqlite), at = FunnelWrite.Time(now, sqlite);
            if (!sqlite)
            {
                return await db.Database.ExecuteSqlRawAsync(MarkPostgreSql, [cutoff, at], cancellationToken).ConfigureAwait(false);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(InsertAbandonedSqlite, [cutoff, at], cancellationToken).ConfigureAwait(false);
            var marked = await db.Database.ExecuteSqlRawAsync(MarkSqlite, [cutoff], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return marked;
        }, cancellationToken).ConfigureAwait(false);

        int journeys = 0, events = 0;
        while (true)
        {
            // In batches, so a first purge of a large table holds the write lock only briefly at a time.
            var (j, e) = await database.ExclusiveAsync(async db =>
            {
                var ids = await db.Set<FunnelJourney>().Where(x => x.StartedAt < purgeBefore).OrderBy(x => x.StartedAt)
                    .Select(x => x.Id).Take(PurgeBatch).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    return (0, 0);
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var deletedEvents = await db.Set<FunnelEvent>().Where(x => ids.Contains(x.JourneyId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                var deletedJourneys = await db.Set<FunnelJourney>().Where(x => ids.Contains(x.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (deletedJourneys, deletedEvents);
            }, cancellationToken).ConfigureAwait(false);
            journeys += j;
            events += e;
            if (j < PurgeBatch)
            {
                break;
            }
        }

        return new FunnelMaintenanceResult(abandoned, journeys, events);
    }
}

/// <summary>Runs <see cref="FunnelMaintenance"/> every Funnel:CheckEveryMinutes on the injected clock.</summary>
public sealed class FunnelMaintenanceService(FunnelMaintenance maintenance, IOptions<FunnelOptions> options, TimeProvider clock, ILogger<FunnelMaintenanceService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromMinutes(options.Value.CheckEveryMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, clock, stoppingToken).ConfigureAwait(false);
                var result = await maintenance.RunOnceAsync(stoppingToken).ConfigureAwait(false);
                if (result.Abandoned + result.JourneysPurged > 0)
                {
                    logger.LogInformation("Funnel: {Abandoned} conversation(s) marked abandoned, {Journeys} journey(s) and {Events} event(s) past retention deleted",
                        result.Abandoned, result.JourneysPurged, result.EventsPurged);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failed run (database briefly unavailable) must not stop the schedule.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError("Funnel maintenance failed: {ExceptionType}", exception.GetType().FullName);
            }
        }
    }
}
