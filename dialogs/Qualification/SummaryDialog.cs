using System.Globalization;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;

namespace LeadBot.Dialogs.Qualification;

/// <summary>What the prospect decided at the summary: confirmed (<see cref="Correct"/> null) or one answer to change.</summary>
public sealed record SummaryOutcome(string? Correct)
{
    public static readonly SummaryOutcome Confirmed = new((string?)null);
}

/// <summary>Step 8: shows every answer; the prospect confirms or picks one to correct ("Budget ändern", "no" → which one?).</summary>
public sealed class SummaryDialog : ComponentDialog
{
    private const string ConfirmPromptId = "summary.confirm";
    private const string WhichPromptId = "summary.which";
    private readonly QualificationServices _services;

    public SummaryDialog(QualificationServices services)
        : base(nameof(SummaryDialog))
    {
        _services = services;
        AddDialog(new WaterfallDialog("summary.flow", [ShowAsync, DecideAsync, ChangeAsync]));
        AddDialog(new ChoicePrompt(ConfirmPromptId, ValidateConfirmAsync, services.Options.DefaultLocale));
        AddDialog(new ChoicePrompt(WhichPromptId, defaultLocale: services.Options.DefaultLocale));
        InitialDialogId = "summary.flow";
    }

    /// <summary>The answers as the prospect sees them in the summary, one line each.</summary>
    public static string Describe(QualificationAnswers a, string language, string notGiven, string unknown)
    {
        var culture = Texts.CultureFor(language);
        string Or(string? value) => string.IsNullOrWhiteSpace(value) ? notGiven : value;
        return Texts.Format("Summary.Text", language,
            Or(a.Name), Or(a.Email), Or(a.Company), Or(a.Phone), Or(a.NeedText), Or(a.AuthorityText),
            a.BudgetUnknown ? unknown : Or(FormatBudget(a, culture)),
            a.TimelineUnknown ? unknown : Or(FormatTimeline(a, culture)));
    }

    public static string? FormatBudget(QualificationAnswers a, CultureInfo culture)
    {
        if (a.BudgetAmount is null)
        {
            return null;
        }

        var currency = a.BudgetCurrency ?? "";
        if (a.BudgetMinimum is { } min && a.BudgetMaximum is { } max && min != max)
        {
            return $"{min.ToString("N0", culture)}–{max.ToString("N0", culture)} {currency}".Trim();
        }

        return $"{a.BudgetAmount.Value.ToString("N0", culture)} {currency}".Trim();
    }

    public static string? FormatTimeline(QualificationAnswers a, CultureInfo culture) =>
        a.TimelineStart is { } start ? $"{a.TimelineText} ({start.ToString("d", culture)})" : null;

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(step.Context);
        var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
        var text = Describe(answers, language, Texts.Get("Summary.NotGiven", language), Texts.Get("Summary.Unknown", language));
        var choices = new List<Choice>
        {
            new(Texts.Get("Summary.Confirm", language)) { Synonyms = [.. Texts.Get("Summary.ConfirmSynonyms", language).Split('|')] },
        };
        choices.AddRange(ChangeChoices(language));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = QuestionActivity.Ask(QuestionSteps.Confirm, text),
            RetryPrompt = QuestionActivity.Ask(QuestionSteps.Confirm, Texts.Get("Summary.Retry", language)),
            Choices = choices,
            Style = Questions.QuestionDialog.ButtonStyle(step.Context, choices.Count),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Index: 0 })
        {
            return await step.EndDialogAsync(SummaryOutcome.Confirmed, cancellationToken);
        }

        if (step.Result is FoundChoice found)
        {
            return await step.EndDialogAsync(new SummaryOutcome(QuestionSteps.Questions[found.Index - 1]), cancellationToken);
        }

        // "No" / "nein": ask which answer to change.
        var language = _services.LanguageOf(step.Context);
        return await step.PromptAsync(WhichPromptId, new PromptOptions
        {
            Prompt = QuestionActivity.Ask(QuestionSteps.Confirm, Texts.Get("Summary.Which", language)),
            RetryPrompt = QuestionActivity.Ask(QuestionSteps.Confirm, Texts.Get("Summary.WhichRetry", language)),
            Choices = ChangeChoices(language),
            Style = Questions.QuestionDialog.ButtonStyle(step.Context, QuestionSteps.Questions.Length),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var index = (step.Result as FoundChoice)?.Index ?? 0;
        return await step.EndDialogAsync(new SummaryOutcome(QuestionSteps.Questions[index]), cancellationToken);
    }

    private static List<Choice> ChangeChoices(string language) =>
        QuestionSteps.Questions.Select(q => new Choice(Texts.Get("Summary.Change." + q, language))
        {
            Synonyms = [.. Texts.Get("Summary.ChangeSynonyms." + q, language).Split('|')],
        }).ToList();

    private static Task<bool> ValidateConfirmAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded)
        {
            return Task.FromResult(true);
        }

        var culture = prompt.Context.Activity.Locale ?? "en-us";
        var text = prompt.Context.Activity.Text ?? "";
        switch (YesNoRecognizer.Recognize(text, culture))
        {
            case true:
                prompt.Recognized.Value = new FoundChoice { Index = 0, Value = text, Score = 1 };
                return Task.FromResult(true);
            case false:
                prompt.Recognized.Value = null!;
                return Task.FromResult(true);
            default:
                return Task.FromResult(false);
        }
    }
}
