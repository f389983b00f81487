using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>Picks one of PromptOptions.Choices by value, synonym, ordinal or number (docs/dialog-runtime.md, rules 31-36).</summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    private static readonly Dictionary<string, ChoiceFactoryOptions> Defaults = new()
    {
        [RecognizerCulture.English] = new ChoiceFactoryOptions(", ", " or ", ", or ", true),
        [RecognizerCulture.German] = new ChoiceFactoryOptions(", ", " oder ", ", oder ", true),
    };

    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        Style = ListStyle.Auto;
    }

    public ListStyle Style { get; set; }

    /// <summary>Replaces the locale defaults outright.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    public FindChoicesOptions? RecognizerOptions { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var culture = DetermineCulture(turnContext.Activity);
        var choices = options.Choices ?? new List<Choice>();
        var choiceOptions = ChoiceOptions ?? Defaults[culture];
        var style = options.Style ?? Style;
        var prompt = isRetry && options.RetryPrompt != null ? options.RetryPrompt : options.Prompt;
        var message = AppendChoices(prompt, turnContext.Activity.ChannelId, choices, style, choiceOptions, turnContext.Activity.Conversation?.ConversationType);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<FoundChoice>();
        var activity = turnContext.Activity;
        var choices = options.Choices ?? new List<Choice>();
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text) || choices.Count == 0)
        {
            return Task.FromResult(result);
        }

        var opt = RecognizerOptions ?? new FindChoicesOptions();
        var recognizerOptions = new FindChoicesOptions
        {
            NoValue = opt.NoValue,
            NoAction = opt.NoAction,
            AllowPartialMatches = opt.AllowPartialMatches,
            MaxTokenDistance = opt.MaxTokenDistance,
            RecognizeNumbers = opt.RecognizeNumbers,
            RecognizeOrdinals = opt.RecognizeOrdinals,
            Locale = RecognizerCulture.Normalize(activity.Locale ?? opt.Locale ?? DefaultLocale ?? RecognizerCulture.English),
        };

        var matches = ChoiceRecognizers.RecognizeChoices(activity.Text, choices, recognizerOptions);
        if (matches.Count > 0)
        {
            result.Succeeded = true;
            result.Value = matches[0].Resolution;
        }

        return Task.FromResult(result);
    }
}
