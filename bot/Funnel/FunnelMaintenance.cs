using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Funnel;

/// <summary>What one run of <see cref="FunnelMaintenance"/> did.</summary>
public sealed record FunnelMaintenanceResult(int Abandoned, int JourneysPurged, int EventsPurged, int EventsMoved = 0);

/// <summary>
/// Keeps the funnel true over time (after writing the journey changes still waiting in <see cref="PendingJourneys"/>):
/// the journeys' pending question events become rows (<see cref="MoveEventsAsync"/>);
/// a conversation open at a question with no activity for Funnel:AbandonAfterMinutes
/// is marked abandoned there (the journey and an Abandoned event in one statement on PostgreSQL, one transaction on
/// SQLite, so two instances never mark it twice); journeys started more than Retention:FunnelDays ago are deleted with
/// their events. Idempotent; safe on several instances.
/// </summary>
public sealed class FunnelMaintenance(
    BotStateDatabase database,
    IOptions<FunnelOptions> options,
    IOptions<RetentionOptions> retention,
    TimeProvider clock,
    PendingJourneys? pending = null)
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
        // The journeys' latest activity first, so no conversation that just went on is taken for abandoned.
        if (pending is not null)
        {
            await pending.WriteAsync(cancellationToken).ConfigureAwait(false);
        }

        var moved = await MoveEventsAsync(cancellationToken).ConfigureAwait(false);
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

        return new FunnelMaintenanceResult(abandoned, journeys, events, moved);
    }

    private const int MoveBatch = 500;

    private static readonly string SelectPending =
        $"SELECT \"Id\", \"PendingEvents\" FROM \"{FunnelModel.JourneysTable}\" WHERE \"PendingEvents\" IS NOT NULL ORDER BY \"Id\" LIMIT {MoveBatch}";

    // Turns only ever append: taking exactly the text read off the front keeps what a turn appended meanwhile.
    private static readonly string TrimPending =
        $"UPDATE \"{FunnelModel.JourneysTable}\" SET \"PendingEvents\" = NULLIF(substr(\"PendingEvents\", length(@taken) + 1), '') " +
        "WHERE \"Id\" = @id AND substr(\"PendingEvents\", 1, length(@taken)) = @taken";

    /// <summary>Moves every journey's pending question events into <see cref="FunnelEvent"/> rows, a batch of journeys
    /// per transaction; returns how many events moved.</summary>
    public async Task<int> MoveEventsAsync(CancellationToken cancellationToken)
    {
        var moved = 0;
        while (true)
        {
            var (journeys, events) = await database.ExclusiveAsync(async db =>
            {
                var sqlite = !LeadBotDbContext.IsPostgreSql(db.Database);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var connection = db.Database.GetDbConnection();
                var dbTransaction = transaction.GetDbTransaction();
                var pending = new List<(long Id, string Text)>();
                await using (var select = connection.CreateCommand())
                {
                    select.Transaction = dbTransaction;
                    select.CommandText = SelectPending;
                    await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        pending.Add((reader.GetInt64(0), reader.GetString(1)));
                    }
                }

                var count = 0;
                foreach (var (id, text) in pending)
                {
                    var rows = FunnelEventText.Parse(id, text);
                    foreach (var chunk in rows.Chunk(50))
                    {
                        await using var insert = connection.CreateCommand();
                        insert.Transaction = dbTransaction;
                        var sql = new System.Text.StringBuilder($"INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") VALUES ");
                        for (var i = 0; i < chunk.Length; i++)
                        {
                            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@j, @t{i}, @k{i}, @s{i}, NULL, NULL)");
                            Add(insert, $"@t{i}", FunnelWrite.Time(chunk[i].At, sqlite));
                            Add(insert, $"@k{i}", (short)chunk[i].Kind);
                            Add(insert, $"@s{i}", chunk[i].Step is { } step ? (short)step : null);
                        }

                        Add(insert, "@j", id);
                        insert.CommandText = sql.ToString();
                        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await using var trim = connection.CreateCommand();
                    trim.Transaction = dbTransaction;
                    trim.CommandText = TrimPending;
                    Add(trim, "@id", id);
                    Add(trim, "@taken", text);
                    if (await trim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                    {
                        // Changed otherwise than by an append (or gone): leave the whole batch for the next run.
                        throw new InvalidOperationException("A journey's pending events changed while they were moved.");
                    }

                    count += rows.Count;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return (pending.Count, count);
            }, cancellationToken).ConfigureAwait(false);
            moved += events;
            if (journeys < MoveBatch)
            {
                return moved;
            }
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
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
