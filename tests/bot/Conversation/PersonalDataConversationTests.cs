using System.Text;
using LeadBot.Bot.Storage;
using LeadBot.Dialogs.Qualification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>"show my data", "delete my data" and "withdraw consent" in the chat, in both languages, mid-flow and after the
/// end, on both providers (<see cref="PersonalDataConversationTestsOnSqlite"/>, <see cref="PersonalDataConversationTestsOnPostgreSql"/>).</summary>
public abstract class PersonalDataConversationTests : IAsyncLifetime
{
    protected abstract StorageProvider Provider { get; }

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync(provider: Provider);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("de-DE", "meine Daten anzeigen", "Das ist alles, was über Sie gespeichert ist")]
    [InlineData("en-US", "show my data", "This is everything stored about you")]
    public async Task Show_my_data_mid_flow_lists_the_answers_and_asks_the_open_question_again(string locale, string command, string header)
    {
        var answers = locale == "de-DE" ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.SayAsync(answers["consent"]);
        await chat.SayAsync(answers["name"]);
        await chat.SayAsync("erika@example.com");
        var replies = await chat.SayAsync(command);
        Assert.Contains(header, replies[0].Text);
        Assert.Contains("erika@example.com", replies[0].Text);
        Assert.Contains("2026-11-28", replies[0].Text);
        var json = JsonOf(replies[0]);
        Assert.Equal("erika@example.com", json["currentConversation"]!["Email"]!.Value<string>());
        Assert.Equal("company", chat.LastStep);
    }

    [Theory]
    [InlineData("de-DE", "meine Daten anzeigen")]
    [InlineData("en-US", "show my data")]
    public async Task Show_my_data_after_the_end_shows_the_stored_lead_and_its_json_matches_the_database(string locale, string command)
    {
        var answers = locale == "de-DE" ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.AnswerAllAsync(answers);
        var replies = await chat.SayAsync(command);
        var stored = Assert.Single(await _harness.LeadsAsync());
        Assert.Contains(stored.Email!, replies[0].Text);
        Assert.Contains(stored.Company, replies[0].Text);
        var lead = Assert.Single((JArray)JsonOf(replies[0])["leads"]!);
        Assert.Equal(stored.Id.ToString(), lead["Id"]!.Value<string>());
        Assert.Equal(stored.Email, lead["Email"]!.Value<string>());
        Assert.Equal(stored.Score, lead["Score"]!.Value<int>());
        Assert.Equal("Mql", lead["Stage"]!.Value<string>());
        Assert.Equal(stored.Consent.TextHash, lead["Consent"]!["TextHash"]!.Value<string>());
    }

    [Fact]
    public async Task Show_my_data_before_consent_says_nothing_is_stored()
    {
        var chat = _harness.Conversation("de-DE");
        await chat.StartAsync();
        var replies = await chat.SayAsync("meine Daten anzeigen");
        Assert.Equal("Über Sie ist nichts gespeichert.", replies[0].Text);
        Assert.Equal("consent", chat.LastStep);
    }

    [Theory]
    [InlineData("de-DE", "meine Daten löschen", "Ja", "Über Sie ist nichts mehr gespeichert")]
    [InlineData("en-US", "delete my data", "yes", "Nothing about you is stored any more")]
    [InlineData("de-DE", "meine Daten löschen", "jo, passt", "Über Sie ist nichts mehr gespeichert")]
    [InlineData("en-US", "delete my data", "go ahead", "Nothing about you is stored any more")]
    public async Task Delete_my_data_after_the_end_erases_the_lead_its_history_and_the_bot_state(string locale, string command, string yes, string done)
    {
        var answers = locale == "de-DE" ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.AnswerAllAsync(answers);
        Assert.Single(await _harness.LeadsAsync());

        await chat.SayAsync(command);
        Assert.Equal(EraseDataDialog.Step, chat.LastStep);
        var replies = await chat.SayAsync(yes);
        Assert.Contains(done, BotConversation.Texts(replies));
        Assert.Contains(locale == "de-DE" ? "1 gespeicherte Anfrage(n) mit 1 Verlaufseinträgen" : "1 stored request(s) with 1 history entries", BotConversation.Texts(replies));

        Assert.Empty(await _harness.LeadsAsync());
        await using (var db = await _harness.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(0, await db.StageChanges.CountAsync());
            Assert.Equal(0, await db.Outbox.CountAsync());
            Assert.Equal(0, await db.BotState.CountAsync());
        }

        var bytes = _harness.DatabaseBytes();
        var name = locale == "de-DE" ? "Erika Musterfrau" : "John Smith";
        foreach (var personal in new[] { name, answers["company"], locale == "de-DE" ? "erika.musterfrau@example.com" : "john.smith@example.org" })
        {
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(personal)) < 0, $"'{personal}' is still in the database file.");
        }
    }

    [Theory]
    [InlineData("de-DE", "meine Daten löschen", "Nein", "ich habe nichts gelöscht", "budget")]
    [InlineData("en-US", "delete my data", "no", "I have deleted nothing", "budget")]
    [InlineData("de-DE", "meine Daten löschen", "nee lieber nicht", "ich habe nichts gelöscht", "budget")]
    [InlineData("en-US", "delete my data", "I'd rather not", "I have deleted nothing", "budget")]
    public async Task Declining_the_erasure_mid_flow_deletes_nothing_and_returns_to_the_open_question(string locale, string command, string no, string kept, string step)
    {
        var answers = locale == "de-DE" ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        for (var i = 0; i < 20 && chat.LastStep is { } s && s != step; i++)
        {
            await chat.AnswerAsync(answers);
        }

        await chat.SayAsync(command);
        var replies = await chat.SayAsync(no);
        Assert.Contains(kept, BotConversation.Texts(replies));
        Assert.Equal(step, chat.LastStep);
        await chat.AnswerAllAsync(answers);
        Assert.Single(await _harness.LeadsAsync());
    }

    [Fact]
    public async Task Delete_my_data_mid_flow_forgets_the_answers_so_the_next_message_starts_with_consent()
    {
        var chat = _harness.Conversation("de-DE");
        await chat.StartAsync();
        await chat.SayAsync("ja");
        await chat.SayAsync("Erika Musterfrau");
        await chat.SayAsync("meine Daten löschen");
        await chat.SayAsync("ja");
        Assert.Null(chat.LastStep);
        await using (var db = await _harness.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(0, await db.BotState.CountAsync());
        }

        await chat.SayAsync("Hallo");
        Assert.Equal("consent", chat.LastStep);
    }

    [Theory]
    [InlineData("de-DE", "Einwilligung widerrufen", "Ihre Einwilligung ist widerrufen")]
    [InlineData("en-US", "withdraw consent", "Your consent is withdrawn")]
    public async Task Withdrawing_consent_stops_processing_and_erases_the_lead(string locale, string command, string confirmed)
    {
        var answers = locale == "de-DE" ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.AnswerAllAsync(answers);
        var replies = await chat.SayAsync(command);
        Assert.Contains(confirmed, replies[0].Text);
        Assert.Empty(await _harness.LeadsAsync());
    }

    private static JObject JsonOf(Microsoft.Bot.Schema.Activity activity)
    {
        var url = Assert.Single(activity.Attachments).ContentUrl;
        Assert.StartsWith("data:application/json;base64,", url);
        return JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(url["data:application/json;base64,".Length..])));
    }
}

public sealed class PersonalDataConversationTestsOnSqlite : PersonalDataConversationTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class PersonalDataConversationTestsOnPostgreSql : PersonalDataConversationTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
