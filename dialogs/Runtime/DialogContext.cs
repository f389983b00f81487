using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Runtime;

/// <summary>The dialog stack of one DialogSet for one turn (same semantics as Microsoft.Bot.Builder.Dialogs.DialogContext).</summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        state.DialogStack ??= new List<DialogInstance>();
        Stack = state.DialogStack;
    }

    /// <summary>A context whose enclosing context is <paramref name="parentDialogContext"/> (ComponentDialog inner contexts).</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, parentDialogContext.Context, state)
    {
        Parent = parentDialogContext;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack; element 0 is the active dialog.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The enclosing context (the component's outer context), or null at the root.</summary>
    public DialogContext? Parent { get; set; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Looks the id up in this set, then in enclosing contexts' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(dialogId))
        {
            throw new ArgumentNullException(nameof(dialogId));
        }

        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync(): a dialog with an id of '{dialogId}' wasn't found.");

        var instance = new DialogInstance { Id = dialog.Id, State = new Dictionary<string, object?>() };
        Stack.Insert(0, instance);
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>BeginDialogAsync for a prompt; the options are required.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        if (active == null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(active.Id)
            ?? throw new InvalidOperationException($"DialogContext.ContinueDialogAsync(): Can't continue dialog. A dialog with an id of '{active.Id}' wasn't found.");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the new top in the same turn with the result; an empty stack gives Complete.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        var active = ActiveDialog;
        if (active != null)
        {
            var dialog = FindDialog(active.Id)
                ?? throw new InvalidOperationException($"DialogContext.EndDialogAsync(): Can't resume previous dialog. A dialog with an id of '{active.Id}' wasn't found.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(false, cancellationToken);

    /// <summary>Ends every dialog on this stack (top first, CancelCalled); with <paramref name="cancelParents"/> the
    /// enclosing contexts' stacks too. Cancelled, or Empty if there was nothing to cancel.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var cancelledAny = false;
        DialogContext? dc = this;
        while (dc != null)
        {
            while (dc.Stack.Count > 0)
            {
                cancelledAny = true;
                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
            }

            dc = cancelParents ? dc.Parent : null;
        }

        return new DialogTurnResult(cancelledAny ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Ends the active dialog (ReplaceCalled) without resuming the parent, then begins <paramref name="dialogId"/> in its slot.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        if (active == null)
        {
            return;
        }

        var dialog = FindDialog(active.Id)
            ?? throw new InvalidOperationException($"DialogContext.RepromptDialogAsync(): Can't find a dialog with an id of '{active.Id}'.");
        await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance == null)
        {
            return;
        }

        var dialog = FindDialog(instance.Id);
        if (dialog != null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }
}
