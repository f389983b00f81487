using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 5: the prospect's role in the purchase decision, one of the configured roles.</summary>
public sealed class AuthorityQuestion : QuestionDialog
{
    public AuthorityQuestion(QualificationServices services)
        : base(QuestionSteps.Authority, services)
    {
        AddDialog(new ChoicePrompt(AnswerPromptId, defaultLocale: services.Options.DefaultLocale));
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken)
    {
        var options = Options(language, "Ask.Authority", "Retry.Authority");
        options.Choices = PolicyChoices.For(Services.Policy.Roles, language);
        options.Style = ButtonStyle(step.Context, options.Choices.Count);
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language)
    {
        if (result is FoundChoice found && found.Index >= 0 && found.Index < Services.Policy.Roles.Count)
        {
            var role = Services.Policy.Roles[found.Index];
            answers.AuthorityKey = role.Key;
            answers.AuthorityText = role.Label(language);
        }
    }
}
