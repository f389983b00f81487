namespace LeadBot.Bot.Tests.Conversation;

/// <summary>
/// A prospect who does not follow the script: after a plain consent, each turn is at random the right answer, the
/// answer to another question, another question's button, a yes or no, a command that keeps the conversation going
/// (back, help, a language switch, show my data) or a stray sign, over the real bot and readers on a real SQLite file.
/// Every message gets a reply, no turn ever stores a second lead, and the conversation can still be finished with the
/// lead stored once. The walk comes from a fixed seed, so a failure is the same on every machine and prints the walk.
/// </summary>
public sealed class RandomWalkConversationTests : IAsyncLifetime
{
    private static readonly string[] GermanDetours =
    [
        "zurück", "Hilfe", "meine Daten anzeigen", "auf Englisch bitte", "auf Deutsch", "ja", "nein", "?", ".", "😅",
        "Ich entscheide", "Erst einmal informieren", "Ja, das stimmt", "Etwas ändern", "Überspringen", "In 3 Monaten",
        "Weiß ich noch nicht", "Yes, that is correct", "Change something", "die dritte", "alles", "nichts", "weiter",
    ];

    private static readonly string[] EnglishDetours =
    [
        "back", "help", "show my data", "auf Deutsch bitte", "English please", "yes", "no", "?", ".", "😅", "I decide",
        "Just looking for now", "Yes, that is correct", "Change something", "Skip", "In 6 months", "Don't know yet",
        "Ja, das stimmt", "Etwas ändern", "the third one", "everything", "nothing", "next",
    ];

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("de-DE", 11)]
    [InlineData("de-DE", 12)]
    [InlineData("de-DE", 13)]
    [InlineData("en-US", 21)]
    [InlineData("en-US", 22)]
    [InlineData("en-US", 23)]
    public async Task A_prospect_off_the_script_gets_a_reply_every_turn_and_the_lead_is_stored_once(string locale, int seed)
    {
        var german = locale == "de-DE";
        var answers = german ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var detours = german ? GermanDetours : EnglishDetours;
        var random = new Random(seed);
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        await chat.AnswerAsync(answers);
        var walk = new List<string>();
        for (var turn = 0; turn < 40 && chat.LastStep is not null; turn++)
        {
            var text = random.Next(4) switch
            {
                0 => answers.GetValueOrDefault(chat.LastStep, "ja"),
                1 => answers.Values.ElementAt(random.Next(answers.Count)),
                _ => detours[random.Next(detours.Length)],
            };
            var replies = await chat.SayAsync(text);
            walk.Add($"> {text}\n{BotConversation.Texts(replies)}");
            Assert.True(replies.Count > 0, $"no reply to \"{text}\":\n{string.Join("\n", walk)}");
            Assert.True((await _harness.LeadsAsync()).Count <= 1, $"a second lead after \"{text}\":\n{string.Join("\n", walk)}");
        }

        if (chat.LastStep is not null)
        {
            await chat.AnswerAllAsync(answers, maxTurns: 40);
        }

        // a question the prospect chose to skip at the offer after three unclear answers stays empty; the lead is stored
        var lead = Assert.Single(await _harness.LeadsAsync());
        Assert.Contains(lead.History, h => h.To == lead.Stage);
    }
}
