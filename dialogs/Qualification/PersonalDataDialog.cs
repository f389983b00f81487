using System.Globalization;
using System.Text;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// The prospect's data-subject rights inside the chat, from any point of the conversation and after it ended:
/// "show my data" (everything stored, readable and as a JSON file), "delete my data" (after a confirmation: the stored
/// leads, their history, pending notifications and the bot's state for this user and conversation) and "withdraw consent".
/// The erase confirmation is a dialog pushed over whatever was open; declining returns to the open question.
/// </summary>
public sealed class EraseDataDialog : ComponentDialog
{
    public const string Step = "erase";
    private const string PromptId = "erase.prompt";
    private readonly QualificationServices _services;

    public EraseDataDialog(QualificationServices services)
        : base(nameof(EraseDataDialog))
    {
        _services = services;
        AddDialog(new WaterfallDialog("erase.flow", [AskAsync, EraseAsync]));
        AddDialog(new ReaderConfirmPrompt(PromptId, services));
        InitialDialogId = "erase.flow";
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(step.Context);
        return step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = QuestionActivity.Ask(Step, Texts.Get("Privacy.EraseConfirm", language)),
            RetryPrompt = QuestionActivity.Ask(Step, Texts.Get("Privacy.EraseRetry", language)),
            MaxAttempts = _services.Policy.MaxAttempts,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> EraseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = _services.LanguageOf(step.Context);
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(QuestionActivity.Say(Texts.Get("Privacy.NotErased", language)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var subject = await _services.SubjectAsync(step.Context, cancellationToken);
        var result = await _services.PersonalData.EraseAsync(subject, "prospect", cancellationToken);
        await PersonalDataRights.ForgetConversationAsync(_services, step.Context, cancellationToken);
        await step.Context.SendActivityAsync(QuestionActivity.Say(Texts.Format("Privacy.Erased", language,
            result.Leads, result.StageChanges, result.Notifications)), cancellationToken);
        await PersonalDataRights.SendScopeNoteAsync(_services, step.Context, language, cancellationToken);
        // Everything is forgotten: end every dialog, including the qualification the erasure interrupted.
        return await step.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
    }
}

/// <summary>Show-my-data and consent withdrawal, which need no confirmation.</summary>
public static class PersonalDataRights
{
    /// <summary>Deletes the bot's state for this conversation and user. Nothing of it is saved again at the end of the turn.</summary>
    public static async Task ForgetConversationAsync(QualificationServices services, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await services.ConversationState.DeleteAsync(turnContext, cancellationToken);
        await services.UserState.DeleteAsync(turnContext, cancellationToken);
    }

    public static async Task ShowAsync(QualificationServices services, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = services.LanguageOf(turnContext);
        var culture = Texts.CultureFor(language);
        var answers = await services.GetAnswersAsync(turnContext, cancellationToken);
        var subject = await services.SubjectAsync(turnContext, cancellationToken);
        var leads = await services.PersonalData.FindAsync(subject, cancellationToken);
        var chats = await services.PersonalData.FindLiveChatsAsync(subject, cancellationToken);
        if (leads.Count == 0 && !answers.HasConsent && chats.Count == 0)
        {
            await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Get("Privacy.Nothing", language)), cancellationToken);
            await SendScopeNoteAsync(services, turnContext, language, cancellationToken);
            return;
        }

        var notGiven = Texts.Get("Summary.NotGiven", language);
        object?[] Shown(QualificationAnswers a) => QuestionSteps.Questions.Select(q => (object?)(AnswerSlots.Show(a, q, language, services.Policy) ?? notGiven)).ToArray();
        var text = new StringBuilder(Texts.Get("Privacy.Header", language));
        foreach (var lead in leads)
        {
            object?[] args = [lead.CreatedAt.ToLocalTime().ToString("g", culture), .. Shown(AnswersOf(lead)),
                lead.Stage, lead.Score, lead.Consent.GivenAt.ToLocalTime().ToString("g", culture), lead.Consent.TextVersion];
            text.Append("\n\n").Append(Texts.Format("Privacy.Lead", language, args));
        }

        if (answers.HasConsent && answers.Answered.Count > 0)
        {
            object?[] args = [.. Shown(answers), answers.Consent!.GivenAt.ToLocalTime().ToString("g", culture), answers.Consent.TextVersion];
            text.Append("\n\n").Append(Texts.Format("Privacy.Answers", language, args));
        }

        foreach (var chat in chats)
        {
            text.Append("\n\n").Append(Texts.Format("Privacy.LiveChat", language, chat.With ?? "–", chat.StartedAt.ToLocalTime().ToString("g", culture)));
            foreach (var line in chat.Lines)
            {
                text.Append('\n').Append(Texts.Format("Privacy.LiveChatLine", language, line.At.ToLocalTime().ToString("t", culture),
                    line.FromProspect ? Texts.Get("Privacy.LiveChatYou", language) : line.From ?? "–", line.Text));
            }
        }

        text.Append("\n\n").Append(Texts.Get("Privacy.Attachment", language));
        var json = JsonConvert.SerializeObject(new { leads, currentConversation = answers.HasConsent ? answers : null, liveChats = chats },
            Formatting.Indented, new Newtonsoft.Json.Converters.StringEnumConverter());
        var message = QuestionActivity.Say(text.ToString());
        message.Attachments =
        [
            new Attachment
            {
                ContentType = "application/json",
                Name = "leadbot-my-data.json",
                ContentUrl = "data:application/json;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(json)),
            },
        ];
        await turnContext.SendActivityAsync(message, cancellationToken);
        await SendScopeNoteAsync(services, turnContext, language, cancellationToken);
    }

