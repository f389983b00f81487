using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification.Questions;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// The whole qualification conversation: consent, then each question that has no answer yet (contact, need, authority,
/// budget, timeline), then the summary, then the result. Asking "the next missing answer" in a loop is what lets a
/// message that answers several questions at once skip them, and what makes "zurück" (ask an earlier question again,
/// its answer kept until a new one is given) and corrections from the summary (ask one question again, then the
/// summary) simple. Each round of the loop is one <see cref="LoopRequest"/>.
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
            ? await step.NextAsync(new ConsentGiven(null), cancellationToken)
            : await step.BeginDialogAsync(nameof(ConsentDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not ConsentGiven given)
        {
            // Declined: nothing personal may remain, not even an empty answers object.
            await _services.Answers.DeleteAsync(step.Context, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // A consent reply that carried other answers: the first question takes them now that consent is recorded.
        return await step.BeginDialogAsync(CollectLoop, given.Message is null ? null : new LoopRequest { Message = given.Message }, cancellationToken);
    }

    private static Task<DialogTurnResult> DoneAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);

    /// <summary>Asks what the loop was asked for: one question in a mode (after "zurück", or a correction from the
    /// summary), the summary, or by default the first question without an answer (the summary when there is none).</summary>
    private async Task<DialogTurnResult> AskNextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<LoopRequest>() ?? new LoopRequest();
        if (request.Step is { } asked && QuestionSteps.Questions.Contains(asked))
        {
            return await step.BeginDialogAsync(asked, new QuestionRequest(request.Mode), cancellationToken);
        }

        var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
        var next = request.Summary ? null : answers.NextQuestion();
        if (request.Message is not null)
        {
            // handed on once, not kept in the loop's state
            step.ForgetOptions();
        }

        return next is null
            ? await step.BeginDialogAsync(nameof(SummaryDialog), null, cancellationToken)
            : await step.BeginDialogAsync(next, new QuestionRequest(QuestionMode.Next) { Message = request.Message }, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<LoopRequest>() ?? new LoopRequest();
        switch (step.Result)
        {
            case SummaryOutcome { Decision: SummaryDecision.Confirmed }:
                var lead = await FinishAsync(step, cancellationToken);
                return await step.EndDialogAsync(lead.Id.ToString(), cancellationToken);

            case SummaryOutcome { Decision: SummaryDecision.Correct, Field: { } field }:
                return await step.ReplaceDialogAsync(CollectLoop, new LoopRequest { Step = field, Mode = QuestionMode.Correction }, cancellationToken);

            case SummaryOutcome { Decision: SummaryDecision.Back }:
                return await BackAsync(step, null, cancellationToken);

            case QuestionOutcome { Result: QuestionResult.Back } when request.Mode == QuestionMode.Correction:
                // A correction opened from the summary: "zurück" returns to the summary, the answer unchanged.
                return await step.ReplaceDialogAsync(CollectLoop, new LoopRequest { Summary = true }, cancellationToken);

            case QuestionOutcome { Result: QuestionResult.Back } back:
                return await BackAsync(step, back.Step, cancellationToken);

            default:
                return await step.ReplaceDialogAsync(CollectLoop, null, cancellationToken);
        }
    }

    /// <summary>"zurück": the answered question before <paramref name="from"/> in the flow's order (before the summary:
    /// the last one), asked again with its answer shown; at the first question, that question again.</summary>
    private async Task<DialogTurnResult> BackAsync(WaterfallStepContext step, string? from, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(step.Context);
        var answers = await _services.GetAnswersAsync(step.Context, cancellationToken);
        var before = from is null ? QuestionSteps.Questions.Length : Array.IndexOf(QuestionSteps.Questions, from);
        var previous = QuestionSteps.Questions.Take(Math.Max(before, 0)).LastOrDefault(answers.IsAnswered);
        if (previous is null)
        {
            await step.Context.SendActivityAsync(QuestionActivity.Say(Texts.Get("Back.First", language)), cancellationToken);
            var request = step.GetOptions<LoopRequest>() ?? new LoopRequest();
            return await step.ReplaceDialogAsync(CollectLoop, from is null ? new LoopRequest { Summary = true } : new LoopRequest { Step = from, Mode = request.Mode }, cancellationToken);
        }

        await step.Context.SendActivityAsync(QuestionActivity.Say(Texts.Get("Back.Previous", language)), cancellationToken);
        return await step.ReplaceDialogAsync(CollectLoop, new LoopRequest { Step = previous, Mode = QuestionMode.Revisit }, cancellationToken);
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
            At: _services.Clock.GetUtcNow())
        {
            Origin = new SubmissionOrigin(context.Activity.ChannelId, context.Activity.Conversation?.Id, context.Activity.Id),
        }, cancellationToken);
        profile.LeadId = lead.Id;

        var name = string.IsNullOrWhiteSpace(answers.Name) ? "" : ", " + answers.Name;
        var contact = answers.Email ?? answers.PhoneDisplay ?? answers.Phone ?? "";
        var text = lead.Stage == LeadStage.Mql
            ? Texts.Format("Result.Mql", language, name, contact, _services.Options.ResponseTime(language))
            : Texts.Format("Result.Lead", language, name, contact, _services.Options.SalesContact);
        await context.SendActivityAsync(QuestionActivity.Say(text), cancellationToken);

        // The lead is stored; the conversation starts afresh (with a new consent question) if the prospect writes again.
        await _services.Answers.DeleteAsync(context, cancellationToken);
        return lead;
    }
}

/// <summary>What one round of the collect loop asks (persisted as the loop's options).</summary>
public sealed class LoopRequest
{
    /// <summary>A question to ask in <see cref="Mode"/>; null: the first question without an answer.</summary>
    public string? Step { get; set; }

    public QuestionMode Mode { get; set; }

    /// <summary>Show the summary (back from a correction).</summary>
    public bool Summary { get; set; }

    /// <summary>The consent reply that also carried other answers, for the first question to take them.</summary>
    public string? Message { get; set; }
}
