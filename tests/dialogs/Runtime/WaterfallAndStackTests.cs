using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Tests.Runtime;

public class WaterfallAndStackTests
{
    private static WaterfallStep Say(string text, bool wait = true) => async (step, ct) =>
    {
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        return wait ? Dialog.EndOfTurn : await step.NextAsync(null, ct);
    };

    [Fact]
    public async Task Waterfall_runs_one_step_per_message() // docs/dialog-runtime.md, case 1
    {
        var host = new DialogTestHost();
        var root = new WaterfallDialog("test", [Say("step1"), Say("step2"), Say("step3")]);

        await host.Run(root)
            .Send("hello").AssertReply("step1")
            .Send("hello").AssertReply("step2")
            .Send("hello").AssertReply("step3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_with_number_prompt_retries_then_passes_the_number_to_the_next_step() // docs/dialog-runtime.md, case 2
    {
        var host = new DialogTestHost();
        var root = new ComponentDialog("root");
        var options = new PromptOptions { Prompt = MessageFactory.Text("Enter a number."), RetryPrompt = MessageFactory.Text("It must be a number") };
        root.AddDialog(new WaterfallDialog("test-waterfall",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step1", cancellationToken: ct);
                return await step.PromptAsync("number", options, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Thanks for '{(int)step.Result!}'", cancellationToken: ct);
                await step.Context.SendActivityAsync("step2", cancellationToken: ct);
                return await step.PromptAsync("number", options, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Thanks for '{(int)step.Result!}'", cancellationToken: ct);
                await step.Context.SendActivityAsync("step3", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(new NumberPrompt<int>("number"));

        await host.Run(root)
            .Send("hello").AssertReply("step1").AssertReply("Enter a number.")
            .Send("hello again").AssertReply("It must be a number")
            .Send("42").AssertReply("Thanks for '42'").AssertReply("step2").AssertReply("Enter a number.")
            .Send("apple").AssertReply("It must be a number")
            .Send("orange").AssertReply("It must be a number")
            .Send("64").AssertReply("Thanks for '64'").AssertReply("step3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Nested_waterfalls_resume_the_parent_in_the_same_turn() // docs/dialog-runtime.md, case 3
    {
        var host = new DialogTestHost();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("test-waterfall-a",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step1", cancellationToken: ct);
                return await step.BeginDialogAsync("test-waterfall-b", null, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step2", cancellationToken: ct);
                return await step.BeginDialogAsync("test-waterfall-c", null, ct);
            },
        ]));
        root.AddDialog(new WaterfallDialog("test-waterfall-b", [Say("step1.1"), Say("step1.2")]));
        root.AddDialog(new WaterfallDialog("test-waterfall-c", [Say("step2.1"), Say("step2.2")]));

        await host.Run(root)
            .Send("hello").AssertReply("step1").AssertReply("step1.1")
            .Send("hello").AssertReply("step1.2")
            .Send("hello").AssertReply("step2").AssertReply("step2.1")
            .Send("hello").AssertReply("step2.2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Run_restarts_the_root_dialog_after_it_completed_without_using_the_message_as_an_answer() // docs/dialog-runtime.md, case 4
    {
        var host = new DialogTestHost();
        var statuses = new List<DialogTurnStatus>();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("name-flow",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Please type your name.") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Result} is a great name!", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(new TextPrompt("text"));

        await host.Run(root, r => statuses.Add(r.Status))
            .Send("hello").AssertReply("Please type your name.")
            .Send("John").AssertReply("John is a great name!")
            .Send("Hi again").AssertReply("Please type your name.")
            .Send("1").AssertReply("1 is a great name!")
            .StartTestAsync();

        Assert.Equal([DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Waiting, DialogTurnStatus.Complete], statuses);
    }

    [Fact]
    public async Task Waterfall_values_options_and_step_index_survive_the_state_round_trip()
    {
        var host = new DialogTestHost();
        object? finalResult = null;
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync("inner", new Dictionary<string, object?> { ["greeting"] = "Hallo", ["count"] = 3 }, ct),
        ]));
        root.AddDialog(new WaterfallDialog("inner",
        [
            async (step, ct) =>
            {
                step.Values["n"] = 41;
                step.Values["list"] = new List<string> { "a", "b" };
                step.Values["budget"] = new LeadBot.Dialogs.Recognition.BudgetEstimate(20000m, 50000m, "EUR", false, "20-50k");
                step.Values["timeline"] = new LeadBot.Dialogs.Recognition.TimelineEstimate(new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 30), "(2027-04-01,2027-07-01,P3M)", false, "Q2");
                await step.Context.SendActivityAsync("first", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                var options = step.GetOptions<Dictionary<string, object?>>()!;
                var n = step.Values.GetValue<int>("n");
                var list = step.Values.GetValue<List<string>>("list")!;
                var budget = step.Values.GetValue<LeadBot.Dialogs.Recognition.BudgetEstimate>("budget")!;
                var timeline = step.Values.GetValue<LeadBot.Dialogs.Recognition.TimelineEstimate>("timeline")!;
                await step.Context.SendActivityAsync(
                    $"{options["greeting"]} {options.GetValue<int>("count")} {n + 1} {string.Join("+", list)} {budget.Amount} {budget.Currency} {timeline.Start:yyyy-MM-dd} {step.Index} {step.Reason} {step.Result}",
                    cancellationToken: ct);
                return await step.EndDialogAsync("done", ct);
            },
        ]));

        await host.Run(root, r => finalResult = r.Result)
            .Send("go").AssertReply("first")
            .Send("answer").AssertReply("Hallo 3 42 a+b 50000 EUR 2027-04-01 1 ContinueCalled answer")
            .StartTestAsync();

        Assert.Equal("done", finalResult);
    }

    [Fact]
    public async Task Options_forgotten_in_a_step_are_gone_in_the_next_turn_while_the_values_stay()
    {
        var host = new DialogTestHost();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync("inner", "hand on once", ct),
        ]));
        root.AddDialog(new WaterfallDialog("inner",
        [
            async (step, ct) =>
            {
                step.Values["kept"] = "value";
                await step.Context.SendActivityAsync($"first: {step.GetOptions<string>()}", cancellationToken: ct);
                step.ForgetOptions();
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"second: {step.GetOptions<string>() ?? "none"} {step.Values.GetValue<string>("kept")}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await host.Run(root)
            .Send("go").AssertReply("first: hand on once")
            .Send("answer").AssertReply("second: none value")
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_runs_the_following_step_at_once_and_a_second_call_throws()
    {
        var host = new DialogTestHost();
        Exception? secondCall = null;
        var root = new WaterfallDialog("test",
        [
            async (step, ct) => await step.NextAsync("skipped", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.Reason}:{step.Result}", cancellationToken: ct);
                var result = await step.NextAsync(null, ct);
                secondCall = await Record.ExceptionAsync(() => step.NextAsync(null, ct));
                return result;
            },
            Say("step3"),
        ]);

        await host.Run(root)
            .Send("hi").AssertReply("NextCalled:skipped").AssertReply("step3")
            .StartTestAsync();

        Assert.IsType<InvalidOperationException>(secondCall);
    }

    [Fact]
    public async Task Waterfall_ignores_non_message_activities()
    {
        var host = new DialogTestHost();
        var root = new WaterfallDialog("test", [Say("step1"), Say("step2")]);

        await host.Run(root)
            .Send("hello").AssertReply("step1")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "ping" }).AssertNoReply(timeout: DialogTestHost.NoReplyMilliseconds)
            .Send("hello").AssertReply("step2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Replace_ends_the_active_dialog_without_resuming_the_parent_and_begins_the_new_one() // docs/dialog-runtime.md, case 37
    {
        var host = new DialogTestHost();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallWithEndMessage("first",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("prompt one") }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("prompt two") }, ct),
            async (step, ct) => (string?)step.Result == "replace"
                ? await step.ReplaceDialogAsync("second", null, ct)
                : await step.NextAsync(null, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("prompt three") }, ct),
        ]));
        root.AddDialog(new WaterfallDialog("second",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("prompt four") }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("prompt five") }, ct),
        ]));
        root.AddDialog(new TextPrompt("text"));

        await host.Run(root)
            .Send("hello").AssertReply("prompt one")
            .Send("hello").AssertReply("prompt two")
            .Send("replace").AssertReply("*** WaterfallDialog End ***").AssertReply("prompt four")
            .Send("hello").AssertReply("prompt five")
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_loops_with_replace_dialog()
    {
        var host = new DialogTestHost();
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("loop",
        [
            async (step, ct) =>
            {
                var round = (step.GetOptions<int?>() ?? 0) + 1;
                step.Values["round"] = round;
                return await step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"round {round}") }, ct);
            },
            async (step, ct) => (string?)step.Result == "again"
                ? await step.ReplaceDialogAsync("loop", step.Values.GetValue<int>("round"), ct)
                : await step.EndDialogAsync(null, ct),
        ]));
        root.AddDialog(new TextPrompt("text"));

        await host.Run(root)
            .Send("hi").AssertReply("round 1")
            .Send("again").AssertReply("round 2")
            .Send("again").AssertReply("round 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_from_a_step_clears_the_stack_and_the_root_restarts_on_the_next_message() // docs/dialog-runtime.md, case 38
    {
        var host = new DialogTestHost();
        var cancelStatus = DialogTurnStatus.Empty;
        var root = new WaterfallDialog("test",
        [
            Say("step1"),
            Say("step2"),
            async (step, ct) =>
            {
                cancelStatus = (await step.CancelAllDialogsAsync(ct)).Status;
                return Dialog.EndOfTurn;
            },
        ]);

        await host.Run(root)
            .Send("hello").AssertReply("step1")
            .Send("hello").AssertReply("step2")
            .Send("hello").AssertNoReply(timeout: DialogTestHost.NoReplyMilliseconds)
            .Send("hello").AssertReply("step1")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, cancelStatus);
    }

    [Fact]
    public async Task Cancel_all_runs_end_hooks_top_first_and_returns_cancelled_then_empty()
    {
        var host = new DialogTestHost();
        var log = new List<string>();
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(new RecordingDialog("a", log)).Add(new RecordingDialog("b", log));
        var statuses = new List<DialogTurnStatus>();

        await host.Run(dialogs, async (dc, ct) =>
            {
                if (dc.Context.Activity.Text == "start")
                {
                    await dc.BeginDialogAsync("a", null, ct);
                    await dc.BeginDialogAsync("b", null, ct);
                    await dc.Context.SendActivityAsync($"stack {string.Join(",", dc.Stack.Select(i => i.Id))}", cancellationToken: ct);
                }
                else
                {
                    statuses.Add((await dc.CancelAllDialogsAsync(ct)).Status);
                    await dc.Context.SendActivityAsync($"stack {dc.Stack.Count}", cancellationToken: ct);
                }
            })
            .Send("start").AssertReply("stack b,a")
            .Send("cancel").AssertReply("stack 0")
            .Send("cancel").AssertReply("stack 0")
            .StartTestAsync();

        Assert.Equal(["end b CancelCalled", "end a CancelCalled"], log);
        Assert.Equal([DialogTurnStatus.Cancelled, DialogTurnStatus.Empty], statuses);
    }

    [Fact]
    public async Task Begin_and_continue_of_an_unknown_dialog_throw_and_prompt_needs_options()
    {
        var host = new DialogTestHost();
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(new TextPrompt("text"));
        Exception? unknown = null, promptNull = null, beginWithoutOptions = null;

        await host.Run(dialogs, async (dc, ct) =>
            {
                unknown = await Record.ExceptionAsync(() => dc.BeginDialogAsync("nope", null, ct));
                promptNull = await Record.ExceptionAsync(() => dc.PromptAsync("text", null!, ct));
                beginWithoutOptions = await Record.ExceptionAsync(() => dc.BeginDialogAsync("text", null, ct));
            })
            .Send("hi")
            .StartTestAsync();

        Assert.IsType<InvalidOperationException>(unknown);
        Assert.IsType<ArgumentNullException>(promptNull);
        Assert.IsType<ArgumentException>(beginWithoutOptions);
        Assert.Throws<ArgumentNullException>(() => new TextPrompt(string.Empty));
    }

    [Fact]
    public async Task Continue_with_an_unregistered_active_id_throws()
    {
        var host = new DialogTestHost();
        var first = new DialogSet(host.DialogState);
        first.Add(new WaterfallDialog("gone", [Say("waiting")]));
        await host.Run(first, (dc, ct) => dc.BeginDialogAsync("gone", null, ct)).Send("hi").AssertReply("waiting").StartTestAsync();

        var second = new DialogSet(host.DialogState);
        Exception? error = null;
        await host.Run(second, async (dc, ct) => error = await Record.ExceptionAsync(() => dc.ContinueDialogAsync(ct))).Send("hi").StartTestAsync();

        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Dialog_set_renames_a_different_dialog_with_a_taken_id_and_ignores_the_same_object()
    {
        var set = new DialogSet();
        var a = new TextPrompt("text");
        var b = new TextPrompt("text");
        var c = new TextPrompt("text");

        set.Add(a).Add(a).Add(b).Add(c);

        Assert.Equal("text", a.Id);
        Assert.Equal("text2", b.Id);
        Assert.Equal("text3", c.Id);
        Assert.Same(b, set.Find("text2"));
        Assert.Equal(3, set.GetDialogs().Count());
        Assert.Null(set.Find("text4"));
    }

    [Fact]
    public async Task Dialog_state_persists_in_the_bot_framework_shape()
    {
        var host = new DialogTestHost();
        var root = new ComponentDialog("UserProfileDialog");
        root.AddDialog(new WaterfallDialog("WaterfallDialog",
        [
            async (step, ct) =>
            {
                step.Values["transport"] = "Car";
                return await step.NextAsync(null, ct);
            },
            (step, ct) => step.PromptAsync("TextPrompt", new PromptOptions { Prompt = new Activity { Type = ActivityTypes.Message, Text = "Please enter your name." } }, ct),
        ]));
        root.AddDialog(new TextPrompt("TextPrompt"));

        await host.Run(root).Send("hi").AssertReply("Please enter your name.").StartTestAsync();

        var key = $"test/conversations/{TestAdapter.CreateConversation("dialog-test").Conversation.Id}";
        var items = await host.Storage.ReadAsync([key], CancellationToken.None);
        var json = Newtonsoft.Json.Linq.JObject.FromObject(items[key]);
        var outer = json["DialogState"]!["dialogStack"]![0]!;
        Assert.Equal("UserProfileDialog", (string?)outer["id"]);
        var inner = outer["state"]!["dialogs"]!["dialogStack"]!;
        Assert.Equal("TextPrompt", (string?)inner[0]!["id"]);
        Assert.Equal("Please enter your name.", (string?)inner[0]!["state"]!["options"]!["Prompt"]!["text"]);
        Assert.Equal("expectingInput", (string?)inner[0]!["state"]!["options"]!["Prompt"]!["inputHint"]);
        Assert.Equal(0, (int)inner[0]!["state"]!["state"]!["AttemptCount"]!);
        Assert.Equal("WaterfallDialog", (string?)inner[1]!["id"]);
        Assert.Equal("Car", (string?)inner[1]!["state"]!["values"]!["transport"]);
        Assert.Equal(1, (int)inner[1]!["state"]!["stepIndex"]!);
        Assert.True(Guid.TryParse((string?)inner[1]!["state"]!["instanceId"], out _));
    }

    private sealed class WaterfallWithEndMessage(string id, IEnumerable<WaterfallStep> steps) : WaterfallDialog(id, steps)
    {
        public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            await turnContext.SendActivityAsync("*** WaterfallDialog End ***", cancellationToken: cancellationToken);
            await base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
        }
    }

    private sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"end {instance.Id} {reason}");
            return Task.CompletedTask;
        }
    }
}
