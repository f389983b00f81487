using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Recognition;

/// <summary>Finds a phone number in free text and normalizes it to E.164 ("+49 30 1234567" → "+49301234567") with
/// libphonenumber; the understanding layer's <c>PhoneReader</c> does the work, this keeps the prompts' calling-code API.</summary>
public static class PhoneRecognizer
{
    /// <summary>
    /// The first phone number in the text in E.164, or null. A national number is read in the region of
    /// <paramref name="defaultCallingCode"/> (e.g. "+49" → Germany, "+1" → the United States); "00" is read as "+".
    /// </summary>
    public static string? Normalize(string? text, string defaultCallingCode = "+49")
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > AnswerReader.MaxAnswerLength)
        {
            return null;
        }

        var region = PhoneReader.RegionOf(string.IsNullOrWhiteSpace(defaultCallingCode) ? "+49" : defaultCallingCode);
        var found = PhoneReader.FindAll(text, region);
        return found.Count == 0 ? null : found[0].Value.E164;
    }
}
