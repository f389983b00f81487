using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3c: the company the prospect writes for.</summary>
public sealed class CompanyQuestion(QualificationServices services) : QuestionDialog(QuestionSteps.Company, services)
{
    protected override string AskText(string language, QualificationAnswers answers) => Texts.Get("Ask.Company", language);

    protected override string RetryText(string language) => Texts.Get("Retry.Company", language);
}