    public static async Task WithdrawAsync(QualificationServices services, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = services.LanguageOf(turnContext);
        var subject = await services.SubjectAsync(turnContext, cancellationToken);
        var result = await services.PersonalData.WithdrawConsentAsync(subject, turnContext.Activity.ChannelId ?? "", cancellationToken);
        await ForgetConversationAsync(services, turnContext, cancellationToken);
        await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Format("Privacy.Withdrawn", language, result.Leads)), cancellationToken);
        await SendScopeNoteAsync(services, turnContext, language, cancellationToken);
    }

    /// <summary>For a visitor whose identity is not proven: that only this conversation's data was reached, and whom to
    /// ask for the rest (nothing for a proven visitor).</summary>
    public static async Task SendScopeNoteAsync(QualificationServices services, ITurnContext turnContext, string language, CancellationToken cancellationToken)
    {
        if (!VisitorIdentity.Of(turnContext).IsProven)
        {
            await turnContext.SendActivityAsync(QuestionActivity.Say(
                Texts.Format("Privacy.ThisConversationOnly", language, services.Options.SalesContact)), cancellationToken);
        }
    }

    private static QualificationAnswers AnswersOf(Lead lead) => new()
    {
        Name = lead.Name,
        Email = lead.Email,
        Company = lead.Company,
        Phone = lead.Phone,
        PhoneDisplay = lead.PhoneDisplay,
        NeedKey = lead.NeedKey,
        NeedText = lead.NeedText,
        AuthorityKey = lead.AuthorityKey,
        AuthorityText = lead.AuthorityText,
        BudgetAmount = lead.BudgetAmount,
        BudgetMinimum = lead.BudgetMinimum,
        BudgetMaximum = lead.BudgetMaximum,
        BudgetCurrency = lead.BudgetCurrency,
        BudgetPeriod = lead.BudgetPeriod,
        BudgetUnknown = lead.BudgetUnknown,
        BudgetUndecided = lead.BudgetUndecided,
        BudgetNone = lead.BudgetNone,
        TimelineStart = lead.TimelineStart,
        TimelineUnknown = lead.TimelineUnknown,
        TimelineVague = lead.TimelineVague,
        TimelineText = lead.TimelineText,
    };
}

/// <summary>The Ja/Nein prompt of the privacy commands, read by the understanding layer like every other yes/no in the
/// conversation (everyday replies and the other language's words and buttons: "jo", "passt", "go ahead", "lieber nicht").
/// Erasing is final, so only a sure reading counts; anything else is asked again.</summary>
internal sealed class ReaderConfirmPrompt : ConfirmPrompt
{
    private readonly QualificationServices _services;

    public ReaderConfirmPrompt(string dialogId, QualificationServices services)
        : base(dialogId, defaultLocale: services.Options.DefaultLocale)
    {
        _services = services;
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<bool>();
        var text = turnContext.Activity.Type == ActivityTypes.Message ? (turnContext.Activity.Text ?? "").Trim() : "";
        if (text is "1" or "2")
        {
            // the numbered choices the prompt shows ("(1) Ja oder (2) Nein")
            result.Succeeded = true;
            result.Value = text == "1";
        }
        else if (text.Length > 0 && _services.Reader.ReadYesNo(text, _services.ReadingContextOf(turnContext)) is { Confidence: Understanding.Confidence.High } reading)
        {
            result.Succeeded = true;
            result.Value = reading.Value;
        }

        return Task.FromResult(result);
    }
}
