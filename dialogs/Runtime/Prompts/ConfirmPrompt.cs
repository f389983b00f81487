using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>Yes/no prompt (docs/dialog-runtime.md, rules 27-30): the culture's boolean table first, then the two localized choices
/// ("1"/"2", exact text, English number words). de-de renders "(1) Ja oder (2) Nein", en-us "(1) Yes or (2) No".</summary>
public class ConfirmPrompt : Prompt<bool>
{
    private static readonly Dictionary<string, (Choice Yes, Choice No, ChoiceFactoryOptions Options)> Defaults = new()
    {
        [RecognizerCulture.English] = (new Choice("Yes"), new Choice("No"), new ChoiceFactoryOptions(", ", " or ", ", or ", true)),
        [RecognizerCulture.German] = (new Choice("Ja"), new Choice("Nein"), new ChoiceFactoryOptions(", ", " oder ", ", oder ", true)),
    };

    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        Style = ListStyle.Auto;
    }

    public ListStyle Style { get; set; }

    /// <summary>Replaces the locale defaults outright; its null fields fall back to English separators.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>Replaces Yes/No (Ja/Nein).</summary>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    /// <summary>Language of the boolean recognizer; defaults to the prompt's culture.</summary>
    public string? RecognizeLanguage { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var culture = DetermineCulture(turnContext.Activity);
        var defaults = Defaults[culture];
        var choiceOptions = ChoiceOptions ?? defaults.Options;
        var choices = ConfirmChoices != null
            ? new List<Choice> { ConfirmChoices.Item1, ConfirmChoices.Item2 }
            : new List<Choice> { defaults.Yes, defaults.No };
        var style = options.Style ?? Style;
        var prompt = isRetry && options.RetryPrompt != null ? options.RetryPrompt : options.Prompt;
        var message = AppendChoices(prompt, turnContext.Activity.ChannelId, choices, style, choiceOptions, turnContext.Activity.Conversation?.ConversationType);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<bool>();
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(result);
        }

        var culture = DetermineCulture(activity);
        var value = YesNoRecognizer.Recognize(activity.Text, RecognizeLanguage ?? culture);
        if (value.HasValue)
        {
            result.Succeeded = true;
            result.Value = value.Value;
            return Task.FromResult(result);
        }

        var defaults = Defaults[culture];
        var choiceOptions = ChoiceOptions ?? defaults.Options;
        if (choiceOptions.IncludeNumbers != false)
        {
            var choices = ConfirmChoices != null
                ? new List<Choice> { ConfirmChoices.Item1, ConfirmChoices.Item2 }
                : new List<Choice> { defaults.Yes, defaults.No };
            var matches = ChoiceRecognizers.RecognizeChoices(activity.Text, choices);
            if (matches.Count > 0)
            {
                result.Succeeded = true;
                result.Value = matches[0].Resolution.Index == 0;
            }
        }

        return Task.FromResult(result);
    }
}
