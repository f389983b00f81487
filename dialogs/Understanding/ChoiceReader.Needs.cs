using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The need in the prospect's own words: what a description of their work, customers or systems says about the
/// configured needs (read by <see cref="ReadChoice"/> when the question is the need).
/// </summary>
internal static partial class ChoiceReader
{
    /// <summary>When the answer has several sentences and one without the words read names another configured need (sure
    /// or confirmed), the need of the sentence that comes first, confirmed; otherwise null.</summary>
    private static SlotReading? OtherSentenceNeed(string text, SlotReading reading, string readKey, IReadOnlyList<AnswerChoice> choices, string language)
    {
        if (string.IsNullOrEmpty(reading.Evidence) || text.IndexOf(reading.Evidence, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return null;
        }

        // "z.B." and "ca." end no sentence here: a sentence needs three words of its own, a shorter piece joins the one before
        var sentences = new List<(int Start, int End)>();
        foreach (var (start, end) in Discipline.SentencesOf(text))
        {
            if (FoldedText.Of(text[start..end]).Count >= 3 || sentences.Count == 0)
            {
                sentences.Add((start, end));
            }
            else
            {
                sentences[^1] = (sentences[^1].Start, end);
            }
        }

        // "Informieren. Nee doch, Leads.": a need taken back in the next sentence is no second need
        if (sentences.Count < 2 || FoldedText.Of(text).Contains(NeedTakenBack))
        {
            return null;
        }

        foreach (var (start, end) in sentences)
        {
            if (at >= start && at < end)
            {
                // the sentence read comes first: its need is the one offered
                return sentences.Any(s => !(at >= s.Start && at < s.End) && OtherNeedIn(text[s.Start..s.End], readKey, choices, language) is not null)
                    ? reading with { Confidence = Confidence.Medium, Evidence = text.Trim(), Hint = ReadingHints.Ambiguous }
                    : null;
            }

            if (OtherNeedIn(text[start..end], readKey, choices, language) is { } earlier)
            {
                return earlier with { Confidence = Confidence.Medium, Evidence = text.Trim(), Hint = ReadingHints.Ambiguous };
            }
        }

        return null;
    }

    // Words that take back what went before ("nee doch", "well actually"); a need put off ("maybe CRM stuff later") is a
    // deferral.
    private static readonly string[][] NeedTakenBack = Phrases.Of(
        "nee doch", "nein doch", "doch nicht", "bzw", "beziehungsweise", "actually", "well", "i mean", "ich meine");

    /// <summary>Another need than the one read, in a sentence that neither hedges it nor puts it off, or null.</summary>
    private static SlotReading? OtherNeedIn(string sentence, string readKey, IReadOnlyList<AnswerChoice> choices, string language) =>
        FoldedText.Of(sentence) is var words && !words.Contains(Hedges) && !words.Contains(Deferral) &&
        ReadOwnLanguage(QuestionSteps.Need, sentence, choices, language, acceptOwnWords: true, allowIndex: false) is
            { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: { } key } } other && key != readKey && other.Hint != ReadingHints.Hedged
            ? other
            : null;

    // Chasing work: following up and reminding ("follow-ups", "nachfassen", "Erinnerungen", "reminders").
    private static readonly string[] FollowUpStems = ["follow", "nachfass", "nachhak", "reminder", "erinnerung"];

