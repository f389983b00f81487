using System.Globalization;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Domain;

/// <summary>The explainable outcome of scoring: the total, each criterion's points and reason, and the stage it earns.</summary>
public sealed record QualificationResult(int Score, IReadOnlyList<ScoreItem> Breakdown, LeadStage Stage, string Reason)
{
    /// <summary>The version of the policy that scored the answers (stored with the lead).</summary>
    public int PolicyVersion { get; init; } = 1;
}

/// <summary>Scores a prospect's answers against the <see cref="QualificationPolicy"/>. Pure: same answers and day, same result.</summary>
public sealed class LeadScorer(QualificationPolicy policy, TimeProvider clock, int policyVersion = 1)
{
    public QualificationPolicy Policy => policy;

    public int PolicyVersion => policyVersion;

    /// <summary>Scores as of today (the clock's UTC date).</summary>
    public QualificationResult Score(QualificationAnswers answers) =>
        Score(answers, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>Scores as of <paramref name="today"/> (a start date is "soon" relative to it). Without
    /// <paramref name="explain"/> no reason texts are written (every <see cref="ScoreItem.Reason"/> and the result's
    /// reason are empty): for scoring many stored leads where only points and stages are compared.</summary>
    public QualificationResult Score(QualificationAnswers answers, DateOnly today, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var culture = CultureInfo.GetCultureInfo(SupportedLanguages.CultureOf(policy.ReasonLanguage));
        var explainer = new Explainer(culture, explain);
        var items = new List<ScoreItem>(4)
        {
            ScoreNeed(answers, explainer), ScoreAuthority(answers, explainer), ScoreBudget(answers, explainer), ScoreTimeline(answers, explainer, today),
        };
        var total = 0;
        var metAllRequired = true;
        foreach (var item in items)
        {
            total += item.Points;
            metAllRequired &= !item.Required || item.Met;
        }

        if (metAllRequired && total >= policy.MqlThreshold)
        {
            return new QualificationResult(total, items, LeadStage.Mql, explainer.Format("Reason.Mql", total, policy.MqlThreshold))
            {
                PolicyVersion = policyVersion,
            };
        }

        var reason = !explain ? ""
            : !metAllRequired
                ? explainer.Format("Reason.LeadMissing", string.Join(", ", items.Where(i => i.Required && !i.Met).Select(i => i.Criterion)))
                : explainer.Format("Reason.LeadBelowThreshold", total, policy.MqlThreshold);
        return new QualificationResult(total, items, LeadStage.Lead, reason) { PolicyVersion = policyVersion };
    }

    /// <summary>Writes reason texts in the policy's reason language, or nothing when scoring without explanations.</summary>
    private readonly struct Explainer(CultureInfo culture, bool explain)
    {
        public CultureInfo Culture => culture;

        public bool Explains => explain;

        public string Format(string key, params object?[] args) => explain ? Texts.Format(key, culture, args) : "";
    }

    private ScoreItem ScoreNeed(QualificationAnswers a, Explainer explainer)
    {
        var item = new ScoreItem { Criterion = "need", Required = policy.Need.Required, MaxPoints = policy.Needs.Count == 0 ? 0 : policy.Needs.Max(n => n.Points) };
        var need = policy.FindNeed(a.NeedKey);
        if (need is not null)
        {
            item.Points = need.Points;
            item.Met = need.Fits;
            item.Reason = explainer.Format(need.Fits ? "Reason.NeedFits" : "Reason.NeedNoFit", need.Label(explainer.Culture.TwoLetterISOLanguageName));
        }
        else if (!string.IsNullOrWhiteSpace(a.NeedText))
        {
            item.Points = policy.Need.OtherPoints;
            item.Reason = explainer.Format("Reason.NeedOther");
        }
        else
        {
            item.Reason = explainer.Format("Reason.NeedMissing");
        }

        return item;
    }

    private ScoreItem ScoreAuthority(QualificationAnswers a, Explainer explainer)
    {
        var item = new ScoreItem { Criterion = "authority", Required = policy.Authority.Required, MaxPoints = policy.Roles.Count == 0 ? 0 : policy.Roles.Max(r => r.Points) };
        var role = policy.FindRole(a.AuthorityKey);
        if (role is null)
        {
            item.Reason = explainer.Format("Reason.AuthorityMissing");
            return item;
        }

        item.Points = role.Points;
        item.Met = role.DecisionMaker;
        item.Reason = explainer.Format(role.DecisionMaker ? "Reason.AuthorityDecides" : "Reason.AuthorityNoDecision", role.Label(explainer.Culture.TwoLetterISOLanguageName));
        return item;
    }

    private ScoreItem ScoreBudget(QualificationAnswers a, Explainer explainer)
    {
        var b = policy.Budget;
        var item = new ScoreItem { Criterion = "budget", Required = b.Required, MaxPoints = b.Points };
        var culture = explainer.Culture;
        var minimum = explainer.Explains ? b.Minimum.ToString("N0", culture) + " " + policy.DefaultCurrency : "";
        if (a.BudgetNone)
        {
            item.Reason = explainer.Format("Reason.BudgetNone", minimum);
            return item;
        }

        if (a.BudgetUndecided)
        {
            item.Points = b.UndecidedPoints;
            item.Reason = explainer.Format("Reason.BudgetUndecided", minimum);
            return item;
        }

        if (a.BudgetUnknown)
        {
            item.Points = b.UnknownPoints;
            item.Reason = explainer.Format("Reason.BudgetUnknown", minimum);
            return item;
        }

        if (a.BudgetAmount is not { } amount)
        {
            item.Reason = explainer.Format("Reason.BudgetMissing", minimum);
            return item;
        }

        var currency = string.IsNullOrWhiteSpace(a.BudgetCurrency) ? policy.DefaultCurrency : a.BudgetCurrency!;
        decimal inDefault;
        if (string.Equals(currency, policy.DefaultCurrency, StringComparison.OrdinalIgnoreCase))
        {
            inDefault = amount;
        }
        else if (b.ExchangeRates.TryGetValue(currency, out var rate))
        {
            inDefault = amount * rate;
        }
        else
        {
            item.Reason = explainer.Format("Reason.BudgetNoRate", currency, policy.DefaultCurrency);
            return item;
        }

        var shown = explainer.Explains ? inDefault.ToString("N0", culture) + " " + policy.DefaultCurrency : "";
        if (a.BudgetPeriod is { } period && MonthsPer(period) is { } months)
        {
            // A recurring budget is compared as its total over the configured horizon (a year by default).
            var perPeriod = shown;
            inDefault = decimal.Round(inDefault * b.RecurringMonths / months, 2);
            shown = explainer.Explains
                ? explainer.Format("Reason.BudgetRecurring", perPeriod, Texts.Get("Period." + period, culture),
                    inDefault.ToString("N0", culture) + " " + policy.DefaultCurrency, b.RecurringMonths)
                : "";
        }

        if (inDefault >= b.Minimum)
        {
            item.Points = b.Points;
            item.Met = true;
            item.Reason = explainer.Format("Reason.BudgetMet", shown, minimum);
        }
        else
        {
            item.Reason = explainer.Format("Reason.BudgetBelow", shown, minimum);
        }

        return item;
    }

    /// <summary>Months in one period of a recurring budget; null for a one-off amount.</summary>
    private static int? MonthsPer(PaymentPeriod period) => period switch
    {
        PaymentPeriod.Month => 1,
        PaymentPeriod.Quarter => 3,
        PaymentPeriod.Year => 12,
        _ => null,
    };

    private ScoreItem ScoreTimeline(QualificationAnswers a, Explainer explainer, DateOnly today)
    {
        var t = policy.Timeline;
        var item = new ScoreItem { Criterion = "timeline", Required = t.Required, MaxPoints = t.Points };
        if (a.TimelineVague && a.TimelineStart is null)
        {
            item.Points = t.VaguePoints;
            item.Reason = explainer.Format("Reason.TimelineVague");
            return item;
        }

        if (a.TimelineStart is not { } start)
        {
            item.Reason = explainer.Format(a.TimelineUnknown ? "Reason.TimelineUnknown" : "Reason.TimelineMissing");
            return item;
        }

        var culture = explainer.Culture;
        var limit = today.AddMonths(t.MaxMonths);
        if (start <= limit)
        {
            item.Points = t.Points;
            item.Met = true;
            item.Reason = explainer.Format("Reason.TimelineSoon", explainer.Explains ? start.ToString("d", culture) : "", t.MaxMonths);
        }
        else
        {
            item.Points = t.LaterPoints;
            item.Reason = explainer.Format("Reason.TimelineLater", explainer.Explains ? start.ToString("d", culture) : "", t.MaxMonths);
        }

        return item;
    }
}
