using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification;

/// <summary>What the qualification dialogs share: the state they read and write, the configuration, the scorer and
/// the place leads are stored.</summary>
public sealed class QualificationServices
{
    public QualificationServices(ConversationState conversationState, ConversationOptions options, QualificationPolicy policy,
        LeadScorer scorer, ILeadRepository leads, TimeProvider clock)
    {
        Answers = conversationState.CreateProperty<QualificationAnswers>(nameof(QualificationAnswers));
        Profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        Options = options;
        Policy = policy;
        Scorer = scorer;
        Leads = leads;
        Clock = clock;
    }

    public IStatePropertyAccessor<QualificationAnswers> Answers { get; }
    public IStatePropertyAccessor<ConversationProfile> Profile { get; }
    public ConversationOptions Options { get; }
    public QualificationPolicy Policy { get; }
    public LeadScorer Scorer { get; }
    public ILeadRepository Leads { get; }
    public TimeProvider Clock { get; }

    /// <summary>The conversation's language this turn: the activity's locale (which a language switch overrides), else the default.</summary>
    public string LanguageOf(ITurnContext turnContext) => SupportedLanguages.Of(turnContext.Activity.Locale, Options.DefaultLanguage);

    public Task<QualificationAnswers> GetAnswersAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Answers.GetAsync(turnContext, () => new QualificationAnswers(), cancellationToken);
}
