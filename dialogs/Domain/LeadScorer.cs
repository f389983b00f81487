using System.Globalization;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Domain;

/// <summary>The explainable outcome of scoring: the total, each criterion's points and reason, and the stage it earns.</summary>
public sealed record QualificationResult(int Score, IReadOnlyList<ScoreItem> Breakdown, LeadStage Stage, string Reason);

/// <summary>Scores a prospect's answers against the <see cref="QualificationPolicy"/>. Pure: same answers, same result.</summary>
public sealed class LeadScorer(QualificationPolicy policy, TimeProvider clock)
{
    public QualificationResult Score(QualificationAnswers answers)
    {
        var culture = CultureInfo.GetCultureInfo(SupportedLanguages.CultureOf(policy.ReasonLanguage));
        var items = new List<ScoreItem> { ScoreNeed(answers, culture), ScoreAuthority(answers, culture), ScoreBudget(answers, culture), ScoreTimeline(answers, culture) };
        var total = items.Sum(i => i.Points);
        var missing = items.Where(i => i.Required && !i.Met).Select(i => i.Criterion).ToList();
        if (missing.Count == 0 && total >= policy.MqlThreshold)
        {
            return new QualificationResult(total, items, LeadStage.Mql,
                Texts.Format("Reason.Mql", culture, total, policy.MqlThreshold));
        }

        var reason = missing.Count > 0
            ? Texts.Format("Reason.LeadMissing", culture, string.Join(", ", missing))
            : Texts.Format("Reason.LeadBelowThreshold", culture, total, policy.MqlThreshold);
        return new QualificationResult(total, items, LeadStage.Lead, reason);
    }

    private ScoreItem ScoreNeed(QualificationAnswers a, CultureInfo culture)
    {
        var item = new ScoreItem { Criterion = "need", Required = policy.Need.Required, MaxPoints = policy.Needs.Count == 0 ? 0 : policy.Needs.Max(n => n.Points) };
        var need = policy.FindNeed(a.NeedKey);
        if (need is not null)
        {
            item.Points = need.Points;
            item.Met = need.Fits;
            item.Reason = Texts.Format(need.Fits ? "Reason.NeedFits" : "Reason.NeedNoFit", culture, need.Label(culture.TwoLetterISOLanguageName));
        }
        else if (!string.IsNullOrWhiteSpace(a.NeedText))
        {
            item.Points = policy.Need.OtherPoints;
            item.Reason = Texts.Format("Reason.NeedOther", culture);
        }
        else
        {
            item.Reason = Texts.Format("Reason.NeedMissing", culture);
        }

        return item;
    }

    private ScoreItem ScoreAuthority(QualificationAnswers a, CultureInfo culture)
    {
        var item = new ScoreItem { Criterion = "authority", Required = policy.Authority.Required, MaxPoints = policy.Roles.Count == 0 ? 0 : policy.Roles.Max(r => r.Points) };
        var role = policy.FindRole(a.AuthorityKey);
        if (role is null)
        {
            item.Reason = Texts.Format("Reason.AuthorityMissing", culture);
            return item;
        }

        item.Points = role.Points;
        item.Met = role.DecisionMaker;
        item.Reason = Texts.Format(role.DecisionMaker ? "Reason.AuthorityDecides" : "Reason.AuthorityNoDecision", culture, role.Label(culture.TwoLetterISOLanguageName));
        return item;
    }

    private ScoreItem ScoreBudget(QualificationAnswers a, CultureInfo culture)
    {
        var b = policy.Budget;
        var item = new ScoreItem { Criterion = "budget", Required = b.Required, MaxPoints = b.Points };
        var minimum = b.Minimum.ToString("N0", culture) + " " + policy.DefaultCurrency;
        if (a.BudgetNone)
        {
            item.Reason = Texts.Format("Reason.BudgetNone", culture, minimum);
            return item;
        }

        if (a.BudgetUndecided)
        {
            item.Points = b.UndecidedPoints;
            item.Reason = Texts.Format("Reason.BudgetUndecided", culture, minimum);
            return item;
        }

        if (a.BudgetUnknown)
        {
            item.Points = b.UnknownPoints;
            item.Reason = Texts.Format("Reason.BudgetUnknown", culture, minimum);
            return item;
        }

        if (a.BudgetAmount is not { } amount)
        {
            item.Reason = Texts.Format("Reason.BudgetMissing", culture, minimum);
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
            item.Reason = Texts.Format("Reason.BudgetNoRate", culture, currency, policy.DefaultCurrency);
            return item;
        }

        var shown = inDefault.ToString("N0", culture) + " " + policy.DefaultCurrency;
        if (a.BudgetPeriod is { } period && MonthsPer(period) is { } months)
        {
            // A recurring budget is compared as its total over the configured horizon (a year by default).
            var perPeriod = shown;
            inDefault = decimal.Round(inDefault * b.RecurringMonths / months, 2);
            shown = Texts.Format("Reason.BudgetRecurring", culture, perPeriod, Texts.Get("Period." + period, culture),
                inDefault.ToString("N0", culture) + " " + policy.DefaultCurrency, b.RecurringMonths);
        }

        if (inDefault >= b.Minimum)
        {
            item.Points = b.Points;
            item.Met = true;
            item.Reason = Texts.Format("Reason.BudgetMet", culture, shown, minimum);
        }
        else
        {
            item.Reason = Texts.Format("Reason.BudgetBelow", culture, shown, minimum);
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

    private ScoreItem ScoreTimeline(QualificationAnswers a, CultureInfo culture)
    {
        var t = policy.Timeline;
        var item = new ScoreItem { Criterion = "timeline", Required = t.Required, MaxPoints = t.Points };
        if (a.TimelineVague && a.TimelineStart is null)
        {
            item.Points = t.VaguePoints;
            item.Reason = Texts.Format("Reason.TimelineVague", culture);
            return item;
        }

        if (a.TimelineStart is not { } start)
        {
            item.Reason = Texts.Format(a.TimelineUnknown ? "Reason.TimelineUnknown" : "Reason.TimelineMissing", culture);
            return item;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var limit = today.AddMonths(t.MaxMonths);
        if (start <= limit)
        {
            item.Points = t.Points;
            item.Met = true;
            item.Reason = Texts.Format("Reason.TimelineSoon", culture, start.ToString("d", culture), t.MaxMonths);
        }
        else
        {
            item.Points = t.LaterPoints;
            item.Reason = Texts.Format("Reason.TimelineLater", culture, start.ToString("d", culture), t.MaxMonths);
        }

        return item;
    }
}
