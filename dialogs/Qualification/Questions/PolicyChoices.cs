using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>A question answered by one of the choices configured in the qualification policy (a need, a role), shown as
/// buttons where the channel has them and as a numbered list otherwise. The reader recognizes the choice.</summary>
public abstract class PolicyChoiceQuestion(string step, string askKey, string retryKey, QualificationServices services)
    : QuestionDialog(step, services)
{
    /// <summary>The configured choices this question offers, in the order shown.</summary>
    protected abstract IReadOnlyList<AnswerChoice> Choices { get; }

    protected override bool ButtonsAreChoices => true;

    protected override IReadOnlyList<string> Buttons(string language) => Choices.Select(c => c.Label(language)).ToList();

    protected override string AskText(string language, QualificationAnswers answers) => Texts.Get(askKey, language);

    protected override string RetryText(string language) => Texts.Get(retryKey, language);
}
