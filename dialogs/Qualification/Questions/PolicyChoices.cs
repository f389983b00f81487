using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Turns the configured answer choices (needs, roles) into prompt choices in one language.</summary>
internal static class PolicyChoices
{
    public static List<Choice> For(IEnumerable<AnswerChoice> choices, string language) =>
        choices.Select(c => new Choice(c.Label(language)) { Synonyms = [.. c.SynonymsFor(language)] }).ToList();
}

/// <summary>A question answered by one of the choices configured in the qualification policy (a need, a role), shown as
/// buttons where the channel has them, recognized by label, synonym, number or ordinal.</summary>
public abstract class PolicyChoiceQuestion : QuestionDialog
{
    private readonly string _askKey;
    private readonly string _retryKey;

    protected PolicyChoiceQuestion(string step, string askKey, string retryKey, QualificationServices services, PromptValidator<FoundChoice>? validator = null)
        : base(step, services)
    {
        _askKey = askKey;
        _retryKey = retryKey;
        AddDialog(new ChoicePrompt(AnswerPromptId, validator, services.Options.DefaultLocale));
    }

    /// <summary>The configured choices this question offers, in the order shown.</summary>
    protected abstract IReadOnlyList<AnswerChoice> Choices { get; }

    /// <summary>Stores the chosen answer, or (null) what the prospect typed when the validator accepted free text.</summary>
    protected abstract void Store(QualificationAnswers answers, AnswerChoice? chosen, ITurnContext turnContext, string language);

    protected sealed override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken)
    {
        var options = Options(language, _askKey, _retryKey);
        options.Choices = PolicyChoices.For(Choices, language);
        options.Style = ButtonStyle(step.Context, options.Choices.Count);
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    protected sealed override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language)
    {
        var chosen = result is FoundChoice found && found.Index >= 0 && found.Index < Choices.Count ? Choices[found.Index] : null;
        Store(answers, chosen, turnContext, language);
    }
}
