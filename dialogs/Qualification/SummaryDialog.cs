using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification.Questions;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Qualification;

public enum SummaryDecision
{
    /// <summary>Everything is correct: the lead is stored.</summary>
    Confirmed,

    /// <summary>One answer is to be asked again (<see cref="SummaryOutcome.Field"/>).</summary>
    Correct,

    /// <summary>"zurück": back to the last question.</summary>
    Back,
}

/// <summary>What the prospect decided at the summary.</summary>
public sealed record SummaryOutcome(SummaryDecision Decision, string? Field = null)
{
    public static readonly SummaryOutcome Confirmed = new(SummaryDecision.Confirmed);
}

/// <summary>
/// Step 8: shows every answer with two buttons, "Ja, das stimmt" and "Etwas ändern" (which then offers the fields and
/// "Alles korrekt"). A correction that carries its value ("change the budget to 60k", "der Name ist falsch geschrieben:
/// Erika Mustermann") is applied directly and the summary shown again; an unsure value is confirmed first; a field
/// without a value is asked again as a question. Replies are read by <see cref="AnswerReader.ReadSummary"/> and matched
/// against the buttons in both languages. Failed replies count against <see cref="QualificationPolicy.MaxAttempts"/>
/// across the summary and "which answer?"; after the cap the answers are passed on as shown, and the prospect is told
/// how to reach sales if something is wrong.
/// </summary>
public sealed class SummaryDialog : Dialog
{
    private const string PhaseKey = "phase";
    private const string AttemptsKey = "attempts";
    private const string PendingKey = "pending";
    private const string PendingSlotKey = "pendingSlot";

    private const string SummaryPhase = "summary";
    private const string WhichPhase = "which";

    private readonly QualificationServices _services;

    public SummaryDialog(QualificationServices services)
        : base(nameof(SummaryDialog))
    {
        _services = services;
    }

