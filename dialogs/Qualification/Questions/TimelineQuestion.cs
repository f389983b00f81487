using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 7: when the prospect wants to start, free text resolved to a date ("in drei Monaten", "Q2", "next year")
/// or one of the suggested answers.</summary>
public sealed class TimelineQuestion : QuestionDialog
{
    public TimelineQuestion(QualificationServices services)
        : base(QuestionSteps.Timeline, services)
    {
        AddDialog(new DatePrompt(AnswerPromptId, defaultLocale: services.Options.DefaultLocale));
    }

    protected override Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken)
    {
        var options = Options(language, "Ask.Timeline", "Retry.Timeline");
        var suggestions = Texts.Get("Timeline.Suggestions", language).Split('|');
        options.Prompt = QuestionActivity.Ask(Step, options.Prompt!.Text, suggestions);
        options.RetryPrompt = QuestionActivity.Ask(Step, options.RetryPrompt!.Text, suggestions);
        return step.PromptAsync(AnswerPromptId, options, cancellationToken);
    }

    protected override void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language)
    {
        if (result is not TimelineEstimate timeline)
        {
            return;
        }

        answers.TimelineStart = timeline.Start;
        answers.TimelineTimex = timeline.Timex;
        answers.TimelineUnknown = timeline.IsUnknown;
        answers.TimelineText = timeline.Text;
    }
}
