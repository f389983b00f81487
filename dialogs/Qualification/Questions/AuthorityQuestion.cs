using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 5: the prospect's role in the purchase decision, one of the configured roles.</summary>
public sealed class AuthorityQuestion(QualificationServices services)
    : PolicyChoiceQuestion(QuestionSteps.Authority, "Ask.Authority", "Retry.Authority", services)
{
    protected override IReadOnlyList<AnswerChoice> Choices => Services.Policy.Roles;

    protected override void Store(QualificationAnswers answers, AnswerChoice? chosen, ITurnContext turnContext, string language)
    {
        answers.AuthorityKey = chosen?.Key;
        answers.AuthorityText = chosen?.Label(language);
    }
}
