using System.Globalization;
using System.Text;
using PhoneNumbers;

namespace LeadBot.Dialogs.Understanding;

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

        // spaces are collapsed within a line; the line breaks stay, as a signature's lines ("Gasser & Partner" below the
        // name) are apart from the name
        return string.Join('\n', sb.ToString().Split('\n').Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0));
    }
}

internal static partial class NameReader
{
    private static readonly string[][] Greetings = Phrases.Of(
        "hallo", "hi", "hey", "moin", "moin moin", "servus", "gruess gott", "guten tag", "guten morgen", "guten abend",
        "hello", "hello there", "good morning", "good afternoon", "good evening", "hey there", "hi there", "na klar", "gerne",
        "viele gruesse", "liebe gruesse", "beste gruesse", "freundliche gruesse", "mit freundlichen gruessen", "schoene gruesse",
        "best regards", "kind regards", "many thanks",
        "grüezi", "grüessech", "grüß dich", "grüß di", "griaß di", "griaß eich", "grüß gott", "hoi", "sali", "salut",
        "servas", "habe die ehre", "tach", "moinsen", "hallöchen", "huhu", "ciao", "bonjour", "bonsoir", "buongiorno", "buonasera", "salve", "howdy", "hiya", "heya",
        "yo", "greetings", "g'day", "good day", "hey hey", "hi hi", "hallo hallo",
        "grüezi mitenand", "grüezi miteinand", "grüezi wohl", "hoi zäme", "servus miteinander", "servus beinand",
        // the Swiss greetings typed without their umlaut ("gruezi, Reto Brunner")
        "gruezi", "gruezi mitenand", "gruezi miteinand", "gruessech", "hoi zaeme",
        // Luxembourgish greetings ("Moien, Claude Wagner hei") and those of second-language writers greeting in their
        // first language before the name ("Merhaba, Emre Yildiz", "Hola, soy…" is read by the prefixes)
        "moien", "gudde moien", "moien alleguer", "gudden owend", "goedemorgen", "goedendag", "goeiedag", "hallo allemaal",
        "merhaba", "dzien dobry", "czesc", "bom dia", "boa tarde", "buenos dias", "buenas tardes", "hola", "hej", "hej hej", "namaste",
        "gern", "klar", "sure", "ok", "okay", "yes", "ja");

    private static readonly string[][] Prefixes = Phrases.Of(
        "mein name ist", "mein name lautet", "mein voller name ist", "mein vollstaendiger name ist", "mein richtiger name ist",
        "my full name is", "my full name's", "my real name is", "my actual name is", "real name is", "real name's", "real name",
        "legal name is", "legal name's", "actual name is", "actual name's", "mein echter name ist", "richtiger name ist", "richtiger name",
        "echter name", "mein name", "name", "ich heisse", "ich heiss", "ich bin", "ich bin der", "ich bin die",
        "hier ist", "hier spricht", "hier schreibt", "das ist", "man nennt mich", "nennen sie mich", "my name is", "my name's",
        "name is", "i am", "i'm", "im", "this is", "it's", "its", "call me", "you can call me", "they call me", "just call me", "you can just call me", "please call me", "herr", "frau",
        "hr", "fr", "mr", "mrs", "ms", "miss", "mister", "misses", "missus", "monsieur", "madame", "mme", "nenn mich", "nenn mich einfach", "nennen sie mich einfach", "name's", "names",
        "schreib einfach", "schreiben sie einfach", "schreibt einfach", "just put", "just write",
        // Indian English introduces oneself with "myself" ("myself Anil Reddy"); "heise" is "heiße" mistyped; "here is"
        // is "hier ist" said word for word by writers of English as a second language
        "myself", "ich heise", "i heise", "here is",
        // "my good name is" is the polite Indian English introduction; "mei Name is", "mein Name is" the Bavarian and
        // spoken German one
        "my good name is", "my good name's", "mei name is", "mei name ist", "mein name is", "mei nam is",
        "i hoaß", "i hoas", "i heiß", "i hoass", "i bin da", "i bin der", "i bin die", "mi nennt ma", "bin der", "bin die",
        "i bi", "i bi dr", "i bi de", "i bi d", "ig bi", "ig bi dr", "ig bi d", "ig bi de", "i bin dr", "mi name isch", "min name isch", "i heisse", "ig heisse",
        // French and Italian introductions of Swiss writers
        "je suis", "je m'appelle", "je m appelle", "moi c'est", "c'est", "c est", "sono", "io sono", "mi chiamo", "il mio nome e",
        // the German professional titles of a lawyer and a tax adviser ("RA Dr. Matthias Oberländer"), dropped like "Herr";
        // academic titles stay
        "ra", "rain", "stb",
        // the label of the person to contact
        "ansprechpartner", "ansprechpartnerin", "ansprechpartner ist", "ansprechpartnerin ist", "contact person", "contact person is",
        // a pastor's or a coach's title before the name is how they are addressed, not part of the name
        "pfarrer", "pfarrerin", "pastor", "pastorin", "pater", "reverend", "rev", "coach",
        // a councillor's title before the name ("Cllr. Margaret Hughes") is how they are addressed, like a pastor's
        "cllr", "councillor", "councilor");

    // Jobs of someone who writes for another person ("die Assistenz von Dr. Reuter", "assistant to Mr. Hale").
    private static readonly HashSet<string> AssistantWords = new(StringComparer.Ordinal)
    {
        "assistenz", "assistentin", "assistent", "assistant", "sekretaerin", "sekretaer", "sekretariat", "secretary", "pa",
    };

