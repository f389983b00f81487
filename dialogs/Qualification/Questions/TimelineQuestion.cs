using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 7: when the prospect wants to start, free text resolved to a date ("in drei Monaten", "Q2", "next
/// year"), a vague start kept in the prospect's words, or one of the suggested answers.</summary>
public sealed class TimelineQuestion(QualificationServices services) : QuestionDialog(QuestionSteps.Timeline, services)
{
    protected override string AskText(string language, QualificationAnswers answers) => Texts.Get("Ask.Timeline", language);

    protected override string RetryText(string language) => Texts.Get("Retry.Timeline", language);

    protected override IReadOnlyList<string> Buttons(string language) => Texts.Get("Timeline.Suggestions", language).Split('|');
}
