using System.Globalization;
using System.Text;
using PhoneNumbers;

namespace LeadBot.Dialogs.Understanding;

internal static partial class CompanyReader
{
    // Built once, before the lists that use it: the lead-ins and the words of the writer's own firm named.
    private static readonly string[] OwnFirmLeadInPhrases = OwnFirmLeadIns();

    private static readonly string[][] Prefixes = Phrases.Of(
    [
        "wir sind die", "wir sind der", "wir sind das", "wir sind", "ich bin von der", "ich bin von dem", "ich bin von",
        "ich bin bei der", "ich bin bei", "ich arbeite bei der", "ich arbeite bei", "ich arbeite fuer die", "ich arbeite fuer",
        // a word of now between them says the writer moved there ("ich bin inzwischen bei der Volksbank …", "I'm now with …")
        "ich bin inzwischen bei der", "ich bin inzwischen bei", "ich bin mittlerweile bei der", "ich bin mittlerweile bei",
        "ich bin jetzt bei der", "ich bin jetzt bei", "ich arbeite inzwischen bei der", "ich arbeite inzwischen bei",
        "ich arbeite jetzt bei der", "ich arbeite jetzt bei", "i'm now with", "i'm now at", "i am now with", "i am now at",
        "i now work at", "i now work for",
        "ich komme von der", "ich komme von", "ich schreibe fuer die", "ich schreibe fuer", "bei der", "bei", "fuer die",
        "fuer", "von der", "von", "die firma", "firma", "das unternehmen", "unternehmen", "unser unternehmen heisst",
        "unsere firma heisst", "unser unternehmen ist", "unsere firma ist", "die firma heisst", "es ist die", "es ist",
        "das ist die", "das ist", "hier ist die", "hier ist der", "hier ist das", "hier ist", "this is", "company", "company is", "the company is", "our company is", "we are", "we're", "i work at",
        "i work for", "i'm with", "i'm from", "i'm at", "i am with", "i am from", "i am at", "from", "at", "with", "it's",
        "it is", "the", "die", "der", "das", "the name is", "name is", "name's", "der name ist", "name ist", "name", "hallo", "hi", "hello", "ja", "arbeite bei", "arbeite bei der",
        "arbeite fuer", "arbeite fuer die", "ich bin angestellt bei", "angestellt bei", "work for", "work at", "working for",
        "working at", "i'm working for", "i'm working at", "the company is called", "company is called", "the company's called",
        "it's called", "its called", "is called", "we're called", "we are called", "called", "die firma heisst", "firma heisst",
        "das unternehmen heisst", "unternehmen heisst", "wir heissen", "die heisst", "der heisst", "heisst", "which is called",
        "that's called", "by the name of", "der firmenname ist", "firmenname ist",
        "firmenname", "company name is", "company name", "the company name is", "bin bei der", "bin bei",
        "bin von der", "ich bin von der", "bin vom", "ich bin vom", "bin angestellt bei",
        "bin angestellt bei der", "ich bin angestellt bei der", "i'm employed at", "i'm employed by", "i am employed at",
        "i am employed by", "employed at", "employed by", "mein arbeitgeber ist", "mein arbeitgeber", "arbeitgeber",
        "my employer is", "my employer", "employer",
        // a preposition with its article before the firm ("für den HC …", "vom TSV …", "beim …", "for the …") frames it
        "fuer den", "fuer das", "fuer dem", "vom", "von dem", "von den", "beim", "bei dem", "bei den", "for the", "for",
        // the question said back ("Which company are you writing for?" – "I'm writing for …")
        "i'm writing for", "im writing for", "i am writing for", "writing for", "i write for", "we're writing for",
        "i'm writing on behalf of", "i am writing on behalf of", "writing on behalf of", "on behalf of", "ich schreib fuer",
        "ich schreib fuer die", "schreibe fuer", "schreibe fuer die", "ich schreibe im namen von", "im namen von",
        "ich schreibe im auftrag von", "im auftrag von", "i'm writing for the", "i am writing for the", "writing for the",
        // the article after writing on someone's behalf ("Ich schreibe im Auftrag der Diakonie …", "on behalf of the club");
        // not "des", whose noun takes the genitive ending ("des Fördervereins")
        "ich schreibe im auftrag der", "im auftrag der", "ich schreibe im namen der", "im namen der", "ich schreib im auftrag der",
        "ich schreib im auftrag von",
        "i'm writing on behalf of the", "i am writing on behalf of the", "writing on behalf of the", "on behalf of the",
        // the article after working or writing for someone ("ich arbeite für den TuS …") belongs to the frame, not the name
        "ich arbeite fuer den", "ich arbeite fuer das", "arbeite fuer den", "arbeite fuer das", "ich schreibe fuer den",
        "ich schreibe fuer das", "ich schreib fuer den", "ich schreib fuer das", "schreibe fuer den", "schreibe fuer das",
        .. OwnFirmLeadInPhrases,
    ]);

    /// <summary>"meine Firma heißt …", "my company is …", "the name of our business is …": the writer's own firm said as
    /// the subject of a naming clause; the name follows (a naming word or article after it is a lead-in of its own).</summary>
    private static string[] OwnFirmLeadIns()
    {
        string[] german = ["firma", "unternehmen", "betrieb"];
        string[] english = ["company", "business", "firm"];
        return
        [
            .. from own in new[] { "mein", "meine", "unser", "unsere" }
               from firm in german
               from verb in new[] { "heisst", "nennt sich", "ist" }
               select $"{own} {firm} {verb}",
            .. from own in new[] { "meiner", "unserer", "meines", "unseres" }
               from firm in german
               select $"der name {own} {firm} ist",
            .. from own in new[] { "my", "our" }
               from firm in english
               from verb in new[] { "is", "is named", "'s name is", " name is", "'s called" }
               select $"{own} {firm}{(verb[0] is '\'' or ' ' ? "" : " ")}{verb}",
            .. from own in new[] { "my", "our" }
               from firm in english
               select $"the name of {own} {firm} is",
        ];
    }

    private static readonly string[][] Private = Phrases.Of(
        "ich bin privatperson", "ich bin privat", "freiberufler", "freiberuflerin", "ich bin freiberufler",
        "ich bin freiberuflerin", "selbststaendig", "selbstaendig", "ich bin selbststaendig", "ich bin selbstaendig",
        "einzelunternehmer", "einzelunternehmerin", "einzelunternehmen", "einzelfirma", "sole trader", "i'm a sole trader",
        "freelancer", "i'm a freelancer", "i am a freelancer", "self employed",
        "i'm self employed", "i am self employed", "sole proprietor", "solo", "privat hier", "als privatperson hier", "i'm a private person",
        "i am a private person", "i'm private", "privat", "private", "privatperson", "als privatperson", "fuer mich", "fuer mich selbst", "for myself", "myself",
        "just me", "mich selbst", "me myself", "private person", "keine firma", "kein unternehmen", "no company", "none", "privately",
        "private individual", "an individual", "individual", "privatmann", "privatfrau", "frag als privatperson",
        "frage als privatperson", "ich frag als privatperson", "ich frage als privatperson", "asking as a private person",
        "asking privately", "it's a personal project", "personal project", "a personal project", "private project", "a private project",
        "privates projekt", "privat projekt", "side project", "a side project", "hobby project", "hobbyprojekt",
        "ein privates projekt", "student", "studentin", "ich bin student", "ich bin studentin", "bin student", "bin studentin",
        "i'm a student", "i am a student", "a student", "schueler", "schuelerin", "rentner", "rentnerin", "im ruhestand",
        "retired", "i'm retired", "i am retired", "pensioniert", "arbeitslos", "unemployed", "between jobs", "hab keine",
        "habe keine", "hab keine firma", "habe keine firma", "i don't have one", "don't have one", "i don't have a company",
        "don't have a company",
        // use of one's own: "it's just for me personally", "self, it's for my own use", "für den Eigenbedarf"
        "for me", "just for me", "for me personally", "just for me personally", "me personally", "personally", "self",
        "for my own use", "my own use", "own use", "personal use", "for personal use", "eigenbedarf", "fuer den eigenbedarf",
        "fuer mich privat", "fuer den privaten gebrauch", "privater gebrauch");

    private static readonly string[] LegalForms =
    [
        // the first form that matches is taken, so a longer one stands before its start ("S.A. de C.V." before "S.A."): the
        // Mexican and Italian forms ("Metalúrgica del Norte S.A. de C.V.", "… S.p.A."), the Japanese one and the Indian
        // private limited company with its "private" in brackets ("Shreeji Castings (P) Ltd", read from the letter on)
        "s.a. de c.v.", "s.a.b. de c.v.",
        // the Luxembourgish, Swiss and French limited company with its dots, before "s.a." ("Pharmacie Wagner S.à r.l.")
        "s.à r.l.", "s.à.r.l.", "s.a r.l.", "s.a.r.l.", "s. à r.l.", "s.à r.l", "s. de r.l. de c.v.", "s. de r.l.", "s.p.a.", "s.p.a", "k.k.",
        "p) ltd.", "p) ltd", "pvt) ltd.", "pvt) ltd", "pvt.) ltd.", "pvt.) ltd", "pvt. ltd.", "pvt. ltd", "pvt ltd.",
        // the South African and Sri Lankan private company with its "proprietary"/"private" in brackets ("eKhaya Home
        // Care (Pty) Ltd", "… (Private) Limited"), and the Turkish limited company ("Demir Dış Ticaret Ltd. Şti.")
        "pty) ltd.", "pty) ltd", "pty.) ltd.", "pty.) ltd", "pty) limited", "pvt) limited", "private) limited", "p) limited",
        "ltd. şti.", "ltd. şti", "ltd. sti.", "ltd. sti", "ltd.şti.", "ltd şti.", "ltd şti", "ltd sti.", "ltd sti",
        "gmbh & co. kgaa", "ag & co. kgaa", "gmbh & co. kg", "gmbh & co kg", "gmbh&co. kg", "gmbh & co.kg", "gmbh&co.kg", "ag & co. kg", "ag & co.kg", "se & co. kg", "ug (haftungsbeschränkt)", "ug (haftungsbeschraenkt)",
        "partg mbb", "partgmbb", "mbb", "gmbh", "ggmbh", "mbh", "ag", "kgaa", "kg", "ohg", "gbr", "ug", "e.k.", "e. k.", "e.v.", "e. v.", "e.u.", "e. u.", "se", "partg",
        "pty ltd", "pty. ltd.", "ltd.", "ltd", "limited", "inc.", "inc", "pllc", "llc", "llp", "l.p.", "lp", "p.c.", "corp.", "corp",
        "corporation", "co.", "plc", "s.a.", "sa", "sarl",
        "s.r.l.", "srl", "b.v.", "a/s", "sagl", "sp. z o.o.", "sp. z o. o.", "sp.z o.o.", "sp. z.o.o.", "spol. s r.o.", "s.r.o.",
        "a.s.", "gesmbh", "ges.m.b.h.", "ges.m.b.h", "kft.", "kft", "n.v.", "pte. ltd.", "pte ltd", "pvt. ltd.", "pvt ltd",
        "s.a.s.", "ltda.", "ltda", "lda.", "lda", "s.l.u.", "s.r.l.s.", "srls", "s.l.", "aps", "oyj", "d.o.o.",
        // the Polish, Czech, Slovak, Hungarian and Belgian partnerships and companies ("Meblex Sp.j.", "Novák v.o.s.",
        // "Tóth Kft.", "Szabó Zrt.", "Dubois SPRL")
        "sp.j.", "sp. j.", "sp.k.", "sp. k.", "s.c.", "v.o.s.", "k.s.", "zrt.", "zrt", "nyrt.", "nyrt", "bt.", "kkt.", "bvba", "sprl", "cvba",
        // the short forms of the Nordic, Baltic and Benelux countries and Spain ("Skyline Apps AB", "Fjordsoft AS",
        // "CleanPro Oy", "Cloudly OÜ"): letters that are words too ("ab", "as"), so they count only where ForeignShortForm
        // says so
        "asa", "ab", "as", "oy", "oü", "sia", "uab", "bv", "nv", "sl",
        // the German marks of a firm of auditors or tax advisers, written after its legal form ("GmbH WPG", "AG StBG")
        "wpg", "stbg",
        // the American professional association, after a comma at the end of the name ("Lakeview Orthodontics, PA")
        "p.a.", "pa",
        // the American national bank's mark, after a comma at the end of a bank's name ("… Savings Bank, N.A.")
        "n.a.", "na", "national association",
        // the Liechtenstein establishment, ending a firm's name ("Treuhand Vaduz Anstalt"; not "Anstalt des öffentlichen
        // Rechts", which says what kind of body the name before it is)
        "anstalt",
    ];

    private static readonly HashSet<string> NotACompany = new(StringComparer.Ordinal)
    {
        "weiss nicht", "keine ahnung", "egal", "ja", "nein", "yes", "no", "ok", "okay", "test", "nichts", "nothing",
        "kein kommentar", "keine angabe", "no comment", "n a", "k a", "hallo", "hi", "hello", "danke", "thanks",
        "zurueck", "back", "go back", "auf deutsch", "auf deutsch bitte", "deutsch bitte", "in english", "english please",
        "hilfe", "help", "abbrechen", "cancel", "weiter", "skip", "ueberspringen", "sag ich spaeter", "sage ich spaeter",
        "spaeter", "later", "tell you later", "i'll tell you later", "kommt spaeter", "reiche ich nach", "sag ich gleich",
        "geheim", "secret", "whatever", "n a",
        // laughter alone ("lol", "haha") is no firm's name
        "lol", "haha", "hahaha", "hehe", "hihi", "xd", "lmao", "rofl",
        // a question word alone asks back ("why", "wozu"), also without its question mark
        "why", "warum", "wieso", "weshalb", "wozu", "wofuer",
    };

    public static SlotReading? Read(string text, string language) =>
        NameToFollow(text) ? null : OnlyKindOfBody(WithFamilyParticle(text, Uninflected(text, BodyInSmallLetters(WithoutPossessive(ReadFirm(WithoutHereAtEnd(text), language), language)))));

    /// <summary>"I work for the city council", "bei der Stadtverwaltung": a name of nothing but words for a kind of public
    /// body or of any firm says what kind of employer, not which one; kept, but never sure.</summary>
    internal static SlotReading? OnlyKindOfBody(SlotReading? reading) =>
        reading is { Confidence: Confidence.High, Value: string value } && FoldedText.Of(value) is { Count: >= 1 } words &&
        words.Words.All(w => w.Text is "the" or "der" or "die" or "das" or "den" || PublicBodyWords.Contains(w.Text) ||
                             PublicBodyKinds.Contains(w.Text) || GenericWords.Contains(w.Text) || PlaceNamed.Contains(w.Text) ||
                             w.Text is "stadtrat" or "gemeinderat" or "stadtverwaltung" or "gemeindeverwaltung")
            ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
            : reading;

