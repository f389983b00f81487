using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3b: the e-mail address, recognized in free text ("meine Mail ist erika@example.com") and validated.</summary>
public sealed class EmailQuestion : QuestionDialog
{
    public EmailQuestion(QualificationServices services)
        : base(QuestionSteps.Email, services)
    {
        AddDialog(new EmailPrompt(AnswerPromptId, defaultLocale: services.Options.DefaultLocale));
    }

    protected override async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken)
    {
        var answers = await Services.GetAnswersAsync(step.Context, cancellationToken);
        var key = string.IsNullOrEmpty(answers.Name) ? "Ask.EmailNoName" : "Ask.Email";
        return await step.PromptAsync(AnswerPromptId, Options(language, key, "Retry.Email", answers.Name), cancellationToken);
    }

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language) =>
        answers.Email = result as string;
}
