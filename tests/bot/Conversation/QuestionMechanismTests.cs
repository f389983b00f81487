using System.Text;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>
/// The one question mechanism every question uses, over the real bot on a real SQLite file: several answers in one
/// message, "zurück", a language switch mid-question, the retry cap on every prompt (question, offer to skip, summary,
/// "which answer?", consent), too-long answers and the summary's two buttons. What the lead stores is read back from
/// the database.
/// </summary>
public sealed class QuestionMechanismTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> German = QualificationConversationTests.GermanAnswers;
    private static readonly Dictionary<string, string> English = QualificationConversationTests.EnglishAnswers;

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_email_given_at_the_name_question_is_noted_in_one_line_and_not_asked_for_again()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");
        var replies = await chat.SayAsync("erika.musterfrau@example.com");
        Assert.Contains("Danke, notiert: E-Mail.", BotConversation.Texts(replies));
        Assert.Equal("name", chat.LastStep);
        Assert.False(QuestionActivity.IsReask(replies[^1]), "Noting another answer is not a failed answer.");

        await chat.SayAsync("Erika Musterfrau");
        Assert.Equal("company", chat.LastStep);
        await chat.AnswerAllAsync(German);
        Assert.DoesNotContain(chat.Transcript, a => QuestionActivity.StepOf(a) == "email");
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("erika.musterfrau@example.com", lead.Email);
        Assert.Equal("Erika Musterfrau", lead.Name);
    }

    [Theory]
    [InlineData("de-DE", "Etwas ändern")]
    [InlineData("de-DE", "Weiß ich noch nicht")]
    [InlineData("de-DE", "Alles korrekt")]
    [InlineData("en-US", "Change something")]
    [InlineData("en-US", "Don't know yet")]
    [InlineData("en-US", "Nein, etwas anderes")]
    public async Task A_button_of_another_question_clicked_at_the_name_or_company_question_is_no_name_or_company(string locale, string button)
    {
        var chat = await StartedAsync(locale);
        await chat.SayAsync(locale == "de-DE" ? "ja" : "yes");

        var atName = await chat.SayAsync(button);
        Assert.Equal("name", chat.LastStep);
        Assert.NotEqual(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.True(QuestionActivity.IsReask(atName[^1]), BotConversation.Texts(atName));

        await chat.SayAsync(locale == "de-DE" ? "Erika Musterfrau" : "John Smith");
        await chat.SayAsync("erika@example.com");
        Assert.Equal("company", chat.LastStep);
        var atCompany = await chat.SayAsync(button);
        Assert.Equal("company", chat.LastStep);
        Assert.NotEqual(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.True(QuestionActivity.IsReask(atCompany[^1]), BotConversation.Texts(atCompany));
    }

    [Fact]
    public async Task A_role_button_clicked_at_the_name_question_is_noted_as_the_role_and_the_name_is_asked_again()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");

        var replies = await chat.SayAsync("Ich entscheide");

        Assert.Contains("Danke, notiert: Rolle.", BotConversation.Texts(replies));
        Assert.Equal("name", chat.LastStep);
        Assert.NotEqual(QuestionActivity.CheckPhase, chat.LastPhase);
    }

    [Fact]
    public async Task A_first_message_full_of_data_before_consent_is_not_kept()
    {
        var chat = _harness.Conversation("de-DE");
        var opening = await chat.SayAsync("Hallo, ich bin Wilhelm Zauberkraut von der Kräuterhaus GmbH, wilhelm.zauberkraut@example.net");
        Assert.Equal("consent", chat.LastStep);
        Assert.Contains("Guten Tag", opening[0].Text);

        await chat.SayAsync("ja");
        Assert.Equal("name", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("erika.musterfrau@example.com", lead.Email);
        var bytes = _harness.DatabaseBytes();
        foreach (var personal in new[] { "Zauberkraut", "Kräuterhaus", "wilhelm.zauberkraut@example.net" })
        {
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(personal)) < 0, $"'{personal}' is in the database.");
        }
    }

    [Fact]
    public async Task Back_asks_the_previous_question_again_with_its_answer_and_keeps_it_until_a_new_one_is_given()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");
        var first = await chat.SayAsync("zurück");
        Assert.Contains("Das ist schon die erste Frage.", BotConversation.Texts(first));
        Assert.Equal("name", chat.LastStep);

        await chat.SayAsync("Erika Musterfrau");
        await chat.SayAsync("erika@example.com");
        Assert.Equal("company", chat.LastStep);
        var back = await chat.SayAsync("zurück");
        Assert.Contains("zurück zur vorigen Frage", BotConversation.Texts(back));
        Assert.Equal("email", chat.LastStep);
        Assert.Contains("Bisher: erika@example.com.", back[^1].Text);

        // The English command works in a German chat; "back" from the e-mail goes to the name, still kept.
        back = await chat.SayAsync("back");
        Assert.Equal("name", chat.LastStep);
        Assert.Contains("Bisher: Erika Musterfrau.", back[^1].Text);
        await chat.SayAsync("Erika Mustermann");
        Assert.Equal("company", chat.LastStep);
        Assert.Contains("Für welches Unternehmen", chat.Transcript[^1].Text);

        await AnswerUntilAsync(chat, German, "confirm");
        back = await chat.SayAsync("zurück");
        Assert.Equal("timeline", chat.LastStep);
        Assert.Contains("Bisher: in drei Monaten", back[^1].Text);
        var summary = await chat.SayAsync("nächstes Jahr");
        Assert.Equal("confirm", chat.LastStep);
        Assert.Contains("Start: nächstes Jahr", BotConversation.Texts(summary));
        await chat.SayAsync("ja");

        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("Erika Mustermann", lead.Name);
        Assert.Equal("erika@example.com", lead.Email);
        Assert.Equal("nächstes Jahr", lead.TimelineText);
    }

    [Fact]
    public async Task Back_from_a_correction_returns_to_the_summary_with_the_answer_unchanged()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "confirm");
        var correction = await chat.SayAsync("Budget ändern");
        Assert.Equal("budget", chat.LastStep);
        Assert.Contains("Bisher: 50.000 EUR.", correction[^1].Text);
        var summary = await chat.SayAsync("zurück");
        Assert.Equal("confirm", chat.LastStep);
        Assert.Contains("Budget: 50.000 EUR", BotConversation.Texts(summary));
        await chat.SayAsync("ja");
        Assert.Equal(50000m, Assert.Single(await _harness.LeadsAsync()).BudgetAmount);
    }

    [Fact]
    public async Task A_language_switch_mid_question_keeps_the_answers_and_the_failed_attempts_of_the_open_question()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "budget");
        var retry = await chat.SayAsync("blau");
        Assert.True(QuestionActivity.IsReask(retry[^1]));

        var switched = await chat.SayAsync("Can we continue in English, please?");
        Assert.Contains("I will continue in English", switched[0].Text);
        Assert.Equal("budget", chat.LastStep);
        Assert.StartsWith("What budget have you planned", switched[^1].Text);

        await chat.SayAsync("green");
        var offer = await chat.SayAsync("yellow");
        Assert.Equal("budget", chat.LastStep);
        Assert.Equal(QuestionActivity.GiveUpPhase, QuestionActivity.PhaseOf(offer[^1]));
        Assert.Contains("skip it, talk to a person", offer[^1].Text);

        // The other language's button label works too.
        var skipped = await chat.SayAsync("Überspringen");
        Assert.Contains("I will skip this question", BotConversation.Texts(skipped));
        Assert.Equal("timeline", chat.LastStep);
        var german = await chat.SayAsync("Können wir auf Deutsch weitermachen?");
        Assert.Contains("Deutsch", german[0].Text);
        Assert.Equal("Wann möchten Sie starten?", german[^1].Text);
        await chat.AnswerAllAsync(German);

        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("Erika Musterfrau", lead.Name);
        Assert.Equal("+49301234567", lead.Phone);
        Assert.Null(lead.BudgetAmount);
        Assert.NotNull(lead.TimelineStart);
    }

    [Fact]
    public async Task The_offer_to_skip_is_capped_too_and_skips_after_the_configured_failed_replies()
    {
        var chat = await StartedAsync("en-US");
        await AnswerUntilAsync(chat, English, "timeline");
        await chat.SayAsync("purple");
        await chat.SayAsync("orange");
        var offer = await chat.SayAsync("violet");
        Assert.Equal(QuestionActivity.GiveUpPhase, QuestionActivity.PhaseOf(offer[^1]));
        var again = await chat.SayAsync("hmm");
        Assert.True(QuestionActivity.IsReask(again[^1]));
        Assert.Equal(QuestionActivity.GiveUpPhase, QuestionActivity.PhaseOf(again[^1]));
        await chat.SayAsync("hmm?");
        var last = await chat.SayAsync("what");
        Assert.Contains("I will skip this question", BotConversation.Texts(last));
        Assert.Equal("confirm", chat.LastStep);
        Assert.Contains("Start: (not given)", last[^1].Text);
    }

    [Theory]
    [InlineData("de-DE", "doch, passt alles")]
    [InlineData("de-DE", "nichts")]
    [InlineData("de-DE", "ja")]
    [InlineData("de-DE", "Everything is correct")]
    [InlineData("en-US", "Alles korrekt")]
    [InlineData("en-US", "nothing")]
    public async Task Which_answer_offers_everything_is_correct_and_understands_it_in_either_language(string locale, string reply)
    {
        var chat = await StartedAsync(locale);
        await AnswerUntilAsync(chat, locale == "de-DE" ? German : English, "confirm");
        var which = await chat.SayAsync(locale == "de-DE" ? "nein" : "no");
        Assert.Equal("confirm", chat.LastStep);
        var buttons = Buttons(which[^1]);
        Assert.Equal(9, buttons.Count);
        Assert.Equal(locale == "de-DE" ? "Alles korrekt" : "Everything is correct", buttons[0]);

        var done = await chat.SayAsync(reply);
        Assert.Null(chat.LastStep);
        Assert.Contains(locale == "de-DE" ? "Vielen Dank" : "Thank you", BotConversation.Texts(done));
        Assert.Single(await _harness.LeadsAsync());
    }

    [Fact]
    public async Task The_summary_and_which_answer_are_capped_and_then_pass_the_answers_on_as_shown()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "confirm");
        await chat.SayAsync("nein");
        var retry = await chat.SayAsync("blau");
        Assert.True(QuestionActivity.IsReask(retry[^1]));
        Assert.Contains("Alles korrekt", retry[^1].Text);
        await chat.SayAsync("grün");
        var end = await chat.SayAsync("gelb");
        Assert.Null(chat.LastStep);
        Assert.Contains("gebe Ihre Angaben daher so weiter", BotConversation.Texts(end));
        Assert.Contains("vertrieb@example.com", BotConversation.Texts(end));
        Assert.Equal(LeadStage.Mql, Assert.Single(await _harness.LeadsAsync()).Stage);
    }

    [Fact]
    public async Task Consent_is_asked_at_most_the_configured_times_and_then_nothing_is_stored()
    {
        var chat = await StartedAsync("de-DE");
        var retry = await chat.SayAsync("vielleicht später");
        Assert.True(QuestionActivity.IsReask(retry[^1]));
        Assert.Equal("consent", chat.LastStep);
        await chat.SayAsync("hm");
        var end = await chat.SayAsync("was?");
        Assert.Null(chat.LastStep);
        Assert.Contains("habe daher nichts gespeichert", BotConversation.Texts(end));
        Assert.Empty(await _harness.LeadsAsync());
    }

    [Fact]
    public async Task The_summary_offers_two_buttons_and_the_fields_only_after_change_something()
    {
        var chat = await StartedAsync("de-DE");
        var summary = await AnswerUntilAsync(chat, German, "confirm");
        Assert.Equal(["Ja, das stimmt", "Etwas ändern"], Buttons(summary[^1]));
        Assert.EndsWith("Stimmt alles?", summary[^1].Text);

        var which = await chat.SayAsync("Etwas ändern");
        Assert.Equal(["Alles korrekt", "Name ändern", "E-Mail ändern", "Unternehmen ändern", "Telefon ändern", "Aufgabe ändern",
            "Rolle ändern", "Budget ändern", "Start ändern"], Buttons(which[^1]));
        await chat.SayAsync("Budget ändern");
        Assert.Equal("budget", chat.LastStep);
        var again = await chat.SayAsync("100.000 €");
        Assert.Equal("confirm", chat.LastStep);
        Assert.Contains("Budget: 100.000 EUR", again[^1].Text);

        // The English button label is understood in a German chat.
        await chat.SayAsync("Yes, that is correct");
        Assert.Null(chat.LastStep);
        Assert.Equal(100000m, Assert.Single(await _harness.LeadsAsync()).BudgetAmount);
    }

    [Fact]
    public async Task A_too_long_answer_is_not_read_and_asked_again_kindly_and_counts_as_an_attempt()
    {
        var chat = await StartedAsync("de-DE");
        await chat.SayAsync("ja");
        var huge = new string('a', 100_000);
        var replies = await chat.SayAsync(huge);
        Assert.Equal("name", chat.LastStep);
        Assert.True(QuestionActivity.IsReask(replies[^1]));
        Assert.StartsWith("Das ist für diese Frage etwas lang (höchstens 300 Zeichen).", replies[^1].Text);

        await chat.SayAsync("Erika Musterfrau");
        await AnswerUntilAsync(chat, German, "need");

        // A need may be described at length (up to 1,000 characters), and is kept verbatim for sales.
        var description = "Wir möchten unsere Angebotserstellung vereinfachen. " + string.Join(" ", Enumerable.Repeat("Bisher tippen wir alles von Hand ab.", 14));
        Assert.InRange(description.Length, 501, 1000);
        await chat.SayAsync(description);
        Assert.Equal("authority", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(description, lead.NeedVerbatim);
        Assert.False(string.IsNullOrWhiteSpace(lead.NeedText));
    }

    [Fact]
    public async Task A_too_long_answer_at_consent_and_at_the_summary_is_asked_again_and_never_taken()
    {
        var chat = await StartedAsync("en-US");
        var consent = await chat.SayAsync("yes " + new string('!', 5_000));
        Assert.Equal("consent", chat.LastStep);
        Assert.Contains("That is a bit long", consent[^1].Text);
        await AnswerUntilAsync(chat, English, "confirm");
        var summary = await chat.SayAsync("yes " + new string('x', 50_000));
        Assert.Equal("confirm", chat.LastStep);
        Assert.True(QuestionActivity.IsReask(summary[^1]));
        Assert.Contains("That is a bit long", summary[^1].Text);
        Assert.Empty(await _harness.LeadsAsync());
    }

    [Fact]
    public async Task The_phone_question_is_skipped_with_either_languages_word_and_the_lead_keeps_no_phone()
    {
        var chat = await StartedAsync("de-DE");
        await AnswerUntilAsync(chat, German, "phone");
        await chat.SayAsync("Skip");
        Assert.Equal("need", chat.LastStep);
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Null(lead.Phone);
        Assert.Null(lead.PhoneDisplay);
    }

    [Fact]
    public async Task A_chat_whose_locale_names_no_region_reads_national_phone_numbers_with_the_configured_calling_code()
    {
        await using var austria = await ConversationHarness.StartAsync(new Dictionary<string, string?> { ["Conversation:DefaultCallingCode"] = "+43" });
        var chat = austria.Conversation("de");
        await chat.StartAsync();
        await AnswerUntilAsync(chat, German, "phone");
        await chat.SayAsync("0664 1234567");
        await chat.AnswerAllAsync(German);
        var lead = Assert.Single(await austria.LeadsAsync());
        Assert.Equal("+436641234567", lead.Phone);
        Assert.StartsWith("+43 664", lead.PhoneDisplay);
    }

    private async Task<BotConversation> StartedAsync(string locale)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        Assert.Equal("consent", chat.LastStep);
        return chat;
    }

    /// <summary>Answers question after question until <paramref name="stop"/> is asked; returns the last turn's replies.</summary>
    private static async Task<List<Activity>> AnswerUntilAsync(BotConversation chat, IReadOnlyDictionary<string, string> answers, string stop)
    {
        var last = new List<Activity>();
        for (var i = 0; i < 20 && chat.LastStep is { } step && step != stop; i++)
        {
            last = await chat.AnswerAsync(answers);
        }

        Assert.Equal(stop, chat.LastStep);
        return last;
    }

    private static List<string> Buttons(Activity activity) =>
        activity.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
}
