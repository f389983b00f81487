using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 5: the prospect's role in the purchase decision, one of the configured roles.</summary>
public sealed class AuthorityQuestion(QualificationServices services)
    : PolicyChoiceQuestion(QuestionSteps.Authority, "Ask.Authority", "Retry.Authority", services)
{
    protected override IReadOnlyList<AnswerChoice> Choices => Services.Policy.Roles;
}
