using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Understanding;

/// <summary>How sure the bot is of what a message means. The flow acts on it the same way at every question: a high
/// reading is taken, a medium one is confirmed in one short line, a low one is asked again with a hint. There is no
/// silent guess: a reader that cannot tell returns no reading at all, or a low one.</summary>
public enum Confidence
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>One reading of a prospect's message for one question: the value, how sure the reader is, and the part of the
/// message it was read from (kept verbatim for sales and for the confirmation line).</summary>
public sealed record Reading<T>(T Value, Confidence Confidence, string Evidence)
{
    /// <summary>Why the reading is not high, as a key of <see cref="ReadingHints"/> the flow can turn into a hint text;
    /// null when there is nothing to say.</summary>
    public string? Hint { get; init; }
}

/// <summary>A reading for one slot of the qualification (a step name of <see cref="QuestionSteps"/>), as found in a
/// message that may fill several slots at once ("ich bin Max von der Acme GmbH, max@acme.de").</summary>
/// <remarks>Values by slot: name, email, company → <see cref="string"/>; phone → <see cref="PhoneNumberValue"/>; need,
/// authority → <see cref="ChoiceValue"/>; budget → <see cref="Recognition.BudgetEstimate"/>; timeline →
/// <see cref="Recognition.TimelineEstimate"/>; any slot, when the answer is over <see cref="AnswerReader.MaxAnswerLength"/>
/// → <see cref="TooLongAnswer"/> with a low confidence and the hint <see cref="ReadingHints.TooLong"/>.</remarks>
public sealed record SlotReading(string Slot, object Value, Confidence Confidence, string Evidence)
{
    /// <summary>Why the reading is not high (a key of <see cref="ReadingHints"/>), or null.</summary>
    public string? Hint { get; init; }
}

/// <summary>The reasons a reader gives with a medium or low reading. The flow may pick a re-ask text by them
/// ("Hint.{key}"); they never carry the prospect's words.</summary>
public static class ReadingHints
{
    /// <summary>The answer is longer than <see cref="AnswerReader.MaxAnswerLength"/>; it was not read.</summary>
    public const string TooLong = "too-long";

    /// <summary>The answer negates what it names ("kein CRM", "not the owner").</summary>
    public const string Negated = "negated";

    /// <summary>The answer hedges ("vielleicht", "I guess", "eher").</summary>
    public const string Hedged = "hedged";

    /// <summary>The answer names several choices or values and the reader cannot tell which one is meant.</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>A choice that is close to, but not exactly, a configured wording (a typo, another word form).</summary>
    public const string Approximate = "approximate";

    /// <summary>A number or ordinal outside the offered choices ("die fünfte" of four).</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>An amount without anything that marks it as money or a budget ("5").</summary>
    public const string Implausible = "implausible";

    /// <summary>The answer gives several values of one kind (two e-mail addresses) and the reader cannot tell which one is meant.</summary>
    public const string Several = "several";

    /// <summary>The value looks like a slip of the keyboard ("…@gmial.com").</summary>
    public const string Mistyped = "mistyped";

    /// <summary>A date or period that lies before today ("Q3/26" in December 2026, "last year").</summary>
    public const string Past = "past";

    /// <summary>The answer to the company question is the name the prospect gave as their own.</summary>
    public const string NameAsCompany = "name-as-company";
}

/// <summary>A message that opens with the answer to the consent question and goes on with other answers: the answer
/// (always high), the rest of the message and the slots it fills (see <see cref="AnswerReader.ReadConsentOpening"/>).</summary>
public sealed record ConsentOpening(Reading<bool> Consent, string Rest, IReadOnlyList<SlotReading> Readings);

/// <summary>The value of a reading for an answer that was too long to read.</summary>
public sealed record TooLongAnswer(int Length);

/// <summary>A need or a role: the configured choice's key, or null when the prospect's own words match none of them
/// (then <see cref="Text"/> is what they wrote, kept for sales).</summary>
public sealed record ChoiceValue(string? Key, string Text);

/// <summary>A phone number: E.164 for storage ("+49301234567") and the international format for people ("+49 30 1234567").</summary>
public sealed record PhoneNumberValue(string E164, string Display);

/// <summary>What the prospect means at the summary (the confirm step).</summary>
public enum SummaryIntent
{
    /// <summary>Everything is correct ("ja", "passt alles", "doch, passt alles", "nichts", "everything is correct").</summary>
    Confirm = 1,

    /// <summary>Something is wrong, without saying what ("nein", "not quite").</summary>
    Reject = 2,

    /// <summary>One answer is to be changed: <see cref="SummaryAnswer.Field"/>, with <see cref="SummaryAnswer.NewValue"/>
    /// when the message carries the new value ("change the budget to 60k").</summary>
    Change = 3,
}

/// <summary>A reading of an answer at the summary: confirm, reject, or change one field (a step name of
/// <see cref="QuestionSteps"/>), with the new value read by that step's reader when the message carries one.</summary>
public sealed record SummaryAnswer(SummaryIntent Intent, string? Field = null, SlotReading? NewValue = null);

/// <summary>What a reader needs besides the text: the chat's locale (language and region: "en-US" reads a national
/// phone number as American), the reference time for relative dates, and the policy with its choices and currency.</summary>
public sealed record ReadingContext(string Locale, DateTime Reference, QualificationPolicy Policy)
{
    /// <summary>The name the prospect already gave in this conversation, when there is one: the same name answered at
    /// the company question is no company.</summary>
    public string? KnownName { get; init; }

    /// <summary>Whether the text is the part of a change at the summary that names the new value ("Start eher im April"),
    /// not a whole answer to the question: the words around the value belong to the change.</summary>
    internal bool PartOfSummary { get; init; }

    /// <summary>"de" or "en".</summary>
    public string Language => SupportedLanguages.Of(Locale);

    /// <summary>The region of the locale ("US" for en-US, "AT" for de-AT); without one, the language's home region.</summary>
    public string Region
    {
        get
        {
            var parts = Locale.Split('-', '_');
            return parts.Length > 1 && parts[1].Length == 2 ? parts[1].ToUpperInvariant() : Language == SupportedLanguages.German ? "DE" : "US";
        }
    }
}
