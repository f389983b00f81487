using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Runtime;

/// <summary>A dialog made of dialogs, with its own inner stack kept under instance-state key "dialogs".</summary>
public class ComponentDialog : Dialog
{
    public const string PersistedDialogState = "dialogs";

    private string? _initialDialogId;

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog begun when the component begins; defaults to the first dialog added.</summary>
    public string InitialDialogId
    {
        get => _initialDialogId ?? string.Empty;
        set => _initialDialogId = value;
    }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        if (string.IsNullOrEmpty(_initialDialogId))
        {
            _initialDialogId = dialog.Id;
        }
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status != DialogTurnStatus.Waiting)
        {
            return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status != DialogTurnStatus.Waiting)
        {
            return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog pushed on the outer stack above this component ended: re-prompt the inner dialog and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerContext(turnContext, instance, null);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerContext(turnContext, instance, null);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The inner context for this component's active instance; its Parent is <paramref name="outerDc"/>.</summary>
    public DialogContext CreateChildContext(DialogContext outerDc)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return CreateInnerContext(outerDc.Context, outerDc.ActiveDialog!, outerDc);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default) =>
        innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Ends the component on the outer stack with <paramref name="result"/>.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? outerDc)
    {
        var state = StateValues.GetOrCreate(instance.State, PersistedDialogState, () => new DialogState());
        state.DialogStack ??= new List<DialogInstance>();
        return outerDc != null ? new DialogContext(Dialogs, outerDc, state) : new DialogContext(Dialogs, turnContext, state);
    }
}
