using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Choices;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>
/// One question of the qualification flow: asks, re-asks with a message that says what is expected, stores the answer
/// in <see cref="QualificationAnswers"/>. After the configured number of failed attempts it offers to skip the question,
/// to talk to a person, or to try again; it never loops forever. The dialog id is the question's step name.
/// </summary>
public abstract class QuestionDialog : ComponentDialog
{
    protected const string AnswerPromptSuffix = ".prompt";
    private const string GiveUpPromptSuffix = ".giveup";

    protected QuestionDialog(string step, QualificationServices services)
        : base(step)
    {
        Services = services;
        AddDialog(new WaterfallDialog(step + ".flow", [AskAsync, StoreAsync, AfterGiveUpAsync]));
        AddDialog(new ChoicePrompt(step + GiveUpPromptSuffix, defaultLocale: services.Options.DefaultLocale));
        InitialDialogId = step + ".flow";
    }

    public string Step => Id;

    protected QualificationServices Services { get; }

    protected string AnswerPromptId => Step + AnswerPromptSuffix;

    /// <summary>Sends the question (through the answer prompt registered by the subclass).</summary>
    protected abstract Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string language, CancellationToken cancellationToken);

    /// <summary>Writes the prompt's result into the answers.</summary>
    protected abstract void Store(QualificationAnswers answers, object? result, ITurnContext turnContext, string language);

    protected PromptOptions Options(string language, string askKey, string retryKey, params object?[] args) => new()
    {
        Prompt = QuestionActivity.Ask(Step, Texts.Format(askKey, language, args)),
        RetryPrompt = QuestionActivity.Ask(Step, Texts.Format(retryKey, language, args)),
        MaxAttempts = Services.Policy.MaxAttempts,
    };

    /// <summary>Buttons (suggested actions) where the channel shows that many of them; the channel's default otherwise.</summary>
    internal static ListStyle? ButtonStyle(ITurnContext turnContext, int count) =>
        Channel.SupportsSuggestedActions(turnContext.Activity.ChannelId, count, turnContext.Activity.Conversation?.ConversationType)
            ? ListStyle.SuggestedAction
            : null;

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskAsync(step, Services.LanguageOf(step.Context), cancellationToken);

    private async Task<DialogTurnResult> StoreAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(step.Context);
        if (step.Result is PromptRetryLimitReached)
        {
            return await step.PromptAsync(Step + GiveUpPromptSuffix, new PromptOptions
            {
                Prompt = QuestionActivity.Ask(Step, Texts.Get("GiveUp.Prompt", language)),
                RetryPrompt = QuestionActivity.Ask(Step, Texts.Get("GiveUp.Retry", language)),
                Choices =
                [
                    new Choice(Texts.Get("GiveUp.Skip", language)) { Synonyms = [.. Texts.Get("GiveUp.SkipSynonyms", language).Split('|')] },
                    new Choice(Texts.Get("GiveUp.Person", language)) { Synonyms = [.. Texts.Get("GiveUp.PersonSynonyms", language).Split('|')] },
                    new Choice(Texts.Get("GiveUp.TryAgain", language)) { Synonyms = [.. Texts.Get("GiveUp.TryAgainSynonyms", language).Split('|')] },
                ],
                MaxAttempts = 2,
                Style = ButtonStyle(step.Context, 3),
            }, cancellationToken);
        }

        var answers = await Services.GetAnswersAsync(step.Context, cancellationToken);
        Store(answers, step.Result, step.Context, language);
        answers.MarkAnswered(Step);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterGiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = Services.LanguageOf(step.Context);
        var choice = (step.Result as FoundChoice)?.Index;
        if (choice == 2)
        {
            return await step.ReplaceDialogAsync(InitialDialogId, null, cancellationToken);
        }

        var message = choice == 1
            ? Texts.Format("GiveUp.PersonMessage", language, Services.Options.SalesContact)
            : Texts.Get("GiveUp.Skipped", language);
        await step.Context.SendActivityAsync(QuestionActivity.Say(message), cancellationToken);
        var answers = await Services.GetAnswersAsync(step.Context, cancellationToken);
        answers.MarkSkipped(Step);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
