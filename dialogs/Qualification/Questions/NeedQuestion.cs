using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 4: which problem the prospect has: one of the configured needs (by label, synonym, number or ordinal,
/// "die zweite") or, failing that, their own words.</summary>
public sealed class NeedQuestion(QualificationServices services)
    : PolicyChoiceQuestion(QuestionSteps.Need, "Ask.Need", "Retry.Need", services, AcceptOwnWordsAsync)
{
    private const int MinimumFreeTextLetters = 3;

    protected override IReadOnlyList<AnswerChoice> Choices => Services.Policy.Needs;

    protected override void Store(QualificationAnswers answers, AnswerChoice? chosen, ITurnContext turnContext, string language)
    {
        answers.NeedKey = chosen?.Key;
        answers.NeedText = chosen is null ? turnContext.Activity.Text?.Trim() : chosen.Label(language);
    }

    private static Task<bool> AcceptOwnWordsAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded)
        {
            return Task.FromResult(true);
        }

        // Not one of the listed needs: the prospect's own words are an answer too.
        var text = prompt.Context.Activity.Text ?? "";
        var accepted = text.Count(char.IsLetter) >= MinimumFreeTextLetters;
        if (accepted)
        {
            prompt.Recognized.Value = null!;
        }

        return Task.FromResult(accepted);
    }
}
