using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification.Questions;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Runtime.Choices;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The one understanding layer every question uses: a message in, a reading with a confidence out (or none when the
/// message is not an answer to the question). The dialogs act on the confidence (<see cref="Confidence"/>); how a
/// step's answer is read lives here and in <c>Recognition/</c>, so a phrase that is misunderstood is fixed in one place
/// and proven by the phrase corpus in the tests.
/// </summary>
public sealed class AnswerReader
{
    /// <summary>The longest answer a reader reads, in characters. A longer one is not read: every reader returns a low
    /// reading with <see cref="ReadingHints.TooLong"/> so the flow can ask for a shorter answer.</summary>
    public const int MaxAnswerLength = 1000;

    /// <summary>Whether <paramref name="text"/> is longer than <see cref="MaxAnswerLength"/>.</summary>
    public static bool IsTooLong(string? text) => text is not null && text.Length > MaxAnswerLength;

    /// <summary>The message read as the answer to <paramref name="step"/> (a <see cref="QuestionSteps"/> name), or null.</summary>
    public SlotReading? Read(string step, string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var culture = RecognizerCulture.Normalize(context.Locale);
        switch (step)
        {
            case QuestionSteps.Name:
                return NameQuestion.Clean(text) is { } name ? new SlotReading(step, name, Confidence.High, text) : null;
            case QuestionSteps.Email:
                return EmailRecognizer.Find(text, culture) is { } email ? new SlotReading(step, email, Confidence.High, text) : null;
            case QuestionSteps.Company:
                var company = text.Trim();
                return company.Length <= 200 && company.Any(char.IsLetterOrDigit) ? new SlotReading(step, company, Confidence.High, text) : null;
            case QuestionSteps.Phone:
                return PhoneRecognizer.Normalize(text, context.Region == "DE" ? "+49" : "+1") is { } phone
                    ? new SlotReading(step, new PhoneNumberValue(phone, phone), Confidence.High, text)
                    : null;
            case QuestionSteps.Need:
                return ReadChoice(step, text, context.Policy.Needs, context, acceptOwnWords: true);
            case QuestionSteps.Authority:
                return ReadChoice(step, text, context.Policy.Roles, context, acceptOwnWords: false);
            case QuestionSteps.Budget:
                return BudgetRecognizer.Recognize(text, culture, context.Policy.DefaultCurrency) is { } budget
                    ? new SlotReading(step, budget, Confidence.High, text)
                    : null;
            case QuestionSteps.Timeline:
                return TimelineRecognizer.Recognize(text, culture, context.Reference) is { } timeline
                    ? new SlotReading(step, timeline, Confidence.High, text)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A yes or a no (the consent question, "Meinen Sie …?"), or null when the message is neither.</summary>
    public Reading<bool>? ReadYesNo(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return YesNoRecognizer.Recognize(text, RecognizerCulture.Normalize(context.Locale)) is { } yes
            ? new Reading<bool>(yes, Confidence.High, text)
            : null;
    }

    /// <summary>The answer at the summary: confirm, reject, or change one field (with its new value when given).</summary>
    public Reading<SummaryAnswer>? ReadSummary(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReadYesNo(text, context) is { } yes
            ? new Reading<SummaryAnswer>(new SummaryAnswer(yes.Value ? SummaryIntent.Confirm : SummaryIntent.Reject), Confidence.High, text)
            : null;
    }

    /// <summary>Every slot one message fills, for a prospect who answers several questions at once after consent. Only
    /// unambiguous slots for now: an e-mail address.</summary>
    public IReadOnlyList<SlotReading> ReadAll(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<SlotReading>();
        if (Read(QuestionSteps.Email, text, context) is { } email)
        {
            found.Add(email);
        }

        return found;
    }

    private static SlotReading? ReadChoice(string step, string text, IReadOnlyList<AnswerChoice> choices, ReadingContext context, bool acceptOwnWords)
    {
        var language = context.Language;
        var offered = choices.Select(c => new Choice(c.Label(language)) { Synonyms = [.. c.SynonymsFor(language)] }).ToList();
        var matches = ChoiceRecognizers.RecognizeChoices(text, offered, new FindChoicesOptions { Locale = context.Locale });
        if (matches.Count > 0)
        {
            var chosen = choices[matches[0].Resolution.Index];
            return new SlotReading(step, new ChoiceValue(chosen.Key, chosen.Label(language)), Confidence.High, text);
        }

        return acceptOwnWords && text.Count(char.IsLetter) >= 3
            ? new SlotReading(step, new ChoiceValue(null, text.Trim()), Confidence.High, text)
            : null;
    }
}