    /// <summary>The answers as the prospect sees them in the summary, one line each.</summary>
    public static string Describe(QualificationAnswers a, string language, QualificationPolicy policy)
    {
        var notGiven = Texts.Get("Summary.NotGiven", language);
        var shown = QuestionSteps.Questions.Select(q => (object?)(AnswerSlots.Show(a, q, language, policy) ?? notGiven)).ToArray();
        return Texts.Format("Summary.Text", language, shown);
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[PhaseKey] = SummaryPhase;
        state[AttemptsKey] = 0;
        await ShowSummaryAsync(dc.Context, null, retry: false, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State.GetValue<string>(PhaseKey) switch
        {
            WhichPhase => AskWhichAsync(turnContext, retry: false, cancellationToken),
            QuestionActivity.CheckPhase => SendCheckAsync(turnContext, instance.State, retry: false, cancellationToken),
            _ => ShowSummaryAsync(turnContext, null, retry: false, cancellationToken),
        };
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var context = dc.Context;
        if (context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var text = context.Activity.Text ?? "";
        if (ConversationCommands.Recognize(text) == ConversationCommand.Back)
        {
            return await dc.EndDialogAsync(new SummaryOutcome(SummaryDecision.Back), cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        var phase = state.GetValue<string>(PhaseKey) ?? SummaryPhase;
        var outcome = text.Length > AnswerReader.MaxAnswerLength ? null
            : phase == QuestionActivity.CheckPhase ? await OnCheckReplyAsync(context, state, text, cancellationToken)
            : await OnReplyAsync(context, state, phase, text, cancellationToken);
        switch (outcome)
        {
            case SummaryOutcome result:
                return await dc.EndDialogAsync(result, cancellationToken);
            case Handled:
                return EndOfTurn;
        }

        // Not understood: asked again with what is expected, at most MaxAttempts times over the whole summary.
        var attempts = state.GetValue<int>(AttemptsKey) + 1;
        state[AttemptsKey] = attempts;
        var language = _services.LanguageOf(context);
        if (attempts >= _services.Policy.MaxAttempts)
        {
            await context.SendActivityAsync(QuestionActivity.Say(Texts.Format("Summary.GaveUp", language, _services.Options.SalesContact)), cancellationToken);
            return await dc.EndDialogAsync(SummaryOutcome.Confirmed, cancellationToken);
        }

        var tooLong = text.Length > AnswerReader.MaxAnswerLength ? Texts.Format("TooLong", language, AnswerReader.MaxAnswerLength) : null;
        switch (state.GetValue<string>(PhaseKey))
        {
            case WhichPhase:
                await AskWhichAsync(context, retry: true, cancellationToken, tooLong);
                break;
            case QuestionActivity.CheckPhase:
                await SendCheckAsync(context, state, retry: true, cancellationToken);
                break;
            default:
                await ShowSummaryAsync(context, tooLong, retry: true, cancellationToken);
                break;
        }

        return EndOfTurn;
    }

    /// <summary>Marks a reply that was handled without ending the summary (the fields were offered, a value changed).</summary>
    private sealed class Handled
    {
        public static readonly Handled Instance = new();
    }

    private async Task<object?> OnReplyAsync(ITurnContext context, IDictionary<string, object?> state, string phase, string text, CancellationToken cancellationToken)
    {
        switch (ButtonReply(text))
        {
            case { Intent: SummaryIntent.Confirm }:
                return SummaryOutcome.Confirmed;
            case { Intent: SummaryIntent.Change, Field: { } field }:
                return new SummaryOutcome(SummaryDecision.Correct, field);
            case { Intent: SummaryIntent.Reject }:
                return await OfferFieldsAsync(context, state, cancellationToken);
        }

        // the name given earlier, so "Firma: Erika Musterfrau" is not taken as the company (asked again instead)
        var knownName = (await _services.GetAnswersAsync(context, cancellationToken)).Name;
        var reading = _services.Reader.ReadSummary(text, _services.ReadingContextOf(context) with { KnownName = knownName });
        switch (reading?.Value)
        {
            case { Intent: SummaryIntent.Confirm } when reading.Confidence == Confidence.High:
                return SummaryOutcome.Confirmed;
            case { Intent: SummaryIntent.Reject } when reading.Confidence != Confidence.Low && phase == SummaryPhase:
                return await OfferFieldsAsync(context, state, cancellationToken);
            case { Intent: SummaryIntent.Change } change when reading.Confidence != Confidence.Low:
                return await ChangeAsync(context, state, change, cancellationToken);
        }

        if (phase == WhichPhase)
        {
            // "Welche Angabe?" also takes a field named inside a sentence or by its number ("die dritte").
            var language = _services.LanguageOf(context);
            var choices = FieldChoices(language);
            var matches = ChoiceRecognizers.RecognizeChoices(text, choices, new FindChoicesOptions { Locale = context.Activity.Locale });
            if (matches.Select(m => m.Resolution.Index).Distinct().Count() == 1)
            {
                var index = matches[0].Resolution.Index;
                return index == 0 ? SummaryOutcome.Confirmed : new SummaryOutcome(SummaryDecision.Correct, QuestionSteps.Questions[index - 1]);
            }
        }

        return null;
    }

    private async Task<object?> ChangeAsync(ITurnContext context, IDictionary<string, object?> state, SummaryAnswer change, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(context);
        if (change.NewValue is { } value && QuestionSteps.Questions.Contains(value.Slot) && AnswerSlots.CanTake(value))
        {
            if (value.Confidence == Confidence.High)
            {
                var answers = await _services.GetAnswersAsync(context, cancellationToken);
                AnswerSlots.Take(answers, value, language, _services.Policy);
                state[PhaseKey] = SummaryPhase;
                state[AttemptsKey] = 0;
                await ShowSummaryAsync(context, Texts.Get("Summary.Changed", language), retry: false, cancellationToken);
                return Handled.Instance;
            }

            if (value.Confidence == Confidence.Medium)
            {
                var staged = new QualificationAnswers();
                AnswerSlots.Take(staged, value, language, _services.Policy);
                state[PendingKey] = staged;
                state[PendingSlotKey] = value.Slot;
                state[PhaseKey] = QuestionActivity.CheckPhase;
                await SendCheckAsync(context, state, retry: false, cancellationToken);
                return Handled.Instance;
            }
        }

        if (change.Field is { } field && QuestionSteps.Questions.Contains(field))
        {
            return new SummaryOutcome(SummaryDecision.Correct, field);
        }

        return await OfferFieldsAsync(context, state, cancellationToken);
    }

    private async Task<object?> OnCheckReplyAsync(ITurnContext context, IDictionary<string, object?> state, string text, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(context);
        var slot = state.GetValue<string>(PendingSlotKey) ?? "";
        var normalized = ConversationCommands.Normalize(text);
        bool? yes = ReplyPhrases.MatchesAny(normalized, "Check.Yes", "Check.YesSynonyms") ? true
            : ReplyPhrases.MatchesAny(normalized, "Check.No", "Check.NoSynonyms") ? false
            : _services.Reader.ReadYesNo(text, _services.ReadingContextOf(context)) is { Confidence: not Confidence.Low } reading ? reading.Value
            : null;
        if (yes is null)
        {
            return null;
        }

        var staged = StateValues.ConvertTo<QualificationAnswers>(state.TryGetValue(PendingKey, out var p) ? p : null);
        state.Remove(PendingKey);
        state.Remove(PendingSlotKey);
        state[PhaseKey] = SummaryPhase;
        if (yes is false || staged is null || !QuestionSteps.Questions.Contains(slot))
        {
            // Not what was meant: ask that question properly.
            return QuestionSteps.Questions.Contains(slot) ? new SummaryOutcome(SummaryDecision.Correct, slot) : null;
        }

        var answers = await _services.GetAnswersAsync(context, cancellationToken);
        AnswerSlots.Copy(staged, answers, slot);
        state[AttemptsKey] = 0;
        await ShowSummaryAsync(context, Texts.Get("Summary.Changed", language), retry: false, cancellationToken);
        return Handled.Instance;
    }

    private async Task<object?> OfferFieldsAsync(ITurnContext context, IDictionary<string, object?> state, CancellationToken cancellationToken)
    {
        state[PhaseKey] = WhichPhase;
        await AskWhichAsync(context, retry: false, cancellationToken);
        return Handled.Instance;
    }

    private async Task ShowSummaryAsync(ITurnContext context, string? prefix, bool retry, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(context);
        var answers = await _services.GetAnswersAsync(context, cancellationToken);
        var text = retry ? Texts.Get("Summary.Retry", language) : Describe(answers, language, _services.Policy);
        if (prefix is not null)
        {
            text = prefix + (retry ? " " : "\n\n") + text;
        }

        string[] buttons = [Texts.Get("Summary.Confirm", language), Texts.Get("Summary.ChangeButton", language)];
        await context.SendActivityAsync(QuestionActivity.AskChoices(QuestionSteps.Confirm, context, text, buttons, language, reask: retry), cancellationToken);
    }

    private Task AskWhichAsync(ITurnContext context, bool retry, CancellationToken cancellationToken, string? prefix = null)
    {
        var language = _services.LanguageOf(context);
        var text = Texts.Get(retry ? "Summary.WhichRetry" : "Summary.Which", language);
        if (prefix is not null)
        {
            text = prefix + " " + text;
        }

        var buttons = FieldChoices(language).Select(c => c.Value).ToList();
        return context.SendActivityAsync(QuestionActivity.AskChoices(QuestionSteps.Confirm, context, text, buttons, language, reask: retry), cancellationToken);
    }

    private Task SendCheckAsync(ITurnContext context, IDictionary<string, object?> state, bool retry, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(context);
        var slot = state.GetValue<string>(PendingSlotKey) ?? "";
        var staged = StateValues.ConvertTo<QualificationAnswers>(state.TryGetValue(PendingKey, out var p) ? p : null) ?? new QualificationAnswers();
        var line = Texts.Format("Check.Several", language,
            Texts.Format("Check.Item", language, QuestionSteps.Questions.Contains(slot) ? AnswerSlots.FieldName(slot, language) : slot, AnswerSlots.Show(staged, slot, language, _services.Policy)));
        if (retry)
        {
            line = Texts.Format("Check.Retry", language, line);
        }

        return context.SendActivityAsync(
            QuestionActivity.AskChoices(QuestionSteps.Confirm, context, line, [Texts.Get("Check.Yes", language), Texts.Get("Check.No", language)], language, QuestionActivity.CheckPhase, retry),
            cancellationToken);
    }

    /// <summary>"Alles korrekt" and one choice per field, each recognized by its label and synonyms in both languages.</summary>
    private static List<Choice> FieldChoices(string language)
    {
        var choices = new List<Choice> { WithLabel(QuestionDialog.BothLanguages("Summary.AllCorrect", "Summary.AllCorrectSynonyms"), "Summary.AllCorrect", language) };
        choices.AddRange(QuestionSteps.Questions.Select(q =>
            WithLabel(QuestionDialog.BothLanguages("Summary.Change." + q, "Summary.ChangeSynonyms." + q), "Summary.Change." + q, language)));
        return choices;
    }

    private static Choice WithLabel(Choice choice, string labelKey, string language)
    {
        choice.Value = Texts.Get(labelKey, language);
        return choice;
    }

    /// <summary>A reply that is one of the summary's buttons or their synonyms in either language ("Ja, das stimmt",
    /// "Change something", "Budget ändern"); these are taken before any reading of free words. Null for other replies.</summary>
    public static SummaryAnswer? ButtonReply(string text)
    {
        var normalized = ConversationCommands.Normalize(text);
        if (ReplyPhrases.MatchesAny(normalized, "Summary.Confirm", "Summary.ConfirmSynonyms", "Summary.AllCorrect", "Summary.AllCorrectSynonyms"))
        {
            return new SummaryAnswer(SummaryIntent.Confirm);
        }

        if (FieldNamed(normalized) is { } field)
        {
            return new SummaryAnswer(SummaryIntent.Change, field);
        }

        return ReplyPhrases.MatchesAny(normalized, "Summary.ChangeButton", "Summary.ChangeButtonSynonyms") ? new SummaryAnswer(SummaryIntent.Reject) : null;
    }

    /// <summary>The field a reply names exactly ("Budget ändern", "change budget", "budget"), in either language.</summary>
    private static string? FieldNamed(string normalizedReply) =>
        QuestionSteps.Questions.FirstOrDefault(q => ReplyPhrases.MatchesAny(normalizedReply, "Summary.Change." + q, "Summary.ChangeSynonyms." + q));
}
