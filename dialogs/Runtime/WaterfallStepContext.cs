namespace LeadBot.Dialogs.Runtime;

/// <summary>The context of one waterfall step: the DialogContext API on the waterfall's own stack plus the step's data.</summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parentWaterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parentWaterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _parentWaterfall = parentWaterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>The options the waterfall was begun with (after a state round trip possibly a JObject: use <see cref="GetOptions{T}"/>).</summary>
    public object? Options { get; }

    /// <summary>Values kept across the waterfall's turns.</summary>
    public IDictionary<string, object?> Values { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's or child dialog's result, or the user's text on ContinueCalled.</summary>
    public object? Result { get; }

    public T? GetOptions<T>() => StateValues.ConvertTo<T>(Options);

    /// <summary>Forgets the options the waterfall began with, so later steps (and later turns) no longer see them: for an
    /// option meant to be handed on once rather than kept in the dialog's state.</summary>
    public void ForgetOptions() => ActiveDialog!.State[WaterfallDialog.OptionsKey] = null;

    /// <summary>Runs the next step at once (NextCalled); a second call in one step throws.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): method already called for dialog and step '{_parentWaterfall.Id}[{Index}]'.");
        }

        _nextCalled = true;
        return await _parentWaterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken).ConfigureAwait(false);
    }
}
