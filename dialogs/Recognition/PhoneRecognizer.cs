using System.Text;
using System.Text.RegularExpressions;

namespace LeadBot.Dialogs.Recognition;

/// <summary>Finds a phone number in free text and normalizes it to E.164-like form ("+49 30 1234567" → "+49301234567").</summary>
public static class PhoneRecognizer
{
    // A run that starts with +, 00 or a digit and continues with digits, spaces, dots, slashes, dashes and brackets.
    private static readonly Regex Candidate = new(
        @"(?<![\w@.])(\+|00)?\(?\d[\d\s./()\-]{4,}\d(?![\w@])",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The first phone number in the text in the form +&lt;country&gt;&lt;number&gt;, or null. A national number with a leading 0
    /// gets <paramref name="defaultCallingCode"/> (e.g. "+49"); "00" is read as "+". A "(0)" after the country code is dropped.
    /// </summary>
    public static string? Normalize(string? text, string defaultCallingCode = "+49")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var code = "+" + new string((defaultCallingCode ?? "+49").Where(char.IsDigit).ToArray());
        foreach (Match match in Candidate.Matches(text))
        {
            var raw = match.Value.Trim();
            raw = raw.Replace("(0)", string.Empty, StringComparison.Ordinal);
            var digits = new StringBuilder();
            foreach (var c in raw)
            {
                if (char.IsDigit(c)) digits.Append(c);
            }

            var d = digits.ToString();
            string result;
            if (raw.StartsWith('+'))
            {
                result = "+" + d;
            }
            else if (d.StartsWith("00", StringComparison.Ordinal))
            {
                result = "+" + d[2..];
            }
            else if (d.StartsWith('0'))
            {
                result = code + d[1..];
            }
            else
            {
                continue; // no prefix at all: not recognizably a phone number
            }

            var significant = result.Length - 1;
            if (significant is >= 7 and <= 15)
            {
                return result;
            }
        }

        return null;
    }
}
