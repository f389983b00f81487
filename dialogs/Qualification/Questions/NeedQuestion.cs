using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 4: which problem the prospect has: one of the configured needs or their own words (kept verbatim for
/// sales either way).</summary>
public sealed class NeedQuestion(QualificationServices services)
    : PolicyChoiceQuestion(QuestionSteps.Need, "Ask.Need", "Retry.Need", services)
{
    /// <summary>A need described in a few sentences is welcome.</summary>
    public override int MaxAnswerLength => Understanding.AnswerReader.MaxAnswerLength;

    protected override IReadOnlyList<AnswerChoice> Choices => Services.Policy.Needs;
}
