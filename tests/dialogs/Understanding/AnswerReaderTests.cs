using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Tests.Domain;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>What the flow relies on beyond the corpus rows: evidence spans, display formats, the per-period budget,
/// and the synonyms marketing edits.</summary>
public class AnswerReaderTests
{
    private static readonly AnswerReader Reader = new();

    private static ReadingContext Context(string locale = "de-DE", QualificationPolicy? policy = null) =>
        new(locale, PhraseCorpus.Reference, policy ?? PolicyFixtures.RepositoryPolicy());

    [Fact]
    public void Several_answers_in_one_message_each_carry_the_exact_words_they_were_read_from()
    {
        const string text = "Hi, ich bin Max Müller von der Acme GmbH, max@acme.de, wir brauchen ein CRM, Budget ca. 20k, ich bin GF";

        var all = Reader.ReadAll(text, Context());

        Assert.Equal(["name", "company", "email", "need", "budget", "authority"], all.Select(r => r.Slot).OrderBy(s => Array.IndexOf(new[] { "name", "company", "email", "need", "budget", "authority" }, s)));
        Assert.All(all, r => Assert.Contains(r.Evidence, text, StringComparison.Ordinal));
        Assert.Equal("Max Müller", all.Single(r => r.Slot == "name").Evidence);
        Assert.Equal("Acme GmbH", all.Single(r => r.Slot == "company").Evidence);
        Assert.Equal("max@acme.de", all.Single(r => r.Slot == "email").Evidence);
        Assert.All(all, r => Assert.Equal(Confidence.High, r.Confidence));
    }

    [Theory]
    [InlineData(QuestionSteps.Timeline, "de-DE", "ab März, eher April")]
    [InlineData(QuestionSteps.Name, "en-US", "lena vogt.. sorry Lena Voigt, autocorrect")]
    [InlineData(QuestionSteps.Need, "de-DE", "Leads gewinnen, aber eigentlich eher unser CRM anbinden")]
    public void A_second_value_after_a_but_or_a_sorry_is_confirmed_never_taken_as_sure(string step, string locale, string text)
    {
        var reading = Reader.Read(step, text, Context(locale))!;
        var first = Reader.Read(step, text[..text.IndexOfAny([',', '.'])], Context(locale))!;

        Assert.Equal(Confidence.High, first.Confidence);
        Assert.Equal(Confidence.Medium, reading.Confidence);
    }

    [Theory]
    [InlineData(QuestionSteps.Name, "en-US", "Mia Torres, sorry for the typo before")]
    [InlineData(QuestionSteps.Email, "de-DE", "t.ernst@posteo.de, aber lieber anrufen")]
    [InlineData(QuestionSteps.Need, "de-DE", "Leads qualifizieren, aber viele davon sind Müll")]
    public void A_remark_after_a_but_that_is_no_value_leaves_the_reading_sure(string step, string locale, string text)
    {
        Assert.Equal(Confidence.High, Reader.Read(step, text, Context(locale))!.Confidence);
    }

    [Fact]
    public void A_phone_number_is_stored_in_E164_and_shown_in_the_international_format()
    {
        var de = Reader.Read(QuestionSteps.Phone, "030 1234567", Context("de-DE"))!;
        var us = Reader.Read(QuestionSteps.Phone, "(212) 736-5000", Context("en-US"))!;

        Assert.Equal(new PhoneNumberValue("+49301234567", "+49 30 1234567"), de.Value);
        Assert.Equal(new PhoneNumberValue("+12127365000", "+1 212-736-5000"), us.Value);
    }

    [Fact]
    public void A_budget_per_month_keeps_its_period_and_annualizes_for_scoring()
    {
        var reading = Reader.Read(QuestionSteps.Budget, "5k/Monat", Context())!;
        var budget = Assert.IsType<BudgetEstimate>(reading.Value);

        Assert.Equal(BudgetPeriod.Month, budget.Period);
        Assert.Equal(5000m, budget.Amount);
        Assert.Equal(60000m, budget.PerYear);
    }

    [Theory]
    [InlineData("de-DE", "ein paar tausend", 2000, 9000, "EUR")]
    [InlineData("de-DE", "mehrere tausend Euro pro Monat", 2000, 9000, "EUR")]
    [InlineData("de-DE", "kleiner fünfstelliger Betrag", 10000, 30000, "EUR")]
    [InlineData("de-DE", "im mittleren 6-stelligen Bereich", 300000, 700000, "EUR")]
    [InlineData("en-US", "a few thousand", 2000, 9000, "EUR")]
    [InlineData("en-US", "high five figures", 70000, 99999, "EUR")]
    [InlineData("en-US", "a couple hundred bucks", 200, 900, "USD")]
    public void An_order_of_magnitude_is_a_range_to_confirm_never_an_exact_amount(string locale, string text, int min, int max, string currency)
    {
        var reading = Reader.Read(QuestionSteps.Budget, text, Context(locale))!;
        var budget = Assert.IsType<BudgetEstimate>(reading.Value);

        Assert.Equal(Confidence.Medium, reading.Confidence);
        Assert.Equal(ReadingHints.Approximate, reading.Hint);
        Assert.Equal(min, budget.Minimum);
        Assert.Equal(max, budget.Maximum);
        Assert.Equal(currency, budget.Currency);
    }

    [Theory]
    [InlineData("jürgen@köhler-metall.de", "jürgen@köhler-metall.de")]
    [InlineData("Mail: müller.öztürk@example.com", "müller.öztürk@example.com")]
    public void An_address_with_umlauts_in_the_local_part_is_read_whole(string text, string address)
    {
        var reading = Reader.Read(QuestionSteps.Email, text, Context())!;

        // read whole, and confirmed: many mail systems do not take a German letter before the at sign
        Assert.Equal(Confidence.Medium, reading.Confidence);
        Assert.Equal(address, reading.Value);
    }

