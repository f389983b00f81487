using System.Globalization;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Characters that look like the plain ones the readers know, written as those: full-width forms from East Asian
/// keyboards ("５０ｋ €", "＄50k", "max＠acme.de"), digits of other scripts ("٥٠٠٠٠"), the typographic spaces of copied text
/// ("50 000 €" with a thin space), minus signs and hyphens that are dashes ("20−30k"), and the apostrophe's look-alikes
/// ("CHF 50‘000", "O´Neill"). Invisible formatting (soft hyphens, zero-width spaces, direction marks) is dropped, so that
/// a name copied from a web page is stored without it. A prospect who types them means the plain character; left alone
/// they were read as other words or stored as typed ("Ｍａｘ Ｍüｌｌｅｒ"). A run of spaces or a tab is one space: a
/// doubled space between words means nothing to the writer, and left in it was stored inside a company's name or cut it
/// short at an abbreviation ("Zahnarztpraxis  Dr.  Wendt").
/// </summary>
internal static class TypedCharacters
{
    public static string AsPlain(string text)
    {
        var first = 0;
        while (first < text.Length && (text[first] <= '\u007f' || IsPlain(text[first])) && !ExtraSpace(text, first))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var chars = new char[text.Length];
        text.CopyTo(0, chars, 0, first);
        var length = first;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i] == '\t' ? ' ' : text[i];
            if (c <= '\u007f')
            {
                if (c != ' ' || length == 0 || chars[length - 1] != ' ')
                {
                    chars[length++] = c;
                }
            }
            else if (!IsInvisible(c))
            {
                var plain = Plain(c);
                if (plain != ' ' || length == 0 || chars[length - 1] != ' ')
                {
                    chars[length++] = plain;
                }
            }
        }

        return new string(chars, 0, length);
    }

    private static bool ExtraSpace(string text, int i) => text[i] == '\t' || text[i] == ' ' && i > 0 && text[i - 1] == ' ';

    // Most non-ASCII characters (umlauts, accents, €, emoji halves) are plain already; this check keeps the common answer
    // free of any copy.
    private static bool IsPlain(char c) => !IsInvisible(c) && Plain(c) == c;

    private static bool IsInvisible(char c) => c is '\u00ad' or '\u200b' or '\u200c' or '\u200e' or '\u200f' or '\u2060'
        or '\ufeff' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');

    private static char Plain(char c) => c switch
    {
        >= '\uff01' and <= '\uff5e' => (char)(c - '\uff01' + '!'),
        '\u3000' or '\u00a0' or (>= '\u2000' and <= '\u200a') or '\u202f' or '\u205f' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\ufe63' => '-',
        '\u2018' or '\u02bc' or '\u02b9' or '\u2032' or '\u00b4' => '\'',
        _ when char.IsDigit(c) && c > '\u007f' => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)),
        _ => c,
    };
}
