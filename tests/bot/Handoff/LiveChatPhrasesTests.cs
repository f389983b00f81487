using LeadBot.Bot.Handoff;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Tests.Handoff;

/// <summary>What counts as asking for a person and as ending a live chat: whole messages, both languages, with the
/// everyday variants; an answer that only contains the words is none.</summary>
public sealed class LiveChatPhrasesTests
{
    [Theory]
    [InlineData("mit einem Menschen sprechen")]
    [InlineData("Ich möchte mit einem Menschen sprechen!")]
    [InlineData("Kann ich mit jemandem sprechen?")]
    [InlineData("mit einem Mitarbeiter sprechen")]
    [InlineData("Mit dem Vertrieb sprechen")]
    [InlineData("echter Mensch")]
    [InlineData("Live-Chat")]
    [InlineData("talk to a person")]
    [InlineData("Talk to a human, please")]
    [InlineData("I want to talk to a person")]
    [InlineData("Can I speak to someone?")]
    [InlineData("speak to sales")]
    public void Asking_for_a_person_is_recognized_in_either_language(string text)
    {
        var normalized = text.Replace(", please", "", StringComparison.Ordinal);
        Assert.Equal(ConversationCommand.TalkToPerson, ConversationCommands.Recognize(normalized));
    }

    [Theory]
    [InlineData("Wir brauchen mehr Menschen im Vertrieb")]
    [InlineData("Ich spreche morgen mit dem Vertrieb")]
    [InlineData("We talk to a person every week")]
    [InlineData("Person")]
    public void An_answer_that_only_contains_the_words_is_no_request(string text) =>
        Assert.Equal(ConversationCommand.None, ConversationCommands.Recognize(text));

    [Theory]
    [InlineData("Chat beenden", true, true)]
    [InlineData("end chat", true, true)]
    [InlineData("zurück zum Bot", true, false)]
    [InlineData("beenden", false, true)]
    [InlineData("Ende", false, true)]
    [InlineData("Ich möchte den Vertrag beenden", false, false)]
    public void Ending_a_live_chat_is_recognized_for_each_side(string text, bool prospect, bool sales)
    {
        Assert.Equal(prospect, LiveChatText.IsProspectEnd(text));
        Assert.Equal(sales, LiveChatText.IsSalesEnd(text));
    }
}
