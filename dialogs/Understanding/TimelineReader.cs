using System.Globalization;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// When a prospect wants to start, in either language: LeadBot's own rules for the forms prospects write ("in 2-3
/// Monaten" is a range, "Mitte nächsten Jahres" the middle of next year, "this quarter" from today to the quarter's end,
/// "bis Ende März" from today to the end of March, seasons, calendar weeks, "Ende März 2028" with its year, "in einem
/// halben Jahr", umlaut-free spellings), vague answers kept verbatim ("sobald das Budget freigegeben ist", "no rush"),
/// and the Recognizers' DateTimeModel only as a fallback for a short answer none of the rules reads (its readings are
/// medium: the flow confirms them). Periods that contain today start today; a month or season without a year is the
/// next one not over yet.
/// </summary>
internal static class TimelineReader
{
    private readonly record struct Period(DateOnly Start, DateOnly? End, string Timex);

    private static readonly string[][] Asap = Phrases.Of(
        "sofort", "ab sofort", "umgehend", "asap", "a s a p", "so schnell wie moeglich", "so bald wie moeglich",
        "so schnell es geht", "so schnell wie es geht", "schnellstmoeglich", "baldmoeglichst", "moeglichst bald",
        "moeglichst schnell", "sobald wie moeglich", "sobald als moeglich", "sobald moeglich", "am liebsten gestern", "gestern", "jetzt", "ab jetzt", "dringend", "eilig",
        "zuegig", "immediately", "right away", "right now", "now", "as soon as possible", "as soon as we can",
        // the same wish put to us: "as soon as you can", "so schnell ihr könnt"
        "as soon as you can", "as soon as you guys can", "as soon as you're able", "as soon as you are able", "as fast as you can",
        "as quickly as you can", "so schnell ihr koennt", "so schnell sie koennen", "so schnell wie ihr koennt",
        "so schnell wie sie koennen", "sobald ihr koennt",
        "yesterday", "urgent", "urgently", "straight away", "at once", "now please", "eher gestern als heute", "am besten gestern",
        "ideally yesterday", "preferably yesterday", "needed it yesterday", "like yesterday",
        // Spanish, as prospects from Spain or Latin America write it in an English or German chat
        "lo antes posible", "cuanto antes", "lo mas pronto posible", "lo mas rapido posible", "lo antes que se pueda");

    // The phrases of "as soon as possible" that are no joke about yesterday, by length: one word, several words.
    private static readonly HashSet<string> AsapWordsBesideYesterday =
        new(Asap.Where(p => p.Length == 1 && p[0] is not ("gestern" or "yesterday")).Select(p => p[0]), StringComparer.Ordinal);

    private static readonly string[][] AsapPhrasesBesideYesterday =
        [.. Asap.Where(p => p.Length > 1 && !p.Contains("gestern") && !p.Contains("yesterday"))];

    // Words that the start may never come ("vielleicht auch nie", "or maybe never"); "jetzt oder nie" is urgency, no doubt.
    private static readonly string[][] MaybeNever = Phrases.Of(
        "vielleicht auch nie", "vielleicht nie", "vielleicht auch gar nicht", "oder auch nie", "oder vielleicht nie",
        "maybe never", "possibly never", "perhaps never", "or maybe never", "maybe not at all", "or not at all");

    // "heute noch", "today if possible": that day, unlike "as soon as possible", which sets no end.
    private static readonly string[][] Today = Phrases.Of("heute", "today");

    private static readonly string[][] Soon = Phrases.Of("bald", "zeitnah", "demnaechst", "in kuerze", "kurzfristig", "soon", "shortly", "short term", "very soon", "sehr bald");

    private static readonly string[][] Vague = Phrases.Of(
        "sobald", "as soon as", "once the", "once budget", "once approved", "once it's approved", "when approved", "in den naechsten wochen", "in den kommenden wochen", "in den naechsten monaten", "in den kommenden monaten", "in the coming weeks", "in the next few weeks", "in the coming months", "in the next few months", "once we", "once we've", "once we have", "when we", "when we've", "after we've", "once i've", "sobald wir", "wenn wir", "once our", "when our", "wenn unser", "wenn unsere", "sobald unser", "sobald unsere", "when the budget", "wenn das budget", "wenn der",
        "wenn die", "wenn wir", "nach freigabe", "nach der freigabe", "after approval", "after the approval", "irgendwann",
        "keine eile", "no rush", "no hurry", "not in a hurry", "in no hurry", "eilt nicht", "es eilt nicht", "kein zeitdruck",
        "keinen zeitdruck", "no time pressure", "once", "warten erst", "warten noch", "abwarten", "warten auf", "wait for",
        "waiting for", "waiting on", "fiscal year", "financial year", "geschaeftsjahr",
        "pressiert nicht", "pressierts nicht", "pressiert noed", "pressierts noed", "pressiert ned", "pressierts ned",
        "when my boss", "when my manager", "once my boss", "wenn mein chef", "wenn meine chefin", "sobald mein chef",
        "when he's back", "when she's back", "when they're back", "wenn er zurueck ist", "wenn sie zurueck ist",
        "kein stress", "no pressure", "no deadline", "keine deadline", "mal sehen", "mal schauen", "we'll see", "well see",
        // "erstmal nach der Messe, dann sehen wir weiter": the start is left to be seen
        "sehen wir weiter", "schauen wir weiter", "sehen wir dann", "schauen wir dann", "see from there", "take it from there",
        // "for next FY": the fiscal year abbreviated, whose start is not said
        "fy", "next fy", "this fy",
        "sometime", "some time", "someday", "some day", "at some point", "eventually", "spaeter", "later", "in zukunft", "in the future", "zukunft",
        "langfristig", "long term", "mittelfristig", "medium term", "flexibel", "flexible", "offen", "open", "haengt davon ab",
        "haengt ab", "depends", "it depends", "kommt drauf an", "kommt darauf an", 
        "kein termin", "no date", "not scheduled", "when we're ready", "wenn es passt",
        "wenn wir soweit sind", "derzeit nicht", "not right now", "vorerst nicht", "not yet", "noch nicht", "wenn zeit ist",
        "whenever", "egal", "no timeline", "no fixed date", "kein fester termin", "nicht festgelegt", "not fixed",
        "haengt vom", "haengt von", "haengt von der", "haengt von den", "haengt davon", "abhaengig von", "abhaengig vom", "abhaengig", "depends on", "depending on",
        "kein festes datum", "kein festes", "no set date", "kommt auf", "no fixed timeline", "no set timeline",
        "kein fester zeitplan", "keinen festen zeitplan", "zeitlich offen", "zeitlich flexibel",
        // someone's approval waited for ("when procurement finally signs off", "wenn der Einkauf freigibt")
        "signs off", "sign off", "signed off", "approves", "freigibt", "freigegeben", "green light", "gruenes licht",
        "go ahead", "the ok", "das ok",
        // money the start waits for ("when the funding comes through", "wenn die Förderung bewilligt ist")
        "when the funding", "when funding", "once funding", "when the grant", "once the grant", "when the money",
        "when our funding", "wenn die finanzierung", "wenn die foerderung", "wenn das geld", "sobald die finanzierung",
        "sobald die foerderung", "sobald das geld");

    // "during the coming fiscal year": the whole fiscal year, not its start.
    private static readonly string[][] DuringFiscalYear = Phrases.Of(
        "im neuen geschaeftsjahr", "im naechsten geschaeftsjahr", "im kommenden geschaeftsjahr", "in the new fiscal year",
        "in the next fiscal year", "in our next fiscal year", "in our new fiscal year", "during the next fiscal year",
        "in the new financial year", "in the next financial year");

    // "next fiscal year (ours starts July 1)": the coming fiscal year with the first day of the prospect's own said beside it.
    private static readonly string[][] NextFiscalYearOwnStart = Phrases.Of(
        "next fiscal year ours", "next financial year ours", "new fiscal year ours", "new financial year ours",
        "naechstes geschaeftsjahr beginnt bei uns", "naechstes geschaeftsjahr startet bei uns", "naechstes geschaeftsjahr bei uns",
        "neues geschaeftsjahr beginnt bei uns", "neues geschaeftsjahr startet bei uns", "naechstes geschaeftsjahr das beginnt bei uns");

    // Words of being held by a contract or commitment ("locked in", "tied to", "gebunden").
    private static readonly string[][] HeldBy = Phrases.Of(
        "locked in", "locked into", "tied in", "tied into", "tied to", "stuck in", "stuck with", "bound by", "gebunden",
        "vertraglich gebunden", "festgenagelt");

    // Words of being too busy to start ("busy till March", "bis März ausgebucht", "bis Ostern keine Zeit"), which with an
    // "until" say when the start can come rather than by when it must.
    private static readonly string[][] BusyWords = Phrases.Of(
        "busy", "slammed", "swamped", "snowed under", "flat out", "booked", "booked up", "fully booked", "maxed out",
        "no capacity", "no bandwidth", "have no time", "got no time", "don't have time", "dont have time", "no time for",
        "ausgebucht", "ausgelastet", "keine zeit", "keine kapazitaet", "keine kapazitaeten", "land unter", "keinen kopf",
        "zu viel zu tun", "viel zu tun", "alle haende voll", "dicht");

    /// <summary>Whether the clause of the "until" at word <paramref name="until"/> says the prospect is too busy ("busy
    /// till March"), including "voll" closing it ("wir sind bis März voll") but not "voll" as a mere "very" ("bis März wär
    /// voll gut"); "by" is a deadline whatever is said beside it ("booked by March").</summary>
    private static bool BusyUntil(FoldedText folded, int until)
    {
        if (folded[until].Text == "by")
        {
            return false;
        }

        var (b, _) = folded.Find(BusyWords);
        if (b < 0)
        {
            b = Enumerable.Range(0, folded.Count).FirstOrDefault(k => folded[k].Text == "voll" && (k + 1 == folded.Count || folded[k + 1].AfterBreak), -1);
        }

        return b >= 0 && Enumerable.Range(Math.Min(b, until) + 1, Math.Abs(b - until)).All(k => !folded[k].AfterBreak);
    }

    // Words that the start does not matter, which a don't-know beside them explains ("idk, whenever").
    private static readonly string[][] AnyTime = Phrases.Of(
        "whenever", "egal", "ist egal", "no rush", "no hurry", "keine eile", "eilt nicht", "irgendwann", "sometime", "someday",
        "some day", "anytime", "any time", "jederzeit");

    // "vielleicht im Q2", "not sure yet, maybe March": a date the prospect doubts is confirmed
    private static readonly string[][] Hedges = Phrases.Of(
        "vielleicht", "eventuell", "evtl", "maybe", "perhaps", "possibly", "not sure", "nicht sicher", "unsicher", "unsure");

    private static readonly string[][] Unknown = Phrases.Of([
        "weiss nicht", "weiss ich nicht", "weiss ich noch nicht", "keine ahnung", "unklar", "noch unklar", "unbekannt",
        "kann ich nicht sagen", "idk", "dunno", "kann ich noch nicht sagen", "don't know", "dont know", "do not know", "i don't know",
        "weiss noch nicht", "weiss es noch nicht", "wissen wir noch nicht", "wissen wir nicht", "don't know yet", "dont know yet",
        "not sure", "no idea", "unknown", "tbd", "undecided", "not decided", "unsure", "no clue", "can't say", "k a",
        // "schwer zu sagen", "hard to say": the prospect cannot tell yet
        "schwer zu sagen", "schwierig zu sagen", "kann man schwer sagen", "hard to say", "tough to say", "difficult to say", "hard to tell",
        // dialect: "weiß ned", "i woaß ned"
        "weiss ned", "woass ned", "woas ned", "waas ned",
        // "who knows", "wer weiß": nobody can tell yet
        "who knows", "wer weiss", "wer weiss das schon", "god knows", "weiss der himmel", "weiss der geier",
        // chat shorthand of "kein Plan"
        "kp", "kein plan", "keinen plan",
        // "haven't got a clue", "keinen blassen Schimmer": no idea in other words
        .. CommonWords.NoClue]);

    // "I'm not the right person to ask", "da bin ich der Falsche": the prospect does not know and says someone else would;
    // unknown, confirmed, as no words say so outright
    private static readonly string[][] WrongPerson = Phrases.Of(
        "not the right person", "not the person to ask", "wrong person", "not the right one to ask",
        "nicht der richtige ansprechpartner", "nicht die richtige ansprechpartnerin", "nicht die richtige person",
        "der falsche ansprechpartner", "die falsche ansprechpartnerin", "bin ich der falsche", "bin ich die falsche",
        "nicht zustaendig", "not my call", "above my pay grade");

    // "no timeline yet", "noch kein Termin": a start not set yet is not known yet, or left open; careful writers record
    // either, so the reading is unknown, confirmed
    private static readonly string[][] NotSetYet = Phrases.Of(
        "no timeline yet", "no date yet", "not planned yet", "not scheduled yet", "no timeframe yet", "no time frame yet",
        "noch kein termin", "noch keinen termin", "noch kein zeitplan", "noch keinen zeitplan", "noch nicht geplant",
        "noch nicht terminiert",
        // "we're still figuring things out", "sind noch am Überlegen": the start is still being worked out
        "still figuring", "figuring things out", "figuring it out", "figuring that out", "still working it out",
        "noch am ueberlegen", "ueberlegen noch");

    // Words of a deadline before a period ("hard deadline end of Q1", "Deadline ist Ende März").
    private static readonly string[][] Deadline = Phrases.Of(
        "deadline", "hard deadline", "deadline is", "the deadline is", "our deadline is", "deadline ist", "frist", "frist ist",
        "stichtag", "stichtag ist");

    // Words of an agreement that runs out ("our contract with the current vendor ends Dec 31").
    private static readonly HashSet<string> ContractWords = new(StringComparer.Ordinal)
    {
        "contract", "vertrag", "license", "licence", "lizenz", "subscription", "abo", "abonnement", "lease", "mietvertrag",
        "laufzeit",
        // a system or tool said to be switched off ("unser altes System läuft am 31.12. aus") is ended the same way
        "system", "altsystem", "software", "tool", "plattform", "platform", "support", "wartung",
    };

    // Words of hope before a period ("hopefully spring", "hoffentlich im Frühjahr").
    private static readonly string[][] Hopes = Phrases.Of(
        "hopefully", "hoffentlich", "hopefully by", "hopefully in", "with luck", "mit glueck", "hopefully around");

    // Words that wish for a start, before "starting" ("ideally starting January"): "starting" is then the verb of the start.
    private static readonly string[][] StartWishes = Phrases.Of(
        "ideally", "idealerweise", "preferably", "hopefully", "hoffentlich");

    private static readonly string[][] Until = Phrases.Of(
        "bis", "bis zum", "bis zur", "bis spaetestens", "spaetestens", "spaetestens im", "spaetestens bis", "by", "by the",
        "until", "till", "til", "no later than", "at the latest", "before the", "bis ende", "vor ende", "spaetestens aber",
        "spaetestens jedoch", "spaetestens allerdings", "spaetestens doch");

    private static readonly string[][] Before = Phrases.Of("vor", "before", "prior to", "noch vor dem", "noch vor", "still before", "noch vor den");

    private static readonly string[][] From = Phrases.Of(
        "ab", "ab dem", "ab der", "fruehestens", "fruehestens im", "fruehestens ab", "nicht vor", "nicht vor dem",
        "nicht vor der", "not before", "earliest", "at the earliest", "from", "starting", "starting from", "not until",
        "erst ab", "nicht vor ende", "nicht vor mitte", "no earlier than",
        "not earlier than", "nicht frueher als", "not sooner than", "no sooner than",
        // southern German, Austrian and Swiss "nicht": "ned vor Ostern", "nöd vor März"
        "ned vor", "ned vor dem", "ned vor der", "net vor", "net vor dem", "net vor der", "nid vor", "noed vor", "not til",
        // "not till March", "nix vor März", "nothing before March": nothing happens before it, so it is the earliest start
        "not till", "not till the", "not til the", "not until the", "nix vor", "nichts vor", "nuescht vor", "nothing before",
        "nothing till", "nothing until", "keine chance vor", "no chance before");

