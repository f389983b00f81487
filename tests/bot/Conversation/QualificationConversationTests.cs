using LeadBot.Bot.Storage;
using System.Text;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>The whole qualification conversation (README, "Talk to it"), in German and English, on a real SQLite file and on a
/// real PostgreSQL database (<see cref="QualificationConversationTestsOnSqlite"/>, <see cref="QualificationConversationTestsOnPostgreSql"/>).</summary>
public abstract class QualificationConversationTests : IAsyncLifetime
{
    protected abstract StorageProvider Provider { get; }

    public static readonly Dictionary<string, string> GermanAnswers = new()
    {
        ["consent"] = "Ja",
        ["name"] = "Erika Musterfrau",
        ["email"] = "Meine Adresse ist erika.musterfrau@example.com",
        ["company"] = "Beispiel AG",
        ["phone"] = "030 1234567",
        ["need"] = "die zweite",
        ["authority"] = "Ich entscheide",
        ["budget"] = "ca. 50.000 €",
        ["timeline"] = "in drei Monaten",
        ["confirm"] = "ja",
    };

    public static readonly Dictionary<string, string> EnglishAnswers = new()
    {
        ["consent"] = "yes",
        ["name"] = "My name is John Smith",
        ["email"] = "john.smith@example.org",
        ["company"] = "Example Ltd",
        ["phone"] = "skip",
        ["need"] = "We need to automate lead handling",
        ["authority"] = "I decide",
        ["budget"] = "50k",
        ["timeline"] = "within 3 months",
        ["confirm"] = "yes",
    };

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync(provider: Provider);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task German_prospect_is_welcomed_asked_for_consent_and_qualified_as_mql()
    {
        var chat = _harness.Conversation("de-DE");
        var opening = await chat.StartAsync();
        Assert.Contains("Guten Tag", opening[0].Text);
        Assert.Equal("consent", chat.LastStep);
        Assert.Contains("Sind Sie einverstanden?", BotConversation.Texts(opening));
        Assert.Contains("https://www.example.com/datenschutz", BotConversation.Texts(opening));

        var steps = new List<string>();
        for (var i = 0; i < 20 && chat.LastStep is { } step; i++)
        {
            steps.Add(step);
            await chat.AnswerAsync(GermanAnswers);
        }

        Assert.Equal(["consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm"], steps);
        var summary = chat.Transcript.Last(a => QuestionActivity.StepOf(a) == "confirm").Text;
        Assert.Contains("Erika Musterfrau", summary);
        Assert.Contains("erika.musterfrau@example.com", summary);
        Assert.Contains(Assert.Single(await _harness.LeadsAsync()).PhoneDisplay!, summary);
        Assert.Contains("Vertriebsprozesse automatisieren", summary);
        Assert.Contains("50.000 EUR", summary);
        Assert.Contains("Eine Kollegin oder ein Kollege aus unserem Vertrieb", chat.Transcript[^1].Text);

        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(LeadStage.Mql, lead.Stage);
        Assert.Equal("Erika Musterfrau", lead.Name);
        Assert.Equal("erika.musterfrau@example.com", lead.Email);
        Assert.Equal("Beispiel AG", lead.Company);
        Assert.Equal("+49301234567", lead.Phone);
        Assert.StartsWith("+49", lead.PhoneDisplay);
        Assert.Equal("sales-automation", lead.NeedKey);
        Assert.Equal("decides", lead.AuthorityKey);
        Assert.Equal(50000m, lead.BudgetAmount);
        Assert.Equal("EUR", lead.BudgetCurrency);
        Assert.Equal("ca. 50.000 €", lead.BudgetText);
        Assert.NotNull(lead.TimelineStart);
        Assert.Equal("in drei Monaten", lead.TimelineText);
        Assert.Equal("de-DE", lead.Locale);
        Assert.Equal(100, lead.Score);
        Assert.Equal(["need", "authority", "budget", "timeline"], lead.ScoreBreakdown.Select(s => s.Criterion));
        Assert.All(lead.ScoreBreakdown, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Equal("2026-11-28", lead.Consent.TextVersion);
        Assert.Equal(64, lead.Consent.TextHash.Length);
        Assert.Equal("emulator", lead.Consent.ChannelId);
        var change = Assert.Single(lead.History);
        Assert.Equal(LeadStage.Mql, change.To);
        Assert.Equal(StageActor.Bot, change.ChangedBy);
    }

    [Fact]
    public async Task English_prospect_answers_in_own_words_and_is_qualified_as_mql()
    {
        var chat = _harness.Conversation("en-US");
        var opening = await chat.StartAsync();
        Assert.Contains("Hello!", opening[0].Text);
        Assert.Contains("Do you agree?", BotConversation.Texts(opening));
        await chat.AnswerAllAsync(EnglishAnswers);
        Assert.Contains("A colleague from our sales team will contact you at john.smith@example.org", chat.Transcript[^1].Text);

        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(LeadStage.Mql, lead.Stage);
        Assert.Equal("John Smith", lead.Name);
        Assert.Null(lead.Phone);
        Assert.Equal(50000m, lead.BudgetAmount);
        Assert.Equal("EUR", lead.BudgetCurrency);
        Assert.Equal("en-US", lead.Locale);
    }

    [Fact]
    public async Task Prospect_who_only_gathers_information_becomes_a_lead_with_the_reason_stored()
    {
        var chat = _harness.Conversation("en-US");
        await chat.StartAsync();
        await chat.AnswerAllAsync(new Dictionary<string, string>(EnglishAnswers) { ["authority"] = "I am gathering information", ["budget"] = "don't know yet" });
        Assert.Contains("We will send information", chat.Transcript[^1].Text);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(LeadStage.Lead, lead.Stage);
        Assert.True(lead.BudgetUnknown);
        var authority = lead.ScoreBreakdown.Single(s => s.Criterion == "authority");
        Assert.False(authority.Met);
        Assert.Equal(0, authority.Points);
        Assert.Contains("authority", lead.History.Single().Reason);
    }

    [Theory]
    [InlineData("de-DE", "Nein", "nichts über Sie gespeichert")]
    [InlineData("en-US", "no", "I have not stored anything about you")]
    public async Task Declined_consent_stores_nothing_personal_even_when_the_prospect_types_it_anyway(string locale, string no, string expected)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        var replies = await chat.SayAsync(no);
        Assert.Contains(expected, BotConversation.Texts(replies));
        Assert.Null(chat.LastStep);

        // The prospect types personal details anyway; the bot must not ask for them and must not store them.
        await chat.SayAsync("Wilhelmine Zauberkraut");
        await chat.SayAsync("wilhelmine.zauberkraut@example.net");
        await chat.SayAsync("Zauberkraut Kräuterhandel KG");
        Assert.DoesNotContain(chat.Transcript, a => QuestionActivity.StepOf(a) is "name" or "email" or "company");

        Assert.Empty(await _harness.LeadsAsync());
        var bytes = _harness.DatabaseBytes();
        foreach (var personal in new[] { "Wilhelmine", "Zauberkraut", "wilhelmine.zauberkraut@example.net", "Kräuterhandel" })
        {
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(personal)), $"'{personal}' found in the database file.");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(personal)), $"'{personal}' (UTF-16) found in the database file.");
        }
    }

    [Theory]
    [InlineData("de-DE", "ja", "keine Ahnung", "Das sieht nicht nach einer E-Mail-Adresse aus")]
    [InlineData("en-US", "yes", "erika at example", "That does not look like an e-mail address")]
    public async Task Invalid_email_is_asked_again_with_what_is_expected(string locale, string yes, string bad, string expected)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.SayAsync(yes);
        await chat.SayAsync("Erika Musterfrau");
        Assert.Equal("email", chat.LastStep);
        var retry = await chat.SayAsync(bad);
        Assert.Contains(expected, BotConversation.Texts(retry));
        Assert.Equal("email", chat.LastStep);
        await chat.SayAsync("erika@example.com");
        Assert.Equal("company", chat.LastStep);
    }

    [Theory]
    [InlineData("de-DE", "ca. 50.000 €", 50000, null, "EUR")]
    [InlineData("de-DE", "50000", 50000, null, "EUR")]
    [InlineData("de-DE", "20k", 20000, null, "EUR")]
    [InlineData("de-DE", "50 Tsd. Euro", 50000, null, "EUR")]
    [InlineData("de-DE", "1,5 Mio. €", 1500000, null, "EUR")]
    [InlineData("de-DE", "zwischen 20 und 50 Tsd.", 50000, 20000, "EUR")]
    [InlineData("de-DE", "100.000 CHF", 100000, null, "CHF")]
    [InlineData("en-US", "about fifty thousand dollars", 50000, null, "USD")]
    [InlineData("en-US", "20-50k", 50000, 20000, "EUR")]
    [InlineData("en-US", "$75,000", 75000, null, "USD")]
    public async Task Budget_phrases_are_stored_as_amount_and_currency(string locale, string phrase, int amount, int? minimum, string currency)
    {
        var lead = await QualifyAsync(locale, new() { ["budget"] = phrase });
        Assert.Equal(amount, lead.BudgetAmount);
        Assert.Equal(currency, lead.BudgetCurrency);
        Assert.Equal(phrase, lead.BudgetText);
        if (minimum is not null)
        {
            Assert.Equal(minimum, lead.BudgetMinimum);
        }
    }

    [Theory]
    [InlineData("de-DE", "weiß ich noch nicht")]
    [InlineData("en-US", "don't know yet")]
    public async Task Unknown_budget_is_stored_as_unknown_and_scored_with_the_unknown_points(string locale, string phrase)
    {
        var lead = await QualifyAsync(locale, new() { ["budget"] = phrase });
        Assert.True(lead.BudgetUnknown);
        Assert.Null(lead.BudgetAmount);
        Assert.Equal(10, lead.ScoreBreakdown.Single(s => s.Criterion == "budget").Points);
        Assert.Equal(LeadStage.Lead, lead.Stage);
    }

    [Theory]
    [InlineData("de-DE", "So bald wie möglich", 0, 7)]
    [InlineData("en-US", "in 6 weeks", 35, 50)]
    public async Task Timeline_phrases_are_resolved_to_a_start_date(string locale, string phrase, int minDays, int maxDays)
    {
        var lead = await QualifyAsync(locale, new() { ["timeline"] = phrase });
        Assert.NotNull(lead.TimelineStart);
        var days = lead.TimelineStart!.Value.DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber;
        Assert.InRange(days, minDays, maxDays);
        Assert.Equal(phrase, lead.TimelineText);
    }

    /// <summary>A count of months names the month the day falls in: the start is its first day.</summary>
    [Theory]
    [InlineData("de-DE", "in drei Monaten", 3)]
    [InlineData("en-US", "in 6 months", 6)]
    public async Task A_count_of_months_starts_on_the_first_day_of_that_month(string locale, string phrase, int months)
    {
        var lead = await QualifyAsync(locale, new() { ["timeline"] = phrase });
        Assert.NotNull(lead.TimelineStart);
        var start = lead.TimelineStart!.Value;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(1, start.Day);
        Assert.Equal(months, (start.Year * 12) + start.Month - ((today.Year * 12) + today.Month));
        Assert.Equal(phrase, lead.TimelineText);
    }

    /// <summary>Calendar phrases name a date that depends on today: next year is 1 January of the next year, the
    /// second quarter the next 1 April that has not passed.</summary>
    [Theory]
    [InlineData("de-DE", "nächstes Jahr", "next-year")]
    [InlineData("en-US", "next year", "next-year")]
    [InlineData("de-DE", "im zweiten Quartal", "q2")]
    [InlineData("en-US", "Q2", "q2")]
    public async Task Calendar_phrases_are_resolved_to_the_start_of_the_period_they_name(string locale, string phrase, string period)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var lead = await QualifyAsync(locale, new() { ["timeline"] = phrase });

        // Within the second quarter itself the start is its first day or today, whichever the reader prefers.
        var april = new DateOnly(today.Year, 4, 1);
        var (earliest, latest) = period == "next-year"
            ? (new DateOnly(today.Year + 1, 1, 1), new DateOnly(today.Year + 1, 1, 1))
            : today.Month is >= 4 and <= 6 ? (april, today) : april > today ? (april, april) : (april.AddYears(1), april.AddYears(1));
        Assert.NotNull(lead.TimelineStart);
        Assert.InRange(lead.TimelineStart!.Value.DayNumber, earliest.DayNumber - 1, latest.DayNumber + 1);
        Assert.Equal(phrase, lead.TimelineText);
    }

    [Theory]
    [InlineData("de-DE", "Budget ändern", "100.000 €", "100.000 EUR")]
    [InlineData("en-US", "no", "100k", "100,000 EUR")]
    public async Task One_answer_is_corrected_from_the_summary_and_the_summary_shown_again(string locale, string change, string newBudget, string shown)
    {
        var answers = locale == "de-DE" ? GermanAnswers : EnglishAnswers;
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        for (var i = 0; i < 20 && chat.LastStep is { } step && step != "confirm"; i++)
        {
            await chat.AnswerAsync(answers);
        }

        Assert.Equal("confirm", chat.LastStep);
        await chat.SayAsync(change);
        if (change == "no")
        {
            Assert.Equal("confirm", chat.LastStep);
            Assert.Contains("Which answer would you like to change?", chat.Transcript[^1].Text);
            await chat.SayAsync("budget");
        }

        Assert.Equal("budget", chat.LastStep);
        var summaryAgain = await chat.SayAsync(newBudget);
        Assert.Equal("confirm", chat.LastStep);
        Assert.Contains(shown, BotConversation.Texts(summaryAgain));
        await chat.SayAsync(answers["confirm"]);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(100000m, lead.BudgetAmount);
        Assert.Equal(answers["name"].Replace("My name is ", ""), lead.Name);
    }

    [Theory]
    [InlineData("de-DE", "Hilfe", "Ich stelle Ihnen ein paar Fragen")]
    [InlineData("en-US", "help", "I ask a few questions")]
    public async Task Help_explains_and_asks_the_same_question_again(string locale, string help, string expected)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.SayAsync(locale == "de-DE" ? "ja" : "yes");
        await chat.SayAsync("Erika Musterfrau");
        var replies = await chat.SayAsync(help);
        Assert.Contains(expected, replies[0].Text);
        Assert.Equal("email", chat.LastStep);
        await chat.SayAsync("erika@example.com");
        Assert.Equal("company", chat.LastStep);
    }

    [Theory]
    [InlineData("de-DE", "abbrechen", "ich habe abgebrochen")]
    [InlineData("en-US", "cancel", "I have stopped")]
    public async Task Cancel_stops_the_conversation_and_forgets_the_answers(string locale, string cancel, string expected)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.SayAsync(locale == "de-DE" ? "ja" : "yes");
        await chat.SayAsync("Erika Musterfrau");
        var replies = await chat.SayAsync(cancel);
        Assert.Contains(expected, BotConversation.Texts(replies));
        Assert.Null(chat.LastStep);
        Assert.Empty(await _harness.LeadsAsync());

        // A later message starts over, with the consent question.
        await chat.SayAsync("Hallo");
        Assert.Equal("consent", chat.LastStep);
    }

    [Theory]
    [InlineData("de-DE", "neu starten", "wir beginnen von vorn")]
    [InlineData("en-US", "start over", "let's start over")]
    public async Task Start_over_begins_again_with_the_first_question_and_keeps_the_consent(string locale, string restart, string expected)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.SayAsync(locale == "de-DE" ? "ja" : "yes");
        await chat.SayAsync("Erika Musterfrau");
        await chat.SayAsync("erika@example.com");
        var replies = await chat.SayAsync(restart);
        Assert.Contains(expected, BotConversation.Texts(replies));
        Assert.Equal("name", chat.LastStep);
        await chat.SayAsync("Max Mustermann");
        Assert.Equal("email", chat.LastStep);
    }

    [Fact]
    public async Task Switching_language_asks_the_open_question_again_in_the_new_language_and_keeps_the_answers()
    {
        var chat = _harness.Conversation("de-DE");
        await chat.StartAsync();
        await chat.SayAsync("ja");
        await chat.SayAsync("Erika Musterfrau");
        var replies = await chat.SayAsync("English please");
        Assert.Contains("I will continue in English", replies[0].Text);
        Assert.Equal("email", chat.LastStep);
        Assert.Contains("At which e-mail address", replies[^1].Text);

        // The channel keeps sending de-DE; the prospect's choice wins for the rest of the conversation.
        await chat.SayAsync("erika@example.com");
        Assert.Equal("Which company are you writing for?", chat.Transcript[^1].Text);
        replies = await chat.SayAsync("auf Deutsch");
        Assert.Contains("Deutsch", replies[0].Text);
        Assert.Equal("Für welches Unternehmen schreiben Sie?", chat.Transcript[^1].Text);
    }

    [Theory]
    [InlineData("de-DE", "Überspringen", "In Ordnung, ich überspringe diese Frage")]
    [InlineData("en-US", "Talk to a person", "vertrieb@example.com")]
    public async Task After_the_configured_failed_attempts_the_bot_offers_to_skip_or_hand_over_and_never_loops(string locale, string pick, string expected)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        var answers = locale == "de-DE" ? GermanAnswers : EnglishAnswers;
        for (var i = 0; i < 20 && chat.LastStep is { } step && step != "budget"; i++)
        {
            await chat.AnswerAsync(answers);
        }

        await chat.SayAsync("blau");
        await chat.SayAsync("grün");
        var third = await chat.SayAsync("gelb");
        Assert.Equal("budget", chat.LastStep);
        Assert.Contains(locale == "de-DE" ? "überspringen, mit einem Menschen sprechen" : "skip it, talk to a person", BotConversation.Texts(third));
        var after = await chat.SayAsync(pick);
        Assert.Contains(expected, BotConversation.Texts(after));
        Assert.Equal("timeline", chat.LastStep);
        await chat.AnswerAllAsync(answers);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Null(lead.BudgetAmount);
        Assert.False(lead.BudgetUnknown);
    }

    [Fact]
    public async Task The_same_email_twice_updates_one_lead_and_records_the_change()
    {
        var first = _harness.Conversation("en-US");
        await first.StartAsync();
        await first.AnswerAllAsync(new Dictionary<string, string>(EnglishAnswers) { ["authority"] = "I recommend" });
        var second = _harness.Conversation("en-US", userId: "user2");
        await second.StartAsync();
        await second.AnswerAllAsync(new Dictionary<string, string>(EnglishAnswers) { ["email"] = "John.Smith@Example.org " });

        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(LeadStage.Mql, lead.Stage);
        Assert.Equal("decides", lead.AuthorityKey);
        Assert.Equal(2, lead.History.Count);
        Assert.Equal(LeadStage.Lead, lead.History.OrderBy(h => h.At).First().To);
        Assert.Equal(LeadStage.Mql, lead.History.OrderBy(h => h.At).Last().To);
    }

    [Fact]
    public async Task A_returning_prospect_is_greeted_back_in_a_new_conversation_and_continues_where_they_stopped()
    {
        var first = _harness.Conversation("de-DE", userId: "returning-user", provenIdentity: true);
        await first.StartAsync();
        await first.SayAsync("ja");
        await first.SayAsync("Erika Musterfrau");
        await first.SayAsync("erika@example.com");
        Assert.Equal("company", first.LastStep);

        var second = _harness.Conversation("de-DE", userId: "returning-user", provenIdentity: true);
        var opening = await second.StartAsync();
        Assert.StartsWith("Willkommen zurück bei Beispiel GmbH!", opening[0].Text);
        Assert.Equal("company", second.LastStep);
        await second.AnswerAllAsync(GermanAnswers);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("erika@example.com", lead.Email);

        var third = _harness.Conversation("de-DE", userId: "returning-user", provenIdentity: true);
        opening = await third.StartAsync();
        Assert.StartsWith("Guten Tag!", opening[0].Text);
        Assert.Equal("consent", third.LastStep);
    }

    [Fact]
    public async Task A_user_id_that_is_only_asserted_starts_afresh_in_a_new_conversation()
    {
        var first = _harness.Conversation("de-DE", userId: "someone-else-may-claim-this");
        await first.StartAsync();
        await first.SayAsync("ja");
        await first.SayAsync("Erika Musterfrau");
        Assert.Equal("email", first.LastStep);

        var second = _harness.Conversation("de-DE", userId: "someone-else-may-claim-this");
        var opening = await second.StartAsync();
        Assert.StartsWith("Guten Tag!", opening[0].Text);
        Assert.Equal("consent", second.LastStep);
    }

    [Fact]
    public async Task A_changed_consent_text_version_asks_a_returning_prospect_again_and_records_the_new_version()
    {
        var first = _harness.Conversation("en-US", userId: "returning-user", provenIdentity: true);
        await first.StartAsync();
        await first.SayAsync("yes");
        await first.SayAsync("John Smith");
        Assert.Equal("email", first.LastStep);

        _harness = await _harness.RestartAsync(new Dictionary<string, string?> { ["Conversation:ConsentVersion"] = "2027-01-01" });
        var second = _harness.Conversation("en-US", userId: "returning-user", provenIdentity: true);
        await second.StartAsync();
        Assert.Equal("consent", second.LastStep);
        await second.SayAsync("yes");
        Assert.Equal("email", second.LastStep);
        await second.AnswerAllAsync(EnglishAnswers);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal("2027-01-01", lead.Consent.TextVersion);
        Assert.Equal("John Smith", lead.Name);
    }

    private async Task<Lead> QualifyAsync(string locale, Dictionary<string, string> overrides)
    {
        var answers = new Dictionary<string, string>(locale == "de-DE" ? GermanAnswers : EnglishAnswers);
        foreach (var (k, v) in overrides)
        {
            answers[k] = v;
        }

        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.AnswerAllAsync(answers);
        return Assert.Single(await _harness.LeadsAsync());
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

public sealed class QualificationConversationTestsOnSqlite : QualificationConversationTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class QualificationConversationTestsOnPostgreSql : QualificationConversationTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
