using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3b: the e-mail address, found in free text ("meine Mail ist erika@example.com").</summary>
public sealed class EmailQuestion(QualificationServices services) : QuestionDialog(QuestionSteps.Email, services)
{
    protected override string AskText(string language, QualificationAnswers answers) =>
        string.IsNullOrEmpty(answers.Name) ? Texts.Get("Ask.EmailNoName", language) : Texts.Format("Ask.Email", language, answers.Name);

    protected override string RetryText(string language) => Texts.Get("Retry.Email", language);
}
