using System.Runtime.CompilerServices;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// Records every stage change a person makes (Teams claim / offer sent / disqualify, the sales API's stage change) as a
/// funnel event of the lead's journey: an EF <see cref="SaveChangesInterceptor"/> notes the <see cref="StageChange"/>
/// rows a save adds whose actor is not the bot (the bot's own stages are recorded by the turn that stored the lead),
/// and, once they are saved, writes the event and the journey's new stage with two statements on the same connection
/// and transaction. So the funnel and the lead's history move together. A lead without a journey (stored before the
/// funnel existed, or whose link was erased) is skipped.
/// </summary>
internal sealed class FunnelStageInterceptor : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, List<StageChange>> Pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is LeadBotDbContext context && Pending.TryGetValue(context, out var changes))
        {
            Pending.Remove(context);
            foreach (var change in changes)
            {
                await RecordAsync(context, change, cancellationToken).ConfigureAwait(false);
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken).ConfigureAwait(false);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is LeadBotDbContext context && Pending.TryGetValue(context, out var changes))
        {
            Pending.Remove(context);
            foreach (var change in changes)
            {
                RecordAsync(context, change, CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            Pending.Remove(context);
        }

        base.SaveChangesFailed(eventData);
    }

    private static void Note(DbContext? context)
    {
        if (context is not LeadBotDbContext)
        {
            return;
        }

        var people = context.ChangeTracker.Entries<StageChange>()
            .Where(e => e.State == EntityState.Added && e.Entity.ChangedBy != StageActor.Bot && e.Entity.From != e.Entity.To)
            .Select(e => e.Entity)
            .ToList();
        if (people.Count > 0)
        {
            Pending.AddOrUpdate(context, people);
        }
    }

    private static readonly string InsertEvent =
        $"INSERT INTO \"{FunnelModel.EventsTable}\" (\"JourneyId\", \"At\", \"Kind\", \"Step\", \"Stage\", \"FromStage\") " +
        $"SELECT \"Id\", {{0}}, {(short)FunnelEventKind.StageChanged}, NULL, {{1}}, CAST({{2}} AS integer) FROM \"{FunnelModel.JourneysTable}\" WHERE \"LeadId\" = {{3}}";

    // BestStage keeps the furthest of Lead < MQL < SQL < Opportunity; a disqualification does not lower it.
    private static readonly string UpdateJourney =
        $"UPDATE \"{FunnelModel.JourneysTable}\" SET \"Stage\" = {{0}}, " +
        $"\"BestStage\" = CASE WHEN {{0}} <> {(int)LeadStage.Disqualified} AND (\"BestStage\" IS NULL OR \"BestStage\" < {{0}}) THEN {{0}} ELSE \"BestStage\" END, " +
        $"\"QualifiedAt\" = CASE WHEN \"QualifiedAt\" IS NULL AND {{0}} IN ({(int)LeadStage.Mql}, {(int)LeadStage.Sql}, {(int)LeadStage.Opportunity}) THEN {{1}} ELSE \"QualifiedAt\" END " +
        "WHERE \"LeadId\" = {2}";

    private static async Task RecordAsync(LeadBotDbContext context, StageChange change, CancellationToken cancellationToken)
    {
        var sqlite = !LeadBotDbContext.IsPostgreSql(context.Database);
        object lead = sqlite ? change.LeadId.ToString().ToUpperInvariant() : change.LeadId;
        var at = FunnelWrite.Time(change.At, sqlite);
        var to = (int)change.To;
        object from = change.From is { } f ? (int)f : DBNull.Value;
        await context.Database.ExecuteSqlRawAsync(InsertEvent, [at, to, from, lead], cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync(UpdateJourney, [to, at, lead], cancellationToken).ConfigureAwait(false);
    }
}
