using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace LeadBot.Dialogs.Qualification;

/// <summary>What the qualification dialogs share: the state they read and write, the configuration, the reader of
/// answers, the scorer and the place leads are stored.</summary>
public sealed class QualificationServices
{
    public QualificationServices(ConversationState conversationState, UserState userState, ConversationOptions options,
        IQualificationPolicySource policies, ILeadRepository leads, IPersonalDataStore personalData, TimeProvider clock,
        AnswerReader reader)
    {
        Reader = reader;
        ConversationState = conversationState;
        UserState = userState;
        PersonalData = personalData;
        // The answers belong to the person (user state), so a prospect who returns in a new conversation on the same
        // channel continues where they stopped; the dialog stack belongs to the conversation.
        Answers = userState.CreateProperty<QualificationAnswers>(nameof(QualificationAnswers));
        Profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        Options = options;
        _policies = policies;
        Leads = leads;
        Clock = clock;
    }

    public ConversationState ConversationState { get; }
    public UserState UserState { get; }
    public IPersonalDataStore PersonalData { get; }
    public IStatePropertyAccessor<QualificationAnswers> Answers { get; }
    public IStatePropertyAccessor<ConversationProfile> Profile { get; }
    public ConversationOptions Options { get; }
    private readonly IQualificationPolicySource _policies;

    /// <summary>The policy in force now (a new version applies from the next read on; see <see cref="IQualificationPolicySource"/>).</summary>
    public QualificationPolicy Policy => _policies.Current.Policy;

    /// <summary>The scorer of the policy in force; its results carry the policy's version.</summary>
    public LeadScorer Scorer => _policies.Current.Scorer;
    public ILeadRepository Leads { get; }
    public TimeProvider Clock { get; }
    public AnswerReader Reader { get; }

    /// <summary>What the reader needs besides the text: the chat's locale (after a language switch), the time the prospect
    /// wrote (for relative dates) and the policy.</summary>
    public ReadingContext ReadingContextOf(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var locale = string.IsNullOrWhiteSpace(activity.Locale) ? Options.DefaultLocale : activity.Locale;
        var reference = activity.LocalTimestamp?.DateTime ?? activity.Timestamp?.UtcDateTime ?? Clock.GetLocalNow().DateTime;
        return new ReadingContext(locale, reference, Policy);
    }

    /// <summary>
    /// Every slot a message fills, read for the question <paramref name="step"/>: the other slots
    /// <see cref="AnswerReader.ReadAll"/> finds, and this question's answer read by the question's own reader from what
    /// is left of the message once the other slots' words are taken out (so "Acme GmbH, max@acme.de" at the company
    /// question is the company "Acme GmbH" and an e-mail, not a company named with the address). Only when the
    /// question's reader finds nothing does a <see cref="AnswerReader.ReadAll"/> reading of this question count. Only the
    /// words of high readings are taken out.
    /// </summary>
    public AnswerReadings ReadAnswer(ITurnContext turnContext, string step, string text)
    {
        var context = ReadingContextOf(turnContext);
        var all = Reader.ReadAll(text, context);
        var rest = text;
        foreach (var other in all)
        {
            // Only words surely about another slot are taken out; an unsure reading's words stay for this question.
            if (other.Slot == step || other.Confidence != Confidence.High || string.IsNullOrEmpty(other.Evidence))
            {
                continue;
            }

            var at = rest.IndexOf(other.Evidence, StringComparison.Ordinal);
            rest = at < 0 ? rest : string.Concat(rest.AsSpan(0, at), " ", rest.AsSpan(at + other.Evidence.Length));
        }

        rest = rest.Trim().Trim(',', ';').Trim();
        var own = rest.Length == 0 || !rest.Any(char.IsLetterOrDigit) ? null : Reader.Read(step, rest, context);
        var readings = new List<SlotReading>(all.Count + 1);
        if (own is not null && (own.Confidence != Confidence.Low || !all.Any(r => r.Slot == step)))
        {
            readings.Add(own);
            readings.AddRange(all.Where(r => r.Slot != step));
        }
        else
        {
            readings.AddRange(all);
        }

        return new AnswerReadings(readings, rest);
    }

    /// <summary>The conversation's language this turn: the activity's locale (which a language switch overrides), else the default.</summary>
    public string LanguageOf(ITurnContext turnContext) => SupportedLanguages.Of(turnContext.Activity.Locale, Options.DefaultLanguage);

    /// <summary>The person this chat is with, for the data-subject rights: channel and user id, and the e-mail once given.</summary>
    public async Task<PersonalDataSubject> SubjectAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var answers = await GetAnswersAsync(turnContext, cancellationToken);
        return new PersonalDataSubject(UserKeyOf(turnContext), answers.Email);
    }

    public static string UserKeyOf(ITurnContext turnContext) => $"{turnContext.Activity.ChannelId}:{turnContext.Activity.From?.Id}";

    /// <summary>Consent counts only for the consent text currently shown; a changed text is asked for again.</summary>
    public bool HasCurrentConsent(QualificationAnswers answers) =>
        answers.Consent is { } consent && consent.TextVersion == Options.ConsentVersion;

    public Task<QualificationAnswers> GetAnswersAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Answers.GetAsync(turnContext, () => new QualificationAnswers(), cancellationToken);
}

/// <summary>The readings of one message at a question, and the part of it left for the question itself (the message
/// without the other slots' words), which is kept verbatim where an answer is kept in the prospect's words.</summary>
public sealed record AnswerReadings(IReadOnlyList<SlotReading> Readings, string OwnText);
