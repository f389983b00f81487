using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification;

/// <summary>What the qualification dialogs share: the state they read and write, the configuration, the scorer and
/// the place leads are stored.</summary>
public sealed class QualificationServices
{
    public QualificationServices(ConversationState conversationState, UserState userState, ConversationOptions options,
        QualificationPolicy policy, LeadScorer scorer, ILeadRepository leads, IPersonalDataStore personalData, TimeProvider clock)
    {
        ConversationState = conversationState;
        UserState = userState;
        PersonalData = personalData;
        // The answers belong to the person (user state) when the host proved who the person is, so a returning prospect
        // continues where they stopped; otherwise to the conversation, so an id someone else claims reaches nothing.
        // The dialog stack always belongs to the conversation.
        Answers = new VisitorScopedProperty<QualificationAnswers>(
            userState.CreateProperty<QualificationAnswers>(nameof(QualificationAnswers)),
            conversationState.CreateProperty<QualificationAnswers>(nameof(QualificationAnswers)));
        Profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        Options = options;
        Policy = policy;
        Scorer = scorer;
        Leads = leads;
        Clock = clock;
    }

    public ConversationState ConversationState { get; }
    public UserState UserState { get; }
    public IPersonalDataStore PersonalData { get; }
    public IStatePropertyAccessor<QualificationAnswers> Answers { get; }
    public IStatePropertyAccessor<ConversationProfile> Profile { get; }
    public ConversationOptions Options { get; }
    public QualificationPolicy Policy { get; }
    public LeadScorer Scorer { get; }
    public ILeadRepository Leads { get; }
    public TimeProvider Clock { get; }

    /// <summary>The conversation's language this turn: the activity's locale (which a language switch overrides), else the default.</summary>
    public string LanguageOf(ITurnContext turnContext) => SupportedLanguages.Of(turnContext.Activity.Locale, Options.DefaultLanguage);

    /// <summary>Whose stored requests the in-chat privacy commands reach: every request of a proven visitor (by channel
    /// and user id), otherwise only the request stored from this conversation. Never by an e-mail address typed in the
    /// chat, which proves nothing; requests by e-mail go through the admin API.</summary>
    public async Task<PersonalDataSubject> SubjectAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (VisitorIdentity.Of(turnContext).IsProven)
        {
            return new PersonalDataSubject(UserKeyOf(turnContext), null);
        }

        var profile = await Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        return new PersonalDataSubject(null, null, profile.LeadId);
    }

    public static string UserKeyOf(ITurnContext turnContext) => $"{turnContext.Activity.ChannelId}:{turnContext.Activity.From?.Id}";

    /// <summary>Consent counts only for the consent text currently shown; a changed text is asked for again.</summary>
    public bool HasCurrentConsent(QualificationAnswers answers) =>
        answers.Consent is { } consent && consent.TextVersion == Options.ConsentVersion;

    public Task<QualificationAnswers> GetAnswersAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Answers.GetAsync(turnContext, () => new QualificationAnswers(), cancellationToken);
}
