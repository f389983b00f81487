using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 4: which problem the prospect has: one of the configured needs (by label, synonym, number or ordinal,
/// "die zweite") or, failing that, their own words.</summary>
public sealed class NeedQuestion : QuestionDialog
{
    private const int MinimumFreeTextLetters = 3;

    public NeedQuestion(QualificationServices services)
        : base(QuestionSteps.Need, services)
    {
        AddDialog(new ChoicePrompt(AnswerPromptId, ValidateAsync, services.Options.DefaultLocale));
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken)
    {
        var options = Options(language, "Ask.Need", "Retry.Need");
        options.Choices = PolicyChoices.For(Services.Policy.Needs, language);
        options.Style = ButtonStyle(step.Context, options.Choices.Count);
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language)
    {
        if (result is FoundChoice found && found.Index >= 0 && found.Index < Services.Policy.Needs.Count)
        {
            var need = Services.Policy.Needs[found.Index];
            answers.NeedKey = need.Key;
            answers.NeedText = need.Label(language);
        }
        else
        {
            answers.NeedKey = null;
            answers.NeedText = turnContext.Activity.Text?.Trim();
        }
    }

    private static Task<bool> ValidateAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
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
