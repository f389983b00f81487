using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Tests.Domain;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>
/// Prospects type emoji, skin tones, flags and joined emoji into every answer, in any language. A character beyond the
/// first Unicode plane is two UTF-16 halves; no reader may take one half alone for a letter to fold or normalize.
/// </summary>
public class EmojiAnswerTests
{
    private static readonly AnswerReader Reader = new();

    public static TheoryData<string, string, string> EmojiAnswers()
    {
        var texts = new[]
        {
            "je veux plus de clients 😅",
            "oui 👍🏽",
            "😅",
            "Ich entscheide 👨‍👩‍👧 mit meiner Frau",
            "🇩🇪 ab März, Budget 20k 💶",
            "sono il titolare 🙂 della ditta",
            "Max 𝓜üller von der Acme GmbH 🚀",
            "max@acme.de 📧 +49 171 2345678 ☎️",
        };
        var data = new TheoryData<string, string, string>();
        foreach (var locale in new[] { "de-DE", "en-US" })
        {
            foreach (var text in texts)
            {
                foreach (var step in QuestionSteps.Questions)
                {
                    data.Add(locale, step, text);
                }

                data.Add(locale, "consent", text);
                data.Add(locale, "confirm", text);
                data.Add(locale, "all", text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmojiAnswers))]
    public void An_answer_with_emoji_is_read_at_every_step_without_error(string locale, string step, string text)
    {
        var context = new ReadingContext(locale, PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

        var exception = Record.Exception(() =>
        {
            _ = step switch
            {
                "consent" => Reader.ReadYesNo(text, context),
                "confirm" => Reader.ReadSummary(text, context),
                "all" => (object)Reader.ReadAll(text, context),
                _ => Reader.Read(step, text, context),
            };
        });

        Assert.Null(exception);
    }

    [Fact]
    public void Folding_keeps_an_emoji_whole_and_still_drops_accents()
    {
        Assert.Equal("francais 😅 ueber", FoldedText.Fold("Français 😅 über"));
    }

    [Fact]
    public void A_third_language_need_with_an_emoji_is_still_read()
    {
        var context = new ReadingContext("en-US", PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

        var withEmoji = Reader.Read(QuestionSteps.Need, "connecter notre CRM 😅", context);
        var without = Reader.Read(QuestionSteps.Need, "connecter notre CRM", context);

        Assert.NotNull(without);
        Assert.NotNull(withEmoji);
        Assert.Equal("crm-integration", ((ChoiceValue)withEmoji.Value).Key);
        Assert.Equal(((ChoiceValue)without.Value).Key, ((ChoiceValue)withEmoji.Value).Key);
        Assert.Equal(without.Confidence, withEmoji.Confidence);
    }
}
