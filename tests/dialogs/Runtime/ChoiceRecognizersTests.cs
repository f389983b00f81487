using LeadBot.Dialogs.Runtime.Choices;

namespace LeadBot.Dialogs.Tests.Runtime;

public class ChoiceRecognizersTests
{
    private static readonly List<Choice> Colors = [new("red"), new("green"), new("blue")];

    [Theory]
    [InlineData("en-us", "red", 0)]
    [InlineData("en-us", "I like green", 1)]
    [InlineData("en-us", "the first one please.", 0)]
    [InlineData("en-us", "the second one", 1)]
    [InlineData("en-us", "the last one", 2)]
    [InlineData("en-us", "1", 0)]
    [InlineData("en-us", "three", 2)]
    [InlineData("de-de", "die zweite", 1)]
    [InlineData("de-de", "der erste", 0)]
    [InlineData("de-de", "die letzte", 2)]
    [InlineData("de-de", "die dritte bitte", 2)]
    [InlineData("de-de", "zwei", 1)]
    [InlineData("de-de", "Blau", 2)]
    public void Recognizes_value_ordinal_and_number(string locale, string utterance, int expectedIndex)
    {
        var choices = locale == "de-de" ? [new("Rot"), new("Grün"), new("Blau")] : Colors;
        var result = ChoiceRecognizers.RecognizeChoices(utterance, choices, new FindChoicesOptions { Locale = locale });

        Assert.NotEmpty(result);
        Assert.Equal(expectedIndex, result[0].Resolution.Index);
        Assert.Equal(choices[expectedIndex].Value, result[0].Resolution.Value);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("the fifth")]
    [InlineData("purple")]
    [InlineData("")]
    public void Out_of_range_positions_and_other_text_are_ignored(string utterance)
    {
        Assert.Empty(ChoiceRecognizers.RecognizeChoices(utterance, Colors, new FindChoicesOptions { Locale = "en-us" }));
    }

    [Fact]
    public void Ordinals_and_numbers_can_be_switched_off()
    {
        var options = new FindChoicesOptions { Locale = "en-us", RecognizeNumbers = false, RecognizeOrdinals = false };
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("2", Colors, options));
        Assert.Empty(ChoiceRecognizers.RecognizeChoices("the second", Colors, options));
    }

    [Fact]
    public void Overlapping_choices_go_to_the_longer_match_and_each_choice_once() // docs/dialog-runtime.md, case 31
    {
        var food = new List<Choice> { new("bread"), new("bread pudding"), new("pudding") };
        var result = ChoiceRecognizers.RecognizeChoices("the bread pudding and bread please.", food);

        Assert.Equal(["bread pudding", "bread"], result.Select(r => r.Resolution.Value));
        Assert.Equal("bread pudding", result[0].Text);
    }

    [Fact]
    public void All_tokens_in_order_within_two_tokens_are_required()
    {
        var choices = new List<Choice> { new("Small business (1-49)"), new("Mid-market (50-999)") };
        Assert.Empty(ChoiceRecognizers.FindChoices("small", choices));
        Assert.Single(ChoiceRecognizers.FindChoices("small business 1 to 49", choices));
        Assert.Empty(ChoiceRecognizers.FindChoices("small a b c business 1 49", choices));
    }

    [Fact]
    public void Partial_matches_count_only_when_allowed_with_score_zero() // docs/dialog-runtime.md, case 32
    {
        var choices = new List<Choice> { new("Small business (1-49)"), new("Mid-market (50-999)") };
        var result = ChoiceRecognizers.RecognizeChoices("small", choices, new FindChoicesOptions { AllowPartialMatches = true });

        var match = Assert.Single(result);
        Assert.Equal(0, match.Resolution.Index);
        Assert.Equal(0f, match.Resolution.Score);
    }

    [Fact]
    public void Synonyms_and_action_titles_are_candidates() // docs/dialog-runtime.md, case 33
    {
        var choices = new List<Choice>
        {
            new("Sales", "buy"),
            new("Support") { Action = new Microsoft.Bot.Schema.CardAction { Type = "imBack", Title = "Get help", Value = "Support" } },
        };

        var sales = Assert.Single(ChoiceRecognizers.RecognizeChoices("I want to buy something", choices));
        Assert.Equal("Sales", sales.Resolution.Value);
        Assert.Equal("buy", sales.Resolution.Synonym);
        Assert.Equal("Support", Assert.Single(ChoiceRecognizers.RecognizeChoices("get help", choices)).Resolution.Value);
    }

    [Fact]
    public void Exact_input_wins_outright()
    {
        var choices = new List<Choice> { new("Enterprise (1000+)"), new("Enterprise") };
        var result = ChoiceRecognizers.RecognizeChoices("enterprise", choices);

        Assert.Equal(1, Assert.Single(result).Resolution.Index);
    }
}

public class ChoiceFactoryTests
{
    [Fact]
    public void Inline_uses_or_for_two_and_comma_or_for_more()
    {
        Assert.Equal("Q? (1) a or (2) b", ChoiceFactory.Inline([new("a"), new("b")], "Q?").Text);
        Assert.Equal("Q? (1) a, (2) b, or (3) c", ChoiceFactory.Inline([new("a"), new("b"), new("c")], "Q?").Text);
        Assert.Equal("Q? a, b, oder c", ChoiceFactory.Inline([new("a"), new("b"), new("c")], "Q?", null, new ChoiceFactoryOptions(", ", " oder ", ", oder ", false)).Text);
    }

    [Fact]
    public void List_without_numbers_uses_dashes()
    {
        Assert.Equal("Q?\n\n   - a\n   - b", ChoiceFactory.List([new("a"), new("b")], "Q?", null, new ChoiceFactoryOptions { IncludeNumbers = false }).Text);
    }

    [Theory]
    [InlineData("facebook", 10, true)]
    [InlineData("facebook", 11, false)]
    [InlineData("webchat", 100, true)]
    [InlineData("test", 1, false)]
    public void Suggested_action_limits_per_channel(string channel, int buttons, bool expected)
    {
        Assert.Equal(expected, Channel.SupportsSuggestedActions(channel, buttons));
    }

    [Fact]
    public void Auto_uses_a_list_for_more_than_three_choices_on_a_plain_channel()
    {
        var message = ChoiceFactory.ForChannel("test", [new("a"), new("b"), new("c"), new("d")], "Q?");
        Assert.Equal("Q?\n\n   1. a\n   2. b\n   3. c\n   4. d", message.Text);
    }
}
