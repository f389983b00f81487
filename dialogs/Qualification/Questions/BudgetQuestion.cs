using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 6: the budget in free text ("ca. 50.000 €", "20-50k", "5k im Monat", "weiß nicht", "kein Budget"); an
/// amount without currency is in the configured default currency.</summary>
public sealed class BudgetQuestion(QualificationServices services) : QuestionDialog(QuestionSteps.Budget, services)
{
    protected override string AskText(string language, QualificationAnswers answers) => Texts.Get("Ask.Budget", language);

    protected override string RetryText(string language) => Texts.Get("Retry.Budget", language);
}
