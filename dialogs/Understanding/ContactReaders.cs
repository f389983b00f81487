using System.Globalization;
using System.Text;
using PhoneNumbers;

namespace LeadBot.Dialogs.Understanding;

/// <summary>E-mail addresses in free text, also with an internationalized domain (…@krämer-maschinenbau.de, checked
/// with <see cref="IdnMapping"/>). One pass over the text: every "@" is widened to at most 64 characters to the left
/// and 253 to the right.</summary>
internal static class EmailReader
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <param name="Guessed">The address as written is no address; this is the provider's domain it most likely
    /// means ("…@gmailcom" → "…@gmail.com"), to be confirmed.</param>
    public readonly record struct Found(string Address, int Start, int End, bool Guessed = false);

    public static List<Found> FindAll(string text)
    {
        var found = new List<Found>();
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf('@', from);
            if (at < 0)
            {
                break;
            }

            from = at + 1;
            var start = at;
            while (start > 0 && at - start < 64 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && end - at <= 253 && IsDomainChar(text[end]))
            {
                end++;
            }

            // trailing dots and dashes belong to the sentence, not the address
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            while (start < at && text[start] is '.')
            {
                start++;
            }

            var local = text[start..at];
            var domain = text[(at + 1)..end];
            var glued = (start > 0 && text[start - 1] == '@') || (end < text.Length && text[end] == '@');
            if (!glued && IsValid(local, domain))
            {
                var address = local.ToLowerInvariant() + "@" + domain.ToLowerInvariant();
                found.Add(new Found(address, start, end));
                from = end;
            }
            else if (!glued && ProviderWithoutDot(domain) is { } provider && IsValid(local, provider))
            {
                found.Add(new Found(local.ToLowerInvariant() + "@" + provider, start, end, Guessed: true));
                from = end;
            }
        }

        return found;
    }

    /// <summary>The common provider's domain that <paramref name="domain"/> is without its dot ("gmailcom", "webde").</summary>
    private static string? ProviderWithoutDot(string domain)
    {
        var lower = domain.ToLowerInvariant();
        if (lower.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var provider in Providers)
        {
            if (string.Concat(provider.Split('.')) == lower)
            {
                return provider;
            }
        }

        return null;
    }

    // The mail providers most prospects use: a domain one typo away from one of them ("gmial.com", "gmx.ed") is far more
    // often a slip than a real domain, so the address is confirmed, not stored silently.
    private static readonly string[] Providers =
    [
        "gmail.com", "googlemail.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de", "t-online.de",
        "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "live.com", "live.de", "msn.com", "yahoo.com", "yahoo.de",
        "icloud.com", "me.com", "aol.com", "freenet.de", "posteo.de", "mail.de", "mail.com", "protonmail.com", "proton.me",
        "arcor.de", "online.de", "email.de", "bluewin.ch",
    ];

    /// <summary>Whether the address's domain is one typo (a letter wrong, missing, extra or two swapped) away from a
    /// common provider's domain without being it.</summary>
    public static bool LooksMistyped(string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..];
        if (Array.IndexOf(Providers, domain) >= 0)
        {
            return false;
        }

        foreach (var provider in Providers)
        {
            if (OneEditApart(domain, provider))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            // one letter wrong, or two neighbours swapped
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) ||
                   (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>Whether the address has a valid shape (local part, "@", a domain with a top-level domain).</summary>
    public static bool IsValid(string address)
    {
        var at = address.LastIndexOf('@');
        return at > 0 && IsValid(address[..at], address[(at + 1)..]);
    }

    private static bool IsValid(string local, string domain)
    {
        if (local.Length is 0 or > 64 || domain.Length is < 4 or > 253 || local.Contains("..", StringComparison.Ordinal) ||
            local[^1] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        var tld = labels[^1];
        if (tld.Length < 2 || !(tld.All(char.IsAsciiLetter) || tld.StartsWith("xn--", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }
        }

        return true;
    }

    // Letters beyond ASCII are allowed in the local part (internationalized addresses, "jürgen@…"): cutting the address
    // at the first umlaut would store a different address.
    private static bool IsLocalChar(char c) =>
        char.IsLetterOrDigit(c) || c is '.' or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '/' or '=' or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~' or '-';

    private static bool IsDomainChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '.';
}

/// <summary>Phone numbers with libphonenumber: national numbers in the chat's region ("(415) 555-0100" in an en-US chat,
/// "030 1234567" in a German one), E.164 for storage and the international format for display.</summary>
internal static class PhoneReader
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public readonly record struct Found(PhoneNumberValue Value, bool Valid, int Start, int End);

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

    /// <summary>Every run that reads as a phone number, left to right; candidates are at most 32 characters long.</summary>
    public static List<Found> FindAll(string text, string region)
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
            while (j < text.Length && j - start < 32 && (char.IsAsciiDigit(text[j]) || text[j] is ' ' or '-' or '.' or '/' or '(' or ')' or '+' && (j == start || text[j] != '+')))
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
            if (digits < 6 || digits > 17 || (end < text.Length && (char.IsLetter(text[end]) || text[end] is '€' or '$' or '%' or '@')))
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
            var extension = HasExtension(text, end);

            // "030 1234567" in an English chat from the US: no North American number starts with a 0, a German one does. Read as
            // German and confirmed; sure when the message says it in German ("meine Nummer ist …", "festnetz …").
            if (region is "US" or "CA" && candidate.Length > 1 && candidate[0] == '0' && candidate[1] != '0' &&
                Parse(candidate, region) is not { Valid: true } && Parse(candidate, "DE") is { Valid: true } german)
            {
                found.Add(german with { Valid = SaysItInGerman(text) && !extension, Start = start, End = end });
                continue;
            }

            // "555-0100": a local number without its area code is not a number to call back
            if (Parse(candidate, region) is { } parsed && (parsed.Valid || digits >= 8))
            {
                found.Add(parsed with { Valid = parsed.Valid && !extension, Start = start, End = end });
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

    /// <summary>An extension right after the number: "ext. 12", "x12", "Durchwahl 12", "DW 12".</summary>
    private static bool HasExtension(string text, int end)
    {
        var rest = FoldedText.Of(text[end..Math.Min(text.Length, end + 30)]);
        return rest.Count >= 2 && rest[0].Text is "ext" or "extension" or "x" or "durchwahl" or "dw" or "apparat" or "app" && rest[1].IsNumber;
    }

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

            var valid = Util.IsValidNumber(number);
            var value = new PhoneNumberValue(Util.Format(number, PhoneNumberFormat.E164), Util.Format(number, PhoneNumberFormat.INTERNATIONAL));
            return new Found(value, valid, 0, candidate.Length);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The region of a calling code ("+49" → "DE", "+1" → "US"), "ZZ" when unknown.</summary>
    public static string RegionOf(string callingCode)
    {
        var digits = new string(callingCode.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? Util.GetRegionCodeForCountryCode(code) : "ZZ";
    }
}

/// <summary>Shared clean-up of names and company names: HTML tags out, greetings and "my name is" off.</summary>
internal static class NameText
{
    /// <summary>The text without HTML tags and entities (a tag is at most 200 characters; a "<" without its ">" stays).</summary>
    public static string StripTags(string text)
    {
        if (text.IndexOf('<') < 0 && text.IndexOf('&') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<')
            {
                var close = text.IndexOf('>', i + 1, Math.Min(200, text.Length - i - 1));
                if (close > 0)
                {
                    // the content of a script or style element is code, not words
                    var tag = text.AsSpan(i + 1, close - i - 1).Trim();
                    foreach (var element in (string[])["script", "style"])
                    {
                        if (tag.StartsWith(element, StringComparison.OrdinalIgnoreCase))
                        {
                            var end = text.IndexOf("</" + element, close, StringComparison.OrdinalIgnoreCase);
                            var endClose = end < 0 ? -1 : text.IndexOf('>', end);
                            close = endClose < 0 ? text.Length - 1 : endClose;
                        }
                    }

                    sb.Append(' ');
                    i = close;
                    continue;
                }
            }

            if (c == '&')
            {
                var semi = text.IndexOf(';', i + 1, Math.Min(10, text.Length - i - 1));
                if (semi > 0 && text.AsSpan(i + 1, semi - i - 1).ToString().All(char.IsAsciiLetterOrDigit))
                {
                    var entity = text.Substring(i, semi - i + 1);
                    sb.Append(entity switch { "&amp;" => "&", "&nbsp;" => " ", "&auml;" => "ä", "&ouml;" => "ö", "&uuml;" => "ü", "&szlig;" => "ß", _ => " " });
                    i = semi;
                    continue;
                }
            }

            sb.Append(c);
        }

        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

internal static class NameReader
{
    private static readonly string[][] Greetings = Phrases.Of(
        "hallo", "hi", "hey", "moin", "moin moin", "servus", "gruess gott", "guten tag", "guten morgen", "guten abend",
        "hello", "hello there", "good morning", "good afternoon", "good evening", "hey there", "hi there", "na klar", "gerne",
        "viele gruesse", "liebe gruesse", "beste gruesse", "freundliche gruesse", "mit freundlichen gruessen", "schoene gruesse",
        "best regards", "kind regards", "many thanks",
        "grüezi", "grüessech", "grüß dich", "grüß di", "griaß di", "griaß eich", "grüß gott", "hoi", "sali", "salut",
        "servas", "habe die ehre", "tach", "moinsen", "hallöchen", "huhu", "ciao", "howdy", "hiya", "heya",
        "yo", "greetings", "g'day", "good day", "hey hey", "hi hi", "hallo hallo",
        "gern", "klar", "sure", "ok", "okay", "yes", "ja");

    private static readonly string[][] Prefixes = Phrases.Of(
        "mein name ist", "mein name lautet", "mein name", "name", "ich heisse", "ich bin", "ich bin der", "ich bin die",
        "hier ist", "hier spricht", "hier schreibt", "das ist", "man nennt mich", "nennen sie mich", "my name is", "my name's",
        "name is", "i am", "i'm", "im", "this is", "it's", "its", "call me", "you can call me", "they call me", "herr", "frau",
        "mr", "mrs", "ms", "miss", "nenn mich", "nenn mich einfach", "nennen sie mich einfach", "name's", "names",
        "i hoaß", "i hoas", "i heiß", "i hoass", "i bin da", "i bin der", "i bin die", "mi nennt ma", "bin der", "bin die");

    // Fillers and sign-offs before a name count only when a comma or full stop follows them ("jo, Max hier",
    // "Gruß, Jana"): "Jo Smith" is a name.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "jo", "joa", "jap", "jep", "yo", "yep", "yup", "ja", "yes", "ok", "okay", "klar", "gerne", "gern", "sure", "hmm", "hm",
        "also", "well", "so", "gruss", "gruesse", "lg", "vg", "mfg", "cheers", "regards", "best", "thanks", "danke",
    };

    // Sounds of hesitation and laughter ("ähm", "uhh", "lol") are no part of a name wherever they stand.
    private static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal)
    {
        "aeh", "aehm", "oehm", "oeh", "ehm", "hm", "hmm", "hmmm", "uh", "uhh", "uhm", "um", "umm", "erm", "lol", "haha",
        "hahaha", "hehe", "xd", "lmao",
    };

    // Words after the name that make the whole answer a refusal ("ne, lieber anonym"), not a name with a remark.
    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
    {
        "anonym", "anonymous", "nicht", "not", "lieber", "rather", "prefer", "sagen", "say",
    };

    private static readonly HashSet<string> NotInNames = new(StringComparer.Ordinal)
    {
        "ich", "wir", "sie", "du", "mich", "mir", "moechte", "moechten", "will", "wollen", "brauche", "brauchen", "bitte",
        "nicht", "kein", "keine", "warum", "wieso", "weshalb", "was", "wer", "wie", "why", "what", "who", "how", "want",
        "need", "please", "not", "no", "yes", "ja", "nein", "the", "is", "ist", "sind", "are", "my", "mein", "meine", "your",
        "ihr", "ihre", "name", "namen", "angabe", "anonym", "anonymous", "sagen", "say", "tell", "wissen", "know",
        "gmbh", "ag", "ltd", "inc", "llc", "firma", "company", "budget", "crm", "und", "and", "oder", "or", "aber", "but",
        "danke", "thanks", "hallo", "hello", "hi", "hey", "test", "egal", "whatever", "geschaeftsfuehrer", "ceo", "gf", "gruss",
        "inhaber", "owner", "founder", "entscheide", "decide", "weiss", "heisse", "frage", "question", "datenschutz", "privacy",
        "zurueck", "back", "deutsch", "english", "englisch", "hilfe", "help", "abbrechen", "cancel", "weiter", "skip",
        "ueberspringen", "stop", "stopp", "ne", "nee", "noe", "nah", "nope", "lieber", "rather", "prefer", "hier", "here", "gruesse", "gruessen", "regards",
        "chef", "chefin", "boss", "leiter", "leiterin", "manager", "vertrieb", "marketing", "sales", "einkauf", "waere",
        "richtig", "korrekt", "falsch", "wrong", "correct", "would", "should",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "zu", "di", "da", "del", "le", "la", "du", "ten", "ter", "vom", "zum", "mc", "bin",
        "al", "el", "dr", "prof",
    };

    public static SlotReading? Read(string text)
    {
        var stripped = NameText.StripTags(text);
        if (RemarkAfterDash(stripped) is { } cut)
        {
            // "Weber, Lukas – Vertrieb": a remark after a dash that follows the name given surname first
            stripped = cut;
        }

        var clean = CollapseSpaces(WithoutRemarks(stripped)).Trim();
        if (ReadName(clean) is not { } name || IsKeyboardRun(name.Name))
        {
            return null;
        }

        // "Robert (Bob) Miller": a bracket between the words of a name may be a nickname or a part of it; confirmed
        var confidence = name.Confidence == Confidence.High && RemarkInside(stripped) ? Confidence.Medium : name.Confidence;
        return new SlotReading("name", Capitalized(name.Name), confidence, name.Name);
    }

    private static string? RemarkAfterDash(string text)
    {
        var dash = text.IndexOf(" – ", StringComparison.Ordinal);
        if (dash < 0)
        {
            dash = text.IndexOf(" - ", StringComparison.Ordinal);
        }

        return dash > 0 && text.AsSpan(0, dash).Contains(',') && FoldedText.Of(text[(dash + 3)..]).Count is >= 1 and <= 3 ? text[..dash] : null;
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Whether a remark in brackets stands between two words ("Robert (Bob) Miller"), not after the name.</summary>
    private static bool RemarkInside(string text)
    {
        var open = text.IndexOf('(');
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        return open > 0 && close > open && text.AsSpan(0, open).Trim().Length > 0 && text.AsSpan(close + 1).ToString().Any(char.IsLetter);
    }

    private static readonly string[] KeyboardRows = ["qwertzuiop", "qwertyuiop", "asdfghjkl", "yxcvbnm", "zxcvbnm"];

    /// <summary>Keys hit along one row of the keyboard ("asdfgh", "qwertz", "asdf"): a test of the box, not a name. Four
    /// letters count only from the row's start, so a surname like "Wert" stays a name.</summary>
    internal static bool IsKeyboardRun(string name)
    {
        foreach (var word in name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if ((word.Length >= 5 || word.Length == 4 && Array.Exists(KeyboardRows, row => row.StartsWith(word, StringComparison.Ordinal))) &&
                Array.Exists(KeyboardRows, row => row.Contains(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text without remarks in brackets ("Thomas (Marketing)"): they say who someone is, not their name.</summary>
    private static string WithoutRemarks(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
                sb.Append(' ');
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A name typed all in small letters ("sabine") is stored as a name is written ("Sabine"); particles stay
    /// small ("karl von brandt" → "Karl von Brandt"). A name with any capital is kept as typed.</summary>
    internal static string Capitalized(string name)
    {
        if (name.Any(char.IsUpper))
        {
            return name;
        }

        var chars = name.ToCharArray();
        var wordStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetter(chars[i]) || i < chars.Length && chars[i] == '\'')
            {
                continue;
            }

            // "dr. james whitfield": a title is written with a capital, particles ("von", "de") stay small
            if (i > wordStart && (!Particles.Contains(name[wordStart..i]) || name[wordStart..i] is "dr" or "prof"))
            {
                chars[wordStart] = char.ToUpperInvariant(chars[wordStart]);
                // "o'connor", "d'angelo": one letter and an apostrophe open the name, the letter after it is a capital too
                if (i - wordStart > 2 && chars[wordStart + 1] == '\'')
                {
                    chars[wordStart + 2] = char.ToUpperInvariant(chars[wordStart + 2]);
                }
            }

            wordStart = i + 1;
        }

        return new string(chars);
    }

    private static readonly string[][] FirstNameCues = Phrases.Of(
        "vorname", "mein vorname ist", "first name", "my first name is", "given name", "ich heisse", "ich heisse eigentlich",
        "my name is", "mein name ist");

    private static readonly string[][] SurnameCues = Phrases.Of(
        "nachname", "mein nachname ist", "familienname", "zuname", "last name", "my last name is", "surname", "family name");

    /// <summary>"First name Emily, last name Carter", "ich heiße Susanne … Nachname Wagner": a name given in its two parts,
    /// each after the word that says which part it is.</summary>
    private static string? Parts(string text, FoldedText folded)
    {
        var (s, sl) = folded.Find(SurnameCues);
        if (s < 0)
        {
            return null;
        }

        var surname = PartAfter(text, folded, s + sl);
        var first = (string?)null;
        for (var i = 0; i < folded.Count && first is null; i++)
        {
            foreach (var cue in FirstNameCues)
            {
                if (folded.MatchesAt(i, cue) && !(i >= s && i < s + sl))
                {
                    first = PartAfter(text, folded, i + cue.Length);
                    break;
                }
            }
        }

        return surname is null || first is null ? null : first + " " + surname;
    }

    private static string? PartAfter(string text, FoldedText folded, int at)
    {
        if (at < folded.Count && folded[at].Text is "ist" or "is" or "lautet")
        {
            at++;
        }

        if (at >= folded.Count || folded[at].IsNumber || NotInNames.Contains(folded[at].Text) || folded[at].Text.Length < 2)
        {
            return null;
        }

        return text[folded[at].Start..folded[at].End];
    }

    /// <summary>Where the name starts when its first words are said twice ("mike, mike johnson", "Laura - Laura Meyer",
    /// "Sam, Samantha Jones"): at the full one.</summary>
    private static int RepeatedStart(FoldedText folded, int at)
    {
        // "this is Ashley from the ops team, Ashley Nguyen": the first name said again at the end with the surname
        for (var j = at + 2; j + 1 < folded.Count; j++)
        {
            if (folded[j].AfterBreak && folded[j].Text == folded[at].Text && !folded[j + 1].AfterBreak && j + 2 == folded.Count)
            {
                return j;
            }
        }

        if (at + 2 < folded.Count && folded[at + 1].Text == folded[at].Text)
        {
            return at + 1;
        }

        var b = at + 1;
        while (b < folded.Count && !folded[b].AfterBreak)
        {
            b++;
        }

        var length = b - at;
        if (length > 2 || b + length >= folded.Count)
        {
            return at;
        }

        // the surname alone, then the full name ("Schneider. Markus Schneider.")
        if (length == 1 && b + 1 < folded.Count && !folded[b + 1].AfterBreak && folded[b + 1].Text == folded[at].Text &&
            (b + 2 == folded.Count || folded[b + 2].AfterBreak))
        {
            return b;
        }

        // a short form, then the full name it is short for ("Sam, Samantha Jones", "Chris, Christopher Lee")
        if (length == 1 && folded[b].Text.Length > folded[at].Text.Length && folded[b].Text.StartsWith(folded[at].Text, StringComparison.Ordinal) &&
            b + 1 < folded.Count && !folded[b + 1].AfterBreak)
        {
            return b;
        }

        for (var k = 0; k < length; k++)
        {
            if (folded[at + k].Text != folded[b + k].Text)
            {
                return at;
            }
        }

        return b;
    }

    // Words after a name that only say who is writing or sign off ("Max hier", "Tanja, thanks!").
    private static readonly HashSet<string> AfterName = new(StringComparer.Ordinal)
    {
        "hier", "here", "danke", "thanks", "thank", "you", "thx", "gruss", "gruesse", "lg", "vg", "mfg", "cheers", "bye",
        "hallo", "hello", "hi", "hey", "lol", "haha", "speaking", "am", "apparat",
    };

    /// <summary>Whether the name from word <paramref name="at"/> to <paramref name="end"/> is all the answer says: a single
    /// word beside more words ("Sarah from marketing", "Tom, but everyone calls me Tommy") and a name whose words are
    /// partly capitalized and partly not ("die Lisa Brandt") may be a part of a sentence, so they are confirmed.</summary>
    private static bool IsWholeAnswer(string text, FoldedText folded, int at, int end)
    {
        var content = 0;
        var upper = false;
        var lower = false;
        for (var i = at; i <= end; i++)
        {
            if (Particles.Contains(folded[i].Text))
            {
                continue;
            }

            content++;
            upper |= char.IsUpper(text[folded[i].Start]);
            lower |= char.IsLower(text[folded[i].Start]);
        }

        if (upper && lower)
        {
            return false;
        }

        if (content > 1)
        {
            return true;
        }

        // "This is Tom from Kessler Farms": a first name and where the prospect is from, every word of it capitalized and
        // ending the message ("Gruß aus Hamburg, Kai" goes on: the first word is no name)
        if (end + 2 < folded.Count && folded[end + 1].Text is "from" or "von" or "vom" or "bei" or "at" or "aus" && !folded[end + 1].AfterBreak)
        {
            var company = true;
            for (var i = end + 2; i < folded.Count && company; i++)
            {
                company = !folded[i].AfterBreak &&
                          (char.IsUpper(text[folded[i].Start]) || Particles.Contains(folded[i].Text) || folded[i].Text is "der" or "the" or "&" or "und" or "and");
            }

            if (company)
            {
                return true;
            }
        }

        for (var i = end + 1; i < folded.Count; i++)
        {
            if (!AfterName.Contains(folded[i].Text) && !Hesitations.Contains(folded[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the last word of a name is a legal form ("Acme Corp", "Brightwave LLC").</summary>
    private static bool LegalFormWord(string name)
    {
        // two-letter forms ("SA", "SE", "AG") are as often a short surname; only longer ones count
        var lastSpace = name.LastIndexOf(' ');
        return lastSpace > 0 && name.Length - lastSpace - 1 >= 3 && CompanyReader.HasLegalForm(name, lastSpace + 1);
    }

    /// <summary>Whether two texts are the same person's name, in any order and case ("Musterfrau, Erika" and "Erika
    /// Musterfrau"); a single word is no match for a full name.</summary>
    public static bool SameName(string a, string b)
    {
        var x = FoldedText.Of(a);
        var y = FoldedText.Of(b);
        if (x.Count < 2 || x.Count != y.Count)
        {
            return false;
        }

        foreach (var w in x.Words)
        {
            if (!y.ContainsWord(w.Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name in an answer to "what is your name?", or null when the answer is not a name.</summary>
    public static string? Clean(string text) => ReadName(text)?.Name;

    /// <summary>The name and how sure the reader is of where it ends.</summary>
    public static (string Name, Confidence Confidence)? ReadName(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count == 0 || folded.HasQuestionMark || text.Contains('@'))
        {
            return null;
        }

        var at = 0;
        for (var round = 0; round < 3; round++)
        {
            var (g, gl) = folded.Find(Greetings, at);
            if (g == at)
            {
                at += gl;
            }
            else if (at + 1 < folded.Count && (Fillers.Contains(folded[at].Text) && folded[at + 1].AfterBreak || Hesitations.Contains(folded[at].Text)))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        for (var round = 0; round < 2; round++)
        {
            foreach (var p in Prefixes)
            {
                if (folded.MatchesAt(at, p))
                {
                    at += p.Length;
                    break;
                }
            }
        }

        // "Bin Tobias Wendt": "ich bin" without the "ich", before a first name and surname
        if (at + 2 < folded.Count && folded[at].Text == "bin" && char.IsUpper(text[folded[at + 1].Start]))
        {
            at++;
        }

        // "Servus, da Sepp Huber", "hier schreibt die Lisa": an article before a capitalized first name is speech, no part
        // of the name
        if (at + 1 < folded.Count && folded[at].Text is "da" or "der" or "die" or "the" && char.IsLower(text[folded[at].Start]) &&
            char.IsUpper(text[folded[at + 1].Start]) && (folded[at].Text != "da" || at + 2 < folded.Count && char.IsUpper(text[folded[at + 2].Start])))
        {
            at++;
        }

        if (at >= folded.Count)
        {
            return null;
        }

        if (Parts(text, folded) is { } parts)
        {
            return (parts, Confidence.High);
        }

        // "mike, mike johnson": the name said twice, the second time in full
        at = RepeatedStart(folded, at);

        // the name ends at the first break or connecting word ("Max Müller, Acme GmbH", "Erika von der Acme GmbH")
        var end = at;
        var confidence = Confidence.High;
        // an initial ("k. becker", "John F. Kennedy") is part of the name, its full stop no break
        while (end + 1 < folded.Count && (!folded[end + 1].AfterBreak || folded[end].Text is "dr" or "prof" or "jr" or "sr" ||
               folded[end].Text.Length == 1 && char.IsLetter(folded[end].Text[0]) && folded[end].End < text.Length && text[folded[end].End] == '.') && end + 1 - at < 6)
        {
            var next = folded[end + 1].Text;
            if (next is "und" or "and" or "from" or "bei" or "at" or "aus" or "with" or "mit" or "vom" || Hesitations.Contains(next))
            {
                break;
            }

            // "Max hier", "Kevin O'Brien here": the word says who is writing, it is no part of the name
            if (next is "hier" or "here" && (end + 2 == folded.Count || folded[end + 2].AfterBreak))
            {
                break;
            }

            // "Lisa von Acme": one first name, "von" and one more word is a name and a company as often as a noble name
            // ("Otto von Bismarck"); the reader takes the first name and confirms it.
            if (next == "von" && end == at && end + 3 == folded.Count)
            {
                confidence = Confidence.Medium;
                break;
            }

            // "Katrin Schäfer von der Firma Nordlicht", "Tom from the company Acme": the company is named as such
            if (next is "von" or "bei" or "from" or "at" && end + 3 < folded.Count && folded[end + 2].Text is "der" or "dem" or "den" or "die" or "the" &&
                folded[end + 3].Text is "firma" or "company" or "firm")
            {
                break;
            }

            if (next == "von" && end + 2 < folded.Count && folded[end + 2].Text is "der" or "dem" or "den" or "die")
            {
                // "Max Müller von der Acme GmbH" is a name and a company; "Ursula von der Leyen" a name. Without a legal
                // form after it the reader cannot tell: it keeps the words and asks.
                if (CompanyReader.HasLegalForm(text, folded[end + 1].Start))
                {
                    break;
                }

                // A single word after "von der" that ends the message is a surname ("Ursula von der Leyen").
                if (end + 4 != folded.Count)
                {
                    confidence = Confidence.Medium;
                }
            }

            end++;
        }


        // the rest of the message must be a company or polite words only, otherwise this is a sentence, not a name
        for (var i = end + 1; i < folded.Count; i++)
        {
            if (Refusals.Contains(folded[i].Text))
            {
                return null;
            }
        }

        var words = 0;
        for (var i = at; i <= end; i++)
        {
            var w = folded[i];
            // A capitalized last word after a first name is a surname even when the word is barred ("Anna Weiß" is no
            // "weiß nicht").
            var surname = i == end && i > at && char.IsUpper(text[w.Start]);
            if (w.IsNumber || NotInNames.Contains(w.Text) && !surname)
            {
                return null;
            }

            if (!Particles.Contains(w.Text))
            {
                words++;
            }
        }

        if (words == 0 || (end + 1 < folded.Count && at == 0 && folded.Count - end - 1 > 6))
        {
            return null;
        }

        var titles = 0;
        while (at + titles < end && folded[at + titles].Text is "dr" or "prof")
        {
            titles++;
        }

        // "Müller-Lüdenscheidt, Hans": a double name joined by hyphens is one surname
        var joined = end > at + titles && !text.AsSpan(folded[at + titles].Start, folded[end].End - folded[at + titles].Start).Contains(' ');
        if ((end == at + titles || joined) && folded.Count == end + 2 && folded[end + 1].AfterBreak && !folded[end + 1].IsNumber &&
            !CompanyReader.HasLegalForm(text, folded[end + 1].Start))
        {
            // "Schulz, Thomas": surname first, or a name and a company? Both words, confirmed.
            confidence = Confidence.Medium;
            end++;
        }
        else if (end == at && folded.Count == end + 3 && folded[end + 1].AfterBreak && folded[end + 1].Text is "dr" or "prof" &&
                 !folded[end + 2].IsNumber)
        {
            // "Weber, Dr. Klaus": the same with a title
            confidence = Confidence.Medium;
            end += 2;
        }

        var start = folded[at].Start;
        var stop = folded[end].End;
        if (stop < text.Length && text[stop] == '.' && stop - start > 1 && folded[end].Text.Length <= 3)
        {
            stop++; // "Dr." / "jr."
        }

        var name = text[start..stop].Trim();
        var letters = name.Count(char.IsLetter);
        if (letters < 2 || name.Length > 100 || name.Any(char.IsDigit))
        {
            return null;
        }

        if (LegalFormWord(name))
        {
            // "Acme Corp" at the name question: a company, no person's name
            return null;
        }

        if (confidence == Confidence.High && !IsWholeAnswer(text, folded, at, end))
        {
            confidence = Confidence.Medium;
        }

        return (name, confidence);
    }
}

internal static class CompanyReader
{
    private static readonly string[][] Prefixes = Phrases.Of(
        "wir sind die", "wir sind der", "wir sind das", "wir sind", "ich bin von der", "ich bin von dem", "ich bin von",
        "ich bin bei der", "ich bin bei", "ich arbeite bei der", "ich arbeite bei", "ich arbeite fuer die", "ich arbeite fuer",
        "ich komme von der", "ich komme von", "ich schreibe fuer die", "ich schreibe fuer", "bei der", "bei", "fuer die",
        "fuer", "von der", "von", "die firma", "firma", "das unternehmen", "unternehmen", "unser unternehmen heisst",
        "unsere firma heisst", "unser unternehmen ist", "unsere firma ist", "die firma heisst", "es ist die", "es ist",
        "das ist die", "das ist", "hier ist die", "hier ist der", "hier ist das", "hier ist", "this is", "company", "company is", "the company is", "our company is", "we are", "we're", "i work at",
        "i work for", "i'm with", "i'm from", "i'm at", "i am with", "i am from", "i am at", "from", "at", "with", "it's",
        "it is", "the", "die", "der", "das", "name", "hallo", "hi", "hello", "ja", "arbeite bei", "arbeite bei der",
        "arbeite fuer", "arbeite fuer die", "ich bin angestellt bei", "angestellt bei", "work for", "work at", "working for",
        "working at", "i'm working for", "i'm working at", "the company is called", "company is called", "the company's called",
        "it's called", "its called", "is called", "we're called", "we are called", "called", "die firma heisst", "firma heisst",
        "das unternehmen heisst", "unternehmen heisst", "wir heissen", "heisst", "der firmenname ist", "firmenname ist",
        "firmenname", "company name is", "company name", "the company name is", "bin bei der", "bin bei", "bin angestellt bei",
        "bin angestellt bei der", "ich bin angestellt bei der", "i'm employed at", "i'm employed by", "i am employed at",
        "i am employed by", "employed at", "employed by");

    private static readonly string[][] Private = Phrases.Of(
        "ich bin privatperson", "ich bin privat", "freiberufler", "freiberuflerin", "ich bin freiberufler",
        "ich bin freiberuflerin", "selbststaendig", "selbstaendig", "ich bin selbststaendig", "ich bin selbstaendig",
        "einzelunternehmer", "einzelunternehmerin", "freelancer", "i'm a freelancer", "i am a freelancer", "self employed",
        "i'm self employed", "i am self employed", "sole proprietor", "solo", "privat hier", "als privatperson hier", "i'm a private person",
        "i am a private person", "i'm private", "privat", "private", "privatperson", "als privatperson", "fuer mich", "fuer mich selbst", "for myself", "myself",
        "just me", "mich selbst", "me myself", "private person", "keine firma", "kein unternehmen", "no company", "none", "privately",
        "private individual", "an individual", "individual", "privatmann", "privatfrau", "frag als privatperson",
        "frage als privatperson", "ich frag als privatperson", "ich frage als privatperson", "asking as a private person",
        "asking privately", "it's a personal project", "personal project", "a personal project", "private project", "a private project",
        "privates projekt", "privat projekt", "side project", "a side project", "hobby project", "hobbyprojekt",
        "ein privates projekt");

    private static readonly string[] LegalForms =
    [
        "gmbh & co. kg", "gmbh & co kg", "gmbh&co. kg", "ag & co. kg", "se & co. kg", "ug (haftungsbeschränkt)", "ug (haftungsbeschraenkt)",
        "partg mbb", "partgmbb", "mbb", "gmbh", "ggmbh", "mbh", "ag", "kgaa", "kg", "ohg", "gbr", "ug", "e.k.", "e. k.", "e.v.", "se", "partg",
        "pty ltd", "pty. ltd.", "ltd.", "ltd", "limited", "inc.", "inc", "pllc", "llc", "llp", "l.p.", "lp", "p.c.", "corp.", "corp",
        "corporation", "co.", "plc", "s.a.", "sa", "sarl",
        "s.r.l.", "srl", "b.v.", "a/s", "sagl", "sp. z o.o.", "sp. z o. o.", "sp.z o.o.", "sp. z.o.o.", "spol. s r.o.", "s.r.o.",
        "a.s.", "gesmbh", "ges.m.b.h.", "ges.m.b.h", "kft.", "kft", "n.v.", "pte. ltd.", "pte ltd", "pvt. ltd.", "pvt ltd",
        "s.a.s.", "ltda.", "ltda", "s.l.", "aps", "oyj",
    ];

    private static readonly HashSet<string> NotACompany = new(StringComparer.Ordinal)
    {
        "weiss nicht", "keine ahnung", "egal", "ja", "nein", "yes", "no", "ok", "okay", "test", "nichts", "nothing",
        "kein kommentar", "keine angabe", "no comment", "n a", "k a", "hallo", "hi", "hello", "danke", "thanks",
        "zurueck", "back", "go back", "auf deutsch", "auf deutsch bitte", "deutsch bitte", "in english", "english please",
        "hilfe", "help", "abbrechen", "cancel", "weiter", "skip", "ueberspringen", "sag ich spaeter", "sage ich spaeter",
        "spaeter", "later", "tell you later", "i'll tell you later", "kommt spaeter", "reiche ich nach", "sag ich gleich",
        "geheim", "secret", "whatever", "n a",
    };

    public static SlotReading? Read(string text, string language)
    {
        var clean = NameText.StripTags(text).Trim().TrimEnd('!', ' ');
        var folded = FoldedText.Of(clean);
        if (folded.Count == 0 || folded.HasQuestionMark)
        {
            return null;
        }

        if (AllPrivate(folded))
        {
            // "privat", "just me, I'm a freelancer": every part of the answer says there is no company
            var value = language == "de" ? "privat" : "private";
            return new SlotReading("company", value, Confidence.High, clean);
        }

        var whole = string.Join(' ', folded.Words.Select(w => w.Text));
        if (NotACompany.Contains(whole))
        {
            return null;
        }

        // "Ich bin Einkäufer", "I'm the CTO": who the prospect is, not where they work
        if (folded.Count is >= 3 and <= 5 && folded.MatchesAt(0, ["ich", "bin"]) || folded.Count is >= 2 and <= 4 && folded[0].Text is "i'm" or "im" ||
            folded.Count is >= 3 and <= 5 && folded.MatchesAt(0, ["i", "am"]))
        {
            var next = folded[folded[0].Text is "i'm" or "im" ? 1 : 2].Text;
            if (next is not ("von" or "vom" or "bei" or "fuer" or "from" or "at" or "with" or "for") && !HasLegalForm(clean, 0))
            {
                return null;
            }
        }

        if (Quoted(clean) is { } quoted)
        {
            // selbstständig, Einzelunternehmen "Fotostudio Lichtblick": the name in quotes is the name
            return new SlotReading("company", quoted, Confidence.High, quoted);
        }

        // "hmm, die Firma heißt …", "uh, Riverside Plumbing": a hesitation before the name is no part of it
        // ("hmm it's Kessler Farms LLC": a sound of hesitation needs no comma after it)
        var from = 0;
        while (from + 1 < folded.Count && Hesitations.Contains(folded[from].Text) &&
               (folded[from + 1].AfterBreak || folded[from].Text is "hmm" or "hm" or "hmmm" or "aeh" or "aehm" or "ehm" or "oeh" or "oehm" or "uh" or "um" or "uhm" or "erm" or "mhm"))
        {
            from++;
        }

        // "Vertrieb bei der Schulz Medizintechnik GmbH", "Sales at Acme Inc": a department or a job, then where; without
        // a legal form after it ("Einkauf bei Bosch") the words after "bei"/"at" are the company, confirmed
        var unsure = false;
        for (var k = from + 1; k <= from + 2 && k + 1 < folded.Count; k++)
        {
            var legal = folded[k].Text is "bei" or "at" or "fuer" or "for" or "von" or "vom" && HasLegalForm(clean, folded[k].End);
            if (!folded[k].AfterBreak && (legal || folded[k].Text is "bei" or "at" && !Array.Exists(Prefixes, p => folded.MatchesAt(from, p))))
            {
                unsure = !legal;
                from = folded[k + 1].Text is "der" or "dem" or "den" or "die" or "the" && k + 2 < folded.Count ? k + 2 : k + 1;
                break;
            }
        }

        var name = Extract(clean, folded, from, requireCue: false);
        if (name is null)
        {
            return null;
        }

        if (AllPrivate(FoldedText.Of(name.Value.Name)))
        {
            // "ich arbeite für mich selbst", "I work for myself"
            return new SlotReading("company", language == "de" ? "privat" : "private", Confidence.High, clean);
        }

        if (!name.Value.HasLegalForm && FoldedText.Of(name.Value.Name) is { Count: > 1 } words &&
            words[0].Text is "i" or "ich" or "wir" or "we" or "my" or "mein" or "meine" or "unser" or "unsere" or "our")
        {
            // "I own a small bakery": a sentence about the company, not its name
            return new SlotReading("company", name.Value.Name, Confidence.Medium, name.Value.Name) { Hint = ReadingHints.Ambiguous };
        }

        if (!name.Value.HasLegalForm && IsRefusal(folded))
        {
            // "noch keine, wir gründen gerade", "möchte ich nicht sagen": no company name, whatever words are left
            return null;
        }

        var (sentence, generic) = name.Value.HasLegalForm ? (false, false) : WordKinds(name.Value.Name);
        if (sentence)
        {
            // "erstmal egal", "das tut nichts zur Sache", "just a small shop": small words of a sentence are no company
            // name. In small letters throughout it is no answer; beside capitalized words it may hold the name, confirmed.
            if (!name.Value.Name.Any(char.IsUpper))
            {
                return PrivateWordIn(folded) ? new SlotReading("company", language == "de" ? "privat" : "private", Confidence.Medium, clean) { Hint = ReadingHints.Ambiguous } : null;
            }

            unsure = true;
        }

        var confidence = name.Value.Words <= 6 && !unsure ? Confidence.High : Confidence.Medium;
        if (!name.Value.HasLegalForm && !name.Value.Name.Any(char.IsUpper) && name.Value.End < clean.Length &&
            clean[name.Value.End..].TrimStart().StartsWith(',') && clean[name.Value.End..].Any(char.IsUpper))
        {
            // "small agency, Pixel & Co": words in small letters before a capitalized name describe the company
            confidence = Confidence.Medium;
        }
        if (Described(name.Value.Name, clean[name.Value.End..]) is { } described)
        {
            return described;
        }

        var small = !clean.Any(char.IsUpper);
        if (small && !name.Value.HasLegalForm && (name.Value.Words > 2 || generic))
        {
            // "northwind trading group", "startup": in small letters and without a legal form, more than two words or a
            // word for any company may describe it rather than name it
            confidence = Confidence.Medium;
        }

        var stored = small ? Capitalized(name.Value.Name) : name.Value.Name;
        if (small && !name.Value.HasLegalForm && name.Value.Words == 1 && stored.Length <= 4 && stored.All(char.IsLetter))
        {
            // "bmw", "ibm", "ikea": a short word in small letters is as often an acronym as a name; written in capitals
            // when it has three letters or fewer, and confirmed
            stored = stored.Length <= 3 ? stored.ToUpperInvariant() : stored;
            confidence = Confidence.Medium;
        }
        return new SlotReading("company", stored, confidence, name.Value.Name);
    }

    // Words of a sentence, not of a company's name, when written in small letters: pronouns, forms of "to be", "to have",
    // "to do", "to say", negations and the adverbs of a remark ("sag ich später", "doesn't matter", "erstmal egal").
    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "ich", "du", "er", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch", "bin", "bist", "ist", "sind",
        "seid", "war", "habe", "hab", "hat", "haben", "mach", "mache", "macht", "machen", "sag", "sage", "sagt", "sagen",
        "weiss", "will", "moechte", "kann", "koennen", "muss", "tut", "tun", "nicht", "nichts", "kein", "keine", "noch",
        "schon", "erst", "erstmal", "mal", "nur", "gerade", "grad", "egal", "spaeter", "jetzt", "dann", "wenn", "weil",
        "dass", "ob", "aber", "doch", "halt", "eben", "bitte", "danke", "leider", "eigentlich", "momentan", "aktuell", "ein",
        "eine", "einer", "einen", "einem", "mein", "meine", "meines", "meinem", "meinen", "meiner", "dein", "deine", "sein",
        "seine", "seines", "seiner", "unser", "unsere", "unseres", "unserer", "our", "his", "her", "their", "i", "i'm", "im", "i'd", "i'll", "me", "my", "you", "your", "he", "she", "it's",
        "we", "we're", "they", "am", "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did",
        "doesn't", "don't", "dont", "can", "can't", "will", "would", "should", "not", "no", "yet", "just", "only", "still",
        "later", "now", "matter", "really", "actually", "tell", "say", "know", "sure", "please", "thanks", "rather",
        "maybe", "vielleicht", "nothing", "anything", "something", "whatever", "because", "but", "a", "an",
    };

    /// <summary>Whether a word of the name is a sentence word written in small letters, and whether one is a word for any
    /// company; one pass over the name's words.</summary>
    private static (bool Sentence, bool Generic) WordKinds(string name)
    {
        var sentence = false;
        var generic = false;
        foreach (var w in FoldedText.Of(name).Words)
        {
            sentence |= char.IsLower(name[w.Start]) && SentenceWords.Contains(w.Text);
            generic |= GenericWords.Contains(w.Text);
        }

        return (sentence, generic);
    }

    // Words for any company ("Startup", "Agentur", "hospital"): typed in small letters alone they describe, not name.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "startup", "start", "up", "agentur", "agency", "firma", "company", "shop", "laden", "praxis", "kanzlei", "hospital",
        "krankenhaus", "klinik", "clinic", "school", "schule", "uni", "university", "universitaet", "verein", "behoerde",
        "stadt", "gemeinde", "bank", "beratung", "consulting", "consultancy", "konzern", "mittelstaendler", "familienbetrieb",
        "familienunternehmen", "family", "business", "small", "kleine", "kleines", "klein", "big", "large", "grosse", "grosses",
        "unternehmen", "betrieb", "handwerksbetrieb", "buero", "office", "store", "restaurant", "hotel", "werkstatt",
        "nonprofit", "ngo", "npo", "charity", "government", "city", "council", "enterprise", "corporate", "client", "kunde",
    };

    private static bool PrivateWordIn(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (w.Text is "privat" or "private" or "privatperson" or "privately" or "freelancer" or "freiberufler" or "freiberuflerin" or "personal" or
                "selbststaendig" or "selbstaendig" or "myself" or "own")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Dictionary<string, string> LegalFormSpelling = new(StringComparer.Ordinal)
    {
        ["gmbh"] = "GmbH", ["ggmbh"] = "gGmbH", ["mbh"] = "mbH", ["ag"] = "AG", ["kg"] = "KG", ["kgaa"] = "KGaA", ["ohg"] = "OHG",
        ["gbr"] = "GbR", ["ug"] = "UG", ["se"] = "SE", ["mbb"] = "mbB", ["partg"] = "PartG", ["co"] = "Co", ["ltd"] = "Ltd",
        ["inc"] = "Inc", ["llc"] = "LLC", ["llp"] = "LLP", ["pllc"] = "PLLC", ["corp"] = "Corp", ["plc"] = "PLC", ["lp"] = "LP",
        ["pty"] = "Pty", ["sarl"] = "SARL", ["srl"] = "SRL", ["sagl"] = "SAGL", ["e"] = "e", ["k"] = "K", ["v"] = "V",
    };

    /// <summary>A company written all in small letters ("bauer möbel gmbh") as it is written: each word capitalized, the
    /// legal form in its own spelling ("Bauer Möbel GmbH"); "und"/"and" stay small.</summary>
    internal static string Capitalized(string name)
    {
        var sb = new StringBuilder(name.Length);
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsLetter(name[i]))
            {
                sb.Append(name[i++]);
                continue;
            }

            var start = i;
            while (i < name.Length && (char.IsLetter(name[i]) || name[i] == '\''))
            {
                i++;
            }

            var word = name[start..i];
            if (LegalFormSpelling.TryGetValue(word, out var spelled) && (word.Length > 1 || i < name.Length && name[i] == '.'))
            {
                // "e.k." → "e.K.", "e.v." → "e.V.": the letters after the first are capitals
                sb.Append(word.Length == 1 && start > 0 && name[start - 1] == '.' ? spelled.ToUpperInvariant() : spelled);
            }
            else if (word is "und" or "and" or "of" or "the" && start > 0)
            {
                sb.Append(word);
            }
            else
            {
                sb.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return sb.ToString();
    }

    private static bool AllPrivate(FoldedText folded)
    {
        var at = 0;
        while (at < folded.Count)
        {
            // "bin Privatperson", "i'm a freelancer", "as a private person": the words that say who is answering
            var self = at;
            while (self + 1 < folded.Count && folded[self].Text is "ich" or "bin" or "i'm" or "im" or "i" or "am" or "a" or "als" or "as" or "eine" or "ein" or
                       "it's" or "its" or "it" or "is" or "for" or "es" or "ist" or "fuer" &&
                   (self == at || !folded[self].AfterBreak))
            {
                self++;
            }

            if (self > at && Array.Exists(Private, p => folded.MatchesAt(self, p)))
            {
                at = self;
            }

            var matched = 0;
            foreach (var p in Private)
            {
                if (folded.MatchesAt(at, p) && (at + p.Length == folded.Count || folded[at + p.Length].AfterBreak))
                {
                    matched = p.Length;
                    break;
                }
            }

            if (matched == 0)
            {
                return false;
            }

            at += matched;
        }

        return true;
    }

    private static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal)
    {
        "hmm", "hm", "hmmm", "aeh", "aehm", "ehm", "oeh", "oehm", "oehmm", "mhm", "uh", "um", "uhm", "erm", "also", "well", "so", "naja", "ok", "okay",
        "ja", "yes", "yeah", "klar", "sure", "gerne", "na",
    };

    /// <summary>The words between the one pair of quotes in the message ("…", „…", “…”, «…»), when they look like a name.</summary>
    private static string? Quoted(string text)
    {
        var open = text.IndexOfAny(['"', '„', '“', '«']);
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOfAny(['"', '“', '”', '»'], open + 1);
        if (close < 0 || text.IndexOfAny(['"', '„', '“', '”', '«', '»'], close + 1) >= 0)
        {
            return null;
        }

        // the name in quotes ends the answer or is said to be the name ("\"Acme\" is the name"); a nickname inside a
        // person's name ("Max \"Mäxchen\" Müller") is no company
        var after = FoldedText.Of(text[(close + 1)..]);
        if (after.Words.Any(w => w.Text is not ("is" or "the" or "name" or "ist" or "der" or "unser" or "our" or "company" or "firmenname")))
        {
            return null;
        }

        var inside = text[(open + 1)..close].Trim();
        var words = FoldedText.Of(inside);
        return words.Count is >= 1 and <= 6 && inside.Any(char.IsUpper) && inside.Length <= 100 ? inside : null;
    }

    private static readonly HashSet<string> RefusalWords = new(StringComparer.Ordinal)
    {
        "nicht", "kein", "keine", "keinen", "not", "none", "lieber", "rather", "sagen", "say", "gruenden", "gruendung",
        "founding", "anonym", "anonymous", "later", "spaeter", "nachreichen",
    };

    private static bool IsRefusal(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (RefusalWords.Contains(w.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[][] NamedCues = Phrases.Of(
        "called", "named", "namens", "mit dem namen", "mit namen", "heisst", "name is", "der name ist");

    /// <summary>"ein kleines Ingenieurbüro, Meier &amp; Partner" or "a startup called Brightleaf": words that start with an
    /// indefinite article describe the company, they are no name. The name after "called"/"namens" is taken; a name after
    /// a comma is confirmed; a description alone is confirmed as it is, never stored silently as a name.</summary>
    private static SlotReading? Described(string name, string following)
    {
        var folded = FoldedText.Of(name);
        if (folded.Count < 2 || folded[0].Text is not ("ein" or "eine" or "einen" or "einem" or "a" or "an"))
        {
            return null;
        }

        var (at, length) = folded.Find(NamedCues);
        if (at > 0 && at + length < folded.Count)
        {
            var called = name[folded[at + length].Start..].Trim().TrimEnd('.', '!');
            return new SlotReading("company", called, Confidence.High, called);
        }

        for (var i = folded.Count - 1; i > 0; i--)
        {
            if (folded[i].AfterBreak)
            {
                var after = name[folded[i].Start..].Trim().TrimEnd('.', '!');
                return new SlotReading("company", after, Confidence.Medium, after) { Hint = ReadingHints.Ambiguous };
            }
        }

        var next = following.TrimStart(',', ';', ':', ' ', '-').Trim().TrimEnd('.', '!');
        if (next.Length > 1 && following.TrimStart().StartsWith(',') && next.Any(char.IsUpper))
        {
            return new SlotReading("company", next, Confidence.Medium, next) { Hint = ReadingHints.Ambiguous };
        }

        return new SlotReading("company", name, Confidence.Medium, name) { Hint = ReadingHints.Ambiguous };
    }

    /// <summary>The company name from word <paramref name="at"/> on: framing words ("wir sind die", "I work for") off,
    /// cut after a legal form ("Acme GmbH aus Köln" → "Acme GmbH") or before a place ("aus Köln", "in Berlin", "based in").</summary>
    internal static (string Name, int Start, int End, int Words, bool HasLegalForm)? Extract(string text, FoldedText folded, int at, bool requireCue)
    {
        var cue = false;
        for (var round = 0; round < 3; round++)
        {
            var matched = false;
            foreach (var p in Prefixes)
            {
                if (folded.MatchesAt(at, p) && at + p.Length < folded.Count)
                {
                    at += p.Length;
                    matched = true;
                    cue = true;
                    break;
                }
            }

            if (!matched)
            {
                break;
            }
        }

        if (requireCue && !cue || at >= folded.Count)
        {
            return null;
        }

        var start = folded[at].Start;
        var end = at;
        var legalEnd = -1;
        while (end < folded.Count)
        {
            // "Harbor Freight Solutions, Ltd.": a legal form after a comma still belongs to the name
            if (end > at && folded[end].AfterBreak && !IsLegalFormWord(folded[end].Text) &&
                !(LegalFormAt(text, folded[end].Start) is not null && text[folded[end - 1].End..folded[end].Start].Trim() == ","))
            {
                end--;
                break;
            }

            var w = folded[end].Text;
            if (end > at && w is "aus" or "in" or "im" or "from" or "based" or "located" or "mit" or "with" or "und" or "and" or "sitz" or
                "angestellt" or "beschaeftigt" or "taetig")
            {
                end--;
                break;
            }

            if (LegalFormAt(text, folded[end].Start) is { } legalLength)
            {
                legalEnd = folded[end].Start + legalLength;

                // "Hill Corp LLC", "Acme Holdings Inc.": a second legal form right after the first belongs to the name
                // ("Pacific Rim Trading Co., Ltd." with a comma between the two)
                var next = legalEnd;
                while (next < text.Length && (text[next] == ' ' || text[next] == ',' && next + 1 < text.Length && text[next + 1] == ' '))
                {
                    next++;
                }

                if (next > legalEnd && next < text.Length && LegalFormAt(text, next) is { } second)
                {
                    legalEnd = next + second;
                }

                // skip the words of the legal form
                while (end + 1 < folded.Count && folded[end + 1].Start < legalEnd)
                {
                    end++;
                }

                break;
            }

            if (end - at >= 9)
            {
                return null;
            }

            end++;
        }

        end = Math.Min(end, folded.Count - 1);
        if (end < at)
        {
            return null;
        }

        var stop = legalEnd > 0 ? legalEnd : folded[end].End;
        var name = text[start..stop].Trim().TrimEnd(',', ';', ':');
        if (legalEnd < 0)
        {
            name = name.TrimEnd('.');
        }
        if (name.Length is 0 or > 200 || !name.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        return (name, start, stop, end - at + 1, legalEnd > 0);
    }

    /// <summary>Whether a legal form ("GmbH", "Ltd") stands anywhere from <paramref name="from"/> on, as a whole word.</summary>
    public static bool HasLegalForm(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && char.IsLetter(text[i]) && LegalFormAt(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first legal form from <paramref name="from"/> on: its start and end.</summary>
    public static (int Start, int End)? FindLegalForm(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && char.IsLetter(text[i]) && LegalFormAt(text, i) is { } length)
            {
                return (i, i + length);
            }
        }

        return null;
    }

    private static bool IsLegalFormWord(string w) => w is "co" or "kg" or "k" or "v";

    /// <summary>The length of a legal form starting at <paramref name="index"/> as a whole word, or null.</summary>
    private static int? LegalFormAt(string text, int index)
    {
        foreach (var form in LegalForms)
        {
            if (index + form.Length <= text.Length && string.Compare(text, index, form, 0, form.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (index + form.Length == text.Length || !char.IsLetterOrDigit(text[index + form.Length]) || form.EndsWith('.')) &&
                (index == 0 || !char.IsLetterOrDigit(text[index - 1])))
            {
                return form.Length;
            }
        }

        return null;
    }
}
