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
    // Words that lead in to an address, no part of it ("meine mail ist 89@…", "email: 42@…").
    private static readonly HashSet<string> LeadInWords = new(StringComparer.Ordinal)
    {
        "ist", "is", "mail", "email", "e-mail", "adresse", "address", "an", "at", "unter", "lautet", "me", "mir", "my", "meine", "mein", "use", "nimm", "to", "or", "oder", "and", "und", "per", "via",
    };

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
            // an address never begins inside the one before it ("a@b.de!c@d.de": "!" may stand in an address's first part)
            var floor = found.Count > 0 ? found[^1].End : 0;
            while (start > floor && at - start < 64 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            // "katrin.hoffmann@@stadtwerke-bielefeld.de": an at sign typed twice is one, the address confirmed
            var doubled = at + 1 < text.Length && text[at + 1] == '@' && (at + 2 >= text.Length || text[at + 2] != '@');
            var domainStart = doubled ? at + 2 : at + 1;
            var end = domainStart;
            while (end < text.Length && end - at <= 253 && IsDomainChar(text[end]))
            {
                end++;
            }

            // trailing dots and dashes belong to the sentence, not the address
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            // "sarah_j_ 89@hotmail.com", "sarah _j89@…": a space typed beside an underscore or a dash inside the part before
            // the at sign cuts it; the joined address is confirmed, never the shorter one taken as sure
            var head = "";
            if (start - 2 >= floor && text[start - 1] == ' ' &&
                (text[start - 2] is '_' or '-' || (text[start] is '_' && char.IsLetterOrDigit(text[start - 2]))))
            {
                var pieceStart = PieceBeforeSpace(text, start, floor, at);
                if (text[pieceStart..(start - 1)].Any(char.IsLetterOrDigit))
                {
                    head = text[pieceStart..(start - 1)];
                    start = pieceStart;
                }
            }

            // "anna 89@hotmail.com": a part before the at sign of digits alone after a word and a space is cut off that word
            // as likely as it stands alone; the joined address is confirmed, the digits alone after a word leading in to
            // the address ("meine mail ist 89@…") too, never sure
            var spacedDigits = head.Length == 0 && start < at && start - 2 >= floor && text[start - 1] == ' ' && char.IsLetterOrDigit(text[start - 2]) &&
                               text[start..at].All(char.IsAsciiDigit);
            if (spacedDigits)
            {
                var pieceStart = PieceBeforeSpace(text, start, floor, at);
                var word = text[pieceStart..(start - 1)];
                if (word.Any(char.IsLetter) && !LeadInWords.Contains(word.ToLowerInvariant().TrimEnd(':')))
                {
                    head = word;
                    start = pieceStart;
                }
            }

            // "max . mustermann@acme.de": a dot standing apart before the part typed with the at sign joins the word before
            // it (a given name, an initial) when that part has no dot of its own; the address read from the at sign on alone
            // would be half of it, taken as sure
            var spacedDot = head.Length == 0 && !spacedDigits && start - 4 >= floor && text.IndexOf('.', start, at - start) < 0 && text[start - 1] == ' ' && text[start - 2] == '.' && text[start - 3] == ' ' &&
                            char.IsLetterOrDigit(text[start - 4]);
            if (spacedDot)
            {
                var pieceStart = PieceBeforeSpace(text, start - 2, floor, at);
                var word = text[pieceStart..(start - 3)];
                if (word.All(char.IsLetterOrDigit) && !LeadInWords.Contains(word.ToLowerInvariant()))
                {
                    head = word + ".";
                    start = pieceStart;
                }
            }

            while (start < at && head.Length == 0 && text[start] is '.')
            {
                start++;
            }

            var local = head.Length == 0 ? text[start..at] : head + text[(head.EndsWith('.') ? start + head.Length + 2 : start + head.Length + 1)..at];
            var domain = text[domainStart..end];
            var repaired = RepairedDomain(domain);
            if (repaired is not null)
            {
                domain = repaired;
            }

            var glued = (start > 0 && text[start - 1] == '@') || (end < text.Length && text[end] == '@');
            if (!glued && IsValid(local, domain))
            {
                var (lowerLocal, lowerDomain) = (local.ToLowerInvariant(), domain.ToLowerInvariant());
                var address = lowerLocal + "@" + lowerDomain;
                // "c.weiß@…", "jürgen.baumgartner@…": a German letter in the part before the at sign is one many mail systems
                // do not take, and careful writers kept it or wrote it out; the address is confirmed, never sure
                // "…@gmial.com", "…@web.dee": a big provider's domain with one slip is offered as that provider's, confirmed
                var meant = ProviderMeant(lowerDomain);
                found.Add(new Found(meant is null ? address : lowerLocal + "@" + meant, start, end,
                    Guessed: meant is not null || doubled || repaired is not null || head.Length > 0 || spacedDigits || local.AsSpan().IndexOfAny("äöüßÄÖÜ") >= 0));
                from = end;
            }
            else if (!glued && ProviderWithoutDot(domain) is { } provider && IsValid(local, provider) &&
                     !(end + 1 < text.Length && text[end] is ',' or ';' && char.IsLetter(text[end + 1])))
            {
                found.Add(new Found(local.ToLowerInvariant() + "@" + provider, start, end, Guessed: true));
                from = end;
            }
            else if (!glued && !domain.Contains('.', StringComparison.Ordinal) && end + 1 < text.Length && text[end] == ' ' && SpacedDomain(text, end + 1) is { } tailEnd &&
                     IsValid(local, domain + text[(end + 1)..tailEnd]))
            {
                // "j.lopez@acme corp.com": a space typed inside the domain; the joined address is confirmed
                found.Add(new Found(local.ToLowerInvariant() + "@" + (domain + text[(end + 1)..tailEnd]).ToLowerInvariant(), start, tailEnd, Guessed: true));
                from = tailEnd;
            }
            else if (!glued && domain.Length >= 2 && !domain.Contains('.', StringComparison.Ordinal) && EndingAfterSpace(text, end) is { } ending &&
                     IsValid(local, domain + "." + ending.Word))
            {
                // "florian.haas@systemhaus-haas de": a space typed for the dot before the ending; the joined address is
                // confirmed
                found.Add(new Found(local.ToLowerInvariant() + "@" + domain.ToLowerInvariant() + "." + ending.Word, start, ending.End, Guessed: true));
                from = ending.End;
            }
        }

        return found;
    }

    /// <summary>A domain with a slip of the keys that no real domain has, put right: a dot typed twice
    /// ("praxis-schulte..de") or the ending typed twice after a name ("t-online.de.de"); null when there is none. The
    /// address it gives is confirmed, as the slip may hide another.</summary>
    private static string? RepairedDomain(string domain)
    {
        if (domain.Contains("..", StringComparison.Ordinal))
        {
            var single = domain;
            while (single.Contains("..", StringComparison.Ordinal))
            {
                single = single.Replace("..", ".", StringComparison.Ordinal);
            }

            return single;
        }

        var labels = domain.Split('.');
        return labels.Length >= 3 && labels[^1].Length is 2 or 3 && labels[^1].All(char.IsAsciiLetter) &&
               string.Equals(labels[^1], labels[^2], StringComparison.OrdinalIgnoreCase)
            ? domain[..domain.LastIndexOf('.')]
            : null;
    }

    /// <summary>The one address an answer spells out with words or marks for its signs ("lena punkt schmitt at posteo
    /// punkt de", "mike dot jones at gmail dot com", "j.huber(at)huber-soehne.de") or with a comma for the dot before
    /// its ending ("k.mueller@web,de"), as written with the signs; null when the answer holds no such address or more
    /// than one. Such an address is the prospect's to confirm: "at" and "dot" are also words of a sentence.</summary>
    public static Found? SpelledOut(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        if (ProviderBeside(text) is { } beside)
        {
            return beside;
        }

        if (WithSignsJoined(text) is not { } rewritten)
        {
            return null;
        }

        var found = FindAll(rewritten);
        if (found.Count != 1 || !found[0].Address.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        // "my name at company dot com": a possessive before it describes the shape of an address, it gives none
        var before = rewritten[..found[0].Start].TrimEnd().ToLowerInvariant();
        return before.EndsWith("my", StringComparison.Ordinal) || before.EndsWith("mein", StringComparison.Ordinal) ||
               before.EndsWith("meine", StringComparison.Ordinal) || before.EndsWith("your", StringComparison.Ordinal) || before.EndsWith("ihre", StringComparison.Ordinal)
            ? null
            : found[0] with { Start = 0, End = text.Length, Guessed = true };
    }

    /// <summary>The answer with the signs of an address said in words or marks put in their place ("lena (at)
    /// kraft-bau.de" → "lena@kraft-bau.de", "mike dot jones at gmail dot com"), or null when it says none. Beside a typed
    /// address (<paramref name="besideTyped"/>) a bare "at" is a sign only when a "dot" is said too ("I work at acme.com"
    /// is a sentence), and a dot standing apart after an at sign closes up ("jane.doe@acme . io", "bookings @ seaview .
    /// co . uk").</summary>
    public static string? WithSignsJoined(string text, bool besideTyped = false)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bareAt = !besideTyped || words.Any(w => w.ToLowerInvariant() is "dot" or "punkt" or "(dot)" or "[dot]" or "(punkt)");
        var joined = new StringBuilder();
        var signs = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            // with no typed address beside it, a dot standing apart closes up only before an ending ("… . co . uk"), never
            // before a word of the sentence ("… . thanks")
            var endingNext = besideTyped || i + 1 < words.Length && words[i + 1].Length is >= 2 and <= 4 && words[i + 1].All(char.IsAsciiLetter);
            // "marc . weber @ acme . lu": a dot standing apart before the last piece of the part before the at sign closes
            // up too, as the next word is followed by the sign
            var atAfterNext = i + 1 < words.Length && !words[i + 1].Contains('@') && i + 2 < words.Length &&
                              (words[i + 2].ToLowerInvariant() is "@" or "(at)" or "[at]" || bareAt && words[i + 2].ToLowerInvariant() is "at" or "ät" || words[i + 2].StartsWith('@'));
            // "gmx dot at", "gmx punkt at": "at" right after a spoken dot is Austria's top-level domain, no at sign
            var sign = lower is "at" && joined.Length > 0 && joined[^1] == '.' ? null : lower switch
            {
                "at" or "ät" when bareAt => "@",
                "(at)" or "[at]" or "(ät)" or "@" => "@",
                "." when endingNext && LastWord(joined).Contains('@') => ".",
                "." when atAfterNext && joined.Length > 0 && !LastWord(joined).Contains('@') && LastWord(joined).Any(char.IsLetterOrDigit) => ".",
                "punkt" or "dot" or "(dot)" or "[dot]" or "(punkt)" => ".",
                // a hyphen or an underscore said aloud by a writer who dictates ("maschinenring minus rottal")
                "minus" or "bindestrich" or "hyphen" or "dash" => "-",
                "unterstrich" or "underscore" => "_",
                _ => null,
            };
            if (joined.Length > 0 && joined[^1] == '@' && (sign == "@" || lower is "sign" or "zeichen" or "symbol" or "sign:" or "zeichen:"))
            {
                // "anna @ at sign gmail.com", "k.oeztuerk@ @awo-nord.de": the at sign said again, or the word for it after
                // it, is the one sign already written
                signs++;
                continue;
            }

            if (sign is not null && joined.Length > 0)
            {
                // a sign between words joins them without the spaces
                joined.Append(sign);
                signs++;
                continue;
            }

            if (joined.Length > 0 && joined[^1] is not ('@' or '.' or '-' or '_'))
            {
                joined.Append(' ');
            }

            var marked = (joined.Length > 0 && joined[^1] == '@' ? word.TrimStart('@') : word)
                .Replace("(at)", "@", StringComparison.OrdinalIgnoreCase).Replace("[at]", "@", StringComparison.OrdinalIgnoreCase)
                .Replace("(dot)", ".", StringComparison.OrdinalIgnoreCase).Replace("[dot]", ".", StringComparison.OrdinalIgnoreCase);
            signs += marked.Length == word.Length ? 0 : 1;
            joined.Append(marked);
        }

        var rewritten = joined.ToString();
        var at = rewritten.IndexOf('@');
        if (at > 0 && rewritten.IndexOf('@', at + 1) < 0)
        {
            // "web,de": a comma typed for the dot before a top-level domain of letters that ends the address
            var comma = rewritten.IndexOf(',', at);
            var end = comma + 1;
            while (comma > at && end < rewritten.Length && char.IsAsciiLetter(rewritten[end]))
            {
                end++;
            }

            if (comma > at + 1 && end - comma - 1 is >= 2 and <= 6 && (end == rewritten.Length || !char.IsLetterOrDigit(rewritten[end])))
            {
                rewritten = string.Concat(rewritten.AsSpan(0, comma), ".", rewritten.AsSpan(comma + 1));
                signs++;
            }
        }

        return signs == 0 || rewritten == text.Trim() ? null : rewritten;
    }

    private static string LastWord(StringBuilder joined)
    {
        var i = joined.Length;
        while (i > 0 && joined[i - 1] != ' ')
        {
            i--;
        }

        return joined.ToString(i, joined.Length - i);
    }

    /// <summary>"gmail, chris.p.bacon", "chris.p.bacon / gmx": a common provider named by itself and the part before the
    /// at sign beside it, the two and nothing else; the address they make, guessed (so confirmed), or null.</summary>
    private static Found? ProviderBeside(string text)
    {
        var parts = text.Trim().TrimEnd('.').Split([',', ';', '/', ':'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        for (var k = 0; k < 2; k++)
        {
            var name = parts[k].ToLowerInvariant();
            var provider = Array.IndexOf(Providers, name) >= 0 ? name : ProviderWithoutDot(name);
            var local = parts[1 - k];
            // the part before the at sign shows itself as one by a dot, a dash, an underscore, a plus or a digit, so a
            // word beside the provider ("gmail, yes") is none
            if (provider is not null && local.Length is >= 2 and <= 64 && local.Any(char.IsAsciiLetter) && local.Any(c => c is '.' or '_' or '-' or '+' || char.IsAsciiDigit(c)) &&
                local.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+') && local[0] != '.' && local[^1] != '.' &&
                !local.Contains("..", StringComparison.Ordinal))
            {
                return new Found($"{local}@{provider}", 0, text.Length, Guessed: true);
            }
        }

        return null;
    }

    /// <summary>The common provider's domain that <paramref name="domain"/> is without its dot ("gmailcom", "webde") or
    /// without its top-level domain ("gmx", "outlook": the provider's first domain in the list).</summary>
    private static string? ProviderWithoutDot(string domain)
    {
        var lower = domain.ToLowerInvariant();
        if (lower.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var provider in Providers)
        {
            if (string.Concat(provider.Split('.')) == lower || provider[..provider.LastIndexOf('.')] == lower)
            {
                return provider;
            }
        }

        return null;
    }

    /// <summary>The country or generic ending typed after one space instead of a dot ("… de", "… com"), folded, and where
    /// it ends; null when the word after the space is none or is also a word of a sentence ("at", "in", "me", "es").</summary>
    private static (string Word, int End)? EndingAfterSpace(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ')
        {
            return null;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text[(end + 1)..wordEnd].ToLowerInvariant();
        return wordEnd > end + 1 && (wordEnd == text.Length || !char.IsLetterOrDigit(text[wordEnd]) && text[wordEnd] != '@') &&
               RealEndings.Contains(word) && word is not ("at" or "co" or "me" or "in" or "it" or "be" or "no" or "us" or "es" or "se")
            ? (word, wordEnd)
            : null;
    }

    /// <summary>Where a word that ends a domain ("corp.com") after a space ends: letters, digits, dashes and at least one
    /// dot, then the end of the address; null otherwise.</summary>
    private static int? SpacedDomain(string text, int from)
    {
        var end = from;
        while (end < text.Length && IsDomainChar(text[end]))
        {
            end++;
        }

        while (end > from && text[end - 1] is '.' or '-')
        {
            end--;
        }

        return end > from && text.AsSpan(from, end - from).Contains('.') && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? end : null;
    }

    // The mail providers most prospects use: a domain one typo away from one of them ("gmial.com", "gmx.ed") is far more
    // often a slip than a real domain, so the address is confirmed, not stored silently.
    private static readonly string[] Providers =
    [
        "gmail.com", "googlemail.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de", "t-online.de",
        "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "live.com", "live.de", "msn.com", "yahoo.com", "yahoo.de",
        "icloud.com", "me.com", "aol.com", "freenet.de", "posteo.de", "mail.de", "mail.com", "protonmail.com", "proton.me",
        "arcor.de", "online.de", "email.de", "bluewin.ch", "ymail.com", "email.com",
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
            // ("hotmail.dk", "yahoo.se": a provider's name with a real ending of another country is its domain there)
            if (OneEditApart(domain, provider) &&
                !(domain.LastIndexOf('.') is > 0 and var dot && domain[..dot] == provider[..provider.LastIndexOf('.')] && RealEndings.Contains(domain[(dot + 1)..])))
            {
                return true;
            }
        }

        return false;
    }

    // Endings of real domains: a provider's name with one of these instead of its own ("live.at", "gmx.it") may be a
    // domain of its own, never corrected.
    private static readonly HashSet<string> RealEndings = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "de", "at", "ch", "co", "io", "me", "eu", "uk", "fr", "it", "nl", "es", "be", "dk", "se", "no",
        "pl", "cz", "lu", "li", "us", "ca", "info", "biz", "ie", "pt", "fi", "hu", "sk", "si", "hr", "ro", "tr", "ru", "in",
    };

    /// <summary>The one common provider's domain that <paramref name="domain"/> is one slip away from, with a provider
    /// name mistyped ("gmial.com", "hotmial.de") or an ending no domain has ("gmx.dee", "web.ed"); null for the provider
    /// itself, for an unknown domain, and when two providers are as near.</summary>
    private static string? ProviderMeant(string domain)
    {
        if (Array.IndexOf(Providers, domain) >= 0)
        {
            return null;
        }

        string? meant = null;
        foreach (var provider in Providers)
        {
            if (!OneEditApart(domain, provider))
            {
                continue;
            }

            var dot = domain.LastIndexOf('.');
            var providerDot = provider.LastIndexOf('.');
            var sameName = dot >= 0 && domain[..dot] == provider[..providerDot];
            if (sameName ? RealEndings.Contains(domain[(dot + 1)..]) : providerDot < 5)
            {
                // ("ge.com", "gmc.de", "wem.de": a short name one letter from "me", "gmx", "web" is as likely a domain of
                // its own)
                continue;
            }

            if (meant is not null)
            {
                return null;
            }

            meant = provider;
        }

        return meant;
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

    /// <summary>Where the piece of address characters begins that stands right before the space at
    /// <paramref name="start"/> - 1 ("sarah_j_" in "sarah_j_ 89@…"), no further back than <paramref name="floor"/> and
    /// within an address's length of the at sign.</summary>
    private static int PieceBeforeSpace(string text, int start, int floor, int at)
    {
        var pieceStart = start - 1;
        while (pieceStart > floor && at - pieceStart < 64 && IsLocalChar(text[pieceStart - 1]))
        {
            pieceStart--;
        }

        return pieceStart;
    }

    // Letters beyond ASCII are allowed in the local part (internationalized addresses, "jürgen@…"): cutting the address
    // at the first umlaut would store a different address.
    private static bool IsLocalChar(char c) =>
        char.IsLetterOrDigit(c) || c is '.' or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '/' or '=' or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~' or '-';

    private static bool IsDomainChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '.';
}
