using System.Globalization;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using LeadBot.Dialogs.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace LeadBot.Bot.Handoff;

/// <summary>
/// The live chat's step in every prospect turn, before the dialogs run (<see cref="Conversation.LeadBotActivityHandler"/>):
/// one query says whether the conversation has an open live chat. Without one it only notices "talk to a person" (then
/// a request goes to sales; before consent only the contact is offered and nothing is posted). While a person is
/// chatting (or being looked for) the prospect's messages and typing go to them and the dialogs do not run, so their
/// stack stays exactly as it was; only the commands reach the bot: help and show my data are answered here, delete my
/// data and withdraw consent go to the bot (whose erasure ends the chat), cancel and start over end the chat and go to
/// the bot, "Chat beenden" ends it and the bot asks its open question again. The bot's own resume event (sent when a
/// chat ends elsewhere, or nobody accepted) is answered here too. Also records, at most every
/// LiveChat:PresenceWriteSeconds, that a prospect who consented is on the website (what the lead card shows).
/// </summary>
public sealed class LiveChatProspectStep(
    LiveChatStore store,
    LiveChatFlow flow,
    QualificationServices services,
    LeadConversation conversation,
    IOptions<LiveChatOptions> options,
    IOptions<TeamsOptions> teams,
    TimeProvider clock,
    ILogger<LiveChatProspectStep> logger)
{
    private bool Enabled => options.Value.Enabled && teams.Value.IsConfigured;

    /// <summary>"{channelId}/{conversationId}", or null without a conversation.</summary>
    public static string? ConversationKeyOf(IActivity activity) =>
        PersonalDataSubject.ConversationKeyOf(activity.ChannelId, activity.Conversation?.Id);

    /// <summary>Runs before the dialogs; true when the turn is handled (the dialogs must not run).</summary>
    public async Task<bool> OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var key = ConversationKeyOf(activity);
        if (!Enabled || key is null)
        {
            return false;
        }

        if (activity.Type == ActivityTypes.Event && activity.Name == LiveChatConnections.ResumeEventName)
        {
            await OnResumeAsync(turnContext, cancellationToken);
            return true;
        }

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Typing or ActivityTypes.Event or ActivityTypes.ConversationUpdate))
        {
            return false;
        }

        var state = await store.ReadForTurnAsync(key, cancellationToken);
        var handled = activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(turnContext, key, state, cancellationToken),
            ActivityTypes.Typing when state.Open is { Status: LiveChatStatus.Active } active => await RelayTypingAsync(active, cancellationToken),
            _ => false,
        };
        await NotePresenceAsync(turnContext, key, state, cancellationToken);
        return handled;
    }

    private async Task<bool> RelayTypingAsync(LiveChat chat, CancellationToken cancellationToken)
    {
        await flow.RelayTypingFromProspectAsync(chat, cancellationToken);
        return true;
    }

    private async Task<bool> OnMessageAsync(ITurnContext turnContext, string key, ProspectTurnState state, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var command = ConversationCommands.Recognize(activity.Text);
        var language = services.LanguageOf(turnContext);
        var culture = LiveChatText.CultureFor(language);
        var open = state.Open;
        if (open is null)
        {
            if (command != ConversationCommand.TalkToPerson)
            {
                return false;
            }

            await RequestAsync(turnContext, key, state, culture, cancellationToken);
            return true;
        }

        if (open.BotPrompting)
        {
            // The answer to the bot's own question (the erase confirmation) goes to the bot; asked again, the next one too.
            await store.SetBotPromptingAsync(open.Id, false, cancellationToken);
            WatchForBotQuestion(turnContext, open);
            return false;
        }

        var agent = open.AgentName is null ? null : LiveChatText.AgentDisplayName(open.AgentName, culture);
        if (LiveChatText.IsProspectEnd(activity.Text) || command is ConversationCommand.Cancel or ConversationCommand.StartOver)
        {
            var wasRequest = open.Status == LiveChatStatus.Requested;
            await flow.EndAsync(open, wasRequest ? LiveChatFlow.Withdrawn : LiveChatFlow.EndedByProspect, cancellationToken);
            if (command is ConversationCommand.Cancel or ConversationCommand.StartOver)
            {
                return false;
            }

            await SayAsync(turnContext, LiveChatText.Get(wasRequest ? "Prospect.Withdrawn" : "Prospect.Ended.Prospect", culture), cancellationToken);
            await conversation.RepromptAsync(turnContext, cancellationToken);
            return true;
        }

        switch (command)
        {
            case ConversationCommand.Help:
                await SayAsync(turnContext, agent is null
                    ? LiveChatText.Get("Prospect.StillWaiting", culture)
                    : LiveChatText.Format("Prospect.Help", culture, agent), cancellationToken);
                return true;
            case ConversationCommand.TalkToPerson:
                await SayAsync(turnContext, agent is null
                    ? LiveChatText.Get("Prospect.StillWaiting", culture)
                    : LiveChatText.Format("Prospect.AlreadyChatting", culture, agent), cancellationToken);
                return true;
            case ConversationCommand.ShowMyData:
                await PersonalDataRights.ShowAsync(services, turnContext, cancellationToken);
                return true;
            case ConversationCommand.DeleteMyData:
                // The bot asks to confirm; the answer must reach it too.
                WatchForBotQuestion(turnContext, open);
                return false;
            case ConversationCommand.WithdrawConsent:
                return false;
            case ConversationCommand.SwitchToGerman or ConversationCommand.SwitchToEnglish:
                var profile = await services.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
                profile.Locale = command == ConversationCommand.SwitchToGerman ? "de-DE" : "en-US";
                turnContext.Activity.Locale = profile.Locale;
                await SayAsync(turnContext, Texts.Get("Language.Switched", services.LanguageOf(turnContext)), cancellationToken);
                return true;
        }

        var answers = await services.GetAnswersAsync(turnContext, cancellationToken);
        var name = ProspectSummary.FromJson(open.SummaryJson).Name ?? answers.Name ?? LiveChatText.Get("Prospect.Name", LiveChatText.CultureFor(teams.Value.CardLanguage));
        if (!await flow.RelayFromProspectAsync(open, activity, name, cancellationToken))
        {
            await SayAsync(turnContext, LiveChatText.Get("Prospect.Undelivered", culture), cancellationToken);
        }

        return true;
    }

    /// <summary>While a chat is open the bot asks only one question of its own, the erase confirmation: when this turn
    /// sends it (first time or again), the prospect's next message goes to the bot, not to the person.</summary>
    private void WatchForBotQuestion(ITurnContext turnContext, LiveChat open) =>
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            if (activities.Any(a => QuestionActivity.StepOf(a) == EraseDataDialog.Step))
            {
                await store.SetBotPromptingAsync(open.Id, true, CancellationToken.None);
            }

            return await next();
        });

    /// <summary>"Talk to a person": with consent, a request to sales with what is known so far; before consent only the
    /// contact (nothing is posted), and the open question again.</summary>
    private async Task RequestAsync(ITurnContext turnContext, string key, ProspectTurnState state, CultureInfo culture, CancellationToken cancellationToken)
    {
        var answers = await services.GetAnswersAsync(turnContext, cancellationToken);
        var userKey = QualificationServices.UserKeyOf(turnContext);
        var consented = services.HasCurrentConsent(answers);
        Lead? lead = null;
        if (!consented)
        {
            lead = await LeadOfAsync(turnContext, cancellationToken);
            consented = lead is not null;
        }

        if (!consented)
        {
            await SayAsync(turnContext, LiveChatText.Format("Prospect.NeedsConsent", culture, services.Options.SalesContact), cancellationToken);
            await conversation.RepromptAsync(turnContext, cancellationToken);
            return;
        }

        var prospect = ChatOf(turnContext, key, userKey);
        await store.TouchAsync(prospect, state.LastSeenAt is not null, cancellationToken);
        var cardCulture = TeamsMessages.CultureFor(teams.Value.CardLanguage);
        var summary = answers.Answered.Count > 0 || lead is null
            ? SummaryOf(answers, cardCulture, services.Policy)
            : LiveChatFlow.SummaryOf(lead, cardCulture);
        var reply = await flow.RequestAsync(prospect, summary, culture, services.Options.SalesContact, cancellationToken);
        await SayAsync(turnContext, reply, cancellationToken);
    }

    /// <summary>The bot takes over again after a live chat (ended from Teams, for inactivity, or nobody accepted): says
    /// why, then asks its open question again; the dialog stack is as it was.</summary>
    private async Task OnResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var culture = LiveChatText.CultureFor(services.LanguageOf(turnContext));
        ResumeReason? reason;
        try
        {
            reason = JsonConvert.DeserializeObject<ResumeReason>(turnContext.Activity.Value as string ?? "");
        }
        catch (JsonException)
        {
            reason = null;
        }

        string text;
        switch (reason?.Why)
        {
            case LiveChatFlow.EndedBySales:
                text = LiveChatText.Format("Prospect.Ended.Sales", culture, reason.Name ?? "?");
                break;
            case LiveChatFlow.EndedIdle:
                text = LiveChatText.Get("Prospect.Ended.Idle", culture);
                break;
            case LiveChatFlow.EndedTimeout:
                text = await TimedOutTextAsync(turnContext, culture, cancellationToken);
                break;
            default:
                logger.LogWarning("Ignored a live chat resume event without a known reason.");
                return;
        }

        await SayAsync(turnContext, text, cancellationToken);
        await conversation.RepromptAsync(turnContext, cancellationToken);
    }

    /// <summary>The apology with the callback offer: during the questions the answers stay and the bot goes on collecting
    /// the contact (or names the phone already given); after a stored lead, where sales will get in touch.</summary>
    private async Task<string> TimedOutTextAsync(ITurnContext turnContext, CultureInfo culture, CancellationToken cancellationToken)
    {
        var answers = await services.GetAnswersAsync(turnContext, cancellationToken);
        if (services.HasCurrentConsent(answers))
        {
            var phone = answers.PhoneDisplay ?? answers.Phone;
            return phone is null
                ? LiveChatText.Get("Prospect.TimedOut", culture)
                : LiveChatText.Format("Prospect.TimedOutKnown", culture, phone);
        }

        var lead = await LeadOfAsync(turnContext, cancellationToken);
        var contact = lead?.PhoneDisplay ?? lead?.Phone ?? lead?.Email;
        return contact is not null
            ? LiveChatText.Format("Prospect.TimedOutLead", culture, contact)
            : LiveChatText.Get("Prospect.TimedOut", culture);
    }

    /// <summary>Records that the prospect is here (at most every PresenceWriteSeconds); a conversation is only recorded
    /// once the prospect consented.</summary>
    private async Task NotePresenceAsync(ITurnContext turnContext, string key, ProspectTurnState state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (state.LastSeenAt is { } seen && seen > now.AddSeconds(-options.Value.PresenceWriteSeconds))
        {
            return;
        }

        if (state.LastSeenAt is null)
        {
            var answers = await services.GetAnswersAsync(turnContext, cancellationToken);
            if (!services.HasCurrentConsent(answers))
            {
                return;
            }
        }

        await store.TouchAsync(ChatOf(turnContext, key, QualificationServices.UserKeyOf(turnContext)), state.LastSeenAt is not null, cancellationToken);
    }

    private ProspectChat ChatOf(ITurnContext turnContext, string key, string userKey)
    {
        var now = clock.GetUtcNow();
        var reference = turnContext.Activity.GetConversationReference();
        reference.ActivityId = null;
        return new ProspectChat
        {
            ConversationKey = key,
            UserKey = userKey,
            ReferenceJson = LiveChatConnections.Serialize(reference),
            Locale = SupportedLanguages.CultureOf(services.LanguageOf(turnContext)),
            CreatedAt = now,
            LastSeenAt = now,
        };
    }

    /// <summary>The prospect's latest lead, as far as this turn may reach it: any of a proven visitor's, otherwise only the
    /// one stored from this conversation (a borrowed user id must not reveal someone else's contact).</summary>
    private async Task<Lead?> LeadOfAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var subject = await services.SubjectAsync(turnContext, cancellationToken);
        var found = await services.PersonalData.FindAsync(subject, cancellationToken);
        return found.OrderByDescending(l => l.UpdatedAt).FirstOrDefault();
    }

    /// <summary>The answers given so far, as the request card shows them (in the card language).</summary>
    private static ProspectSummary SummaryOf(QualificationAnswers answers, CultureInfo cardCulture, QualificationPolicy policy)
    {
        var language = cardCulture.TwoLetterISOLanguageName;
        var rows = new List<SummaryRow>();
        foreach (var (slot, label) in new[]
                 {
                     (QuestionSteps.Email, "Card.Email"), (QuestionSteps.Phone, "Card.Phone"), (QuestionSteps.Need, "Card.Need"),
                     (QuestionSteps.Authority, "Card.Role"), (QuestionSteps.Budget, "Card.Budget"), (QuestionSteps.Timeline, "Card.Timeline"),
                 })
        {
            if (AnswerSlots.Show(answers, slot, language, policy) is { Length: > 0 } value)
            {
                rows.Add(new SummaryRow(TeamsMessages.Get(label, cardCulture), value));
            }
        }

        return new ProspectSummary(AnswerSlots.Show(answers, QuestionSteps.Name, language, policy), AnswerSlots.Show(answers, QuestionSteps.Company, language, policy), rows);
    }

    private static Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(QuestionActivity.Say(text), cancellationToken);
}