    /// <summary>Chasing work named as an item of its own: after a comma or dash, or joined by "and"/"und"/"plus" ("booth
    /// sales, follow-ups, reminders"); "struggle to follow up with leads" is how the leads are handled, no item.</summary>
    private static bool ChasingItem(FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (FollowUpStems.Any(st => folded[i].Text.StartsWith(st, StringComparison.Ordinal)) &&
                (folded[i].AfterBreak || folded[i - 1].Text is "and" or "und" or "plus" or "sowie"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ConnectedSystems = new(StringComparer.Ordinal)
    {
        "erp", "warenwirtschaft", "quickbooks", "xero", "datev", "lexoffice", "sevdesk",
    };

    /// <summary>Whether a long answer (eight words or more) was read from at most a third of its words and the words left
    /// unread name another field than the configured needs' (recruiting, accounting, support, tickets …).</summary>
    private static bool RestElsewhere(string text, string evidence)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 8 || string.IsNullOrEmpty(evidence) || text.IndexOf(evidence, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return false;
        }

        var end = at + evidence.Length;
        var read = folded.Words.Count(w => w.Start >= at && w.End <= end);
        if (read * 3 > folded.Count)
        {
            return false;
        }

        // a system named beside the need ("mit dem ERP reden", "into xero") is the other end of a connection, no field of
        // its own
        // ("More leads for our warehouse services": what follows "for our" is what the firm sells, no field of the need)
        bool ForOurOffer(int i) => Enumerable.Range(Math.Max(0, i - 3), Math.Min(i, 3)).Any(k =>
            folded[k].Text is "for" or "fuer" && k + 1 < folded.Count && folded[k + 1].Text is "our" or "unsere" or "unser" or "unseren" or "unserer" &&
            !folded.Words.Skip(k + 1).Take(i - k - 1).Any(x => x.AfterBreak));
        return !ConnectsCrmProduct(folded) &&
               folded.Words.Select((w, i) => (w, i)).Any(p => !ForOurOffer(p.i) && !FirmOfField(folded, p.i) && p.w is var w && (w.Start < at || w.Start >= end) && !ConnectedSystems.Contains(w.Text) &&
                                     (OtherFields.Contains(w.Text) || w.Text.Contains("support", StringComparison.Ordinal) ||
                                      w.Text.Contains("ticket", StringComparison.Ordinal) || w.Text is "reklamation" or "reklamationen" or "complaints"));
    }

    // Verbs of keeping a CRM up to date by hand ("pflegen … ein", "tragen … ein", "log", "update").
    private static readonly HashSet<string> EntryVerbs = new(StringComparer.Ordinal)
    {
        "pflegen", "pflegt", "einpflegen", "eingepflegt", "tragen", "traegt", "eintragen", "eingetragen", "tippen", "eintippen",
        "log", "logs", "logging", "logged", "enter", "enters", "entering", "entered", "update", "updates", "updating", "updated",
    };

    // Words of a connection or of automation beside the CRM, which make it a need to connect.
    private static readonly HashSet<string> ConnectingWords = new(StringComparer.Ordinal)
    {
        "automatisch", "automatically", "automatic", "automate", "automatisieren", "anbinden", "angebunden", "anbindung",
        "integrieren", "integration", "integrate", "connect", "connected", "sync", "synchronisieren", "schnittstelle", "api",
        "verbinden", "verbunden", "uebertragen", "transfer", "import", "importieren", "website", "homepage", "formular", "form",
    };

    /// <summary>Whether the CRM is named only as what people keep by hand: a verb of entering or updating, with no word
    /// of a connection, an import or automation.</summary>
    private static bool EnteredByHand(FoldedText folded) =>
        folded.Words.Any(w => w.Text == "crm") && folded.Words.Any(w => EntryVerbs.Contains(w.Text)) &&
        !folded.Words.Any(w => ConnectingWords.Contains(w.Text));

    // Sales work that is automated beside the field's own words: appointments, field staff, proposals, mailings.
    private static readonly string[] SalesWorkStems =
    [
        "termin", "appointment", "meeting", "aussendienst", "innendienst", "proposal", "nachfass", "follow", "mail", "outreach",
    ];

    // Work that comes in to the firm ("Aufträge", "jobs", "orders", "Anfragen") and words of losing it on the way.
    private static readonly HashSet<string> IncomingWork = new(StringComparer.Ordinal)
    {
        "auftraege", "auftrag", "lohnauftraege", "bestellungen", "anfragen", "anfrage", "kunden", "kundschaft", "jobs", "orders", "inquiries", "enquiries",
        "customers", "clients", "leads", "deals", "requests",
    };

    private static readonly string[][] LosingWork = Phrases.Of(
        "durch die lappen", "gehen verloren", "geht verloren", "verloren", "verlieren", "entgehen", "entgeht", "slip through",
        "slips through", "slipping through", "fall through", "falls through", "falling through", "through the cracks", "we lose",
        "we're losing", "we are losing", "get lost", "gets lost", "getting lost", "untergehen", "gehen unter");

    /// <summary>"da gehen uns Aufträge durch die Lappen", "jobs slip through the cracks": work coming in named beside a word
    /// of losing it (an overview lost is no work lost).</summary>
    private static bool LosesWork(FoldedText folded) =>
        folded.Contains(LosingWork) && folded.Words.Any(w => IncomingWork.Contains(w.Text)) &&
        !folded.Words.Any(w => w.Text is "ueberblick" or "overview" or "staff" or "mitarbeiter" or "daten" or "data");

    // Appointments are sales work only beside a word of selling: a practice's or a workshop's bookings are its patients'
    // and customers' ("Terminvergabe automatisieren, die MFAs sind am Limit").
    private static bool SellsBesideBooking(FoldedText folded) =>
        folded.Words.Any(w => !w.Text.Contains("buchung", StringComparison.Ordinal) && !w.Text.Contains("booking", StringComparison.Ordinal) &&
                              Array.Exists(SellingStems, st => w.Text.Contains(st, StringComparison.Ordinal)) ||
                              w.Text.StartsWith("aussendienst", StringComparison.Ordinal) || w.Text is "leads" or "prospects" or "interessenten");

    // Words of automating, booking, scheduling and reminding, from which a need for the service crew's work is read.
    private static readonly string[] SchedulingStems = ["automat", "termin", "book", "buch", "remind", "erinner", "schedul", "dispatch", "dispo", "einsatzplan"];

    // The firm's own service crew, whose bookings and reminders are the running of the service, no selling.
    private static readonly HashSet<string> ServiceCrew = new(StringComparer.Ordinal)
    {
        "cleaners", "cleaner", "technicians", "technician", "techs", "fitters", "installers", "plumbers", "electricians",
        "crews", "crew", "drivers", "caregivers", "carers", "nurses", "therapists", "stylists", "groomers", "tutors",
        "instructors", "engineers", "kundendienst", "service", "servicetechniker", "monteure", "monteuren", "handwerker",
        "fahrer", "fahrern", "pflegekraefte", "reinigungskraefte", "putzkraefte", "techniker", "technikern", "gesellen",
    };

    /// <summary>Whether the answer names the firm's own service crew ("for our cleaners", "für unsere Monteure", "den
    /// Kundendienst"), by a word or a compound that ends in one ("Servicetechniker", "Reinigungskräfte").</summary>
    private static bool ForServiceCrew(FoldedText folded) =>
        folded.Words.Any(w => ServiceCrew.Contains(w.Text) || w.Text.EndsWith("techniker", StringComparison.Ordinal) ||
                              w.Text.EndsWith("monteure", StringComparison.Ordinal) || w.Text.EndsWith("kraefte", StringComparison.Ordinal) ||
                              w.Text.EndsWith("kundendienst", StringComparison.Ordinal));

    private static bool IsAppointment(string word) =>
        word.StartsWith("termin", StringComparison.Ordinal) || word.StartsWith("appointment", StringComparison.Ordinal);

    // Verbs of sorting or filtering, which say nothing of what is sorted ("vorsortieren", "filtern", "sort").
    private static readonly string[] SortingStems = ["vorsortier", "sortier", "aussortier", "filter", "sort"];

    // Single words that name a kind of work but not what it is done to: what they mean comes from their object.
    private static readonly HashSet<string> GenericNeedWords = new(StringComparer.Ordinal)
    {
        "automatisieren", "automatisierung", "automatisiert", "automatisch", "automate", "automation", "automated",
        "automatically", "automatic", "automating", "workflow", "workflows", "automatize", "automatise", "automatized",
        "automatised", "automatization", "automatisation",
        // the German adjective inflects ("automatische Terminerinnerungen"), the English one does not
        "automatische", "automatischen", "automatischer", "automatisches", "automatisierte", "automatisierten",
        "automatisierter", "automatisiertes",
    };

    // The team or craft a lead heads ("team lead", "tech lead") and the profession of a leading one ("lead developer").
    private static readonly HashSet<string> LeadsTeam = new(StringComparer.Ordinal)
    {
        "team", "tech", "technical", "project", "projekt", "product", "produkt", "dev", "engineering", "design", "qa", "ux",
        "it", "squad", "program", "programme", "delivery", "ops", "operations", "support", "content", "shift", "schicht",
    };

    private static readonly HashSet<string> LeadingProfession = new(StringComparer.Ordinal)
    {
        "developer", "dev", "engineer", "designer", "architect", "consultant", "analyst", "programmer", "entwickler",
        "entwicklerin", "berater", "beraterin", "manager", "generalist",
    };

    /// <summary>"lead" at <paramref name="at"/> names a person, not the leads a business wins: a job title ("team lead",
    /// "Teamlead", "lead developer", "I'm the sales lead", "als Marketing Lead") or the verb of leading people ("I lead
    /// the sales team").</summary>
    private static bool LeadAsTitleOrVerb(FoldedText folded, int at)
    {
        var word = folded[at].Text;
        if (word is not ("lead" or "leading" or "led") && !(word.EndsWith("lead", StringComparison.Ordinal) && LeadsTeam.Contains(word[..^4])))
        {
            return false;
        }

        if (word != "lead" && word.EndsWith("lead", StringComparison.Ordinal))
        {
            // "Teamlead", "Techlead"
            return true;
        }

        if (at > 0 && word == "lead" && LeadsTeam.Contains(folded[at - 1].Text) && !folded[at].AfterBreak)
        {
            return true;
        }

        if (word == "lead" && at + 1 < folded.Count && !folded[at + 1].AfterBreak &&
            (LeadingProfession.Contains(folded[at + 1].Text) || folded[at + 1].Text is "at" or "bei" && at + 2 < folded.Count && !folded[at + 2].AfterBreak &&
             char.IsUpper(folded.Original[folded[at + 2].Start])))
        {
            // "lead developer", "Marketing lead at Zeta Inc": a profession, or a post at a company
            return true;
        }

        if (at > 0 && !folded[at].AfterBreak && folded[at - 1].Text is "i" or "we" or "who")
        {
            // "I lead the sales team", "we led the rollout": leading people
            return true;
        }

        if (word != "lead")
        {
            return false;
        }

        // "I'm the sales lead", "als Marketing Lead": the writer introduces themselves as the lead, with an article and
        // one word of the field between
        var k = at - 1;
        if (k >= 0 && !folded[k + 1].AfterBreak && !TitleArticles.Contains(folded[k].Text) && !SelfAsTitle(folded, k))
        {
            k--;
        }

        while (k >= 0 && !folded[k + 1].AfterBreak && TitleArticles.Contains(folded[k].Text))
        {
            k--;
        }

        // the title ends there ("I'm the sales lead at Acme"); "im Lead-Management" goes on with the need's own words
        var titleEnds = at + 1 >= folded.Count || folded[at + 1].AfterBreak || TitleEnd.Contains(folded[at + 1].Text);
        return titleEnds && k >= 0 && !folded[k + 1].AfterBreak && SelfAsTitle(folded, k);
    }

    private static readonly HashSet<string> TitleEnd = new(StringComparer.Ordinal)
    {
        "at", "bei", "for", "fuer", "here", "hier", "and", "und", "in", "von", "of", "with", "mit", "im", "am",
    };

    private static bool SelfAsTitle(FoldedText folded, int k) =>
        folded[k].Text is "bin" or "as" or "als" or "i'm" or "im" || folded[k].Text == "am" && k > 0 && folded[k - 1].Text == "i";

    // Forgetting or dropping follow-ups ("vergessen wir ständig", "keep slipping through the cracks").
    // ("fall thru the cracks", "rutschen durch": what falls through the cracks is dropped)
    private static readonly string[] ForgettingStems = ["vergess", "vergiss", "vergass", "forget", "forgot", "slip", "untergeh", "verschlaf", "verpenn", "cracks", "durchrutsch"];

    /// <summary>"Follow-up-Mails vergessen wir ständig", "we always forget to follow up": follow-ups said to be forgotten or
    /// dropped.</summary>
    private static bool FollowUpsForgotten(FoldedText folded)
    {
        var followUp = false;
        var forgotten = false;
        foreach (var w in folded.Words)
        {
            // ("nachzufassen", "Nachverfolgung": the infinitive with "zu" inside and the noun of following up)
            followUp |= w.Text.StartsWith("follow", StringComparison.Ordinal) || w.Text.StartsWith("nachfass", StringComparison.Ordinal) ||
                        w.Text.StartsWith("nachhak", StringComparison.Ordinal) || w.Text.StartsWith("nachzufass", StringComparison.Ordinal) ||
                        w.Text.StartsWith("nachverfolg", StringComparison.Ordinal);
            // "nobody follows up", "keiner fasst nach": follow-ups nobody does are dropped too
            forgotten |= Array.Exists(ForgettingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal)) ||
                         w.Text is "nobody" or "keiner" or "niemand" or "noone";
        }

        return followUp && forgotten && !folded.HasQuestionMark;
    }

    // The people a club, school, practice or charity serves, as whole words (plural: "new patient appointments" and
    // "Mitgliederverwaltung" name no one to win), and the registrations they send, read as customers and inquiries.
    private static readonly Dictionary<string, string> CustomerWords = new(StringComparer.Ordinal)
    {
        ["mitglieder"] = "kunden", ["neumitglieder"] = "neukunden", ["teilnehmer"] = "kunden", ["teilnehmerinnen"] = "kunden",
        ["teilnehmende"] = "kunden", ["kursteilnehmer"] = "kunden", ["spender"] = "kunden", ["spenderinnen"] = "kunden",
        ["patienten"] = "kunden", ["gaeste"] = "kunden", ["mieter"] = "kunden", ["schueler"] = "kunden",
        ["anmeldungen"] = "anfragen", ["registrierungen"] = "anfragen", ["einschreibungen"] = "anfragen", ["buchungen"] = "anfragen",
        ["members"] = "customers", ["participants"] = "customers", ["attendees"] = "customers", ["donors"] = "customers",
        ["patients"] = "customers", ["guests"] = "customers", ["tenants"] = "customers", ["students"] = "customers",
        ["registrations"] = "inquiries", ["enrollments"] = "inquiries", ["enrolments"] = "inquiries", ["bookings"] = "inquiries",
        // the customers and orders of any firm in other words: "mehr Kundschaft fürs Studio", "book more consultations"
        ["kundschaft"] = "kunden", ["klienten"] = "kunden", ["klientinnen"] = "kunden", ["kundinnen"] = "kunden", ["mandanten"] = "kunden",
        ["mandantinnen"] = "kunden", ["kaeufer"] = "kunden", ["auftraege"] = "anfragen", ["buchungsanfragen"] = "anfragen",
        ["beratungstermine"] = "termine", ["beratungen"] = "termine", ["behandlungen"] = "termine", ["behandlungstermine"] = "termine",
        // a haulier's and a builder's customers in their trades' words ("neue Verlader für unsere LKW")
        ["verlader"] = "kunden", ["versender"] = "kunden", ["auftraggeber"] = "kunden", ["bauherren"] = "kunden",
        ["shippers"] = "customers",
        ["patrons"] = "customers", ["shoppers"] = "customers", ["buyers"] = "customers", ["diners"] = "customers",
        ["consultations"] = "appointments", ["consults"] = "appointments", ["treatments"] = "appointments",
        ["orders"] = "inquiries",
    };

    /// <summary>The answer with the people a club or school serves put as customers and their registrations as inquiries
    /// ("neue Mitglieder gewinnen" → "neue kunden gewinnen"); null when it names none.</summary>
    private static string? AsCustomers(FoldedText folded)
    {
        var any = false;
        var words = new string[folded.Count];
        for (var i = 0; i < folded.Count; i++)
        {
            any |= CustomerWords.TryGetValue(folded[i].Text, out var customer);
            // "mehr Direktbuchungen", "mehr Neumitglieder": a compound whose head is one of them, after a word of more
            if (customer is null && i > 0 && GainingAdjectives.Contains(folded[i - 1].Text) && !folded[i].AfterBreak &&
                CustomerWords.FirstOrDefault(c => c.Key.Length >= 6 && folded[i].Text.Length >= c.Key.Length + 3 &&
                                                  folded[i].Text.EndsWith(c.Key, StringComparison.Ordinal)) is { Key: not null } head)
            {
                customer = head.Value;
                any = true;
            }

            // "mehr Versicherungsabschlüsse", "mehr Verkäufe": more closings or sales of any kind are more orders
            if (customer is null && i > 0 && GainingAdjectives.Contains(folded[i - 1].Text) &&
                (folded[i].Text.EndsWith("abschluesse", StringComparison.Ordinal) || folded[i].Text.EndsWith("verkaeufe", StringComparison.Ordinal)))
            {
                customer = "anfragen";
                any = true;
            }

            // "Mitgliedergewinnung", "Spendergewinnung": winning a club's, school's or charity's people, written as one
            // compound, is winning customers in that trade's words
            if (customer is null && folded[i].Text.EndsWith("gewinnung", StringComparison.Ordinal) &&
                CustomerWords.TryGetValue(folded[i].Text[..^"gewinnung".Length], out var people) && people is "kunden" or "neukunden")
            {
                customer = "kundengewinnung";
                any = true;
            }

            // "need more jobs coming in from google", "more calls", "mehr Anrufe": more of a trade's jobs, calls or work
            // coming in are more orders, unless hiring is the matter ("more jobs to fill for our applicants")
            if (customer is null && i > 0 && folded[i - 1].Text is "more" or "mehr" && !folded[i].AfterBreak && MoreWorkComingIn(folded, i))
            {
                customer = folded[i - 1].Text == "mehr" ? "anfragen" : "inquiries";
                any = true;
            }

            words[i] = customer ?? folded[i].Text;
        }

        return any ? string.Join(' ', words) : null;
    }

    // A trade's orders in its own words: jobs, calls, call-outs; work and business only as coming in ("more work coming
    // in", "more business from google").
    private static readonly HashSet<string> TradeWorkWords = new(StringComparer.Ordinal)
    {
        "jobs", "calls", "callouts", "anrufe", "einsaetze",
    };

    private static readonly HashSet<string> ComingInWords = new(StringComparer.Ordinal)
    {
        "coming", "come", "in", "from", "through", "via", "online", "rein", "herein", "reinkommen", "ueber",
    };

    // Words of hiring beside "jobs", which make them positions to fill, not orders.
    private static readonly HashSet<string> HiringWords = new(StringComparer.Ordinal)
    {
        "fill", "filled", "post", "posting", "posted", "hire", "hiring", "applicants", "applicant", "candidates", "candidate",
        "vacancies", "open", "ads", "recruit", "recruiting", "besetzen", "ausschreiben", "bewerber", "stellen", "offene",
    };

    /// <summary>Whether word <paramref name="at"/> after "more"/"mehr" is a trade's incoming work ("more jobs", "more calls",
    /// "more work coming in"), with no word of hiring in the answer.</summary>
    private static bool MoreWorkComingIn(FoldedText folded, int at)
    {
        var t = folded[at].Text;
        var work = TradeWorkWords.Contains(t) ||
                   t is "work" or "business" or "arbeit" && at + 1 < folded.Count && !folded[at + 1].AfterBreak && ComingInWords.Contains(folded[at + 1].Text);
        return work && !folded.Words.Any(w => HiringWords.Contains(w.Text));
    }

    // Words of gaining someone: "more"/"new" right before the party, or a verb of winning, finding or reaching it (German
    // verbs stand after their object, at the clause's end).
    private static readonly HashSet<string> GainingAdjectives = new(StringComparer.Ordinal)
    {
        "more", "new", "mehr", "neue", "neuen", "weitere", "weiteren", "zusaetzliche", "additional",
    };

    private static readonly HashSet<string> GainingVerbs = new(StringComparer.Ordinal)
    {
        "win", "winning", "get", "getting", "find", "finding", "reach", "reaching", "gain", "gaining", "attract", "attracting",
        "acquire", "acquiring", "land", "landing", "sign", "signing", "onboard", "onboarding",
        "gewinnen", "finden", "erreichen", "akquirieren", "anwerben", "werben", "dazugewinnen",
    };

    // Parties a firm sells to or through: people and organisations that buy, resell or are served. German compounds are
    // read by their last part ("Firmenkunden", "Vertriebspartner", "Fachhändler").
    private static readonly string[] PartyEndsDe =
    [
        "kunden", "kundinnen", "haendler", "haendlern", "partner", "partnern", "kaeufer", "abnehmer", "praxen", "kliniken",
        "schulen", "apotheken", "betriebe", "unternehmen", "firmen", "mandanten", "klienten", "distributoren", "krankenhaeuser",
        "hotels", "restaurants", "kitas", "kommunen", "vereine", "nutzer", "abonnenten", "gastronomen", "filialisten",
    ];

    private static readonly HashSet<string> PartiesEn = new(StringComparer.Ordinal)
    {
        "clients", "customers", "patients", "tenants", "residents", "students", "parents", "merchants", "accounts", "clinics",
        "practices", "schools", "hospitals", "stores", "shops", "restaurants", "hotels", "venues", "companies", "businesses",
        "firms", "brands", "agencies", "pharmacies", "gyms", "salons", "studios", "labs", "universities", "colleges",
        "municipalities", "cities", "councils", "families", "households", "consumers", "users", "subscribers", "enterprises",
        "smbs", "smes", "b2b", "partners", "cafes", "bars", "dealerships", "chains", "retail", "channels",
    };

    // Words in "-ers"/"-ors" that are things or staff, never a party to win ("new printers", "find developers"), and
    // those the firm buys from ("new suppliers").
    private static readonly HashSet<string> NoParties = new(StringComparer.Ordinal)
    {
        "orders", "offers", "papers", "numbers", "letters", "printers", "servers", "computers", "containers", "folders",
        "filters", "flyers", "stickers", "others", "answers", "headers", "covers", "colors", "colours", "errors", "doors",
        "floors", "monitors", "sensors", "motors", "factors", "suppliers", "providers", "vendors", "developers", "engineers",
        "workers", "drivers", "freelancers", "contractors", "helpers", "volunteers", "teachers", "trainers", "managers",
        "lieferanten", "anbieter", "dienstleister", "mitarbeiter", "fahrer", "followers", "reminders", "markers", "posters",
        "banners", "chapters", "parameters", "counters", "layers", "users'", "hours", "dollars", "euros", "members",
    };

    /// <summary>Whether a party the firm sells to or through is a plural word of its kind ("clinics", "Firmenkunden",
    /// "distributors").</summary>
    private static bool IsParty(string word)
    {
        if (NoParties.Contains(word) || word.Length < 4)
        {
            return false;
        }

        if (PartiesEn.Contains(word) || Array.Exists(PartyEndsDe, e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        // agents in English: "distributors", "resellers", "retailers", "dealers", "wholesalers", "installers"
        return word.Length >= 6 && (word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal));
    }

    /// <summary>Whether the answer wants to gain more of a party the firm sells to or through: "more"/"new" right before
    /// it (one word may stand between: "new B2B clients"), or a verb of winning, finding or reaching within the clause
    /// a few words before it or, in German, after it. Not negated.</summary>
    private static bool GainsParties(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!IsParty(folded[i].Text))
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && k >= i - 5; k--)
            {
                if (folded[k + 1].AfterBreak || Negates(folded, k))
                {
                    break;
                }

                if (GainingAdjectives.Contains(folded[k].Text) && k >= i - 2 && !ScopeOfATask(folded, k) || GainingVerbs.Contains(folded[k].Text))
                {
                    return !IsNegated(folded, k, k);
                }
            }

            for (var k = i + 1; k < folded.Count && k <= i + 5; k++)
            {
                if (folded[k].AfterBreak)
                {
                    break;
                }

                if (folded[k].Text is "gewinnen" or "finden" or "erreichen" or "akquirieren" or "anwerben" or "werben" or "dazugewinnen")
                {
                    return !IsNegated(folded, k, k);
                }
            }
        }

