using LeadBot.Dialogs.Qualification;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Tests.Qualification;

public sealed class TextsTests
{
    [Fact]
    public void Every_text_exists_in_german_and_english()
    {
        var keys = Texts.Keys();
        Assert.True(keys.Count > 50);
        Assert.All(keys, k => Assert.True(Texts.HasOwnText(k, "de"), $"'{k}' has no German text."));
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(Texts.Get(k, "en")), $"'{k}' has no English text."));
    }

    [Fact]
    public void German_texts_address_the_prospect_formally()
    {
        foreach (var key in Texts.Keys().Where(k => !k.StartsWith("Commands.", StringComparison.Ordinal)))
        {
            var words = Texts.Get(key, "de").Split(' ', ',', '.', '!', '?', '„', '“', ':', '\n');
            Assert.DoesNotContain("du", words);
            Assert.DoesNotContain("dein", words);
            Assert.DoesNotContain("Du", words);
            Assert.DoesNotContain("Dein", words);
        }
    }

    [Theory]
    [InlineData("Hilfe", ConversationCommand.Help)]
    [InlineData("help!", ConversationCommand.Help)]
    [InlineData("Abbrechen", ConversationCommand.Cancel)]
    [InlineData("cancel", ConversationCommand.Cancel)]
    [InlineData("Neu starten", ConversationCommand.StartOver)]
    [InlineData("start over", ConversationCommand.StartOver)]
    [InlineData("auf Deutsch", ConversationCommand.SwitchToGerman)]
    [InlineData("English please", ConversationCommand.SwitchToEnglish)]
    [InlineData("in English please", ConversationCommand.SwitchToEnglish)]
    [InlineData("English, please!", ConversationCommand.SwitchToEnglish)]
    [InlineData("Can we continue in English?", ConversationCommand.SwitchToEnglish)]
    [InlineData("Bitte auf Englisch weiter", ConversationCommand.SwitchToEnglish)]
    [InlineData("auf Deutsch bitte", ConversationCommand.SwitchToGerman)]
    [InlineData("Können wir auf Deutsch weitermachen?", ConversationCommand.SwitchToGerman)]
    [InlineData("Sprechen Sie Deutsch?", ConversationCommand.SwitchToGerman)]
    [InlineData("German please", ConversationCommand.SwitchToGerman)]
    [InlineData("zurück", ConversationCommand.Back)]
    [InlineData("Zurück bitte", ConversationCommand.Back)]
    [InlineData("back", ConversationCommand.Back)]
    [InlineData("go back!", ConversationCommand.Back)]
    [InlineData("ｚｕｒüｃｋ", ConversationCommand.Back)]
    [InlineData("zu\u00adrück", ConversationCommand.Back)]
    [InlineData("Ｈｅｌｐ", ConversationCommand.Help)]
    [InlineData("English Ltd", ConversationCommand.None)]
    [InlineData("German Engineering GmbH", ConversationCommand.None)]
    [InlineData("I don't speak German", ConversationCommand.None)]
    [InlineData("Deutsch oder Englisch", ConversationCommand.None)]
    [InlineData("zurück zur Natur GmbH", ConversationCommand.None)]
    [InlineData("Ich brauche Hilfe beim Vertrieb", ConversationCommand.None)]
    [InlineData("We want to cancel our old CRM", ConversationCommand.None)]
    [InlineData("", ConversationCommand.None)]
    public void Commands_are_whole_messages_in_either_language(string text, ConversationCommand expected) =>
        Assert.Equal(expected, ConversationCommands.Recognize(text));

    [Fact]
    public void A_long_message_is_never_a_command_and_is_not_normalized()
    {
        Assert.Equal(ConversationCommand.None, ConversationCommands.Recognize("help " + new string(' ', 200)));
        Assert.Equal(ConversationCommand.None, ConversationCommands.Recognize(string.Concat(Enumerable.Repeat("english please ", 20_000))));
    }
}
