using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Webhooks;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// Scores the stored leads of a period again with the policy in force: an explicit action, separate from publishing a
/// version, previewed first (<see cref="PreviewAsync"/>) and run only for the version the preview showed. Each lead gets
/// the new score, breakdown and policy version. A lead moves between Lead and MQL when the new outcome says so (with a
/// stage change naming who re-scored and why, and the Teams card for a new MQL as for any new MQL); a stage sales set
/// (SQL, Opportunity, Disqualified) is kept. Written in small transactions, each lead only if nobody changed its stage
/// or score meanwhile. Every stage move is a lead event for the webhooks, in the same transaction.
/// </summary>
public sealed class Rescore(
    IDbContextFactory<LeadBotDbContext> contextFactory,
    PolicyVersions versions,
    BotStateDatabase database,
    OutboxSignal outboxSignal,
    LeadEvents leadEvents,
    TimeProvider clock,
    ILogger<Rescore> logger)
{
    private const int BatchSize = 200;

    public async Task<RescorePreview> PreviewAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var current = versions.Current;
        var leads = 0;
        var outdated = 0;
        var up = 0;
        var down = 0;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var lead in ScoredLead.Query(context, from, to).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            leads++;
            var result = current.Scorer.Score(lead.Answers(), lead.AnswerDay, explain: false);
            if (lead.PolicyVersion != current.Version || result.Score != lead.Score)
            {
                outdated++;
            }

            switch (Move(lead.Stage, result.Stage))
            {
                case LeadStage.Mql:
                    up++;
                    break;
                case LeadStage.Lead:
                    down++;
                    break;
            }
        }

        return new RescorePreview(current.Version, from, to, leads, outdated, up, down);
    }

    /// <summary>Re-scores with <paramref name="version"/>, which must be the version in force (else
    /// <see cref="RescoreOutcome.VersionChanged"/>: preview again).</summary>
    public async Task<RescoreResult> RunAsync(int version, DateTimeOffset? from, DateTimeOffset? to, string author, string? note, CancellationToken cancellationToken)
    {
        var current = versions.Current;
        if (current.Version != version)
        {
            return new RescoreResult(RescoreOutcome.VersionChanged, current.Version, 0, 0, 0, 0);
        }

        List<ScoredLead> leads;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            leads = await ScoredLead.Query(context, from, to).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var rescored = 0;
        var up = 0;
        var down = 0;
        var skipped = 0;
        var reasonPrefix = $"Re-scored with policy version {version}" + (string.IsNullOrWhiteSpace(note) ? "" : $" ({note.Trim()})");
        if (reasonPrefix.Length > 800)
        {
            reasonPrefix = reasonPrefix[..800];
        }

        foreach (var batch in leads.Chunk(BatchSize))
        {
            var counts = await WriteAsync(() => RescoreBatchAsync(batch, current, author, reasonPrefix, cancellationToken)).ConfigureAwait(false);
            rescored += counts.Rescored;
            up += counts.Up;
            down += counts.Down;
            skipped += counts.Skipped;
        }

        if (up > 0)
        {
            outboxSignal.Notify();
        }

        logger.LogInformation("Re-scored {Count} lead(s) with policy version {Version}: {Up} became MQL, {Down} went back to Lead, {Skipped} changed meanwhile.",
            rescored, version, up, down, skipped);
        return new RescoreResult(RescoreOutcome.Done, version, rescored, up, down, skipped);
    }

    /// <summary>The stage a re-score moves a lead to, or null when it stays (sales stages always stay).</summary>
    internal static LeadStage? Move(LeadStage stored, LeadStage scored) =>
        stored is LeadStage.Lead or LeadStage.Mql && stored != scored ? scored : null;

    private async Task<(int Rescored, int Up, int Down, int Skipped)> RescoreBatchAsync(
        ScoredLead[] batch, ActivePolicy current, string author, string reasonPrefix, CancellationToken cancellationToken)
    {
        var rescored = 0;
        var up = 0;
        var down = 0;
        var skipped = 0;
        var events = false;
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var lead in batch)
        {
            var result = current.Scorer.Score(lead.Answers(), lead.AnswerDay);
            var move = Move(lead.Stage, result.Stage);
            if (move is null && lead.PolicyVersion == current.Version && lead.Score == result.Score)
            {
                continue;
            }

            var breakdown = result.Breakdown.ToList();
            var guard = context.Leads.Where(l => l.Id == lead.Id && l.Stage == lead.Stage && l.PolicyVersion == lead.PolicyVersion && l.Score == lead.Score);
            var updated = move is { } to
                ? await guard.ExecuteUpdateAsync(u => u
                    .SetProperty(l => l.Score, result.Score)
                    .SetProperty(l => l.ScoreBreakdown, breakdown)
                    .SetProperty(l => l.PolicyVersion, current.Version)
                    .SetProperty(l => l.Stage, to)
                    .SetProperty(l => l.UpdatedAt, now), cancellationToken).ConfigureAwait(false)
                : await guard.ExecuteUpdateAsync(u => u
                    .SetProperty(l => l.Score, result.Score)
                    .SetProperty(l => l.ScoreBreakdown, breakdown)
                    .SetProperty(l => l.PolicyVersion, current.Version), cancellationToken).ConfigureAwait(false);
            if (updated != 1)
            {
                skipped++;
                continue;
            }

            rescored++;
            if (move is not { } stage)
            {
                continue;
            }

            var change = new StageChange
            {
                LeadId = lead.Id,
                From = lead.Stage,
                To = stage,
                At = now,
                ChangedBy = author,
                Reason = reasonPrefix + ": " + result.Reason,
            };
            context.StageChanges.Add(change);
            if (leadEvents.HasSubscribers(LeadEventTypes.StageChanged))
            {
                var stored = await context.Leads.AsNoTracking().FirstAsync(l => l.Id == lead.Id, cancellationToken).ConfigureAwait(false);
                context.AddRange(leadEvents.For(LeadEventTypes.StageChanged, stored, change, now));
                events = true;
            }

            if (stage == LeadStage.Mql)
            {
                up++;
                if (!await context.Outbox.AnyAsync(o => o.LeadId == lead.Id && o.Kind == OutboxMessage.MqlNotification, cancellationToken).ConfigureAwait(false))
                {
                    context.Outbox.Add(new OutboxMessage { LeadId = lead.Id, Kind = OutboxMessage.MqlNotification, CreatedAt = now, NextAttemptAt = now });
                }
            }
            else
            {
                down++;
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (events)
        {
            leadEvents.Signal.Notify();
        }

        return (rescored, up, down, skipped);
    }

    /// <summary>SQLite: through the process's write queue, so the chat's writes never wait on SQLite's lock for a batch.</summary>
    private Task<T> WriteAsync<T>(Func<Task<T>> work) =>
        database.WriteQueue is { } queue ? queue.RunExclusiveAsync(work) : work();
}

/// <summary>What a re-score with <see cref="Version"/> would do: leads in the period, how many were scored otherwise,
/// how many would move up to MQL and back to Lead.</summary>
public sealed record RescorePreview(int Version, DateTimeOffset? From, DateTimeOffset? To, int Leads, int Outdated, int MoveUp, int MoveDown);

public enum RescoreOutcome
{
    Done,

    /// <summary>Another version came in force since the preview.</summary>
    VersionChanged,
}

public sealed record RescoreResult(RescoreOutcome Outcome, int Version, int Rescored, int MovedUp, int MovedDown, int ChangedMeanwhile);
