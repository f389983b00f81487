using System.Globalization;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Runtime;

/// <summary>Maps ids to dialogs; creates the DialogContext for a turn from the state accessor.</summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>A set without its own state (used inside ComponentDialog).</summary>
    public DialogSet()
    {
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Adds a dialog. A different dialog under a taken id is renamed with a "2", "3"… suffix; adding the
    /// same object twice does nothing.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            var suffix = 2;
            while (_dialogs.ContainsKey(dialog.Id + suffix.ToString(CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            dialog.Id += suffix.ToString(CultureInfo.InvariantCulture);
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId) =>
        dialogId != null && _dialogs.TryGetValue(dialogId, out var dialog) ? dialog : null;

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState == null)
        {
            throw new InvalidOperationException("DialogSet.CreateContextAsync: this set was created without a state property accessor.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        state.DialogStack ??= new List<DialogInstance>();
        return new DialogContext(this, turnContext, state);
    }
}
