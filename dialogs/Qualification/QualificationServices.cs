using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
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
        // The answers belong to the person (user state) when the host proved who the person is, so a returning prospect
        // continues where they stopped; otherwise to the conversation, so an id someone else claims reaches nothing.
        // The dialog stack always belongs to the conversation.
        Answers = new VisitorScopedProperty<QualificationAnswers>(
            userState.CreateProperty<QualificationAnswers>(nameof(QualificationAnswers)),
            conversationState.CreateProperty<QualificationAnswers>(nameof(QualificationAnswers)));
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
        var locale = string.IsNullOrWhiteSpace(activity.Locale) ? Options.DefaultLocale : activity.Locale.Trim();
        if (locale.IndexOfAny(['-', '_']) < 0 && Options.DefaultRegion is { } region)
        {
            // "de" names no country: national phone numbers are read as the configured calling code's.
            locale = locale + "-" + region;
        }

        var reference = activity.LocalTimestamp?.DateTime ?? activity.Timestamp?.UtcDateTime ?? Clock.GetLocalNow().DateTime;
        return new ReadingContext(locale, reference, Policy);
    }

    /// <summary>
    /// Every slot a message fills, read for the question <paramref name="step"/>. <see cref="AnswerReader.ReadAll"/>
    /// reads the message as a whole (it knows "von der Acme GmbH" is a company, not a name); when it finds no answer to
    /// this question, the question's own reader (<see cref="AnswerReader.Read"/>, which also takes a bare answer such as
    /// "Erika Musterfrau" or "die zweite") reads what is left once the words of the other slots' readings are taken out,
    /// so "Acme GmbH, max@acme.de" at the company question is the company "Acme GmbH" and an e-mail.
    /// </summary>
    /// <param name="knownName">The name the prospect already gave (a company question answered with it is asked again).</param>
    public AnswerReadings ReadAnswer(ITurnContext turnContext, string step, string text, string? knownName = null)
    {
        var read = ReadAnswerOf(turnContext, step, text, knownName);
        if (step is QuestionSteps.Name or QuestionSteps.Company && IsButtonLabel(ConversationCommands.Normalize(text)))
        {
            // A button of another question clicked on an earlier card ("Etwas ändern", "Don't know yet") is no name or
            // company, only what it answers elsewhere.
            return read with { Readings = [.. read.Readings.Where(r => r.Slot != step)] };
        }

        return read;
    }

    private static readonly string[] ButtonKeys =
    [
        "Consent.Yes", "Consent.No", "Phone.SkipButton", "Timeline.Suggestions", "GiveUp.Skip", "GiveUp.Person",
        "GiveUp.TryAgain", "Summary.Confirm", "Summary.ChangeButton", "Summary.AllCorrect", "Check.Yes", "Check.No",
        .. QuestionSteps.Questions.Select(step => "Summary.Change." + step),
    ];

    /// <summary>Whether the normalized reply is the label of one of the bot's buttons, of any question and in either
    /// language, including the need and role buttons the policy configures.</summary>
    private bool IsButtonLabel(string normalized)
    {
        if (ReplyPhrases.MatchesAny(normalized, ButtonKeys))
        {
            return true;
        }

        foreach (var choice in Policy.Needs.Concat(Policy.Roles))
        {
            foreach (var label in choice.Labels.Values)
            {
                if (ConversationCommands.Normalize(label) == normalized)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private AnswerReadings ReadAnswerOf(ITurnContext turnContext, string step, string text, string? knownName)
    {
        var context = ReadingContextOf(turnContext) with { KnownName = knownName };
        var all = Reader.ReadAll(text, context);
        var answered = all.Any(r => r.Slot == step);

        // For the need kept verbatim: the message without the words that surely answer other questions.
        var own = Without(text, all, step, onlyHigh: true);
        if (answered)
        {
            var mine = all.First(r => r.Slot == step);
            if (mine.Confidence != Confidence.High && Reader.Read(step, text, context) is { Confidence: Confidence.High } sure && SameValue(sure.Value, mine.Value))
            {
                // "50k" beside nothing else is unsure as one of several answers, sure as the answer to the budget question
                return new AnswerReadings([sure, .. all.Where(r => r.Slot != step)], own);
            }

            return new AnswerReadings(all, own);
        }

        if (!all.Any(r => r.Confidence == Confidence.High))
        {
            // Nothing else is sure: a sure reading of the whole message as this question's answer wins over unsure
            // fragments ("Ursula von der Leyen" at the name question, not "Ursula von der" without the company "Leyen").
            var whole = Reader.Read(step, text, context);
            if (whole is { Confidence: Confidence.High, Value: not ChoiceValue { Key: null } })
            {
                return new AnswerReadings([whole, .. all], text);
            }
        }

        var rest = Without(text, all, step, onlyHigh: false);
        var reading = rest.Length == 0 || !rest.Any(char.IsLetterOrDigit) ? null : Reader.Read(step, rest, context);
        if (reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: null } } && all.Count > 0)
        {
            // Own words from what is left of a message that answered other questions ("Budget ca." once "50.000 €" is
            // taken) may be a fragment, not a need: confirmed, never taken silently.
            reading = reading with { Confidence = Confidence.Medium };
        }

        return reading is null ? new AnswerReadings(all, own) : new AnswerReadings([reading, .. all], rest);
    }

    private static bool SameValue(object a, object b) => (a, b) switch
    {
        (BudgetEstimate x, BudgetEstimate y) => x.Minimum == y.Minimum && x.Maximum == y.Maximum && x.Currency == y.Currency &&
                                                x.Period == y.Period && x.IsNone == y.IsNone && x.IsUndecided == y.IsUndecided && x.IsUnknown == y.IsUnknown,
        (TimelineEstimate x, TimelineEstimate y) => x.Start == y.Start && x.End == y.End && x.IsVague == y.IsVague && x.IsUnknown == y.IsUnknown,
        (ChoiceValue x, ChoiceValue y) => x.Key is not null && x.Key == y.Key,
        _ => Equals(a, b),
    };

    /// <summary>The message with the evidence of the other slots' readings (only the high ones, or all) taken out.</summary>
    private static string Without(string text, IReadOnlyList<SlotReading> readings, string step, bool onlyHigh)
    {
        var rest = text;
        foreach (var other in readings)
        {
            if (other.Slot == step || (onlyHigh && other.Confidence != Confidence.High) || string.IsNullOrEmpty(other.Evidence))
            {
                continue;
            }

            var at = rest.IndexOf(other.Evidence, StringComparison.Ordinal);
            rest = at < 0 ? rest : string.Concat(rest.AsSpan(0, at), " ", rest.AsSpan(at + other.Evidence.Length));
        }

        return rest.Trim().Trim(',', ';').Trim();
    }

    /// <summary>The conversation's language this turn: the activity's locale (which a language switch overrides), else the default.</summary>
    public string LanguageOf(ITurnContext turnContext) => SupportedLanguages.Of(turnContext.Activity.Locale, Options.DefaultLanguage);

    /// <summary>Whose stored data the in-chat privacy commands reach: everything of a proven visitor (by channel and user
    /// id) and of this conversation; otherwise only what this conversation stored (its request, its live chats). Never by
    /// an e-mail address typed in the chat, which proves nothing; requests by e-mail go through the admin API.</summary>
    public async Task<PersonalDataSubject> SubjectAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversation = PersonalDataSubject.ConversationKeyOf(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id);
        if (VisitorIdentity.Of(turnContext).IsProven)
        {
            return new PersonalDataSubject(UserKeyOf(turnContext), null, null, conversation);
        }

        var profile = await Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        return new PersonalDataSubject(null, null, profile.LeadId, conversation);
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
