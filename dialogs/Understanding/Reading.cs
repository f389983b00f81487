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
public sealed record Reading<T>(T Value, Confidence Confidence, string Evidence);

/// <summary>A reading for one slot of the qualification (a step name of <see cref="QuestionSteps"/>), as found in a
/// message that may fill several slots at once ("ich bin Max von der Acme GmbH, max@acme.de").</summary>
public sealed record SlotReading(string Slot, object Value, Confidence Confidence, string Evidence);

/// <summary>A need or a role: the configured choice's key, or null when the prospect's own words match none of them
/// (then <see cref="Text"/> is what they wrote, kept for sales).</summary>
public sealed record ChoiceValue(string? Key, string Text);

/// <summary>A phone number: E.164 for storage ("+49301234567") and the international format for people ("+49 30 1234567").</summary>
public sealed record PhoneNumberValue(string E164, string Display);

/// <summary>What a reader needs besides the text: the chat's locale (language and region: "en-US" reads a national
/// phone number as American), the reference time for relative dates, and the policy with its choices and currency.</summary>
public sealed record ReadingContext(string Locale, DateTime Reference, QualificationPolicy Policy)
{
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
