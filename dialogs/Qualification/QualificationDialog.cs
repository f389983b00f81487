using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification.Questions;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// The whole qualification conversation: consent, then each question that has no answer yet (contact, need, authority,
/// budget, timeline), then the summary, then the result. Asking "the next missing answer" in a loop is what makes
/// corrections (forget one answer, ask again, show the summary again) and a language switch (ask the open question
/// again in the other language) simple, and what lets answers given early be used later.
/// </summary>
public sealed class QualificationDialog : ComponentDialog
{
    private const string MainFlow = "qualification.flow";
    private const string CollectLoop = "qualification.collect";
    private readonly QualificationServices _services;

    public QualificationDialog(QualificationServices services)
        : base(nameof(QualificationDialog))
    {
        _services = services;
        AddDialog(new WaterfallDialog(MainFlow, [ConsentAsync, AfterConsentAsync, DoneAsync]));
        AddDialog(new WaterfallDialog(CollectLoop, [AskNextAsync, AfterAnswerAsync]));
        AddDialog(new ConsentDialog(services));
        AddDialog(new SummaryDialog(services));
        AddDialog(new NameQuestion(services));
        AddDialog(new EmailQuestion(services));
        AddDialog(new CompanyQuestion(services));
        AddDialog(new PhoneQuestion(services));
        AddDialog(new NeedQuestion(services));
        AddDialog(new AuthorityQuestion(services));
        AddDialog(new BudgetQuestion(services));
        AddDialog(new TimelineQuestion(services));
        InitialDialogId = MainFlow;
    }

    private async Task<DialogTurnResult> ConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
        return _services.HasCurrentConsent(answers)
            ? await step.NextAsync(true, cancellationToken)
            : await step.BeginDialogAsync(nameof(ConsentDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            // Declined: nothing personal may remain, not even an empty answers object.
            await _services.Answers.DeleteAsync(step.Context, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.BeginDialogAsync(CollectLoop, null, cancellationToken);
    }

    private static Task<DialogTurnResult> DoneAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);

    private async Task<DialogTurnResult> AskNextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
        var next = answers.NextQuestion();
        return next is null
            ? await step.BeginDialogAsync(nameof(SummaryDialog), null, cancellationToken)
            : await step.BeginDialogAsync(next, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is SummaryOutcome { Correct: { } field })
        {
            var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
            answers.Forget(field);
            return await step.ReplaceDialogAsync(CollectLoop, null, cancellationToken);
        }

        if (step.Result is SummaryOutcome)
        {
            var lead = await FinishAsync(step, cancellationToken);
            return await step.EndDialogAsync(lead.Id.ToString(), cancellationToken);
        }

        return await step.ReplaceDialogAsync(CollectLoop, null, cancellationToken);
    }

    /// <summary>Step 9: scores the answers, stores the lead (one transaction) and tells the prospect what happens next.</summary>
    private async Task<Lead> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var language = _services.LanguageOf(context);
        var answers = await _services.GetAnswersAsync(context, cancellationToken);
        var profile = await _services.Profile.GetAsync(context, () => new ConversationProfile(), cancellationToken);
        var qualification = _services.Scorer.Score(answers);
        var source = profile.Source ?? new LeadSource();
        source.ChannelId = context.Activity.ChannelId ?? "";
        var lead = await _services.Leads.SaveQualifiedAsync(new LeadSubmission(
            UserKey: QualificationServices.UserKeyOf(context),
            Locale: SupportedLanguages.CultureOf(language),
            Answers: answers,
            Qualification: qualification,
            Source: source,
            At: _services.Clock.GetUtcNow()), cancellationToken);
        profile.LeadId = lead.Id;

        var name = string.IsNullOrWhiteSpace(answers.Name) ? "" : ", " + answers.Name;
        var contact = answers.Email ?? answers.Phone ?? "";
        var text = lead.Stage == LeadStage.Mql
            ? Texts.Format("Result.Mql", language, name, contact, _services.Options.ResponseTime(language))
            : Texts.Format("Result.Lead", language, name, contact, _services.Options.SalesContact);
        await context.SendActivityAsync(QuestionActivity.Say(text), cancellationToken);

        // The lead is stored; the conversation starts afresh (with a new consent question) if the prospect writes again.
        await _services.Answers.DeleteAsync(context, cancellationToken);
        return lead;
    }
}
