using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>Succeeds when the message has text (an empty string counts); the value is the raw text.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<string>();
        if (turnContext.Activity.Type == ActivityTypes.Message && turnContext.Activity.Text != null)
        {
            result.Succeeded = true;
            result.Value = turnContext.Activity.Text;
        }

        return Task.FromResult(result);
    }
}
