using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The cues a sure reading needs beyond a reader's own match (tests/dialogs/Understanding/corpus/README.md, "When a
/// reading is sure"). A reader's fallback finds a value in almost any words; these checks say when the words around it
/// show it is something else (a greeting, a year, a count, a date in the past, a request to talk), so
/// <see cref="AnswerReader"/> confirms the value or drops it instead of taking it.
/// </summary>
internal static partial class Discipline
{
    /// <summary>The clause of <paramref name="text"/> that holds <paramref name="evidence"/>: from the break before it
    /// to the break after it (a comma, semicolon, "!", "?", a line break, or a full stop before a space); the whole text
    /// when the evidence is not found.</summary>
    public static string ClauseOf(string text, string evidence)
    {
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        static bool IsBreak(string t, int i) => t[i] is ',' or ';' or '!' or '?' or '\n' || t[i] == '.' && (i + 1 == t.Length || t[i + 1] == ' ');
        var from = at;
        while (from > 0 && !IsBreak(text, from - 1))
        {
            from--;
        }

        var to = at + evidence.Length;
        while (to < text.Length && !IsBreak(text, to))
        {
            to++;
        }

        return text[from..to];
    }

    /// <summary>Where the sentences of <paramref name="text"/> start and end: a sentence ends at a full stop, "!", "?" or
    /// ";" followed by white space, which belongs to neither ("Dr. Weber" and "z. B." cut too; callers that read each
    /// sentence find nothing in such a piece).</summary>
    public static List<(int Start, int End)> SentencesOf(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var from = 0;
        foreach (System.Text.RegularExpressions.Match end in SentenceBreak().Matches(text))
        {
            sentences.Add((from, end.Index));
            from = end.Index + end.Length;
        }

        sentences.Add((from, text.Length));
        return sentences;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?;])\s+")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();

    /// <summary>Whether a number follows the words read right after them ("Tel. 0151 …", "cell 415 …", "Handy 0160 …"):
    /// the words label the number.</summary>
    public static bool LabelsNumber(string text, string evidence)
    {
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var i = at + evidence.Length;
        while (i < text.Length && text[i] is '.' or ':' or ' ')
        {
            i++;
        }

        return i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '+') && evidence.Length <= 12 && !evidence.Contains(' ', StringComparison.Ordinal);
    }

    // Words that say who or what someone is, not what they are called.
    private static readonly HashSet<string> WhoWords = new(StringComparer.Ordinal)
    {
        "privat", "private", "privatperson", "person", "privatmann", "privatfrau", "freelancer", "freiberufler",
        "freiberuflerin", "owner", "inhaber", "inhaberin", "student", "studentin", "einzelhaendler", "einzelhaendlerin",
        "haendler", "kunde", "kundin", "interessent", "interessentin", "gruender", "gruenderin", "founder", "manager",
        "chef", "chefin", "boss", "geschaeftsfuehrer", "geschaeftsfuehrerin", "mitarbeiter", "mitarbeiterin", "employee",
    };

    /// <summary>Whether a name holds a word that says who or what someone is, a department or a word for a company, and
    /// no common given name ("Private person", "Marketing team", "Einzelhändler").</summary>
    public static bool NoGivenName(string name)
    {
        var words = FoldedText.Of(name);
        return words.Count > 0 && !words.Words.Any(w => GivenNames.IsName(w.Text)) &&
               words.Words.Any(w => WhoWords.Contains(w.Text) || DepartmentWords.Contains(w.Text) || CompanyReader.IsCompanyWord(w.Text));
    }

    /// <summary>Whether a salutation stands right before the words read ("Herr Schneider", "Ms. Kaya"): it says a
    /// surname follows.</summary>
    public static bool AfterSalutation(string text, string evidence)
    {
        static bool IsSalutation(string w) => w is "herr" or "frau" or "hr" or "fr" or "mr" or "mrs" or "ms" or "miss" or "dr" or "prof";
        var read = FoldedText.Of(evidence);
        if (read.Count > 0 && IsSalutation(read[0].Text))
        {
            return true;
        }

        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = FoldedText.Of(text[..at]);
        return before.Count > 0 && IsSalutation(before[^1].Text);
    }

    /// <summary>Greetings, a phrase of several words matched as one.</summary>
    public static readonly string[][] Greetings = Phrases.Of(
        "guten morgen", "guten tag", "guten abend", "moin", "moin moin", "servus", "gruess gott", "gruezi", "gruss gott",
        "hallo", "hallo zusammen", "hi", "hey", "hello", "good morning", "good afternoon", "good evening", "hi there",
        "hey there", "hello there", "howdy");

    /// <summary>Whether the answer is a greeting, alone or before a person's "… hier"/"… here" ("Servus, Anna hier").</summary>
    public static bool Greets(FoldedText folded)
    {
        foreach (var greeting in Greetings)
        {
            if (!folded.MatchesAt(0, greeting))
            {
                continue;
            }

            if (greeting.Length == folded.Count)
            {
                return true;
            }

            if (folded[greeting.Length].AfterBreak && folded[^1].Text is "hier" or "here" && folded.Count - greeting.Length <= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another question reads the answer as its own sure answer: a role or a configured need at the
    /// company question ("Einkauf", "Head of Sales"); an amount, a start or a role at the need question ("Budget ist
    /// 20k", "im März", "ich bin Geschäftsführer").</summary>
    public static bool OtherQuestionReads(string step, string text, ReadingContext context)
    {
        string[] others = step == QuestionSteps.Company
            ? [QuestionSteps.Authority, QuestionSteps.Need, QuestionSteps.Timeline]
            : [QuestionSteps.Authority, QuestionSteps.Budget, QuestionSteps.Timeline];
        foreach (var other in others)
        {
            var reading = AnswerReader.ReadStepFor(other, text, context);
            if (reading is { Confidence: Confidence.High } && reading.Value is ChoiceValue { Key: not null } or
                    BudgetEstimate { Amount: not null } or TimelineEstimate { Start: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the company reader kept a part of the answer and dropped words after a break that no cue
    /// accounts for ("Maschinenbau, Mittelstand", "Google, just kidding"), for a name that shows no shape of its own.</summary>
    public static bool Dropped(string text, string evidence, string company)
    {
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        // "…, no LLC yet", "…, noch ohne GmbH": a remark about the legal form is about this company
        var rest = text[(at + evidence.Length)..].Trim().TrimEnd('.', '!', ' ');
        if (rest.Length > 1 && rest[0] == '.' && FoldedText.Of(company).Words.Sum(w => w.Text.Length) <= 3 && rest.Any(char.IsUpper))
        {
            // "Fa. Weber Elektrotechnik", "Dr. Berg Zahnärzte": the full stop after a short word marks an abbreviation,
            // so the words after it may be the name itself
            return true;
        }

        return rest.Length > 0 && rest[0] is ',' or ';' or '-' or '–' or ':' && FoldedText.Of(rest).Count > 0 && CompanyReader.FindLegalForm(rest, 0) is null;
    }

    /// <summary>Whether a name of two or more words is capitalized throughout ("Wayne Enterprises", "Greenleaf
    /// Foundation"): it stands on its own; one word, or a capital followed by small words ("Hold on", "Head of Sales"),
    /// may be a word or a part of a sentence.</summary>
    public static bool StandsAlone(string company)
    {
        var words = FoldedText.Of(company);
        return words.Count > 1 && words.Words.All(w => char.IsUpper(company[w.Start]));
    }

    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal)
    {
        "noch", "kein", "keine", "no", "not", "ohne", "without", "yet", "still", "nicht",
    };

    /// <summary>Whether the words beside a legal form only say it does not exist ("noch keine GmbH", "no LLC yet").</summary>
    public static bool NegatedLegalForm(string company)
    {
        if (CompanyReader.FindLegalForm(company, 0) is not { } form)
        {
            return false;
        }

        // "LLC yet": a legal form alone, or with words that say it is not there yet, names no company
        var rest = FoldedText.Of(company[..form.Start] + " " + company[form.End..]);
        return rest.Words.All(w => NegationWords.Contains(w.Text));
    }

    private static readonly HashSet<string> SelfWords = new(StringComparer.Ordinal) { "ich", "i", "me", "mich", "mir" };

    private static readonly HashSet<string> OtherDeciderWords = new(StringComparer.Ordinal)
    {
        "chef", "chefin", "boss", "gf", "ceo", "cfo", "cto", "geschaeftsfuehrer", "geschaeftsfuehrerin", "geschaeftsfuehrung",
        "geschaeftsleitung", "inhaber", "inhaberin", "owner", "founder", "vorstand", "board", "vorgesetzter", "vorgesetzte",
        "manager", "partner", "teilhaber",
    };

    private static readonly HashSet<string> Sole = new(StringComparer.Ordinal) { "nur", "only", "just", "allein", "alone" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "mein", "meine", "my", "der", "die", "the", "unser", "unsere", "our",
    };

    /// <summary>The words from "nicht"/"not" to someone else's title ("nicht mein Chef", "not the CEO"), as character
    /// positions, or null: the role the answer names may then belong to the other side of the "not".</summary>
    public static (int Start, int End)? NegatedOther(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is not ("nicht" or "not"))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && k <= i + 3 && !folded[k].AfterBreak && !SelfWords.Contains(folded[k].Text); k++)
            {
                if (OtherDeciderWords.Contains(folded[k].Text))
                {
                    return (folded[i].Start, folded[k].End);
                }

                if (!Sole.Contains(folded[k].Text) && !Determiners.Contains(folded[k].Text))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the prospect says they are not the only one ("nicht nur ich", "not just me", "nicht ich allein").
    /// "Nicht ich" alone only says the prospect does not decide, which every reading of it already holds.</summary>
    public static bool NegatesSole(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is not ("nicht" or "not"))
            {
                continue;
            }

            // "nicht nur ich", "not just me"; "nicht ich allein"
            var k = i + 1;
            var sole = Sole.Contains(folded[k].Text) && !folded[k].AfterBreak;
            k += sole ? 1 : 0;
            if (k < folded.Count && SelfWords.Contains(folded[k].Text) && !folded[k].AfterBreak &&
                (sole || k + 1 < folded.Count && !folded[k + 1].AfterBreak && folded[k + 1].Text is "allein" or "alleine" or "alone"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a company's name is made of plain words only: no shape of a name of its own and no word for a
    /// company or a trade ("Bäckerei", "Consulting", "Partner" beside "&amp;").</summary>
    public static bool PlainWords(string company) =>
        !NameShape(company) && !FoldedText.Of(company).Words.Any(w => CompanyReader.IsCompanyWord(w.Text));

    /// <summary>Whether a name shows a shape of its own that ordinary words lack: a capital inside a word ("TechNova"),
    /// an abbreviation in capitals ("SAP"), digits, "&amp;", an apostrophe or a full stop.</summary>
    public static bool NameShape(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiDigit(c) || c is '&' or '\'' or '’' or '.' or '+')
            {
                return true;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLetter(name[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // Departments and fields of business: alone they say where or in what someone works, not which company.
    private static readonly HashSet<string> DepartmentWords = new(StringComparer.Ordinal)
    {
        "vertrieb", "verkauf", "einkauf", "marketing", "buchhaltung", "personal", "personalabteilung", "hr", "it", "edv",
        "support", "kundenservice", "kundendienst", "service", "verwaltung", "geschaeftsfuehrung", "controlling",
        "finanzen", "finance", "accounting", "sales", "purchasing", "procurement", "operations", "ops", "logistik",
        "logistics", "einzelhandel", "retail", "handel", "gastronomie", "healthcare", "gesundheitswesen", "pflege",
        "maschinenbau", "mittelstand", "industrie", "industry", "manufacturing", "produktion", "production", "immobilien",
        "realestate", "abteilung", "department", "dept", "team", "customer", "kunden", "admin", "empfang", "reception",
        "backoffice", "innendienst", "aussendienst", "helpdesk", "engineering", "entwicklung", "development", "legal",
        "recht", "rechtsabteilung", "it-abteilung", "office", "buero", "headquarters", "zentrale", "desk", "frontdesk",
        // a shipper's dispatch, shipping and warehouse ("Dispo Nord", "Versand")
        "dispo", "disposition", "dispatch", "versand", "warehouse",
    };

    /// <summary>Whether the word (folded) names a department or a field of business ("Vertrieb", "Healthcare").</summary>
    public static bool IsDepartmentWord(string folded) => DepartmentWords.Contains(folded);

    /// <summary>Whether a name of one or two words is all department, field or company words ("Marketing", "Customer
    /// Support", "Consulting", "Kunde").</summary>
    public static bool Department(string company)
    {
        var words = FoldedText.Of(company);
        return words.Count == 1 && (DepartmentWords.Contains(words[0].Text) || CompanyReader.IsCompanyWord(words[0].Text)) ||
               words.Count == 2 && words.Words.All(w => DepartmentWords.Contains(w.Text));
    }

    private static readonly string[][] BackReferences = Phrases.Of(
        "wie gesagt", "wie oben", "siehe oben", "s o", "wie vorhin", "wie schon gesagt", "hab ich doch gesagt",
        "hab ich schon gesagt", "see above", "as i said", "as said", "as mentioned", "like i said", "same as above",
        "same as before", "already told you", "i already said", "as above");

    /// <summary>Whether the answer only points back at something said before ("wie gesagt", "see above"): it names
    /// nothing itself.</summary>
    public static bool RefersBack(FoldedText folded)
    {
        var (at, length) = folded.Find(BackReferences);
        return at == 0 && folded.Count - length <= 1 || Array.Exists(PointersElsewhere, p => folded.MatchesAt(0, p) && folded.Count > p.Length);
    }

    // "the same as in my email domain", "same as my login", "wie in der Signatur": the answer says where the value can be
    // found instead of saying it, so the words after the pointer are no value of their own.
    private static readonly string[][] PointersElsewhere = Phrases.Of(
        "same as", "the same as", "same like", "the same like", "same one as", "the same one as", "it's the same as",
        "its the same as", "gleich wie", "die gleiche wie", "das gleiche wie", "der gleiche wie", "dieselbe wie", "derselbe wie",
        "dasselbe wie", "wie in der", "wie in meiner", "siehe", "see my", "steht in der", "steht im", "steht in meiner",
        "it's in my", "its in my");

    /// <summary>Whether only the first word of several is capitalized ("Great question"): the capital of a sentence.</summary>
    public static bool SentenceCase(string company)
    {
        var words = FoldedText.Of(company);
        return words.Count > 1 && char.IsUpper(company[words[0].Start]) && words.Words.Skip(1).Any(w => char.IsLower(company[w.Start]));
    }

    private static readonly string[] AbstractEndings =
        ["ung", "heit", "keit", "schaft", "tion", "tions", "ship", "ment", "ness", "ity", "itaet", "ismus", "ism"];

    /// <summary>Whether the name is one ordinary abstract noun ("Beziehung", "Relationship", "Operations"): a single
    /// plain word with an ending that makes nouns of verbs and adjectives, no name's shape.</summary>
    public static bool OrdinaryNoun(string name)
    {
        var words = FoldedText.Of(name);
        if (words.Count != 1 || NameShape(name))
        {
            return false;
        }

        var w = words[0].Text;
        return w.Length >= 7 && Array.Exists(AbstractEndings, e => w.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> ContactWords = new(StringComparer.Ordinal)
    {
        "sprechen", "reden", "telefonieren", "anrufen", "rufen", "zurueckrufen", "rueckruf", "talk", "speak", "call",
        "callback", "chat", "mensch", "menschen", "human", "jemandem", "jemand", "someone", "somebody", "anyone", "person",
    };

    private static readonly HashSet<string> PersonalWords = new(StringComparer.Ordinal)
    {
        "ich", "mich", "mir", "ihnen", "du", "dich", "dir", "i", "i'm", "i'd", "i'll", "i've", "me", "you", "you're",
        "idk", "dunno",
    };

    /// <summary>Whether a company is nothing but pronouns ("Was kostet das bei Ihnen?" read as "bei" and a company): a
    /// pronoun points at someone and names no company.</summary>
    public static bool OnlyPronouns(string company) =>
        FoldedText.Of(company) is { Count: > 0 } words && words.Words.All(w => CommonWords.ObjectPronouns.Contains(w.Text));

    /// <summary>Whether a pronoun stands among the words of a name ("you first"); "I." is an initial.</summary>
    public static bool HoldsPronoun(FoldedText folded) =>
        folded.Words.Any(w => w.Text is "you" or "me" or "ich" or "du" or "mich" or "dich" or "mir" or "dir" or "ihnen" or "i'm" or "i'd" or "my" or "your");

    /// <summary>Whether the answer asks to be contacted or to talk to a person ("Rufen Sie mich bitte an", "can I talk
    /// to a human"): a contact word beside a word of the prospect or of the bot.</summary>
    public static bool AsksForContact(FoldedText folded) =>
        folded.Words.Any(w => ContactWords.Contains(w.Text)) && (Personal(folded) || folded.Words.Any(w => w.Text is "bitte" or "please"));

    /// <summary>Whether own words name an option by its number ("am liebsten Nummer 3 bitte"): a number counts only as
    /// the whole answer, so beside other words it is confirmed.</summary>
    public static bool NamesOption(FoldedText folded) =>
        folded.Words.Any(w => w.Text is "nummer" or "number" or "option" or "variante" or "punkt" or "nr" or "no") ||
        folded.Words.Select((w, i) => (w, i)).Any(x => x.w.IsNumber && x.w.Text.Length == 1 && (x.i + 1 == folded.Count || folded[x.i + 1].AfterBreak));

    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "sie", "ihnen", "du", "dich", "dir", "nichts",
        "bitte", "i", "i'm", "me", "my", "you", "your", "please", "nothing",
    };

    /// <summary>Whether words of a sentence to someone stand in a name: a pronoun of the writer or the reader, "bitte",
    /// "nichts" ("Frag meinen Chef", "geht Sie nichts an").</summary>
    public static bool SpeaksToSomeone(FoldedText folded) => folded.Words.Any(w => AddressWords.Contains(w.Text));

    /// <summary>Whether the answer speaks in the first or second person singular ("sag ich Ihnen später", "you tell
    /// me"): a remark to the bot, not a thing wanted.</summary>
    public static bool Personal(FoldedText folded) => folded.Words.Any(w => PersonalWords.Contains(w.Text));

    // Things a person wants for their own day, not for a business: a drink, a meal, a break, a holiday, sleep.
    private static readonly HashSet<string> BreakWords = new(StringComparer.Ordinal)
    {
        "kaffee", "coffee", "tee", "tea", "bier", "beer", "wein", "wine", "pause", "break", "urlaub", "vacation", "holiday",
        "feierabend", "wochenende", "weekend", "schlaf", "sleep", "nap", "nickerchen", "mittagessen", "lunch", "snack",
        "drink", "schnaps", "cappuccino", "espresso",
    };

    /// <summary>Whether a short answer in the first person wants a drink, a meal or a break ("Ich brauch erstmal nen
    /// Kaffee ☕", "I need a coffee first"): a joke about the writer's day, no need of the business.</summary>
    public static bool WantsABreak(FoldedText folded) =>
        folded.Count <= 6 && Personal(folded) && folded.Words.Any(w => BreakWords.Contains(w.Text));

    // Words an answer of general interest is made of: the interest, whom it is for and what of ours it is in, courtesy.
    private static readonly HashSet<string> InterestWords = new(StringComparer.Ordinal)
    {
        "interessiert", "interessieren", "interesse", "interessant", "interested", "interest", "interesting", "wir", "ich",
        "we", "i", "i'm", "im", "we're", "sind", "bin", "hab", "habe", "haben", "am", "are", "have", "has", "sehr", "very",
        "really", "grundsaetzlich", "generell", "allgemein", "general", "generally", "schon", "definitely", "auf", "jeden",
        "fall", "durchaus", "an", "in", "daran", "dran", "it", "that", "this", "das", "es", "dem", "der", "den", "ihrem",
        "ihren", "ihrer", "eurem", "euren", "eurer", "your", "produkt", "product", "products", "angebot", "angebote",
        "offer", "offering", "tool", "loesung", "solution", "service", "services", "leistung", "leistungen", "system",
        "software", "plattform", "platform", "bot", "chatbot", "guten", "tag", "hallo", "hi", "hello", "morgen", "moin",
        "servus", "good", "ja", "yes", "yeah", "also", "so", "well", "erstmal", "mal", "einfach", "just", "nur", "only",
        "bitte", "please", "danke", "thanks", "and", "und", "our", "unser", "unsere", "uns", "us", "mich", "me", "quite",
        "ziemlich", "echt", "total", "super", "sind's", "gerne", "gern", "a", "the", "ein", "eine", "einem",
    };

    /// <summary>Whether the answer only says the writer is interested ("Guten Tag, wir sind interessiert.", "we're
    /// interested in your product"): interest in what we offer names no need.</summary>
    public static bool OnlyInterest(FoldedText folded) =>
        folded.Words.Any(w => w.Text.StartsWith("interess", StringComparison.Ordinal) || w.Text.StartsWith("interest", StringComparison.Ordinal)) &&
        folded.Words.All(w => InterestWords.Contains(w.Text));

    private static readonly string[] WantStems =
    [
        "brauch", "benoetig", "such", "need", "want", "wolle", "wollen", "looking", "help", "hilfe", "automat", "digitalis",
        "integr", "anbind", "verbinden", "connect", "optimi", "verbesser", "improve", "einfuehr", "implement", "build",
        "aufbau", "erstell", "create", "manage", "verwalt", "organis", "organiz", "moderni", "ersetz", "replace", "interess",
    ];

    /// <summary>Whether the answer says that something is wanted or is to be done ("wir brauchen …", "looking for …",
    /// "Buchhaltung automatisieren").</summary>
    public static bool WantsSomething(FoldedText folded) =>
        folded.Words.Any(w => Array.Exists(WantStems, s => w.Text.StartsWith(s, StringComparison.Ordinal)));

    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "eur", "euro", "euros", "usd", "dollar", "dollars", "bucks", "chf", "fr", "franken", "gbp", "pfund", "pound",
        "pounds", "k", "tsd", "tausend", "thousand", "teur", "keur", "t", "mio", "million", "millionen", "millions", "m",
        "mrd", "milliarden", "billion", "grand", "mille", "budget", "budgets", "kosten", "cost", "costs", "preis", "price",
        "spend", "ausgeben", "investieren", "invest", "zahlen", "pay", "monat", "monatlich", "month", "monthly", "jaehrlich",
        "yearly", "annually", "pa", "quartal", "quarter", "quarterly", "fuenfstellig", "sechsstellig", "vierstellig",
        "figures", "figure", "riesen", "lappen",
    };

    /// <summary>Whether the answer marks a number as money: a currency sign or word, a multiplier ("k", "Tsd."), a word
    /// of a budget or a price, a period of payment, or digits grouped in thousands ("50.000", "25'000").</summary>
    public static bool MarksMoney(string text)
    {
        if (text.AsSpan().IndexOfAny("€$£¥") >= 0)
        {
            return true;
        }

        for (var i = 1; i + 3 < text.Length; i++)
        {
            if (text[i] is '.' or ',' or '\'' or '’' && char.IsAsciiDigit(text[i - 1]) &&
                char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) &&
                (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                return true;
            }
        }

        return FoldedText.Of(text).Words.Any(w => MoneyWords.Contains(w.Text) || w.Text.StartsWith("budget", StringComparison.Ordinal) ||
                                                  w.Text.EndsWith("budget", StringComparison.Ordinal));
    }

    /// <summary>Whether an amount without money's marks is a year: a whole number within ten years of today ("2000"
    /// alone stays an amount).</summary>
    public static bool IsYear(decimal? value, ReadingContext context) =>
        value is { } v && v == decimal.Truncate(v) && v >= context.Reference.Year - 10 && v <= context.Reference.Year + 10;

    /// <summary>Whether an amount read without a mark of money is a year or a number that counts or labels something
    /// else ("Geschäftsjahr 2027", "2026-2027", "200 employees", "PLZ 80331").</summary>
    public static bool NotAnAmount(BudgetEstimate budget, FoldedText folded, ReadingContext context) =>
        IsYear(budget.Minimum, context) || IsYear(budget.Maximum, context) || budget.Amount < 100 && HoldsYear(folded, context) ||
        LabelledNumber(folded, budget);

    private static readonly HashSet<string> BeforeNamedYear = new(StringComparer.Ordinal)
    {
        "fuer", "fuers", "for", "in", "im", "ab", "from", "jahr", "year", "geschaeftsjahr", "haushaltsjahr", "wirtschaftsjahr",
        "kalenderjahr", "fy", "fiscal", "financial",
    };

    private static readonly HashSet<string> YearBudgetWords = new(StringComparer.Ordinal) { "budget", "budgets", "etat", "jahresbudget" };

    /// <summary>A word of planning a budget or a year's spending ("Budgetplan", "Budgetplanung", "Haushaltsentwurf",
    /// "Finanzplan", "planning"): a year beside it is the plan's year ("im Budgetplan 2027"), never an amount.</summary>
    private static bool PlanningWord(string word) =>
        word.Length > 6 && (word.StartsWith("budget", StringComparison.Ordinal) || word.StartsWith("haushalt", StringComparison.Ordinal)) ||
        word is "plan" or "plans" or "planning" or "planung" or "haushalt" ||
        word.Length > 5 && (word.EndsWith("plan", StringComparison.Ordinal) || word.EndsWith("planung", StringComparison.Ordinal));

    /// <summary>Where the number read as the amount is a year named as one ("Budget für 2027", "for 2027", "ab 2027",
    /// "Haushaltsjahr 2027"): a year after such a word, with no currency or multiplier on either side of it.</summary>
    public static (int Start, int Length)? NamedYear(string text, BudgetEstimate budget, ReadingContext context)
    {
        if (!IsYear(budget.Minimum, context) && !IsYear(budget.Maximum, context))
        {
            return null;
        }

        var folded = FoldedText.Of(text);
        for (var i = 0; i < folded.Count; i++)
        {
            // ("Budget 2027", "das 2027er Budget", "2027 budget": the word for the budget right beside the year names
            // that budget's year, as "Budget für 2027" does; a budget of that many euros would carry a currency)
            var next = i + 1 < folded.Count && folded[i + 1].Text == "er" && folded[i + 1].Start == folded[i].End ? i + 2 : i + 1;
            var budgetAfter = next < folded.Count && (YearBudgetWords.Contains(folded[next].Text) || PlanningWord(folded[next].Text));
            var named = i > 0 && (BeforeNamedYear.Contains(folded[i - 1].Text) || YearBudgetWords.Contains(folded[i - 1].Text) ||
                                  PlanningWord(folded[i - 1].Text)) || budgetAfter;
            if (!folded[i].IsNumber || folded[i].Text.Length != 4 || !named ||
                !decimal.TryParse(folded[i].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ||
                n != budget.Minimum && n != budget.Maximum)
            {
                continue;
            }

            var after = text.AsSpan(folded[i].End).TrimStart();
            var before = text.AsSpan(0, folded[i].Start).TrimEnd();
            if (budgetAfter && !(before.Length > 0 && IsMoneySign(before[^1])))
            {
                return (folded[i].Start, folded[next - 1].End - folded[i].Start);
            }

            if (after.Length > 0 && (IsMoneySign(after[0]) || MoneyAfter(after)) || before.Length > 0 && IsMoneySign(before[^1]))
            {
                continue;
            }

            return (folded[i].Start, folded[i].End - folded[i].Start);
        }

        return null;
    }

    private static bool IsMoneySign(char c) => c is '€' or '$' or '£' or '¥';

    private static bool MoneyAfter(ReadOnlySpan<char> after)
    {
        var next = FoldedText.Of(new string(after[..Math.Min(after.Length, 20)]));
        return next.Count > 0 && MoneyWords.Contains(next[0].Text);
    }

    /// <summary>Whether the answer holds a year: an amount under 100 beside it is a part of a year ("2027/28").</summary>
    public static bool HoldsYear(FoldedText folded, ReadingContext context) =>
        folded.Words.Any(w => w.IsNumber && w.Text.Length == 4 && decimal.TryParse(w.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) &&
                              IsYear(n, context));

    private static readonly HashSet<string> CountsAndLabels = new(StringComparer.Ordinal)
    {
        "leute", "leuten", "mitarbeitern", "mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "angestellte", "employees", "staff", "people",
        "personen", "users", "user", "nutzer", "benutzer", "seats", "plaetze", "lizenzen", "licenses", "licences",
        "standorte", "standort", "locations", "filialen", "stores", "kunden", "customers", "clients", "jahre", "years",
        "monate", "months", "wochen", "weeks", "tage", "days", "stunden", "hours", "prozent", "percent", "stueck", "pieces",
        "projekte", "projects", "plz", "zip", "iso", "din", "windows", "version", "v", "tel", "telefon", "nr", "nummer",
        "number", "kw", "q", "seit", "since", "geschaeftsjahr", "fiscal", "fy", "top", "platz", "rank", "haus", "hausnummer",
        "zimmer", "room", "leads", "kontakte", "contacts", "deals", "team", "teams",
    };

    /// <summary>Whether the number read as the amount stands right beside a word that counts or labels something other
    /// than money ("200 employees", "PLZ 80331", "ISO 9001"); another number there ("10000 over 3 years") says
    /// nothing against the amount.</summary>
    public static bool LabelledNumber(FoldedText folded, BudgetEstimate budget)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!folded[i].IsNumber || !decimal.TryParse(folded[i].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ||
                n != budget.Minimum && n != budget.Maximum)
            {
                continue;
            }

            if (i > 0 && CountsAndLabels.Contains(folded[i - 1].Text) || i + 1 < folded.Count && CountsAndLabels.Contains(folded[i + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal)
    {
        "seit", "since", "ago", "damals", "tried", "versucht", "probiert", "hatten", "hatte", "gehabt", "waren", "were",
        "did", "had",
    };

    /// <summary>Whether the answer speaks of the past ("seit März suchen wir", "we tried in March last year",
    /// "letzten Januar"): a date there is no start.</summary>
    public static bool PastTense(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (PastWords.Contains(w))
            {
                return true;
            }

            if (w is "letzten" or "letztes" or "letzte" or "letzter" or "last" or "vergangenen" or "vergangenes" or "vergangene" or "past" &&
                i + 1 < folded.Count && (folded[i + 1].Text is "jahr" or "year" or "quartal" or "quarter" or "sommer" or "summer" or "herbst" or "fall" or "autumn" or "winter" or "fruehling" or "fruehjahr" or "spring" ||
                                         TimelineReader.IsMonthName(folded[i + 1].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Words that say the writer is away: a date beside them is when they are gone, not when to start.
    private static readonly HashSet<string> AbsenceWords = new(StringComparer.Ordinal)
    {
        "urlaub", "urlaubs", "vacation", "abwesend", "verreist", "ooo", "krank", "sick", "sabbatical", "dienstreise",
        "geschaeftsreise", "reha", "kur", "betriebsferien", "betriebsurlaub",
    };

    private static readonly string[][] AbsencePhrases = Phrases.Of(
        "nicht da", "nicht erreichbar", "nicht im buero", "out of office", "out of the office", "not around", "not available",
        "unavailable", "on leave", "off work", "bin weg", "sind weg", "on holiday", "i'm away", "im away", "i'll be away",
        "i am away", "we're away", "we are away", "i'm off", "im off", "i'll be off", "time off", "day off", "days off");

    // Words that tie the start to the end of an absence ("nach dem Urlaub", "once I'm back"): a start to confirm.
    private static readonly HashSet<string> ReturnWords = new(StringComparer.Ordinal)
    {
        "nach", "nachdem", "danach", "after", "afterwards", "zurueck", "back", "wieder", "return", "returning", "also", "so",
        "vor", "vorher", "bevor", "before", "wenn", "sobald", "once", "when", "kommt", "komme", "kommen", "gets", "get",
    };

    private static readonly HashSet<string> OptionWords = new(StringComparer.Ordinal)
    {
        "the", "das", "die", "der", "den", "one", "option", "number", "nummer", "nr", "punkt", "button", "knopf",
    };

    private static readonly HashSet<string> OptionOrdinals = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "last", "erste", "ersten", "erstes", "zweite", "zweiten", "zweites", "dritte",
        "dritten", "drittes", "vierte", "vierten", "viertes", "letzte", "letzten", "letztes", "1", "2", "3", "4", "1st", "2nd",
        "3rd", "4th",
    };

    /// <summary>Whether the answer only rules out one of the offered options ("not the first", "nicht das erste", "die zweite
    /// nicht"): a negation, an ordinal or option number, and nothing but words that point at an option.</summary>
    public static bool OnlyRulesOutOption(FoldedText folded) =>
        folded.Words.Any(w => w.Text is "not" or "nicht" or "kein" or "keine" or "no") &&
        folded.Words.Any(w => OptionOrdinals.Contains(w.Text)) &&
        folded.Words.All(w => w.Text is "not" or "nicht" or "kein" or "keine" or "no" || OptionWords.Contains(w.Text) || OptionOrdinals.Contains(w.Text));

    /// <summary>Whether the clause says when the writer is away ("Ich bin ab 20. Dezember im Urlaub", "I'm on vacation
    /// until January 6"): that date is no start. With a word that ties the start to it ("nach dem Urlaub", "so the week
    /// after") it is not the absence alone, so this says no.</summary>
    public static bool OnlyAbsence(FoldedText folded) =>
        (folded.Words.Any(w => AbsenceWords.Contains(w.Text)) || folded.Contains(AbsencePhrases)) &&
        !folded.Words.Any(w => ReturnWords.Contains(w.Text));

    private static readonly HashSet<string> OtherDateWords = new(StringComparer.Ordinal)
    {
        "zurueck", "back", "elternzeit", "mutterschutz", "parental", "geschaeftsjahr", "fiscal",
        "wirtschaftsjahr", "depends", "depending", "haengt", "abhaengig", "financial",
    };

    /// <summary>Whether the date belongs to someone or something else than the start: a return ("wenn die Chefin im
    /// Januar zurück ist"), a fiscal year, or a condition ("kommt drauf an, was mein Chef im Februar sagt").</summary>
    public static bool SomeoneElsesDate(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            // "back half of next year" names a half year, not a return
            if (OtherDateWords.Contains(w) && !(w == "back" && i + 1 < folded.Count && folded[i + 1].Text == "half") ||
                EventWords.Contains(w))
            {
                return true;
            }

            // "wenn mein Kollege im Februar …", "once our new hire starts …": a condition on someone else
            if (w is "wenn" or "sobald" or "falls" or "once" or "when" or "if" && i + 1 < folded.Count &&
                folded[i + 1].Text is "mein" or "meine" or "unser" or "unsere" or "der" or "die" or "das" or "my" or "our" or "the" or "he" or "she" or "they" or "er")
            {
                return true;
            }
        }

        return Depends(folded);
    }

    /// <summary>Whether the answer makes the start depend on something ("kommt drauf an, was …", "it depends"); such
    /// words in one clause hold for the date in the next.</summary>
    public static bool Depends(FoldedText folded) => folded.Contains(DependsPhrases);

    // Events and contracts with dates of their own: the start may follow them, it is not named by them.
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "meeting", "sitzung", "vorstandssitzung", "messe", "audit", "inventur", "konferenz", "conference", "review",
        "vertrag", "contract", "vendor", "kuendigung", "notice", "renewal", "laeuft", "runs", "expires", "ausläuft",
        "auslaeuft",
    };

    private static readonly string[][] DependsPhrases = Phrases.Of("kommt drauf an", "kommt darauf an", "it depends");

    private static readonly HashSet<string> OtherNumbers = new(StringComparer.Ordinal)
    {
        "kundennummer", "kundennr", "bestellnummer", "bestellnr", "order", "auftragsnummer", "rechnungsnummer", "invoice",
        "plz", "postleitzahl", "zip", "iban", "ticket", "ticketnummer", "vertragsnummer", "contract", "steuernummer",
        "ustid", "vat", "customer", "account", "konto", "kontonummer", "bic",
    };

    /// <summary>Whether a label of another kind of number stands before the first digits ("Kundennummer 4711-0815",
    /// "my order number is 123456789").</summary>
    public static bool OtherNumberLabel(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].IsNumber)
            {
                for (var k = Math.Max(0, i - 4); k < i; k++)
                {
                    if (OtherNumbers.Contains(folded[k].Text))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
