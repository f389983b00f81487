using System.Globalization;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Resources;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Qualification;

/// <summary>
/// The one place that turns a reading into stored answers and stored answers into what the prospect sees. Every path
/// that takes an answer (a question, several slots in one message, a confirmed reading, a correction at the summary)
/// writes through <see cref="Take"/>, and the summary, the confirmation line and "show my data" all show a slot through
/// <see cref="Show"/>, so an answer reads the same wherever it appears.
/// </summary>
public static class AnswerSlots
{
    /// <summary>Longest text kept verbatim for sales (the need in the prospect's own words); longer answers never reach it.</summary>
    private const int MaxVerbatimLength = 1000;

    /// <summary>Whether the reading carries a value the slot can store (a too-long answer or a foreign value carries none).</summary>
    public static bool CanTake(SlotReading reading) =>
        reading.Value is not TooLongAnswer && reading.Slot switch
        {
            QuestionSteps.Name or QuestionSteps.Email or QuestionSteps.Company => reading.Value is string s && !string.IsNullOrWhiteSpace(s),
            QuestionSteps.Phone => reading.Value is PhoneNumberValue,
            QuestionSteps.Need or QuestionSteps.Authority => reading.Value is ChoiceValue c && !string.IsNullOrWhiteSpace(c.Text),
            QuestionSteps.Budget => reading.Value is BudgetEstimate,
            QuestionSteps.Timeline => reading.Value is TimelineEstimate,
            _ => false,
        };

    /// <summary>Replaces the slot's answer with the reading's value and marks the question answered. False (and nothing
    /// changed) when the reading carries no value for the slot.</summary>
    /// <param name="answerText">The prospect's answer to this slot's own question, kept verbatim for the need; without
    /// it (a slot found in a message for another question) the words the reading was read from.</param>
    public static bool Take(QualificationAnswers answers, SlotReading reading, string language, QualificationPolicy policy, string? answerText = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(reading);
        if (!CanTake(reading))
        {
            return false;
        }

        answers.Forget(reading.Slot);
        switch (reading.Value)
        {
            case string text when reading.Slot == QuestionSteps.Name:
                answers.Name = text.Trim();
                break;
            case string text when reading.Slot == QuestionSteps.Email:
                answers.Email = text.Trim();
                break;
            case string text when reading.Slot == QuestionSteps.Company:
                answers.Company = text.Trim();
                break;
            case PhoneNumberValue phone:
                answers.Phone = phone.E164;
                answers.PhoneDisplay = string.IsNullOrWhiteSpace(phone.Display) ? phone.E164 : phone.Display;
                break;
            case ChoiceValue need when reading.Slot == QuestionSteps.Need:
                var chosenNeed = policy.FindNeed(need.Key);
                answers.NeedKey = chosenNeed?.Key;
                answers.NeedText = chosenNeed?.Label(language) ?? need.Text.Trim();
                answers.NeedVerbatim = Verbatim(answerText ?? reading.Evidence, need.Text);
                break;
            case ChoiceValue role:
                var chosenRole = policy.FindRole(role.Key);
                answers.AuthorityKey = chosenRole?.Key;
                answers.AuthorityText = chosenRole?.Label(language) ?? role.Text.Trim();
                break;
            case BudgetEstimate budget:
                answers.BudgetUnknown = budget.IsUnknown;
                answers.BudgetUndecided = budget.IsUndecided;
                answers.BudgetNone = budget.IsNone;
                if (budget.HasAmount)
                {
                    answers.BudgetAmount = budget.Amount;
                    answers.BudgetMinimum = budget.Minimum;
                    answers.BudgetMaximum = budget.Maximum;
                    answers.BudgetCurrency = budget.Currency ?? policy.DefaultCurrency;
                    answers.BudgetPeriod = budget.Period switch
                    {
                        BudgetPeriod.Month => PaymentPeriod.Month,
                        BudgetPeriod.Quarter => PaymentPeriod.Quarter,
                        BudgetPeriod.Year => PaymentPeriod.Year,
                        _ => null,
                    };
                }

                answers.BudgetText = budget.Text;
                break;
            case TimelineEstimate timeline:
                answers.TimelineStart = timeline.Start;
                answers.TimelineTimex = timeline.Timex;
                answers.TimelineUnknown = timeline.IsUnknown;
                answers.TimelineVague = timeline.IsVague;
                answers.TimelineText = timeline.Text;
                break;
        }

        answers.MarkAnswered(reading.Slot);
        return true;
    }

