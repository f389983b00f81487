using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Tests.Runtime;

public class ComponentDialogTests
{
    private static ComponentDialog NumberComponent(string id)
    {
        var component = new ComponentDialog(id);
        component.AddDialog(new WaterfallDialog("test-waterfall",
        [
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter a number.") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Thanks for '{step.Result}'", cancellationToken: ct);
                return await step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter another number.") }, ct);
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        component.AddDialog(new NumberPrompt<int>("number"));
        return component;
    }

    [Fact]
    public async Task Component_runs_its_inner_waterfall_and_ends_with_its_result() // docs/dialog-runtime.md, case 35
    {
        var host = new DialogTestHost();
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(NumberComponent("TestComponentDialog"));

        await host.Run(dialogs, async (dc, ct) =>
            {
                var result = await dc.ContinueDialogAsync(ct);
                if (result.Status == DialogTurnStatus.Empty)
                {
                    await dc.BeginDialogAsync("TestComponentDialog", null, ct);
                }
                else if (result.Status == DialogTurnStatus.Complete)
                {
                    await dc.Context.SendActivityAsync($"Bot received the number '{result.Result}'.", cancellationToken: ct);
                }
            })
            .Send("hello").AssertReply("Enter a number.")
            .Send("42").AssertReply("Thanks for '42'").AssertReply("Enter another number.")
            .Send("64").AssertReply("Bot received the number '64'.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Nested_component_passes_the_result_up() // docs/dialog-runtime.md, case 35, nested
    {
        var host = new DialogTestHost();
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("outer-waterfall",
        [
            (step, ct) => step.BeginDialogAsync("inner", null, ct),
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Enter a third number.") }, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        outer.AddDialog(NumberComponent("inner"));
        outer.AddDialog(new NumberPrompt<int>("number"));
        object? final = null;

        await host.Run(outer, r => final = r.Result)
            .Send("hello").AssertReply("Enter a number.")
            .Send("42").AssertReply("Thanks for '42'").AssertReply("Enter another number.")
            .Send("64").AssertReply("Enter a third number.")
            .Send("5").AssertNoReply(timeout: DialogTestHost.NoReplyMilliseconds)
            .StartTestAsync();

        Assert.Equal(5, final);
    }

    [Fact]
    public async Task Child_can_begin_a_dialog_defined_in_its_parent_component() // docs/dialog-runtime.md, case 36
    {
        var host = new DialogTestHost();
        var parent = new ComponentDialog("parent");
        var child = new ComponentDialog("child");
        child.AddDialog(new WaterfallDialog("child-waterfall",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Child started.", cancellationToken: ct);
                return await step.BeginDialogAsync("parent-helper", "test", ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Child finished.", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        parent.AddDialog(child);
        parent.AddDialog(new WaterfallDialog("parent-helper",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Parent called with: {step.Options}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));

        await host.Run(parent)
            .Send("Hi").AssertReply("Child started.").AssertReply("Parent called with: test").AssertReply("Child finished.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Component_intercepts_help_and_cancel_in_on_continue_like_cancel_and_help_dialog()
    {
        var host = new DialogTestHost();
        var root = new CancelAndHelpComponent("booking");
        root.AddDialog(new WaterfallDialog("flow",
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Where to?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Going to {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(new TextPrompt("text"));
        var statuses = new List<DialogTurnStatus>();

        await host.Run(root, r => statuses.Add(r.Status))
            .Send("hi").AssertReply("Where to?")
            .Send("help").AssertReply("Tell me a city.").AssertReply("Where to?")
            .Send("Berlin").AssertReply("Going to Berlin")
            .Send("hi").AssertReply("Where to?")
            .Send("cancel").AssertReply("Cancelling...")
            .Send("hi").AssertReply("Where to?")
            .StartTestAsync();

        // A cancel inside the component reaches the outer level as a normal end with a null result (docs/dialog-runtime.md, rule 13).
        Assert.Equal([DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Waiting], statuses);
    }

    [Fact]
    public async Task Component_resumed_after_a_dialog_pushed_over_it_reprompts_its_inner_prompt() // docs/dialog-runtime.md, rules 14 and 15
    {
        var host = new DialogTestHost();
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(NumberComponent("component"));
        dialogs.Add(new WaterfallDialog("interruption",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("interrupted", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]));

        await host.Run(dialogs, async (dc, ct) =>
            {
                if (dc.Context.Activity.Text == "interrupt")
                {
                    await dc.BeginDialogAsync("interruption", null, ct);
                    return;
                }

                if (dc.Context.Activity.Text == "reprompt")
                {
                    await dc.RepromptDialogAsync(ct);
                    return;
                }

                var result = await dc.ContinueDialogAsync(ct);
                if (result.Status == DialogTurnStatus.Empty)
                {
                    await dc.BeginDialogAsync("component", null, ct);
                }
            })
            .Send("hello").AssertReply("Enter a number.")
            .Send("interrupt").AssertReply("interrupted")
            .Send("ok").AssertReply("Enter a number.")
            .Send("reprompt").AssertReply("Enter a number.")
            .Send("3").AssertReply("Thanks for '3'").AssertReply("Enter another number.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancelling_the_outer_stack_cancels_the_component_inner_stack()
    {
        var host = new DialogTestHost();
        var log = new List<string>();
        var component = new ComponentDialog("component");
        component.AddDialog(new LoggingWaterfall("inner", log,
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Name?") }, ct),
        ]));
        component.AddDialog(new TextPrompt("text"));
        var dialogs = new DialogSet(host.DialogState);
        dialogs.Add(component);
        DialogContext? inner = null;

        await host.Run(dialogs, async (dc, ct) =>
            {
                if (dc.Context.Activity.Text == "cancel")
                {
                    inner = component.CreateChildContext(dc);
                    var stackBefore = inner.Stack.Count;
                    var result = await dc.CancelAllDialogsAsync(ct);
                    await dc.Context.SendActivityAsync($"{result.Status} {stackBefore} {inner.Stack.Count}", cancellationToken: ct);
                    return;
                }

                var r = await dc.ContinueDialogAsync(ct);
                if (r.Status == DialogTurnStatus.Empty)
                {
                    await dc.BeginDialogAsync("component", null, ct);
                }
            })
            .Send("hi").AssertReply("Name?")
            .Send("cancel").AssertReply("Cancelled 2 0")
            .StartTestAsync();

        Assert.Equal(["inner CancelCalled"], log);
        Assert.NotNull(inner?.Parent);
    }

    [Fact]
    public async Task Sample_multi_turn_prompt_flow_on_the_emulator() // docs/dialog-runtime.md, case 40, without the picture step
    {
        var host = new DialogTestHost("en-us", "emulator");
        var profile = new ComponentDialog("UserProfileDialog");
        profile.AddDialog(new WaterfallDialog("WaterfallDialog",
        [
            (step, ct) => step.PromptAsync("ChoicePrompt", new PromptOptions
            {
                Prompt = MessageFactory.Text("Please enter your mode of transport."),
                Choices = [new("Car"), new("Bus"), new("Bicycle")],
            }, ct),
            (step, ct) =>
            {
                step.Values["transport"] = ((FoundChoice)step.Result!).Value;
                return step.PromptAsync("TextPrompt", new PromptOptions { Prompt = MessageFactory.Text("Please enter your name.") }, ct);
            },
            async (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                await step.Context.SendActivityAsync($"Thanks {step.Result}.", cancellationToken: ct);
                return await step.PromptAsync("ConfirmPrompt", new PromptOptions { Prompt = MessageFactory.Text("Would you like to give your age?") }, ct);
            },
            async (step, ct) => (bool)step.Result!
                ? await step.PromptAsync("NumberPrompt", new PromptOptions
                {
                    Prompt = MessageFactory.Text("Please enter your age."),
                    RetryPrompt = MessageFactory.Text("The value entered must be greater than 0 and less than 150."),
                }, ct)
                : await step.NextAsync(-1, ct),
            async (step, ct) =>
            {
                step.Values["age"] = (int)step.Result!;
                await step.Context.SendActivityAsync($"I have your age as {step.Result}.", cancellationToken: ct);
                await step.Context.SendActivityAsync(
                    $"I have your mode of transport as {step.Values.GetValue<string>("transport")} and your name as {step.Values.GetValue<string>("name")} and your age as {step.Values.GetValue<int>("age")}.",
                    cancellationToken: ct);
                return await step.PromptAsync("ConfirmPrompt", new PromptOptions { Prompt = MessageFactory.Text("Is this ok?") }, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync((bool)step.Result! ? "Thanks.  Your profile saved successfully." : "Thanks. Your profile will not be kept.", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        profile.AddDialog(new TextPrompt("TextPrompt"));
        profile.AddDialog(new NumberPrompt<int>("NumberPrompt", (pc, ct) => Task.FromResult(pc.Recognized.Succeeded && pc.Recognized.Value is > 0 and < 150)));
        profile.AddDialog(new ChoicePrompt("ChoicePrompt"));
        profile.AddDialog(new ConfirmPrompt("ConfirmPrompt"));

        static Action<IActivity> Buttons(string text, params string[] titles) => a =>
        {
            var m = (IMessageActivity)a;
            Assert.Equal(text, m.Text);
            Assert.Equal(titles, m.SuggestedActions.Actions.Select(x => x.Title));
        };

        await host.Run(profile)
            .Send("hi").AssertReply(Buttons("Please enter your mode of transport.", "Car", "Bus", "Bicycle"))
            .Send("Car").AssertReply("Please enter your name.")
            .Send("Ann").AssertReply("Thanks Ann.").AssertReply(Buttons("Would you like to give your age?", "Yes", "No"))
            .Send("yes").AssertReply("Please enter your age.")
            .Send("200").AssertReply("The value entered must be greater than 0 and less than 150.")
            .Send("30").AssertReply("I have your age as 30.").AssertReply("I have your mode of transport as Car and your name as Ann and your age as 30.").AssertReply(Buttons("Is this ok?", "Yes", "No"))
            .Send("yes").AssertReply("Thanks.  Your profile saved successfully.")
            .StartTestAsync();
    }

    private sealed class CancelAndHelpComponent(string id) : ComponentDialog(id)
    {
        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            var text = innerDc.Context.Activity.Text?.Trim().ToLowerInvariant();
            if (text == "help")
            {
                await innerDc.Context.SendActivityAsync("Tell me a city.", cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            }

            if (text == "cancel")
            {
                await innerDc.Context.SendActivityAsync("Cancelling...", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            }

            Assert.NotNull(innerDc.Parent); // the outer context is reachable
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private sealed class LoggingWaterfall(string id, List<string> log, IEnumerable<WaterfallStep> steps) : WaterfallDialog(id, steps)
    {
        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            log.Add($"{instance.Id} {reason}");
            return base.EndDialogAsync(turnContext, instance, reason, cancellationToken);
        }
    }
}
