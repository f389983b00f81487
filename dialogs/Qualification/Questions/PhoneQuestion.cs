using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3d: the phone number, optional: "skip" / "überspringen" moves on; a number is normalized (+49301234567).</summary>
public sealed class PhoneQuestion : QuestionDialog
{
    public PhoneQuestion(QualificationServices services)
        : base(QuestionSteps.Phone, services)
    {
        AddDialog(new PhonePrompt(AnswerPromptId, ValidateAsync, services.Options.DefaultCallingCode, services.Options.DefaultLocale));
    }

    public static bool IsSkip(string? text)
    {
        var normalized = ConversationCommands.Normalize(text);
        return SupportedLanguages.All.Any(l => Texts.Get("Phone.SkipWords", l).Split('|').Any(w => ConversationCommands.Normalize(w) == normalized));
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken)
    {
        var options = Options(language, "Ask.Phone", "Retry.Phone");
        var skip = Texts.Get("Phone.SkipButton", language);
        options.Prompt = QuestionActivity.Ask(Step, options.Prompt!.Text, [skip]);
        options.RetryPrompt = QuestionActivity.Ask(Step, options.RetryPrompt!.Text, [skip]);
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language) =>
        answers.Phone = string.IsNullOrEmpty(result as string) ? null : (string)result!;

    private static Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded)
        {
            return Task.FromResult(true);
        }

        if (IsSkip(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Value = null!;
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }
}
