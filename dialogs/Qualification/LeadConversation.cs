using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Runtime;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// Runs one turn of the qualification conversation: the welcome, the commands a prospect may say at any point (help,
/// cancel, start over, switch language) and otherwise the dialog stack. The caller saves the conversation state after
/// the turn; a turn that throws saves nothing, so the prospect stays at the same question.
/// </summary>
public sealed class LeadConversation
{
    private readonly QualificationServices _services;
    private readonly DialogSet _dialogs;
    private readonly QualificationDialog _root;

    public LeadConversation(ConversationState conversationState, QualificationServices services, QualificationDialog root)
    {
        _services = services;
        _root = root;
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(nameof(DialogState)));
        _dialogs.Add(root);
        _dialogs.Add(new EraseDataDialog(services));
    }

    /// <summary>Applies the language the prospect chose earlier to this turn's activity, so prompts and recognizers use it.</summary>
    public async Task ApplyLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _services.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        if (profile.Locale is not null)
        {
            turnContext.Activity.Locale = profile.Locale;
        }
    }

    /// <summary>The conversation opened (the user joined, or the website's join event): welcome and the first question.</summary>
    public async Task StartAsync(ITurnContext turnContext, LeadSource? source, CancellationToken cancellationToken)
    {
        var profile = await _services.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        if (source is not null)
        {
            profile.Source = source;
        }

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        var language = _services.LanguageOf(turnContext);
        if (profile.Welcomed && dc.ActiveDialog is not null)
        {
            // Already open: a channel that announces the user and also sends the page's join event (Azure Direct Line),
            // or Web Chat reconnecting to the same conversation, whose transcript the prospect still sees.
            return;
        }

        if (dc.ActiveDialog is not null)
        {
            // The conversation was open before this bot knew it had welcomed (state from an older release): pick up there.
            profile.Welcomed = true;
            await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Get("WelcomeBack", language)), cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        await WelcomeAsync(turnContext, profile, language, cancellationToken);
        await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
    }

    public async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _services.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        var command = ConversationCommands.Recognize(turnContext.Activity.Text);
        if (command is ConversationCommand.SwitchToGerman or ConversationCommand.SwitchToEnglish)
        {
            profile.Locale = command == ConversationCommand.SwitchToGerman ? "de-DE" : "en-US";
            turnContext.Activity.Locale = profile.Locale;
        }

        var language = _services.LanguageOf(turnContext);
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (!profile.Welcomed)
        {
            await WelcomeAsync(turnContext, profile, language, cancellationToken);
            if (command == ConversationCommand.None)
            {
                // The first message of a conversation that was never opened: it is a greeting, not an answer.
                await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
                return;
            }
        }

        switch (command)
        {
            case ConversationCommand.Help:
                await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Get("Help", language)), cancellationToken);
                await RepromptOrBeginAsync(dc, cancellationToken);
                return;

            case ConversationCommand.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await _services.Answers.DeleteAsync(turnContext, cancellationToken);
                await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Get("Cancelled", language)), cancellationToken);
                return;

            case ConversationCommand.StartOver:
            {
                var answers = await _services.GetAnswersAsync(turnContext, cancellationToken);
                var consent = answers.Consent;
                await dc.CancelAllDialogsAsync(cancellationToken);
                await _services.Answers.SetAsync(turnContext, new QualificationAnswers { Consent = consent }, cancellationToken);
                await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Get("Restarted", language)), cancellationToken);
                await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
                return;
            }

            case ConversationCommand.ShowMyData:
                await PersonalDataRights.ShowAsync(_services, turnContext, cancellationToken);
                if (dc.ActiveDialog is not null)
                {
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return;

            case ConversationCommand.DeleteMyData:
                if (dc.ActiveDialog?.Id != nameof(EraseDataDialog))
                {
                    await dc.BeginDialogAsync(nameof(EraseDataDialog), null, cancellationToken);
                }

                return;

            case ConversationCommand.WithdrawConsent:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await PersonalDataRights.WithdrawAsync(_services, turnContext, cancellationToken);
                return;

            case ConversationCommand.SwitchToGerman:
            case ConversationCommand.SwitchToEnglish:
                // Answers, the open question, its attempts and an unconfirmed reading all stay; the dialogs render their
                // texts when they send them, so the open prompt is simply sent again in the new language.
                await turnContext.SendActivityAsync(QuestionActivity.Say(Texts.Get("Language.Switched", language)), cancellationToken);
                await RepromptOrBeginAsync(dc, cancellationToken);
                return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
        }
    }

    /// <summary>Asks the open question again (after a person chatted with the prospect, or the bot's own interruption);
    /// nothing when the conversation has no open dialog (the lead was stored, or it never started). The dialog stack
    /// is exactly as it was.</summary>
    public async Task RepromptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private async Task WelcomeAsync(ITurnContext turnContext, ConversationProfile profile, string language, CancellationToken cancellationToken)
    {
        profile.Welcomed = true;
        var answers = await _services.GetAnswersAsync(turnContext, cancellationToken);
        var returning = answers.HasConsent && answers.Answered.Count > 0;
        var text = returning
            ? Texts.Format("WelcomeBack.Returning", language, _services.Options.CompanyName)
            : Texts.Format("Welcome", language, _services.Options.CompanyName);
        await turnContext.SendActivityAsync(QuestionActivity.Say(text), cancellationToken);
    }

    private async Task RepromptOrBeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }
}
