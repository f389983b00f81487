using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>Base of all prompts (same semantics as the Bot Framework's Prompt&lt;T&gt;), plus the retry cap of PromptOptions.MaxAttempts.</summary>
public abstract class Prompt<T> : Dialog
{
    public const string AttemptCountKey = "AttemptCount";
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>Used when the activity has no locale.</summary>
    public string? DefaultLocale { get; set; }

    /// <summary>LeadBot addition: a message longer than this many characters is not recognized (no recognizer runs on
    /// it) and counts as an invalid answer, so one message costs bounded work whatever its size.</summary>
    public int MaxTextLength { get; set; } = 1000;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions opt)
        {
            throw new ArgumentException($"Prompt options are required for Prompt dialogs ({Id}).", nameof(options));
        }

        if (opt.Prompt != null && string.IsNullOrEmpty(opt.Prompt.InputHint))
        {
            opt.Prompt.InputHint = InputHints.ExpectingInput;
        }

        if (opt.RetryPrompt != null && string.IsNullOrEmpty(opt.RetryPrompt.InputHint))
        {
            opt.RetryPrompt.InputHint = InputHints.ExpectingInput;
        }

        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = opt;
        var promptState = new Dictionary<string, object?> { [AttemptCountKey] = 0 };
        state[PersistedState] = promptState;

        await OnPromptAsync(dc.Context, promptState, opt, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = StateValues.GetBag(instance.State, PersistedState);
        var options = GetOptions(instance);

        var recognized = dc.Context.Activity.Text is { } text && text.Length > MaxTextLength
            ? new PromptRecognizerResult<T>()
            : await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attemptCount = state.GetValue<int>(AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        bool isValid;
        if (_validator != null)
        {
            var promptContext = new PromptValidatorContext<T>(dc.Context, recognized, state, options);
            isValid = await _validator(promptContext, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            isValid = recognized.Succeeded;
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (options.MaxAttempts is int max && attemptCount >= max)
        {
            return await dc.EndDialogAsync(PromptRetryLimitReached.Instance, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog pushed over this prompt ended: re-send the original prompt (not the retry) and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var state = StateValues.GetBag(instance.State, PersistedState);
        var options = GetOptions(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the prompt (or, when <paramref name="isRetry"/>, the retry prompt falling back to the prompt).</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var activity = isRetry && options.RetryPrompt != null ? options.RetryPrompt : options.Prompt;
        if (activity != null)
        {
            await turnContext.SendActivityAsync(Clone(activity), cancellationToken).ConfigureAwait(false);
        }
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>activity.Locale ?? DefaultLocale ?? en-us, mapped to de-de / en-us by language prefix.</summary>
    protected string DetermineCulture(Activity activity, string? defaultLocale = null) =>
        RecognizerCulture.Normalize(activity.Locale ?? defaultLocale ?? DefaultLocale ?? RecognizerCulture.English);

    /// <summary>Appends the choices to <paramref name="prompt"/> in the given style (docs/dialog-runtime.md, rules 35-36). The stored prompt is not changed.</summary>
    protected static IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choice> choices, ListStyle style, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        var text = prompt?.Text ?? string.Empty;
        var msg = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, null, options),
            ListStyle.List => ChoiceFactory.List(choices, text, null, options),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.None => MessageFactory.Text(text),
            _ => ChoiceFactory.ForChannel(channelId, choices, text, null, options, conversationType),
        };

        if (prompt == null)
        {
            msg.InputHint = InputHints.ExpectingInput;
            return msg;
        }

        var result = Clone(prompt);
        result.Text = msg.Text;
        if (msg.SuggestedActions?.Actions?.Count > 0)
        {
            result.SuggestedActions = msg.SuggestedActions;
        }

        if (msg.Attachments?.Count > 0)
        {
            result.Attachments = (result.Attachments ?? new List<Attachment>()).Concat(msg.Attachments).ToList();
        }

        return result;
    }

    protected static Activity Clone(IActivity activity) => ActivityCopy.Of(activity);

    private static PromptOptions GetOptions(DialogInstance instance) =>
        StateValues.GetOrCreate(instance.State, PersistedOptions, () => new PromptOptions());
}