    /// <summary>Copies one slot's answer from <paramref name="from"/> (a staged reading) into <paramref name="to"/>.</summary>
    public static void Copy(QualificationAnswers from, QualificationAnswers to, string slot)
    {
        to.Forget(slot);
        switch (slot)
        {
            case QuestionSteps.Name: to.Name = from.Name; break;
            case QuestionSteps.Email: to.Email = from.Email; break;
            case QuestionSteps.Company: to.Company = from.Company; break;
            case QuestionSteps.Phone: to.Phone = from.Phone; to.PhoneDisplay = from.PhoneDisplay; break;
            case QuestionSteps.Need: to.NeedKey = from.NeedKey; to.NeedText = from.NeedText; to.NeedVerbatim = from.NeedVerbatim; break;
            case QuestionSteps.Authority: to.AuthorityKey = from.AuthorityKey; to.AuthorityText = from.AuthorityText; break;
            case QuestionSteps.Budget:
                to.BudgetAmount = from.BudgetAmount;
                to.BudgetMinimum = from.BudgetMinimum;
                to.BudgetMaximum = from.BudgetMaximum;
                to.BudgetCurrency = from.BudgetCurrency;
                to.BudgetPeriod = from.BudgetPeriod;
                to.BudgetUnknown = from.BudgetUnknown;
                to.BudgetUndecided = from.BudgetUndecided;
                to.BudgetNone = from.BudgetNone;
                to.BudgetText = from.BudgetText;
                break;
            case QuestionSteps.Timeline:
                to.TimelineStart = from.TimelineStart;
                to.TimelineTimex = from.TimelineTimex;
                to.TimelineUnknown = from.TimelineUnknown;
                to.TimelineVague = from.TimelineVague;
                to.TimelineText = from.TimelineText;
                break;
        }

        to.MarkAnswered(slot);
    }

    /// <summary>The slot's answer as the prospect reads it, or null when there is none. A configured need or role is
    /// shown by its label in <paramref name="language"/> (the chat may have switched language since it was chosen).</summary>
    public static string? Show(QualificationAnswers a, string slot, string language, QualificationPolicy policy)
    {
        var culture = Texts.CultureFor(language);
        return slot switch
        {
            QuestionSteps.Name => Blank(a.Name),
            QuestionSteps.Email => Blank(a.Email),
            QuestionSteps.Company => Blank(a.Company),
            QuestionSteps.Phone => Blank(a.PhoneDisplay) ?? Blank(a.Phone),
            QuestionSteps.Need => policy.FindNeed(a.NeedKey)?.Label(language) ?? Blank(a.NeedText),
            QuestionSteps.Authority => policy.FindRole(a.AuthorityKey)?.Label(language) ?? Blank(a.AuthorityText),
            QuestionSteps.Budget => ShowBudget(a, language, culture),
            QuestionSteps.Timeline => ShowTimeline(a, language, culture),
            _ => null,
        };
    }

    /// <summary>The slot's name in a sentence ("Danke, notiert: Name, E-Mail").</summary>
    public static string FieldName(string slot, string language) => Texts.Get("Field." + slot, language);

    /// <summary>The budget as a figure: "50.000 EUR", "20.000–50.000 EUR", "5.000 EUR pro Monat"; null without an amount.</summary>
    public static string? FormatBudget(QualificationAnswers a, CultureInfo culture)
    {
        if (a.BudgetAmount is null)
        {
            return null;
        }

        var currency = a.BudgetCurrency ?? "";
        var amount = a.BudgetMinimum is { } min && a.BudgetMaximum is { } max && min != max
            ? $"{min.ToString("N0", culture)}–{max.ToString("N0", culture)} {currency}".Trim()
            : $"{a.BudgetAmount.Value.ToString("N0", culture)} {currency}".Trim();
        return a.BudgetPeriod is { } period && period != PaymentPeriod.Once
            ? amount + " " + Texts.Get("Period." + period, culture)
            : amount;
    }

    /// <summary>The start as the prospect said it, with the date it was read as: "in drei Monaten (02.03.2027)".</summary>
    public static string? FormatTimeline(QualificationAnswers a, CultureInfo culture) =>
        a.TimelineStart is { } start ? $"{a.TimelineText} ({start.ToString("d", culture)})" : null;

    private static string? ShowBudget(QualificationAnswers a, string language, CultureInfo culture) =>
        a.BudgetNone ? Texts.Get("Budget.None", language)
        : a.BudgetUndecided ? Texts.Get("Budget.Undecided", language)
        : a.BudgetUnknown ? Texts.Get("Summary.Unknown", language)
        : FormatBudget(a, culture);

    private static string? ShowTimeline(QualificationAnswers a, string language, CultureInfo culture) =>
        a.TimelineStart is not null ? FormatTimeline(a, culture)
        : a.TimelineVague && !string.IsNullOrWhiteSpace(a.TimelineText) ? a.TimelineText!.Trim()
        : a.TimelineUnknown ? Texts.Get("Summary.Unknown", language)
        : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? Verbatim(string? evidence, string fallback)
    {
        var text = string.IsNullOrWhiteSpace(evidence) ? fallback : evidence;
        text = text.Trim();
        return text.Length == 0 ? null : text.Length > MaxVerbatimLength ? text[..MaxVerbatimLength] : text;
    }
}
