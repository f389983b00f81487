using System.Globalization;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Digits of other scripts ("٥٠٠٠٠", "٣ months", full-width "２０２７") written as the ASCII digits the readers parse. Regular
/// expressions match them as digits while the parsers refuse them, so an answer with one would fail its reading; a
/// prospect who writes them means the number. Each digit is one character either way, so every position read from the
/// answer stays the prospect's own.
/// </summary>
internal static class WrittenDigits
{
    public static string AsAscii(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007f' && char.IsDigit(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] > '\u007f' && char.IsDigit(chars[i]))
            {
                chars[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(chars[i]));
            }
        }

        return new string(chars);
    }
}
