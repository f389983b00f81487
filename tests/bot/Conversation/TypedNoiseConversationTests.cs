using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Tests.Conversation;

/// <summary>
/// A prospect's answers with emoji, currency signs, joiners, accents, other scripts' digits and stray signs typed into
/// them after a plain consent, over the real bot and readers on a real SQLite file: every turn gets an answer from the bot (none fails), and
/// the conversation still ends with the lead stored once. The noise comes from a fixed seed, so a failure is the same
/// on every machine and names the text that caused it.
/// </summary>
public sealed class TypedNoiseConversationTests : IAsyncLifetime
{
    private static readonly string[] Noise =
    [
        "😅", "👍🏽", "👨‍👩‍👧", "🇩🇪", "\u0301", "\u200b", "\u202e", "\ufeff", "ı", "İ", "٣", "０", "€", "£", "$", "@", "no",
        "nee", "oder", "bis", "-", "/", ".", ",", ":", "?", "!", "'", "k", "Mio", "Q", "KW", "12", "+49", "#", "&", "<b>", "\n",
    ];

    private ConversationHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ConversationHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("de-DE", 1)]
    [InlineData("de-DE", 2)]
    [InlineData("en-US", 3)]
    [InlineData("en-US", 4)]
    public async Task Every_noisy_answer_gets_a_reply_and_the_lead_is_still_stored_once(string locale, int seed)
    {
        var answers = locale == "de-DE" ? QualificationConversationTests.GermanAnswers : QualificationConversationTests.EnglishAnswers;
        var random = new Random(seed);
        var chat = _harness.Conversation(locale);
        await chat.StartAsync();
        var said = new List<string>();
        var heard = new List<List<Microsoft.Bot.Schema.Activity>>();
        for (var turn = 0; turn < 40 && chat.LastStep is { } step; turn++)
        {
            // the consent is given plainly: three unclear answers to it rightly end the chat with nothing stored
            if (step == "consent" || random.Next(3) == 0 || !answers.ContainsKey(step))
            {
                await chat.AnswerAsync(answers);
                continue;
            }

            var text = Noisy(answers[step], random);
            var replies = await chat.SayAsync(text);
            said.Add(text);
            heard.Add(replies);
            Assert.True(replies.Count > 0, $"no reply at '{step}' to \"{text}\"");
        }

        await chat.AnswerAllAsync(answers);
        Assert.True((await _harness.LeadsAsync()).Count == 1, string.Join("\n", said.Select((t, i) => $"> {t}\n{BotConversation.Texts(heard[i])}")));
    }

    private static string Noisy(string answer, Random random)
    {
        var text = answer;
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var at = random.Next(text.Length + 1);
            if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
            {
                at++;
            }

            text = text.Insert(at, Noise[random.Next(Noise.Length)]);
        }

        return text;
    }
}
