using LeadBot.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>An e-mail address found in free text; the value is the lower-cased address.</summary>
public class EmailPrompt : Prompt<string>
{
    public EmailPrompt(string dialogId, PromptValidator<string>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<string>();
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            var email = EmailRecognizer.Find(turnContext.Activity.Text, DetermineCulture(turnContext.Activity));
            result.Succeeded = email != null;
            result.Value = email;
        }

        return Task.FromResult(result);
    }
}

/// <summary>A phone number found in free text, normalized to "+49301234567"; national numbers get the default calling code.</summary>
public class PhonePrompt : Prompt<string>
{
    public PhonePrompt(string dialogId, PromptValidator<string>? validator = null, string defaultCallingCode = "+49", string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultCallingCode = string.IsNullOrWhiteSpace(defaultCallingCode) ? "+49" : defaultCallingCode;
        DefaultLocale = defaultLocale;
    }

    public string DefaultCallingCode { get; }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<string>();
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            var phone = PhoneRecognizer.Normalize(turnContext.Activity.Text, DefaultCallingCode);
            result.Succeeded = phone != null;
            result.Value = phone;
        }

        return Task.FromResult(result);
    }
}

/// <summary>When to start, as a <see cref="TimelineEstimate"/> (IsUnknown counts as recognized). The reference time is the
/// activity's LocalTimestamp, else its Timestamp, else the clock.</summary>
public class DatePrompt : Prompt<TimelineEstimate>
{
    private readonly Func<DateTime> _clock;

    public DatePrompt(string dialogId, PromptValidator<TimelineEstimate>? validator = null, string? defaultLocale = null, Func<DateTime>? clock = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        _clock = clock ?? (() => DateTime.Now);
    }

    protected override Task<PromptRecognizerResult<TimelineEstimate>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<TimelineEstimate>();
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message)
        {
            var reference = activity.LocalTimestamp?.DateTime ?? activity.Timestamp?.DateTime ?? _clock();
            var estimate = TimelineRecognizer.Recognize(activity.Text, DetermineCulture(activity), reference);
            result.Succeeded = estimate != null;
            result.Value = estimate;
        }

        return Task.FromResult(result);
    }
}

/// <summary>A budget as a <see cref="BudgetEstimate"/> (IsUnknown counts as recognized); amounts without a currency get the
/// default ISO currency.</summary>
public class CurrencyAmountPrompt : Prompt<BudgetEstimate>
{
    private readonly Func<string> _defaultCurrency;

    public CurrencyAmountPrompt(string dialogId, string defaultCurrency = "EUR", PromptValidator<BudgetEstimate>? validator = null, string? defaultLocale = null)
        : this(dialogId, () => defaultCurrency, validator, defaultLocale)
    {
    }

    public CurrencyAmountPrompt(string dialogId, Func<string> defaultCurrency, PromptValidator<BudgetEstimate>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        _defaultCurrency = defaultCurrency ?? throw new ArgumentNullException(nameof(defaultCurrency));
        DefaultLocale = defaultLocale;
    }

    protected override Task<PromptRecognizerResult<BudgetEstimate>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<BudgetEstimate>();
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message)
        {
            var estimate = BudgetRecognizer.Recognize(activity.Text, DetermineCulture(activity), _defaultCurrency());
            result.Succeeded = estimate != null;
            result.Value = estimate;
        }

        return Task.FromResult(result);
    }
}