    /// <summary>"Ich bin bei der Hanseatischen Versicherungsmakler GmbH", "von der Evangelischen Stiftung Alsterdorf": an
    /// adjective opening the name after "der" is inflected by the sentence; the name is said in its own form
    /// ("Hanseatische …"), as the first message reads it: sure with a legal form, else confirmed, as the form is a guess.</summary>
    private static SlotReading? Uninflected(string text, SlotReading? reading)
    {
        if (reading is not { Value: string value } || FoldedText.Of(value) is not { Count: >= 2 } words || !MessageReader.InflectedAdjective(words[0].Text) ||
            value[words[0].End - 1] != 'n' || !char.IsUpper(value[words[0].Start]) || !char.IsUpper(value[words[1].Start]) ||
            text.IndexOf(value, StringComparison.Ordinal) is var at && at <= 0 || FoldedText.Of(text[..at]) is not { Count: > 0 } before ||
            before[^1].Text != "der")
        {
            return reading;
        }

        var name = value.Remove(words[0].End - 1, 1);
        return HasLegalForm(name, 0) || reading.Confidence != Confidence.High
            ? reading with { Value = name }
            : reading with { Value = name, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
    }

    /// <summary>"Verlagsgruppe von der Heyde GmbH", "Autohaus von Bergen KG": "von" right after a capitalized word for a
    /// firm or a trade opens the family's name the firm bears; it says no "where", so the words before it are the
    /// name's own.</summary>
    private static SlotReading? WithFamilyParticle(string text, SlotReading? reading)
    {
        if (reading is not { Value: string value } || !HasLegalForm(value, 0) || text.IndexOf(value, StringComparison.Ordinal) is var at && at <= 0 ||
            FoldedText.Of(text[..at]) is not { Count: >= 2 } before || text[before[^1].End..at].Trim().Length > 0)
        {
            return reading;
        }

        var particle = before[^1].Text is "der" or "dem" or "den" && before.Count >= 3 && before[^2].Text == "von" ? 2 : before[^1].Text == "von" ? 1 : 0;
        if (particle == 0 || before[^(particle + 1)] is not { AfterBreak: false } kind || !char.IsUpper(text[kind.Start]) ||
            text[kind.End..before[^particle].Start].Trim().Length > 0 || Discipline.IsDepartmentWord(kind.Text) ||
            !(IsBusinessKind(kind.Text) || NameReader.IsTradeCompound(kind.Text) || NameReader.NamesABody(kind.Text)))
        {
            return reading;
        }

        return reading with { Value = text[kind.Start..at] + value };
    }

    /// <summary>"Stadtwerke Aalen hier", "Riverside Library here": a name written as one (its first word capitalized)
    /// with "hier"/"here" in small letters after it introduces the firm writing, and the word is no part of the name;
    /// the text without it, or the text as it is.</summary>
    private static string WithoutHereAtEnd(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('.', '!');
        if (!(trimmed.EndsWith(" hier", StringComparison.Ordinal) || trimmed.EndsWith(" here", StringComparison.Ordinal)))
        {
            return text;
        }

        var before = trimmed[..^5].TrimEnd(',', ' ', '-', '–');
        var words = FoldedText.Of(before);
        return words.Count is >= 1 and <= 5 && char.IsUpper(before[0]) && !words.Words.Any(w => CommonWords.SentenceWords.Contains(w.Text) || GivenNames.Contains(w.Text))
            ? before
            : text;
    }

    // Words for a public body that a place before them makes a name when capitalized ("Cardiff Council").
    private static readonly HashSet<string> PublicBodyWords = new(StringComparer.Ordinal)
    {
        "council", "county", "city", "borough", "district", "municipality", "township",
    };

    /// <summary>"the Cardiff council": a public body's word in small letters after its place describes the body rather
    /// than writing its name, so the name is written with the word capitalized, as the body spells it, and confirmed.</summary>
    private static SlotReading? BodyInSmallLetters(SlotReading? reading)
    {
        if (reading is not { Confidence: Confidence.High, Value: string value } || FoldedText.Of(value) is not { Count: >= 2 } words ||
            !char.IsUpper(value[words[0].Start]))
        {
            return reading;
        }

        var lower = words.Words.Skip(1).Where(w => PublicBodyWords.Contains(w.Text) && char.IsLower(value[w.Start])).ToList();
        if (lower.Count == 0)
        {
            return reading;
        }

        var name = value.ToCharArray();
        foreach (var w in lower)
        {
            name[w.Start] = char.ToUpperInvariant(name[w.Start]);
        }

        return reading with { Value = new string(name), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
    }

    // A clause that promises the name later ("eine GmbH, Name folgt", "an LLC, name to follow"): the firm is not named yet.
    private static readonly HashSet<string> NameLater = new(StringComparer.Ordinal)
    {
        "name folgt", "name folgt noch", "folgt noch", "name kommt noch", "name kommt spaeter", "name reiche ich nach",
        "name to follow", "name follows", "name tbd", "name tba", "name coming", "name coming soon", "name later",
    };

    /// <summary>Whether a clause of <paramref name="text"/> (between commas, dashes, dots or brackets) only promises the name
    /// later.</summary>
    private static bool NameToFollow(string text) =>
        text.Split([",", ";", ".", "(", ")", "–", " - ", ":"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(c => NameLater.Contains(string.Join(' ', FoldedText.Of(c).Words.Select(w => w.Text))));

    // Words for the kind of body that a writer puts between "our"/"unser" and the name ("unseren Verein Kinderhilfe Ulm",
    // "our charity Hope Kids"); names that begin with one of them keep it when said without the possessive.
    private static readonly HashSet<string> PossessedKindWords = new(StringComparer.Ordinal)
    {
        "firma", "unternehmen", "company", "firm", "business", "verein", "club", "klub", "charity", "nonprofit", "non-profit", "ngo",
        "startup", "start-up", "organisation", "organization", "betrieb", "laden", "shop", "store", "team", "gruppe", "group",
    };

    /// <summary>"für unseren Verein Kinderhilfe Ulm", "for our little charity Hope Kids": a possessive, the words that
    /// describe and the word for the kind of body before a name are no part of it. The name after them is read,
    /// confirmed unless a legal form says it is a firm's name; with no name after them nothing is read
    /// ("für unseren Verein").</summary>
    private static SlotReading? WithoutPossessive(SlotReading? reading, string language)
    {
        if (reading is not { Value: string value } || !char.IsLower(value.TrimStart()[0]) || FoldedText.Of(value) is not { Count: >= 2 } words ||
            !CommonWords.OwnPossessives.Contains(words[0].Text))
        {
            return reading;
        }

        var k = 1;
        while (k < words.Count && k <= 4 && char.IsLower(value[words[k].Start]) && !PossessedKindWords.Contains(words[k].Text))
        {
            k++;
        }

        if (k >= words.Count || !PossessedKindWords.Contains(words[k].Text))
        {
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (k + 1 >= words.Count)
        {
            return null;
        }

        var named = value[words[k + 1].Start..].Trim();
        if (!char.IsUpper(named[0]) || ReadFirm(named, language) is not { Value: string name } inner)
        {
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return HasLegalForm(name, 0) && inner.Confidence == Confidence.High
            ? inner with { Evidence = reading.Evidence }
            : inner with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous, Evidence = reading.Evidence };
    }

    private static SlotReading? ReadFirm(string text, string language)
    {
        // "die firma heist MEDI-PAK …": "heißt" typed with one s after the word for the firm is the naming verb
        text = MistypedNaming().Replace(text, "heißt");
        if (PartnersBySlash(text) is { } partners)
        {
            return partners;
        }

        if (FormerThenNow().Match(text) is { Success: true } change && change.Groups["now"].Value.Trim().TrimEnd('.', '!') is { Length: > 1 } now &&
            ReadWords(now, language) is { Value: string } current)
        {
            // "früher Lindwurm Verlag, jetzt Lindwurm Medien GmbH": the former name first, then the one in use after
            // "jetzt"/"now", which is offered
            return current with { Confidence = current.Confidence == Confidence.High ? Confidence.Medium : current.Confidence, Hint = ReadingHints.Ambiguous };
        }

        if (ForAnotherFirm(text, language) is { } another)
        {
            return another;
        }

        var reading = NameAfterSentence(text, language) ?? ReadAnswer(text, language);
        if (OwnFirmLast(text, language) is { } ownLast && (reading is not { Value: string earlier } ||
                                                            !earlier.Equals(ownLast.Value as string, StringComparison.OrdinalIgnoreCase)))
        {
            // "the Halifax water utility – well we supply them, we're Maritime Valve & Pipe": the writer's own firm named in
            // the last clause is the answer, the firm before it a customer or a parent; confirmed, as that firm came first
            reading = ownLast;
        }
        if (reading is { Confidence: Confidence.High, Value: string university } && FoldedText.Of(university).ContainsWord("university") &&
            !FoldedText.Of(text).ContainsWord("university"))
        {
            // "Massey Uni", "Uni of Leeds": the English short word is written out, and confirmed, as the writer may mean it
            // short
            reading = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }
        if (reading is { Confidence: Confidence.High, Value: string shortName } && FullerNameAfter(text, reading.Evidence, shortName) is { } fuller &&
            ReadWords(fuller, language) is { Confidence: Confidence.High } fullerReading)
        {
            // "Diakonie. Diakoniestation Findorff", "Müller, Bäckerei Müller": a short name, then nothing but a longer one
            // that holds it is the writer saying which firm exactly; the longer one is the name
            return fullerReading;
        }

        if (reading is { Confidence: Confidence.High, Value: string bodyKind } && FoldedText.Of(bodyKind) is { Count: 1 or 2 } bodyWords &&
            PublicBodyKinds.Contains(bodyWords[^1].Text) && (bodyWords.Count == 1 || bodyWords[0].Text is "der" or "die" or "das" or "den" or "dem"))
        {
            // "ich arbeite für den Landkreis": the kind of public body alone, its article dropped, is offered, confirmed
            return reading with { Value = Capitalized(bodyKind[bodyWords[^1].Start..]), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string theFirst } && theFirst.StartsWith("The ", StringComparison.Ordinal) &&
            text.Trim().TrimEnd('.', '!') == theFirst && !HasLegalForm(theFirst, 0) && FoldedText.Of(theFirst) is { Count: >= 3 } theWords &&
            PluralFirmWords.Contains(theWords[^1].Text))
        {
            // "The Greenleaf Properties": an article before a name that ends in a plural word for firms is how the
            // writer speaks of the firm more often than part of its name; the name without it is offered, confirmed
            return reading with { Value = theFirst[4..].TrimStart(), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Value: string describedFirst } && FirmAfterDescription(text) is { } firmNamed &&
            !describedFirst.Contains(firmNamed, StringComparison.OrdinalIgnoreCase))
        {
            // "die Claas-Vertretung in Cloppenburg, Firma Hempen": "Firma" names the firm after a description of what it
            // is; the name after it is offered, confirmed, as the description may be how the prospect knows it
            return new SlotReading("company", firmNamed, Confidence.Medium, text) { Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string shoutedWord } && text.Trim().TrimEnd('.', '!') is var alone &&
            alone == shoutedWord && alone.All(char.IsLetter) && alone.Length >= 6 && alone.All(char.IsUpper))
        {
            // "LOGIPOL": one long word all in capitals is a name typed in capitals more often than an acronym (those are
            // short: "ÜSTRA", "BASF"), but its owner may write it so; written as a name is, confirmed
            return reading with { Value = Capitalized(alone.ToLowerInvariant()), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string beforeShort } && ShortFormInBracketsAfter(text, beforeShort))
        {
            // "Helsinki Regional Transport Authority (HSL)": the short form in brackets after the name is kept by some
            // careful writers as part of it and dropped by others, so the name is confirmed
            reading = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Value: string acronymFirst } && Expansion(acronymFirst) is { } expanded)
        {
            // "TPL – Trasporti Pubblici Luganesi SA": a short form, a dash and the words it is short for name one firm;
            // writers record either, so the full name is offered
            return reading with { Value = expanded, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string placed } && FoldedText.Of(placed) is { Count: >= 2 } placeWords &&
            placeWords[0].Text.Length is >= 2 and <= 5 && placed[..placeWords[0].End].All(c => char.IsUpper(c) || char.IsDigit(c)) &&
            !IsClubWord(placeWords[0].Text) && // ("FC Basel", "EHC Zell am See": a club is named after its town)
            placeWords.Words.Skip(1).All(w => MessageReader.IsPlace(w.Text)))
        {
            // "IWB Basel", "NHS England": a short form then only a place may be the firm's whole name or the firm and
            // where it is; careful writers record either, so the words as typed are confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string quotedName } && QuotedSmallIn(text, quotedName))
        {
            // "…, heißt \"textwerk\"": the prospect marked the spelling with quotes but typed no capital; careful writers
            // split between the small letters as marked and the name written as names are, so it is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High } && AllPrivateOpening(text))
        {
            // "Freiberufler, Beratung für Energieversorger": working on one's own, then a description of the work in
            // small words, no name of a business; confirmed like "privat"
            return PrivateReading(language, text);
        }

        if (reading is { Value: string kept } && WithoutRedundantKind(kept) is { } bare)
        {
            // the writer typed the kind word, and careful writers kept it as often as they dropped it, so the name
            // without it is offered, never taken as sure
            reading = reading with
            {
                Value = bare,
                Confidence = reading.Confidence == Confidence.High ? Confidence.Medium : reading.Confidence,
                Hint = ReadingHints.Ambiguous,
            };
        }

        if (reading is { Value: string name } && !text.Any(char.IsUpper) &&
            name.EndsWith(" Inc", StringComparison.Ordinal) && FoldedText.Of(text) is { Count: > 0 } words && words[^1].Text == "inc" &&
            !text.TrimEnd().EndsWith('.'))
        {
            // "brightline inc": typed in small letters, the short form is written as it is registered, with its full stop
            // (every blind writer who met it wrote "Inc.")
            return reading with { Value = name + "." };
        }

        if (reading is { Confidence: Confidence.High, Value: string kindOnly } && IsKindOnly(kindOnly, hausCompounds: false))
        {
            // "Autohaus", "Autohaus (VW/Skoda)": a word for a kind of business alone says what the firm is, not which
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string described } && FieldKindBefore(described))
        {
            // "Recruiting-Agentur TalentWerk": writers kept and dropped the described kind before the name
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: >= Confidence.Medium, Value: string whole } && NameReader.SpacedDash(whole) is > 0 and var dash &&
            FindLegalForm(whole, dash) is null && whole[..dash].TrimEnd(' ', ',') is { Length: > 0 } named)
        {
            // "Autohaus Gruber - Meisterbetrieb seit 1978", "Wimmer Hof – Bio-Eier und Geflügel": words behind a spaced dash
            // without a legal form are a slogan or the trade more often than part of the name; the name before it is offered
            return reading with { Value = named, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string firm } && PlaceAtEnd(firm) is { } withoutPlace)
        {
            // "Murphy's Garage Cork", "Autohaus Gruber Linz": a known place closing a name of three words or more without a
            // legal form is where the firm is as often as part of its name, so the name without it is offered
            return reading with { Value = withoutPlace, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string thin } && FoldedText.Of(thin) is { Count: 2 } thinWords &&
            thinWords[0].Text is "the" && text.TrimEnd().TrimEnd('.', '!') is var said && said.EndsWith(thin, StringComparison.Ordinal) is false &&
            said.IndexOf(thin, StringComparison.Ordinal) is >= 0 and var thinAt && PlaceAfterComma().Match(said[(thinAt + thin.Length)..]) is { Success: true } town &&
            !HasLegalForm(thin, 0))
        {
            // "The Grand, Harrogate", "The Balmoral, Edinburgh": an article and one word is how a hotel or pub is known in its
            // town, and careful writers stored it with the town as well as without; the two are offered together
            return reading with { Value = $"{thin} {town.Groups[1].Value}", Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return reading;
    }

    /// <summary>The words after a name read sure when they are nothing but a longer name that holds every word of it, as a
    /// word or as the start or end of a compound ("Diakonie. Diakoniestation Findorff"): one to five capitalized words after
    /// a full stop or comma, with no other break; null otherwise.</summary>
    private static string? FullerNameAfter(string text, string evidence, string said)
    {
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var after = text[(at + evidence.Length)..].TrimStart();
        if (!after.StartsWith('.') && !after.StartsWith(','))
        {
            return null;
        }

        var rest = after[1..].Trim().TrimEnd('.', '!', ' ');
        var restWords = FoldedText.Of(rest);
        var saidWords = FoldedText.Of(said);
        if (restWords.Count is < 1 or > 5 || saidWords.Count is < 1 or > 3 || rest.IndexOfAny([',', ';', '?', '!', '(', ':', '\n']) >= 0 ||
            rest.Contains(". ", StringComparison.Ordinal) || !restWords.Words.All(w => char.IsUpper(rest[w.Start]) || char.IsDigit(rest[w.Start]) || w.Text is "&" or "und" or "and") ||
            FoldedText.Fold(rest).Length <= FoldedText.Fold(said).Length)
        {
            return null;
        }

        return saidWords.Words.All(s => restWords.Words.Any(r => r.Text == s.Text || s.Text.Length >= 4 &&
                   (r.Text.StartsWith(s.Text, StringComparison.Ordinal) || r.Text.EndsWith(s.Text, StringComparison.Ordinal))))
            ? rest : null;
    }

    private static readonly HashSet<string> WorkWords = new(StringComparer.Ordinal)
    {
        "arbeite", "arbeit", "arbeiten", "angestellt", "beschaeftigt", "work", "works", "working", "employed", "job",
    };

    // Words between "aber"/"but" and "für"/"for" that only say what the request is ("aber das hier ist für", "but this one
    // is for", "aber die Anfrage ist eigentlich für").
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "das", "hier", "ist", "es", "die", "anfrage", "eigentlich", "this", "is", "it", "it's", "its", "one", "the", "request",
        "inquiry", "enquiry", "actually", "really", "here", "eher", "rather",
    };

    /// <summary>"arbeite bei der Sparkasse, aber das hier ist für unser Startup AgroSense", "I work at Deloitte but this is
    /// for my side business, Greenleaf Studio": the writer's employer, then the firm the request is for, named after
    /// its kind; that firm is the answer, sure when a legal form or a word of an organisation says it is one, else
    /// confirmed. Null when no such firm is named ("aber das hier ist für mein Nebenprojekt").</summary>
    private static SlotReading? ForAnotherFirm(string text, string language)
    {
        var folded = FoldedText.Of(text);
        for (var c = 2; c + 2 < folded.Count; c++)
        {
            if (folded[c].Text is not ("aber" or "but" or "jedoch") || !folded.Words.Take(c).Any(w => WorkWords.Contains(w.Text)))
            {
                continue;
            }

            var f = c + 1;
            while (f < folded.Count && f - c <= 5 && RequestWords.Contains(folded[f].Text))
            {
                f++;
            }

            if (f == c + 1 || f + 2 >= folded.Count || folded[f].Text is not ("fuer" or "for") || !CommonWords.OwnPossessives.Contains(folded[f + 1].Text))
            {
                return null;
            }

            var rest = text[folded[f + 2].Start..].Trim().TrimEnd('!');
            string named;
            if (rest.LastIndexOfAny([',', ':']) is > 0 and var mark)
            {
                named = rest[(mark + 1)..].Trim();
                var namedWords = FoldedText.Of(named);
                if (namedWords.Count > 1 && namedWords[0].Text is "den" or "die" or "das" or "dem" or "der" or "the" && char.IsLower(named[0]))
                {
                    named = named[namedWords[1].Start..];
                }
            }
            else
            {
                var restWords = FoldedText.Of(rest);
                var k = 0;
                while (k < restWords.Count && char.IsLower(rest[restWords[k].Start]))
                {
                    k++;
                }

                // a German noun for the kind of firm is capitalized: "unser Startup AgroSense", "unseren Verein Kinderhilfe Ulm"
                k += k == 0 && restWords.Count > 1 && language.StartsWith("de", StringComparison.Ordinal) ? 1 : 0;
                if (k == 0 || k >= restWords.Count)
                {
                    return null;
                }

                named = rest[restWords[k].Start..];
            }

            named = HasLegalForm(named, 0) ? named : named.TrimEnd('.');
            if (named.Length < 2 || !char.IsUpper(named[0]) || named.IndexOfAny([',', ';', '(', '?']) >= 0 || FoldedText.Of(named).Count > 7 ||
                Read(named, language) is not { Value: string firm } reading)
            {
                return null;
            }

            var organisation = HasLegalForm(firm, 0) || FoldedText.Of(firm).Words.Any(w => IsClubWord(w.Text) || IsCompanyWord(w.Text));
            // the employer before is read too: it names the writer's job, not the firm asked for
            return organisation ? reading with { Evidence = text.Trim() } : reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return null;
    }

    // Nothing but a comma and one capitalized word after a name ("…, Harrogate").
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*,\s*(\p{Lu}[\p{L}-]+)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PlaceAfterComma();

    // Words that open a clause as a sentence about the firm ("das ist …", "des isch …", "it's my …", "this is …").
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "das", "des", "dis", "dies", "this", "that", "it", "it's", "its", "that's", "thats", "s'isch", "isch",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "ist", "isch", "is", "isses", "war", "was", "wird", "sind", "san", "sin",
    };

    /// <summary>"des isch d'Firma vom Schwiegervadder, Hägele Blechbearbeitung", "it's my father-in-law's company, Baker
    /// Roofing": a clause that is a sentence (a pronoun and a verb) is no company name; the capitalized words after the
    /// comma that ends it are. Sure when the sentence names the firm by a company word, else confirmed; null when the
    /// answer is not so.</summary>
    private static SlotReading? NameAfterSentence(string text, string language)
    {
        var comma = text.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var first = text.IndexOf(',');
        if (first < comma && text.IndexOf(',', first + 1) == comma && FoldedText.Of(text[(comma + 1)..]) is { Count: >= 3 } own &&
            own[0].Text is "i" or "ich" or "we" or "wir" && NameAfterSentence(text[..comma], language) is { } between)
        {
            // "the company is my dad's, Fernández e Hijos, I just help with the online shop": a clause of the writer's own
            // after the name is no part of it
            return between;
        }

        var before = FoldedText.Of(text[..comma]);
        var after = text[(comma + 1)..].Trim().TrimEnd('!');
        // "…, Obermüller Solar- und Heiztechnik e.K.": a legal form keeps its full stop, and its letters are no words of
        // the name
        var form = FindLegalForm(after, 0) is { } found && found.End >= after.TrimEnd('.').Length ? found : ((int Start, int End)?)null;
        after = form is null ? after.TrimEnd('.') : after;
        var afterWords = FoldedText.Of(form is { } legal ? after[..legal.Start] : after);
        var opens = before.Count >= 3 && SentenceOpeners.Contains(before[0].Text) &&
                    (before[0].Text.Contains('\'', StringComparison.Ordinal) || before[0].Text == "its" || Copulas.Contains(before[1].Text));
        var someones = SomeonesFirm(before);
        var small = someones && !text.Any(char.IsUpper);
        if (!(opens || someones) || afterWords.Count is < 1 or > 5 ||
            !small && !afterWords.Words.All(w => char.IsUpper(after[w.Start]) || w.Text is "&" or "und" or "and" or "of" or "e" or "y" or "de" or "del" or "da" or "di") ||
            ReadWords(after, language) is not { Value: string } named)
        {
            return null;
        }

        var firmWord = before.Words.Any(w => IsCompanyWord(w.Text[(w.Text.IndexOf('\'') + 1)..]) || w.Text.EndsWith("firma", StringComparison.Ordinal));
        return firmWord || named.Confidence != Confidence.High ? named : named with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
    }

    // Words that open a last clause naming the writer's own firm ("…, wir sind die Brandt Messtechnik GmbH", "…, store
    // name is Lotus Leaf Home"); the name follows capitalized.
    private static readonly string[][] OwnFirmLastCues = Phrases.Of(
        "wir sind die", "wir sind der", "wir sind das", "we're", "we are", "we're called", "we are called", "wir heissen",
        "meine firma ist die", "meine firma ist", "unsere firma ist die", "unsere firma ist", "my company is", "our company is",
        "my company's", "our company's", "meine firma heisst", "unsere firma heisst", "die firma heisst", "the company is called",
        "store name is", "the store name is", "shop name is", "the shop name is", "the store is called", "the shop is called",
        "our store is called", "our shop is called", "der shop heisst", "unser shop heisst", "der laden heisst", "heisst");

    /// <summary>The writer's own firm named in the last clause of an answer with other clauses before it ("für die
    /// Stadtwerke Mannheim, also eigentlich als Zulieferer, wir sind die Brandt Messtechnik GmbH", "We sell on Shopify,
    /// store name is Lotus Leaf Home"), confirmed; null when the last clause is not so. The name must be two capitalized
    /// words or more (German nouns are capitalized: "wir sind Zulieferer" names none) or carry a legal form.</summary>
    private static SlotReading? OwnFirmLast(string text, string language)
    {
        var folded = FoldedText.Of(text);
        for (var i = folded.Count - 2; i >= 2; i--)
        {
            if (!folded[i].AfterBreak && text.AsSpan(folded[i - 1].End, folded[i].Start - folded[i - 1].End).IndexOfAny("–—") < 0)
            {
                continue;
            }

            var cue = Array.Find(OwnFirmLastCues, c => folded.MatchesAt(i, c));
            if (cue is null || i + cue.Length >= folded.Count || folded.Words.Skip(i + cue.Length).Any(w => w.AfterBreak))
            {
                return null;
            }

            var rest = text[folded[i + cue.Length].Start..].Trim().TrimEnd('.', '!');
            var restWords = FoldedText.Of(rest);
            if (restWords.Count is 0 or > 6 || rest.Contains('?', StringComparison.Ordinal) || !char.IsUpper(rest[restWords[0].Start]) && !char.IsDigit(rest[restWords[0].Start]) ||
                !(restWords.Count >= 2 && restWords.Words.All(w => char.IsUpper(rest[w.Start]) || char.IsDigit(rest[w.Start]) || w.Text is "&" or "and" or "und" or "of") ||
                  FindLegalForm(rest, 0) is not null) ||
                ReadWords(rest, language) is not { Value: string named } reading || !named.Any(char.IsLetter))
            {
                return null;
            }

            return reading with { Confidence = reading.Confidence == Confidence.High ? Confidence.Medium : reading.Confidence, Hint = ReadingHints.Ambiguous };
        }

        return null;
    }

    /// <summary>"für die Firma meines Chefs", "die firma von meinem mann", "for my boss's company": words that say whose
    /// firm it is, before a comma and its name. The name after the comma is the firm (the words before it name none).</summary>
    private static bool SomeonesFirm(FoldedText before)
    {
        var i = before.Count > 0 && before[0].Text is "fuer" or "for" or "bei" or "at" ? 1 : 0;
        i += i < before.Count && before[i].Text is "die" or "the" ? 1 : 0;
        // "the company is my dad's", "it's my father's": whose it is said after the firm or a pronoun
        var k = i < before.Count && before[i].Text is "it's" or "its" ? i + 1 :
            i + 1 < before.Count && before[i].Text is "company" or "business" or "firm" or "it" && before[i + 1].Text is "is" or "was" ? i + 2 : -1;
        if (k > 0 && k + 2 == before.Count && before[k].Text is "my" or "our" && before[k + 1].Text.EndsWith("'s", StringComparison.Ordinal))
        {
            return true;
        }

        if (i < before.Count && before[i].Text is "firma" or "company" or "business" or "firm" or "betrieb" or "laden")
        {
            // "die Firma meines Chefs", "die firma von meinem mann", "the company of my father-in-law"
            i++;
            i += i < before.Count && before[i].Text is "von" or "vom" or "of" ? 1 : 0;
            return i < before.Count && before[i].Text is "meines" or "meiner" or "meinem" or "meinen" or "unseres" or "unserem" or "unserer" or "my" or "our" &&
                   before.Count - i is >= 2 and <= 3 || before.Count - i == 1 && before[i - 1].Text == "vom";
        }

        // "for my boss's company", "my dad's business"
        var j = i > 0 && before[i - 1].Text is "the" ? i - 1 : i;
        return j + 2 < before.Count + 1 && j < before.Count && before[j].Text is "my" or "our" && before.Count - j is 3 &&
               before[j + 1].Text.EndsWith("'s", StringComparison.Ordinal) && before[j + 2].Text is "company" or "business" or "firm";
    }

    /// <summary>"Recruiting-Agentur TalentWerk": a plain word for a kind of firm joined to its field by a hyphen opens a name
    /// without a legal form; it describes the firm as often as it is part of its name. A trade so joined ("KFZ-Service
    /// Yilmaz") is the firm's name.</summary>
    internal static bool FieldKindBefore(string name) =>
        name.IndexOf(' ') is > 0 and var space && name.LastIndexOf('-', space) is > 0 and var joint && joint + 1 < space &&
        KindOpeners.Contains(FoldedText.Fold(name[(joint + 1)..space])) && !HasLegalForm(name, 0);

    // Plain words for the kind of firm a name may be put after ("die Kanzlei …", "Büro …").
    private static readonly HashSet<string> KindOpeners = new(StringComparer.Ordinal)
    {
        "kanzlei", "buero", "praxis", "agentur", "office", "practice", "firm",
    };

    // Professions in the plural that a firm's name ends with ("… Steuerberater", "… Architekten", "… Attorneys").
    private static readonly string[] ProfessionEnds =
    [
        "steuerberater", "rechtsanwaelte", "anwaelte", "architekten", "ingenieure", "wirtschaftspruefer", "notare", "aerzte",
        "therapeuten", "attorneys", "architects", "lawyers", "accountants", "cpas", "dentists", "engineers",
    ];

    /// <summary>"Kanzlei Ochs &amp; Partner Steuerberater mbB", "Büro Kranz Architekten": a plain word for the kind of firm
    /// before a name that itself ends with its profession is how the writer speaks of the firm, no part of its name; the
    /// name without it, or null when the name is not so. "Kanzlei Berger &amp; Partner mbB" keeps its word, as the name
    /// names no profession.</summary>
    internal static string? WithoutRedundantKind(string name)
    {
        var words = FoldedText.Of(name);
        if (words.Count < 3 || !KindOpeners.Contains(words[0].Text) || !char.IsUpper(name[words[1].Start]))
        {
            return null;
        }

        var end = FindLegalForm(name, words[1].Start) is { } legal ? legal.Start : name.Length;
        var named = FoldedText.Of(name[..end]);
        return named.Count >= 3 && Array.Exists(ProfessionEnds, p => named[^1].Text.EndsWith(p, StringComparison.Ordinal))
            ? name[words[1].Start..]
            : null;
    }

    /// <summary>A sure company read from the answer to the company question, kept sure only when the whole answer is
    /// accounted for; otherwise confirmed.</summary>
    public static SlotReading? Accounted(string text, SlotReading? reading)
    {
        if (reading is { Value: string relative } && FoldedText.Of(relative) is { Count: >= 3 } rf && rf[0].Text is "die" or "der" && rf[1].Text == "heisst")
        {
            // "eine Agentur, die heißt Pixelwerk": the relative clause names the firm; its opening words are no part of it
            var named = relative[rf[2].Start..].Trim();
            reading = reading with { Value = named, Evidence = named };
        }

        if (reading is { Confidence: Confidence.High, Value: string owned } && !text.Any(char.IsUpper) &&
            FoldedText.Of(owned).Words.Any(w => w.Text.Length >= 4 && w.Text[^1] == 's' && GivenNames.IsName(w.Text[..^1])))
        {
            // "mikes bbq", "daves plumbing": in small letters a given name with an "s" may be the owner's with its
            // apostrophe left out ("Mike's BBQ") or written so on purpose; the letters do not tell which
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: string name } && !OnlyLegalForm(name) && LeftUnread(text, reading.Evidence))
        {
            // "Finly — fintech startup out of Bangalore", "Acme Corp / formerly Acme Widgets", "Keller Williams - Lakeside
            // office": words beside the name that are no lead-in and no harmless kind (a place, a department or branch, a
            // legal note, an owner, a web or street address, a sign-off) may change which name is meant, so it is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return reading;
    }

    private static readonly HashSet<string> OwnFirmWords = new(OwnFirmLeadInPhrases.SelectMany(FoldedText.Phrase), StringComparer.Ordinal);

    /// <summary>Whether the words before a name are nothing but the writer's own firm said as the subject of a naming
    /// clause ("Mein Unternehmen ist die", "My company is").</summary>
    private static bool OwnFirmSaid(string before)
    {
        var words = FoldedText.Of(before);
        return words.Count >= 3 && words[0].Text is "mein" or "meine" or "unser" or "unsere" or "my" or "our" or "der" or "the" &&
               words.Words.All(w => OwnFirmWords.Contains(w.Text) || w.Text is "die" or "der" or "das" or "the" or "called");
    }

    private static bool OnlyLegalForm(string name) => FindLegalForm(name, 0) is { Start: 0 } form && form.End >= name.TrimEnd('.').Length;

    // The words of the lead-ins and fillers around a company ("ich arbeite bei der", "we're", "Fa.", "hmm").
    // (not "my", "meine": "ich meine …" and "my …" before a name are no filler)
    private static readonly HashSet<string> LeadInWords = new(
        Prefixes.Where(p => !p.Any(w => w is "my" or "mein" or "meine" or "meiner" or "meines" or "unserer" or "unseres")).SelectMany(p => p).Concat(CommonWords.Hesitations).Concat(["fa", "ich", "wir", "we", "i", "our", "unsere", "unser", "bin", "sind", "hmm", "hm", "so", "ok", "okay", "sure", "klar", "gerne", "gern", "ja", "yes"]),
        StringComparer.Ordinal);

    // Words for a unit inside a firm ("dept", "Abteilung").
    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "dept", "department", "abteilung", "abt", "division", "fachbereich",
    };

    // Words that open or close a part naming the department the prospect is in ("Abteilung Einkauf", "Continuing Ed
    // dept"): the firm stays the same.
    private static readonly HashSet<string> UnitCueWords = new(
        UnitWords.Concat(["departement", "institut", "institute", "lehrstuhl", "school", "faculty", "fakultaet", "referat", "hauptamt", "bereich"]),
        StringComparer.Ordinal);

    // Words that name a branch ("Standort Hamburg", "Chicago office"): the firm stays the same only at a known place; a
    // branch of another name ("Lakeside office") may be part of the name.
    private static readonly HashSet<string> UnreadBranchWords = new(StringComparer.Ordinal)
    {
        "standort", "filiale", "niederlassung", "werk", "zweigstelle", "branch", "sitz", "campus", "office", "hq",
    };

    // Words of a note on the firm's legal kind or state ("Einzelunternehmen", "noch in Gründung", "non-profit").
    private static readonly HashSet<string> LegalNoteWords = new(StringComparer.Ordinal)
    {
        "einzelunternehmen", "einzelunternehmer", "einzelunternehmerin", "selbststaendig", "selbstaendig", "self", "employed",
        "freiberufler", "freiberuflerin", "freelancer", "non", "profit", "nonprofit", "gemeinnuetzig", "noch", "in", "gruendung",
        "bin", "ich", "we're", "were", "a", "it's", "its", "we", "are", "sole", "trader", "inh", "inhaber", "inhaberin", "owner",
        "wir", "gruenden", "gerade", "grad", "still", "being", "set", "up", "formation", "founding", "ohne", "no", "yet", "keine", "gmbh", "llc", "ug", "ltd", "inc",
    };

    private static readonly HashSet<string> SignOffs = new(StringComparer.Ordinal)
    {
        "mfg", "lg", "vg", "gruss", "gruesse", "regards", "best", "cheers", "thanks", "danke",
    };

    private static readonly HashSet<string> SiteWords = new(StringComparer.Ordinal)
    {
        "locations", "standorte", "filialen", "sites", "offices", "campuses", "branches", "niederlassungen",
    };

    // Words that may stand before or after a place ("in Krefeld", "based in Manchester", "Austin TX").
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "in", "aus", "im", "based", "we're", "were", "we", "are", "sitz", "near", "bei", "nahe", "the", "out", "of",
    };

    /// <summary>Whether the "in" at <paramref name="at"/> is followed by one to three words of a place (capitalized, or an
    /// article inside it) and then, with no break between, a legal form ("… in Tirol GmbH", "… in der Oberpfalz AG").</summary>
    private static bool PlaceBeforeLegalForm(string text, FoldedText folded, int at)
    {
        for (var k = at + 1; k < folded.Count && k <= at + 4; k++)
        {
            if (folded[k].AfterBreak)
            {
                return false;
            }

            if (k > at + 1 && LegalFormAt(text, folded[k].Start) is not null)
            {
                return char.IsUpper(text[folded[k - 1].Start]);
            }

            // "in der Oberpfalz": an article inside the place's name
            if (k == at + 4 || folded[k].IsNumber || !char.IsUpper(text[folded[k].Start]) && folded[k].Text is not ("der" or "dem" or "den"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the answer holds, beside the words the company was read from, a part that is no lead-in, filler
    /// or harmless kind: a description, a former or second name, a correction, a remark.</summary>
    private static bool LeftUnread(string text, string evidence)
    {
        text = NameText.StripTags(text);
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            // the reader rebuilt the name from several places; what it left is not known here
            return false;
        }

        var before = text[..at];
        if (NamingDescription(before, Handle(evidence)) || before.TrimEnd().EndsWith(',') && SomeonesFirm(FoldedText.Of(before)) || OwnFirmSaid(before))
        {
            // ("meine Firma ist die …", "my company is …": the writer's own firm said as the subject names no other)
            // ("für die Firma meines Chefs, …": whose firm it is, said before its name, names no other)
            // "a small bakery called Brotzeit", "wir sind ein Ingenieurbüro namens …": the description says what the name
            // that follows is, so it is read
            before = "";
        }

        if (FormerNameOnly().IsMatch(text[(at + evidence.Length)..]))
        {
            // "Nordlicht Software GmbH (früher Nordlicht IT)", "Wu Architects, formerly Wu+Lee": nothing after the name
            // but its former name; every blind writer who met one stored the name before it, sure, and none another
            // value
            return UnreadSegment().Split(before).Any(segment => !HarmlessSegment(segment));
        }

        var following = text[(at + evidence.Length)..].TrimStart();
        if (following.StartsWith('(') && following.TrimEnd().TrimEnd('.', '!').EndsWith(')') && following.IndexOf('(', 1) < 0 &&
            following.IndexOf(')') == following.TrimEnd().TrimEnd('.', '!').Length - 1 && FoldedText.Of(following) is { Count: > 0 } remark &&
            remark.Find(CorrectionCues).At < 0 && remark.Find(OtherNameCues).At < 0 &&
            !remark.Words.Any(w => UnreadBranchWords.Contains(w.Text) || BracketDoubts.Contains(w.Text)))
        {
            // "Klinikum Nord (public hospital, Munich)", "MVZ Augsburg-Süd (gehört zur Gruppe MedCare)", "Hope Street Charity
            // (registered charity no. …)": a remark in brackets that ends the answer says what the firm is or belongs to;
            // every blind writer who met one stored the name before it, sure, unless the remark corrects it or gives
            // another name for it
            return UnreadSegment().Split(before).Any(segment => !HarmlessSegment(segment));
        }

        if (following.StartsWith('/') && UnreadSegment().Split(following[1..]).FirstOrDefault(p => FoldedText.Of(p).Count > 0) is { } second &&
            FoldedText.Of(second).Words.Any(w => !MessageReader.IsPlace(w.Text) && !Discipline.IsDepartmentWord(w.Text) && !LeadInWords.Contains(w.Text) &&
                                                   !LegalNoteWords.Contains(w.Text)))
        {
            // "Medienhaus Rhein-Ruhr / Druckzentrum": after a slash an unknown word is a second name or a unit of the firm
            // more often than a place, and careful writers stored either ("… / Einzelunternehmen" is a legal note)
            return true;
        }

        foreach (var part in new[] { before, text[(at + evidence.Length)..] })
        {
            foreach (var segment in UnreadSegment().Split(part))
            {
                if (!HarmlessSegment(segment))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words in a remark after the name that give it another name ("on paper", "aka", "or", "registered as", "well").
    private static readonly string[][] OtherNameCues = Phrases.Of(
        "on paper", "aka", "or", "oder", "bzw", "registered as", "eingetragen als", "well", "also known as", "auch bekannt als",
        "trading as", "dba", "formerly", "frueher", "vormals", "ehemals", "heisst", "called", "named", "namens",
        // a franchise trades under the brand's name and is registered under its own
        "franchise", "franchisee", "franchisenehmer", "lizenznehmer");

    // Words in a remark after the name that say how it is not spelled or which part of a group is meant ("not Smith!",
    // "the German subsidiary", "Tochter der Deutschen Bahn", "the one in Denver"); writers confirm the name beside them.
    private static readonly HashSet<string> BracketDoubts = new(StringComparer.Ordinal)
    {
        "not", "nicht", "kein", "keine", "subsidiary", "tochter", "tochterfirma", "tochtergesellschaft", "site", "plant", "one",
    };

    // Words that give the name a description introduces ("called", "namens", "heißt", "by the name of").
    private static readonly string[][] NamingCues =
    [
        ["called"], ["named"], ["namens"], ["heisst"], ["by", "the", "name", "of"], ["firmiere", "als"], ["firmieren", "als"],
        ["unter", "dem", "namen"],
    ];

    // Words that open a description of the firm ("a small bakery", "ne kleine Agentur", "my own studio").
    private static readonly HashSet<string> DescriptionOpeners = new(StringComparer.Ordinal)
    {
        "a", "an", "ein", "eine", "einen", "einem", "einer", "ne", "nen", "son", "own", "eigene", "eigenen", "eigenes", "eigener",
    };

    // Words before the opener of a description ("we're", "I run", "ich hab", "my own").
    private static readonly HashSet<string> DescriptionLeadIns = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "we", "we're", "were", "are", "am", "ich", "wir", "bin", "sind", "run", "have", "hab", "habe", "haben",
        "it's", "its", "it", "is", "my", "our", "mein", "meine", "unser", "unsere", "das", "just", "nur", "so", "also", "hmm",
        "bei", "at", "with", "fuer", "for", "die", "der", "which", "that", "that's", "thats", "aber",
    };

    // Words in a description that may change which firm is meant: another firm, a former name, a correction or a joke.
    private static readonly HashSet<string> DescriptionBreakers = new(
        CommonWords.Corrections.Where(w => w is not "ne").Concat(CommonWords.Laughter).Concat(
        [
            "kidding", "scherz", "spass", "joke", "formerly", "frueher", "ehemals", "vormals", "vorher", "ex", "technically",
            "genauer", "dba", "not", "nicht", "kein", "keine", "subsidiary", "tochter", "tochterfirma", "tochterunternehmen",
            "teil", "part", "of", "von", "vom", "des", "gehoert", "belongs", "parent", "mutter", "konzern", "owned", "jetzt",
            "now", "renamed", "umbenannt", "hiess", "hiessen", "wait", "moment",
        ]),
        StringComparer.Ordinal);

    /// <summary>Whether the words before a company are a description that introduces it: a naming word right before the
    /// name ("a small bakery called", "die heißt"), or a description opened by an indefinite article or "own" in the
    /// part right before it ("a small bakery, …", "meine eigene Firma – …"), without another firm, a former name, a
    /// correction or a joke in it.</summary>
    private static bool NamingDescription(string before, bool handle)
    {
        var words = FoldedText.Of(before).Words.Select(w => w.Text).ToList();
        if (words.Count == 0 || words.Any(DescriptionBreakers.Contains) || before.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        if (words[^1] == "aber")
        {
            // "heißt aber Fluxwerk UG"
            words.RemoveAt(words.Count - 1);
        }

        foreach (var cue in NamingCues)
        {
            if (words.Count >= cue.Length && words.Skip(words.Count - cue.Length).SequenceEqual(cue))
            {
                // every part before the naming word is a description, a lead-in or a harmless kind
                return words.Count - cue.Length <= 10;
            }
        }

        // no naming word: the description must be the last part before the name and open with an article or "own"; a
        // name run together like a shop handle ("an etsy shop, TheGoodLoaf") may be written otherwise
        if (handle)
        {
            return false;
        }

        var parts = UnreadSegment().Split(before).Where(p => FoldedText.Of(p).Count > 0).ToList();
        if (parts.Count == 0 || !parts.SkipLast(1).All(HarmlessSegment))
        {
            return false;
        }

        var last = FoldedText.Of(parts[^1]).Words.Select(w => w.Text).SkipWhile(w => DescriptionLeadIns.Contains(w) && !DescriptionOpeners.Contains(w)).ToList();
        return last.Count is >= 2 and <= 6 && DescriptionOpeners.Contains(last[0]) && before.TrimEnd() is [.., ',' or '–' or '—' or '-' or ':'];
    }

    private static bool Handle(string name) => !name.Contains(' ', StringComparison.Ordinal) && name.Skip(1).Any(char.IsUpper);

    private static bool HarmlessSegment(string segment)
    {
        if (HotelClass().Match(segment) is { Success: true, Length: > 0 } stars)
        {
            // "**** Superior in Saalbach", "4 Sterne": a hotel's class is harmless, what follows it is judged as it stands
            segment = segment[stars.Length..];
        }

        var words = FoldedText.Of(segment);
        if (words.Count == 0 || words.Words.All(w => LeadInWords.Contains(w.Text) || Discipline.IsDepartmentWord(w.Text)))
        {
            // lead-ins, fillers and the writer's department ("Vertrieb bei der …", "sales at …")
            return true;
        }

        var self = words.Words.Select(w => w.Text).ToList();
        if (self.Count is >= 3 and <= 7 && (self[0] is "we're" or "were" or "wir" && (self[1] is "sind" or "are" ? 2 : 1) is var o && o < self.Count &&
            self[o] is "a" or "an" or "ein" or "eine" or "ne") && !self.Any(DescriptionBreakers.Contains))
        {
            // "(we're a distributor)", "wir sind ein Familienbetrieb": what kind of firm the name is
            return true;
        }

        if (words[0].Text is "sorry" or "thanks" or "danke" or "entschuldigung" && !words.Words.Skip(1).Any(w => char.IsUpper(segment[w.Start])))
        {
            // courtesy in small letters ("sorry for the delay")
            return true;
        }

        var trimmed = segment.Trim();
        if (!trimmed.Contains(' ', StringComparison.Ordinal) && trimmed.Contains('.', StringComparison.Ordinal) && trimmed.Length > 3)
        {
            // a web address or mail domain ("www.novak-makler.de", "loopwise.io")
            return true;
        }

        if (words.Words.All(w => LegalNoteWords.Contains(w.Text)) || words[0].Text is "inh" or "inhaber" or "inhaberin" or "owner" ||
            SignOffs.Contains(words[0].Text) || words[0].IsNumber && words.Count >= 2 && SiteWords.Contains(words[1].Text))
        {
            // "(Einzelunternehmen)", "(Inh. Carla Benedetti)", a sign-off with the writer's name, "3 locations in Ohio"
            return true;
        }

        var rest = words.Words.SkipWhile(w => LeadInWords.Contains(w.Text) && !UnitCueWords.Contains(w.Text) && !UnreadBranchWords.Contains(w.Text)).ToList();
        if (rest.Count > 0 && (UnitCueWords.Contains(rest[0].Text) || rest.Count <= 3 && rest[^1].Text is "dept" or "department" or "team"))
        {
            // "Abteilung Vertriebsinnendienst", "Dept. of Medicine", "Continuing Ed dept"
            return true;
        }

        if (rest.Count > 0 && (UnreadBranchWords.Contains(rest[0].Text) || UnreadBranchWords.Contains(rest[^1].Text)))
        {
            // "Standort Hamburg", "Chicago office", "Austin TX office"
            var branchPlace = rest.Where(w => !UnreadBranchWords.Contains(w.Text) && !PlaceWords.Contains(w.Text)).ToList();
            return branchPlace.Count > 0 && branchPlace.All(w => MessageReader.IsPlace(w.Text) || w.IsNumber || w.Text.Length == 2 && char.IsUpper(segment[w.Start]));
        }

        if (words.Words.Any(w => w.Text.EndsWith("strasse", StringComparison.Ordinal) || w.Text.EndsWith("str", StringComparison.Ordinal) ||
                                 w.Text is "hrb" or "hra" or "amtsgericht" or "ust" or "tel" or "fax"))
        {
            // a street address or the register and phone lines of a signature
            return true;
        }

        // a place: known, or one or two words in capitals after "in"/"aus" or alone in their part ("Harrogate", "Austin TX",
        // "Wien 1070", "Chicago office" only for a known place)
        var place = words.Words.SkipWhile(w => PlaceWords.Contains(w.Text)).ToList();
        return place.Count is > 0 and <= 3 &&
               place.All(w => MessageReader.IsPlace(w.Text) || w.IsNumber || char.IsUpper(segment[w.Start]) && (w.Text.Length == 2 || place.Count(p => !p.IsNumber && p.Text.Length > 2) <= 2));
    }

    // Nothing but a former name after the name: a break, "formerly (known as)", "früher", "ehemals", "vormals" or
    // "previously", then one to five words of a name.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[,(–—/-]?\s*(formerly( known as)?|früher|ehemals|vormals|previously)\s+\p{Lu}[\p{L}\p{N}&+.'-]*(\s+(&|\+|und|and|\p{Lu}[\p{L}\p{N}&+.'-]*)){0,4}\s*\)?\.?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FormerNameOnly();

    // A former name first, then after a break the name in use ("früher …, jetzt …", "formerly …, now …").
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(früher|frueher|formerly|ehemals|vormals|previously)\s+[^,;–—]+[,;–—]\s*(jetzt|now|heute|today|inzwischen|mittlerweile)\s+(?<now>\p{Lu}.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FormerThenNow();

    // The parts of the words left beside a company: split at commas, brackets, slashes, dashes, colons and full stops.
    [System.Text.RegularExpressions.GeneratedRegex(@"[,;()\[\]/|–—:!?]|\s-\s|\.\s|\n", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex UnreadSegment();

    /// <summary>The name without its last word when that word is a known place or town and at least two words of the name come
    /// before it, without a legal form; otherwise null.</summary>
    internal static string? PlaceAtEnd(string name)
    {
        var words = FoldedText.Of(name);
        // ("University of Edinburgh", "Stadt Wien": after "of"/"der" the place is the name's own; so in a club's name,
        // "Sport Union Tirol", "Tennisclub Rot-Weiß Graz": clubs are named after their town or land)
        return words.Count >= 3 && (MessageReader.IsPlace(words[^1].Text) || IsTownAfterFirm(words[^2].Text, words[^1].Text)) &&
               !MessageReader.IsPlace(words[^2].Text) &&
               !words.Words.Any(w => IsClubWord(w.Text)) &&
               words[^2].Text is not ("of" or "von" or "vom" or "der" or "des" or "de" or "du" or "di" or "in" or "im" or "am" or "an" or
                   "fuer" or "for" or "at" or "the" or "and" or "und" or "&") &&
               FindLegalForm(name, 0) is null && char.IsUpper(name[words[^1].Start]) &&
               name.AsSpan(words[^2].End, words[^1].Start - words[^2].End).Trim().IsEmpty // ("Stadtwerke Ulm/Neu-Ulm": joined)
            ? name[..words[^1].Start].TrimEnd(' ', ',', '-', '–')
            : null;
    }

    /// <summary>Whether a word from the long town list is a town after the firm's words: not after a body named after its
    /// town ("Stadtwerke Lüneburg") and not after a given name, where it is a surname ("Malerbetrieb Peter Hagen").</summary>
    private static bool IsTownAfterFirm(string before, string last) =>
        Towns.Contains(last) && !TownNamedBodies.Contains(before) && !TownNamedEndings.Any(e => before.EndsWith(e, StringComparison.Ordinal)) &&
        !GivenNames.IsName(before);

    /// <summary>Whether a folded word is a body that takes its town's name as its own ("Stadtwerke", "Sparkasse", "Stadt",
    /// "Universität"): a place after it is part of the body's name.</summary>
    internal static bool NamesItsTown(string folded) =>
        TownNamedBodies.Contains(folded) || TownNamedEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal));

    // The endings of such bodies' compounds ("Kirchengemeinde", "Grundschule", "Landratsamt", "Stadtsparkasse").
    private static readonly string[] TownNamedEndings = ["gemeinde", "schule", "amt", "werke", "werken", "kasse", "bank", "klinik", "klinikum"];

    // Bodies that take their town's name as their own ("Stadt Fulda", "Universität Passau"; those ending as above,
    // "Stadtwerke Lüneburg", "Sparkasse Hagen", are found by their endings): the town after them is part of the name, not
    // where the firm is.
    private static readonly HashSet<string> TownNamedBodies = new(StringComparer.Ordinal)
    {
        "stadt", "landkreis", "kreis", "krankenhaus", "universitaet", "uni", "hochschule", "pfarrei", "kirche", "diakonie",
        "caritas", "feuerwehr", "gymnasium", "museum", "theater", "bibliothek", "tourismus", "city", "county", "council",
        "university", "college", "parish", "church", "diocese", "school", "hospital", "library",
    };

    private static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "sv", "fc", "tsv", "ehc", "hc", "sc", "tus", "vfb", "vfl", "ssv", "tsg", "sg", "union", "club", "klub", "verein",
    };

    /// <summary>Whether a folded word names a sports club or association ("TSV", "Union", "Tennisclub", "Sportverein").</summary>
    private static bool IsClubWord(string folded) =>
        ClubWords.Contains(folded) || folded.Length > 5 && (folded.EndsWith("club", StringComparison.Ordinal) || folded.EndsWith("klub", StringComparison.Ordinal) ||
                                                           folded.EndsWith("verein", StringComparison.Ordinal));

    private static SlotReading? ReadAnswer(string text, string language)
    {
        if (SignedCompanyLine(text) is { } signed && ReadWords(signed, language) is { } fromSignature)
        {
            // "mfg\nKatrin Vogel\nVogel Logistik GmbH\nIndustriestr. 12 …": a signature block answers with the line that
            // holds the legal form
            return fromSignature;
        }

        var folded = FoldedText.Of(text);
        for (var i = 1; i < folded.Count; i++)
        {
            // "Bay Area Dental Assistants Association aka BADAA": a second name for the same firm after "aka"/"alias"
            // leaves the choice open like "bzw.": the first, confirmed
            // ("Company: Alias Software GmbH": after a label's colon the word opens the name)
            if (folded[i].Text is "bzw" or "beziehungsweise" or "aka" or "alias" && !text.AsSpan(0, folded[i].Start).TrimEnd().EndsWith(":") &&
                ReadWords(text[..folded[i].Start].TrimEnd(' ', ',', '-', '–', '/'), language) is { } before)
            {
                // "Müller Holding bzw. deren Tochter, die Müller Feinkost GmbH": "bzw." opens a second company, so the
                // one before it is the prospect's to confirm, and the word is never part of its name
                return before with { Confidence = before.Confidence == Confidence.High ? Confidence.Medium : before.Confidence, Hint = ReadingHints.Ambiguous };
            }
        }

        if (NotACompanyBut(text) is { } body && ReadWords(body, language) is { Value: string } bodyName)
        {
            // "wir sind keine Firma, sondern ein Verein: Kulturverein Brücke e.V.", "we're a charity not a company — Leeds
            // Food Bank": the words saying the body is no company lead to its name after the colon or dash
            return bodyName;
        }

        foreach (var dash in new[] { " - ", " – ", " — " })
        {
            // "the university - UCSF", "just me, I'm a consultant — Mendoza Consulting LLC": words in small letters before
            // a dash describe the writer or the kind of body and lead to the name after it, as a colon does
            var d = text.IndexOf(dash, StringComparison.Ordinal);
            if (d > 0 && FoldedText.Of(text[..d]) is { Count: > 0 } lead &&
                lead.Words.All(w => !char.IsUpper(text[w.Start]) || w.Text is "i" or "im" or "i'm") &&
                ReadWords(text[(d + dash.Length)..], language) is { Confidence: Confidence.High } after)
            {
                return after;
            }
        }

        var reading = WithUnitAfter(text, ReadWords(text, language));
        if (reading is not { Confidence: Confidence.High } || text.IndexOf(reading.Evidence, StringComparison.Ordinal) is not (>= 0 and var at) ||
            FindLegalForm(text, at) is not { } first || first.End > at + reading.Evidence.Length + 1 ||
            FindLegalForm(text, first.End) is not { } second || FoldedText.Of(text[first.End..second.Start]).Count == 0 ||
            text.IndexOf(reading.Evidence, first.End, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return reading;
        }

        // "LogiTrans GmbH – bzw. ab Januar LogiTrans Group GmbH", "Acme GmbH, Tochter der Beta AG": another company with
        // its legal form after the one read (not the same said again); which one is meant is the prospect's to confirm
        return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
    }

    private static readonly string[][] NoCompanyPhrases = Phrases.Of(
        "keine firma", "kein unternehmen", "kein betrieb", "not a company", "not a business", "no company", "not a firm");

    /// <summary>The words after the last colon or spaced dash of an answer that says before it that the body is no company
    /// ("keine Firma, sondern ein Verein: …", "a charity not a company — …"), at most twelve words before it; null
    /// otherwise.</summary>
    private static string? NotACompanyBut(string text)
    {
        var cut = Math.Max(text.LastIndexOf(':'), Math.Max(text.LastIndexOf(" – ", StringComparison.Ordinal),
            Math.Max(text.LastIndexOf(" — ", StringComparison.Ordinal), text.LastIndexOf(" - ", StringComparison.Ordinal))));
        if (cut <= 0 || FoldedText.Of(text[..cut]) is not { Count: >= 3 and <= 12 } lead || !lead.Contains(NoCompanyPhrases))
        {
            return null;
        }

        var rest = text[(cut + 1)..].Trim(' ', '–', '—', '-');
        return rest.Length > 1 && char.IsUpper(rest[0]) ? rest : null;
    }

    /// <summary>The company of a signature block: after any lines of closing words, a line with a name of two to four
    /// words that opens with a common given name, then exactly one line (or part of a line between "|") with a legal
    /// form; null otherwise.</summary>
    private static string? SignedCompanyLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SkipWhile(MessageReader.OnlyClosingWords).ToArray();
        if (lines.Length < 2 || lines[0].Any(char.IsDigit) || lines[0].Contains('@') || FoldedText.Of(lines[0]) is not { Count: >= 2 and <= 4 } name ||
            !GivenNames.IsName(name[0].Text))
        {
            return null;
        }

        var parts = lines.Skip(1).SelectMany(l => l.Split('|', StringSplitOptions.TrimEntries)).Where(p => HasLegalForm(p, 0)).ToList();
        return parts.Count == 1 ? parts[0] : null;
    }

    /// <summary>"Magistrat der Stadt Wien, MA 01", "Stadt Graz, Abteilung 3": a company without a legal form followed
    /// after a comma by a unit inside it given by its number is stored with the unit, confirmed: careful writers keep such
    /// a code as part of the name or leave it off. A unit named in words ("Universität Hamburg, Lehrstuhl für
    /// Marketing") is left off as before.</summary>
    private static SlotReading? WithUnitAfter(string text, SlotReading? reading)
    {
        if (reading is not { Confidence: Confidence.High } || HasLegalForm(text, 0) ||
            text.IndexOf(reading.Evidence, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return reading;
        }

        var after = text[(at + reading.Evidence.Length)..].Trim();
        if (!after.StartsWith(',') || FoldedText.Of(after) is not { Count: >= 2 and <= 3 } unit || !unit[^1].IsNumber ||
            unit.Words.Take(unit.Count - 1).Any(w => w.IsNumber) || !char.IsUpper(after.TrimStart(',', ' ')[0]))
        {
            return reading;
        }

        if (unit.Count == 2 && (unit[1].Text.Length is 4 or 5 || MessageReader.IsPlace(unit[0].Text)))
        {
            // "Hausverwaltung Lindner & Söhne, Wien 1070", "…, Kiel 24103": a place and its postcode say where the firm is,
            // no unit inside it
            return reading;
        }

        var value = $"{reading.Value}, {after[1..].Trim().TrimEnd('.')}";
        return reading with { Value = value, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
    }

    // Words that point at the e-mail address instead of naming the company ("die gleiche wie in der Mail-Adresse",
    // "siehe E-Mail", "same as my email domain"), and a company kept secret ("we're in stealth mode").
    /// <summary>No company: a private person or one working alone, in the chat's language. Always confirmed, as careful
    /// readers record it as private or as no answer to the company question about equally.</summary>
    private static SlotReading PrivateReading(string language, string evidence) =>
        new("company", language == "de" ? "privat" : "private", Confidence.Medium, evidence) { Hint = ReadingHints.Ambiguous };

    private static readonly HashSet<string> MailWords = new(StringComparer.Ordinal) { "mail", "email", "adresse", "mailadresse", "domain", "address", "signatur", "signature" };

    private static readonly HashSet<string> PointingWords = new(StringComparer.Ordinal)
    {
        "siehe", "see", "gleiche", "gleich", "same", "steht", "wie", "like", "as", "aus", "from",
    };

    /// <summary>An answer that says where the company can be found, or that it is not said, without naming one: no
    /// answer, asked again.</summary>
    private static bool NamesNoCompany(string clean, FoldedText folded)
    {
        if (FindLegalForm(clean, 0) is not null)
        {
            return false;
        }

        // "the one in my email": "in" with the address a word or two after it points at it too
        var inMail = Enumerable.Range(0, folded.Count).Any(i => folded[i].Text == "in" &&
                                                                folded.Words.Skip(i + 1).Take(3).Any(w => MailWords.Contains(w.Text)));
        var pointsAtMail = folded.Words.Any(w => MailWords.Contains(w.Text)) && (inMail || folded.Words.Any(w => PointingWords.Contains(w.Text)));
        var stealth = folded.Words.Any(w => w.Text == "stealth") && folded.Words.Any(w => w.Text is "mode" or "in" or "modus" or "im");
        return pointsAtMail || stealth;
    }

    private static SlotReading? ReadWords(string text, string language)
    {
        if (Shouted(text))
        {
            // "ACME INDUSTRIES LTD": typed all in capitals, the name is read as if in small letters, so it is written as
            // a name is written (a legal form in its own spelling, sure; without one, confirmed)
            text = text.ToLowerInvariant();
        }

        var clean = NameText.StripTags(text).Trim().TrimEnd('!', ' ');
        var folded = FoldedText.Of(clean);
        if (folded.Count > 0 && JokeInBrackets(clean, folded[0].End) is { } joke && joke.End == clean.Length && joke.Start > 0)
        {
            // "McD Consulting (not the burger place lol)": a joking remark after the name is no part of it, and its "not"
            // refuses nothing
            clean = clean[..joke.Start].TrimEnd(',', ' ');
            folded = FoldedText.Of(clean);
        }

        if (SpellingInBrackets(clean) is { } spelled)
        {
            // "Zimmerei Maier (nicht Meier!)": how the name is not spelled is no part of it
            clean = spelled;
            folded = FoldedText.Of(clean);
        }

        if (FoundingInBrackets(clean) is { } founding)
        {
            // "Flinkr (noch in Gründung)", "Brightleaf (in formation)": a remark in brackets that the firm is still being
            // founded is no part of its name, and the name before it is an answer
            clean = founding;
            folded = FoldedText.Of(clean);
        }

        if (LegalNameInBrackets(clean) is { } registered && ReadWords(registered, language) is { } legalName)
        {
            // "Brennan Joinery (Brennan & Sons Ltd on paper)": the name the firm trades under, then in brackets the one
            // it is registered under with its legal form; careful writers store the registered one, and since the other
            // is a name too it is confirmed
            return legalName with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (LegalFormInBrackets(clean) is { } unbracketed)
        {
            // "Autoglas Demir (GbR)", "Brightleaf (LLC)": a legal form alone in brackets after the name is part of it, as
            // without the brackets
            clean = unbracketed;
            folded = FoldedText.Of(clean);
        }

        if (NamesNoCompany(clean, folded))
        {
            return null;
        }

        if (clean.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && colon + 1 < clean.Length &&
            FindLegalForm(clean, 0) is { } form && form.Start > colon && FoldedText.Of(clean[..colon]).Count is >= 1 and <= 4)
        {
            // "Schule / Bildungsträger: BBZ Nord e.V.", "Verein: TSV Eintracht e.V.": what kind of body, then its name
            // with a legal form after the colon
            return ReadWords(clean[(colon + 1)..], language);
        }

        while (folded.Count > 1 && CommonWords.Laughter.Contains(folded[^1].Text))
        {
            // "Northwind Traders lol": a laugh after the name is no part of it
            clean = clean[..folded[^1].Start].TrimEnd(',', ' ');
            folded = FoldedText.Of(clean);
        }

        if (folded.HasQuestionMark && AfterOwnQuestion(clean, language) is { } answered)
        {
            // "HANDWERKSKAMMER? nee sorry, bin von der Kfz-Werkstatt Ertl", "hairbymo? Hair by Mo Ltd technically": a name
            // said as a question to oneself, then the one meant
            return answered;
        }

        if (folded.Count == 0 || folded.HasQuestionMark)
        {
            return null;
        }

        if (FormerName(clean, folded) is { } current)
        {
            // "Cloudbase — formerly known as Stackr", "Nordlicht GmbH, früher Meier Software": the name before the one it
            // had is the name now
            clean = current;
            folded = FoldedText.Of(clean);
        }

        if (folded.Count > 2 && Array.Find(TradingCues, c => c[0] is "dba" or "doing" or "trading" && folded.MatchesAt(0, c)) is { } tradingFirst &&
            tradingFirst.Length < folded.Count && ReadWords(clean[folded[tradingFirst.Length].Start..], language) is { Value: string } traded)
        {
            // "trading as GP Electrics": only the name the firm trades under, its registered one left unsaid; confirmed
            return traded with { Confidence = traded.Confidence == Confidence.High ? Confidence.Medium : traded.Confidence, Hint = ReadingHints.Ambiguous };
        }

        if (TradingName(clean, folded) is { } registeredName && ReadWords(registeredName, language) is { } beforeTrading)
        {
            // "Meridian Engineering Associates dba Meridian Structural": the name before "doing business as" is the
            // registered one, the one careful writers store; without a legal form it is confirmed, since the trading
            // name is a name too
            return HasLegalForm(registeredName, 0) || beforeTrading.Confidence != Confidence.High
                ? beforeTrading : beforeTrading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (BranchAfter(clean, folded) is { } wholeFirm && ReadWords(wholeFirm, language) is { } firm)
        {
            // "Keller Williams - Lakeside office", "Autohaus Schmidt, Filiale Bielefeld": a branch or office named after a
            // dash or comma is no part of the company, which is read as it stands
            return firm;
        }

        if (IsWebDomain(clean.TrimEnd('.')))
        {
            // "lumio.io": careful readers store a company given as its web domain either as the domain or as the name
            // in it, so it is kept as typed and confirmed, never turned into a name nobody wrote
            var domain = clean.TrimEnd('.');
            return new SlotReading("company", domain, Confidence.Medium, domain) { Hint = ReadingHints.Ambiguous };
        }

        if (CorrectionAt(clean, folded) is var (rest, cueStart) && Read(rest, language) is { } corrected)
        {
            if (PartOfFirst(clean[..cueStart], corrected, language) is { } withPart)
            {
                // "EHC Bergland – also eigentlich die Betriebs-GmbH vom EHC", "SV Lindenau 05 – bzw. eigentlich der
                // Förderverein": the correction names only a part or body of the firm said first (its operating company,
                // its supporters' club), so the two together are the name, confirmed
                return withPart;
            }

            if (FoldedText.Of(clean[cueStart..]).Words.Take(4).Any(w => w.Text is "schreib" or "schreibe" or "write" or "writing"))
            {
                // the firm the writer writes for is the one to keep, but the writer's own was named too: confirmed ("our
                // sponsor, Halcyon Media LLC": the name after a description of it)
                var writtenFor = rest.LastIndexOf(',') is > 0 and var comma && HasLegalForm(rest, comma + 1) && Read(rest[(comma + 1)..], language) is { } afterComma
                    ? afterComma : corrected;
                return writtenFor with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }

            // "Meier Maschinenbau – ach nein, seit Juli heißen wir Meier Industrietechnik GmbH": the name after the word
            // that corrects the first one
            return corrected;
        }

        if (NamedWithLegalForm(clean, folded) is { } named)
        {
            // "noch in Gründung, heißt aber Fluxwerk UG", "still being set up, it's called Brightleaf LLC": the name said
            // after the word that says it is the name, with its legal form, whatever came before
            return new SlotReading("company", named, Confidence.High, named);
        }

        if (Interim(clean, folded) is { } interim)
        {
            // "TBD, we're rebranding. currently Orion Analytics": a placeholder or a name about to change is no name; the
            // one in use now is confirmed, and without one the question is asked again
            return interim.Length == 0 ? null : new SlotReading("company", interim, Confidence.Medium, interim) { Hint = ReadingHints.Ambiguous };
        }

        if (SoleTrader(clean, language) is { } soleTrader)
        {
            return soleTrader;
        }

        if (HedgedPrivate(folded))
        {
            // "eher privat, hab nebenbei nen kleinen Onlineshop", "more or less freelance": private, said with a hedge, so
            // confirmed, whatever the clauses after it say
            return PrivateReading(language, clean);
        }

        if (AllPrivate(folded))
        {
            // "privat", "just me, I'm a freelancer": every part of the answer says there is no company; confirmed, as
            // careful readers record it as private or as no answer to the company question about equally
            return PrivateReading(language, clean);
        }

        if (PrivateWithJob(clean, folded))
        {
            // "self-employed consultant", "freelancer designer": working on one's own, then what as; confirmed like "privat"
            return PrivateReading(language, clean);
        }

        var whole = string.Join(' ', folded.Words.Select(w => w.Text));
        if (NotACompany.Contains(whole) || OnlyWhere(clean, folded))
        {
            return null;
        }

        // "Ich bin Einkäufer", "I'm the CTO": who the prospect is, not where they work
        if (folded.Count is >= 3 and <= 5 && folded.MatchesAt(0, ["ich", "bin"]) || folded.Count is >= 2 and <= 4 && folded[0].Text is "i'm" or "im" ||
            folded.Count is >= 3 and <= 5 && folded.MatchesAt(0, ["i", "am"]))
        {
            var next = folded[folded[0].Text is "i'm" or "im" ? 1 : 2].Text;
            // "I'm writing for Google", "ich bin angestellt bei …": the question's own words lead to the firm
            if (next is not ("von" or "vom" or "bei" or "fuer" or "from" or "at" or "with" or "for" or "writing" or "working" or "employed" or
                    "angestellt") && !HasLegalForm(clean, 0))
            {
                return null;
            }
        }

        if (Quoted(clean) is { } quoted)
        {
            // selbstständig, Einzelunternehmen "Fotostudio Lichtblick": the name in quotes is the name; a name still to
            // come ("noch in Gründung, wird wohl „Klarwerk Solutions“ heißen") is confirmed
            var future = IsRefusal(folded) || folded.Words.Any(w => w.Text is "wird" or "werden" or "wohl" or "will" or "probably" or "planned" or "geplant" or "vermutlich");
            return new SlotReading("company", quoted, future ? Confidence.Medium : Confidence.High, quoted);
        }

        // "hmm, die Firma heißt …", "uh, Riverside Plumbing": a hesitation before the name is no part of it
        // ("hmm it's Kessler Farms LLC": a sound of hesitation needs no comma after it)
        var from = 0;
        while (from + 1 < folded.Count && Hesitations.Contains(folded[from].Text) &&
               (folded[from + 1].AfterBreak || folded[from].Text is "hmm" or "hm" or "hmmm" or "aeh" or "aehm" or "ehm" or "oeh" or "oehm" or "uh" or "um" or "uhm" or "erm" or "mhm"))
        {
            from++;
        }

        // "Fa. Weber Elektrotechnik", "bei der Fa. Brandt": "Fa." is short for "Firma", a word before the name, not the name
        for (var k = from; k < Math.Min(folded.Count - 1, from + 5); k++)
        {
            if (folded[k].Text is "fa" or "fma" && folded[k].End < clean.Length && clean[folded[k].End] == '.' &&
                (k == from || folded.Words.Skip(from).Take(k - from).All(w => w.Text is "bei" or "der" or "von" or "die" or "ich" or "bin" or "arbeite" or "fuer")))
            {
                from = k + 1;
                break;
            }
        }

        // "Vertrieb bei der Schulz Medizintechnik GmbH", "Sales at Acme Inc": a department or a job, then where; without
        // a legal form after it ("Einkauf bei Bosch") the words after "bei"/"at" are the company, confirmed
        var unsure = false;
        for (var k = from + 1; k <= from + 2 && k + 1 < folded.Count; k++)
        {
            var legal = folded[k].Text is "bei" or "at" or "fuer" or "for" or "von" or "vom" && HasLegalForm(clean, folded[k].End);
            // ("für Vom Fass GmbH": a capitalized preposition after a framing one is the name's own first word)
            var ownWord = folded[k].Text is "vom" or "for" && char.IsUpper(clean[folded[k].Start]) && folded[k - 1].Text is "fuer" or "for" or "bei" or "at" or "von" or "with";
            if (!folded[k].AfterBreak && !ownWord && (legal || folded[k].Text is "bei" or "at" && !Array.Exists(Prefixes, p => folded.MatchesAt(from, p))))
            {
                unsure = !legal;
                from = folded[k + 1].Text is "der" or "dem" or "den" or "die" or "the" && k + 2 < folded.Count ? k + 2 : k + 1;
                break;
            }
        }

        if (from + 2 < folded.Count && MessageReader.IsHeadTitle(folded[from].Text) && char.IsUpper(clean[folded[from + 1].Start]) &&
            (FindLegalForm(clean, folded[from + 1].Start) is { } titled && FoldedText.Of(clean[folded[from + 1].Start..titled.Start]).Count is >= 1 and <= 4 ||
             folded.Count - from - 1 is >= 2 and <= 4 && folded.Words.Skip(from + 1).All(w => !w.AfterBreak && char.IsUpper(clean[w.Start]))))
        {
            // "Inhaberin Linde Floristik GmbH", "Inhaber KFZ Schulze": the title right before the name (with its legal form,
            // or capitalized words to the end) is the writer's role, no part of the name
            from++;
        }

        var name = Extract(clean, folded, from, requireCue: false);
        if (name is null)
        {
            return null;
        }

        if (AllPrivate(FoldedText.Of(name.Value.Name)))
        {
            // "ich arbeite für mich selbst", "I work for myself": private, confirmed like "privat" (and capitalized words
            // left after it may name a one-person business: "selbstständig, Anna Berg Lichtdesign")
            return PrivateReading(language, clean);
        }

        if (!name.Value.HasLegalForm && FoldedText.Of(name.Value.Name) is { Count: > 1 } words &&
            words[0].Text is "i" or "ich" or "wir" or "we" or "my" or "mein" or "meine" or "unser" or "unsere" or "our" or "hab" or "habe")
        {
            if (OwnBusiness(words))
            {
                // "my own consultancy, Rivera Consulting": the name after the description; "meine eigene Firma" alone
                // names none
                if (Described(name.Value.Name, clean[name.Value.End..]) is { Confidence: Confidence.High } own)
                {
                    return own;
                }

                if (words.Words.Skip(2).All(w => IsCompanyWord(w.Text)) && clean[name.Value.End..].Trim().Length == 0)
                {
                    return null;
                }
            }

            var following = clean[name.Value.End..];
            // the name after the comma is capitalized or said with a naming word ("…, heißt homeliebe")
            if (following.TrimStart().StartsWith(',') && (following.Any(char.IsUpper) || FoldedText.Of(following).Find(NamedCues) is (0, _)) &&
                Enumerable.Range(1, Math.Min(3, words.Count - 2)).FirstOrDefault(k => IsIndefiniteArticle(words[k].Text)) is > 0 and var article &&
                Described(name.Value.Name[words[article].Start..], following) is { } run && !string.Equals(run.Evidence, name.Value.Name[words[article].Start..], StringComparison.Ordinal))
            {
                // "i run an etsy shop, TheGoodLoaf", "wir sind ne kleine Agentur, Pixelwerk": the sentence describes the
                // company, and the name after it is read as after a description
                return run;
            }

            // "I own a small bakery": a sentence about the company, not its name ("hab …" without its "ich" is read as
            // before unless it describes the firm and names it)
            if (words[0].Text is not ("hab" or "habe"))
            {
                return new SlotReading("company", name.Value.Name, Confidence.Medium, name.Value.Name) { Hint = ReadingHints.Ambiguous };
            }
        }

        if (!name.Value.HasLegalForm && IsRefusal(folded))
        {
            // "noch keine, wir gründen gerade", "möchte ich nicht sagen": no company name, whatever words are left
            return null;
        }

        if (Called(name.Value.Name) is { } called)
        {
            // "Startup namens Flinkr", "a bakery called Crumbs": the name after the word that says it is the name
            return called;
        }

        if (!name.Value.HasLegalForm && Described(name.Value.Name, clean[name.Value.End..]) is { } describedFirst)
        {
            // "We're a small startup, Fernleaf Labs", "ne kleine Agentur, Pixelwerk": a description is read before its
            // small words count as a sentence
            return describedFirst;
        }

        var (sentence, generic) = name.Value.HasLegalForm ? (false, false) : WordKinds(name.Value.Name);
        if (sentence)
        {
            // "erstmal egal", "das tut nichts zur Sache", "just a small shop": small words of a sentence are no company
            // name. In small letters throughout it is no answer; beside capitalized words it may hold the name, confirmed.
            if (!name.Value.Name.Any(char.IsUpper))
            {
                return PrivateWordIn(folded) ? PrivateReading(language, clean) : null;
            }

            unsure = true;
        }

        // a legal form of several words counts as one ("Plásticos del Bajío S.A. de C.V.")
        var nameWords = name.Value.HasLegalForm && FindLegalForm(name.Value.Name, 0) is { Start: > 0 } ownForm
            ? FoldedText.Of(name.Value.Name[..ownForm.Start]).Count + 1 : name.Value.Words;
        var confidence = nameWords <= 6 && !unsure ? Confidence.High : Confidence.Medium;
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

        // a capitalized remark in brackets after a name in small letters leaves it in small letters ("blumenkiste24
        // (Onlineshop)")
        var small = !clean.Any(char.IsUpper) ||
                    !name.Value.Name.Any(char.IsUpper) && name.Value.End < clean.Length && clean[name.Value.End..].TrimStart().StartsWith('(') ||
                    SmallWithAcronym(clean, name.Value.Name, name.Value.HasLegalForm);
        if (small && !name.Value.HasLegalForm && (name.Value.Words > 2 || generic))
        {
            // "northwind trading group", "startup": in small letters and without a legal form, more than two words or a
            // word for any company may describe it rather than name it
            confidence = Confidence.Medium;
        }

        // A name in small letters is written out as a name is written, so "&" between two words of it gets its spaces
        // ("müller&söhne gmbh" → "Müller & Söhne GmbH"); a name written with capitals keeps its own spelling ("AT&T").
        var stored = small ? AmpersandInWord().Replace(Capitalized(name.Value.Name), " & ") :
            name.Value.HasLegalForm ? LegalFormSpelled(name.Value.Name) : name.Value.Name;
        if (!small && DottedBrand().IsMatch(name.Value.Name) && FoldedText.Of(name.Value.Name) is var dotted &&
            dotted.Words.Any(w => w.Start > 0 && char.IsLower(name.Value.Name[w.Start]) && !w.AfterBreak && w.Text is not ("und" or "and" or "of" or "the") &&
                                 LegalFormAt(name.Value.Name, w.Start) is null && name.Value.Name[w.Start - 1] != '.'))
        {
            // "HIRE.ly recruitment ltd": a brand written like a web address, then words in small letters; writers store the
            // words after it as a name is written, which the prospect confirms
            var brand = DottedBrand().Match(stored);
            stored = brand.Success ? brand.Value + Capitalized(stored[brand.Length..]) : stored;
            confidence = Confidence.Medium;
        }

        if (!small && SmallFirstWord(stored) is { } raised)
        {
            // "ahmadi IT-Service e.K.": a first word in small letters before capitalized ones is a surname or a place typed
            // in haste as often as a brand written small on purpose ("voestalpine"); written as a name is, and confirmed
            stored = raised;
            confidence = Confidence.Medium;
        }

        if (!small && ShoutedBrandFirst(stored) && SmallAfterShoutedBrand(stored) is { } softened)
        {
            // "BAUPLAN ingenieure gmbh": a brand in capitals, then words typed in small letters; the words after it are
            // written as a name is, and the whole confirmed, as a word of it may be written small on purpose
            stored = softened;
            confidence = Confidence.Medium;
        }

        if (small && !name.Value.HasLegalForm && name.Value.Words == 1 && stored.Length <= 4 && stored.All(char.IsLetter))
        {
            // "bmw", "ibm", "ikea": a short word in small letters is as often an acronym as a name; written in capitals
            // when it has three letters or fewer, and confirmed unless it is a well-known company's short name
            stored = stored.Length <= 3 ? stored.ToUpperInvariant() : stored;
            confidence = WellKnownShort.Contains(stored.ToLowerInvariant()) ? confidence : Confidence.Medium;
        }
        else if (small && name.Value.HasLegalForm && stored.IndexOf(' ') is > 1 and <= 3 and var gap &&
                 stored.IndexOf(' ', gap + 1) < 0 && stored.AsSpan(0, gap).ToString().All(char.IsLetter))
        {
            // "bmw ag", "abc gmbh": the same short word before a legal form, so the same rule
            var word = stored[..gap];
            stored = word.ToUpperInvariant() + stored[gap..];
            confidence = WellKnownShort.Contains(word.ToLowerInvariant()) ? confidence : Confidence.Medium;
        }
        else if (small && !name.Value.HasLegalForm && !name.Value.Name.Trim().Contains(' ', StringComparison.Ordinal) &&
                 !WellKnownShort.Contains(name.Value.Name.Trim().ToLowerInvariant()))
        {
            // "medinsure", "dk-foods": one word typed in small letters keeps no capitals to tell a brand run together
            // ("MedInsure", "DK Foods") from a plain word, and careful writers split on such answers, so it is confirmed
            confidence = Confidence.Medium;
        }

        if (!name.Value.HasLegalForm && PlaceCut(clean, name.Value.End) is { } place &&
            (small || name.Value.Words == 1 && PlaceNamed.Contains(FoldedText.Fold(name.Value.Name))))
        {
            // "arbeite bei der sparkasse in ulm", "mcdonald's franchise in ohio": without a legal form the place after the
            // name may be part of it (a savings bank, a franchise, a branch); confirmed, an institution named by its
            // place with the place
            var institution = name.Value.Words == 1 && PlaceNamed.Contains(FoldedText.Fold(name.Value.Name));
            var value = institution ? $"{Capitalized(name.Value.Name)} {Capitalized(place)}" : stored;
            return new SlotReading("company", value, Confidence.Medium, name.Value.Name) { Hint = ReadingHints.Ambiguous };
        }

        if (confidence == Confidence.High && small && FoldedText.Of(name.Value.Name).Words.Any(w => NameReader.SmallMac(w.Text)))
        {
            // "MACPHERSON MEATS", "macdonald roofing": typed without its capitals, a Gaelic "Mac" name may be written
            // "MacPherson" or "Macpherson" by its bearer; the letters do not say which, so the name is confirmed
            confidence = Confidence.Medium;
        }

        if (confidence == Confidence.High && !small && name.Value.HasLegalForm && char.IsLower(name.Value.Name[0]) &&
            FindLegalForm(name.Value.Name, 0) is { } smallForm && name.Value.Name[..smallForm.Start].Trim() is { Length: >= 3 } smallWord &&
            smallWord.All(char.IsLetter) && !CommonWords.SentenceWords.Contains(FoldedText.Fold(smallWord)) &&
            text.Replace(name.Value.Name, string.Empty, StringComparison.Ordinal).Any(char.IsUpper))
        {
            // "sachsenglas GmbH, ehemals Glaswerk Leipzig-Ost": the firm typed small by a writer who capitalizes the legal
            // form and the other names may be a brand written small on purpose ("voestalpine AG") or a slip; confirmed
            confidence = Confidence.Medium;
        }

        if (confidence == Confidence.High && !small && !name.Value.HasLegalForm && ShoutedBrandFirst(name.Value.Name))
        {
            // "ALLIANZ Generalvertretung Kurz", "KRAUSS Textilhandel": a long first word in capitals before words written as
            // names are may be a brand written as its owner writes it or a name shouted; writers keep or soften it, so it
            // is confirmed as typed
            confidence = Confidence.Medium;
        }

        return new SlotReading("company", stored, confidence, name.Value.Name);
    }

    /// <summary>Whether the answer ends in a short form in brackets ("(HSL)", "(TfL)") right after a name without a legal
    /// form: three to six letters, two or more of them capitals, that are no place ("(NYC)") and no legal form ("(GbR)");
    /// two letters ("(DC)", "(UK)") and a bracket after a legal form say where the firm is.</summary>
    private static bool ShortFormInBracketsAfter(string text, string name)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        var open = trimmed.LastIndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || !trimmed[..open].TrimEnd().EndsWith(name, StringComparison.OrdinalIgnoreCase) || HasLegalForm(name, 0))
        {
            return false;
        }

        var inside = trimmed[(open + 1)..^1].Trim();
        return inside.Length is >= 3 and <= 6 && inside.All(char.IsLetter) && char.IsUpper(inside[0]) && inside.Count(char.IsUpper) >= 2 &&
               !MessageReader.IsPlace(FoldedText.Fold(inside)) && !HasLegalForm(inside, 0);
    }

    /// <summary>Whether the name opens with a word of five letters or more all in capitals and another word of it has
    /// small letters.</summary>
    private static bool ShoutedBrandFirst(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].Count(char.IsLetter) >= 5 && words[0].Where(char.IsLetter).All(char.IsUpper) &&
               words.Skip(1).Any(w => w.Any(char.IsLower));
    }

    /// <summary>The name with the words after a brand in capitals that are typed all in small letters capitalized
    /// ("BAUPLAN ingenieure GmbH" → "BAUPLAN Ingenieure GmbH"), or null when no word after the brand is so (the legal
    /// form and joining words keep their letters).</summary>
    private static string? SmallAfterShoutedBrand(string name)
    {
        var form = FindLegalForm(name, 0);
        var words = FoldedText.Of(name);
        var sb = new StringBuilder(name);
        var changed = false;
        for (var k = 1; k < words.Count; k++)
        {
            var typed = name.AsSpan(words[k].Start, words[k].End - words[k].Start);
            if (form is { } f && words[k].Start >= f.Start || typed.Length < 3 || !typed.ToString().All(char.IsLower) ||
                words[k].Text is "und" or "and" or "of" or "the" or "fuer" or "for" or "von" or "van" or "der" or "des" or "de" or "et")
            {
                continue;
            }

            sb[words[k].Start] = char.ToUpperInvariant(name[words[k].Start]);
            changed = true;
        }

        return changed ? sb.ToString() : null;
    }

    private static readonly string[][] TradingCues = Phrases.Of("dba", "d b a", "doing business as", "trading as", "t a");

    /// <summary>The name before "dba", "d/b/a", "doing business as", "trading as" or "t/a" and the name the firm trades
    /// under ("Meridian Engineering Associates dba Meridian Structural"), or null.</summary>
    private static string? TradingName(string text, FoldedText folded)
    {
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            foreach (var cue in TradingCues)
            {
                if (folded.MatchesAt(i, cue) && i + cue.Length < folded.Count && (cue[0] is "dba" or "doing" or "trading" || text.AsSpan(folded[i].Start, folded[i + cue.Length - 1].End - folded[i].Start).Contains('/')))
                {
                    var before = text[..folded[i].Start].TrimEnd(' ', ',', '(', '-', '–', '—', ';');
                    return before.Length > 0 && char.IsUpper(before[0]) ? before : null;
                }
            }
        }

        return null;
    }

    /// <summary>The name before a dash or comma after which only a place's or branch's words follow and end with a word for a
    /// branch ("Keller Williams - Lakeside office", "Autohaus Brenner, Filiale Nord"), or null.</summary>
    private static string? BranchAfter(string text, FoldedText folded)
    {
        for (var i = folded.Count - 1; i >= 1; i--)
        {
            if (!folded[i].AfterBreak && !DashBefore(text, folded[i - 1].End, folded[i].Start))
            {
                continue;
            }

            var rest = folded.Count - i;
            // "Lakeshore College – Continuing Ed dept", "Stadtwerke Kiel – Abteilung Vertrieb": a unit of the firm after a
            // dash is no part of its name, like a branch
            if (!Enumerable.Range(i, rest).Any(k => BranchWords.Contains(folded[k].Text) || UnitWords.Contains(folded[k].Text)) &&
                !(DashBefore(text, folded[i - 1].End, folded[i].Start) && Enumerable.Range(i, rest).All(k => Discipline.IsDepartmentWord(folded[k].Text))))
            {
                continue;
            }

            if (rest > 4 ||
                Enumerable.Range(i, rest).Any(k => CommonWords.SentenceWords.Contains(folded[k].Text) || CommonWords.SubjectPronouns.Contains(folded[k].Text)))
            {
                return null;
            }

            var before = text[..folded[i].Start].TrimEnd(' ', ',', '(', '-', '–', '—', ';');
            return before.Length > 0 && char.IsUpper(before[0]) ? before : null;
        }

        return null;
    }

    private static readonly string[][] FormerCues = Phrases.Of(
        "formerly", "formerly known as", "previously", "ex", "frueher", "vormals", "ehemals", "ehemalige", "ehemaliger");

    /// <summary>The words before a former name said after a comma, a dash or a bracket ("Cloudbase — formerly known as
    /// Stackr"), or null.</summary>
    private static string? FormerName(string text, FoldedText folded)
    {
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            var marked = folded[i].AfterBreak || DashBefore(text, folded[i - 1].End, folded[i].Start) || text.AsSpan(folded[i - 1].End, folded[i].Start - folded[i - 1].End).Contains('(');
            if (marked && Array.Exists(FormerCues, c => folded.MatchesAt(i, c)))
            {
                var before = text[..folded[i].Start].TrimEnd(' ', ',', '(', '-', '–', '—', ';');
                return before.Length > 0 ? before : null;
            }
        }

        return null;
    }

    /// <summary>A web domain and nothing else ("lumio.io", "www.brandt-elektro.de"): labels of letters, digits and
    /// hyphens joined by dots, the last one a top-level domain of letters.</summary>
    private static bool IsWebDomain(string text)
    {
        var labels = text.Split('.');
        if (labels.Length < 2 || text.Length > 100 || labels[^1].Length is < 2 or > 6 || !labels[^1].All(char.IsAsciiLetter))
        {
            return false;
        }

        // a domain may hold letters of any alphabet ("hofladen-glück.de"), only its top-level domain is plain letters
        return labels.All(l => l.Length > 0 && l.All(c => char.IsLetterOrDigit(c) || c == '-')) && labels[..^1].Any(l => l.Any(char.IsLetter)) &&
               !labels[0].All(char.IsAsciiDigit);
    }

    /// <summary>"Uni Heidelberg" → "Universität Heidelberg": the spoken German short word for a university stands for
    /// that one word, which is how the institution is named and stored.</summary>
    internal static string WrittenOut(string name) =>
        ShortUniversityAfter().Replace(ShortUniversity().Replace(name, m => !m.Groups[1].Success ? "University" : m.Groups[1].Value == "U" ? "Universität" : "universität"), "University");

    /// <summary>Whether the name ends in the English short word for a university after its own name ("Massey Uni",
    /// "Cardiff Univ."): written out it is the institution's name, but the writer may call it so without it being
    /// the name, so a reading of it is confirmed.</summary>
    internal static bool EndsInShortUniversity(string name) => ShortUniversityAfter().IsMatch(name.TrimEnd());

    // Institutions named by the place they serve ("Sparkasse Ulm", "Stadtwerke Bochum"): the place is part of the name.
    private static readonly HashSet<string> PlaceNamed = new(StringComparer.Ordinal)
    {
        "sparkasse", "stadtsparkasse", "kreissparkasse", "volksbank", "raiffeisenbank", "stadtwerke", "stadtverwaltung",
        "landratsamt", "klinikum", "universitaet", "hochschule", "stadt", "gemeinde", "handwerkskammer", "ihk", "uni",
    };

    /// <summary>The place right after the company name, when a word of where ("in", "aus", "from", "based in") follows
    /// it in the same clause and the words after it are one or two words ending the clause; null otherwise.</summary>
    private static string? PlaceCut(string text, int end)
    {
        var after = FoldedText.Of(text[end..]);
        if (after.Count is < 2 or > 4 || after[0].AfterBreak || after[0].Text is not ("in" or "aus" or "from" or "im"))
        {
            return null;
        }

        var from = after[1].Text is "der" or "dem" or "the" ? 2 : 1;
        if (after.Count - from is < 1 or > 2 || after.Words.Skip(1).Any(w => w.AfterBreak) ||
            after.Words.Skip(from).Any(w => w.IsNumber || Discipline.IsDepartmentWord(w.Text)))
        {
            return null;
        }

        var rest = text[end..];
        return rest[after[from].Start..after[^1].End];
    }

    // Words that say where someone is before a place ("wir sind aus Hamburg", "based in Munich", "Raum Stuttgart").
    private static readonly string[][] WhereCues = Phrases.Of(
        "wir sind aus", "ich bin aus", "ich komme aus", "wir kommen aus", "sitz in", "mit sitz in", "standort", "aus dem raum",
        "aus der naehe von", "raum", "grossraum", "aus", "in", "im", "bei", "nahe", "near", "from", "we're from", "we are from",
        "i'm from", "i am from", "based in", "we're based in", "we are based in", "located in", "we're located in",
        "we are located in", "headquartered in", "out of", "wir sitzen in", "sitzen in", "wir sind in", "we're in", "we are in");

    /// <summary>Whether the whole answer says where, not which company: places alone ("Berlin", "München, Bayern"), or a
    /// word of origin and a place ("aus München", "based in Denver"). "aus"/"based in" say where whatever the place
    /// ("aus Bochum"), other cues only before a known place, since "from"/"bei" also introduce a company ("from Initech").
    /// A legal form or a word for a company makes it a company ("Stadtwerke München", "Berliner Volksbank").</summary>
    private static bool OnlyWhere(string text, FoldedText folded)
    {
        var at = 0;
        var (cue, length) = folded.Find(WhereCues);
        var origin = false;
        if (cue == 0)
        {
            at = length;
            origin = folded[length - 1].Text is "aus" || length > 1 && folded[length - 2].Text is "based" or "located" or "headquartered" or "sitzen";
            while (at < folded.Count && folded[at].Text is "der" or "dem" or "den" or "die" or "the")
            {
                at++;
            }
        }

        if (at >= folded.Count || folded.Count - at > 4 || HasLegalForm(text, 0))
        {
            return false;
        }

        var places = true;
        for (var i = at; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (IsCompanyWord(w) && w is not ("city" or "stadt") || w.Any(char.IsDigit))
            {
                return false;
            }

            places &= MessageReader.IsPlace(w) || i > at && w is "und" or "and" or "am" or "an" or "der";
        }

        // "aus Bochum": after a word of origin any capitalized words are where; "aus dem Maschinenbau" says the trade
        return places || origin && folded.Words.Skip(at).All(w => char.IsUpper(text[w.Start]) && !Discipline.IsDepartmentWord(w.Text));
    }


    /// <summary>Whether a word of the name is a sentence word written in small letters, and whether one is a word for any
    /// company; one pass over the name's words.</summary>
    private static (bool Sentence, bool Generic) WordKinds(string name)
    {
        var sentence = false;
        var generic = false;
        foreach (var w in FoldedText.Of(name).Words)
        {
            sentence |= char.IsLower(name[w.Start]) && CommonWords.SentenceWords.Contains(w.Text);
            generic |= GenericWords.Contains(w.Text);
        }

        return (sentence, generic);
    }

    /// <summary>Whether the word (folded) is a word for any company or for a company's trade ("Agentur", "Labs").</summary>
    public static bool IsCompanyWord(string folded) => GenericWords.Contains(folded) || MessageReader.IsCompanyWord(folded);

    /// <summary>A word that says what kind of business something is: a word for any company, a trade or a kind of shop,
    /// also at the end of a German compound ("Fahrschule", "Sprachschule").</summary>
    public static bool IsBusinessKind(string folded) =>
        IsCompanyWord(folded) || TradeWords.Contains(folded) || ShopKinds.Contains(folded) ||
        folded.Length > 8 && (GenericWords.Any(g => g.Length >= 5 && folded.EndsWith(g, StringComparison.Ordinal)) ||
                              // "Hotelgruppe", "Unternehmensgruppe": a group of firms of a kind
                              folded.EndsWith("gruppe", StringComparison.Ordinal));

    /// <summary>A word that names a kind of firm or an institution ("firma", "sparkasse", "stadtverwaltung").</summary>
    public static bool IsOrganisationWord(string folded) => IsCompanyWord(folded) || PlaceNamed.Contains(folded);

    // Short names of well-known companies, typed in small letters as often as not ("ibm", "sap"): no acronym to guess at.
    private static readonly HashSet<string> WellKnownShort = new(StringComparer.Ordinal)
    {
        "ibm", "sap", "bmw", "dhl", "ups", "hp", "vw", "rwe", "lidl", "audi", "dell", "sony",
    };

    // Words for any company ("Startup", "Agentur", "hospital"): typed in small letters alone they describe, not name.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "startup", "start", "up", "agentur", "agency", "firma", "company", "shop", "laden", "praxis", "kanzlei", "hospital",
        "krankenhaus", "klinik", "clinic", "practice", "school", "schule", "uni", "university", "universitaet", "verein", "behoerde",
        "stadt", "gemeinde", "bank", "beratung", "consulting", "consultancy", "konzern", "mittelstaendler", "familienbetrieb",
        "familienunternehmen", "family", "business", "small", "kleine", "kleines", "klein", "big", "large", "grosse", "grosses",
        "unternehmen", "betrieb", "handwerksbetrieb", "buero", "office", "store", "restaurant", "hotel", "werkstatt",
        "nonprofit", "ngo", "npo", "charity", "government", "city", "council", "enterprise", "corporate", "client", "kunde",
        "franchise", "filiale", "branch", "location", "niederlassung", "standort", "subsidiary", "tochter", "tochterfirma",
        "stiftung", "foundation", "county", "borough",
    };

    // Kinds of public body ("Landkreis", "Bezirk"): alone, with or without an article, they say what kind of employer,
    // not which one ("ich arbeite für den Landkreis"); with a place they name it ("Landkreis Biberach").
    private static readonly HashSet<string> PublicBodyKinds = new(StringComparer.Ordinal)
    {
        "landkreis", "landratsamt", "kreis", "bezirk", "kommune", "zweckverband", "kreisverwaltung", "bezirksamt", "rathaus",
        "ministerium", "staat", "bund", "land", "amt", "verwaltung", "kirche", "verein", "freistaat", "bundesland", "landesamt",
    };

    // Kinds of shop or trade a description names before the business's name ("a small bakery, Rise & Shine Bakehouse"):
    // only there they say what kind of company it is; alone or in a name ("bäckerei huber") they are part of the name.
    private static readonly HashSet<string> ShopKinds = new(StringComparer.Ordinal)
    {
        "bakery", "baeckerei", "cafe", "salon", "brewery", "brauerei", "pharmacy", "apotheke", "metzgerei", "butcher", "florist",
        "winery", "weingut", "autohaus", "dealership", "manufacturer", "hersteller",
    };

    // Plural words that end a firm's name ("… Properties", "… Holdings"): after "The" the article is speech.
    private static readonly HashSet<string> PluralFirmWords = new(StringComparer.Ordinal)
    {
        "properties", "holdings", "services", "solutions", "partners", "systems", "enterprises", "industries", "builders",
        "associates", "investments", "homes", "logistics", "imports", "exports", "foods", "motors",
    };

    // Words that hold the place of a name not given yet ("TBD"), and words that say the name is about to change.
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "tbd", "tba", "tbc" };

    private static readonly HashSet<string> RenameWords = new(StringComparer.Ordinal)
    {
        "rebranding", "rebrand", "rebranded", "renaming", "umbenennung", "umfirmierung", "umfirmieren", "umbenennen",
        "firmieren", "umfirmiert",
    };

    private static readonly string[][] CurrentCues = Phrases.Of(
        "currently", "current name", "for now", "right now", "at the moment", "still", "aktuell", "derzeit", "momentan",
        "zurzeit", "noch", "bisher", "im moment");

    /// <summary>The name in use for now after a placeholder or a word about renaming ("TBD, we're rebranding. currently
    /// Orion Analytics" → "Orion Analytics"), "" when such an answer names none, null for any other answer.</summary>
    private static string? Interim(string text, FoldedText folded)
    {
        var placeholder = Placeholders.Contains(folded[0].Text) && (folded.Count == 1 || folded[1].AfterBreak);
        if (!placeholder && !folded.Words.Any(w => RenameWords.Contains(w.Text)))
        {
            return null;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            foreach (var cue in CurrentCues)
            {
                if (folded.MatchesAt(i, cue) && i + cue.Length < folded.Count &&
                    Extract(text, folded, i + cue.Length, requireCue: false) is { } name && name.Name.Any(char.IsUpper) &&
                    !WordKinds(name.Name).Sentence)
                {
                    return name.Name;
                }
            }
        }

        return placeholder ? "" : null;
    }

    /// <summary>The name after "namens", "called", "named" inside the words read as the name, when words stand before the
    /// cue: sure after a word for any company or an article ("Startup namens Flinkr"), confirmed after other words.</summary>
    private static SlotReading? Called(string name)
    {
        var folded = FoldedText.Of(name);
        var (at, length) = folded.Find(NamedCues);
        if (at <= 0 || at + length >= folded.Count || folded[at].Text is "heisst")
        {
            return null;
        }

        var called = name[folded[at + length].Start..].Trim().TrimEnd('.', '!');
        var described = folded[0].Text is "ein" or "eine" or "einen" or "ne" or "nen" or "son" or "a" or "an";
        var generic = true;
        for (var i = 0; i < at; i++)
        {
            generic &= GenericWords.Contains(folded[i].Text) || folded[i].Text is "ein" or "eine" or "einen" or "ne" or "nen" or "son" or "a" or "an" or
                "our" or "my" or "unser" or "unsere" or "mein" or "meine" or "neues" or "neue" or "new" or "junges" or "young";
        }

        // "kleine Bäckerei namens Kornblume": a few words before the cue describe; a sentence before it may say more
        described |= generic || at <= 3 && !WordKinds(name[..folded[at].Start]).Sentence;
        return called.Any(char.IsUpper)
            ? new SlotReading("company", called, described ? Confidence.High : Confidence.Medium, called) { Hint = described ? null : ReadingHints.Ambiguous }
            : null;
    }

    private static readonly string[][] NameIsCues = Phrases.Of(
        "heisst aber", "heisst", "heissen wir", "heisst die firma", "called", "is called", "it's called", "named", "namens");

    /// <summary>The name after "heißt"/"called" in a clause after a break ("noch in Gründung, heißt aber Fluxwerk UG"),
    /// when it carries a legal form and no word of a name still to come ("wird", "will"); null otherwise.</summary>
    private static string? NamedWithLegalForm(string text, FoldedText folded)
    {
        var (at, length) = folded.Find(NameIsCues);
        if (at <= 0 || at + length >= folded.Count || !folded.Words.Take(at + 1).Any(w => w.AfterBreak) ||
            folded.Words.Any(w => w.Text is "wird" or "werden" or "will" or "wohl" or "soll" or "probably" or "planned" or "geplant"))
        {
            return null;
        }

        var rest = text[folded[at + length].Start..].Trim().TrimEnd('.', '!');
        return char.IsUpper(rest[0]) && FindLegalForm(rest, 0) is { End: var end } && FoldedText.Of(rest[..end]).Count <= 6 &&
               end >= rest.Length - 1
            ? rest[..end]
            : null;
    }

    /// <summary>"ABC corp": a legal form typed in small letters after a name written with capitals is written in its own
    /// spelling ("ABC Corp").</summary>
    private static string LegalFormSpelled(string name)
    {
        if (FindLegalForm(name, 0) is not { } form)
        {
            return name;
        }

        if (name.AsSpan(form.Start, form.End - form.Start).ContainsAnyInRange('A', 'Z'))
        {
            // "GmbH & Co.KG", "e. V.": the registered spelling, with the space after "Co." and none inside "e.V."
            return RegisteredSpacing().Replace(name, m => m.Groups["co"].Success ? m.Groups["co"].Value + " KG" : "e." + m.Groups["letter"].Value + ".");
        }

        if (name.AsSpan(form.Start, form.End - form.Start) is "plc")
        {
            // "Ashworth Browne Insurance Brokers plc": the British public company is registered in small letters as often
            // as in capitals, so the writer's own spelling is kept
            return name;
        }

        var sb = new StringBuilder(name.Length);
        sb.Append(name.AsSpan(0, form.Start));
        var i = form.Start;
        while (i < name.Length)
        {
            var start = i;
            while (i < name.Length && char.IsLetter(name[i]))
            {
                i++;
            }

            if (i == start)
            {
                sb.Append(name[i++]);
                continue;
            }

            var word = name[start..i];
            sb.Append(ForeignSpelling(name[form.Start..form.End], word) ?? (word.Length > 1 && LegalFormSpelling.TryGetValue(word, out var spelled) ? spelled : word));
        }

        return sb.ToString();
    }

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
        ["inc"] = "Inc", ["pvt"] = "Pvt", ["pte"] = "Pte", ["llc"] = "LLC", ["llp"] = "LLP", ["pllc"] = "PLLC", ["corp"] = "Corp", ["plc"] = "PLC", ["lp"] = "LP", ["wpg"] = "WPG", ["stbg"] = "StBG", ["pa"] = "PA",
        ["pty"] = "Pty", ["e"] = "e", ["k"] = "K", ["v"] = "V", ["u"] = "U",
        // "ug (haftungsbeschränkt)": the words inside the legal form keep their own small letters
        ["haftungsbeschränkt"] = "haftungsbeschränkt", ["haftungsbeschraenkt"] = "haftungsbeschraenkt",
    };

    // Short words that every name writes in capitals ("Huber IT", "Solartech USA", "Müller EDV").
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "it", "edv", "ki", "ai", "usa", "uk", "eu", "hr", "pr", "tv", "nrw", "hvac", "cnc", "seo", "ux", "ui", "ict", "iot",
        "bbq", "diy",
        // professional credentials a practice is named with ("Patel CPA")
        "cpa", "dds", "dmd",
    };

    /// <summary>A company written all in small letters ("bauer möbel gmbh") as it is written: each word capitalized, the
    /// legal form in its own spelling ("Bauer Möbel GmbH"); "und"/"and" stay small.</summary>
    /// <summary>Whether the whole answer is a name of two words or more typed in small letters but for a short word in
    /// capitals that is no legal form ("lakeside PT", "acme IT services"): the capitals are an acronym, the rest is
    /// typed as a name in small letters is.</summary>
    private static bool SmallWithAcronym(string clean, string name, bool legalForm)
    {
        var words = FoldedText.Of(name);
        return !legalForm && words.Count >= 2 && clean.Trim().TrimEnd('.', '!') == name && char.IsLower(name[0]) &&
               words.Words.All(w => name.AsSpan(w.Start, w.End - w.Start) is var word &&
                                    (!word.ContainsAnyInRange('A', 'Z') || word.Length is >= 2 and <= 4 && !word.ContainsAnyInRange('a', 'z'))) &&
               words.Words.Any(w => char.IsUpper(name[w.Start]));
    }

    /// <summary>The name with its first word capitalized when the name has a legal form, that word is plain small letters
    /// and a word after it, no legal form, starts with a capital ("ahmadi IT-Service e.K." → "Ahmadi IT-Service e.K."); null otherwise, and
    /// for a particle ("vd Berg Webdesign") or a brand joined with signs ("blau&amp;grün Werbeagentur").</summary>
    private static string? SmallFirstWord(string name)
    {
        var words = FoldedText.Of(name);
        if (words.Count < 2 || words[0].Start != 0 || words[0].End >= name.Length || name[words[0].End] != ' ' ||
            !name.AsSpan(0, words[0].End).ToString().All(c => char.IsLetter(c) && char.IsLower(c)) || words[0].Text.Length < 3 ||
            words[0].Text is "von" or "van" or "der" or "den" or "ten" or "ter" or "vom" or "zum" or "the" or "die" or "das")
        {
            return null;
        }

        // a word that describes ("freelance IFA") is no part of a name, and capitals alone ("IFA") may be an acronym kept
        // beside small letters on purpose
        // without a legal form the words may be a description ("unseren Verein …") or a brand typed as it is ("lakeside Pt")
        return HasLegalForm(name, 0) && !CommonWords.SentenceWords.Contains(words[0].Text) && !IsBusinessKind(words[0].Text) && !MessageReader.IsProfession(words[0].Text) &&
               words.Words.Skip(1).Any(w => char.IsUpper(name[w.Start]) && w.End - w.Start >= 2 && char.IsLower(name[w.Start + 1]) && LegalFormAt(name, w.Start) is null)
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : null;
    }

    internal static string Capitalized(string name)
    {
        var sb = new StringBuilder(name.Length);
        var form = FindLegalForm(name, 0);
        var i = 0;
        var previous = "";
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
            var previousWord = previous;
            previous = word;
            if (form is { } foreign && start >= foreign.Start && i <= foreign.End && ForeignSpelling(name[foreign.Start..foreign.End], word) is { } capitals)
            {
                // "skyline apps ab" → "Skyline Apps AB", "rotterdam logistics b.v." → "… B.V.": a foreign form in the
                // capitals its country writes it with
                sb.Append(capitals);
            }
            else if (form is { } own && start >= own.Start && i <= own.End && !LegalFormSpelling.ContainsKey(word))
            {
                // "webcraft s.r.o.", "eventi fiera milano srl": a legal form the corpus gives no registered spelling for
                // keeps the writer's letters and dots
                sb.Append(word);
            }
            else if (word == "co" && RegisteredPartnership(name, start, i))
            {
                // "gmbh & co kg": the German partnership with a company as its partner is registered as "GmbH & Co. KG",
                // with the full stop that small-letter typing leaves out
                sb.Append("Co.");
            }
            else if (LegalFormSpelling.TryGetValue(word, out var spelled) && (word.Length > 1 || i < name.Length && name[i] == '.'))
            {
                // "e.k." → "e.K.", "e.v." → "e.V.": the letters after the first are capitals
                sb.Append(word.Length == 1 && start > 0 && name[start - 1] == '.' ? spelled.ToUpperInvariant() : spelled);
            }
            else if (start >= 2 && name[start - 1] == '.' && char.IsLetter(name[start - 2]) && (form is not { } inside || start < inside.Start))
            {
                // "hire.ly": the part after a dot inside a word written like a web address keeps its letters
                sb.Append(word);
            }
            else if (word is "und" or "and" or "of" or "the" && start > 0)
            {
                sb.Append(word);
            }
            else if (word.Length > 3 && word.StartsWith("mc", StringComparison.Ordinal) && char.IsLetter(word[2]))
            {
                // "mcdonald's" → "McDonald's"
                sb.Append("Mc").Append(char.ToUpperInvariant(word[2])).Append(word.AsSpan(3));
            }
            else if (NameReader.SmallMac(word))
            {
                // "macpherson meats" → "MacPherson Meats": a Gaelic "Mac" before a clan stem, as the name question writes it
                sb.Append("Mac").Append(char.ToUpperInvariant(word[3])).Append(word.AsSpan(4));
            }
            else if (word.Length > 2 && word[1] == '\'' && char.IsLetter(word[2]))
            {
                // "o'brien roofing" → "O'Brien Roofing": one letter and an apostrophe open a surname, the letter after it
                // is a capital too
                sb.Append(char.ToUpperInvariant(word[0])).Append('\'').Append(char.ToUpperInvariant(word[2])).Append(word.AsSpan(3));
            }
            else if (UniversityShort.Contains(word) && start == 0 && i < name.Length && name[i] == ' ' ||
                     word.Length is >= 2 and <= 4 && previousWord is "fraunhofer" or "helmholtz" &&
                     word is not ("in" or "im" or "am" or "an" or "der" or "die" or "das" or "des" or "und" or "für" or "bei" or "aus" or "von" or "vom" or "zu" or "the" or "of" or "at" or "and" or "for" or "ist" or "is"))
            {
                // "tu münchen", "fh aachen", "fraunhofer ipt": a university's kind or an institute of a research society is
                // written in capitals, as the institution writes it
                sb.Append(word.ToUpperInvariant());
            }
            else if (Acronyms.Contains(word) || word == "us" && start > 0)
            {
                // "huber it", "solartech usa": a short word that is written in capitals in any name
                sb.Append(word.ToUpperInvariant());
            }
            else
            {
                sb.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return sb.ToString();
    }

    // The kinds of German-speaking universities that their names write as short capitals before the place ("TU München",
    // "FH Aachen", "RWTH Aachen").
    private static readonly HashSet<string> UniversityShort = new(StringComparer.Ordinal)
    {
        "tu", "fh", "th", "rwth", "lmu", "hu", "fu", "tum", "eth", "dhbw", "htw", "haw",
    };

    /// <summary>Whether the word "co" at <paramref name="start"/>..<paramref name="end"/> is the "Co." of a German
    /// partnership's legal form typed without its full stop ("gmbh &amp; co kg", "ag &amp; co ohg"): an ampersand before it
    /// and a partnership's form right after it.</summary>
    private static bool RegisteredPartnership(string name, int start, int end)
    {
        if (end >= name.Length || name[end] != ' ' || !name.AsSpan(0, start).TrimEnd().EndsWith("&", StringComparison.Ordinal))
        {
            return false;
        }

        var next = name.AsSpan(end + 1);
        foreach (var form in (string[])["kg", "kgaa", "ohg"])
        {
            if (next.StartsWith(form, StringComparison.Ordinal) && (next.Length == form.Length || !char.IsLetter(next[form.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The capitalized words after "Firma"/"Fa." that opens the last clause after a comma ("…, Firma Hempen"), up
    /// to the end of the answer; null otherwise.</summary>
    private static string? FirmAfterDescription(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        var comma = trimmed.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }

        var clause = trimmed[(comma + 1)..].Trim();
        var words = FoldedText.Of(clause);
        if (words.Count is < 2 or > 5 || words[0].Text is not ("firma" or "fa") || FoldedText.Of(trimmed[..comma]).Count < 2)
        {
            return null;
        }

        var name = clause[words[1].Start..];
        return words.Words.Skip(1).All(w => char.IsUpper(clause[w.Start]) || w.IsNumber || w.Text is "und" or "&") ? name : null;
    }

    /// <summary>The answer without an emoji or emoticon after it ("Kanzlei Müller / Schmidt 👋", "… :)").</summary>
    private static string WithoutTrailingSymbols(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] != '.')
        {
            end--;
        }

        return text[..end].TrimEnd();
    }

    /// <summary>The answer without the words that lead to the firm's name ("Firma: …", "für die …", "I'm writing for …"),
    /// the longest that match.</summary>
    private static string WithoutLeadIn(string text)
    {
        var folded = FoldedText.Of(text);
        var longest = 0;
        foreach (var p in Prefixes)
        {
            if (p.Length > longest && p.Length < folded.Count && folded.MatchesAt(0, p))
            {
                longest = p.Length;
            }
        }

        return longest == 0 ? text : text[folded[longest - 1].End..].TrimStart(' ', ':', ',', '-', '–');
    }

    /// <summary>"Gemeinschaftspraxis Dr. Kramer / Dr. Ott", "Kanzlei Müller / Schmidt": a kind of business, a person's
    /// surname, a slash and another surname (with the same title, if any) is one firm of partners, named whole; sure when
    /// a kind of business opens it, else confirmed ("Dr. Kramer / Dr. Ott" may be two people). Null for anything else.</summary>
    private static SlotReading? PartnersBySlash(string text)
    {
        var trimmed = WithoutLeadIn(WithoutTrailingSymbols(text.Trim())).TrimEnd('.', '!');
        var slash = trimmed.IndexOf('/');
        if (slash <= 0 || slash != trimmed.LastIndexOf('/') || trimmed.Length > 80 || trimmed.IndexOfAny(['(', ')']) >= 0)
        {
            return null;
        }

        var before = FoldedText.Of(trimmed[..slash]);
        var after = FoldedText.Of(trimmed[(slash + 1)..]);
        if (before.Count is < 1 or > 6 || after.Count is < 1 or > 3 || !char.IsUpper(trimmed[(slash + 1)..].TrimStart()[0]))
        {
            return null;
        }

        static bool Title(string w) => w is "dr" or "prof" or "med" or "dent" or "vet";
        var afterTitled = Title(after[0].Text);
        var afterNames = after.Words.Where(w => !Title(w.Text)).ToList();
        var beforeTitled = before.Words.Any(w => Title(w.Text));
        if (afterNames.Count != 1 || afterTitled != beforeTitled || GivenNames.IsName(afterNames[0].Text) ||
            IsBusinessKind(afterNames[0].Text) || MessageReader.IsPlace(afterNames[0].Text) || HasLegalForm(trimmed, 0) ||
            before.Words.Any(w => MessageReader.IsPlace(w.Text)))
        {
            return null;
        }

        var last = before[^1];
        if (Title(last.Text) || IsBusinessKind(last.Text) || !char.IsUpper(trimmed[last.Start]))
        {
            return null;
        }

        var opensWithKind = IsBusinessKind(before[0].Text) || before[0].Text.EndsWith("praxis", StringComparison.Ordinal) ||
                            before[0].Text.EndsWith("kanzlei", StringComparison.Ordinal);
        if (!opensWithKind && !beforeTitled)
        {
            return null;
        }

        return new SlotReading("company", trimmed, opensWithKind ? Confidence.High : Confidence.Medium, text);
    }

    /// <summary>"Bin Einzelunternehmer: Fotostudio Lichtblick", "freelancer – Pixelkraft Studio": words for working on
    /// one's own, then after a colon, dash or comma the business's name of two words or more (or with a legal form),
    /// which is the company like a name after a description ("ein kleines Ingenieurbüro, Meier &amp; Partner"); null when
    /// the words after it start with a given name (a person), hold a place or are no sure company.</summary>
    private static SlotReading? SoleTrader(string text, string language)
    {
        var cut = text.IndexOfAny([':', ',', '–', '—']);
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        cut = cut < 0 || dash >= 0 && dash < cut ? dash : cut;
        // "Self-employed / Smith Consulting": a spaced slash separates like a dash
        var slash = text.IndexOf(" / ", StringComparison.Ordinal);
        cut = cut < 0 || slash >= 0 && slash < cut ? slash : cut;
        if (cut <= 0 || !AllPrivate(FoldedText.Of(text[..cut])))
        {
            return null;
        }

        var business = text[(cut + 1)..].TrimStart(' ', ':', ',', '-', '–', '—', '/');
        var words = FoldedText.Of(business);
        // ("Privat, Berlin", "freelancer, Munich": a place or one word after it may say where, not the business)
        // ("Freiberufler, Thomas Berger" is the person; "selbstständig, Kerstin Vogel Coaching" names the trade after the
        // person's name, which makes it the business)
        var trade = words.Count >= 3 && (TradeWords.Contains(words[^1].Text) || IsCompanyWord(words[^1].Text));
        return business.Length > 1 && char.IsUpper(business[0]) && words.Count > 0 && (trade || !GivenNames.IsName(words[0].Text)) && !AllPrivate(words) &&
               (words.Count >= 2 || HasLegalForm(business, 0)) && !words.Words.Any(w => MessageReader.IsPlace(w.Text)) &&
               Read(business, language) is { Confidence: Confidence.High, Value: string named } reading && named is not ("privat" or "private")
            ? reading
            : null;
    }

    /// <summary>The words a short form in capitals stands for, said after it and a spaced dash ("TPL – Trasporti
    /// Pubblici Luganesi SA"): their capitalized words start with its letters in order; null otherwise.</summary>
    private static string? Expansion(string name)
    {
        var dash = NameReader.SpacedDash(name);
        if (dash <= 1 || name[..dash].Trim() is not { Length: >= 2 and <= 6 } acronym || !acronym.All(char.IsUpper))
        {
            return null;
        }

        var rest = name[(dash + 3)..].Trim();
        var initials = new string(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
        return rest.Length > acronym.Length && initials.StartsWith(acronym, StringComparison.Ordinal) ? rest : null;
    }

    /// <summary>Whether the answer opens with words for working on one's own, then after a comma or dash a clause with
    /// a word in small letters and no legal form ("Freiberufler, Beratung für Energieversorger").</summary>
    private static bool AllPrivateOpening(string text)
    {
        var cut = text.IndexOfAny([',', '–', '—', ':']);
        if (cut <= 0 || !AllPrivate(FoldedText.Of(text[..cut])))
        {
            return false;
        }

        var business = text[(cut + 1)..].Trim();
        var words = FoldedText.Of(business);
        return words.Count >= 2 && !HasLegalForm(business, 0) && business.IndexOfAny(['"', '„', '“', '\'']) < 0 &&
               words.Words.Any(w => char.IsLower(business[w.Start]) && w.Text is "fuer" or "for" or "im" or "in" or "mit" or "with" or "bei");
    }

    // Trades a sole trader names a business after ("Kerstin Vogel Coaching", "Jens Ott Fotografie").
    private static readonly HashSet<string> TradeWords = new(StringComparer.Ordinal)
    {
        "coaching", "design", "webdesign", "grafikdesign", "fotografie", "photography", "training", "trainings", "events",
        "studio", "atelier", "uebersetzungen", "translations", "therapie", "therapy", "yoga", "fitness", "catering",
        "grafik", "text", "texte", "copywriting", "immobilien", "realty", "marketing", "medien", "handwerk", "malerbetrieb",
        "elektrotechnik", "haustechnik", "gartenbau", "landscaping", "tischlerei", "schreinerei", "friseur", "kosmetik",
        "mediation", "lektorat", "illustration", "videoproduktion", "film", "films", "music", "musik",
        // an industry or the goods a firm deals in, opening its name before the owner's surname ("Textil Zimmermann hier",
        // "Möbel Krause", "Furniture Walsh here"): no given name or surname, so the words name the firm
        "textil", "textilien", "textile", "textiles", "moebel", "elektro", "sanitaer", "optik", "spedition", "getraenke",
        "fliesen", "blumen", "feinkost", "furniture", "plumbing", "roofing", "joinery", "flooring", "printing",
    };

    /// <summary>A word for working on one's own and one job word after it, all in small letters ("self-employed
    /// consultant", "freiberufliche grafikerin").</summary>
    private static bool PrivateWithJob(string text, FoldedText folded)
    {
        if (folded.Count is < 2 or > 3 || text.Any(char.IsUpper) && !char.IsUpper(text[0]) || folded[^1].AfterBreak)
        {
            return false;
        }

        var last = folded[^1].Text;
        var lead = FoldedText.Of(text[..folded[^1].Start]);
        return (lead.Count == 2 && lead[0].Text == "self" && lead[1].Text == "employed" ||
                lead.Count == 1 && lead[0].Text is "freiberufliche" or "freiberuflicher" or "selbststaendige" or "selbststaendiger" or "freelance" or
                    "freelancer" or "freiberufler" or "freiberuflerin" or "selbststaendig" or "selbstaendig" or "einzelunternehmer" or "einzelunternehmerin" or
                    "independent") &&
               !CommonWords.SentenceWords.Contains(last) && !GenericWords.Contains(last) && !RefusalWords.Contains(last) && last.All(char.IsLetter) &&
               text.AsSpan(folded[^1].Start).IndexOfAnyInRange('A', 'Z') < 0;
    }

    private static readonly string[][] PrivateHedges = Phrases.Of(
        "eher", "mehr oder weniger", "quasi", "sozusagen", "hauptsaechlich", "ueberwiegend", "rather", "more or less", "kind of",
        "sort of", "basically", "mostly", "mainly");

    /// <summary>A hedge, then words that say there is no company, ending the clause ("eher privat, …").</summary>
    private static bool HedgedPrivate(FoldedText folded)
    {
        var (at, length) = folded.Find(PrivateHedges);
        if (at != 0 || length >= folded.Count)
        {
            return false;
        }

        return Array.Exists(Private, p => folded.MatchesAt(length, p) && (length + p.Length == folded.Count || folded[length + p.Length].AfterBreak));
    }

    private static readonly HashSet<string> SelfEmployedWords = new(StringComparer.Ordinal)
    {
        "freiberufler", "freiberuflerin", "selbststaendig", "selbstaendig", "freelancer", "freelance", "employed",
        "einzelunternehmer", "einzelunternehmerin", "proprietor", "solo", "einzelunternehmen", "einzelfirma", "trader",
    };

    private static readonly HashSet<string> NoCompanyWords = new(StringComparer.Ordinal)
    {
        "privat", "private", "privatperson", "firma", "company", "unternehmen", "me", "mich", "myself", "individual",
        "personally", "persoenlich", "nichts", "nix", "keine", "kein", "none", "no", "nope", "nee", "nein",
    };

    /// <summary>Whether the answer says only that the prospect works on their own ("selbstständig", "self-employed",
    /// "Freiberufler") and nothing that says there is no company: careful writers record such an answer as private and
    /// as asked again (a one-person business has a name), so private is confirmed.</summary>
    public static bool OnlySelfEmployed(FoldedText folded) =>
        folded.Words.Any(w => SelfEmployedWords.Contains(w.Text)) && !folded.Words.Any(w => NoCompanyWords.Contains(w.Text));

    private static bool AllPrivate(FoldedText folded)
    {
        var at = 0;
        var said = false;
        var onlyNone = false;
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
                if (!folded.MatchesAt(at, p))
                {
                    continue;
                }

                // "Private person here", "Privatperson hier": who is writing, as "Tom hier" says it of a name
                var length = at + p.Length < folded.Count && folded[at + p.Length].Text is "hier" or "here" && !folded[at + p.Length].AfterBreak
                    ? p.Length + 1 : p.Length;
                if (at + length == folded.Count || folded[at + length].AfterBreak)
                {
                    matched = length;
                    break;
                }
            }

            if (matched == 0 && at + 1 < folded.Count && folded[at + 1].AfterBreak && folded[at].Text is "nix" or "nichts" or "keine" or "nope" or "nada")
            {
                // "nix, bin privatperson": a clause that says there is none, beside one that says why
                matched = 1;
                onlyNone = true;
            }
            else if (matched > 0)
            {
                said = true;
            }

            if (matched == 0)
            {
                return false;
            }

            at += matched;
        }

        return said || !onlyNone;
    }

    private static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal)
    {
        "hmm", "hm", "hmmm", "aeh", "aehm", "ehm", "oeh", "oehm", "oehmm", "mhm", "uh", "um", "uhm", "erm", "also", "well", "so", "naja", "ok", "okay",
        "ja", "yes", "yeah", "klar", "sure", "gerne", "na",
    };

    /// <summary>Whether every letter of the answer is a capital and at least two of its words are longer than three
    /// letters ("ACME INDUSTRIES LTD"), which is typing in capitals rather than a name spelled so ("SAP SE", "IBM").</summary>
    private static bool Shouted(string text)
    {
        var longWords = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                run++;
            }
            else
            {
                longWords += run > 3 ? 1 : 0;
                run = 0;
            }
        }

        longWords += run > 3 ? 1 : 0;
        return longWords >= 2;
    }

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
        if (after.Words.Any(w => w.Text is not ("is" or "the" or "name" or "ist" or "der" or "unser" or "our" or "company" or "firmenname" or
            "heissen" or "heisst" or "called" or "be" or "genannt" or "werden" or "sein")))
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
        "founding", "anonym", "anonymous", "later", "spaeter", "nachreichen", "secret", "geheim", "geheimnis",
        "can't", "cant", "cannot", "disclose", "verraten", "confidential", "vertraulich",
    };

    /// <summary>A remark in brackets after <paramref name="end"/> that ends in laughter and is not about the name being real
    /// ("McD Consulting (not the burger place lol)"), or null.</summary>
    private static (int Start, int End)? JokeInBrackets(string text, int end)
    {
        var open = text.IndexOf('(', end);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        if (open < 0 || close < 0 || FoldedText.Of(text[(open + 1)..close]) is not { Count: >= 2 } inside ||
            !CommonWords.Laughter.Contains(inside[^1].Text) ||
            inside.Words.Any(w => w.Text is "name" or "real" or "fake" or "echt" or "echte" or "richtige" or "wirklich"))
        {
            return null;
        }

        return (open, close + 1);
    }

    private static bool IsRefusal(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (RefusalWords.Contains(w.Text))
            {
                return true;
            }
        }

        // "a few of us, no official name yet": a name said not to exist, a word or two after the negation
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is "name" or "namen" && Enumerable.Range(Math.Max(0, i - 2), i - Math.Max(0, i - 2)).Any(k => folded[k].Text is "no" or "kein" or "keinen") &&
                (i + 1 == folded.Count || folded[i + 1].AfterBreak || folded[i + 1].Text is "yet" or "so" or "bisher" or "noch" || CommonWords.Laughter.Contains(folded[i + 1].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // "Zürcher Kantonalbank? nei Spass, …", "dm nee Spaß, …": a no with "kidding" takes the joke back (Swiss "nei",
    // Austrian "na"); among the corrections it stands before the plain no so that the name starts after both words
    private static readonly string[] NoKidding =
        ["nee spass", "nein spass", "nei spass", "na spass", "nee scherz", "nein scherz", "nei scherz", "na scherz", "nur scherz"];

    private static readonly string[][] CorrectionCues = Phrases.Of([.. NoKidding,
        "ach nein", "ach nee", "nein", "nee", "no wait",
        // "Sanofi? nein quatsch, Sartorius", "Bayer, ach Unsinn, …": the word that calls the first answer nonsense is
        // part of the correction, never the firm
        "ach quatsch", "quatsch", "ach unsinn", "unsinn", "bloedsinn", "nonsense", "scratch that", "no sorry", "sorry", "sry", "korrektur", "i mean", "i meant", "ich meine",
        "ich meinte", "meinte", "actually", "oder besser", "ups", "pardon", "bzw eigentlich", "beziehungsweise eigentlich",
        // the firm the writer writes for, after their own ("FC Wiesental, aber ich schreib für unsere Agentur, Brandkick GmbH")
        "aber ich schreib fuer", "aber ich schreibe fuer", "ich schreib fuer", "ich schreibe fuer", "but i'm writing for",
        "but i'm writing on behalf of", "but i write for", "i'm writing for", "i'm writing on behalf of", "writing on behalf of",
        "besser gesagt", "genauer gesagt", "genauer", "well technically", "technically", "strictly speaking", "streng genommen", "also eigentlich", "also eig", "eigentlich", "eig", "offiziell", "officially",
        // the registered name after the one in use, softened ("Rhein-Chemie-Vertrieb, also offiziell RCV Handelsgesellschaft mbH")
        "also offiziell", "well officially", "so officially",
        "aber moment", "moment", "wir heissen aber", "wir heissen jetzt", "wir heissen", "inzwischen", "mittlerweile", "jetzt heissen wir", "now called", "renamed",
        "umbenannt", "oops", "oh wait", "wait", "jk", "just kidding", "kidding", "just joking", "nur spass", "kleiner scherz",
        "scherz beiseite", "spass beiseite", "im ernst", "seriously", "but seriously",
        // "ex-Google, now at Northwind Traders": a former employer, then the one of now
        "now at", "now with", "currently at", "currently with", "jetzt bei", "aktuell bei", "derzeit bei"]);

    // Bodies that belong to a club or firm and are named after it ("der Förderverein", "die Stiftung", "the foundation").
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "foerderverein", "stiftung", "betriebsgesellschaft", "fanclub",
    };

    /// <summary>The firm said first and the part of it a correction names ("… die Betriebs-GmbH", "… der Förderverein"),
    /// when the correction names nothing but that part (a legal form joined to a word by a hyphen, or a word for a body
    /// that belongs to the firm), confirmed; null otherwise.</summary>
    private static SlotReading? PartOfFirst(string before, SlotReading corrected, string language)
    {
        if (corrected.Value is not string part || FoldedText.Of(part) is not { Count: >= 1 and <= 2 } partWords)
        {
            return null;
        }

        var legalPart = part.Contains('-', StringComparison.Ordinal) && FindLegalForm(part, part.IndexOf('-') + 1) is { } form &&
                        form.End >= part.TrimEnd('.').Length;
        var body = partWords.Count == 1 && BodyWords.Contains(partWords[0].Text);
        if (!legalPart && !body)
        {
            return null;
        }

        var first = before.TrimEnd(' ', ',', '-', '–', '—', ';', ':', '.');
        var firstFolded = FoldedText.Of(first);
        while (firstFolded.Count > 0 && firstFolded[^1].Text is "bzw" or "beziehungsweise" or "also" or "oder")
        {
            first = first[..firstFolded[^1].Start].TrimEnd(' ', ',', '-', '–', '—', ';', ':', '.');
            firstFolded = FoldedText.Of(first);
        }

        if (firstFolded.Count == 0 || ReadAnswer(first, language) is not { Value: string firm } || FoldedText.Of(firm).Count != firstFolded.Count)
        {
            return null;
        }

        var whole = legalPart ? $"{firm} {part}" : $"{part} {firm}";
        return new SlotReading("company", whole, Confidence.Medium, before + part) { Hint = ReadingHints.Ambiguous };
    }

    // "Salesforce lol jk. It's …": a joke taken back needs no break before the words that take it back
    private static readonly string[][] JokeCues = Phrases.Of(["jk", "just kidding", "kidding", "just joking", "nur spass", "kleiner scherz", .. NoKidding]);

    // "seit Juli heißen wir …", "we're now called …": where the new name starts after a correction
    private static readonly string[][] RenamedCues = Phrases.Of(
        "heissen wir", "wir heissen", "heissen wir jetzt", "heissen jetzt", "heisst jetzt", "heisst die firma", "now called", "we're now called",
        "are now called", "renamed to", "umbenannt in", "umfirmiert in", "umfirmiert zu",
        // "wir haben umfirmiert, jetzt …", "we rebranded, now …": the renaming said, then the name of now
        "umfirmiert jetzt", "umfirmiert heute", "umbenannt jetzt", "firmieren jetzt als", "firmieren jetzt unter",
        "firmieren als", "firmieren unter", "renamed now", "rebranded now", "rebranded to", "rebranded as", "renamed as",
        "rebranded we're", "rebranded it's", "renamed it's",
        // "nee, offiziell heißt es Autohaus Brenner GmbH", "actually it's called …": the pronoun is no part of the name
        "heisst es", "heisst sie", "heisst sie jetzt", "heisst es jetzt", "it's called", "its called", "it is called", "we're called");

    /// <summary>The words after a correction inside the answer ("X – ach nein, seit Juli heißen wir Y GmbH", "Acme, sorry,
    /// Acme Labs"), or null: the cue must follow a first answer and a break, and words must follow it.</summary>
    private static string? Correction(string text, FoldedText folded) => CorrectionAt(text, folded)?.Named;

    private static (string Named, int CueStart)? CorrectionAt(string text, FoldedText folded)
    {
        for (var i = folded.Count - 2; i >= 1; i--)
        {
            if (!folded[i].AfterBreak && !(i > 0 && DashBefore(text, folded[i - 1].End, folded[i].Start)) &&
                !Array.Exists(JokeCues, c => folded.MatchesAt(i, c)))
            {
                continue;
            }

            foreach (var cue in CorrectionCues)
            {
                if (folded.MatchesAt(i, cue) && i + cue.Length < folded.Count)
                {
                    // "seit Juli heißen wir …": a time before the name is no part of it
                    var at = i + cue.Length;
                    // "nee sorry, …", "oops I mean …": correcting words in a row open one correction; the name follows
                    // the last of them
                    for (var more = 0; more < 3 && at < folded.Count; more++)
                    {
                        var further = Array.Find(CorrectionCues, c => folded.MatchesAt(at, c) && at + c.Length < folded.Count);
                        if (further is null)
                        {
                            break;
                        }

                        at += further.Length;
                    }

                    var (named, namedLength) = folded.Find(RenamedCues, at);
                    at = named >= 0 && named + namedLength < folded.Count ? named + namedLength : at;
                    if (folded[at].Text is "seit" or "since" &&
                        Enumerable.Range(at + 1, Math.Max(0, Math.Min(3, folded.Count - at - 2))).FirstOrDefault(k => IsTimeWord(folded[k].Text)) is var timeAt and > 0)
                    {
                        // "wir heißen seit letztem Monat MI Immobilienverwaltung GmbH": since when is no part of the name
                        at = timeAt + 1;
                    }
                    var rest = text[folded[at].Start..].TrimStart(',', ' ', ':', '-', '–', '.');
                    if (FoldedText.Of(rest) is { Count: >= 2 } restWords && restWords[^1].Text is "now" or "jetzt" or "inzwischen" or "mittlerweile" &&
                        char.IsUpper(rest[restWords[^2].Start]) && rest.TrimEnd('.', '!', ' ').Length == restWords[^1].End)
                    {
                        // "actually no, I'm at Kiwi Prop Realty now": when the firm is the writer's is no part of its name
                        rest = rest[..restWords[^2].End];
                    }

                    if (rest.LastIndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && rest[(colon + 2)..].Trim().TrimEnd('.', '!') is { Length: > 1 } labelled &&
                        char.IsUpper(labelled[0]) && labelled.IndexOfAny([',', ';', '?', '!', ':', '(']) < 0 && FoldedText.Of(labelled).Count <= 6)
                    {
                        // "nein, nur Fahrschule: Fahrschule Kaya", "no wait that's my old employer. Now: Kreiskliniken
                        // Lindau": after the correction the name the writer settles on follows the last colon
                        rest = labelled;
                    }

                    if (!HasLegalForm(rest, 0) && FoldedText.Of(rest).Words.Any(w => BranchWords.Contains(w.Text)))
                    {
                        // "Initech Inc (actually the Austin branch)": a remark about which branch or office of the company
                        // the writer is at names no other company
                        return null;
                    }

                    // "Schmidt & Co, sorry for the delay": only a name written as one (a capital or a legal form) corrects;
                    // after "eigentlich", "Moment" the name must come right away ("Nordlicht AG (eigentlich die
                    // Tochterfirma)" says which part of it, and names none)
                    var soft = folded[i].Text is "eigentlich" or "eig" or "also" or "offiziell" or "officially" or "moment" or "aber" or "genauer" or "well" or
                        "technically" or "strictly" or "streng";
                    if (Array.Exists(JokeCues, c => folded.MatchesAt(i, c)) && !text.Any(char.IsUpper) && JokeTakenBack(rest) is { } meant)
                    {
                        // "acme corp jk its reyes roofing": typed all in small letters, a joke taken back is followed by
                        // the real name as the writer types everything, after "it's" or "we're" at most
                        return (meant, folded[i].Start);
                    }

                    return rest.Length > 1 && (rest.Any(char.IsUpper) || HasLegalForm(rest, 0)) && (!soft || char.IsUpper(rest[0]) || HasLegalForm(rest, 0) ||
                        FoldedText.Of(rest) is { Count: 2 } body && body[0].Text is "der" or "die" or "das" or "the" && BodyWords.Contains(body[1].Text))
                        ? (rest, folded[i].Start) : null;
                }
            }
        }

        return null;
    }

    /// <summary>The name after a joke taken back, written all in small letters, without an "it's", "its", "it is",
    /// "we're", "we are" before it; null when it is no name but a sentence ("jk we don't have one").</summary>
    private static string? JokeTakenBack(string rest)
    {
        var words = FoldedText.Of(rest);
        var skip = words.Count > 0 && words[0].Text is "its" or "it's" or "were" or "we're" ? 1
            : words.Count > 1 && words[0].Text is "it" or "we" && words[1].Text is "is" or "are" ? 2 : 0;
        if (words.Count - skip is < 1 or > 4 || words.Words.Skip(skip).Any(w => CommonWords.SentenceWords.Contains(w.Text) || CommonWords.Laughter.Contains(w.Text)))
        {
            return null;
        }

        return rest[words[skip].Start..].Trim().TrimEnd('.', '!');
    }

    private static bool IsTimeWord(string word) =>
        MessageReader.IsTimeName(word) || word is "monat" or "monaten" or "jahr" or "jahren" or "woche" or "wochen" or "kurzem" or
            "month" or "months" or "year" or "years" or "week" or "weeks";

    private static bool OpensClause(string word) =>
        CommonWords.SubjectPronouns.Contains(word) || word.StartsWith("i'", StringComparison.Ordinal) || word.StartsWith("we'", StringComparison.Ordinal);

    // Words for a part of a company at a place ("the Austin branch", "Standort München"): a remark about where, no company.
    private static readonly HashSet<string> BranchWords = new(StringComparer.Ordinal)
    {
        "branch", "office", "location", "site", "filiale", "niederlassung", "standort", "zweigstelle", "zweigniederlassung",
        "geschaeftsstelle", "buero", "headquarters", "hq", "zentrale",
    };

    /// <summary>Whether word <paramref name="k"/> is joined to the next one by an ampersand without a space ("AT&amp;T").</summary>
    internal static bool JoinedByAmpersand(string text, FoldedText folded, int k) =>
        k + 1 < folded.Count && text.AsSpan(folded[k].End, folded[k + 1].Start - folded[k].End).SequenceEqual("&");

    /// <summary>Whether word <paramref name="k"/> is the "und"/"oder" after a German hyphen that leaves a compound's end to
    /// the next word ("Finanz- und Versicherungsmakler", "Garten- und Landschaftsbau"): the hyphen right after the word
    /// before, a capitalized word after.</summary>
    internal static bool SuspendedCompound(string text, FoldedText folded, int k) =>
        k > 0 && k + 1 < folded.Count && folded[k].Text is "und" or "oder" or "sowie" or "bzw" &&
        folded[k - 1].End < text.Length && text[folded[k - 1].End] == '-' && char.IsUpper(text[folded[k + 1].Start]);

    // A hyphen without a space beside it joins a compound ("Ing.-Büro Krüger", "Sanitär-Service Nord"), it sets nothing apart.
    private static bool DashBefore(string text, int from, int to) =>
        text.AsSpan(from, to - from) is var gap && gap.IndexOfAny('-', '–', '—') >= 0 && (gap.IndexOfAny('–', '—') >= 0 || gap.ContainsAny(' ', '\n'));

    private static readonly string[][] NamedCues = Phrases.Of(
        "called", "named", "namens", "mit dem namen", "mit namen", "by the name of", "heisst", "name is", "der name ist");

    /// <summary>"ein kleines Ingenieurbüro, Meier &amp; Partner" or "a startup called Brightleaf": words that start with an
    /// indefinite article describe the company, they are no name. The name after "called"/"namens" is taken; a name after
    /// a comma is confirmed; a description alone is confirmed as it is, never stored silently as a name.</summary>
    private static SlotReading? Described(string name, string following)
    {
        var folded = FoldedText.Of(name);
        if (folded.Count < 2 || !IsIndefiniteArticle(folded[0].Text) && !OwnBusiness(folded))
        {
            return null;
        }

        var (at, length) = folded.Find(NamedCues);
        if (at > 0 && at + length < folded.Count)
        {
            // "a 3pl called packright logistics": a name in small letters is written as a name is written
            var said = name[folded[at + length].Start..].Trim().TrimEnd('.', '!');
            var called = Unquoted(said);
            return new SlotReading("company", called.Any(char.IsUpper) ? called : Capitalized(called), QuotedSmall(said) ? Confidence.Medium : Confidence.High, called);
        }

        for (var i = folded.Count - 1; i > 0; i--)
        {
            if (folded[i].AfterBreak || DashBefore(name, folded[i - 1].End, folded[i].Start))
            {
                // "a nonprofit - Green Futures Foundation": after a comma or a dash
                return DescribedName(folded, i, NamePointedAt(name[folded[i].Start..]));
            }
        }

        var place = FoldedText.Of(following);
        var comma = following.LastIndexOf(',');
        if (place.Count > 1 && place[0].Text is "in" or "aus" or "from" or "based" or "bei" or "near" && comma > 0 && comma + 1 < following.Length)
        {
            // "ne kleine agentur in köln, pixelwerk": the place belongs to the description, the name follows it
            var named = following[(comma + 1)..].Trim().TrimEnd('.', '!');
            if (FoldedText.Of(named).Count is >= 1 and <= 4 && !WordKinds(named).Sentence)
            {
                var stored = named.Any(char.IsUpper) ? named : Capitalized(named);
                return DescribedName(folded, folded.Count, named) is { Confidence: Confidence.High } ? new SlotReading("company", stored, Confidence.High, named)
                    : new SlotReading("company", stored, Confidence.Medium, named) { Hint = ReadingHints.Ambiguous };
            }
        }

        var next = NamePointedAt(following.TrimStart(',', ';', ':', ' ', '-'));
        var nextWords = FoldedText.Of(next);
        if (following.TrimStart().StartsWith(',') && nextWords.Find(NamedCues) is (0, var cueLength) && cueLength < nextWords.Count)
        {
            // "wir sind ne kleine agentur, heißt pixelwerk": the name after the word that says it is the name
            var called = next[nextWords[cueLength].Start..].Trim();
            return DescribedName(folded, folded.Count, called, said: true);
        }

        if (next.Length > 1 && following.TrimStart().StartsWith(',') && next.Any(char.IsUpper))
        {
            return DescribedName(folded, folded.Count, next);
        }

        return new SlotReading("company", name, Confidence.Medium, name) { Hint = ReadingHints.Ambiguous };
    }

    // A definite article in small letters before a capitalized word ("die Talhilfe", "the Riverside Food Trust").
    [System.Text.RegularExpressions.GeneratedRegex(@"^(die|der|das|den|dem|the) (?=\p{Lu})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SmallDefiniteArticle();

    /// <summary>The name after a description ("ein gemeinnütziger Verein, die Talhilfe e.V.", "a charity, the Riverside
    /// Food Trust"): a small definite article before a capitalized name only points at it, and a full stop is dropped unless it
    /// ends a legal form.</summary>
    private static string NamePointedAt(string named)
    {
        named = WithoutSentenceStop(named.Trim().TrimEnd('!', ' '));
        return SmallDefiniteArticle().Match(named) is { Success: true } article ? named[article.Length..] : named;
    }

    /// <summary>The name without a full stop that ends the sentence; one that ends its legal form stays ("e.V.", "Inc.").</summary>
    private static string WithoutSentenceStop(string name)
    {
        var bare = name.TrimEnd('.');
        if (bare.Length == name.Length)
        {
            return name;
        }

        return FoldedText.Of(bare).Words.Any(w => LegalFormAt(name, w.Start) is { } length && w.Start + length == bare.Length + 1) ? bare + "." : bare;
    }

    /// <summary>Whether a company's value is one word for a kind of business and nothing else ("Autohaus", "Systemhaus"):
    /// it says what the firm is, not which; <paramref name="hausCompounds"/> also counts any long German compound on
    /// "-haus".</summary>
    internal static bool IsKindOnly(string value, bool hausCompounds) =>
        !HasLegalForm(value, 0) && FoldedText.Of(value) is { Count: 1 } words &&
        (IsBusinessKind(words[0].Text) || hausCompounds && words[0].Text.Length > 7 && words[0].Text.EndsWith("haus", StringComparison.Ordinal));

    /// <summary>"VW/Skoda", "Bosch / Siemens": names parted by a slash without a legal form are several names (the brands
    /// a dealer sells, the makers a shop stocks), never the one name of the firm.</summary>
    internal static bool SeveralNames(string text)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && slash < text.Length - 1 && !HasLegalForm(text, 0) &&
               char.IsLetter(text.AsSpan(0, slash).TrimEnd()[^1]) && text.AsSpan(slash + 1).TrimStart() is { Length: > 0 } after && char.IsUpper(after[0]);
    }

    /// <summary>A folded word for a firm that sells or represents others' brands ("dealership", "Fahrradhändler").</summary>
    private static bool BrandSeller(string folded) =>
        folded is "dealer" or "dealership" or "reseller" or "franchise" or "franchisee" or "distributor" or "versicherungsagentur" or "vertretung" ||
        folded.Length > 8 && (folded.EndsWith("haendler", StringComparison.Ordinal) || folded.EndsWith("vertretung", StringComparison.Ordinal));

    /// <summary>A name in brackets right after a description that opens with an article ("einer kleinen Agentur
    /// (Pixelwerk)", "a 20-person dental practice (Pinecrest Dental)"): the name when it is sure on the terms of a name
    /// after a comma (<see cref="DescribedName"/>), else null.</summary>
    internal static SlotReading? NamedAfterDescription(string before, string inBrackets)
    {
        var named = inBrackets.Trim();
        if (named.Length == 0 || !char.IsUpper(named[0]) || SeveralNames(named))
        {
            return null;
        }

        var folded = FoldedText.Of(before);
        for (var i = folded.Count - 1; i >= 0 && i >= folded.Count - 5; i--)
        {
            if (IsIndefiniteArticle(folded[i].Text))
            {
                var description = FoldedText.Of(before[folded[i].Start..]);
                if (DescribedName(description, description.Count, named) is not { } reading ||
                    !(reading.Confidence == Confidence.High || reading.Value is string joined && joined.EndsWith(" " + named, StringComparison.Ordinal)))
                {
                    return null;
                }

                // "eine Versicherungsagentur (Allianz)", "an Apple reseller (…)": a firm that sells or represents others'
                // brands may put the brand in brackets as well as its own name, so the name is confirmed
                return description.Words.Any(w => BrandSeller(w.Text)) && reading.Confidence == Confidence.High
                    ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                    : reading;
            }
        }

        return null;
    }

    /// <summary>"ein", "ne", "son", "a", "an": the article that opens a description of a company ("ne kleine Agentur").</summary>
    private static bool IsIndefiniteArticle(string word) =>
        word is "ein" or "eine" or "einen" or "einem" or "einer" or "eines" or "ne" or "nen" or "nem" or "ner" or "son" or "sone" or "a" or "an";

    /// <summary>"my own consultancy", "meine eigene Firma": a possessive, "own"/"eigene" and a word for a company describe
    /// the business like an indefinite article does.</summary>
    private static bool OwnBusiness(FoldedText folded) =>
        folded.Count >= 3 && folded[0].Text is "my" or "our" or "mein" or "meine" or "meinen" or "unser" or "unsere" &&
        folded[1].Text is "own" or "eigene" or "eigenes" or "eigener" or "eigenen";

    /// <summary>"\"textwerk\"": a name the prospect put in quotes and typed in small letters. The quotes mark the spelling
    /// as meant, and careful writers split between keeping the small letters and writing it as a name is written, so the
    /// capitalized name is confirmed.</summary>
    private static bool QuotedSmall(string named) =>
        named.Trim() is { Length: > 2 } t && t[0] is '"' or '„' or '“' or '«' && t[^1] is '"' or '“' or '”' or '»' && !t.Any(char.IsUpper);

    /// <summary>Whether the answer holds the read name in quotes typed in small letters ("heißt \"textwerk\"").</summary>
    private static bool QuotedSmallIn(string text, string name)
    {
        var open = text.IndexOfAny(['"', '„', '“', '«']);
        var close = open < 0 ? -1 : text.IndexOfAny(['"', '“', '”', '»'], open + 1);
        return close > open + 1 && QuotedSmall(text[open..(close + 1)]) &&
               string.Equals(text[(open + 1)..close].Trim(), name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The name without the quotes around it ("\"homeliebe\"" → "homeliebe").</summary>
    private static string Unquoted(string name) => name.Trim().Trim('"', '„', '“', '”', '«', '»').Trim();

    /// <summary>The name given after a description (words [1, <paramref name="end"/>) of <paramref name="description"/>):
    /// sure when the description is a few words that say what kind of company it is ("ne kleine Agentur", "a small
    /// startup", "a nonprofit") and the name is one to four words of a name, none of them a place, a sentence's word or
    /// a person's given name; otherwise confirmed.</summary>
    private static SlotReading DescribedName(FoldedText description, int end, string named, bool said = false)
    {
        var quotedSmall = QuotedSmall(named);
        named = Unquoted(named);
        var words = FoldedText.Of(named);
        var kind = false;
        for (var i = 1; i < end; i++)
        {
            var w = description[i].Text;
            // "eines kleinen Betriebs": a German genitive is the word for a company too
            kind |= (GenericWords.Contains(w) || TradeWords.Contains(w) || ShopKinds.Contains(w) || w.Length > 4 && w[^1] == 's' && GenericWords.Contains(w[..^1])) &&
                    w is not ("small" or "kleine" or "kleines" or "klein" or "big" or "large" or "grosse" or "grosses" or "family") ||
                    w.Length > 8 && GenericWords.Any(g => g.Length >= 5 && w.EndsWith(g, StringComparison.Ordinal));
        }

        if (!said && words.Count == 1 && char.IsUpper(named[0]) && !IsCompanyWord(words[0].Text) && !GivenNames.IsName(words[0].Text) &&
            Enumerable.Range(1, Math.Max(0, end - 1)).LastOrDefault(i => description[i].Text.Length > 5 && description[i].Text.EndsWith("erei", StringComparison.Ordinal)) is > 0 and var tradeAt)
        {
            // "eine kleine Bäckerei (Zeller)", "ne Zimmerei, Maier": a German craft firm is named by its trade and its
            // family, so one word after the trade may be the family alone; the trade and the word are offered
            var trade = description.Original[description[tradeAt].Start..description[tradeAt].End];
            return new SlotReading("company", $"{trade} {named}", Confidence.Medium, named) { Hint = ReadingHints.Ambiguous };
        }

        var sure = kind && end <= 5 && words.Count is >= 1 and <= 4 && !WordKinds(named).Sentence &&
                   !words.Words.Any(w => MessageReader.IsPlace(w.Text) || GivenNames.IsName(w.Text) || w.IsNumber) &&
                   !(words.Count == 1 && IsCompanyWord(words[0].Text)) && !quotedSmall;
        var stored = named.Any(char.IsUpper) ? named : Capitalized(named);
        return sure ? new SlotReading("company", stored, Confidence.High, named)
            : new SlotReading("company", stored, Confidence.Medium, named) { Hint = ReadingHints.Ambiguous };
    }

    // "The Johnson Group", "The Home Depot": a capitalized English article before a capitalized word is written as part
    // of the name, while "the Acme Corporation in Denver" only points at it.
    // ("for The Harbor Collective": the same after a preposition; the capital "The" keeps the article in the name)
    private static bool ArticleOfName(string text, FoldedText folded, int at, string[] prefix) =>
        prefix is ["the"] or [_, "the"] && text[folded[at + prefix.Length - 1].Start] == 'T' && at + prefix.Length < folded.Count &&
        char.IsUpper(text[folded[at + prefix.Length].Start]) ||
        // "Vom Fass GmbH", "For Good Ltd": a preposition with a capital at the start may be the name's own first word; so
        // is one with a capital inside the sentence ("für Vom Fass GmbH")
        prefix is ["vom"] or ["beim"] or ["for"] && (at == 0 || !folded[at].AfterBreak) && char.IsUpper(text[folded[at].Start]) ||
        // "from Das Analytics Ltd", "bei Der Kleine Laden GmbH": a German article with a capital inside a clause, before a
        // capitalized word, is the name's own first word
        prefix is ["das"] or ["die"] or ["der"] && at > 0 && !folded[at].AfterBreak && char.IsUpper(text[folded[at].Start]) &&
        at + 1 < folded.Count && char.IsUpper(text[folded[at + 1].Start]);

    /// <summary>"WERK.ZWEI Kommunikation OG", "HIRE.ly Recruitment Ltd": a full stop between two words of letters without
    /// a space, with more of the name after it in the same clause, is part of a name written in the style of a web
    /// address, no end of a sentence.</summary>
    private static bool DotInsideName(string text, FoldedText folded, int index)
    {
        if (index == 0 || folded[index - 1].End + 1 != folded[index].Start || text[folded[index - 1].End] != '.' ||
            folded[index].IsNumber || folded[index - 1].IsNumber || folded[index - 1].Text.Length < 2 || folded[index].Text.Length < 2)
        {
            return false;
        }

        // the part after the dot is followed by another word of the name written with a capital or a legal form, and
        // none of the three is a word of a sentence ("Danke.Wir melden uns")
        return index + 1 < folded.Count && !folded[index + 1].AfterBreak &&
               (char.IsUpper(text[folded[index + 1].Start]) ||
                Enumerable.Range(index + 1, Math.Min(3, folded.Count - index - 1)).TakeWhile(k => k == index + 1 || !folded[k].AfterBreak)
                          .Any(k => LegalFormAt(text, folded[k].Start) is not null)) &&
               !CommonWords.SentenceWords.Contains(folded[index - 1].Text) && !CommonWords.SentenceWords.Contains(folded[index].Text) &&
               !CommonWords.SentenceWords.Contains(folded[index + 1].Text);
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
                // "AT&T", "P&G": a word joined to the next by an ampersand without spaces is part of the name, never a
                // framing word ("at")
                if (folded.MatchesAt(at, p) && at + p.Length < folded.Count && !JoinedByAmpersand(text, folded, at + p.Length - 1) &&
                    !ArticleOfName(text, folded, at, p))
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
        var partners = PartnersUntilLegalForm(text, folded, at);
        while (end < folded.Count)
        {
            if (end > at && SuspendedCompound(text, folded, end))
            {
                // "Novak Finanz- und Versicherungsmakler GmbH": a hyphen that leaves the shared end of a compound to the
                // word after "und"/"oder" joins the two; no dash of a clause of its own
                end++;
                continue;
            }

            // "Harbor Freight Solutions, Ltd.": a legal form after a comma still belongs to the name; so do the partners of
            // a firm named by several surnames ("Müller, Schmidt & Partner, GmbH", "Smith, Jones and Brown LLP")
            // ("Sunset FM 98.3": a decimal point between two numbers is no break; the number stays whole)
            if (end > at && folded[end].AfterBreak && !IsLegalFormWord(folded[end].Text) && end > partners &&
                !(folded[end].IsNumber && folded[end - 1].IsNumber && text.AsSpan(folded[end - 1].End, folded[end].Start - folded[end - 1].End) is ".") &&
                !DotInsideName(text, folded, end) &&
                !(LegalFormAt(text, folded[end].Start) is not null && text[folded[end - 1].End..folded[end].Start].Trim() is "," or "("))
            {
                end--;
                break;
            }

            if (end > at && HotelCategoryAt(text, folded, end))
            {
                // "Hotel Edelweiß **** Superior", "Pension Sonnblick 3* in Rauris": the stars and class of a hotel follow its name
                // and are no part of it
                end--;
                break;
            }

            var w = folded[end].Text;
            if (end > at && DashBefore(text, folded[end - 1].End, folded[end].Start) &&
                (OpensClause(w) || char.IsUpper(text[start]) && char.IsLower(text[folded[end].Start])))
            {
                // "Pinecrest Dental — I'm the practice manager": a dash, then a clause of the writer's own; "Finly — fintech
                // startup out of Bangalore": after a capitalized name, words in small letters behind a dash describe it
                end--;
                break;
            }

            if (end > at && w is "in" && PlaceBeforeLegalForm(text, folded, end))
            {
                // "Stadtwerke Hall in Tirol GmbH": a place after "in" that the legal form follows is part of the registered
                // name, not where the firm is
                end++;
                continue;
            }

            if (end > at && (w is "aus" or "in" or "im" or "from" or "based" or "located" or "mit" or "with" or "sitz" or "angestellt" or
                "beschaeftigt" or "taetig" || w is "und" or "and" && end > partners))
            {
                end--;
                break;
            }

            if (LegalFormAt(text, folded[end].Start) is { } legalLength)
            {
                legalEnd = folded[end].Start + legalLength;
                if (end > at && PartnershipGoesOn(text, folded, end, legalEnd) is { } trade)
                {
                    // "Pryce & Co. Accountants": "& Co." marks the partners, and the trade written after it in capitals is
                    // still the name
                    legalEnd = folded[trade].End;
                    end = trade;
                    break;
                }

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
                else if (legalEnd + 1 < text.Length && text[legalEnd] == '/' &&
                         (LegalFormAt(text, legalEnd + 1) ?? (ItalianFormAfterSlash().Match(text, legalEnd + 1) is { Success: true } italian ? italian.Length : null)) is { } translated)
                {
                    // "Residence Bergfrieden GmbH/Srl", "Kellerei Tramin AG/SpA": a firm of a bilingual land registers its legal
                    // form in both languages
                    legalEnd = legalEnd + 1 + translated;
                }

                if (end > at && FoundingOrWindingUp().Match(text, legalEnd) is { Success: true } addition)
                {
                    // "Krämer Holzbau GmbH i.G.", "Seidl Transporte GmbH i.L.": a firm still being founded or being wound up
                    // carries "in Gründung" or "in Liquidation" in its name, right after the legal form (a legal form alone
                    // with it, "gmbh in gründung", names no firm yet)
                    legalEnd = addition.Index + addition.Length;
                }

                if (end > at && ProfessionAfterForm().Match(text, legalEnd) is { Success: true } profession)
                {
                    // "Wüst & Partner mbB Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft", "Obermaier GmbH
                    // Steuerberatungsgesellschaft": a professional firm registers the kind of its profession after the legal
                    // form as part of its name
                    legalEnd = profession.Index + profession.Length;
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
        // a full stop that ends the sentence is no part of the name, but a short form's is ("Summit Ridge Property Mgmt.")
        // and letters written with dots keep their last ("Jones Plumbing L.L.C.", "Müller G.m.b.H."); a town that looks
        // like one ("Stadtverwaltung Ulm.") ends the sentence
        var dotted = folded[end].End - folded[end].Start == 1 && folded[end].Start >= 2 && text[folded[end].Start - 1] == '.' &&
                     char.IsLetter(text[folded[end].Start - 2]);
        var shortForm = legalEnd < 0 && end > at && stop < text.Length && text[stop] == '.' && (dotted || MessageReader.IsShortFormNoTown(text[folded[end].Start..stop]));
        if (shortForm)
        {
            stop++;
        }

        var name = WithoutCommaBeforeGermanForm(text[start..stop].Trim().TrimEnd(',', ';', ':'));

        name = WrittenOut(name);
        if (legalEnd < 0 && !shortForm)
        {
            name = name.TrimEnd('.');
        }
        if (name.Length is 0 or > 200 || !name.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        return (name, start, stop, end - at + 1, legalEnd > 0);
    }

    // "i.G.", "i. Gr.", "i.L.", "in Liquidation", "in Gründung" right after a legal form: the addition a firm still being
    // founded or being wound up carries in its name. A remark in brackets ("(noch in Gründung)") is none.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G,?[ ]?(i\.[ ]?(G|Gr|L)\.|i\.[ ]?(G|Gr|L)(?=\s|$)|in Liquidation|in Gründung)(?![\p{L}\p{N}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FoundingOrWindingUp();

    // The Italian forms that are words too ("Spa", "Sas") count only right after a German form and a slash ("AG/SpA").
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(spa|sas|snc|s\.n\.c\.)(?![\p{L}\p{N}-])", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ItalianFormAfterSlash();

    // Capitalized words of a profession's kind right after a legal form, joined by spaces, "&" or "und", that end the
    // clause ("… mbB Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft", "… PartG mbB Rechtsanwälte und Steuerberater").
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:[ ]+(?:(?:&|und)[ ]+)?(?=\p{Lu})\p{L}*(?:[Gg]esellschaft|[Ss]teuerberater|[Aa]nwälte|[Ww]irtschaftsprüfer|[Nn]otare)(?![\p{L}\p{N}&]))+(?=\s*(?:$|[,;.()\n–—]))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProfessionAfterForm();

    // The stars of a hotel's class ("***", "★★★★", "4*"), and a number before a word for stars ("4 Sterne", "4-star").
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[*★☆⭐]|^\d[ ]?[*★☆⭐]|^\d[ -]?(sterne?|stars?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HotelStars();

    // A hotel's class at the start of a part: its stars or their number and a word for them, and "Superior" or "S".
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s,(–-]*(\d[ -]?)?([*★☆⭐]+|(sterne?|stars?)(?![\p{L}]))([ -]?(superior|sup\.|s|plus|deluxe)(?![\p{L}]))?[\s)]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HotelClass();

    /// <summary>Whether word <paramref name="at"/> opens a hotel's class after its name: stars typed right before it
    /// ("*** Superior", "****S") or the word is a number of stars ("4*", "4 Sterne", "4-star").</summary>
    private static bool HotelCategoryAt(string text, FoldedText folded, int at) =>
        text.AsSpan(folded[at - 1].End, folded[at].Start - folded[at - 1].End).IndexOfAny("*★☆⭐") >= 0 ||
        folded[at].IsNumber && HotelStars().IsMatch(text[folded[at].Start..]);

    /// <summary>The index of the last word of a trade written after "&amp; Co." ("Pryce &amp; Co. Accountants", "Huber &amp; Co.
    /// Immobilien"): one to three capitalized words that are no words of a sentence, no place and no legal form, up to a
    /// break or the end; null when "Co." ends the name.</summary>
    internal static int? PartnershipGoesOn(string text, FoldedText folded, int co, int legalEnd)
    {
        if (folded[co].Text != "co" || !(text[folded[co - 1].End..folded[co].Start].Contains('&', StringComparison.Ordinal) || folded[co - 1].Text is "and" or "und") ||
            co + 1 >= folded.Count || folded[co + 1].Start < legalEnd || text[folded[co].End..folded[co + 1].Start].Trim() is not ("" or "."))
        {
            return null;
        }

        var last = co;
        for (var i = co + 1; i < folded.Count && i <= co + 3; i++)
        {
            var w = folded[i];
            if (i > co + 1 && w.AfterBreak)
            {
                break;
            }

            if (!char.IsUpper(text[w.Start]) || CommonWords.SentenceWords.Contains(w.Text) || CommonWords.SubjectPronouns.Contains(w.Text) ||
                MessageReader.IsPlace(w.Text) || LegalFormAt(text, w.Start) is not null || w.Text is "here" or "hier")
            {
                return null;
            }

            last = i;
        }

        return last + 1 < folded.Count && !folded[last + 1].AfterBreak &&
               folded[last + 1].Text is not ("in" or "aus" or "from" or "based" or "im" or "mit" or "with" or "und" or "and" or "here" or "hier")
            ? null : last;
    }

    /// <summary>The index of the last word before the legal form when the words from <paramref name="at"/> are surnames
    /// joined by commas and a final "&amp;"/"und"/"and" before it ("Müller, Schmidt &amp; Partner, GmbH", "Smith, Jones
    /// and Brown LLP"), the shape of a partnership's name; -1 otherwise. Each part between commas is one or two
    /// capitalized words that are no department, place or given name, so "Einkauf, Meyer AG" and "Anna, Meyer GmbH"
    /// are no such name.</summary>
    private static int PartnersUntilLegalForm(string text, FoldedText folded, int at)
    {
        var joined = false;
        var part = 0;
        for (var i = at; i < folded.Count && i < at + 10; i++)
        {
            var w = folded[i];
            if (i > at && LegalFormAt(text, w.Start) is not null)
            {
                // "GmbH" right after the partners, or after one more word of the firm ("… & Kollegen Steuerberatung PartG")
                return joined && text[folded[at].End..w.Start].Contains(',', StringComparison.Ordinal) ? i - 1 : -1;
            }

            part = w.AfterBreak && i > at ? 1 : part + 1;
            var between = i > at ? text[folded[i - 1].End..w.Start] : "";
            if (between.Contains('&', StringComparison.Ordinal) || w.Text is "und" or "and")
            {
                joined = true;
                if (w.Text is "und" or "and")
                {
                    part = 0;
                    continue;
                }
            }

            if (!char.IsUpper(text[w.Start]) || part > 3 || Discipline.IsDepartmentWord(w.Text) || MessageReader.IsPlace(w.Text) ||
                i == at && GivenNames.IsName(w.Text) || IsCompanyWord(w.Text) && !joined || CommonWords.SentenceWords.Contains(w.Text))
            {
                return -1;
            }
        }

        return -1;
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

    /// <summary>The words before a bracket at the end that says how the name is not spelled ("Zimmerei Maier (nicht
    /// Meier!)", "Smyth Builders (not Smith)"): "nicht"/"not"/"ohne"/"without" and one word like a word of the name, at
    /// most two letters away from it; null otherwise.</summary>
    private static string? SpellingInBrackets(string text)
    {
        var trimmed = text.TrimEnd('.', ' ', '!');
        var open = trimmed.LastIndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.IndexOf(')') != trimmed.Length - 1)
        {
            return null;
        }

        var inside = FoldedText.Of(trimmed[(open + 1)..^1]);
        var before = trimmed[..open].TrimEnd(' ', ',');
        var name = FoldedText.Of(before);
        return inside.Count == 2 && inside[0].Text is "nicht" or "not" or "kein" or "no" && name.Count is >= 1 and <= 5 &&
               name.Words.Any(w => w.Text != inside[1].Text && w.Text.Length >= 3 && Math.Abs(w.Text.Length - inside[1].Text.Length) <= 1 &&
                                   LettersApart(w.Text, inside[1].Text) <= 2)
            ? before
            : null;
    }

    /// <summary>How many letters two words of about the same length differ in, position by position (the rest of the
    /// longer one counted too).</summary>
    private static int LettersApart(string a, string b)
    {
        var apart = Math.Abs(a.Length - b.Length);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            apart += a[i] == b[i] ? 0 : 1;
        }

        return apart;
    }

    // Words that open a real question, not a name said back as one ("wie bitte?", "what do you mean?").
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "was", "wie", "wer", "wo", "welche", "welcher", "welches", "warum", "wieso", "weshalb", "what", "which", "who", "how",
        "why", "where", "whats", "what's",
    };

    /// <summary>The company after a name said as a question to oneself ("hairbymo? Hair by Mo Ltd technically",
    /// "HANDWERKSKAMMER? nee sorry, bin von der …"): up to three words before the only question mark, none a word of a
    /// question or a sentence, then a name with a legal form or one after a correcting word; null otherwise.</summary>
    private static SlotReading? AfterOwnQuestion(string text, string language)
    {
        var mark = text.IndexOf('?');
        if (mark <= 0 || text.IndexOf('?', mark + 1) >= 0 || mark + 1 >= text.Length)
        {
            return null;
        }

        var asked = FoldedText.Of(text[..mark]);
        var rest = text[(mark + 1)..].Trim();
        var restWords = FoldedText.Of(rest);
        if (asked.Count is < 1 or > 3 || restWords.Count == 0 ||
            asked.Words.Any(w => QuestionWords.Contains(w.Text) || CommonWords.SentenceWords.Contains(w.Text) && !Hesitations.Contains(w.Text)))
        {
            return null;
        }

        var corrected = Array.Exists(CorrectionCues, c => restWords.MatchesAt(0, c));
        if (!corrected && !HasLegalForm(rest, 0))
        {
            return null;
        }

        // the correcting word opens the rest like a correction after a name ("x, nee sorry, …")
        if (corrected)
        {
            return Correction(text, FoldedText.Of(text)) is { } meant ? Read(meant, language) : null;
        }

        return Read(rest, language);
    }

    /// <summary>The words before a remark in brackets at the end that says the firm is still being founded ("Flinkr (noch
    /// in Gründung)"), or null.</summary>
    private static string? FoundingInBrackets(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        var open = trimmed.LastIndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.IndexOf(')') != trimmed.Length - 1)
        {
            return null;
        }

        var inside = FoldedText.Of(trimmed[(open + 1)..^1]);
        var before = trimmed[..open].TrimEnd(' ', ',');
        return inside.Count is >= 1 and <= 5 && inside.Words.Any(w => w.Text is "gruendung" or "founding" or "formation") &&
               FoldedText.Of(before).Count is >= 1 and <= 5
            ? before
            : null;
    }

    /// <summary>The name with a legal form that stands alone in brackets at its end written after it without them
    /// ("Autoglas Demir (GbR)" → "Autoglas Demir GbR"); null when the brackets hold anything else.</summary>
    private static string? LegalFormInBrackets(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        var open = trimmed.LastIndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.IndexOf(')') != trimmed.Length - 1)
        {
            return null;
        }

        var inside = trimmed[(open + 1)..^1].Trim();
        var before = trimmed[..open].TrimEnd();
        return inside.Length > 0 && LegalFormAt(inside, 0) is { } length && inside[length..].TrimEnd('.').Length == 0 &&
               before.Any(char.IsLetter) && !HasLegalForm(before, 0)
            ? $"{before} {inside}"
            : null;
    }

    // Words after a registered name in brackets that only say it is the registered one ("on paper", "offiziell").
    private static readonly HashSet<string> RegisteredWords = new(StringComparer.Ordinal)
    {
        "on", "paper", "officially", "official", "technically", "legally", "registered", "as", "offiziell", "eingetragen",
        "laut", "handelsregister", "formal", "formell", "rechtlich", "auf", "dem", "papier",
    };

    /// <summary>The name with a legal form in brackets after a name without one ("Brennan Joinery (Brennan &amp; Sons Ltd on
    /// paper)", "Haarwerk (Haarwerk Berger GmbH)"): the bracketed name up to its legal form, when no more than words
    /// that say it is the registered one follow it; null otherwise.</summary>
    private static string? LegalNameInBrackets(string text)
    {
        var trimmed = text.TrimEnd('.', ' ', '!');
        var open = trimmed.IndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.IndexOf(')') != trimmed.Length - 1 || trimmed.LastIndexOf('(') != open)
        {
            return null;
        }

        var inside = trimmed[(open + 1)..^1].Trim();
        var lead = FoldedText.Of(inside);
        var skip = 0;
        while (skip < lead.Count && RegisteredWords.Contains(lead[skip].Text) && char.IsLower(inside[lead[skip].Start]))
        {
            skip++;
        }

        inside = skip < lead.Count ? inside[lead[skip].Start..] : "";
        var before = trimmed[..open].TrimEnd();
        var beforeWords = FoldedText.Of(before);
        if (inside.Length == 0 || beforeWords.Count is < 1 or > 5 || !char.IsUpper(before[0]) || HasLegalForm(before, 0) || FindLegalForm(inside, 0) is not { } form ||
            form.Start == 0 || !char.IsUpper(inside[0]))
        {
            return null;
        }

        // every word of the registered name is capitalized or joins them ("Hair by Mo Ltd"): "Tochter von ACME Inc." says
        // whose part the firm is
        var tail = FoldedText.Of(inside[form.End..]);
        var registered = FoldedText.Of(inside[..form.Start]);
        return tail.Words.All(w => RegisteredWords.Contains(w.Text)) && registered.Count <= 5 &&
               registered.Words.All(w => char.IsUpper(inside[w.Start]) || w.Text is "and" or "und" or "of" or "by" or "the")
            ? inside[..form.End] : null;
    }

    private static bool IsLegalFormWord(string w) => w is "co" or "kg" or "k" or "v" or "u";

    private static readonly string[] GermanForms =
    [
        "gmbh & co. kg", "gmbh & co kg", "gmbh", "ggmbh", "mbh", "ag", "kgaa", "kg", "ohg", "gbr", "ug", "e.k.", "e. k.", "e.v.", "e.u.",
        "partg", "gesmbh",
    ];

    /// <summary>"TechNova, GmbH &amp; Co. KG" → "TechNova GmbH &amp; Co. KG": a German legal form is written without a comma
    /// before it (an English one keeps the comma as typed: "Harbor Freight Solutions, Ltd.").</summary>
    private static string WithoutCommaBeforeGermanForm(string name)
    {
        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return name;
        }

        var after = comma + 2;
        foreach (var form in GermanForms)
        {
            if (after + form.Length <= name.Length && string.Compare(name, after, form, 0, form.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (after + form.Length == name.Length || !char.IsLetterOrDigit(name[after + form.Length])))
            {
                return string.Concat(name.AsSpan(0, comma), name.AsSpan(comma + 1));
            }
        }

        return name;
    }

    /// <summary>"Datavue Kft.": a legal form of letters without a vowel that its country writes with a full stop and the
    /// corpus gives no registered spelling for keeps that full stop where it also ends the sentence, like any such
    /// short form; "Ltd", "Inc", "Corp" and the German forms do not.</summary>
    internal static bool KeepsFullStop(string form) =>
        !LegalFormSpelling.ContainsKey(form.ToLowerInvariant()) && Array.IndexOf(LegalForms, form.ToLowerInvariant() + ".") >= 0;

    /// <summary>Whether <paramref name="name"/> ends with a legal form of several dotted parts less its last dot ("… Pte.
    /// Ltd", "… Sp. z o.o", "… e.V"), as a clause cut at the full stop that also ended the sentence leaves it.</summary>
    internal static bool EndsWithoutFormsLastDot(string name) =>
        LegalForms.Any(form => DottedParts(form) && name.Length >= form.Length &&
                               name.EndsWith(form.AsSpan(0, form.Length - 1), StringComparison.OrdinalIgnoreCase) &&
                               (name.Length == form.Length - 1 || !char.IsLetterOrDigit(name[^form.Length])));

    private static bool DottedParts(string form) =>
        form.Length > 3 && form[^1] == '.' && form.AsSpan(0, form.Length - 1).IndexOfAny('.', ' ') > 0 && form is not ("p.a." or "n.a.");

    /// <summary>The length of a legal form starting at <paramref name="index"/> as a whole word, or null.</summary>
    internal static int? LegalFormAt(string text, int index)
    {
        foreach (var form in LegalForms)
        {
            // "… Sp. z o.o" at the end of a clause whose full stop ended the sentence: a form of several dotted parts is
            // whole without its last dot there
            if (index + form.Length - 1 == text.Length && DottedParts(form) &&
                string.Compare(text, index, form, 0, form.Length - 1, StringComparison.OrdinalIgnoreCase) == 0 &&
                (index == 0 || !char.IsLetterOrDigit(text[index - 1])))
            {
                return form.Length - 1;
            }

            if (index + form.Length > text.Length || string.Compare(text, index, form, 0, form.Length, StringComparison.OrdinalIgnoreCase) != 0 ||
                !(index + form.Length == text.Length || !char.IsLetterOrDigit(text[index + form.Length]) || form.EndsWith('.')) ||
                index > 0 && char.IsLetterOrDigit(text[index - 1]))
            {
                continue;
            }

            if (form is "pa" or "p.a." && !ProfessionalAssociation(text, index, form.Length) ||
                form is "na" or "n.a." && !(ProfessionalAssociation(text, index, form.Length) && NamesBank(text, index)) ||
                form is "national association" && !(text.AsSpan(0, index).TrimEnd().EndsWith(",") && NamesBank(text, index)) ||
                form is "ag" && AgricultureAg(text, index) ||
                form is "anstalt" && !EndsTheName(text, index, form.Length) ||
                Array.IndexOf(ShortForeignForms, form) >= 0 && !ForeignShortForm(text, index, form.Length))
            {
                continue;
            }

            return form.Length;
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="index"/> is capitalized after a capitalized word and ends its clause
    /// (nothing but a comma, a full stop, a bracket or the end after it).</summary>
    private static bool EndsTheName(string text, int index, int length)
    {
        var before = text.AsSpan(0, index).TrimEnd(' ');
        var after = text.AsSpan(index + length).TrimStart(' ');
        var wordStart = before.LastIndexOfAny([' ', ',', '(', '\n']) + 1;
        return char.IsUpper(text[index]) && before.Length > 0 && char.IsLetter(before[^1]) && wordStart < before.Length && char.IsUpper(before[wordStart]) &&
               (after.Length == 0 || after[0] is ',' or '.' or ';' or ')' or '(' or '\n' or '!' or '?' or '|' or '-' or '–');
    }

    /// <summary>"Wagner Ag Services LLC": "Ag" not in capitals with more words of the name and another legal form after
    /// it in the same clause is agriculture; a firm has one legal form ("Müller AG &amp; Co. KG" keeps "AG" in capitals
    /// and joins the next with "&amp;").</summary>
    private static bool AgricultureAg(string text, int index)
    {
        if (index + 2 >= text.Length || text[index + 1] != 'g' || text[index + 2] != ' ')
        {
            return false;
        }

        var clauseEnd = text.IndexOfAny([',', ';', '\n', '(', '–', '|'], index);
        var rest = text[(index + 3)..(clauseEnd < 0 ? text.Length : clauseEnd)];
        var words = FoldedText.Of(rest);
        if (words.Count == 0 || words[0].Text is "und" or "and" or "co" || rest.TrimStart().StartsWith('&'))
        {
            return false;
        }

        // "Morrison Ag Supply": "Ag" with a small "g" before a capitalized word of the name (not a town, where a firm's seat
        // follows its form) is agriculture as well; a German firm writes its form in capitals
        if (text[index] == 'A' && char.IsUpper(rest[words[0].Start]) && !Towns.Contains(words[0].Text))
        {
            return true;
        }

        if (words.Count < 2)
        {
            return false;
        }

        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i - 1] == ' ' && char.IsLetter(rest[i]) && LegalFormAt(rest, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The capitals of a word of a foreign legal form typed in small letters ("ab" → "AB", the "b" of "b.v." →
    /// "B"), or null when its country writes it small or the corpus gives it no spelling.</summary>
    private static string? ForeignSpelling(string form, string word) =>
        form.ToLowerInvariant() is "a/s" or "b.v." or "n.v." or "s.a." or "s.l." && word.Length == 1 ? word.ToUpperInvariant() :
        ForeignCapitals.TryGetValue(word, out var capitals) && string.Equals(form.TrimEnd('.'), word, StringComparison.OrdinalIgnoreCase) ? capitals : null;

    // The foreign short forms that are words or names as well, and so need ForeignShortForm's cue.
    private static readonly string[] ShortForeignForms = ["asa", "ab", "as", "oy", "oü", "sia", "uab", "bv", "nv", "sl"];

    /// <summary>"Skyline Apps AB", "skyline apps ab (sweden)", "fjordsoft as": a short legal form of another country ends
    /// a name after a word of it: in its registered capitals after a capitalized word, or in small letters at the end of
    /// a short answer in small letters (then only a bracket or a full stop may follow), never inside a sentence ("ab
    /// Januar", "das hängt vom Budget ab", "as soon as").</summary>
    private static bool ForeignShortForm(string text, int index, int length)
    {
        var typed = text.Substring(index, length);
        var before = text.AsSpan(0, index).TrimEnd(' ');
        if (before.Length == 0 || !char.IsLetterOrDigit(before[^1]) || index + length < text.Length && char.IsLetterOrDigit(text[index + length]))
        {
            return false;
        }

        var words = FoldedText.Of(before.ToString());
        var previous = words[^1];
        if (typed == ForeignCapitals[typed.ToLowerInvariant()] || typed.All(char.IsUpper) && before.ToString().All(c => !char.IsLower(c)))
        {
            // in the capitals its country writes it with, after a word of the name written with a capital
            return char.IsUpper(before[previous.Start]) || char.IsDigit(before[previous.Start]);
        }

        var after = text.AsSpan(index + length).Trim();
        if (typed is "bv" or "nv" && char.IsUpper(before[previous.Start]) && (after.Length == 0 || after is "."))
        {
            // "Hendriks Loonbedrijf bv": the Dutch and Belgian forms are no word of a sentence in any language the writers
            // use, so typed small at the end of a name written with capitals they end it as well
            return true;
        }

        if (typed.Any(char.IsUpper) || text.AsSpan(0, index).ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        var clauseStart = before.LastIndexOfAny([',', ';', ':', '|', '\n', '(']) + 1;
        var clause = FoldedText.Of(before[clauseStart..].ToString());
        return (after.Length == 0 || after[0] == '(' && after[^1] == ')' || after is ".") && clause.Count is >= 1 and <= 4 && clauseStart == 0 &&
               !clause.Words.Any(w => CommonWords.SentenceWords.Contains(w.Text) || FormFramingWords.Contains(w.Text) || w.IsNumber);
    }

    // Prepositions and verbs before a small "ab"/"as" that make it a word of a sentence ("vom budget ab", "known as").
    private static readonly HashSet<string> FormFramingWords = new(StringComparer.Ordinal)
    {
        "von", "vom", "bei", "beim", "im", "in", "am", "um", "auf", "aus", "fuer", "mit", "nach", "ab", "bis", "so", "such",
        "known", "same", "well", "as", "at", "from", "for", "with", "to", "of", "hängt", "haengt", "geht", "gehts", "los",
        "start", "starten", "anfang", "januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "sofort", "heute", "morgen", "jetzt", "gleich",
    };

    // The capitals the countries write their short legal forms with, for the same letters typed small ("skyline apps
    // ab" → "Skyline Apps AB", "lisboa sa" → "Lisboa SA"); forms registered in small letters ("s.r.o.", "d.o.o.",
    // "sp. z o.o.") keep them.
    private static readonly Dictionary<string, string> ForeignCapitals = new(StringComparer.Ordinal)
    {
        ["ab"] = "AB", ["as"] = "AS", ["asa"] = "ASA", ["aps"] = "ApS", ["oy"] = "Oy", ["oyj"] = "Oyj", ["oü"] = "OÜ",
        ["sia"] = "SIA", ["uab"] = "UAB", ["bv"] = "BV", ["nv"] = "NV", ["sa"] = "SA", ["sl"] = "SL", ["kft"] = "Kft",
        ["lda"] = "Lda", ["ltda"] = "Ltda",
        // the Belgian forms are registered in capitals like the Dutch ones ("Peeters Landbouwmachines bvba" → "… BVBA")
        ["bvba"] = "BVBA", ["cvba"] = "CVBA", ["sprl"] = "SPRL",
    };

    // "… Savings Bank, N.A.": a bank's name before the national bank's mark.
    private static bool NamesBank(string text, int index) =>
        FoldedText.Of(text[..index]).Words.Any(w => w.Text is "bank" or "bancorp" or "trust");

    /// <summary>"Lakeview Orthodontics, PA": "PA" or "P.A." typed in capitals right after a comma that follows a
    /// capitalized word, at the end of the text or before a break; anywhere else the letters are a job ("the PA to our
    /// CEO") or a state after a city.</summary>
    private static bool ProfessionalAssociation(string text, int index, int length)
    {
        if (index + length > text.Length || text.AsSpan(index, length).ToString().Any(char.IsLower))
        {
            return false;
        }

        var before = text.AsSpan(0, index).TrimEnd();
        if (before.Length < 2 || before[^1] != ',')
        {
            return false;
        }

        var words = FoldedText.Of(before[..^1].ToString());
        if (words.Count == 0 || MessageReader.IsPlace(words[^1].Text) || !char.IsUpper(before[words[^1].Start]))
        {
            return false;
        }

        var after = text.AsSpan(index + length).TrimStart();
        // ("…, P.A. :)": a smiley or an emoji after it ends the name as a mark does)
        return after.Length == 0 || after[0] is '.' or ',' or ';' or '!' or '\n' or ')' or '(' or '-' or '–' or '—' ||
               after.Length <= 4 && !after.ContainsAny(LettersAndDigits);
    }

    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    // "WERK.ZWEI Kommunikation": a brand of two words joined by a dot at the name's start.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}{2,}\.\p{L}{2,}(?= )", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DottedBrand();

    // "GmbH & Co.KG", "e. V.": registered forms written with a space too few or too many.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<co>\b[Cc]o\.)KG\b|\be\. (?<letter>[VK])\.", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RegisteredSpacing();

    // "müller&söhne": an ampersand between two words of at least two letters each.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L}{2})&(?=\p{L}{2})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AmpersandInWord();

    // "die firma heist", "unser Shop heisst": "heißt" typed with one s or with a d after a word for the firm or the shop.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\b(?:[Ff]irma|[Uu]nternehmen|[Ss]hop|[Ll]aden|[Bb]etrieb|[Pp]raxis|[Ff]irmenname|[Nn]ame)\s+)hei(?:st|sd|ßd)(?!\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MistypedNaming();

    // "Massey Uni", "Cardiff Univ.": the short word ending the name after a word of the institution's own.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L} )(?:[Uu]ni|UNI|[Uu]niv\.?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShortUniversityAfter();

    // "Uni Heidelberg": the short word opening the name before a word that is not "of"; "Uni of Leeds" is the English one.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(U|u)ni(?= (?!of\b)\p{L})|^[Uu]ni(?= of \p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShortUniversity();
}
