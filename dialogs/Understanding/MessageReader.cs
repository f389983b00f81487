using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Several answers in one message. Addresses and phone numbers are found by their shape anywhere; every other slot only
/// in a clause that introduces it ("ich bin …", "von der … GmbH", "wir brauchen …", "Budget …", "starten im …"), read by
/// that slot's own reader. Two readings whose words overlap are both dropped: a fragment that two slots could claim is
/// given to neither, and the flow asks for it.
/// </summary>
internal static partial class MessageReader
{
    private static readonly string[][] NameCues = Phrases.Of(
        "ich bin", "ich bin der", "ich bin die", "bin der", "bin die", "ich heisse", "mein name ist", "mein name", "hier ist", "hier spricht", "hier schreibt", "my name is",
        "my name's", "i'm", "i am", "this is", "name", "it's", "its", "name's", "names",
        // the person to contact named after the organisation ("Bürgerstiftung Mühlbach, Ansprechpartnerin Dr. Eva Lindner")
        "ansprechpartner", "ansprechpartnerin", "ansprechpartner ist", "ansprechpartnerin ist", "contact person", "contact person is",
        // a second-language writer's introduction in their first language ("sono Luca Moretti", "soy Ana Ruiz", "sou a
        // Beatriz Costa", "je suis", "jestem"), before the rest of the message in German or English
        "sono", "mi chiamo", "soy", "me llamo", "mi nombre es", "sou", "sou a", "sou o", "chamo-me", "je suis", "je m'appelle",
        "jestem", "nazywam sie", "benim adim", "benim adım");

    private static readonly string[][] CompanyCues = Phrases.Of(
        "von der", "von den", "von", "vom", "bei der", "bei den", "bei", "from the", "from", "at", "with", "wir sind die", "wir sind", "firma", "company",
        "fuer die", "i work for", "i work at", "arbeite bei", "arbeite fuer", "we are", "we're", "our company is",
        // the article after the verb of working ("ich arbeite für das Klinikum …", "arbeite beim Landratsamt …", "I work
        // for the Riverside Clinic"): the house is named after it, as after "bei der"
        "arbeite fuer das", "arbeite fuer den", "arbeite beim", "i work for the", "i work at the",
        "unsere firma ist", "unser unternehmen ist", "of", "der", "des",
        // the Swiss "von der" ("Andrea Frick vo dr Frick Treuhand", "… vo de Brunner Immobilien")
        "vo dr", "vo de",
        // and the Austrian and Bavarian one ("i bin die Resi vo da Wörthersee Touristik")
        "vo da",
        // a label of the company as a sentence ("Company is Ridgeway Freight", "die Firma heißt Brandt Elektro")
        "company is", "the company is", "company's", "company name is", "the company's name is", "company is called",
        "the company is called", "firma ist", "die firma ist", "firma heisst", "die firma heisst", "unternehmen heisst",
        "das unternehmen heisst", "unsere firma heisst", "unser unternehmen heisst", "firmenname ist", "der firmenname ist",
        // the owner names what they own or run ("I own Sunrise Realty", "ich führe die Bäckerei Huber")
        "i own", "i run", "we run", "i founded", "ich besitze", "ich fuehre", "ich fuehre die", "ich leite die",
        // the body the writer writes for ("ich schreibe im Auftrag der Ev. Kirchengemeinde Lindenau")
        "im auftrag der", "im auftrag des", "im auftrag von", "on behalf of",
        // ("I write for the Instituto Cervantes Manchester", "ich schreibe für die Tafel Nord e.V.")
        "i write for", "i write for the", "i'm writing for", "i'm writing for the", "i am writing for", "i am writing for the",
        "writing for", "writing for the", "ich schreibe fuer", "ich schreibe fuer die", "ich schreibe fuer den", "ich schreibe fuer das",
        "schreibe fuer die", "schreibe fuer den");

    private static readonly string[][] NeedCues = Phrases.Of(
        "wir brauchen", "wir benoetigen", "wir suchen", "ich suche", "suche", "suchen nach", "brauche", "ich brauche", "ich benoetige", "brauchen", "benoetigen",
        "suchen", "we need", "i need", "we're looking for", "we are looking for", "looking for", "looking to", "we're looking to", "we want to", "we want",
        "we'd like to", "wir wollen", "wir moechten", "ich moechte", "i want to", "i'd like to", "interessiert an",
        "interesse an", "interested in", "es geht um", "it's about", "geht um", "thema", "bedarf", "need", "needs",
        "wir planen", "we plan to", "we're planning to", "wollen", "moechten", "want to", "we'd like", "would like", "i'd like",
        "want", "we want a", "would love", "ob ihr", "ob sie", "whether you can", "if you can", "can you", "wie wir",
        "how we", "how we can", "how can we", "und will", "und moechte", "und moechten", "und wollen",
        // what providers or a solution are sought for ("wir prüfen Anbieter für die Automatisierung …", "Ihre Lösung zur
        // Lead-Qualifizierung") and an interest said with its verb
        "anbieter fuer", "anbietern fuer", "anbieter zur", "anbieter zum", "vendors for", "vendor for", "providers for",
        "provider for", "loesung fuer", "loesungen fuer", "loesung zur", "loesung zum", "solution for", "solutions for",
        "interessiere mich fuer", "interessieren uns fuer",
        // the same verbs as they are spoken and typed in the south ("mir bräuchten a Anbindung", "i bräucht a CRM",
        // "brauch eine Anbindung", "mia brauchn", "mir wolln die Angebote automatisch rausschicken")
        "braeuchten", "braeuchte", "braeucht", "brauch", "brauchn", "brauchan", "wolln", "woin");

    // "tell me prices", "sagen Sie mir den Preis": a request to be told or shown something, which after a refused consent
    // is what the prospect came for and no need of their own to store
    private static readonly string[][] RequestCues = Phrases.Of(
        "tell me", "show me", "send me", "give me", "sag mir", "sagen sie mir", "zeig mir", "zeigen sie mir", "schick mir",
        "schicken sie mir", "nennen sie mir", "nenn mir");

    // "just email me pricing", "schicken Sie mir die Preise per Mail": a request to be sent something, which beside a
    // refusal says what the prospect came for, not that they are only looking
    private static readonly string[][] PriceRequestCues = Phrases.Of(
        "email me", "e mail me", "mail me", "text me", "mail mir", "mailen sie mir", "mailt mir", "per mail", "per email");

    /// <summary>After a clear no to the consent, a need read from a request to be told or shown something ("no I don't
    /// agree, just tell me prices") is dropped: the no and the request are the whole message, and nothing is kept.</summary>
    internal static IReadOnlyList<SlotReading> WithoutRequestAfterNo(string rest, IReadOnlyList<SlotReading> readings)
    {
        var said = FoldedText.Of(rest);
        var request = said.Contains(RequestCues) || said.Contains(PriceRequestCues);
        return readings.Where(r => r.Slot != QuestionSteps.Need || !FoldedText.Of(r.Evidence).Contains(RequestCues) &&
                                   !(request && r.Value is ChoiceValue { Key: "just-looking" })).ToList();
    }

    // Words that limit what is said to the present ("right now", "aktuell").
    private static readonly string[][] ForNowWords = Phrases.Of(
        "rn", "right now", "at the moment", "atm", "currently", "for now", "as of now", "aktuell", "momentan", "derzeit",
        "zurzeit", "im moment", "gerade");

    // Words that take back what was just said ("scratch that", "vergiss das").
    private static readonly string[][] TakenBack = Phrases.Of(
        "scratch that", "strike that", "forget that", "ignore that", "never mind", "nevermind", "i mean", "or rather",
        "vergiss das", "vergessen sie das", "streich das", "streichen sie das", "ich meine", "ich mein", "besser gesagt",
        "korrektur", "correction");

    // Words that say a text was copied from somewhere ("pasted from our CRM", "Auszug aus Salesforce").
    private static readonly string[][] CopiedWords = Phrases.Of(
        "pasted", "copied", "copy pasted", "exported", "export from", "kopiert", "eingefuegt", "exportiert", "auszug aus", "export aus");

    /// <summary>Need cues that say plainly what is wanted: after them own words are a need to confirm.</summary>
    private static readonly string[][] OwnNeedCues = Phrases.Of(
        "wir brauchen", "wir benoetigen", "wir suchen", "ich suche", "ich brauche", "ich benoetige", "we need", "i need",
        "we're looking for", "we are looking for", "we want a", "we want an", "wir wollen ein", "wir wollen eine",
        "wir moechten ein", "wir moechten eine", "wir suchen ein", "wir suchen eine", "we'd like a", "we would like a",
        "looking for a", "looking for an", "suchen ein", "suchen eine", "anbieter fuer", "anbietern fuer", "vendors for",
        "providers for", "loesung fuer", "solution for");

    private static readonly string[][] RoleCues = Phrases.Of(
        "ich bin", "i'm", "i am", "als", "as", "entscheide", "entscheid", "entscheids", "entscheidet", "entscheiden", "decide", "decides", "decision",
        "entscheidung", "chef", "chefin", "boss", "manager", "recherche", "research", "researching", "rolle", "role",
        "position", "in charge", "bin", "bin der", "bin die", "final say", "letzte wort", "the call", "sign off", "signs off", "signs",
        "unterschreibt", "zeichnet ab", "decision is with", "entscheidung liegt", "trifft", "team decision", "the calls", "run the",
        "recommend", "recommending", "empfehle", "empfehlen", "empfehlung", "schlage vor", "propose", "pitch", "recherchiere",
        "recherchieren", "i own", "we own", "own a", "own the", "ich besitze", "gehoert mir", "mir gehoert", "ich sammle",
        "sammle", "sammel", "i'm collecting", "i'm gathering", "gathering", "collecting",
        // "My boss decide, I collect the information": the writer's part said in the simple present, as "collecting" says
        // it ("we collect leads" is the firm's doing, no role)
        "i collect", "i just collect", "i only collect",
        // the writer's own part as an errand ("ich soll nur Infos sammeln", "I'm supposed to collect options"): read as a
        // role, so that beside someone else's decision in another clause the narrower part wins as at the question
        "ich soll", "i'm supposed to", "im supposed to", "i was asked to", "i've been asked to",
        // running the firm with someone ("Me and my eldest daughter run it together") is a shared decision, as at the question
        "run it together", "run it with");

    // The writer's part as collecting what others will weigh ("ich sammle Infos", "gathering information").
    private static readonly string[][] CollectingWords = Phrases.Of(
        "sammle", "sammel", "sammeln", "collecting", "gathering", "collect", "gather");

    // An errand the writer states as their own ("ich soll …", "I'm supposed to …").
    private static readonly string[][] OwnErrand = Phrases.Of(
        "ich soll", "i'm supposed to", "im supposed to", "i am supposed to", "i was asked to", "i've been asked to", "i'm meant to");

    private static readonly string[][] BudgetCues = Phrases.Of(
        "budget", "etat", "ausgeben", "spend", "invest", "investieren", "investment", "kosten", "kosten darf", "preis",
        "price", "preisrahmen", "rahmen", "budgetrahmen", "afford", "leisten", "max", "maximal", "bis zu", "up to", "budget's",
        "budgets");

    // An amount said approved ("board approved 60k", "45k sind freigegeben") is the budget as "Budget 60k" is; one not
    // approved yet or only if something happens ("if the grant is approved") is no such cue.
    private static readonly HashSet<string> ApprovedWords = new(StringComparer.Ordinal)
    {
        "approved", "genehmigt", "freigegeben", "bewilligt", "sanctioned",
    };

    private static readonly HashSet<string> NotYetWords = new(StringComparer.Ordinal)
    {
        "not", "isn't", "hasn't", "hasnt", "isnt", "nicht", "noch", "yet", "nix", "nichts", "kein", "keine", "no", "if", "once",
        "wenn", "falls", "sobald", "pending", "beantragt", "applied", "hopefully", "hoffentlich", "still", "erst",
    };

    // An amount said to hang on an approval ("20k if the board approves it", "30k, wenn der Vorstand zustimmt") is the
    // budget asked for, not yet granted: confirmed.
    private static readonly HashSet<string> ApprovingWords = new(StringComparer.Ordinal)
    {
        "approves", "approve", "approved", "signs", "oks", "okays", "greenlights", "zustimmt", "genehmigt", "freigibt",
        "freigegeben", "bewilligt", "absegnet", "mitmacht",
    };

    private static bool ApprovalAwaited(FoldedText folded) =>
        folded.Words.FindIndex(w => w.Text is "if" or "wenn" or "falls" or "sofern" or "provided" or "assuming") is > 0 and var ifAt &&
        ifAt <= 3 && folded.Words.Skip(ifAt + 1).Any(w => ApprovingWords.Contains(w.Text));

    private static bool ApprovedAmount(FoldedText folded) =>
        folded.Words.Any(w => ApprovedWords.Contains(w.Text)) && !folded.Words.Any(w => NotYetWords.Contains(w.Text));

    // The writer's own limit of approving alone ("I can sign off up to …", "ich darf bis … freigeben").
    private static readonly string[][] SignOffLimit = Phrases.Of(
        "sign off", "signoff", "approve", "freigeben", "genehmigen", "abzeichnen",
        "unterschreiben", "zeichnen", "signing authority", "approval limit", "freigabegrenze", "freigaberahmen");

    private static readonly string[][] TimelineCues = Phrases.Of(
        "start", "starten", "beginnen", "loslegen", "umsetzen", "umsetzung", "einfuehren", "einfuehrung", "go live",
        "live gehen", "kick off", "kickoff", "zeitplan", "zeitraum", "timeline", "timing", "start date", "begin", "launch",
        "implement", "implementation", "roll out", "rollout", "wann", "when", "fertig", "ready", "zeitnah", "sofort", "asap", "soon", "bald",
        "demnaechst", "losgehen", "commence", "commencing",
        "starting", "startet", "beginning", "begin", "anfangen", "go", "projektstart", "projekt", "project", "bis ende",
        "bis spaetestens", "spaetestens", "by end", "by the end", "deadline", "frist", "zeitlich", "zeitraum", "zeitrahmen",
        "not before", "nicht vor", "fruehestens", "at the earliest", "no earlier than", "not until", "erst ab",
        "ab", "so schnell wie moeglich", "so bald wie moeglich", "schnellstmoeglich", "as soon as possible", "right away",
        "immediately", "umgehend",
        // when the prospect has time for it ("Zeit haben wir im Jänner", "time-wise March works")
        "zeit", "time wise", "timewise", "have time", "have the time", "ned vor", "net vor", "noed vor", "nid vor",
        // a plan for a period ("wir planen für 2027", "planning for Q3")
        "planen fuer", "planen mit", "plan for", "planning for");

    private readonly record struct Clause(int Start, int End);

    /// <param name="afterAnswer">The text follows a yes or no that opened the message ("Ja, gerne. Sabine Krüger, …"):
    /// its first clause is read as after a greeting.</param>
    public static IReadOnlyList<SlotReading> ReadAll(string text, ReadingContext context, bool afterAnswer = false) =>
        WithTitlesConfirmed(ReadShoutedOrWritten(text, context, afterAnswer));

    /// <summary>A sure name with an academic title in it ("Dr. Petra Albers, Praxis Albers, …") is confirmed beside other
    /// answers as at the name question: careful writers keep the title or drop it.</summary>
    private static IReadOnlyList<SlotReading> WithTitlesConfirmed(IReadOnlyList<SlotReading> readings)
    {
        static bool Titled(SlotReading r) => r is { Slot: QuestionSteps.Name, Confidence: Confidence.High, Value: string name } && NameReader.HasAcademicTitle(name);
        return readings.Any(Titled)
            ? readings.Select(r => Titled(r) ? r with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : r).ToList()
            : readings;
    }

    private static IReadOnlyList<SlotReading> ReadShoutedOrWritten(string text, ReadingContext context, bool afterAnswer)
    {
        if (!Shouted(text))
        {
            return ReadWritten(text, context, afterAnswer);
        }

        // "MEIN NAME IST HEINZ OTTO, …": a message typed all in capitals has no capitals left to tell a name or a company
        // from any other word, so it is read as if typed in small letters (names are stored capitalized, companies
        // without a legal form confirmed), and the evidence is given back as typed
        var lower = text.ToLowerInvariant();
        var read = ReadWritten(lower, context, afterAnswer);
        return read.Select(r => lower.IndexOf(r.Evidence, StringComparison.Ordinal) is >= 0 and var at && r.Evidence.Length > 0
            ? r with { Evidence = text.Substring(at, r.Evidence.Length) }
            : r).ToList();
    }

    /// <summary>Whether a message is typed all in capitals: no small letter and at least four words of three letters or
    /// more (a short company in capitals, "ACME GMBH", is no such message).</summary>
    internal static bool Shouted(string text)
    {
        var words = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                run++;
                continue;
            }

