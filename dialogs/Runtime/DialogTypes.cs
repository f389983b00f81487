using Newtonsoft.Json;

namespace LeadBot.Dialogs.Runtime;

/// <summary>Why a dialog's begin/resume/end hook is being called.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}

public enum DialogTurnStatus
{
    /// <summary>Nothing was active.</summary>
    Empty,

    /// <summary>The active dialog needs input.</summary>
    Waiting,

    /// <summary>The bottom dialog of the stack ended; Result holds its value.</summary>
    Complete,

    /// <summary>CancelAllDialogs ran.</summary>
    Cancelled,
}

public class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; set; }

    public object? Result { get; set; }
}

/// <summary>One entry of the dialog stack. Persisted; element 0 of the stack is the active dialog.</summary>
public class DialogInstance
{
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    [JsonProperty("state")]
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();
}

/// <summary>All dialog state of one stack; lives in one IStatePropertyAccessor&lt;DialogState&gt;.</summary>
public class DialogState
{
    public DialogState()
        : this(null)
    {
    }

    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? new List<DialogInstance>();
    }

    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; }
}
