using System.Globalization;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3a: the prospect's name. Accepts "Erika Musterfrau" as well as "Ich heiße Erika Musterfrau".</summary>
public sealed class NameQuestion : QuestionDialog
{
    public NameQuestion(QualificationServices services)
        : base(QuestionSteps.Name, services)
    {
        AddDialog(new TextPrompt(AnswerPromptId, ValidateAsync));
    }

    /// <summary>The name without a leading "my name is" / "ich heiße", or null when it does not look like a name.</summary>
    public static string? Clean(string? text)
    {
        var name = (text ?? "").Trim().TrimEnd('.', '!');
        foreach (var language in SupportedLanguages.All)
        {
            foreach (var prefix in Texts.Get("Name.Prefixes", language).Split('|'))
            {
                if (name.StartsWith(prefix + " ", true, CultureInfo.InvariantCulture))
                {
                    name = name[(prefix.Length + 1)..].Trim();
                }
            }
        }

        var letters = name.Count(char.IsLetter);
        return letters >= 2 && name.Length <= 100 && !name.Contains('@') && name.All(c => !char.IsDigit(c)) ? name : null;
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken) =>
        step.PromptAsync(AnswerPromptId, Options(language, "Ask.Name", "Retry.Name"), cancellationToken);

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language) =>
        answers.Name = result as string;

    private static Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var name = prompt.Recognized.Succeeded ? Clean(prompt.Recognized.Value) : null;
        if (name is null)
        {
            return Task.FromResult(false);
        }

        prompt.Recognized.Value = name;
        return Task.FromResult(true);
    }
}
