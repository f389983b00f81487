using LeadBot.Dialogs.Runtime;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Tests.Runtime;

/// <summary>TestAdapter + ConversationState on MemoryStorage: every turn loads the dialog stack from storage and saves it
/// back, so every flow exercises the JSON round trip (TypeNameHandling.All) between turns.</summary>
internal sealed class DialogTestHost
{
    public DialogTestHost(string? locale = null, string channelId = "test")
    {
        Storage = new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        var reference = TestAdapter.CreateConversation("dialog-test");
        reference.ChannelId = channelId;
        Adapter = new TestAdapter(reference) { Locale = locale ?? "en-us" };
        if (locale == null)
        {
            // TestAdapter fills in a locale; a channel that sends none is simulated by clearing it.
            Adapter.Use(new ClearLocale());
        }
    }

    /// <summary>How long AssertNoReply looks for a reply (its default is 3 s). TestFlow.Send returns once the turn has run
    /// to its end and TestAdapter queues each reply as it is sent, so a reply of that turn is in the queue by then.</summary>
    public const int NoReplyMilliseconds = 100;

    public MemoryStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public TestAdapter Adapter { get; }

    /// <summary>A flow that runs <paramref name="root"/> with RunAsync each turn and saves state.</summary>
    public TestFlow Run(Dialog root, Action<DialogTurnResult>? onResult = null) =>
        new(Adapter, async (turnContext, cancellationToken) =>
        {
            var result = await root.RunAsync(turnContext, DialogState, cancellationToken);
            onResult?.Invoke(result);
            await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        });

    /// <summary>A flow with a DialogSet and custom turn logic.</summary>
    public TestFlow Run(DialogSet dialogs, Func<DialogContext, CancellationToken, Task> turn) =>
        new(Adapter, async (turnContext, cancellationToken) =>
        {
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
            await turn(dc, cancellationToken);
            await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        });

    /// <summary>Begins <paramref name="dialogId"/> with <paramref name="options"/> when nothing is active; reports ended results.</summary>
    public TestFlow RunPrompt(Dialog prompt, PromptOptionsFactory options, Func<ITurnContext, object?, Task> onComplete)
    {
        var dialogs = new DialogSet(DialogState);
        dialogs.Add(prompt);
        return Run(dialogs, async (dc, ct) =>
        {
            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.PromptAsync(prompt.Id, options(), ct);
            }
            else if (result.Status == DialogTurnStatus.Complete)
            {
                await onComplete(dc.Context, result.Result);
            }
        });
    }

    public static Activity Text(string text) => MessageFactory.Text(text);
}

internal sealed class ClearLocale : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.Activity.Locale = null;
        return next(cancellationToken);
    }
}

internal delegate LeadBot.Dialogs.Runtime.Prompts.PromptOptions PromptOptionsFactory();
