using System.Text.RegularExpressions;

namespace LeadBot.Dialogs.Recognition;

/// <summary>Finds an e-mail address inside free text ("meine Mail ist Max@Example.com") and returns it lower-cased.</summary>
public static class EmailRecognizer
{
    private static readonly Regex Shape = new(
        @"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The first valid address in the text, lower-cased; null if none.</summary>
    public static string? Find(string? text, string? culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var results = RecognizerModels.For(RecognizerCulture.Normalize(culture)).Emails(text);
        foreach (var result in results)
        {
            var candidate = result.Resolution != null && result.Resolution.TryGetValue("value", out var v) && v is string s ? s : result.Text;
            candidate = candidate.Trim().TrimEnd('.', ',', ';', ':', '!', '?').ToLowerInvariant();
            if (IsValid(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Validates the shape of a single address (local part, @, a domain with a top-level domain).</summary>
    public static bool IsValid(string? address) =>
        !string.IsNullOrEmpty(address) && address.Length <= 254 && Shape.IsMatch(address.ToLowerInvariant());
}