    /// <summary>The last word of a "nothing goes" phrase right after word <paramref name="end"/>, past a filler or two
    /// ("vor März geht da leider nix"), or -1; a bare "nix"/"nothing" counts only where its clause ends.</summary>
    private static int NothingGoesAfter(FoldedText t, int end)
    {
        var k = end + 1;
        // "vor März geht da leider gar nix": the verb, a filler or two, then the "nothing"
        if (k < t.Count && t[k].Text is "geht" or "gehts" or "laeuft" or "klappt" or "ist" or "wird" or "passiert" or "tut")
        {
            for (var m = k + 1; m < t.Count && m <= k + 4 && !t[m].AfterBreak; m++)
            {
                if (t[m].Text is "nix" or "nichts" or "nuescht" or "nischt" or "nicht")
                {
                    return m;
                }

                if (!NothingFillers.Contains(t[m].Text) && t[m].Text is not ("das" or "es" or "gar" or "sich"))
                {
                    break;
                }
            }
        }

        for (var skipped = 0; skipped <= 2 && k < t.Count; skipped++, k++)
        {
            foreach (var p in NothingGoes)
            {
                if (t.MatchesAt(k, p) && (p.Length > 1 || k + 1 == t.Count || t[k + 1].AfterBreak || p[0] is not ("nix" or "nichts" or "nothing")))
                {
                    return k + p.Length - 1;
                }
            }

            if (k + 1 < t.Count && t[k + 1].AfterBreak || !NothingFillers.Contains(t[k].Text))
            {
                break;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> NothingFillers = new(StringComparer.Ordinal)
    {
        "da", "there", "leider", "sadly", "unfortunately", "halt", "eh", "sowieso", "really", "wirklich", "just", "bei", "uns",
        "for", "us", "echt", "einfach", "simply", "absolutely", "absolut", "mal",
    };

    // Words after "vor März", "before March" that say nothing happens until then ("vor März geht nix", "before March
    // nothing works"), so the period is the earliest start, as in "nicht vor März".
    private static readonly string[][] NothingGoes = Phrases.Of(
        "geht nix", "geht nichts", "geht nuescht", "geht gar nix", "geht gar nichts", "geht da nix", "geht da nichts",
        "geht bei uns nix", "geht bei uns nichts", "gehts nicht", "geht es nicht", "geht das nicht", "geht leider nix",
        "geht leider nichts", "laeuft nix", "laeuft nichts", "klappt nix", "klappt nichts", "klappt das nicht",
        "wird das nix", "wird das nichts", "wird es nichts", "ist nix", "ist nichts", "ist da nix", "ist da nichts",
        "keine chance", "leider keine chance", "nix", "nichts", "nothing works", "nothing doing", "nothing happens",
        "nothing will happen", "nothing goes", "no chance", "no way", "not possible", "not happening", "impossible",
        "unmoeglich", "geht nicht", "won't work", "wont work", "doesn't work", "doesnt work", "we can't", "we cant",
        "can't do anything", "cant do anything", "keine zeit", "no time", "nothing");

    private static readonly string[][] After = Phrases.Of("nach", "after", "nach dem", "nach der", "nach den", "after the");

    private static readonly Dictionary<string, int> MonthNames = new(StringComparer.Ordinal)
    {
        ["januar"] = 1, ["jaenner"] = 1, ["january"] = 1, ["februar"] = 2, ["feber"] = 2, ["february"] = 2, ["maerz"] = 3,
        ["marz"] = 3, ["march"] = 3, ["april"] = 4, ["mai"] = 5, ["may"] = 5, ["juni"] = 6, ["june"] = 6, ["juli"] = 7,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["oktober"] = 10, ["october"] = 10, ["november"] = 11,
        ["dezember"] = 12, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mrz"] = 3, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["okt"] = 10, ["oct"] = 10, ["nov"] = 11, ["dez"] = 12, ["dec"] = 12,
    };

    // The words for the beginning, middle and end of a period ("Anfang März", "mid-Q2", "late January"), and which part:
    // 1 the first third of a month, 2 the second, 3 the last.
    private static readonly Dictionary<string, int> MonthParts = new(StringComparer.Ordinal)
    {
        ["anfang"] = 1, ["beginn"] = 1, ["early"] = 1, ["fruehen"] = 1, ["beginning"] = 1, ["start"] = 1,
        ["mitte"] = 2, ["mid"] = 2, ["middle"] = 2,
        ["ende"] = 3, ["end"] = 3, ["late"] = 3, ["spaet"] = 3,
    };

    /// <summary>Whether a folded word names a month ("maerz", "sept").</summary>
    internal static bool IsMonthName(string folded) => MonthNames.ContainsKey(folded);

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["ein"] = 1, ["eine"] = 1, ["einem"] = 1, ["einer"] = 1, ["einen"] = 1, ["eins"] = 1, ["a"] = 1, ["an"] = 1, ["one"] = 1,
        ["zwei"] = 2, ["two"] = 2, ["couple"] = 2, ["drei"] = 3, ["three"] = 3, ["vier"] = 4, ["four"] = 4, ["fuenf"] = 5,
        ["five"] = 5, ["sechs"] = 6, ["six"] = 6, ["sieben"] = 7, ["seven"] = 7, ["acht"] = 8, ["eight"] = 8, ["neun"] = 9,
        ["nine"] = 9, ["zehn"] = 10, ["ten"] = 10, ["elf"] = 11, ["eleven"] = 11, ["zwoelf"] = 12, ["zwolf"] = 12,
        ["twelve"] = 12, ["achtzehn"] = 18, ["eighteen"] = 18, ["vierundzwanzig"] = 24, ["anderthalb"] = 1.5,
        ["eineinhalb"] = 1.5, ["paar"] = 3, ["few"] = 3, ["several"] = 3, ["einigen"] = 3, ["wenigen"] = 3,
    };

    private enum Unit
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
    }

    // French and Italian words of a start, as Swiss prospects write them in a German or English chat, in the English the
    // reader reads: month names, the parts of a month, "by", "from", "as soon as possible" and "don't know".
    private static readonly Dictionary<string, string> ForeignWords = new(StringComparer.Ordinal)
    {
        ["janvier"] = "january", ["fevrier"] = "february", ["avril"] = "april", ["juin"] = "june", ["juillet"] = "july",
        ["aout"] = "august", ["septembre"] = "september", ["octobre"] = "october", ["novembre"] = "november", ["decembre"] = "december",
        ["gennaio"] = "january", ["febbraio"] = "february", ["marzo"] = "march", ["aprile"] = "april", ["maggio"] = "may",
        ["giugno"] = "june", ["luglio"] = "july", ["agosto"] = "august", ["settembre"] = "september", ["ottobre"] = "october",
        ["dicembre"] = "december",
        ["debut"] = "early", ["fin"] = "end of", ["mi"] = "mid", ["inizio"] = "early", ["fine"] = "end of", ["meta"] = "mid",
        ["entro"] = "by", ["avant"] = "before", ["apres"] = "after", ["dopo"] = "after", ["prima"] = "before", ["da"] = "from",
        ["mars"] = "march", ["forse"] = "maybe", ["peut"] = "maybe", ["etre"] = string.Empty, ["o"] = "or", ["ou"] = "or", ["des"] = "from", ["partir"] = "from", ["d'ici"] = "by", ["jusqu'a"] = "by", ["en"] = "in", ["a"] = "in",
        ["di"] = string.Empty, ["de"] = string.Empty, ["le"] = string.Empty, ["la"] = string.Empty, ["il"] = string.Empty,
        ["l'anno"] = "the year", ["anno"] = "year", ["prossimo"] = "next", ["l'annee"] = "the year", ["annee"] = "year",
        ["prochaine"] = "next", ["prochain"] = "next", ["mois"] = "month", ["mese"] = "month",
        ["trimestre"] = "quarter",
        // ("principios de 2027", "a finales de marzo", "meados de abril": the Spanish and Portuguese of Spanish and
        // Portuguese prospects writing in a German or English chat)
        ["enero"] = "january", ["febrero"] = "february", ["abril"] = "april", ["mayo"] = "may", ["junio"] = "june",
        ["julio"] = "july", ["septiembre"] = "september", ["setiembre"] = "september", ["octubre"] = "october",
        ["noviembre"] = "november", ["diciembre"] = "december", ["janeiro"] = "january", ["fevereiro"] = "february",
        ["maio"] = "may", ["junho"] = "june", ["julho"] = "july", ["setembro"] = "september", ["outubro"] = "october",
        ["novembro"] = "november", ["dezembro"] = "december",
        ["principios"] = "early", ["comienzos"] = "early", ["inicios"] = "early", ["inicio"] = "early", ["finales"] = "end of",
        ["finais"] = "end of", ["fim"] = "end of", ["mediados"] = "mid", ["meados"] = "mid", ["del"] = string.Empty,
        ["do"] = string.Empty, ["hasta"] = "by", ["antes"] = "before", ["despues"] = "after", ["depois"] = "after",
        ["desde"] = "from", ["proximo"] = "next", ["proxima"] = "next",
        // ("volgend jaar", "begin maart", "na de zomer", "binnen 3 maanden": the Dutch of Dutch and Flemish prospects)
        ["volgend"] = "next", ["volgende"] = "next", ["jaar"] = "year", ["maand"] = "month", ["maanden"] = "months",
        ["week"] = "week", ["weken"] = "weeks", ["kwartaal"] = "quarter", ["januari"] = "january", ["februari"] = "february",
        ["maart"] = "march", ["mei"] = "may", ["juni"] = "june", ["juli"] = "july", ["augustus"] = "august",
        ["oktober"] = "october", ["begin"] = "early", ["eind"] = "end of", ["half"] = "mid", ["na"] = "after", ["voor"] = "before",
        ["het"] = string.Empty, ["vanaf"] = "from", ["uiterlijk"] = "by", ["binnen"] = "within",
        ["voorjaar"] = "spring", ["najaar"] = "autumn", ["zomer"] = "summer",
    };

    // Whole French and Italian answers of "as soon as possible" and "don't know".
    private static readonly (string[] Words, string English)[] ForeignPhrases =
    [
        (["des", "que", "possible"], "asap"), (["au", "plus", "vite"], "asap"), (["le", "plus", "vite", "possible"], "asap"),
        (["le", "plus", "tot", "possible"], "asap"), (["tout", "de", "suite"], "asap"), (["immediatement"], "asap"),
        (["subito"], "asap"), (["il", "prima", "possibile"], "asap"), (["prima", "possibile"], "asap"), (["al", "piu", "presto"], "asap"),
        (["appena", "possibile"], "asap"), (["quanto", "prima"], "asap"),
        (["je", "ne", "sais", "pas"], "don't know"), (["je", "sais", "pas"], "don't know"), (["aucune", "idee"], "don't know"),
        (["non", "lo", "so"], "don't know"), (["non", "so"], "don't know"), (["boh"], "don't know"),
        (["zo", "snel", "mogelijk"], "asap"), (["zo", "snel", "als", "mogelijk"], "asap"), (["zsm"], "asap"),
        (["geen", "idee"], "don't know"), (["weet", "ik", "niet"], "don't know"), (["weet", "ik", "nog", "niet"], "don't know yet"),
    ];

    // The Dutch words among the cues below: a Dutch gloss is sure only where its English reading covers all of it, as the
    // English answer would be read ("volgend jaar maart" is more than "next year").
    private static readonly HashSet<string> DutchCues = new(StringComparer.Ordinal)
    {
        "volgend", "volgende", "jaar", "maand", "maanden", "weken", "kwartaal", "januari", "februari", "maart", "augustus",
        "voorjaar", "najaar", "zomer", "vanaf", "uiterlijk",
    };

    // French and Italian words that only a start in those languages has ("janvier", "entro", "dès que possible"): one of them
    // must be in the answer before its other words ("fine", "a", "de") are read as French or Italian.
    private static readonly HashSet<string> ForeignCues = new(
    [
        "janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "gennaio",
        "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre", "entro",
        "debut", "inizio", "d'ici", "prochaine", "prossimo", "fin", "mars", "trimestre",
        "enero", "febrero", "junio", "julio", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro",
        "fevereiro", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "principios", "comienzos",
        "inicios", "finales", "finais", "mediados", "meados", .. DutchCues,
    ], StringComparer.Ordinal);

    private static readonly System.Text.RegularExpressions.Regex ThisYearDialect = new(
        @"\bheuer\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // a quarter by its number in French, Italian or Spanish ("1er trimestre", "primo trimestre", "segundo trimestre")
    private static readonly System.Text.RegularExpressions.Regex ForeignQuarter = new(
        @"\b(?:(?<n>[1-4])\s?(?:er|re|e|ème|eme|°|º|o)?|(?<w>premier|première|primo|primer|deuxième|deuxieme|secondo|segundo|troisième|troisieme|terzo|tercer|quatrième|quatrieme|quarto|cuarto))\s+trimestre\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Words of "now" that say how long the not knowing holds ("kann ich jetzt noch nicht sagen", "I don't know right now"),
    // not when to start.
    private static readonly System.Text.RegularExpressions.Regex NowOfNotKnowing = new(
        @"\b(jetzt|grad|gerade|momentan|aktuell|derzeit|zurzeit|zur zeit|im moment|right now|at the moment|atm|currently|at present|as of now|just now)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Words of knowing or telling, which a "now" must share its clause with to be read as part of not knowing.
    private static readonly HashSet<string> KnowingWords = new(StringComparer.Ordinal)
    {
        "weiss", "wissen", "weiss's", "sagen", "ahnung", "know", "say", "tell", "idea", "clue", "sure", "idk", "dunno", "sicher",
        "plan", "kp",
    };

    /// <summary>The answer without its words of "now" when each of them stands in a clause of knowing or telling ("Kann ich
    /// jetzt noch nicht sagen" → "Kann ich noch nicht sagen"), else null.</summary>
    private static string? WithoutNowOfNotKnowing(string text)
    {
        var matches = NowOfNotKnowing.Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        foreach (System.Text.RegularExpressions.Match m in matches)
        {
            var from = text.LastIndexOfAny(ClauseMarks, Math.Max(0, m.Index - 1)) + 1;
            var to = text.IndexOfAny(ClauseMarks, m.Index + m.Length);
            var clause = FoldedText.Of(text[from..(to < 0 ? text.Length : to)]);
            if (!clause.Words.Any(w => KnowingWords.Contains(w.Text)))
            {
                return null;
            }
        }

        return NowOfNotKnowing.Replace(text, " ");
    }

    private static readonly char[] ClauseMarks = [',', ';', '.', '!', '?', ':', '(', ')', '\n', '–', '—'];

    private static readonly System.Text.RegularExpressions.Regex ThisSideOf = new(
        @"\bthis side of\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static int ForeignQuarterNumber(System.Text.RegularExpressions.Match m) =>
        m.Groups["n"].Success ? m.Groups["n"].Value[0] - '0' : m.Groups["w"].Value.ToLowerInvariant() switch
        {
            "premier" or "première" or "primo" or "primer" => 1,
            "deuxième" or "deuxieme" or "secondo" or "segundo" => 2,
            "troisième" or "troisieme" or "terzo" or "tercer" => 3,
            _ => 4,
        };

    // The vocabulary of a start in French or Italian for the gloss
    private static readonly RomanceGloss.Vocabulary StartWords = new(ForeignCues, ForeignWords, ForeignPhrases);

    /// <summary>Whether a start word opens a clause of its own or follows "also"/"so"/"i.e." ("wenn der neue Fahrplan läuft,
    /// also ab Fahrplanwechsel", "once it's live, so from the switchover"): the writer names a point in time the reader
    /// cannot date, so the answer is no sure "vague".</summary>
    private static bool StartNamedAfter(FoldedText folded)
    {
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is "ab" or "from" or "starting" or "beginning" or "beginnend" or "spaetestens" or "by" or "bis" &&
                (folded[i].AfterBreak || folded[i - 1].Text is "also" or "so" or "ie" or "sprich" or "dh" or "namely" or "quasi" or "i"))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="whole">Whether <paramref name="text"/> is the whole answer to the timeline question: only then must a
    /// sure reading account for every word (a clause cut from a longer message leaves the rest to the other readers).</param>
    public static SlotReading? Read(string text, DateTime reference, string culture, bool whole = false)
    {
        var reading = ReadAny(text, reference, culture, whole);
        return reading is { Value: TimelineEstimate { Start: { } start } } && start > DateOnly.FromDateTime(reference).AddYears(TimelineRecognizer.FurthestYearsAhead)
            ? null
            : reading;
    }

    private static SlotReading? ReadAny(string text, DateTime reference, string culture, bool whole)
    {
        var today = DateOnly.FromDateTime(reference);
        var folded = FoldedText.Of(text);
        if (folded.Count == 0)
        {
            // a shrug alone: the prospect does not know, which the emoji only hints at; confirmed
            return CommonWords.ShrugOnly(text)
                ? new SlotReading("timeline", TimelineEstimate.Unknown(text.Trim()), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous }
                : null;
        }

        var trimmed = text.Trim();
        if (ForeignQuarter.IsMatch(trimmed) &&
            Read(ForeignQuarter.Replace(trimmed, m => "Q" + ForeignQuarterNumber(m)), reference, culture, whole) is { } quarter)
        {
            // "1er trimestre 2027", "primo trimestre", "segundo trimestre": a quarter by its number in French, Italian or
            // Spanish is that quarter, read as "Q1"
            return quarter with { Value = quarter.Value is TimelineEstimate q ? q with { Text = trimmed } : quarter.Value, Evidence = trimmed };
        }

        if (ThisSideOf.IsMatch(trimmed) &&
            Read(ThisSideOf.Replace(trimmed, "before"), reference, culture, whole) is { } beforeIt)
        {
            // "this side of Christmas", "this side of Easter": the British "before"
            return beforeIt with { Value = beforeIt.Value is TimelineEstimate b ? b with { Text = trimmed } : beforeIt.Value, Evidence = trimmed };
        }

        if (ThisYearDialect.IsMatch(trimmed) && !folded.Words.Any(w => CommonWords.Negations.Contains(w.Text) || w.Text is "nimmer" or "nimma" or "ned" or "net") &&
            Read(ThisYearDialect.Replace(trimmed, "dieses Jahr"), reference, culture, whole) is { } thisYear)
        {
            // "heuer noch": the Austrian and Bavarian "heuer" is "dieses Jahr" (not when denied: "heuer nimmer")
            return thisYear with { Value = thisYear.Value is TimelineEstimate h ? h with { Text = trimmed } : thisYear.Value, Evidence = trimmed };
        }

        if (CountCorrected.Match(trimmed) is { Success: true } corrected &&
            Read(corrected.Groups[1].Value + corrected.Groups[4].Value + corrected.Groups[3].Value, reference, culture) is { Value: TimelineEstimate { Start: not null } } recounted)
        {
            // "In 3 Monaten, ne eher 6", "in 2 weeks, no make that 4": a bare number after a correcting word replaces the
            // count in the unit it corrects; confirmed, as the unit is carried over, not said
            return recounted with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate, Evidence = trimmed };
        }

        if (RomanceGloss.Of(folded, StartWords) is var (english, allRead))
        {
            // read in English; sure only when every word was known, and only for an answer the English reads sure
            if (Read(english, reference, RecognizerCulture.English, whole) is not { } translated)
            {
                return null;
            }

            var value = translated.Value is TimelineEstimate t ? t with { Text = trimmed } : translated.Value;
            return allRead && translated.Confidence == Confidence.High &&
                   (!folded.Words.Any(w => DutchCues.Contains(w.Text)) || translated.Evidence.Length >= english.Trim().Length)
                ? translated with { Value = value, Evidence = trimmed }
                : translated with { Value = value, Evidence = trimmed, Confidence = Confidence.Medium, Hint = translated.Hint ?? ReadingHints.Approximate };
        }

        if (WithoutNowOfNotKnowing(trimmed) is { } stripped && FoldedText.Of(stripped).Contains(Unknown) &&
            Read(stripped, reference, culture, whole) is { Value: TimelineEstimate { IsUnknown: true, IsVague: false } u } unknown)
        {
            // "Kann ich jetzt noch nicht sagen", "I don't know right now": the "now" says how long the not knowing holds, so
            // it is neither a start today nor the "noch nicht" of a start put off
            return unknown with { Value = u with { Text = trimmed }, Evidence = trimmed };
        }

        if (folded.Contains(MaybeNever))
        {
            // "vielleicht in einem halben Jahr, vielleicht auch nie": a start that may never come is no date, whatever
            // period is said beside it
            return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.High, trimmed);
        }

        if (!folded.Contains(Asap) && VendorReadyAnswer.IsMatch(trimmed))
        {
            // "Sobald Sie liefern können", "as soon as you guys are ready": the start waits on nothing but us, which is the
            // wish to start now put to the vendor, not a condition; confirmed, as the words name no time
            // (the plain "as soon as you can" is read with the other words of now)
            return new SlotReading("timeline", new TimelineEstimate(today, null, Date(today), false, trimmed), Confidence.Medium, trimmed)
            {
                Hint = ReadingHints.Approximate,
            };
        }

        if (FindPeriod(folded, today) is { } found)
        {
            var (period, start, end) = found;
            // the mark of a date said for an academic period is the reader's own, not part of the stored timex
            period = period with { Timex = period.Timex.Replace("/term-dated", string.Empty, StringComparison.Ordinal) };
            var s = period.Start < today && (period.End is null || period.End >= today) ? today : period.Start;
            var estimate = new TimelineEstimate(s, period.End, period.Timex, false, trimmed);
            var evidence = folded.Span(start, end);
            if ((period.End ?? period.Start) < today)
            {
                // a start that has already passed is no plan to confirm: ask again and say why
                return new SlotReading("timeline", estimate, Confidence.Low, evidence) { Hint = ReadingHints.Past };
            }

            if (start > 0 && folded[start - 1].Text is "ab" or "from" or "starting" && IsSeasonWord(folded[start].Text) && period.End is not null)
            {
                // "ab Frühjahr", "from spring": the season, confirmed wherever it is said (its edges are a guess, and "ab" may
                // mean from its first day on)
                return new SlotReading("timeline", estimate, Confidence.Medium, folded.Span(start - 1, end)) { Hint = ReadingHints.Approximate };
            }

            if (period.End is { } deadline && period.Start <= today && NextClause(folded, end) is { } clause &&
                FindPeriod(FoldedText.Of(text[folded[clause].Start..]), today) is var (tighter, _, _) &&
                tighter.Start <= today && tighter.End is { } tighterEnd && tighterEnd >= today && tighterEnd < deadline &&
                tighter.Timex != "soon")
            {
                // "this year still, before xmas if we can", "dieses Jahr noch, am besten vor Weihnachten": a deadline, then
                // in a clause of its own a tighter one is the date the prospect aims at; confirmed, as the first still holds
                var aimed = new TimelineEstimate(today, tighterEnd, tighter.Timex.TrimStart('~'), false, trimmed);
                return new SlotReading("timeline", aimed, Confidence.Medium, trimmed) { Hint = ReadingHints.Approximate };
            }

            if (period.End is { } heldUntil && period.Start <= today && folded.Find(Until) is { At: >= 0 } until && until.At <= start &&
                (folded.Contains(HeldBy) || BusyUntil(folded, until.At)))
            {
                // "we're locked in a contract until June 30", "wir sind bis März vertraglich gebunden", "busy till March",
                // "bis März ausgebucht": what holds the prospect until then is no deadline for the start but what it
                // waits for, so the start is the day after; confirmed, as the words date the contract or the busy time,
                // not the start
                var after = new TimelineEstimate(heldUntil.AddDays(1), null, null, false, trimmed);
                return new SlotReading("timeline", after, Confidence.Medium, evidence) { Hint = ReadingHints.Ambiguous };
            }

            if (period.End is { } monthEnd && (period.Start.Day == 1 && monthEnd == period.Start.AddMonths(1).AddDays(-1) && folded.Contains(DuringFiscalYear) ||
                monthEnd == period.Start && (folded.Contains(DuringFiscalYear) || folded.Contains(NextFiscalYearOwnStart))))
            {
                // "im neuen Geschäftsjahr (beginnt bei uns im April)", "next fiscal year (ours starts July 1)": during the
                // coming fiscal year, whose first month or day is said, is the twelve months from it; confirmed, as the
                // month alone may be meant
                var fiscal = new TimelineEstimate(period.Start, period.Start.AddYears(1).AddDays(-1), null, false, trimmed);
                return new SlotReading("timeline", fiscal, Confidence.Medium, evidence) { Hint = ReadingHints.Ambiguous };
            }

            if (DependsOn(folded, start))
            {
                // "depends on our Q1 numbers", "hängt von den Zahlen im März ab": the period is what the start depends on,
                // a condition rather than a time
                return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.High, trimmed);
            }

            if (HopedAfterCondition(folded, start))
            {
                // "once we close our Series B, hopefully spring": the period is a hope about when the condition is met, not a
                // date set for the start; confirmed, as the hope may be meant as the start
                return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
            }

            if (AfterCondition(folded, start) && Enumerable.Range(Math.Max(0, start - 2), start - Math.Max(0, start - 2)).Any(k => folded[k].Text is
                    "probably" or "likely" or "presumably" or "wahrscheinlich" or "voraussichtlich" or "vermutlich"))
            {
                // "once the new CRM is live, probably Feb": a guess at when the condition is met, which the start waits for;
                // confirmed, as the guess may be the start or only the condition's date
                return new SlotReading("timeline", estimate with { Timex = period.Timex.TrimStart('~') }, Confidence.Medium, evidence) { Hint = ReadingHints.Approximate };
            }

            if (AfterCondition(folded, start) && period.End == period.Start &&
                (folded[start].Text is "am" or "on" || folded[start - 1].Text is "am" or "on"))
            {
                // "sobald der Vorstand zugestimmt hat, Sitzung ist am 10.12.": the day the condition is settled, so the start
                // is from the day after; confirmed, as the day dates the meeting, not the start
                var dayAfter = new TimelineEstimate(period.Start.AddDays(1), null, null, false, trimmed);
                return new SlotReading("timeline", dayAfter, Confidence.Medium, evidence) { Hint = ReadingHints.Ambiguous };
            }

            if (period.Timex == "soon" && folded.Contains(Vague))
            {
                if (GuessAfterCondition(folded, today) is { } guess)
                {
                    // "as soon as our new CTO starts, probably February": a dated guess in a later clause says when the
                    // condition is expected to be met, so it is the start; confirmed, as it is a guess
                    var guessed2 = new TimelineEstimate(guess.Start < today ? today : guess.Start, guess.End, guess.Timex.TrimStart('~'), false, trimmed);
                    return new SlotReading("timeline", guessed2, Confidence.Medium, trimmed) { Hint = ReadingHints.Approximate };
                }

                if (HopeAfterCondition(folded, today))
                {
                    // "as soon as our new CRM is live (hopefully Feb)": a hoped date in a later clause may be when the
                    // condition is met or the start, like "once we close our Series B, hopefully spring"; vague, confirmed
                    return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
                }

                // "as soon as the budget is approved" names a condition, not a time
                return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.High, trimmed);
            }

            // "…, so probably April": a word of guessing right before the period in its clause makes it a guess
            var guessBefore = Enumerable.Range(Math.Max(0, start - 3), start - Math.Max(0, start - 3)).Any(k => folded[k].Text is
                "probably" or "likely" or "presumably" or "wahrscheinlich" or "vermutlich" or "voraussichtlich" or "wohl");
            // "January-ish", "3 months-ish": the prospect marks the period as rough
            var guessed = period.Timex == "soon" || period.Timex.StartsWith('~') || folded.Contains(Hedges) || PartOfMonth(period, folded) || guessBefore ||
                          folded.Words.Any(w => w.Text == "ish") ||
                          EndOfComingYear(period, folded, today) ||
                          culture != RecognizerCulture.German && DottedDayAndMonth(folded, start, end) || whole && DayLeftUnread(folded, period);
            var confidence = guessed ? Confidence.Medium : Confidence.High;
            return new SlotReading("timeline", estimate with { Timex = period.Timex == "soon" ? null : period.Timex.TrimStart('~') }, confidence, evidence)
            {
                Hint = guessed ? ReadingHints.Approximate : null,
            };
        }

        if (folded.Contains(NotSetYet) || folded.Contains(WrongPerson) || DependsOnColleague(folded) || whole && !folded.Contains(Unknown) && AsksSomeoneElse(folded))
        {
            return new SlotReading("timeline", TimelineEstimate.Unknown(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
        }

        if (whole && DoubtThenDepends(folded))
        {
            // "not sure, depends on the board": a doubt, then what the start depends on; the blind writers recorded it as
            // vague where an outright "don't know" beside it made it unknown, and the class as a whole splits, so it is
            // confirmed
            return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
        }

        if (whole && folded.Contains(OutrightUnknown) && DependsOnCondition(folded))
        {
            // "idk, depends on hiring", "keine Ahnung, hängt von der Förderung ab": not knowing because of a condition that
            // is no one's decision; the blind writers recorded it as vague, while "idk, depends on IT" (someone else's
            // call) stays unknown; confirmed
            return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
        }

        if (folded.Contains(Unknown))
        {
            if (folded.Contains(AnyTime))
            {
                // "idk, whenever", "weiß nicht, egal": not knowing beside not minding is an attitude more than a gap, and
                // careful readers record either; confirmed as vague
                return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
            }

            return new SlotReading("timeline", TimelineEstimate.Unknown(trimmed), Confidence.High, trimmed);
        }

        if (folded.Contains(Vague))
        {
            // "next fiscal year (we're a federal agency)": a fiscal year whose start is not said, with words after it that
            // may say when it starts; the reader leaves them unread, so vague is only confirmed
            var unread = whole && FiscalYearWithMore(folded) || StartNamedAfter(folded);
            return new SlotReading("timeline", TimelineEstimate.Vague(trimmed), unread ? Confidence.Medium : Confidence.High, trimmed)
            {
                Hint = unread ? ReadingHints.Ambiguous : null,
            };
        }

        // A short answer none of the rules reads: the DateTimeModel, in the chat's language and then the other one.
        if (trimmed.Length <= 60 && HasDigitOrMonthish(folded))
        {
            foreach (var c in new[] { culture, culture == RecognizerCulture.German ? RecognizerCulture.English : RecognizerCulture.German })
            {
                if (TimelineRecognizer.Recognize(trimmed, c, reference) is { IsUnknown: false, Start: { } start } model &&
                    (model.End ?? start) >= today)
                {
                    return new SlotReading("timeline", model, Confidence.Medium, trimmed) { Hint = ReadingHints.Approximate };
                }
            }
        }

        return null;
    }

    // Words a sure reading may leave unread before or beside its period in the same clause: prepositions and lead-ins,
    // words of starting, fillers, politeness and laughter, a wish put plainly. Anything else there is content the reader
    // did not account for.
    private static readonly HashSet<string> HarmlessWords = new(StringComparer.Ordinal)
    {
        "im", "in", "am", "an", "um", "zum", "zur", "vom", "per", "the", "a", "on", "at", "for", "of", "ab", "from", "to", "by",
        "bis", "zwischen", "between", "dem", "der", "den", "des", "das", "within", "innerhalb", "during", "over", "throughout",
        "course", "laufe", "noch", "schon", "gleich", "bitte", "please", "pls", "plz", "lol", "haha", "hehe", "ja", "jo", "ok",
        "okay", "so", "still", "already", "honestly", "ehrlich", "gesagt", "eigentlich", "gern", "gerne", "gaern", "ideally",
        "idealerweise", "preferably", "liebsten", "sometime", "irgendwann", "some", "day", "days", "tag", "tage", "mal", "halt",
        "eh", "doch", "dann", "then", "right", "about", "around", "ca", "circa", "etwa", "ungefaehr", "approx", "approximately",
        "roughly", "rum", "herum", "onwards", "onward", "latest", "spaetestens", "fruehestens", "allerfruehestens", "earliest",
        "very", "erst", "later", "spaeter", "we", "wir", "i", "ich", "we're", "we'd", "i'd", "i'm", "want", "wollen", "moechten",
        "would", "wuerden", "start", "starten", "starting", "begin", "beginning", "beginnen", "loslegen", "los", "kick", "off",
        "commence", "commencing", "aim", "aiming",
        "kickoff", "launch", "rollout", "looking", "planen", "plan", "planning", "denke", "think", "this", "diesen", "dieses",
        "diese", "next", "naechste", "naechsten", "naechstes", "today", "now", "heute", "jetzt", "out", "it", "es", "be", "sein",
        "go", "live", "laufen", "muss", "must", "should", "sollte", "needs", "need", "brauchen", "ready", "fertig", "gehen",
        "geht", "waere", "waer", "wuerde", "super", "gut", "schoen", "great", "ideal", "perfect", "perfekt", "nice", "good",
        "work", "works", "fine", "zeit", "time", "haben", "have", "haetten",
        // the prospect's own absence before the week after it ("I'm on vacation next week, so the week after")
        "vacation", "urlaub", "away", "weg", "bin",
    };

    // Words that take back a joke said before them ("seriously", "Spaß beiseite").
    private static readonly string[][] Seriously = Phrases.Of(
        "no seriously", "but seriously", "seriously though", "seriously", "in all seriousness", "jokes aside", "joking aside",
        "all jokes aside", "kidding aside", "nein im ernst", "aber im ernst", "im ernst", "spass beiseite", "scherz beiseite",
        "ernsthaft");

    // Phrases a sure reading may leave unread anywhere: politeness about the start ("if possible", "wenn's geht"), a joke
    // taken back ("nein im Ernst"), a wish to start ("we'd like to").
    private static readonly string[][] HarmlessPhrases =
    [
        .. Phrases.Of(
            "if possible", "if poss", "if we can", "if you can", "if that works", "wenn's geht", "wenns geht", "wenn moeglich",
            "falls moeglich", "wenn es geht", "oder nie", "or never", "we'd like to", "would like to", "like to", "wir wuerden gern",
            "wir wuerden gerne"),
        .. Seriously,
    ];

    // Words of a time already past, which as a start can only be a joke ("last week", "vorgestern").
    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal)
    {
        "last", "letzte", "letzten", "letztes", "vorige", "vorigen", "voriges", "ago", "gestern", "vorgestern", "yesterday",
    };

    // Words that name something a sure reading would have to account for in a clause after its period's: a condition, a
    // hedge, a later or earlier start, an event or a deadline. A later clause without them is a remark ("no joke", "we're
    // losing deals every week").
    private static readonly HashSet<string> WeightyWords = new(StringComparer.Ordinal)
    {
        "wenn", "falls", "if", "once", "sobald", "when", "unless", "depends", "depending", "abhaengig", "haengt", "kommt",
        "maybe", "vielleicht", "probably", "wahrscheinlich", "eventuell", "evtl", "hopefully", "hoffentlich", "likely",
        "later", "spaeter", "earlier", "frueher", "sooner", "eher", "rather", "sorry", "actually",
        "after", "nach", "before", "vor", "until", "bis", "by", "deadline", "frist", "contract", "vertrag", "ends", "endet",
        "ende", "end", "opens", "starts", "beginnt", "season", "saison", "break", "ferien", "holiday", "holidays", "feiertage",
        "messe", "fair", "semester", "fiscal", "geschaeftsjahr", "financial", "realistically", "realistisch",
        // "Januar oder Februar, mal sehen", "March, we'll see": a doubt in a clause of its own
        "sehen", "schauen", "see",
    };

    // Words that open a clause saying why the start is not earlier ("…, vorher haben wir keine Kapazität", "…, bis dahin bin
    // ich im Urlaub"): the clause explains the start and changes nothing.
    private static readonly string[][] UntilThen = Phrases.Of(
        "vorher", "davor", "bis dahin", "until then", "before that", "before then", "till then");

    /// <summary>A sure start read from the whole answer to the timeline question, kept sure only when nothing in the
    /// answer is left unread (<see cref="LeavesUnread"/>); otherwise confirmed. A change at the summary is judged by the
    /// summary's reader for its other words, but a class the blind writers split on (<see cref="SplitClass"/>) is
    /// confirmed there too: the same words name the same uncertain period wherever they are said.</summary>
    internal static SlotReading? Accounted(string text, SlotReading? reading, ReadingContext context) =>
        reading is { Confidence: Confidence.High, Value: TimelineEstimate { Start: not null } } &&
        (context.PartOfSummary ? SplitClass(text, context.Reference) : LeavesUnread(text, context.Reference))
            ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
            : reading;

    /// <summary>Whether the period of <paramref name="text"/> is of a class careful writers record with different values
    /// (a season or a period's start after a latest-start word, a time off, a joking "yesterday", a day counted in
    /// weeks, the end of this year without a bound, the quarter it is now by its number alone), whatever else is said.</summary>
    internal static bool SplitClass(string text, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        var folded = FoldedText.Of(text);
        return FindPeriod(folded, today) is var (period, start, end) &&
               (BoundedSeason(folded, start, end) || TimeOff(folded, start, end) || JokingYesterday(text, folded) ||
                CountedWeeks(folded, period) || BareYearEnd(folded, start, period, today) || CurrentQuarterByNumber(folded, period, today) ||
                WholeSeason(folded, start, end, period) || QuarterEnd(folded, start, end, period) || MidMonthDeadline(folded, start, end, period, today) ||
                GoLiveDeadline(folded, period, today));
    }

    // a count of days, weeks or months, then a correcting word and a bare number alone ("in 3 Monaten, ne eher 6")
    private static readonly System.Text.RegularExpressions.Regex CountCorrected = new(
        @"^(.*?\b(?:in|within|innerhalb von|innerhalb)\s+)(\d{1,2})(\s+(?:tagen|wochen|monaten|days|weeks|months))\s*[,;.]?\s*(?:ne|nee|nein|no|nah|sorry|oder|or|i mean|make that|besser|eher)(?:\s+(?:eher|rather|besser|lieber|doch|more like|like|make that))?\s+(\d{1,2})\s*[.!]?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsSeasonWord(string word) =>
        word is "fruehjahr" or "fruehling" or "sommer" or "herbst" or "winter" or "spring" or "springtime" or "summer" or "fall" or "autumn";

    /// <summary>Whether the period is a whole season named by its word ("im Frühjahr", "in the fall", "Herbst 27"): a season
    /// has no agreed edges, and the blind writers of most rounds asked for a confirmation of it.</summary>
    private static bool WholeSeason(FoldedText t, int start, int end, Period read)
    {
        if (read.End is not { } last || read.Start.Day != 1 || last != read.Start.AddMonths(3).AddDays(-1))
        {
            return false;
        }

        for (var k = start; k <= end && k < t.Count; k++)
        {
            if (IsSeasonWord(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the end of a quarter was read as its last month ("Ende Q1", "end of Q2"): careful writers place the
    /// end of a quarter in its last month or its last weeks, and most asked for a confirmation.</summary>
    private static bool QuarterEnd(FoldedText t, int start, int end, Period read)
    {
        if (read.End is not { } last || read.Start.Day != 1 || last != read.Start.AddMonths(1).AddDays(-1))
        {
            return false;
        }

        var endWord = false;
        var quarter = false;
        for (var k = start; k <= end && k < t.Count; k++)
        {
            endWord |= t[k].Text is "ende" or "end" or "endof";
            quarter |= t[k].Text is "q" or "quartal" or "quartals" or "quarter" or "q1" or "q2" or "q3" or "q4";
        }

        return endWord && quarter;
    }

    /// <summary>Whether a latest start ends at the middle of a month ("by mid-Feb at the latest", "bis Mitte März"): the
    /// writers put the middle's edge at the 15th or the 20th, so the deadline is confirmed.</summary>
    private static bool MidMonthDeadline(FoldedText t, int start, int end, Period read, DateOnly today)
    {
        if (read.Start > today || read.End is not { } last || last.Day is not (15 or 20))
        {
            return false;
        }

        for (var k = start; k <= end && k < t.Count; k++)
        {
            if (t[k].Text is "mitte" or "mid" or "middle" or "midmonth")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sure reading of <paramref name="text"/>, the whole answer to the timeline question, leaves
    /// words unread that make it a confirmation (corpus README, "When a reading is sure"): words before the period or in
    /// its clause that are no lead-in or filler, a later clause that names a value, condition, hedge, event or deadline,
    /// the edges of a season or of a start of a period after a latest-start word, or a time off the start comes after.</summary>
    internal static bool LeavesUnread(string text, DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        var folded = FoldedText.Of(text);
        return FindPeriod(folded, today) is var (period, start, end) &&
               (LeftUnread(folded, start, end, period, today) || BoundedSeason(folded, start, end) || TimeOff(folded, start, end) ||
                JokingYesterday(text, folded) || CountedWeeks(folded, period) || BareYearEnd(folded, start, period, today) ||
                CurrentQuarterByNumber(folded, period, today) || DayLeftUnread(folded, period) || WholeSeason(folded, start, end, period) ||
                QuarterEnd(folded, start, end, period) || MidMonthDeadline(folded, start, end, period, today) ||
                GoLiveDeadline(folded, period, today));
    }

    // Words that say the tool is to be running or done by a time ("bis Ende Q1 sollte es laufen", "should be live by
    // March", "bis April muss das fertig sein").
    private static readonly HashSet<string> RunningWords = new(StringComparer.Ordinal)
    {
        "laufen", "laeuft", "live", "running", "fertig", "ready", "einsatzbereit", "produktiv", "operational", "done",
        "finished", "implemented", "eingefuehrt", "umgesetzt", "stehen", "steht", "funktionieren", "funktioniert", "working",
    };

    /// <summary>Whether a period from today to a latest day is said as the day the tool must run or be done ("bis Ende Q1
    /// sollte es laufen", "should be live by end of March"): like a deadline, the end may be when the work is finished
    /// rather than the latest start, and careful writers read the start differently, so it is confirmed. A deadline in the
    /// weeks left of this year ("bis Ende des Jahres muss es laufen") leaves no time between start and finish: sure.</summary>
    private static bool GoLiveDeadline(FoldedText t, Period read, DateOnly today) =>
        read.Start <= today && read.End is { } last && last.Year > today.Year && t.Words.Any(w => RunningWords.Contains(w.Text)) &&
        t.Words.Any(w => w.Text is "bis" or "by" or "until" or "till" or "spaetestens" or "latest");

    /// <summary>Whether a whole month was read while a day of it is said ("January after the 6th", "Februar ab dem 15."):
    /// the day moves the start the reader did not place, so the month is only confirmed.</summary>
    private static bool DayLeftUnread(FoldedText t, Period read)
    {
        if (read.End is not { } last || read.Start.Day != 1 || last != read.Start.AddMonths(1).AddDays(-1))
        {
            return false;
        }

        for (var k = 0; k < t.Count; k++)
        {
            var w = t[k].Text;
            var ordinal = w.Length is >= 3 and <= 4 && (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal) ||
                                                       w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal));
            var digits = ordinal ? w[..^2] : t[k].IsNumber ? w : null;
            // the number of a quarter, half or week ("Q2", "2. Quartal", "KW 3") or a count of units is no day
            var unit = k + 1 < t.Count && (Units(t[k + 1].Text) || t[k + 1].Text is "quartal" or "quarter" or "halbjahr" or "half" or "kw") ||
                       k > 0 && t[k - 1].Text is "q" or "h" or "kw" or "quartal" or "quarter" or "cw" or "week" or "woche" ||
                       // a month and year in digits ("03/2027") or a decimal ("1.5 Monate") is no day either
                       k + 1 < t.Count && t[k + 1].IsNumber || k > 0 && t[k - 1].IsNumber;
            if (digits is { Length: >= 1 and <= 2 } && digits.All(char.IsAsciiDigit) && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31 &&
                !unit && !OwnYear(t[k], read))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quarter it is now was named by its number alone ("Q4", "im 4. Quartal" in December, not "this
    /// quarter", "noch in Q4" or "Q4 2026"): with a few weeks of it left, the blind writers read next year's, so the rest
    /// of this one is confirmed.</summary>
    private static bool CurrentQuarterByNumber(FoldedText t, Period read, DateOnly today)
    {
        var quarterEnd = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 3, 1).AddMonths(1).AddDays(-1);
        return read.Start <= today && read.End == quarterEnd &&
               t.Words.Any(w => w.Text is "q" or "quartal" or "quarter") && t.Words.Any(w => w.IsNumber && w.Text.Length == 1) &&
               !t.Words.Any(w => w.Text is "this" or "current" or "dieses" or "diesem" or "diesen" or "laufenden" or "noch" or "still" || w.IsNumber && w.Text.Length == 4);
    }

    /// <summary>Whether a day was counted in weeks ("in zwei Wochen", "in 3 weeks"): the blind writers split between that
    /// day and the whole week it falls in, so it is confirmed; counted from a named today ("2 weeks from now", "in zwei
    /// Wochen ab heute") it is that day. A fortnight is two weeks, counted the same way.</summary>
    private static bool CountedWeeks(FoldedText t, Period read) =>
        read.End == read.Start && t.Words.Any(w => w.Text is "wochen" or "weeks" or "wks" or "fortnight" or "fortnights") &&
        !t.Words.Any(w => w.Text is "now" or "today" or "heute");

    /// <summary>Whether the end of this year was said without a bound ("Ende des Jahres", "end of year", "Jahresende", not
    /// "bis Ende des Jahres"): in December the blind writers split between from today and its last two weeks, so it is
    /// confirmed; with "bis"/"by"/"before" they agree on from today.</summary>
    private static bool BareYearEnd(FoldedText t, int start, Period read, DateOnly today) =>
        read.Start <= today && read.End == new DateOnly(today.Year, 12, 31) &&
        !Enumerable.Range(0, start + 1).Any(k => t[k].Text is "bis" or "by" or "before" or "vor" or "until" or "till" or "spaetestens" or "latest" or "zum" or "zur" or "to") &&
        (t.Words.Any(w => w.Text is "jahresende") || t.Words.Any(w => w.Text is "ende" or "end") && t.Words.Any(w => w.Text is "jahres" or "year" or "jahr"));

    /// <summary>Whether "yesterday" is the only time said and a laugh or an emoji marks it as a joke ("yesterday lol",
    /// "gestern 😂"): the blind writers read the joke as today only, as soon as possible or this month, and most asked
    /// for a confirmation, so it is confirmed; said beside an outright "asap" or "sofort" the joke only adds weight.</summary>
    private static bool JokingYesterday(string text, FoldedText folded)
    {
        if (!folded.Words.Any(w => w.Text is "gestern" or "yesterday") ||
            folded.Words.Any(w => AsapWordsBesideYesterday.Contains(w.Text)) || folded.Contains(AsapPhrasesBesideYesterday))
        {
            return false;
        }

        return folded.Words.Any(w => CommonWords.Laughter.Contains(w.Text)) ||
               text.EnumerateRunes().Any(r => r.Value >= 0x1F300 && r.Value <= 0x1FAFF || r.Value is >= 0x2600 and <= 0x27BF);
    }

    /// <summary>Whether a clause break stands before word <paramref name="k"/>, a dash between words included.</summary>
    private static bool BreakBefore(FoldedText t, int k) =>
        t[k].AfterBreak || k > 0 && Between(t, k - 1) is "-" or "–" or "—" or "..." or "…";

    private static bool LeftUnread(FoldedText t, int start, int end, Period read, DateOnly today)
    {
        // an earlier clause the reader moved past: a period ruled out or said to be over, then the one right after it
        // ("January is busy for us, so February", "nächste Woche bin ich im Urlaub, also die Woche danach"), or the month
        // it is now said to be so ("Wir haben ja schon Dezember… also frühestens Februar")
        var from = 0;
        for (var k = 0; k < start; k++)
        {
            // "we have no budget right now, start in Q2": how things are now, which the reader set aside
            if (t[k].Text is "now" or "jetzt" && StateBefore(t, k, out _))
            {
                from = start;
                break;
            }

            // "last week 😂 seriously, as soon as you can", "letzte Woche 🙈 im Ernst: Januar": words of seriousness opening a
            // clause after a time already past or a laugh take back what was said before them as a joke; the words after
            // them are read as the answer
            if (k > 0 && Array.Find(Seriously, p => t.MatchesAt(k, p)) is { } serious && k + serious.Length <= start &&
                (BreakBefore(t, k) || Between(t, k - 1).Length > 0 || CommonWords.Laughter.Contains(t[k - 1].Text)) &&
                Enumerable.Range(0, k).Any(j => PastWords.Contains(t[j].Text) || CommonWords.Laughter.Contains(t[j].Text)))
            {
                from = k + serious.Length;
                k = from - 1;
                continue;
            }

            if (At(t, k, today) is { } earlier && earlier.End < start && (earlier.Period.End?.AddDays(1) == read.Start ||
                    MonthNames.ContainsKey(t[k].Text) && AlreadyBefore(t, k)) &&
                !Enumerable.Range(0, start).Any(m => WeightyWords.Contains(t[m].Text) && t[m].Text is not ("vor" or "before")))
            {
                from = start;
                break;
            }
        }

        if (from == 0 && ResolvedAfterSo(t, start, end, today) is { } resolved)
        {
            from = resolved;
        }

        var k2 = from;
        for (; k2 < t.Count; k2++)
        {
            if (k2 >= start && k2 <= end)
            {
                continue;
            }

            if (k2 > end && BreakBefore(t, k2))
            {
                break;
            }

            if (Array.Find(HarmlessPhrases, p => t.MatchesAt(k2, p)) is { } phrase)
            {
                k2 += phrase.Length - 1;
                continue;
            }

            // a time of now before the period that an explaining or bounding word after it gives up ("asap, like next
            // week", "asap, but not before March"): the reader took it in
            if (k2 != start && Array.Find(Asap, p => t.MatchesAt(k2, p)) is { } now)
            {
                k2 += now.Length - 1;
                if (k2 < start && k2 + 1 < start && (Array.Exists(Explaining, p => t.MatchesAt(k2 + 1, p)) || t[k2 + 1].Text is "but" or "aber" or "doch"))
                {
                    k2 = Math.Max(k2, EndingAt(t, start, Explaining).Start - 1);
                    while (k2 + 1 < start && (t[k2 + 1].Text is "but" or "aber" or "doch" or "i" or "e" or "d" or "h" || Array.Exists(Explaining, p => t.MatchesAt(k2 + 1, p))))
                    {
                        k2++;
                    }
                }

                continue;
            }

            // a weekday beside the period is placed or confirmed when the answer is read as a whole; the year of the period
            // said after it ("fall '27", "Sommer 27") and the parts of a month joined to it ("Anfang bis Mitte März") are
            // the period's own
            // "one day next week", "zwei Tage im März": how long, beside the period that says when
            if (HarmlessWords.Contains(t[k2].Text) || WeekdayOf(t[k2].Text) is not null || OwnYear(t[k2], read) ||
                MonthParts.ContainsKey(t[k2].Text) ||
                (t[k2].IsNumber || NumberWords.ContainsKey(t[k2].Text)) && k2 + 1 < t.Count && t[k2 + 1].Text is "day" or "days" or "tag" or "tage")
            {
                continue;
            }

            return true;
        }

        // the clauses after the period's own: remarks, unless one names a value or a word that changes the reading; the
        // same period said again in other words ("im Dezember noch, also diesen Monat") restates it
        for (var c = k2; c < t.Count; c++)
        {
            if (BreakBefore(t, c) && Array.Find(UntilThen, p => t.MatchesAt(c, p)) is not null)
            {
                // "…, vorher haben wir keine Kapazität": the whole clause says why not earlier
                while (c + 1 < t.Count && !BreakBefore(t, c + 1))
                {
                    c++;
                }

                continue;
            }

            if (Array.Find(HarmlessPhrases, p => t.MatchesAt(c, p)) is { } phrase)
            {
                c += phrase.Length - 1;
                continue;
            }

            // "June, or so": a guess at the period said after it
            if (c + 1 < t.Count && t[c].Text is "or" or "oder" && t[c + 1].Text == "so")
            {
                return true;
            }

            if (At(t, c, today) is { } again)
            {
                if (again.Period.Start == read.Start && again.Period.End == read.End)
                {
                    c = again.End;
                    continue;
                }

                return true;
            }

            // "right now, not later": a later start denied is emphasis, no second value
            if (WeightyWords.Contains(t[c].Text) && !(c > 0 && t[c - 1].Text is "not" or "nicht" && t[c].Text is "later" or "spaeter") ||
                MonthNames.ContainsKey(t[c].Text) || t[c].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    // Words that make an earlier clause a condition or a guess, which a period after "so" only guesses at ("wenn der neue
    // Shop live ist, so März").
    private static readonly HashSet<string> ConditionOrGuess = new(StringComparer.Ordinal)
    {
        "wenn", "falls", "if", "once", "sobald", "when", "whenever", "unless", "depends", "depending", "abhaengig", "haengt",
        "kommt", "maybe", "vielleicht", "probably", "wahrscheinlich", "eventuell", "evtl", "hopefully", "hoffentlich", "likely",
        "vermutlich", "voraussichtlich", "wohl", "soon", "asap", "sofort", "realistically", "realistisch", "or", "oder",
    };

    /// <summary>The first word after "so"/"also" when a clause names only an event or a reason with no date of its own
    /// and the clause after it spells out the start ("after Tet, so March", "nach der Weinlese, also Oktober"): the writer
    /// dated the event for us, so the words before "so" are the reason and the period is the answer. A condition or a
    /// guess before it ("wenn der Shop live ist, so März") keeps them unread.</summary>
    private static int? ResolvedAfterSo(FoldedText t, int start, int end, DateOnly today)
    {
        // only a plain period right after "so": "also ab Mai", "so by April", "also so Oktober", "so März rum" are read as a
        // start from, a deadline or a guess around it, which the writers confirm
        var so = start - 1;
        // "zu Semesterbeginn, bei uns im Oktober": where the writer is, the event falls in that month
        if (so >= 3 && t[so].Text is "im" or "in" && t[so - 1].Text == "uns" && t[so - 2].Text == "bei" && BreakBefore(t, so - 2))
        {
            so -= 2;
        }

        if (so < 1 || t[so].Text is not ("so" or "also" or "sprich" or "ie" or "dh" or "bei") || !BreakBefore(t, so) ||
            t[start].Text is "ab" or "from" or "starting" or "by" or "bis" or "until" or "till" or "before" or "vor" or "nach" or
                "after" or "fruehestens" or "spaetestens" or "earliest" or "latest" or "so" or "around" or "um" ||
            end + 1 < t.Count && t[end + 1].Text is "rum" or "herum" or "around" or "ish" or "or" or "oder")
        {
            return null;
        }

        for (var k = 0; k < so; k++)
        {
            if (ConditionOrGuess.Contains(t[k].Text) || t[k].IsNumber)
            {
                return null;
            }

            // a season, a time off or the start of a school or college year before it ("after our summer break here in
            // NZ, so Feb", "in der Sommerpause, also Juli") falls on different months in different places, so the month
            // the writer spells out is when it falls for them; any other period before it is a second answer
            if (At(t, k, today) is { } earlier)
            {
                if (!Enumerable.Range(k, earlier.End - k + 1).Any(m => PlacedEvent(t[m].Text)))
                {
                    return null;
                }

                k = earlier.End;
            }
        }

        return t[so].Text == "bei" ? so + 3 : so + 1;
    }

    private static bool PlacedEvent(string w) =>
        w is "fruehjahr" or "fruehling" or "sommer" or "herbst" or "winter" or "spring" or "summer" or "fall" or "autumn" or
            "holidays" or "holiday" or "vacation" ||
        w.EndsWith("ferien", StringComparison.Ordinal) || w.EndsWith("pause", StringComparison.Ordinal) ||
        w.EndsWith("break", StringComparison.Ordinal) || w.EndsWith("urlaub", StringComparison.Ordinal) ||
        w.EndsWith("beginn", StringComparison.Ordinal);

    /// <summary>Whether the period was read from a time off ("nach den Sommerferien", "after summer break", "nach der
    /// Sommerpause"): school holidays and breaks end on different days in different places, and careful writers record
    /// the day after, a window of August and September or mid-August on, so the start after one is confirmed; so is a
    /// latest start at a break over Christmas.</summary>
    private static bool TimeOff(FoldedText t, int start, int end)
    {
        // the time-off word may follow the season the period was read from ("after the summer vacation")
        for (var k = start; k <= Math.Min(end + 1, t.Count - 1); k++)
        {
            var w = t[k].Text;
            if ((w.EndsWith("ferien", StringComparison.Ordinal) || w.EndsWith("urlaub", StringComparison.Ordinal) ||
                 w.EndsWith("pause", StringComparison.Ordinal) || w.EndsWith("break", StringComparison.Ordinal) ||
                 w is "vacation" or "vacations" or "shutdown" or "betriebsruhe" || k > end && w is "holidays" or "holiday") &&
                Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(m => t[m].Text is "nach" or "after"))
            {
                return true;
            }

            // "bis zur Winterpause", "vor der Weihnachtspause": where a break over Christmas starts is as unsure as
            // where it ends
            if (ChristmasBreak(w) &&
                Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(m => t[m].Text is "bis" or "vor" or "zur" or "zum"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OwnYear(Word w, Period read) =>
        w.IsNumber && int.TryParse(w.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
        (y == read.Start.Year || y == read.Start.Year % 100);

    /// <summary>Whether a season is read with a latest start before it ("by summer", "bis zum Sommer", "before summer"):
    /// careful writers end it at the solstice or with the season's last month, so the deadline is confirmed (from a
    /// season on, its first month is agreed).</summary>
    private static bool BoundedSeason(FoldedText t, int start, int end)
    {
        var season = false;
        for (var k = start; k <= end; k++)
        {
            season |= t[k].Text is "fruehjahr" or "fruehling" or "sommer" or "herbst" or "winter" or "spring" or "summer" or "fall" or
                "autumn";
        }

        // "by the start of Q2", "bis Anfang Q2": the start of a period as a latest start may be the day before it begins or
        // its first weeks, as much a guess as a season's edge
        for (var k = start; k <= end && !season; k++)
        {
            season = t[k].Text is "start" or "beginning" or "anfang" or "beginn" or "early" && k + 1 <= end &&
                     Enumerable.Range(Math.Max(0, k - 2), k - Math.Max(0, k - 2)).Any(m => t[m].Text is "by" or "bis" or "until" or "till");
        }

        if (!season)
        {
            return false;
        }

        for (var k = Math.Max(0, start - 3); k <= end; k++)
        {
            if (t[k].Text is "by" or "bis" or "before" or "vor" or "until" or "till" &&
                (k == 0 || !CommonWords.Negations.Contains(t[k - 1].Text) && t[k - 1].Text is not ("ned" or "net" or "nid" or "noed")))
            {
                return true;
            }
        }

        return false;
    }

    // Words of a doubt that is less than not knowing ("not sure", "bin mir nicht sicher").
    private static readonly string[][] Doubts = Phrases.Of(
        "not sure", "unsure", "not certain", "nicht sicher", "unsicher", "nicht ganz sicher", "not quite sure",
        // "schwer zu sagen, hängt vom Chef ab": hard to tell is a doubt too, not an outright "don't know"
        "schwer zu sagen", "schwierig zu sagen", "kann man schwer sagen", "hard to say", "tough to say", "difficult to say",
        "hard to tell");

    // Words of not knowing outright, which beside a dependence keep the reading unknown ("weiß ich noch nicht, hängt vom
    // Chef ab").
    private static readonly string[][] OutrightUnknown = Phrases.Of(
        "weiss nicht", "weiss ich nicht", "weiss ich noch nicht", "weiss noch nicht", "keine ahnung", "don't know", "dont know",
        "do not know", "no idea", "no clue", "idk", "dunno", "kann ich nicht sagen", "kann ich noch nicht sagen", "can't say");

    /// <summary>Whether the answer doubts ("not sure") and says what the start depends on, without an outright "don't
    /// know".</summary>
    private static bool DoubtThenDepends(FoldedText folded) =>
        folded.Contains(Doubts) && folded.Contains(Dependence) && !folded.Contains(OutrightUnknown);

    /// <summary>Whether a fiscal year is named and words follow it that are not its start ("next fiscal year (we're a
    /// federal agency)", "next financial year — we're an NHS trust").</summary>
    private static bool FiscalYearWithMore(FoldedText folded)
    {
        for (var k = 0; k < folded.Count; k++)
        {
            if (folded[k].Text is "fiscal" or "financial" or "geschaeftsjahr" or "fy")
            {
                var m = k + 1;
                while (m < folded.Count && folded[m].Text is "year" or "starts" or "begins" or "beginnt" or "anfaengt")
                {
                    m++;
                }

                return m < folded.Count;
            }
        }

        return false;
    }

    /// <summary>Whether the start is the beginning, middle or end of one month ("Mitte Januar", "end of Feb"): careful
    /// readers set its edges a day or two apart (the end from the 19th, 20th or 21st), so the flow confirms it.</summary>
    private static bool PartOfMonth(Period p, FoldedText folded)
    {
        if (p.End is not { } end)
        {
            return false;
        }

        // "Ende Januar / Anfang Februar": parts of two months in a row are as much a guess at their edges
        var third = end.Month == p.Start.Month && end.Year == p.Start.Year
            ? (p.Start.Day, end.Day) is (1, 10) or (11, 20) || (p.Start.Day == 21 && end.Day == DateTime.DaysInMonth(end.Year, end.Month))
            : p.Start.AddMonths(1) is var next && (end.Year, end.Month) == (next.Year, next.Month) &&
              (p.Start.Day is 11 or 21 || end.Day is 10 or 20) && p.Start.Day is 1 or 11 or 21 &&
              (end.Day is 10 or 20 || end.Day == DateTime.DaysInMonth(end.Year, end.Month));
        return third && folded.Words.Any(w => MonthParts.ContainsKey(w.Text) || w.Text is "monatsende" or "monatsanfang" or "monatsmitte" ||
            w.Text.StartsWith("mid", StringComparison.Ordinal));
    }

    // Words that open a condition the start waits for ("once we close our Series B", "sobald die Finanzierung steht").
    private static readonly string[][] ConditionOpeners = Phrases.Of(
        "once", "as soon as", "when we", "when our", "when the", "sobald", "wenn wir", "wenn unser", "wenn unsere", "wenn die",
        "wenn der", "wenn das");

    /// <summary>Whether the period is the end of a coming year named by its end ("Ende 2027", "end of next year", "late
    /// 2027"): October to December to most careful readers, November and December to some, so confirmed like the beginning
    /// and the middle of a year; a deadline at it ("bis Ende 2027") runs from today and stays sure.</summary>
    private static bool EndOfComingYear(Period period, FoldedText folded, DateOnly today) =>
        period.End is { } last && period.Start.Year > today.Year && period.Start == new DateOnly(period.Start.Year, 10, 1) &&
        last == new DateOnly(period.Start.Year, 12, 31) &&
        folded.Words.Any(w => w.Text is "ende" or "end" or "late" or "jahresende" or "endes" or "eoy" or "year-end" or "spaet" or "spaeten");

    /// <summary>Whether a later clause opens with a word of hope and holds a period ("…, hopefully February", "… (hoffentlich
    /// im März)").</summary>
    private static bool HopeAfterCondition(FoldedText folded, DateOnly today)
    {
        for (var k = 1; k < folded.Count - 1; k++)
        {
            if (folded[k].AfterBreak && folded[k].Text is "hopefully" or "hoffentlich")
            {
                return FindPeriod(FoldedText.Of(folded.Original[folded[k].Start..]), today) is var (period, _, _) && period.Timex != "soon";
            }
        }

        return false;
    }

    /// <summary>The period read from a later clause that opens with a word of guessing ("…, probably February", "…,
    /// wahrscheinlich im März"); null when there is none.</summary>
    private static Period? GuessAfterCondition(FoldedText folded, DateOnly today)
    {
        for (var k = 1; k < folded.Count - 1; k++)
        {
            if (folded[k].AfterBreak && folded[k].Text is "probably" or "likely" or "presumably" or "wahrscheinlich" or "voraussichtlich" or "vermutlich")
            {
                return FindPeriod(FoldedText.Of(folded.Original[folded[k].Start..]), today) is var (period, _, _) && period.Timex != "soon" ? period : null;
            }
        }

        return null;
    }

    /// <summary>Whether the message opens with a condition and the period at word <paramref name="start"/> stands in a later
    /// clause right after a word of hope ("once we close our Series B, hopefully spring").</summary>
    private static bool HopedAfterCondition(FoldedText folded, int start)
    {
        if (!Array.Exists(ConditionOpeners, p => folded.MatchesAt(0, p)) || EndingAt(folded, start, Hopes).Start is not (> 0 and var hope))
        {
            return false;
        }

        for (var k = 1; k <= hope; k++)
        {
            if (folded[k].AfterBreak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether words <paramref name="start"/> to <paramref name="end"/> hold a day and a month in digits with dots
    /// whose order is unclear ("01.03." in an English chat: the European order, or the American one written with dots);
    /// confirmed, like a slashed date.</summary>
    private static bool DottedDayAndMonth(FoldedText t, int start, int end)
    {
        for (var k = start; k < end && k + 1 < t.Count; k++)
        {
            if (t[k].IsNumber && t[k + 1].IsNumber && Between(t, k) == "." &&
                int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var first) &&
                int.TryParse(t[k + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var second) &&
                first is >= 1 and <= 12 && second is >= 1 and <= 12 && first != second)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the message opens with a condition and word <paramref name="start"/> stands in a later clause
    /// ("sobald der Vorstand zugestimmt hat, Sitzung ist am 10.12.").</summary>
    private static bool AfterCondition(FoldedText folded, int start)
    {
        if (start <= 0 || !Array.Exists(ConditionOpeners, p => folded.MatchesAt(0, p)))
        {
            return false;
        }

        for (var k = 1; k <= start; k++)
        {
            if (folded[k].AfterBreak)
            {
                return true;
            }
        }

        return false;
    }

    // Conditions a start may depend on that are no one's decision ("depends on hiring", "hängt von der Förderung ab").
    private static readonly HashSet<string> ConditionNouns = new(StringComparer.Ordinal)
    {
        "hiring", "staffing", "recruiting", "recruitment", "headcount", "funding", "finances", "financing", "cashflow", "cash",
        "grant", "grants", "budget", "budgets", "season", "saison", "workload", "capacity", "kapazitaet", "kapazitaeten",
        "personal", "personalsituation", "einstellungen", "neueinstellungen", "foerderung", "foerdermittel", "finanzierung",
        "auftragslage", "auslastung", "geld", "money", "market", "markt", "umsatz", "revenue", "sales", "business",
        "projects", "projekten", "projektlage",
    };

    // Fellow workers a start may depend on ("depends on my colleague Ravi, he is handling the rollout plan"): someone who
    // knows the plan rather than who decides it, so the prospect does not know the start; careful writers recorded it as
    // unknown and as vague, both confirmed.
    private static readonly HashSet<string> ColleagueNouns = new(StringComparer.Ordinal)
    {
        "colleague", "colleagues", "coworker", "coworkers", "teammate", "teammates", "kollege", "kollegen", "kollegin",
        "kolleginnen", "mitarbeiter", "mitarbeiterin", "mitarbeitern", "partner", "partnerin", "geschaeftspartner",
        "teamkollege", "teamkollegin", "teamkollegen", "arbeitskollege", "arbeitskollegin", "arbeitskollegen",
    };

    /// <summary>Whether a phrase of dependence is followed, past articles and possessives, by a condition that is no
    /// one's decision ("depends on hiring", "hängt von der Förderung ab").</summary>
    private static bool DependsOnCondition(FoldedText folded) => DependedOn(folded) is { } k && ConditionNouns.Contains(folded[k].Text);

    /// <summary>Whether a phrase of dependence is followed, past articles and possessives, by a fellow worker ("depends
    /// on my colleague", "hängt von meiner Kollegin ab").</summary>
    /// <summary>Whether the answer sends the question on to someone else ("muss ich den Chef fragen", "I'd have to ask my
    /// boss"): a word of asking beside a boss or colleague, with no date said; the prospect does not know the start.</summary>
    private static bool AsksSomeoneElse(FoldedText folded) =>
        folded.Words.Any(w => w.Text is "fragen" or "ask" or "nachfragen" or "check") &&
        folded.Words.Any(w => ColleagueNouns.Contains(w.Text) || w.Text is "chef" or "chefin" or "boss" or "geschaeftsfuehrung" or
            "geschaeftsfuehrer" or "geschaeftsfuehrerin" or "gf" or "vorstand" or "manager" or "ceo" or "board" or "management");

    private static bool DependsOnColleague(FoldedText folded) =>
        DependedOn(folded) is { } k && (ColleagueNouns.Contains(folded[k].Text) ||
                                        folded[k].Text == "co" && k + 1 < folded.Count && folded[k + 1].Text is "worker" or "workers");

    /// <summary>The word a phrase of dependence names, past articles and possessives, in the same clause; null without one.</summary>
    private static int? DependedOn(FoldedText folded)
    {
        var (d, len) = folded.Find(Dependence);
        if (d < 0)
        {
            return null;
        }

        var k = d + len;
        while (k < folded.Count && folded[k].Text is "the" or "our" or "a" or "der" or "die" or "das" or "dem" or "den" or "unserer" or
                   "unserem" or "unseren" or "unsere" or "new" or "neuen" or "neue" or "on" or "von" or "vom" or "ab" or "how" or "wie" or
                   "my" or "mein" or "meinem" or "meiner" or "meinen" or "meine" or "his" or "her" or "seinem" or "seiner" or "ihrem" or "ihrer")
        {
            k++;
        }

        return k < folded.Count && !folded[k].AfterBreak ? k : null;
    }

    private static readonly string[][] Dependence = Phrases.Of(
        "depends on", "depending on", "dependent on", "contingent on", "subject to", "haengt von", "haengt vom", "haengt davon",
        "haengt an", "abhaengig von", "abhaengig vom", "kommt auf", "kommt drauf", "kommt darauf");

    /// <summary>Whether a phrase of dependence ("depends on", "hängt von") stands before word <paramref name="at"/> in
    /// the same clause: the words after it name a condition, so a period among them is no start.</summary>
    private static bool DependsOn(FoldedText folded, int at)
    {
        var (d, _) = folded.Find(Dependence);
        if (d < 0 || d >= at)
        {
            return false;
        }

        for (var k = d + 1; k <= at; k++)
        {
            if (folded[k].AfterBreak)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigitOrMonthish(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (w.IsNumber || w.Text.EndsWith("tag", StringComparison.Ordinal) || w.Text.EndsWith("day", StringComparison.Ordinal) || w.Text.Contains("morgen", StringComparison.Ordinal) || w.Text == "tomorrow")
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>The first word after <paramref name="end"/> that opens a clause of its own, at most three words on
    /// ("this year still, before xmas"); null when there is none.</summary>
    private static int? NextClause(FoldedText folded, int end)
    {
        for (var k = end + 1; k < folded.Count && k <= end + 3; k++)
        {
            if (folded[k].AfterBreak)
            {
                return k;
            }
        }

        return null;
    }

    private static (Period Period, int StartWord, int EndWord)? FindPeriod(FoldedText t, DateOnly today)
    {
        var realistic = false;
        var opening = false;
        for (var i = 0; i < t.Count; i++)
        {
            // "01/03/2027": the end of a date whose order is not sure is no year or month of its own
            if (i > 0 && t[i].IsNumber && t[i - 1].IsNumber && Between(t, i - 1) is "/" or "." || At(t, i, today) is not { } hit)
            {
                continue;
            }

            var (period, end) = hit;

            // "over the summer holidays here in Australia, so January", "zu Semesterbeginn, bei uns im Oktober": a season or
            // time off the writer dates right after it is read from the month spelled out
            if (Enumerable.Range(i, end - i + 1).Any(m => PlacedEvent(t[m].Text)) &&
                Enumerable.Range(end + 1, Math.Max(0, Math.Min(t.Count, end + 10) - end - 1))
                    .Any(m => At(t, m, today) is { } later && ResolvedAfterSo(t, m, later.End, today) == m))
            {
                continue;
            }
            var academic = IsAcademic(period);

            // "we have zero budget right now but want to be ready for Q1", "we have no budget right now": "now" after a verb
            // of having or being says how things are, not when to start, when a later period follows or the state is
            // denied
            if (IsNow(period.Start, period.End, today) && t[end].Text is "now" or "jetzt" && StateBefore(t, i, out var denied) &&
                (denied || LaterPeriod(t, end, today)))
            {
                continue;
            }

            // "asap, like next week", "bald, sprich Mitte Januar": a concrete period right after a vague one says what it
            // means, so the later one is the reading
            if ((period.Timex == "soon" || IsNow(period.Start, period.End, today) || IsAcademic(period)) && ExplainedAfter(t, end, today))
            {
                continue;
            }

            // "jetzt ist nicht der richtige Zeitpunkt", "now is not a good time": "now" denied in its own clause is no start
            if (IsNow(period.Start, period.End, today) && t[end].Text is "now" or "jetzt" && DeniedInClause(t, i, end))
            {
                continue;
            }

            // "Wir haben ja schon Dezember… also frühestens Februar", "it's already December": the month it is now, said to
            // be so, is how things are, not a start
            if (period.Start <= today && period.End is { } nowEnd && nowEnd >= today && MonthNames.ContainsKey(t[i].Text) &&
                AlreadyBefore(t, i))
            {
                continue;
            }

            // "ASAP!! our registration opens Jan 15", "sofort, unsere Anmeldung startet am 15.1.": the wish for now, then the
            // day something of the prospect's opens, which the new tool must be ready for: from today to that day
            if (IsNow(period.Start, period.End, today) && OpeningAfter(t, end, today))
            {
                opening = true;
                continue;
            }

            // "Christmas week is dead for us, so maybe the 28th?", "im Januar geht nichts, also Februar": a period said not to
            // work, then "so" and another period: the other one is the start
            if (RuledOutThenSo(t, end, today))
            {
                continue;
            }

            // "ASAP, our contract with the current vendor ends Dec 31": the contract's end is the latest day the prospect
            // can wait for, so that period is the reading
            if (IsNow(period.Start, period.End, today) && ContractEndAfter(t, end, today))
            {
                continue;
            }

            // "Sobald wie möglich, aber erst nach Weihnachten", "asap, but not before March": the earliest start said after a
            // contrast bounds the wish, so that period is the reading
            if (IsNow(period.Start, period.End, today) && end + 2 < t.Count && t[end + 1].Text is "aber" or "but" or "doch" &&
                LaterPeriodAfterCue(t, end + 2, NotBefore, 4, today))
            {
                continue;
            }

            // "asap but realistically February", "sofort, aber realistisch Januar": the wish for now, then the period the
            // prospect expects to be real; that one is the start, confirmed, as the two are said together
            if (IsNow(period.Start, period.End, today) && RealisticallyAfter(t, end, today) || WishThenRealistically(t, end, today) ||
                FormerPlanThenLater(t, i, end, today))
            {
                realistic = true;
                continue;
            }

            if (realistic)
            {
                period = period with { Timex = Guessed(period.Timex) };
            }

            // "nach der Messe im März, also ab April": a start after an event dated in a period, spelled out after a word
            // that explains it, is the period spelled out
            if (i > 0 && Enumerable.Range(0, i).Any(k => t[k].Text is "nach" or "after") && ExplainedAfterClause(t, end, today))
            {
                continue;
            }

            // "März oder April", "Q1 bis Q2", "zwischen Juni und August": one period from the first to the second.
            // "Q3/Q4" too; a second part that lies before the first ("Q3 or Q4" in December, where "Q4" alone is this
            // quarter) is the one after it, a year later.
            var joinedAt = end + 2 < t.Count && t[end + 1].Text is "oder" or "or" or "bis" or "to" or "und" or "and" or "until" or "till" or "through" or "thru" ? end + 2
                : end + 1 < t.Count && Between(t, end) == "/" && !MonthNames.ContainsKey(t[end + 1].Text) ? end + 1 : -1;
            if (joinedAt < 0 && end + 1 < t.Count && Between(t, end) is "-" or "–" && t[end + 1].Text == "q")
            {
                joinedAt = end + 1; // "Q1-Q3": the dash joins two quarters like "bis"
            }

            // "from March to May", "ab März bis Mai", "from mid to late January": a range said after a start word keeps its end
            var ranged = end > i + 1 && t[i + 1].Text is "to" or "bis" or "until" or "till";
            // ("Q2 probably, maybe Q3": a word of likelihood after the first period, before the comma)
            var likely = end + 2 < t.Count && t[end + 1].Text is "probably" or "likely" or "wahrscheinlich" or "vermutlich" &&
                         Between(t, end + 1) == "," ? 1 : 0;
            if (joinedAt > 0 && At(t, joinedAt, today) is { } second &&
                JoinedEnd(period, second.Period, Named(t, joinedAt, today)) is { } joinedEnd)
            {
                ranged |= t[end + 1].Text is "bis" or "to" or "until" or "till" or "through" or "thru";
                period = InYearOf(period, second.Period);
                period = new Period(period.Start, joinedEnd, period.Timex + "/" + second.Period.Timex);
                end = second.End;
            }
            else if (end + likely + 1 < t.Count && Between(t, end + likely) == "," && period.End is { } firstEnd &&
                     At(t, end + likely + 1 + HedgeLength(t, end + likely + 1), today) is { } adjoining &&
                     adjoining.Period.Start == firstEnd.AddDays(1) && adjoining.Period.End is { } secondEnd && secondEnd > firstEnd &&
                     !(adjoining.End + 1 < t.Count && (Array.Exists(LatestCues, p => t.MatchesAt(adjoining.End + 1, p)) ||
                       Array.Exists(EarliestCues, p => t.MatchesAt(adjoining.End + 1, p)))))
            {
                // ("April, Mai spätestens" is a latest start after the first, read below)
                // "Ende Q1, Anfang Q2", "Ende März, Anfang April": a second period that begins the day the first ends, after a
                // bare comma, joins it into one; where in it is a guess, so the flow confirms both
                period = new Period(period.Start, secondEnd, Guessed(period.Timex) + "/" + adjoining.Period.Timex.TrimStart('~'));
                end = adjoining.End;
            }
            else if (end + 1 < t.Count && Between(t, end) is "/" or "-" && MonthNames.ContainsKey(t[end + 1].Text) &&
                At(t, end + 1, today) is { } next && next.Period.Start >= period.Start)
            {
                // "Feb/März", "Jan-Feb"
                period = InYearOf(period, next.Period);
                period = new Period(period.Start, next.Period.End ?? next.Period.Start, period.Timex + "/" + next.Period.Timex);
                end = next.End;
            }

            // "zwischen dem 10. und 20. Januar", "vom 10.-20. Januar": a day before the dated one opens the range
            if (i >= 2 && period.Start == period.End && DayBefore(t, i) is { } first && first < period.Start.Day)
            {
                period = new Period(new DateOnly(period.Start.Year, period.Start.Month, first), period.End, period.Timex);
                i -= t[i - 1].IsNumber ? 1 : 2;
            }

            // "Jan 10-20", "10. bis 20.": a day number after the dated day closes the range in its month
            if (period.Start == period.End && end + 1 < t.Count && DayAfter(t, end) is { } last && last.Day > period.Start.Day &&
                last.Day <= DateTime.DaysInMonth(period.Start.Year, period.Start.Month))
            {
                period = new Period(period.Start, new DateOnly(period.Start.Year, period.Start.Month, last.Day), period.Timex);
                end = last.End;
                ranged = true;
            }

            // "Q2, spätestens Q3", "March, April at the latest": a latest start after the first one closes the range;
            // one inside it ("diese Woche noch, spätestens Freitag") ends it there
            var closed = false;
            if (Latest(t, end, today) is { } latest && (latest.Period.End ?? latest.Period.Start) != (period.End ?? period.Start) &&
                (latest.Period.End ?? latest.Period.Start) >= period.Start && latest.Period.Start >= period.Start)
            {
                period = new Period(period.Start, latest.Period.End ?? latest.Period.Start, period.Timex + "/" + latest.Period.Timex);
                end = latest.End;
                closed = true;
            }

            // "next week I'm away, so the week after", "im Januar nicht, eher den Monat danach": the same span once more
            // ("next week or the one after", "this month or next": a word that names no unit repeats the period's own,
            // and the rest of this week or month is followed by the whole next one)
            if (period.End is { } spanEnd && FollowingSpan(t, end) is { } following &&
                (following.Week ?? (EndsWeek(period.Start, spanEnd) ? true : EndsMonth(period.Start, spanEnd) ? false : null)) is { } week &&
                (following.Week is null ? week ? EndsWeek(period.Start, spanEnd) : EndsMonth(period.Start, spanEnd) : IsWholeSpan(period.Start, spanEnd, week)))
            {
                var next = week
                    ? new Period(spanEnd.AddDays(1), spanEnd.AddDays(7), $"{spanEnd.AddDays(1).Year}-W{ISOWeek.GetWeekOfYear(spanEnd.AddDays(1).ToDateTime(TimeOnly.MinValue)):D2}")
                    : MonthPeriod(spanEnd.AddDays(1));
                // "Januar oder den Monat danach" is both
                period = following.Joined ? new Period(period.Start, next.End, period.Timex + "/" + next.Timex) : next;
                end = following.End;
            }

            var start = i;
            // modifiers before the period
            var (u, ul) = EndingAt(t, i, Until);
            var (b, bl) = EndingAt(t, i, Before);
            var (f, fl) = EndingAt(t, i, From);
            if (f >= 0 && f + 1 < t.Count && t[f].Text is "starting" or "beginning" && (t[f + 1].Text == "in" || EndingAt(t, f, StartWishes).Start >= 0))
            {
                // ("ideally starting January": after a wish "starting" is the verb of the start too)
                // "starting in January" says when the work starts, like "start in January": the month, not from it on
                (f, fl) = (-1, 0);
            }

            if (f >= 0 && fl == 1 && t[f].Text is "ab" or "from" or "starting" && IsSeasonWord(t[i].Text) && period.End is not null)
            {
                // "ab Frühjahr", "from spring": a start in that season to the writers who met it, not from its first day on;
                // the season is read as named and confirmed like any whole season, its edges being a guess
                (f, fl) = (-1, 0);
            }

            var (a, al) = EndingAt(t, i, After);
            if (f >= 0 && fl >= Math.Max(ul, Math.Max(bl, al)))
            {
                // "ab Februar, aber spätestens April": the latest start said after it keeps the end. "starting Jan
                // 4th" with a single day may mean that day or from then on: careful readers differ, so the flow confirms it
                // "ab Mitte Januar", "from mid-January" (a part of a month) and "nicht vor Ostern" (a holiday of a few days:
                // from its first day or after it) are read alike
                var shortPart = MonthParts.ContainsKey(t[i].Text) ||
                                ChristmasHolidays(t[i].Text) || t[i].Text is "ostern" or "easter" || NamedDay(t, i, today) is not null;
                // the German start words before a single day ("nicht vor dem 1. April", "frühestens am 4.", "ab Montag") say
                // from then on to the blind writers who met them, so they stay sure; "ab" before a dated day ("ab 1.2.27",
                // "Ab 1.1.") is that day alone to a few of them, so from then on is confirmed
                var germanFromDay = t[f].Text is "ab" or "fruehestens" or "nicht" or "erst" && period.End == period.Start &&
                                    !ChristmasHolidays(t[i].Text) && t[i].Text != "ostern" && !MonthParts.ContainsKey(t[i].Text) &&
                                    !(t[f].Text == "ab" && t[i].IsNumber);
                var oneDay = !closed && !germanFromDay && period.End is { } shortEnd && (shortEnd == period.Start || shortPart && shortEnd.DayNumber - period.Start.DayNumber <= 10) &&
                             period.Start > today;
                // "starting January", "from March": English writers split on whether the month alone or from it on is meant
                // ("onwards" says the open end); the German "ab März" is from then on to nearly all of them. A quarter so
                // named ("starting Q2") splits them alike, and so does the German "ab Q1", which most read as the quarter
                var quarterNamed = t[i].Text is "q" or "q1" or "q2" or "q3" or "q4";
                var englishFromMonth = !closed && !ranged && (t[f].Text is "from" or "starting" && (MonthNames.ContainsKey(t[i].Text) || quarterNamed) ||
                                                              t[f].Text == "ab" && (quarterNamed || t[i].Text == "quartal")) &&
                                       !(end + 1 < t.Count && t[end + 1].Text is "onwards" or "onward" or "on" or "forward" or "forwards");
                period = new Period(period.Start, closed || ranged ? period.End : null,
                    oneDay || englishFromMonth ? Guessed(period.Timex) : period.Timex);
                start = f;
            }
            else if (a < 0 && (EndsBefore(t, u >= 0 && ul >= bl ? u : i) is var endsAt && endsAt >= 0 ||
                               (endsAt = u >= 0 ? u : i) >= 0 && DoneAfter(t, end)) &&
                     Enumerable.Range(0, endsAt).Any(k => t[k].Text is "nach" or "after"))
            {
                // "erst nach der Ausschreibung, die läuft bis Ende Februar", "right after our contract ends on 28 Feb": after
                // something said to end or run until then, the start is from the day after, open end; confirmed, as the
                // date is the other thing's
                period = new Period((period.End ?? period.Start).AddDays(1), null, Guessed(period.Timex));
                start = endsAt;
            }
            else if (a < 0 && (EndsBefore(t, u >= 0 ? u : i) is var contractEnd && contractEnd >= 0 ||
                               SwitchedOffAfter(t, end) && (contractEnd = i) >= 0) && ContractBefore(t, contractEnd) &&
                     !WhenBefore(t, contractEnd))
            {
                // "our contract with the current vendor ends Dec 31", "our contract runs until June": the day the new tool
                // must be ready, from today; confirmed, as the words date the contract, not the start
                period = new Period(today, period.End ?? period.Start, Guessed(period.Timex));
                start = contractEnd;
            }
            else if (a < 0 && u < 0 && period.End == period.Start && ContractRunsOutOn(t, i, end) is var runsOut && runsOut >= 0 &&
                     ContractBefore(t, Math.Min(runsOut, i)) && WhenBefore(t, Math.Min(runsOut, i)))
            {
                // "when our current contract runs out (Sept 30)", "wenn unser Vertrag am 30.9. ausläuft": the start waits
                // for the contract, which still holds on its last day, so it is from the day after, open end; confirmed,
                // as the day is the contract's
                period = new Period(period.Start.AddDays(1), null, Guessed(period.Timex));
                start = Math.Min(runsOut, i);
                end = Math.Max(end, runsOut);
            }
            else if (EndingAt(t, i, Deadline) is var (dl, dll) && dl >= 0 && dll >= Math.Max(ul, Math.Max(bl, al)))
            {
                // "hard deadline end of Q1", "Deadline ist Ende März": from today to the end of what is named, like "bis";
                // confirmed, as a deadline may be the day the work must be done rather than the latest start
                period = new Period(today, period.End ?? period.Start, Guessed(period.Timex));
                start = dl;
            }
            else if (u >= 0 && ul >= Math.Max(bl, al))
            {
                // "by Easter" ends on Easter Sunday, not the Monday after it; a latest day of a holiday of several days is
                // confirmed, as some count only up to its first day
                var easterSunday = t[i].Text is "ostern" or "easter" && !period.Timex.StartsWith('~') && period.End is { } easterMonday
                    ? easterMonday.AddDays(-1) : (DateOnly?)null;
                period = new Period(today, easterSunday ?? period.End ?? period.Start,
                    easterSunday is not null || ChristmasHolidays(t[i].Text) ? Guessed(period.Timex) : period.Timex);
                start = u;
            }
            else if (b >= 0 && bl >= al && bl <= 1 && a < 0 && !(t[i].Text is "ende" or "end") && NothingGoesAfter(t, end) is var nothingEnd &&
                     nothingEnd > end)
            {
                // "vor März geht nix", "before March nothing works", "vor März keine Chance": nothing before it, so
                // from then on, open end, like "nicht vor März"
                period = new Period(period.Start, null, period.Timex);
                start = b;
                end = nothingEnd;
            }
            else if (b >= 0 && bl >= al)
            {
                // "vor Ende März", "before the end of the year" set a deadline like "bis Ende März"
                // ("before the end of the quarter", "vor Quartalsende": the end named after an article or in a compound)
                var beforeEnd = t[i].Text is "ende" or "end" or "quartalsende" or "monatsende" or "jahresende" or "wochenende" or "eoy" or "eom" or "eofy" or "eoq" ||
                                t[i].Text is "the" or "dem" or "der" && i + 1 < t.Count && t[i + 1].Text is "end" or "ende" ||
                                EndBetween(t, b + bl, i);
                // "vor Weihnachten" ends on the 23rd or the 24th, as German readers count Christmas from its Eve or its
                // Day, and "before Christmas" on Christmas Eve to most English readers but the 23rd to some: the flow
                // confirms both
                // "vor Ostern", "before Easter": up to the Saturday before Easter Sunday, as the writers counted it, though
                // some end before Good Friday; confirmed
                var beforeEaster = !beforeEnd && t[i].Text is "ostern" or "easter" && !period.Timex.StartsWith('~');
                var timex = !beforeEnd && (ChristmasHolidays(t[i].Text) || beforeEaster) ? "~" + period.Timex : period.Timex;
                period = new Period(today, beforeEnd ? period.End ?? period.Start : period.Start.AddDays(beforeEaster ? 1 : -1), timex);
                start = b;
            }
            else if (WeekContaining(t, i) is var c && c >= 0 && a < 0 && period.End == period.Start)
            {
                // "the week of Jan 11", "die Woche vom 11. Januar": the calendar week the day falls in, not the day
                var monday = period.Start.AddDays(-(((int)period.Start.DayOfWeek + 6) % 7));
                period = new Period(monday, monday.AddDays(6), $"{monday.Year}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):D2}");
                start = c;
            }
            else if (EndingAt(t, i, WeekOf) is var (w, wl) && w >= 0 && wl > al && period.End is { } named && named <= period.Start.AddDays(7))
            {
                // "the week after Christmas", "die Woche nach Ostern": the calendar week after the one the day falls in
                // (a holiday counts from its first day), never an open end after it
                var monday = period.Start.AddDays(-(((int)period.Start.DayOfWeek + 6) % 7) + 7);
                period = new Period(monday, monday.AddDays(6), $"{monday.Year}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):D2}");
                start = w;
            }
            else if (a < 0 && OverAfter(t, end) is var over && over > end && EndingAt(t, i, OnceCues) is var (o, _) && o >= 0)
            {
                // "once the Christmas rush is over", "wenn der Sommer vorbei ist": a period waited out is a start after it,
                // from the day after it ends, open end, like "after"; confirmed, as the words say when it ends, not when the
                // start is
                period = new Period((period.End ?? period.Start).AddDays(1), null, Guessed(period.Timex));
                start = o;
                end = over;
            }
            else if (opening && a < 0 && OpeningVerbBefore(t, i) >= 0)
            {
                // the deadline a day of opening sets; confirmed, as the day dates the opening, not the start
                period = new Period(today, period.End == period.Start ? period.Start : period.Start.AddDays(-1), Guessed(period.Timex));
                start = OpeningVerbBefore(t, i);
            }
            else if (a < 0 && b < 0 && u < 0 && !closed && !ranged && period.Start > today &&
                     AfterEventBefore(t, i, before: true) is var beforeAt && beforeAt >= 0)
            {
                // "vor der Messe im März", "before our busy season (May)": before an event dated in the period, from today to
                // the day before the period, as "before" it; confirmed, as the period dates the event, not the start
                period = new Period(today, period.Start.AddDays(-1), Guessed(period.Timex));
                start = beforeAt;
            }
            else if (a < 0 && !closed && !ranged && period.End is { } eventEnd && period.Start > today &&
                     AfterEventBefore(t, i) is var afterAt && afterAt >= 0)
            {
                // "nach der Messe im März", "after our plant shutdown in July": after an event dated in the period the start
                // is from the period on, open end; after a time off or something said to end in it, from the day after;
                // after an event on one day ("nach der Mitgliederversammlung am 14. März") from the day after it too;
                // confirmed, as the period dates the event, not the start
                var endsWithIt = eventEnd == period.Start || Enumerable.Range(afterAt + 1, i - afterAt - 1).Any(k => EndsWithPeriod(t[k].Text));
                period = new Period(endsWithIt ? eventEnd.AddDays(1) : period.Start, null, Guessed(period.Timex));
                start = afterAt;
            }
            else if (a >= 0)
            {
                // "nach Neujahr", "after Paddy's Day": from the day after the holiday; "nach Ostern" from Easter Monday,
                // "nach Weihnachten" from the 27th, "after the holidays" from the first working day of January, as most
                // careful readers record them; they differ, so the flow confirms it
                var holiday = t[i].Text is "neujahr" or "silvester" or "new" or "ostern" or "easter" || ChristmasHolidays(t[i].Text) ||
                              NamedDay(t, i, today) is not null;
                var from = (period.End ?? period.Start).AddDays(1);
                if (t[i].Text is "ostern" or "easter")
                {
                    from = period.End ?? period.Start;
                }
                else if (ChristmasHolidays(t[i].Text) && t[i].Text is not ("weihnachten" or "christmas" or "xmas"))
                {
                    while (from.Day == 1 || from.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    {
                        from = from.AddDays(1);
                    }
                }

                period = new Period(from, null, holiday ? "~" + period.Timex : period.Timex);
                start = a;
            }
            else if (!closed && period.End is { } latestEnd && end + 1 < t.Count && Array.Exists(LatestCues, p => t.MatchesAt(end + 1, p) && (end + 1 + p.Length == t.Count || t[end + 1 + p.Length].AfterBreak)))
            {
                // "März spätestens", "in March at the latest": the latest start said after the period, like "spätestens März"
                period = new Period(today, latestEnd, period.Timex);
            }
            else if (!closed && period.End is not null && end + 1 < t.Count &&
                     Array.Exists(EarliestCues, p => t.MatchesAt(end + 1, p) && (end + 1 + p.Length == t.Count || t[end + 1 + p.Length].AfterBreak)))
            {
                // "Q3 2027 at the earliest", "März frühestens": the earliest start said after the period, like "frühestens
                // März": from its start, open end
                period = new Period(period.Start, null, period.Timex);
            }
            else if (!closed && period.End is not null && end + 1 < t.Count &&
                     Array.Exists(LaterCues, p => t.MatchesAt(end + 1, p) && end + 1 + p.Length == t.Count))
            {
                // "in 6 Monaten, eher später", "March or later": the period is the earliest start the prospect sees, so
                // from its start, open end; confirmed, as how much later is a guess
                period = new Period(period.Start, null, Guessed(period.Timex));
            }
            else if (!closed && ThatAfter(t, end) is { } that)
            {
                // "the new semester starts in April, so before that", "die Messe ist im März, danach": words at the end that
                // point back at the period date the start from it as "before"/"after" would: before it, from today to the
                // day before it starts; after it, from it on, open end (as after an event dated in it); confirmed, as the
                // period dates something else
                // ("Board votes Feb 9, so sometime after that": after one day, from the day after it)
                period = that.Before ? new Period(today, period.Start.AddDays(-1), Guessed(period.Timex))
                    : new Period(period.End == period.Start && !that.FromIt ? period.Start.AddDays(1) : period.Start, null, Guessed(period.Timex));
                end = that.End;
            }

            if (academic && start < i && !period.Timex.StartsWith('~'))
            {
                // "before the spring cohort (Feb)": a word before an academic period dates the start from it; confirmed, as
                // the period dates the term, not the start
                period = period with { Timex = Guessed(period.Timex) };
            }

            return (period, start, end);
        }

        return null;
    }

    // Words that say a time is the wrong one ("jetzt ist ein schlechter Zeitpunkt", "now is bad timing").
    private static readonly HashSet<string> WrongTimeWords = new(StringComparer.Ordinal)
    {
        "schlecht", "schlechter", "schlechte", "schlechten", "unguenstig", "unguenstiger", "unguenstige", "unpassend", "bad",
        "wrong", "falsche", "falscher", "falschen", "poor", "awkward",
    };

    /// <summary>Whether "now" at words <paramref name="i"/> to <paramref name="end"/> is denied or called the wrong time:
    /// a negation right before or after it ("nicht jetzt", "jetzt noch nicht") or, after a verb of being, in the rest of
    /// its clause ("jetzt ist nicht der richtige Zeitpunkt", "now is bad timing"); "jetzt oder nie" is no denial.</summary>
    private static bool DeniedInClause(FoldedText t, int i, int end)
    {
        static bool Denies(string w) => CommonWords.Negations.Contains(w) && w is not ("nie" or "never" or "niemals");
        if (i > 0 && !t[i].AfterBreak && Denies(t[i - 1].Text))
        {
            return true;
        }

        var k = end + 1;
        while (k < t.Count && !t[k].AfterBreak && t[k].Text is "gerade" or "grad" or "eben" or "im" or "moment" or "noch" or "just" or "right")
        {
            k++;
        }

        if (k >= t.Count || t[k].AfterBreak)
        {
            return false;
        }

        if (Denies(t[k].Text))
        {
            // ("now - can't wait any longer": the wait is denied, not the time)
            return !(k + 1 < t.Count && t[k + 1].Text is "wait" or "warten" or "afford" or "lose" or "verlieren");
        }

        if (t[k].Text is not ("ist" or "is" or "isn't" or "isnt" or "waere" or "would" or "seems" or "scheint" or "passt"))
        {
            return false;
        }

        for (var m = k; m < t.Count && (m == k || !t[m].AfterBreak); m++)
        {
            if (Denies(t[m].Text) || WrongTimeWords.Contains(t[m].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "schon", "bereits" or "already" stands in the clause before word <paramref name="i"/>, after a
    /// verb of having or being ("wir haben ja schon Dezember", "it's already December").</summary>
    private static bool AlreadyBefore(FoldedText t, int i)
    {
        // the month right after the word ("wir haben schon Dezember", "we're already in December"; "wir haben schon im
        // Dezember Zeit" is a start)
        var at = i >= 2 && t[i - 1].Text == "in" ? i - 2 : i - 1;
        if (at < 0 || t[at].Text is not ("schon" or "bereits" or "already" or "inzwischen" or "mittlerweile"))
        {
            return false;
        }

        var already = false;
        for (var k = at; k >= 0 && k >= i - 5; k--)
        {
            already |= t[k].Text is "schon" or "bereits" or "already" or "inzwischen" or "mittlerweile";
            if (already && t[k].Text is "haben" or "ist" or "sind" or "it's" or "its" or "is" or "we're" or "are")
            {
                return true;
            }

            if (t[k].AfterBreak)
            {
                return false;
            }
        }

        return false;
    }

    // Things of the prospect's own that open on a day the new tool must be ready for ("our registration opens Jan 15").
    private static readonly HashSet<string> OpeningThings = new(StringComparer.Ordinal)
    {
        "registration", "registrations", "enrollment", "enrolment", "signups", "sign-ups", "season", "sale", "sales", "shop",
        "store", "booking", "bookings", "ticketing", "tickets", "anmeldung", "anmeldungen", "anmeldephase", "saison", "buchung",
        "buchungen", "vorverkauf", "shop", "laden", "filiale", "eroeffnung", "opening", "campaign", "kampagne", "aktion",
    };

    /// <summary>Where a verb of opening stands right before word <paramref name="at"/> ("opens Jan 15", "startet am
    /// 15.1."), or -1.</summary>
    private static int OpeningVerbBefore(FoldedText t, int at)
    {
        var k = at - 1;
        while (k >= 0 && k >= at - 2 && t[k].Text is "on" or "in" or "am" or "im" or "the" or "zum" or "at" or "ab")
        {
            k--;
        }

        return k >= 0 && t[k].Text is "opens" or "open" or "starts" or "begins" or "launches" or "oeffnet" or "startet" or "beginnt" or
            "laeuft" or "goes" or "kicks" or "eroeffnet" or "eroeffnen" ? k : -1;
    }

    /// <summary>Whether a period after word <paramref name="end"/> is dated as the day something of the prospect's
    /// (<see cref="OpeningThings"/>) opens ("…, our registration opens Jan 15").</summary>
    private static bool OpeningAfter(FoldedText t, int end, DateOnly today)
    {
        for (var m = end + 1; m < t.Count; m++)
        {
            if (At(t, m, today) is { } next && next.Period.Start > today)
            {
                if (OpeningVerbBefore(t, m) is not (>= 0 and var verb))
                {
                    return false;
                }

                for (var k = verb - 1; k > end && k >= verb - 4; k--)
                {
                    if (OpeningThings.Contains(t[k].Text))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of having or being stands before word <paramref name="i"/> in its clause ("we have zero
    /// budget right now", "wir sind gerade voll").</summary>
    private static bool StateBefore(FoldedText t, int i, out bool denied)
    {
        denied = false;
        for (var k = i - 1; k >= 0; k--)
        {
            denied |= CommonWords.Negations.Contains(t[k].Text) || t[k].Text is "zero" or "nothing" or "nichts";
            // ("mir ham jetzt Hochsaison", "homma jetzt koa Zeit": the spoken and dialect "haben")
            if (t[k].Text is "have" or "has" or "haben" or "habe" or "hab" or "hat" or "ham" or "hamm" or "hamma" or "homma" or "habn" or "is" or "are" or "sind" or "ist" or "bin" or "we're" or
                "i'm" or "it's" or "there's" or "gibt" or "got")
            {
                for (var m = k - 1; m >= 0 && !t[m + 1].AfterBreak; m--)
                {
                    denied |= CommonWords.Negations.Contains(t[m].Text);
                }

                return true;
            }

            if (t[k].AfterBreak)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a word of an agreement (<see cref="ContractWords"/>) stands in the clause before word
    /// <paramref name="at"/> ("our contract with the current vendor ends …").</summary>
    private static bool ContractBefore(FoldedText t, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            // a German compound names its kind of agreement first ("Wartungsvertrag", "Softwarelizenz")
            if (ContractWords.Contains(t[k].Text) || t[k].Text.EndsWith("vertrag", StringComparison.Ordinal) ||
                t[k].Text.EndsWith("lizenz", StringComparison.Ordinal))
            {
                return true;
            }

            if (t[k].AfterBreak)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether "when"/"once"/"wenn"/"sobald" stands in the clause before word <paramref name="at"/>: "when our
    /// contract runs out in June" dates the start at the contract's end, not a deadline before it.</summary>
    private static bool WhenBefore(FoldedText t, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (t[k].Text is "when" or "once" or "wenn" or "sobald")
            {
                return true;
            }

            if (t[k].AfterBreak)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a word that something is switched off follows word <paramref name="end"/> ("das Tool wird am
    /// 31.12. abgeschaltet", "our old system is shut down on Dec 31" has it before).</summary>
    private static bool SwitchedOffAfter(FoldedText t, int end) =>
        end + 1 < t.Count && (!t[end + 1].AfterBreak || t[end].IsNumber && Between(t, end) == ".") && t[end + 1].Text is "abgeschaltet" or "eingestellt" or "abgestellt" or "abgeloest" or
            "stillgelegt" or "aus" or "ab";

    /// <summary>Where a verb that something runs out stands right before the day at word <paramref name="i"/> ("runs out
    /// (Sept 30)") or right after it ending at <paramref name="end"/> ("am 30.9. ausläuft"), or -1.</summary>
    private static int ContractRunsOutOn(FoldedText t, int i, int end)
    {
        if (EndsBefore(t, i) is var before && before >= 0)
        {
            return before;
        }

        // (the clause before a verb after the day is read before the day, as a dotted day breaks it: "am 30.9. ausläuft")
        return end + 1 < t.Count && (!t[end + 1].AfterBreak || t[end].IsNumber && Between(t, end) == ".") &&
               t[end + 1].Text is "auslaeuft" or "ablaeuft" or "endet" or "expires" or "ends" ? end + 1 : -1;
    }

    /// <summary>Whether a period after word <paramref name="end"/> is dated as the end of an agreement ("…, our contract
    /// ends Dec 31", "…, der Vertrag läuft bis März").</summary>
    private static bool ContractEndAfter(FoldedText t, int end, DateOnly today)
    {
        for (var m = end + 1; m < t.Count; m++)
        {
            if (At(t, m, today) is { } next && next.Period.Start > today)
            {
                var (u, _) = EndingAt(t, m, Until);
                return EndsBefore(t, u >= 0 ? u : m) is var verb && verb >= 0 && ContractBefore(t, verb) ||
                       SwitchedOffAfter(t, next.End) && ContractBefore(t, m);
            }
        }

        return false;
    }

    /// <summary>Whether a dated period that is not "now" starts after word <paramref name="end"/>.</summary>
    private static bool LaterPeriod(FoldedText t, int end, DateOnly today)
    {
        for (var m = end + 1; m < t.Count; m++)
        {
            if (At(t, m, today) is { } next && next.Period.Start >= today && !IsNow(next.Period.Start, next.Period.End, today))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a verb that something ends or runs until then stands right before word <paramref name="at"/>
    /// ("die läuft bis …", "ends on 28 Feb"), or -1.</summary>
    private static int EndsBefore(FoldedText t, int at)
    {
        var k = at - 1;
        while (k >= 0 && k >= at - 2 && t[k].Text is "on" or "in" or "am" or "im" or "the" or "zum" or "at" or "mit")
        {
            k--;
        }

        // "runs out on 31.12.", "ran out in March": the particle belongs to the verb
        if (k >= 1 && t[k].Text == "out" && t[k - 1].Text is "runs" or "run" or "ran" or "running")
        {
            k--;
        }

        return k >= 0 && t[k].Text is "ends" or "ended" or "end" or "endet" or "enden" or "laeuft" or "runs" or "expires" or "auslaeuft" or
            "finishes" or "closes" or "wraps" or "done" or "finished" or "completed" or "fertig" or "offline" or "expire" or "expiring" ? k : -1;
    }

    /// <summary>Whether a word after an "after"/"nach" says that what it names lasts through the period dated beside it
    /// and ends with it: a verb of ending ("after our fiscal year ends in March") or a time off that a firm takes
    /// ("nach den Werksferien im August", "after our plant shutdown in July"), so the start is from the day after the
    /// period, not from its first day.</summary>
    internal static bool EndsWithPeriod(string folded) =>
        folded is "ends" or "end" or "ended" or "endet" or "enden" or "vorbei" or "over" or "abgeschlossen" or "finished" or
            "shutdown" or "shutdowns" or "break" or "closure" or "vacation" or "betriebsruhe" or "sommerpause" or "winterpause" ||
        folded.EndsWith("ferien", StringComparison.Ordinal) || folded.EndsWith("urlaub", StringComparison.Ordinal);

    /// <summary>Whether a word that something is done ends the clause right after word <paramref name="end"/> ("…, der
    /// ist bis Ende Januar durch").</summary>
    private static bool DoneAfter(FoldedText t, int end)
    {
        if (end + 1 >= t.Count || t[end + 1].Text is not ("durch" or "vorbei" or "fertig" or "rum" or "abgeschlossen" or "erledigt" or "over" or "done" or "finished"))
        {
            return false;
        }

        // "…, sollte Ende April fertig sein": a form of being may close the clause after the word that it is done
        var k = end + 2;
        var being = k < t.Count && !t[k].AfterBreak && t[k].Text is "sein" or "ist" or "sind" or "werden" or "wird" or "be";
        if (being)
        {
            k++;
        }

        // "also so April rum", "Mai rum": "rum" without a form of being in its clause is "around", a rough month, not one
        // said to be over ("der Winter ist Ende März rum")
        if (t[end + 1].Text == "rum" && !being && !BeingInClause(t, end))
        {
            return false;
        }

        return k == t.Count || t[k].AfterBreak;
    }

    /// <summary>Whether a form of being stands in the clause that ends with word <paramref name="end"/>.</summary>
    private static bool BeingInClause(FoldedText t, int end)
    {
        for (var k = end; k >= 0; k--)
        {
            if (t[k].Text is "ist" or "sind" or "war" or "waren" or "sein" or "is")
            {
                return true;
            }

            if (t[k].AfterBreak)
            {
                break;
            }
        }

        return false;
    }

    // Words before a period that the start waits for it to end ("once the … is over", "wenn der … vorbei ist").
    private static readonly string[][] OnceCues = Phrases.Of(
        "once", "once the", "once our", "when", "when the", "when our", "wenn", "wenn das", "wenn der", "wenn die", "wenn unser",
        "wenn unsere", "sobald", "sobald das", "sobald der", "sobald die", "sobald unser", "sobald unsere", "as soon as");

    // Words after such a period that say it has ended.
    private static readonly string[][] OverCues = Phrases.Of(
        "is over", "are over", "is done", "is finished", "is through", "is past", "has passed", "have passed", "ends", "is behind us",
        "dies down", "calms down", "quiets down", "settles down", "ist vorbei", "vorbei ist", "sind vorbei", "vorbei sind",
        "ist durch", "durch ist", "ist rum", "rum ist", "ist zu ende", "zu ende ist", "ist abgeschlossen", "abgeschlossen ist",
        "endet", "ruhiger wird");

    /// <summary>The last word of an <see cref="OverCues"/> phrase right after word <paramref name="end"/>, or -1.</summary>
    private static int OverAfter(FoldedText t, int end)
    {
        foreach (var p in OverCues)
        {
            if (end + 1 < t.Count && t.MatchesAt(end + 1, p))
            {
                return end + p.Length;
            }
        }

        return -1;
    }

    // Words at the end that point back at the period before them ("so before that", "danach").
    private static readonly string[][] BeforeThat = Phrases.Of(
        "before that", "before then", "prior to that", "davor", "vorher", "zuvor", "noch davor", "noch vorher");

    private static readonly string[][] AfterThat = Phrases.Of(
        "after that", "after then", "afterwards", "afterward", "thereafter", "danach", "nachher", "im anschluss", "from then on",
        "from then", "ab dann", "von da an", "ab da");

    /// <summary>A phrase of <see cref="BeforeThat"/> or <see cref="AfterThat"/> that ends the clause after word
    /// <paramref name="end"/> (a "so", "also", "then", "erst", "right" may stand before it), which of the two, and its
    /// last word.</summary>
    private static (bool Before, int End, bool FromIt)? ThatAfter(FoldedText t, int end)
    {
        var k = end + 1;
        while (k < t.Count && k <= end + 3 && t[k].Text is "so" or "also" or "and" or "und" or "dann" or "then" or "therefore" or "daher" or
                   "deshalb" or "but" or "aber" or "erst" or "only" or "just" or "right" or "gleich" or "direkt" or "kurz" or "shortly" or "sometime" or "irgendwann")
        {
            k++;
        }

        foreach (var (phrases, before) in new[] { (BeforeThat, true), (AfterThat, false) })
        {
            foreach (var p in phrases)
            {
                if (k < t.Count && t.MatchesAt(k, p) && (k + p.Length == t.Count || t[k + p.Length].AfterBreak))
                {
                    return (before, k + p.Length - 1, !before && t[k].Text is "from" or "ab" or "von");
                }
            }
        }

        return null;
    }

    // Words after a period that say the start may come later than it ("eher später", "or later").
    private static readonly string[][] LaterCues = Phrases.Of(
        "oder spaeter", "eher spaeter", "oder auch spaeter", "vielleicht auch spaeter", "vielleicht spaeter",
        "eventuell spaeter", "evtl spaeter", "wahrscheinlich spaeter", "oder noch spaeter", "or later", "maybe later",
        "possibly later", "probably later", "or even later", "rather later",
        // after a count of time ("in 6 months, maybe longer") the wait may be longer
        "or longer", "maybe longer", "possibly longer", "probably longer", "maybe even longer", "or even longer",
        "oder laenger", "vielleicht laenger", "vielleicht auch laenger", "eher laenger", "oder noch laenger", "eventuell laenger");

    // Words after a contrast that bound the start from below ("…, aber erst nach Weihnachten", "…, but not before March").
    private static readonly string[][] NotBefore = Phrases.Of(
        "erst", "nicht vor", "not before", "not until", "only after", "fruehestens", "no earlier than", "not earlier than");

    // Words that say the period after them is what the prospect expects to happen ("realistically February").
    private static readonly string[][] Realistically = Phrases.Of(
        "realistically", "realistic", "realistisch", "realistischerweise", "realistisch gesehen", "realistically speaking");

    /// <summary>Whether a contrast word and a word of realism follow word <paramref name="end"/> and a dated period
    /// follows them ("…, aber realistisch Januar").</summary>
    /// <summary>Whether words of a wish ("wäre super", "would be nice") end the clause after word <paramref name="end"/>
    /// and a contrast and a word of realism follow: "Vor Weihnachten wäre super, aber realistisch eher im Januar" is the
    /// wish and the expectation said together, like "asap but realistically February".</summary>
    private static bool WishThenRealistically(FoldedText t, int end, DateOnly today)
    {
        var k = end + 1;
        while (k < t.Count && k <= end + 4 && !t[k].AfterBreak)
        {
            k++;
        }

        return k > end + 1 && k < t.Count && Enumerable.Range(end + 1, k - end - 1).Any(m => t[m].Text is "super" or "schoen" or
                   "toll" or "ideal" or "nice" or "great" or "ideally" or "idealerweise" or "liebsten" or "gut" or "good" or "perfect" or "perfekt") &&
               RealisticallyAfter(t, k - 1, today);
    }

    // Words that make a period a former plan or a wish rather than the expected start ("Eigentlich wollten wir im Januar
    // starten", "January was the plan", "before Christmas would be amazing").
    private static readonly HashSet<string> PlanOrWishWords = new(StringComparer.Ordinal)
    {
        "wanted", "wollten", "wollte", "planned", "geplant", "plan", "originally", "urspruenglich", "eigentlich", "hoped",
        "gehofft", "hofften", "amazing", "super", "ideal", "ideally", "idealerweise", "nice", "great", "toll", "schoen", "genial",
        "wunderbar", "perfect", "perfekt", "awesome", "lovely", "fantastic", "klasse", "prima", "optimal", "liebsten",
    };

    // Words that open the clause of the expected start after the contrast ("…, also wahrscheinlich eher April").
    private static readonly string[][] ConclusionCues = Phrases.Of(
        "so", "also", "dann", "daher", "deshalb", "therefore", "realistically", "realistic", "realistisch", "realistischerweise",
        "more likely", "eher", "rather", "more like");

    /// <summary>Whether the period at word <paramref name="i"/> stands in a clause of a former plan or a wish, and after a
    /// contrast ("aber", "but") a word of concluding, realism or preference comes before a later period ("Eigentlich
    /// wollten wir im Januar starten, aber die GF will erst den Abschluss abwarten, also wahrscheinlich eher April"): the
    /// later period is the expected start, said with the plan it replaces, so it is read and confirmed.</summary>
    private static bool FormerPlanThenLater(FoldedText t, int i, int end, DateOnly today)
    {
        var clauseStart = i;
        while (clauseStart > 0 && !t[clauseStart].AfterBreak)
        {
            clauseStart--;
        }

        var clauseEnd = end;
        while (clauseEnd + 1 < t.Count && !t[clauseEnd + 1].AfterBreak)
        {
            clauseEnd++;
        }

        if (!Enumerable.Range(clauseStart, clauseEnd - clauseStart + 1).Any(k => PlanOrWishWords.Contains(t[k].Text)) &&
            !(clauseEnd + 1 < t.Count && PlanOrWishWords.Contains(t[clauseEnd + 1].Text)))
        {
            return false;
        }

        var contrast = -1;
        for (var k = end + 1; k < t.Count; k++)
        {
            if (t[k].Text is "aber" or "but" or "doch" or "though" or "however" or "jedoch" or "allerdings")
            {
                contrast = k;
                break;
            }
        }

        if (contrast < 0)
        {
            return false;
        }

        for (var m = contrast + 1; m < t.Count; m++)
        {
            if (LaterPeriodAfterCue(t, m, ConclusionCues, 4, today) &&
                FirstPeriodFrom(t, m, today) is { } later && later.Start > (At(t, i, today)?.Period.Start ?? today))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first period at or after word <paramref name="k"/>, or null.</summary>
    private static Period? FirstPeriodFrom(FoldedText t, int k, DateOnly today)
    {
        for (var m = k; m < t.Count; m++)
        {
            if (At(t, m, today) is { } hit)
            {
                return hit.Period;
            }
        }

        return null;
    }

    private static bool RealisticallyAfter(FoldedText t, int end, DateOnly today)
    {
        var k = end + 1;
        // "ASAP-ish, but realistically Feb": the suffix of a rough now
        if (k < t.Count && t[k].Text is "ish")
        {
            k++;
        }

        if (k < t.Count && t[k].Text is "aber" or "but" or "doch" or "though")
        {
            k++;
        }

        return k < t.Count && LaterPeriodAfterCue(t, k, Realistically, 3, today);
    }

    /// <summary>The number of words of a hedge at word <paramref name="k"/> ("maybe", "vielleicht"), or 0.</summary>
    private static int HedgeLength(FoldedText t, int k)
    {
        foreach (var p in Hedges)
        {
            if (k < t.Count && t.MatchesAt(k, p))
            {
                return p.Length;
            }
        }

        return 0;
    }

    private static readonly string[][] EarliestCues = Phrases.Of(
        "fruehestens", "allerfruehestens", "at the earliest", "at the very earliest", "earliest", "at earliest");

    /// <summary>The first word of "week of" / "Woche vom" right before the day at <paramref name="at"/> ("the week of Jan
    /// 11", "die Woche vom 11. Januar"), or -1.</summary>
    private static int WeekContaining(FoldedText t, int at)
    {
        var k = at - 1;
        if (k >= 0 && t[k].Text is "the" or "dem")
        {
            k--;
        }

        return k >= 1 && t[k].Text is "of" or "vom" && t[k - 1].Text is "week" or "woche" ? k - 1 : -1;
    }

    private static readonly string[][] WeekOf = Phrases.Of(
        "the week after", "week after", "in the week after", "die woche nach", "woche nach", "in der woche nach");

    private static readonly string[][] WeekAfter = Phrases.Of(
        "the week after", "week after that", "the following week", "die woche danach", "die woche darauf", "die woche drauf",
        "eine woche spaeter", "a week later", "in der woche danach", "in der woche darauf");

    private static readonly string[][] MonthAfter = Phrases.Of(
        "the month after", "month after that", "the following month", "den monat danach", "den monat darauf",
        "den monat drauf", "der monat danach", "einen monat spaeter", "a month later", "im monat danach", "im monat darauf");

    /// <summary>"…, so the week after", "…, dann die Woche drauf" after a named week or month (Week: which of the two), or
    /// null; "the week after next" names a week of its own and is not this.</summary>
    /// <summary>The last day of a period joined to <paramref name="first"/>: the second's end when it starts no earlier;
    /// a year later when it lies wholly before the first and a year later after it; otherwise none.</summary>
    private static DateOnly? JoinedEnd(Period first, Period second, bool named)
    {
        var secondEnd = second.End ?? second.Start;
        if (second.Start >= first.Start)
        {
            return secondEnd;
        }

        return named && secondEnd < first.Start && secondEnd.AddYears(1) > (first.End ?? first.Start) ? secondEnd.AddYears(1) : null;
    }

    /// <summary>Whether word <paramref name="j"/> names a quarter, a month or the winter by its name, which stands for
    /// the coming one; "the month" or "this week" name no such period.</summary>
    private static bool Named(FoldedText t, int j, DateOnly today) =>
        Quarter(t, j, today) is not null || MonthNames.ContainsKey(t[j].Text) || t[j].Text is "winter" or "winters";

    private static (bool? Week, int End, bool Joined)? FollowingSpan(FoldedText t, int end)
    {
        for (var j = end + 1; j < t.Count && j <= end + 10; j++)
        {
            // "or the one after", "oder die danach", "this week or next": the unit left out is the period's own; only
            // right after an "or" or an "and", and never before a unit or a month of its own ("or next March")
            if (j == end + 2 && t[j - 1].Text is "or" or "oder" or "und" or "and")
            {
                foreach (var p in OneAfter)
                {
                    var after = j + p.Length;
                    if (t.MatchesAt(j, p) && !(after < t.Count && (RelativeUnits.ContainsKey(t[after].Text) || MonthNames.ContainsKey(t[after].Text) ||
                                                                    t[after].Text is "next" or "naechste" or "naechsten" or "quarter" or "quartal" or "day" or "tag")))
                    {
                        return (null, after - 1, true);
                    }
                }
            }

            foreach (var (phrases, week) in (ReadOnlySpan<(string[][], bool)>)[(WeekAfter, true), (MonthAfter, false)])
            {
                foreach (var p in phrases)
                {
                    if (t.MatchesAt(j, p) && !(j + p.Length < t.Count && t[j + p.Length].Text is "next" or "naechste" or "naechster"))
                    {
                        return (week, j + p.Length - 1, t[j - 1].Text is "or" or "oder" or "und" or "and" or "bis" or "to");
                    }
                }
            }
        }

        return null;
    }

    private static readonly string[][] OneAfter = Phrases.Of(
        "the one after that", "the one after", "one after", "the next one", "the next", "next one", "next", "die danach",
        "den danach", "der danach", "die darauf", "den darauf", "die drauf", "den drauf", "die naechste", "den naechsten",
        "der naechste");

    // The rest of a calendar week or month up to its last day: "this week" from today, "next week" whole.
    private static bool EndsWeek(DateOnly start, DateOnly end) =>
        end.DayOfWeek == DayOfWeek.Sunday && end.DayNumber - start.DayNumber is > 0 and < 7;

    private static bool EndsMonth(DateOnly start, DateOnly end) =>
        end.Day == DateTime.DaysInMonth(end.Year, end.Month) && start.Year == end.Year && start.Month == end.Month && start < end;

    private static bool IsWholeSpan(DateOnly start, DateOnly end, bool week) =>
        week ? start.DayOfWeek == DayOfWeek.Monday && end == start.AddDays(6)
            : start.Day == 1 && end == start.AddMonths(1).AddDays(-1);

    private static readonly string[][] LatestCues = Phrases.Of(
        "spaetestens", "allerspaetestens", "bis spaetestens", "latest", "at the latest", "no later than", "not later than",
        "spaetestens bis", "spaetestens bis zum", "spaetestens bis zur", "spaetestens zum", "spaetestens am", "latest by",
        "at the latest by", "by the latest", "allerspaetestens bis", "allerspaetestens bis zum", "allerspaetestens zum",
        "spaetestens aber", "spaetestens jedoch", "spaetestens allerdings", "spaetestens doch");

    /// <summary>A period after word <paramref name="end"/> marked as the latest start ("…, spätestens Q3", "…, April at
    /// the latest"); the verb and its object may stand between ("im März ein CRM einführen, spätestens bis Mai").</summary>
    private static (Period Period, int End)? Latest(FoldedText t, int end, DateOnly today)
    {
        for (var j = end + 1; j < t.Count && j <= end + 8; j++)
        {
            if (At(t, j, today) is not { } next)
            {
                continue;
            }

            if (EndingAt(t, j, LatestCues).Start > end)
            {
                return next;
            }

            foreach (var p in LatestCues)
            {
                if (next.End + 1 < t.Count && t.MatchesAt(next.End + 1, p))
                {
                    return (next.Period, next.End + p.Length);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The day number right after word <paramref name="end"/> joined to it by a dash or "bis"/"to"/"through" and
    /// followed by no month or unit of its own ("Jan 10-20"), or null.</summary>
    private static (int Day, int End)? DayAfter(FoldedText t, int end)
    {
        var k = t[end + 1].IsNumber && Between(t, end) is "-" or "–" or ".-" or ".–" ? end + 1
            : end + 2 < t.Count && t[end + 1].Text is "bis" or "to" or "through" or "till" or "until" && t[end + 2].IsNumber ? end + 2 : -1;
        if (k < 0 || k + 1 < t.Count && (MonthNames.ContainsKey(t[k + 1].Text) || Units(t[k + 1].Text) || t[k + 1].Text is "uhr" or "h" or "am" or "pm" or "k" or "eur" or "euro") ||
            !int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        return (day, k);
    }

    /// <summary>The day number right before word <paramref name="i"/> joined to it by "und"/"bis"/"and"/"to" or a dash
    /// ("10. und 20. Januar", "10.-20. Januar"), or null.</summary>
    private static int? DayBefore(FoldedText t, int i)
    {
        // with a word between, the first number must be written as a day ("10.", "the 10th", "vom 10", "between 10"), so a
        // count before "und" ("10 Leute und 20. Januar") opens no range
        var k = t[i - 1].IsNumber && Between(t, i - 1) is "-" or ".-" or "–" or ".–" ? i - 1
            : t[i - 1].Text is "und" or "bis" or "and" or "to" or "through" && t[i - 2].IsNumber &&
              (t.Original.AsSpan(t[i - 2].End).StartsWith(".") || i >= 3 && t[i - 3].Text is "dem" or "vom" or "zwischen" or "the" or "from" or "between" or "am")
                ? i - 2 : -1;
        return k >= 0 && int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    /// <summary>Whether "end"/"Ende" stands between words <paramref name="from"/> and <paramref name="to"/> ("before the
    /// end of the quarter": the part skipped between the cue and the period).</summary>
    private static bool EndBetween(FoldedText t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Text is "end" or "ende")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of a phrase of <paramref name="phrases"/> that ends right before word <paramref name="at"/>
    /// (a "im", "in", "the", "des" may stand between), and its length; (-1, 0) when none.</summary>
    private static (int Start, int Length) EndingAt(FoldedText t, int at, string[][] phrases)
    {
        var stop = at;
        // "not before next fall", "bis nächsten Sommer": "next" before a season or month names which one, so the
        // modifier before it still bounds the period
        while (stop > 0 && t[stop - 1].Text is "im" or "in" or "the" or "des" or "der" or "dem" or "den" or "zum" or "zur" or "of" or "am" or "ende" or "end" or "mitte" or "anfang" or
                   "next" or "naechsten" or "naechstem" or "naechster" or "naechste" or "kommenden" or "kommendem" && stop > at - 3)
        {
            if (t[stop - 1].Text is "ende" or "end" or "mitte" or "anfang")
            {
                // "bis Ende März": the part belongs to the period, the modifier stands before it
                stop--;
                continue;
            }

            stop--;
        }

        foreach (var p in phrases)
        {
            for (var s = stop; s >= Math.Max(0, at - 4); s--)
            {
                if (s - p.Length >= 0 && t.MatchesAt(s - p.Length, p) && s == stop)
                {
                    return (s - p.Length, p.Length);
                }
            }
        }

        return (-1, 0);
    }

    /// <summary>Words that say the next words explain the ones before ("like", "sprich", "i.e.").</summary>
    internal static readonly string[][] Explaining = Phrases.Of(
        "like", "also", "sprich", "say", "let's say", "lets say", "i.e.", "ie", "d.h.", "dh", "das heisst", "heisst", "that is",
        "meaning", "so", "quasi", "konkret", "sagen wir", "naemlich", "namely");

    /// <summary>Whether an explaining word follows word <paramref name="end"/> and a period follows it ("…, like next
    /// week").</summary>
    private static bool ExplainedAfter(FoldedText t, int end, DateOnly today) =>
        end + 1 < t.Count && LaterPeriodAfterCue(t, end + 1, Explaining, 2, today);

    // Words that say a period does not work for the prospect ("is dead for us", "geht nicht", "we're closed").
    private static readonly HashSet<string> RuledOutWords = new(StringComparer.Ordinal)
    {
        "dead", "busy", "booked", "closed", "impossible", "nichts", "geschlossen", "unmoeglich", "ausgebucht", "tot",
        "verplant", "voll", "full", "belegt", "blocked", "geblockt", "hectic", "hektisch", "stressig", "crazy", "gone", "out",
        // "Dezember ist schon fast vorbei, also Januar": a period said to be over
        "vorbei", "over", "rum", "gelaufen",
    };

    /// <summary>Whether the clause after word <paramref name="end"/> says the period does not work and the next clause
    /// opens with "so"/"also"/"dann" and names a later period within a few words.</summary>
    private static bool RuledOutThenSo(FoldedText t, int end, DateOnly today)
    {
        var ruledOut = false;
        var k = end + 1;
        for (; k < t.Count && k <= end + 6 && !t[k].AfterBreak; k++)
        {
            ruledOut |= RuledOutWords.Contains(t[k].Text) || t[k].Text is "geht" && k + 1 < t.Count && t[k + 1].Text is "nicht" or "nichts";
        }

        return ruledOut && k < t.Count && t[k].AfterBreak && t[k].Text is "so" or "also" or "dann" &&
               LaterPeriodAfterCue(t, k, Explaining.Append(["dann"]).ToArray(), 3, today);
    }

    /// <summary>Where "nach"/"after" and an article or possessive open an event in the clause of word <paramref name="i"/>,
    /// a few words before it ("nach der Messe im März", "after our plant shutdown in July"), or -1.</summary>
    private static int AfterEventBefore(FoldedText t, int i, bool before = false)
    {
        for (var k = i - 2; k >= 0 && k >= i - 6; k--)
        {
            if ((before ? t[k].Text is "vor" or "before" && !(k > 0 && t[k - 1].Text is "not" or "nicht" or "ned" or "net" or "noed" or "nid") : t[k].Text is "nach" or "after") && t[k + 1].Text is "der" or "dem" or "den" or "the" or "our" or "my" or "unser" or
                    "unsere" or "unserer" or "unserem" or "unseren" or "meinem" or "meiner" or "meinen" or "their" or "its")
            {
                return k;
            }

            // "before beer garden season opens in May", "bevor im Mai die Saison losgeht": a clause of something opening or
            // starting in the period, with no article, is an event before it all the same
            if (before && !(k > 0 && t[k - 1].Text is "not" or "nicht" or "erst" or "only") && (t[k].Text == "bevor" || t[k].Text == "before" &&
                           Enumerable.Range(k + 1, i - k - 1).Any(m => t[m].Text is "opens" or "starts" or "begins" or "launches" or "kicks")))
            {
                return k;
            }

            if (t[k + 1].AfterBreak || t[k].Text is "nicht" or "not" or "no" or "kein" or "keine")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether an explaining word and a period follow word <paramref name="end"/> or the one or two words that
    /// end its clause ("after our summer break, so September": the period names when the break is, and what it ends is
    /// spelled out after it).</summary>
    private static bool ExplainedAfterClause(FoldedText t, int end, DateOnly today)
    {
        for (var e = end; e < t.Count && e <= end + 2 && (e == end || !t[e].AfterBreak); e++)
        {
            if (ExplainedAfter(t, e, today))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="cues"/> stands at word <paramref name="k"/> and a dated period that is not
    /// "now" starts within <paramref name="window"/> words after it, no earlier than today.</summary>
    private static bool LaterPeriodAfterCue(FoldedText t, int k, string[][] cues, int window, DateOnly today)
    {
        foreach (var p in cues)
        {
            if (t.MatchesAt(k, p))
            {
                for (var m = k + p.Length; m < Math.Min(t.Count, k + p.Length + window); m++)
                {
                    if (At(t, m, today) is { } next && next.Period.Start >= today && !IsNow(next.Period.Start, next.Period.End, today))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>A period that starts at word <paramref name="i"/>, and the index of its last word.</summary>
    private static (Period Period, int End)? At(FoldedText t, int i, DateOnly today)
    {
        var w = t[i].Text;

        // "asap", "sofort", "am liebsten gestern": from today, with no end, as the prospect sets no latest day
        foreach (var p in Asap)
        {
            if (t.MatchesAt(i, p))
            {
                return (new Period(today, null, Date(today)), i + p.Length - 1);
            }
        }

        foreach (var p in Today)
        {
            if (t.MatchesAt(i, p))
            {
                return (new Period(today, today, Date(today)), i + p.Length - 1);
            }
        }

        foreach (var p in Soon)
        {
            if (t.MatchesAt(i, p))
            {
                return (new Period(today, today.AddMonths(3).AddDays(-1), "soon"), i + p.Length - 1);
            }
        }

        if (NextBudgetYear(t, i, today) is { } budgetYear)
        {
            return budgetYear;
        }

        // "first week of feb", "die zweite Woche im März": days 1-7, 8-14, 15-21, 22-28 of the month, or its last seven;
        // confirmed, as careful readers also record the month or the calendar week
        var nth = w switch
        {
            "first" or "erste" or "ersten" => 1, "second" or "zweite" or "zweiten" => 2, "third" or "dritte" or "dritten" => 3,
            "fourth" or "vierte" or "vierten" => 4, "last" or "letzte" or "letzten" => 5, _ => 0,
        };
        if (nth > 0 && i + 2 < t.Count && t[i + 1].Text is "week" or "woche")
        {
            var k = i + 2;
            while (k < t.Count && k <= i + 3 && t[k].Text is "of" or "in" or "im" or "des" or "the" or "vom")
            {
                k++;
            }

            // "first week of next month", "erste Woche nächsten Monats": the month named by its distance from now
            var relativeMonth = k + 1 < t.Count && t[k].Text is "next" or "this" or "naechsten" or "naechster" or "kommenden" or
                "diesen" or "dieses" && t[k + 1].Text is "month" or "monat" or "monats";
            if ((k > i + 2 && k < t.Count && MonthNames.ContainsKey(t[k].Text) || relativeMonth) && Base(t, k, today, 0, k) is { } whole &&
                whole.Period.End is { } monthEnd && whole.Period.Start.Day == 1 && monthEnd == whole.Period.Start.AddMonths(1).AddDays(-1))
            {
                var first = nth == 5 ? monthEnd.AddDays(-6) : whole.Period.Start.AddDays(7 * (nth - 1));
                return (new Period(first, first.AddDays(6), Guessed(whole.Period.Timex)), whole.End);
            }
        }

        // part of a period: Anfang/Mitte/Ende, early/mid/late, beginning/end of
        // ("beginning", "start" only before "of"; "gegen Ende" is "Ende")
        var j = i;
        var part = w is "beginning" or "start" && !(i + 1 < t.Count && t[i + 1].Text == "of") ? 0
            : w == "gegen" && i + 1 < t.Count && t[i + 1].Text == "ende" ? 3
            : MonthParts.GetValueOrDefault(w);

        if (part > 0)
        {
            j = i + 1;
            if (w == "gegen")
            {
                j++;
            }

            while (j < t.Count && t[j].Text is "of" or "des" or "der" or "dem" or "im" or "in" or "the" or "this" or "dieses" or "diesen")
            {
                j++;
            }

            if (j >= t.Count)
            {
                return null;
            }
        }

        // "mid to late January", "Mitte bis Ende Jänner": two parts of one period, from the first one's start to the second
        // one's end
        if (part > 0 && j == i + 1 && i + 2 < t.Count && t[i + 1].Text is "to" or "bis" or "until" or "till" &&
            MonthParts.ContainsKey(t[i + 2].Text) &&
            At(t, i + 2, today) is { } second && second.End > i + 2 && second.Period.End is { } secondEnd)
        {
            var k = i + 3;
            while (k < t.Count && t[k].Text is "of" or "des" or "der" or "dem" or "im" or "in" or "the" or "this" or "dieses" or "diesen")
            {
                k++;
            }

            if (k < t.Count && Base(t, k, today, part, i) is { } first && first.Period.Start <= second.Period.Start)
            {
                return (new Period(first.Period.Start, secondEnd, first.Period.Timex + "/" + second.Period.Timex), second.End);
            }
        }

        return Base(t, j, today, part, i);
    }

    // The week before its number in Danish, Norwegian, Swedish, Dutch, French, Italian, Spanish, Portuguese, Polish, Czech,
    // Turkish, Romanian, Croatian and Greek.
    private static readonly HashSet<string> ForeignWeekWords = new(StringComparer.Ordinal)
    {
        "uge", "uke", "vecka", "veckan", "semaine", "settimana", "semana", "tydzien", "tygodniu", "tygodnia", "tyden", "hafta",
        "saptamana", "saptamina", "tjedan", "tjedna", "tjednu", "εβδομαδα",
    };

    private static (Period Period, int End)? Base(FoldedText t, int j, DateOnly today, int part, int from)
    {
        var w = t[j].Text;

        // academic periods: "zum Wintersemester 2027/28", "Fall semester 2027", "spring term", "for the new school year"
        if (Academic(t, j, today, part) is { } academic)
        {
            return academic;
        }

        // calendar weeks: "KW 12", "KW12 2027", "Kalenderwoche 12", "CW 12", "week 12"
        // ("uge 10", "vecka 10", "semana 10": a week in the writer's own language is read the same way, confirmed)
        var foreignWeek = ForeignWeekWords.Contains(w);
        if ((w is "kw" or "kalenderwoche" or "cw" or "week" or "woche" or "wk" || foreignWeek) && j + 1 < t.Count && t[j + 1].IsNumber &&
            int.TryParse(t[j + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var end = j + 1;
            var year = YearAfter(t, ref end, today);
            var y = year ?? today.Year;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, Math.Min(week, ISOWeek.GetWeeksInYear(y)), DayOfWeek.Monday));
            if (year is null && monday.AddDays(6) < today)
            {
                monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y + 1, Math.Min(week, ISOWeek.GetWeeksInYear(y + 1)), DayOfWeek.Monday));
            }

            // "KW 2/3", "KW 10-11", "KW 2 oder 3": a second week number a few weeks after the first joins both weeks into one
            // period, Monday of the first to Sunday of the second, like two joined months ("KW 2/27" stays week 2 of 2027)
            // ("tydzień 3-4", "semana 3 o 4": two weeks in the writer's own language are confirmed like one)
            if (year is null && SecondWeek(t, end, week) is var (lastWeek, lastAt))
            {
                var weeks = Part(new Period(monday, monday.AddDays(7 * (lastWeek - week) + 6), $"{monday.Year}-W{week:D2}/W{lastWeek:D2}"), part);
                return (foreignWeek ? weeks with { Timex = Guessed(weeks.Timex) } : weeks, lastAt);
            }

            // ("Anfang KW 12", "end of week 10": a few of its days, like the beginning of any week)
            var weekPeriod = Part(new Period(monday, monday.AddDays(6), $"{monday.Year}-W{week:D2}"), part);
            return (foreignWeek ? weekPeriod with { Timex = Guessed(weekPeriod.Timex) } : weekPeriod, end);
        }

        if (OrdinalPair(t, j, today) is { } pair)
        {
            return (Part(pair.Period, part), pair.End);
        }

        if (IsoDate(t, j, today) is { } iso)
        {
            return iso;
        }

        if (OrdinalNumber(t, j) is var (hjN, hjAt) && hjN <= 2 && hjAt + 1 < t.Count && t[hjAt + 1].Text == "hj" && HalfYear(t, hjAt + 1, today) is null)
        {
            // "1. HJ 2027": the ordinal before the half year's own abbreviation, like "1. Halbjahr"
            var hjEnd = hjAt + 1;
            var hjYear = YearAfter(t, ref hjEnd, today);
            var hj = HalfYearPeriod(hjYear ?? today.Year, hjN);
            if (hjYear is null && today.DayNumber - hj.Start.DayNumber > 91)
            {
                hj = HalfYearPeriod(today.Year + 1, hjN); // a half year more than half over is the next one
            }

            return (Part(hj, part), hjEnd);
        }

        // quarters: "Q2", "Q3 2027", "2. Quartal", "zweites Quartal", "second quarter", "nächstes Quartal", "this quarter"
        if (Quarter(t, j, today) is { } q)
        {
            return (Part(q.Period, part), q.End);
        }

        // half years: "H2", "erstes Halbjahr", "zweite Jahreshälfte", "second half of next year"
        if (HalfYear(t, j, today) is { } h)
        {
            return (Part(h.Period, part), h.End);
        }

        // dates in digits: "31.3.2027", "zum 15.01.", "01/2027", "3/31"
        if (NumericDate(t, j, today) is { } numeric)
        {
            return numeric;
        }

        // a day written as an ordinal before a month, with or without "of": "1st of March", "the 15th of January", "from
        // 1st April" (that day, never the month, so "from" before it is from that day on)
        if (t[j].IsNumber && j + 2 < t.Count && t[j + 1].Text is "st" or "nd" or "rd" or "th" &&
            (t[j + 2].Text == "of" ? 3 : 2) is var monthOffset && j + monthOffset < t.Count &&
            MonthAt(t, j + monthOffset, strict: false) is { } ordinalMonth &&
            int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinalDay) && ordinalDay is >= 1 and <= 31)
        {
            var end = j + monthOffset;
            var year = YearAfter(t, ref end, today);
            return (DayOfMonth(ordinalDay, ordinalMonth, year, today), end);
        }

        // "by the 20th", "until the 15th": a day written as an ordinal without a month, at the end of its clause, is the
        // coming day of that number; confirmed, as the month is left to the reader
        if (t[j].IsNumber && j >= 1 && t[j - 1].Text == "the" && j + 1 < t.Count && t[j + 1].Text is "st" or "nd" or "rd" or "th" &&
            (j + 2 == t.Count || t[j + 2].AfterBreak) &&
            int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var bareDay) && bareDay is >= 1 and <= 31)
        {
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            var coming = thisMonth.AddDays(Math.Min(bareDay, DateTime.DaysInMonth(today.Year, today.Month)) - 1);
            if (coming < today)
            {
                var nextMonth = thisMonth.AddMonths(1);
                coming = nextMonth.AddDays(Math.Min(bareDay, DateTime.DaysInMonth(nextMonth.Year, nextMonth.Month)) - 1);
            }

            return (new Period(coming, coming, Guessed(Date(coming))), j + 1);
        }

        // a day and a month: "15. März", "15 march", "march 15th", "am 1.3."
        if (t[j].IsNumber && j + 1 < t.Count && MonthAt(t, j + 1, strict: false) is { } dm &&
            int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            var end = j + 1;
            var year = YearAfter(t, ref end, today);
            return (DayOfMonth(day, dm, year, today), end);
        }

        // months: "März", "im März 2027", "Ende März 2028", "bis Ende März", "mid-May", "Anfang nächsten Monats"
        if (MonthAt(t, j, strict: part == 0 && !HasCueBefore(t, from)) is { } month)
        {
            var end = j;
            if (SecondOfTwoMonths(t, j) && end + 1 < t.Count && t[end + 1].IsNumber && t[end + 1].Text.Length == 2 &&
                (end + 2 >= t.Count || !t[end + 2].IsNumber) &&
                int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var shortYear) &&
                2000 + shortYear is var twoDigitYear && twoDigitYear >= today.Year && twoDigitYear <= today.Year + 20)
            {
                // "sept/oct 27": a two-digit number after the second of two months is their year, as a day would date the
                // second month alone
                return (MonthPeriod(new DateOnly(twoDigitYear, month, 1)) with { Timex = $"{twoDigitYear:D4}-{month:D2}" }, end + 1);
            }

            if (MonthThenShortNumber(t, end, month, today) is { } monthYearOrDay)
            {
                return monthYearOrDay;
            }

            if (end + 1 < t.Count && t[end + 1].IsNumber && t[end + 1].Text.Length <= 2 &&
                int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d2) && d2 is >= 1 and <= 31 &&
                (end + 2 >= t.Count || t[end + 2].Text.Length != 4 || YearAt(t, end + 2, today)))
            {
                // "March 25, 2027": the American order, a day and then the year
                var e2 = end + 1;
                if (e2 + 1 < t.Count && t[e2 + 1].Text is "st" or "nd" or "rd" or "th")
                {
                    e2++;
                }

                var y2 = YearAfter(t, ref e2, today);
                return (DayOfMonth(d2, month, y2, today), e2);
            }

            var year = YearAfter(t, ref end, today);
            var first = new DateOnly(year ?? today.Year, month, 1);
            var p = Part(MonthPeriod(first), part);
            if (year is null && (p.End ?? p.Start) < today)
            {
                p = Part(MonthPeriod(first.AddYears(1)), part);
            }

            return (p with { Timex = year is null ? $"XXXX-{month:D2}" : $"{year:D4}-{month:D2}" }, end);
        }

        // seasons: "im Frühjahr", "nicht vor Sommer", "next summer", "Herbst 2027", "Spätsommer"
        if (Season(t, j, today, part) is { } season)
        {
            return season;
        }

        // holidays: "nach Ostern", "after Christmas", "nach den Feiertagen", "zwischen den Jahren"
        if (Holiday(t, j, today) is { } holiday)
        {
            // "before Black Friday next year", "vor Weihnachten 2027": a year after the holiday says which one; a
            // December holiday still ahead this year moves to that year, any other is the coming one already
            var holidayEnd = holiday.End;
            if (YearAfter(t, ref holidayEnd, today) is { } holidayYear)
            {
                var (first, to) = (holiday.Period.Start, holiday.Period.End);
                if (holidayYear == first.Year + 1 && first.Month == 12 && (to is null || to.Value.Year == first.Year))
                {
                    return (new Period(first.AddYears(1), to?.AddYears(1), Date(first.AddYears(1))), holidayEnd);
                }

                if (holidayYear == first.Year)
                {
                    return (holiday.Period, holidayEnd);
                }
            }

            return holiday;
        }

        // weekdays: "nächsten Montag", "am Freitag", "next Tuesday"
        if (part == 0 && Weekday(t, j, today) is { } weekday)
        {
            return weekday;
        }

        // relative months, weeks, years: "nächsten Monat", "diese Woche", "nächstes Jahr", "Ende des Jahres", "2027"
        if (Relative(t, j, today) is { } rel)
        {
            var p = Part(rel.Period, part);
            if (part > 0 && (p.End ?? p.Start) < today && t[j].Text is "jahres" or "year" or "jahr")
            {
                p = Part(Year(today.Year + 1), part); // "Anfang des Jahres" in December: next year's
            }

            return (p, rel.End);
        }

        if (part == 0 && Count(t, j, today) is { } count)
        {
            return count;
        }

        return null;
    }

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["montag"] = DayOfWeek.Monday, ["dienstag"] = DayOfWeek.Tuesday, ["mittwoch"] = DayOfWeek.Wednesday,
        ["donnerstag"] = DayOfWeek.Thursday, ["freitag"] = DayOfWeek.Friday, ["samstag"] = DayOfWeek.Saturday,
        ["sonntag"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>The weekday a folded word names ("freitag", "friday"), or null.</summary>
    internal static DayOfWeek? WeekdayOf(string folded) => Weekdays.TryGetValue(folded, out var day) ? day : null;

    /// <summary>The coming weekday ("am Freitag", "this Friday"); "nächsten Freitag" said early in the week may mean this
    /// week's or next week's, so a day still ahead in this week is only a guess then (English "next" guesses next
    /// week's).</summary>
    private static (Period Period, int End)? Weekday(FoldedText t, int j, DateOnly today)
    {
        var next = t[j].Text is "naechsten" or "naechster" or "kommenden" or "kommender" or "next" or "coming";
        var k = next || t[j].Text is "diesen" or "dieser" or "this" or "am" or "on" ? j + 1 : j;
        if (k >= t.Count || !Weekdays.TryGetValue(t[k].Text, out var day))
        {
            return null;
        }

        // a weekday alone needs a cue before it or to be the whole answer ("Montag" in "Montag bis Freitag" is no start)
        if (k == j && !(t.Count == 1 || HasCueBefore(t, j)))
        {
            return null;
        }

        static int Iso(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;
        var delta = (Iso(day) - Iso(today.DayOfWeek) + 7) % 7;
        if (delta == 0)
        {
            delta = 7;
        }

        var guess = next && Iso(day) > Iso(today.DayOfWeek);
        if (guess && t[j].Text is "next")
        {
            delta += 7; // "next Friday" beside "this Friday" is next week's, as English writers expect
        }

        var date = today.AddDays(delta);
        return (new Period(date, date, (guess ? "~" : "") + Date(date)), k);
    }

    /// <summary>A date in digits: day.month(.year) the German way, month/year, or day and month around a slash when
    /// only one order is a date ("3/31", "31/3"). "1.5 Monate" or "10.30 Uhr" are no dates.</summary>
    private static (Period Period, int End)? NumericDate(FoldedText t, int j, DateOnly today)
    {
        if (!t[j].IsNumber || t[j].Text.Length > 2 || j + 1 >= t.Count || !t[j + 1].IsNumber ||
            !int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var a))
        {
            return null;
        }

        var separator = Between(t, j);
        var second = t[j + 1].Text;
        if (separator == "/" && second.Length == 4 && a is >= 1 and <= 12 && !(j > 0 && t[j - 1].IsNumber && Between(t, j - 1) == "/"))
        {
            // "03/2027" is a month; in "01/03/2027" the "03/2027" is the end of a date whose order is not sure
            var y = int.Parse(second, NumberStyles.None, CultureInfo.InvariantCulture);
            if (y < today.Year - 1 || y > today.Year + 20)
            {
                return null;
            }

            return (MonthPeriod(new DateOnly(y, a, 1)) with { Timex = $"{y:D4}-{a:D2}" }, j + 1);
        }

        if (second.Length > 2 || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return null;
        }

        // "15-3-2027", "3-2-2027": a date written with dashes and a full year after them; day first where either order
        // fits, as most who write it so do, confirmed (never a range "10-15" or "2-3 weeks": the year must follow)
        var dashed = separator == "-" && j + 2 < t.Count && t[j + 2].IsNumber && t[j + 2].Text.Length == 4 && Between(t, j + 1) == "-";
        var orderGuessed = false;
        int day, month;
        if (separator == ".")
        {
            (day, month) = (a, b);
        }
        else if (dashed)
        {
            (day, month) = a <= 12 && b > 12 ? (b, a) : (a, b);
            orderGuessed = a <= 12 && b <= 12 && a != b;
        }
        else if (separator == "/" && b > 12 && a <= 12)
        {
            (day, month) = (b, a);
        }
        else if (separator == "/" && a > 12 && b <= 12)
        {
            (day, month) = (a, b);
        }
        else
        {
            return null;
        }

        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return null;
        }

        var end = j + 1;
        int? year = null;
        if (end + 1 < t.Count && t[end + 1].IsNumber && (Between(t, end) is "." or "/" || dashed && Between(t, end) == "-") &&
            int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && t[end + 1].Text.Length is 2 or 4)
        {
            year = yy < 100 ? 2000 + yy : yy;
            if (year < today.Year - 1 || year > today.Year + 20)
            {
                return null;
            }

            end++;
        }

        // "1.5 Monate", "10.30 Uhr": a count or a time of day, not a date
        if (end + 1 < t.Count && (t[end + 1].Text is "uhr" or "h" or "am" or "pm" || Units(t[end + 1].Text)))
        {
            return null;
        }

        if (orderGuessed || year is null && separator == "/" && day == b && MayBeShortYear(b, today))
        {
            // the order of day and month guessed, or "2/27": the second number may be the year as well as the day (February
            // 2027 or the 27th); confirmed
            var guessed = DayOfMonth(day, month, year, today);
            return (guessed with { Timex = Guessed(guessed.Timex) }, end);
        }

        return (DayOfMonth(day, month, year, today), end);
    }

    private static bool Units(string w) =>
        w.StartsWith("monat", StringComparison.Ordinal) || w.StartsWith("month", StringComparison.Ordinal) ||
        w.StartsWith("woche", StringComparison.Ordinal) || w.StartsWith("week", StringComparison.Ordinal) ||
        w.StartsWith("jahr", StringComparison.Ordinal) || w.StartsWith("year", StringComparison.Ordinal) ||
        w.StartsWith("tag", StringComparison.Ordinal) || w.StartsWith("day", StringComparison.Ordinal) || w is "mio" or "k" or "tsd";

    /// <summary>The separator between word <paramref name="j"/> and the next one, spaces trimmed.</summary>
    /// <summary>A week number joined to the week number at word <paramref name="at"/> by a slash, a dash or
    /// "oder"/"or"/"bis"/"to"/"und"/"and" ("KW 2/3", "KW 10-11"), at most four weeks after it, and its word; or null.</summary>
    private static (int Week, int At)? SecondWeek(FoldedText t, int at, int first)
    {
        var k = at + 1 < t.Count && Between(t, at) is "/" or "-" or "–" ? at + 1
            : at + 2 < t.Count && t[at + 1].Text is "oder" or "or" or "bis" or "to" or "und" or "and" ? at + 2
            // ("tydzień 3 lub 4", "săptămâna 3 sau 4", "semana 3 o 4": "or" in the writer's own language)
            : at + 2 < t.Count && t[at + 1].Text is "lub" or "albo" or "sau" or "ili" or "ou" or "o" or "eller" or "η" ? at + 2 : -1;
        if (k > 0 && t[k].Text is "kw" or "cw" or "week" or "woche" or "wk" && k + 1 < t.Count)
        {
            k++;
        }

        return k > 0 && t[k].IsNumber && t[k].Text.Length <= 2 &&
               int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var second) &&
               second > first && second - first <= 4 && !(k + 1 < t.Count && (MonthNames.ContainsKey(t[k + 1].Text) || Units(t[k + 1].Text)))
            ? (second, k)
            : null;
    }

    private static string Between(FoldedText t, int j) => t.Original[t[j].End..t[j + 1].Start].Trim();

    private static bool HasCueBefore(FoldedText t, int at)
    {
        if (at + 1 < t.Count && (t.MatchesAt(at + 1, ["at", "the", "latest"]) || t.MatchesAt(at + 1, ["at", "the", "earliest"]) ||
                                 t[at + 1].Text is "spaetestens" or "allerspaetestens" or "fruehestens" or "allerfruehestens"))
        {
            // "asap, March at the latest", "March at the earliest": the cue after the month says it is a date
            return true;
        }

        if (at == 0)
        {
            return t.Count <= 2;
        }

        var prev = t[at - 1].Text;
        return prev is "im" or "in" or "ab" or "bis" or "by" or "until" or "till" or "til" or "latest" or "than" or "around" or "about" or "ca" or "etwa" or "or" or "oder" or "und" or "and" or "to" or "ideally" or "idealerweise" or "from" or "before" or "after" or "vor" or "nach" or "of" or "since" or "seit" or "starting" or "anfang" or "ende" or "mitte" or "early" or "mid" or "late" or "zum" or "end" or "fruehestens" or "spaetestens" or "erst" or "dem" or "through" or "thru" ||
               // "probably Feb, maybe March": a hedge before a bare month at the start's question guesses at a date
               prev is "probably" or "maybe" or "perhaps" or "possibly" or "likely" or "wahrscheinlich" or "vielleicht" or "eventuell" or "evtl" or
                   // "(hopefully Feb)": a hope before a bare month dates it as well
                   "hopefully" or "hoffentlich" or
                   // "…, but realistically May"
                   "realistically" or "realistisch";
    }

    private static int? MonthAt(FoldedText t, int j, bool strict)
    {
        if (j >= t.Count || !MonthNames.TryGetValue(t[j].Text, out var month))
        {
            return null;
        }

        var w = t[j].Text;
        var isAbbreviation = w.Length <= 4 && w is not ("mai" or "juni" or "juli" or "may" or "june" or "july" or "marz");
        // "may", "march", abbreviations: only with a cue ("in May", "May 2027") or as the whole answer
        var needsCue = w is "may" or "march" || isAbbreviation;
        if (needsCue && strict)
        {
            // "Jan or Feb", "Feb/März": a month name right after it says it is a month
            var yearAfter = j + 1 < t.Count && t[j + 1].IsNumber ||
                            j + 2 < t.Count && t[j + 1].Text is "or" or "oder" or "bis" or "to" or "und" or "and" && MonthNames.ContainsKey(t[j + 2].Text) ||
                            j + 1 < t.Count && MonthNames.ContainsKey(t[j + 1].Text) && Between(t, j) is "/" or "-" ||
                            // the second month of "feb/march", "Jan or March"
                            j >= 1 && MonthNames.ContainsKey(t[j - 1].Text) && Between(t, j - 1) is "/" or "-" ||
                            j >= 2 && t[j - 1].Text is "or" or "oder" or "bis" or "to" or "und" or "and" && MonthNames.ContainsKey(t[j - 2].Text) ||
                            // the first month of "Feb, maybe Mar"
                            j + 2 < t.Count && Between(t, j) == "," && HedgeLength(t, j + 1) is > 0 and var hedge &&
                            j + 1 + hedge < t.Count && MonthNames.ContainsKey(t[j + 1 + hedge].Text) ||
                            // "March would be great", "May works for us": said to suit, the month is a date
                            j == 0 && j + 1 < t.Count && t[j + 1].Text is "would" or "works" or "suits" or "waere" or "waer" or "wuerde" or "passt" ||
                            // "March or later", "May or later": opening the answer with a later start allowed, a month
                            j == 0 && j + 2 < t.Count && t[j + 1].Text is "or" or "oder" && t[j + 2].Text is "later" or "spaeter" or "beyond" ||
                            // "after the conference in April, so May", "asap, like March": an explaining word that opens a
                            // clause, then the month as its last word, spells out the start
                            j >= 2 && t[j - 1].AfterBreak && t[j - 1].Text is "so" or "like" or "say" or "also" or "sprich" &&
                            (j + 1 == t.Count || t[j + 1].AfterBreak) ||
                            // "before our busy season (May)": a month alone in brackets dates the words before it
                            t[j].Start > 0 && t.Original[t[j].Start - 1] == '(' && t[j].End < t.Original.Length && t.Original[t[j].End] == ')';
            if (!yearAfter && t.Count > 1)
            {
                return null;
            }
        }

        return month;
    }

    /// <summary>Whether the month at word <paramref name="j"/> is the second of two joined by a slash, a dash or a word
    /// ("sept/oct", "Jan or Feb").</summary>
    private static bool SecondOfTwoMonths(FoldedText t, int j) =>
        j >= 1 && MonthNames.ContainsKey(t[j - 1].Text) && Between(t, j - 1) is "/" or "-" ||
        j >= 2 && t[j - 1].Text is "or" or "oder" or "bis" or "to" or "und" or "and" && MonthNames.ContainsKey(t[j - 2].Text);

    /// <summary>The first of two joined months, moved into the year said after the second ("sept/oct 27"), when it has
    /// no year of its own.</summary>
    private static Period InYearOf(Period first, Period second)
    {
        if (!first.Timex.StartsWith("XXXX-", StringComparison.Ordinal) || second.Timex.StartsWith("XXXX", StringComparison.Ordinal) ||
            second.Timex.Length < 4 || !char.IsDigit(second.Timex[0]) || first.End is not { } firstEnd ||
            first.Start.Day != 1 || firstEnd != first.Start.AddMonths(1).AddDays(-1))
        {
            return first;
        }

        var month = first.Start.Month;
        var year = second.Start.Year - (month > second.Start.Month ? 1 : 0);
        return MonthPeriod(new DateOnly(year, month, 1)) with { Timex = $"{year:D4}-{month:D2}" };
    }

    /// <summary>Whether the word at <paramref name="at"/> is a year a start may be planned in ("2027").</summary>
    private static bool YearAt(FoldedText t, int at, DateOnly today) =>
        t[at].IsNumber && int.TryParse(t[at].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= today.Year - 1 && y <= today.Year + 20;

    private static int? YearAfter(FoldedText t, ref int end, DateOnly today)
    {
        if (end + 1 < t.Count && t[end + 1].IsNumber && t[end + 1].Text.Length == 4 &&
            int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= today.Year - 1 && y <= today.Year + 20)
        {
            end++;
            return y;
        }

        // "nächsten Jahres", "next year", "des kommenden Jahres", "of next year", "of 2027"
        var k = end + 1;
        while (k < t.Count && t[k].Text is "des" or "of" or "im" or "in" or "the")
        {
            k++;
        }

        if (k > end + 1 && k < t.Count && t[k].IsNumber && t[k].Text.Length == 4 &&
            int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var ofYear) && ofYear >= today.Year - 1 && ofYear <= today.Year + 20)
        {
            end = k;
            return ofYear;
        }

        if (k + 1 < t.Count && t[k].Text is "naechsten" or "naechstes" or "kommenden" or "next" or "nxt" or "coming" && t[k + 1].Text is "jahres" or "jahr" or "year" or "yr")
        {
            end = k + 1;
            return today.Year + 1;
        }

        if (k + 1 < t.Count && t[k].Text is "dieses" or "diesen" or "this" && t[k + 1].Text is "jahres" or "jahr" or "year")
        {
            end = k + 1;
            return today.Year;
        }

        return null;
    }

    private static Period DayOfMonth(int day, int month, int? year, DateOnly today)
    {
        var y = year ?? today.Year;
        var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        if (year is null && d < today)
        {
            d = new DateOnly(y + 1, month, Math.Min(day, DateTime.DaysInMonth(y + 1, month)));
        }

        return new Period(d, d, Date(d));
    }

    /// <summary>The timex marked as a guess ("~"), once however often it is marked: the flow confirms such a start.</summary>
    private static string Guessed(string timex) => "~" + timex.TrimStart('~');

    private static Period MonthPeriod(DateOnly first) =>
        new(first, first.AddMonths(1).AddDays(-1), first.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>Beginning (days 1-10 of a month, the first third of a longer period), middle, or end of a period.</summary>
    private static Period Part(Period p, int part)
    {
        if (part == 0 || p.End is not { } end)
        {
            return p;
        }

        var days = end.DayNumber - p.Start.DayNumber + 1;
        if (days <= 7)
        {
            // a week's beginning, middle and end are a few of its days, not a month's thirds; which days, readers differ
            // (Monday to Wednesday or Tuesday, Thursday to Friday or Sunday): confirmed
            return part switch
            {
                1 => new Period(p.Start, p.Start.AddDays(Math.Min(2, days - 1)), "~" + p.Timex),
                2 => new Period(p.Start.AddDays(Math.Min(1, days - 1)), p.Start.AddDays(Math.Min(3, days - 1)), "~" + p.Timex),
                _ => new Period(p.Start.AddDays(Math.Min(3, days - 1)), end, "~" + p.Timex),
            };
        }

        if (days <= 31)
        {
            return part switch
            {
                1 => p with { End = p.Start.AddDays(9) },
                2 => new Period(p.Start.AddDays(10), p.Start.AddDays(19), p.Timex),
                _ => new Period(p.Start.AddDays(20), end, p.Timex),
            };
        }

        // longer periods in whole months: a year's beginning is January to March, its middle May to August, its end
        // October to December; a quarter's or season's beginning, middle and end are its three months
        var months = ((end.Year - p.Start.Year) * 12) + end.Month - p.Start.Month + 1;
        if (months >= 12)
        {
            return part switch
            {
                // the beginning of a year is January to March to most careful readers, January and February to some:
                // confirmed, like its middle
                1 => new Period(p.Start, p.Start.AddMonths(3).AddDays(-1), "~" + p.Timex),
                // the middle of a year is June and July to careful readers (a few say May to August): confirmed
                2 => new Period(p.Start.AddMonths(5), p.Start.AddMonths(7).AddDays(-1), "~" + p.Timex),
                _ => new Period(p.Start.AddMonths(9), end, p.Timex),
            };
        }

        var third = Math.Max(1, months / 3);
        return part switch
        {
            1 => new Period(p.Start, p.Start.AddMonths(third).AddDays(-1), p.Timex),
            2 => new Period(p.Start.AddMonths(third), p.Start.AddMonths(months - third).AddDays(-1), p.Timex),
            _ => new Period(p.Start.AddMonths(months - third), end, p.Timex),
        };
    }

    private static (Period Period, int End)? Quarter(FoldedText t, int j, DateOnly today)
    {
        var w = t[j].Text;
        var current = ((today.Month - 1) / 3) + 1;
        int? n = null;
        var end = j;
        if (w == "q" && j + 1 < t.Count && t[j + 1].Text is "1" or "2" or "3" or "4" && t[j + 1].Start == t[j].End)
        {
            n = t[j + 1].Text[0] - '0';
            end = j + 1;
        }
        else if (j + 1 < t.Count && t[j + 1].Text is "quartal" or "quarter" or "quartals")
        {
            n = w switch
            {
                "1" or "erste" or "ersten" or "erstes" or "first" => 1,
                "2" or "zweite" or "zweiten" or "zweites" or "second" => 2,
                "3" or "dritte" or "dritten" or "drittes" or "third" => 3,
                "4" or "vierte" or "vierten" or "viertes" or "fourth" or "letzte" or "letzten" or "letztes" or "last" => 4,
                "naechste" or "naechsten" or "naechstes" or "naechstem" or "kommende" or "kommenden" or "kommendes" or "kommendem" or "next" or "coming" => current == 4 ? 5 : current + 1,
                "dieses" or "diesem" or "diese" or "laufenden" or "laufende" or "aktuellen" or "aktuelle" or "this" or "current" or "des" or "the" => current,
                _ => null,
            };
            if (w is "1st" or "2nd" or "3rd" or "4th")
            {
                n = w[0] - '0';
            }

            end = j + 1;
        }
        else if (w is "quartalsende" or "quartalsanfang")
        {
            var q0 = QuarterPeriod(today.Year, current);
            return (w == "quartalsende" ? Part(q0, 3) : Part(q0, 1), j);
        }
        else if (w is "eoq")
        {
            // "EOQ": the chat abbreviation of the quarter's end; confirmed, as a firm's quarter may be its fiscal one
            var q0 = Part(QuarterPeriod(today.Year, current), 3);
            return (q0 with { Timex = Guessed(q0.Timex) }, j);
        }
        else if (w is "quartal" or "quarter" && j + 1 < t.Count && t[j + 1].Text is "1" or "2" or "3" or "4")
        {
            n = t[j + 1].Text[0] - '0';
            end = j + 1;
        }

        if (n is null)
        {
            return null;
        }

        var relative = w is not ("q" or "quartal" or "quarter") && !char.IsAsciiDigit(w[0]) && w is not ("erste" or "ersten" or "erstes" or "first" or "zweite" or "zweiten" or "zweites" or "second" or "dritte" or "dritten" or "drittes" or "third" or "vierte" or "vierten" or "viertes" or "fourth" or "letzte" or "letzten" or "letztes" or "last");
        if (n == 5)
        {
            return (QuarterPeriod(today.Year + 1, 1), end);
        }

        if (relative)
        {
            return (QuarterPeriod(today.Year, n.Value), end);
        }

        // "Q3/2027", "Q3 '27", "Q3 2027", "3. Quartal nächsten Jahres"
        var year = YearAfter(t, ref end, today);
        if (year is null && end + 1 < t.Count && t[end + 1].IsNumber && t[end + 1].Text.Length == 2 &&
            int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && 2000 + yy >= today.Year && 2000 + yy <= today.Year + 20)
        {
            year = 2000 + yy;
            end++;
        }

        var quarter = QuarterPeriod(year ?? today.Year, n.Value);
        if (year is null && quarter.End < today)
        {
            quarter = QuarterPeriod(today.Year + 1, n.Value);
        }

        return (quarter, end);
    }

    private static Period QuarterPeriod(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new Period(start, start.AddMonths(3).AddDays(-1), $"{year:D4}-Q{quarter}");
    }

    private static Period HalfYearPeriod(int year, int half)
    {
        var start = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new Period(start, start.AddMonths(6).AddDays(-1), $"{year:D4}-H{half}");
    }

    /// <summary>The first or second half of a month ("second half of January", "zweite Hälfte März", "erste Hälfte des
    /// Februars"): days 1 to 15 or 16 to the month's end, never a half year.</summary>
    private static (Period Period, int End)? MonthHalf(FoldedText t, int j, DateOnly today)
    {
        int? half = t[j].Text switch
        {
            "erste" or "ersten" or "first" or "1" => 1,
            "zweite" or "zweiten" or "second" or "2" or "latter" or "back" => 2,
            "front" => 1,
            _ => null,
        };
        var k = j + 2;
        while (k < t.Count && t[k].Text is "of" or "des" or "im" or "vom" or "von" or "in")
        {
            k++;
        }

        if (half is null || k >= t.Count || !MonthNames.TryGetValue(t[k].Text.EndsWith('s') && MonthNames.ContainsKey(t[k].Text[..^1]) ? t[k].Text[..^1] : t[k].Text, out var month))
        {
            return null;
        }

        var end = k;
        var year = YearAfter(t, ref end, today);
        var first = new DateOnly(year ?? today.Year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        if (year is null && last < today)
        {
            first = first.AddYears(1);
            last = first.AddMonths(1).AddDays(-1);
        }

        var timex = year is null ? $"XXXX-{month:D2}" : $"{first.Year:D4}-{month:D2}";
        return (half == 1 ? new Period(first, first.AddDays(14), timex) : new Period(first.AddDays(15), last, timex), end);
    }

    private static (Period Period, int End)? HalfYear(FoldedText t, int j, DateOnly today)
    {
        var w = t[j].Text;
        int? half = null;
        var end = j;
        // "HJ" (Halbjahr) is a half year's own abbreviation, so its number may stand apart ("HJ 2"); a lone "h" must touch it.
        if (w is "h" or "hj" && j + 1 < t.Count && t[j + 1].Text is "1" or "2" && (w == "hj" || t[j + 1].Start == t[j].End))
        {
            half = t[j + 1].Text[0] - '0';
            end = j + 1;
        }
        else if (w is "1" or "2" && j + 2 < t.Count && t[j + 1].Text is "st" or "nd" && t[j + 2].Text == "half")
        {
            // "2nd half of 2027"
            half = w[0] - '0';
            end = j + 2;
        }
        else if (j + 1 < t.Count && t[j + 1].Text is "half" or "haelfte" && MonthHalf(t, j, today) is { } monthHalf)
        {
            return monthHalf;
        }
        else if (j + 1 < t.Count && t[j + 1].Text is "halbjahr" or "jahreshaelfte" or "half" or "halbjahres" or "haelfte")
        {
            half = w switch
            {
                "erste" or "ersten" or "erstes" or "first" or "1" => 1,
                "zweite" or "zweiten" or "zweites" or "second" or "2" => 2,
                // "back half of next year", "the latter half of 2027": the half named by its place, not its number
                "front" => 1,
                "back" or "latter" => 2,
                _ => null,
            };
            end = j + 1;
        }

        if (half is null)
        {
            return null;
        }

        var year = YearAfter(t, ref end, today);
        var period = HalfYearPeriod(year ?? today.Year, half.Value);
        if (year is null && (period.End < today || today.DayNumber - period.Start.DayNumber > 91))
        {
            // a half year already more than half over is the next one ("zweite Jahreshälfte" in December)
            period = HalfYearPeriod(period.Start.Year + 1, half.Value);
        }

        return (period, end);
    }

    // Words that only weigh the part of the year named after them ("eher", "maybe", "probably").
    private static readonly HashSet<string> NarrowingHedges = new(StringComparer.Ordinal)
    {
        "eher", "vielleicht", "vllt", "evtl", "eventuell", "so", "ca", "idealerweise", "am", "ehesten",
        "maybe", "perhaps", "ideally", "rather", "more", "like", "say", "around",
    };

    /// <summary>A month or season said right after a coming year ("nächstes Jahr im Frühling", "next year in
    /// March") narrows the year to it, as "im Frühling nächsten Jahres" does; a winter, which spans two years, does
    /// not.</summary>
    private static (Period Period, int End)? PartOfYearAfter(FoldedText t, int k, DateOnly today, int year)
    {
        // "irgendwann nächstes Jahr, eher zweite Hälfte", "next year, probably March": a clause of nothing but a hedge and a
        // part of the year narrows the year just said, as "nächstes Jahr im März" does
        var nextClause = k > 0 && k < t.Count && t[k].AfterBreak && t.Original[t[k - 1].End..t[k].Start].Trim() == ",";
        var crossed = nextClause;
        if (nextClause)
        {
            while (k + 1 < t.Count && !t[k + 1].AfterBreak && NarrowingHedges.Contains(t[k].Text))
            {
                k++;
            }
        }

        while (k < t.Count && (nextClause || !t[k].AfterBreak) && t[k].Text is "im" or "in" or "the")
        {
            k++;
            nextClause = false;
        }

        if (k >= t.Count || t[k].AfterBreak && !nextClause || (k + 1 < t.Count && t[k + 1].IsNumber))
        {
            return null;
        }

        if (HalfYear(t, k, today) is { } half && (half.End + 1 >= t.Count || t[half.End + 1].AfterBreak))
        {
            // ("nächstes Jahr, zweite Hälfte": the half of that year, never of today's)
            return (HalfYearPeriod(year, half.Period.Start.Month < 7 ? 1 : 2), half.End);
        }

        if (MonthAt(t, k, strict: true) is { } month && !(crossed && k + 1 < t.Count && !t[k + 1].AfterBreak))
        {
            var first = new DateOnly(year, month, 1);
            return (MonthPeriod(first) with { Timex = $"{year:D4}-{month:D2}" }, k);
        }

        if (Season(t, k, today, 0) is { } season && !season.Period.Timex.EndsWith("WI", StringComparison.Ordinal) &&
            !(crossed && season.End + 1 < t.Count && !t[season.End + 1].AfterBreak))
        {
            var shift = year - season.Period.Start.Year;
            var p = season.Period;
            var guess = p.Timex.StartsWith('~') ? "~" : "";
            return (new Period(p.Start.AddYears(shift), p.End?.AddYears(shift), $"{guess}{year:D4}{p.Timex.TrimStart('~')[4..]}"), season.End);
        }

        return null;
    }

    // An academic period: the month and day its start window opens and closes (when the period begins, which a start
    // "zum Wintersemester" or "for the fall semester" means), and how many months the whole period lasts (what "after" it
    // counts from).
    private readonly record struct Term(int Month, int Day, int WindowDays, int Months, string Name);

    private static readonly Term GermanWinter = new(10, 1, 31, 6, "WS");
    private static readonly Term GermanSummer = new(4, 1, 30, 6, "SS");
    private static readonly Term SwissAutumn = new(9, 1, 30, 5, "HS");
    private static readonly Term SwissSpring = new(2, 1, 28, 5, "FS");
    private static readonly Term UsFall = new(8, 15, 32, 4, "FALL");
    private static readonly Term UsSpring = new(1, 1, 31, 5, "SPRING");
    private static readonly Term UkAutumn = new(9, 1, 122, 4, "AUT");
    private static readonly Term UkSpring = new(1, 1, 90, 3, "SPR");
    private static readonly Term UkSummer = new(4, 1, 122, 4, "SUM");
    private static readonly Term WinterTerm = new(1, 1, 90, 3, "WIN");
    private static readonly Term SchoolYear = new(8, 1, 61, 12, "SY");

    private static readonly Dictionary<string, Term> AcademicWords = new(StringComparer.Ordinal)
    {
        ["wintersemester"] = GermanWinter, ["wintersemesters"] = GermanWinter, ["wise"] = GermanWinter,
        ["sommersemester"] = GermanSummer, ["sommersemesters"] = GermanSummer, ["sose"] = GermanSummer,
        ["herbstsemester"] = SwissAutumn, ["herbstsemesters"] = SwissAutumn,
        ["fruehjahrssemester"] = SwissSpring, ["fruehjahrssemesters"] = SwissSpring, ["fruehlingssemester"] = SwissSpring,
        ["schuljahr"] = SchoolYear, ["schuljahres"] = SchoolYear, ["schuljahresbeginn"] = SchoolYear, ["schuljahresstart"] = SchoolYear,
        ["schuljahresanfang"] = SchoolYear, ["schulbeginn"] = SchoolYear, ["schulstart"] = SchoolYear, ["studienjahr"] = SchoolYear,
        ["studienjahres"] = SchoolYear, ["ausbildungsjahr"] = SchoolYear, ["ausbildungsjahres"] = SchoolYear,
        ["ausbildungsbeginn"] = SchoolYear, ["kindergartenjahr"] = SchoolYear,
    };

    // "im nächsten Semester", "next semester", "zum Semesterbeginn": the next semester, of the German calendar or the
    // American one by the language of the words around it.
    private static readonly HashSet<string> SemesterWords = new(StringComparer.Ordinal)
    {
        "semester", "semesters", "trimester", "semesterbeginn", "semesterstart", "semesteranfang", "vorlesungsbeginn",
    };

    /// <summary>An academic period at word <paramref name="j"/> ("Wintersemester 2027/28", "fall semester", "spring term",
    /// "the new school year"): when it begins, or after "nach"/"after" the whole period, and always confirmed. Terms and
    /// semesters begin on different days in different countries and schools, so no reading of one is sure, and a season
    /// word in it ("spring term" runs January to March in the UK) never stands for the season.</summary>
    private static (Period Period, int End)? Academic(FoldedText t, int j, DateOnly today, int part)
    {
        var w = t[j].Text;
        var k = j;
        Term? term = null;
        if (AcademicWords.TryGetValue(w, out var named))
        {
            term = named;
        }
        else if (w is "ws" or "ss" && j + 1 < t.Count && t[j + 1].IsNumber && t[j + 1].Text.Length is 2 or 4 &&
                 (t[j + 1].Text.Length == 4 || j + 2 < t.Count && Between(t, j + 1) is "/" or "-"))
        {
            // "WS 2027/28", "SS 27": the abbreviations only before a year
            term = w == "ws" ? GermanWinter : GermanSummer;
        }
        else if (t[j].IsNumber && t[j].Text.Length == 4 && j + 1 < t.Count && (j == 0 || !t[j - 1].IsNumber) &&
                 int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var leading) &&
                 leading >= today.Year - 1 && leading <= today.Year + 20)
        {
            // "the 2027/28 academic year", "2027 school year": the year before the academic words
            var n = j + 1;
            if (n + 1 < t.Count && t[n].IsNumber && t[n].Text.Length is 2 or 4 && Between(t, j) is "/" or "-")
            {
                n++;
            }

            var yearTerm = AcademicWords.TryGetValue(t[n].Text, out var afterYear) ? afterYear
                : t[n].Text is "school" or "academic" && n + 1 < t.Count && t[n + 1].Text == "year" ? SchoolYear : (Term?)null;
            if (yearTerm is { } yt)
            {
                return AcademicPeriod(t, yt, leading, t[n].Text == "year" || AcademicWords.ContainsKey(t[n].Text) ? n : n + 1, today, part);
            }
        }
        else if (w is "school" or "academic" or "fiscal" && j + 1 < t.Count && t[j + 1].Text == "year")
        {
            if (w == "fiscal")
            {
                return null;
            }

            (term, k) = (SchoolYear, j + 1);
        }
        else if (w == "back" && j + 2 < t.Count && t[j + 1].Text == "to" && t[j + 2].Text == "school")
        {
            (term, k) = (SchoolYear, j + 2);
        }
        else if (w is "naechsten" or "naechstes" or "naechste" or "neuen" or "neues" or "neue" or "kommenden" or "kommendes" or
                     "kommende" or "next" or "new" or "coming" or "upcoming" && j + 1 < t.Count)
        {
            var german = w[0] is 'n' or 'k' && w != "next" && w != "new";
            if (SemesterWords.Contains(t[j + 1].Text) || !german && t[j + 1].Text == "term" && j + 1 == t.Count - 1)
            {
                (term, k) = (german ? GermanSummer : UsSpring, j + 1);
            }
            else if (AcademicWords.TryGetValue(t[j + 1].Text, out var after))
            {
                (term, k) = (after, j + 1);
            }
            else if (t[j + 1].Text is "school" or "academic" && j + 2 < t.Count && t[j + 2].Text == "year")
            {
                (term, k) = (SchoolYear, j + 2);
            }
        }
        else if (SemesterWords.Contains(w) && w != "semester" && w != "semesters" && w != "trimester")
        {
            // "zum Semesterbeginn": German words, the German calendar
            term = GermanSummer;
        }
        else
        {
            // "fall semester", "Fall 2027 semester", "spring term", "Michaelmas term"
            var season = w switch
            {
                "fall" or "autumn" or "herbst" => 3, "spring" or "fruehjahr" or "fruehling" => 1, "summer" or "sommer" => 2,
                "winter" => 4, "michaelmas" => 5, "hilary" or "lent" => 6, "trinity" or "easter" => 7, _ => 0,
            };
            if (season > 0 && j + 1 < t.Count)
            {
                var n = j + 1;
                if (t[n].IsNumber && t[n].Text.Length is 2 or 4 && n + 1 < t.Count && t[n + 1].Text is "semester" or "term" or "trimester" or "intake" or "cohort")
                {
                    n++;
                }

                var noun = t[n].Text;
                // ("fall intake": the students a school takes in when its semester begins)
                if (noun is "semester" or "trimester" or "intake" or "cohort" && season <= 4)
                {
                    term = season switch { 3 => UsFall, 1 => UsSpring, 2 => GermanSummer, _ => GermanWinter };
                }
                else if (noun == "term")
                {
                    term = season switch { 3 or 5 => UkAutumn, 1 or 6 => UkSpring, 2 or 7 => UkSummer, _ => WinterTerm };
                }

                if (term is not null)
                {
                    // the year between the season and the noun is read below
                    k = t[j + 1].IsNumber ? j : n;
                    if (k == j)
                    {
                        var yearAt = j;
                        var y = YearAfter(t, ref yearAt, today);
                        return AcademicPeriod(t, term.Value, y, n, today, part);
                    }
                }
            }
        }

        if (term is null)
        {
            return null;
        }

        // "zum Semesterstart im April", "the new semester starts in April", "before the spring cohort (Feb)": the date said
        // for it is the reading, as it stands
        var m = k + 1;
        while (m < t.Count && m <= k + 3 && t[m].Text is "starts" or "begins" or "beginnt" or "startet" or "faengt" or "is" or "ist" or
                   "im" or "in" or "am" or "on" or "ab" or "from" or "an")
        {
            m++;
        }

        if (m < t.Count && (m > k + 1 && !t[m].AfterBreak || t[m].Start > 0 && t.Original[t[m].Start - 1] == '('))
        {
            if (At(t, m, today) is { } dated)
            {
                return (dated.Period with { Timex = dated.Period.Timex + "/term-dated" }, dated.End);
            }

            if (m > k + 1)
            {
                return null;
            }
        }

        var end = k;
        var year = YearAfter(t, ref end, today);
        if (year is null && end + 1 < t.Count && t[end + 1].IsNumber && t[end + 1].Text.Length == 2 && end + 2 < t.Count &&
            Between(t, end + 1) is "/" or "-" && int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var shortYear))
        {
            // "WS 27/28": the first of two years in two digits
            year = 2000 + shortYear;
            end++;
        }

        return AcademicPeriod(t, term.Value, year, end, today, part);
    }

    /// <summary>Whether a period was read from academic words ("spring semester, so mid January" spells it out).</summary>
    private static bool IsAcademic(Period p) => p.Timex.Contains("/term-", StringComparison.Ordinal);

    private static (Period Period, int End)? AcademicPeriod(FoldedText t, Term term, int? year, int end, DateOnly today, int part)
    {
        // "2027/28", "2027/2028": the second year of the academic year belongs to it
        if (year is not null && end + 1 < t.Count && t[end + 1].IsNumber && t[end + 1].Text.Length is 2 or 4 && Between(t, end) is "/" or "-")
        {
            end++;
        }

        // without a year the next one that has not begun: a term already running is not what a start is planned for
        var first = new DateOnly(year ?? today.Year, term.Month, term.Day);
        if (year is null && first < today)
        {
            first = first.AddYears(1);
        }

        var timex = Guessed(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/term-" + term.Name.ToLowerInvariant());
        var afterIt = false;
        for (var k = end - 1; k >= 0 && k >= end - 5; k--)
        {
            if (t[k].Text is "nach" or "after")
            {
                afterIt = true;
                break;
            }

            if (t[k + 1].AfterBreak)
            {
                break;
            }
        }

        // after it, or a part of it ("Ende des Wintersemesters"): the whole period, the running one if one runs ("nach dem
        // Wintersemester" in December is after the one under way); else when it begins
        if ((afterIt || part > 1) && year is null && first.AddYears(-1) is var running && running <= today &&
            running.AddMonths(term.Months) > today)
        {
            first = running;
            timex = Guessed(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/term-" + term.Name.ToLowerInvariant());
        }

        var whole = new Period(first, first.AddMonths(term.Months).AddDays(-1), timex);
        if (afterIt || part > 1)
        {
            return (Part(whole, part) with { Timex = timex }, end);
        }

        return (new Period(first, first.AddDays(term.WindowDays - 1), timex), end);
    }

    private static (Period Period, int End)? Season(FoldedText t, int j, DateOnly today, int part)
    {
        var w = t[j].Text;
        var (season, ownPart) = w switch
        {
            "fruehjahr" or "fruehling" or "spring" or "springtime" => (1, 0),
            "sommer" or "summer" or "sommers" => (2, 0),
            "herbst" or "autumn" or "fall" or "herbstes" => (3, 0),
            "winter" or "winters" => (4, 0),
            "fruehsommer" => (2, 1),
            "spaetsommer" or "hochsommer" => (2, w == "spaetsommer" ? 3 : 2),
            "spaetherbst" => (3, 3),
            "fruehherbst" => (3, 1),
            "sommerpause" or "sommerferien" or "summer break" => (2, 3),
            _ => (0, 0),
        };
        if (season == 0 || (w == "fall" && !HasCueBefore(t, j) && !(j > 0 && t[j - 1].Text is "this" or "next" or "the" or "come")))
        {
            return null;
        }

        // the summer break or holidays themselves ("in der Sommerpause", "in den Sommerferien") fall on different weeks for
        // a school, a club or a parliament, so the period is the summer; only the days before one keep its late part, as
        // breaks mostly start in July or August
        var timeOff = w is "sommerpause" or "sommerferien" or "summer break";
        if (timeOff && !Enumerable.Range(Math.Max(0, j - 3), j - Math.Max(0, j - 3)).Any(m =>
                t[m].Text is "vor" or "before" or "bis" or "until" or "till" or "by" or "prior" or "spaetestens"))
        {
            ownPart = 0;
        }

        var end = j;
        var year = YearAfter(t, ref end, today);
        var next = j > 0 && t[j - 1].Text is "naechsten" or "naechstes" or "kommenden" or "next" or "coming";
        var southern = t.Contains(SouthernHemisphere);
        if (southern)
        {
            // "not before autumn (we're in Christchurch)": south of the equator the seasons are the other way round
            season = season switch { 1 => 3, 2 => 4, 3 => 1, _ => 2 };
        }

        var startMonth = season switch { 1 => 3, 2 => 6, 3 => 9, _ => 12 };
        var y = year ?? today.Year;
        var start = new DateOnly(y, startMonth, 1);
        var period = new Period(start, start.AddMonths(3).AddDays(-1), $"{y:D4}-{(season switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" })}");
        period = Part(period, part > 0 ? part : ownPart);
        if (year is null && ((period.End ?? period.Start) < today || (next && period.Start <= today)))
        {
            start = start.AddYears(1);
            period = Part(new Period(start, start.AddMonths(3).AddDays(-1), $"{start.Year:D4}-{(season switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" })}"), part > 0 ? part : ownPart);
        }

        if (southern || part > 0 || timeOff || ownPart > 0 && !w.StartsWith("sommer", StringComparison.Ordinal))
        {
            // "early spring", "Ende Sommer", "Frühsommer": a season has no agreed edges, so where its early or late part
            // ends is a guess (careful readers record a month or six weeks); confirmed, as is a season turned round for a
            // place south of the equator, since the place may not be where the start is, and a summer break
            period = period with { Timex = "~" + period.Timex };
        }

        return (period, end);
    }

    // Places south of the equator with seasons of their own, named beside a season ("spring (we're in Perth)", "Herbst,
    // wir sitzen in Kapstadt"): their spring is the north's autumn.
    private static readonly string[][] SouthernHemisphere = Phrases.Of(
        "australia", "australien", "aussie", "down under", "new zealand", "neuseeland", "aotearoa", "nz", "kiwi", "kiwis",
        "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "hobart", "tasmania", "tasmanien", "geelong",
        "gold coast", "newcastle nsw", "auckland", "wellington", "christchurch", "hamilton nz", "dunedin", "queenstown",
        "rotorua", "tauranga", "nelson nz", "south africa", "suedafrika", "cape town", "kapstadt", "johannesburg",
        "joburg", "durban", "pretoria", "argentina", "argentinien", "buenos aires", "chile", "santiago de chile", "uruguay",
        "montevideo", "sao paulo", "porto alegre", "curitiba");

    /// <summary>A word for Christmas or the holidays around it ("Weihnachten", "xmas", "Feiertage").</summary>
    private static bool ChristmasHolidays(string w) =>
        w is "weihnachten" or "christmas" or "xmas" or "feiertage" or "feiertagen" or "holidays" or "festtage" or "festtagen" ||
        ChristmasBreak(w);

    /// <summary>A break over Christmas and the New Year ("nach der Winterpause", "nach den Weihnachtsferien"); "Winterferien"
    /// are in February in some German states, so they are none.</summary>
    private static bool ChristmasBreak(string w) => w is "weihnachtsferien" or "weihnachtspause" or "weihnachtsurlaub" or "winterpause";

    // Named days of one country's calendar or another's, fixed by month and day ("St. Patrick's Day", "Allerheiligen").
    private static readonly (string[] Words, int Month, int Day)[] FixedDays =
    [
        (["st", "patrick's", "day"], 3, 17), (["st", "patricks", "day"], 3, 17), (["saint", "patrick's", "day"], 3, 17),
        (["patrick's", "day"], 3, 17), (["paddy's", "day"], 3, 17), (["paddys", "day"], 3, 17), (["st", "paddy's", "day"], 3, 17),
        (["patty's", "day"], 3, 17), (["valentine's", "day"], 2, 14), (["valentines", "day"], 2, 14), (["valentinstag"], 2, 14),
        (["halloween"], 10, 31), (["independence", "day"], 7, 4), (["fourth", "of", "july"], 7, 4), (["boxing", "day"], 12, 26),
        (["st", "stephen's", "day"], 12, 26), (["stephanstag"], 12, 26), (["stefanitag"], 12, 26), (["tag", "der", "arbeit"], 5, 1),
        (["tag", "der", "deutschen", "einheit"], 10, 3), (["bundesfeiertag"], 8, 1), (["allerheiligen"], 11, 1),
        (["all", "saints", "day"], 11, 1), (["dreikoenig"], 1, 6), (["dreikoenigstag"], 1, 6), (["heilige", "drei", "koenige"], 1, 6),
        (["epiphany"], 1, 6), (["nikolaus"], 12, 6), (["nikolaustag"], 12, 6), (["heiligabend"], 12, 24),
        (["christmas", "eve"], 12, 24), (["heiligen", "abend"], 12, 24),
        // "after EOFY": the end of the financial year is named so in Australia, where it is 30 June
        (["eofy"], 6, 30),
    ];

    // Named days counted from Easter Sunday, first and last day ("Pfingsten" is Whit Sunday and Monday).
    private static readonly (string[] Words, int First, int Last)[] EasterDays =
    [
        (["pfingsten"], 49, 50), (["pentecost"], 49, 50), (["whitsun"], 49, 50), (["whit", "monday"], 50, 50), (["pfingstmontag"], 50, 50),
        (["himmelfahrt"], 39, 39), (["christi", "himmelfahrt"], 39, 39), (["ascension", "day"], 39, 39), (["fronleichnam"], 60, 60),
        (["corpus", "christi"], 60, 60), (["rosenmontag"], -48, -48), (["fasching"], -52, -47), (["karneval"], -52, -47),
        (["fasnacht"], -52, -47), (["fastnacht"], -52, -47), (["mardi", "gras"], -47, -47), (["shrove", "tuesday"], -47, -47),
        (["ash", "wednesday"], -46, -46), (["aschermittwoch"], -46, -46),
    ];

    /// <summary>Whether <paramref name="reading"/> is the British financial year taken for a coming one whose start was
    /// not said ("next financial year"), which a month in brackets after it may still say.</summary>
    public static bool IsFinancialYearGuess(SlotReading? reading) =>
        reading is { Value: TimelineEstimate { Timex: { } timex } } && timex.EndsWith("-FY", StringComparison.Ordinal);

    /// <summary>The coming budget year at word <paramref name="i"/>, when no start of its own is said after it: "next
    /// financial year" is the British one, April to March, and "im neuen Haushaltsjahr" a public budget year, which in
    /// Germany, Austria and Switzerland is the calendar year. Both confirmed, as a firm's own year may begin in another
    /// month.</summary>
    private static (Period Period, int End)? NextBudgetYear(FoldedText t, int i, DateOnly today)
    {
        if (t[i].Text is not ("next" or "new" or "coming" or "upcoming" or "naechsten" or "naechstes" or "neuen" or "neues" or
                "kommenden" or "kommendes") || i + 1 >= t.Count)
        {
            return null;
        }

        var financial = t[i + 1].Text == "financial" && i + 2 < t.Count && t[i + 2].Text == "year";
        var end = financial ? i + 2 : i + 1;
        if (!financial && t[i + 1].Text is not ("haushaltsjahr" or "haushaltsjahres"))
        {
            return null;
        }

        // "next financial year (ours starts in July)": the start said after it is the reader's
        for (var k = end + 1; k < t.Count && k <= end + 6; k++)
        {
            if (MonthNames.ContainsKey(t[k].Text) || t[k].IsNumber || t[k].Text is "starts" or "begins" or "beginnt" or "ours" or "ends" or "endet")
            {
                return null;
            }
        }

        if (financial)
        {
            var start = new DateOnly(today.Month >= 4 ? today.Year + 1 : today.Year, 4, 1);
            return (new Period(start, start.AddYears(1).AddDays(-1), Guessed($"{start.Year:D4}-FY")), end);
        }

        var year = today.Year + 1;
        return (new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Guessed($"{year:D4}")), end);
    }

    /// <summary>A named day or days other than Christmas, New Year and Easter ("Paddy's Day", "Pfingsten",
    /// "Thanksgiving") starting at word <paramref name="j"/>: the next one not over yet, and its last word.</summary>
    private static readonly string[][] LunarNewYear = Phrases.Of(
        "cny", "chinese new year", "lunar new year", "chinesisches neujahr", "chinesischen neujahr", "chinesischem neujahr",
        "chinesische neujahr", "chinesisches neujahrsfest", "chinesischen neujahrsfest", "chinese new years", "lunar new years");

    // The first day of the lunar New Year in the years a start may be planned for.
    private static readonly DateOnly[] LunarNewYearDays =
    [
        new(2026, 2, 17), new(2027, 2, 6), new(2028, 1, 26), new(2029, 2, 13), new(2030, 2, 3), new(2031, 1, 23),
    ];

    private static (Period Period, int End)? NamedDay(FoldedText t, int j, DateOnly today)
    {
        foreach (var (words, month, day) in FixedDays)
        {
            if (t.MatchesAt(j, words))
            {
                var d = new DateOnly(today.Year, month, day);
                d = d < today ? d.AddYears(1) : d;
                // (a financial year's end is the country's: confirmed)
                return (new Period(d, d, words[0] == "eofy" ? Guessed(Date(d)) : Date(d)), j + words.Length - 1);
            }
        }

        foreach (var (words, first, last) in EasterDays)
        {
            if (t.MatchesAt(j, words))
            {
                var easter = Easter(today.Year);
                if (easter.AddDays(last) < today)
                {
                    easter = Easter(today.Year + 1);
                }

                return (new Period(easter.AddDays(first), easter.AddDays(last), Date(easter.AddDays(first))), j + words.Length - 1);
            }
        }

        // the Chinese or lunar New Year ("after CNY", "vor dem chinesischen Neujahr") moves with the moon; its first two days
        // are off in most places that keep it, others close longer, so it is confirmed
        if (Array.Find(LunarNewYear, p => t.MatchesAt(j, p)) is { } lunar)
        {
            foreach (var first in LunarNewYearDays)
            {
                if (first.AddDays(1) >= today)
                {
                    return (new Period(first, first.AddDays(1), Guessed(Date(first))), j + lunar.Length - 1);
                }
            }
        }

        // US days fixed by a weekday of their month: Thanksgiving, Labor Day, Memorial Day; Black Friday is the day after
        // Thanksgiving
        var blackFriday = j + 1 < t.Count && t[j].Text == "black" && t[j + 1].Text == "friday";
        (int Month, int Nth)? rule = t[j].Text == "thanksgiving" || blackFriday ? (11, 4)
            : j + 1 < t.Count && t[j].Text is "labor" or "labour" && t[j + 1].Text == "day" ? (9, 1)
            : j + 1 < t.Count && t[j].Text == "memorial" && t[j + 1].Text == "day" ? (5, -1) : null;
        if (rule is { } r)
        {
            var weekday = r.Month == 11 ? DayOfWeek.Thursday : DayOfWeek.Monday;
            DateOnly Of(int year)
            {
                if (r.Nth < 0)
                {
                    var last = new DateOnly(year, r.Month, DateTime.DaysInMonth(year, r.Month));
                    return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
                }

                var first = new DateOnly(year, r.Month, 1);
                return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (r.Nth - 1)));
            }

            var shift = blackFriday ? 1 : 0;
            var d = Of(today.Year).AddDays(shift);
            d = d < today ? Of(today.Year + 1).AddDays(shift) : d;
            // (Black Friday names the trade around it as much as the day, so a start dated by it is confirmed)
            return (new Period(d, d, blackFriday ? Guessed(Date(d)) : Date(d)), t[j].Text == "thanksgiving" ? j : j + 1);
        }

        return null;
    }

    /// <summary>The busy season of trade before Christmas ("Weihnachtsgeschäft", "the Christmas rush", "holiday season")
    /// starting at word <paramref name="j"/>, and its last word, or -1.</summary>
    private static int BusySeasonEnd(FoldedText t, int j)
    {
        var w = t[j].Text;
        if (w is "weihnachtsgeschaeft" or "weihnachtssaison" or "weihnachtstrubel" or "weihnachtsstress" or "adventsgeschaeft" or "jahresendgeschaeft")
        {
            return j;
        }

        return j + 1 < t.Count && w is "christmas" or "xmas" or "holiday" or "holidays" or "festive" or "weihnachts" &&
               t[j + 1].Text is "rush" or "season" or "period" or "madness" or "trade" or "busy" or "geschaeft" ? j + 1 : -1;
    }

    private static (Period Period, int End)? Holiday(FoldedText t, int j, DateOnly today)
    {
        var w = t[j].Text;
        if (NamedDay(t, j, today) is { } named)
        {
            return named;
        }

        if (BusySeasonEnd(t, j) is var busyEnd && busyEnd >= 0)
        {
            // "nach dem Weihnachtsgeschäft", "once the Christmas rush is over": the trade before Christmas, which ends with
            // the holidays (so after it is after the holidays); confirmed, as where such a season starts and ends is a guess
            var first = new DateOnly(today.Year, 12, 1);
            return (new Period(first, first.AddDays(30), $"~{first.Year:D4}-12"), busyEnd);
        }

        if (w == "zwischen" && j + 2 < t.Count && t[j + 1].Text == "den" && t[j + 2].Text == "jahren")
        {
            // the days between the years follow the Christmas days and end on New Year's Eve; confirmed, as a few count
            // Christmas Eve in
            var days = DecemberDays(27, 31, today);
            return (days with { Timex = "~" + days.Timex }, j + 2);
        }

        if (w is "weihnachten" or "christmas" or "xmas")
        {
            // Christmas itself: in German the three days from Christmas Eve, in English Christmas Day; so "vor Weihnachten"
            // ends on the 23rd and "before Christmas" on the 24th, "nach Weihnachten" starts on the 27th
            return (w == "weihnachten" ? DecemberDays(24, 26, today) : DecemberDays(25, 25, today), j);
        }

        if (ChristmasHolidays(w))
        {
            return (DecemberDays(24, 31, today), j);
        }

        // New Year's Day: "nach Neujahr", "after new year", "after the new year"
        // ("in the new year" stays early next year)
        if (w is "neujahr" or "silvester" || (w is "new" && j + 1 < t.Count && t[j + 1].Text is "year" or "year's" or "years" &&
            ((j > 0 && t[j - 1].Text is "after" or "before" or "until" or "by") || (j > 1 && t[j - 1].Text == "the" && t[j - 2].Text is "after" or "before" or "until" or "by"))))
        {
            var day = new DateOnly(today.Year + 1, 1, 1);
            return (new Period(day, day, Date(day)), w == "new" ? j + 1 : j);
        }

        if (w == "tax" && j + 1 < t.Count && t[j + 1].Text == "season" && j > 0 && (t[j - 1].Text == "after" || t[j - 1].Text == "the" && j > 1 && t[j - 2].Text == "after"))
        {
            // "after tax season": the US tax season ends on Tax Day, 15 April, so from the 16th; confirmed, as the words
            // date a season of work, not the start (only after "after": what else is said of it is not read)
            var taxDay = new DateOnly(today.Year, 4, 15);
            if (taxDay < today)
            {
                taxDay = taxDay.AddYears(1);
            }

            return (new Period(new DateOnly(taxDay.Year, 1, 1), taxDay, $"~{taxDay.Year:D4}-TAX"), j + 1);
        }

        if (w is "ostern" or "easter")
        {
            var easter = Easter(today.Year);
            if (easter.AddDays(1) < today)
            {
                easter = Easter(today.Year + 1);
            }

            if (AroundAt(t, j) is var around && around >= j)
            {
                // "around Easter", "um Ostern rum", "Easter-ish": a few days said roughly are the week of Easter and the
                // week after it; confirmed, as how far around is a guess
                return (new Period(easter.AddDays(-6), easter.AddDays(7), Guessed(Date(easter))), around);
            }

            return (new Period(easter.AddDays(-2), easter.AddDays(1), Date(easter)), j);
        }

        return null;
    }

    // Words before a day or holiday that say it roughly ("around Easter", "um Ostern").
    private static readonly HashSet<string> AroundWords = new(StringComparer.Ordinal)
    {
        "around", "about", "roughly", "approx", "approximately", "circa", "ca", "um", "gegen", "etwa", "ungefaehr",
    };

    /// <summary>The last word of a rough mark around the word at <paramref name="j"/> ("around Easter", "Easter-ish", "um
    /// Ostern rum", "Easter or so"), or -1 when there is none.</summary>
    private static int AroundAt(FoldedText t, int j)
    {
        if (j + 1 < t.Count && t[j + 1].Text is "ish" or "rum" or "herum")
        {
            return j + 1;
        }

        if (j + 2 < t.Count && t[j + 1].Text is "or" or "oder" && t[j + 2].Text == "so")
        {
            return j + 2;
        }

        return j > 0 && AroundWords.Contains(t[j - 1].Text) ? j : -1;
    }

    /// <summary>Days of this December, or of next December once they are past.</summary>
    private static Period DecemberDays(int first, int last, DateOnly today)
    {
        var year = new DateOnly(today.Year, 12, last) < today ? today.Year + 1 : today.Year;
        return new Period(new DateOnly(year, 12, first), new DateOnly(year, 12, last), $"{year:D4}-12-{first:D2}");
    }

    /// <summary>Easter Sunday of a year (the Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Whether word <paramref name="j"/> follows a part word ("Ende", "end", "Anfang", "middle") with only
    /// articles between them ("Ende des Monats", "end of the month").</summary>
    private static bool AfterPart(FoldedText t, int j)
    {
        var k = j - 1;
        while (k >= 0 && j - k <= 3 && t[k].Text is "of" or "des" or "the" or "this" or "dieses")
        {
            k--;
        }

        return k >= 0 && k < j - 1 && t[k].Text is "end" or "ende" or "beginning" or "start" or "anfang" or "middle" or "mitte" or "mid";
    }

    private static (Period Period, int End)? Relative(FoldedText t, int j, DateOnly today)
    {
        var w = t[j].Text;
        var n1 = j + 1 < t.Count ? t[j + 1].Text : "";

        // "the week after next": the week after next week, like "übernächste Woche"
        if (w == "week" && n1 == "after" && j + 2 < t.Count && t[j + 2].Text == "next")
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(14);
            return (new Period(monday, monday.AddDays(6), $"{monday.Year}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):D2}"), j + 2);
        }

        // "the year after next", "the month after next": like "übernächstes Jahr", "übernächsten Monat"
        if (w is "year" or "month" && n1 == "after" && j + 2 < t.Count && t[j + 2].Text == "next")
        {
            return (w == "year" ? Year(today.Year + 2) : MonthPeriod(new DateOnly(today.Year, today.Month, 1).AddMonths(2)), j + 2);
        }

        // "im neuen Jahr", "in the new year": the beginning of next year
        if (w is "neuen" or "new" && n1 is "jahr" or "year")
        {
            return (Part(Year(today.Year + 1), 1), j + 1);
        }

        // a bare "Jahres" / "year" after a part ("Ende des Jahres", "end of year"): this year's, or next year's once over
        if (w is "jahres" or "year" or "jahr" && j > 0 && t[j - 1].Text is "des" or "of" or "ende" or "end" or "anfang" or "mitte" or "the")
        {
            return (Year(today.Year), j);
        }

        // single words
        switch (w)
        {
            // "EOY", "EOM": the chat abbreviations of the year's and the month's end
            case "jahresende" or "eoy":
                return (Part(Year(today.Year), 3), j);
            case "jahreswechsel" or "jahreswende":
                {
                    // "zum Jahreswechsel": the days between the years and the first week of the next, as most careful
                    // readers counted it; they differ on the ends, so the flow confirms it
                    var y = today.Month == 1 && today.Day <= 8 ? today.Year - 1 : today.Year;
                    var first = new DateOnly(y, 12, 28);
                    return (new Period(first, new DateOnly(y + 1, 1, 8), Guessed(Date(first))), j);
                }

            case "jahresanfang" or "jahresbeginn":
                {
                    var p = Part(Year(today.Year), 1);
                    return (p.End < today ? Part(Year(today.Year + 1), 1) : p, j);
                }

            case "jahresmitte":
                {
                    var p = Part(Year(today.Year), 2);
                    return (p.End < today ? Part(Year(today.Year + 1), 2) : p, j);
                }

            case "monatsende" or "eom":
                return (Part(MonthPeriod(new DateOnly(today.Year, today.Month, 1)), 3), j);
            case "morgen" or "tomorrow":
                return (new Period(today.AddDays(1), today.AddDays(1), Date(today.AddDays(1))), j);
            case "uebermorgen":
                return (new Period(today.AddDays(2), today.AddDays(2), Date(today.AddDays(2))), j);
        }

        if (w is "month" or "monats" && AfterPart(t, j))
        {
            // "by end of month", "Ende des Monats", "the end of the month": a part of a month named by no name is of this
            // month, like "Monatsende"
            return (MonthPeriod(new DateOnly(today.Year, today.Month, 1)), j);
        }

        if (w is "year" && n1 == "end" || w == "year" && n1 == "s" || (w == "end" && n1 == "of" && j + 2 < t.Count && t[j + 2].Text == "year"))
        {
            return (Part(Year(today.Year), 3), j + (w == "end" ? 2 : 1));
        }

        // "nächstes Jahr", "next year", "dieses Jahr", "übernächstes Jahr", "des Jahres" (after a part), "2027"
        var kind = w switch
        {
            // "ab nächster Woche", "in dieser Woche", "ab nächstem Monat": the dative of a feminine or a masculine word
            // ("nxt yr", "nxt month": the chat abbreviations)
            "naechstes" or "naechsten" or "naechste" or "naechster" or "kommendes" or "kommenden" or "kommende" or "kommender" or "next" or "nxt" or "coming" or
                "folgenden" or "following" or "naechstem" or "kommendem" or "folgendem" => 1,
            "dieses" or "diesen" or "diesem" or "diese" or "dieser" or "this" or "laufenden" or "current" or "dem" or "des" or "the" => 0,
            "uebernaechstes" or "uebernaechsten" or "uebernaechste" or "uebernaechster" or "uebernaechstem" => 2,
            _ => -1,
        };
        // ("the year after next" is read from its unit, below)
        if (w is "dem" or "des" or "the" && (!(n1 is "jahres" or "jahr" or "year" or "monats" or "month") || j + 2 < t.Count && t[j + 2].Text == "after"))
        {
            kind = -1;
        }

        if (kind >= 0 && j + 1 < t.Count)
        {
            var found = n1 switch
            {
                "jahr" or "jahres" or "year" or "yr" => Year(today.Year + kind),
                "monat" or "monats" or "month" => MonthPeriod(new DateOnly(today.Year, today.Month, 1).AddMonths(kind)),
                "woche" or "week" when today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * kind) is var monday =>
                    new Period(monday, monday.AddDays(6), $"{monday.Year}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):D2}"),
                _ => (Period?)null,
            };
            if (found is not null && kind >= 1 && n1 is "jahr" or "jahres" or "year" or "yr" && PartOfYearAfter(t, j + 2, today, today.Year + kind) is { } part)
            {
                return part;
            }

            if (found is { } period)
            {
                // "later this week", "später diesen Monat": the rest of this week or month after today
                // (a year keeps today: "later this year" is read as the rest of it, corpus/more.tsv)
                return (kind == 0 && j > 0 && t[j - 1].Text is "later" or "spaeter" && n1 is not ("jahr" or "jahres" or "year" or "yr") &&
                        period.End > today && period.Start <= today
                    ? period with { Start = today.AddDays(1) }
                    : period, j + 1);
            }
        }

        if (w is "year" or "jahr" && j > 0 && t[j - 1].Text == "the" && j + 1 < t.Count && t[j + 1].Text == "after")
        {
            return null;
        }

        // "im Jahr 2027", "2027", "in 2028"
        if (t[j].IsNumber && t[j].Text.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
            year >= today.Year && year <= today.Year + 20 && !NamesAwaitedBudget(t, j))
        {
            return (Year(year), j);
        }

        if (w is "jahr" && j + 1 < t.Count && t[j + 1].IsNumber && t[j + 1].Text.Length == 4 &&
            int.TryParse(t[j + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y2) && y2 >= today.Year && y2 <= today.Year + 20)
        {
            return (Year(y2), j + 1);
        }

        // "im Laufe des Jahres", "im Laufe des Jahres 2027"
        if (w is "laufe" && j + 2 < t.Count && t[j + 1].Text == "des" && t[j + 2].Text is "jahres")
        {
            return CourseOfYear(t, j + 2, today);
        }

        return null;
    }

    // The units a relative period counts in, by their folded words, and its English word.
    private static readonly Dictionary<string, string> RelativeUnits = new(StringComparer.Ordinal)
    {
        ["jahr"] = "year", ["jahres"] = "year", ["year"] = "year", ["monat"] = "month", ["monats"] = "month", ["month"] = "month",
        ["woche"] = "week", ["week"] = "week",
    };

    /// <summary>The correcting words <paramref name="tail"/> after a relative period in <paramref name="before"/> with
    /// the unit they leave out put back ("Nächstes Jahr, äh, lieber übernächstes" → "the year after next", "next month,
    /// sorry, the month after" → "the month after next"), or the tail unchanged when it needs none.</summary>
    internal static string WithElidedUnit(string before, string tail)
    {
        var b = FoldedText.Of(before);
        var t = FoldedText.Of(tail);
        if (t.Count == 0)
        {
            return tail;
        }

        var (unit, kind) = ((string?)null, -1);
        for (var k = b.Count - 1; k >= 1 && unit is null; k--)
        {
            if (RelativeUnits.TryGetValue(b[k].Text, out var u))
            {
                (unit, kind) = (u, b[k - 1].Text switch
                {
                    "naechstes" or "naechsten" or "naechste" or "naechster" or "next" or "kommendes" or "kommenden" or "coming" => 1,
                    "dieses" or "diesen" or "diesem" or "diese" or "dieser" or "this" => 0,
                    _ => -1,
                });
            }
        }

        if (unit is null || kind < 0)
        {
            return tail;
        }

        var last = t[^1].Text;
        var wanted = last switch
        {
            "naechstes" or "naechsten" or "naechste" or "naechster" or "next" when !(t.Count >= 2 && t[^2].Text == "after") => 1,
            "uebernaechstes" or "uebernaechsten" or "uebernaechste" or "uebernaechster" => 2,
            // "the year after", "das Jahr danach": one more than the period corrected
            "after" or "danach" or "darauf" when t.Count >= 2 && RelativeUnits.ContainsKey(t[^2].Text) => kind + 1,
            _ => -1,
        };
        return wanted switch
        {
            1 => $"next {unit}",
            2 => $"the {unit} after next",
            _ => tail,
        };
    }

    /// <summary>Whether the year at word <paramref name="j"/> names a budget the start waits for ("wenn der Haushalt 2027
    /// beschlossen ist", "once the 2027 budget is approved"): the budget for a year is passed before it, so the year is not
    /// when the start comes.</summary>
    private static bool NamesAwaitedBudget(FoldedText t, int j) =>
        (j > 0 && t[j - 1].Text is "haushalt" or "haushaltsplan" or "etat" or "budget" or "wirtschaftsplan" ||
         j + 1 < t.Count && t[j + 1].Text is "budget" or "haushalt" or "etat") &&
        Enumerable.Range(0, j).Any(k => t[k].Text is "wenn" or "sobald" or "falls" or "once" or "when" or "whenever" or "if" or
            "nachdem" or "until" or "till");

    private static Period Year(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString("D4", CultureInfo.InvariantCulture));

    /// <summary>"in 3 Monaten", "in 2-3 Monaten", "within the next 4 weeks", "innerhalb von 6 Wochen", "in einem halben
    /// Jahr", "in den nächsten zwei Monaten", "half a year".</summary>
    private static (Period Period, int End)? Count(FoldedText t, int j, DateOnly today)
    {
        if (WithinOne(t, j, today) is { } one)
        {
            return one;
        }

        // context before the number
        var within = false;
        var k = j;
        var w = t[j].Text;
        if (w is "innerhalb" or "binnen" or "within" or "naechsten" or "next" or "kommenden" or "over" or "during" || (w is "in" or "den" or "the" && j + 1 < t.Count && t[j + 1].Text is "den" or "the" or "naechsten" or "next" or "kommenden"))
        {
            within = true;
            while (k < t.Count && t[k].Text is "innerhalb" or "binnen" or "within" or "von" or "der" or "den" or "the" or "naechsten" or "next" or "kommenden" or "in" or "over" or "during" or "of")
            {
                k++;
            }
        }
        else if (w is "in" or "nach" or "after" or "ca" or "circa" or "etwa" or "ungefaehr" or "about" or "around" or "roughly" or "approx" or "approximately")
        {
            k++;
            while (k < t.Count && t[k].Text is "ca" or "circa" or "etwa" or "ungefaehr" or "about" or "around" or "roughly" or "approximately" or "rund")
            {
                k++;
            }
        }

        if (k >= t.Count)
        {
            return null;
        }

        // "einem halben Jahr", "half a year", "a year and a half"
        if (k + 2 < t.Count && t[k].Text is "einem" or "ein" or "einen" && t[k + 1].Text is "halben" or "halbes" && t[k + 2].Text is "jahr")
        {
            return Make(6, 6, Unit.Month, k + 2, within, today, "P6M");
        }

        if (k + 2 < t.Count && t[k].Text is "half" && t[k + 1].Text is "a" && t[k + 2].Text is "year")
        {
            return Make(6, 6, Unit.Month, k + 2, within, today, "P6M");
        }

        if (k + 1 < t.Count && t[k].Text is "halbes" or "halben" && t[k + 1].Text is "jahr")
        {
            return Make(6, 6, Unit.Month, k + 1, within, today, "P6M");
        }

        if (ParseCount(t, ref k) is not { } low)
        {
            return null;
        }

        var high = low;
        // "2-3", "2 bis 3", "2 to 3", "2 oder 3"
        if (k + 2 < t.Count && (t[k + 1].Text is "bis" or "to" or "oder" or "or" || IsDash(t, k)))
        {
            var m = k + (IsDash(t, k) ? 1 : 2);
            if (IsDash(t, k))
            {
                m = k + 1;
            }

            if (ParseCount(t, ref m) is { } h2 && h2 > low)
            {
                high = h2;
                k = m;
            }
        }

        // "in ein, zwei Monaten", "in zwei, drei Wochen": two counts one apart with a comma between are a range, said loosely
        var loose = false;
        if (high == low && k + 2 < t.Count && t.Original[t[k].End] == ',' && !t[k + 1].IsNumber && NumberWords.TryGetValue(t[k + 1].Text, out var next) &&
            next == low + 1)
        {
            high = next;
            k++;
            loose = true;
        }

        if (k + 1 >= t.Count)
        {
            return null;
        }

        var unitWord = t[k + 1].Text;
        Unit? unit = unitWord switch
        {
            "tag" or "tage" or "tagen" or "day" or "days" or "werktagen" or "werktage" or "business" => Unit.Day,
            "woche" or "wochen" or "week" or "weeks" or "wochenfrist" or "fortnight" or "fortnights" => Unit.Week,
            "monat" or "monate" or "monaten" or "month" or "months" or "monatsfrist" or "mon" or "mo" or "mths" or "mos" => Unit.Month,
            "quartal" or "quartale" or "quartalen" or "quarter" or "quarters" => Unit.Quarter,
            "jahr" or "jahre" or "jahren" or "year" or "years" or "yrs" => Unit.Year,
            _ => null,
        };
        if (unit is null)
        {
            return null;
        }

        if (unitWord is "fortnight" or "fortnights")
        {
            // "in a fortnight": two weeks
            (low, high) = (low * 2, high * 2);
        }

        var end = k + 1;
        if (unitWord == "business" && end + 1 < t.Count && t[end + 1].Text is "days" or "day")
        {
            end++;
        }

        // "in a month or two", "in einer Woche oder zwei": the second count after the unit widens the period, said loosely
        if (low == 1 && high == 1 && end + 2 < t.Count && t[end + 1].Text is "or" or "oder" && t[end + 2].Text is "two" or "zwei" or "2" &&
            (end + 3 >= t.Count || !(t[end + 3].Text.StartsWith("week", StringComparison.Ordinal) || t[end + 3].Text.StartsWith("woche", StringComparison.Ordinal) ||
                t[end + 3].Text.StartsWith("month", StringComparison.Ordinal) || t[end + 3].Text.StartsWith("monat", StringComparison.Ordinal) ||
                t[end + 3].Text.StartsWith("day", StringComparison.Ordinal) || t[end + 3].Text.StartsWith("tag", StringComparison.Ordinal))))
        {
            high = 2;
            end += 2;
            loose = true;
        }

        // a bare "3 Monate" / "2 weeks" without "in" reads as "in"; but not when a period of its own follows in the same
        // clause ("one day next week", "ein Tag nächste Woche"): the count says how long, the period when
        if (k == j && end + 1 < t.Count && !t[end + 1].AfterBreak && t[end + 1].Text is "next" or "naechste" or "naechsten" or "this" or "diese" or "dieser" or
                "diesen" or "im" or "in" or "am" or "on" or "ab")
        {
            return null;
        }

        // ("a couple of weeks" is a guess at the number like "ein paar Wochen": every blind writer who met it asked back)
        var few = t[k].Text is "paar" or "few" or "several" or "einigen" or "wenigen" or "couple" || (k > 0 && t[k - 1].Text is "paar" or "few") ||
            t[k].Text == "of" && k > 0 && t[k - 1].Text == "couple" || loose;
        if (!within && low == high && unit is Unit.Day or Unit.Week && end + 2 < t.Count && t[end + 1].Text is "from" or "ab" or "after" or "nach" &&
            Weekdays.TryGetValue(t[end + 2].Text, out var fromDay))
        {
            // "2 weeks from Monday", "zwei Wochen ab Montag": counted from the coming day of that name, not from today;
            // confirmed, as which Monday is meant is the reader's guess
            var delta = ((int)fromDay - (int)today.DayOfWeek + 7) % 7;
            var counted = today.AddDays((delta == 0 ? 7 : delta) + (int)Math.Floor(high) * (unit == Unit.Week ? 7 : 1));
            return (new Period(counted, counted, "~" + Date(counted)), end + 2);
        }

        return Make(low, high, unit.Value, end, within, today, null, few);
    }

    /// <summary>"within the next month", "innerhalb des nächsten Monats", "binnen einer Woche": one of the unit, counted
    /// from today like "within the next 4 weeks", never the calendar's next month; "or two"/"or so" after it is a guess at
    /// the number, confirmed.</summary>
    private static (Period Period, int End)? WithinOne(FoldedText t, int j, DateOnly today)
    {
        if (t[j].Text is not ("innerhalb" or "binnen" or "within"))
        {
            return null;
        }

        var k = j + 1;
        var counted = false;
        while (k < t.Count && t[k].Text is "von" or "des" or "der" or "the" or "a" or "an" or "one" or "eines" or "einem" or "einer" or
                   "naechsten" or "next" or "kommenden" or "coming")
        {
            counted |= t[k].Text is not ("von" or "des" or "der" or "the");
            k++;
        }

        Unit? unit = k < t.Count && counted
            ? t[k].Text switch
            {
                "monat" or "monats" or "month" => Unit.Month,
                "woche" or "week" => Unit.Week,
                "quartal" or "quartals" or "quarter" => Unit.Quarter,
                "jahr" or "jahres" or "year" => Unit.Year,
                _ => null,
            }
            : null;
        if (unit is null || unit is Unit.Year or Unit.Quarter && t[k - 1].Text is "naechsten" or "next" or "kommenden" or "coming")
        {
            // ("within the next quarter/year" is the calendar's next one, as the corpus reads it)
            return null;
        }

        var end = k;
        var high = 1.0;
        var few = false;
        if (end + 2 < t.Count && t[end + 1].Text is "or" or "oder" && t[end + 2].Text is "two" or "zwei" or "2" or "so")
        {
            high = t[end + 2].Text == "so" ? 1 : 2;
            few = true;
            end += 2;
        }

        return Make(1, high, unit.Value, end, within: true, today, null, few);
    }

    private static bool IsDash(FoldedText t, int k)
    {
        if (k + 1 >= t.Count)
        {
            return false;
        }

        var between = t.Original.AsSpan(t[k].End, t[k + 1].Start - t[k].End).Trim();
        return between is "-" or "–" or "—" or "/";
    }

    private static double? ParseCount(FoldedText t, ref int k)
    {
        var w = t[k].Text;
        if (t[k].IsNumber && w.Length <= 3)
        {
            var n = int.Parse(w, CultureInfo.InvariantCulture);
            // "1,5 Jahren", "1.5 years"
            if (k + 1 < t.Count && t[k + 1].IsNumber && t[k + 1].Text == "5" && t[k + 1].Start == t[k].End + 1 &&
                t.Original[t[k].End] is ',' or '.')
            {
                k++;
                return n + 0.5;
            }

            return n is > 0 and <= 366 ? n : null;
        }

        if (w is "a" && k + 1 < t.Count && t[k + 1].Text is "couple" or "few")
        {
            k++;
            if (k + 1 < t.Count && t[k + 1].Text == "of")
            {
                k++;
            }

            return t[k].Text == "few" || t[k - 1].Text == "few" ? 3 : 2;
        }

        if (w is "couple" && k + 1 < t.Count && t[k + 1].Text == "of")
        {
            // "couple of weeks" without "a": two, said loosely (confirmed below)
            k++;
            return 2;
        }

        if (w is "ein" && k + 1 < t.Count && t[k + 1].Text is "paar")
        {
            k++;
            return 3;
        }

        if (w is "einigen" or "wenigen" or "ein" or "einem" or "einer" or "einen" or "eine" or "a" or "an" or "one" or "zwei" or "two" or "couple" or "few" or "several" ||
            NumberWords.ContainsKey(w))
        {
            return NumberWords.TryGetValue(w, out var v) ? v : null;
        }

        return null;
    }

    private static (Period Period, int End)? Make(double low, double high, Unit unit, int end, bool within, DateOnly today, string? timex, bool few = false)
    {
        DateOnly Add(double n)
        {
            var whole = (int)Math.Floor(n);
            var d = unit switch
            {
                Unit.Day => today.AddDays(whole),
                Unit.Week => today.AddDays(7 * whole),
                Unit.Month => today.AddMonths(whole),
                Unit.Quarter => today.AddMonths(3 * whole),
                _ => today.AddYears(whole),
            };
            if (n - whole >= 0.5)
            {
                d = unit switch
                {
                    Unit.Year => d.AddMonths(6),
                    Unit.Month => d.AddDays(15),
                    Unit.Quarter => d.AddMonths(1),
                    _ => d,
                };
            }

            return d;
        }

        var letter = unit switch { Unit.Day => "D", Unit.Week => "W", Unit.Month => "M", Unit.Quarter => "Q", _ => "Y" };
        timex ??= "P" + high.ToString(CultureInfo.InvariantCulture) + letter;
        if (few)
        {
            timex = "~" + timex; // "in ein paar Monaten": a guess at the number, confirmed by the flow
        }
        if (within)
        {
            return (new Period(today, Add(high), timex), end);
        }

        if (unit is Unit.Month or Unit.Quarter or Unit.Year)
        {
            // "in 3 Monaten", "in 2-3 months", "in 2 quarters", "in einem Jahr": the whole month the day falls in (from the
            // first month's first day to the last one's last day), as a count of months or longer names a month, not a
            // day in it
            var first = Add(low);
            var last = Add(high);
            return (new Period(new DateOnly(first.Year, first.Month, 1), new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1), timex), end);
        }

        if (few && unit == Unit.Week && low == 2 && high == 2)
        {
            // "in a couple of weeks": the two calendar weeks from the one two weeks away, as most careful readers counted
            // it, never a single day; confirmed like every guessed count
            var monday = Add(low).AddDays(-(((int)Add(low).DayOfWeek + 6) % 7));
            return (new Period(monday, monday.AddDays(13), timex), end);
        }

        return (new Period(Add(low), Add(high), timex), end);
    }

    /// <summary>Whether a start names no time but now: today only ("heute") or from today on ("asap", "ab sofort").</summary>
    internal static bool IsNow(TimelineEstimate estimate, DateOnly today) => IsNow(estimate.Start, estimate.End, today);

    private static bool IsNow(DateOnly? start, DateOnly? end, DateOnly today) => start == today && (end is null || end == today);

    // "as soon as" and the vendor addressed, then only a verb of being able or ready and of starting or delivering (a small
    // "sie" may be a third party's, but the reading is only confirmed).
    private static readonly System.Text.RegularExpressions.Regex VendorReadyAnswer = new(
        @"^(?i:sobald|so bald|as soon as|once)\s+(?:Sie|Ihr|(?i:sie|ihr|du|you|u|y'all|your team|euer team|dein team))(?i:'re|'ve|’re)?(?:\s+(?i:uns|es|das|damit|mit|dem|projekt|loslegen|liefern|beliefern|anfangen|starten|umsetzen|guys|team|deliver|start|begin|get|started|implement|set|it|up|do|are|have|has|the|some|free|freie|so|weit|soweit|bereit|zeit|capacity|kapazität|kapazitaet|kapazitäten|kapazitaeten|habt|haben|hast|seid|sind|bist))*\s+(?i:können|koennen|könnt|koennt|kannst|can|could|ready|able|capacity|soweit seid|soweit sind|so weit seid|so weit sind|bereit seid|bereit sind|zeit habt|zeit haben|kapazität habt|kapazität haben)(?:\s+(?i:uns|es|das|damit|loslegen|liefern|beliefern|anfangen|starten|umsetzen|deliver|start|begin|get|started|implement|set|it|up|do|to|on|board))*[\s\p{P}\p{So}]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ordinal of a quarter or half year, a joiner and a second ordinal before the unit ("im 2. oder 3. Quartal",
    /// "1.-3. Quartal", "im zweiten oder dritten Quartal", "in the 2nd or 3rd quarter", "1. oder 2. Halbjahr"): the unit
    /// belongs to both, so the period runs from the first one's start to the second one's end.</summary>
    private static (Period Period, int End)? OrdinalPair(FoldedText t, int j, DateOnly today)
    {
        if (OrdinalNumber(t, j) is not var (first, k) || k + 1 >= t.Count)
        {
            return null;
        }

        if (t[k + 1].Text is "oder" or "or" or "bis" or "to" or "und" or "and" or "until" or "through")
        {
            k++;
        }
        else if (Between(t, k) is not ("-" or "–" or "/" or ".-" or ".–" or "./"))
        {
            return null;
        }

        if (OrdinalNumber(t, k + 1) is not var (second, unitAt) || unitAt + 1 >= t.Count || second <= first)
        {
            return null;
        }

        var unit = t[unitAt + 1].Text;
        var quarter = unit is "quartal" or "quartals" or "quartale" or "quarter" or "quarters";
        var half = unit is "halbjahr" or "halbjahre" or "halbjahres" or "jahreshaelfte" or "hj";
        if (!quarter && !(half && second == 2) || second > 4)
        {
            return null;
        }

        var end = unitAt + 1;
        var year = YearAfter(t, ref end, today);
        Period Of(int y, int n) => quarter ? QuarterPeriod(y, n) : HalfYearPeriod(y, n);
        var y0 = year ?? (Of(today.Year, first).End < today ? today.Year + 1 : today.Year);
        var (from, to) = (Of(y0, first), Of(y0, second));
        return (new Period(from.Start, to.End, from.Timex + "/" + to.Timex), end);
    }

    /// <summary>A small ordinal at <paramref name="j"/> ("2.", "2nd", "zweiten", "second") and the index of its last word.</summary>
    private static (int N, int Last)? OrdinalNumber(FoldedText t, int j)
    {
        // a unit word opening or ending the text has no ordinal beside it
        if (j < 0 || j >= t.Count)
        {
            return null;
        }

        var w = t[j].Text;
        int? n = w switch
        {
            "1" or "1st" or "erste" or "ersten" or "erstes" or "first" => 1,
            "2" or "2nd" or "zweite" or "zweiten" or "zweites" or "second" => 2,
            "3" or "3rd" or "dritte" or "dritten" or "drittes" or "third" => 3,
            "4" or "4th" or "vierte" or "vierten" or "viertes" or "fourth" => 4,
            _ => null,
        };
        if (n is null)
        {
            return null;
        }

        return j + 1 < t.Count && char.IsAsciiDigit(w[0]) && w.Length == 1 && t[j + 1].Text is "st" or "nd" or "rd" or "th" ? (n.Value, j + 1) : (n.Value, j);
    }

    /// <summary>"2027-01-15": a date written year first with dashes is that day.</summary>
    private static (Period Period, int End)? IsoDate(FoldedText t, int j, DateOnly today)
    {
        if (!t[j].IsNumber || t[j].Text.Length != 4 || j + 2 >= t.Count || Between(t, j) != "-" || Between(t, j + 1) != "-" ||
            t[j + 1].Text.Length > 2 || t[j + 2].Text.Length > 2 || !t[j + 1].IsNumber || !t[j + 2].IsNumber ||
            !int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(t[j + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(t[j + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            year < today.Year - 1 || year > today.Year + 20 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return (DayOfMonth(day, month, year, today), j + 2);
    }

    /// <summary>Whether a two-digit number could be one of the next few years written short ("27" for 2027): a start is
    /// rarely planned further ahead.</summary>
    private static bool MayBeShortYear(int n, DateOnly today) => n is >= 10 and <= 31 && 2000 + n >= today.Year && 2000 + n <= today.Year + 3;

    /// <summary>A month name and a two-digit number after it: with an apostrophe before the number ("Feb. '27") the
    /// number is the year, so the month of that year; a bare number that could be a coming year as well as a day ("Feb 27",
    /// "Februar 27") is the day, confirmed. Null when the number is plainly a day ("Feb 27th", "March 12").</summary>
    private static (Period Period, int End)? MonthThenShortNumber(FoldedText t, int end, int month, DateOnly today)
    {
        if (end + 1 >= t.Count || !t[end + 1].IsNumber || t[end + 1].Text.Length != 2 ||
            !int.TryParse(t[end + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ||
            end + 2 < t.Count && (t[end + 2].IsNumber || t[end + 2].Text is "st" or "nd" or "rd" or "th"))
        {
            return null;
        }

        var between = Between(t, end);
        if (between.EndsWith('\'') || between.EndsWith('’') || between.EndsWith('`') || between.EndsWith('´'))
        {
            var year = 2000 + n;
            return year < today.Year || year > today.Year + 20
                ? null
                : (MonthPeriod(new DateOnly(year, month, 1)) with { Timex = $"{year:D4}-{month:D2}" }, end + 1);
        }

        if (!MayBeShortYear(n, today) || between.Length > 1 && between != ".")
        {
            return null;
        }

        var end2 = end + 1;
        var day = DayOfMonth(n, month, YearAfter(t, ref end2, today), today);
        return (day with { Timex = Guessed(day.Timex) }, end2);
    }

    /// <summary>"im Laufe des Jahres": with a year after it that year; else this year, and in its last month, when the rest
    /// of it is a few weeks and the prospect may well mean the next one, this year confirmed.</summary>
    private static (Period Period, int End) CourseOfYear(FoldedText t, int jahres, DateOnly today)
    {
        if (jahres + 1 < t.Count && t[jahres + 1].IsNumber && t[jahres + 1].Text.Length == 4 &&
            int.TryParse(t[jahres + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= today.Year && year <= today.Year + 20)
        {
            return (Year(year), jahres + 1);
        }

        return today.Month == 12 ? (Year(today.Year) with { Timex = Guessed(today.Year.ToString("D4", CultureInfo.InvariantCulture)) }, jahres)
            : (Year(today.Year), jahres);
    }
}