    [Theory]
    [InlineData("de-DE", "wir sind ein kleines Ingenieurbüro, Meier & Partner", "Meier & Partner", Confidence.High)]
    [InlineData("de-DE", "ein Handwerksbetrieb", "ein Handwerksbetrieb", Confidence.Medium)]
    [InlineData("en-US", "we're a startup called Brightleaf", "Brightleaf", Confidence.High)]
    public void A_description_of_the_company_is_no_company_name(string locale, string text, string company, Confidence confidence)
    {
        var reading = Reader.Read(QuestionSteps.Company, text, Context(locale))!;

        Assert.Equal(company, reading.Value);
        Assert.Equal(confidence, reading.Confidence);
    }

    [Fact]
    public void A_vague_timeline_keeps_the_prospects_words()
    {
        var reading = Reader.Read(QuestionSteps.Timeline, "sobald das Budget freigegeben ist", Context())!;
        var timeline = Assert.IsType<TimelineEstimate>(reading.Value);

        Assert.True(timeline.IsVague);
        Assert.True(timeline.IsUnknown);
        Assert.Null(timeline.Start);
        Assert.Equal("sobald das Budget freigegeben ist", timeline.Text);
    }

    [Fact]
    public void A_synonym_marketing_adds_in_the_configuration_is_understood()
    {
        var before = Reader.Read(QuestionSteps.Need, "Wir wollen Webinare vermarkten", Context());
        var policy = PolicyFixtures.RepositoryPolicy(new Dictionary<string, string?> { ["Qualification:Needs:0:Synonyms:de:99"] = "Webinare vermarkten" });

        var after = Reader.Read(QuestionSteps.Need, "Wir wollen Webinare vermarkten", Context(policy: policy));

        Assert.Null(Assert.IsType<ChoiceValue>(before!.Value).Key);
        Assert.Equal(new ChoiceValue("lead-management", "Leads gewinnen und qualifizieren"), after!.Value);
        Assert.Equal(Confidence.High, after.Confidence);
    }

    [Fact]
    public void Free_text_that_matches_no_need_is_kept_verbatim()
    {
        var reading = Reader.Read(QuestionSteps.Need, "  Wir brauchen Hilfe bei der Buchhaltung ", Context())!;

        Assert.Equal(new ChoiceValue(null, "Wir brauchen Hilfe bei der Buchhaltung"), reading.Value);
    }

    [Fact]
    public void A_correction_at_the_summary_carries_the_new_value_read_by_that_steps_reader()
    {
        var reading = Reader.ReadSummary("change the budget to 60k", Context("en-US"))!;

        Assert.Equal(SummaryIntent.Change, reading.Value.Intent);
        Assert.Equal(QuestionSteps.Budget, reading.Value.Field);
        Assert.Equal(60000m, Assert.IsType<BudgetEstimate>(reading.Value.NewValue!.Value).Amount);
    }

    [Fact]
    public void The_same_answer_reads_the_same_from_many_threads()
    {
        var context = Context();
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 64, i =>
        {
            var budget = Reader.Read(QuestionSteps.Budget, "zwischen 20 und 50 Tsd.", context)!;
            var need = Reader.Read(QuestionSteps.Need, "Salesforce anbinden", context)!;
            results.Add(PhraseCorpus.Value(budget.Value) + "|" + PhraseCorpus.Value(need.Value));
        });

        Assert.Equal(["20000-50000 EUR|crm-integration"], results.Distinct());
    }

    [Fact]
    public void The_prospects_own_name_at_the_company_question_is_asked_again_and_another_company_is_taken()
    {
        var context = Context() with { KnownName = "Erika Musterfrau" };

        var same = Reader.Read(QuestionSteps.Company, "Musterfrau, Erika", context)!;
        var other = Reader.Read(QuestionSteps.Company, "Musterfrau Consulting GmbH", context)!;
        var unknown = Reader.Read(QuestionSteps.Company, "Erika Musterfrau", Context())!;

        Assert.Equal((Confidence.Low, ReadingHints.NameAsCompany), (same.Confidence, same.Hint));
        Assert.Equal(("Musterfrau Consulting GmbH", Confidence.High), ((string)other.Value, other.Confidence));
        Assert.Equal(Confidence.High, unknown.Confidence);
    }

    [Fact]
    public void The_prospects_own_name_read_as_a_company_beside_other_answers_or_at_the_summary_is_never_taken()
    {
        var context = Context() with { KnownName = "Erika Musterfrau" };
        const string message = "Hallo, Erika Musterfrau hier, von der Erika Musterfrau, Budget 20.000 €";

        var beside = Reader.ReadAll(message, context).Single(r => r.Slot == QuestionSteps.Company);
        var besideUnknown = Reader.ReadAll(message, Context()).Single(r => r.Slot == QuestionSteps.Company);
        var summary = Reader.ReadSummary("Firma ist falsch: Erika Musterfrau", context)!;
        var otherCompany = Reader.ReadSummary("Firma ist falsch: Musterfrau Consulting GmbH", context)!;

        Assert.Equal((Confidence.Low, ReadingHints.NameAsCompany), (beside.Confidence, beside.Hint));
        Assert.NotEqual(Confidence.Low, besideUnknown.Confidence);
        Assert.Equal(QuestionSteps.Company, summary.Value.Field);
        Assert.NotEqual(Confidence.High, summary.Value.NewValue?.Confidence ?? Confidence.Low);
        Assert.Equal(("Musterfrau Consulting GmbH", Confidence.High), ((string)otherCompany.Value.NewValue!.Value, otherCompany.Value.NewValue.Confidence));
    }
}