        return false;
    }

    // What may follow "looking for" and still be looking around ("looking for now", "looking for ideas").
    private static readonly HashSet<string> LookingForNothing = new(StringComparer.Ordinal)
    {
        "now", "ideas", "idea", "options", "inspiration", "info", "infos", "information", "fun", "today", "myself", "the", "a", "an",
    };

    /// <summary>Whether a match that ends in "looking"/"look" goes on with "for" and a thing sought ("just looking for a
    /// scheduling tool"); "for now", "for ideas", "for the moment" stay looking around.</summary>
    private static bool LookingForSomething(FoldedText folded, int end)
    {
        if (folded[end].Text is not ("looking" or "look") || end + 2 >= folded.Count || folded[end + 1].Text != "for" || folded[end + 1].AfterBreak)
        {
            return false;
        }

        var next = folded[end + 2].Text;
        if (next is "the" or "a" or "an" && end + 3 < folded.Count && !folded[end + 3].AfterBreak)
        {
            next = folded[end + 3].Text;
            return next is not ("moment" or "time" or "while" or "bit");
        }

        return !LookingForNothing.Contains(next);
    }

    // Words that count, book or own consultations ("more", "book", "our"): the firm's appointments, no advice sought.
    private static readonly HashSet<string> CountingWords = new(StringComparer.Ordinal)
    {
        "more", "mehr", "book", "booked", "booking", "buchen", "gebucht", "fill", "fuellen", "our", "unsere", "unserer", "unseren",
        "new", "neue", "neuen", "free", "kostenlose", "kostenlosen", "get", "kriegen", "bekommen", "sell", "verkaufen", "paid",
        "bezahlte", "bezahlten", "few", "wenige", "wenig", "enough", "genug",
        // the prospect's own consulting is the firm's business ("new clients for my consulting"), no advice sought
        "my", "mein", "meine", "meiner", "meinem", "meinen", "unser", "unserem",
    };

    /// <summary>Whether a match of consulting ("consultations", "Beratung") names the firm's own consultations: plural, or
    /// with a word of counting, booking or owning them up to two words before it ("book more consultations", "unsere
    /// Beratungstermine"); the singular alone ("a consultation", "Beratung bitte") is advice sought.</summary>
    private static bool ConsultationsOfTheFirm(FoldedText folded, int start, int end)
    {
        if (start != end || !(folded[start].Text.StartsWith("consult", StringComparison.Ordinal) || folded[start].Text.StartsWith("beratung", StringComparison.Ordinal)))
        {
            return false;
        }

        var t = folded[start].Text;
        if (t is "consultations" or "beratungen" or "beratungstermine" or "beratungsgespraeche")
        {
            return true;
        }

        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            if (CountingWords.Contains(folded[i].Text))
            {
                return true;
            }
        }

        // "Termine für die Beratung sollen die Leute selber buchen können", "slots for a consultation": appointments for
        // it, or a word of booking it in its clause, make it the firm's consultation that its customers book
        for (var i = Math.Max(0, start - 3); i < start; i++)
        {
            if (IsAppointment(folded[i].Text) || folded[i].Text is "slots" or "slot")
            {
                return true;
            }
        }

        for (var i = start + 1; i < folded.Count && !folded[i].AfterBreak; i++)
        {
            if (folded[i].Text is "buchen" or "book" or "booked" or "gebucht" or "bucht" or "books")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> LosingWords = new(StringComparer.Ordinal)
    {
        "verlieren", "verliere", "verliert", "verloren", "behalten", "lose", "losing", "lost", "keep",
    };

    /// <summary>"den Überblick verlieren", "den Überblick behalten": an overview lost or to be kept, in the clause of the
    /// match ("keinen Überblick" may still be one wanted of the market).</summary>
    private static bool LostOverview(FoldedText folded, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (folded[i].Text is not ("ueberblick" or "overview"))
            {
                continue;
            }

            for (var k = i; k >= 0 && i - k <= 8; k--)
            {
                if (LosingWords.Contains(folded[k].Text))
                {
                    return true;
                }

                if (folded[k].AfterBreak)
                {
                    break;
                }
            }

            for (var k = i + 1; k < folded.Count && k - i <= 3 && !folded[k].AfterBreak; k++)
            {
                if (LosingWords.Contains(folded[k].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A prospect's readiness to buy ("ready to buy", "kaufbereit"), by phrase or by the stem of a German compound.
    private static readonly string[][] ReadyToBuy = Phrases.Of(
        "ready to buy", "ready to purchase", "ready to order", "ready to sign", "about to buy", "likely to buy", "going to buy",
        "in the market for", "buying intent", "purchase intent", "bereit zu kaufen", "bereit zum kauf", "kurz vor dem kauf",
        "kurz vorm kauf", "kaufen wollen", "kaufen moechten", "kaufen werden", "bestellen wollen");

    private static readonly string[] ReadyToBuyStems = ["kaufbereit", "kaufwillig", "kaufabsicht", "kaufinteress", "kaufsignal"];

    // The right moment to get in touch ("at the right time", "zum richtigen Zeitpunkt").
    private static readonly string[][] RightMoment = Phrases.Of(
        "right time", "right moment", "right point", "richtigen zeitpunkt", "richtige zeitpunkt", "richtigen moment", "richtige moment",
        "passenden zeitpunkt", "passenden moment", "rechtzeitig");

    // Verbs of getting in touch with a prospect, by stem ("call", "anrufen", "reach out", "ansprechen").
    private static readonly string[] ContactStems =
        ["call", "phone", "ring", "contact", "reach", "pitch", "visit", "approach", "anruf", "anzuruf", "ruf", "kontaktier", "melden", "besuch", "ansprech", "anzusprech"];

    /// <summary>"we want to know which clinics are ready to buy", "track which utilities renew … so we call at the right
    /// time", "wissen, welche Praxen kaufbereit sind": which prospects will buy, or the moment to call them.</summary>
    private static bool BuyersToKnow(FoldedText folded) =>
        folded.Contains(ReadyToBuy) || folded.Words.Any(w => Array.Exists(ReadyToBuyStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))) ||
        folded.Find(RightMoment) is { At: >= 0 } moment && !folded.Words.Take(moment.At).Any(w => CommonWords.Negations.Contains(w.Text)) &&
        Enumerable.Range(1, folded.Count - 1).Any(c => Array.Exists(ContactStems, st => folded[c].Text.StartsWith(st, StringComparison.Ordinal)) &&
            // the firm gets in touch ("so we call", "damit wir anrufen"), not its customers ("customers reach us")
            !(c + 1 < folded.Count && folded[c + 1].Text is "us" or "uns" or "me" or "mich" or "mir") &&
            folded.Words.Take(c).Any(w => w.Text is "we" or "wir" or "i" or "ich" or "our" or "unsere" or "unser" or "reps"));

    // Quotes the firm sends, as noun or verb ("who we quoted", "verschickte Angebote", "Offerten").
    private static bool IsQuoteWord(string word) =>
        word is "quote" or "quotes" or "quoted" or "quoting" or "estimates" or "proposals" or "angebot" or "angebote" or "angeboten" or "offerte" or "offerten" ||
        word.StartsWith("angebotsverfolg", StringComparison.Ordinal);

    private static readonly string[][] LosingTrack = Phrases.Of(
        "lose track", "losing track", "lost track", "loses track", "keep track", "keeping track", "track of", "ueberblick verlieren",
        "ueberblick verloren", "den ueberblick", "keinen ueberblick", "aus den augen", "vergessen", "vergessen wir", "forget", "forgotten");

    /// <summary>"we keep losing track of who we quoted", "wir verlieren den Überblick über unsere Angebote": the firm's quotes
    /// lost sight of (a quote someone asks for is an inquiry: "quote requests").</summary>
    private static bool QuotesLostTrackOf(FoldedText folded) =>
        folded.Contains(LosingTrack) &&
        folded.Words.Select((w, i) => (w, i)).Any(x => IsQuoteWord(x.w.Text) &&
            !(x.i + 1 < folded.Count && folded[x.i + 1].Text is "request" or "requests" or "anfrage" or "anfragen") &&
            !(x.i > 0 && folded[x.i - 1].Text is "request" or "requests" or "ask" or "asks" or "asking" or "for"));

    /// <summary>"Half our members forget to renew", "Verlängerungen vergessen die meisten": renewals said to be forgotten.</summary>
    private static bool RenewalsForgotten(FoldedText folded)
    {
        var renewal = false;
        var forgotten = false;
        foreach (var w in folded.Words)
        {
            renewal |= w.Text.Contains("renew", StringComparison.Ordinal) || w.Text.Contains("verlaenger", StringComparison.Ordinal);
            forgotten |= Array.Exists(ForgettingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal)) ||
                         w.Text is "nobody" or "keiner" or "niemand" or "noone";
        }

        return renewal && forgotten;
    }

    // The paperwork and checks a firm does for a customer it already has ("conflict checks", "Geldwäsche-Prüfung").
    private static readonly string[] TaskHeads =
    [
        "check", "checks", "pruefung", "pruefungen", "onboarding", "kyc", "aml", "identifizierung", "identification", "verification",
        "verifizierung", "contract", "contracts", "vertrag", "vertraege", "paperwork", "forms", "formulare", "vollmacht",
        "vollmachten", "welcome", "begruessung", "willkommensmail", "willkommensmails", "akte", "akten", "aktenanlage", "setup", "einrichtung", "invoices", "rechnungen",
    ];

    /// <summary>Whether the words at <paramref name="start"/> are new customers named as those a task before them is for:
    /// "conflict checks for new clients", "Willkommensmail für Neukunden".</summary>
    private static bool ScopeOfATask(FoldedText folded, int start)
    {
        if (start < 2 || folded[start].Text is not ("new" or "neue" or "neuen" or "neukunden" or "neumandanten") ||
            folded[start - 1].Text is not ("for" or "fuer" or "bei" or "of") || folded[start - 1].AfterBreak)
        {
            return false;
        }

        var task = folded[start - 2].Text;
        return Array.Exists(TaskHeads, h => task == h || task.Length >= h.Length + 3 && task.EndsWith(h, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> VendorPronouns = new(StringComparer.Ordinal) { "ihr", "sie", "you", "y'all", "yall", "your", "euer", "eure" };

    private static readonly HashSet<string> OfferVerbs = new(StringComparer.Ordinal)
    {
        "macht", "machen", "anbietet", "anbieten", "tut", "tun", "verkauft", "verkaufen", "do", "offer", "sell", "are", "anbietest",
        "does", "offers", "can", "kann", "koennt", "koennen", "bietet", "bieten",
    };

    // Wanting to know or see something first ("I want to know what …", "will erst mal sehen, was …").
    private static readonly string[][] WantToKnow = Phrases.Of(
        "want to know", "wanna know", "would like to know", "like to know", "want to see", "wanna see", "would like to see",
        "like to see", "want to understand", "want to find out", "need to know", "first see", "will wissen", "moechte wissen",
        "wollte wissen", "wuerde gern wissen", "wuerde gerne wissen", "will erst wissen", "moechte erst wissen", "will sehen",
        "moechte sehen", "will erst sehen", "moechte erst sehen", "erst sehen", "erstmal sehen", "erst mal sehen", "erstmal wissen",
        "erst mal wissen");

    // Words that may close a clause after the verb of what the vendor offers ("what your tool can do first").
    private static readonly HashSet<string> OfferClosers = new(StringComparer.Ordinal)
    {
        "first", "erst", "erstmal", "zuerst", "ueberhaupt", "genau", "eigentlich", "alles", "so", "even", "exactly", "really",
    };

    /// <summary>"keine Ahnung, was ihr überhaupt macht", "no idea what you guys even do", "I want to know what your tool
    /// can do first": not knowing what the vendor or its product offers, or wanting to learn it first, said as a statement
    /// (a question mark makes it a question back).</summary>
    private static bool NotKnowingTheOffer(FoldedText folded)
    {
        if (folded.HasQuestionMark || (folded.Find(Unsure) is { At: >= 0 } found ? found : folded.Find(WantToKnow)) is not { At: >= 0 } unsure)
        {
            return false;
        }

        for (var i = unsure.At + unsure.Length; i < folded.Count && i <= unsure.At + unsure.Length + 1; i++)
        {
            if (folded[i].Text is not ("was" or "what"))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && k <= i + 2; k++)
            {
                if (!VendorPronouns.Contains(folded[k].Text))
                {
                    continue;
                }

                for (var v = k + 1; v < folded.Count && v <= k + 3; v++)
                {
                    if (!OfferVerbs.Contains(folded[v].Text))
                    {
                        continue;
                    }

                    // ("what your tool can do first": the verb's other half and a word of "first" may close the clause)
                    var end = v + 1;
                    while (end < folded.Count && !folded[end].AfterBreak && (OfferVerbs.Contains(folded[end].Text) || OfferClosers.Contains(folded[end].Text)))
                    {
                        end++;
                    }

                    return end == folded.Count || folded[end].AfterBreak;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the match <paramref name="manner"/> is one adverb of automating ("automatisch", "automatically")
    /// right before words of the choice <paramref name="verbChoice"/>, in its clause (after a noun, "Leads automatisch …
    /// verteilen", the adverb goes with a later verb).</summary>
    private static bool MannerOf(FoldedText folded, string[] stems, Compiled compiled, (double Score, int Start, int End, bool Approximate) manner, int verbChoice) =>
        manner.Start == manner.End && folded[manner.Start].Text is "automatisch" or "automatically" && manner.End + 1 < folded.Count &&
        !folded[manner.End + 1].AfterBreak && compiled.Phrases.Any(p => p.Choice == verbChoice && Match(folded, stems, p, manner.End + 1) is not null);

    /// <summary>A need read from a spreadsheet or a system named by no product ("Excel-Listen", "CRM") in an answer that
    /// names both, the system to take the spreadsheet's place ("in ein richtiges System", "replace excel with real CRM",
    /// "eine Datenbank"); "from excel to salesforce" names the system.</summary>
    private static bool SpreadsheetIntoSystem(FoldedText folded, int start, int end)
    {
        var read = false;
        for (var k = start; k <= end; k++)
        {
            read |= IsSpreadsheet(folded[k].Text) || GenericSystems.Contains(folded[k].Text);
        }

        return read && folded.Words.Any(x => IsSpreadsheet(x.Text)) && folded.Words.Any(x => GenericSystems.Contains(x.Text));
    }

    private static bool IsSpreadsheet(string word) => Spreadsheets.Contains(word) || word.StartsWith("excel", StringComparison.Ordinal);

    // Systems named by their kind, no product ("ein richtiges System", "a real CRM").
    private static readonly HashSet<string> GenericSystems = new(StringComparer.Ordinal)
    {
        "system", "crm", "datenbank", "database", "software", "tool", "plattform", "platform",
    };

    /// <summary>"someone to do cold calling for us", "jemanden, der das für uns macht": someone else sought to do the work
    /// for the firm.</summary>
    private static bool WorkDoneForUs(FoldedText folded) =>
        folded.Words.Any(x => x.Text is "someone" or "somebody" or "jemand" or "jemanden" or "agency" or "agentur" or "dienstleister") &&
        (folded.Contains(ForUs) || folded.Words.Any(x => x.Text is "outsource" or "outsourcen" or "auslagern"));

    private static readonly string[][] ForUs = Phrases.Of("for us", "fuer uns", "on our behalf", "in unserem auftrag");

    // Words that put a need in another field than winning and handling customers: recruiting, staff, accounting.
    private static readonly HashSet<string> OtherFields = new(StringComparer.Ordinal)
    {
        "bewerber", "bewerberin", "bewerberinnen", "bewerbungen", "bewerbung", "stellenanzeigen", "stellenanzeige", "stellen",
        "kandidaten", "kandidatinnen", "recruiting", "personal", "personalsuche", "azubis", "applicants", "applicant",
        "candidates", "candidate", "hiring", "recruitment", "job", "jobs", "vacancies", "resumes", "lebenslaeufe",
        "mitarbeiter", "mitarbeitende", "mitarbeitern", "employees", "staff", "hires", "payroll", "lohnabrechnung",
        "gehaltsabrechnung", "buchhaltung", "accounting", "bookkeeping", "steuererklaerung", "lagerverwaltung", "inventory",
        "warehouse", "erp", "warenwirtschaft", "marketingautomatisierung", "newsletter", "newsletters",
        // accounting software named by its product is the accounting field, like "Buchhaltung"
        "quickbooks", "xero", "datev", "lexoffice", "sevdesk",
    };

    /// <summary>"who we quoted on jobs", "quotes for roofing jobs": jobs beside the firm's quotes are a trade's orders, no
    /// positions to fill, unless a word of hiring says so.</summary>
    private static bool QuotedJobs(FoldedText folded, int at) =>
        folded[at].Text is "job" or "jobs" && folded.Words.Any(w => IsQuoteWord(w.Text)) && !folded.Words.Any(w => HiringWords.Contains(w.Text));

    /// <summary>"our reps waste hours copying orders from email into the ERP", "Bestellungen händisch ins ERP abtippen":
    /// sales data carried by hand between systems, which is the sales work to automate, wherever it is carried.</summary>
    private static bool SalesDataCopied(FoldedText folded) =>
        folded.Words.Any(x => x.Text is "copying" or "copy" or "copies" or "retyping" or "retype" or "typing" or "rekeying" or "entering" or
                              "abtippen" or "eintippen" or "kopieren" or "uebertragen" or "haendisch" or "manuell" or "manually") &&
        folded.Words.Any(x => x.Text is "orders" or "order" or "quotes" or "leads" or "bestellungen" or "auftraege" or "angebote" or "anfragen" or "inquiries" or "enquiries");

    private static bool OtherField(FoldedText folded)
    {
        var marketing = false;
        var automation = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i];
            if (OtherFields.Contains(w.Text) && !FirmOfField(folded, i) && !RuledOut(folded, i) && !QuotedJobs(folded, i) &&
                !(w.Text is "erp" or "warenwirtschaft" && SalesDataCopied(folded)))
            {
                return true;
            }

            // "Marketing automation", "unser Marketing automatisieren": automating marketing is no sales automation;
            // "mehr Anfragen über unser Marketing" still asks for leads
            marketing |= w.Text == "marketing";
            automation |= w.Text.StartsWith("automat", StringComparison.Ordinal);
        }

        return marketing && automation;
    }

    /// <summary>"more client companies, not candidates", "mehr Firmenkunden, keine Bewerber": a word ruled out by a
    /// negation that opens its clause is what the need is not about ("wir finden keine Azubis" still is).</summary>
    private static bool RuledOut(FoldedText folded, int at) =>
        at >= 1 && folded[at - 1].Text is "not" or "nicht" or "keine" or "kein" or "no" && (at == 1 || folded[at - 1].AfterBreak);

    // Nouns of a firm, after which a field's word names the firm's trade ("Recruiting-Agentur", "accounting firm")
    private static readonly HashSet<string> FirmNouns = new(StringComparer.Ordinal)
    {
        "agentur", "agency", "firma", "firm", "company", "unternehmen", "dienstleister", "buero", "kanzlei", "consultancy",
        "business", "provider", "betrieb", "startup", "agenturen", "agencies", "firms", "companies",
    };

    /// <summary>Whether the word of another field at <paramref name="at"/> names the trade of a firm ("wir sind ne kleine
    /// Recruiting-Agentur", "we're an accounting firm"): the firm the prospect is, not the object of the need.</summary>
    private static bool FirmOfField(FoldedText folded, int at) =>
        at + 1 < folded.Count && !folded[at + 1].AfterBreak && FirmNouns.Contains(folded[at + 1].Text);

    /// <summary>"Newsletter automatisch an unsere Alumni verschicken", "automate the newsletter to our members": a newsletter
    /// and a word of automating, with the people it goes to and no other word of another field or of marketing.</summary>
    private static bool MailingsSentOnTheirOwn(FoldedText folded)
    {
        var (newsletter, automated, people) = (false, false, false);
        foreach (var w in folded.Words)
        {
            if (w.Text is "newsletter" or "newsletters")
            {
                newsletter = true;
                continue;
            }

            if (OtherFields.Contains(w.Text) || w.Text.StartsWith("marketing", StringComparison.Ordinal))
            {
                return false;
            }

            automated |= w.Text.StartsWith("automat", StringComparison.Ordinal) || w.Text is "auto";
            people |= FieldWords.Contains(w.Text) || ServedPeople.Contains(w.Text) || w.Text is "alumni" or "ehemalige" or "ehemaligen" or "supporters" or "foerderer";
        }

        return newsletter && automated && people;
    }

    /// <summary>Whether a word of another field names the trade of a firm (see <see cref="FirmOfField"/>).</summary>
    private static bool NamesFirmOfField(FoldedText folded) =>
        Enumerable.Range(0, folded.Count).Any(i => OtherFields.Contains(folded[i].Text) && FirmOfField(folded, i));

    // Words of the field as whole words (as stems, "follow" would be no safer than "sehen" in "sehr"): following up on
    // enquiries is sales work; "nur mal sehen", "nix konkretes" is looking around in other words.
    private static readonly HashSet<string> FieldWords = new(StringComparer.Ordinal)
    {
        "follow", "followup", "followups", "nachfassen", "nachfass", "sehen", "schauen", "gucken", "konkretes", "specific",
        // the people a club, school or charity serves are its customers
        "mitglieder", "neumitglieder", "teilnehmer", "teilnehmerinnen", "kursteilnehmer", "spender", "members", "participants",
        "attendees", "donors", "renewals", "enrollments", "enrolments", "anmeldungen",
    };

    /// <summary>"that kind of stuff", "so was in der Art": "kind of" naming a sort of thing, no hedge.</summary>
    private static bool OnlyKindOfThing(FoldedText folded)
    {
        var (at, _) = folded.Find(Hedges);
        // "that kinda stuff" in one word
        return at > 0 && folded[at].Text is "kind" or "sort" or "kinda" or "sorta" && folded[at - 1].Text is "that" or "this" or "some" or "any" or "that's" or "what" &&
               folded.Find(Hedges, at + 2).At < 0;
    }

    private static bool NamesNeedField(FoldedText folded)
    {
        // "a chatbot like this one for our own site": a chat on the prospect's website talks to its visitors, which is
        // where leads come from
        if (folded.Words.Any(w => w.Text.StartsWith("chat", StringComparison.Ordinal) || w.Text.EndsWith("chat", StringComparison.Ordinal)) &&
            folded.Words.Any(w => w.Text is "site" or "website" or "webseite" or "homepage" or "visitors" or "besucher" or "web"))
        {
            return true;
        }

        var field = false;
        foreach (var w in folded.Words)
        {
            if (w.Text.Contains("support", StringComparison.Ordinal) || w.Text.Contains("service", StringComparison.Ordinal) ||
                w.Text.Contains("ticket", StringComparison.Ordinal) && !NamesSelling(folded) || w.Text is "reklamation" or "reklamationen" or "complaints")
            {
                return false;
            }

            if (FieldWords.Contains(w.Text))
            {
                // "Follow-up-Mails laufen noch händisch": following up is sales work, however it is put
                field = true;
                continue;
            }

            foreach (var stem in NeedFieldStems)
            {
                if (w.Text.StartsWith(stem, StringComparison.Ordinal))
                {
                    field = true;
                    break;
                }
            }
        }

        return field;
    }

    /// <summary>"we want HubSpot to talk to our ERP": a CRM named by its product and a word of connecting it is the CRM's
    /// integration, whatever field the other end is in.</summary>
    private static bool ConnectsCrmProduct(FoldedText folded)
    {
        var product = false;
        var connect = false;
        foreach (var w in folded.Words)
        {
            product |= CrmProducts.Contains(w.Text) || w.Text is "hubspots" or "salesforces";
            connect |= w.Text is "talk" or "talks" or "connect" or "connected" or "integrate" or "integrated" or "integration" or "sync" or
                "syncs" or "synced" or "synchronize" or "hook" or "plug" or "link" or "linked" or "anbinden" or "anbindung" or "verbinden" or
                "verbunden" or "integrieren" or "synchronisieren" or "schnittstelle" or "reden" or "sprechen" or "kommunizieren" or "api" or
                "verbindet" or "anbindet" or "verknuepfen" or "verknuepft" or "koppeln" or "gekoppelt" or "connects" or "integrates" or
                // "pipedrive into xero": "into" joins the two ends
                "into";
        }

        return product && connect;
    }

    /// <summary>"families who ask for information", "Eltern, die sich informieren", "parents asking for info": a word of
    /// information in a clause whose subject is people the firm serves (after "who"/"die" or a verb of asking).</summary>
    private static bool OthersSeekInfo(FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (!ServedPeople.Contains(folded[i - 1].Text) ||
                folded[i].Text is not ("who" or "that" or "die" or "welche" or "asking" or "requesting" or "wanting" or "looking" or "seeking"))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && k <= i + 5 && !folded[k].AfterBreak; k++)
            {
                if (folded[k].Text.StartsWith("info", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the need was read from "info" alone as the object of a verb of sending ("send info to",
    /// "send me some info", "schickt mir Infos").</summary>
    private static bool InfoSentFor(string text, string evidence)
    {
        var folded = FoldedText.Of(text);
        if (FoldedText.Of(evidence) is not { Count: 1 } e || e[0].Text is not ("info" or "infos" or "information" or "informationen"))
        {
            return false;
        }

        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i].Text != e[0].Text)
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                if (folded[k].Text is "send" or "sending" or "email" or "mail" or "schick" or "schicken" or "schickt" or "senden" or "sendet" or "zuschicken" or "mailen")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"ins DMS", "into our ERP", "in unsere Warenwirtschaft": "into" and a system, named by a system word or as
    /// an acronym in capitals.</summary>
    private static bool IntoSystem(string text, FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is not ("ins" or "into" or "in"))
            {
                continue;
            }

            var k = i + 1;
            if (folded[k].Text is "unser" or "unsere" or "unseren" or "our" or "the" or "das" or "den" or "die" && k + 1 < folded.Count)
            {
                k++;
            }

            var written = text[folded[k].Start..folded[k].End];
            if (ConnectedSystems.Contains(folded[k].Text) || SystemWords.Contains(folded[k].Text) ||
                written.Length is >= 2 and <= 5 && written.All(char.IsUpper))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Support, service, tickets or complaints: another field than the configured needs'.</summary>
    private static bool OtherService(FoldedText folded) =>
        folded.Words.Any(w => w.Text.Contains("support", StringComparison.Ordinal) || w.Text.Contains("service", StringComparison.Ordinal) ||
                              w.Text.Contains("ticket", StringComparison.Ordinal) && !NamesSelling(folded) ||
                              w.Text is "reklamation" or "reklamationen" or "complaints" or "beschwerden");

    // Selling, booking or tendering: the process by which the firm sells, in a compound too ("Jobticket-Verkauf",
    // "Gruppenbuchungen", "B2B bookings", "Ausschreibungen"); a ticket sold or booked is no support ticket.
    private static readonly string[] SellingStems =
    [
        "verkauf", "verkaeuf", "sales", "sell", "buchung", "booking", "ausschreib", "tender", "angebot", "quote",
        "quoting", "offert", "bestellung", "vertrieb", "rfq", "rfp", "orders",
    ];

    private static bool NamesSelling(FoldedText folded) =>
        folded.Words.Any(w => Array.Exists(SellingStems, st => w.Text.Contains(st, StringComparison.Ordinal)));

    // Words that say a piece of work is slow, manual or not yet digital ("schneller durchkriegen", "digitalisieren",
    // "all manual emails", "typing everything in by hand").
    private static readonly string[] ManualWorkStems =
    [
        "schnell", "faster", "quicker", "digital", "manuel", "manual", "haendisch", "papier", "paper", "abtipp", "tippen",
        "typing", "emails", "langsam", "slow", "aufwendig", "aufwaendig", "zeitaufwend", "tedious", "muehsam",
    ];

    /// <summary>"Jobticket-Verkauf an Firmen digitalisieren", "B2B bookings are all manual emails": the firm's selling,
    /// booking or tendering named beside a word of its being slow, manual or not yet digital is the work to automate.</summary>
    private static bool SellingByHand(FoldedText folded) =>
        // follow-ups done by hand keep their own convention (own words, confirmed)
        NamesSelling(folded) && !folded.Words.Any(w => w.Text.StartsWith("nachfass", StringComparison.Ordinal) || w.Text.StartsWith("follow", StringComparison.Ordinal)) &&
        (folded.Words.Any(w => Array.Exists(ManualWorkStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))) ||
         folded.Contains(ByHand));

    private static readonly string[][] ByHand = Phrases.Of("by hand", "per hand", "von hand");

    /// <summary>Inquiries named and a verb of sorting or filtering in the answer ("quote requests … sort out the good
    /// ones", "Angebotsanfragen … die guten rausfiltern"); "sort of" is no sorting.</summary>
    private static bool SortsInquiries(FoldedText folded) =>
        Enumerable.Range(0, folded.Count).Any(i => InquiryWords.Contains(folded[i].Text) || folded[i].Text.EndsWith("anfragen", StringComparison.Ordinal)) &&
        Enumerable.Range(0, folded.Count).Any(i => (Array.Exists(SortingStems, st => folded[i].Text.StartsWith(st, StringComparison.Ordinal)) ||
                                                    folded[i].Text.Contains("filter", StringComparison.Ordinal) || folded[i].Text is "weed" or "triage") &&
                                                   !(i + 1 < folded.Count && folded[i + 1].Text == "of"));

    /// <summary>Inquiries named as such or in a compound ("Tagungsanfragen", "Eventanfragen", "catering inquiries").</summary>
    private static bool NamesInquiries(FoldedText folded) =>
        folded.Words.Any(w => w.Text.EndsWith("anfragen", StringComparison.Ordinal) || w.Text.EndsWith("anfrage", StringComparison.Ordinal) ||
                              w.Text is "inquiries" or "enquiries" or "inquiry" or "enquiry");

    // A spreadsheet or paper as the place sales work is kept ("alles in Excel pflegen", "Zettelwirtschaft").
    private static readonly HashSet<string> Spreadsheets = new(StringComparer.Ordinal)
    {
        "excel", "spreadsheet", "spreadsheets", "tabelle", "tabellen", "zettel", "zettelwirtschaft", "zetteln", "papierlisten",
    };

    // Words of teaching a tool ("Excel-Schulung"): a course, no work kept in it.
    private static readonly HashSet<string> TeachingWords = new(StringComparer.Ordinal)
    {
        "schulung", "schulungen", "kurs", "kurse", "training", "course", "courses", "lernen", "learn", "tutorial",
    };

    private static bool KeptInSpreadsheet(FoldedText folded) =>
        folded.Words.Any(w => Spreadsheets.Contains(w.Text)) && !folded.Words.Any(w => TeachingWords.Contains(w.Text));

    /// <summary>"DATEV-Anbindung", "QuickBooks integration": a word of connecting beside a system (ERP, accounting software)
    /// and no other word of another field than the systems (payroll, recruiting, staff …).</summary>
    private static bool ConnectsOtherSystem(string text, FoldedText folded)
    {
        var system = false;
        var connect = false;
        foreach (var w in folded.Words)
        {
            if (ConnectedSystems.Contains(w.Text))
            {
                system = true;
                continue;
            }

            if (OtherFields.Contains(w.Text))
            {
                return false;
            }

            connect |= w.Text is "connect" or "connected" or "connecting" or "integrate" or "integrated" or "integration" or "sync" or "synced" or
                "synchronize" or "link" or "anbinden" or "anbindung" or "angebunden" or "integrieren" or "integriert" or "synchronisieren" or
                "schnittstelle" or "verknuepfen" or "verknuepfung" or "koppeln" or "kopplung" or "api" or "interface";
        }

        // "Anfragen automatisch in unsere Warenwirtschaft": inquiries moved into the system connect it too
        return system && (connect || NamesInquiries(folded) && IntoSystem(text, folded));
    }

    private static bool NamesSales(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            // ("Kandidaten vorqualifizieren, nicht Kunden": customers set aside name the field the need is not in)
            if (folded[i].Text is "kunden" or "kunde" or "customers" or "customer" or "leads" or "lead" or "vertrieb" or "sales" or "crm" or "interessenten" or "prospects" &&
                !(i > 0 && folded[i - 1].Text is "nicht" or "not" or "keine" or "statt" or "anstatt"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A second need named on its own, in words of its own and not negated ("zwei Sachen: CRM und mehr Leads"):
    /// the answer names two choices, however much longer one phrase is.</summary>
    private static bool IsSecondChoice(FoldedText folded, (double Score, int Start, int End, bool Approximate) second,
        (double Score, int Start, int End, bool Approximate) winner) =>
        second.Score >= 1 && !second.Approximate && (second.End < winner.Start || second.Start > winner.End) &&
        !IsNegated(folded, second.Start, second.End) &&
        Coordinated(folded, Math.Min(second.End, winner.End), Math.Max(second.Start, winner.Start));

    /// <summary>Whether an "und", "and", "oder", a comma or the like stands between the two matches: two needs named side
    /// by side, not one need whose object happens to be another need's word ("Termine mit Interessenten automatisch buchen").</summary>
    private static bool Coordinated(FoldedText folded, int firstEnd, int secondStart)
    {
        for (var i = firstEnd + 1; i <= secondStart && i < folded.Count; i++)
        {
            if (folded[i].AfterBreak || (i < secondStart && folded[i].Text is "und" or "and" or "oder" or "or" or "sowie" or "plus" or "auch" or "also" or "ausserdem"))
            {
                return true;
            }
        }

        return folded.Original.Contains('&') || folded.Original.Contains('+') || folded.Original.Contains('/');
    }

    // Verbs of finding, spotting and rating what to sell to ("finden", "bewerten", "score", "spot").
    private static readonly string[] FindingStems =
        ["find", "bewert", "score", "scoring", "rate", "rating", "rank", "erkenn", "identif", "spot", "qualifi", "priorisier", "prioriti", "aufspuer", "entdeck", "detect"];

    /// <summary>Whether a verb of finding or rating follows the word of automating at <paramref name="at"/> in its clause,
    /// within two words ("automatisch finden und bewerten", "automatically spot and score").</summary>
    private static bool FindsAutomatically(FoldedText folded, int at)
    {
        for (var k = at + 1; k < folded.Count && k <= at + 2 && !folded[k].AfterBreak; k++)
        {
            if (Array.Exists(FindingStems, st => folded[k].Text.StartsWith(st, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RoutingStems = ["rout", "assign", "zuweis", "verteil", "zuordn"];

    /// <summary>Whether the need read is routing or assigning leads (the word of routing in the match or up to two words
    /// before it) and a word of automating stands outside it ("routing inbound leads to the right AE automatically"; in
    /// "automate lead qualification and routing" the need read is the qualifying).</summary>
    private static bool RoutedAutomatically(FoldedText folded, int start, int end)
    {
        var routing = false;
        var automating = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            routing |= i >= start - 2 && i <= end && Array.Exists(RoutingStems, st => t.StartsWith(st, StringComparison.Ordinal) || t.StartsWith("auto" + st, StringComparison.Ordinal));
            automating |= (i < start || i > end) && (GenericNeedWords.Contains(t) || t.StartsWith("automat", StringComparison.Ordinal));
        }

        return routing && automating;
    }

    private static readonly HashSet<string> YetWords = new(StringComparer.Ordinal) { "yet", "noch", "bisher", "bislang" };

    // Words an answer of not knowing yet is made of, beside the words that carry no need.
    private static readonly HashSet<string> NotKnowingWords = new(StringComparer.Ordinal)
    {
        "weiss", "wissen", "genau", "so", "sicher", "bin", "exactly", "quite", "really", "honestly", "ehrlich", "gesagt",
        "don't", "dont", "do", "know", "sure", "idk", "unsure", "clue", "idea", "no", "not", "es", "gar", "wirklich",
        "entirely", "totally", "100%",
    };

    /// <summary>"not sure yet", "idk yet", "wissen wir noch nicht so genau": not knowing, with a word of "yet", and
    /// nothing else; no question.</summary>
    private static bool NotKnownYet(FoldedText folded) =>
        !folded.IsQuestion && (folded.Contains(Unsure) || folded.ContainsWord("idk")) && folded.Words.Any(x => YetWords.Contains(x.Text)) &&
        folded.Words.All(x => YetWords.Contains(x.Text) || NotKnowingWords.Contains(x.Text) || NoContent.Contains(x.Text) || PriceCondition.Contains(x.Text));

    /// <summary>The first clause not knowing yet in the words of <see cref="NotKnownYet"/>, the clauses after it telling of
    /// the prospect and naming no need that fits (read alone they are no sure answer).</summary>
    private static bool NotKnownYetThenAside(FoldedText folded, IReadOnlyList<AnswerChoice> choices, string language)
    {
        var cut = Enumerable.Range(1, Math.Max(0, folded.Count - 1)).FirstOrDefault(i => folded[i].AfterBreak);
        if (cut <= 0 || folded.IsQuestion)
        {
            return false;
        }

        // (the clause after it tells of the prospect's own doings, "wir schauen uns … an", "my partner sent me the link";
        // "not sure yet, something with sales" describes a need in own words, too vague to be looking around)
        if (!NotKnownYet(FoldedText.Of(folded.Original[..folded[cut - 1].End])) || folded.Words.Skip(cut).Any(w => CommonWords.Negations.Contains(w.Text)) ||
            !folded.Words.Skip(cut).Any(w => w.Text is "wir" or "we" or "ich" or "i" or "i'm" or "my" or "mein" or "meine" or "meiner" or "mir" or "me" or "uns" or "us" or "our" or "unser" or "unsere"))
        {
            return false;
        }

        var rest = Read(QuestionSteps.Need, folded.Original[folded[cut].Start..], choices, language, acceptOwnWords: false, allowIndex: false);
        // (a clause that says the looking around plainly, "schaue mich um", is read as such without this)
        return !(rest is { Value: ChoiceValue { Key: { } key } } && choices.Any(c => c.Key == key && c.Fits)) && rest is not { Confidence: Confidence.High };
    }

    // "not sure yet, depends on price", "weiß noch nicht, kommt auf den Preis an": that it hangs on the price adds no need
    private static readonly HashSet<string> PriceCondition = new(StringComparer.Ordinal)
    {
        "depends", "depending", "on", "the", "price", "pricing", "cost", "costs", "kommt", "auf", "den", "preis", "an",
        "haengt", "vom", "ab", "kosten", "die",
    };

    private static readonly HashSet<string> InquiryWords = new(StringComparer.Ordinal)
    {
        "anfragen", "anfrage", "kontaktanfragen", "inbound", "inquiries", "enquiries", "requests", "inbounds",
        // requests for quotes, and the contacts a trade fair brings in, are inquiries too
        "rfq", "rfqs", "visitenkarten", "messekontakte",
        // the word of French and Dutch writers ("we receive many demandes", "veel aanvragen")
        "demandes", "aanvragen",
    };

    /// <summary>Inquiries named beside a word of their worth ("unqualifizierte Anfragen", "welche davon was taugen",
    /// "which ones are worth a call").</summary>
    private static bool InquiriesOfDoubtfulWorth(FoldedText folded)
    {
        var inquiries = false;
        var worth = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i];
            // ("Angebotsanfragen", "Kundenanfragen": a compound that ends in inquiries is inquiries)
            inquiries |= InquiryWords.Contains(w.Text) || w.Text.EndsWith("anfragen", StringComparison.Ordinal) || ReceivedDemands(folded, i) ||
                         MessagesFromServed(folded, i);
            worth |= w.Text.StartsWith("unqualifiz", StringComparison.Ordinal) || w.Text.StartsWith("taug", StringComparison.Ordinal) ||
                     w.Text.StartsWith("brauchbar", StringComparison.Ordinal) || w.Text.StartsWith("unbrauchbar", StringComparison.Ordinal) ||
                     // ("Kundenanfragen sammeln und bewerten", "… vorher aussortieren": rating inquiries or sorting out the
                     // bad ones is weighing their worth)
                     w.Text is "bewerten" or "bewertet" or "einstufen" or "einschaetzen" or "rate" or "rating" or "score" or "scoren" or
                         "aussortieren" or "aussortiert" or
                         "worth" or "junk" or "qualitaet" or "quality" or "muell" or "schrott" or "garbage" or "unqualified" or
                         "serious" or "ernsthaft" or "ernstgemeint" or "ernstgemeinte" or "ernstgemeinten" or "legit" or "genuine" ||
                     // "wer es ernst meint": who means it seriously
                     w.Text == "ernst" && i + 1 < folded.Count && folded[i + 1].Text is "meint" or "meinen" or "gemeint";
        }

        return inquiries && worth;
    }

    // Messages and calls, which are inquiries when they come from the people a firm serves.
    private static readonly HashSet<string> MessageWords = new(StringComparer.Ordinal)
    {
        "emails", "mails", "messages", "calls", "nachrichten", "anrufe", "anrufen", "zuschriften", "dms",
    };

    /// <summary>"drowning in emails from parents", "Mails von Kunden": messages from the people a firm serves are the
    /// inquiries it gets, in other words.</summary>
    private static bool MessagesFromServed(FoldedText folded, int at) =>
        MessageWords.Contains(folded[at].Text) && at + 2 < folded.Count && folded[at + 1].Text is "from" or "von" &&
        Enumerable.Range(at + 2, Math.Min(2, folded.Count - at - 2)).Any(k => ServedPeople.Contains(folded[k].Text));

    /// <summary>"we receive many demands from website": "demands" as French writers say inquiries ("demandes"), only
    /// after a word of receiving or of how many (a customer's high demands are no inquiries).</summary>
    private static bool ReceivedDemands(FoldedText folded, int at) =>
        folded[at].Text == "demands" &&
        Enumerable.Range(Math.Max(0, at - 2), Math.Min(at, 2)).Any(k => folded[k].Text is "many" or "lots" or "receive" or "received" or
            "receiving" or "get" or "getting" or "got" or "incoming" or "new" or "few" or "numerous");

    /// <summary>Inquiries named, then in a later clause that nobody handles them ("… hunderte Visitenkarten und keiner
    /// arbeitet die ab", "… landen im Nirvana und keiner ruft zurück").</summary>
    private static bool NeglectedInquiries(FoldedText folded)
    {
        var inquiries = -1;
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            if (inquiries < 0 && (InquiryWords.Contains(t) || t.EndsWith("anfragen", StringComparison.Ordinal) || ReceivedDemands(folded, i)))
            {
                inquiries = i;
            }
            else if (inquiries >= 0 && NobodyWords.Contains(t) && i + 1 < folded.Count && !folded[i + 1].AfterBreak)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] QuoteWords = ["quote", "angebot"];

    /// <summary>"a quote for 500 pcs …", "ein Angebot über …": one quote, asked for something named after it.</summary>
    private static bool QuoteAskedFor(FoldedText folded, int at) =>
        Array.IndexOf(QuoteWords, folded[at].Text) >= 0 && at >= 1 && at + 1 < folded.Count &&
        folded[at - 1].Text is "a" or "ein" or "einen" && folded[at + 1].Text is "for" or "fuer" or "ueber" or "on" &&
        (at == 1 || folded[at - 2].Text is "need" or "want" or "like" or "request" or "get" or "send" or "brauchen" or "brauche" or "haetten" or "moechten" or "um" or "bitte");

    // Verbs of inquiries arriving somewhere ("landen"), and words that point at the place ("dort", "da drin").
    private static readonly HashSet<string> LandingWords = new(StringComparer.Ordinal) { "landen", "landet", "land", "lands", "einlaufen", "ankommen" };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "dort", "da", "drin", "darin", "dorthin", "direkt", "rein", "hinein", "there", "directly", "straight", "ort",
    };

    /// <summary>"Wir arbeiten mit DATEV und hätten gern, dass die Mandantenanfragen direkt dort landen", "need it to talk
    /// to Dentrix": a wish that inquiries land in a system of the prospect's, or that it talk to one, is connecting a
    /// system, whatever the system is called.</summary>
    private static bool WantsInquiriesInSystem(FoldedText folded)
    {
        if (!folded.Contains(Wanting) && !folded.Words.Any(w => w.Text is "gern" or "gerne" or "haetten" or "sollen" or "sollten" or "should"))
        {
            return false;
        }

        var inquiries = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            inquiries |= InquiryWords.Contains(t) || t.EndsWith("anfragen", StringComparison.Ordinal) || t is "leads" or "kontakte";
            if (inquiries && LandingWords.Contains(t))
            {
                for (var k = Math.Max(0, i - 3); k < i; k++)
                {
                    if (PlaceWords.Contains(folded[k].Text))
                    {
                        return true;
                    }
                }
            }

            // "need it to talk to Dentrix": a system ("it", "this") that should talk to another one, never to a person
            if (t is "talk" or "talks" or "talking" && i + 2 < folded.Count && folded[i + 1].Text is "to" or "with" && !PersonWords.Contains(folded[i + 2].Text) &&
                folded[i + 2].Text is not ("a" or "an" or "someone" or "somebody" or "you" or "me" or "us") &&
                (i >= 2 && folded[i - 1].Text == "to" && folded[i - 2].Text is "it" or "this" or "that" || i >= 1 && folded[i - 1].Text is "it" or "this" ||
                 // "our donor database (Bloomerang) needs to talk to our website forms": a system named as the subject
                 i >= 3 && folded[i - 1].Text == "to" && folded[i - 2].Text is "needs" or "need" or "has" or "have" && SystemBefore(folded, i - 2)))
            {
                return true;
            }
        }

        return false;
    }

    // How the name of a system of the prospect's ends ("Praxissoftware", "Kassensystem", "Mitgliederdatenbank").
    private static readonly string[] SystemEndings =
    [
        "software", "system", "systeme", "datenbank", "database", "programm", "plattform", "platform", "tool", "app", "crm", "erp", "portal",
    ];

    private static readonly HashSet<string> TalkVerbs = new(StringComparer.Ordinal)
    {
        "talk", "speak", "communicate", "connect", "sync", "integrate", "reden", "sprechen", "kommunizieren", "verbinden", "andocken",
        "synchronisieren", "anbinden", "verknuepfen", "redet", "spricht", "kommuniziert", "verbindet",
    };

    /// <summary>"unsere Vereinsverwaltung soll mit euch reden können (easyVerein)", "our gym software (Mindbody) should talk
    /// to you": a system of the prospect's (a word that ends like a system, or a possessive's noun beside a product named
    /// in brackets; never a person or a team) before a verb of talking or connecting.</summary>
    private static bool SystemShouldTalk(string text, FoldedText folded)
    {
        var verb = -1;
        for (var i = 1; i < folded.Count && verb < 0; i++)
        {
            verb = TalkVerbs.Contains(folded[i].Text) ? i : -1;
        }

        // the other end is the vendor ("mit euch", "to you", "with your bot"); a system joined to another of the
        // prospect's ("Warenwirtschaft mit dem Webshop verbinden") is no talk with the vendor and careful writers keep it
        // own words
        // the formal "Ihr" is capitalized ("mit Ihrem Tool"); a small "ihrem" is someone else's ("mit ihrem System")
        if (verb < 0 || !folded.Words.Any(w => w.Text is "euch" or "eurem" or "eurer" or "euren" or "eure" or "ihnen" or "you" or "your" or "bot" or "chatbot" ||
                                               w.Text is "ihr" or "ihre" or "ihrem" or "ihren" or "ihrer" && text[w.Start] == 'I'))
        {
            return false;
        }

        var bracketed = folded.Words.Any(w => w.Start > 0 && text[w.Start - 1] == '(' && text[w.Start..w.End].Any(char.IsUpper) && w.End < text.Length && text[w.End] == ')');
        for (var k = 0; k < verb; k++)
        {
            var t = folded[k].Text;
            if (PersonWords.Contains(t) || t is "chef" or "chefin" or "boss" or "team" or "ceo" or "manager" or "leute" or "people" or "staff" ||
                t.EndsWith("leiter", StringComparison.Ordinal) || t.EndsWith("leiterin", StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (var k = 0; k < verb; k++)
        {
            var t = folded[k].Text;
            if (Array.Exists(SystemEndings, e => t.EndsWith(e, StringComparison.Ordinal)) ||
                bracketed && k > 0 && folded[k - 1].Text is "unser" or "unsere" or "our" or "my" or "mein" or "meine")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> SystemWords = new(StringComparer.Ordinal)
    {
        "database", "db", "system", "software", "tool", "crm", "app", "portal", "platform", "erp", "lms", "forms", "form", "website", "site", "shop",
    };

    /// <summary>A system named in the four words right before a verb ("our donor database (Bloomerang) needs …").</summary>
    private static bool SystemBefore(FoldedText folded, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 4; k--)
        {
            // (a product named in brackets after the system may stand between: "database (Bloomerang) needs")
            if (SystemWords.Contains(folded[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Words of how the prospect stands, in any wording or dialect: pronouns, particles, fillers, adverbs of time and
    // degree, wishes without an object ("want", "wollen"); none of them names a thing wanted or a business object.
    private static readonly HashSet<string> AttitudeWords = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i'd", "i'll", "we", "we're", "we'll", "we'd", "me", "us", "my", "our", "you", "your", "guys", "y'all", "it", "this",
        "that", "what", "how", "just", "only", "really", "honestly", "actually", "tbh", "lol", "haha", "hmm", "um", "uh", "well", "so", "ok",
        "okay", "first", "for", "now", "right", "rn", "at", "the", "a", "an", "moment", "yet", "still", "bit", "little", "some", "around",
        "about", "here", "there", "kinda", "kind", "of", "sort", "pretty", "much", "mostly", "basically", "currently", "today", "to", "and",
        "then", "please", "pls", "thanks", "thx", "mainly", "simply", "quick", "quickly", "want", "wanna", "would", "like", "have", "get",
        "take", "do", "am", "are", "is", "be", "gonna", "let", "let's", "lets", "things", "stuff", "all", "anything",
        "ich", "wir", "mer", "mor", "mia", "mir", "uns", "mich", "es", "das", "des", "dat", "wat", "was", "nur", "bloss", "mal", "ma",
        "mol", "moal", "amol", "emol", "erstmal", "erstma", "ersma", "erschtmal", "erstmol", "zuerst", "erst", "einmal", "eimal", "nu",
        "na", "naja", "halt", "eben", "einfach", "eifach", "grad", "gerade", "jetzt", "momentan", "aktuell", "noch", "schon",
        "eigentlich", "ehrlich", "gesagt", "ja", "also", "ein", "bisschen", "bissl", "bisserl", "chli", "um", "rum", "herum", "umher",
        "hier", "da", "und", "dann", "bitte", "danke", "wollen", "will", "wollte", "wollt", "wollten", "moechte", "moechten",
        "wuerde", "wuerden", "gern", "gerne", "waend", "jo", "gell", "ne", "so", "sich", "euch", "ihr", "sie", "ihnen", "bei",
        "zu", "an", "alles", "eine", "einen", "die", "der", "den", "bin", "bist", "sind", "am", "beim", "sehr", "very", "sure", "gladly",
        "having", "ist", "possible", "moeglich", "machbar", "doable", "what's", "whats",
        // what is looked at in colloquial browsing ("kicking the tyres", "window shopping", "reinschnuppern ins Angebot")
        "tyres", "tires", "tyre", "tire", "window", "rein",
    };

    // Verbs of knowing or finding out that are looking around only before what is possible ("want to know what's
    // possible", "herausfinden, was machbar ist"); "i know what i want" stays as it is.
    private static readonly HashSet<string> FindOutWords = new(StringComparer.Ordinal)
    {
        "know", "find", "wissen", "herausfinden", "rausfinden", "understand", "verstehen",
    };

    // Words of looking, browsing or finding out, by their stems in any wording or dialect ("gugge", "luege", "poking").
    private static readonly string[] LookStems =
    [
        "look", "brows", "poke", "poking", "snoop", "nosing", "check", "explor", "see", "curious", "gugg", "guck", "kuck", "schau",
        "lueg", "luag", "seh", "sieh", "umseh", "umschau", "stoeber", "inform", "neugier", "demo", "trial", "pricing", "preis", "price",
        "testen", "ausprobier", "try", "lurk", "gander", "peek", "gawk",
        // colloquial browsing: "having a nosey", "a quick nose around", "mal reinschnuppern", "reingucken", "kicking the
        // tyres", "window shopping"
        "nose", "nosey", "nosy", "schnupper", "reinschnupper", "reinguck", "reinkuck", "reinschau", "reinseh", "kick", "shopping",
        // finding out: "learn what is possible", "erst mal erfahren, was machbar ist"
        "learn", "erfahr",
        // moving about with no object: "rumklicken", "herumstöbern"
        "rum", "herum",
    ];

    // Words that make looking the whole of it: only, first, around ("just poking around", "nur mal gucken", "ersma").
    private static readonly HashSet<string> OnlyLookingWords = new(StringComparer.Ordinal)
    {
        "just", "only", "around", "nur", "bloss", "erstmal", "erstma", "ersma", "erschtmal", "erstmol", "zuerst", "erst", "rum",
        "herum", "umher", "um",
    };

    // Wishes and things to be shown first ("want", "demo", "Preise"): seeing the product before saying, a weaker cue.
    private static readonly HashSet<string> PreviewWords = new(StringComparer.Ordinal)
    {
        "want", "wanna", "would", "like", "will", "wollen", "wollte", "wollt", "wollten", "moechte", "moechten", "wuerde", "wuerden",
        "waend", "demo", "trial", "pricing", "price", "prices", "preis", "preise", "testen", "try", "ausprobieren", "see", "sehen",
    };

    /// <summary>Whether the answer is short and made only of words of how the prospect stands and of looking
    /// ("honestly just poking around", "nu gugge mor ersma", "i want see demo first"): no verb of wanting with an object,
    /// no business object. Looks: a word of looking, browsing, finding out or seeing a demo is in it; Strong: beside a
    /// word that makes looking the whole of it, with no wish or demo, or finding out what is possible. Null when any other
    /// word is in it.</summary>
    private static (bool Looks, bool Strong)? OnlyAttitude(FoldedText folded)
    {
        if (folded.Count > 9)
        {
            return null;
        }

        var (looks, only, preview, possible, shown, findOut) = (false, false, false, false, false, false);
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            // "clicking around": a verb right before "around" is moving about with no object, a word of looking
            // ("sehr" is no "sehen", "checklist" no "checking")
            var look = Array.Exists(LookStems, st => t.StartsWith(st, StringComparison.Ordinal)) && t is not "sehr" &&
                       (!t.StartsWith("check", StringComparison.Ordinal) || t is "check" or "checks" or "checking" or "checked") ||
                       i + 1 < folded.Count && folded[i + 1].Text is "around" or "about" && t.EndsWith("ing", StringComparison.Ordinal);
            var findingOut = FindOutWords.Contains(t) || t == "out" && i > 0 && folded[i - 1].Text == "find";
            if (!look && !AttitudeWords.Contains(t) && !findingOut)
            {
                return null;
            }

            findOut |= findingOut;
            looks |= look;
            only |= OnlyLookingWords.Contains(t);
            preview |= PreviewWords.Contains(t) || t.StartsWith("demo", StringComparison.Ordinal) || t.StartsWith("pric", StringComparison.Ordinal);
            possible |= t is "possible" or "moeglich" or "machbar" or "doable";
            shown |= t is "demo" or "trial" or "pricing" or "price" or "prices" or "preis" or "preise" or "testen" or "try" or "ausprobieren";
        }

        if (findOut && !possible)
        {
            return null;
        }

        looks |= findOut && possible;
        // finding out what is possible is looking around whatever is wished ("i want to learn what is possible first");
        // a demo or a price to be shown first stays a weaker cue
        return (looks, looks && (only && !preview || possible && !shown));
    }

    private static readonly HashSet<string> TalkWords = new(StringComparer.Ordinal)
    {
        "talk", "speak", "chat", "sprechen", "reden", "telefonieren", "call", "anrufen", "contact", "kontakt",
    };

    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "human", "humans", "person", "someone", "somebody", "agent", "rep", "representative", "mensch", "menschen",
        "jemandem", "mitarbeiter", "mitarbeiterin", "berater", "beraterin", "sales", "vertrieb",
    };

    /// <summary>"can I talk to a human please", "lieber mit einem Menschen sprechen": a wish to talk to someone, which is
    /// how to go on, not what the prospect needs.</summary>
    private static bool WantsPerson(FoldedText folded) =>
        folded.Count <= 10 && folded.Words.Any(w => TalkWords.Contains(w.Text)) && folded.Words.Any(w => PersonWords.Contains(w.Text));

    private static readonly string[][] AtYourCompany = Phrases.Of(
        "bei euch", "bei ihnen", "bei dir", "fuer euch", "fuer sie", "with you", "at your", "for you", "with your company",
        "bewerben", "bewerbe", "bewerbung", "apply", "applying", "application", "hiring", "stellenangebot", "stellenangebote");

    private static readonly HashSet<string> JobWords = new(StringComparer.Ordinal)
    {
        "job", "jobs", "stelle", "arbeit", "praktikum", "praktikumsplatz", "ausbildung", "ausbildungsplatz", "werkstudentenstelle",
        "internship", "position", "career", "karriere", "bewerbung", "bewerben", "apply", "application", "cv", "lebenslauf",
    };

    /// <summary>"Ich such eigentlich nen Job bei euch", "are you hiring? I'd like to apply": someone who wants to work
    /// for the company, which is no need of a prospect's (recruiting software for the prospect's company is).</summary>
    private static bool JobSeeker(FoldedText folded) =>
        folded.Words.Any(w => JobWords.Contains(w.Text)) && folded.Contains(AtYourCompany);

    // Chores a need is said by ("data entry", "Papierkram"): the pain, not yet the wish.
    private static readonly string[][] Chores = Phrases.Of(
        "data entry", "manual data entry", "entering data", "admin work", "paperwork", "haendisch", "dateneingabe", "daten eintippen", "abtippen", "papierkram");

    // Words that say the prospect wants something changed ("want that gone", "soll weg", "get rid of").
    private static readonly string[][] Wanting = Phrases.Of(
        "want", "wants", "wanna", "need", "needs", "looking", "get rid", "gone", "stop", "reduce", "less", "fewer", "cut",
        "automate", "eliminate", "help", "wollen", "will", "moechten", "moechte", "brauchen", "brauche", "suchen", "suche",
        "weg", "loswerden", "reduzieren", "weniger", "nervt", "automatisieren", "hilfe", "sparen", "save", "nicht mehr", "no more");

    /// <summary>Whether the need was matched only by a chore and no word says it should change.</summary>
    private static bool PainOnly(FoldedText folded, int start, int end)
    {
        var (at, length) = folded.Find(Chores);
        return at >= 0 && at >= start && at + length - 1 <= end && !folded.Contains(Wanting);
    }

    private static readonly string[][] Having = Phrases.Of(
        "haben wir", "wir haben", "we have", "we've got", "we already have", "we use", "we're using", "we are using", "wir nutzen",
        "nutzen wir", "wir verwenden", "verwenden wir", "haben schon", "haben bereits", "im einsatz", "in use");

    // Verbs of systems talking to each other, beside the words of connecting.
    private static readonly HashSet<string> SystemTalk = new(StringComparer.Ordinal)
    {
        "talk", "talks", "speak", "speaks", "communicate", "communicates", "reden", "redet", "spricht", "sprechen",
        "kommuniziert", "kommunizieren",
    };

    // Donor databases of charities by their brand: the CRM of a fundraising team to some, a system of its own to others
    private static readonly HashSet<string> DonorDatabases = new(StringComparer.Ordinal)
    {
        "blackbaud", "bloomerang", "donorfy", "donorperfect", "fundraisingbox", "kindful", "civicore",
    };

    /// <summary>Whether the answer names a CRM in a compound ("CiviCRM", "SuiteCRM") or by a brand, or a donor database by
    /// its brand ("Raiser's Edge", "Bloomerang"), with a word of connecting or talking and no word denying a connection.</summary>
    private static (bool Crm, bool Donors) LinksNamedSystem(FoldedText folded)
    {
        var (crm, donors, connecting) = (false, false, false);
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            if (NoConnection.Contains(t) || t is "replace" or "ersetzen" or "abloesen")
            {
                return (false, false);
            }

            crm |= t.Length > 3 && t.EndsWith("crm", StringComparison.Ordinal) || CrmBrands.Contains(t);
            donors |= DonorDatabases.Contains(t) || t.StartsWith("raiser", StringComparison.Ordinal) && folded.Words.Skip(i + 1).Take(2).Any(w => w.Text == "edge");
            connecting |= SystemTalk.Contains(t) || t is "talking" or "speaking" or "communicating" || ConnectingStems.Any(stem => t.StartsWith(stem, StringComparison.Ordinal));
        }

        return (crm && connecting, donors && !crm && connecting);
    }

    // Words that deny a connection: "nothing talks to it", "doesn't connect", "nicht verbunden", "mit nichts".
    private static readonly HashSet<string> NoConnection = new(StringComparer.Ordinal)
    {
        "nothing", "nichts", "nix", "doesn't", "doesnt", "don't", "dont", "isn't", "isnt", "aren't", "arent", "not", "nicht",
        "can't", "cant", "won't", "wont", "keine", "kein", "no", "never", "nie", "none",
    };

    /// <summary>"we use ServiceTitan and nothing talks to it", "we use Housecall Pro but it doesn't connect to anything",
    /// "wir nutzen Craftnote und nichts ist damit verbunden": a system the prospect uses, then in a clause after it a word
    /// of talking or connecting with a denial before it in that clause.</summary>
    private static bool UnconnectedSystem(FoldedText folded)
    {
        var (have, length) = folded.Find(Having);
        if (have < 0)
        {
            return false;
        }

        var denied = false;
        var talking = false;
        for (var i = have + length; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            var clauseGoesOn = !folded[i].AfterBreak && t is not ("and" or "und" or "but" or "aber");
            // ("we don't want to connect anything": a want denied is no connection denied)
            denied = (denied && clauseGoesOn && !WantWords.Contains(t)) || NoConnection.Contains(t);
            var connecting = SystemTalk.Contains(t) || ConnectingStems.Any(stem => t.StartsWith(stem, StringComparison.Ordinal));
            if (denied && (connecting || talking))
            {
                // ("das redet mit nichts", "talks to nothing": the denial after the verb)
                return true;
            }

            talking = (talking && clauseGoesOn) || connecting;
        }

        return false;
    }

    private static readonly HashSet<string> WantWords = new(StringComparer.Ordinal)
    {
        "want", "wants", "need", "needs", "like", "wollen", "will", "moechten", "moechte", "brauchen", "brauche",
    };

    /// <summary>"Salesforce haben wir zwar, aber keiner pflegt es", "we use HubSpot": what the prospect already has is
    /// named, not what they want; without a word of wanting or connecting the need is a guess, confirmed.</summary>
    private static bool Possessed(FoldedText folded)
    {
        if (!folded.Contains(Having))
        {
            return false;
        }

        foreach (var w in folded.Words)
        {
            var t = w.Text;
            if (t.StartsWith("anbind", StringComparison.Ordinal) || t.StartsWith("connect", StringComparison.Ordinal) || t.StartsWith("integr", StringComparison.Ordinal) ||
                t.StartsWith("verbind", StringComparison.Ordinal) || t.StartsWith("sync", StringComparison.Ordinal) || t.StartsWith("schnittstelle", StringComparison.Ordinal) ||
                t is "brauchen" or "brauche" or "need" or "needs" or "want" or "wollen" or "suchen" or "looking" or "moechten" or "wish" or "link" or "hook" ||
                // "wir haben zu wenige Anfragen", "we have too many unqualified leads": what they have is the pain
                t is "zu" or "too" or "kaum" or "wenig" or "wenige" or "few" or "enough" or "genug" or "keine" or "kein" or "no" or "problem" or "probleme" or "many" or "viele" ||
                // "we use HubSpot and nothing talks to it", "das redet mit nix": what does not work with it is the pain
                t is "nothing" or "nichts" or "nix" or "nischt" or "doesn't" or "doesnt" or "don't" or "dont")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Unser Pipedrive ist ein Chaos", "our CRM is a mess": the CRM named as the subject of what it is, with no
    /// word of connecting or wanting, describes a state; what the prospect wants done about it is a guess, confirmed.</summary>
    private static bool CrmDescribed(FoldedText folded)
    {
        var described = false;
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            var t = folded[i].Text;
            if ((t == "crm" || CrmProducts.Contains(t)) && !folded[i + 1].AfterBreak &&
                folded[i + 1].Text is "ist" or "is" or "sind" or "are" or "war" or "was" or "s" or "isch")
            {
                described = true;
            }

            if (t.StartsWith("anbind", StringComparison.Ordinal) || t.StartsWith("connect", StringComparison.Ordinal) || t.StartsWith("integr", StringComparison.Ordinal) ||
                t.StartsWith("verbind", StringComparison.Ordinal) || t.StartsWith("sync", StringComparison.Ordinal) || t.StartsWith("schnittstelle", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return described && !folded.Contains(Wanting);
    }

    /// <summary>Whether the words name a CRM: the word itself (also in a compound, "CRM-System", "sugarcrm") or a CRM
    /// product by its brand.</summary>
    private static bool NamesCrm(FoldedText folded) =>
        folded.Words.Any(w => w.Text.StartsWith("crm", StringComparison.Ordinal) || w.Text.EndsWith("crm", StringComparison.Ordinal) ||
                              CrmProducts.Contains(w.Text) || CrmBrands.Contains(w.Text) || w.Text is "hubspots" or "salesforces");

    // Words of copying data by hand from one place to another ("copy-pasting", "abtippen", "übertragen", "re-enter").
    private static readonly string[] CopyingStems =
    [
        "copy", "copie", "copying", "paste", "kopier", "abtipp", "abgetipp", "uebertrag", "eintipp", "retyp", "re-enter", "reenter",
        "reentering", "transfer",
    ];

    /// <summary>Whether the answer copies data by hand ("copy-pasting", "Daten abtippen", "übertragen alles doppelt").</summary>
    private static bool CopiesByHand(FoldedText folded) =>
        folded.Words.Any(w => Array.Exists(CopyingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal)));

    // CRM brands named less often; only to tell a CRM from another system at the other end of a connection
    private static readonly HashSet<string> CrmBrands = new(StringComparer.Ordinal)
    {
        "bitrix24", "bitrix", "superoffice", "onoffice", "freshsales", "vtiger", "insightly", "keap", "weclapp",
        "cas", "sellsy", "teamleader", "copper", "attio", "monday",
    };

    /// <summary>People a body wins (sponsors, applicants, members, donors, tenants, guests …) and a word of winning,
    /// finding or wanting more of them.</summary>
    private static bool WinsPeopleForBody(FoldedText folded) =>
        folded.Words.Any(w => PeopleStems.Any(stem => w.Text.StartsWith(stem, StringComparison.Ordinal))) &&
        folded.Words.Any(w => WinningStems.Any(stem => w.Text.StartsWith(stem, StringComparison.Ordinal)));

    private static readonly string[] PeopleStems =
    [
        "sponsor", "bewerber", "applicant", "student", "studierende", "mitglied", "member", "spender", "donor", "volunteer",
        "ehrenamtlich", "mieter", "tenant", "patient", "gaeste", "guest", "teilnehmer", "participant", "schueler", "pupil",
        "enrol", "foerderer", "unterstuetzer", "supporter", "aussteller", "exhibitor", "besucher", "visitor",
    ];

    private static readonly string[] WinningStems =
    [
        "gewinn", "find", "mehr", "more", "recruit", "rekrut", "attract", "anzieh", "get", "win", "akquir", "werb",
        "fill", "fuell", "kriegen", "bekommen",
    ];

    /// <summary>"mich mit einem Menschen verbinden", "connect me with someone": a word of connecting whose object is the
    /// prospect ("mich", "me", "uns", "us") right before it or right after it.</summary>
    private static bool PutsThrough(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!ConnectingStems.Any(stem => folded[i].Text.StartsWith(stem, StringComparison.Ordinal)))
            {
                continue;
            }

            if (i + 1 < folded.Count && folded[i + 1].Text is "me" or "us" ||
                Enumerable.Range(Math.Max(0, i - 5), Math.Min(i, 5)).Any(k => folded[k].Text is "mich" or "uns" && folded[k + 1].Text == "mit"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of connecting one system to another ("Anbindung", "Schnittstelle", "integrate", "sync").</summary>
    private static bool Connecting(FoldedText folded) =>
        folded.Words.Any(w => ConnectingStems.Any(stem => w.Text.StartsWith(stem, StringComparison.Ordinal)) || w.Text is "api" or "apis");

    private static readonly string[] ConnectingStems =
    [
        "anbind", "angebunden", "integr", "schnittstell", "connect", "sync", "synchron", "kopp", "gekoppelt", "verknuepf",
        "verbind", "verbund", "interface", "link", "hook", "plug", "andock", "wire",
    ];

    // CRM products prospects name by brand; one list, so a brand added here counts wherever a CRM is looked for
    private static readonly HashSet<string> CrmProducts = new(StringComparer.Ordinal)
    {
        "salesforce", "hubspot", "pipedrive", "zoho", "dynamics",
    };

    /// <summary>Whether a folded word is a CRM named by its product ("salesforce", "hubspot").</summary>
    internal static bool IsCrmProduct(string word) => CrmProducts.Contains(word) || word is "hubspots" or "salesforces";

    private static readonly HashSet<string> UpkeepVerbs = new(StringComparer.Ordinal)
    {
        "updates", "update", "maintains", "maintain", "uses", "pflegt", "pflegen", "aktualisiert", "nutzt", "benutzt",
    };

    /// <summary>"we want to replace our CRM, not connect it", "wir wollen unser CRM ablösen": a CRM and a verb of replacing
    /// it, with no word of connecting, syncing or moving data that is not negated. Changing or switching to another one,
    /// or an old CRM beside a new one ("our CRM is very old, we want to change to new one"), is replacing it too.</summary>
    private static bool CrmReplaced(FoldedText folded)
    {
        var crm = false;
        var replacing = false;
        var (aged, fresh) = (false, false);
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            crm |= t == "crm" || CrmProducts.Contains(t);
            replacing |= t.StartsWith("replac", StringComparison.Ordinal) || t.StartsWith("abloes", StringComparison.Ordinal) ||
                         t.StartsWith("ersetz", StringComparison.Ordinal) || t is "swap" or "swapping" or "austauschen" or "tauschen" or
                             "switch" or "switching" or "wechseln" or "umsteigen" or "umstieg" ||
                         t.StartsWith("chang", StringComparison.Ordinal) && i + 1 < folded.Count && folded[i + 1].Text is "to" or "our" or "the" or "crm";
            aged |= t is "old" or "outdated" or "ancient" or "alt" or "altes" or "alten" or "alte" or "veraltet" or "veraltetes" or "uralt";
            fresh |= t is "new" or "neu" or "neues" or "neuen" or "neue" or "another" or "anderes" or "anderen";
            var connecting = t.StartsWith("anbind", StringComparison.Ordinal) ||
                             t.StartsWith("connect", StringComparison.Ordinal) || t.StartsWith("integr", StringComparison.Ordinal) ||
                             t.StartsWith("verbind", StringComparison.Ordinal) || t.StartsWith("sync", StringComparison.Ordinal) ||
                             t.StartsWith("schnittstelle", StringComparison.Ordinal) || t.StartsWith("migr", StringComparison.Ordinal) ||
                             t.StartsWith("plug", StringComparison.Ordinal) || t.StartsWith("import", StringComparison.Ordinal) ||
                             t.StartsWith("uebertrag", StringComparison.Ordinal) || t.StartsWith("transfer", StringComparison.Ordinal) ||
                             t is "link" or "hook" or "api" or "angebunden" or "anzubinden" or "verbunden" or "angeschlossen";
            // ("not connect it", "nicht anbinden", "not an integration", "keine Anbindung")
            var negated = i > 0 && (CommonWords.Negations.Contains(folded[i - 1].Text) ||
                                    i > 1 && folded[i - 1].Text is "an" or "a" or "eine" && CommonWords.Negations.Contains(folded[i - 2].Text));
            if (connecting && !negated)
            {
                return false;
            }
        }

        return crm && (replacing || aged && fresh);
    }

    /// <summary>"wir haben keins", "noch kein CRM", "we don't have one", "we have no CRM yet": a CRM named in an answer
    /// that says the firm has none and wants one, with no other system to connect it to.</summary>
    private static bool NoCrmYet(FoldedText folded) =>
        folded.Words.Any(x => x.Text == "crm") && !folded.Words.Any(x => CrmProducts.Contains(x.Text)) && !folded.HasQuestionMark &&
        folded.Contains(HaveNoCrm) && folded.Words.Any(x => WantOne(x.Text));

    // "brauchen erst mal eins", "need one first", "wollen eins einführen": the system is sought, not only missed.
    private static bool WantOne(string word) =>
        word.StartsWith("brauch", StringComparison.Ordinal) || word.StartsWith("braeucht", StringComparison.Ordinal) ||
        word.StartsWith("need", StringComparison.Ordinal) || word.StartsWith("want", StringComparison.Ordinal) ||
        word.StartsWith("einfuehr", StringComparison.Ordinal) || word.StartsWith("anschaff", StringComparison.Ordinal) ||
        word is "suchen" or "wollen" or "moechten" or "haetten" or "looking" or "set" or "get" or "introduce" or "implement";

    private static readonly string[][] HaveNoCrm = Phrases.Of(
        "haben keins", "haben keines", "haben keinen", "haben noch keins", "haben noch keines", "haben noch kein", "haben gar keins",
        "haben gar kein", "haben kein", "hab keins", "hab kein", "hab noch kein", "habe kein", "habe noch kein", "noch keins",
        "gar keins", "ueberhaupt keins", "bisher keins", "have none", "have no crm", "have no real crm", "don't have one",
        "dont have one", "do not have one", "don't have a crm", "dont have a crm", "do not have a crm", "don't have any",
        "dont have any", "don't even have", "dont even have", "no crm yet", "no crm at all", "without a crm", "ohne crm", "don't have one yet");

    /// <summary>"sort out our CRM, nobody updates it", "keiner pflegt es", "CRM aufräumen": a CRM whose upkeep or tidying
    /// is the pain, with no word of connecting it and none of wanting.</summary>
    private static bool CrmUpkeep(FoldedText folded)
    {
        var crm = false;
        var upkeep = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            crm |= t == "crm" || CrmProducts.Contains(t);
            upkeep |= t is "nobody" or "keiner" or "niemand" && i + 1 < folded.Count && (UpkeepVerbs.Contains(folded[i + 1].Text) || i + 2 < folded.Count && UpkeepVerbs.Contains(folded[i + 2].Text)) ||
                      t is "aufraeumen" or "ausmisten" || t is "sort" or "clean" or "tidy" && i + 1 < folded.Count && folded[i + 1].Text is "out" or "up";
            if (t.StartsWith("anbind", StringComparison.Ordinal) || t.StartsWith("connect", StringComparison.Ordinal) || t.StartsWith("integr", StringComparison.Ordinal) ||
                t.StartsWith("verbind", StringComparison.Ordinal) || t.StartsWith("sync", StringComparison.Ordinal) || t.StartsWith("schnittstelle", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return crm && upkeep && !folded.Contains(Wanting);
    }

    /// <summary>A negation in the same clause right before the match ("kein CRM", "nicht der Entscheider", "I'm not the
    /// owner") or right after it ("ich entscheide nicht").</summary>
    /// <summary>"… into HubSpot without copy paste", "ohne Abtippen": the need's words after "without" name what the
    /// other need spares, no second need.</summary>
    private static bool Without(FoldedText folded, int start) =>
        start > 0 && folded[start - 1].Text is "without" or "ohne" && !folded[start].AfterBreak;
}
