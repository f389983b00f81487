using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3d: the phone number, optional: "skip" / "überspringen" (either language) moves on without one; a
/// number is stored in E.164 and shown in its international format.</summary>
public sealed class PhoneQuestion(QualificationServices services) : QuestionDialog(QuestionSteps.Phone, services)
{
    public static bool IsSkip(string? text) => ReplyPhrases.MatchesAny(ConversationCommands.Normalize(text), "Phone.SkipButton", "Phone.SkipWords");

    protected override string AskText(string language, QualificationAnswers answers) => Texts.Get("Ask.Phone", language);

    protected override string RetryText(string language) => Texts.Get("Retry.Phone", language);

    protected override IReadOnlyList<string> Buttons(string language) => [Texts.Get("Phone.SkipButton", language)];

    protected override bool TakeOwnAnswer(string normalizedReply, QualificationAnswers answers)
    {
        if (!ReplyPhrases.MatchesAny(normalizedReply, "Phone.SkipButton", "Phone.SkipWords"))
        {
            return false;
        }

        answers.Forget(Step);
        answers.MarkAnswered(Step);
        return true;
    }
}
