using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Tests.Domain;

public sealed class LeadScorerTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static QualificationAnswers Answers(string? need = "sales-automation", string? role = "decides", decimal? budget = 50_000m,
        string? currency = "EUR", bool budgetUnknown = false, int? startInDays = 90, bool timelineUnknown = false,
        PaymentPeriod? period = null, bool budgetNone = false, bool budgetUndecided = false, bool timelineVague = false) => new()
    {
        NeedKey = need,
        NeedText = need is null ? "Wir wollen Kaffee kochen" : need,
        AuthorityKey = role,
        BudgetAmount = budget,
        BudgetCurrency = currency,
        BudgetUnknown = budgetUnknown,
        BudgetPeriod = period,
        BudgetNone = budgetNone,
        BudgetUndecided = budgetUndecided,
        TimelineVague = timelineVague,
        TimelineStart = startInDays is { } d ? DateOnly.FromDateTime(Today.UtcDateTime).AddDays(d) : null,
        TimelineUnknown = timelineUnknown,
    };

    private static LeadScorer Scorer(IDictionary<string, string?>? overrides = null) =>
        new(PolicyFixtures.RepositoryPolicy(overrides), new FixedClock(Today));

    public static TheoryData<string, QualificationAnswers, int, LeadStage> Table => new()
    {
        { "decision maker, fitting need, budget, soon", Answers(), 100, LeadStage.Mql },
        { "co-decides, CRM need, 10,000 EUR exactly", Answers(need: "crm-integration", role: "co-decides", budget: 10_000m), 90, LeadStage.Mql },
        { "budget in USD converted at 0.92", Answers(budget: 20_000m, currency: "USD"), 100, LeadStage.Mql },
        { "start later than 6 months", Answers(startInDays: 365), 93, LeadStage.Mql },
        { "start unknown", Answers(timelineUnknown: true, startInDays: null), 90, LeadStage.Mql },
        { "recommends only: authority missing", Answers(role: "recommends"), 80, LeadStage.Lead },
        { "gathers information", Answers(role: "gathers-information"), 70, LeadStage.Lead },
        { "budget below the minimum", Answers(budget: 5_000m), 70, LeadStage.Lead },
        { "budget unknown", Answers(budget: null, currency: null, budgetUnknown: true), 80, LeadStage.Lead },
        { "budget in a currency without a rate", Answers(budget: 50_000m, currency: "JPY"), 70, LeadStage.Lead },
        { "need we do not solve", Answers(need: "just-looking"), 75, LeadStage.Lead },
        { "need in free text", Answers(need: null), 75, LeadStage.Lead },
        { "USD below the minimum after conversion", Answers(budget: 10_000m, currency: "USD"), 70, LeadStage.Lead },
        { "1,000 EUR per month is 12,000 EUR a year", Answers(budget: 1_000m, period: PaymentPeriod.Month), 100, LeadStage.Mql },
        { "800 EUR per month is 9,600 EUR a year", Answers(budget: 800m, period: PaymentPeriod.Month), 70, LeadStage.Lead },
        { "3,000 EUR per quarter is 12,000 EUR a year", Answers(budget: 3_000m, period: PaymentPeriod.Quarter), 100, LeadStage.Mql },
        { "no budget fails the criterion", Answers(budget: null, currency: null, budgetNone: true), 70, LeadStage.Lead },
        { "budget not decided scores the undecided points", Answers(budget: null, currency: null, budgetUndecided: true), 80, LeadStage.Lead },
        { "vague start scores like an unknown one", Answers(startInDays: null, timelineUnknown: true, timelineVague: true), 90, LeadStage.Mql },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Scores_and_stage_follow_the_configured_policy(string _, QualificationAnswers answers, int score, LeadStage stage)
    {
        var result = Scorer().Score(answers);
        Assert.Equal(score, result.Score);
        Assert.Equal(stage, result.Stage);
        Assert.Equal(score, result.Breakdown.Sum(i => i.Points));
        Assert.All(result.Breakdown, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    [Fact]
    public void Every_criterion_explains_its_points_in_the_configured_language()
    {
        var result = Scorer(new Dictionary<string, string?> { ["Qualification:ReasonLanguage"] = "en" })
            .Score(Answers(role: "recommends", budget: 5_000m));
        var byCriterion = result.Breakdown.ToDictionary(i => i.Criterion);
        Assert.Equal("Need \"Automate sales processes\" is a problem we solve.", byCriterion["need"].Reason);
        Assert.Equal("Role \"I recommend\": does not decide the purchase.", byCriterion["authority"].Reason);
        Assert.Equal("Budget 5,000 EUR is below the minimum of 10,000 EUR.", byCriterion["budget"].Reason);
        Assert.Equal("Not MQL: required criteria not met: authority, budget.", result.Reason);
    }

    [Fact]
    public void German_reasons_are_the_default_for_sales()
    {
        var result = Scorer().Score(Answers());
        Assert.Equal("Budget 50.000 EUR erreicht das Minimum von 10.000 EUR.", result.Breakdown.Single(i => i.Criterion == "budget").Reason);
        Assert.StartsWith("Punktzahl 100 erreicht die MQL-Schwelle 60", result.Reason);
    }

    [Fact]
    public void A_b2c_policy_without_required_criteria_counts_every_contact_as_mql()
    {
        var scorer = Scorer(new Dictionary<string, string?>
        {
            ["Qualification:Need:Required"] = "false",
            ["Qualification:Authority:Required"] = "false",
            ["Qualification:Budget:Required"] = "false",
            ["Qualification:MqlThreshold"] = "0",
        });
        Assert.Equal(LeadStage.Mql, scorer.Score(new QualificationAnswers()).Stage);
    }

    [Fact]
    public void Requiring_the_timeline_makes_a_late_start_disqualify_mql()
    {
        var scorer = Scorer(new Dictionary<string, string?> { ["Qualification:Timeline:Required"] = "true" });
        Assert.Equal(LeadStage.Lead, scorer.Score(Answers(startInDays: 365)).Stage);
        Assert.Equal(LeadStage.Mql, scorer.Score(Answers(startInDays: 30)).Stage);
    }

    [Fact]
    public void A_recurring_budget_is_annualized_over_the_configured_months_and_the_reason_says_so()
    {
        var yearly = Scorer(new Dictionary<string, string?> { ["Qualification:ReasonLanguage"] = "en" })
            .Score(Answers(budget: 1_000m, period: PaymentPeriod.Month)).Breakdown.Single(i => i.Criterion == "budget");
        Assert.True(yearly.Met);
        Assert.Equal("Budget 1,000 EUR per month (12,000 EUR over 12 months) reaches the minimum of 10,000 EUR.", yearly.Reason);

        // A policy that looks at half a year only: 1,000 a month is then 6,000 and below the minimum.
        var halfYear = Scorer(new Dictionary<string, string?> { ["Qualification:Budget:RecurringMonths"] = "6" })
            .Score(Answers(budget: 1_000m, period: PaymentPeriod.Month)).Breakdown.Single(i => i.Criterion == "budget");
        Assert.False(halfYear.Met);
        Assert.Equal(0, halfYear.Points);
        Assert.Contains("6.000 EUR über 6 Monate", halfYear.Reason);
    }

    [Fact]
    public void Points_for_an_undecided_budget_and_a_vague_start_come_from_the_policy()
    {
        var scorer = Scorer(new Dictionary<string, string?>
        {
            ["Qualification:Budget:UndecidedPoints"] = "20",
            ["Qualification:Timeline:VaguePoints"] = "5",
        });
        var result = scorer.Score(Answers(budget: null, currency: null, budgetUndecided: true, startInDays: null, timelineUnknown: true, timelineVague: true));
        var byCriterion = result.Breakdown.ToDictionary(i => i.Criterion);
        Assert.Equal(20, byCriterion["budget"].Points);
        Assert.False(byCriterion["budget"].Met);
        Assert.Equal("Budget noch nicht festgelegt (Minimum 10.000 EUR).", byCriterion["budget"].Reason);
        Assert.Equal(5, byCriterion["timeline"].Points);
        Assert.Equal("Start ohne Datum beschrieben.", byCriterion["timeline"].Reason);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
