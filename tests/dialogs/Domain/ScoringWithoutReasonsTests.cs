using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Tests.Domain;

/// <summary>The workbench scores many stored leads without reason texts and as of the day the answers were given: the
/// points and stages must be exactly those of a full scoring on that day.</summary>
public sealed class ScoringWithoutReasonsTests
{
    private static readonly DateOnly AnswerDay = new(2026, 3, 1);

    public static TheoryData<QualificationAnswers> Answers => new()
    {
        new() { NeedKey = "sales-automation", AuthorityKey = "decides", BudgetAmount = 50_000m, BudgetCurrency = "EUR", TimelineStart = AnswerDay.AddMonths(2) },
        new() { NeedKey = "crm-integration", AuthorityKey = "co-decides", BudgetAmount = 800m, BudgetCurrency = "EUR", BudgetPeriod = PaymentPeriod.Month, TimelineStart = AnswerDay.AddMonths(9) },
        new() { NeedText = "Kaffee", AuthorityKey = "recommends", BudgetUnknown = true, TimelineUnknown = true },
        new() { NeedKey = "lead-management", AuthorityKey = "decides", BudgetAmount = 20_000m, BudgetCurrency = "USD", TimelineVague = true, TimelineUnknown = true },
        new() { NeedKey = "just-looking", AuthorityKey = "gathers-information", BudgetNone = true },
        new() { NeedKey = "lead-management", AuthorityKey = "decides", BudgetUndecided = true, TimelineStart = AnswerDay.AddMonths(6) },
        new() { NeedKey = "lead-management", AuthorityKey = "decides", BudgetAmount = 10_000m, BudgetCurrency = "JPY" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Without_reasons_the_points_and_the_stage_are_those_of_a_full_scoring(QualificationAnswers answers)
    {
        var scorer = new LeadScorer(PolicyFixtures.RepositoryPolicy(), TimeProvider.System, policyVersion: 7);

        var full = scorer.Score(answers, AnswerDay);
        var quiet = scorer.Score(answers, AnswerDay, explain: false);

        Assert.Equal(full.Score, quiet.Score);
        Assert.Equal(full.Stage, quiet.Stage);
        Assert.Equal(full.Breakdown.Select(i => (i.Criterion, i.Points, i.Met, i.Required)), quiet.Breakdown.Select(i => (i.Criterion, i.Points, i.Met, i.Required)));
        Assert.All(quiet.Breakdown, i => Assert.Equal("", i.Reason));
        Assert.Equal("", quiet.Reason);
        Assert.All(full.Breakdown, i => Assert.NotEqual("", i.Reason));
        Assert.Equal(7, full.PolicyVersion);
        Assert.Equal(7, quiet.PolicyVersion);
    }

    [Fact]
    public void A_start_date_is_judged_from_the_given_day_not_from_today()
    {
        var scorer = new LeadScorer(PolicyFixtures.RepositoryPolicy(), TimeProvider.System);
        var answers = new QualificationAnswers { NeedKey = "lead-management", AuthorityKey = "decides", BudgetAmount = 50_000m, TimelineStart = new DateOnly(2026, 12, 1) };

        Assert.True(scorer.Score(answers, new DateOnly(2026, 9, 1)).Breakdown.Single(i => i.Criterion == "timeline").Met);
        Assert.False(scorer.Score(answers, new DateOnly(2026, 3, 1)).Breakdown.Single(i => i.Criterion == "timeline").Met);
    }
}
