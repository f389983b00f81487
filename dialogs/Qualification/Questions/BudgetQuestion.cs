using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 6: the budget in free text ("ca. 50.000 €", "20-50k", "fifty thousand dollars", "weiß nicht"); an amount
/// without currency is in the configured default currency.</summary>
public sealed class BudgetQuestion : QuestionDialog
{
    public BudgetQuestion(QualificationServices services)
        : base(QuestionSteps.Budget, services)
    {
        AddDialog(new CurrencyAmountPrompt(AnswerPromptId, services.Policy.DefaultCurrency, defaultLocale: services.Options.DefaultLocale));
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken) =>
        step.PromptAsync(AnswerPromptId, Options(language, "Ask.Budget", "Retry.Budget"), cancellationToken);

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language)
    {
        if (result is not BudgetEstimate budget)
        {
            return;
        }

        answers.BudgetUnknown = budget.IsUnknown;
        answers.BudgetAmount = budget.Amount;
        answers.BudgetMinimum = budget.Minimum;
        answers.BudgetMaximum = budget.Maximum;
        answers.BudgetCurrency = budget.IsUnknown ? null : budget.Currency ?? Services.Policy.DefaultCurrency;
        answers.BudgetText = budget.Text;
    }
}
