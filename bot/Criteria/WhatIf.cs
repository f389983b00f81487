using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// Tries a proposed policy against the stored leads of a period before anyone applies it: every lead's stored answers are
/// scored with the policy in force and with the proposal (both as of the day the answers were given), and the leads whose
/// outcome differs are listed with both scores and the reasons of every criterion that changed. Sales stages (SQL,
/// Opportunity, Disqualified) are kept by a re-score, but their leads are counted by what the policies say, so the counts
/// compare the two policies, not the history.
/// </summary>
public sealed class WhatIf(IDbContextFactory<LeadBotDbContext> contextFactory, PolicyVersions versions, TimeProvider clock, IOptions<CriteriaOptions> options)
{
    public async Task<WhatIfResult> RunAsync(QualificationPolicy proposed, DateTimeOffset? from, DateTimeOffset? to, int? listLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var current = versions.Current;
        var limit = Math.Clamp(listLimit ?? options.Value.WhatIfListLimit, 1, options.Value.WhatIfListLimit);
        var now = new LeadScorer(current.Policy, clock, current.Version);
        var next = new LeadScorer(proposed, clock, current.Version + 1);

        var total = 0;
        var mqlNow = 0;
        var mqlProposed = 0;
        var up = new Queue<ScoredLead>();
        var down = new Queue<ScoredLead>();
        var upCount = 0;
        var downCount = 0;
        var scoreChanged = 0;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await foreach (var lead in ScoredLead.Query(context, from, to).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                total++;
                var answers = lead.Answers();
                var day = lead.AnswerDay;
                var before = now.Score(answers, day, explain: false);
                var after = next.Score(answers, day, explain: false);
                mqlNow += before.Stage == LeadStage.Mql ? 1 : 0;
                mqlProposed += after.Stage == LeadStage.Mql ? 1 : 0;
                scoreChanged += before.Score != after.Score ? 1 : 0;
                if (before.Stage == after.Stage)
                {
                    continue;
                }

                // Newest first in the lists: keep the last ones seen (the query runs oldest first).
                Queue<ScoredLead> list;
                if (after.Stage == LeadStage.Mql)
                {
                    upCount++;
                    list = up;
                }
                else
                {
                    downCount++;
                    list = down;
                }

                list.Enqueue(lead);
                if (list.Count > limit)
                {
                    list.Dequeue();
                }
            }
        }

        LeadMove Explain(ScoredLead lead)
        {
            var answers = lead.Answers();
            var before = now.Score(answers, lead.AnswerDay);
            var after = next.Score(answers, lead.AnswerDay);
            var criteria = new List<CriterionMove>();
            for (var i = 0; i < after.Breakdown.Count; i++)
            {
                var a = before.Breakdown[i];
                var b = after.Breakdown[i];
                if (a.Points != b.Points || a.Met != b.Met || a.Required != b.Required)
                {
                    criteria.Add(new CriterionMove(b.Criterion, a.Points, b.Points, a.Met, b.Met, b.Required, a.Reason, b.Reason));
                }
            }

            return new LeadMove(lead.Id, lead.Name, lead.Company, lead.Stage, lead.CreatedAt, before.Score, after.Score, before.Reason, after.Reason, criteria);
        }

        return new WhatIfResult(
            current.Version, from, to, total, mqlNow, mqlProposed, upCount, downCount, scoreChanged,
            up.AsEnumerable().Reverse().Select(Explain).ToList(),
            down.AsEnumerable().Reverse().Select(Explain).ToList(),
            PolicyJson.Diff(current.Policy, proposed));
    }
}

/// <summary>
/// "With these criteria, <see cref="MqlProposed"/> of the <see cref="Leads"/> leads would be MQL instead of
/// <see cref="MqlNow"/>; <see cref="MovedUpCount"/> move up, <see cref="MovedDownCount"/> move down." The lists hold the
/// newest movers, at most the list limit each.
/// </summary>
public sealed record WhatIfResult(
    int CurrentVersion,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Leads,
    int MqlNow,
    int MqlProposed,
    int MovedUpCount,
    int MovedDownCount,
    int ScoreChangedCount,
    IReadOnlyList<LeadMove> MovedUp,
    IReadOnlyList<LeadMove> MovedDown,
    IReadOnlyList<PolicyChange> Changes);

/// <summary>A lead whose outcome the proposal changes: the stage it has now (sales may have moved it), both scores and reasons.</summary>
public sealed record LeadMove(
    Guid Id,
    string Name,
    string Company,
    LeadStage Stage,
    DateTimeOffset CreatedAt,
    int ScoreNow,
    int ScoreProposed,
    string ReasonNow,
    string ReasonProposed,
    IReadOnlyList<CriterionMove> Criteria);

/// <summary>One criterion of a moving lead that the proposal scores differently (points, met or required; a reason
/// whose wording alone changed, e.g. a new minimum named in it, is not listed).</summary>
public sealed record CriterionMove(string Criterion, int PointsNow, int PointsProposed, bool MetNow, bool MetProposed, bool Required, string ReasonNow, string ReasonProposed);
