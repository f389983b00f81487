using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>
/// What the bot does with the readers' confidence, over the real bot and readers on a real SQLite file: an unsure answer
/// is confirmed in one line (yes stores it, no asks again), one message may answer five questions at once (only the
/// rest is asked, an unsure slot is confirmed), corrections at the summary carry their value, and what the new readings
/// carry (a budget per month, no budget, a budget not decided yet, a vague start, a phone's display form) is stored.
/// </summary>
public sealed class UnsureAndMixedAnswerTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> German = QualificationConversationTests.GermanAnswers;
    private static readonly Dictionary<string, string> English = QualificationConversationTests.EnglishAnswers;

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_unsure_need_is_confirmed_in_one_line_and_yes_stores_it()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "need");
        var check = await chat.SayAsync("eher Leads, glaube ich");
        Assert.Equal("need", chat.LastStep);
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.Equal("Meinen Sie ‚Leads gewinnen und qualifizieren‘?", check[^1].Text);
        Assert.Equal(["Ja", "Nein, etwas anderes"], Buttons(check[^1]));

        await chat.SayAsync("Ja");
        Assert.Equal("authority", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("lead-management", lead.NeedKey);
        Assert.Equal("eher Leads, glaube ich", lead.NeedVerbatim);
    }

    [Fact]
    public async Task A_language_switch_at_the_confirmation_line_asks_it_again_in_the_new_language_and_keeps_the_reading()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "need");
        await chat.SayAsync("eher Leads, glaube ich");
        var switched = await chat.SayAsync("in English please");
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.Equal("Do you mean \"Win and qualify leads\"?", switched[^1].Text);
        Assert.Equal(["Yes", "No, something else"], Buttons(switched[^1]));

        await chat.SayAsync("yes");
        Assert.Equal("What is your role in the purchase decision?", chat.Transcript[^1].Text);
        await AnswerUntilAsync(chat, English, "confirm");
        Assert.Contains("- Challenge: Win and qualify leads", chat.Transcript[^1].Text);
        await chat.SayAsync("yes");
        Assert.Equal("lead-management", Assert.Single(await _harness.LeadsAsync()).NeedKey);
    }

    [Fact]
    public async Task Answers_to_other_questions_in_the_reply_to_a_confirmation_line_are_taken_too()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "need");
        await chat.SayAsync("eher Leads, glaube ich");
        var replies = await chat.SayAsync("Ja. Budget ca. 50.000 €");
        Assert.Contains("Danke, notiert: Budget.", BotConversation.Texts(replies));
        Assert.Equal("authority", chat.LastStep);
        await chat.SayAsync("Ich entscheide");
        Assert.Equal("timeline", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(("lead-management", 50000m), (lead.NeedKey, lead.BudgetAmount));
    }

    [Fact]
    public async Task A_need_in_own_words_next_to_another_answer_is_confirmed_before_it_is_kept()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "need");
        var replies = await chat.SayAsync("Unsere Lagerverwaltung ist veraltet, Budget ca. 30.000 €");
        Assert.Contains("Danke, notiert: Budget.", BotConversation.Texts(replies));
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.StartsWith("Meinen Sie ‚Unsere Lagerverwaltung ist veraltet", replies[^1].Text);
        await chat.SayAsync("ja");
        Assert.Equal("authority", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Null(lead.NeedKey);
        Assert.StartsWith("Unsere Lagerverwaltung ist veraltet", lead.NeedVerbatim);
        Assert.Equal(30000m, lead.BudgetAmount);
    }

    [Fact]
    public async Task No_at_the_confirmation_asks_the_question_again_and_stores_nothing_of_the_unsure_reading()
    {
        var chat = await StartedAsync("en-US");
        await AnswerUntilAsync(chat, English, "need");
        var check = await chat.SayAsync("maybe automation");
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.Equal("Do you mean \"Automate sales processes\"?", check[^1].Text);

        var again = await chat.SayAsync("No, something else");
        Assert.Equal("need", chat.LastStep);
        Assert.Null(chat.LastPhase);
        Assert.True(QuestionActivity.IsReask(again[^1]));
        Assert.StartsWith("All right, then once more: Which challenge", again[^1].Text);

        await chat.SayAsync("Connect our CRM");
        Assert.Equal("authority", chat.LastStep);
        await chat.AnswerAllAsync(English);
        Assert.Equal("crm-integration", Assert.Single(await _harness.LeadsAsync()).NeedKey);
    }

    [Fact]
    public async Task The_confirmation_line_is_capped_and_a_repeated_unsure_answer_cannot_loop()
    {
        var chat = await StartedAsync("en-US");
        await AnswerUntilAsync(chat, English, "need");
        await chat.SayAsync("maybe automation");
        var retry = await chat.SayAsync("maybe automation");
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.True(QuestionActivity.IsReask(retry[^1]));
        Assert.StartsWith("Please answer yes or no.", retry[^1].Text);
        await chat.SayAsync("maybe automation");
        var dropped = await chat.SayAsync("maybe automation");
        Assert.Equal("need", chat.LastStep);
        Assert.Null(chat.LastPhase);
        Assert.True(QuestionActivity.IsReask(dropped[^1]));

        // Every round of unsure answers costs one of the question's attempts: the offer to skip comes, no loop.
        for (var i = 0; i < 12 && chat.LastPhase != QuestionActivity.GiveUpPhase; i++)
        {
            await chat.SayAsync("maybe automation");
        }

        Assert.Equal(QuestionActivity.GiveUpPhase, chat.LastPhase);
    }

    [Fact]
    public async Task One_message_with_six_answers_fills_them_and_only_the_rest_is_asked()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");
        var replies = await chat.SayAsync("Hi, ich bin Max Müller von der Acme GmbH, max@acme.de, wir brauchen ein CRM, Budget ca. 20k, ich bin GF");
        Assert.Contains("Danke, notiert: Name, E-Mail, Unternehmen, Aufgabe, Rolle, Budget.", BotConversation.Texts(replies));
        Assert.Equal("phone", chat.LastStep);

        await chat.SayAsync("überspringen");
        Assert.Equal("timeline", chat.LastStep);
        var summary = await chat.SayAsync("in drei Monaten");
        Assert.Equal("confirm", chat.LastStep);
        Assert.Contains("Name: Max Müller", summary[^1].Text);
        await chat.SayAsync("ja");

        Assert.Equal(["consent", "name", "phone", "timeline", "confirm"], chat.Transcript.Select(QuestionActivity.StepOf).OfType<string>().Distinct());
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(("Max Müller", "max@acme.de", "Acme GmbH"), (lead.Name, lead.Email, lead.Company));
        Assert.Equal(("crm-integration", "decides"), (lead.NeedKey, lead.AuthorityKey));
        Assert.Equal(20000m, lead.BudgetAmount);
        Assert.Null(lead.Phone);
        Assert.Equal(LeadStage.Mql, lead.Stage);
    }

    [Fact]
    public async Task An_unsure_slot_in_a_mixed_message_is_confirmed_not_silently_taken()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");
        var replies = await chat.SayAsync("ich bin von der Acme, Telefon 0171 1234567");
        Assert.Contains("Danke, notiert: Telefon.", BotConversation.Texts(replies));
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.Equal("Habe ich das richtig verstanden? Unternehmen: ‚Acme‘", replies[^1].Text);

        var name = await chat.SayAsync("nein");
        Assert.Equal("name", chat.LastStep);
        Assert.Null(chat.LastPhase);
        Assert.Equal("Wie ist Ihr Name?", name[^1].Text);
        await chat.SayAsync("Erika Musterfrau");
        await chat.SayAsync("erika@example.com");
        Assert.Equal("company", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("Beispiel AG", lead.Company);
        Assert.Equal("+491711234567", lead.Phone);
        Assert.Equal("+49 171 1234567", lead.PhoneDisplay);
    }

    [Theory]
    [InlineData("de-DE", "ein paar tausend", "Ja", 2000, 9000)]
    [InlineData("en-US", "low five figures", "Yes", 10000, 30000)]
    public async Task An_order_of_magnitude_is_confirmed_as_a_range_and_yes_stores_the_range(string locale, string phrase, string yes, int min, int max)
    {
        var chat = await StartedAsync(locale);
        await AnswerUntilAsync(chat, locale == "de-DE" ? German : English, "budget");
        await chat.SayAsync(phrase);
        Assert.Equal("budget", chat.LastStep);
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);

        await chat.SayAsync(yes);
        Assert.Equal("timeline", chat.LastStep);
        await chat.AnswerAllAsync(locale == "de-DE" ? German : English);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(min, lead.BudgetMinimum);
        Assert.Equal(max, lead.BudgetMaximum);
    }

    [Fact]
    public async Task A_sure_answer_is_not_followed_by_a_confirmation_of_an_unsure_fragment_of_it()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");
        var replies = await chat.SayAsync("Ursula von der Leyen");
        Assert.Equal("email", chat.LastStep);
        Assert.Null(chat.LastPhase);
        Assert.DoesNotContain("notiert", BotConversation.Texts(replies));
        await chat.SayAsync("ursula@example.com");
        Assert.Equal("company", chat.LastStep);
    }

    [Theory]
    [InlineData("en-US", "change the budget to 60k", "Budget: 60,000 EUR")]
    [InlineData("de-DE", "Budget bitte auf 60k ändern", "Budget: 60.000 EUR")]
    [InlineData("de-DE", "der Name ist falsch geschrieben: Erika Mustermann", "Name: Erika Mustermann")]
    [InlineData("en-US", "my email is actually max@acme.com", "E-mail: max@acme.com")]
    public async Task A_correction_with_its_value_is_applied_directly_and_the_summary_shown_again(string locale, string correction, string shown)
    {
        var chat = await StartedAsync(locale);
        await AnswerUntilAsync(chat, locale == "de-DE" ? German : English, "confirm");
        var summary = await chat.SayAsync(correction);
        Assert.Equal("confirm", chat.LastStep);
        Assert.StartsWith(locale == "de-DE" ? "Geändert." : "Changed.", summary[^1].Text);
        Assert.Contains(shown, summary[^1].Text);
        Assert.Equal(2, Buttons(summary[^1]).Count);
        await chat.SayAsync(locale == "de-DE" ? "Ja, das stimmt" : "Yes, that is correct");
        Assert.Single(await _harness.LeadsAsync());
    }

    [Fact]
    public async Task A_correction_with_its_value_also_works_at_which_answer()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "confirm");
        await chat.SayAsync("Etwas ändern");
        var summary = await chat.SayAsync("Die Firma heißt richtig Acme AG");
        Assert.Contains("Unternehmen: Acme AG", summary[^1].Text);
        await chat.SayAsync("ja");
        Assert.Equal("Acme AG", Assert.Single(await _harness.LeadsAsync()).Company);
    }

    [Theory]
    [InlineData("de-DE", "5k/Monat", PaymentPeriod.Month, 5000, true)]
    [InlineData("en-US", "800 per month", PaymentPeriod.Month, 800, false)]
    public async Task A_budget_per_month_is_stored_with_its_period_and_scored_over_a_year(string locale, string phrase, PaymentPeriod period, int amount, bool met)
    {
        var lead = await QualifyAsync(locale, new() { ["budget"] = phrase });
        Assert.Equal(period, lead.BudgetPeriod);
        Assert.Equal(amount, lead.BudgetAmount);
        var budget = lead.ScoreBreakdown.Single(s => s.Criterion == "budget");
        Assert.Equal(met, budget.Met);
        Assert.Contains((amount * 12).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("de-DE")) + " EUR über 12 Monate", budget.Reason);
    }

    [Fact]
    public async Task No_budget_is_stored_as_none_and_fails_the_budget_criterion()
    {
        var lead = await QualifyAsync("de-DE", new() { ["budget"] = "Wir haben kein Budget" });
        Assert.True(lead.BudgetNone);
        Assert.Null(lead.BudgetAmount);
        var budget = lead.ScoreBreakdown.Single(s => s.Criterion == "budget");
        Assert.False(budget.Met);
        Assert.Equal(0, budget.Points);
        Assert.Equal(LeadStage.Lead, lead.Stage);
    }

    [Fact]
    public async Task A_budget_not_decided_yet_is_stored_as_undecided_with_the_policys_points()
    {
        var lead = await QualifyAsync("de-DE", new() { ["budget"] = "hängt davon ab" });
        Assert.True(lead.BudgetUndecided);
        Assert.False(lead.BudgetUnknown);
        Assert.Equal(10, lead.ScoreBreakdown.Single(s => s.Criterion == "budget").Points);
    }

    [Fact]
    public async Task A_vague_start_is_kept_in_the_prospects_words_and_scored_like_an_unknown_one()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "timeline");
        var summary = await chat.SayAsync("sobald das Budget freigegeben ist");
        Assert.Contains("Start: sobald das Budget freigegeben ist", summary[^1].Text);
        await chat.SayAsync("ja");
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.True(lead.TimelineVague);
        Assert.Null(lead.TimelineStart);
        Assert.Equal("sobald das Budget freigegeben ist", lead.TimelineText);
        Assert.Equal(0, lead.ScoreBreakdown.Single(s => s.Criterion == "timeline").Points);
    }

    [Fact]
    public async Task An_american_phone_number_in_an_english_chat_is_stored_in_e164_and_shown_formatted()
    {
        var chat = await StartedAsync("en-US");
        await AnswerUntilAsync(chat, English, "phone");
        await chat.SayAsync("(212) 736-5000");
        await AnswerUntilAsync(chat, English, "confirm");
        Assert.Contains("Phone: +1 212-736-5000", chat.Transcript[^1].Text);
        await chat.SayAsync("yes");
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("+12127365000", lead.Phone);
        Assert.Equal("+1 212-736-5000", lead.PhoneDisplay);
    }

    [Fact]
    public async Task A_german_chat_answered_in_english_and_with_the_other_languages_buttons_is_understood()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "authority");
        await chat.SayAsync("I decide");
        Assert.Equal("budget", chat.LastStep);
        await chat.SayAsync("about 50,000 EUR");
        Assert.Equal("timeline", chat.LastStep);
        await chat.SayAsync("within 3 months");
        await chat.SayAsync("Yes, that is correct");
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("decides", lead.AuthorityKey);
        Assert.Equal(50000m, lead.BudgetAmount);
        Assert.Equal("Ich entscheide", lead.AuthorityText);
    }

    [Theory]
    [InlineData("de-DE", "Erika Musterfrau", "Musterfrau, Erika", "Das ist Ihr Name; für welches Unternehmen schreiben Sie?")]
    [InlineData("en-US", "John Smith", "john smith", "That is your name; which company are you writing for?")]
    public async Task A_persons_own_name_at_the_company_question_is_asked_again_not_stored_as_the_company(string locale, string name, string atCompany, string why)
    {
        var answers = new Dictionary<string, string>(locale == "de-DE" ? German : English) { ["name"] = name };
        var chat = await StartedAsync(locale);
        await AnswerUntilAsync(chat, answers, "company");

        var again = await chat.SayAsync(atCompany);
        Assert.Equal("company", chat.LastStep);
        Assert.True(QuestionActivity.IsReask(again[^1]));
        Assert.StartsWith(why, again[^1].Text);

        await chat.AnswerAllAsync(answers);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal((name, answers["company"]), (lead.Name, lead.Company));
    }

    private async Task<BotConversation> StartedAsync(string locale)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        return chat;
    }

    private async Task<Lead> QualifyAsync(string locale, Dictionary<string, string> overrides)
    {
        var answers = new Dictionary<string, string>(locale == "de-DE" ? German : English);
        foreach (var (k, v) in overrides)
        {
            answers[k] = v;
        }

        var chat = await StartedAsync(locale);
        await chat.AnswerAllAsync(answers);
        return Assert.Single(await _harness.LeadsAsync());
    }

    private static async Task AnswerUntilAsync(BotConversation chat, IReadOnlyDictionary<string, string> answers, string stop)
    {
        for (var i = 0; i < 20 && chat.LastStep is { } step && step != stop; i++)
        {
            await chat.AnswerAsync(answers);
        }

        Assert.Equal(stop, chat.LastStep);
    }

    private static List<string> Buttons(Activity activity) =>
        activity.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
}
