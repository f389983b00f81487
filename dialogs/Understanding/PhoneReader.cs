using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace LeadBot.Dialogs.Understanding;

/// <summary>Phone numbers with libphonenumber: national numbers in the chat's region ("(415) 555-0100" in an en-US chat,
/// "030 1234567" in a German one), E.164 for storage and the international format for display.</summary>
internal static partial class PhoneReader
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public readonly record struct Found(PhoneNumberValue Value, bool Valid, int Start, int End)
    {
        /// <summary>Where the extension said with the number ends ("… Durchwahl 145", "… ext. 12"), or 0 when none was;
        /// the number is then valid but confirmed, never stored silently.</summary>
        public int ExtensionEnd { get; init; }
    }

    private static readonly Dictionary<string, char> DigitWords = new(StringComparer.Ordinal)
    {
        ["null"] = '0', ["zero"] = '0', ["oh"] = '0', ["eins"] = '1', ["one"] = '1', ["zwei"] = '2', ["zwo"] = '2',
        ["two"] = '2', ["drei"] = '3', ["three"] = '3', ["vier"] = '4', ["four"] = '4', ["fuenf"] = '5', ["five"] = '5',
        ["sechs"] = '6', ["six"] = '6', ["sieben"] = '7', ["seven"] = '7', ["acht"] = '8', ["eight"] = '8', ["neun"] = '9',
        ["nine"] = '9', ["plus"] = '+',
    };

    /// <summary>A number said digit by digit in words ("null eins sieben null, eins zwei drei …"), written in digits; null
    /// when the answer has any other word.</summary>
    public static string? SpelledDigits(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count is < 6 or > 24)
        {
            return null;
        }

        var digits = new StringBuilder(folded.Count);
        var spelled = 0;
        foreach (var w in folded.Words)
        {
            if (w.IsNumber)
            {
                digits.Append(w.Text);
            }
            else if (DigitWords.TryGetValue(w.Text, out var d))
            {
                digits.Append(d);
                spelled++;
            }
            else
            {
                return null;
            }
        }

        return spelled >= 3 ? digits.ToString() : null;
    }

    /// <summary>Every run that reads as a phone number, left to right; candidates are at most 32 characters long. A letter
    /// typed for the digit it looks like among the digits (O for a zero: "o172 5566778", "555-O122"; l or I for a one:
    /// "017l 2233445") is read as that digit, and the number confirmed. A number right after a word of digits and other
    /// letters is confirmed too: the digits before it may belong to it.</summary>
    public static List<Found> FindAll(string text, string region)
    {
        var zeroed = ZerosTyped(text);
        var digits = zeroed ?? text;
        var found = FindNumbers(digits, region);
        for (var k = 0; k < found.Count; k++)
        {
            if ((zeroed is not null && text.AsSpan(found[k].Start, found[k].End - found[k].Start).IndexOfAny(LookAlikes) >= 0) ||
                AfterMixedWord(text, found[k].Start))
            {
                found[k] = found[k] with { Valid = false };
            }
        }

        for (var k = 0; k < found.Count; k++)
        {
            if (!found[k].Valid && digits[found[k].Start] != '+' && !digits.AsSpan(found[k].Start).StartsWith("00") &&
                found.Find(f => f.Valid && digits[f.Start] == '+') is { Value: { } abroad } &&
                Util.GetRegionCodeForNumber(Util.Parse(abroad.E164, region)) is { } country && country != region &&
                Parse(digits[found[k].Start..found[k].End], country) is { Valid: true } there)
            {
                // "office: +30 210 9876543, mobile: 6977 123456": a number in national form beside one written with its
                // country's code is most likely of that country; read there and confirmed
                found[k] = there with { Valid = false, Start = found[k].Start, End = found[k].End };
            }
        }

        return found;
    }

    private static readonly System.Buffers.SearchValues<char> LookAlikes = System.Buffers.SearchValues.Create("oOlI");

    /// <summary>Whether the word right before <paramref name="start"/> (past spaces and dashes) holds digits and letters
    /// ("017x 2233445"): the reader left it out, though its digits may begin the number.</summary>
    private static bool AfterMixedWord(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] is ' ' or '-' or '/' or '.')
        {
            i--;
        }

        if (i == start && i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var end = i;
        var digits = 0;
        var letters = 0;
        while (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            i--;
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
            }
            else
            {
                letters++;
            }
        }

        return end - i <= 8 && digits >= 2 && letters is > 0 and <= 2;
    }

    /// <summary>The text with the letter O made a zero, and l or I a one, in every word of digits and such letters alone that
    /// holds three digits or more, or two beside a single such letter ("o172", "O122", "017l", "8O0" read aloud and
    /// typed; "O2" stays), or null when there is no such word.</summary>
    private static string? ZerosTyped(string text)
    {
        char[]? chars = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = 0;
            var others = 0;
            var os = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    digits++;
                }
                else if (text[i] is 'o' or 'O' or 'l' or 'I')
                {
                    os++;
                }
                else
                {
                    others++;
                }

                i++;
            }

            if (os > 0 && others == 0 && (digits >= 3 || digits == 2 && os == 1) && (start == 0 || text[start - 1] is not ('@' or '.' or '_')) && (i == text.Length || text[i] is not ('@' or '_')))
            {
                chars ??= text.ToCharArray();
                for (var k = start; k < i; k++)
                {
                    if (chars[k] is 'o' or 'O')
                    {
                        chars[k] = '0';
                    }
                    else if (chars[k] is 'l' or 'I')
                    {
                        chars[k] = '1';
                    }
                }
            }
        }

        return chars is null ? null : new string(chars);
    }

    private static List<Found> FindNumbers(string text, string region)
    {
        var found = new List<Found>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!(c == '+' || c == '(' || char.IsAsciiDigit(c)) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '@' or '.' or ',' or '€' or '$')))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = 0;
            var j = i;
            // an en dash between groups ("0711 – 12 34 56") is typed for a hyphen
            while (j < text.Length && j - start < 32 && (char.IsAsciiDigit(text[j]) || text[j] is ' ' or '-' or '–' or '.' or '/' or '(' or ')' or '+' && (j == start || text[j] != '+')))
            {
                if (char.IsAsciiDigit(text[j]))
                {
                    digits++;
                }

                j++;
            }

            var end = j;
            while (end > start && !char.IsAsciiDigit(text[end - 1]) && text[end - 1] != ')')
            {
                end--;
            }

            i = Math.Max(j, i + 1);
            // "415-555-0132x123": an extension written onto the number with an "x" is an extension, not a word the digits
            // belong to
            var glued = end + 1 < text.Length && text[end] is 'x' or 'X' && char.IsAsciiDigit(text[end + 1]);
            if (digits < 6 || digits > 17 || (end < text.Length && !glued && (char.IsLetter(text[end]) || text[end] is '€' or '$' or '%' or '@')))
            {
                continue;
            }

            var candidate = text[start..end].Replace("(0)", " ", StringComparison.Ordinal);
            if (candidate.StartsWith("00", StringComparison.Ordinal))
            {
                candidate = "+" + candidate[2..]; // the international prefix of most of the world, whatever the region
            }

            // "(415) 555-0100" is written the North American way: in a chat from elsewhere it is read as such, and
            // confirmed (not valid in the chat's own region as written)
            if (region is not ("US" or "CA") && IsNorthAmericanShape(candidate) && Parse(candidate, "US") is { } american)
            {
                found.Add(american with { Valid = false, Start = start, End = end });
                continue;
            }

            // "1-800-555-0175 ext. 12": the number to store has no extension; confirmed, not stored silently without it
            var extensionEnd = ExtensionEnd(text, end);
            var extension = extensionEnd > 0;

            // "030 1234567" in an English chat from the US: no North American number starts with a 0, a German one does. Read as
            // German and confirmed; sure when the message says it in German ("meine Nummer ist …", "festnetz …").
            if (region is "US" or "CA" && candidate.Length > 1 && candidate[0] == '0' && candidate[1] != '0' &&
                Parse(candidate, region) is not { Valid: true } && !SaysItInGerman(text) && GroupedAsNeighbour(candidate, region) is { } grouped && grouped.Region != "DE")
            {
                // "087 123 4567", "0113 496 0000": grouped after a British or Irish code, where no German number would be
                found.Add(grouped.Found with { Valid = false, Start = start, End = end, ExtensionEnd = extensionEnd });
                continue;
            }

            if (region is "US" or "CA" && candidate.Length > 1 && candidate[0] == '0' && candidate[1] != '0' &&
                Parse(candidate, region) is not { Valid: true } && Parse(candidate, "DE") is { Valid: true } german)
            {
                found.Add(german with { Valid = SaysItInGerman(text) && !extension, Start = start, End = end, ExtensionEnd = extensionEnd });
                continue;
            }

            // "0711-123456 Durchwahl -22": a German, Austrian or Swiss extension is dialled straight after the main number,
            // so it is part of the number to call; careful readers store it with or without it, so it is confirmed
            if (extension && DirectDialled(text, end) is { } direct && Parse(candidate, region) is { } main &&
                (main.Value.E164.StartsWith("+49", StringComparison.Ordinal) || main.Value.E164.StartsWith("+43", StringComparison.Ordinal) || main.Value.E164.StartsWith("+41", StringComparison.Ordinal)) &&
                Parse(WithoutSwitchboardZero(candidate, main.Value.E164) + direct, region) is { } whole)
            {
                found.Add(whole with { Valid = false, Start = start, End = end, ExtensionEnd = extensionEnd });
                continue;
            }

            // "Durchwahl -23, Zentrale 0711 45678-0": an extension named apart from the number is stored with it as when it
            // follows the number, confirmed; the number said alone is not the one to store unconfirmed
            if (!extension && ExtensionApart(text, start, end) is var (apart, after) && Parse(candidate, region) is { } switchboard &&
                (switchboard.Value.E164.StartsWith("+49", StringComparison.Ordinal) || switchboard.Value.E164.StartsWith("+43", StringComparison.Ordinal) || switchboard.Value.E164.StartsWith("+41", StringComparison.Ordinal)))
            {
                var dialled = Parse((after ? WithoutSwitchboardZero(candidate, switchboard.Value.E164) : switchboard.Value.E164) + apart, region) ?? switchboard;
                found.Add(dialled with { Valid = false, Start = start, End = end, ExtensionEnd = end });
                continue;
            }

            if (!extension && region is "DE" or "AT" or "CH" && GroupedAsNeighbour(candidate, region) is { } neighbour)
            {
                // "0664/9876543", "0316 872233" in a German chat: the writer grouped the digits after an Austrian code,
                // where a German number of the same digits would have another area code or be none; read there, confirmed
                found.Add(neighbour.Found with { Valid = false, Start = start, End = end });
                continue;
            }

            // "602 123 456" in a German chat: Germans, Austrians and Swiss write a number in national form with its trunk
            // zero, so one without it is from a country that has none (Czech and Polish numbers are nine digits); read
            // there, or in the chat's country, and confirmed, never stored as sure
            if (region is "DE" or "AT" or "CH" && candidate[0] is >= '1' and <= '9')
            {
                var abroad = digits == 9 ? NoTrunkZero.Select(r => Parse(candidate, r)).FirstOrDefault(f => f is { Valid: true }) : null;
                if ((abroad ?? Parse(candidate, region)) is { } unzeroed && (abroad is not null || digits >= 8))
                {
                    found.Add(unzeroed with { Valid = false, Start = start, End = end, ExtensionEnd = extensionEnd });
                }

                continue;
            }

            // "555-0100": a local number without its area code is not a number to call back
            if (Parse(candidate, region) is { } parsed && (parsed.Valid || digits >= 8))
            {
                found.Add(parsed with { Valid = parsed.Valid && !extension, Start = start, End = end, ExtensionEnd = parsed.Valid ? extensionEnd : 0 });
            }
        }

        return found;
    }

    private static readonly HashSet<string> GermanPhoneWords = new(StringComparer.Ordinal)
    {
        "nummer", "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer", "festnetz", "festnetznummer",
        "erreichbar", "unter", "meine", "meiner", "buero", "durchwahl", "anrufen", "geschaeftlich", "privat",
    };

    private static bool SaysItInGerman(string text)
    {
        foreach (var w in FoldedText.Of(text).Words)
        {
            if (GermanPhoneWords.Contains(w.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where an extension right after the number ends ("ext. 12", "x12", "Durchwahl 12", "DW 12"), or 0.</summary>
    private static int ExtensionEnd(string text, int end)
    {
        var rest = FoldedText.Of(text[end..Math.Min(text.Length, end + 30)]);
        return rest.Count >= 2 && rest[0].Text is "ext" or "extension" or "x" or "durchwahl" or "dw" or "apparat" or "app" && rest[1].IsNumber
            ? end + rest[1].End
            : 0;
    }

    /// <summary>The digits of a German extension right after the number ("Durchwahl 22", "DW -22"), or null: an English
    /// extension ("ext. 12", "x12") is dialled after the call is answered and is no part of the number.</summary>
    private static string? DirectDialled(string text, int end)
    {
        var rest = FoldedText.Of(text[end..Math.Min(text.Length, end + 30)]);
        return rest.Count >= 2 && rest[0].Text is "durchwahl" or "dw" && rest[1].IsNumber && rest[1].Text.Length <= 5 ? rest[1].Text : null;
    }

    /// <summary>The digits of a German extension named elsewhere in the message than right after the number from
    /// <paramref name="start"/> to <paramref name="end"/> ("Durchwahl -23, Zentrale 0711 45678-0"), or null.</summary>
    private static (string Digits, bool After)? ExtensionApart(string text, int start, int end)
    {
        var words = FoldedText.Of(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Text is "durchwahl" or "dw" && words[i + 1].IsNumber && words[i + 1].Text.Length <= 5 &&
                (words[i + 1].End <= start || words[i].Start >= end))
            {
                return (words[i + 1].Text, words[i].Start >= end);
            }
        }

        return null;
    }

    /// <summary>"07351 52-0 Zentrale, DW 214": the switchboard's "-0" is where an extension named after the number is
    /// dialled instead, so the zero is dropped before it; the number as parsed otherwise.</summary>
    private static string WithoutSwitchboardZero(string written, string e164) =>
        SwitchboardZero().IsMatch(written) && e164.EndsWith('0') ? e164[..^1] : e164;

    [GeneratedRegex(@"\d\s?[-/]\s?0\s*$")]
    private static partial Regex SwitchboardZero();

    /// <summary>"(415) 555-0100" or "415-555-0100".</summary>
    private static bool IsNorthAmericanShape(string c)
    {
        var s = c.Trim();
        static bool Digits(string s, int at, int n)
        {
            if (at + n > s.Length)
            {
                return false;
            }

            for (var i = at; i < at + n; i++)
            {
                if (!char.IsAsciiDigit(s[i]))
                {
                    return false;
                }
            }

            return true;
        }

        if (s.Length == 14 && s[0] == '(' && Digits(s, 1, 3) && s[4] == ')' && s[5] == ' ' && Digits(s, 6, 3) && s[9] == '-' && Digits(s, 10, 4))
        {
            return true;
        }

        return s.Length == 12 && Digits(s, 0, 3) && s[3] == '-' && Digits(s, 4, 3) && s[7] == '-' && Digits(s, 8, 4);
    }

    // Countries whose numbers have nine digits and no trunk zero, whose prospects write to a German chat in national form,
    // by how often.
    private static readonly string[] NoTrunkZero = ["CZ", "PL", "ES", "PT"];

    // The countries whose numbers a chat's prospects give in national form, besides the chat's own: German-speaking
    // neighbours in a German chat; Britain, Ireland, Germany, Switzerland, Austria, Belgium and the Netherlands in an English chat from North America
    // (Swiss prospects often chat in English: "022 818 40 00" is grouped after Geneva's code, never after a German one).
    private static readonly Dictionary<string, string[]> Neighbours = new(StringComparer.Ordinal)
    {
        ["DE"] = ["AT", "CH"], ["AT"] = ["DE", "CH"], ["CH"] = ["DE", "AT"], ["US"] = ["GB", "IE", "DE", "CH", "AT", "BE", "NL"], ["CA"] = ["GB", "IE", "DE", "CH", "AT", "BE", "NL"],
    };

    /// <summary>The one neighbouring country where the number in national form is valid and its first group as written
    /// ("0664" of "0664/9876543") is exactly the trunk zero and the destination code, when in the chat's own country it
    /// is not: writers group a number after its area or mobile code, so the grouping tells the country. Null when the
    /// digits are not grouped, the grouping fits the chat's country, or it fits no neighbour (or, in a German chat,
    /// several).</summary>
    private static (string Region, Found Found)? GroupedAsNeighbour(string candidate, string region)
    {
        var s = candidate.Trim();
        var group = 0;
        while (group < s.Length && char.IsAsciiDigit(s[group]))
        {
            group++;
        }

        // "01 52/ 3344 556": a slash ends the code as its writer sees it, spaces inside it or not, so a neighbour's code
        // must end there too (Vienna's "01" does not; the German mobile code "0152" does)
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && s[..slash].Count(char.IsAsciiDigit) is var code && code > group)
        {
            group = code;
        }

        if (region == "DE" && group == 2 && s[1] == '1' && s[group..].TrimStart(' ', '-', '–', '/') is { Length: > 1 } mobileRest &&
            mobileRest[0] is '5' or '6' or '7' && IsGermanMobile(s))
        {
            // "01 76 - 12 34 56 78": a German mobile code split after its "01" is no Viennese number
            return null;
        }

        if (group < 2 || group >= s.Length || s[0] != '0' || s[1] == '0' || !Neighbours.TryGetValue(region, out var neighbours) ||
            GroupsCode(s, region, group - 1) || SingleDigitGroups().Count(s) >= 3)
        {
            // "01 5 1 – 2 3 4 5 6 7 8 9": digits typed one by one are no grouping after a code
            return null;
        }

        if (region is "US" or "CA" && BritishMobileGrouping().IsMatch(s) && Parse(s, "GB") is { } british)
        {
            // "07700 900456" in an English chat: eleven digits grouped five and six after "07" are a British mobile as
            // Britons write it, also in a range no mobile is handed out in (read there, confirmed like any number read abroad)
            return ("GB", british with { Valid = false });
        }

        if (region is "US" or "CA" && SwissGrouping().IsMatch(s) && GroupsCode(s, "CH", group - 1) && Parse(s, "CH") is { Valid: true } swiss)
        {
            // "044 668 18 00": three digits and two pairs after the code, the way the Swiss write a number
            return ("CH", swiss);
        }

        (string, Found)? match = null;
        foreach (var other in neighbours)
        {
            if (GroupsCode(s, other, group - 1) && Parse(s, other) is { Valid: true } there)
            {
                if (match is not null)
                {
                    // a German chat's neighbours are alike, so two that fit leave the country open; an English chat's are
                    // listed by how often their prospects write there, and the first that fits is taken
                    return region is "US" or "CA" ? match : null;
                }

                match = (other, there);
            }
        }

        return match;
    }

    private static bool IsGermanMobile(string candidate)
    {
        try
        {
            var number = Util.Parse(candidate, "DE");
            return Util.IsValidNumber(number) && Util.GetNumberType(number) == PhoneNumberType.MOBILE;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Whether the number read in <paramref name="region"/> is valid there and its destination code has
    /// <paramref name="length"/> digits.</summary>
    private static bool GroupsCode(string candidate, string region, int length)
    {
        try
        {
            var number = Util.Parse(candidate, region);
            return Util.IsValidNumber(number) && Util.GetLengthOfNationalDestinationCode(number) == length;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public static Found? Parse(string candidate, string region)
    {
        try
        {
            var number = Util.Parse(candidate, region);
            var possible = Util.IsPossibleNumber(number);
            if (!possible)
            {
                return null;
            }

            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            var international = candidate.TrimStart().StartsWith('+') || candidate.TrimStart().StartsWith("00", StringComparison.Ordinal);
            var valid = Util.IsValidNumber(number) || international && ReservedForDrama.Any(r => e164.StartsWith(r, StringComparison.Ordinal)) ||
                        FictionalNorthAmerican().IsMatch(e164);
            var value = new PhoneNumberValue(e164, Util.Format(number, PhoneNumberFormat.INTERNATIONAL));
            return new Found(value, valid, 0, candidate.Length);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    // British ranges kept for fiction and examples ("+44 7700 900123", "+44 1632 960415"): the library counts them as no
    // number since none is handed out, but written with the country's code they are well formed and taken as written
    // (in national form, "07700 900123", they stay confirmed as before).
    private static readonly string[] ReservedForDrama = ["+447700900", "+441632960"];

    // Cities a prospect says they are in beside a number in national form ("0664/1234567, bin in Linz"), with the region
    // they lie in. A city says less than a country (a town of the same name may lie elsewhere), so a number read there is
    // confirmed.
    private static readonly Dictionary<string, string> CityRegions = new(StringComparer.Ordinal)
    {
        ["wien"] = "AT", ["vienna"] = "AT", ["graz"] = "AT", ["linz"] = "AT", ["salzburg"] = "AT", ["innsbruck"] = "AT",
        ["klagenfurt"] = "AT", ["villach"] = "AT", ["bregenz"] = "AT", ["dornbirn"] = "AT", ["eisenstadt"] = "AT",
        ["zuerich"] = "CH", ["zurich"] = "CH", ["bern"] = "CH", ["basel"] = "CH", ["genf"] = "CH", ["geneva"] = "CH",
        ["lausanne"] = "CH", ["luzern"] = "CH", ["lucerne"] = "CH", ["winterthur"] = "CH", ["lugano"] = "CH",
        ["muenchen"] = "DE", ["munich"] = "DE", ["berlin"] = "DE", ["hamburg"] = "DE", ["koeln"] = "DE", ["frankfurt"] = "DE",
        ["stuttgart"] = "DE",
        // South Tyrol and northern Italy, where German is spoken or prospects write from ("0471 923456 (Büro Bozen)")
        ["bozen"] = "IT", ["bolzano"] = "IT", ["meran"] = "IT", ["merano"] = "IT", ["brixen"] = "IT", ["bressanone"] = "IT",
        ["bruneck"] = "IT", ["brunico"] = "IT", ["trient"] = "IT", ["trento"] = "IT", ["mailand"] = "IT", ["milano"] = "IT",
        ["milan"] = "IT", ["verona"] = "IT", ["vaduz"] = "LI", ["strassburg"] = "FR", ["strasbourg"] = "FR",
        ["london"] = "GB", ["manchester"] = "GB", ["dublin"] = "IE",
        // Australia, New Zealand and Belgium, whose writers chat in English ("02 9876 5432 (Sydney office)")
        ["sydney"] = "AU", ["melbourne"] = "AU", ["brisbane"] = "AU", ["adelaide"] = "AU", ["canberra"] = "AU",
        ["auckland"] = "NZ", ["christchurch"] = "NZ", ["brussels"] = "BE", ["bruessel"] = "BE", ["bruxelles"] = "BE",
        ["antwerp"] = "BE", ["antwerpen"] = "BE",
    };

    /// <summary>The region of a city named in the message ("bin in Linz", "(Büro Bozen)", "Standort Zürich"), when it is
    /// not the chat's and only one such region is named; null otherwise.</summary>
    public static string? CityRegion(string text, string region)
    {
        string? named = null;
        var folded = FoldedText.Of(text);
        for (var i = 0; i < folded.Count; i++)
        {
            if (CityRegions.TryGetValue(folded[i].Text, out var r))
            {
                if (named is not null && named != r)
                {
                    return null;
                }

                named = r;
            }
        }

        return named == region ? null : named;
    }

    /// <summary>The region a country's one-word name in English or its own language names ("Malaysia", "Philippines",
    /// "Brasil"), from the regions the phone library knows; null for other words. Names that are also given names or
    /// everyday words ("Jordan", "Chad", "Georgia", "Jersey") are left out, as they name a person or a place elsewhere as
    /// often as a country.</summary>
    public static string? CountryNamed(string folded) => CountryNames.Value.TryGetValue(folded, out var r) ? r : null;

    private static readonly HashSet<string> NotOnlyCountries = new(StringComparer.Ordinal)
    {
        "jordan", "chad", "georgia", "jersey", "guernsey", "israel", "india", "niger", "guinea", "turkey", "mali", "togo",
        "cuba", "peru", "china", "japan", "panama", "samoa", "tonga", "kenya", "bermuda", "dominica", "grenada",
        "martinique", "mayotte", "reunion", "montserrat", "jamaica", "chile", "colombia", "bahrain", "oman", "sudan",
    };

    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in Util.GetSupportedRegions())
        {
            RegionInfo info;
            try
            {
                info = new RegionInfo(code);
            }
            catch (ArgumentException)
            {
                continue;
            }

            foreach (var name in new[] { info.EnglishName, info.NativeName })
            {
                var words = FoldedText.Of(name);
                if (words.Count == 1 && !words[0].IsNumber && words[0].Text.Length >= 4 && !NotOnlyCountries.Contains(words[0].Text) &&
                    !GivenNames.IsName(words[0].Text))
                {
                    names.TryAdd(words[0].Text, code);
                }
            }
        }

        return names;
    });

    /// <summary>The region of a calling code ("+49" → "DE", "+1" → "US"), "ZZ" when unknown.</summary>
    public static string RegionOf(string callingCode)
    {
        var digits = new string(callingCode.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? Util.GetRegionCodeForCountryCode(code) : "ZZ";
    }

    // "022 818 40 00": ten digits grouped three, three, two and two, the way the Swiss write a number.
    [System.Text.RegularExpressions.GeneratedRegex(@"^0\d{2} \d{3} \d{2} \d{2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SwissGrouping();

    // A digit standing alone between spaces or marks ("0 1 5 1 …").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)\d(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SingleDigitGroups();

    // "1 (868) 555 0134": 555-0100 to 555-0199 are kept for fiction under every North American area code, not only the
    // ones the library accepts them under; they are well formed numbers.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\+1[2-9]\d{2}55501\d{2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FictionalNorthAmerican();

    // "07700 900456": eleven digits grouped five and six after "07", the way Britons write a mobile number.
    [System.Text.RegularExpressions.GeneratedRegex(@"^07\d{3} \d{6}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BritishMobileGrouping();
}
