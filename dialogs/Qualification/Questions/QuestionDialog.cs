using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>How a question is opened: as the next missing answer, again after "zurück" (the old answer stays until a new
/// one is given), or as a correction from the summary ("zurück" then returns to the summary).</summary>
public enum QuestionMode
{
    Next,
    Revisit,
    Correction,
}

/// <summary>How a question ended.</summary>
public enum QuestionResult
{
    /// <summary>Answered (or deliberately skipped): the loop asks the next missing answer.</summary>
    Done,

    /// <summary>The prospect said "zurück" / "back".</summary>
    Back,
}

public sealed record QuestionOutcome(string Step, QuestionResult Result);

/// <summary>
/// One question of the qualification, and the one mechanism every question uses. A message is read through
/// <see cref="AnswerReader"/>: <see cref="AnswerReader.ReadAll"/> for every slot it fills (mixed initiative: "ich bin Max
/// von der Acme GmbH, max@acme.de") and <see cref="AnswerReader.Read"/> for this question. Then, by confidence:
/// <list type="bullet">
/// <item>High: stored. When the message filled more than this question, one line says what was taken
/// ("Danke, notiert: Name, E-Mail.") and the loop asks only what is still missing.</item>
/// <item>Medium: one short confirmation line with buttons ("Meinen Sie ‚Unser CRM anbinden‘? Ja / Nein, etwas anderes");
/// yes stores it, no asks again. Never a silent guess.</item>
/// <item>Low or nothing: asked again with a text that says what is expected (and the reading's hint).</item>
/// </list>
/// Every prompt counts its failed answers against <see cref="QualificationPolicy.MaxAttempts"/>: the question itself
/// (then the offer to skip, to talk to a person or to try again), the confirmation line and that offer, so nothing
/// loops. An answer longer than <see cref="MaxAnswerLength"/> is not read at all; the prospect is asked kindly for a
/// shorter one. Texts are rendered when sent, so a language switch re-asks in the new language and keeps the progress.
/// The dialog's state holds only step names, counters and a staged reading awaiting confirmation.
/// </summary>
public abstract class QuestionDialog : Dialog
{
    private const string ModeKey = "mode";
    private const string PhaseKey = "phase";
    private const string AttemptsKey = "attempts";
    private const string ChecksKey = "checks";
    private const string GiveUpsKey = "giveups";
    private const string PendingKey = "pending";
    private const string PendingSlotsKey = "pendingSlots";
    private const string AnsweredKey = "answered";

    private const string AskPhase = "ask";

    protected QuestionDialog(string step, QualificationServices services)
        : base(step)
    {
        Services = services;
    }

    public string Step => Id;

    protected QualificationServices Services { get; }

    /// <summary>The longest answer this question reads, in characters (never more than <see cref="AnswerReader.MaxAnswerLength"/>):
    /// room for a message that answers several questions at once, but not for a pasted document.</summary>
    public virtual int MaxAnswerLength => 500;

    /// <summary>The question as first asked.</summary>
    protected abstract string AskText(string language, QualificationAnswers answers);

    /// <summary>The question asked again after an answer that could not be read: it says what is expected.</summary>
    protected abstract string RetryText(string language);

    /// <summary>Buttons sent with the question (a need's choices, the phone's "Skip", timeline suggestions).</summary>
    protected virtual IReadOnlyList<string> Buttons(string language) => [];

    /// <summary>Whether <see cref="Buttons"/> are the answers themselves (then a channel without buttons gets a numbered list).</summary>
    protected virtual bool ButtonsAreChoices => false;

    /// <summary>An answer this question understands without a reader (the phone's "skip"); true when it was taken.</summary>
    protected virtual bool TakeOwnAnswer(string normalizedReply, QualificationAnswers answers) => false;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[ModeKey] = ((options as QuestionRequest)?.Mode ?? QuestionMode.Next).ToString();
        state[PhaseKey] = AskPhase;
        state[AttemptsKey] = 0;
        if ((options as QuestionRequest)?.Message is { } message)
        {
            // The answers the consent reply carried are taken as at any question; then this question is asked only if
            // it is still missing (or a reading is confirmed first).
            return await OnCarriedAnswersAsync(dc.Context, state, message, cancellationToken)
                ? await dc.EndDialogAsync(new QuestionOutcome(Step, QuestionResult.Done), cancellationToken)
                : EndOfTurn;
        }

        await SendQuestionAsync(dc.Context, state, null, retry: false, cancellationToken);
        return EndOfTurn;
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
            return await dc.EndDialogAsync(new QuestionOutcome(Step, QuestionResult.Back), cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        var done = state.GetValue<string>(PhaseKey) switch
        {
            QuestionActivity.CheckPhase => await OnCheckReplyAsync(context, state, text, cancellationToken),
            QuestionActivity.GiveUpPhase => await OnGiveUpReplyAsync(context, state, text, cancellationToken),
            _ => await OnAnswerAsync(context, state, text, cancellationToken),
        };
        return done ? await dc.EndDialogAsync(new QuestionOutcome(Step, QuestionResult.Done), cancellationToken) : EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = instance.State;
        return state.GetValue<string>(PhaseKey) switch
        {
            QuestionActivity.CheckPhase => SendCheckAsync(turnContext, state, retry: false, cancellationToken),
            QuestionActivity.GiveUpPhase => SendGiveUpAsync(turnContext, retry: false, cancellationToken),
            _ => SendQuestionAsync(turnContext, state, null, retry: false, cancellationToken),
        };
    }

    /// <summary>The consent reply's other answers (<see cref="AnswerReader.ReadConsentOpening"/>), taken before this
    /// question was asked: like an answer, except that nothing in it counts as a failed attempt (the question was not
    /// asked yet) and one line names everything taken. Returns true when this question is done.</summary>
    private async Task<bool> OnCarriedAnswersAsync(ITurnContext context, IDictionary<string, object?> state, string message, CancellationToken cancellationToken)
    {
        var opening = Services.Reader.ReadConsentOpening(message, Services.ReadingContextOf(context));
        if (opening is not { Consent.Value: true })
        {
            await SendQuestionAsync(context, state, null, retry: false, cancellationToken);
            return false;
        }

        return await TakeReadingsAsync(context, state, new AnswerReadings(opening.Readings, opening.Rest), carried: true, cancellationToken);
    }

    /// <summary>The prospect answered the question. Returns true when the question is done.</summary>
    private async Task<bool> OnAnswerAsync(ITurnContext context, IDictionary<string, object?> state, string text, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(context);
        if (text.Length > MaxAnswerLength)
        {
            return await FailedAsync(context, state, Texts.Format("TooLong", language, MaxAnswerLength), cancellationToken);
        }

        var answers = await Services.GetAnswersAsync(context, cancellationToken);
        if (TakeOwnAnswer(ConversationCommands.Normalize(text), answers))
        {
            return true;
        }

        return await TakeReadingsAsync(context, state, Services.ReadAnswer(context, Step, text, answers.Name), carried: false, cancellationToken);
    }

    /// <summary>Stores the sure readings, stages the unsure ones for the confirmation line, and says what was taken.
    /// <paramref name="carried"/>: the readings come from the consent reply, before this question was asked.</summary>
    private async Task<bool> TakeReadingsAsync(ITurnContext context, IDictionary<string, object?> state, AnswerReadings read, bool carried, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(context);
        var answers = await Services.GetAnswersAsync(context, cancellationToken);
        var taken = new List<string>();
        var pending = new List<SlotReading>();
        string? hint = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in read.Readings)
        {
            var isThisQuestion = reading.Slot == Step;
            if (!seen.Add(reading.Slot) || !isThisQuestion && answers.IsAnswered(reading.Slot) && !answers.Skipped.Contains(reading.Slot))
            {
                // One reading per slot (the first: this question's own comes first); and several answers in one message
                // fill only what is missing, an answer already given is changed at the summary.
                continue;
            }

            if (!AnswerSlots.CanTake(reading) || reading.Confidence == Confidence.Low)
            {
                hint ??= isThisQuestion ? reading.Hint : null;
                continue;
            }

            if (reading.Confidence == Confidence.High && AnswerSlots.Take(answers, reading, language, Services.Policy, isThisQuestion ? read.OwnText : null))
            {
                taken.Add(reading.Slot);
            }
            else if (reading.Confidence == Confidence.Medium)
            {
                pending.Add(reading);
            }
        }

        if (!carried && taken.Count == 1 && taken[0] == Step)
        {
            // A plain, sure answer to this question: an unsure reading of another slot in it is a fragment of the answer
            // ("Ursula von der Leyen" is no company "Leyen"), not something the prospect meant to tell. A consent reply
            // was not an answer to this question: what it carries beside the name was meant.
            pending.RemoveAll(r => r.Slot != Step);
        }

        var noted = taken.Count > 0 && (carried || taken.Any(s => s != Step)) ? NotedLine(taken, language) : null;
        if (pending.Count > 0)
        {
            Stage(state, pending, language, read.OwnText);
            state[AnsweredKey] = taken.Contains(Step);
            if (noted is not null)
            {
                await context.SendActivityAsync(QuestionActivity.Say(noted), cancellationToken);
            }

            await SendCheckAsync(context, state, retry: false, cancellationToken);
            return false;
        }

        if (taken.Contains(Step))
        {
            if (noted is not null)
            {
                await context.SendActivityAsync(QuestionActivity.Say(noted), cancellationToken);
            }

            return true;
        }

        if (noted is not null || carried)
        {
            // Other answers were taken, this one is still missing: say what was taken and ask this question (again).
            await SendQuestionAsync(context, state, noted, retry: false, cancellationToken);
            return false;
        }

        return await FailedAsync(context, state, hint is null ? null : HintText(hint, language), cancellationToken);
    }

    /// <summary>The prospect answered the confirmation line ("Meinen Sie …?").</summary>
    private async Task<bool> OnCheckReplyAsync(ITurnContext context, IDictionary<string, object?> state, string text, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(context);
        var answeredHere = state.GetValue<bool>(AnsweredKey);
        var answer = text.Length <= AnswerReader.MaxAnswerLength ? YesOrNo(context, text) : null;

        // Neither yes nor no: a clear new answer is taken instead ("die Website").
        if (answer is null && !answeredHere && IsClearAnswer(context, text))
        {
            ClearPending(state);
            return await OnAnswerAsync(context, state, text, cancellationToken);
        }

        // Answers to other questions in the same reply ("Ja, und das Budget ist 20k") are taken as at any question.
        var slots = PendingSlots(state);
        var noted = text.Length <= MaxAnswerLength ? await TakeOtherAnswersAsync(context, text, slots, language, cancellationToken) : null;
        if (answer is not null)
        {
            var staged = StateValues.ConvertTo<QualificationAnswers>(state.TryGetValue(PendingKey, out var p) ? p : null) ?? new QualificationAnswers();
            ClearPending(state);
            if (answer is true)
            {
                var answers = await Services.GetAnswersAsync(context, cancellationToken);
                foreach (var slot in slots)
                {
                    AnswerSlots.Copy(staged, answers, slot);
                }

                if (answeredHere || slots.Contains(Step))
                {
                    return await DoneAsync(context, noted, cancellationToken);
                }

                await SendQuestionAsync(context, state, noted, retry: false, cancellationToken);
                return false;
            }

            if (answeredHere)
            {
                return await DoneAsync(context, noted, cancellationToken);
            }

            var rejected = slots.Contains(Step);
            var prefix = Join(noted, rejected ? Texts.Get("Check.Rejected", language) : null);
            await SendQuestionAsync(context, state, prefix, retry: false, cancellationToken, reask: rejected);
            return false;
        }

        // Anything else, an unsure answer included, counts against the confirmation's cap, so it cannot loop.
        var checks = state.GetValue<int>(ChecksKey) + 1;
        state[ChecksKey] = checks;
        if (checks >= Services.Policy.MaxAttempts)
        {
            // The confirmation is capped too: drop the unsure reading; without this question's answer that is a failed attempt.
            ClearPending(state);
            if (answeredHere)
            {
                return await DoneAsync(context, noted, cancellationToken);
            }

            return await FailedAsync(context, state, noted, cancellationToken);
        }

        await SendCheckAsync(context, state, retry: true, cancellationToken, noted);
        return false;
    }

    /// <summary>Takes the sure answers to other questions that are still missing (not <paramref name="exclude"/>d) from
    /// a reply that is not an answer to this question; returns the "Danke, notiert: …" line, or null.</summary>
    private async Task<string?> TakeOtherAnswersAsync(ITurnContext context, string text, List<string> exclude, string language, CancellationToken cancellationToken)
    {
        var readings = Services.Reader.ReadAll(text, Services.ReadingContextOf(context));
        if (readings.Count == 0)
        {
            return null;
        }

        var answers = await Services.GetAnswersAsync(context, cancellationToken);
        var taken = new List<string>();
        foreach (var reading in readings)
        {
            if (reading.Slot != Step && !exclude.Contains(reading.Slot) && !taken.Contains(reading.Slot) && reading.Confidence == Confidence.High
                && (!answers.IsAnswered(reading.Slot) || answers.Skipped.Contains(reading.Slot))
                && AnswerSlots.Take(answers, reading, language, Services.Policy))
            {
                taken.Add(reading.Slot);
            }
        }

        return taken.Count == 0 ? null : NotedLine(taken, language);
    }

    private static async Task<bool> DoneAsync(ITurnContext context, string? noted, CancellationToken cancellationToken)
    {
        if (noted is not null)
        {
            await context.SendActivityAsync(QuestionActivity.Say(noted), cancellationToken);
        }

        return true;
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;

    /// <summary>The prospect answered the offer to skip the question, talk to a person or try again.</summary>
    private async Task<bool> OnGiveUpReplyAsync(ITurnContext context, IDictionary<string, object?> state, string text, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(context);
        var choice = text.Length <= AnswerReader.MaxAnswerLength ? GiveUpChoice(context, text) : null;
        if (choice == GiveUpOption.TryAgain)
        {
            state[PhaseKey] = AskPhase;
            state[AttemptsKey] = 0;
            await SendQuestionAsync(context, state, null, retry: false, cancellationToken);
            return false;
        }

        if (choice is null && IsClearAnswer(context, text))
        {
            // A clear answer to the question itself is welcome here too.
            state[PhaseKey] = AskPhase;
            return await OnAnswerAsync(context, state, text, cancellationToken);
        }

        if (choice is null)
        {
            var giveUps = state.GetValue<int>(GiveUpsKey) + 1;
            state[GiveUpsKey] = giveUps;
            if (giveUps < Services.Policy.MaxAttempts)
            {
                await SendGiveUpAsync(context, retry: true, cancellationToken);
                return false;
            }

            choice = GiveUpOption.Skip;
        }

        var message = choice == GiveUpOption.Person
            ? Texts.Format("GiveUp.PersonMessage", language, Services.Options.SalesContact)
            : Texts.Get("GiveUp.Skipped", language);
        await context.SendActivityAsync(QuestionActivity.Say(message), cancellationToken);
        var answers = await Services.GetAnswersAsync(context, cancellationToken);
        if (!answers.IsAnswered(Step))
        {
            // A question opened again after "zurück" or from the summary keeps its earlier answer when skipped.
            answers.MarkSkipped(Step);
        }

        return true;
    }

    /// <summary>Whether the message answers this question with a high reading (outside the question's own phase).</summary>
    private bool IsClearAnswer(ITurnContext context, string text) =>
        text.Length <= MaxAnswerLength
        && Services.ReadAnswer(context, Step, text).Readings.Any(r => r.Slot == Step && r.Confidence == Confidence.High && AnswerSlots.CanTake(r));

    /// <summary>A failed answer: asked again with what is expected, or after the cap the offer to skip.</summary>
    private async Task<bool> FailedAsync(ITurnContext context, IDictionary<string, object?> state, string? prefix, CancellationToken cancellationToken)
    {
        var attempts = state.GetValue<int>(AttemptsKey) + 1;
        state[AttemptsKey] = attempts;
        if (attempts >= Services.Policy.MaxAttempts)
        {
            state[PhaseKey] = QuestionActivity.GiveUpPhase;
            state[GiveUpsKey] = 0;
            await SendGiveUpAsync(context, retry: false, cancellationToken);
            return false;
        }

        await SendQuestionAsync(context, state, prefix, retry: true, cancellationToken);
        return false;
    }

    private async Task SendQuestionAsync(ITurnContext context, IDictionary<string, object?> state, string? prefix, bool retry, CancellationToken cancellationToken,
        bool reask = false)
    {
        var language = Services.LanguageOf(context);
        var answers = await Services.GetAnswersAsync(context, cancellationToken);
        var parts = new List<string>(3);
        if (prefix is not null)
        {
            parts.Add(prefix);
        }

        if (!retry && Mode(state) != QuestionMode.Next && AnswerSlots.Show(answers, Step, language, Services.Policy) is { } current)
        {
            parts.Add(Texts.Format("Question.Current", language, current));
        }

        parts.Add(retry ? RetryText(language) : AskText(language, answers));
        var text = string.Join(" ", parts);
        var buttons = Buttons(language);
        var activity = ButtonsAreChoices
            ? QuestionActivity.AskChoices(Step, context, text, buttons, language, reask: retry || reask)
            : QuestionActivity.Ask(Step, text, buttons, reask: retry || reask);
        await context.SendActivityAsync(activity, cancellationToken);
    }

    private async Task SendCheckAsync(ITurnContext context, IDictionary<string, object?> state, bool retry, CancellationToken cancellationToken, string? prefix = null)
    {
        var language = Services.LanguageOf(context);
        var staged = StateValues.ConvertTo<QualificationAnswers>(state.TryGetValue(PendingKey, out var p) ? p : null) ?? new QualificationAnswers();
        var slots = PendingSlots(state);
        string line;
        if (slots.Count == 1 && slots[0] == Step)
        {
            line = Texts.Format("Check.One", language, AnswerSlots.Show(staged, Step, language, Services.Policy));
        }
        else
        {
            var items = slots.Select(s => Texts.Format("Check.Item", language, AnswerSlots.FieldName(s, language), AnswerSlots.Show(staged, s, language, Services.Policy)));
            line = Texts.Format("Check.Several", language, string.Join("; ", items));
        }

        if (retry)
        {
            line = Texts.Format("Check.Retry", language, line);
        }

        line = Join(prefix, line)!;
        await context.SendActivityAsync(
            QuestionActivity.AskChoices(Step, context, line, [Texts.Get("Check.Yes", language), Texts.Get("Check.No", language)], language, QuestionActivity.CheckPhase, retry),
            cancellationToken);
    }

    private Task SendGiveUpAsync(ITurnContext context, bool retry, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(context);
        var text = Texts.Get(retry ? "GiveUp.Retry" : "GiveUp.Prompt", language);
        string[] choices = [Texts.Get("GiveUp.Skip", language), Texts.Get("GiveUp.Person", language), Texts.Get("GiveUp.TryAgain", language)];
        return context.SendActivityAsync(QuestionActivity.AskChoices(Step, context, text, choices, language, QuestionActivity.GiveUpPhase, retry), cancellationToken);
    }

    /// <summary>Keeps the unsure readings, applied to an empty set of answers, until the prospect confirms them.</summary>
    private void Stage(IDictionary<string, object?> state, List<SlotReading> pending, string language, string ownText)
    {
        var staged = new QualificationAnswers();
        var slots = new List<string>();
        foreach (var reading in pending)
        {
            if (AnswerSlots.Take(staged, reading, language, Services.Policy, reading.Slot == Step ? ownText : null))
            {
                slots.Add(reading.Slot);
            }
        }

        state[PendingKey] = staged;
        state[PendingSlotsKey] = slots;
        state[PhaseKey] = QuestionActivity.CheckPhase;
        state[ChecksKey] = 0;
    }

    private static void ClearPending(IDictionary<string, object?> state)
    {
        state.Remove(PendingKey);
        state.Remove(PendingSlotsKey);
        state.Remove(AnsweredKey);
        state[PhaseKey] = AskPhase;
    }

    private static List<string> PendingSlots(IDictionary<string, object?> state) =>
        state.GetValue<List<string>>(PendingSlotsKey) ?? [];

    private static QuestionMode Mode(IDictionary<string, object?> state) =>
        Enum.TryParse<QuestionMode>(state.GetValue<string>(ModeKey), out var mode) ? mode : QuestionMode.Next;

    /// <summary>Yes or no to a confirmation line: the line's own buttons (either language), else the reader's yes/no. A
    /// medium yes or no counts here ("ja, denke schon"): the line is itself the safety net, and confirming the
    /// confirmation would only ask the same again.</summary>
    private bool? YesOrNo(ITurnContext context, string text)
    {
        var normalized = ConversationCommands.Normalize(text);
        if (ReplyPhrases.MatchesAny(normalized, "Check.Yes", "Check.YesSynonyms"))
        {
            return true;
        }

        if (ReplyPhrases.MatchesAny(normalized, "Check.No", "Check.NoSynonyms"))
        {
            return false;
        }

        return Services.Reader.ReadYesNo(text, Services.ReadingContextOf(context)) is { Confidence: not Confidence.Low } reading ? reading.Value : null;
    }

    private enum GiveUpOption
    {
        Skip,
        Person,
        TryAgain,
    }

    private static GiveUpOption? GiveUpChoice(ITurnContext context, string text)
    {
        var normalized = ConversationCommands.Normalize(text);
        if (ReplyPhrases.MatchesAny(normalized, "GiveUp.Skip", "GiveUp.SkipSynonyms"))
        {
            return GiveUpOption.Skip;
        }

        if (ReplyPhrases.MatchesAny(normalized, "GiveUp.Person", "GiveUp.PersonSynonyms"))
        {
            return GiveUpOption.Person;
        }

        if (ReplyPhrases.MatchesAny(normalized, "GiveUp.TryAgain", "GiveUp.TryAgainSynonyms"))
        {
            return GiveUpOption.TryAgain;
        }

        // "ich möchte lieber überspringen", "2": the choice named inside a sentence or by its number.
        var choices = new List<Choice>
        {
            BothLanguages("GiveUp.Skip", "GiveUp.SkipSynonyms"),
            BothLanguages("GiveUp.Person", "GiveUp.PersonSynonyms"),
            BothLanguages("GiveUp.TryAgain", "GiveUp.TryAgainSynonyms"),
        };
        var matches = ChoiceRecognizers.RecognizeChoices(text, choices, new FindChoicesOptions { Locale = context.Activity.Locale });
        return matches.Count == 1 ? (GiveUpOption)matches[0].Resolution.Index : null;
    }

    /// <summary>A choice recognized by its label and synonyms in both languages.</summary>
    internal static Choice BothLanguages(string labelKey, string synonymsKey)
    {
        var synonyms = new List<string>();
        foreach (var language in SupportedLanguages.All)
        {
            synonyms.Add(Texts.Get(labelKey, language));
            synonyms.AddRange(Texts.Get(synonymsKey, language).Split('|', StringSplitOptions.RemoveEmptyEntries));
        }

        return new Choice(Texts.Get(labelKey, SupportedLanguages.English)) { Synonyms = synonyms };
    }

    private static string NotedLine(List<string> taken, string language) =>
        Texts.Format("Noted", language, string.Join(", ", QuestionSteps.Questions.Where(taken.Contains).Select(s => AnswerSlots.FieldName(s, language))));

    /// <summary>The hint keys that have a text ("Hint.negated", …); a hint a reader adds later without a text is left out.</summary>
    private static readonly Lazy<HashSet<string>> HintKeys = new(() => Texts.Keys().Where(k => k.StartsWith("Hint.", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));

    private static string? HintText(string hint, string language) =>
        HintKeys.Value.Contains("Hint." + hint) ? Texts.Get("Hint." + hint, language) : null;
}

/// <summary>What the loop asks a question for (the options of <see cref="QuestionDialog"/>'s BeginDialog).</summary>
public sealed record QuestionRequest(QuestionMode Mode)
{
    /// <summary>The consent reply that also carried other answers ("Ja, gerne. Sabine Krüger, …"): taken before the
    /// question is asked, as the prospect's first answers.</summary>
    public string? Message { get; init; }
}
