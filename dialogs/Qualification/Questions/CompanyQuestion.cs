using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3c: the company the prospect writes for.</summary>
public sealed class CompanyQuestion : QuestionDialog
{
    public CompanyQuestion(QualificationServices services)
        : base(QuestionSteps.Company, services)
    {
        AddDialog(new TextPrompt(AnswerPromptId, ValidateAsync));
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken) =>
        step.PromptAsync(AnswerPromptId, Options(language, "Ask.Company", "Retry.Company"), cancellationToken);

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language) =>
        answers.Company = result as string;

    private static Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var company = prompt.Recognized.Value?.Trim();
        if (!prompt.Recognized.Succeeded || string.IsNullOrEmpty(company) || company.Length > 200 || !company.Any(char.IsLetterOrDigit))
        {
            return Task.FromResult(false);
        }

        prompt.Recognized.Value = company;
        return Task.FromResult(true);
    }
}
