using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Tests.Runtime;

public class PromptTests
{
    private static PromptOptions Ask(string prompt, string? retry = null, int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retry == null ? null : MessageFactory.Text(retry),
        MaxAttempts = maxAttempts,
    };

    private static Func<ITurnContext, object?, Task> Echo(Func<object?, string> format) =>
        (context, result) => context.SendActivityAsync(format(result));

    [Fact]
    public async Task Validator_sees_attempt_count_starting_at_one() // docs/dialog-runtime.md, case 5
    {
        var host = new DialogTestHost();
        var prompt = new TextPrompt("text", async (pc, ct) =>
        {
            if (pc.Recognized.Value!.Length <= 3)
            {
                await pc.Context.SendActivityAsync($"Please send a name that is longer than 3 characters. {pc.AttemptCount}", cancellationToken: ct);
                return false;
            }

            await pc.Context.SendActivityAsync($"You got it at the {pc.AttemptCount}th try!", cancellationToken: ct);
            return true;
        });

        await host.RunPrompt(prompt, () => Ask("Please type your name."), Echo(r => $"{r} is a great name!"))
            .Send("hello").AssertReply("Please type your name.")
            .Send("hi").AssertReply("Please send a name that is longer than 3 characters. 1")
            .Send("hi").AssertReply("Please send a name that is longer than 3 characters. 2")
            .Send("hi").AssertReply("Please send a name that is longer than 3 characters. 3")
            .Send("John").AssertReply("You got it at the 4th try!").AssertReply("John is a great name!")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_that_sends_its_own_message_suppresses_the_retry_prompt() // docs/dialog-runtime.md, case 6
    {
        var host = new DialogTestHost();
        var prompt = new TextPrompt("text", async (pc, ct) =>
        {
            if (pc.Recognized.Value!.Length <= 3)
            {
                await pc.Context.SendActivityAsync("The text should be greater than 3 chars.", cancellationToken: ct);
                return false;
            }

            return true;
        });

        await host.RunPrompt(prompt, () => Ask("Enter some text", "Make sure the text is greater than three characters."), Echo(r => $"Bot received the text '{r}'"))
            .Send("hello").AssertReply("Enter some text")
            .Send("hi").AssertReply("The text should be greater than 3 chars.")
            .Send("hello").AssertReply("Bot received the text 'hello'")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_retry_prompt_an_invalid_answer_resends_the_prompt() // docs/dialog-runtime.md, case 7
    {
        var host = new DialogTestHost();
        await host.RunPrompt(new NumberPrompt<int>("number"), () => Ask("Enter a number."), Echo(r => $"Bot received the number '{r}'."))
            .Send("hello").AssertReply("Enter a number.")
            .Send("hello").AssertReply("Enter a number.")
            .Send("42").AssertReply("Bot received the number '42'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_rejects_out_of_range_number_with_retry_prompt() // docs/dialog-runtime.md, case 8
    {
        var host = new DialogTestHost();
        var prompt = new NumberPrompt<int>("number", (pc, ct) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value is > 0 and < 100));

        await host.RunPrompt(prompt, () => Ask("Enter a number.", "You must enter a positive number less than 100."), Echo(r => $"Bot received the number '{r}'."))
            .Send("hello").AssertReply("Enter a number.")
            .Send("150").AssertReply("You must enter a positive number less than 100.")
            .Send("64").AssertReply("Bot received the number '64'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_may_accept_unrecognized_input_and_rewrite_the_value()
    {
        var host = new DialogTestHost();
        var prompt = new NumberPrompt<int>("number", (pc, ct) =>
        {
            if (!pc.Recognized.Succeeded && pc.Context.Activity.Text == "skip")
            {
                pc.Recognized.Value = -1;
            }

            return Task.FromResult(true);
        });

        await host.RunPrompt(prompt, () => Ask("Enter a number."), Echo(r => $"got {r}"))
            .Send("hi").AssertReply("Enter a number.")
            .Send("skip").AssertReply("got -1")
            .Send("hi").AssertReply("Enter a number.")
            .Send("nothing").AssertReply("got 0")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_resent_not_retry_when_dialog_pushed_over_it_ends() // docs/dialog-runtime.md, case 9
    {
        var host = new DialogTestHost();
        var attempts = new List<int>();
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(new NumberPrompt<int>("number", (pc, ct) =>
        {
            attempts.Add(pc.AttemptCount);
            return Task.FromResult(pc.Recognized.Succeeded);
        }));
        dialogs.Add(new WaterfallDialog("interruption",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("interrupted", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync(null, ct),
        ]));

        await host.Run(dialogs, async (dc, ct) =>
            {
                if (dc.Context.Activity.Text == "interrupt")
                {
                    await dc.BeginDialogAsync("interruption", null, ct);
                    return;
                }

                var result = await dc.ContinueDialogAsync(ct);
                if (result.Status == DialogTurnStatus.Empty)
                {
                    await dc.PromptAsync("number", Ask("Enter a number.", "Retry: a number please."), ct);
                }
                else if (result.Status == DialogTurnStatus.Complete)
                {
                    await dc.Context.SendActivityAsync($"got {result.Result}", cancellationToken: ct);
                }
            })
            .Send("hi").AssertReply("Enter a number.")
            .Send("apple").AssertReply("Retry: a number please.")
            .Send("interrupt").AssertReply("interrupted")
            .Send("done").AssertReply("Enter a number.")
            .Send("7").AssertReply("got 7")
            .StartTestAsync();

        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task Reprompt_resends_the_original_prompt()
    {
        var host = new DialogTestHost();
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(new TextPrompt("text", (pc, ct) => Task.FromResult(false)));

        await host.Run(dialogs, async (dc, ct) =>
            {
                if (dc.Context.Activity.Text == "again")
                {
                    await dc.RepromptDialogAsync(ct);
                    return;
                }

                var result = await dc.ContinueDialogAsync(ct);
                if (result.Status == DialogTurnStatus.Empty)
                {
                    await dc.PromptAsync("text", Ask("Name?", "Name, please?"), ct);
                }
            })
            .Send("hi").AssertReply("Name?")
            .Send("x").AssertReply("Name, please?")
            .Send("again").AssertReply("Name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Retry_cap_ends_the_prompt_with_the_limit_sentinel_instead_of_asking_again()
    {
        var host = new DialogTestHost();
        await host.RunPrompt(new EmailPrompt("email"), () => Ask("Your e-mail?", "That is not an e-mail address.", maxAttempts: 3),
                Echo(r => PromptRetryLimitReached.Is(r) ? "limit reached" : $"mail {r}"))
            .Send("hi").AssertReply("Your e-mail?")
            .Send("no").AssertReply("That is not an e-mail address.")
            .Send("still no").AssertReply("That is not an e-mail address.")
            .Send("never").AssertReply("limit reached")
            .StartTestAsync();
    }

    [Fact]
    public async Task Retry_cap_does_not_apply_when_the_answer_is_valid_at_the_last_attempt()
    {
        var host = new DialogTestHost();
        await host.RunPrompt(new EmailPrompt("email"), () => Ask("Your e-mail?", "That is not an e-mail address.", maxAttempts: 2),
                Echo(r => PromptRetryLimitReached.Is(r) ? "limit reached" : $"mail {r}"))
            .Send("hi").AssertReply("Your e-mail?")
            .Send("no").AssertReply("That is not an e-mail address.")
            .Send("Meine Mail ist Max@Example.com").AssertReply("mail max@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_ignores_non_message_activities()
    {
        var host = new DialogTestHost();
        await host.RunPrompt(new TextPrompt("text"), () => Ask("Name?"), Echo(r => $"hi {r}"))
            .Send("hello").AssertReply("Name?")
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate }).AssertNoReply(timeout: DialogTestHost.NoReplyMilliseconds)
            .Send("Ann").AssertReply("hi Ann")
            .StartTestAsync();
    }

    [Theory] // docs/dialog-runtime.md, case 10
    [InlineData("$500", 500)]
    [InlineData("i am 18 years old", 18)]
    [InlineData("I've run 5km", 5)]
    [InlineData("The temperature is 32C", 32)]
    [InlineData("42", 42)]
    public async Task Number_prompt_takes_the_number_of_a_unit_value(string input, int expected)
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new NumberPrompt<int>("number"), () => Ask("Enter a number."), Echo(r => $"got {r}"))
            .Send("hi").AssertReply("Enter a number.")
            .Send(input).AssertReply($"got {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_retries_a_unit_without_number() // docs/dialog-runtime.md, case 10
    {
        var host = new DialogTestHost("en-us");
        await host.RunPrompt(new NumberPrompt<int>("number"), () => Ask("Enter a number."), Echo(r => $"got {r}"))
            .Send("hi").AssertReply("Enter a number.")
            .Send("dollars").AssertReply("Enter a number.")
            .Send("500 dollars").AssertReply("got 500")
            .StartTestAsync();
    }

    [Theory] // docs/dialog-runtime.md, cases 11-14
    [InlineData("nl-nl", "3,14", "double", "got 3.14")]
    [InlineData("de-de", "1.000,5", "double", "got 1000.5")]
    [InlineData("de-de", "1.000,5", "int", "retry")]
    [InlineData("en-us", "1.000,5", "double", "got 1000.5")]
    [InlineData("en-us", "1.000,5", "int", "retry")]
    [InlineData("de-de", "1.500", "int", "got 1500")]
    [InlineData("en-us", "1.500", "double", "got 1.5")]
    [InlineData("en-us", "1.500", "int", "retry")]
    [InlineData("en-us", "3.5", "int", "retry")]
    [InlineData("de-de", "drei", "int", "got 3")]
    public async Task Number_prompt_parses_in_the_activity_culture(string locale, string input, string type, string expected)
    {
        var host = new DialogTestHost(locale);
        Dialog prompt = type == "int" ? new NumberPrompt<int>("number") : new NumberPrompt<double>("number");
        await host.RunPrompt(prompt, () => Ask("Enter a number.", "retry"),
                Echo(r => "got " + Convert.ToString(r, System.Globalization.CultureInfo.InvariantCulture)))
            .Send("hi").AssertReply("Enter a number.")
            .Send(input).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public void Number_prompt_rejects_unsupported_types()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<short>("number"));
    }

    [Fact]
    public async Task Text_prompt_accepts_any_text_as_is() // docs/dialog-runtime.md, rule 23
    {
        var host = new DialogTestHost();
        await host.RunPrompt(new TextPrompt("text"), () => Ask("Name?"), Echo(r => $"[{r}]"))
            .Send("hi").AssertReply("Name?")
            .Send("  Ann Müller ").AssertReply("[  Ann Müller ]")
            .StartTestAsync();
    }

    [Fact]
    public async Task Email_prompt_finds_the_address_in_free_text_and_retries_otherwise()
    {
        var host = new DialogTestHost("de-de");
        await host.RunPrompt(new EmailPrompt("email"), () => Ask("Ihre E-Mail-Adresse?", "Bitte eine gültige E-Mail-Adresse, z. B. name@firma.de."), Echo(r => $"mail {r}"))
            .Send("hallo").AssertReply("Ihre E-Mail-Adresse?")
            .Send("max at example").AssertReply("Bitte eine gültige E-Mail-Adresse, z. B. name@firma.de.")
            .Send("meine Mail ist Max@Example.com").AssertReply("mail max@example.com")
            .StartTestAsync();
    }

    [Fact]
    public async Task Phone_prompt_normalizes_with_the_configured_calling_code()
    {
        var host = new DialogTestHost("de-de");
        await host.RunPrompt(new PhonePrompt("phone", defaultCallingCode: "+41"), () => Ask("Telefon?", "Bitte eine Telefonnummer."), Echo(r => $"tel {r}"))
            .Send("hallo").AssertReply("Telefon?")
            .Send("keine Ahnung").AssertReply("Bitte eine Telefonnummer.")
            .Send("erreichbar unter 044 123 45 67").AssertReply("tel +41441234567")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_resolves_relative_to_the_activity_timestamp()
    {
        var host = new DialogTestHost("de-de");
        var prompt = new DatePrompt("date");
        var flow = host.RunPrompt(prompt, () => Ask("Wann möchten Sie starten?", "Zum Beispiel: im zweiten Quartal."),
            Echo(r => r is TimelineEstimate t ? (t.IsUnknown ? "unknown" : $"start {t.Start:yyyy-MM-dd}") : "?"));
        var reference = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1));

        Activity At(string text) => new() { Type = ActivityTypes.Message, Text = text, LocalTimestamp = reference, Locale = "de-de" };

        await flow
            .Send(At("hallo")).AssertReply("Wann möchten Sie starten?")
            .Send(At("Banane")).AssertReply("Zum Beispiel: im zweiten Quartal.")
            .Send(At("im zweiten Quartal")).AssertReply("start 2027-04-01")
            .Send(At("hallo")).AssertReply("Wann möchten Sie starten?")
            .Send(At("noch unklar")).AssertReply("unknown")
            .StartTestAsync();
    }

    [Fact]
    public async Task Currency_prompt_uses_the_default_currency_and_survives_the_round_trip()
    {
        var host = new DialogTestHost("de-de");
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("flow",
        [
            (step, ct) => step.PromptAsync("budget", Ask("Budget?", "Zum Beispiel: ca. 50.000 €"), ct),
            async (step, ct) =>
            {
                step.Values["budget"] = step.Result;
                await step.Context.SendActivityAsync("ok", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                var budget = step.Values.GetValue<BudgetEstimate>("budget")!;
                await step.Context.SendActivityAsync($"{budget.Minimum}-{budget.Maximum} {budget.Currency}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(new CurrencyAmountPrompt("budget", () => "CHF"));

        await host.Run(root)
            .Send("hallo").AssertReply("Budget?")
            .Send("viel").AssertReply("Zum Beispiel: ca. 50.000 €")
            .Send("zwischen 20 und 50 Tsd.").AssertReply("ok")
            .Send("weiter").AssertReply("20000-50000 CHF")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_message_longer_than_the_prompts_limit_is_not_recognized_and_counts_as_an_invalid_answer()
    {
        var host = new DialogTestHost();
        var prompt = new ConfirmPrompt("confirm", defaultLocale: "en-us") { MaxTextLength = 20 };
        await host.RunPrompt(prompt, () => Ask("Delete everything?", "Please answer yes or no.", maxAttempts: 2), Echo(r => $"result: {r}"))
            .Send("hello").AssertReply("Delete everything? (1) Yes or (2) No")
            .Send("yes " + new string('!', 30)).AssertReply("Please answer yes or no. (1) Yes or (2) No")
            .Send("yes " + new string('!', 30)).AssertReply("result: PromptRetryLimitReached")
            .StartTestAsync();
    }
}
