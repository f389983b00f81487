using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Tests.Runtime;

public class ConfirmPromptTests
{
    private static Func<ITurnContext, object?, Task> Confirmed =>
        (context, result) => context.SendActivityAsync((bool)result! ? "Confirmed." : "Not confirmed.");

    private static PromptOptions Ask(string? prompt = "Please confirm.", string? retry = null, ListStyle? style = null) => new()
    {
        Prompt = prompt == null ? null : MessageFactory.Text(prompt),
        RetryPrompt = retry == null ? null : MessageFactory.Text(retry),
        Style = style,
    };

    [Fact]
    public async Task Confirm_prompt_renders_yes_no_inline_and_accepts_yes() // docs/dialog-runtime.md, case 15
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask(), Confirmed)
            .Send("hello").AssertReply("Please confirm. (1) Yes or (2) No")
            .Send("yes").AssertReply("Confirmed.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_prompt_retry_prompt_gets_the_choices_too() // docs/dialog-runtime.md, case 16
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask(retry: "Please confirm, say 'yes' or 'no' or something like that."), Confirmed)
            .Send("hello").AssertReply("Please confirm. (1) Yes or (2) No")
            .Send("lala").AssertReply("Please confirm, say 'yes' or 'no' or something like that. (1) Yes or (2) No")
            .Send("no").AssertReply("Not confirmed.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_prompt_without_text_still_sends_the_choices() // docs/dialog-runtime.md, case 17
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask(prompt: null), Confirmed)
            .Send("hello").AssertReply(" (1) Yes or (2) No")
            .Send("lala").AssertReply(" (1) Yes or (2) No")
            .Send("1").AssertReply("Confirmed.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_prompt_accepts_numbers_unless_they_are_switched_off() // docs/dialog-runtime.md, case 18
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask(), Confirmed)
            .Send("hello").AssertReply("Please confirm. (1) Yes or (2) No")
            .Send("2").AssertReply("Not confirmed.")
            .StartTestAsync();

        var noNumbers = new DialogTestHost("en-us");
        var prompt = new ConfirmPrompt("confirm") { ChoiceOptions = new ChoiceFactoryOptions { IncludeNumbers = false } };
        await noNumbers.RunPrompt(prompt, () => Ask(), Confirmed)
            .Send("hello").AssertReply("Please confirm. Yes or No")
            .Send("2").AssertReply("Please confirm. Yes or No")
            .Send("yes").AssertReply("Confirmed.")
            .StartTestAsync();
    }

    [Theory] // docs/dialog-runtime.md, case 19
    [InlineData("Ja", "Confirmed.")]
    [InlineData("Nein", "Not confirmed.")]
    [InlineData("1", "Confirmed.")]
    [InlineData("2", "Not confirmed.")]
    public async Task Confirm_prompt_in_german_renders_ja_oder_nein(string answer, string expected)
    {
        var host = new DialogTestHost("de-de");
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask("Prompt."), Confirmed)
            .Send("hallo").AssertReply("Prompt. (1) Ja oder (2) Nein")
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }

    [Theory] // docs/dialog-runtime.md, cases 20, 21
    [InlineData("de-de", "ja", "Confirmed.")]
    [InlineData("de-de", "j", "Confirmed.")]
    [InlineData("de-de", "ok", "Confirmed.")]
    [InlineData("de-de", "nein", "Not confirmed.")]
    [InlineData("de-de", "n", "Not confirmed.")]
    [InlineData("de-de", "yes", "retry")]
    [InlineData("de-de", "no", "retry")]
    [InlineData("en-us", "ja", "retry")]
    [InlineData("en-us", "nein", "retry")]
    [InlineData("en-us", "yeah", "Confirmed.")]
    [InlineData("en-us", "sure", "Confirmed.")]
    [InlineData("en-us", "y", "Confirmed.")]
    [InlineData("en-us", "nope", "Not confirmed.")]
    [InlineData("en-us", "not ok", "Not confirmed.")]
    [InlineData("en-us", "two", "Not confirmed.")]
    public async Task Confirm_prompt_recognizes_only_the_culture_words(string locale, string answer, string expected)
    {
        var host = new DialogTestHost(locale);
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask("Prompt.", "retry", ListStyle.None), Confirmed)
            .Send("hallo").AssertReply("Prompt.")
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }

    [Theory] // docs/dialog-runtime.md, cases 22, 27
    [InlineData("de-DE", null, "Prompt. (1) Ja oder (2) Nein")]
    [InlineData("de-De", null, "Prompt. (1) Ja oder (2) Nein")]
    [InlineData("DE", null, "Prompt. (1) Ja oder (2) Nein")]
    [InlineData("de", null, "Prompt. (1) Ja oder (2) Nein")]
    [InlineData("de-AT", null, "Prompt. (1) Ja oder (2) Nein")]
    [InlineData(null, "de-de", "Prompt. (1) Ja oder (2) Nein")]
    [InlineData(null, null, "Prompt. (1) Yes or (2) No")]
    [InlineData("", "de-de", "Prompt. (1) Yes or (2) No")]
    [InlineData("not-supported", "de-de", "Prompt. (1) Yes or (2) No")]
    [InlineData("en-GB", null, "Prompt. (1) Yes or (2) No")]
    public async Task Confirm_prompt_maps_locale_variations(string? activityLocale, string? defaultLocale, string expected)
    {
        var host = new DialogTestHost(activityLocale);
        await host.RunPrompt(new ConfirmPrompt("confirm", defaultLocale: defaultLocale), () => Ask("Prompt."), Confirmed)
            .Send("hallo").AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_options_style_overrides_the_prompt_style() // docs/dialog-runtime.md, case 24
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ConfirmPrompt("confirm") { Style = ListStyle.Inline }, () => Ask("is it true?"), Confirmed)
            .Send("hello").AssertReply("is it true? (1) Yes or (2) No")
            .StartTestAsync();

        var other = new DialogTestHost("en-us");
        await other.RunPrompt(new ConfirmPrompt("confirm") { Style = ListStyle.Inline }, () => Ask("is it true?", style: ListStyle.None), Confirmed)
            .Send("hello").AssertReply("is it true?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_language_changes_only_the_boolean_recognizer() // docs/dialog-runtime.md, case 23
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ConfirmPrompt("confirm") { RecognizeLanguage = "es-es" }, () => Ask(), Confirmed)
            .Send("hello").AssertReply("Please confirm. (1) Yes or (2) No")
            .Send("si").AssertReply("Confirmed.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_choices_and_choice_options_replace_the_defaults() // docs/dialog-runtime.md, rule 30
    {
        var host = new DialogTestHost("de-de");
        var prompt = new ConfirmPrompt("confirm")
        {
            ConfirmChoices = Tuple.Create(new Choice("Klar"), new Choice("Lieber nicht")),
            ChoiceOptions = new ChoiceFactoryOptions { IncludeNumbers = true },
        };
        await host.RunPrompt(prompt, () => Ask("Weiter?"), Confirmed)
            .Send("hallo").AssertReply("Weiter? (1) Klar or (2) Lieber nicht")
            .Send("lieber nicht").AssertReply("Not confirmed.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Confirm_prompt_on_emulator_sends_suggested_actions() // docs/dialog-runtime.md, rule 36
    {
        var host = new DialogTestHost("de-de", "emulator");
        await host.RunPrompt(new ConfirmPrompt("confirm"), () => Ask("Einverstanden?"), Confirmed)
            .Send("hallo").AssertReply(a =>
            {
                var m = (IMessageActivity)a;
                Assert.Equal("Einverstanden?", m.Text);
                Assert.Equal(["Ja", "Nein"], m.SuggestedActions.Actions.Select(x => x.Title));
                Assert.All(m.SuggestedActions.Actions, x => Assert.Equal(ActionTypes.ImBack, x.Type));
                Assert.Equal(InputHints.AcceptingInput, m.InputHint);
            })
            .Send("Ja").AssertReply("Confirmed.")
            .StartTestAsync();
    }
}

public class ChoicePromptTests
{
    private static readonly List<Choice> Colors = [new("red"), new("green"), new("blue")];

    private static PromptOptions Ask(ListStyle? style = null, List<Choice>? choices = null, Activity? prompt = null) => new()
    {
        Prompt = prompt ?? MessageFactory.Text("favorite color?"),
        RetryPrompt = MessageFactory.Text("your favorite color, please?"),
        Choices = choices ?? Colors,
        Style = style,
    };

    private static Func<ITurnContext, object?, Task> Picked =>
        (context, result) => context.SendActivityAsync($"{((FoundChoice)result!).Value} #{((FoundChoice)result!).Index}");

    [Theory] // docs/dialog-runtime.md, case 25
    [InlineData("en-us", "favorite color? (1) red, (2) green, or (3) blue")]
    [InlineData("de-de", "favorite color? (1) red, (2) green, oder (3) blue")]
    public async Task Choice_prompt_renders_inline_list_on_test_channel(string locale, string expected)
    {
        var host = new DialogTestHost(locale);
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(), Picked)
            .Send("hello").AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_renders_numbered_list() // docs/dialog-runtime.md, case 26
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(ListStyle.List), Picked)
            .Send("hello").AssertReply("favorite color?\n\n   1. red\n   2. green\n   3. blue")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_renders_suggested_actions() // docs/dialog-runtime.md, case 26
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(ListStyle.SuggestedAction), Picked)
            .Send("hello").AssertReply(a =>
            {
                var m = (IMessageActivity)a;
                Assert.Equal("favorite color?", m.Text);
                Assert.Equal(["red", "green", "blue"], m.SuggestedActions.Actions.Select(x => (string)x.Value));
                Assert.All(m.SuggestedActions.Actions, x => Assert.Equal(ActionTypes.ImBack, x.Type));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_renders_hero_card_after_existing_attachments() // docs/dialog-runtime.md, case 26
    {
        var host = new DialogTestHost("en-us");
        var prompt = MessageFactory.Attachment(new Attachment { ContentType = "image/png", ContentUrl = "https://example.com/a.png" });
        prompt.Text = "favorite color?";
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(ListStyle.HeroCard, prompt: (Activity)prompt), Picked)
            .Send("hello").AssertReply(a =>
            {
                var m = (IMessageActivity)a;
                Assert.Null(m.Text);
                Assert.Equal(2, m.Attachments.Count);
                Assert.Equal("image/png", m.Attachments[0].ContentType);
                var card = Assert.IsType<HeroCard>(m.Attachments[1].Content);
                Assert.Equal("favorite color?", card.Text);
                Assert.Equal(3, card.Buttons.Count);
            })
            .Send("hello").AssertReply(a => Assert.Equal("your favorite color, please?", Assert.IsType<HeroCard>(Assert.Single(((IMessageActivity)a).Attachments).Content).Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_style_none_sends_only_the_text() // docs/dialog-runtime.md, case 26
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(ListStyle.None), Picked)
            .Send("hello").AssertReply("favorite color?")
            .StartTestAsync();
    }

    [Theory] // docs/dialog-runtime.md, cases 27-29, 31
    [InlineData("en-us", "red", "red #0")]
    [InlineData("en-us", "RED", "red #0")]
    [InlineData("en-us", "the first one please.", "red #0")]
    [InlineData("en-us", "1", "red #0")]
    [InlineData("en-us", "one", "red #0")]
    [InlineData("en-us", "option one and 3.", "red #0")]
    [InlineData("en-us", "the second one", "green #1")]
    [InlineData("en-us", "the last one", "blue #2")]
    [InlineData("en-us", "red or green", "red #0")]
    [InlineData("en-us", "I'll take the blue please", "blue #2")]
    [InlineData("en-us", "4", "your favorite color, please?")]
    [InlineData("en-us", "what was that?", "your favorite color, please?")]
    [InlineData("de-de", "die zweite", "green #1")]
    [InlineData("de-de", "der erste", "red #0")]
    [InlineData("de-de", "2", "green #1")]
    [InlineData("de-de", "zwei", "green #1")]
    [InlineData("de-de", "die letzte", "blue #2")]
    public async Task Choice_prompt_recognizes_value_ordinal_and_number(string locale, string answer, string expected)
    {
        var host = new DialogTestHost(locale);
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(ListStyle.None), Picked)
            .Send("hello").AssertReply("favorite color?")
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_validator_runs_even_when_nothing_was_recognized() // docs/dialog-runtime.md, case 34
    {
        var host = new DialogTestHost("en-us");
        var prompt = new ChoicePrompt("choice", async (pc, ct) =>
        {
            await pc.Context.SendActivityAsync($"validator called {pc.Recognized.Succeeded}", cancellationToken: ct);
            return true;
        });
        await host.RunPrompt(prompt, () => Ask(ListStyle.None), (c, r) => c.SendActivityAsync(r == null ? "null result" : "result"))
            .Send("hello").AssertReply("favorite color?")
            .Send("I'll take the purple please.").AssertReply("validator called False").AssertReply("null result")
            .StartTestAsync();
    }

    [Fact]
    public async Task Long_titles_render_as_a_list_everywhere_and_need_all_title_tokens() // docs/dialog-runtime.md, case 32
    {
        var segments = new List<Choice> { new("Small business (1-49)"), new("Mid-market (50-999)"), new("Enterprise (1000+)") };
        foreach (var channel in new[] { "test", "emulator", "webchat", "directline", "msteams" })
        {
            var host = new DialogTestHost("en-us", channel);
            await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(choices: segments, prompt: MessageFactory.Text("Size?")), Picked)
                .Send("hello").AssertReply("Size?\n\n   1. Small business (1-49)\n   2. Mid-market (50-999)\n   3. Enterprise (1000+)")
                .Send("Enterprise").AssertReply(a => Assert.StartsWith("your favorite color, please?\n\n   1. Small business", ((IMessageActivity)a).Text))
                .Send("50").AssertReply(a => Assert.StartsWith("your favorite color, please?\n\n   1. Small business", ((IMessageActivity)a).Text))
                .Send("1").AssertReply("Small business (1-49) #0")
                .StartTestAsync();
        }
    }

    [Theory] // docs/dialog-runtime.md, rule 36
    [InlineData("emulator", null, "suggested")]
    [InlineData("webchat", null, "suggested")]
    [InlineData("directline", null, "suggested")]
    [InlineData("msteams", "personal", "suggested")]
    [InlineData("msteams", "groupChat", "hero")]
    [InlineData("test", null, "inline")]
    public async Task Auto_style_follows_the_channel(string channel, string? conversationType, string expected)
    {
        var host = new DialogTestHost("en-us", channel);
        var flow = host.RunPrompt(new ChoicePrompt("choice"), () => Ask(), Picked);
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hello" };
        if (conversationType != null)
        {
            host.Adapter.Conversation.Conversation.ConversationType = conversationType;
        }

        await flow.Send(activity).AssertReply(a =>
            {
                var m = (IMessageActivity)a;
                switch (expected)
                {
                    case "suggested":
                        Assert.Equal(3, m.SuggestedActions?.Actions?.Count);
                        Assert.Equal("favorite color?", m.Text);
                        break;
                    case "hero":
                        Assert.Null(m.SuggestedActions);
                        Assert.IsType<HeroCard>(Assert.Single(m.Attachments).Content);
                        break;
                    default:
                        Assert.Equal("favorite color? (1) red, (2) green, or (3) blue", m.Text);
                        break;
                }
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_with_synonym_is_recognized_in_a_sentence() // docs/dialog-runtime.md, case 33
    {
        var host = new DialogTestHost("en-us");
        var departments = new List<Choice> { new("Sales", "buy", "purchase"), new("Support", "help", "broken") };
        FoundChoice? found = null;
        await host.RunPrompt(new ChoicePrompt("choice"), () => Ask(ListStyle.None, departments),
                (c, r) => { found = (FoundChoice)r!; return c.SendActivityAsync("ok"); })
            .Send("hello").AssertReply("favorite color?")
            .Send("I want to buy something").AssertReply("ok")
            .StartTestAsync();

        Assert.Equal("Sales", found!.Value);
        Assert.Equal("buy", found.Synonym);
    }
}