            words += run >= 3 ? 1 : 0;
            run = 0;
        }

        return words + (run >= 3 ? 1 : 0) >= 4;
    }

    private static IReadOnlyList<SlotReading> ReadWritten(string text, ReadingContext context, bool afterAnswer)
    {
        var readings = new List<(SlotReading Reading, int Start, int End)>();

        var emails = EmailReader.FindAll(text);
        // "my email? ann(at)acme.com, cc bob@acme.com": beside an address spelled out the typed one may be a copy or taken
        // back, so none is taken from the message and the e-mail question asks
        var spelledBeside = emails.Count > 0 && EmailReader.WithSignsJoined(text, besideTyped: true) is { } joined &&
                            EmailReader.FindAll(joined).Count > emails.Count;
        if (emails.Count > 0 && !spelledBeside)
        {
            var distinct = emails.Select(e => e.Address).Distinct(StringComparer.Ordinal).Count();
            var e = emails[0];
            var sure = distinct == 1 && !EmailReader.LooksMistyped(e.Address) && !e.Guessed;
            readings.Add((new SlotReading(QuestionSteps.Email, e.Address, sure ? Confidence.High : Confidence.Medium, text[e.Start..e.End]), e.Start, e.End));
        }

        var masked = Mask(text, emails.Select(e => (e.Start, e.End)));
        var candidates = PhoneReader.FindAll(masked, context.Region);
        var phones = candidates.Where(p => p.Valid).ToList();
        if (phones.Count > 0 && candidates.FindIndex(c => c.Valid) is var firstValid && candidates.Take(firstValid).Any(c => c.End - c.Start >= 8))
        {
            // "0151 2345678, sorry, 2345679": a number that is no valid number said before the valid one; the later digits
            // may correct it, so no number is taken from the message (the phone question asks)
            masked = Mask(masked, candidates.Select(x => (x.Start, x.End)));
            phones.Clear();
        }

        if (phones.Count > 0 && DigitsCorrected(masked, phones[0].End))
        {
            // "206 555 0143 - oops, 0134": digits after a correcting word may replace the number's last ones; the phone
            // question asks rather than take the number said first
            masked = Mask(masked, candidates.Select(x => (x.Start, x.End)));
            phones.Clear();
        }

        if (phones.Count == 0 && candidates.Count == 1 && candidates[0] is { Valid: false, ExtensionEnd: 0 } abroad && context.Region != "IN" &&
            IndianMobile(text[abroad.Start..abroad.End]) is { } mobile && FoldedText.Of(text).Contains(IndianEnglish))
        {
            // "…, 5 lakh, call me on 98220 12345": the only number, no number where the chat is, is an Indian mobile number
            // in a message written in Indian English; offered, confirmed
            readings.Add((new SlotReading(QuestionSteps.Phone, mobile, Confidence.Medium, text[abroad.Start..abroad.End]) { Hint = ReadingHints.Ambiguous }, abroad.Start, abroad.End));
            masked = Mask(masked, [(abroad.Start, abroad.End)]);
            candidates.Clear();
        }

        var extendedPhone = false;
        if (phones.Count == 0 && candidates.Count == 1 && candidates[0] is { ExtensionEnd: > 0 } extended)
        {
            extendedPhone = true;
            // "0431 5920-0 Durchwahl 145", "415-555-0132 ext. 12": a number with its extension is the number the phone
            // question offers, confirmed beside other answers too
            readings.Add((new SlotReading(QuestionSteps.Phone, extended.Value, Confidence.Medium, text[extended.Start..extended.End]) { Hint = ReadingHints.Ambiguous },
                extended.Start, Math.Max(extended.End, extended.ExtensionEnd)));
            masked = Mask(masked, [(extended.Start, Math.Max(extended.End, extended.ExtensionEnd))]);
        }

        if (phones.Count == 0 && !extendedPhone && candidates.Count == 1 && candidates[0] is { Valid: false, ExtensionEnd: 0 } unassigned &&
            FoldedText.Of(masked[..unassigned.Start]) is { Count: > 0 } beforeNumber &&
            beforeNumber.Words.Skip(Math.Max(0, beforeNumber.Count - 3)).Any(w => NumberLabels.Contains(w.Text) || w.Text is "number" or "nummer" or "telefonnummer" or "handynummer"))
        {
            // "my phone is 555-201-3344": the only number, labelled as the phone but no valid number in its region, is
            // offered as the phone question offers it, confirmed
            readings.Add((new SlotReading(QuestionSteps.Phone, unassigned.Value, Confidence.Medium, text[unassigned.Start..unassigned.End]) { Hint = ReadingHints.Ambiguous },
                unassigned.Start, unassigned.End));
            masked = Mask(masked, [(unassigned.Start, unassigned.End)]);
        }

        if (phones.Count == 0 && !extendedPhone && candidates.Count == 1 && candidates[0] is { Valid: false, ExtensionEnd: 0 } neighbour &&
            text[neighbour.Start] == '0' && !neighbour.Value.E164.StartsWith("+" + PhoneNumbers.PhoneNumberUtil.GetInstance().GetCountryCodeForRegion(context.Region), StringComparison.Ordinal) &&
            neighbour.Value.E164.StartsWith('+'))
        {
            // "0664 1234567" in a German chat: the only number, written in national form and grouped after a neighbouring
            // country's code, is offered there as the phone question offers it, confirmed
            readings.Add((new SlotReading(QuestionSteps.Phone, neighbour.Value, Confidence.Medium, text[neighbour.Start..neighbour.End]) { Hint = ReadingHints.Ambiguous },
                neighbour.Start, neighbour.End));
            masked = Mask(masked, [(neighbour.Start, neighbour.End)]);
        }

        if (phones.Count > 0)
        {
            var p = phones[0];
            if (phones.Count == 1 && context.Region != "IN" && !text.AsSpan(p.Start, p.End - p.Start).TrimStart().StartsWith("+") &&
                !text.AsSpan(p.Start, p.End - p.Start).TrimStart().StartsWith("00") && FoldedText.Of(text).Contains(IndianEnglish))
            {
                // "kindly do the needful and call me back on 9845012345": a number without its country code in a message
                // written in Indian English may be dialled in India as well as where the chat is; the number as India reads
                // it is offered when it is one there, confirmed either way
                var indian = IndianMobile(text[p.Start..p.End]) is { } there ? there : p.Value;
                readings.Add((new SlotReading(QuestionSteps.Phone, indian, Confidence.Medium, text[p.Start..p.End]) { Hint = ReadingHints.Ambiguous }, p.Start, p.End));
            }
            else
            {
                readings.Add((new SlotReading(QuestionSteps.Phone, p.Value, phones.Count == 1 ? Confidence.High : Confidence.Medium, text[p.Start..p.End]), p.Start, p.End));
            }

            masked = Mask(masked, phones.Select(x => (x.Start, x.End)));
        }

        // "Chukwuemeka (Emeka) Eze, …", "Robert "Bob" Miller here": the name someone goes by, in brackets or quotes
        // between the given name and the surname and shorter than it, is neither a company nor where the name ends
        // ("Bob (Robert) Klein" may give the formal name the writer wants kept, so it stays)
        masked = Mask(masked, NicknameInName().Matches(masked).Where(m => m.Groups["nick"].Length - 2 < m.Groups["given"].Length).Select(m => m.Groups["nick"])
            .Where(g => !OrganisationWord(FoldedText.Of(g.Value)[0].Text)).Select(g => (g.Index, g.Index + g.Length)));

        var culture = RecognizerCulture.Normalize(context.Locale);
        var clauseIndex = -1;
        var firstClause = -1;
        var budgetTopic = false;
        // the first amount read as the budget from a clause that does not call it so ("I can sign off up to $50k")
        (SlotReading Reading, int Start, int End)? unlabelledBudget = null;
        var greetingBefore = afterAnswer;
        var weBefore = false;
        var nameClause = -1;
        var companyOpening = -1;
        (SlotReading Reading, int Start, int End)? ownNeed = null;
        SlotReading? errand = null;
        var previous = new Clause(-1, -2);
        var seen = new List<(Clause Clause, FoldedText Words)>();
        // where a time read together with the clause after it ends ("asap, like next week"): that clause is not read again
        var timelineReadTo = -1;
        // the period the last clause read, whether taken or not ("maybe in the fall, no rush")
        (SlotReading Reading, int Clause, int Offset, string Part)? datedAside = null;
        foreach (var clause in Clauses(masked))
        {
            var part = masked[clause.Start..clause.End];
            var folded = FoldedText.Of(part);
            if (folded.Count == 0)
            {
                // an address or a number taken out leaves an empty clause: "Emily Chen, emily@…, Hooli" keeps the company
                // right after the name
                continue;
            }

            clauseIndex++;
            seen.Add((clause, folded));

            // the message's first words after a greeting ("Hallo, Sabine Krause von der …", "Erik Lang, Tel. …")
            var openingQuestion = firstClause < 0 && OpeningQuestion(masked, clause);
            if (firstClause < 0 && !IsOnlyGreeting(folded) && !OnlyNumberLabel(folded) && !openingQuestion)
            {
                firstClause = clauseIndex;
            }

            // role first: "ich bin GF" is a role, not a name; read without the company's words ("Inhaber der Kanzlei
            // Berger & Partner mbB": the partner is in the name, not the role)
            var clauseCompany = Company(part, folded);
            var moreAfter = masked.AsSpan(clause.End).ContainsAnyExcept(" .,;:!?\n\r-–—()/|");
            var tradeOpened = false;
            if (clauseCompany is null && clauseIndex == firstClause && TradeOpening(part, folded, context, greetingBefore, moreAfter || emails.Count + phones.Count > 0 || extendedPhone) is { } trade)
            {
                // "Moin, Fahrschule Becker hier.", "Sprachschule Lingua Viva, Carla Benedetti, …": a kind of business and
                // a name opening the message is the firm, not the writer; a name may follow in the next clause
                clauseCompany = trade;
                tradeOpened = true;
                companyOpening = clauseIndex;
            }

            if (clauseCompany is { Reading.Confidence: Confidence.High } firmClause && clauseIndex == firstClause && CompanyReader.HasLegalForm(firmClause.Reading.Evidence, 0) &&
                part[..firmClause.Start].Trim().Length == 0 && part[firmClause.End..].Trim().TrimEnd('.').Length == 0)
            {
                // "Guten Tag, Rechtsanwälte Kaiser & Vogel PartG mbB, Dr. Katharina Vogel.": a firm with its legal form as
                // the whole first clause opens the message like a trade and a name; the writer's name may follow
                companyOpening = clauseIndex;
            }

            var roleCue = folded.Contains(RoleCues);
            if (clauseCompany is null && (roleCue || StartsWithTitle(folded)) && folded.Words.FindIndex(1, w => w.Text is "at" or "bei") is var employerAt && employerAt > 0 &&
                !folded[employerAt].AfterBreak && JobBefore(folded, employerAt) && SmallCompanyAfter(part, folded, employerAt) is { } employer &&
                IsPlainName(employer.Reading.Evidence, context) && !(folded[employerAt + 1].Text == "the" && employer.Reading.Confidence < Confidence.High))
            {
                // "ops manager at northwind ops corp", "einkauf bei schulz gmbh": the company in small letters right after
                // the job, sure with a legal form, else confirmed ("at the moment" is none)
                clauseCompany = employer;
            }

            if (clauseCompany is null && (roleCue || StartsWithTitle(folded)) && folded.Words.FindIndex(1, w => w.Text == "in") is var workIn && workIn > 0 &&
                workIn + 1 < folded.Count && !folded[workIn + 1].AfterBreak && char.IsUpper(part[folded[workIn + 1].Start]) && JobBefore(folded, workIn) &&
                string.Concat(part.AsSpan(0, folded[workIn].Start), "at", part.AsSpan(folded[workIn].End)) is var atFirm &&
                Company(atFirm, FoldedText.Of(atFirm)) is { Reading.Confidence: Confidence.High } inFirm &&
                inFirm.Start > folded[workIn].Start && FoldedText.Of(inFirm.Reading.Evidence) is { Count: >= 2 } inFirmWords &&
                (IsCompanyWord(inFirmWords[^1].Text) || CompanyReader.HasLegalForm(inFirm.Reading.Evidence, 0)) && !IsPlace(inFirmWords[0].Text) && !IsCompanyWord(inFirmWords[0].Text))
            {
                // "working as project manager in Gulf Bridge Engineering Consultants": second-language writers put "in"
                // for "at"; only capitalized words ending in a firm's word or legal form are the employer, never a place
                // or a unit named by firm words only ("in Digital Solutions")
                clauseCompany = inFirm;
            }

            if (clauseCompany is { } shop)
            {
                clauseCompany = WithoutShopKind(part, shop);
            }

            if (clauseCompany is not null && folded.Contains(CopiedWords))
            {
                // "Copied from HubSpot": the tool a text was copied from is no company
                clauseCompany = null;
            }

            var withoutCompany = clauseCompany is { } held0 ? MaskSpan(part, held0.Start, held0.End) : part;
            SlotReading? role = null;
            if (roleCue || folded.Count <= 3 || StartsWithTitle(folded))
            {
                // "Julia Novak from Novak Consulting": the company's words are no role or need; "Ich bin Geschäftsführer der
                // Brandt & Partner Steuerberater und möchte mich informieren": what follows an "und" after the company is a
                // clause of its own, so the role is read from the words before it
                var rolePart = withoutCompany;
                if (clauseCompany is { } held1 && FoldedText.Of(part[held1.End..]) is { Count: > 1 } afterCompany && afterCompany[0].Text is "und" or "and" &&
                    ChoiceReader.Read(QuestionSteps.Authority, withoutCompany[..held1.End], context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is { Confidence: Confidence.High })
                {
                    rolePart = withoutCompany[..held1.End];
                }

                // "Bin der Chef": "ich bin" without the "ich", as the roles' phrases are written with it (as at the question)
                var subjectless = rolePart.AsSpan().TrimStart().StartsWith("bin ", StringComparison.OrdinalIgnoreCase);
                role = ChoiceReader.Read(QuestionSteps.Authority, subjectless ? "ich " + rolePart.TrimStart() : rolePart, context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false);
                if (role is { Confidence: Confidence.High } && AddressedTitle(rolePart, role.Evidence) is >= 0 and var addressedAt)
                {
                    // "I'd recommend to the head of department", "ich gebe das an die Geschäftsführung weiter": a title
                    // after "to the"/"an die" is whom the writer turns to, not the writer's own; the rest of the clause
                    // says the writer's part, and without it the title is confirmed
                    var addressed = role;
                    role = ChoiceReader.Read(QuestionSteps.Authority, MaskSpan(rolePart, addressedAt, addressedAt + addressed.Evidence.Length), context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false)
                        is { Value: ChoiceValue { Key: not null } } own && !own.Evidence.Contains(addressed.Evidence, StringComparison.Ordinal)
                        ? own
                        : addressed with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }
                if (subjectless && role is not null && role.Evidence.StartsWith("ich ", StringComparison.OrdinalIgnoreCase))
                {
                    role = role with { Evidence = role.Evidence[4..] };
                }

                // without a cue only a clause that is nothing but a role title ("Ich bin Max, Geschäftsführer"); a bare team
                // lead's title is confirmed here as at the question
                // ("ich entscheide mit unserem CTO": the shared role, confirmed, as at the question)
                var confirmedTitle = role is { Confidence: Confidence.Medium } &&
                    (ChoiceReader.BareTeamLead(FoldedText.Of(rolePart)) || ChoiceReader.DecidesWithSoleDecider(rolePart, context.Policy.Roles));
                if (role is not null && (role.Confidence == Confidence.High || confirmedTitle) && (roleCue || role.Evidence.Trim().Length == part.Trim().TrimEnd('.').Length ||
                    TitleThenSelfOrCompany(part, role.Evidence)))
                {
                    if (role.Value is ChoiceValue { Key: { } roleKey } && !IsDecider(roleKey, context) &&
                        ChoiceReader.Read(QuestionSteps.Need, part, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is { Value: ChoiceValue { Key: not null } } sameNeed)
                    {
                        var overlap = Overlap(part, role.Evidence, sameNeed.Evidence);
                        var forSomeone = ForSomeone(folded);
                        if (overlap && sameNeed.Confidence == Confidence.High && !forSomeone)
                        {
                            // "Bin eh nur am Informieren": the same words read as the role of someone gathering information
                            // and as the need to look around first; a fragment two slots claim is given to neither
                            Add(readings, sameNeed, text, clause.Start, part);
                        }
                        else if ((forSomeone || overlap && sameNeed.Confidence == Confidence.Medium) &&
                                 ChoiceReader.Read(QuestionSteps.Authority, sameNeed.Evidence, context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is { Value: ChoiceValue { Key: { } errandKey } } &&
                                 errandKey == roleKey)
                        {
                            // "researching options for my manager", "mein Chef hat mich gebeten, mich … zu informieren":
                            // someone else's errand is the role, and looking around for them (the need's words are the
                            // role's: "collecting quotes for our purchasing team" wants no quotes) a need to confirm
                            errand ??= sameNeed with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                        }
                    }

                    if (role.Confidence == Confidence.High && WorksAlone(FoldedText.Of(role.Evidence)))
                    {
                        // "Ich bin freiberufliche Trainerin", "sole trader here": working on one's own names a job, not who
                        // decides; that nobody else does is likely, so it is confirmed
                        role = role with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                    }

                    if (role is { Confidence: Confidence.High, Value: ChoiceValue { Key: "decides" } } && HeadsOneFunction(role.Evidence))
                    {
                        // "I am CTO", "I run the IT at a pharmacy group": heading one function of a firm is a job, not
                        // deciding the purchase; without a word of deciding beside it the title is confirmed (an owner,
                        // a founder, a CEO or "I run the company" stays sure)
                        role = role with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                    }

                    Add(readings, role, text, clause.Start, part);
                    if (nameClause >= 0 && clauseIndex == nameClause + 1 && role.Evidence.Trim().Length == part.Trim().TrimEnd('.').Length)
                    {
                        // "Maria Hernandez, CEO, Greenleaf Grocers": a title alone between the name and the company
                        nameClause = clauseIndex;
                    }
                }
                else
                {
                    role = null;
                }
            }

            (SlotReading Reading, int Start, int End)? cuedName = null;
            // ("Moin, Fahrschule Becker hier. Carla Benedetti, …": the clause after a firm opening the message opens like the first)
            var afterFirmOpening = companyOpening >= 0 && clauseIndex == companyOpening + 1;
            // "I am CTO Kim Min-jun": a chief's title between the introduction and the name is read past, as after the name
            var namePart = role is not null && ChiefTitleBeforeName(part, folded) is (var chiefStart, var chiefEnd) ? MaskSpan(part, chiefStart, chiefEnd) : null;
            if (!tradeOpened && (role is null || namePart is not null || HasExplicitNameCue(folded)) &&
                ((cuedName = namePart is not null ? Name(namePart, FoldedText.Of(namePart)) : Name(part, folded)) ?? (clauseIndex == firstClause || afterFirmOpening ? OpeningName(part, folded, context, emails.Count + phones.Count > 0 || extendedPhone, BringsCompany(masked), string.Join(' ', emails.Select(e => e.Address)), greetingBefore || afterFirmOpening, moreAfter, masked[clause.End..]) : null)) is { } name)
            {
                var legalLater = CompanyReader.HasLegalForm(masked, clause.End);
                if (clauseCompany is { Reading.Confidence: Confidence.Medium } particle && FoldedText.Of(particle.Reading.Evidence).Count == 1 &&
                    FoldedText.Of(part[name.End..particle.Start]) is { Count: 1 or 2 } between && between[0].Text == "von" &&
                    (between.Count == 1 || between[1].Text is "der" or "dem" or "den" && (legalLater || (cuedName is null || JobTitleNext(masked, clause.End)) &&
                        !OrganisationWord(FoldedText.Of(particle.Reading.Evidence)[0].Text))) &&
                    !name.Reading.Evidence.Trim().Contains(' ', StringComparison.Ordinal) && part[particle.End..].Trim().Trim('.', '!').Length == 0 &&
                    !(between.Count == 1 && FirmShapedWord(particle.Reading.Evidence.Trim(), name.Reading.Evidence.Any(char.IsLower))) &&
                    NameReader.Read(part[..particle.End]) is { Value: string asNamed } named)
                {
                    // "ich bin Clara von Bergen, …", "hier ist Lisa von Acme, …": a first name, "von" and one word is a
                    // noble name as often as a name and a company; read as the name question reads it, and the word is
                    // no company when the name question keeps it in the name. "von der" and one word ("Markus von der
                    // Heide", "Anna von der Telekom") is read so when a later clause names the company with its legal
                    // form: then the word is no second company; opening the message without "ich bin" ("Hallo,
                    // Jan-Hendrik von der Heide, …") or before the writer's job in the next clause ("ich bin die Marie von
                    // der Heide, Leiterin einer …") it is as likely a surname as a firm, so the whole name is confirmed
                    var whole = asNamed.Contains(" von ", StringComparison.Ordinal);
                    if (whole && between.Count == 2 && !legalLater)
                    {
                        named = named with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                    }

                    name = (named with { Evidence = whole ? part[name.Start..particle.End] : name.Reading.Evidence },
                            name.Start, whole ? particle.End : name.End);
                    if (whole)
                    {
                        clauseCompany = null;
                    }
                }

                // (a nickname taken out of the name leaves its place blank: "Chukwuemeka (Emeka) Eze")
                readings.Add((name.Reading with { Value = name.Reading.Value is string v && v.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', v.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : name.Reading.Value, Evidence = text.Substring(clause.Start + name.Start, name.End - name.Start) }, clause.Start + name.Start, clause.Start + name.End));
                if (clauseIndex == firstClause)
                {
                    nameClause = clauseIndex;
                }

                // "jana koch von koch logistik", "this is mike from greenfield farms": the company in small letters right
                // after the name
                var after = folded.Words.FindIndex(w => w.Start >= name.End);
                var orgAt = after >= 0 ? RomanceOrganisationAt(part, folded, after) : 0;
                if (after >= 0 && !folded[after].AfterBreak && (orgAt > 0 ? orgAt : RomanceFirmAt(part, folded, after)) is > 0 and var firmAt &&
                    FoldedText.Of(part[firmAt..]) is var orgWords &&
                    CompanyReader.Extract(part[firmAt..], orgWords, 0, requireCue: false) is { Words: <= 6 } org)
                {
                    // "sono Luca Moretti dell'Associazione Italiana di Kultur e.V.", "soy Ana Ruiz de la Fundación Sol", "je
                    // suis Jean-Luc Perrin de Perrin Transports": the organisation named after the writer's name with a
                    // Romance "of (the)" is where they write from; a name that is no organisation's word nor has a legal
                    // form may be a surname's second half, so it is confirmed
                    var sure = orgAt > 0 || org.HasLegalForm ? Confidence.High : Confidence.Medium;
                    clauseCompany = Small(part, firmAt + org.Start, firmAt + org.End, sure);
                }

                if (clauseCompany is null && after >= 0 && !name.Reading.Evidence.Any(char.IsUpper) && folded[after].Text is "from" or "von" or "vom" or "bei" or "at" or "with" &&
                    !folded[after].AfterBreak && SmallCompanyAfter(part, folded, after) is { } small && IsPlainName(small.Reading.Evidence, context))
                {
                    clauseCompany = small;
                }
            }

            // "freelance consultant": who works on their own and as what; the job is no need ("consultant" is no wish for
            // consulting)
            var wholePrivate = false;
            if (clauseCompany is null && MayBePrivate(part) && CompanyReader.Read(part[..PrivateClauseEnd(part, folded)], context.Language) is { Confidence: >= Confidence.Medium, Value: string privately } p0 &&
                privately is "privat" or "private")
            {
                // "ok. Rachel Green, it's for a personal project, no budget": a clause that says there is no company; up to
                // an "und"/"and" that goes on with something else ("bin privat unterwegs und will mich nur mal informieren")
                var privateEnd = PrivateClauseEnd(part, folded);
                readings.Add((p0 with { Evidence = text.Substring(clause.Start, privateEnd) }, clause.Start, clause.Start + privateEnd));
                wholePrivate = privateEnd == part.Length && folded.Count <= 3;
                if (privateEnd < part.Length && FoldedText.Of(part[privateEnd..]) is { Count: <= 7 } restWords &&
                    ChoiceReader.Read(QuestionSteps.Need, part[(privateEnd + restWords[0].End)..], context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is { Confidence: Confidence.High } privateNeed)
                {
                    // "ich bin privat hier und will mich nur informieren": what follows the "und" is a clause of its own,
                    // confirmed like any need beside a private clause (below)
                    Add(readings, privateNeed with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, text,
                        clause.Start + privateEnd + restWords[0].End, part[(privateEnd + restWords[0].End)..]);
                }
            }
            else if (clauseCompany is { } company &&
                !(company.Reading.Confidence < Confidence.High && NeedCueAt(folded) is var n && n >= 0 && company.Start > folded[n].Start))
            {
                readings.Add((company.Reading, clause.Start + company.Start, clause.Start + company.End));
                if (FoldedText.Of(part[company.End..]) is { Count: >= 2 and <= 8 } after && after[0].Text is "und" or "and" && !after[0].AfterBreak &&
                    ChoiceReader.Read(QuestionSteps.Need, part[(company.End + after[0].End)..], context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is
                        { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } } companyThenNeed &&
                    ChoiceReader.Read(QuestionSteps.Authority, part[(company.End + after[0].End)..], context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is null or { Confidence: Confidence.Low })
                {
                    // "arbeite bei der Stadtwerke Kiel AG und schaue mich erstmal nur um": what follows the "und" after the
                    // company is a clause of its own, read like a short clause that is nothing but a need; words that also
                    // read as a role ("und soll Infos sammeln") are given to neither
                    Add(readings, companyThenNeed, text, clause.Start + company.End + after[0].End, part[(company.End + after[0].End)..]);
                }
            }
            else if (nameClause >= 0 && clauseIndex > nameClause && role is null &&
                     readings.FindIndex(r => r.Reading is { Slot: QuestionSteps.Name, Value: string given } && !given.Contains(' ', StringComparison.Ordinal)) is >= 0 and var givenAt &&
                     readings[givenAt].Reading.Value is string givenName && GivenInFull(part, folded, givenName) is { } fuller)
            {
                // "I'm Nick, Nick Patel, Patel & Sons Insurance Ltd", "this is Markus from Vienna – …: Markus Leitner, …": the
                // given name said first, then the whole name as a clause of its own; the whole one is the name, and the
                // company after it is read as after an opening name
                readings[givenAt] = (fuller.Reading, clause.Start + fuller.Start, clause.Start + fuller.End);
                nameClause = clauseIndex;
            }
            else if (clauseIndex == nameClause + 1 && nameClause >= 0 && role is null && JobTitle(part, folded))
            {
                // "Paul Ferreira | Sales Operations Manager\nCoastline Insurance Group": a job title no role reads, alone
                // between the name and the company, keeps the company next to the name
                nameClause = clauseIndex;
            }
            else if (clauseIndex == nameClause + 1 && nameClause >= 0 && BareCompany(part, folded, context) is { } bare)
            {
                // "Daniel Kim, Kim Consulting Group", "Chris Taylor, Stark Industries": capitalized words right after the
                // opening name are most likely the company; without a legal form, confirmed
                var shopless = WithoutShopKind(part, bare);
                if (shopless.Reading is { Confidence: Confidence.Medium, Evidence: var firm } &&
                    (emails.Count + phones.Count > 0 && FirmRepeatsSurname(readings, firm) || emails.Any(e => FirmIsDomain(firm, e.Address))))
                {
                    // "Dave Fraser, Fraser Plant Hire, dave@…", "Thabo Nkosi, Cape Optometrists. thabo@capeoptometrists.co.za":
                    // a firm named after the surname the writer just gave, listed with their contact, or spelled in the
                    // domain of their address is theirs, as every writer records it
                    shopless = shopless with { Reading = shopless.Reading with { Confidence = Confidence.High, Hint = null } };
                }

                readings.Add((shopless.Reading, clause.Start + shopless.Start, clause.Start + shopless.End));
            }
            else if (weBefore && clause.Start > 0 && masked[clause.Start - 1] == '(' && ClosesLater(masked, clause.End) &&
                     folded.Count > 0 &&
                     (folded[0].Text is "fa" or "firma" or "fma" || CompanyReader.HasLegalForm(part, 0)) &&
                     CompanyReader.Read(part, context.Language) is { Confidence: >= Confidence.Medium, Value: string, Evidence: { Length: > 0 } firmEvidence } firm &&
                     part.IndexOf(firmEvidence, StringComparison.Ordinal) is >= 0 and var firmAt)
            {
                // "Wir (Fa. Brandt Elektro, 12 MA)", "we (Harbor Tech LLC, 40 people)": a company named as one ("Fa.", a legal
                // form) in the brackets after "wir"/"we", however the brackets go on
                readings.Add((firm with { Confidence = Confidence.High, Hint = null }, clause.Start + firmAt, clause.Start + firmAt + firmEvidence.Length));
            }
            else if (weBefore && clause.Start > 0 && masked[clause.Start - 1] == '(' && (clause.End < masked.Length && masked[clause.End] == ')' || ClosesLater(masked, clause.End)) &&
                     BareCompany(part, folded, context) is { } ours && char.IsUpper(part[folded[0].Start]))
            {
                // "Wir (Weber Logistik) suchen …": capitalized words in brackets right after "wir"/"we" say who "we" are,
                // also when the brackets go on with where or how many ("Wir (Huber Bau, Linz)", "Wir (Holzbau Meier, 12 Leute)")
                var sure = PlainlyCompany(folded, anyWord: true) ? Confidence.High : Confidence.Medium;
                readings.Add((ours.Reading with { Confidence = sure }, clause.Start + ours.Start, clause.Start + ours.End));
            }
            else if (previous.End == clause.Start - 1 && masked[previous.End] == '(' && clause.End < masked.Length && masked[clause.End] == ')' &&
                     CompanyReader.NamedAfterDescription(masked[previous.Start..previous.End], part) is { } described)
            {
                // "einer kleinen Agentur (Pixelwerk)", "a 20-person dental practice (Pinecrest Dental)": the name in brackets
                // after what kind of company it is; the description read as a company before it is not the name
                readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= previous.Start && r.End <= previous.End);
                var at = Math.Max(0, part.IndexOf(described.Evidence, StringComparison.Ordinal));
                readings.Add((described, clause.Start + at, clause.Start + at + described.Evidence.Length));
            }
            else if (previous.End == clause.Start - 1 && masked[previous.End] == '(' && (clause.End < masked.Length && masked[clause.End] == ')' || ClosesLater(masked, clause.End)) &&
                     DescribesWriter(FoldedText.Of(masked[previous.Start..previous.End])) &&
                     !(NamedAsWe(masked[previous.Start..previous.End]) && !CompanyReader.HasLegalForm(part, 0) &&
                       !folded.Words.Any(w => CompanyReader.IsOrganisationWord(w.Text))) &&
                     !readings.Exists(r => r.Reading.Slot == QuestionSteps.Company && r.Start < previous.Start) &&
                     !readings.Exists(r => r.Reading.Slot == QuestionSteps.Name && r.End > previous.Start) &&
                     folded.Count > 0 && char.IsUpper(part[folded[0].Start]) && !CompanyReader.SeveralNames(part) && BareCompany(part, folded, context) is { } writersFirm)
            {
                // "estate agent here (Dunne & Daughters)", "we run 6 trucks (Ramirez HVAC)", "We are a municipality in Denmark
                // (Aarhus Kommune)": capitalized words in brackets after the writer said what they or their firm are name
                // that firm, as after "wir (…)"; a place read as a company in the words before ("from Hungary") is not it
                readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= previous.Start && r.End <= previous.End);
                // after a kind of business ("we're a bike shop (Trek)", "ein Küchenstudio (Nolte)") the brackets may name
                // the brands it sells as well as its own name, so only a legal form or a word of an organisation makes it sure
                var kind = FoldedText.Of(masked[previous.Start..previous.End]).Words.Any(w => w.Text is "a" or "an" or "ein" or "eine" or "einen" or "ne");
                var sure = CompanyReader.HasLegalForm(part, 0) || folded.Words.Any(w => CompanyReader.IsOrganisationWord(w.Text)) ||
                           !kind && PlainlyCompany(folded, anyWord: true) ? Confidence.High : Confidence.Medium;
                readings.Add((writersFirm.Reading with { Confidence = sure, Hint = sure == Confidence.High ? null : ReadingHints.Ambiguous },
                    clause.Start + writersFirm.Start, clause.Start + writersFirm.End));
            }

            if (previous.End == clause.Start - 1 && masked[previous.End] == '(' && DescribesWriter(FoldedText.Of(masked[previous.Start..previous.End])) &&
                readings.Exists(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= clause.Start && r.End <= clause.End))
            {
                // "we are packaging machine producer from Hungary (Precision Parts Hungary Kft)": the firm named in the
                // brackets is the writer's; where they are from is no company
                readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= previous.Start && r.End <= previous.End);
            }

            if (readings.FindLast(r => r.Reading.Slot == QuestionSteps.Company) is { Reading: not null } ownCompany &&
                ownCompany.Start >= clause.Start && ownCompany.End <= clause.End && withoutCompany == part)
            {
                // "Wir (Fischer & Partner Steuerberatung)": the words of the company read in brackets are no need or role
                withoutCompany = MaskSpan(part, ownCompany.Start - clause.Start, ownCompany.End - clause.Start);
            }

            previous = clause;

            weBefore = folded.Count == 1 && folded[0].Text is "wir" or "we";
            greetingBefore = IsOnlyGreeting(folded) || openingQuestion;

            var (needCue, needCueLength) = folded.Find(NeedCues);
            // "Pasted from our CRM:", "aus unserem CRM kopiert": where the text was copied from names a tool the prospect
            // has, no need
            var noNeed = wholePrivate || folded.Contains(CopiedWords);
            var cuedNeed = needCue >= 0 && needCue + needCueLength < folded.Count
                ? ChoiceReader.Read(QuestionSteps.Need, part[folded[needCue + needCueLength].Start..], context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false)
                : null;
            // "ich will nur schauen, was es gibt", "I'm just looking at what you offer": a first-person clause of looking
            // around goes on with what is looked at; those words say no more, so the clause counts as short when it says
            // it is only looking
            // ("hallo ich wollte nur mal gucken, was ihr so anbietet", "nur mal gucken was ihr so könnt", "just checking out
            // what you offer": after a greeting in the clause, and without a subject when "nur"/"just" opens it)
            var lookFrom = folded.Find(Greetings) is (0, var greetingLength) && greetingLength < folded.Count ? greetingLength : 0;
            var lookingAround = (!roleCue || role is null) &&
                                (FirstPerson(folded) || folded[lookFrom].Text is "ich" or "wir" or "i'm" or "i" or "we" or "we're" or "nur" or "just" or "only" or "erstmal") &&
                                WhatIsLookedAt(folded) - lookFrom is >= 2 and <= 6 && folded.Count - lookFrom <= 12;
            if (!noNeed && (needCue < 0 || cuedNeed is null) && (folded.Count <= 4 || folded.Count <= 6 && !roleCue && FirstPerson(folded) || folded.Count <= 8 && Purpose(folded) || lookingAround) && !folded.Contains(BudgetCues) &&
                !CompanyReader.HasLegalForm(part, 0) && !(nameClause >= 0 && clauseIndex == nameClause + 1 && AllCapitalized(part, folded)) &&
                // "Smith Consulting", "Keller Media Group": capitalized words with a firm's word are a firm's name, no need
                !(folded.Count >= 2 && AllCapitalized(part, folded) && folded.Words.Any(w => CompanyWords.Contains(w.Text))) &&
                ChoiceReader.Read(QuestionSteps.Need, withoutCompany, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is { Confidence: Confidence.High } shortNeed &&
                (folded.Count <= 6 || Purpose(folded) || shortNeed.Value is ChoiceValue { Key: "just-looking" }))
            {
                // a clause that is nothing but a need ("just browsing", "wir informieren uns nur", "CRM anbinden"); when a
                // cue word is part of it ("just looking for now") or a verb without its "ich"/"wir" opens it ("will mich
                // nur informieren"), only beside other answers
                if (needCue < 0 && SubjectlessVerbAt(folded) < 0)
                {
                    Add(readings, shortNeed, text, clause.Start, part);
                }
                else if (ownNeed is null)
                {
                    var start = clause.Start + Math.Max(0, part.IndexOf(shortNeed.Evidence, StringComparison.Ordinal));
                    ownNeed = (shortNeed with { Evidence = text.Substring(start, shortNeed.Evidence.Length) }, start, start + shortNeed.Evidence.Length);
                }
            }
            else if (!noNeed && needCue < 0 && role is null && folded.Count > 4 && !folded.Contains(BudgetCues) && !readings.Exists(r => r.Reading.Slot == QuestionSteps.Need) &&
                     ChoiceReader.Read(QuestionSteps.Need, withoutCompany, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is { Confidence: Confidence.High } opening &&
                     FoldedText.Of(opening.Evidence).Count >= 2 && part.TrimStart().StartsWith(opening.Evidence, StringComparison.Ordinal))
            {
                // "lead qualification for our SDR team, …": a clause that opens with a need's words of two or more says
                // what is wanted, whatever follows in it
                Add(readings, opening, text, clause.Start, part);
            }
            else if (!noNeed && needCue < 0 && role is null && folded.Count > 4 && folded[0].Text is "we" or "wir" or "our" or "unser" or "unsere" &&
                     !folded.Contains(BudgetCues) && !readings.Exists(r => r.Reading.Slot == QuestionSteps.Need) &&
                     ChoiceReader.Read(QuestionSteps.Need, withoutCompany, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is
                         { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: not null } } pain)
            {
                // "We get tons of inbound leads but qualifying them takes forever", "We have HubSpot and NetSuite and they
                // don't talk to each other": a sentence about the firm's own work that the need question reads as a need
                // says what hurts; beside other answers without a word of wanting, confirmed
                Add(readings, pain with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, text, clause.Start, withoutCompany);
            }
            else if (!noNeed && needCue >= 0 && needCue + needCueLength < folded.Count)
            {
                var rest = part[folded[needCue + needCueLength].Start..];
                // only a configured need: own words beside other answers are too easily a fragment of something else
                if (cuedNeed is { } need && need.Confidence >= Confidence.Medium)
                {
                    if (folded[needCue + needCueLength - 1].Text is "braeuchten" or "braeuchte" or "braeucht")
                    {
                        // "wir bräuchten mehr Anfragen", "mir bräuchten a Anbindung": a need said in the conditional is
                        // wished for softly; writers read it sure or confirmed, so it is confirmed
                        need = need with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                    }

                    if (need.Value is ChoiceValue { Key: not "crm-integration" } && folded.Words.Take(needCue).Any(w => ChoiceReader.IsCrmProduct(w.Text)) &&
                        folded.Words.Skip(needCue + needCueLength).Any(w => IntoThere.Contains(w.Text)) &&
                        ChoiceReader.Read(QuestionSteps.Need, withoutCompany, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is
                            { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: "crm-integration" } } crmNeed)
                    {
                        // "wir haben Salesforce und wollen die Leads direkt dort drin haben": the CRM named before the wish is
                        // where the leads are to go, so the clause as a whole is the need, confirmed; "Leads" alone is not it
                        // ("we have Salesforce and want more leads" wants leads)
                        Add(readings, crmNeed with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, text, clause.Start, withoutCompany);
                    }
                    else
                    {
                        Add(readings, need, text, clause.Start + folded[needCue + needCueLength].Start, rest);
                    }
                }
                else if (ownNeed is null && folded.Find(OwnNeedCues).At == needCue && folded.Count - needCue - needCueLength >= 2)
                {
                    // "We want a customer support chatbot": what is wanted in the prospect's own words, said as a need;
                    // beside other answers it may be a fragment of one of them, so it is confirmed, and only when no
                    // other answer claims its words
                    var start = clause.Start + folded[needCue + needCueLength].Start;
                    var own = rest.Trim().TrimEnd('.', '!');
                    ownNeed = (new SlotReading(QuestionSteps.Need, new ChoiceValue(null, own), Confidence.Medium, text.Substring(start, own.Length)), start, start + own.Length);
                }
            }

            if (clause.End < masked.Length && masked[clause.End] == '?' && (AnswerReader.IsQuestion(part + "?") || AsksWhetherPossible(folded)))
            {
                // "do you integrate with Zoho?", "könnt ihr HubSpot anbinden?": a need named in a question back is the
                // prospect's to confirm, never sure, as at the need question; only a question whether something can be
                // done names one ("how is this different from HubSpot?" does not)
                var asked = readings.FindIndex(r => r.Reading.Slot == QuestionSteps.Need && r.Start >= clause.Start && r.End <= clause.End);
                if (asked >= 0)
                {
                    readings[asked] = readings[asked] with { Reading = readings[asked].Reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } };
                }
                else if (!readings.Exists(r => r.Reading.Slot == QuestionSteps.Need) && AsksWhetherPossible(folded) &&
                         ChoiceReader.Read(QuestionSteps.Need, withoutCompany, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is
                             { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: not null } } askedNeed)
                {
                    Add(readings, askedNeed with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, text, clause.Start, withoutCompany);
                }
            }

            // "Budget? Keine Ahnung": the topic asked back as a clause of its own belongs to the next clause
            var previousWasTopic = budgetTopic;
            var hasBudgetCue = folded.Contains(BudgetCues) || budgetTopic || ApprovedAmount(folded);
            budgetTopic = folded.Count == 1 && folded[0].Text is "budget" or "etat";
            SlotReading? budget = null;
            var budgetPart = part;
            if (part.AsSpan().ContainsAnyInRange('0', '9') && BudgetReader.Read(part, context.Policy.DefaultCurrency, culture) is { Value: BudgetEstimate { HasAmount: true } yearRead } &&
                Discipline.NamedYear(part, yearRead, context) is { } namedYear)
            {
                // "Budget für 2027 noch offen", "Budget 2027": the year names which budget, never its amount; the clause is
                // read without it, as at the budget question
                budgetPart = string.Concat(part.AsSpan(0, namedYear.Start), new string(' ', namedYear.Length), part.AsSpan(namedYear.Start + namedYear.Length));
            }

            if (HasDigitOrAmountWord(part) && BudgetReader.Read(budgetPart, context.Policy.DefaultCurrency, culture) is { } b &&
                b.Value is BudgetEstimate { HasAmount: true } estimate && (hasBudgetCue || estimate.Currency is not null && HasCurrencyMark(part) ||
                    estimate.Period != BudgetPeriod.Once && estimate.Amount >= 100 && PeriodRightAfterAmount(folded)))
            {
                // "budget approx 8 lakh INR (~8.5k EUR)": an amount counted in lakh or crore is a sum the reader does not
                // count in, or one the writer converted; confirmed
                budget = b.Confidence == Confidence.High && FoldedText.Of(text).Words.Any(w => BudgetReader.IndianMagnitudes.Contains(w.Text)) ? b with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : b;
                if (budget.Confidence == Confidence.High && !HasCurrencyMark(part) && FoldedText.Of(text) is var whole && whole.Contains(OutsideEuroCues))
                {
                    // "Reyes & Bloom LLP … 15-20k budget", "University of York, … budget 10-20k, next financial year": an
                    // amount without a currency from a firm whose legal form or wording is British or Australian may be
                    // counted in pounds or dollars; confirmed
                    budget = budget with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }

                var budgetNamed = folded.ContainsWord("budget") || folded.ContainsWord("etat") || previousWasTopic;
                if (budget.Confidence == Confidence.High && !budgetNamed && folded.Contains(SignOffLimit))
                {
                    // "I can sign off on tools up to $50k", "ich kann bis 50.000 € selbst freigeben": how far the writer may
                    // approve alone bounds what they could spend, not what this is to cost; confirmed
                    budget = budget with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }

                if (budgetNamed && unlabelledBudget is { } earlier && readings.Contains(earlier) && earlier.Reading.Value is BudgetEstimate earlierValue &&
                    budget.Value is BudgetEstimate labelledValue && (earlierValue.Minimum, earlierValue.Maximum, earlierValue.Period) != (labelledValue.Minimum, labelledValue.Maximum, labelledValue.Period))
                {
                    // "I can sign off up to $50k. Budget ~20k": an amount the clause names as the budget wins over one said
                    // earlier without that word; with another amount in the message, confirmed
                    readings.Remove(earlier);
                    // ("… up to $50k. Budget ~20k": the currency said with the first amount is the message's)
                    var currency = !HasCurrencyMark(part) && HasCurrencyMark(earlier.Reading.Evidence) && earlierValue.Currency is { } marked ? marked : labelledValue.Currency;
                    budget = budget with { Value = labelledValue with { Currency = currency }, Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }

                var firstBudget = !readings.Exists(r => r.Reading.Slot == QuestionSteps.Budget);
                Add(readings, budget, text, clause.Start, part);
                unlabelledBudget = firstBudget && !budgetNamed ? readings[^1] : unlabelledBudget;
            }
            else if (!hasBudgetCue && (folded.Count <= 4 || ApprovalAwaited(folded)) && HasMagnitude(folded) && BudgetReader.Read(budgetPart, context.Policy.DefaultCurrency, culture) is { Value: BudgetEstimate { HasAmount: true } } bare)
            {
                // "maybe 10k", "ca. 20 Tsd" beside other answers: most likely the budget, confirmed
                budget = bare with { Confidence = Confidence.Medium };
                Add(readings, budget, text, clause.Start, part);
            }
            else if (hasBudgetCue && (folded.ContainsWord("budget") || previousWasTopic) && BudgetReader.Read(budgetPart, context.Policy.DefaultCurrency, culture) is { Value: BudgetEstimate { HasAmount: false } } noAmount)
            {
                // "no budget rn tbh", "kein Budget aktuell": none for now may be none or none set yet; writers read it
                // both ways, so it is confirmed
                budget = noAmount is { Confidence: Confidence.High, Value: BudgetEstimate { IsNone: true } } && folded.Contains(ForNowWords)
                    ? noAmount with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                    : noAmount;
                if (budget.Value is BudgetEstimate { IsUnknown: true } notKnown &&
                    (folded.Words.FindIndex(w => WaitWords.Contains(w.Text)) is > 0 and var waitAt && waitAt + 1 < folded.Count ||
                     clause.End < masked.Length && masked[clause.End] == ',' && FoldedText.Of(masked[(clause.End + 1)..]) is { Count: >= 2 } next &&
                     (WaitWords.Contains(next[0].Text) || next[0].Text is "erst" or "not" && WaitWords.Contains(next[1].Text))))
                {
                    // "Not sure about budget until our AGM in February", "Budget weiß ich noch nicht, erst nach der
                    // Vorstandssitzung": not known until something happens is a budget not set yet; confirmed
                    budget = budget with { Value = BudgetEstimate.Undecided(notKnown.Text), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }
                else if (budget is { Confidence: Confidence.High, Value: BudgetEstimate { IsUnknown: true } } &&
                         folded.ContainsWord("noch"))
                {
                    // "Budget weiß ich noch nicht" among other answers: writers read it as unknown or as not set yet, and
                    // sure or confirmed, so it is confirmed; without "noch" it is unknown to all of them
                    budget = budget with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }
                Add(readings, budget, text, clause.Start, part);
            }

            // a timeline beside a budget in one clause ("Budget 30.000 € und Start im Q2"): read without the budget's words
            var timelinePart = budget is null ? part : MaskEvidence(part, budget.Evidence);
            var timeCue = folded.Contains(TimelineCues);
            var shortClause = folded.Count <= 5;
            var vagueBefore = seen.Count >= 2 && readings.Exists(r => r.Reading is { Slot: QuestionSteps.Timeline, Value: TimelineEstimate { IsVague: true } } && r.Start >= seen[^2].Clause.Start);
            var timelineRead = (timeCue || shortClause || needCue >= 0 || vagueBefore) && clause.Start >= timelineReadTo ? TimelineReader.Read(timelinePart, context.Reference, culture) : null;
            // a time read together with a latest date in the clause after it is a start said with its bound
            var boundedRead = false;
            if (timelineRead is { Value: TimelineEstimate { Start: { } now } nowEstimate } && TimelineReader.IsNow(nowEstimate, DateOnly.FromDateTime(context.Reference)) &&
                ExplainingClauseEnd(masked, clause.End) is var explainedTo && explainedTo > clause.End &&
                TimelineReader.Read(timelinePart + masked[clause.End..explainedTo], context.Reference, culture) is { Value: TimelineEstimate explained } later &&
                explained.Start != now)
            {
                // "asap, like next week", "sofort, also nächste Woche": the clause after a vague time that says what it means
                // is the reading
                timelinePart += masked[clause.End..explainedTo];
                timelineRead = later;
                timelineReadTo = explainedTo;
            }
            else if (timelineRead is { Value: TimelineEstimate { Start: not null } soonEstimate } soonRead &&
                     TimelineReader.IsNow(soonEstimate, DateOnly.FromDateTime(context.Reference)) is var fromNow &&
                     // "ab Februar, spätestens April": a start with an open end is bounded by a latest date after it too
                     // "We need a CRM in February, by April at the latest": so is a month in the clause that says what is wanted
                     (fromNow || soonEstimate.End is null || folded.Words.Any(w => StartWords.Contains(w.Text)) || needCue >= 0) &&
                     (BoundingClauseEnd(masked, clause.End) is var nextBound && nextBound > clause.End ? nextBound
                         : fromNow && BoundAfter(timelinePart, soonRead.Evidence) ? clause.End : -1) is var boundedTo && boundedTo >= clause.End &&
                     TimelineReader.Accounted(timelinePart + masked[clause.End..boundedTo],
                         TimelineReader.Read(timelinePart + masked[clause.End..boundedTo], context.Reference, culture, whole: true), context) is
                         { Confidence: >= Confidence.Medium, Value: TimelineEstimate { Start: not null } } bounded)
            {
                // "ASAP, before the Christmas rush", "sofort, spätestens bis Ende Januar": a latest date in the clause right
                // after a time of now bounds it; the two are read together as at the timeline question, and the clause
                // after is not read again as a start of its own
                timelinePart += masked[clause.End..boundedTo];
                timelineRead = bounded.Confidence == Confidence.High ? bounded : bounded with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                timelineReadTo = boundedTo;
                boundedRead = true;
            }

            // "start next fiscal year (July)": a month in brackets right after a fiscal year says when that year starts
            if ((timelineRead is { Value: TimelineEstimate { IsUnknown: true } } || TimelineReader.IsFinancialYearGuess(timelineRead)) &&
                clause.End < masked.Length && masked[clause.End] == '(' &&
                (folded.ContainsWord("fiscal") || folded.ContainsWord("financial") || folded.ContainsWord("geschaeftsjahr") || folded.ContainsWord("wirtschaftsjahr")) &&
                masked.IndexOf(')', clause.End) is var close && close > clause.End &&
                TimelineReader.Read(timelinePart + masked[clause.End..(close + 1)], context.Reference, culture) is { Value: TimelineEstimate { IsUnknown: false } } dated)
            {
                timelinePart += masked[clause.End..(close + 1)];
                timelineRead = dated;
            }

            // a start the readers confirm ("noch vor Weihnachten", "nach Ostern") is confirmed here too, unless a sure one
            // is read elsewhere in the message
            // ("no timeline yet": a start not set yet, confirmed as unknown)
            var confirmedTime = timelineRead is { Confidence: Confidence.Medium, Hint: ReadingHints.Approximate } or
                                    { Confidence: Confidence.Medium, Value: TimelineEstimate { IsUnknown: true } } &&
                                !readings.Exists(r => r.Reading.Slot == QuestionSteps.Timeline);
            // "we want to automate our sales follow-ups by February": a deadline in the clause that says what is wanted is
            // for the wanted thing, like "by end of"
            var deadlineForNeed = needCue >= 0 && timelineRead is { Evidence: var deadlineWords } && DeadlineWord(deadlineWords);
            // "…, irgendwann im Frühjahr": a short clause that is nothing but a time is the start, confirmed, as no word
            // says so
            var onlyTime = shortClause && timelineRead is { Confidence: Confidence.High, Value: TimelineEstimate { IsUnknown: false } only } onlyRead &&
                           !timeCue && !deadlineForNeed && !IsCalendarPeriod(only) && !CountsFromToday(onlyRead.Evidence) &&
                           !folded.Contains(WishWords) && !IsWholeYear(only, folded) && !folded.Contains(SoftWishWords) &&
                           OnlyTime(timelinePart, onlyRead.Evidence);
            if (onlyTime && timelineRead is { } bareTime)
            {
                timelineRead = bareTime with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                confirmedTime = !readings.Exists(r => r.Reading.Slot == QuestionSteps.Timeline);
            }

            // "No rush, after the summer season maybe", "keine Eile, irgendwann nächstes Jahr": a period in the clause right
            // after a time said not to matter says when after all; it is the start, confirmed, as at the timeline question
            var besideVague = false;
            if (timelineRead is { Confidence: >= Confidence.Medium, Value: TimelineEstimate { IsUnknown: false, Start: not null }, Evidence.Length: > 0 } dated0 &&
                !IsOnlyNow(dated0.Evidence) && vagueBefore &&
                readings.FindIndex(r => r.Reading is { Slot: QuestionSteps.Timeline, Value: TimelineEstimate { IsVague: true } } && r.Start >= seen[^2].Clause.Start) is >= 0 and var vagueAt)
            {
                readings.RemoveAt(vagueAt);
                timelineRead = dated0 with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                confirmedTime = true;
                besideVague = true;
            }

            if (timelineRead is { } t &&
                t.Value is TimelineEstimate time && (t.Confidence == Confidence.High || confirmedTime) && t.Evidence.Length > 0 && !IsOnlyNow(t.Evidence) &&
                (time.IsUnknown ? folded.Contains(TimeWords) && (timeCue || shortClause)
                    : timeCue || deadlineForNeed || onlyTime || besideVague || boundedRead || IsCalendarPeriod(time) || CountsFromToday(t.Evidence) || shortClause && (folded.Contains(WishWords) || IsWholeYear(time, folded)) ||
                      shortClause && folded.Contains(SoftWishWords) ||
                      // "…, probably next financial year": a short clause that is nothing but a budget year, which the
                      // reader confirms already
                      shortClause && TimelineReader.IsFinancialYearGuess(t)))
            {
                if (t.Confidence == Confidence.High && TimelineReader.IsNow(time, DateOnly.FromDateTime(context.Reference)) && needCue >= 0 &&
                    !readings.Exists(r => r.Reading is { Slot: QuestionSteps.Need, Value: ChoiceValue { Key: not null } }) &&
                    NamedBefore(timelinePart, folded, needCue + needCueLength, t.Evidence))
                {
                    // "need an electrician asap": a time of now beside a want that is no need of ours dates that errand,
                    // not a project, so it is confirmed
                    t = t with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                }

                if (t.Confidence == Confidence.High && !time.IsUnknown && !timeCue && !IsCalendarPeriod(time) && !CountsFromToday(t.Evidence) &&
                    !folded.Contains(WishWords) && !IsWholeYear(time, folded))
                {
                    t = t with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                }

                if (t.Confidence == Confidence.High && shortClause && folded.Contains(SoftWishWords) && time is { Start: not null, End: null } &&
                    !TimelineReader.IsNow(time, DateOnly.FromDateTime(context.Reference)))
                {
                    // "Ab Januar wär schön": a start word wished for softly; writers record the month alone as often as from
                    // then on, so it is confirmed
                    t = t with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                }

                if (t.Confidence == Confidence.High && t.Evidence.Trim() is { Length: 4 } year && year.All(char.IsAsciiDigit) &&
                    timelinePart.IndexOf(year, StringComparison.Ordinal) is >= 2 and var yearAt && timelinePart[yearAt - 1] is '-' or '/' or '.' &&
                    char.IsAsciiDigit(timelinePart[yearAt - 2]))
                {
                    // "start 1-3-2027": the year of a date the reader took only the year of; which day is meant is not
                    // read, so the year is confirmed
                    t = t with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                }

                if (t.Confidence == Confidence.High && !time.IsUnknown && folded.Contains(DecisionWords))
                {
                    // "The board decides in March whether we go ahead", "die Entscheidung fällt im Januar": the date of a
                    // decision is no start; the start may follow it, so it is confirmed
                    t = t with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
                }

                if (time.IsVague && datedAside is var (asideReading, asideClause, asideOffset, asidePart) && asideClause == clauseIndex - 1)
                {
                    // "maybe in the fall, no rush": the same the other way round; the period is the start, confirmed
                    readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Timeline && r.Start >= asideOffset);
                    Add(readings, asideReading with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate }, text, asideOffset, asidePart);
                    continue;
                }

                // a short clause or a clause that says what is wanted and names a quarter or half year ("am liebsten in
                // Q2", "automate our sales processes next quarter") or a time counted from today ("in about 2 months")
                // is the start, and so is a month wished for ("gerne im Januar"); a vague one only when it says it is
                // about the time ("zeit egal", "no fixed timeline")
                if (t.Confidence == Confidence.High)
                {
                    readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Timeline && r.Reading.Confidence < Confidence.High);
                }

                Add(readings, t, text, clause.Start, timelinePart);
            }

            datedAside = timelineRead is { Confidence: >= Confidence.Medium, Value: TimelineEstimate { Start: not null }, Evidence.Length: > 0 } aside && !IsOnlyNow(aside.Evidence)
                ? (aside, clauseIndex, clause.Start, timelinePart)
                : null;
        }

        // beside other answers, or after the yes or no that opened the message ("Nee, lieber nicht. Will mich nur
        // informieren": the consent answer is the other answer)
        if (ownNeed is { } wanted && (readings.Count > 0 || afterAnswer) && !readings.Exists(r => r.Reading.Slot == QuestionSteps.Need || r.Start < wanted.End && wanted.Start < r.End))
        {
            readings.Add(wanted);
        }

        // "private person here, just curious": without a company there is no one else's decision to gather information
        // for, so words that read as both that role and the need to look around are the need; careful readers record it
        // sure or not at all, so it is confirmed
        if (readings.Exists(r => r.Reading is { Slot: QuestionSteps.Company, Value: "privat" or "private" }))
        {
            var curious = readings.FindIndex(n => n.Reading.Slot == QuestionSteps.Need &&
                                                  readings.Exists(r => r.Reading.Slot == QuestionSteps.Authority && r.Start < n.End && n.Start < r.End));
            if (curious >= 0)
            {
                var (n, ns, ne) = readings[curious];
                readings[curious] = (n with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, ns, ne);
                readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Authority && r.Start < ne && ns < r.End);
            }
        }

        // "…, meine Chefin entscheidet, ich soll nur Angebote vergleichen": the writer's own errand in the clause right after
        // the one the role was read from says their part beside someone else's decision; the two clauses are read together,
        // as at the question, where the errand wins over the default (confirmed)
        if (readings.FindIndex(r => r.Reading.Slot == QuestionSteps.Authority) is >= 0 and var roleAt && readings[roleAt] is var (roleReading, roleStart, roleEnd) &&
            roleEnd < masked.Length && FoldedText.Of(masked[roleEnd..]) is var afterRole && afterRole.Find(OwnErrand) is { At: >= 0 } ownErrand &&
            Enumerable.Range(0, ownErrand.At).All(i => !afterRole[i].AfterBreak || i == 0) &&
            !readings.Exists(r => r.Start >= roleEnd && r.Start < roleEnd + afterRole[ownErrand.At].Start))
        {
            var errandEnd = roleEnd + afterRole[ownErrand.At].End;
            var k = ownErrand.At + ownErrand.Length;
            while (k < afterRole.Count && !afterRole[k].AfterBreak)
            {
                errandEnd = roleEnd + afterRole[k].End;
                k++;
            }

            if (ChoiceReader.Read(QuestionSteps.Authority, masked[roleStart..errandEnd], context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is
                    { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: { } together } } both &&
                roleReading.Value is ChoiceValue { Key: { } alone } && together != alone)
            {
                readings[roleAt] = (both with { Evidence = text[roleStart..errandEnd] }, roleStart, errandEnd);
            }
        }

        // two roles that disagree ("Head of Sales at Bluewave — our CEO has the final say"): the one worth fewer points,
        // so a title never outweighs what the prospect says about the decision
        var roles = readings.Where(r => r.Reading.Slot == QuestionSteps.Authority).ToList();
        if (roles.Select(r => (r.Reading.Value as ChoiceValue)?.Key).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            var points = context.Policy.Roles.ToDictionary(r => r.Key, r => r.Points, StringComparer.Ordinal);
            var keep = roles.OrderBy(r => points.GetValueOrDefault((r.Reading.Value as ChoiceValue)?.Key ?? string.Empty, int.MaxValue)).First();
            readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Authority && r != keep);
        }
        else if (roles.Count > 1 && roles.Exists(r => r.Reading.Confidence == Confidence.High))
        {
            // "Mark Feldman, CFO at Ridgeview … I sign off": a title confirmed on its own gives way to a clause that says the
            // same sure
            readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Authority && r.Reading.Confidence != Confidence.High);
        }

        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i] is ({ Slot: QuestionSteps.Company, Value: string firm } company, var formFirmStart, var formFirmEnd) &&
                (!CompanyReader.HasLegalForm(firm, 0) || EndsWithCompanyMark(firm)) &&
                FormAfterComma(text, formFirmEnd) is { } formEnd &&
                CompanyReader.Read(text[formFirmStart..formEnd], context.Language) is { Confidence: Confidence.High, Value: string withForm } &&
                withForm.StartsWith(firm, StringComparison.Ordinal) && CompanyReader.HasLegalForm(withForm, firm.Length))
            {
                // "Tom Smyth | Prairie Data Systems, LLC | …": a legal form after a comma belongs to the firm before it,
                // though the comma cut the clause there
                readings[i] = (company with { Value = withForm, Evidence = text[formFirmStart..formEnd], Confidence = Confidence.High, Hint = null }, formFirmStart, formEnd);
            }
        }

        if (LabelledName(masked) is var (labelled, labelledStart, labelledEnd, split) &&
            (split || !readings.Exists(r => r.Reading is { Slot: QuestionSteps.Name, Confidence: Confidence.High } && (r.End <= labelledStart || r.Start >= labelledEnd))))
        {
            // ("Kontakt: Konstantin von der Heide": a name read from part of the field gives way to the field's whole value,
            // and so does a company read from its particles)
            readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= labelledStart && r.End <= labelledEnd);
            // ("First name: Grace" alone reads as a name after its label; the surname's field completes it)
            readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Name);
            // "Vorname: Elif / Nachname: Özdemir", "Contact: Nikos Papadakis | Company: …": a name given in the fields of a
            // form or a record, read as the name question reads it
            readings.Add((labelled with { Evidence = text[labelledStart..labelledEnd] }, labelledStart, labelledEnd));
        }

        if (!readings.Exists(r => r.Reading.Slot == QuestionSteps.Name) && ApposedName(masked, seen, readings) is var (apposed, apposedStart, apposedEnd, apposedSure))
        {
            // "I'm the owner of Pike & Sons Plumbing, Dave Pike", "Geschäftsführerin der Lindner GmbH (Julia Lindner)", a
            // name on the line after "Mit freundlichen Grüßen" above the title and the company: the writer's name
            readings.Add((new SlotReading(QuestionSteps.Name, apposed, apposedSure, text[apposedStart..apposedEnd]) { Hint = apposedSure == Confidence.High ? null : ReadingHints.Ambiguous },
                apposedStart, apposedEnd));
        }

        if (!readings.Exists(r => r.Reading.Slot == QuestionSteps.Name) && InitialSigned(masked, seen) is var (initialed, initialStart, initialEnd, initialLast))
        {
            // "Mit freundlichen Grüßen, S. Keller, Keller Personalservice": an initial and a surname after the closing words
            // sign the message; the given name is not told, so confirmed, and the clause after it, the last, is the
            // company as after an opening name
            readings.Add((new SlotReading(QuestionSteps.Name, initialed, Confidence.Medium, text[initialStart..initialEnd]) { Hint = ReadingHints.Ambiguous }, initialStart, initialEnd));
            if (initialLast + 2 == seen.Count && !readings.Exists(r => r.Reading.Slot == QuestionSteps.Company) &&
                seen[initialLast + 1] is var (companyAt, companyWords) &&
                BareCompany(masked[companyAt.Start..companyAt.End], companyWords, context) is { } signedCompany)
            {
                readings.Add((signedCompany.Reading, companyAt.Start + signedCompany.Start, companyAt.Start + signedCompany.End));
            }
        }

        if (!readings.Exists(r => r.Reading.Slot is QuestionSteps.Name or QuestionSteps.Company) && readings.Count > 0 &&
            SignedWithFirm(text) is var (given, givenStart, givenEnd, firmStart, firmEnd) &&
            CompanyReader.Read(text[firmStart..firmEnd], context.Language) is { Value: string } signedFirm)
        {
            // "…, just email me pricing. Karen, Harbour View Trust": a given name opening the last sentence, then after a
            // comma the capitalized words of a firm, signs the message like an opening name and its firm; the given name
            // alone may be a nickname or only part of the name, so it is confirmed
            readings.Add((new SlotReading(QuestionSteps.Name, given, Confidence.Medium, text[givenStart..givenEnd]) { Hint = ReadingHints.Ambiguous }, givenStart, givenEnd));
            readings.Add((signedFirm with { Evidence = text[firmStart..firmEnd] }, firmStart, firmEnd));
        }

        // (read with the addresses and numbers taken out: "…, Grüße Martina Keller, m.keller@uni-bonn.de" is signed too)
        if (!readings.Exists(r => r.Reading.Slot == QuestionSteps.Name) && readings.Count > 0 && SignOff(masked) is var (signed, signStart, signEnd, signedSure))
        {
            // "ja klar, ruf mich an: 0151 22334455 – Jonas", "…. Grüße, Jonas": a given name signed at the end is the
            // writer's name, never a company
            readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= signStart && r.End <= signEnd);
            var greeted = text[..signStart].TrimEnd(' ', ',', '\n');
            if (greeted.LastIndexOf(' ') is > 0 and var placeAt && FoldedText.Of(greeted[..placeAt]) is { Count: >= 2 } lead &&
                lead[^1].Text is "aus" or "from" && ClosingWords.Contains(lead[^2].Text))
            {
                // "Greetings from Denver, Mark": where the writer greets from is no company
                readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= placeAt && r.End <= signStart);
            }
            readings.Add((new SlotReading(QuestionSteps.Name, signed, signedSure, text[signStart..signEnd]), signStart, signEnd));
        }

        if (readings.Count(r => r.Reading.Slot == QuestionSteps.Company) > 1)
        {
            // "Mark Davis | Director of Revenue Ops | Pacific Freight Co.": a department after a title is no company when
            // another company is named
            readings.RemoveAll(r => r.Reading.Slot == QuestionSteps.Company && r.Reading.Hint == ReadingHints.Ambiguous &&
                                    r.Start >= 3 && text.AsSpan(0, r.Start).TrimEnd().EndsWith(" of", StringComparison.OrdinalIgnoreCase));
        }

        if (readings.Count(r => r.Reading.Slot == QuestionSteps.Company) > 1)
        {
            // "Dear Sir/Madam, Greetings from Pune! … Shree Ganesh Autoparts Pvt. Ltd.": where the writer greets from is no
            // company when another one is named
            readings.RemoveAll(r => r.Reading is { Slot: QuestionSteps.Company, Value: string greetedFrom } && !CompanyReader.HasLegalForm(greetedFrom, 0) &&
                                    FoldedText.Of(text[..r.Start]) is { Count: >= 2 } lead && lead[^1].Text is "from" or "aus" && ClosingWords.Contains(lead[^2].Text));
        }

        // "LEITNER.DIGITAL e.U.", "studio.nord GmbH": a dot between two letters inside a word is part of the firm's name,
        // never a sentence's end; the word before it belongs to the company read after it
        for (var i = 0; i < readings.Count; i++)
        {
            var (r, s, e) = readings[i];
            if (r is { Slot: QuestionSteps.Company, Value: string dotted } && s >= 2 && text[s - 1] == '.' && char.IsLetterOrDigit(text[s - 2]) &&
                char.IsLetterOrDigit(text[s]))
            {
                var from = s - 1;
                while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] is '.' or '-'))
                {
                    from--;
                }

                if (!readings.Exists(x => x.Reading.Slot != QuestionSteps.Company && x.Start < s && from < x.End))
                {
                    readings[i] = (r with { Value = text[from..s] + dotted, Evidence = text[from..e] }, from, e);
                }
            }
        }

        // "…, Summit Ridge Property Mgmt. We need …": the full stop after a short form that ends the company is part of
        // its name, even where it also ends the clause; a town that looks like one ("Stadtverwaltung Ulm.") ends the sentence
        for (var i = 0; i < readings.Count; i++)
        {
            var (r, s, e) = readings[i];
            if (r is { Slot: QuestionSteps.Company, Value: string company } && e < text.Length && text[e] == '.' && !company.EndsWith('.') &&
                company.LastIndexOf(' ') is > 0 and var space && text.AsSpan(s, e - s).EndsWith(company.AsSpan(space + 1), StringComparison.Ordinal) &&
                (IsShortFormNoTown(company[(space + 1)..]) &&
                 (!CompanyReader.HasLegalForm(company, space + 1) || CompanyReader.KeepsFullStop(company[(space + 1)..])) ||
                 // "Pte. Ltd", "Sp. z o.o", "e.V": a legal form of several parts registered with its last dot
                 CompanyReader.EndsWithoutFormsLastDot(company)))
            {
                readings[i] = (r with { Value = company + "." }, s, e + 1);
            }
        }

        // "wir (Systemhaus, 40 MA)", "Wir (Autohaus, 12 MA)": a word for a kind of business alone (also a German compound
        // on "-haus") says what the firm is, not which; another company read in the message is the firm, and without one
        // the kind is confirmed
        static bool KindOnly(SlotReading r) => r is { Slot: QuestionSteps.Company, Value: string kind } && CompanyReader.IsKindOnly(kind, hausCompounds: true);
        if (readings.Exists(r => r.Reading.Slot == QuestionSteps.Company && !KindOnly(r.Reading)))
        {
            readings.RemoveAll(r => KindOnly(r.Reading));
        }
        else if (readings.FindIndex(r => KindOnly(r.Reading) && r.Reading.Confidence == Confidence.High) is >= 0 and var kindAt)
        {
            readings[kindAt] = (readings[kindAt].Reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, readings[kindAt].Start, readings[kindAt].End);
        }

        for (var i = 0; i < readings.Count; i++)
        {
            var (r, s, e) = readings[i];
            if (r.Confidence != Confidence.High)
            {
                continue;
            }

            var tail = text[e..].TrimStart();
            if (r.Slot == QuestionSteps.Company && tail.StartsWith('(') && tail.IndexOf(')') is > 0 and var shut &&
                FoldedText.Of(tail[1..shut]).Find(FormerNames).At >= 0)
            {
                // "Acme Labs (formerly Widgets Inc)", "Brandt Logistik (gehört zur Hansa Gruppe)": a former or second
                // name beside the company leaves which one is meant open, as at the company question
                readings[i] = (r with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, s, e);
            }
            else if (r is { Slot: QuestionSteps.Company, Value: string titled } && FoldedText.Of(titled) is { Count: 2 } titledWords &&
                     titledWords[0].Text is "dr" or "prof")
            {
                // "I work for Dr. Chen (Chen Family Dental)": a title and a surname are a person, a firm only by its owner
                readings[i] = (r with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, s, e);
            }
            else if (r.Slot == QuestionSteps.Name && tail.StartsWith('(') && tail.IndexOf(')') is > 0 and var closed &&
                     FoldedText.Of(tail[(closed + 1)..]) is { Count: > 0 } afterBracket && !afterBracket[0].AfterBreak &&
                     char.IsUpper(tail[closed + 1 + afterBracket[0].Start]) && !CompanyWords.Contains(afterBracket[0].Text))
            {
                // "Bob (Robert) Klein from …", "Hans (eigentlich Johannes) Huber": a bracket inside the name cut it short;
                // the name read up to it is no full one
                readings[i] = (r with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, s, e);
            }
        }

        // "need info about your pricing for 3 users", "will nur die Preise wissen": looking around for prices, a trial or
        // a demo is a question to answer as much as a need to look around first; confirmed, as at the need question
        if (readings.FindIndex(r => r.Reading is { Slot: QuestionSteps.Need, Confidence: Confidence.High, Value: ChoiceValue { Key: "just-looking" } } &&
                                    FoldedText.Of(Discipline.ClauseOf(text, r.Reading.Evidence)).Contains(PriceAsked)) is >= 0 and var pricedAt)
        {
            readings[pricedAt] = readings[pricedAt] with { Reading = readings[pricedAt].Reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } };
        }

        // "I'd like to automate our sales process — actually scratch that, we need to connect Pipedrive": a need taken back
        // gives way to the one said after the words that take it back; taken back with none after it, it is confirmed
        var needs = readings.Where(r => r.Reading.Slot == QuestionSteps.Need).OrderBy(r => r.Start).ToList();
        for (var i = 0; i < needs.Count; i++)
        {
            var from = needs[i].End;
            var later = i + 1 < needs.Count ? needs[i + 1].Start : text.Length;
            if (later > from && FoldedText.Of(text[from..later]).Contains(TakenBack))
            {
                readings.Remove(needs[i]);
                if (i + 1 == needs.Count)
                {
                    readings.Add((needs[i].Reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }, needs[i].Start, needs[i].End));
                }
            }
        }

        // "ich sammle nur Informationen", "we are only in phase of collecting informations": collecting names the writer's
        // part as plainly as doing it for someone; the information collected is no second answer, so looking around is
        // only offered as the need, confirmed, once the clash is settled
        // (the English role is read from "information" alone: "I collect the information" says it in its clause)
        if (readings.Find(r => r.Reading is { Slot: QuestionSteps.Authority, Confidence: Confidence.High, Value: ChoiceValue { Key: "gathers-information" } } &&
                               (FoldedText.Of(r.Reading.Evidence).Contains(CollectingWords) ||
                                FoldedText.Of(Discipline.ClauseOf(text, r.Reading.Evidence)).Contains(CollectingWords))) is { Reading: not null } collector)
        {
            // the information itself, in or right after the words of the role ("ich sammel grad Infos")
            var collected = readings.FindAll(r => r.Reading is { Slot: QuestionSteps.Need, Value: ChoiceValue { Key: "just-looking" } } && collector.Start < r.End &&
                                                  (r.Start <= collector.End || text.AsSpan(collector.End, r.Start - collector.End).IndexOfAny(".,;:!?\n") < 0 &&
                                                   FoldedText.Of(text[collector.End..r.Start]).Count <= 2));
            if (collected.Count > 0)
            {
                readings.RemoveAll(collected.Contains);
                errand ??= collected[0].Reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
        }

        // a fragment two slots claim belongs to neither
        var result = new List<SlotReading>();
        for (var i = 0; i < readings.Count; i++)
        {
            var (r, s, e) = readings[i];
            var clash = false;
            for (var j = 0; j < readings.Count; j++)
            {
                if (i != j && readings[j].Reading.Slot != r.Slot && readings[j].Start < e && s < readings[j].End)
                {
                    clash = true;
                    break;
                }
            }

            if (!clash && !result.Exists(x => x.Slot == r.Slot))
            {
                // "Jana Krüger, nee sorry, Kröger, …": a name or company followed by a correcting word may be the value
                // the prospect takes back; read with the correction as the name or company question reads it, the corrected
                // value is taken ("Stefan Kraus, nein sorry, Steffen Krause, …"), else the first one is confirmed, never
                // taken as sure
                if (r.Slot is QuestionSteps.Name or QuestionSteps.Company && r.Confidence > Confidence.Low && CorrectedAfter(text, e))
                {
                    var corrected = CorrectedValue(text, r, s, e, context.Language);
                    var overlaps = corrected is { } c && readings.Exists(x => x.Reading.Slot != r.Slot && x.Start < c.End && s < x.End);
                    result.Add(corrected is { } fixedValue && !overlaps ? fixedValue.Reading
                        : r.Confidence == Confidence.High ? r with { Confidence = Confidence.Medium } : r);
                }
                else
                {
                    result.Add(r);
                }
            }
        }

        // the errand's need shares its words with the role, so it is added after the clash: beside other answers only,
        // as "Hey there, my boss asked me to look into this" alone is no answer
        if (errand is { } looking && result.Count >= 2 && result.Exists(x => x.Slot == QuestionSteps.Authority) && !result.Exists(x => x.Slot == QuestionSteps.Need))
        {
            result.Add(looking);
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Name) is >= 0 and var swappedAt && result[swappedAt].Value is string firmAsName &&
            result.FindIndex(x => x.Slot == QuestionSteps.Company) is >= 0 and var nameAsFirmAt && result[nameAsFirmAt].Value is string nameAsFirm &&
            FoldedText.Of(firmAsName) is { Count: 2 } firmWords && !GivenNames.IsName(firmWords[0].Text) &&
            FoldedText.Of(nameAsFirm) is { Count: 2 } personWords && GivenNames.IsName(personWords[0].Text) && !CompanyReader.HasLegalForm(nameAsFirm, 0) &&
            !CompanyReader.IsBusinessKind(personWords[1].Text) && !NameReader.IsTradeCompound(personWords[1].Text) && char.IsUpper(nameAsFirm[0]) &&
            (result[swappedAt].Confidence == Confidence.High || result[swappedAt].Hint == ReadingHints.Ambiguous))
        {
            var body = IsBodyWord(firmWords[0].Text) || IsBodyWord(firmWords[1].Text);
            if (!NameReader.IsTradeCompound(firmWords[1].Text) && !CompanyReader.IsBusinessKind(firmWords[1].Text) && !body)
            {
                // "Weber Schmidt, Karl Weber, …": the words read as the name by their place open with no given name, while
                // the clause read as the company is a common given name and a surname; which is which is not sure
                result[swappedAt] = result[swappedAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
            else
            {
                // "Müller Holzbau, Jan Müller, …": a firm opening the message before the writer's name; the trade's word says
                // the first is the firm and the common given name says the second is the writer. Sure when the firm repeats
                // the writer's surname, else confirmed
                // A public body's or publisher's word ("Landratsamt Passau", "Salzburger Verlagshaus") is never a
                // surname, so beside a common given name the swap is sure as well
                var repeated = personWords[1].Text == firmWords[0].Text || body;
                var sureness = repeated ? Confidence.High : Confidence.Medium;
                var (nameReading, firmReading) = (result[swappedAt], result[nameAsFirmAt]);
                result[swappedAt] = nameReading with { Value = nameAsFirm, Confidence = sureness, Evidence = firmReading.Evidence, Hint = repeated ? null : ReadingHints.Ambiguous };
                result[nameAsFirmAt] = firmReading with { Value = firmAsName, Confidence = sureness, Evidence = nameReading.Evidence, Hint = repeated ? null : ReadingHints.Ambiguous };
            }
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Company) is >= 0 and var describedAt && result[describedAt] is { Confidence: Confidence.High, Value: string describedFirm } &&
            CompanyReader.FieldKindBefore(describedFirm))
        {
            // "Recruiting-Agentur TalentWerk": a kind of firm joined to its field by a hyphen before the name describes the
            // firm as often as it is part of its name (writers kept and dropped it), so the name is confirmed
            result[describedAt] = result[describedAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Company) is >= 0 and var describedKindAt && result[describedKindAt] is { Confidence: Confidence.High, Value: string kindFirm } &&
            KindDescribed(kindFirm))
        {
            // "wir (Shopware-Shop, 3 Leute)", "we're a Shopify store": the platform or trait joined to a word for a shop says
            // what kind of firm it is as often as it names it; confirmed
            result[describedKindAt] = result[describedKindAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Name) is >= 0 and var tradeNameAt && result[tradeNameAt] is { Confidence: Confidence.High, Value: string tradeName } &&
            FoldedText.Of(tradeName) is { Count: 2 } tradeWords && !GivenNames.IsName(tradeWords[0].Text) &&
            (NameReader.IsTradeCompound(tradeWords[1].Text) || CompanyReader.IsBusinessKind(tradeWords[1].Text)))
        {
            // "Kaiser Metallbau, Inhaber Stefan Kaiser, …": two words read as the name by their place that end with a
            // trade's word and open with no given name are a firm's name as likely as a person's
            result[tradeNameAt] = result[tradeNameAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (result.FindIndex(x => x is { Slot: QuestionSteps.Need, Confidence: Confidence.High, Value: ChoiceValue { Key: "just-looking" } }) is >= 0 and var lookAt &&
            FoldedText.Of(text).Contains(PriceRequestCues))
        {
            // "just email me pricing": a request to be sent the prices says what the prospect wants now, not that they are
            // only looking around; confirmed
            result[lookAt] = result[lookAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (result.FindIndex(x => x is { Slot: QuestionSteps.Authority, Confidence: Confidence.High, Value: ChoiceValue { Key: "recommends" } }) is >= 0 and var deferAt &&
            result.Exists(x => x is { Slot: QuestionSteps.Need, Value: ChoiceValue { Key: "just-looking" } }) &&
            !FoldedText.Of(result[deferAt].Evidence).Words.Exists(w => w.Text is "ich" or "i" or "i'm" or "im" or "me" or "mir" or "mich" or "wir" or "we"))
        {
            // "just looking around, boss makes the calls", "erstmal nur Infos, entscheiden tut die Chefin": someone else's
            // decision beside looking around leaves open whether the writer advises or only gathers for them; confirmed
            result[deferAt] = result[deferAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Company) is >= 0 and var keptFirmAt && result[keptFirmAt].Value is string firmName &&
            CompanyReader.WithoutRedundantKind(firmName) is { } bareFirm)
        {
            // "ich bin Architekt (Büro Kranz Architekten)": a plain word for the kind of firm before a name that ends with
            // its profession is no part of the name, as at the company question, and offered without it, never sure
            result[keptFirmAt] = result[keptFirmAt] with
            {
                Value = bareFirm,
                Confidence = result[keptFirmAt].Confidence == Confidence.High ? Confidence.Medium : result[keptFirmAt].Confidence,
                Hint = ReadingHints.Ambiguous,
            };
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Name) is >= 0 and var nameAt && result[nameAt].Value is string said &&
            NameReader.InUsualOrder(said) is { } turned)
        {
            // "Grüß Gott, Brandl Maria, Brandl Druck GmbH": the surname before the given name, as the name question reads it
            result[nameAt] = result[nameAt] with { Value = turned, Confidence = Confidence.Medium };
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Need) is >= 0 and var needAt && result[needAt].Confidence == Confidence.High &&
            FoldedText.Of(text).Find(IndirectQuestions).At is >= 0 and <= 2)
        {
            // "nur wissen, ob ihr HubSpot anbinden könnt", "just wondering if you connect to Zoho": a question put indirectly
            // asks whether it can be done, like "könnt ihr HubSpot anbinden?": the need it names is confirmed
            result[needAt] = result[needAt] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (FoldedText.Of(text).Find(ForClient).At >= 0)
        {
            // "researching lead gen tools for a client": a consultant's work for someone outside the firm is no errand of
            // the firm's own; neither the role of gathering information nor the need to look around is sure, and a need
            // the research names is the one to confirm
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].Slot == QuestionSteps.Authority && result[i].Value is ChoiceValue { Key: { } roleKey } && !IsDecider(roleKey, context) ||
                    result[i].Slot == QuestionSteps.Need)
                {
                    result[i] = result[i] with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                }
            }

            if (result.FindIndex(x => x.Slot == QuestionSteps.Need) is >= 0 and var lookingAt && result[lookingAt].Value is ChoiceValue { Key: { } lookingKey } &&
                context.Policy.Needs.Any(n => n.Key == lookingKey && !n.Fits) &&
                Array.Find(text.Split([',', '.', ';', '\n', '!', '?']), c => FoldedText.Of(c).Find(ForClient).At >= 0) is { } researched &&
                ChoiceReader.Read(QuestionSteps.Need, researched, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is { Value: ChoiceValue { Key: { } namedKey } } named &&
                namedKey != lookingKey)
            {
                result[lookingAt] = named with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
        }

        if (result.FindIndex(x => x.Slot == QuestionSteps.Need) is >= 0 and var browseAt && result[browseAt] is { Confidence: Confidence.High, Value: ChoiceValue { Key: { } browseKey } } &&
            context.Policy.Needs.Any(n => n.Key == browseKey && !n.Fits) &&
            text.Split([',', '.', ';', '\n', '!', '?']).Select(c => ChoiceReader.Read(QuestionSteps.Need, c, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false))
                .FirstOrDefault(r => r is { Confidence: Confidence.High, Value: ChoiceValue { Key: { } k } } && context.Policy.Needs.Any(n => n.Key == k && n.Fits)) is { } beside)
        {
            // "… Leads automatisch ins CRM kriegen, erstmal nur informieren": a configured need named in a clause of its own
            // beside words of looking around is that need; the looking says how far the prospect is, so confirmed
            result[browseAt] = beside with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (result.FindIndex(x => x is { Slot: QuestionSteps.Company }) is >= 0 and var placedAt &&
            result[placedAt].Value is string placedFirm && CompanyReader.PlaceAtEnd(placedFirm) is { } withoutPlace)
        {
            // "Autohaus Meyer Ingolstadt", "Murphy's Garage Cork": a known place closing a name without a legal form is where the
            // firm is as often as part of its name, as at the company question: the name without it, confirmed. The writer's
            // own address at the firm's domain spelling the name without the place ("Zahnlabor Weber Augsburg" beside
            // "…@zahnlabor-weber.de") settles it: the name without the place, taken
            var domainSaysSo = emails.Any(e => LettersOf(e.Address[(e.Address.IndexOf('@') + 1)..].Split('.')[0]) == LettersOf(withoutPlace));
            if (domainSaysSo || result[placedAt].Confidence == Confidence.High)
            {
                result[placedAt] = result[placedAt] with
                {
                    Value = withoutPlace,
                    Confidence = domainSaysSo ? Confidence.High : Confidence.Medium,
                    Hint = domainSaysSo ? null : ReadingHints.Ambiguous,
                };
            }
        }

        if (result.FindIndex(x => x is { Slot: QuestionSteps.Authority, Confidence: Confidence.High }) is >= 0 and var bodyAt &&
            result[bodyAt] is { Value: ChoiceValue { Key: { } bodyKey } } bodyRole)
        {
            var bodySaid = FoldedText.Of(bodyRole.Evidence);
            if (bodySaid.Count == 1 && BodyWords.Contains(bodySaid[0].Text) && ChoiceReader.SharedDecider(context.Policy.Roles) is >= 0 and var sharedAt &&
                context.Policy.Roles[sharedAt] is var shared)
            {
                // "Energiegenossenschaft Alpenvorland eG, Vorstand.": a body named as the writer's role makes the writer one
                // of several who decide together; which part is theirs is not said, so the shared role is confirmed
                result[bodyAt] = bodyRole with { Value = new ChoiceValue(shared.Key, shared.Label(context.Language)), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
            else if (!IsDecider(bodyKey, context) && bodySaid.Words.Any(w => DecisionWord(w.Text)) && !bodySaid.Words.Any(w => OwnWords.Contains(w.Text)) &&
                     OwnTitleElsewhere(text, bodyRole.Evidence))
            {
                // "Vorsitzender des TSV … e.V. … Entscheiden muss das aber der Vorstand", "Kanzleileitung bei … Entscheiden tun
                // die Partner": someone else decides, and the writer's own title may make them one of those who do; the
                // clause that names who decides wins, confirmed. An officer of a club or a charity ("Schatzmeisterin",
                // "Vorsitzender", "treasurer") sits on the board that decides: the shared decision, confirmed
                result[bodyAt] = OfficerElsewhere(text, bodyRole.Evidence) && bodySaid.Words.Any(w => CommonWords.DecidingBodies.Contains(w.Text)) &&
                                 ChoiceReader.SharedDecider(context.Policy.Roles) is >= 0 and var seatAt
                    ? bodyRole with { Value = new ChoiceValue(context.Policy.Roles[seatAt].Key, context.Policy.Roles[seatAt].Label(context.Language)), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                    : bodyRole with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
            else if (!bodySaid.Words.Any(w => OwnWords.Contains(w.Text)) && (IsDecider(bodyKey, context) || !OwnTitleElsewhere(text, bodyRole.Evidence)) &&
                     MessageClauseOf(text, bodyRole.Evidence) is { } decidingClause && FoldedText.Of(decidingClause) is var decidingWords &&
                     decidingWords.Words.Any(w => CommonWords.DecidingBodies.Contains(w.Text)) && !decidingWords.Words.Any(w => OwnWords.Contains(w.Text) && w.Text != "im"))
            {
                // "Über eine Anschaffung würde das Kuratorium … im Mai entscheiden": a body decides in the clause the decision
                // was read from, and no word there is the writer's (German "im" is none); whether they sit in it is not
                // said, so it is confirmed, as at the question ("entscheiden würde der Kirchenvorstand"); beside a title
                // of the writer's own ("CEO of Foo Ltd, but the board has the final say") the body's part is theirs to advise
                result[bodyAt] = bodyRole with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
            else if (bodySaid.Words.Where(w => w.Text is not ("a" or "an" or "the" or "ein" or "eine" or "der" or "die")).Select(w => w.Text).ToList() is { Count: >= 1 and <= 2 } titleWords &&
                     AdvisingTitles.Contains(string.Join(' ', titleWords)))
            {
                // "I work as a project manager at Region Skåne", "Projektleiterin bei der …": a job title that leads or
                // advises a project says nothing of the writer's part in this decision (careful readers confirm it or ask),
                // unlike "I'll recommend it"; the role reader confirms it too when it is the whole answer
                result[bodyAt] = bodyRole with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
        }

        return result;
    }

    /// <summary>A clause in which the writer says what they or their firm are: "estate agent here", "we are a
    /// municipality", "we run 6 trucks", "wir sind ein Familienbetrieb".</summary>
    private static bool DescribesWriter(FoldedText words) =>
        words.Count >= 2 && (words[^1].Text is "here" or "hier" ||
                             words.MatchesAt(0, ["we", "are"]) || words.MatchesAt(0, ["wir", "sind"]) || words[0].Text is "we're" or "were" ||
                             words.MatchesAt(0, ["we", "run"]) || words.MatchesAt(0, ["i", "run"]) || words.MatchesAt(0, ["i", "own"]) ||
                             words.MatchesAt(0, ["wir", "betreiben"]) || words.MatchesAt(0, ["ich", "betreibe"]) || words.MatchesAt(0, ["ich", "fuehre"]) ||
                             // "ich frage für meine Chefin (Drogerie Sommer)": the one the writer asks for, whose firm the
                             // brackets name
                             words.Count >= 3 && words[^3].Text is "fuer" or "for" && words[^2].Text is "meine" or "meinen" or "my" or "our" &&
                             words[^1].Text is "chefin" or "chef" or "boss" or "manager" or "managerin" or "vorgesetzte" or "vorgesetzten" or "mutter" or "vater" or "mum" or "dad");

    /// <summary>"We are PrintPal", "wir sind Bike-Teile24", "We're Blue Ridge Roofing": "we are" and nothing after it but
    /// capitalized words that are no article, kind or job: the firm is named already, and brackets after it ("(POD)",
    /// "(Shopify)") say what it is or does, not another name.</summary>
    private static bool NamedAsWe(string clause)
    {
        var words = FoldedText.Of(clause);
        var at = words.MatchesAt(0, ["we", "are"]) || words.MatchesAt(0, ["wir", "sind"]) ? 2 : words.Count > 0 && words[0].Text is "we're" or "were" ? 1 : -1;
        return at > 0 && words.Count - at is >= 1 and <= 4 && !words.Words.Skip(at).Any(w => w.AfterBreak) &&
               words.Words.Skip(at).All(w => char.IsUpper(clause[w.Start]) || char.IsDigit(clause[w.Start]) || w.Text is "&" or "und" or "and") &&
               !CompanyReader.IsBusinessKind(words[at].Text) && !NameReader.IsJobNoun(words[at].Text) &&
               !words.Words.Skip(at).Any(w => IsPlace(w.Text) || w.Text is "a" or "an" or "the" or "ein" or "eine" or "der" or "die" or "das");
    }

    // Job titles the role reader takes as advising that name a trade, not a part in the decision.
    private static readonly HashSet<string> AdvisingTitles = new(StringComparer.Ordinal)
    {
        "project manager", "projektmanager", "projektmanagerin", "projektleiter", "projektleiterin", "product owner",
        "consultant", "advisor", "adviser", "berater", "beraterin",
    };

    // Words for a shop or an agency that a platform or a trait is put before to say what a firm is ("Shopware-Shop").
    private static readonly HashSet<string> DescribedKinds = new(StringComparer.Ordinal)
    {
        "shop", "store", "webshop", "onlineshop", "laden", "agentur", "agency", "startup", "brand", "marke",
    };

    /// <summary>Two words without a legal form, the second a word for a shop or an agency joined to the first by a hyphen
    /// or written in small letters ("Shopware-Shop", "Online-Shop", "Shopify store").</summary>
    private static bool KindDescribed(string name) =>
        !CompanyReader.HasLegalForm(name, 0) && FoldedText.Of(name) is { Count: 2 } words && DescribedKinds.Contains(words[1].Text) &&
        (char.IsLower(name[words[1].Start]) || name[words[1].Start - 1] == '-');

    // Bodies of several people that decide together ("der Vorstand", "the board").
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "vorstand", "vereinsvorstand", "kirchenvorstand", "board", "gremium", "geschaeftsleitung", "geschaeftsfuehrung", "management",
        "committee", "ausschuss", "aufsichtsrat", "beirat", "partner", "partners",
    };

    // Words of the writer's own part in a sentence.
    private static readonly HashSet<string> OwnWords = new(StringComparer.Ordinal)
    {
        "ich", "i", "i'm", "i'll", "im", "me", "my", "mein", "meine", "meinen", "meinem", "mich", "mir", "wir", "we", "we're", "us", "uns", "unser",
        "unsere", "unseren", "unserem", "our",
    };

    private static bool DecisionWord(string w) =>
        w.StartsWith("entscheid", StringComparison.Ordinal) || w.StartsWith("decid", StringComparison.Ordinal) || w.StartsWith("beschliess", StringComparison.Ordinal) ||
        w is "decision" or "beschluss" or "abstimmen" or "stimmt" or "votes" or "vote" or "approves" or "genehmigt";

    // Legal forms and words only firms in Britain, Ireland or Australia use ("LLP", "Pty Ltd", "financial year").
    private static readonly string[][] OutsideEuroCues = Phrases.Of("llp", "pty", "plc", "cic", "financial year", "fy");

    // Words that say something is waited for ("until our AGM", "erst nach der Sitzung").
    private static readonly HashSet<string> WaitWords = new(StringComparer.Ordinal)
    {
        "until", "till", "til", "bis", "before", "vor", "after", "nach", "once", "sobald", "erst",
    };

    // Officers of a club, a charity or a church, who sit on the board that decides: the club's officers the role reader
    // knows, and the board's other members.
    private static readonly HashSet<string> Officers = new(ChoiceReader.ClubOfficers.Concat(
    [
        "vorstandsmitglied", "trustee", "governor", "kirchenvorsteher", "kirchenvorsteherin", "presbyter", "presbyterin",
        "beisitzer", "beisitzerin",
    ]), StringComparer.Ordinal);

    /// <summary>The clause of <paramref name="text"/> that holds <paramref name="evidence"/>, as <see cref="Clauses"/> splits
    /// a message (unlike <see cref="Discipline.ClauseOf"/>, a full stop inside a firm's name splits nothing); null when it is
    /// not found.</summary>
    private static string? MessageClauseOf(string text, string evidence)
    {
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        foreach (var clause in Clauses(text))
        {
            if (clause.Start <= at && at < clause.End)
            {
                return text[clause.Start..clause.End];
            }
        }

        return null;
    }

    /// <summary>Whether a clause other than the one the role was read from names the writer an officer of a club or a
    /// charity ("ich bin Schatzmeisterin beim Förderverein …", "I'm on the board (treasurer)").</summary>
    private static bool OfficerElsewhere(string text, string evidence) =>
        AnyOtherClause(text, evidence, w => Officers.Contains(w));

    /// <summary>Whether a clause other than the one the role was read from gives the writer a title of their own
    /// ("Kanzleileitung bei …", "ich bin Vorsitzender des …", "Vorstand der …").</summary>
    private static bool OwnTitleElsewhere(string text, string evidence) =>
        // (a department, "Einkauf bei …", is no title of someone who may decide)
        AnyOtherClause(text, evidence, w => IsHeadTitle(w) || w.EndsWith("leitung", StringComparison.Ordinal) || Officers.Contains(w) ||
                                            w is "leiter" or "leiterin" or "director" or "head" or "partner" or "partnerin");

    /// <summary>Whether a folded word of a clause other than the one <paramref name="evidence"/> was read from passes
    /// <paramref name="word"/>.</summary>
    private static bool AnyOtherClause(string text, string evidence, Func<string, bool> word)
    {
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        foreach (var clause in Clauses(text))
        {
            if (at >= 0 && clause.Start < at + evidence.Length && at < clause.End)
            {
                continue;
            }

            if (FoldedText.Of(text[clause.Start..clause.End]).Words.Any(w => word(w.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[][] ForClient = Phrases.Of(
        "for a client", "for my client", "for clients", "for a customer", "fuer einen kunden", "fuer meinen kunden", "fuer einen klienten",
        "fuer einen mandanten", "fuer meinen mandanten", "fuer kunden");

    private static readonly string[][] IndirectQuestions = Phrases.Of(
        "wissen ob", "fragen ob", "wondering if", "wondering whether", "know if", "know whether", "wissen wollen ob");

    // Words that give a former or second name of a firm ("formerly", "gehört zur").
    private static readonly string[][] FormerNames = Phrases.Of(
        "formerly", "previously", "former", "frueher", "ehemals", "vormals", "ehemalige", "gehoert zur", "gehoert zu",
        "part of", "dba", "d/b/a", "trading as", "technically", "genauer", "eigentlich", "actually");

    // Closing words before a name signed at the end ("Grüße, Jonas", "cheers, Tom").
    private static readonly HashSet<string> ClosingWords = new(StringComparer.Ordinal)
    {
        "gruesse", "gruss", "gruessle", "lg", "vg", "mfg", "beste", "besten", "viele", "liebe", "freundliche", "freundlichen", "mit",
        "cheers", "best", "regards", "kind", "thanks", "thx", "danke", "bye", "ciao", "tschuess", "gruessen", "herzliche",
        "herzlichen", "freundlichem", "sincerely", "yours", "warm", "warmly", "many", "greetings",
        // second-language writers close in their first language ("Saludos cordiales, Elena Vidal", "Pozdrawiam, Anna")
        "saludos", "cordiales", "atentamente", "saluti", "cordiali", "distinti", "cordialement", "cumprimentos", "abracos",
        "pozdrawiam", "pozdrowienia", "saygilarimla", "groeten", "hilsen", "halsningar", "mvh",
    };

    /// <summary>A full name as a clause of its own where it can only be the writer's: right after a clause in which the
    /// writer introduces themselves and which ends with the company read ("I'm the owner of Pike &amp; Sons Plumbing, Dave
    /// Pike", "ich bin Geschäftsführerin der Lindner Immobilien GmbH (Julia Lindner)"), or on the line after a line of
    /// closing words or a signature's dashes ("Mit freundlichen Grüßen" above "Dr. Karin Ost", then the title and the company). The name
    /// is two to four capitalized words, the first (after an academic title) a common given name; a bracket opening
    /// after it ("John Smith (CEO) asked me …") may make it someone else, so it must end its sentence.</summary>
    // A nickname in brackets or quotes between two capitalized words where a name stands: opening the message or a
    // sentence, or after "I'm", "this is", "ich bin", "hier ist", "my name is".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[.!:,;\n]\s*|(?i:\b(?:hi|hello|hallo|hey|moin|servus|i'm|i am|this is|ich bin|hier ist|my name is|mein name ist|name:)\s+))(?<given>\p{Lu}[\p{Ll}'-]+)\s+(?<nick>\(\p{Lu}\p{Ll}+\)|""\p{Lu}\p{Ll}+""|'\p{Lu}\p{Ll}+'|„\p{Lu}\p{Ll}+“|“\p{Lu}\p{Ll}+”)\s+\p{Lu}[\p{Ll}'-]+(?![\p{L}\p{N}])",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NicknameInName();

    // A form's or a record's field of a given name, of a surname, and of a whole name of the person to contact.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<given>vorname|first[ ]name|given[ ]name)|(?<family>nachname|familienname|last[ ]name|surname|family[ ]name)|(?<whole>contact|kontakt|contact[ ]person|contact[ ]name|kontaktperson|full[ ]name|vollständiger[ ]name))[ ]?:[ ]*(?<value>[^\n|;:,]+)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NameField();

    /// <summary>The name given in labelled fields: a whole name after "Contact:", or a given name and a surname in fields
    /// of their own, read together as the name question reads them; null when the fields hold no name.</summary>
    private static (SlotReading Reading, int Start, int End, bool Split)? LabelledName(string text)
    {
        System.Text.RegularExpressions.Group? given = null, family = null, whole = null;
        foreach (System.Text.RegularExpressions.Match m in NameField().Matches(text))
        {
            var value = m.Groups["value"];
            if (value.Value.Trim().Length == 0)
            {
                continue;
            }

            if (m.Groups["given"].Success)
            {
                given ??= value;
            }
            else if (m.Groups["family"].Success)
            {
                family ??= value;
            }
            else
            {
                whole ??= value;
            }
        }

        var (said, start, end) = given is not null && family is not null
            ? (given.Value.Trim() + " " + family.Value.Trim(), Math.Min(given.Index, family.Index), Math.Max(given.Index + given.Length, family.Index + family.Length))
            : whole is not null && given is null && family is null ? (whole.Value.Trim(), whole.Index, whole.Index + whole.Length) : (null, 0, 0);
        if (said is not null && whole is not null && given is null && SentenceEnd(said) is > 0 and var stop)
        {
            // "Kontakt: Konstantin Heide. Salesforce-Integration.": the field's value ends with its sentence
            said = said[..stop];
            end = start + stop;
        }

        if (said is null || FoldedText.Of(said) is not { Count: >= 2 and <= 4 } words || words.Words.Any(w => w.IsNumber || !char.IsUpper(said[w.Start]) && !SurnameParticleWord(w.Text)) ||
            NameReader.Read(said) is not { Value: string, Confidence: >= Confidence.Medium } read)
        {
            return null;
        }

        return (read, start, end, given is not null);
    }

    /// <summary>Where the first sentence of a field's value ends: a dot and a space after a word of three letters or more
    /// (not a title's "Dr."), after two words at least; 0 when none.</summary>
    private static int SentenceEnd(string value)
    {
        var words = FoldedText.Of(value);
        for (var i = 1; i < words.Count; i++)
        {
            var dot = words[i].End;
            if (dot + 1 < value.Length && value[dot] == '.' && value[dot + 1] == ' ' && words[i].Text.Length >= 3)
            {
                return dot;
            }
        }

        return 0;
    }

    private static bool SurnameParticleWord(string folded) => folded is "van" or "von" or "de" or "der" or "den" or "ter" or "ten" or "du" or "da" or "di" or "del" or "dos" or "das" or "zu" or "dela" or "delos" or "delas";

    private static (string Name, int Start, int End, Confidence Confidence)? ApposedName(string masked, List<(Clause Clause, FoldedText Words)> seen, List<(SlotReading Reading, int Start, int End)> readings)
    {
        for (var i = 1; i < seen.Count; i++)
        {
            var (clause, words) = seen[i];
            var part = masked[clause.Start..clause.End];
            if (words.Count is < 2 or > 4 || clause.End < masked.Length && masked[clause.End] == '(' ||
                !words.Words.All(w => char.IsUpper(part[w.Start])))
            {
                continue;
            }

            var first = words[0].Text is "dr" or "prof" && part[words[0].End] == '.' ? 1 : 0;
            // "Kind regards,\nDespina Karagianni\nDirector": a given name not in the list is the writer's on the line after
            // the closing words when their job follows on the next line; else it may be a firm's name, so it is confirmed
            var unlisted = !GivenNames.Contains(words[first].Text) && words.Count - first == 2 && LineAfterClosing(masked, clause.Start) &&
                           !words.Words.Any(w => CompanyReader.IsBusinessKind(w.Text) || JobWords.Contains(w.Text));
            if (words.Count - first < 2 || !GivenNames.Contains(words[first].Text) && !unlisted ||
                words.Words.Any(w => CompanyWords.Contains(w.Text) || NameCommonWords.Contains(w.Text) || IsPlace(w.Text) || TimeNames.Contains(w.Text)))
            {
                continue;
            }

            var start = clause.Start + words[0].Start;
            var end = clause.Start + words[^1].End;
            if (readings.Exists(r => r.Start < end && start < r.End))
            {
                continue;
            }

            var (before, beforeWords) = seen[i - 1];
            var introduced = (beforeWords.MatchesAt(0, ["ich", "bin"]) || beforeWords.MatchesAt(0, ["i", "am"]) || beforeWords[0].Text is "i'm" or "im" or "bin" ||
                              StartsWithTitle(beforeWords)) &&
                             readings.Exists(r => r.Reading.Slot == QuestionSteps.Company && r.Start >= before.Start && r.End <= before.End &&
                                                  masked.AsSpan(r.End, before.End - r.End).Trim(" .").IsEmpty) &&
                             masked.AsSpan(before.End, clause.Start - before.End).Trim().Length == 1;
            // "I'm a freelance consultant (Rick Alvarez)", "ich bin die Büroleiterin (Sandra Kühn)": a full name in brackets
            // right after the writer says who they are is the writer's
            var bracketedAfterSelf = (beforeWords.MatchesAt(0, ["ich", "bin"]) || beforeWords.MatchesAt(0, ["i", "am"]) || beforeWords[0].Text is "i'm" or "im") &&
                                     beforeWords.Count is >= 3 and <= 6 && masked.AsSpan(before.End, clause.Start - before.End).Trim().SequenceEqual("(") &&
                                     clause.End < masked.Length && masked[clause.End] == ')';
            // "ich bin die Betreiberin, Anna Berg", "I'm the owner, Sam Lee": a full name as the clause right after the writer
            // said what they are (an article and one role noun) is the writer's
            var afterOwnRole = beforeWords.Count is 3 or 4 && beforeWords[^2].Text is "der" or "die" or "the" &&
                               beforeWords[^3].Text is "bin" or "am" or "i'm" or "im" &&
                               (RoleNoun(masked[before.Start..before.End], beforeWords[^1]) || JobWords.Contains(beforeWords[^1].Text)) &&
                               masked.AsSpan(before.End, clause.Start - before.End).Trim().SequenceEqual(",");
            if (introduced || bracketedAfterSelf || afterOwnRole || LineAfterClosing(masked, clause.Start))
            {
                var name = part[words[0].Start..words[^1].End];
                var jobNext = i + 1 < seen.Count && masked.AsSpan(clause.End, seen[i + 1].Clause.Start - clause.End).Contains('\n') &&
                              JobTitle(masked[seen[i + 1].Clause.Start..seen[i + 1].Clause.End], seen[i + 1].Words);
                return NameReader.Clean(name) is { } clean ? (clean, start, end, !unlisted || jobNext ? Confidence.High : Confidence.Medium) : null;
            }
        }

        return null;
    }

    /// <summary>An initial and a capitalized surname ("S. Keller") as a clause of its own right after a clause of nothing
    /// but closing words ("Mit freundlichen Grüßen"), and the clause's index; null when there is none.</summary>
    private static (string Name, int Start, int End, int Last)? InitialSigned(string masked, List<(Clause Clause, FoldedText Words)> seen)
    {
        // the full stop after an initial ends a clause: the initial and the surname are two clauses in a row
        for (var i = 1; i + 1 < seen.Count; i++)
        {
            var (clause, words) = seen[i];
            var (next, surname) = seen[i + 1];
            var closing = seen[i - 1].Words;
            if (words.Count != 1 || words[0].Text.Length != 1 || !char.IsUpper(masked[clause.Start + words[0].Start]) ||
                clause.End >= masked.Length || masked[clause.End] != '.' || next.Start != clause.End + 1 ||
                surname.Count != 1 || surname[0].Text.Length < 3 || !char.IsUpper(masked[next.Start + surname[0].Start]) ||
                NameCommonWords.Contains(surname[0].Text) || CompanyWords.Contains(surname[0].Text) ||
                closing.Count < 2 || !closing.Words.All(w => ClosingWords.Contains(w.Text)))
            {
                continue;
            }

            var start = clause.Start + words[0].Start;
            var end = next.Start + surname[0].End;
            return NameReader.Clean(masked[start..end]) is { } clean ? (clean, start, end, i + 1) : null;
        }

        return null;
    }

    /// <summary>Whether a line holds only closing words ("Cheers,", "mfg", "Mit freundlichen Grüßen"), the line above a
    /// signature.</summary>
    internal static bool OnlyClosingWords(string line)
    {
        var words = FoldedText.Of(line);
        return words.Count > 0 && words.Words.All(w => ClosingWords.Contains(w.Text)) &&
               !(words.Count == 1 && words[0].Text is "mit" or "best" or "kind" or "many" or "warm" && !line.TrimEnd().EndsWith(','));
    }

    /// <summary>Whether the clause at <paramref name="start"/> opens a line and the line before it holds only closing
    /// words ("Mit freundlichen Grüßen", "Best regards") or a signature's dashes ("--").</summary>
    private static bool LineAfterClosing(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', start - 1);
        if (lineStart < 1 || !text.AsSpan(lineStart + 1, start - lineStart - 1).Trim().IsEmpty)
        {
            return false;
        }

        var previousStart = text.LastIndexOf('\n', lineStart - 1) + 1;
        var line = text[previousStart..lineStart].Trim();
        return line is "--" or "-- " or "—" or "–" || OnlyClosingWords(line);
    }

    /// <summary>"… pricing. Karen, Harbour View Trust": the last sentence is a common given name alone, a comma and two to
    /// four capitalized words (the firm); the spans of the name and the firm, or null.</summary>
    private static (string Name, int NameStart, int NameEnd, int FirmStart, int FirmEnd)? SignedWithFirm(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', '!', '\n', '\r');
        var sentence = trimmed.LastIndexOfAny(['.', '!', '?', '\n']);
        if (sentence <= 0 || trimmed.IndexOf(',', sentence) is not (> 0 and var comma))
        {
            return null;
        }

        var name = FoldedText.Of(trimmed[(sentence + 1)..comma]);
        var firm = FoldedText.Of(trimmed[(comma + 1)..]);
        if (name.Count != 1 || !GivenNames.Contains(name[0].Text) || !char.IsUpper(trimmed[sentence + 1 + name[0].Start]) ||
            firm.Count is < 2 or > 4 || !firm.Words.All(w => char.IsUpper(trimmed[comma + 1 + w.Start]) || w.Text is "&" or "of" or "and" or "und") ||
            GivenNames.Contains(firm[0].Text) || trimmed.IndexOf(',', comma + 1) >= 0)
        {
            return null;
        }

        var nameStart = sentence + 1 + name[0].Start;
        return (trimmed[nameStart..(sentence + 1 + name[0].End)], nameStart, sentence + 1 + name[0].End,
            comma + 1 + firm[0].Start, comma + 1 + firm[^1].End);
    }

    /// <summary>A given name, alone or with a surname, signed at the end of a message: after a dash, on a line of its own
    /// or after a closing word ("– Jonas", "\nTom Baker", "Grüße, Jonas"), the first word a common given name. A name after
    /// a bare comma is not signed ("…, mit meinem Partner, Anna" may name someone else).</summary>
    private static (string Name, int Start, int End, Confidence Confidence)? SignOff(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', '!', '\n', '\r', ')', ':', ',');
        if (trimmed.LastIndexOf(',') is > 0 and var firmAt && CompanyReader.HasLegalForm(trimmed, firmAt) && FoldedText.Of(trimmed[firmAt..]).Count <= 5)
        {
            // "Gruß Uwe Richter, Elektro-Anlagenbau Richter GmbH": the firm with its legal form after the signed name
            trimmed = trimmed[..firmAt].TrimEnd();
        }

        var folded = FoldedText.Of(trimmed);
        if (folded.Count < 3)
        {
            return null;
        }

        foreach (var words in new[] { 1, 2 })
        {
            var first = folded.Count - words;
            if (first < 1 || folded.Words.Skip(first + 1).Any(w => w.AfterBreak) || !GivenNames.Contains(folded[first].Text) ||
                !folded.Words.Skip(first).All(w => char.IsUpper(trimmed[w.Start])))
            {
                continue;
            }

            var gap = trimmed.AsSpan(folded[first - 1].End, folded[first].Start - folded[first - 1].End);
            var closing = ClosedBefore(trimmed, folded, first);
            if (gap.IndexOfAny('–', '—', '\n') >= 0 || gap.Trim().SequenceEqual("-") || closing)
            {
                var start = folded[first].Start;
                var end = folded[^1].End;
                return (trimmed[start..end], start, end, Confidence.High);
            }

            if (words == 1 && gap.IndexOfAny('.', '?', '!') >= 0 && gap.Trim().Length == 1)
            {
                // "Can someone call me at 917-555-0162? Tanya": a given name alone as the last sentence is most likely the
                // writer's, but no closing word or line says so; confirmed
                return (trimmed[folded[first].Start..folded[first].End], folded[first].Start, folded[first].End, Confidence.Medium);
            }
        }

        // "Viele Grüße, Anna von Bergen": a given name, a particle and a capitalized surname after closing words; confirmed,
        // as "von" and one word may as well say where the writer is from ("Lisa von Acme"), and no company either way
        for (var words = 3; words <= 4; words++)
        {
            var first = folded.Count - words;
            if (first >= 1 && GivenNames.Contains(folded[first].Text) && char.IsUpper(trimmed[folded[first].Start]) &&
                char.IsUpper(trimmed[folded[^1].Start]) && !folded.Words.Skip(first + 1).Any(w => w.AfterBreak) &&
                folded[first + 1].Text is "von" or "van" or "de" or "zu" &&
                (words == 3 || folded[first + 2].Text is "der" or "den" or "dem") && ClosedBefore(trimmed, folded, first))
            {
                return (trimmed[folded[first].Start..folded[^1].End], folded[first].Start, folded[^1].End, Confidence.Medium);
            }
        }

        // "… Budget gibts noch keins. Lisa von KreativKöpfe": a given name, "von"/"from" and where the writer is from as
        // the last sentence sign the message; the first name is confirmed, as after "hier ist" (the words after "von" may
        // be a surname)
        for (var words = 1; words <= 3; words++)
        {
            var at = folded.Count - words - 2;
            if (at < 1 || !GivenNames.Contains(folded[at].Text) || !char.IsUpper(trimmed[folded[at].Start]) ||
                folded[at + 1].Text is not ("von" or "from" or "vom") || folded.Words.Skip(at + 1).Any(w => w.AfterBreak) ||
                !folded.Words.Skip(at + 2).All(w => char.IsUpper(trimmed[w.Start]) || w.Text is "&"))
            {
                continue;
            }

            var gap = trimmed.AsSpan(folded[at - 1].End, folded[at].Start - folded[at - 1].End);
            if (gap.IndexOfAny('.', '?', '!') >= 0 || gap.IndexOfAny('\n', '–', '—') >= 0)
            {
                return (trimmed[folded[at].Start..folded[at].End], folded[at].Start, folded[at].End, Confidence.Medium);
            }
        }

        return null;
    }

    /// <summary>Whether closing words end the clause before word <paramref name="first"/> ("Grüße, Jonas"), also with
    /// where the writer greets from ("Gruß aus Hamburg, Anna"): the place is no company.</summary>
    private static bool ClosedBefore(string text, FoldedText folded, int first) =>
        // "… wer kann helfen? Gruß Uwe Richter": a greeting word that opens its own sentence needs no comma before the name
        !folded[first].AfterBreak && (first == 1 || folded[first - 1].AfterBreak) && folded[first - 1].Text is "gruss" or "gruesse" or "lg" or "vg" or "mfg" or "regards" ||
        folded[first].AfterBreak && (ClosingWords.Contains(folded[first - 1].Text) ||
                                     first >= 3 && folded[first - 2].Text is "aus" or "from" && char.IsUpper(text[folded[first - 1].Start]) &&
                                     !folded[first - 1].AfterBreak && ClosingWords.Contains(folded[first - 3].Text));

    /// <summary>Words that wish for a time ("gerne im Januar", "ideally in March"): beside a month in a short clause of
    /// its own they say it is when the project should start.</summary>
    private static readonly string[][] WishWords = Phrases.Of(
        "gerne", "gern", "am liebsten", "idealerweise", "ideal", "moeglichst", "hoffentlich", "ideally", "preferably",
        "hopefully", "if possible", "wenn moeglich", "looking at", "aiming for", "targeting", "thinking", "angepeilt",
        "anvisiert", "peilen", "geplant", "am besten");

    // A time said to suit the prospect ("Ende März wäre gut", "January would be great"): a wish put softly, so beside
    // other answers the start is confirmed.
    private static readonly string[][] SoftWishWords = Phrases.Of(
        "waere gut", "waer gut", "waer guad", "waere super", "waer super", "waere ideal", "waere schoen", "waer schoen", "wuerde passen",
        "would be good", "would be great", "would be ideal", "would be nice", "passt uns", "works for us", "suits us");

    /// <summary>Where a need is introduced in the clause ("wir suchen eine Software für die Dienstplanung"): words after it
    /// describe the need, a name there without a legal form is no company.</summary>
    private static int NeedCueAt(FoldedText folded) =>
        folded.Find(OwnNeedCues).At is var at && at >= 0 ? at : SubjectlessVerbAt(folded) is var verb && verb >= 0 && NeedVerbs.Contains(folded[verb].Text) ? verb : -1;

    /// <summary>German verbs in the first person that open a clause in a chat without "ich"/"wir" ("brauchen was für …",
    /// "will mich nur umschauen", "suche ein CRM"); after "und" the subject is the one before it.</summary>
    private static readonly HashSet<string> SubjectlessVerbs = new(StringComparer.Ordinal)
    {
        "brauche", "brauchen", "suche", "suchen", "benoetige", "benoetigen", "will", "wollen", "moechte", "moechten", "schaue",
        "schau", "schauen", "informiere", "informieren",
    };

    private static readonly HashSet<string> NeedVerbs = new(StringComparer.Ordinal) { "brauche", "brauchen", "suche", "suchen", "benoetige", "benoetigen" };

    /// <summary>The word at which a clause opens with a verb of <see cref="SubjectlessVerbs"/> (after an "und"), or -1. An
    /// English "will …" opens a clause about the future; a need read from it is still what is wanted.</summary>
    private static int SubjectlessVerbAt(FoldedText folded)
    {
        // "wollen Sie …", "informieren Sie mich …": a verb before its subject asks or requests, it says no wish of the writer's
        var at = folded.Count > 1 && folded[0].Text == "und" ? 1 : 0;
        return at < folded.Count && SubjectlessVerbs.Contains(folded[at].Text) &&
               !(at + 1 < folded.Count && folded[at + 1].Text is "sie" or "ihr" or "du" or "you" or "man" or "wir" or "ich" or "i" or "we")
            ? at : -1;
    }

    /// <summary>"Vogt Beratung", "Kim Consulting Group": every word capitalized, as a name is written.</summary>
    private static bool AllCapitalized(string part, FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (!char.IsUpper(part[w.Start]) && w.Text is not ("&" or "und" or "and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"ich schau mich nur mal um", "we're just browsing": a clause in the first person.</summary>
    /// <summary>"…, um Leads besser zu qualifizieren", "…, in order to qualify leads": a clause that says what for is
    /// what is wanted.</summary>
    private static bool Purpose(FoldedText folded) =>
        folded[0].Text == "um" && folded.ContainsWord("zu") ||
        folded.Count > 2 && folded[0].Text == "in" && folded[1].Text == "order" && folded[2].Text == "to";

    /// <summary>The word at which "was"/"what" opens what a clause of looking around looks at ("… schauen, was es gibt",
    /// "… what you offer"), or -1.</summary>
    private static int WhatIsLookedAt(FoldedText folded) =>
        folded.Words.FindIndex(1, w => w.Text is "was" or "what" or "what's" or "whats" or "welche" or "wie" or "how");

    private static bool FirstPerson(FoldedText folded) =>
        folded[0].Text is "ich" or "wir" or "i'm" or "im" or "i" or "we" or "we're" or "were" || SubjectlessVerbAt(folded) >= 0 ||
        // Swiss "mir wänd …", "mir bruuchet …": "mir" is "wir" before a Swiss verb
        folded.Count > 1 && folded[0].Text == "mir" && folded[1].Text is "waend" or "wend" or "woend" or "haend" or "hend" or "bruchet" or
            "bruuchet" or "suechet" or "sueched" or "muend" or "moechted";

    /// <summary>"in 2 Wochen", "in about 2 months", "innerhalb von drei Monaten": a time counted from today, which beside
    /// other answers can only be the start.</summary>
    private static bool CountsFromToday(string evidence)
    {
        var f = FoldedText.Of(evidence);
        // "noch diesen Monat", "next week", "nächsten Monat": a week, month or quarter named from this one
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (f[i].Text is "diese" or "dieser" or "diesen" or "this" or "next" or "naechste" or "naechsten" or "naechster" or "kommende" or "kommenden" or "coming" &&
                f[i + 1].Text is "woche" or "week" or "monat" or "month" or "quartal" or "quarter")
            {
                return true;
            }
        }

        if (f.Count < 2 || f[0].Text is not ("in" or "within" or "innerhalb"))
        {
            return false;
        }

        for (var i = 1; i < f.Count; i++)
        {
            var w = f[i].Text;
            if (w.StartsWith("tag", StringComparison.Ordinal) || w.StartsWith("woche", StringComparison.Ordinal) || w.StartsWith("monat", StringComparison.Ordinal) ||
                w.StartsWith("jahr", StringComparison.Ordinal) || w is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[][] TimeWords = Phrases.Of(
        "zeit", "zeitlich", "zeitplan", "zeitraum", "zeitrahmen", "termin", "start", "timeline", "time", "timing", "timeframe",
        "time frame", "deadline", "date", "datum", "wann", "when", "eile", "eilig", "rush", "hurry", "eilt", "pressiert");

    // A cheap first look before a part is read as a private person: every private wording holds one of these.
    private static readonly System.Buffers.SearchValues<string> PrivateNeedles = System.Buffers.SearchValues.Create(
        ["privat", "personal", "freelanc", "freiberuf", "selbstst", "selbst", "myself", "just me", "self-employed", "self employed", "no company", "keine firma", "kein unternehmen"], StringComparison.OrdinalIgnoreCase);

    private static bool MayBePrivate(string part) => part.AsSpan().IndexOfAny(PrivateNeedles) >= 0;

    /// <summary>Where the words about being private end: before an "und"/"and" after the private word, else at the end of
    /// the clause.</summary>
    private static int PrivateClauseEnd(string part, FoldedText folded)
    {
        var seen = false;
        for (var i = 0; i < folded.Count; i++)
        {
            seen |= folded[i].Text.StartsWith("privat", StringComparison.Ordinal) || folded[i].Text is "personal" or "freelancer" or "freiberufler" or "selbststaendig";
            if (seen && folded[i].Text is "und" or "and" && i + 1 < folded.Count)
            {
                return folded[i].Start;
            }
        }

        return part.Length;
    }

    /// <summary>"…, next year", "nächstes Jahr": a clause that is nothing but a year named from today.</summary>
    private static bool IsWholeYear(TimelineEstimate time, FoldedText folded) =>
        time.Timex is { Length: 4 } && folded.Count <= 3 && (folded.ContainsWord("year") || folded.ContainsWord("yr") || folded.ContainsWord("jahr"));

    /// <summary>A quarter or a half year ("Q2", "H2/2027"): nothing else in a message is written so; a month or a date
    /// without a cue may be about something else ("end of March" for a report), so it needs one.</summary>
    private static bool IsCalendarPeriod(TimelineEstimate time) =>
        time.Timex is { } timex && (timex.Contains('Q', StringComparison.Ordinal) || timex.Contains('H', StringComparison.Ordinal));

    /// <summary>Whether the clause opens with a role title ("Geschäftsführerin der Becker MedTech GmbH", "Head of Sales at …").</summary>
    // The last word of a job title ("Sales Operations Manager", "Leiterin Vertrieb" has it first).
    private static readonly HashSet<string> JobWords = new(StringComparer.Ordinal)
    {
        "manager", "managerin", "director", "officer", "lead", "head", "specialist", "coordinator", "executive", "engineer",
        "representative", "rep", "associate", "administrator", "referent", "referentin", "leiter", "leiterin", "ceo", "cto",
        "cfo", "coo", "cmo", "vp", "owner", "founder", "inhaber", "inhaberin", "geschaeftsfuehrer", "geschaeftsfuehrerin",
        "assistant", "assistentin", "sachbearbeiter", "sachbearbeiterin",
    };

    /// <summary>A clause of one to five capitalized words that is a job title: a title word first or last ("Sales Operations
    /// Manager", "Head of Marketing", "Leiterin Vertrieb"), and no word or legal form of a company.</summary>
    private static bool JobTitle(string part, FoldedText folded) =>
        // "Jonas Reiter, Versicherungsmakler, Reiter Finanzkonzepte": a German compound for a job, alone; "Martin Hruška,
        // Einkauf, Fischer Kovo CZ": a department alone says where in the firm the writer works
        // ("Yannis Georgiou, dentist, …": an English profession is written in small letters, and is no firm either)
        folded.Count == 1 && (NameReader.IsJobNoun(folded[0].Text) || Professions.Contains(folded[0].Text) || Discipline.IsDepartmentWord(folded[0].Text)) &&
        !CompanyReader.IsBusinessKind(folded[0].Text) && (char.IsUpper(part[folded[0].Start]) || Professions.Contains(folded[0].Text)) ||
        folded.Count is >= 1 and <= 5 && (JobWords.Contains(folded[^1].Text) || JobWords.Contains(folded[0].Text)) &&
        !folded.Words.Any(w => CompanyWords.Contains(w.Text)) && !CompanyReader.HasLegalForm(part, 0) &&
        folded.Words.All(w => char.IsUpper(part[w.Start]) || w.Text is "of" or "and" or "und" or "&");

    // A profession alone after a name says what the writer is, never which firm ("Katarzyna Wiśniewska, Architektin").
    private static readonly HashSet<string> Professions = new(StringComparer.Ordinal)
    {
        "architekt", "architektin", "anwalt", "anwaeltin", "rechtsanwalt", "rechtsanwaeltin", "steuerberater", "steuerberaterin",
        "ingenieur", "ingenieurin", "arzt", "aerztin", "zahnarzt", "zahnaerztin", "fotograf", "fotografin", "designer", "designerin",
        "berater", "beraterin", "makler", "maklerin", "notar", "notarin", "gutachter", "gutachterin", "heilpraktiker",
        "heilpraktikerin", "physiotherapeut", "physiotherapeutin", "therapeut", "therapeutin", "tierarzt", "tieraerztin",
        "dolmetscher", "dolmetscherin", "uebersetzer", "uebersetzerin", "architect", "lawyer", "attorney", "accountant",
        "photographer", "realtor", "dentist", "physician", "therapist", "translator", "consultant", "freelancer", "freiberufler",
        "freiberuflerin",
        // trades and farming, which no surname is ("Landwirt", "Elektrikerin")
        "landwirt", "landwirtin", "winzer", "winzerin", "elektriker", "elektrikerin", "installateur", "installateurin",
        "mechaniker", "mechanikerin", "friseur", "friseurin", "optiker", "optikerin", "apotheker", "apothekerin",
    };

    /// <summary>Whether a folded word is a profession that is no surname ("architektin", "landwirt", "lawyer").</summary>
    internal static bool IsProfession(string folded) => Professions.Contains(folded);

    // Titles of someone who heads or owns a firm, after which "der"/"des" is the genitive of the firm ("Inhaberin der …").
    private static readonly HashSet<string> GenitiveTitles = new(StringComparer.Ordinal)
    {
        "geschaeftsfuehrer", "geschaeftsfuehrerin", "inhaber", "inhaberin", "gruender", "gruenderin", "mitgruender",
        "mitgruenderin", "vorstand", "prokurist", "prokuristin", "gf",
    };

    /// <summary>The title of someone who heads or owns a firm ("Inhaberin", "CEO"): right before a
    /// company's name it is the writer's role, no part of the name.</summary>
    internal static bool IsHeadTitle(string folded) =>
        GenitiveTitles.Contains(folded) || folded is "ceo" or "cto" or "cfo" or "coo" or "cmo" or "owner" or "founder" or "cofounder";

    private static bool StartsWithTitle(FoldedText folded) =>
        folded.Count >= 2 && folded.Find(TitleWords).At is 0 or 1;

    private static readonly string[][] TitleWords = Phrases.Of(
        "geschaeftsfuehrer", "geschaeftsfuehrerin", "inhaber", "inhaberin", "gruender", "gruenderin", "ceo", "cto", "cfo", "coo",
        "gf", "vorstand", "prokurist", "prokuristin", "praktikant", "praktikantin", "werkstudent", "werkstudentin", "owner",
        "co owner", "founder", "co founder", "cofounder", "head of", "director", "managing director", "president", "vp",
        "leiter", "leiterin", "teamleiter", "teamleiterin", "abteilungsleiter", "abteilungsleiterin", "intern", "assistant",
        "partner", "einkauf", "procurement");

    /// <summary>Whether the clause after a comma at <paramref name="end"/> opens with the writer's job ("…, Leiterin einer
    /// VHS-Außenstelle", "…, Inhaber …").</summary>
    private static bool JobTitleNext(string text, int end) =>
        end < text.Length && text[end] == ',' && FoldedText.Of(text[(end + 1)..]) is { Count: > 0 } next && !next[0].AfterBreak &&
        (JobWords.Contains(next[0].Text) || IsHeadTitle(next[0].Text));

    /// <summary>Whether the message names a company with a legal form: then capitalized words that open it are a name.</summary>
    private static bool BringsCompany(string text) => CompanyReader.HasLegalForm(text, 0);

    private static readonly string[][] ExplicitNameCues = Phrases.Of("mein name ist", "ich heisse", "my name is", "my name's", "name");

    /// <summary>"Mein Name ist Petra Lang und ich entscheide das": a name said as a name beside a role.</summary>
    private static bool HasExplicitNameCue(FoldedText folded) => folded.Contains(ExplicitNameCues);

    private static readonly string[][] Greetings = Phrases.Of(
        // Filipino writers greet with the polite "po" ("Hi po! Maria dela Cruz, …"), or in Tagalog; before the bare greeting
        // so the whole greeting is found
        "hi po", "hello po", "good morning po", "good afternoon po", "good evening po", "good day po", "magandang umaga",
        "magandang hapon", "magandang araw", "magandang gabi", "kumusta",
        "hallo", "hi", "hey", "moin", "servus", "hello", "guten tag", "guten morgen", "good morning", "hi there", "hey there",
        "hello there", "gruess gott", "grüezi", "grüessech", "hoi", "liebe gruesse", "hallo zusammen", "moin moin", "hi zusammen", "servus zusammen", "good afternoon",
        "good evening", "guten abend", "hey zusammen", "hi all", "hello all", "hi everyone", "hello everyone", "hey all", "tag", "tach",
        // ("Hey y'all! Bobby Ray here with …", "Hi guys, …", "Hallo ihr Lieben, …")
        "hey y'all", "hi y'all", "hello y'all", "howdy y'all", "hey yall", "hi yall", "howdy yall", "hi guys", "hey guys", "hello guys",
        "hi folks", "hey folks", "hello folks", "hallo ihr", "hallo ihr lieben", "hi ihr", "hallo leute", "hi leute", "hey leute",
        // second-language writers greet in their first language before going on in German or English
        "hej", "hej hej", "hei", "hallo allemaal", "goedemorgen", "goedemiddag", "goedendag", "god morgen", "god dag", "buongiorno",
        "buonasera", "salve", "ciao", "hola", "buenos dias", "buenas tardes", "buenas", "saludos", "ola", "bom dia", "boa tarde",
        "bonjour", "salut", "merhaba", "selam", "dzien dobry", "czesc", "privet", "zdravstvuyte", "salam", "marhaba", "ahlan",
        "morning", "afternoon", "evening", "good day", "greetings", "hiya", "howdy", "g'day", "gday",
        // the Swiss and Austrian greeting of several people ("Grüezi mitenand, Reto Meyer, …")
        "grüezi mitenand", "grüezi miteinand", "grüezi zäme", "grüezi wohl", "hoi zäme", "hoi mitenand", "grüessech mitenand",
        "servus miteinander", "servus beinand", "grüß gott miteinander", "griaß di", "griaß eich", "sali", "salü",
        // ("Buna ziua, Ionut Dumitru from …", "Dobar dan, Marko Horvat, …", "Kalimera, Nikos …", "Xin chào, Lan …")
        "buna ziua", "buna dimineata", "buna seara", "dobar dan", "dobro jutro", "dober dan", "dobry den", "ahoj", "jo napot",
        "kalimera", "kalispera", "geia sas", "yia sas", "xin chao", "dzien dobry panstwu", "dobryi den", "pryvit",
        // ("Laba diena, Rasa Kazlauskienė, …", "Labdien, Jānis …", "Tere, Kadri …", "Szia, Bence …", "Jambo, Brian …")
        "laba diena", "labas", "labdien", "labrit", "sveiki", "tere", "tere paevast", "zdravo", "szia", "sziasztok",
        "jo napot kivanok", "namaste", "jambo", "habari", "ni hao", "konnichiwa", "selamat pagi", "selamat siang", "kia ora");

    // Words that announce who is writing before a colon ("Kurz zu mir: …").
    private static readonly string[][] Preambles = Phrases.Of(
        "kurz zu mir", "zu mir", "zu meiner person", "zur person", "kurz zu meiner person", "meine daten", "meine kontaktdaten",
        "about me", "quick intro", "a quick intro", "my details", "my info", "my contact details", "kurz vorgestellt", "kurze vorstellung");

    // Words that label a phone number ("Tel.", "Zentrale", "Durchwahl").
    private static readonly HashSet<string> NumberLabels = new(StringComparer.Ordinal)
    {
        "tel", "telefon", "fon", "phone", "mobil", "mobile", "handy", "zentrale", "durchwahl", "dw", "cell", "ext", "festnetz",
        "direkt", "direct", "office",
    };

    /// <summary>Whether the clause is only the label of a number taken out of it ("Tel. 0711 …", "Durchwahl -23"): like a
    /// greeting, it does not hold the message's opening words, so a name in the clause after it is read as opening it.</summary>
    private static bool OnlyNumberLabel(FoldedText folded) =>
        folded.Count > 0 && folded.Words.All(w => NumberLabels.Contains(w.Text) || w.IsNumber) && !folded[0].IsNumber;

    /// <summary>Whether the clause belongs to a short question that opens the message before more is said ("I write in
    /// English ok? Brian Otieno, …", "ich schreib auf Deutsch, ok? Andreas Hofer, …", "ist das DSGVO-konform? …"): like a
    /// greeting it is said before the writer's answers, so the name or firm after it still opens the message.</summary>
    private static bool OpeningQuestion(string masked, Clause clause)
    {
        var end = masked.IndexOfAny(['?', '.', '!', '\n'], clause.Start);
        return end >= 0 && masked[end] == '?' && FoldedText.Of(masked[..end]).Count <= 10 &&
               masked.AsSpan(end + 1).ContainsAnyExcept(" .,;:!?\n\r-–—()/|");
    }

    private static bool IsOnlyGreeting(FoldedText folded)
    {
        foreach (var g in Greetings)
        {
            if (g.Length == folded.Count && folded.MatchesAt(0, g))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal)
    {
        "k", "tsd", "tausend", "teur", "mio", "euro", "eur", "usd", "dollar", "chf", "franken", "pfund", "gbp", "grand",
    };

    /// <summary>"2k monatlich", "5k im Monat", "3.000 € per month": a period right after the amount makes it money; "10k
    /// Besucher im Monat" counts something else.</summary>
    private static bool PeriodRightAfterAmount(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!folded[i].IsNumber)
            {
                continue;
            }

            var j = i + 1;
            while (j < folded.Count && (folded[j].IsNumber || AmountWords.Contains(folded[j].Text)))
            {
                j++;
            }

            if (j >= folded.Count)
            {
                continue;
            }

            var w = folded[j].Text;
            if (w is "monatlich" or "monthly" or "jaehrlich" or "yearly" or "annually" or "quartalsweise" or "quarterly" or "mtl" or "mo" or "pm" or "pa")
            {
                return true;
            }

            if (w is "im" or "pro" or "per" or "a" or "je" or "each" or "every" or "in" && j + 1 < folded.Count &&
                (folded[j + 1].Text.StartsWith("monat", StringComparison.Ordinal) || folded[j + 1].Text.StartsWith("month", StringComparison.Ordinal) ||
                 folded[j + 1].Text.StartsWith("jahr", StringComparison.Ordinal) || folded[j + 1].Text.StartsWith("year", StringComparison.Ordinal) ||
                 folded[j + 1].Text.StartsWith("quartal", StringComparison.Ordinal) || folded[j + 1].Text.StartsWith("quarter", StringComparison.Ordinal) ||
                 folded[j + 1].Text is "mo"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMagnitude(FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i - 1].IsNumber && folded[i].Text is "k" or "tsd" or "tausend" or "teur" or "mio" or "grand" && !folded[i].AfterBreak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"GF hier", "CEO bei der Acme GmbH", "CEO of Initech": a role title that opens the clause, followed only by
    /// "hier"/"here" or by the company.</summary>
    /// <summary>A clause that is a title of who heads or owns a firm and two to four capitalized words that are plainly a
    /// company ("Inhaber KFZ Schulze"): that company, sure; null otherwise.</summary>
    private static (SlotReading Reading, int Start, int End)? HeadTitleThenCompany(string part, FoldedText folded)
    {
        if (folded.Count is < 3 or > 5 || !IsHeadTitle(folded[0].Text) || CompanyReader.HasLegalForm(part, 0) ||
            folded.Words.Skip(1).Any(w => w.AfterBreak || !char.IsUpper(part[w.Start])))
        {
            return null;
        }

        var start = folded[1].Start;
        var end = folded[^1].End;
        var words = FoldedText.Of(part[start..end]);
        return PlainlyCompany(words, anyWord: false)
            ? (new SlotReading(QuestionSteps.Company, part[start..end], Confidence.High, part[start..end]), start, end)
            : null;
    }

    // Units of a firm that a writer names as where they work, before the firm's name ("Einkauf Franke Automotive").
    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "einkauf", "vertrieb", "verkauf", "marketing", "buchhaltung", "controlling", "verwaltung", "purchasing", "procurement",
        "sales", "accounting",
    };

    /// <summary>A clause that is the unit the writer works in and two or three capitalized words with a word of a
    /// company's trade ("Einkauf Franke Automotive"): that company, sure, like one after the title of who heads it.</summary>
    private static (SlotReading Reading, int Start, int End)? UnitThenCompany(string part, FoldedText folded)
    {
        if (folded.Count is < 3 or > 4 || !UnitWords.Contains(folded[0].Text) || folded.Words.Skip(1).Any(w => w.AfterBreak || !char.IsUpper(part[w.Start])))
        {
            return null;
        }

        var start = folded[1].Start;
        var end = folded[^1].End;
        var words = FoldedText.Of(part[start..end]);
        if (words.Words.All(w => CompanyWords.Contains(w.Text)))
        {
            // "Marketing Solutions Group": with no name of its own after it, the unit's word is the firm's first word;
            // the whole clause, confirmed
            return (new SlotReading(QuestionSteps.Company, part[folded[0].Start..end], Confidence.Medium, part[folded[0].Start..end]), folded[0].Start, end);
        }

        return PlainlyCompany(words, anyWord: false) && words.Words.Skip(1).Any(w => CompanyWords.Contains(w.Text))
            ? (new SlotReading(QuestionSteps.Company, part[start..end], Confidence.High, part[start..end]), start, end)
            : null;
    }

    private static bool TitleThenSelfOrCompany(string part, string evidence)
    {
        var trimmed = part.Trim();
        if (evidence.Length == 0 || !trimmed.StartsWith(evidence.Trim(), StringComparison.Ordinal))
        {
            return false;
        }

        var rest = FoldedText.Of(trimmed[evidence.Trim().Length..]);
        return rest.Count == 0 ||
               rest.Count == 1 && rest[0].Text is "hier" or "here" ||
               // "GF Jansen Logistik GmbH & Co. KG": the title right before the company it holds
               rest.Count >= 2 && char.IsUpper(trimmed[evidence.Trim().Length..].TrimStart()[0]) && CompanyReader.HasLegalForm(trimmed, evidence.Trim().Length) &&
               !rest.Words.Any(w => w.Text is "at" or "bei" or "of" or "von" or "der" or "for" or "fuer") ||
               rest.Count >= 2 && rest[0].Text is "bei" or "of" or "at" or "von" or "der" or "from" or "vom" && !rest[1].IsNumber ||
               // "Inhaber KFZ Schulze": the title of who heads the firm right before its name
               HeadTitleThenCompany(trimmed, FoldedText.Of(trimmed)) is not null;
    }

    /// <summary>Whether the word (folded) is one that names a company's trade or kind ("Labs", "Logistik").</summary>
    public static bool IsCompanyWord(string folded) => CompanyWords.Contains(folded);

    /// <summary>The name or company read from <paramref name="start"/> to the end of the value said after the correcting
    /// words that follow it, as the name or company question reads such an answer ("Stefan Kraus, nein sorry, Steffen
    /// Krause"), or null when that reading keeps the first value or none. The new value ends at the next break, dash or,
    /// for a name, word that joins it to a company ("von", "from").</summary>
    private static (SlotReading Reading, int End)? CorrectedValue(string text, SlotReading first, int start, int end, string language)
    {
        var after = FoldedText.Of(text[end..]);
        var k = 0;
        while (k < after.Count && (CommonWords.IsHesitation(after[k].Text) || after[k].Text is "i" or "ich" || CommonWords.Corrections.Contains(after[k].Text) ||
                                   after[k].Text == "meine" && k > 0 && after[k - 1].Text == "ich"))
        {
            k++;
        }

        if (k >= after.Count || OwnSentenceAfterCorrection(after))
        {
            return null;
        }

        var last = k;
        while (last + 1 < after.Count && !after[last + 1].AfterBreak && last - k < 5 &&
               text.AsSpan(end + after[last].End, after[last + 1].Start - after[last].End).IndexOfAny('–', '—', '-') < 0 &&
               !(first.Slot == QuestionSteps.Name && after[last + 1].Text is "von" or "vom" or "from" or "bei" or "at" or "of" or "aus" or "und" or "and" or "mit" or "with"))
        {
            last++;
        }

        var stop = end + after[last].End;
        var said = text[start..stop];
        var reading = first.Slot == QuestionSteps.Name ? NameReader.Read(said) : CompanyReader.Read(said, language);
        if (reading is not { Confidence: > Confidence.Low, Value: string value } || first.Value is string old && string.Equals(old, value, StringComparison.Ordinal))
        {
            return null;
        }

        return (reading with { Evidence = said }, stop);
    }

    /// <summary>Whether the first word after the correcting words opens a sentence of the writer's own ("(sorry, I'll write
    /// in English)", "sorry, wir sind neu hier"): a pronoun not followed by "mean"/"meine" ("sorry, I mean …").</summary>
    private static bool OwnSentenceAfterCorrection(FoldedText after)
    {
        var j = 0;
        while (j < after.Count && (CommonWords.IsHesitation(after[j].Text) || CommonWords.Corrections.Contains(after[j].Text)))
        {
            j++;
        }

        if (j >= after.Count)
        {
            return false;
        }

        var w = after[j].Text;
        var pronoun = CommonWords.SubjectPronouns.Contains(w) || w.StartsWith("i'", StringComparison.Ordinal) || w.StartsWith("we'", StringComparison.Ordinal);
        return pronoun && !(j + 1 < after.Count && (CommonWords.Corrections.Contains(after[j + 1].Text) || after[j + 1].Text == "meine"));
    }

    /// <summary>Whether the words right after <paramref name="end"/> correct it: a correcting word first (after
    /// hesitations), then a word that may be the new value, capitalized or in a message written in small letters ("nee
    /// sorry, Kröger"; "sorry for the late reply" is a remark).</summary>
    private static bool CorrectedAfter(string text, int end)
    {
        var after = text[end..];
        var rest = FoldedText.Of(after);
        if (OwnSentenceAfterCorrection(rest))
        {
            return false;
        }

        var opened = false;
        for (var k = 0; k < rest.Count && k < 6; k++)
        {
            var w = rest[k].Text;
            if (CommonWords.IsHesitation(w) || w is "i" or "ich")
            {
                continue;
            }

            // "ich meine Kröger" corrects; "meine Mail ist …" is a possessive
            if (CommonWords.Corrections.Contains(w) || w == "meine" && k > 0 && rest[k - 1].Text == "ich")
            {
                opened = true;
                continue;
            }

            return opened && !rest[k].IsNumber && (char.IsUpper(after[rest[k].Start]) || !text.Any(char.IsUpper));
        }

        return false;
    }

    /// <summary>The name that opens a message without "ich bin" ("Sabine Krause von der Krause Logistik GmbH", "Erik Lang,
    /// Tel. …", "Jürgen Köhler hier"): two or three capitalized words that are no need, role or common word, sure when the
    /// message also brings contact details, a company or "hier"; one word is a first name, confirmed.</summary>
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "group", "gruppe", "labs", "lab", "solutions", "media", "industries", "systems", "consulting", "tech", "technologies",
        "software", "services", "service", "bau", "logistik", "logistics", "partners", "partner", "holding", "werke",
        "stadtwerke", "praxis", "kanzlei", "agentur", "agency", "studio", "digital", "marketing", "design", "traders", "trading",
        "handel", "verlag", "networks", "international", "global", "company", "firma", "beratung", "consulting", "analytics",
        "health", "freight", "roofing", "grocers", "law", "associates", "events", "transporte", "elektro",
        // the partners of a firm after its ampersand ("Berger & Kollegen", "Pike & Sons")
        "kollegen", "soehne", "sons", "brothers", "bros",
        // industries a firm is named by ("Franke Automotive", "Great Lakes Plastics")
        "automotive", "plastics", "metals",
        // what a firm makes or grows ("Kowalski Family Wines", "Hillside Farms")
        "wines", "winery", "vineyards", "weine", "brewing", "brewery", "farms", "foods",
        // trades a firm is named by ("Miller Plumbing", "Harbor Dental")
        "plumbing", "dental", "construction", "cleaning", "electrical", "heating", "hvac",
        // and the trades of installers, shops and makers ("Harvey Solar", "MacPherson Meats", "Kerr Signs")
        "solar", "energy", "meats", "signs", "printing", "optical", "opticians", "butchers", "bakehouse",
        // the advisers a firm is named after ("Lone Star Financial Advisors", "Gulf Bridge Engineering Consultants")
        "advisors", "advisers", "consultants", "brokers",
        // the professions a partnership is named after ("Reid Architects", "Kessler Ingenieure"): plural, so no surname
        "architects", "engineers", "accountants", "solicitors", "surveyors", "architekten", "ingenieure",
    };

    /// <param name="moreFields">More words follow the clause: the message lists answers one after the other ("Emily Watson,
    /// Brightpath Digital (UK). We need …"), so a clause of its own that opens with a given name is the writer's name; a
    /// message that is nothing but two words is the answer to the question asked.</param>
    private static (SlotReading Reading, int Start, int End)? OpeningName(string part, FoldedText folded, ReadingContext context, bool hasContact, bool hasCompany, string addresses, bool previousWasGreeting, bool moreFields, string rest = "")
    {
        var first = 0;
        var (g, gl) = folded.Find(Greetings);
        if (g == 0)
        {
            first = gl;
        }

        // "Kurz zu mir: Julia Brandner, …", "About me: …": words before a colon that only announce who is writing open the
        // message like a greeting
        var (p, pl) = folded.Find(Preambles, first);
        if (p == first && p + pl < folded.Count && part.AsSpan(folded[p + pl - 1].End).TrimStart().StartsWith(":", StringComparison.Ordinal))
        {
            first = p + pl;
            g = 0;
        }

        // "hi im dave from Summit Roofing Inc": the short "I'm" some type without an apostrophe, at the start only; "Bin
        // Tobias Wendt": "ich bin" without the "ich"
        if (first < folded.Count - 1 && folded[first].Text is "im" or "i'm" or "iam" or "bin")
        {
            first++;
        }

        // "anna schulz, a.schulz@…": a name in small letters, as the whole first clause beside an address that has the
        // surname in it;
        // "sarah from Pixel & Pine": one word in small letters before the company it comes from
        var lowerAllowed = hasContact && folded.Count - first is 2 or 3 && first < folded.Count && folded[^1].Text.Length >= 3 &&
                           (FoldedText.Fold(addresses).Contains(folded[^1].Text, StringComparison.Ordinal) ||
                            folded[first].Text.Length >= 3 && FoldedText.Fold(addresses).Contains(folded[first].Text, StringComparison.Ordinal)) ||
                           first + 2 < folded.Count && folded[first + 1].Text is "from" or "von" or "vom" && char.IsUpper(part[folded[first + 2].Start]) ||
                           // "jan becker hier": "hier"/"here" says the words before it are the writer's name (not in
                           // "alles klar hier", "all good here"); in small letters only with a given name among them, as
                           // a trade says who is writing just as well ("estate agent here", "plumber here")
                           folded.Count - first is 2 or 3 && folded[^1].Text is "hier" or "here" &&
                           YesNoReader.Read(part[folded[first].Start..folded[^1].Start]) is null &&
                           Enumerable.Range(first, folded.Count - 1 - first).Any(i => GivenNames.IsName(folded[i].Text));
        // "kate williams, bright solutions ltd.", "Emily Watson, Brightpath Digital": a common given name first says the
        // words are a name in any case of letters; a product or a need never starts with one
        // "Prof. Dr. Markus Lenz, Fraunhofer ILT": academic titles before the name are passed over when asking whether it
        // opens with a given name (the title stays in the value and is confirmed)
        var titled = first;
        while (titled < folded.Count - 2 && folded[titled].Text is "dr" or "prof" && char.IsUpper(part[folded[titled].Start]))
        {
            titled++;
        }

        var given = GivenNames.At(part, folded, titled) > 0;
        lowerAllowed |= given && char.IsLower(part[folded[first].Start]);
        var last = first - 1;
        // "Jan van den Berg, Holland Valves": a common given name, the small particles of a Dutch or Romance surname and
        // the capitalized surname are one name ("von" stays out: "Lisa von Acme" may say where she is from); so are the
        // Filipino ones ("Maria dela Cruz")
        var particle = first + 1;
        while (given && particle < folded.Count && particle - first <= 2 && folded[particle].Text is "van" or "de" or "der" or "den" or "ter" or "ten" or "la" or "du" or "dela" or "delos" or "delas" &&
               char.IsLower(part[folded[particle].Start]) && !folded[particle].AfterBreak)
        {
            particle++;
        }

        if (particle > first + 1 && particle < folded.Count && char.IsUpper(part[folded[particle].Start]) && !folded[particle].AfterBreak &&
            char.IsUpper(part[folded[first].Start]) && !NameCommonWords.Contains(folded[particle].Text))
        {
            last = particle;
        }

        var particled = last >= first;
        for (var k = first; !particled && k < folded.Count && k < first + 3 + Math.Max(0, titled - first - 1); k++)
        {
            var w = folded[k];
            var capital = char.IsUpper(part[w.Start]) || (k == first && w.Text == "dr" && k + 1 < folded.Count);
            if (k > first && EverydaySurname(part, folded, k))
            {
                last = k;
                continue;
            }

            if (!(capital || lowerAllowed) || w.IsNumber || NameCommonWords.Contains(w.Text) || LooksLikeTitle(part, w) ||
                (k > first && w.AfterBreak) || !capital && NotNameWords.Contains(w.Text) || PrivateWords.Contains(w.Text))
            {
                break;
            }

            last = k;
        }

        if (last >= first && folded[first].Text == "dr" && last < first + 2 && last + 1 < folded.Count && !folded[last + 1].AfterBreak &&
            char.IsUpper(part[folded[last + 1].Start]) && !NameCommonWords.Contains(folded[last + 1].Text))
        {
            last++; // "Dr. Julia Becker": the title and two names
        }

        if (last < first)
        {
            return null;
        }

        var after = last + 1;
        var self = after < folded.Count && folded[after].Text is "hier" or "here";
        var company = after < folded.Count && folded[after].Text is "von" or "from" or "bei" or "vom" or "at" && CompanyReader.HasLegalForm(part, folded[after].Start) ||
                      // "Tom at Bluefin Marine": "at" before a capitalized company like "from" (never before small letters:
                      // "erika at example" is an address said in words)
                      after + 1 < folded.Count && folded[after].Text == "at" && char.IsUpper(part[folded[after + 1].Start]) ||
                      // "Jens Albers von der Sparkasse Kiel": the article after "von" before the capitalized company
                      // (the Swiss "vo de"/"vo dr": "Reto Brunner vo de Brunner Immobilien AG")
                      after + 2 < folded.Count && (folded[after].Text is "von" or "bei" && folded[after + 1].Text is "der" or "den" or "dem" ||
                                                   folded[after].Text == "vo" && folded[after + 1].Text is "de" or "dr" or "der" or "da") &&
                      char.IsUpper(part[folded[after + 2].Start]) ||
                      // "Sarah from the Rose & Crown": the article before a capitalized house's name, never before a country's
                      after + 2 < folded.Count && folded[after].Text == "from" && folded[after + 1].Text == "the" &&
                      char.IsUpper(part[folded[after + 2].Start]) && !IsPlace(folded[after + 2].Text) && !Discipline.IsDepartmentWord(folded[after + 2].Text) ||
                      // ("Tobias Brenner vom TSV Altdorf", "… beim HC Rheinau": "von dem"/"bei dem" run together)
                      after + 1 < folded.Count && (folded[after].Text is "from" or "von" or "vom" or "beim" or "with" || part[folded[after].Start] == '@') &&
                      (char.IsUpper(part[folded[after + 1].Start]) || lowerAllowed && given && SmallCompanyAfter(part, folded, after) is { } small && IsPlainName(small.Reading.Evidence, context));
        // "Jens Albers aus Bottrop, wir brauchen …": a known given name and a town after "aus" closing the clause say who is
        // writing and from where, as "hier" does
        var fromTown = given && after + 2 == folded.Count && folded[after].Text == "aus" && char.IsUpper(part[folded[after + 1].Start]) &&
                       (IsPlace(folded[after + 1].Text) || Towns.Contains(folded[after + 1].Text));
        var ends = after >= folded.Count || self || company || fromTown;
        if (!ends)
        {
            return null;
        }

        // "Versicherungsmakler Beck hier": a job before a surname is no part of the name; the surname alone is confirmed
        var job = last > first && !given && NameReader.IsJobNoun(folded[first].Text);
        var name = part[folded[job ? first + 1 : first].Start..folded[last].End];
        if (last > first && !given && CompanyReader.FindLegalForm(name, 0) is { } form && form.End >= name.TrimEnd('.').Length &&
            form.End - form.Start >= 2 && FoldedText.Fold(name[form.Start..form.End]).TrimEnd('.') is not ("se" or "sa" or "lp" or "na" or "pa" or "co"))
        {
            // "Treuhand Vaduz Anstalt, office@…", "Nordic Freight Oy": words ending in a legal form are a firm, never a name
            return null;
        }
        if (job && NameReader.Clean(name) is { } surname)
        {
            return (new SlotReading(QuestionSteps.Name, NameReader.Capitalized(surname), Confidence.Medium, name) { Hint = ReadingHints.Ambiguous },
                folded[first + 1].Start, folded[last].End);
        }

        if (NameReader.Clean(name) is not { } clean ||
            ChoiceReader.Read(QuestionSteps.Need, name, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is not null ||
            ChoiceReader.Read(QuestionSteps.Authority, name, context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is not null)
        {
            return null;
        }

        // two capitalized words alone may be a noun phrase ("Neue Website"): only sure ones are read. After a greeting,
        // two or three words that are the whole clause are how people open with their name ("Hello, Rajesh Patel (…)")
        var greeted = g == 0 || previousWasGreeting;
        var sure = last > first && (hasContact || self || company || hasCompany ||
                                    (greeted || given && moreFields) && after >= folded.Count && !folded.Words.Any(w => CompanyWords.Contains(w.Text)));
        // "Moin, Hauke hier", "Klar. Tobias, 0171 …": a common given name alone, said as who is writing or as a clause of
        // its own before more answers, is the name as complete as the writer gives it; confirming it cannot make it more so
        var lone = last == first && given && (moreFields || hasContact) && after >= folded.Count;
        // "Moin, Frank hier": a capitalized given name that is also a word ("Frank", "Max") is the name before "hier"/"here"
        var givenAlone = last == first && (given || self && char.IsUpper(part[folded[first].Start]) && GivenNames.IsName(folded[first].Text)) &&
                         (self || company || greeted && moreFields && after >= folded.Count);
        sure |= givenAlone || lone || fromTown && last > first;
        // "Nguyen Minh from MinhTech": a surname first and the given name last is the Hungarian or East Asian order;
        // writers keep it or turn it round, so it is confirmed as written
        var surnameFirst = sure && last == first + 1 && !GivenNames.IsName(folded[first].Text) && GivenNames.At(part, folded, last) > 0 &&
                           NameReader.Clean(name) is { } both && FoldedText.Of(both).Count == 2;
        // "Messe Dornbirn, wir brauchen …": capitalized words with no cue that they are the writer's name are a name only
        // when they open with a known given name; otherwise they may as well be a firm, an event or a place: confirmed
        static bool Salutation(string w) => w is "herr" or "frau" or "hr" or "fr" or "mr" or "mrs" or "ms";
        var cueless = sure && last > first && !GivenNames.IsName(folded[titled].Text) && !self &&
                      !(first > 0 && Salutation(folded[first - 1].Text)) && !Salutation(folded[first].Text) &&
                      // "Paulo Mendes, …, p.mendes@…": the surname in the writer's own address says the words are their name
                      !(last == first + 1 && SurnameInAddress(addresses, folded[last].Text) && !CompanyReader.IsBusinessKind(folded[first].Text)) &&
                      // "Marieke Visser, Visser Media B.V.", "Mads Nørgaard, Nørgaard Ejendomme ApS": the surname again in the
                      // firm with its legal form named next is the family's, so the words before it are the writer's name
                      !(last == first + 1 && SurnameInFirmNext(rest, folded[last].Text) && !CompanyReader.IsBusinessKind(folded[first].Text) &&
                        !NameReader.IsTradeCompound(folded[first].Text));
        // "Tach. Schwarz, Autohaus Schwarz in Bochum.": one capitalized word alone after a greeting, whose word the next
        // clause's name repeats, is the writer's surname and the firm named after them; a lone surname is confirmed
        var surnameInFirm = last == first && !given && greeted && after >= folded.Count && first == folded.Count - 1 &&
                            folded[first].Text.Length >= 3 && !CompanyWords.Contains(folded[first].Text) && !IsPlace(folded[first].Text) &&
                            YesNoReader.Read(part) is null && SurnameInNextClause(rest, folded[first].Text);
        lone |= surnameInFirm;
        if (cueless || surnameFirst)
        {
            return (new SlotReading(QuestionSteps.Name, NameReader.Capitalized(clean), Confidence.Medium, name) { Hint = ReadingHints.Ambiguous },
                folded[first].Start, folded[last].End);
        }

        if (!sure && (last > first || !(self || company || lone)))
        {
            return null;
        }

        return (new SlotReading(QuestionSteps.Name, NameReader.Capitalized(clean), sure ? Confidence.High : Confidence.Medium, name), folded[first].Start, folded[last].End);
    }

    /// <summary>Whether the clause right after the name (after a comma, a bracket or "from") is a firm with its legal form
    /// whose first word is <paramref name="surname"/>, four letters or more.</summary>
    private static bool SurnameInFirmNext(string rest, string surname)
    {
        var next = rest.TrimStart(' ', ',', '(', '-', '–');
        var stop = next.IndexOfAny([',', ';', '\n', '!', '?', ')']);
        var clause = stop < 0 ? next : next[..stop];
        // (a full stop before a space ends the clause; one inside a legal form, "B.V.", does not)
        clause = clause.IndexOf(". ", StringComparison.Ordinal) is > 0 and var sentenceEnd ? clause[..(sentenceEnd + 1)] : clause;
        var words = FoldedText.Of(clause);
        return surname.Length >= 4 && words.Count is >= 2 and <= 6 && words[0].Text == surname && char.IsUpper(clause[words[0].Start]) &&
               CompanyReader.HasLegalForm(clause, 0);
    }

    /// <summary>Whether the local part of one of the addresses (before the "@") holds the surname, four letters or more.</summary>
    private static bool SurnameInAddress(string addresses, string surname) =>
        surname.Length >= 4 && addresses.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(a =>
            a.IndexOf('@') is > 0 and var at && FoldedText.Fold(a[..at]).Contains(surname, StringComparison.Ordinal));

    // Words for any firm that also describe ("Kleine Frage", "Office Manager"): no kind of business opening a message.
    private static readonly HashSet<string> DescribingWords = new(StringComparer.Ordinal)
    {
        "small", "kleine", "kleines", "klein", "big", "large", "grosse", "grosses", "family", "business", "client", "kunde",
        "city", "location", "start", "up", "corporate", "enterprise", "government", "office", "branch", "standort", "tochter",
    };

    /// <summary>"Fahrschule Becker hier", "Sprachschule Lingua Viva", "Jones Bakery here": two to four capitalized words
    /// that begin or end with a kind of business, opening the message after a greeting, before "hier"/"here" or before
    /// more answers, are the firm: the trade word says the words name a business, not the writer.</summary>
    private static (SlotReading Reading, int Start, int End)? TradeOpening(string part, FoldedText folded, ReadingContext context, bool greeted, bool moreFields)
    {
        var first = 0;
        var (g, gl) = folded.Find(Greetings);
        if (g == 0)
        {
            first = gl;
            greeted = true;
        }

        // "Hallo, hier Metzgerei Pichler", "hier ist die Bäckerei Huber": "hier" opening the words says who is writing as
        // it does after them
        var opened = false;
        if (first < folded.Count - 2 && folded[first].Text == "hier")
        {
            opened = true;
            first++;
            if (folded[first].Text is "ist" or "spricht" or "schreibt")
            {
                first++;
            }

            if (first < folded.Count - 1 && folded[first].Text is "die" or "der" or "das")
            {
                first++;
            }
        }

        var last = folded.Count - 1;
        var self = last > first && folded[last].Text is "hier" or "here";
        if (self)
        {
            last--;
        }

        // "Webshop Müller hier", "Online Store Maple Lane here": a word for a web shop opening the words says a business
        // writes, as a trade does; its words do not count against the name's length
        var shopWords = first < folded.Count && folded.Find(ShopKinds, first) is { At: var shopAt, Length: var shopLength } && shopAt == first ? shopLength : 0;
        if (last - first - Math.Max(shopWords - 1, 0) is < 1 or > 3 || !(self || opened || greeted || moreFields) || first >= folded.Count ||
            !(shopWords > 0 || Kind(folded[first].Text) || (self || opened) && Institution(folded[first].Text) || NameReader.IsTradeCompound(folded[first].Text) && !DescribingWords.Contains(folded[first].Text) || Kind(folded[last].Text) ||
              (self || opened) && Institution(folded[last].Text)) || GivenNames.IsName(folded[first].Text) ||
            !char.IsUpper(part[folded[first].Start]) || folded.Words.Skip(first + 1).Take(last - first).Any(w => w.AfterBreak) ||
            folded.Words.Skip(first).Take(last - first + 1).Any(w => Discipline.IsDepartmentWord(w.Text) || w.Text is "team" or "abteilung"))
        {
            return null;
        }

        var start = folded[first].Start;
        var words = part[start..folded[last].End];
        // a German trade's workshop on "-erei" ("Dachdeckerei", "Gärtnerei", "Druckerei") names a kind of business too;
        // opening the words, any trade's compound does ("Hausverwaltung Becker", "Pflegedienst Sonnenschein"), while
        // closing them after a surname it may as well be read as the writer's name ("Kaiser Metallbau")
        // a body named with its town ("Gymnasium Dresden-Plauen hier", "Stadtwerke Kiel hier") says who writes as a trade
        // does, when "hier"/"here" says so
        static bool Institution(string word) => (CompanyReader.NamesItsTown(word) || NameReader.NamesABody(word)) && !DescribingWords.Contains(word);
        static bool Kind(string word) => (CompanyReader.IsBusinessKind(word) || HouseKinds.Contains(word) || word.Length > 7 && word.EndsWith("erei", StringComparison.Ordinal)) && !DescribingWords.Contains(word);
        return BareCompany(words, FoldedText.Of(words), context) is { } bare ? (bare.Reading, start + bare.Start, start + bare.End) : null;
    }

    /// <summary>Whether the words say the writer works on their own ("freiberuflich", "selbstständig", "sole trader",
    /// "self-employed", "freelance").</summary>
    private static bool WorksAlone(FoldedText words) =>
        words.Words.Any(w => w.Text.StartsWith("freiberuf", StringComparison.Ordinal) || w.Text.StartsWith("selbststaendig", StringComparison.Ordinal) ||
                             w.Text.StartsWith("freelance", StringComparison.Ordinal) || w.Text.StartsWith("einzelunternehm", StringComparison.Ordinal) ||
                             w.Text == "solo") ||
        words.Contains(SoleWords);

    private static readonly string[][] SoleWords = Phrases.Of("sole trader", "sole proprietor", "self employed", "one man band", "one woman band");

    /// <summary>Whether a role's words are only the writer's title as head of one function of a firm ("I am CTO", "ich bin
    /// der CIO", "CTO here") or running its IT ("I run the IT"), with no word of deciding beside them.</summary>
    private static bool HeadsOneFunction(string evidence)
    {
        var words = FoldedText.Of(evidence);
        if (words.Count >= 2 && words[^1].Text == "it" && evidence.AsSpan(words[^1].Start, words[^1].End - words[^1].Start).SequenceEqual("IT") &&
            words.Words.Take(words.Count - 1).All(w => w.Text is "i" or "im" or "m" or "run" or "runs" or "the" or "our"))
        {
            return true;
        }

        return words.Words.Exists(w => FunctionChiefs.Contains(w.Text)) && words.Words.TrueForAll(w => FunctionChiefs.Contains(w.Text) || OwnTitleFillers.Contains(w.Text));
    }

    /// <summary>Where a chief's title stands right after "I am"/"I'm (the)" and before a capitalized word ("I am CTO Kim
    /// Min-jun"), or null.</summary>
    private static (int Start, int End)? ChiefTitleBeforeName(string part, FoldedText folded)
    {
        var at = folded.Words.FindIndex(w => FunctionChiefs.Contains(w.Text) || w.Text == "ceo");
        return at >= 2 && at + 1 < folded.Count && !folded[at + 1].AfterBreak && char.IsUpper(part[folded[at + 1].Start]) &&
               folded.Words.Take(at).All(w => w.Text is "i" or "im" or "m" or "am" or "the") && folded.Words.Take(at).Any(w => w.Text == "i")
            ? (folded[at].Start, folded[at].End)
            : null;
    }

    /// <summary>The end of a capitalized legal form right after a comma at <paramref name="end"/> that closes its field
    /// (", LLC |", ", Inc." at the end), or null.</summary>
    private static int? FormAfterComma(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || text[at] != ',')
        {
            return null;
        }

        at++;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || !char.IsUpper(text[at]) || CompanyReader.LegalFormAt(text, at) is not { } length)
        {
            return null;
        }

        var formEnd = at + length;
        var next = formEnd;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next >= text.Length || text[formEnd - 1] == '.' || text[next] is '|' or '.' or ',' or ';' or '\n' or '\r' or ')' or '/' or '-' or '–' or '—' ? formEnd : null;
    }

    /// <summary>Whether a firm's name ends with "Co." or "Co": the first half of a legal form written in two parts with a comma
    /// between them ("Tanaka Textile Co., Ltd.", "… Co., Inc."), so a form after the comma still belongs to it.</summary>
    private static bool EndsWithCompanyMark(string firm) =>
        firm.TrimEnd().EndsWith(" Co.", StringComparison.OrdinalIgnoreCase) || firm.TrimEnd().EndsWith(" Co", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Onlineshop Nordlicht Deko aus Kiel": a web shop is what the firm is, not its name ("Apotheke Kiel" and
    /// "Schreinerei Huber" keep their trade); a name of one word left is confirmed.</summary>
    private static (SlotReading Reading, int Start, int End) WithoutShopKind(string part, (SlotReading Reading, int Start, int End) company) =>
        company.Reading.Value is string firm && ShopNamed(part, company.Start, company.End) is { } named && firm.EndsWith(named.Name, StringComparison.Ordinal)
            ? (company.Reading with
            {
                Value = named.Name, Evidence = named.Name,
                Confidence = named.Words == 1 ? Confidence.Medium : company.Reading.Confidence,
                Hint = named.Words == 1 ? ReadingHints.Ambiguous : company.Reading.Hint,
            }, named.Start, company.End)
            : company;

    /// <summary>The capitalized name after a word for a web shop that opens a company's words ("Onlineshop Nordlicht
    /// Deko", "Webshop Kiwi Knits"), its start in the clause and its number of words; null otherwise.</summary>
    private static (string Name, int Start, int Words)? ShopNamed(string part, int start, int end)
    {
        var words = FoldedText.Of(part[start..end]);
        if (words.Find(ShopKinds) is not { At: 0 } kind || kind.Length >= words.Count || !char.IsUpper(part[start + words[kind.Length].Start]) ||
            !words.Words.Skip(kind.Length).Any(w => char.IsUpper(part[start + w.Start])))
        {
            return null;
        }

        var name = part[(start + words[kind.Length].Start)..end].TrimEnd();
        return (name, start + words[kind.Length].Start, words.Count - kind.Length);
    }

    private static readonly string[][] ShopKinds = Phrases.Of("onlineshop", "online shop", "webshop", "web shop", "online store", "eshop", "e shop");

    private static readonly HashSet<string> FunctionChiefs = new(StringComparer.Ordinal) { "cto", "cfo", "coo", "cio", "cmo", "cdo", "cro", "cpo", "ciso" };

    private static readonly HashSet<string> OwnTitleFillers = new(StringComparer.Ordinal)
    {
        "i", "im", "m", "am", "the", "our", "as", "here", "ich", "bin", "der", "die", "unser", "unsere", "als", "hier",
    };

    /// <summary>Whether a word after "von der" names an organisation rather than a family ("Sparkasse", "Buchhaltung").</summary>
    /// <summary>The letters and digits of a text, folded to small letters ("Zahnlabor Weber" and "zahnlabor-weber" alike).</summary>
    private static string LettersOf(string text) => string.Concat(FoldedText.Fold(text).Where(char.IsLetterOrDigit));

    /// <summary>Whether a single word is shaped as a firm's name, not a surname: a capital inside it after small letters
    /// ("PersonalPartner", "KreativKöpfe"; not "McDonald", "MacArthur") or all capitals beside a name in small letters ("ACME"). After "von" such a word
    /// says where the writer is from.</summary>
    private static bool FirmShapedWord(string word, bool capitalsStandOut)
    {
        if (word.Length < 2 || !word.All(char.IsLetter))
        {
            return false;
        }

        if (word.All(char.IsUpper))
        {
            return capitalsStandOut && word.Length >= 3;
        }

        var start = word.StartsWith("Mac", StringComparison.Ordinal) ? 3 : word.StartsWith("Mc", StringComparison.Ordinal) ? 2 : 1;
        for (var i = start + 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && i >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OrganisationWord(string folded) =>
        CompanyReader.IsOrganisationWord(folded) || CompanyReader.IsBusinessKind(folded) || Discipline.IsDepartmentWord(folded) || IsPlace(folded);

    /// <summary>Whether the clause after a comma or full stop at the start of <paramref name="rest"/> is capitalized words
    /// that hold <paramref name="word"/> ("Autohaus Schwarz", also with where it is: "… in Bochum").</summary>
    private static bool SurnameInNextClause(string rest, string word)
    {
        var trimmed = rest.TrimStart(' ');
        if (trimmed.Length == 0 || trimmed[0] is not (',' or '.'))
        {
            return false;
        }

        var next = trimmed[1..];
        var stop = next.IndexOfAny([',', '.', ';', '\n', '!', '?']);
        var raw = stop < 0 ? next : next[..stop];
        var clause = FoldedText.Of(raw);
        return clause.Count is >= 2 and <= 6 && clause.Words.Any(w => w.Text == word) &&
               clause.Words.All(w => char.IsUpper(raw[w.Start]) || w.Text is "in" or "aus" or "&" or "und") && char.IsUpper(raw[clause[0].Start]);
    }

    // "Private person here": words that say who is writing without a company are never a name, capitalized or not.
    private static readonly HashSet<string> PrivateWords = new(StringComparer.Ordinal)
    {
        "privat", "private", "privatperson", "privatmann", "privatfrau", "person", "freelancer", "freiberufler", "freiberuflerin",
        "selbststaendig", "einzelunternehmer", "einzelunternehmerin",
    };

    private static readonly string[][] DigitCorrections = Phrases.Of(
        "sorry", "sry", "oops", "ups", "nein", "nee", "no", "korrektur", "correction", "i mean", "ich meine", "meinte", "actually",
        "eigentlich", "pardon");

    /// <summary>Whether a correcting word right after a number is followed by digits ("…0143 - oops, 0134", "… – sorry,
    /// 9876534").</summary>
    private static bool DigitsCorrected(string text, int end)
    {
        var after = FoldedText.Of(text[end..Math.Min(text.Length, end + 40)]);
        for (var i = 0; i < after.Count && i < 4; i++)
        {
            foreach (var c in DigitCorrections)
            {
                if (after.MatchesAt(i, c))
                {
                    var k = i + c.Length;
                    while (k < after.Count && (CommonWords.IsHesitation(after[k].Text) || after[k].Text is "i" or "ich" or "mean" or "meant" or "meinte"))
                    {
                        k++;
                    }

                    return k < after.Count && after[k].IsNumber;
                }
            }
        }

        return false;
    }

    /// <summary>Words of a sentence, never of a name or a company's name when written in small letters: pronouns, articles,
    /// conjunctions, the verbs that say what is wanted, courtesy.</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "privat", "private", "privatperson", "freelancer", "freiberufler", "freiberuflerin", "selbststaendig", "student", "studentin",
        "ich", "du", "er", "es", "wir", "ihr", "sie", "mich", "mir", "uns", "euch", "bin", "bist", "ist", "sind", "war", "habe",
        "hab", "hat", "haben", "mach", "mache", "macht", "machen", "will", "wollen", "moechte", "moechten", "brauche",
        "brauchen", "benoetigen", "suche", "suchen", "schaun", "schauen", "gucken", "kann", "koennen", "muss", "muessen",
        "nicht", "nichts", "kein", "keine", "noch", "schon", "erst", "erstmal", "mal", "nur", "gerade", "egal", "spaeter",
        "jetzt", "dann", "wenn", "weil", "dass", "ob", "aber", "doch", "halt", "eben", "bitte", "danke", "leider", "und",
        "oder", "mit", "zu", "zum", "zur", "aus", "mein", "meine", "unser", "unsere", "unseren", "unserem", "dem", "den",
        "des", "einen", "einem", "einer", "our", "his", "her", "their", "i", "i'm", "im", "me", "my", "you", "your", "he",
        "she", "it's", "its", "we", "we're", "were", "they", "am", "is", "are", "was", "be", "been", "have", "has", "had",
        "do", "does", "did", "don't", "dont", "can", "can't", "will", "would", "should", "not", "no", "yet", "only", "still",
        "later", "now", "really", "actually", "please", "thanks", "thank", "maybe", "vielleicht", "and", "or", "to", "of",
        "need", "needs", "want", "wants", "wanna", "looking", "look", "like", "love", "get", "got", "going", "help", "speaking",
        "writing", "schreibe", "schreibt", "spricht", "so", "also", "too", "auch", "sehr", "very", "some", "any", "all",
        "alle", "alles", "etwas", "was", "what", "how", "wie", "wer", "who", "why", "warum", "wo", "where", "this", "that",
        "these", "those", "dies", "diese", "dieser", "das", "der", "die", "ein", "eine", "a", "an", "the", "hallo", "hi",
        "hey", "ja", "yes", "ok", "okay", "nein", "gerne", "gern", "sure", "fine", "good", "great", "gut", "super", "quick",
        "kurze", "kurz", "frage", "question", "um", "about", "ueber", "fuer", "for", "on", "off", "up", "out", "by", "via",
        "vom", "von", "bei", "from", "at", "with", "in", "here", "hier",
        // the words of a correction ("…, 0151 9876543 – sorry, 9876534") name nothing
        "sorry", "sry", "oops", "ups", "nee", "pardon", "korrektur", "correction",
    };

    /// <summary>The company in small letters after "from"/"von"/"bei"/"at" at word <paramref name="cue"/> ("mike from
    /// greenfield farms", "jana koch von koch logistik"): up to four words that are no words of a sentence, to the end of
    /// the clause or of a legal form; sure with a legal form, else confirmed.</summary>
    private static (SlotReading Reading, int Start, int End)? SmallCompanyAfter(string part, FoldedText folded, int cue)
    {
        var first = cue + 1;
        if (first < folded.Count && folded[first].Text is "der" or "the" or "dem" && first + 1 < folded.Count)
        {
            first++; // "von der koch logistik gmbh"
        }

        return SmallCompany(part, folded, first, requireWhole: true);
    }

    /// <summary>A company in small letters from word <paramref name="first"/>: words up to and with a legal form (sure), or
    /// every word to the end of the clause when <paramref name="requireWhole"/> (confirmed). None when a word of a sentence,
    /// a number or a break comes first.</summary>
    private static (SlotReading Reading, int Start, int End)? SmallCompany(string part, FoldedText folded, int first, bool requireWhole)
    {
        if (first >= folded.Count || folded[first].AfterBreak && first > 0 && !requireWhole)
        {
            return null;
        }

        var start = folded[first].Start;
        if (CompanyReader.FindLegalForm(part, start) is { } legal && FoldedText.Fold(part[legal.Start..legal.End]).TrimEnd('.') is not ("sa" or "se" or "lp" or "co" or "s.l" or "aps" or "a.s"))
        {
            var words = 0;
            for (var k = first; k < folded.Count && folded[k].Start < legal.Start; k++)
            {
                if (folded[k].IsNumber || NotNameWords.Contains(folded[k].Text) || k > first && folded[k].AfterBreak || ++words > 4)
                {
                    return null;
                }
            }

            if (words == 0)
            {
                return null;
            }

            var end = legal.End;
            if (part[end - 1] == '.' && end < part.Length && part[end] == ' ' && part.AsSpan(end).Trim().Length > 0)
            {
                end--; // "bright solutions ltd. we need …": the full stop ends the sentence
            }

            return Small(part, start, end, Confidence.High);
        }

        var last = -1;
        for (var k = first; k < folded.Count && k < first + 4; k++)
        {
            var w = folded[k];
            if (w.IsNumber || NotNameWords.Contains(w.Text) || k > first && w.AfterBreak)
            {
                break;
            }

            last = k;
        }

        // "bob from bob's auto body here": "here" after the company says who is writing, no part of it
        var selfAfter = requireWhole && last > first && last == folded.Count - 2 && folded[^1].Text is "here" or "hier" && !folded[^1].AfterBreak;
        if (last < first || requireWhole && last != folded.Count - 1 && !selfAfter)
        {
            return null;
        }

        return Small(part, start, folded[last].End, Confidence.Medium);
    }

    private static (SlotReading Reading, int Start, int End) Small(string part, int start, int end, Confidence confidence)
    {
        var name = part[start..end];
        var stored = name.Any(char.IsUpper) ? name : CompanyReader.Capitalized(name);
        return (new SlotReading(QuestionSteps.Company, stored, confidence, name), start, end);
    }

    /// <summary>"Berger &amp; Partner", "Krüger + Partner": a word joined to the one before it by an ampersand or a plus is part
    /// of a company name.</summary>
    private static bool AfterAmpersand(string part, FoldedText folded, int k) =>
        k > 0 && part.AsSpan(folded[k - 1].End, folded[k].Start - folded[k - 1].End).IndexOfAny('&', '+') >= 0;

    /// <summary>A clause of one to four capitalized words that is no need, role or common word ("Stark Industries",
    /// "MedTech Labs"): a company named without a cue, confirmed.</summary>
    private static (SlotReading Reading, int Start, int End)? BareCompany(string part, FoldedText folded, ReadingContext context)
    {
        if (folded.Count >= 3 && folded[^2].Text is "in" or "aus" && char.IsLower(part[folded[^2].Start]) && char.IsUpper(part[folded[^1].Start]) &&
            char.IsUpper(part[folded[0].Start]) && !folded[^2].AfterBreak)
        {
            // "Autohaus Schwarz in Bochum": where the firm is comes after its name and is no part of it
            var named = part[..folded[^2].Start].TrimEnd();
            return BareCompany(named, FoldedText.Of(named), context);
        }

        if (folded.Count > 0 && char.IsLower(part[folded[0].Start]))
        {
            // in small letters: up to a legal form whatever follows it ("bright solutions ltd. we need …"), else the
            // whole clause of up to four words
            return SmallField(part, folded, context);
        }

        if (folded.Count is 0 or > 6 || folded.Count > 4 && !EndsWithLegalForm(part, folded) ||
            folded[0].AfterBreak && folded.Count > 1 && folded.Words.Skip(1).Any(w => w.AfterBreak))
        {
            return null;
        }

        if (UnitBefore(part, folded) is var unitEnd && unitEnd > 0)
        {
            // "Zentrale Vergabestelle Landratsamt Oberkarting", "Vergabestelle Landratsamt Birkenau": the office of an institution
            // named before it is no part of the institution's name, as at the company question after it
            var institution = part[folded[unitEnd].Start..];
            return BareCompany(institution, FoldedText.Of(institution), context) is var (unitless, s0, e0)
                ? (unitless, folded[unitEnd].Start + s0, folded[unitEnd].Start + e0)
                : null;
        }

        // "Gasthof zur Post", "Pension an der Mühle": a house named by where it stands after the word of its kind; the small
        // words are part of the name
        var housed = new bool[folded.Count];
        if (HouseKinds.Contains(folded[0].Text))
        {
            for (var k = 1; k < folded.Count; k++)
            {
                for (var j = HouseJoinerAt(part, folded, k, folded.Count); j > 0; j--)
                {
                    housed[k + j - 1] = true;
                }
            }
        }

        // "University of Michigan", "Bank of Ireland": "of" between capitalized words is part of the name
        if (folded.Words.Select((w, k) => (w, k)).Any(x => char.IsLower(part[x.w.Start]) && x.w.Text is not ("und" or "and") && !housed[x.k] &&
                !(x.w.Text == "of" && x.k > 0 && x.k + 1 < folded.Count && char.IsUpper(part[folded[x.k + 1].Start]))))
        {
            return SmallField(part, folded, context);
        }

        for (var k = 0; k < folded.Count; k++)
        {
            var w = folded[k];
            if (housed[k])
            {
                continue;
            }

            // "Huber IT": a short word in capitals after the first is part of the name
            if (!(char.IsUpper(part[w.Start]) || w.Text is "&" or "und" or "and" || w.Text == "of" && k > 0 && k + 1 < folded.Count) || w.IsNumber ||
                NameCommonWords.Contains(w.Text) && !(k > 0 && w.End - w.Start <= 4 && part.AsSpan(w.Start, w.End - w.Start).ToString().All(char.IsUpper)) &&
                !AfterAmpersand(part, folded, k))
            {
                return null;
            }
        }

        var start = folded[0].Start;
        var end = folded[^1].End;
        var name = part[start..end];
        // "Kim Consulting Group": a word companies are named with outweighs a role word in it
        if (!folded.Words.Any(w => CompanyWords.Contains(w.Text)) &&
            ChoiceReader.Read(QuestionSteps.Need, name, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is { Confidence: Confidence.High } ||
            !folded.Words.Any(w => CompanyWords.Contains(w.Text)) &&
            ChoiceReader.Read(QuestionSteps.Authority, name, context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is { Confidence: Confidence.High })
        {
            return null;
        }

        // "Lisa Brandt, Brandt Immobilien": two or more capitalized words as a clause of their own right after the opening
        // name are the company, as every writer records them
        var sure = folded.Count >= 2 && PlainlyCompany(folded, anyWord: false) && !CompanyReader.EndsInShortUniversity(name);
        return (new SlotReading(QuestionSteps.Company, CompanyReader.WrittenOut(name), sure ? Confidence.High : Confidence.Medium, name), start, end);
    }

    /// <summary>Whether the word (folded) names a month, a weekday, a holiday or a quarter.</summary>
    internal static bool IsTimeName(string folded) => TimeNames.Contains(folded);

    private static readonly HashSet<string> TimeNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "christmas", "easter", "weihnachten", "ostern", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "januar",
        "februar", "maerz", "mai", "juni", "juli", "oktober", "dezember", "q1", "q2", "q3", "q4", "noon", "night", "end",
    };

    /// <summary>Whether a body that takes its town's name ("Museum", "Schule", "Kirchengemeinde") is named by nothing of
    /// its own but its kind and where it stands ("Museum am Dom", "Stadtbibliothek") and "in" a town follows: the town is
    /// as often part of its name ("Museum am Dom Trier") as where it is, so the name is confirmed. One of its own right
    /// after the kind ("Klinikum Rosenhöhe in Bielefeld") names it whatever the town.</summary>
    private static bool PlainBodyBeforeTown(string name, string part, int end)
    {
        var words = FoldedText.Of(name);
        var after = FoldedText.Of(part[end..]);
        if (words.Count == 0 || after.Count < 2 || after[0].Text is not ("in" or "im") || after[1].AfterBreak ||
            !char.IsUpper(part[end + after[1].Start]) || !(IsPlace(after[1].Text) || Towns.Contains(after[1].Text)))
        {
            return false;
        }

        var kind = words.Words.FindIndex(w => CompanyReader.NamesItsTown(w.Text));
        return kind >= 0 && (kind == words.Count - 1 || words[kind + 1].Text is "am" or "an" or "im" or "auf" or "zum" or "zur" or "at" or "on");
    }

    /// <summary>The first of up to three capitalized words right before word <paramref name="cue"/> that open their line or
    /// clause, one of them a firm's kind and none a given name ("Verlagsgruppe", "Logistics Group"); -1 otherwise.</summary>
    private static int FirmKindBefore(string part, FoldedText folded, int cue)
    {
        if (cue == 0 || folded[cue].AfterBreak)
        {
            return -1;
        }

        var k = cue - 1;
        while (k > 0 && !folded[k].AfterBreak && cue - k < 3)
        {
            k--;
        }

        if (k > 0 && !folded[k].AfterBreak)
        {
            return -1;
        }

        for (var i = k; i < cue; i++)
        {
            if (!char.IsUpper(part[folded[i].Start]) || GivenNames.IsName(folded[i].Text) || i > k && folded[i].AfterBreak ||
                !part.AsSpan(folded[i].End, folded[i + 1].Start - folded[i].End).Trim().IsEmpty)
            {
                return -1;
            }
        }

        // (a trade's compound is a firm's kind as well: "Holzbau von der Au GmbH")
        return folded.Words.Skip(k).Take(cue - k).Any(w => CompanyReader.IsBusinessKind(w.Text) || NameReader.IsTradeCompound(w.Text)) ? k : -1;
    }

    /// <summary>Whether capitalized words read as a company are plainly one: none is a place, a month or weekday or a
    /// common word, and a first word that is a given name comes with a word companies are named with ("Kim Consulting
    /// Group", not "Anna Schmidt"). One word counts only when <paramref name="anyWord"/> (after "at", "CEO of").</summary>
    private static bool PlainlyCompany(FoldedText words, bool anyWord)
    {
        if (words.Count is 0 or > 4 || words.Count == 1 && !anyWord && !CompanyWords.Contains(words[0].Text))
        {
            return false;
        }

        var trade = words.Words.Any(w => CompanyWords.Contains(w.Text));
        // a place after "of" names what the institution serves ("University of Michigan"), no place of its own, and so
        // does a place right beside a body named after its town ("Uni Heidelberg", "Stadtwerke Leipzig", "Leeds City Council")
        return !words.Words.Select((w, k) => (w, k)).Any(x => IsPlace(x.w.Text) &&
                   !(x.k > 0 && (words[x.k - 1].Text is "of" || CompanyReader.NamesItsTown(words[x.k - 1].Text)) ||
                     x.k + 1 < words.Count && CompanyReader.NamesItsTown(words[x.k + 1].Text))) &&
               !words.Words.Any(w => TimeNames.Contains(w.Text) || w.IsNumber || w.Text is "e" or "mail" or "email" or "tel" or "telefon" or "phone" or "handy" or "mobil" or "mobile" or "fax" or "web" or "website") &&
               !(GivenNames.IsName(words[0].Text) && !trade);
    }

    // Words for a part of a firm in a town ("London Office", "Munich Branch"): after the town they say where, not which firm.
    private static readonly HashSet<string> LocalUnitWords = new(StringComparer.Ordinal)
    {
        "office", "offices", "branch", "team", "area", "region", "city", "airport", "station", "site", "campus", "hq",
        "headquarters", "location", "store", "buero", "filiale", "niederlassung", "standort", "zentrale", "here", "hier",
    };

    /// <summary>"Sarah from Dublin Credit Union", "Callum from Glasgow Bakes": a town opening capitalized words after a cue
    /// names the firm with the rest when the rest is plainly a firm's words, no place, time, department or part of a firm
    /// ("from London Office", "from Dublin, Ireland" stay confirmed).</summary>
    private static bool TownThenFirm(string name)
    {
        var words = FoldedText.Of(name);
        if (words.Count is < 2 or > 4 || !(IsPlace(words[0].Text) || Towns.Contains(words[0].Text)) || words.Words.Skip(1).Any(w => w.AfterBreak))
        {
            return false;
        }

        var rest = FoldedText.Of(name[words[1].Start..]);
        return !rest.Words.Any(w => Discipline.IsDepartmentWord(w.Text) || LocalUnitWords.Contains(w.Text)) &&
               PlainlyCompany(rest, anyWord: true);
    }

    /// <summary>"jones plumbing", "bäckerei huber", "bright solutions ltd. we need …": the clause right after the opening
    /// name written in small letters, as fields are typed one after the other; sure with a legal form, else confirmed, and
    /// never when its words read as a need, a role, a yes or no or a time.</summary>
    private static (SlotReading Reading, int Start, int End)? SmallField(string part, FoldedText folded, ReadingContext context)
    {
        return SmallCompany(part, folded, 0, requireWhole: true) is { } found && IsPlainName(part[found.Start..found.End], context) ? found : null;
    }

    /// <summary>Whether words in small letters taken for a company read as nothing else: no need or role (unless a word
    /// companies are named with is among them), no yes or no, no greeting, no time.</summary>
    private static bool IsPlainName(string name, ReadingContext context)
    {
        var folded = FoldedText.Of(name);
        var company = folded.Words.Any(w => CompanyWords.Contains(w.Text));
        return !(!company && ChoiceReader.Read(QuestionSteps.Need, name, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is not null ||
                 !company && ChoiceReader.Read(QuestionSteps.Authority, name, context.Policy.Roles, context.Language, acceptOwnWords: false, allowIndex: false) is not null ||
                 YesNoReader.Read(name) is not null || IsOnlyGreeting(folded) ||
                 TimelineReader.Read(name, context.Reference, RecognizerCulture.Normalize(context.Locale)) is { Confidence: Confidence.High });
    }

    private static string MaskEvidence(string part, string evidence)
    {
        var at = evidence.Length == 0 ? -1 : part.IndexOf(evidence, StringComparison.Ordinal);
        return at < 0 ? part : string.Concat(part.AsSpan(0, at), new string(' ', evidence.Length), part.AsSpan(at + evidence.Length));
    }

    /// <summary>"do you integrate with …", "könnt ihr … anbinden", "geht das auch mit …": a question whether something can
    /// be done, opened by its verb.</summary>
    private static bool AsksWhetherPossible(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if ((i == 0 || folded[i].AfterBreak) && folded[i].Text is "do" or "does" or "can" or "could" or "kann" or "koennt" or "koennen" or
                "geht" or "klappt" or "funktioniert" or "arbeitet" or "arbeiten" or "habt" or "unterstuetzt" or "unterstuetzen" or "integriert" or
                "bietet" or "bieten" or "macht" or "gibt")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the clause after position <paramref name="end"/> when it opens with a word that explains the one
    /// before ("like", "also", "sprich", "i.e."), else -1.</summary>
    private static int ExplainingClauseEnd(string masked, int end)
    {
        if (end >= masked.Length || masked[end] != ',')
        {
            return -1;
        }

        var next = Clauses(masked[(end + 1)..]).FirstOrDefault();
        if (next.End <= next.Start)
        {
            return -1;
        }

        var words = FoldedText.Of(masked.Substring(end + 1 + next.Start, next.End - next.Start));
        return words.Count > 1 && words.Find(TimelineReader.Explaining).At == 0 ? end + 1 + next.End : -1;
    }

    /// <summary>The end of the clause after position <paramref name="end"/> when it opens with a latest date ("before",
    /// "bis", "spätestens", also after "ideally"/"am besten noch"), else -1.</summary>
    private static int BoundingClauseEnd(string masked, int end)
    {
        if (end >= masked.Length || masked[end] is not (',' or '-' or '–' or '—' or ';'))
        {
            return -1;
        }

        var next = Clauses(masked[(end + 1)..]).FirstOrDefault();
        if (next.End <= next.Start)
        {
            return -1;
        }

        var words = FoldedText.Of(masked.Substring(end + 1 + next.Start, next.End - next.Start));
        var bound = words.Words.FindIndex(w => w.Text is "before" or "by" or "until" or "till" or "vor" or "bis" or "spaetestens");
        return bound >= 0 && bound + 1 < words.Count && words.Words.Take(bound).All(w => BoundOpeners.Contains(w.Text)) ? end + 1 + next.End : -1;
    }

    /// <summary>Whether a word of a latest date follows the time read in its clause ("asap - by end of January").</summary>
    private static bool BoundAfter(string part, string evidence) =>
        evidence.Length > 0 && part.IndexOf(evidence, StringComparison.Ordinal) is >= 0 and var at &&
        FoldedText.Of(part[(at + evidence.Length)..]) is { Count: >= 2 } after &&
        after.Words.Any(w => w.Text is "before" or "by" or "until" or "till" or "vor" or "bis" or "spaetestens");

    // Words that say a time is when the work starts ("starting in February, by April at the latest"): a latest date
    // after it bounds that start as after "ab Februar"; an amount's period ("500 a month, by end of January") has none.
    private static readonly HashSet<string> StartWords = new(StringComparer.Ordinal)
    {
        "start", "starting", "starts", "begin", "beginning", "kick", "kicking", "from", "ab", "starten", "beginnen",
        "beginn", "projektstart",
    };

    // Words that may stand before a latest date in the clause after a time of now ("ideally before", "am besten noch vor").
    private static readonly HashSet<string> BoundOpeners = new(StringComparer.Ordinal)
    {
        "ideally", "preferably", "hopefully", "definitely", "but", "and", "at", "the", "latest", "am", "besten", "noch",
        "idealerweise", "moeglichst", "aber", "und", "auf", "jeden", "fall", "spaetestens", "allerspaetestens",
    };

    // Words of Indian English ("do the needful", "kindly revert", "8 lakh INR"): a number without its country code in
    // such a message may be an Indian one.
    private static readonly string[][] IndianEnglish = Phrases.Of(
        "needful", "revert", "revert back", "lakh", "lakhs", "crore", "crores", "namaste", "pfa", "rupees", "rupee", "inr", "pvt");

    /// <summary>The number as an Indian mobile number when it is written without a country code as one (ten digits
    /// opening with 6 to 9: "98450 12345"), else null.</summary>
    private static PhoneNumberValue? IndianMobile(string said)
    {
        var digits = new string(said.Where(char.IsAsciiDigit).ToArray());
        return said.TrimStart().StartsWith('+') || digits.Length != 10 || digits[0] < '6' ? null
            : PhoneReader.FindAll(digits, "IN") is [{ Valid: true } there] ? there.Value : null;
    }

    private static readonly string[][] PriceAsked = Phrases.Of(
        "pricing", "price", "prices", "price list", "preis", "preise", "preisliste", "kosten", "cost", "costs", "trial",
        "free trial", "testversion", "demo",
        // the prices in the dative and their other names ("infos zu Preisen", "Infos zu den Konditionen", "your rates")
        "preisen", "preismodell", "preismodelle", "preismodellen", "preisgestaltung", "konditionen", "tarife", "tarifen",
        "lizenzkosten", "kostet", "rates", "price plans", "pricing plans");

    /// <summary>Whether the words end with a legal form ("Shree Ganesh Autoparts Pvt. Ltd."): a name of up to six words is
    /// then read as a company as a shorter one is.</summary>
    private static bool EndsWithLegalForm(string part, FoldedText folded)
    {
        for (var k = 2; k < folded.Count; k++)
        {
            if (CompanyReader.LegalFormAt(part, folded[k].Start) is { } length && part.AsSpan(folded[k].Start + length).Trim().Trim('.').IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where an institution named by the place it serves begins after the words of one of its offices that open
    /// the clause ("Zentrale Vergabestelle Landratsamt …", "Einkauf Klinikum …"), with a word after it; else 0.</summary>
    private static int UnitBefore(string part, FoldedText folded)
    {
        for (var k = 1; k + 1 < folded.Count; k++)
        {
            if (!char.IsUpper(part[folded[k].Start]))
            {
                return 0;
            }

            if (CompanyReader.IsOrganisationWord(folded[k].Text) && !CompanyReader.IsCompanyWord(folded[k].Text))
            {
                return Enumerable.Range(0, k).All(i => Discipline.IsDepartmentWord(folded[i].Text) || folded[i].Text.EndsWith("stelle", StringComparison.Ordinal) ||
                                                       folded[i].Text.EndsWith("abteilung", StringComparison.Ordinal) || folded[i].Text.EndsWith("referat", StringComparison.Ordinal))
                    ? k
                    : 0;
            }
        }

        return 0;
    }

    // A decision taken at the date read ("the board decides in March", "Entscheidung im Januar").
    private static readonly string[][] DecisionWords = Phrases.Of(
        "decides", "decide", "decided", "deciding", "decision", "entscheidet", "entscheiden", "entscheidung", "entschieden",
        "beschliesst", "beschluss", "approve", "approves", "approved", "approval", "genehmigt", "genehmigung", "freigabe",
        "freigegeben", "vote", "votes", "abstimmung");

    /// <summary>Whether the time read starts with a word of a deadline ("by February", "bis März").</summary>
    private static bool DeadlineWord(string evidence) =>
        FoldedText.Of(evidence) is { Count: > 1 } words && words[0].Text is "by" or "bis" or "until" or "till" or "spaetestens";

    // Words that may stand beside a time in a clause that is nothing but the time ("irgendwann im Frühjahr", "maybe Q2").
    private static readonly HashSet<string> TimeFillers = new(StringComparer.Ordinal)
    {
        "irgendwann", "sometime", "so", "ca", "circa", "around", "about", "maybe", "vielleicht", "probably", "wahrscheinlich",
        "eventuell", "evtl", "im", "in", "the", "und", "and", "also", "dann", "then", "aber", "but",
    };

    /// <summary>Whether the clause holds nothing but the time read from it and words of <see cref="TimeFillers"/>.</summary>
    private static bool OnlyTime(string part, string evidence)
    {
        var at = part.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0 || evidence.Length == 0)
        {
            return false;
        }

        var rest = FoldedText.Of(string.Concat(part.AsSpan(0, at), " ", part.AsSpan(at + evidence.Length)));
        return rest.Words.All(w => TimeFillers.Contains(w.Text));
    }

    /// <summary>Whether a word that names something (not a pronoun or article) stands between word <paramref name="from"/>
    /// and the time read ("need an electrician asap", not "need it asap").</summary>
    private static bool NamedBefore(string part, FoldedText folded, int from, string evidence)
    {
        var at = part.IndexOf(evidence, StringComparison.Ordinal);
        for (var k = from; k < folded.Count && at >= 0 && folded[k].End <= at; k++)
        {
            if (!CommonWords.ObjectPronouns.Contains(folded[k].Text) && !CommonWords.SentenceWords.Contains(folded[k].Text) &&
                folded[k].Text is not ("das" or "this" or "that" or "the" or "a" or "an" or "some" or "one"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnlyNow(string evidence) =>
        FoldedText.Fold(evidence).Trim() is "jetzt" or "now" or "heute" or "today" or "gestern" or "yesterday" or "bald" or "soon";

    /// <summary>The text with the characters from <paramref name="start"/> to <paramref name="end"/> blanked out (same length,
    /// so positions stay).</summary>
    private static string MaskSpan(string part, int start, int end) =>
        string.Concat(part.AsSpan(0, start), new string(' ', end - start), part.AsSpan(end));

    private static bool IsDecider(string key, ReadingContext context)
    {
        foreach (var role in context.Policy.Roles)
        {
            if (role.Key == key)
            {
                return role.DecisionMaker;
            }
        }

        return false;
    }

    /// <summary>Whether two readings' words overlap within the clause.</summary>
    private static bool Overlap(string part, string a, string b)
    {
        var at = part.IndexOf(a, StringComparison.Ordinal);
        var bt = part.IndexOf(b, StringComparison.Ordinal);
        return at >= 0 && bt >= 0 && at < bt + b.Length && bt < at + a.Length;
    }

    private static void Add(List<(SlotReading, int, int)> readings, SlotReading reading, string text, int offset, string part)
    {
        var at = reading.Evidence.Length == 0 ? -1 : part.IndexOf(reading.Evidence, StringComparison.Ordinal);
        var start = offset + Math.Max(0, at);
        var end = at < 0 ? offset + part.Length : start + reading.Evidence.Length;
        readings.Add((reading with { Evidence = text[start..end] }, start, end));
    }

    /// <summary>"researching options for my director", "für unseren GF": the work is done for a person, so the role is
    /// someone else's errand, not the need to look around ("for a side project" is no person).</summary>
    private static bool ForSomeone(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is "for" or "fuer" && folded[i + 1].Text is "my" or "our" or "the" or "mein" or "meinen" or "meine" or "meinem" or
                "unseren" or "unsere" or "unserem" or "unser" or "den" or "die" or "der" or "dem" or "him" or "her" or "them" or "ihn" or "sie")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigitOrAmountWord(string part) => part.Any(char.IsAsciiDigit) || part.Contains("tausend", StringComparison.OrdinalIgnoreCase) || part.Contains("thousand", StringComparison.OrdinalIgnoreCase);

    private static bool HasCurrencyMark(string part)
    {
        var f = FoldedText.Fold(part);
        return part.IndexOfAny(['€', '$', '£']) >= 0 || f.Contains("eur", StringComparison.Ordinal) || f.Contains("chf", StringComparison.Ordinal) ||
               f.Contains("dollar", StringComparison.Ordinal) || f.Contains("franken", StringComparison.Ordinal) || f.Contains("pfund", StringComparison.Ordinal) ||
               f.Contains("gbp", StringComparison.Ordinal) || f.Contains("usd", StringComparison.Ordinal);
    }

    /// <summary>Name after "ich bin" / "my name is": one to three capitalized words that are no role or common word.</summary>
    private static (SlotReading Reading, int Start, int End)? Name(string part, FoldedText folded)
    {
        var (cue, length) = folded.Find(NameCues);
        if (cue < 0 && folded.Count > 2 && folded[0].Text == "hier" && char.IsUpper(part[folded[1].Start]) && GivenNames.At(part, folded, 1) > 0)
        {
            // "Guten Tag, hier Thomas Brandt von der …": "hier" opening the clause before a common given name is "hier ist"
            // on the phone
            (cue, length) = (0, 1);
        }

        if (cue < 0 || cue + length >= folded.Count)
        {
            return null;
        }

        var first = cue + length;
        var jobBefore = false;
        if (first + 1 < folded.Count && (NameReader.IsJobNoun(folded[first].Text) || Professions.Contains(folded[first].Text)) &&
            !GivenNames.IsName(folded[first].Text) && !folded[first + 1].AfterBreak && char.IsUpper(part[folded[first + 1].Start]))
        {
            // "ich bin Rechtsanwältin Dr. Katharina Schulte-Brenner", "ich bin Steuerberater Jens Albers": the profession
            // before the name says what the writer is and is no part of the name, as at the name question
            first++;
            jobBefore = true;
        }

        var last = first - 1;
        var cutByFirm = false;
        for (var k = first; k < folded.Count && k < first + 4; k++)
        {
            var w = folded[k];
            if (k > first && w.AfterBreak)
            {
                break;
            }

            var original = part[w.Start];
            if (k > first && RomanceOrganisationAt(part, folded, k) > 0 || k > first + 1 && RomanceFirmAt(part, folded, k) > 0)
            {
                // "sono Luca Moretti dell'Associazione …", "soy Ana Ruiz de la Fundación Sol": "of the" before a word for
                // an organisation ends the name; the organisation is the company (below)
                break;
            }

            if (k == first + 1 && GivenNames.IsName(folded[first].Text) && RomanceFirmAt(part, folded, k) is > 0 and var romanceFirm)
            {
                // "soy Carmen de Viajes Sol y Mar": a given name alone before a Romance "de" and a capitalized word is the
                // writer and where they write from, unless the "de" opens a surname ("Ana de Armas"): both are confirmed
                // unless the firm has a legal form
                cutByFirm = !CompanyReader.HasLegalForm(part, romanceFirm);
                break;
            }

            if (k > first && NameReader.SouthernVonDer(part, folded, k))
            {
                // "i bin die Resi vo da Wörthersee Touristik": the southern "von der" ends the name; the company follows
                break;
            }

            if (k > first && char.IsLower(original) && SurnameParticles(part, folded, k) is > 0 and var particles)
            {
                // "this is Pieter van den Heuvel", "ich bin Jan van der Berg": the small particles of a Dutch or Romance
                // surname belong to the capitalized surname after them ("von" stays out: "Max von Acme" is where he is from),
                // which is taken with them however many words the given names took ("Jean-François de la Tour")
                last = k + particles;
                k = last;
                continue;
            }

            if (k > first && EverydaySurname(part, folded, k))
            {
                last = k;
                continue;
            }

            // "it's jen lopez-garcia from …", "ich bin anna schulz": a common given name in small letters after the cue,
            // and the words after it that are no words of a sentence
            var small = !char.IsUpper(original) && GivenNames.At(part, folded, first) > 0 && !NotNameWords.Contains(w.Text) && w.Text.Length >= 2;
            if (!(char.IsUpper(original) || small) || w.IsNumber || NameCommonWords.Contains(w.Text) || LooksLikeTitle(part, w))
            {
                break;
            }

            if (k > first && w.Text.Length >= 6 && CompanyReader.IsBusinessKind(w.Text))
            {
                // "hier ist thomas vogt tierarztpraxis vogt …": a word for a kind of business ends the name, also where no
                // comma parts the two in dictated or unpunctuated text; a lone word before it may be the firm's first word
                cutByFirm = k == first + 1;
                break;
            }

            last = k;
        }

        if (last < first)
        {
            return null;
        }

        var name = part[folded[first].Start..folded[last].End];
        if (NameReader.Clean(name) is not { } clean)
        {
            return null;
        }

        if (last == first && folded[first - 1].Text is "der" or "die" && RoleNoun(part, folded[first]))
        {
            // "ich bin die Betreiberin, Anna Berg", "bin der Inhaber": the article before one word that is no given name
            // says what the writer is; a role noun is never a name (the name may follow in a clause of its own)
            return null;
        }

        // one word only ("ich bin Max") is a first name; two or more read as a full name. A common given name alone after
        // the cue ("I'm Sarah, …") is the name as the writer gives it, sure; any other word alone is confirmed.
        var confidence = !cutByFirm && (last > first || GivenNames.IsName(folded[first].Text)) ? Confidence.High : Confidence.Medium;
        if (jobBefore && confidence == Confidence.High && (last == first || GivenNames.At(part, folded, first) <= 0 || GivenNames.IsName(folded[last].Text)))
        {
            // "ich bin Notar Weber": after a profession only a common given name and a surname leave no doubt that the
            // words are the writer's name and not the rest of a title or a firm; anything else is confirmed
            confidence = Confidence.Medium;
        }

        var stored = name.Any(char.IsUpper) ? clean : NameReader.Capitalized(clean);
        return (new SlotReading(QuestionSteps.Name, stored, confidence, name), folded[first].Start, folded[last].End);
    }

    /// <summary>Whether the firm of two to four capitalized words opens with the surname of the full name read sure before
    /// it and ends in no place, which may or may not belong to the firm's name ("Aer Services Cork").</summary>
    private static bool FirmRepeatsSurname(List<(SlotReading Reading, int Start, int End)> readings, string firm)
    {
        if (readings.FindLast(r => r.Reading.Slot == QuestionSteps.Name) is not { Reading: { Confidence: Confidence.High, Value: string name } } ||
            FoldedText.Of(name) is not { Count: >= 2 } nameWords || NameReader.HasAcademicTitle(name))
        {
            return false;
        }

        var words = FoldedText.Of(firm);
        var surname = FoldedText.Of(name[(name.LastIndexOf(' ') + 1)..]);
        var rest = words.Count - surname.Count;
        return rest is >= 1 and <= 3 && Enumerable.Range(0, surname.Count).All(k => words[k].Text == surname[k].Text && char.IsUpper(firm[words[k].Start])) &&
               surname[0].Text.Length >= 3 &&
               !IsPlace(words[^1].Text) && !Towns.Contains(words[^1].Text) &&
               Enumerable.Range(surname.Count, rest).All(k => char.IsUpper(firm[words[k].Start]) || firm[words[k].Start] == '&');
    }

    /// <summary>Whether the letters of a firm's name of two capitalized words or more are the domain of an address ("Cape
    /// Optometrists", "thabo@capeoptometrists.co.za").</summary>
    private static bool FirmIsDomain(string firm, string address)
    {
        var at = address.IndexOf('@');
        var dot = at < 0 ? -1 : address.IndexOf('.', at);
        var words = FoldedText.Of(firm);
        return dot > at + 1 && words.Count >= 2 && words.Words.All(w => char.IsUpper(firm[w.Start])) && firm.Trim().All(c => char.IsLetter(c) || c == ' ') &&
               string.Equals(LettersOf(firm), FoldedText.Fold(address[(at + 1)..dot]), StringComparison.Ordinal);
    }

    /// <summary>Whether a word after "bin der"/"bin die" names what the writer is rather than who: no common given name,
    /// and a job's compound, a profession, a German noun for a person who does something ("Betreiberin", "Inhaber",
    /// "Chefin") or a short title in capitals ("GF").</summary>
    private static bool RoleNoun(string part, Word word)
    {
        var w = word.Text;
        if (GivenNames.IsName(w))
        {
            return false;
        }

        var typed = part.AsSpan(word.Start, word.End - word.Start);
        return NameReader.IsJobNoun(w) || Professions.Contains(w) || IsHeadTitle(w) ||
               w.Length >= 6 && (w.EndsWith("erin", StringComparison.Ordinal) || w.EndsWith("ber", StringComparison.Ordinal) ||
                                 w.EndsWith("ter", StringComparison.Ordinal) || w.EndsWith("tin", StringComparison.Ordinal)) ||
               w is "chef" or "chefin" or "boss" ||
               typed.Length is >= 2 and <= 4 && !typed.ContainsAnyInRange('a', 'z');
    }

    /// <summary>The whole name when the clause is nothing but two to four capitalized words that open with the given name
    /// read before ("Nick" then "Nick Patel"), read as the name question reads it; null otherwise.</summary>
    private static (SlotReading Reading, int Start, int End)? GivenInFull(string part, FoldedText folded, string given)
    {
        // "sorry, mein Deutsch ist besser: Markus Leitner": the name after a colon that ends the clause
        var offset = part.LastIndexOf(':') + 1;
        if (offset > 0)
        {
            part = part[offset..];
            folded = FoldedText.Of(part);
        }

        if (folded.Count is < 2 or > 4 || folded[0].Text != FoldedText.Fold(given) || folded.Words.Skip(1).Any(w => w.AfterBreak) ||
            !folded.Words.All(w => char.IsUpper(part[w.Start]) || w.Text is "van" or "de" or "der" or "den" or "da" or "di" or "del" or "dos" or "von" or "dela" or "delos" or "delas") ||
            CompanyReader.HasLegalForm(part, 0) || folded.Words.Any(w => CompanyReader.IsBusinessKind(w.Text) || CompanyWords.Contains(w.Text)))
        {
            return null;
        }

        var said = part[folded[0].Start..folded[^1].End];
        return NameReader.Read(said) is { Value: string whole, Confidence: >= Confidence.Medium } named && whole.Contains(' ', StringComparison.Ordinal)
            ? (named with { Confidence = Confidence.High, Evidence = said }, offset + folded[0].Start, offset + folded[^1].End)
            : null;
    }

    /// <summary>Where the title read as the role starts in the clause when it stands after "to the", "to our", "an die",
    /// "an den" or "an unsere(n)": the person the writer turns to; -1 otherwise.</summary>
    private static int AddressedTitle(string part, string evidence)
    {
        var at = evidence.Length == 0 ? -1 : part.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 2)
        {
            return -1;
        }

        var before = FoldedText.Of(part[..at]);
        return before.Count >= 2 && !before[^1].AfterBreak &&
               (before[^2].Text == "to" && before[^1].Text is "the" or "our" or "my" ||
                before[^2].Text == "an" && before[^1].Text is "die" or "den" or "unsere" or "unseren" or "meine" or "meinen")
            ? at
            : -1;
    }

    /// <summary>Where the firm's first word starts when the clause introduces the writer in a Romance language ("sono",
    /// "je suis", "soy") and word <paramref name="k"/> is a bare "di"/"de"/"da"/"du" before a capitalized word ("sono
    /// Marco Ferri di Fiera Bolzano"): after a given name and a surname that is "from", not a surname's particle; "de la"
    /// and "del" stay in the name ("Pérez de la Cruz"). 0 when it is not.</summary>
    private static int RomanceFirmAt(string part, FoldedText folded, int k)
    {
        var (cue, length) = folded.Find(NameCues);
        if (cue < 0 || cue + length > k || folded[cue + length - 1].Text is not ("sono" or "soy" or "sou" or "suis" or "chiamo" or "llamo" or "m'appelle" or "es" or "a" or "o" or "me") ||
            folded[k].Text is not ("di" or "de" or "da" or "du") || folded[k].AfterBreak || k + 1 >= folded.Count || folded[k + 1].AfterBreak)
        {
            return 0;
        }

        var next = folded[k + 1];
        return char.IsUpper(part[next.Start]) && next.Text is not ("la" or "las" or "los" or "el" or "le" or "les") ? next.Start : 0;
    }

    /// <summary>Where the organisation's first word starts when word <paramref name="k"/> opens a Romance "of (the)" before a
    /// capitalized word for an organisation ("dell'Associazione", "de la Fundación", "da Associação", "du Club"); 0 when it
    /// does not.</summary>
    private static int RomanceOrganisationAt(string part, FoldedText folded, int k)
    {
        var w = folded[k];
        var elided = w.Text.IndexOf('\'');
        if (elided > 0 && w.Text[..elided] is "dell" or "dall" or "nell" or "all" or "d" or "l" or "del" &&
            RomanceOrganisations.Contains(w.Text[(elided + 1)..]) && char.IsUpper(part[w.Start + elided + 1]))
        {
            return w.Start + elided + 1;
        }

        if (w.Text is not ("de" or "del" or "della" or "dello" or "degli" or "delle" or "di" or "da" or "do" or "dos" or "das" or "du" or "des"))
        {
            return 0;
        }

        var next = k + 1;
        if (next < folded.Count && folded[next].Text is "la" or "las" or "los" or "l" or "el" && !folded[next].AfterBreak)
        {
            next++;
        }

        if (next < folded.Count && folded[next].Text.IndexOf('\'') is > 0 and var inner && folded[next].Text[..inner] == "l" &&
            RomanceOrganisations.Contains(folded[next].Text[(inner + 1)..]) && char.IsUpper(part[folded[next].Start + inner + 1]))
        {
            return folded[next].Start + inner + 1;
        }

        return next < folded.Count && !folded[next].AfterBreak && RomanceOrganisations.Contains(folded[next].Text) && char.IsUpper(part[folded[next].Start])
            ? folded[next].Start
            : 0;
    }

    // Words for an organisation in Italian, Spanish, Portuguese and French that open its name ("Fondazione Aurora",
    // "Colegio San José", "Associação Esperança").
    private static readonly HashSet<string> RomanceOrganisations = new(StringComparer.Ordinal)
    {
        "associazione", "fondazione", "istituto", "scuola", "universita", "parrocchia", "chiesa", "comune", "cooperativa", "societa",
        "federazione", "asociacion", "fundacion", "instituto", "colegio", "escuela", "universidad", "parroquia", "iglesia",
        "ayuntamiento", "sociedad", "federacion", "associacao", "fundacao", "escola", "universidade", "paroquia",
        "igreja", "camara", "sociedade", "federacao", "association", "fondation", "ecole", "universite", "paroisse", "eglise",
        "mairie", "societe", "club", "clube", "centro", "centre", "casa", "liceo", "ong",
    };

    /// <summary>Whether a capitalized everyday word at word <paramref name="k"/> is the surname after a given name ("I am
    /// Priya Das from …", "I'm Tom Price from …", "hier ist Michael Schöne von der …"), not the article or the word: it
    /// stands right after a common given name in the same clause, and the clause ends after it or goes on with where the
    /// writer is from.</summary>
    private static bool EverydaySurname(string part, FoldedText folded, int k) =>
        folded[k].Text is "das" or "price" or "schoene" && char.IsUpper(part[folded[k].Start]) && !folded[k].AfterBreak && GivenNames.IsName(folded[k - 1].Text) &&
        (k + 1 == folded.Count || folded[k + 1].AfterBreak || folded[k + 1].Text is "from" or "von" or "vom" or "here" or "hier" or "bei" or "at" or "aus" or "of");

    /// <summary>How many small surname particles start at word <paramref name="k"/> ("van", "van den", "de la", "ter")
    /// when a capitalized surname follows them in the same clause; 0 when they do not.</summary>
    private static int SurnameParticles(string part, FoldedText folded, int k)
    {
        if (folded[k].Text is not ("van" or "de" or "ter" or "ten" or "du" or "da" or "di" or "del" or "dos" or "das" or "dela" or "delos" or "delas"))
        {
            return 0;
        }

        var n = k + 1 < folded.Count && folded[k + 1].Text is "der" or "den" or "de" or "la" or "los" && char.IsLower(part[folded[k + 1].Start]) ? 2 : 1;
        var surname = k + n;
        return surname < folded.Count && !folded[surname].AfterBreak && !folded.Words.Skip(k + 1).Take(n).Any(w => w.AfterBreak) &&
               char.IsUpper(part[folded[surname].Start]) && !NameCommonWords.Contains(folded[surname].Text) ? n : 0;
    }

    /// <summary>Whether a short word in capitals is a job's acronym ("GF", "CEO", "VP"), not part of a company's name ("MVZ
    /// Nord GmbH").</summary>
    private static bool TitleAcronym(string folded) =>
        IsHeadTitle(folded) || folded is "gf" or "vp" or "svp" or "evp" or "md" or "pa" or "hr" or "it" or "ea" or "gl" ||
        folded.Length == 3 && folded[0] == 'c' && folded[2] == 'o';

    // Words that point back at a place named before ("… Salesforce und wollen die Leads dort drin haben", "… want the leads
    // in there")
    private static readonly HashSet<string> IntoThere = new(StringComparer.Ordinal)
    {
        "dort", "da", "drin", "rein", "dahin", "darin", "dorthin", "hinein", "there", "into", "it",
    };

    /// <summary>"HK IT Solutions Ltd", "IT Service GmbH": a field's acronym in capitals ("IT", "HR") that opens the clause
    /// or follows another short word in capitals that is no title names the firm's trade, no department the writer heads
    /// (that word, "UK IT Services Ltd", is the name's too).</summary>
    private static bool FieldAcronymInName(string part, FoldedText folded, int i) =>
        folded[i].Text is "it" or "hr" && LooksLikeTitle(part, folded[i]) &&
        (i == 0 || folded[i].AfterBreak || LooksLikeTitle(part, folded[i - 1]) && !TitleAcronym(folded[i - 1].Text) && !folded[i - 1].IsNumber);

    private static bool LooksLikeTitle(string part, Word w) =>
        w.End - w.Start <= 4 && part.AsSpan(w.Start, w.End - w.Start).ToString().All(char.IsUpper) &&
        !(w.End < part.Length && part[w.End] == '-'); // "IT-Services": part of a compound name, no title

    /// <summary>Whether a word ending in a full stop is a short form ("Mgmt", "Str") whose dot belongs to it, not a town
    /// that only looks like one ("Stadtverwaltung Ulm.") where the dot ends the sentence.</summary>
    internal static bool IsShortFormNoTown(string word) => FoldedText.IsShortForm(word) && !IsPlace(FoldedText.Fold(word));

    /// <summary>Whether the word (folded) is a country, region or city people write from: a word after "from"/"aus" or
    /// before a comma that may be where the writer is, never a company or a surname for sure.</summary>
    public static bool IsPlace(string folded) => Places.Contains(folded);

    /// <summary>Whether the word (folded) names a public body or a publisher, alone or at the end of a compound
    /// ("Landratsamt", "Landkreis", "Verlagshaus", "Handwerkskammer"): no surname is such a word.</summary>
    private static bool IsBodyWord(string folded) =>
        CompanyReader.IsOrganisationWord(folded) && !CompanyReader.IsBusinessKind(folded) ||
        BodyEndings.Any(e => e.Length >= 7 && folded == e || folded.Length > e.Length + 2 && folded.EndsWith(e, StringComparison.Ordinal));

    // Endings of a public body's or a publisher's compound ("Finanzamt", "Landkreis", "Ärztekammer", "Verlagshaus").
    private static readonly string[] BodyEndings =
        ["amt", "kreis", "kammer", "verband", "ministerium", "behoerde", "verlag", "verlagshaus", "council", "county", "borough", "publishing", "publishers"];

    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "germany", "deutschland", "austria", "oesterreich", "switzerland", "schweiz", "usa", "uk", "england", "europe",
        "europa", "berlin", "muenchen", "hamburg", "koeln", "frankfurt", "stuttgart", "wien", "zuerich", "london", "munich",
        "vienna", "cologne", "zurich", "duesseldorf", "dortmund", "essen", "bremen", "leipzig", "dresden", "hannover",
        "nuernberg", "nuremberg", "bonn", "mannheim", "karlsruhe", "augsburg", "wiesbaden", "mainz", "freiburg", "kiel",
        "luebeck", "rostock", "potsdam", "muenster", "bielefeld", "aachen", "regensburg", "ulm", "heidelberg", "graz",
        "linz", "salzburg", "innsbruck", "klagenfurt", "basel", "bern", "genf", "geneva", "luzern", "lausanne", "st",
        // French and Italian forms of Swiss and German places, as writers from there spell them
        "geneve", "ginevra", "lugano", "locarno", "bellinzona", "neuchatel", "fribourg", "sion", "sitten",
        "biel", "bienne", "basilea", "berna", "zurigo", "losanna", "lucerne", "lucerna", "winterthur", "zug", "chur",
        "montreux", "vevey", "yverdon", "nyon", "mendrisio", "chiasso", "francoforte",
        "paris", "amsterdam", "rotterdam", "madrid", "barcelona", "rome", "rom", "mailand", "milan", "prag", "prague",
        "warschau", "warsaw", "kopenhagen", "copenhagen", "stockholm", "oslo", "dublin", "cork", "galway", "limerick", "manchester", "birmingham",
        "edinburgh", "glasgow", "bristol", "leeds", "york", "boston", "chicago", "seattle", "denver", "dallas", "houston",
        "atlanta", "miami", "phoenix", "portland", "detroit", "philadelphia", "toronto", "vancouver", "montreal", "sydney",
        "melbourne", "brisbane", "auckland", "singapore", "singapur", "dubai", "ohio", "texas", "california", "florida",
        "oregon", "colorado", "arizona", "georgia", "bayern", "bavaria", "hessen", "sachsen", "nrw", "tirol", "schwaben",
        "ruhrgebiet", "franken", "allgaeu", "brandenburg", "thueringen", "canada", "kanada", "ireland", "irland", "france",
        "frankreich", "italy", "italien", "spain", "spanien", "netherlands", "niederlande", "holland", "belgium", "belgien",
        "poland", "polen", "denmark", "daenemark", "sweden", "schweden", "norway", "norwegen", "india", "indien", "china",
        "japan", "australia", "australien", "scotland", "schottland", "wales", "us", "america", "amerika", "new", "san",
        "francisco", "los", "angeles", "las", "vegas", "diego", "jersey", "orleans", "hong", "kong", "main", "tel", "aviv",
        "rio", "sao", "paulo", "cape", "town", "carolina", "dakota", "virginia", "bay",
        "area", "valley", "city", "county", "upon", "bad", "oberbayern",
        "duisburg", "gelsenkirchen", "wuppertal", "kassel", "erfurt", "magdeburg", "halle", "chemnitz", "saarbruecken",
        "osnabrueck", "oldenburg", "paderborn", "wuerzburg", "ingolstadt", "koblenz", "trier", "konstanz", "ohio",
        // towns of a firm's own region, which writers put right after its name ("Huber Autovermietung Rosenheim", "Ottica
        // Ferrari Meran"); only towns whose names are no given names, surnames or common words
        "rosenheim", "landshut", "bamberg", "bayreuth", "erlangen", "fuerth", "kempten", "traunstein",
        "herne", "bottrop", "oberhausen", "recklinghausen", "krefeld", "moenchengladbach", "leverkusen",
        "solingen", "neuss", "guetersloh", "flensburg", "cuxhaven", "wilhelmshaven", "stralsund", "greifswald", "schwerin",
        "zwickau", "goerlitz", "bautzen", "cottbus", "heilbronn", "pforzheim", "reutlingen", "tuebingen", "esslingen",
        "ludwigsburg", "ravensburg", "darmstadt", "offenbach", "giessen", "goettingen", "braunschweig", "wolfsburg",
        "hildesheim", "lueneburg", "dornbirn", "bregenz", "feldkirch", "villach", "kufstein", "schaffhausen", "solothurn",
        "meran", "merano", "bozen", "bolzano", "brixen", "bressanone", "bruneck", "brunico", "trient", "trento", "verona",
        "bologna", "turin", "torino", "florenz", "firenze", "neapel", "napoli", "luxemburg", "luxembourg", "perth",
        "adelaide", "canberra", "fremantle", "christchurch", "dunedin", "rotorua", "tauranga", "ottawa", "calgary",
        "edmonton", "winnipeg", "liverpool", "sheffield", "nottingham", "leicester", "cardiff", "belfast", "newark",
        "baltimore", "pittsburgh", "brooklyn", "pune", "mumbai", "delhi", "bangalore", "bengaluru", "chennai", "hyderabad",
        "kolkata", "shenzhen", "shanghai", "beijing", "tokyo", "osaka", "seoul", "busan", "utrecht", "eindhoven",
        "groningen", "maastricht", "lyon", "marseille", "lissabon", "lisbon", "porto", "krakau", "krakow", "danzig",
        "gdansk", "istanbul", "izmir", "ankara", "helsinki", "tampere", "goeteborg", "gothenburg", "malmoe", "malmo",
    };

    private static readonly HashSet<string> NameCommonWords = new(StringComparer.Ordinal)
    {
        "interested", "interessiert", "looking", "new", "neu", "hier", "here", "happy", "glad", "froh", "zustaendig",
        "responsible", "verantwortlich", "leiter", "head", "manager", "teil", "part", "bei", "with", "from", "von", "the",
        "der", "die", "das", "ein", "eine", "a", "an", "in", "im", "auf", "on", "at", "für", "fuer", "for", "gerade",
        "currently", "aktuell", "just", "nur", "the", "ceo", "cto", "cfo", "coo", "gf", "inhaber", "owner", "founder",
        "gruender", "geschaeftsfuehrer", "geschaeftsfuehrerin", "entscheider", "vorstand", "prokurist", "einkauf", "einkaeufer",
        "praktikant", "praktikantin", "student", "studentin", "berater", "beraterin", "mitarbeiter", "mitarbeiterin",
        "assistent", "assistentin", "vertriebsleiter", "marketing", "sales", "it", "teamleiter", "abteilungsleiter",
        "director", "president", "partner", "consultant", "developer", "entwickler", "chef", "chefin", "boss", "selbststaendig",
        "freelancer", "freiberufler", "interessent", "kunde", "customer", "not", "nicht", "sure", "sicher", "sehr", "very",
        "also", "auch", "hallo", "hi", "hello", "ja", "yes", "ok", "okay", "wir", "we", "ich", "i", "germany",
        "deutschland", "austria", "oesterreich", "switzerland", "schweiz", "usa", "uk", "england", "europe", "europa",
        "berlin", "muenchen", "hamburg", "koeln", "frankfurt", "stuttgart", "wien", "zuerich", "london", "munich",
        "vienna", "cologne", "zurich", "home", "hause", "greetings", "gruesse", "regards", "cheers", "thanks", "danke",
        "viele", "liebe", "beste", "schoene", "frage", "fragen", "question", "questions", "anfrage", "request", "angebot",
        "offer", "preise", "price", "pricing", "kosten", "termin", "demo", "info", "infos", "website", "webseite", "homepage",
        // the reader addressed in a letter's salutation ("Dear Sir/Madam", "Sehr geehrte Damen und Herren")
        "dear", "sir", "sirs", "madam", "madame", "gentlemen", "ladies", "damen", "herren",
    };

    // Nouns of help wanted, after which "bei"/"with" names the task ("Hilfe bei der HubSpot-Anbindung").
    private static readonly HashSet<string> HelpNouns = new(StringComparer.Ordinal)
    {
        "hilfe", "unterstuetzung", "hilfestellung", "help", "support", "assistance",
    };

    /// <summary>A company after "von der" / "bei" / "from" / "wir sind" with a capitalized first word; high with a
    /// legal form ("Acme GmbH"), medium without.</summary>
    private static (SlotReading Reading, int Start, int End)? Company(string part, FoldedText folded)
    {
        for (var from = 0; from < folded.Count; from++)
        {
            var (cue, length) = folded.Find(CompanyCues, from);
            if (cue < 0 || cue + length >= folded.Count)
            {
                break;
            }

            from = cue;
            if (folded[cue].Text is "with" or "mit" && cue > 0 && IntegrationVerb(folded[cue - 1].Text))
            {
                // "does it integrate with HubSpot?", "funktioniert das mit Salesforce": a product to connect, no company
                continue;
            }

            if (folded[cue].Text is "with" or "bei" or "beim" && cue > 0 && HelpNouns.Contains(folded[cue - 1].Text) &&
                !CompanyReader.HasLegalForm(part, folded[cue + length].Start))
            {
                // "Unterstützung bei der Lead-Qualifizierung", "help with Lead Scoring": what the help is wanted with is the
                // task, no house the writer works at
                continue;
            }

            if (folded[cue].Text == "of" && (!(cue > 0 && (LooksLikeTitle(part, folded[cue - 1]) ||
                folded[cue - 1].Text is "founder" or "owner" or "head" or "director" or "president" or "cofounder")) ||
                Discipline.IsDepartmentWord(folded[cue + length].Text)))
            {
                // "of" names a company only after a title ("CEO of Initech"), not in "end of March"
                continue;
            }

            if (folded[cue].Text is "der" or "des" && length == 1 && !(cue > 0 && GenitiveTitles.Contains(folded[cue - 1].Text)))
            {
                // "Geschäftsführer der Brandt & Partner Steuerberater": the genitive after a title that heads something is
                // the German "of"; elsewhere "der" is only an article ("der Chef")
                continue;
            }

            if (cue > 0 && CompanyReader.JoinedByAmpersand(part, folded, cue - 1))
            {
                // "from AT&T": a word joined to the one before it by an ampersand is part of a name, no cue of its own
                continue;
            }

            var first = folded[cue + length];
            if (!char.IsUpper(part[first.Start]) || NameCommonWords.Contains(first.Text) && !CompanyReader.JoinedByAmpersand(part, folded, cue + length))
            {
                continue;
            }

            if (folded[cue + length - 1].Text is "the" or "beim" or "das" or "den" && (IsPlace(first.Text) || Discipline.IsDepartmentWord(first.Text)))
            {
                // "from the Netherlands", "from the Sales team", "arbeite beim Vertrieb von …": a country or a department
                // after the article, no house
                continue;
            }

            if (first.Text is "herrn" or "herr" or "frau" or "mr" or "mrs" or "ms")
            {
                // "im Auftrag von Herrn Dr. Seidel": a salutation after "von"/"from" names a person, never a company
                continue;
            }

            if (CompanyReader.FindLegalForm(part, first.Start) is { } legal && legal.Start > first.Start &&
                part.AsSpan(first.Start, legal.Start - first.Start).IndexOfAny(',', ';') >= 0)
            {
                continue;
            }

            var sub = FoldedText.Of(part[first.Start..]);
            // (the words of a legal form, "Sp. z o.o.", "GmbH & Co. KG", do not count towards the name's length)
            if (CompanyReader.Extract(part[first.Start..], sub, 0, requireCue: false) is not { } found ||
                (found.HasLegalForm && CompanyReader.FindLegalForm(found.Name, 0) is { Start: var formStart } ? FoldedText.Of(found.Name[..formStart]).Count : found.Words) > 5)
            {
                continue;
            }

            if (!found.HasLegalForm && FoldedText.Of(found.Name) is { Count: >= 2 } said &&
                said.Words.Select((w, k) => (w, k)).Skip(1).Any(x => char.IsLower(found.Name[x.w.Start]) && (CommonWords.SentenceWords.Contains(x.w.Text) || PassiveVerbs.Contains(x.w.Text)) &&
                                                                     !ParticleInName(found.Name, said, x.k)) ||
                !found.HasLegalForm && FoldedText.Of(found.Name) is { Count: >= 2 } verbal && char.IsLower(found.Name[verbal[^1].Start]) &&
                Array.IndexOf(SeparablePrefixes, verbal[^1].Text) >= 0 && part[(first.Start + found.End)..].Trim().TrimEnd('.', '!', ';').Length == 0)
            {
                // "Fördermittel vom Kirchenkreis sind beantragt": a verb after the words says they are part of a sentence
                // about someone else (a funder, a supplier), not where the writer works; so does the particle of a verb
                // ending the clause ("ich bereite die Entscheidung für die Leitung vor")
                continue;
            }

            if (folded[cue].Text == "of" && FoldedText.Of(found.Name) is { Count: >= 3 } unit &&
                Enumerable.Range(1, unit.Count - 2).Any(k => unit[k].Text is "at" or "bei" && char.IsUpper(found.Name[unit[k + 1].Start])))
            {
                // "Head of RevOps at Cartwheel": the unit a title heads, then the firm after "at", which the next cue reads
                continue;
            }

            if (folded[cue].Text == "from" && length == 1 && !found.HasLegalForm && FoldedText.Of(found.Name) is { Count: 1 or 2 } town &&
                (town.Count == 1 || town[1].Text is "here" or "hier") && (IsPlace(town[0].Text) || Towns.Contains(town[0].Text)))
            {
                // "Jens Albers from Leipzig", "… from Bottrop here": a town alone after "from" is where the writer is, not
                // a house to offer ("here" says who is writing)
                continue;
            }

            var start = first.Start + found.Start;
            var end = first.Start + found.End;
            var foundName = found.Name;
            if (FoldedText.Of(part[start..end]) is { Count: >= 2 } own && own[^1].Text is "here" or "hier" && !found.HasLegalForm &&
                FoldedText.Of(foundName) is { Count: >= 2 } ownName && ownName[^1].Text == own[^1].Text)
            {
                // "Jake from Summit Roofing here": "here" says who is writing, no part of the company
                end = start + own[^2].End;
                foundName = foundName[..ownName[^2].End];
            }

            if (folded[cue + length - 1].Text == "den" && FoldedText.Of(foundName) is { Count: > 0 } named && named[0].Text.EndsWith("en", StringComparison.Ordinal) &&
                CompanyWords.Contains(named[0].Text[..^1]))
            {
                // "von den Stadtwerken Bielefeld": a company's plural word after "den" is in the dative; the name is said in
                // its own form ("Stadtwerke Bielefeld")
                foundName = foundName.Remove(named[0].End - 1, 1);
            }

            var inflected = false;
            if (folded[cue + length - 1].Text == "der" && FoldedText.Of(foundName) is { Count: >= 2 } adjective && InflectedAdjective(adjective[0].Text) &&
                char.IsUpper(foundName[adjective[1].Start]) && foundName[adjective[0].End - 1] == 'n')
            {
                // "von der Deutschen Schule", "bei der Evangelischen Stiftung": an adjective opening the name is inflected
                // after "der"; the name is said in its own form ("Deutsche Schule"), confirmed without a legal form, as
                // the form is a guess
                foundName = foundName.Remove(adjective[0].End - 1, 1);
                inflected = true;
            }

            // "Company: Hill & Co" on a line of its own: the label says what it is
            var labelled = cue == 0 && folded[cue].Text is "company" or "firma" or "unternehmen" or "firmenname" &&
                           part.AsSpan(folded[cue].End, first.Start - folded[cue].End).Trim().SequenceEqual(":");
            var confidence = found.HasLegalForm || labelled ? Confidence.High : Confidence.Medium;
            if (!found.HasLegalForm && folded[cue].Text == "of" && FoldedText.Of(foundName) is { Count: > 0 } ofWords &&
                (Discipline.IsDepartmentWord(ofWords[^1].Text) || cue > 0 && folded[cue - 1].Text == "head"))
            {
                // "Director of Revenue Ops", "Head of Sales Operations": words ending in a department's after a title name
                // the department the writer leads, as often as the company; confirmed, and any other company said wins.
                // A head heads a unit of a firm whatever its words ("Head of CRM Platforms"), so the same holds after "head of".
                return (new SlotReading(QuestionSteps.Company, foundName, Confidence.Medium, part[start..end]) { Hint = ReadingHints.Ambiguous }, start, end);
            }

            if (confidence == Confidence.Medium && folded[cue].Text is not ("with" or "mit") && part[start..end].Split(' ') is var spelled && spelled.All(w => w.Length == 0 || !char.IsLower(w[0]) || w is "am" or "do" or "y" or "e") &&
                !char.IsLower(spelled[^1].FirstOrDefault()) &&
                (PlainlyCompany(FoldedText.Of(found.Name), anyWord: length == 1 && folded[cue].Text is "der" or "des" || folded.Words.Skip(cue).Take(length).Any(w => w.Text is "at" or "of" or "firma" or "company" or "company's" or "unternehmen" or "firmenname") || folded.MatchesAt(cue, ["i", "work"])) ||
                 TownThenFirm(found.Name)))
            {
                // "GF bei Holzbau Ebner", "VP Sales at Northwind", "Sarah from Greenfield Solar": a company named after a word
                // that says where the writer works is sure, also with an "am"/"do" (as above) or the "y"/"e" of "Viajes Sol
                // y Mar", "Rossi e Figli" between its capitals; after "from"/"von"/"bei" only with two words or more, as one
                // word there is as often a city or a word like "Bedarf"
                confidence = Confidence.High;
            }

            if (inflected && !found.HasLegalForm || confidence == Confidence.High && !found.HasLegalForm && PlainBodyBeforeTown(foundName, part, end))
            {
                return (new SlotReading(QuestionSteps.Company, foundName, Confidence.Medium, part[start..end]) { Hint = ReadingHints.Ambiguous }, start, end);
            }

            if (found.HasLegalForm && folded[cue].Text is "von" or "vom" or "van" && FirmKindBefore(part, folded, cue) is var kindAt && kindAt >= 0)
            {
                // "Verlagsgruppe von der Heyde GmbH", "Logistics Group von Essen Ltd": after the words of a firm's kind that
                // open their line or clause the particle is part of the firm's name (a surname with "von der"), not where
                // the writer comes from ("Peter Klein von der Klein GmbH" is a name, then the firm)
                start = folded[kindAt].Start;
                foundName = part[start..first.Start] + foundName;
            }

            return (new SlotReading(QuestionSteps.Company, foundName, confidence, part[start..end]), start, end);
        }

        if (HeadTitleThenCompany(part, folded) is { } headed)
        {
            // "Inhaber KFZ Schulze", "(Geschäftsführerin Brandt Immobilien)": the title of who heads or owns the firm, then
            // its name as the rest of the clause, like "Inhaber der …"
            return headed;
        }

        if (UnitThenCompany(part, folded) is { } inUnit)
        {
            // "Einkauf Franke Automotive, …": the unit the writer works in, then the firm named with a word of its trade
            return inUnit;
        }

        // no cue, but a legal form: the capitalized words right before it ("GF der Müller GmbH")
        if (CompanyReader.FindLegalForm(part, 0) is { } form)
        {
            var k = -1;
            for (var i = 0; i < folded.Count; i++)
            {
                if (folded[i].Start >= form.Start)
                {
                    k = i;
                    break;
                }
            }

            // a title inside the name ("Gemeinschaftspraxis Dres. Weber & Schmitt GbR") is no word of its own
            var firstWord = k;
            // "Müller Garten- und Landschaftsbau GmbH": the "und" after a hyphen that leaves a compound's end to the next word
            // joins the two within the name
            while (firstWord > 0 && k - firstWord - Enumerable.Range(firstWord, k - firstWord).Count(t => folded[t].Text is "dr" or "dres" or "prof" || CompanyReader.SuspendedCompound(part, folded, t)) < 3 &&
                   (char.IsUpper(part[folded[firstWord - 1].Start]) || CompanyReader.SuspendedCompound(part, folded, firstWord - 1) ||
                    FoundingYear(part, folded, firstWord - 1)) && !folded[firstWord].AfterBreak &&
                   (!NameCommonWords.Contains(folded[firstWord - 1].Text) || part[folded[firstWord - 1].End] == '-' || AfterAmpersand(part, folded, firstWord - 1) ||
                    FieldAcronymInName(part, folded, firstWord - 1) || firstWord < k && FieldAcronymInName(part, folded, firstWord) && !folded[firstWord].AfterBreak) &&
                   !(LooksLikeTitle(part, folded[firstWord - 1]) && TitleAcronym(folded[firstWord - 1].Text) && !FieldAcronymInName(part, folded, firstWord - 1)) &&
                   !IsHeadTitle(folded[firstWord - 1].Text))
            {
                firstWord--;
            }

            var particleAt = firstWord;
            while (particleAt > 0 && particleAt > firstWord - 2 && char.IsLower(part[folded[particleAt - 1].Start]) && SurnameParticleWord(folded[particleAt - 1].Text))
            {
                particleAt--;
            }

            if (particleAt < firstWord && firstWord < k && FirmKindBefore(part, folded, particleAt) is >= 0 and var kindFirst)
            {
                // "Brewery van den Bosch Ltd": the particles of a surname after the words of a firm's kind opening the clause
                // are inside the firm's name, which is read whole, not from the surname on
                firstWord = kindFirst;
            }

            if (k > 0 && WholeClauseFirm(part, folded, k) is >= 0 and var wholeFirst && wholeFirst < firstWord)
            {
                // "Akademie Rhein-Main für Weiterbildung GmbH", "Shakti Lotus Precision Castings Pvt. Ltd.": a clause that
                // is nothing but the firm keeps all its words, also a joining "für"/"of" after the word of its kind
                firstWord = wholeFirst;
            }

            if (k > 0 && firstWord < k)
            {
                var start = folded[firstWord].Start;
                // "Hughes & Co. Solicitors": a trade after "& Co." is still the name
                var stop = CompanyReader.PartnershipGoesOn(part, folded, k, form.End) is { } trade ? folded[trade].End : form.End;
                var name = part[start..stop];
                return (new SlotReading(QuestionSteps.Company, name, Confidence.High, name), start, stop);
            }
        }

        return null;
    }

    /// <summary>"TSV 1887 Hinterdorf e.V.", "SV 05 Lindau": the year a club was founded, between its capitalized short form
    /// and its place, is a word of its name.</summary>
    private static bool FoundingYear(string part, FoldedText folded, int i) =>
        folded[i].IsNumber && folded[i].Text.Length is 2 or 4 && folded[i].Text.All(char.IsAsciiDigit) && i > 0 && !folded[i].AfterBreak &&
        char.IsUpper(part[folded[i - 1].Start]) && part.AsSpan(folded[i - 1].End, folded[i].Start - folded[i - 1].End) is " " &&
        part.AsSpan(folded[i].End, folded[i + 1].Start - folded[i].End) is " ";

    // Small words that join a firm's kind to its field inside a name ("Gesellschaft für Arbeitsschutz", "Bank of Ireland").
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "fuer", "for", "of", "und", "and", "de", "du", "des", "der", "di", "la" };

    // Small words that join a house's kind to the place it is named by ("Gasthof zur Post", "Hotel am See").
    private static readonly HashSet<string> PlaceJoiners = new(StringComparer.Ordinal) { "am", "im", "zum", "zur", "an", "auf", "in", "unter", "vom", "beim" };

    /// <summary>How many words of a small joining word of a house's name ("am", "zur", "an der") begin at word
    /// <paramref name="i"/>, before a capitalized word ahead of word <paramref name="end"/>; 0 when none.</summary>
    private static int HouseJoinerAt(string part, FoldedText folded, int i, int end)
    {
        var w = folded[i];
        if (i == 0 || !char.IsLower(part[w.Start]) || !PlaceJoiners.Contains(w.Text) || w.AfterBreak)
        {
            return 0;
        }

        var article = w.Text is "an" or "auf" or "in" or "unter" && i + 2 < end && folded[i + 1].Text is "der" or "dem" or "den" && char.IsLower(part[folded[i + 1].Start]) ? 1 : 0;
        return i + article + 1 < end && char.IsUpper(part[folded[i + article + 1].Start]) ? article + 1 : 0;
    }

    // Houses that are named by where they stand or by an old sign ("Gasthof zur Post", "Pension am Bach").
    private static readonly HashSet<string> HouseKinds = new(StringComparer.Ordinal)
    {
        "gasthof", "landgasthof", "gasthaus", "gaststaette", "wirtshaus", "brauhaus", "pension", "gaestehaus", "hotel", "inn",
        "restaurant", "cafe", "apotheke", "baeckerei",
        // a house that sells or serves, not a surname on "-haus" ("Systemhaus Kessler", "Autohaus Kröger")
        "systemhaus", "autohaus", "kaufhaus", "modehaus", "moebelhaus", "sanitaetshaus", "musikhaus", "schuhhaus", "bettenhaus",
        "weinhaus", "druckhaus", "farbenhaus",
    };

    // Words for an institution named by what it is for ("Akademie für …", "Institute of …"), beside the kinds of business.
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "akademie", "academy", "gesellschaft", "society", "institut", "institute", "zentrum", "center", "centre", "verband",
        "association", "kammer", "verein", "bund", "werkstaetten", "werke",
    };

    /// <summary>The first word of a clause that is nothing but a firm's name up to its legal form at word
    /// <paramref name="k"/>: capitalized words from the clause's start (four to seven; or with a small joining word after
    /// the word of an institution's or business's kind), none a title, a greeting or a word of a sentence; -1 otherwise.</summary>
    private static int WholeClauseFirm(string part, FoldedText folded, int k)
    {
        if (k is < 2 or > 7 || folded.Words.Take(k).Any(w => w.AfterBreak) || !char.IsUpper(part[folded[0].Start]) ||
            part.AsSpan(0, folded[0].Start).Trim().Length > 0)
        {
            return -1;
        }

        var joined = false;
        var kind = false;
        for (var i = 0; i < k; i++)
        {
            var w = folded[i];
            if (char.IsLower(part[w.Start]) && NameJoiners.Contains(w.Text) && i > 0 && i < k - 1 && kind && char.IsUpper(part[folded[i + 1].Start]))
            {
                joined = true;
                continue;
            }

            // "Hotel Residenz am Park GmbH", "Gasthaus an der Post GmbH": a house named by where it stands, after the word
            // of its kind
            if (kind && HouseJoinerAt(part, folded, i, k) is > 0 and var joiner)
            {
                joined = true;
                i += joiner - 1;
                continue;
            }

            if (!char.IsUpper(part[w.Start]) && !char.IsDigit(part[w.Start]) || NameCommonWords.Contains(w.Text) || JobWords.Contains(w.Text) ||
                TitleWords.Any(t => t.Length == 1 && t[0] == w.Text) || Greetings.Any(g => g.Length == 1 && g[0] == w.Text) || IsPlace(w.Text) && i == 0)
            {
                return -1;
            }

            kind |= InstitutionWords.Contains(w.Text) || HouseKinds.Contains(w.Text) || CompanyReader.IsBusinessKind(w.Text);
        }

        return joined || k >= 4 ? 0 : -1;
    }

    /// <summary>"Weingut am Elbhang", "Quinta do Vale Verde": a German "am" or a Portuguese "do" between two capitalized
    /// words of a name is part of it, not the English "am"/"do" of a sentence; never before a time ("Acme am Montag").</summary>
    private static bool ParticleInName(string name, FoldedText words, int at) =>
        words[at].Text is "am" or "do" && at + 1 < words.Count && !words[at + 1].AfterBreak && !words[at].AfterBreak &&
        char.IsUpper(name[words[at - 1].Start]) && char.IsUpper(name[words[at + 1].Start]) && !TimeNames.Contains(words[at + 1].Text);

    // Verbs of a sentence about what someone else did or does ("… wurde genehmigt", "… zahlt").
    private static readonly HashSet<string> PassiveVerbs = new(StringComparer.Ordinal)
    {
        "wurde", "wurden", "wird", "werden", "hatte", "hatten", "gibt", "gab", "zahlt", "bezahlt", "beantragt", "genehmigt",
        "gefoerdert", "finanziert", "bewilligt",
    };

    // Adjectives that open names of institutions and firms ("Deutsche Bank", "Freie Schule", "Neue Apotheke").
    private static readonly HashSet<string> NameAdjectives = new(StringComparer.Ordinal)
    {
        "deutschen", "freien", "neuen", "alten", "grossen", "kleinen", "ersten", "vereinigten", "roten", "gruenen", "blauen",
        "weissen", "goldenen", "oberen", "unteren", "hohen",
    };

    /// <summary>Whether a word is an adjective inflected after "der" ("Deutschen", "Norddeutschen", "Evangelischen", "Städtischen").</summary>
    internal static bool InflectedAdjective(string folded) =>
        NameAdjectives.Contains(folded) || folded.Length > 7 && (folded.EndsWith("ischen", StringComparison.Ordinal) || folded.EndsWith("lichen", StringComparison.Ordinal) ||
                                                         folded.EndsWith("deutschen", StringComparison.Ordinal));

    private static bool IntegrationVerb(string w) =>
        w.StartsWith("integrat", StringComparison.Ordinal) || w.StartsWith("connect", StringComparison.Ordinal) || w.StartsWith("sync", StringComparison.Ordinal) ||
        w.StartsWith("verbind", StringComparison.Ordinal) || w.StartsWith("integrier", StringComparison.Ordinal) || w.StartsWith("anbind", StringComparison.Ordinal) ||
        w is "work" or "works" or "working" or "compatible" or "kompatibel" or "funktioniert" or "geht" or "laeuft" or "talk" or "talks" or "plug" or "link";

    private static string Mask(string text, IEnumerable<(int Start, int End)> spans)
    {
        var chars = text.ToCharArray();
        var any = false;
        foreach (var (s, e) in spans)
        {
            for (var i = s; i < e; i++)
            {
                chars[i] = ' ';
            }

            any = true;
        }

        return any ? new string(chars) : text;
    }

    /// <summary>Whether the dash at <paramref name="dash"/> stands between the end of one amount (a digit, a "k" after
    /// one, a currency sign) and the start of another (a digit, or a currency sign before one), spaces aside.</summary>
    private static bool SpacedHyphen(string text, int at) =>
        at > 0 && text[at - 1] == ' ' && at + 1 < text.Length && text[at + 1] == ' ' && !DashBetweenAmounts(text, at);

    private static bool DashBetweenAmounts(string text, int dash)
    {
        var b = dash - 1;
        while (b >= 0 && text[b] == ' ')
        {
            b--;
        }

        var a = dash + 1;
        while (a < text.Length && text[a] == ' ')
        {
            a++;
        }

        if (b < 0 || a >= text.Length)
        {
            return false;
        }

        var before = text[b];
        var endsAmount = char.IsAsciiDigit(before) || before is '€' or '$' or '£'
            || (before is 'k' or 'K' && b > 0 && char.IsAsciiDigit(text[b - 1]));
        var startsAmount = char.IsAsciiDigit(text[a])
            || (text[a] is '€' or '$' or '£' && a + 1 < text.Length && char.IsAsciiDigit(text[a + 1]));
        return endsAmount && startsAmount;
    }

    /// <summary>Whether the bracket open before a clause ending at <paramref name="end"/> closes there or after more
    /// clauses, before another one opens.</summary>
    private static bool ClosesLater(string text, int end)
    {
        var close = text.IndexOf(')', end);
        var open = text.IndexOf('(', end);
        return close >= 0 && (open < 0 || open > close);
    }

    /// <summary>Clauses: split at ",", ";", line breaks, "!", "?", and at ". " before a capital letter (not inside numbers
    /// like "20,000" or abbreviations like "ca. 20k").</summary>
    private static IEnumerable<Clause> Clauses(string text)
    {
        // "Tom Reeves - Reeves Carpentry - tom@…": hyphens typed with a space on both sides, twice or more, part a list of
        // fields as dashes do; a single one may join an aside ("soon - say mid January"), and "Müller-Lüdenscheidt",
        // "555-0187" keep theirs
        var hyphenList = false;
        for (int i = text.IndexOf(" - ", StringComparison.Ordinal), seen = 0; i >= 0 && !hyphenList; i = text.IndexOf(" - ", i + 2, StringComparison.Ordinal))
        {
            hyphenList = SpacedHyphen(text, i + 1) && ++seen >= 2;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // a dash between two amounts joins a range ("20–40 T€", "£20,000–£30,000", "20 – 30k"), never two clauses
            var split = c is ';' or '\n' or '!' or '?' or '|' or '(' or ')'
                || (c is '—' or '–' && !DashBetweenAmounts(text, i))
                || (c == '-' && hyphenList && SpacedHyphen(text, i))
                || (c == '/' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
                || (c == ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) && !InfinitiveAfter(text, i))
                || (c == '.' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || SentenceInSmallLetters(text, i)) && !IsAbbreviation(text, i) && !InsideLegalForm(text, i))
                || (c == '.' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsAsciiDigit(text[i + 2]) || text[i + 2] is '~' or '$' or '€' or '£') && CapitalsBefore(text, i))
                || IsPictograph(text, i);
            if (split)
            {
                if (i > start)
                {
                    yield return new Clause(start, i);
                }

                // an emoji above the first plane takes two chars
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return new Clause(start, text.Length);
        }
    }

    /// <summary>"Jess here from Sunshine Coast Travel 🌴 keen to …": an emoji or pictograph set between words ends what was
    /// said before it as a comma would; no firm's or person's name runs on through one.</summary>
    private static bool IsPictograph(string text, int i)
    {
        var c = text[i];
        return c is >= '\u2600' and <= '\u27BF' ||
               char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.OtherSymbol;
    }

    /// <summary>"mein Chef hat mich gebeten, mich über Ihre Software zu informieren": a German infinitive with "zu" after a
    /// comma and a verb of asking someone completes the clause before it (the errand is said in the two together).</summary>
    private static bool InfinitiveAfter(string text, int comma)
    {
        // the verb first, without folding: most commas follow no verb of asking
        var before = text.AsSpan(0, comma).TrimEnd();
        var verb = before[(before.LastIndexOfAny(" ,;\n") + 1)..];
        if (verb.Length is < 3 or > 11 || !AskingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(verb))
        {
            return false;
        }

        var rest = text.AsSpan(comma + 1);
        var end = rest.IndexOfAny(",;\n!?|—–()");
        var sentence = rest.IndexOf(". ", StringComparison.Ordinal);
        end = end < 0 ? sentence : sentence < 0 ? end : Math.Min(end, sentence);
        var words = FoldedText.Of(end < 0 ? text[(comma + 1)..] : text.Substring(comma + 1, end));
        return words.Count >= 2 && (words[^2].Text == "zu" || SeparableInfinitive(words[^1].Text));
    }

    /// <summary>Verbs of asking or telling someone to do something ("hat mich gebeten, …"), after which the infinitive says
    /// what.</summary>
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "gebeten", "beauftragt", "gesagt", "aufgetragen", "angewiesen", "bittet", "beauftragte", "bat", "soll", "sollte", "sollen",
    };

    /// <summary>Whether words that say what someone does stand before word <paramref name="at"/> ("ops manager at", "im
    /// Vertrieb bei"), not only "I'm", "ich bin" ("I'm at home", "bin bei der Arbeit" name no employer).</summary>
    private static bool JobBefore(FoldedText folded, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (folded[i].Text is not ("i'm" or "im" or "i" or "am" or "ich" or "bin" or "we" or "we're" or "were" or "wir" or "sind" or "is" or
                "it's" or "its" or "und" or "and" or "also" or "auch" or "gerade" or "grad" or "currently" or "still" or "noch" or "jetzt" or "now"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"anzusehen", "einzuführen", "umzusetzen": the "zu" of an infinitive inside a verb with a separable prefix.</summary>
    private static bool SeparableInfinitive(string word)
    {
        foreach (var prefix in SeparablePrefixes)
        {
            if (word.Length > prefix.Length + 4 && word.StartsWith(prefix, StringComparison.Ordinal) &&
                string.CompareOrdinal(word, prefix.Length, "zu", 0, 2) == 0 && word.EndsWith('n'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SeparablePrefixes = ["an", "auf", "aus", "ein", "mit", "vor", "nach", "durch", "um", "ab", "zurueck", "weiter", "los", "fest", "her", "hin", "zusammen", "vorbei"];

    /// <summary>"no company. just browsing", "bright solutions ltd. we need …": a full stop after a word of two letters or more
    /// and before a word in small letters ends a sentence typed in small letters (an initial, "k. becker", does not); so
    /// does one before a currency sign ("Salesforce integration. $40k/yr.").</summary>
    private static bool SentenceInSmallLetters(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        // "PolarSoft sp. z o.o.": the full stop inside a legal form ends nothing
        return dot - j > 2 && (j < 0 || text[j] is ' ' or ',' or '\n') && (char.IsLower(text[dot + 2]) || text[dot + 2] is '$' or '€' or '£') &&
               !MonthAbbreviations.Contains(text.AsSpan(j + 1, dot - j - 1).ToString()) &&
               !(CompanyReader.LegalFormAt(text, j + 1) is { } form && j + 1 + form > dot + 1);
    }

    // "start jan. oder feb.": a month's short form before a small letter goes on with the same start
    private static readonly HashSet<string> MonthAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec",
    };

    /// <summary>"I decide with our VP. ~$40-60k": a word in capitals ends its sentence before an amount; the short forms
    /// that run on into a number ("ca. 20k", "Nr. 5", "Tel. 0211 …") are written in small letters.</summary>
    private static bool CapitalsBefore(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && char.IsAsciiLetterUpper(text[j]))
        {
            j--;
        }

        return dot - j > 2 && (j < 0 || text[j] is ' ' or ',' or '\n');
    }

    /// <summary>"SunHarvest Solar Pte. Ltd.", "Jugendhilfe e. V.": a full stop inside a legal form that starts with the word
    /// before it ends no sentence, whatever letter follows.</summary>
    private static bool InsideLegalForm(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        return j + 1 < dot && CompanyReader.LegalFormAt(text, j + 1) is { } form && j + 1 + form > dot + 1;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        var word = text[(j + 1)..dot].ToLowerInvariant();
        return word is "ca" or "dr" or "dres" or "prof" or "co" or "tsd" or "mio" or "mrd" or "nr" or "z" or "b" or "bzw" or "inkl" or "max" or "min" or "evtl" or "mr" or "mrs" or "ms" or "st" or "str" or "fa" or "fma" ||
               // "der Ev. Kirchengemeinde": a church's short form, capitalized, opens a name
               word is "ev" or "evang" or "kath" && char.IsUpper(text[j + 1]) ||
               // degrees before a name ("Vermessungsbüro Dipl.-Ing. Hartmann", "Mag. Eva Höfler"), capitalized
               word is "dipl" or "ing" or "habil" or "med" or "jur" or "rer" or "nat" || word is "kfm" or "mag" && char.IsUpper(text[j + 1]) ||
               // "Shree Ganesh Autoparts Pvt. Ltd.": the first half of the Indian legal form, the second follows
               word == "pvt" && text.AsSpan(dot + 1).TrimStart().StartsWith("ltd", StringComparison.OrdinalIgnoreCase) ||
               // "2.000 € p. Mon.", "20k p. a.": the short "per" after an amount, the period follows
               word == "p" && text.AsSpan(0, j + 1).TrimEnd() is [.., var before] && (char.IsAsciiDigit(before) || before is '€' or '$' or '£' or 'k' or 'K');
    }
}
