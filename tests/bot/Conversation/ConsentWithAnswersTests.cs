using System.Text;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>
/// A first message that answers the consent question and goes on with other answers, over the real bot and readers on a
/// real SQLite file: after a yes the consent is recorded exactly as after a plain yes, the other answers are taken (one
/// line names them, an unsure one is confirmed) and only what is missing is asked; after a no nothing of the message
/// is stored; details without a consent answer are not kept and the consent question is asked again.
/// </summary>
public sealed class ConsentWithAnswersTests : IAsyncLifetime
{
    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_german_yes_with_name_company_and_email_records_consent_takes_them_and_asks_only_what_is_missing()
    {
        var chat = _harness.Conversation("de-DE");
        await chat.StartAsync();
        var replies = await chat.SayAsync("Ja, gerne.\nSabine Krüger\nKrüger Logistik GmbH\nsabine.krueger@krueger-logistik.de");

        var texts = BotConversation.Texts(replies);
        Assert.Contains("Vielen Dank! Dann legen wir los.", texts);
        Assert.Contains("Danke, notiert: Name, E-Mail, Unternehmen.", texts);
        Assert.Equal("phone", chat.LastStep);

        await chat.AnswerAllAsync(QualificationConversationTests.GermanAnswers);
        Assert.DoesNotContain(chat.Transcript, a => QuestionActivity.StepOf(a) is "name" or "email" or "company");
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(("Sabine Krüger", "sabine.krueger@krueger-logistik.de", "Krüger Logistik GmbH"), (lead.Name, lead.Email, lead.Company));
        Assert.NotNull(lead.Consent);
        Assert.Equal("2026-11-28", lead.Consent.TextVersion);
        Assert.Equal(64, lead.Consent.TextHash.Length);
        Assert.Equal("de-DE", lead.Consent.Locale);
    }

    [Fact]
    public async Task An_english_yes_with_name_company_phone_need_and_start_takes_them_all_and_asks_for_the_email()
    {
        var chat = _harness.Conversation("en-US");
        await chat.StartAsync();
        var replies = await chat.SayAsync(
            "Sure. David Johnson, VP Sales at Johnson & Partners LLC, (312) 555-0188. We're looking to automate our sales processes next quarter.");

        var texts = BotConversation.Texts(replies);
        Assert.Contains("Thank you! Let's begin.", texts);
        Assert.Contains("Thank you, noted: Name, Company, Phone, Challenge, Start.", texts);
        Assert.Equal("email", chat.LastStep);

        await chat.AnswerAllAsync(QualificationConversationTests.EnglishAnswers);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(("David Johnson", "Johnson & Partners LLC", "+13125550188"), (lead.Name, lead.Company, lead.Phone));
        Assert.Equal("sales-automation", lead.NeedKey);
        Assert.NotNull(lead.TimelineStart);
        Assert.Equal("en-US", lead.Consent!.Locale);
    }

    [Fact]
    public async Task An_unsure_answer_in_the_consent_reply_is_confirmed_before_it_is_kept()
    {
        var chat = _harness.Conversation("de-DE");
        await chat.StartAsync();
        // one word after the name without a legal form: the company is unsure beside other answers
        var replies = await chat.SayAsync("Ja. Kerstin Lang, Lindholm, kerstin.lang@lindholm.de");

        Assert.Contains("Danke, notiert: Name, E-Mail.", BotConversation.Texts(replies));
        Assert.Equal("name", chat.LastStep);
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.Contains("Lindholm", replies[^1].Text);

        await chat.SayAsync("ja");
        Assert.Equal("phone", chat.LastStep);
        await chat.AnswerAllAsync(QualificationConversationTests.GermanAnswers);
        Assert.Equal("Lindholm", Assert.Single(await _harness.LeadsAsync()).Company);
    }

    [Fact]
    public async Task An_unsure_company_beside_only_the_name_in_the_consent_reply_is_confirmed_too()
    {
        var chat = _harness.Conversation("en-US");
        await chat.StartAsync();
        var replies = await chat.SayAsync("yes that's fine - Emily Chen, Hooli");

        Assert.Contains("Thank you, noted: Name.", BotConversation.Texts(replies));
        Assert.Equal(QuestionActivity.CheckPhase, chat.LastPhase);
        Assert.Contains("Hooli", replies[^1].Text);

        await chat.SayAsync("yes");
        Assert.Equal("email", chat.LastStep);
        await chat.AnswerAllAsync(QualificationConversationTests.EnglishAnswers);
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Equal(("Emily Chen", "Hooli"), (lead.Name, lead.Company));
    }

    [Theory]
    [InlineData("de-DE", "Nein danke, bitte nichts speichern. Wilhelmine Zauberkraut, wilhelmine.zauberkraut@example.net, Zauberkraut Kräuterhandel KG, ich schau mich nur mal um.",
        "nichts über Sie gespeichert")]
    [InlineData("en-US", "No thanks on the storage. I'm Wilhelmine Zauberkraut from Zauberkraut Kräuterhandel KG, wilhelmine.zauberkraut@example.net, just looking around.",
        "I have not stored anything about you")]
    public async Task A_no_with_personal_details_stores_nothing_of_them(string locale, string message, string declined)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        var replies = await chat.SayAsync(message);

        Assert.Contains(declined, BotConversation.Texts(replies));
        Assert.Null(chat.LastStep);
        Assert.Empty(await _harness.LeadsAsync());
        AssertNotInDatabase("Wilhelmine", "Zauberkraut", "wilhelmine.zauberkraut@example.net", "Kräuterhandel");
    }

    [Theory]
    [InlineData("de-DE", "Hallo, Frank Berger, Inhaber der Kanzlei Berger & Partner mbB, frank@berger-partner.de",
        "Ihre Angaben nehme ich gern auf, aber erst mit Ihrer Einwilligung", "ja", "name")]
    [InlineData("en-US", "Hi, Frank Berger from Berger & Partner LLC, frank@berger-partner.com, we need our CRM connected",
        "I will gladly take your details, but only once you have agreed", "yes", "name")]
    public async Task Details_without_a_consent_answer_are_not_kept_and_consent_is_asked_again(string locale, string message, string why, string yes, string next)
    {
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        var replies = await chat.SayAsync(message);

        Assert.Equal("consent", chat.LastStep);
        Assert.True(QuestionActivity.IsReask(replies[^1]));
        Assert.StartsWith(why, replies[^1].Text);
        AssertNotInDatabase("Berger", "frank@berger-partner");

        await chat.SayAsync(yes);
        Assert.Equal(next, chat.LastStep);
    }

    private void AssertNotInDatabase(params string[] personal)
    {
        var bytes = _harness.DatabaseBytes();
        foreach (var p in personal)
        {
            Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(p)) >= 0, $"'{p}' found in the database file.");
            Assert.False(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(p)) >= 0, $"'{p}' (UTF-16) found in the database file.");
        }
    }
}