    // Fillers and sign-offs before a name count only when a comma or full stop follows them ("jo, Max hier",
    // "Gruß, Jana"): "Jo Smith" is a name. The abbreviated German sign-offs ("LG", "VG", "mfg") are never part of one.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "jo", "joa", "jap", "jep", "yo", "yep", "yup", "ja", "yes", "ok", "okay", "klar", "gerne", "gern", "sure", "hmm", "hm",
        "also", "well", "so", "gruss", "gruesse", "lg", "vg", "mfg", "cheers", "regards", "best", "thanks", "danke", "thx", "ty",
        // an apology set apart before the name ("Sorry, I'm Hamish McAllister") is for the delay, not about the name
        "sorry", "sry", "entschuldigung", "pardon",
    };

    // Sounds of hesitation and laughter ("ähm", "uhh", "lol") are no part of a name wherever they stand.
    private static readonly HashSet<string> Hesitations = [.. CommonWords.Hesitations, .. CommonWords.Laughter];

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
        "pls", "plz", "punkt", "period",
        // a lone apology or filler ("sorry", "oops", "hmm") is no name
        "sorry", "sry", "oops", "hmm", "hm", "entschuldigung",
        // a form of address for someone unnamed ("Hello sir", "Dear Sir or Madam")
        "sir", "sirs", "madam", "maam", "ma'am", "dear",
        // a job is never a name ("Ich bin die Assistenz von Dr. Reuter")
        "assistenz", "assistentin", "assistent", "assistant", "sekretaerin", "sekretaer", "sekretariat", "secretary",
        "chef", "chefin", "boss", "leiter", "leiterin", "manager", "vertrieb", "marketing", "sales", "einkauf", "waere",
        "richtig", "korrekt", "falsch", "wrong", "correct", "would", "should",
        // Words of a sentence that says the name does not matter ("das tut nichts zur Sache", "that doesn't matter").
        "nichts", "nix", "sache", "tut", "wichtig", "that", "this", "does", "doesn", "doesnt", "dont", "matter",
        "matters", "none", "business", "irrelevant", "important",
        // Question words with a verb written onto them and the words of a question back ("who's asking", "wer fragt"):
        // a question is no name.
        "who's", "whos", "what's", "whats", "why's", "how's", "hows", "asking", "fragt", "wozu", "wofuer", "weswegen",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "de", "der", "den", "zu", "di", "da", "del", "le", "la", "du", "ten", "ter", "vom", "zum", "mc", "bin",
        "al", "el", "dr", "prof",
    };

    public static SlotReading? Read(string text)
    {
        var read = ReadAsPersonsName(text);
        if (read is { Value: string origin } && FoldedText.Of(origin) is { Count: > 0 } originWords && originWords[0].Text is "from" or "aus" &&
            char.IsLower(origin[originWords[0].Start]))
        {
            // "I'm from Toronto", "ich bin aus Hamburg": where the writer is from is no name
            return null;
        }

        // "Stadtbibliothek Aalen hier", "Gymnasium Aalen", "Textil Zimmermann hier": a word for an institution or a trade
        // in the name says a body writes, which no person's name holds; kept, but confirmed
        return read is { Confidence: Confidence.High, Value: string name } && NamesABody(name) ? read with { Confidence = Confidence.Medium } : read;
    }

    /// <summary>Whether a name read holds a word for an institution or a trade ("Stadtbibliothek", "Gymnasium",
    /// "Schreinerei", "Textil").</summary>
    internal static bool NamesABody(string name) =>
        FoldedText.Of(name).Words.Any(w => IsTradeCompound(w.Text) || CompanyReader.NamesItsTown(w.Text) || BodyWords.Contains(w.Text) ||
                                     BodyEndings.Any(e => w.Text.Length > e.Length + 2 && w.Text.EndsWith(e, StringComparison.Ordinal)));

    // Institutions and branches no surname is, alone or at a compound's end ("Stadtbibliothek", "Musikschule" are known by
    // their endings above).
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "gymnasium", "museum", "bibliothek", "pfarrei", "praxis", "kanzlei", "textil", "textilien", "realschule", "kita",
        "kindergarten",
    };

    private static readonly string[] BodyEndings = ["bibliothek", "museum", "praxis", "kanzlei", "pfarrei", "textil", "textilien", "gymnasium"];

    /// <summary>The answer read as a person's name, before <see cref="Read"/> checks it for a body's words.</summary>
    private static SlotReading? ReadAsPersonsName(string text)
    {
        if (AbbreviatedParticle().Match(text) is not { Success: true } abbreviation)
        {
            return ReadWhole(text);
        }

        // "ruud vd linden", "Ruud v.d. Linden": the Dutch particles typed short as one word between a given name and a
        // surname are written out; "vd" may stand for "van de" too, so the name is confirmed. The German "v. d." is kept
        // as typed, as writers keep it or write it out
        var reading = ReadWhole(string.Concat(text.AsSpan(0, abbreviation.Index), "van der", text.AsSpan(abbreviation.Index + abbreviation.Length)));
        return reading is { Confidence: Confidence.High } ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : reading;
    }

    private static SlotReading? ReadWhole(string text)
    {
        // "i.A. Lena Voigt", "ppa. Jens Roth": the mark of signing on someone's behalf or with power of attorney before a
        // name on its line is no part of it
        text = SigningMark().Replace(text, "");
        if (text.Contains(" @ ", StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal))
        {
            // "Sam O'Neill, cofounder @ Loopwise": an at sign standing apart, in no address, is the word "at"
            text = text.Replace(" @ ", " at ", StringComparison.Ordinal);
        }

        if (FamilyWriting().Match(text) is { Success: true } writing &&
            (writing.Groups[1].Success ? writing.Groups[1].Value : writing.Groups[2].Value) is var familyName &&
            FoldedText.Fold(familyName) is var folk &&
            !NotInNames.Contains(folk) && folk is not ("our" or "his" or "her" or "their" or "whole" or "a" or "unsere" or "meine"))
        {
            // "Familie Pichler", "the Patel family": a family writing as one gives the surname only, and whether it is the
            // writer's or a family business's is not said, so it is confirmed
            return new SlotReading("name", Capitalized(familyName), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        var reading = ReadAnswer(text);
        if (reading is { Value: string suffixed } && (suffixed.EndsWith(" Jr", StringComparison.Ordinal) || suffixed.EndsWith(" Sr", StringComparison.Ordinal)))
        {
            // "john smith jr": the suffix is written in its usual form, with its full stop
            reading = reading with { Value = suffixed + "." };
        }

        if (reading is { Value: string untitled } && text.Contains('(', StringComparison.Ordinal) && !HasAcademicTitle(untitled) &&
            FoldedText.Of(text).Words.FirstOrDefault(w => w.Text is "dr" or "prof" && w.Start > 0 && text[w.Start - 1] == '(') is { Text: { } degree })
        {
            // "Schneider, Katrin (Dr.)": a title said apart from the name belongs before it, as academic titles are kept;
            // writers keep or drop it, so the name is confirmed like any name with one
            reading = reading with
            {
                Value = (degree == "dr" ? "Dr. " : "Prof. ") + untitled, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous,
            };
        }

        if (reading is { Value: string titled } && JobTitled(titled) is { } job)
        {
            // "QA Manager", "Einkäuferin", "Head of Procurement": a job title names what the writer does, never who
            // they are; beside a common given name it may still be a surname, so that is offered at most
            return job ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : null;
        }

        if (reading is { Confidence: Confidence.High, Value: string spaced } && SpacedDash(spaced) is > 0 and var spacedAt &&
            FoldedText.Of(spaced[..spacedAt]) is { Count: 1 } shortForm && spaced.AsSpan(spacedAt).TrimStart(" -–—".AsSpan()).ToString() is var spelledOut &&
            ReadAnswer(spelledOut) is { Confidence: Confidence.High, Value: string fullName } fullReading &&
            FoldedText.Of(fullName) is { Count: 2 } fullWords && fullWords[0].Text != shortForm[0].Text &&
            fullWords[0].Text.StartsWith(shortForm[0].Text, StringComparison.Ordinal) && GivenNames.IsName(fullWords[0].Text))
        {
            // "rob - robert lindqvist": the short name, then after a spaced dash the full given name it starts and a
            // surname, is the name spelled out, like "Chris (Christopher Lee)"
            return fullReading;
        }

        if (reading is { Confidence: Confidence.High, Value: string name } && SpacedDash(name) is > 0 and var dash &&
            ReadAnswer(name[..dash].TrimEnd(' ', ',')) is { Value: string } before)
        {
            // "Brad Jenkins - Owner, Jenkins Electric LLC": words behind a spaced dash are a job or the firm more often
            // than part of the name, so the name before the dash is offered, never the whole kept as sure
            return before.Confidence == Confidence.High ? before with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : before;
        }

        if (reading is { Confidence: Confidence.Medium, Value: string withRemark } && SpacedDash(withRemark) is > 0 and var remarkDash &&
            ReadAnswer(withRemark[..remarkDash].TrimEnd(' ', ',')) is { Value: string } named &&
            FoldedText.Of(withRemark[remarkDash..]) is { Count: > 0 } remark && remark.Words.All(w => !GivenNames.IsName(w.Text)) &&
            !remark.Words.Any(w => CommonWords.Corrections.Contains(w.Text)) &&
            remark.Words.Any(w => char.IsLower(withRemark[remarkDash + w.Start]) || Discipline.IsDepartmentWord(w.Text)))
        {
            // "Sandra – front desk", "Ali - reception": what the writer does behind a spaced dash is no part of the name
            // kept for confirmation; the name before it is offered
            return named with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Value: string withFirm } && FoldedText.Of(withFirm) is { Count: >= 4 } firmWords && GivenNames.IsName(firmWords[0].Text) &&
            firmWords[1].Text is "von" or "vom" && (firmWords[2].Text is "der" or "dem" ? 3 : 2) is var firmAt && firmAt < firmWords.Count - 1 &&
            (NameReader.IsTradeCompound(firmWords[firmAt].Text) || CompanyReader.IsCompanyWord(firmWords[firmAt].Text)))
        {
            // "Ich bin die Sabine von der Druckerei Kleinschmidt": "von der" before a trade or a word for a firm says where
            // the writer is from, it opens no surname; the given name, confirmed (the family's name may be the firm's)
            var given = withFirm[..firmWords[0].End];
            reading = reading with { Value = FamilyFirmSurname(text, given) is { } family ? $"{given} {family}" : given, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string lone } && FamilyFirmSurname(text, lone) is { } surname)
        {
            // "ich bin der Sepp vom Dachdeckerbetrieb Gruber": a lone given name beside a family business named after a
            // surname is most likely that family's; careful writers add the surname, so it is offered with it
            return reading with { Value = $"{lone} {surname}", Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string pair } && FoldedText.Of(pair) is { Count: 2 } words &&
            !GivenNames.IsName(words[0].Text) && GivenNames.At(pair, words, 1) > 0)
        {
            // "Chen Wei": a surname first and a common given name last is the East Asian order, which writers keep or
            // turn round; the name is confirmed as written
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string shouted } && !text.Any(char.IsLower) &&
            FoldedText.Of(shouted) is { Count: >= 2 } shoutedWords && !GivenNames.IsName(shoutedWords[0].Text))
        {
            // "DESAI KETAN", "LIU YANG": typed all in capitals, the name shows no given name first, and capitals are how many
            // write the surname first on forms; which word is which is not known, so the name is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return reading;
    }

    // Words that make a job title wherever they stand in it ("QA Manager", "Head of Sales", "Leiterin Einkauf"); a word
    // that is also a common surname ("Kaufmann", "Koch") is left out.
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "manager", "managerin", "director", "direktor", "direktorin", "officer", "specialist", "spezialist", "spezialistin",
        "coordinator", "koordinator", "koordinatorin", "executive", "engineer", "representative", "associate", "administrator",
        "referent", "referentin", "leiter", "leiterin", "ceo", "cto", "cfo", "coo", "vp", "geschaeftsfuehrer",
        "geschaeftsfuehrerin", "assistant", "assistentin", "sachbearbeiter", "sachbearbeiterin", "einkaeufer", "einkaeuferin",
        "consultant", "analyst", "supervisor", "teamleiter", "teamleiterin", "abteilungsleiter", "abteilungsleiterin",
        "vertriebsleiter", "vertriebsleiterin", "einkaufsleiter", "einkaufsleiterin", "projektleiter", "projektleiterin",
        "buyer", "mitarbeiter", "mitarbeiterin", "angestellte", "angestellter", "ingenieurin",
        "ingenieur", "developer", "entwickler", "entwicklerin", "responsable", "responsabile", "directeur", "directrice",
    };

    /// <summary>Whether a name read is a job title: null when it is not; false when it is nothing but the title (no
    /// name); true when a common given name opens it, so a title word may be a surname.</summary>
    private static bool? JobTitled(string value)
    {
        var folded = FoldedText.Of(value);
        var title = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            title |= TitleWords.Contains(w) || IsJobNoun(w) || w == "head" && i + 1 < folded.Count && folded[i + 1].Text == "of";
        }

        return !title ? null : folded.Count > 0 && GivenNames.IsName(folded[0].Text);
    }

    /// <summary>The surname a family business is named after when a lone given name is followed by "vom"/"von"/"from"
    /// and a word for a family business ("…betrieb") or the firm ends in "&amp; Sons"/"&amp; Söhne": "Sepp vom
    /// Dachdeckerbetrieb Gruber" → "Gruber"; null otherwise.</summary>
    private static string? FamilyFirmSurname(string text, string lone)
    {
        var name = FoldedText.Of(lone);
        if (name.Count != 1 || !GivenNames.IsName(name[0].Text))
        {
            return null;
        }

        var folded = FoldedText.Of(text);

        var at = folded.Words.ToList().FindIndex(w => w.Text == name[0].Text);
        if (at < 0 || at + 3 >= folded.Count || folded[at + 1].Text is not ("vom" or "von" or "from" or "bei" or "at"))
        {
            return null;
        }

        var rest = folded.Words.Skip(at + 2).Where(w => w.Text is not ("der" or "dem" or "the" or "&" or "and" or "und")).ToList();
        if (rest.Count == 2 && rest[0].Text.EndsWith("betrieb", StringComparison.Ordinal) && char.IsUpper(text[rest[1].Start]) &&
            !GivenNames.IsName(rest[1].Text) && rest[1].Text.Length >= 3)
        {
            return text[rest[1].Start..rest[1].End];
        }

        return rest.Count == 2 && char.IsUpper(text[rest[0].Start]) && !GivenNames.IsName(rest[0].Text) &&
               rest[1].Text is "sons" or "soehne" && text.AsSpan(rest[0].End, rest[1].Start - rest[0].End).IndexOfAny('&', 'a', 'u') >= 0
            ? text[rest[0].Start..rest[0].End]
            : null;
    }

    // Words beside a name that correct it ("nee sorry", "actually make that"): with a word like a part of the name
    // beside them, the name read may be the one meant or the one replaced.
    private static readonly HashSet<string> UnreadCorrections = [.. CommonWords.Corrections, "wait", "warte", "moment", "typo", "tippfehler", "mean"];

    /// <summary>The name with "ae", "oe", "ue" written as umlauts in every word that is no given name ("Anja Schroeder" →
    /// "Anja Schröder"; "Michael", "Manuel" stay).</summary>
    private static string WithUmlauts(string name) =>
        string.Join(' ', name.Split(' ').Select(word => GivenNames.IsName(word.ToLowerInvariant()) ? word : word
            .Replace("ae", "ä", StringComparison.Ordinal).Replace("oe", "ö", StringComparison.Ordinal).Replace("ue", "ü", StringComparison.Ordinal)
            .Replace("Ae", "Ä", StringComparison.Ordinal).Replace("Oe", "Ö", StringComparison.Ordinal).Replace("Ue", "Ü", StringComparison.Ordinal)));

    // Words of a remark about how the name is typed ("no umlauts", "keine Umlaute auf der Tastatur", "spelled wrong"):
    // the name as typed may not be the name as written.
    private static readonly HashSet<string> SpellingRemarks = new(StringComparer.Ordinal)
    {
        "umlaut", "umlauts", "umlaute", "umlauten", "keyboard", "tastatur", "spelled", "spelt", "spelling", "misspelled",
        "schreibweise", "geschrieben", "buchstabiert", "accent", "accents", "akzent", "akzente", "sonderzeichen",
    };

    // Words that say the typed name lacks something or is wrong ("no umlauts", "spelled wrong", "ohne Akzent").
    private static readonly HashSet<string> SpellingLacks = new(StringComparer.Ordinal)
    {
        "no", "not", "without", "missing", "wrong", "incorrectly", "can't", "cant", "doesn't", "doesnt", "kein", "keine", "keinen",
        "ohne", "fehlen", "fehlt", "falsch", "nicht", "misspelled",
    };

    // Words that take a name back as a joke ("lol", "jk"): the name may be the joke.
    private static readonly HashSet<string> UnreadJokes = [.. CommonWords.Laughter, "kidding", "scherz", "spass"];

    // Words for another person, who may be the one to record ("my colleague Priya Shah", "für Herrn Albers").
    private static readonly HashSet<string> OtherPersonWords = new(StringComparer.Ordinal)
    {
        "colleague", "kollege", "kollegin", "chef", "chefin", "boss", "vorgesetzter", "vorgesetzte", "husband",
        "wife", "mann", "frau", "auftrag", "behalf", "herrn", "instead", "stattdessen",
    };

    // Words after which a capitalized word belongs to a firm's name, not to a person ("from Grace Community Church").
    private static readonly HashSet<string> FirmOpeners = new(StringComparer.Ordinal)
    {
        "from", "von", "vom", "bei", "at", "der", "des", "fuer", "for", "of", "with", "zum", "zur",
    };

    /// <summary>A sure name read from the answer to the name question, kept sure only when nothing left beside it could
    /// change it: an academic title (writers keep or drop it), a correction, a joke, another person or a second given
    /// name leave the name to confirm.</summary>
    public static SlotReading? Accounted(string text, SlotReading? reading)
    {
        if (reading is not { Confidence: Confidence.High, Value: string name })
        {
            return reading;
        }

        var unsure = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        var nameWords = FoldedText.Of(name);
        if (HasAcademicTitle(name))
        {
            // "Dr. Andreas Koch", "Frau Dr. Sabine Wolf": careful writers keep the academic title or drop it
            return unsure;
        }

        var read = new HashSet<string>(nameWords.Words.Select(w => w.Text).Concat(FoldedText.Of(reading.Evidence).Words.Select(w => w.Text)), StringComparer.Ordinal);
        var folded = FoldedText.Of(text);
        if (nameWords.Count == 2 && nameWords[0].Text.Length == 1 && name.Length > 2 && name[1] == '.')
        {
            // "j. smith", "K. Wagner": a surname with only an initial is no full name, and most writers confirm it
            return unsure;
        }

        var given = nameWords.Count > 0 ? nameWords[0].Text : "";
        // "Ich heiße Ioannis, aber alle sagen Jannis": the nickname after its cue is no second person
        var nickname = folded.Find(NicknameCues) is { At: > 0 } nick ? nick.At + nick.Length : folded.Count;
        var small = !text.Any(char.IsUpper);
        var corrected = false;
        var replaced = false;
        var replacedAfterCorrection = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (read.Contains(w))
            {
                continue;
            }

            var start = folded[i].Start;
            var capital = char.IsUpper(text[start]);
            corrected |= UnreadCorrections.Contains(w);
            if (SpellingRemarks.Contains(w) && folded.Words.Any(u => SpellingLacks.Contains(u.Text)))
            {
                // "Anja Schroeder, sorry my keyboard has no umlauts": the writer says the name is not spelled as typed (a
                // keyboard named without saying what it lacks, "sorry, polnische Tastatur", explains letters typed); when
                // the remark is about umlauts, the words that are no given name are offered with them ("Schröder")
                return folded.Words.Any(u => u.Text.StartsWith("umlaut", StringComparison.Ordinal)) ? unsure with { Value = WithUmlauts(name) } : unsure;
            }

            if (UnreadJokes.Contains(w) || OtherPersonWords.Contains(w) && !(w is "frau" or "herrn" && i + 1 < folded.Count && read.Contains(folded[i + 1].Text)))
            {
                // "Marcus Webb, actually put my colleague Priya Shah", "Bruce Wayne lol"
                return unsure;
            }

            // a word like a part of the name, left unread: the part it replaced or the one replacing it ("Erik Jensen...
            // actually Eric with a c"); the name said again in full as the last sentence settles it
            var likePart = w.Length >= 3 && (capital || small || GivenNames.IsName(w)) && !UnreadCorrections.Contains(w) &&
                           nameWords.Words.Any(n => n.Text.Length >= 3 && n.Text[0] == w[0]);
            replaced |= likePart;
            replacedAfterCorrection |= likePart && corrected;

            var bracketed = start > 0 && text[start - 1] is '"' or '„' or '\'' or '“' or '(';
            if (capital && GivenNames.IsName(w) && !bracketed && !SameStem(w, given) && i != nickname &&
                !Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => FirmOpeners.Contains(folded[k].Text)))
            {
                // "Stefan Weber, Anna macht das": a second given name beside the one read
                return unsure;
            }
        }

        if (corrected && replaced && !RestatedLast(text, nameWords))
        {
            // "Chris Lee - sorry, Christopher Lee", "jon smith sorry john smith": a full name read from after the correction,
            // with only the slip before it left unread, is the name the writer settled on; writers take it as said. A
            // surname alone, or a like word left unread after the correction (the old name kept), stays to confirm.
            return nameWords.Count >= 2 && !replacedAfterCorrection ? reading : unsure;
        }

        return reading;
    }

    /// <summary>Whether the name of two words or more is the text's last sentence after a full stop ("Meier, nee sorry,
    /// Mayer. Klaus Mayer"): said again in full after the correction, it is the name the writer settled on.</summary>
    private static bool RestatedLast(string text, FoldedText name)
    {
        var trimmed = text.TrimEnd(' ', '.', '!');
        var stop = trimmed.LastIndexOf(". ", StringComparison.Ordinal);
        if (name.Count < 2 || stop <= 0)
        {
            return false;
        }

        var last = FoldedText.Of(trimmed[(stop + 1)..]);
        return last.Count == name.Count && last.Words.Zip(name.Words).All(p => p.First.Text == p.Second.Text);
    }

    /// <summary>Whether a name holds an academic title ("Dr. Andreas Koch", "Prof. Lange"): careful writers keep it or
    /// drop it, so a name with one is confirmed wherever it is read.</summary>
    internal static bool HasAcademicTitle(string name) => FoldedText.Of(name).Words.Any(w => w.Text is "dr" or "prof" or "professor");

    /// <summary>Whether two given names are forms of one ("Jen", "Jennifer"; "Tobi", "Tobias").</summary>
    private static bool SameStem(string a, string b) =>
        a.Length >= 2 && b.Length >= 2 && (a.StartsWith(b[..2], StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));

    /// <summary>Where a dash with a space on either side stands in <paramref name="text"/>, or -1.</summary>
    internal static int SpacedDash(string text)
    {
        var at = -1;
        foreach (var dash in new[] { " - ", " – ", " — " })
        {
            var d = text.IndexOf(dash, StringComparison.Ordinal);
            at = d >= 0 && (at < 0 || d < at) ? d : at;
        }

        return at;
    }

    /// <summary>"sabine (sabine.roth@roth-elektro.de)": a lone given name with an address in brackets whose part before the
    /// at sign is that name, a dot and one more word, which is the surname the prospect left to the address; confirmed, as
    /// the address may belong to someone else. Null when the answer is not so.</summary>
    private static SlotReading? SurnameFromAddress(string text)
    {
        var open = text.IndexOf('(');
        if (open <= 0 || text.IndexOf('@') < open || FoldedText.Of(text[..open]) is not { Count: 1 } given || !GivenNames.IsName(given[0].Text) ||
            EmailReader.FindAll(text) is not [{ } mail] || mail.Start <= open)
        {
            return null;
        }

        // "sabine.roth@…" or "roth.sabine@…": the given name on either side of the dot, the surname on the other
        var local = mail.Address[..mail.Address.IndexOf('@')].Split('.');
        var surname = local.Length != 2 ? null
            : FoldedText.Fold(local[0]) == given[0].Text ? local[1]
            : FoldedText.Fold(local[1]) == given[0].Text ? local[0] : null;
        if (surname is null || surname.Length < 2 || !surname.All(char.IsLetter) || text.AsSpan(mail.End).Trim().TrimEnd(')').Trim().Length > 0)
        {
            return null;
        }

        var name = Capitalized(text[..open].Trim().ToLowerInvariant() + " " + surname.ToLowerInvariant());
        return new SlotReading("name", name, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
    }

    private static SlotReading? ReadAnswer(string text)
    {
        if (SurnameFromAddress(text) is { } completed)
        {
            return completed;
        }

        if (SignedFirstLine(text) is { } signed && Read(signed) is { } signedName)
        {
            // "Sarah McDonnell\nDirector | McDonnell Interiors Ltd\nm: +44 …": a signature block answers with the name on its
            // first line
            return signedName;
        }

        if (LateIntroduction(text) is { } introduced && Read(introduced) is { } introducedName)
        {
            // "I'm the IT head at Klinikum Nord, name's Wolfgang Reiter", "Ana, sorry I mean my full name is Ana Beatriz
            // Costa": words that say the writer's own name follows, after a first clause, open the name wherever they stand
            return introducedName;
        }

        if (BeforeSurnameQuestion(text) is { } asking && Read(asking) is { } askingName)
        {
            // "Sabine. Nachname brauchen Sie nicht oder?", "Tom - do you need my last name too?": a question whether the
            // surname is wanted too follows the name the writer gives
            return askingName;
        }

        if (JokeTakenBack(text) is { } meant && Read(meant) is { } real)
        {
            // "jennifer lopez lol no jk its jen lopes": a name said as a joke and taken back is followed by the real one;
            // after a joke it is confirmed at most
            return real.Confidence == Confidence.High ? real with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : real;
        }

        if (CalledByAtEnd(text) is { } calledBy && Read(calledBy) is { Value: string } called)
        {
            // "Sie können mich Pavel nennen": the name to address the writer by, the verb after it; it may be a short
            // name, so it is confirmed
            return called with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (AfterOwnedSlip(text) is { } owned)
        {
            // "sorry typo earlier, its Chris Walsh not Welsh": a first clause that owns up to a slip before is no part of
            // the name, which follows it
            return Read(owned);
        }

        var folded = FoldedText.Of(text);
        if (AfterSaidBefore(text, folded) is { } repeated && Read(repeated) is { } repeatedName)
        {
            // "hab ich doch oben schon geschrieben... Dennis", "already told you - Mark Evans": a first clause that says the
            // name was given before is no part of it; the name after it is read as it stands
            return repeatedName;
        }

        if (ApologyAfterName(text, folded) is { } apologized)
        {
            // "anna kessler sorry typing on phone": an apology and its reason after the name, without a comma, are read as
            // if the comma were there (a remark, never part of the name)
            return Read(apologized);
        }

        if (OwnClauseAfterName(text, folded) is { } clauseAt && Read(text[..folded[clauseAt - 1].End] + "," + text[folded[clauseAt - 1].End..]) is { } beforeClause)
        {
            // "my name is Elena Dumitrescu i am sales manager": a clause of the writer's own after a capitalized name,
            // without a comma, is read as if the comma were there
            return beforeClause;
        }

        if (AlternativeAfter(text) is { } first && Read(first) is { } firstName)
        {
            // "niklas bzw nick", "Robert aka Bob": a second form of the name after "bzw."/"or"/"aka" leaves the writer's
            // choice open, so the first is offered
            return firstName.Confidence == Confidence.High ? firstName with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : firstName;
        }

        if (DictatedStop(text) is { } undictated && Read(undictated) is { } spoken)
        {
            // "lena punkt": dictation typed the full stop at the end out as a word, which is no part of the name; what
            // was meant by it is not sure, so the name is confirmed
            return spoken.Confidence == Confidence.High ? spoken with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : spoken;
        }

        if (WithoutWrongSpelling(text) is { } rightOnly)
        {
            // "Chris Walsh not Welsh", "Lena Maier, nicht Meier": how the name is not spelled is no part of it
            return Read(rightOnly);
        }

        var stripped = WithoutPictographs(NameText.StripTags(text));
        if (SpelledInBrackets(stripped) is { } accented)
        {
            // "asa lindqvist (Åsa)", "Jose Garcia (José)": a word of the name in brackets after it with the letters the
            // keyboard lacked is how it is spelled
            stripped = accented;
        }

        if (RemarkAfterDash(stripped) is { } cut)
        {
            // "Weber, Lukas – Vertrieb": a remark after a dash that follows the name given surname first
            stripped = cut;
        }

        if (OnBehalf(stripped) is { } principal)
        {
            return principal;
        }

        if (PartInBrackets(stripped) is { } opened)
        {
            // "Stefan (Nachname Krüger)": a bracket that names a part of the name is no remark about who someone is
            stripped = opened;
        }

        if (QuotedNickname(stripped) is { } unquoted)
        {
            // "Robert \"Bob\" Johnson", "Katharina „Kati“ Weber": a nickname in quotes between the given name and the
            // surname is how to address them, no part of the name
            stripped = unquoted;
        }

        if (FullGivenInBrackets(stripped) is { } fullGiven)
        {
            // "Bob (Robert) Haskins": a longer given name in brackets after the short one is its full form
            return fullGiven;
        }

        if (GivenInBracketsAfterSurname(stripped) is { } surnameFirst)
        {
            // "Hr. Dvořák (Martin)": the given name in brackets after the surname completes it
            return surnameFirst;
        }

        if (FullNameInBrackets(stripped) is { } full)
        {
            // "Chris (Christopher Lee)": the full name in brackets after a short one is the name to store; sure when the
            // short name is the full given name's start
            return full;
        }

        var clean = CollapseSpaces(WithoutRemarks(stripped)).Trim();
        if (FoldedText.Of(clean) is { Count: >= 3 } courteous && TrailingCourtesy.Contains(courteous[^1].Text) &&
            !NotInNames.Contains(courteous[^2].Text))
        {
            // "Lucas Kieffer pls", "heike brodersen punkt": courtesy or a full stop said aloud after the name, with no
            // comma before it, is no part of it
            clean = clean[..courteous[^2].End];
        }

        var sorryAfter = false;
        if (FoldedText.Of(clean) is { Count: >= 2 } sorry && ApologyCues.Contains(sorry[^1].Text) && !NotInNames.Contains(sorry[^2].Text) &&
            !sorry[^1].AfterBreak)
        {
            // "anna schmidt sorry": an apology after the name, with no comma before it, is no part of it; what it is for is
            // not said (a slip in the name?), so the name is confirmed
            clean = clean[..sorry[^2].End];
            sorryAfter = true;
        }

        for (var clauses = 0; clauses < 3 && WithoutTrailingReason(clean) is { } reasoned; clauses++)
        {
            // "Lena Hoffmann, nee Moment – Lena Hoffmann-Berg, hab ja geheiratet": why the name was corrected, said after
            // it in small letters, is no part of it, in one clause or several
            clean = reasoned;
        }

        var ownClause = sorryAfter;
        if (WithoutOwnClause(clean) is { } own)
        {
            // "Lukas Weber, aber ich schreib im Auftrag von meinem Chef": a clause of the writer's own after the full name
            // is no part of it; it may bring in someone else, so the name is confirmed
            clean = own;
            ownClause = true;
        }

        if (NicknameAfter(clean) is { } named)
        {
            // "Mia Schneider, aber alle sagen Mimi": the nickname said after the name is how to address them, the name
            // stays what it is
            clean = named;
        }

        if (Corrected(clean) is { } corrected)
        {
            // "Pauli – eigentlich Paul Schneider", "my name is Tom, well Thomas officially. Thomas Reed": the full name
            // said after the word that corrects the first one
            return ShoutedPart(Capitalized(corrected)) is { } shouted
                ? new SlotReading("name", shouted, Confidence.Medium, corrected) { Hint = ReadingHints.Ambiguous }
                : new SlotReading("name", Capitalized(corrected), Confidence.High, corrected);
        }

        if (OfficialAfterCue(clean) is { } official)
        {
            // "it's Mike Nguyen, well Minh Nguyen officially, Mike is just what folks call me": the name said to be the
            // official one wins over the one before it, confirmed, as the writer may rather be addressed by the other
            return new SlotReading("name", Capitalized(official), Confidence.Medium, official) { Hint = ReadingHints.Ambiguous };
        }

        if (CoupleSharingSurname(clean) is { } partner)
        {
            // "Henrik & Mette Poulsen", "Anna und Peter Müller": two given names sharing one surname name a couple; the
            // first with the surname is offered, as the one writing is not said
            return new SlotReading("name", Capitalized(partner), Confidence.Medium, clean) { Hint = ReadingHints.Ambiguous };
        }

        if (PartCorrected(clean) is { } part)
        {
            // "Paul Fischer, äh nein Paula": one word after "nein"/"sorry" corrects the part of the name it resembles
            return part;
        }

        if (FoldedText.Of(clean) is { Count: >= 2 } jobFirst && (IsJobNoun(jobFirst[0].Text) || MessageReader.IsProfession(jobFirst[0].Text)) &&
            !GivenNames.IsName(jobFirst[0].Text) && char.IsUpper(clean[jobFirst[1].Start]) && ReadName(clean[jobFirst[1].Start..]) is { } afterJob &&
            !Discipline.NoGivenName(afterJob.Name))
        {
            // "Versicherungsmakler Beck": a job before the name is no part of it; the name after it is confirmed, as the
            // job may be the firm's name too ("Teamleiter Disposition" names a department after it, no name). A common
            // given name and a surname after it ("Landwirt Georg Oberhuber") leave no doubt whose name it is.
            var afterWords = FoldedText.Of(afterJob.Name);
            var wholeName = afterJob.Confidence == Confidence.High && afterWords.Count >= 2 && GivenNames.At(afterJob.Name, afterWords, 0) is > 0 and var given &&
                       given < afterWords.Count && !GivenNames.IsName(afterWords[^1].Text);
            return wholeName
                ? new SlotReading("name", Capitalized(afterJob.Name), Confidence.High, clean)
                : new SlotReading("name", Capitalized(afterJob.Name), Confidence.Medium, clean) { Hint = ReadingHints.Ambiguous };
        }

        if (ReadName(clean) is not { } name || IsKeyboardRun(name.Name))
        {
            return null;
        }

        // "Maria (geb. Schulz) Weber": a bracket between the words of a name may be a part of it; confirmed. A nickname
        // after a given name ("Christopher (Chris) Walker") is dropped, and the name stays sure.
        var confidence = name.Confidence == Confidence.High && (RemarkInside(stripped) && !NicknameInside(stripped) || ownClause)
            ? Confidence.Medium : name.Confidence;
        var value = SmallWordsCapitalized(Capitalized(name.Name));
        if (ShoutedPart(value) is { } written)
        {
            // "Jean DUPONT", "Fabienne PERRET-GENTIL": a surname in capitals beside a given name written as names are is
            // how some write the surname out; it is written as a name is, confirmed, as the letters may be an acronym
            value = written;
            confidence = confidence == Confidence.High ? Confidence.Medium : confidence;
        }

        var nameWords = FoldedText.Of(name.Name);
        if (confidence == Confidence.High && (nameWords.Count == 1 && !GivenNames.IsName(nameWords[0].Text) && !Salutation(clean) ||
            nameWords.Count >= 2 && nameWords[^1].Text.Length == 1))
        {
            // "Schmidt", "Frau Öztürk", "Batman", "Chris W.": a lone word that is no common given name may be a surname or
            // a joke, and a surname given as an initial is no full name; both are confirmed
            confidence = Confidence.Medium;
        }

        if (!name.Name.Any(char.IsUpper) && SmallArticle().IsMatch(name.Name))
        {
            // "ahmed al-farsi", "nadia el amrani": typed in small letters, the article before the surname may be written
            // "Al"/"El" or "al"/"el"; the letters do not tell which, so the name is confirmed
            confidence = Confidence.Medium;
        }

        if (SyllablesJoined(name.Name) is not null && name.Name.Split(' ').First(w => w.Contains('-', StringComparison.Ordinal)) is var syllables &&
            clean.IndexOf(syllables, StringComparison.OrdinalIgnoreCase) is >= 0 and var typedAt &&
            clean.Substring(typedAt, syllables.Length) is var typed && (typed.All(c => !char.IsUpper(c)) || typed.All(c => !char.IsLower(c))))
        {
            // "kim min-jun": typed in one case, the syllable after the hyphen may be written "Min-jun" or "Min-Jun"; the
            // letters do not tell which, so the name is confirmed
            confidence = Confidence.Medium;
        }

        if (name.Name.Split(' ').Any(w => SmallMac(w.ToLowerInvariant()) && (w.All(c => !char.IsUpper(c)) || w.All(c => !char.IsLower(c)))))
        {
            // "kevin macdonald", "KEVIN MACDONALD": "MacDonald" and "Macdonald" are both written; letters all of one case
            // do not tell which
            confidence = Confidence.Medium;
        }

        if (!Salutation(clean) && InUsualOrder(value, clean) is { } turned)
        {
            value = turned;
            confidence = Confidence.Medium;
        }

        if (Respelled(value, FoldedText.Of(clean)) is { } respelled)
        {
            // "Katrin Hoffman, sorry, mit zwei n": the spelling said after the name is applied and confirmed
            value = respelled;
            confidence = Confidence.Medium;
        }

        if (confidence == Confidence.High && FoldedText.Of(clean).Find(Rejections).At > 0)
        {
            // "Kevin Macdonald, ach quatsch": a word that rejects what was said, with no name after it, takes the name
            // back without giving another
            confidence = Confidence.Medium;
        }

        if (confidence == Confidence.High && CorrectionAfter(FoldedText.Of(clean), clean, FoldedText.Of(name.Name)))
        {
            // "Stefan Meier, nee sorry, Mayer …" read no further than the first name: a correcting word followed by a
            // word that may be a name, which no rule above placed, leaves the name said first to confirm
            confidence = Confidence.Medium;
        }

        return new SlotReading("name", value, confidence, name.Name);
    }

    // Words that introduce the writer's own name inside a message ("…, my name is …"); "name's" only after a break.
    private static readonly string[][] OwnNameCues = Phrases.Of(
        "my name is", "my name's", "my full name is", "my full name's", "my real name is", "my actual name is", "mein name ist",
        "my good name is", "mei name is", "mein name is", "mein voller name ist", "mein vollstaendiger name ist", "mein richtiger name ist", "ich heisse", "ich heiss", "i'm called", "im called",
        // "call me Bubba, real name's William Tate": the name in the papers after a nickname is the writer's name
        "real name is", "real name's", "legal name is", "legal name's", "actual name is", "actual name's", "mein echter name ist",
        "richtiger name ist");

    private static readonly string[][] ShortNameCues = Phrases.Of("name's", "names", "name is", "name ist");

    /// <summary>The text from a cue of the writer's own name that stands after the message's first word ("I'm the IT head
    /// at …, name's Wolfgang Reiter"), or null.</summary>
    private static string? LateIntroduction(string text)
    {
        var folded = FoldedText.Of(text);
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            var cue = Array.Find(OwnNameCues, c => folded.MatchesAt(i, c)) ??
                      (folded[i].AfterBreak ? Array.Find(ShortNameCues, c => folded.MatchesAt(i, c)) : null);
            if (cue is not null && i + cue.Length < folded.Count && !folded[i + cue.Length].IsNumber)
            {
                return text[folded[i].Start..];
            }
        }

        return null;
    }

    private static readonly string[][] CalledByOpeners = Phrases.Of(
        "sie koennen mich", "du kannst mich", "ihr koennt mich", "sie duerfen mich", "du darfst mich", "man kann mich");

    /// <summary>The one or two words between "Sie können mich" (or "du kannst mich") and "nennen" that end the message
    /// ("Sie können mich gerne Pavel nennen" → "Pavel"), or null.</summary>
    private static string? CalledByAtEnd(string text)
    {
        var folded = FoldedText.Of(text);
        var (at, length) = folded.Find(CalledByOpeners, 0);
        if (at < 0 || folded.Count < 2 || folded[^1].Text != "nennen")
        {
            return null;
        }

        var from = at + length;
        while (from < folded.Count - 1 && folded[from].Text is "gerne" or "gern" or "ruhig" or "einfach" or "auch")
        {
            from++;
        }

        return folded.Count - 1 - from is 1 or 2 ? text[folded[from].Start..folded[^2].End] : null;
    }

    private static readonly string[] SurnameWords = ["nachname", "nachnamen", "familienname", "zuname", "surname", "last", "family"];

    /// <summary>The first sentence of the text when the sentence after it asks whether the surname is needed ("Sabine.
    /// Nachname brauchen Sie nicht oder?"), or null.</summary>
    private static string? BeforeSurnameQuestion(string text)
    {
        var folded = FoldedText.Of(text);
        if (!folded.HasQuestionMark || folded.Count < 3)
        {
            return null;
        }

        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i].AfterBreak)
            {
                var rest = folded.Words.Skip(i).ToList();
                return i <= 3 && text[..folded[i].Start].IndexOf('?') < 0 && rest.Any(w => Array.IndexOf(SurnameWords, w.Text) >= 0) &&
                       rest.Any(w => w.Text is "name" or "nachname" or "nachnamen" or "familienname" or "zuname" or "surname")
                    ? text[..folded[i].Start].TrimEnd(' ', ',', '.', '-', '–')
                    : null;
            }
        }

        return null;
    }

    private static readonly string[][] JokeCues = Phrases.Of("jk", "just kidding", "kidding", "just joking", "nur spass", "spass", "kleiner scherz", "scherz");

    // Words that introduce the real name after a joke ("jk its …", "nur Spaß, ich bin …").
    private static readonly string[][] RealNameCues = Phrases.Of(
        "it's", "its", "it is", "i'm", "im", "i am", "my name is", "ich bin", "ich heisse", "eigentlich", "actually", "really", "in echt", "im ernst");

    /// <summary>The words after a joke taken back ("… lol no jk its jen lopes", "… haha nein Spaß, Anna Merk"), one to four of
    /// them, without the words that introduce them; null otherwise.</summary>
    private static string? JokeTakenBack(string text)
    {
        var folded = FoldedText.Of(text);
        for (var i = 1; i < folded.Count - 1; i++)
        {
            foreach (var cue in JokeCues)
            {
                if (!folded.MatchesAt(i, cue))
                {
                    continue;
                }

                var from = i + cue.Length;
                var (real, length) = folded.Find(RealNameCues, from);
                if (real == from)
                {
                    from += length;
                }

                return folded.Count - from is >= 1 and <= 4 ? text[folded[from].Start..].Trim().TrimEnd('.', '!') : null;
            }
        }

        return null;
    }

    // Words that offer a second form of the same name ("niklas bzw nick", "Robert aka Bob", "Tom oder Thomas").
    private static readonly HashSet<string> AlternativeWords = new(StringComparer.Ordinal)
    {
        "bzw", "beziehungsweise", "oder", "or", "aka", "alias",
    };

    /// <summary>The words before a word that offers another form of the name, when one to three words stand before it
    /// and one or two after it; null otherwise.</summary>
    private static string? AlternativeAfter(string text)
    {
        var folded = FoldedText.Of(text);
        for (var i = 1; i <= 3 && i < folded.Count - 1; i++)
        {
            if (AlternativeWords.Contains(folded[i].Text) && folded.Count - i - 1 <= 2 && !folded.IsQuestion)
            {
                return text[..folded[i].Start].TrimEnd(',', ' ', '/', '-', '–');
            }
        }

        return null;
    }

    // Punctuation that dictation types out as a word at the end of what was said ("punkt", "period", "full stop").
    private static readonly string[][] DictatedStops = Phrases.Of("punkt", "komma", "period", "full stop", "comma", "fragezeichen", "ausrufezeichen");

    /// <summary>The words before a punctuation word that ends a dictated answer in small letters ("lena punkt"); null
    /// otherwise.</summary>
    private static string? DictatedStop(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 2 || text.Any(char.IsUpper))
        {
            return null;
        }

        foreach (var stop in DictatedStops)
        {
            if (folded.Count > stop.Length && folded.MatchesAt(folded.Count - stop.Length, stop))
            {
                return text[..folded[folded.Count - stop.Length].Start].TrimEnd(',', ' ');
            }
        }

        return null;
    }

    // Times of a slip said with it ("typo earlier", "vorhin vertippt").
    private static readonly HashSet<string> SlipTimes = new(StringComparer.Ordinal)
    {
        "earlier", "before", "above", "vorhin", "oben", "eben", "vorher", "there", "da",
    };

    /// <summary>The words after a first clause that owns up to a slip ("sorry typo earlier, …", "sorry, vorhin vertippt:
    /// …"): every word of it is one of a slip or of when it was made, and one of them names the slip; null otherwise.</summary>
    private static string? AfterOwnedSlip(string text)
    {
        var folded = FoldedText.Of(text);
        for (var i = 1; i < folded.Count && i <= 5; i++)
        {
            if (!folded[i].AfterBreak)
            {
                continue;
            }

            var clause = folded.Words.Take(i).ToList();
            if (!clause.All(w => SlipWords.Contains(w.Text) || SlipTimes.Contains(w.Text)))
            {
                return null;
            }

            if (clause.Any(w => w.Text is "typo" or "tippfehler" or "vertippt" or "verschrieben" or "autocorrect" or "autokorrektur"))
            {
                return text[folded[i].Start..];
            }
        }

        return null;
    }

    private static readonly string[][] SaidBeforeCues = Phrases.Of(
        "schon geschrieben", "schon gesagt", "schon angegeben", "schon erwaehnt", "schon genannt", "oben geschrieben",
        "oben angegeben", "wie gesagt", "wie oben", "already told you", "already said", "already gave", "already wrote",
        "already mentioned", "told you already", "said it already", "as i said", "like i said", "as mentioned", "see above");

    /// <summary>The words after a first clause that says the name was given before ("hab ich doch schon gesagt: …",
    /// "already told you - …"), when that clause ends in a break and one to three words follow it; null otherwise.</summary>
    private static string? AfterSaidBefore(string text, FoldedText folded)
    {
        var (at, length) = folded.Find(SaidBeforeCues);
        if (at < 0 || folded.Count > 12)
        {
            return null;
        }

        for (var i = at + length; i < folded.Count; i++)
        {
            if (folded[i].AfterBreak)
            {
                return folded.Count - i is >= 1 and <= 3 ? text[folded[i].Start..] : null;
            }
        }

        return null;
    }

    private static readonly string[][] OwnClauseOpeners = Phrases.Of("i am", "i'm", "ich bin", "i work", "ich arbeite");

    /// <summary>Where a clause of the writer's own ("i am", "ich bin") opens right after two capitalized words of a name,
    /// without a comma, with words after its opener; null otherwise.</summary>
    private static int? OwnClauseAfterName(string text, FoldedText folded)
    {
        for (var i = 2; i < folded.Count - 1; i++)
        {
            if (folded[i].AfterBreak)
            {
                return null;
            }

            if (folded[i].Text is "i" or "i'm" or "ich" && Array.Find(OwnClauseOpeners, o => folded.MatchesAt(i, o)) is { } opener &&
                i + opener.Length < folded.Count && char.IsUpper(text[folded[i - 1].Start]) && char.IsUpper(text[folded[i - 2].Start]))
            {
                return i;
            }
        }

        return null;
    }

    private static readonly HashSet<string> ApologyWords = new(StringComparer.Ordinal) { "sorry", "sry", "sorri", "entschuldigung", "sorryy" };

    /// <summary>The text with a comma before an apology word ("sorry", "sry", "entschuldigung") that follows two words of a
    /// name without one, when at least two words follow it and none of them is a given name (a correction names one);
    /// null otherwise.</summary>
    private static string? ApologyAfterName(string text, FoldedText folded)
    {
        for (var i = 1; i < folded.Count - 2 && i <= 4; i++)
        {
            if (folded[i].AfterBreak)
            {
                return null;
            }

            if (i >= 2 && ApologyWords.Contains(folded[i].Text))
            {
                // ("Tanja Schmitt – nein sorry, Schmidt": an apology after a correcting word or a dash corrects the name)
                return folded.Words.Skip(i + 1).Any(w => GivenNames.IsName(w.Text) || CorrectionWords.Contains(w.Text)) ||
                       folded.Words.Take(i).Any(w => CorrectionWords.Contains(w.Text)) || text.AsSpan(0, folded[i].Start).IndexOfAny("-–—") >= 0
                    ? null
                    : text[..folded[i - 1].End] + "," + text[folded[i - 1].End..];
            }
        }

        return null;
    }

    private static readonly HashSet<string> CorrectionWords = new(StringComparer.Ordinal)
    {
        "meant", "mean", "meinte", "meine", "nee", "nein", "no", "not", "nicht", "typo", "tippfehler", "vertippt", "actually", "eigentlich",
    };

    /// <summary>The name without a last "not"/"nicht" and one word a letter or two from one of its words ("Chris Walsh not
    /// Welsh"): that word is the wrong spelling, never the name; null otherwise.</summary>
    private static string? WithoutWrongSpelling(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 3 || folded[^2].Text is not ("not" or "nicht") || folded[^1].AfterBreak)
        {
            return null;
        }

        var wrong = folded[^1].Text;
        var before = folded.Words.Take(folded.Count - 2).ToList();
        return before.Any(w => w.Text != wrong && w.Text.Length >= 3 && w.Text.Length == wrong.Length &&
                               w.Text.Zip(wrong).Count(p => p.First != p.Second) <= 2)
            ? text[..folded[^2].Start].TrimEnd(' ', ',', '-', '–')
            : null;
    }

    /// <summary>The first line of a signature block ("Sarah McDonnell", then lines of title, company and contact): two to
    /// four words of a name starting with a common given name, and after it lines of at most eight words, one or more
    /// holding a mark of a signature (a "|", an address, a number of six digits or more, a legal form, "www.") and the
    /// others a title of a few words with no word of a sentence; null otherwise.</summary>
    private static string? SignedFirstLine(string text)
    {
        // "Cheers,\nGareth Lewis\nOwner | …": closing words on the lines above the name belong to the message, not the block
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SkipWhile(MessageReader.OnlyClosingWords).ToArray();
        // ("Dr. Anja Wendt-Liebig": a title before the given name opens the block's name too)
        var titled = lines.Length > 0 && FoldedText.Of(lines[0]) is { Count: >= 3 } opening && opening[0].Text is "dr" or "prof" or "mag" ? 1 : 0;
        if (lines.Length < 2 || lines[0].Any(char.IsDigit) || lines[0].Contains('@') || FoldedText.Of(lines[0]) is not { Count: >= 2 and <= 5 } first ||
            first.Count - titled > 4 || !GivenNames.IsName(first[titled].Text) || !char.IsUpper(lines[0][0]))
        {
            return null;
        }

        var marks = 0;
        foreach (var line in lines.Skip(1))
        {
            var marked = line.Contains('|') || line.Contains('@') || line.Contains("www.", StringComparison.OrdinalIgnoreCase) ||
                         line.Count(char.IsAsciiDigit) >= 6 || CompanyReader.HasLegalForm(line, 0);
            var words = FoldedText.Of(line);
            if (words.Count > 8 || !marked && (words.Count > 4 || words.Words.Any(w => CommonWords.SentenceWords.Contains(w.Text))))
            {
                return null;
            }

            marks += marked ? 1 : 0;
        }

        return marks > 0 ? lines[0] : null;
    }

    // Common family names of languages that write the family name first (Vietnamese, Chinese, Korean): such a name is
    // kept in the order the person wrote it ("Nguyen Minh"). Hungarian names are turned round like "Huber Sepp", as
    // Hungarians writing to foreigners expect ("Nagy Péter" is Péter Nagy).
    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
        "lin", "he", "gao", "luo", "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
    };

    /// <summary>"Huber Sepp", "Brandl Maria", "von Allmen Beat", "DUBOIS Marie-Claire": a surname (after its particles)
    /// before a common given name, as in lists, official forms and southern German or Hungarian speech; a surname in
    /// capitals before a name that is not, as French and Belgian forms write it, needs no known given name. Returns them
    /// in the usual order, to be confirmed, since the first word may be a given name the bot does not know; null for any
    /// other name.</summary>
    internal static string? InUsualOrder(string name, string? written = null)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || name.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        // "von Allmen", "van den Berg": particles in small letters open the surname; an Asian "Le" is a family name
        var surnameAt = 0;
        while (surnameAt < parts.Length - 2 && FoldedText.Of(parts[surnameAt]) is { Count: 1 } particle && Particles.Contains(particle[0].Text) &&
               particle[0].Text is not ("dr" or "prof" or "le" or "bin") && char.IsLower(parts[surnameAt][0]))
        {
            surnameAt++;
        }

        var surname = FoldedText.Of(parts[surnameAt]);
        var given = FoldedText.Of(parts[^1]);
        if (surnameAt != parts.Length - 2 || surname.Count == 0 || given.Count == 0 || GivenNames.IsName(surname[0].Text) ||
            FamilyNameFirst.Contains(surname[0].Text) || surname.Words.Any(w => NotInNames.Contains(w.Text)))
        {
            return null;
        }

        var known = given.Count == 1 ? GivenNames.IsName(given[0].Text) : GivenNames.At(parts[^1], given, 0) == given.Count;
        // the name may come capitalized already; the capitals are looked for in the words as typed
        written ??= name;
        var shoutedSurname = surnameAt == 0 && parts[0].Count(char.IsLetter) >= 3 && written.Contains(parts[0].ToUpperInvariant(), StringComparison.Ordinal) &&
                             char.IsUpper(parts[^1][0]) && written.Contains(parts[^1], StringComparison.Ordinal) && parts[^1].Any(char.IsLower);
        return known || shoutedSurname ? parts[^1] + " " + string.Join(' ', parts[..^1]) : null;
    }

    /// <summary>Whether a correcting word after the name read is followed by a word that may be a name: a common given
    /// name, a capitalized word that is no remark about the slip, or a word that resembles a part of the name.</summary>
    private static bool CorrectionAfter(FoldedText folded, string text, FoldedText name)
    {
        if (name.Count == 0)
        {
            return false;
        }

        var last = -1;
        for (var i = folded.Count - 1; i >= 0 && last < 0; i--)
        {
            if (folded[i].Text == name[^1].Text)
            {
                last = i;
            }
        }

        for (var i = Math.Max(last, 0) + 1; i + 1 < folded.Count; i++)
        {
            // "ich meine Jonas Wegner" corrects; "meine" alone is a possessive
            if (!CommonWords.Corrections.Contains(folded[i].Text) && !(folded[i].Text == "meine" && i > 0 && folded[i - 1].Text == "ich"))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count; k++)
            {
                var w = folded[k].Text;
                if (w is "i" or "ich" || CommonWords.Corrections.Contains(w) || CommonWords.IsHesitation(w))
                {
                    continue;
                }

                // the first word said after the correction: a name, or a remark ("sorry für die späte Antwort")
                if (!SlipWords.Contains(w) && (GivenNames.IsName(w) || char.IsUpper(text[folded[k].Start]) ||
                                               name.Words.Any(part => Resemblance(part.Text, w) > 0)))
                {
                    return true;
                }

                break;
            }
        }

        return false;
    }

    /// <summary>"Herr Becker", "Mr. Anderson", "Mein Name ist Frau Kowalski": a salutation says the word after it is a
    /// surname.</summary>
    private static bool Salutation(string text)
    {
        foreach (var w in FoldedText.Of(text).Words)
        {
            if (w.Text is "herr" or "frau" or "hr" or "fr" or "mr" or "mrs" or "ms" or "miss" or "mister" or "misses" or "missus"
                or "monsieur" or "madame" or "mme" or "dr" or "prof")
            {
                return true;
            }
        }

        return false;
    }

    // Apologies that open a correction even without a comma before them: no name holds one.
    private static readonly HashSet<string> ApologyCues = new(StringComparer.Ordinal) { "sorry", "sry", "oops", "ups", "korrektur", "correction" };

    private static readonly HashSet<string> PartCues = new(StringComparer.Ordinal)
    {
        "nein", "nee", "ne", "no", "nope", "sorry", "sry", "oops", "ups", "korrektur", "correction", "pardon", "mean", "meant", "meine",
        "mein", "actually", "eigentlich", "quatsch",
    };

    // What the slip was, said between the correcting word and the word put right ("sorry typo, Volkov").
    private static readonly HashSet<string> SlipNames = new(StringComparer.Ordinal)
    {
        "tippfehler", "typo", "vertippt", "verschrieben", "autocorrect", "autokorrektur",
    };

    // What may follow the corrected word: a remark about the slip, nothing that could be more of a name.
    private static readonly HashSet<string> SlipWords = new(StringComparer.Ordinal)
    {
        "tippfehler", "typo", "vertippt", "verschrieben", "sorry", "sry", "autocorrect", "autokorrektur", "my", "bad", "mein",
        "fehler", "lol", "haha", "oops", "ups", "meinte", "ich", "i", "meant", "bloede", "dumb", "stupid", "damn",
    };

    // Said right after the corrected word ("Vogel natürlich", "Meier obviously"): it insists on the word, no more of a name.
    private static readonly HashSet<string> Assurances = new(StringComparer.Ordinal)
    {
        "natuerlich", "klar", "selbstverstaendlich", "obviously",
    };

    /// <summary>How many words at <paramref name="at"/> insist on the word before them ("natürlich", "of course", "I mean",
    /// "ich meine"), or 0.</summary>
    private static int Insisting(FoldedText folded, int at)
    {
        if (at >= folded.Count || folded[at].AfterBreak)
        {
            return 0;
        }

        if (Assurances.Contains(folded[at].Text))
        {
            return 1;
        }

        return at + 1 < folded.Count && !folded[at + 1].AfterBreak &&
               (folded[at].Text is "i" && folded[at + 1].Text is "mean" || folded[at].Text is "ich" && folded[at + 1].Text is "meine" ||
                folded[at].Text is "of" && folded[at + 1].Text is "course")
            ? 2 : 0;
    }

    // Words besides the sounds of hesitation (CommonWords.IsHesitation) that stand before the correcting word ("ach
    // sorry", "I mean").
    private static readonly HashSet<string> SlipOpeners = new(StringComparer.Ordinal) { "ah", "oh", "ach", "i", "ich" };

    /// <summary>"Paul Fischer, äh nein Paula, Tippfehler", "Jana Meyer – sorry, Meier": a name of two or three words, then a
    /// correcting word and one word in a clause of its own. The word replaces the part of the name it resembles (sure when
    /// it is a given name put for the first name or a capitalized word for the surname); one that resembles no part leaves
    /// the first name confirmed. Null when the message is not so.</summary>
    private static SlotReading? PartCorrected(string text)
    {
        var folded = FoldedText.Of(text);
        if (text.IndexOf(',') < 0 && text.IndexOf('–') < 0 && text.IndexOf(" - ", StringComparison.Ordinal) < 0 && text.IndexOf('.') < 0 &&
            !folded.Words.Any(w => ApologyCues.Contains(w.Text)))
        {
            return null;
        }

        for (var i = 1; i < folded.Count; i++)
        {
            // "Katrin Vogl, ähm Vogel": a hesitation alone corrects only a word one letter away from a part of the name,
            // which is a typo put right, never a second name; so does "ah"/"oh" ("Dirk Schulte, ah Schultze mit tz"), which
            // may also be surprise, so the name is confirmed
            var exclaimed = folded[i].Text is "ah" or "oh";
            var hesitated = (CommonWords.IsHesitation(folded[i].Text) || exclaimed) &&
                            (folded[i].AfterBreak || text.AsSpan(folded[i - 1].End, folded[i].Start - folded[i - 1].End).IndexOfAny('–', '-', '—') >= 0) &&
                            i + 1 < folded.Count &&
                            folded[i + 1].Text.Length >= 4 && FoldedText.Of(text[..folded[i].Start]).Words
                                .Any(w => w.Text != folded[i + 1].Text && WordMatch.WithinOneEdit(w.Text, folded[i + 1].Text));
            // "sabine schmit... schmidt natürlich": a word one letter away from a part of the name, said again in a clause of
            // its own with no correcting word before it, puts that part right; only a word after it that insists on it or
            // blames the slip makes it sure
            var bare = !PartCues.Contains(folded[i].Text) && !hesitated && i >= 2 && folded[i].AfterBreak && folded[i].Text.Length >= 4 &&
                       !MessageReader.IsPlace(folded[i].Text) && !CompanyReader.IsCompanyWord(folded[i].Text) &&
                       (i + 1 == folded.Count || folded[i + 1].AfterBreak || Insisting(folded, i + 1) > 0) &&
                       folded.Words.Take(i).Any(w => w.Text != folded[i].Text && WordMatch.WithinOneEdit(w.Text, folded[i].Text));
            if (!bare && (i + 1 == folded.Count || !PartCues.Contains(folded[i].Text) && !hesitated))
            {
                continue;
            }

            // the cue opens a clause, perhaps after a hesitation ("äh nein", "I mean")
            var open = i;
            while (!bare && open > 0 && !folded[open].AfterBreak && (SlipOpeners.Contains(folded[open - 1].Text) || PartCues.Contains(folded[open - 1].Text) ||
                                                            CommonWords.IsHesitation(folded[open - 1].Text)) &&
                   open - 1 >= 1)
            {
                open--;
            }

            // "marc dubois sorry dupuis": an apology needs no comma before it to open the correction, as no name holds one
            if (!folded[open].AfterBreak && text.AsSpan(folded[open - 1].End, folded[open].Start - folded[open - 1].End).IndexOfAny('–', '-', '—') < 0 &&
                !(open == i && ApologyCues.Contains(folded[i].Text)))
            {
                continue;
            }

            var word = bare ? i : i + 1;
            if (word + 2 < folded.Count && folded[word].Text == "make" && folded[word + 1].Text is "that" or "it")
            {
                // "actually make that Christopher": the words that bring the new part
                word += 2;
            }

            if (word + 1 < folded.Count && SlipNames.Contains(folded[word].Text) && folded[word + 1].AfterBreak)
            {
                // "Sergei Volkow - sorry typo, Volkov": what the slip was, then the word put right
                word++;
            }

            if (PartCues.Contains(folded[word].Text) && folded[word].Text is not ("mean" or "meant"))
            {
                // "nee sorry, Mayer": the next correcting word opens the same correction
                continue;
            }

            var insisted = Insisting(folded, word + 1);
            var assured = insisted > 0;
            if (word + 1 < folded.Count && !folded[word + 1].AfterBreak && !assured && folded[word].Text is not ("meinte" or "meant") &&
                !(folded[word + 1].Text is "mit" or "with" && SpellingRemark(folded, word + 2)))
            {
                return null;
            }

            if (folded[word].Text is "meinte" or "meant" or "ich" or "i")
            {
                word++;
                if (word >= folded.Count || word + 1 < folded.Count && !folded[word + 1].AfterBreak)
                {
                    return null;
                }
            }

            for (var k = word + 1 + insisted; k < folded.Count; k++)
            {
                if (folded[k].Text is "mit" or "with" && SpellingRemark(folded, k + 1))
                {
                    // "Jana Meier – sorry, Maier mit ai", "…, sorry Kowalski with an i": how the word is spelled
                    break;
                }

                if (!SlipWords.Contains(folded[k].Text))
                {
                    return null;
                }
            }

            if (ReadName(text[..folded[open].Start].TrimEnd(',', ' ', '-', '–')) is not { } before)
            {
                return null;
            }

            // "dan kowalsky.. sorry Kowalski": the name in small letters is written as a name before the part is replaced
            var parts = Capitalized(before.Name).Split(' ');
            var said = text.Substring(folded[word].Start, folded[word].End - folded[word].Start);
            if (parts.Length > 3 || said.Length < 2 || !said.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                return null;
            }

            // "petra schulz... äh scholz": in a name typed in small letters a word one letter away from a part puts a typo
            // right like a capitalized one
            var smallTypo = !char.IsUpper(said[0]) && !text[..folded[open].Start].Any(char.IsUpper) &&
                            parts.Any(part => WordMatch.WithinOneEdit(FoldedText.Fold(part), FoldedText.Fold(said)) && FoldedText.Fold(part) != FoldedText.Fold(said));
            // "marc dubois sorry dupuis": in an answer typed all in small letters any word but one of a sentence may be a name
            var smallName = !text.Any(char.IsUpper) && said.Length >= 3 && !CommonWords.SentenceWords.Contains(FoldedText.Fold(said)) &&
                            !NotInNames.Contains(FoldedText.Fold(said)) && !TrailingCourtesy.Contains(FoldedText.Fold(said));
            if (!char.IsUpper(said[0]) && !smallTypo && !smallName && !GivenNames.IsName(FoldedText.Fold(said)))
            {
                // "Sarah Connor, no thanks": no word of a name after the "no"
                return null;
            }

            var fixedWord = Capitalized(said);
            var best = -1;
            var bestScore = 0;
            for (var p = 0; p < parts.Length; p++)
            {
                var score = Resemblance(FoldedText.Fold(parts[p]), FoldedText.Fold(fixedWord));
                if (score > bestScore)
                {
                    best = p;
                    bestScore = score;
                }
            }

            if (best < 0 && parts.Length >= 2 && GivenNames.IsName(FoldedText.Fold(parts[0])) && !GivenNames.IsName(FoldedText.Fold(said)))
            {
                // "Marc Dubois, sorry, Dupuis": a word like no part, and no given name, after a given name and a surname puts
                // the surname right; the writer may have meant more, so it is confirmed
                best = parts.Length - 1;
                exclaimed = true;
            }

            if (best < 0)
            {
                return new SlotReading("name", Capitalized(before.Name), Confidence.Medium, before.Name) { Hint = ReadingHints.Ambiguous };
            }

            // "Meier, nee sorry, Mayer": a lone word corrected is still a lone word, confirmed like any lone surname
            parts[best] = fixedWord;
            var value = Capitalized(string.Join(' ', parts));
            var sure = before.Confidence == Confidence.High && parts.Length >= 2 && !exclaimed && (!bare || assured) &&
                       (best == 0 ? GivenNames.IsName(FoldedText.Fold(said)) : char.IsUpper(said[0]) || smallTypo);
            return new SlotReading("name", value, sure ? Confidence.High : Confidence.Medium, value) { Hint = sure ? null : ReadingHints.Ambiguous };
        }

        return null;
    }

    /// <summary>Whether the words from <paramref name="from"/> to the end only spell letters ("ai", "an i", "einem y"):
    /// one to three words of at most two letters, an article among them.</summary>
    private static bool SpellingRemark(FoldedText folded, int from)
    {
        var letters = 0;
        for (var k = from; k < folded.Count; k++)
        {
            var w = folded[k].Text;
            if (w is "a" or "an" or "einem" or "einer" or "ein" or "doppel" or "double")
            {
                continue;
            }

            if (w.Length == 3 && char.IsLetter(w[0]) && w[1] == '-' && char.IsLetter(w[2]))
            {
                // "mit a-y", "with e-i": the letters spelled one by one
                letters++;
                continue;
            }

            if (w.Length > 2 || !w.All(char.IsLetter))
            {
                return false;
            }

            letters++;
        }

        return letters is >= 1 and <= 2;
    }

    /// <summary>How much two words resemble each other as a slip of the keys: the letters they share at the start, when
    /// at least three and the two differ by at most two letters in length; 0 otherwise.</summary>
    private static int Resemblance(string a, string b)
    {
        if (a != b && Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            // "Chris" → "Christopher": the short form of the same name, however much longer the full one is
            return Math.Min(a.Length, b.Length);
        }

        if (a == b || Math.Abs(a.Length - b.Length) > 3)
        {
            return 0;
        }

        if (a.Length >= 4 && SoundsAlike(a) == SoundsAlike(b))
        {
            // "Meier"/"Mayer", "Schmitt"/"Schmidt": spelled differently, said the same
            return 1;
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared])
        {
            shared++;
        }

        // "Meyer"/"Meier": the same first letters, or the same letters but one in the middle
        if (shared >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            // "Dan" → "Daniel": the short form of the same name
            return shared;
        }

        if (shared < 3 && !(a.Length == b.Length && a.Length >= 4 && a.Zip(b).Count(x => x.First != x.Second) == 1) &&
            !(Math.Min(a.Length, b.Length) >= 3 && OneLetterMore(a.Length > b.Length ? a : b, a.Length > b.Length ? b : a)))
        {
            return 0;
        }

        return Math.Max(shared, 1);
    }

    /// <summary>The word with the spellings of one sound made one ("ay", "ey", "ai" → "ei"; "dt", "tt" → "t"; "ph" → "f";
    /// "ck" → "k"; "y" → "i"), so two spellings of a surname said alike compare equal.</summary>
    private static string SoundsAlike(string word) =>
        word.Replace("ay", "ei", StringComparison.Ordinal).Replace("ey", "ei", StringComparison.Ordinal)
            .Replace("ai", "ei", StringComparison.Ordinal).Replace("dt", "t", StringComparison.Ordinal)
            .Replace("tt", "t", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal).Replace('y', 'i');

    /// <summary>"John"/"Jon": the longer word is the shorter with one letter put in.</summary>
    private static bool OneLetterMore(string longer, string shorter)
    {
        if (longer.Length != shorter.Length + 1)
        {
            return false;
        }

        var k = 0;
        while (k < shorter.Length && longer[k] == shorter[k])
        {
            k++;
        }

        return longer.AsSpan(k + 1).SequenceEqual(shorter.AsSpan(k));
    }

    private static readonly string[][] CorrectionCues = Phrases.Of(
        "eigentlich", "genauer gesagt", "besser gesagt", "offiziell", "richtig", "korrekt", "actually", "officially",
        "well", "i mean", "i meant", "ich meine", "ich meinte", "properly", "formally", "sorry", "sry", "oops", "ups", "also",
        "moment", "wait", "make that", "quatsch", "unsinn", "scratch that");

    // Words that reject what was just said outright ("ach quatsch", "scratch that").
    private static readonly string[][] Rejections = Phrases.Of("quatsch", "unsinn", "scratch that");

    // Words after a corrected name that blame the slip on the typing ("Autokorrektur", "typo"): said of the name taken back.
    private static readonly HashSet<string> SlipBlames = new(StringComparer.Ordinal)
    {
        "autokorrektur", "autocorrect", "tippfehler", "typo", "vertippt", "verschrieben",
    };

    /// <summary>The full name after a word that corrects or completes the name before it ("Pauli – eigentlich Paul
    /// Schneider", "Tom, well Thomas officially. Thomas Reed"): the last clause after the cue that is a name of two or
    /// three words, read sure; null without a cue or such a clause.</summary>
    private static string? Corrected(string text)
    {
        var folded = FoldedText.Of(text);
        for (var last = folded.Count - 1; last > 0; last--)
        {
            if (folded[last].AfterBreak && folded.Words.Skip(last).All(w => w.Text is "sorry" or "sry" or "oops" or "ups" or "pardon" or "entschuldigung" or "my" or "bad" or "actually" or "eigentlich" or "instead" or "stattdessen"))
            {
                // "…, sorry": an apology after the corrected name is no part of it (a word that blames autocorrect or a
                // typo leaves open which of the two was the slip)
                text = text[..folded[last].Start].TrimEnd(',', ' ', '-', '–');
                folded = FoldedText.Of(text);
                break;
            }
        }

        for (var last = folded.Count - 1; folded.Find(CorrectionCues).At is > 0 and var firmCue && last > firmCue + 1; last--)
        {
            if (folded[last].AfterBreak && CompanyReader.IsBusinessKind(folded[^1].Text) && char.IsUpper(text[folded[last].Start]))
            {
                // "Mitch — Mitchell Harvey actually, Harvey Solar": a clause after the corrected name that ends in a
                // firm's word is the writer's firm, not the name settled on
                text = text[..folded[last].Start].TrimEnd(',', ' ', '-', '–', '—');
                folded = FoldedText.Of(text);
                break;
            }
        }

        if (folded.Count > 4 && folded[^1].Text is "actually" or "eigentlich" or "instead" or "stattdessen" && folded.Find(CorrectionCues).At is > 0 and var c && c < folded.Count - 1)
        {
            // "Fabienne Perret, sorry, Fabienne Perret-Gentil actually": the word that insists on the new name, after it
            text = text[..folded[^1].Start].TrimEnd(',', ' ', '-', '–');
            folded = FoldedText.Of(text);
        }

        if (folded.Find(Rejections).At > 0 && folded.Count > 2 && folded[^1].AfterBreak && SlipBlames.Contains(folded[^1].Text))
        {
            // "Lukas Wagner.. ach quatsch, Lukas Wegner, Autokorrektur": after a word that rejects what was said the
            // slip blamed last is the name taken back
            text = text[..folded[^1].Start].TrimEnd(',', ' ', '-', '–');
            folded = FoldedText.Of(text);
        }

        var (cue, length) = folded.Find(CorrectionCues);
        if (cue <= 0 && folded.Count >= 4 && CommonWords.IsHesitation(folded[1].Text))
        {
            // "Stefan... ähm Steffen Krause": one word, a hesitation, then the full name said again
            (cue, length) = (1, 1);
        }

        if (cue <= 0 || cue + length >= folded.Count || Parts(text, folded) is not null)
        {
            return null;
        }

        // from the last break after the cue, or right after the cue and the correcting words that follow it ("sorry, I
        // mean Anna Schmitt")
        var from = cue + length;
        while (from + 2 < folded.Count && (CommonWords.Corrections.Contains(folded[from].Text) || CommonWords.IsHesitation(folded[from].Text) ||
                                           folded[from].Text is "i" or "ich" && folded[from + 1].Text is "mean" or "meant" or "meine" or "meinte" ||
                                           folded[from].Text is "meine" && folded[from - 1].Text == "ich"))
        {
            from++;
        }

        for (var i = folded.Count - 1; i > from; i--)
        {
            if (folded[i].AfterBreak)
            {
                from = i;
                break;
            }
        }

        if (from + 2 < folded.Count && folded[from].Text is "einfach" or "nur" or "just" or "simply" or "only")
        {
            // "…, nee moment, einfach Petra Vogt": a word that shortens the name before the new one is no part of it
            from++;
        }

        var rest = text[folded[from].Start..].Trim().TrimEnd('.', '!');
        var part = FoldedText.Of(rest);
        if (part.Count is < 2 or > 3 || part.Words.Any(w => w.AfterBreak) ||
            !(char.IsUpper(rest[part[0].Start]) && char.IsUpper(rest[part[^1].Start]) || GivenNames.Contains(part[0].Text)) ||
            ReadName(rest) is not { Confidence: Confidence.High } name ||
            FoldedText.Of(name.Name).Count != part.Count)
        {
            return null;
        }

        return name.Name;
    }

    /// <summary>A name of two or three words right after a word that corrects the name before it, itself followed by a
    /// word that marks it as the official one ("…, well Minh Nguyen officially", "…, also Johannes Meier offiziell");
    /// null without such a clause.</summary>
    private static string? OfficialAfterCue(string text)
    {
        var folded = FoldedText.Of(text);
        var (cue, length) = folded.Find(CorrectionCues);
        if (cue <= 0)
        {
            return null;
        }

        var from = cue + length;
        for (var end = from + 1; end < folded.Count && end <= from + 3; end++)
        {
            if (folded[end].AfterBreak)
            {
                return null;
            }

            if (folded[end].Text is "officially" or "offiziell" or "formally" && end - from is 2 or 3)
            {
                var said = text[folded[from].Start..folded[end - 1].End];
                return ReadName(said) is { Confidence: Confidence.High } read && FoldedText.Of(read.Name).Count == end - from ? read.Name : null;
            }
        }

        return null;
    }

    /// <summary>"mit zwei n", "with two n's", "double n": a letter that stands once in the surname, doubled.</summary>
    private static string? Respelled(string name, FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            var two = folded[i].Text is "double" or "doppel" or "doppelt" ? i + 1 :
                      i > 0 && folded[i].Text is "zwei" or "two" or "2" && folded[i - 1].Text is "mit" or "with" ? i + 1 : -1;
            if (two < 0 || two >= folded.Count)
            {
                continue;
            }

            var letter = folded[two].Text.EndsWith("'s", StringComparison.Ordinal) ? folded[two].Text[..^2] : folded[two].Text;
            if (letter.Length != 1 || !char.IsLetter(letter[0]))
            {
                continue;
            }

            var space = name.LastIndexOf(' ');
            var surname = name[(space + 1)..];
            var at = surname.IndexOf(letter[0], StringComparison.OrdinalIgnoreCase);
            if (at < 0 || surname.IndexOf(letter[0], at + 1) >= 0 || surname.IndexOf(char.ToUpperInvariant(letter[0]), at + 1) >= 0)
            {
                continue;
            }

            return name[..(space + 1)] + surname[..(at + 1)] + surname[at] + surname[(at + 1)..];
        }

        return null;
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

    /// <summary>The text without pictographs between or after its words ("Stefan 😊 Wagner"): an emoji, a dingbat, a
    /// variation selector, a skin tone or a joiner is no part of a name. Unchanged when nothing else is left.</summary>
    private static string WithoutPictographs(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dropped = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = char.GetUnicodeCategory(text, i);
            if (category == System.Globalization.UnicodeCategory.OtherSymbol || c is '\uFE0F' or '\u200D' ||
                char.IsSurrogate(c) && category is not (System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter))
            {
                dropped = true;
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }

                sb.Append(' ');
                continue;
            }

            sb.Append(c);
        }

        if (!dropped)
        {
            return text;
        }

        var plain = CollapseSpaces(sb.ToString()).Trim();
        return plain.Any(char.IsLetter) ? plain : text;
    }

    /// <summary>The name before a bracket at its end that spells some of its words again with letters the keyboard
    /// lacked ("asa lindqvist (Åsa)" → "Åsa lindqvist"): each word in brackets is a word of the name with the same
    /// letters but for accents, rings and strokes, and has such a letter; null otherwise.</summary>
    private static string? SpelledInBrackets(string text)
    {
        var trimmed = text.TrimEnd(' ', '.');
        var open = trimmed.IndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.LastIndexOf('(') != open || trimmed.IndexOf(')') != trimmed.Length - 1)
        {
            return null;
        }

        var before = trimmed[..open].TrimEnd(' ', ',');
        var inside = trimmed[(open + 1)..^1].Trim();
        var name = FoldedText.Of(before);
        var spelled = FoldedText.Of(inside);
        if (spelled.Count == 0 || name.Count is < 1 or > 4)
        {
            return null;
        }

        if (spelled.Count > name.Count)
        {
            return RespelledInRemark(before, name, inside, spelled);
        }

        // typed all in small letters, the name is written as names are before the spelled words go in
        var result = before.Any(char.IsUpper) ? before : string.Join(' ', before.Split(' ').Select(p => p.Length > 0 ? char.ToUpperInvariant(p[0]) + p[1..] : p));
        foreach (var w in spelled.Words)
        {
            var written = inside[w.Start..w.End];
            if (!written.Any(c => c > 127 && char.IsLetter(c)))
            {
                return null;
            }

            var match = name.Words.FirstOrDefault(n => BaseLetters(before[n.Start..n.End]) == BaseLetters(written) &&
                                                       !string.Equals(before[n.Start..n.End], written, StringComparison.OrdinalIgnoreCase));
            if (match.Text is null)
            {
                return null;
            }

            var at = result.IndexOf(before[match.Start..match.End], StringComparison.OrdinalIgnoreCase);
            result = result[..at] + written + result[(at + match.End - match.Start)..];
        }

        return result;
    }

    /// <summary>"Peter Mueller (German keyboard broke, it's Müller with the dots)": a remark in brackets that writes a word
    /// of the name with the letters the keyboard lacked ("ue" for "ü", or no accent) is how it is spelled; the name with
    /// that word put in, or null when no word of the remark respells one of the name or the remark says "not".</summary>
    private static string? RespelledInRemark(string before, FoldedText name, string inside, FoldedText remark)
    {
        if (!before.Any(char.IsUpper) || remark.Words.Any(w => w.Text is "not" or "nicht" or "statt" or "instead" or "anstatt" or "kein" or "keine"))
        {
            return null;
        }

        var result = before;
        var found = false;
        foreach (var w in remark.Words)
        {
            var written = inside[w.Start..w.End];
            if (!char.IsUpper(written[0]) || !written.Any(c => c > 127 && char.IsLetter(c)))
            {
                continue;
            }

            // folded words write umlauts out ("Müller" and "Mueller" both "mueller"); base letters drop accents ("José", "Jose")
            var match = name.Words.FirstOrDefault(n => !string.Equals(before[n.Start..n.End], written, StringComparison.OrdinalIgnoreCase) &&
                                                       (BaseLetters(before[n.Start..n.End]) == BaseLetters(written) || n.Text == w.Text));
            if (match.Text is null)
            {
                return null;
            }

            var at = result.IndexOf(before[match.Start..match.End], StringComparison.OrdinalIgnoreCase);
            result = result[..at] + written + result[(at + match.End - match.Start)..];
            found = true;
        }

        return found ? result : null;
    }

    /// <summary>A word in small letters without its accents, rings and strokes ("Åsa" → "asa", "Søren" → "soren"), so
    /// that a name typed without them matches the one spelled with them.</summary>
    private static string BaseLetters(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var d in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(d switch { 'ø' => 'o', 'ł' => 'l', 'đ' => 'd', 'ı' => 'i', 'æ' => 'a', _ => d });
        }

        return sb.ToString();
    }

    /// <summary>"Henrik &amp; Mette Poulsen", "Anna und Peter Müller": two common given names joined by "&amp;"/"und"/"and"
    /// before one surname; the first given name with the surname, or null.</summary>
    private static string? CoupleSharingSurname(string text)
    {
        var folded = FoldedText.Of(text);
        var words = folded.Words.Where(w => w.Text is not ("und" or "and")).ToList();
        if (words.Count != 3 || folded.Words.Any(w => w.AfterBreak) || folded.Count - words.Count > 1 ||
            text.AsSpan(words[0].End, words[1].Start - words[0].End).Trim() is not ("&" or "+" or "und" or "and" or "Und" or "And") ||
            !GivenNames.IsName(words[0].Text) || !GivenNames.IsName(words[1].Text) || GivenNames.IsName(words[2].Text) ||
            !char.IsUpper(text[words[2].Start]) && text.Any(char.IsUpper))
        {
            return null;
        }

        return $"{text[words[0].Start..words[0].End]} {text[words[2].Start..words[2].End]}";
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

    /// <summary>Whether the bracket inside the name holds one word that is a nickname of the given name before it: a
    /// common given name itself ("Robert (Bob) Miller") or the given name's start ("Christopher (Chris) Walker").</summary>
    private static bool NicknameInside(string text)
    {
        if (OneBracket(text) is not { } bracket)
        {
            return false;
        }

        var (open, close) = bracket;
        var before = FoldedText.Of(text[..open]);
        var inside = FoldedText.Of(text[(open + 1)..close]);
        var after = FoldedText.Of(text[(close + 1)..]);
        if (inside.Count != 1 || before.Count == 0 || after.Count is 0 or > 2 || !GivenNames.IsName(before[^1].Text) ||
            !after.Words.All(w => char.IsUpper(text[close + 1 + w.Start]) && !GivenNames.IsName(w.Text) && !NotInNames.Contains(w.Text)))
        {
            return false;
        }

        var given = before[^1].Text;
        var nick = inside[0].Text;
        return nick != given && (GivenNames.IsName(nick) || nick.Length >= 3 && given.StartsWith(nick, StringComparison.Ordinal));
    }

    /// <summary>Where the one pair of brackets after the first word opens and closes ("Bob (Robert) Haskins"), or null
    /// when there is none or more than one.</summary>
    private static (int Open, int Close)? OneBracket(string text)
    {
        var open = text.IndexOf('(');
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        return open <= 0 || close < open || text.IndexOf('(', close) >= 0 ? null : (open, close);
    }

    // Endings of German compound nouns for a job or trade ("Versicherungsmakler", "Steuerberaterin", "Kfz-Händler"); a
    // word that is the ending alone may be a surname ("Kaufmann"), so only a compound counts.
    private static readonly string[] JobNounEndings =
    [
        "makler", "maklerin", "berater", "beraterin", "haendler", "haendlerin", "vertreter", "vertreterin", "anwalt", "anwaeltin",
        "architekt", "architektin", "ingenieur", "ingenieurin", "techniker", "technikerin", "kaufmann", "kauffrau", "gutachter",
        "gutachterin", "pruefer", "prueferin", "notar", "notarin",
        // a site manager, a practice manager, a shop owner ("Bauleiter", "Praxismanagerin", "Shopinhaber")
        "leiter", "leiterin", "manager", "managerin", "inhaber", "inhaberin", "verwalter", "verwalterin", "disponent", "disponentin",
        "referent", "referentin", "beauftragter", "beauftragte", "sachbearbeiter", "sachbearbeiterin",
    ];

    /// <summary>Whether a folded word is a German compound noun for a job or trade ("versicherungsmakler"): never a name.</summary>
    internal static bool IsJobNoun(string folded) =>
        Array.Exists(JobNounEndings, e => folded.Length >= e.Length + 3 && folded.EndsWith(e, StringComparison.Ordinal));

    /// <summary>"Ich bin die Assistenz von Dr. Reuter, bitte alles an ihn", "I'm the assistant to Mr. Hale": a job of
    /// someone who writes for another person, then "von"/"of"/"to"/"for" and that person's name. The job is no name; the
    /// person named is the one the bot is to reach, confirmed, since the writer gave no name of their own. Null when the
    /// message is not so.</summary>
    private static SlotReading? OnBehalf(string text)
    {
        var folded = FoldedText.Of(text);
        for (var i = 0; i + 2 < folded.Count && i < 5; i++)
        {
            if (!AssistantWords.Contains(folded[i].Text) || folded[i].Text == "pa" && text[folded[i].Start] == 'p' ||
                folded[i + 1].Text is not ("von" or "vom" or "of" or "to" or "for" or "fuer") || folded[i + 2].AfterBreak)
            {
                continue;
            }

            var end = i + 2;
            while (end + 1 < folded.Count && (!folded[end + 1].AfterBreak || folded[end].Text is "dr" or "prof"))
            {
                end++;
            }

            var said = text[folded[i + 2].Start..folded[end].End];
            if (FoldedText.Of(said).Count > 4 || !char.IsUpper(said.TrimStart()[0]) || ReadName(said) is not { } name)
            {
                return null;
            }

            var value = Capitalized(name.Name);
            return new SlotReading("name", value, Confidence.Medium, said) { Hint = ReadingHints.Ambiguous };
        }

        return null;
    }

    /// <summary>"Bob (Robert) Haskins", "chris (christine) wallace": a common given name in brackets between a shorter
    /// given name and the surname is the full given name, stored in place of the short one and confirmed, since the short
    /// one may be the name the writer goes by; null when the message is not so.</summary>
    private static SlotReading? FullGivenInBrackets(string text)
    {
        if (OneBracket(text) is not { } bracket)
        {
            return null;
        }

        var (open, close) = bracket;
        var before = FoldedText.Of(text[..open]);
        var inside = FoldedText.Of(text[(open + 1)..close]);
        if (before.Count != 1 || inside.Count != 1 || !GivenNames.IsName(before[0].Text) || !GivenNames.IsName(inside[0].Text) ||
            inside[0].Text.Length <= before[0].Text.Length)
        {
            return null;
        }

        var rest = text[(close + 1)..].Trim();
        var full = $"{text.Substring(open + 1 + inside[0].Start, inside[0].End - inside[0].Start)} {rest}";
        if (FoldedText.Of(rest).Count is 0 or > 2 || ReadName(full) is not { } name || FoldedText.Of(name.Name).Count != FoldedText.Of(full).Count)
        {
            return null;
        }

        var value = Capitalized(name.Name);
        return new SlotReading("name", value, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
    }

    /// <summary>"Hr. Dvořák (Martin)", "Novak (Jana)": one surname, after a salutation or not, and a common given name
    /// in brackets with nothing after it is the whole name, given name first; null when the message is not so.</summary>
    private static SlotReading? GivenInBracketsAfterSurname(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        if (OneBracket(trimmed) is not { } bracket || bracket.Close != trimmed.Length - 1)
        {
            return null;
        }

        var inside = trimmed[(bracket.Open + 1)..bracket.Close].Trim();
        var given = FoldedText.Of(inside);
        if (given.Count == 0 || inside.Contains(' ', StringComparison.Ordinal) || !char.IsUpper(inside[0]) ||
            !(given.Count == 1 ? GivenNames.IsName(given[0].Text) : GivenNames.At(inside, given, 0) == given.Count) ||
            ReadName(trimmed[..bracket.Open]) is not { Confidence: Confidence.High } surname ||
            FoldedText.Of(surname.Name) is not { Count: 1 } surnameWord || GivenNames.IsName(surnameWord[0].Text) ||
            !char.IsUpper(surname.Name[0]) || CompanyReader.IsCompanyWord(surnameWord[0].Text))
        {
            return null;
        }

        return new SlotReading("name", $"{inside} {surname.Name}", Confidence.High, text.Trim());
    }

    private static readonly string[][] PartWords = Phrases.Of(
        "nachname", "familienname", "zuname", "last name", "surname", "family name", "vorname", "first name", "surname's", "last name's");

    /// <summary>The text with the one bracket opened when it starts with the word for a part of the name ("Stefan
    /// (Nachname Krüger)" → "Stefan, Nachname Krüger"); null otherwise.</summary>
    private static string? PartInBrackets(string text)
    {
        var open = text.IndexOf('(');
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        if (open <= 0 || close < open || text.IndexOf('(', close) >= 0)
        {
            return null;
        }

        var inside = FoldedText.Of(text[(open + 1)..close]);
        return Array.Exists(PartWords, c => inside.MatchesAt(0, c) && inside.Count > c.Length)
            ? $"{text[..open].TrimEnd()}, {text[(open + 1)..close]} {text[(close + 1)..]}".Trim()
            : null;
    }

    /// <summary>"Chris (Christopher Lee)", "Kathi (Katharina Brandl)": one word, then in brackets a name of two or three words
    /// and nothing after them. The name in brackets, sure when the word before is its given name's start and both read
    /// sure, else confirmed; null when the message is not so.</summary>
    private static SlotReading? FullNameInBrackets(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        var open = trimmed.IndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.IndexOf(')') != trimmed.Length - 1 || trimmed.IndexOf('(', open + 1) >= 0)
        {
            return null;
        }

        var inside = trimmed[(open + 1)..^1].Trim();
        if (inside.IndexOf(',') is > 0 and var comma && FoldedText.Of(inside[(comma + 1)..]).Count is >= 1 and <= 3)
        {
            // "Lukas (Lukas Brandt, Vertrieb)": the writer's unit or job after a comma in the bracket is no part of the name
            inside = inside[..comma].Trim();
        }

        var full = FoldedText.Of(inside);
        // "Gruß, Steffi (Stefanie Wendt)": a greeting before the short name leaves it one word of a name all the same
        if (full.Count is < 2 or > 3 || full.Words.Any(w => w.AfterBreak) || !char.IsUpper(inside[0]) ||
            ReadName(inside) is not { } name || FoldedText.Of(name.Name).Count != full.Count ||
            ReadName(trimmed[..open]) is not { } shortName || FoldedText.Of(shortName.Name) is not { Count: 1 } before)
        {
            return null;
        }

        var given = full[0].Text;
        var shortWord = before[0].Text;
        // "Lukas (Lukas Brandt)": the given name said again with the surname is the full name as surely as a longer form
        var sure = name.Confidence == Confidence.High && shortName.Confidence == Confidence.High && shortWord.Length >= 3 &&
                   (given.Length > shortWord.Length && given.StartsWith(shortWord[..3], StringComparison.Ordinal) || given == shortWord) &&
                   GivenNames.IsName(given);
        var value = Capitalized(name.Name);
        return new SlotReading("name", value, sure ? Confidence.High : Confidence.Medium, name.Name) { Hint = sure ? null : ReadingHints.Ambiguous };
    }

    /// <summary>The text without a nickname in quotes that stands between a common given name and a capitalized surname
    /// ("Robert \"Bob\" Johnson" → "Robert Johnson"); null when there is no such nickname.</summary>
    private static string? QuotedNickname(string text)
    {
        var open = text.IndexOfAny(['"', '„', '“', '\'', '‚', '«']);
        var close = open < 0 ? -1 : text.IndexOfAny(['"', '“', '”', '\'', '‘', '’', '»'], open + 1);
        if (open <= 0 || close < open + 2 || text.IndexOfAny(['"', '„', '“', '”', '«', '»'], close + 1) >= 0)
        {
            return null;
        }

        var before = FoldedText.Of(text[..open]);
        var inside = FoldedText.Of(text[(open + 1)..close]);
        var after = text[(close + 1)..].Trim();
        var surname = FoldedText.Of(after);
        return before.Count is 1 or 2 && GivenNames.IsName(before[^1].Text) && inside.Count == 1 && surname.Count is 1 or 2 &&
               char.IsUpper(after[0]) && !text[..open].TrimEnd().EndsWith(',') && !NotInNames.Contains(surname[0].Text)
            ? string.Concat(text.AsSpan(0, open).TrimEnd(), " ", after)
            : null;
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

    /// <summary>The text without its last clause when a correcting word stands before it and the clause says why in
    /// small letters ("…, hab ja geheiratet", "…, that's what's on my contracts"): two words or more, the first in small
    /// letters (or "I"), none a common given name, all one sentence; null otherwise.</summary>
    private static string? WithoutTrailingReason(string text)
    {
        // the clause opens after a comma or a spaced dash ("…, Anna Lindberg – I just got married")
        var comma = Math.Max(text.LastIndexOf(','), Math.Max(text.LastIndexOf(" – ", StringComparison.Ordinal), text.LastIndexOf(" - ", StringComparison.Ordinal)) + 1);
        if (comma <= 0)
        {
            return null;
        }

        var before = FoldedText.Of(text[..comma]);
        var reason = FoldedText.Of(text[(comma + 1)..]);
        var tail = text[(comma + 1)..];
        if (reason.Count < 2 || !before.Words.Any(w => PartCues.Contains(w.Text) || w.Text is "moment" or "wait") ||
            char.IsUpper(tail[reason[0].Start]) && reason[0].Text != "i" && !reason[0].Text.StartsWith("i'", StringComparison.Ordinal) ||
            reason.Words.Any(w => GivenNames.IsName(w.Text)) || reason.Words.Skip(1).Any(w => w.AfterBreak))
        {
            return null;
        }

        return text[..comma].TrimEnd();
    }

    /// <summary>"Lukas Weber, aber ich schreib im Auftrag von meinem Chef", "Tom Baker, but I'm writing for my boss": a full
    /// name opening with a common given name, then after a comma a clause of the writer's own ("aber ich", "but I") that
    /// names no one by a given name; the name before it, or null.</summary>
    private static string? WithoutOwnClause(string text)
    {
        var comma = text.IndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var name = FoldedText.Of(text[..comma]);
        var clause = FoldedText.Of(text[(comma + 1)..]);
        return name.Count is 2 or 3 && GivenNames.IsName(name[0].Text) && name.Words.All(w => char.IsUpper(text[w.Start]) && !NotInNames.Contains(w.Text)) &&
               clause.Count >= 3 && clause[0].Text is "aber" or "but" or "und" or "and" && clause[1].Text is "ich" or "i" or "i'm" or "im" &&
               !clause.Words.Skip(2).Any(w => GivenNames.IsName(w.Text) && char.IsUpper(text[comma + 1 + w.Start]))
            ? text[..comma].TrimEnd()
            : null;
    }

    private static readonly string[][] NicknameCues = Phrases.Of(
        "aber alle sagen", "alle sagen", "aber alle nennen mich", "alle nennen mich", "aber nennt mich", "nennt mich", "sagt einfach",
        "but everyone calls me", "everyone calls me", "but people call me", "people call me", "but call me", "call me",
        "but i go by", "i go by", "goes by", "but everybody calls me", "everybody calls me", "aber man nennt mich", "genannt",
        // leave to use the short form, in English ("Chukwuemeka Eze but you can call me Emeka")
        "but you can call me", "you can call me", "but feel free to call me", "but just call me", "just call me",
        // the polite German leave to use the short form ("…, aber sagen Sie ruhig Kathi")
        "aber sagen sie ruhig", "sagen sie ruhig", "aber sagen sie einfach", "sagen sie einfach", "aber nennen sie mich ruhig",
        "aber sag ruhig", "sag ruhig", "aber sagt ruhig");

    /// <summary>The words before a nickname remark ("… aber alle sagen Mimi", "… but everyone calls me Bob"), when a
    /// name of two or more words, or a common given name longer than the nickname, stands before it; null otherwise.</summary>
    private static string? NicknameAfter(string text)
    {
        if (text.Length < 12)
        {
            return null;
        }

        var folded = FoldedText.Of(text);
        var (at, length) = folded.Find(NicknameCues);
        // a softening word before the nickname ("aber alle sagen einfach Ahmad", "but everyone just calls me…") leaves it
        // the nickname
        if (at >= 1 && at + length == folded.Count - 2 && folded[at + length].Text is "einfach" or "nur" or "just" or "simply")
        {
            length++;
        }

        if (at < 1 || at + length != folded.Count - 1 || !folded[at].AfterBreak && folded[at].Text is not ("aber" or "but"))
        {
            // "you can call me Sam" is no name then a nickname: the remark opens a clause of its own or says "aber"/"but"
            return null;
        }

        // "Tobias, aber alle sagen Tobi": a common given name alone before a shorter nickname is the name as well ("Tom,
        // but everyone calls me Tommy" may itself be the short form)
        var before = text[..folded[at].Start].TrimEnd(',', ' ', '-', '–', ';');
        // "Lena – also eigentlich Magdalena Huber, aber alle sagen Lena": a corrected full name before the nickname too
        // "Kowalczyk, aber alle sagen Kowa": a nickname that is the start of the one word before it shortens that word
        return ReadName(before) is { Confidence: Confidence.High, Name: var n } &&
               (n.Contains(' ', StringComparison.Ordinal) || GivenNames.IsName(FoldedText.Fold(n)) && folded[^1].Text.Length < FoldedText.Fold(n).Length ||
                folded[^1].Text.Length >= 2 && FoldedText.Fold(n).Length > folded[^1].Text.Length && FoldedText.Fold(n).StartsWith(folded[^1].Text, StringComparison.Ordinal)) ||
               Corrected(before) is not null ||
               ReadName(before) is { Confidence: Confidence.High } && FoldedText.Of(before) is { Count: >= 2 } introduced &&
               Array.Exists(OwnNameCues, c => introduced.MatchesAt(0, c))
            ? before : null;
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

    /// <summary>"Grace mcallister", "anna Müller": a name partly in small letters that opens with a common given name has its
    /// small words written as a name is written ("Grace McAllister"); particles ("von", "de") stay small. It is confirmed
    /// all the same.</summary>
    private static string SmallWordsCapitalized(string name)
    {
        if (!name.Any(char.IsUpper) || !name.Any(char.IsLower))
        {
            return name;
        }

        // only a name that shows itself as one, by a common given name among two or three words ("Thank you" stays)
        var words = name.Split(' ');
        if (words.Length is < 2 or > 3 || !GivenNames.IsName(FoldedText.Fold(words[0])))
        {
            return name;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 1 && words[i].All(c => !char.IsLetter(c) || char.IsLower(c)) && !Particles.Contains(FoldedText.Fold(words[i])) &&
                words[i] != "und")
            {
                words[i] = Capitalized(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The name with each word of four letters or more typed all in capitals written as a name is ("Jean
    /// DUPONT" → "Jean Dupont"), when another word is written with small letters and no comma turns it round; null when
    /// there is no such word.</summary>
    private static string? ShoutedPart(string name)
    {
        if (name.Contains(',', StringComparison.Ordinal) || !name.Any(char.IsLower))
        {
            return null;
        }

        var words = name.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Count(char.IsLetter) >= 4 && words[i].All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                words[i] = Capitalized(words[i].ToLowerInvariant());
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>A name typed all in small letters ("sabine") is stored as a name is written ("Sabine"); particles stay
    /// small ("karl von brandt" → "Karl von Brandt"). A name with any capital is kept as typed.</summary>
    internal static string Capitalized(string name)
    {
        if (name.Any(char.IsUpper) && (name.Any(char.IsLower) || name.Count(char.IsLetter) <= 3))
        {
            return name;
        }

        // "HEINZ-DIETER SCHULTE", "DAVID NGUYEN": a name typed all in capitals is written as a name is written
        name = name.ToLowerInvariant();

        // "nguyen van an": after a Vietnamese family name "van" and "thi" are middle names, written with a capital
        var vietnamese = VietnameseFamilyNames.Contains(name.Split(' ', 2)[0]);

        var chars = name.ToCharArray();
        var wordStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetter(chars[i]) || i < chars.Length && chars[i] == '\'')
            {
                continue;
            }

            // "dr. james whitfield": a title is written with a capital, particles ("von", "de") stay small
            // "von und zu": the "und" of a particle chain stays small with them
            var chainedAnd = name[wordStart..i] == "und" && name[..wordStart].EndsWith("von ", StringComparison.Ordinal);
            // "al-farsi", "el-masri": an article joined to the surname by a hyphen is written with a capital like the rest
            // ("nadia el amrani" the same when it stands apart after a given name)
            var hyphenedArticle = i < chars.Length && (chars[i] == '-' || chars[i] == ' ' && wordStart > 0) && name[wordStart..i] is "al" or "el";
            if (i > wordStart && !chainedAnd && (vietnamese || hyphenedArticle || !Particles.Contains(name[wordStart..i]) || name[wordStart..i] is "dr" or "prof"))
            {
                chars[wordStart] = char.ToUpperInvariant(chars[wordStart]);
                // "mcdonald": "Mc" is written before a capital; "Mac" is not, since "Mack" and "Macy" are names of their own
                if (i - wordStart > 3 && chars[wordStart + 1] == 'c' && chars[wordStart] == 'M')
                {
                    chars[wordStart + 2] = char.ToUpperInvariant(chars[wordStart + 2]);
                }

                // "macdonald": a Gaelic "Mac" before a known clan stem is written before a capital as most bearers write
                // it; the letters do not say so, so such a name is confirmed (SmallMac)
                if (SmallMac(name[wordStart..i]))
                {
                    chars[wordStart + 3] = char.ToUpperInvariant(chars[wordStart + 3]);
                }

                // "o'connor", "d'angelo": one letter and an apostrophe open the name, the letter after it is a capital too
                if (i - wordStart > 2 && chars[wordStart + 1] == '\'')
                {
                    chars[wordStart + 2] = char.ToUpperInvariant(chars[wordStart + 2]);
                }
            }

            wordStart = i + 1;
        }

        if (SyllablesJoined(name) is { } hyphen)
        {
            // "kim min-jun", "chen shui-bian": a given name of two syllables joined by a hyphen beside an East Asian
            // family name is romanized with the second syllable small
            chars[hyphen + 1] = char.ToLowerInvariant(chars[hyphen + 1]);
        }

        return new string(chars);
    }

    /// <summary>Where the hyphen stands that joins the two syllables of a given name beside an East Asian family name, in a
    /// name of two or three words typed in one case ("kim min-jun", "MIN-JUN KIM"), or null.</summary>
    internal static int? SyllablesJoined(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || !words.Any(w => EastAsianFamilyNames.Contains(w.ToLowerInvariant())))
        {
            return null;
        }

        var at = 0;
        foreach (var word in words)
        {
            at = name.IndexOf(word, at, StringComparison.Ordinal);
            var parts = word.Split('-');
            if (parts.Length == 2 && parts.All(p => p.Length is >= 2 and <= 5 && p.All(char.IsLetter)) &&
                !parts.All(p => p.Length >= 4 && GivenNames.IsName(p.ToLowerInvariant())))
            {
                return at + parts[0].Length;
            }

            at += word.Length;
        }

        return null;
    }

    // Family names of Korea, China and Taiwan whose given names are romanized as two syllables joined by a hyphen.
    private static readonly HashSet<string> EastAsianFamilyNames = new(StringComparer.Ordinal)
    {
        "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun",
        "jang", "lim", "han", "shin", "seo", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "moon", "yang",
        "bae", "baek", "nam", "noh", "kwak", "cha", "ryu", "chae", "byun", "oh", "chen", "wang", "lin", "liu", "zhang",
        "huang", "wu", "tsai", "hsu", "chang", "chou", "lai", "tseng", "hsieh", "kuo",
    };

    // Stems after a Gaelic "Mac" that stand for a clan ("macdonald", "mackenzie"); "Mack", "Macy", "Machado" are none.
    private static readonly HashSet<string> MacStems = new(StringComparer.Ordinal)
    {
        "donald", "kenzie", "leod", "intyre", "gregor", "millan", "lean", "arthur", "pherson", "lachlan", "neil", "kinnon",
        "allister", "alister", "dougall", "farlane", "innes", "ewan", "queen", "aulay", "iver", "namara", "mahon", "guire",
        "cormack", "bride", "kay", "laren", "lennan", "kintosh", "nab", "rae", "fadyen", "cullough",
    };

    /// <summary>A word typed in small letters that is a Gaelic "mac" and a clan stem ("macdonald").</summary>
    internal static bool SmallMac(string word) =>
        word.Length > 5 && word.StartsWith("mac", StringComparison.Ordinal) && MacStems.Contains(word[3..]);

    private static readonly HashSet<string> VietnameseFamilyNames = new(StringComparer.Ordinal)
    {
        "nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "duong", "ngo", "truong", "dinh",
    };

    // The labels of the given name alone ("Vorname", "first name"), not words that introduce the whole name.
    private static readonly string[][] GivenLabels = Phrases.Of("vorname", "mein vorname ist", "first name", "my first name is", "given name");

    private static readonly string[][] FirstNameCues =
        [.. GivenLabels, .. Phrases.Of("ich heisse", "ich heisse eigentlich", "my name is", "mein name ist")];

    // Words that say a part of the name is not given ("tut nix zur Sache", "doesn't matter", "bleibt geheim").
    private static readonly HashSet<string> Withheld = new(StringComparer.Ordinal)
    {
        "nix", "nichts", "egal", "unwichtig", "irrelevant", "geheim", "sache", "matter", "matters", "doesnt", "dont",
        "nothing", "unimportant", "secret", "skip", "weg", "behalte", "keep", "spielt", "reicht",
    };

    private static readonly string[][] SurnameCues = Phrases.Of(
        "nachname", "mein nachname ist", "familienname", "zuname", "last name", "my last name is", "surname", "family name",
        "surname's", "last name's", "family name's", "my surname is", "my family name is", "mein familienname ist");

    // Introductions of the writer before a given name that a surname's label follows ("ich bin Farhad, Nachname Karimi").
    private static readonly string[][] IntroductionCues = Phrases.Of("ich bin", "i'm", "im", "i am", "this is", "hier ist", "it's", "its");

    /// <summary>"First name Emily, last name Carter", "ich heiße Susanne … Nachname Wagner": a name given in its two parts,
    /// each after the word that says which part it is.</summary>
    private static string? Parts(string text, FoldedText folded) => Parts(text, folded, out _);

    /// <summary>The name given in its two parts, as <see cref="Parts(string, FoldedText)"/>; <paramref name="sure"/> false
    /// when the words before the surname's label may hold a surname of their own.</summary>
    private static string? Parts(string text, FoldedText folded, out bool sure)
    {
        sure = true;
        var (s, sl) = folded.Find(SurnameCues);
        if (s < 0)
        {
            // "Weber. Vorname Lisa", "Kelly, first name Siobhan": one word that is no common given name alone before the
            // given name's label is the surname
            // "Name: Özdemir, Vorname: Elif": the label of the whole name before that word says it is the surname as well
            var o = folded.Count >= 4 && folded[0].Text == "name" && folded[1].AfterBreak ? 1 : 0;
            return folded.Count >= 3 + o && folded[o + 1].AfterBreak && !GivenNames.IsName(folded[o].Text) && char.IsUpper(text[folded[o].Start]) &&
                   !NotInNames.Contains(folded[o].Text) &&
                   Array.Find(GivenLabels, c => folded.MatchesAt(o + 1, c)) is { } label && PartAfter(text, folded, o + 1 + label.Length) is { } given &&
                   FoldedText.Of(given).Count == 1
                ? given + " " + text[folded[o].Start..folded[o].End]
                : null;
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

        if (first is null && s >= 2 && Array.Find(IntroductionCues, c => folded.MatchesAt(0, c)) is { } intro && s - intro.Length is >= 1 and <= 3 &&
            folded[s].AfterBreak && Enumerable.Range(intro.Length, s - intro.Length).All(k => char.IsUpper(text[folded[k].Start]) &&
                !NotInNames.Contains(folded[k].Text) && !CompanyReader.IsCompanyWord(folded[k].Text) && (k == intro.Length || !folded[k].AfterBreak)))
        {
            // "Ich bin Farhad, Nachname Karimi", "I'm Thi Thu Trang, surname's Pham": the words after "ich bin"/"I'm" up to
            // the surname's label, set apart by a comma, are the given name the surname joins; several words that are not
            // all common given names may hold a surname of their own ("ich bin Anna Schmidt, Nachname Weber"), so the
            // name is confirmed
            first = text[folded[intro.Length].Start..folded[s - 1].End];
            sure = s - intro.Length == 1 || Enumerable.Range(intro.Length, s - intro.Length).All(k => GivenNames.IsName(folded[k].Text));
        }

        if (first is null && s >= 1 && HyphenatedEnd(text, folded, 0) == s - 1 && GivenNames.IsName(folded[0].Text))
        {
            // "Stefan, Nachname Krüger", "Stefan Nachname Krüger": a common given name alone before the surname's word is
            // the first part, with or without a comma
            first = text[folded[0].Start..folded[s - 1].End];
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

        for (var k = at; k < folded.Count && (k == at || !folded[k].AfterBreak); k++)
        {
            if (k > at && (Array.Exists(SurnameCues, c => folded.MatchesAt(k, c)) || Array.Exists(FirstNameCues, c => folded.MatchesAt(k, c))))
            {
                // "first name Emily last name Chen": the next part's label ends this part, without a comma
                break;
            }

            if (Withheld.Contains(folded[k].Text) || k > at && NotInNames.Contains(folded[k].Text))
            {
                // "nachname tut nix zur sache", "last name doesn't matter": the part is withheld, and the words after
                // its label are a sentence, not the name
                return null;
            }
        }

        return text[folded[at].Start..folded[HyphenatedEnd(text, folded, at)].End];
    }

    /// <summary>The last word of a name joined to the word at <paramref name="at"/> by hyphens without spaces
    /// ("Marie-Luise", "Hoffmann-Berg"): one part of a name, never cut at its hyphen.</summary>
    private static int HyphenatedEnd(string text, FoldedText folded, int at)
    {
        var k = at;
        while (k + 1 < folded.Count && !folded[k + 1].IsNumber && folded[k + 1].Start == folded[k].End + 1 && text[folded[k].End] == '-')
        {
            k++;
        }

        return k;
    }

    /// <summary>Where the name starts when its first words are said twice ("mike, mike johnson", "Laura - Laura Meyer",
    /// "Sam, Samantha Jones"): at the full one.</summary>
    private static int RepeatedStart(string text, FoldedText folded, int at)
    {
        // "this is Ashley from the ops team, Ashley Nguyen", "its Mary-Kate from the Brisbane office. Mary-Kate
        // Fitzgerald": the first name (a double one with its hyphen) said again at the end with the surname
        var given = HyphenatedEnd(text, folded, at) - at + 1;
        for (var j = at + given + 1; j + given < folded.Count; j++)
        {
            if (folded[j].AfterBreak && Enumerable.Range(0, given).All(k => folded[j + k].Text == folded[at + k].Text) &&
                HyphenatedEnd(text, folded, j + given - 1) == j + given - 1 && !folded[j + given].AfterBreak &&
                HyphenatedEnd(text, folded, j + given) == folded.Count - 1)
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

    // Courtesy and a full stop said aloud that may end a name answer without a comma ("Lucas Kieffer pls").
    private static readonly HashSet<string> TrailingCourtesy = new(StringComparer.Ordinal)
    {
        "pls", "plz", "please", "bitte", "thanks", "thx", "danke", "punkt", "period",
    };

    // Words after a name that only say who is writing or sign off ("Max hier", "Tanja, thanks!").
    private static readonly HashSet<string> AfterName = new(StringComparer.Ordinal)
    {
        "hier", "here", "danke", "thanks", "thank", "you", "thx", "gruss", "gruesse", "lg", "vg", "mfg", "cheers", "bye",
        // the Luxembourgish "here" ("Claude Wagner hei")
        "hei",
        "hallo", "hello", "hi", "hey", "lol", "haha", "speaking", "am", "apparat",
        // courtesy shortened, and a full stop said aloud by a writer who dictates ("heike brodersen punkt")
        "pls", "plz", "punkt", "period",
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
            if (Particles.Contains(folded[i].Text) || folded[i].Text == "und" && i > at && i < end && Particles.Contains(folded[i - 1].Text))
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
            else if (at > 0 && at + 1 < folded.Count && folded[at].Text is "zusammen" or "miteinander" or "all" or "everyone" or "team" &&
                     folded[at + 1].AfterBreak)
            {
                // "hallo zusammen, Tobias Lang", "hi all, …": a greeting to everyone reading, before the name
                at++;
            }
            else if (at + 1 < folded.Count && (Fillers.Contains(folded[at].Text) && (folded[at + 1].AfterBreak || folded[at].Text is "lg" or "vg" or "mfg") ||
                                                Hesitations.Contains(folded[at].Text)))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        var introduced = false;
        for (var round = 0; round < 2; round++)
        {
            foreach (var p in Prefixes)
            {
                if (folded.MatchesAt(at, p))
                {
                    at += p.Length;
                    introduced = true;
                    break;
                }
            }
        }

        // "I'm just browsing", "ich bin nur neugierig": a word of a sentence in small letters right after the introduction,
        // with no capital and no given name after it in the clause, says what the writer is doing, never who they are
        if (introduced && at < folded.Count && CommonWords.SentenceWords.Contains(folded[at].Text) &&
            folded.Words.Skip(at).TakeWhile((w, k) => k == 0 || !w.AfterBreak).All(w => char.IsLower(text[w.Start]) && !GivenNames.IsName(w.Text)))
        {
            return null;
        }

        // "Dipl.-Ing. Klaus-Dieter Wendt", "Mag. Eva Leitner", "Ing. Petr Svoboda": careful writers drop a degree before
        // the name as often as they keep it, so the name is read without it and confirmed; so is one after a doctor's
        // title ("dr inż. Jan Nowak"), which stays as a doctor's does
        var degreeAt = at + 1 < folded.Count && folded[at].Text is "dr" or "prof" && DegreeAt(text, folded, at) == 0 &&
                       folded[at + 1].Start > folded[at].End && text[folded[at + 1].Start - 1] == ' ' ? at + 1 : at;
        if (DegreeAt(text, folded, degreeAt) is > 0 and var degree && degreeAt + degree < folded.Count &&
            ReadName(text[..folded[degreeAt].Start] + text[folded[degreeAt + degree].Start..]) is { } undegreed)
        {
            return (undegreed.Name, Confidence.Medium);
        }

        // "Bin Tobias Wendt": "ich bin" without the "ich", before a first name and surname
        if (at + 2 < folded.Count && folded[at].Text == "bin" && char.IsUpper(text[folded[at + 1].Start]))
        {
            at++;
        }

        // "Servus, da Sepp Huber", "hier schreibt die Lisa": an article before a capitalized first name is speech, no part
        // of the name
        if (at + 1 < folded.Count && folded[at].Text is "da" or "der" or "die" or "the" && char.IsLower(text[folded[at].Start]) &&
            char.IsUpper(text[folded[at + 1].Start]) && (folded[at].Text != "da" || at + 2 < folded.Count && char.IsUpper(text[folded[at + 2].Start]) ||
             at > 0 && at + 2 == folded.Count && GivenNames.IsName(folded[at + 1].Text)))
        {
            // "servus, da Sepp": after a greeting "da" before a common given name alone is the article too
            at++;
        }

        if (at >= folded.Count)
        {
            return null;
        }

        if (Parts(text, folded, out var sureParts) is { } parts)
        {
            return (parts, sureParts ? Confidence.High : Confidence.Medium);
        }

        // "mike, mike johnson": the name said twice, the second time in full
        at = RepeatedStart(text, folded, at);

        // the name ends at the first break or connecting word ("Max Müller, Acme GmbH", "Erika von der Acme GmbH")
        var end = at;
        var confidence = Confidence.High;
        // an initial ("k. becker", "John F. Kennedy") is part of the name, its full stop no break
        while (end + 1 < folded.Count && (!folded[end + 1].AfterBreak || folded[end].Text is "dr" or "prof" or "jr" or "sr" ||
               folded[end].Text.Length == 1 && char.IsLetter(folded[end].Text[0]) && folded[end].End < text.Length && text[folded[end].End] == '.') && end + 1 - at < 6)
        {
            var next = folded[end + 1].Text;
            // "von und zu Hohenstein": an "und" between two particles joins them into one noble particle, it ends nothing
            var particleChain = next == "und" && Particles.Contains(folded[end].Text) && end + 2 < folded.Count &&
                                Particles.Contains(folded[end + 2].Text) && !folded[end + 2].AfterBreak;
            if (!particleChain && (next is "und" or "and" or "from" or "bei" or "at" or "aus" or "with" or "mit" or "vom" || Hesitations.Contains(next)))
            {
                break;
            }

            // "i bin die Resi vo da Wörthersee Touristik": the southern "vo da"/"vo de"/"vo dr" ("von der") before a
            // capitalized word opens where the writer is from, as "vom" does
            if (SouthernVonDer(text, folded, end + 1))
            {
                break;
            }

            // "Max hier", "Kevin O'Brien here": the word says who is writing, it is no part of the name; so it is before
            // where the writer is from ("Frau Neumann hier von den Stadtwerken Bielefeld")
            if (next is "hier" or "here" or "hei" && (end + 2 == folded.Count || folded[end + 2].AfterBreak ||
                                             folded[end + 2].Text is "von" or "vom" or "vun" or "bei" or "from" or "at" or "aus" or "with"))
            {
                break;
            }

            // "Lisa von Acme": one first name, "von" and one more word is a name and a company as often as a noble name
            // ("Otto von Bismarck"). The particle is part of the surname, so the whole is kept and confirmed, and it is
            // sure after words that say a name follows ("Mein Name ist Katharina von Weidenfeld"); after "hier ist",
            // "this is", which introduce a caller and where they are from ("hier ist Lisa von Acme"), the first name is
            // confirmed.
            if (next == "von" && end == at && end + 3 == folded.Count)
            {
                var caller = at >= 2 && (folded.MatchesAt(at - 2, ["hier", "ist"]) || folded.MatchesAt(at - 2, ["hier", "spricht"]) || folded.MatchesAt(at - 2, ["this", "is"]));
                var named = at >= 1 && folded[at - 1].Text is "heisse" or "heiss" or "heisst" || at >= 2 && folded[at - 2].Text == "name" && folded[at - 1].Text is "ist" or "is";
                if (caller || !char.IsUpper(text[folded[end + 2].Start]))
                {
                    confidence = Confidence.Medium;
                    break;
                }

                if (!named)
                {
                    confidence = Confidence.Medium;
                }
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

                // "Anna von der Sparkasse", "Peter von der Post": after the article stands a kind of firm or institution,
                // not a surname, so the name ends before "von" and is confirmed
                if (end + 3 < folded.Count && CompanyReader.IsOrganisationWord(folded[end + 3].Text))
                {
                    confidence = Confidence.Medium;
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

        // a particle belongs before a surname and ends none ("Maria von …" cut short): what stands there is not the whole name
        if (end > at && Particles.Contains(folded[end].Text) && folded[end].Text is not ("dr" or "prof"))
        {
            confidence = Confidence.Medium;
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
            // So is a capitalized word alone after a salutation ("Frau Weiß", "Ms. Klein").
            var surname = i == end && char.IsUpper(text[w.Start]) &&
                          (i > at || at > 0 && folded[at - 1].Text is "herr" or "frau" or "hr" or "fr" or "mr" or "mrs" or "ms" or "miss");
            var chained = w.Text == "und" && i > at && i < end && Particles.Contains(folded[i - 1].Text) && Particles.Contains(folded[i + 1].Text);
            if (w.IsNumber || NotInNames.Contains(w.Text) && !surname && !chained)
            {
                return null;
            }

            // "steht doch in meiner mail", "see above": words of a sentence or a preposition in small letters make the
            // answer a remark that only looks like a name, so it is never sure (like "Steht in der Mail"); a given name
            // that is also such a word ("will") and short words of other languages' names ("Nguyen Van An") stay a name;
            // a pronoun ("you first") makes it no answer at all, which the discipline after the reader says.
            if (!chained && char.IsLower(text[w.Start]) && (CommonWords.SentenceWords.Contains(w.Text) && w.Text.Length > 2 ||
                w.Text is "in" or "im" or "auf" or "unter" or "on" or "under") && !GivenNames.IsName(w.Text) && !Discipline.HoldsPronoun(folded))
            {
                confidence = Confidence.Medium;
            }

            if (!Particles.Contains(w.Text) && !chained)
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

        // "Müller-Lüdenscheidt, Hans": a double name joined by hyphens is one surname; "von Bergen, Clara": particles before it
        var surnameAt = at + titles;
        while (surnameAt < end && Particles.Contains(folded[surnameAt].Text) && folded[surnameAt].Text is not ("bin" or "dr" or "prof"))
        {
            surnameAt++;
        }

        var joined = end > surnameAt && !text.AsSpan(folded[surnameAt].Start, folded[end].End - folded[surnameAt].Start).Contains(' ');
        // "Eriksson, Lars-Göran": a given name joined by a hyphen is one given name
        var givenEnd = end + 1;
        while (givenEnd + 1 < folded.Count && folded[givenEnd].End + 1 == folded[givenEnd + 1].Start && text[folded[givenEnd].End] == '-')
        {
            givenEnd++;
        }

        if ((end == surnameAt || joined) && folded.Count == givenEnd + 1 && folded[end + 1].AfterBreak && !folded[end + 1].IsNumber &&
            !CompanyReader.HasLegalForm(text, folded[end + 1].Start))
        {
            if (titles == 0 && confidence == Confidence.High && TurnedRound(text, folded, surnameAt, end, end + 1))
            {
                // "Müller, Hans", "von Bergen, Clara": a surname, then a given name, is the name turned round
                return (text[folded[end + 1].Start..folded[givenEnd].End] + " " + text[folded[at].Start..folded[end].End], Confidence.High);
            }

            // "Schulz, Thomas" where both or neither could be a given name: surname first, or a name and a company? Both
            // words, confirmed.
            confidence = Confidence.Medium;
            end = givenEnd;
        }
        else if (end == at && folded.Count == end + 3 && folded[end + 1].AfterBreak && folded[end + 1].Text is "dr" or "prof" &&
                 !folded[end + 2].IsNumber)
        {
            if (confidence == Confidence.High && TurnedRound(text, folded, at, end, end + 2))
            {
                // "Weber, Dr. Klaus": the same with a title, which stays before the given name
                return (text[folded[end + 1].Start..folded[end + 2].End] + " " + text[folded[at].Start..folded[end].End], Confidence.High);
            }

            // "Weber, Dr. Klaus": the same with a title
            confidence = Confidence.Medium;
            end += 2;
        }

        var start = folded[at].Start;
        var stop = folded[end].End;
        if (stop < text.Length && text[stop] == '.' && stop - start > 1 &&
            (folded[end].Text.Length == 1 || folded[end].Text is "jr" or "sr" or "jun" or "sen" or "dr" or "esq"))
        {
            stop++; // "Max M.", "jr.": an initial or an abbreviation keeps its dot; a short surname ("Priya Das.") ends the sentence
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

    /// <summary>How many words a German or Austrian degree before a name takes at word <paramref name="at"/> ("Dipl.-Ing.",
    /// "Dipl.-Kfm.", "Mag.", "habil."), or 0.</summary>
    private static int DegreeAt(string text, FoldedText folded, int at)
    {
        if (UndottedDegree(folded, at))
        {
            return 1;
        }

        if (at + 1 >= folded.Count || folded[at].End >= text.Length || text[folded[at].End] != '.')
        {
            return 0;
        }

        if (folded[at].Text == "dipl" && text.Length > folded[at].End + 1 && text[folded[at].End + 1] == '-' && folded[at + 1].End < text.Length &&
            text[folded[at + 1].End] == '.')
        {
            return 2;
        }

        return folded[at].Text is "habil" || folded[at].Text is "mag" or "dipl" && char.IsUpper(text[folded[at].Start]) ||
               ForeignDegrees.Contains(folded[at].Text) ? 1 : 0;
    }

    /// <summary>Whether word <paramref name="at"/> is a degree that is written without its full stop too ("Mgr Anna
    /// Nowak", "mgr inż. Piotr Zieliński"): the abbreviations that are no word and no name.</summary>
    private static bool UndottedDegree(FoldedText folded, int at) =>
        at + 1 < folded.Count && folded[at].Text is "mgr" or "inz" or "phdr" or "rndr" or "mudr" or "judr" or "mvdr" or "paeddr" or "dott";

    // Degrees and professional titles written before the name in Central Europe, Italy, Spain and the Netherlands ("Ing.",
    // "Mgr.", "Bc.", "PhDr.", "mgr inż.", "Dott.", "Avv.", "Lic.", "ir."), read like "Mag.": none is a surname when it
    // ends in a full stop.
    private static readonly HashSet<string> ForeignDegrees = new(StringComparer.Ordinal)
    {
        "ing", "mgr", "bc", "phdr", "rndr", "mudr", "judr", "mvdr", "paeddr", "thdr", "inz", "dott", "avv", "arch",
        "geom", "lic", "ir", "drs",
    };

    /// <summary>Whether word <paramref name="k"/> opens the southern "von der" ("vo da", "vo de", "vo dr") before a
    /// capitalized word ("vo da Wörthersee Touristik", "vo dr Frick Treuhand"): where the writer is from, as "vom" says.</summary>
    internal static bool SouthernVonDer(string text, FoldedText folded, int k) =>
        k + 2 < folded.Count && folded[k].Text == "vo" && char.IsLower(text[folded[k].Start]) && folded[k + 1].Text is "da" or "de" or "dr" or "der" &&
        !folded[k + 1].AfterBreak && !folded[k + 2].AfterBreak && char.IsUpper(text[folded[k + 2].Start]);

    /// <summary>Whether a folded word is a trade's compound ("holzbau", "schreinerei"), which no surname is.</summary>
    internal static bool IsTradeCompound(string folded) =>
        TradeEndings.Any(e => folded.Length > e.Length + 2 && folded.EndsWith(e, StringComparison.Ordinal));

    // Endings of a trade's compound ("Schreinerei", "Haustechnik", "Stahlwerk"), no surname's.
    private static readonly string[] TradeEndings =
        ["erei", "technik", "tech", "soft", "ware", "werk", "werke", "markt", "service", "logistik", "consulting", "media", "design", "labs", "bau",
         // a service named by what is done ("Hausverwaltung", "Gebäudereinigung", "Pflegedienst", "Getränkehandel")
         "verwaltung", "reinigung", "vermittlung", "vermietung", "sanierung", "planung", "pflege", "dienst", "handel", "therapie",
         "transporte", "bestattungen"];

    /// <summary>Whether "Surname, Given" can be turned round for sure: the word after the comma is a common given name,
    /// the surname's words are none and no word for a company, and the given name ends the message.</summary>
    private static bool TurnedRound(string text, FoldedText folded, int surnameAt, int surnameEnd, int given)
    {
        var last = given;
        while (last + 1 < folded.Count && folded[last].End + 1 == folded[last + 1].Start && text[folded[last].End] == '-')
        {
            last++;
        }

        if (last != folded.Count - 1 || !GivenNames.IsName(folded[given].Text) || CompanyReader.HasLegalForm(text, folded[surnameAt].Start))
        {
            return false;
        }

        for (var i = surnameAt; i <= surnameEnd; i++)
        {
            // "ÖZTÜRK, Ayşe": a surname in capitals beside a given name that is not may be an acronym; kept and confirmed
            var w = folded[i].Text;
            var shouted = text.AsSpan(folded[i].Start, folded[i].End - folded[i].Start).ToString().All(c => !char.IsLower(c)) &&
                          text.AsSpan(folded[given].Start, folded[given].End - folded[given].Start).ToString().Any(char.IsLower);
            if (GivenNames.IsName(w) || CompanyReader.IsCompanyWord(w) || MessageReader.IsPlace(w) || NotInNames.Contains(w) || w.Length < 2 || shouted ||
                IsTradeCompound(w))
            {
                return false;
            }
        }

        return true;
    }

    // "i.A. Sandra Wolf", "ppa. Jens Koch": a mark of signing on someone's behalf at a line's start, before a name.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^([ \t]*)(i\.[ ]?[AV]\.|ppa\.)[ ]+(?=\p{Lu})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SigningMark();

    // "ruud vd linden", "Ruud v.d. Linden", "Jan v/d Berg": "van der" shortened between two words, in small letters
    // ("Klaus V.D. Heide" may have two initials).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L}[ ]+)(?:vd|v\.d\.|v/d)(?=[ ]+\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AbbreviatedParticle();

    // "Familie Pichler", "Fam. Huber hier", "the Patel family": a family named as the writer, its surname alone.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:familie|fam\.?)\s+(\p{L}[\p{L}'-]+(?:\s+\p{L}[\p{L}'-]+){0,2}?)(?:\s+hier)?|(?:the\s+)?(\p{L}[\p{L}'-]+)\s+family(?:\s+here)?)\s*[.!]?\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FamilyWriting();

    // "al-farsi", "el amrani": an Arabic article before a surname, joined by a hyphen or standing alone.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(al|el)-\p{L}|(?<=\p{L} )(al|el) \p{L}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SmallArticle();
}
