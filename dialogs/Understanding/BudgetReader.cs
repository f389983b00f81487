using System.Globalization;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Budgets in either language whatever the chat's locale. A number's separators are decided by its shape: a "." or ","
/// followed by exactly three digits groups thousands ("50.000", "50,000", "1.500.000"), one followed by one, two or
/// more than three digits is a decimal point ("1,5 Mio.", "1.5m", "2.75"); with both, the last one is the decimal point
/// ("1.234,50", "1,234.50"); an apostrophe or a thin space groups ("CHF 25'000"). Multipliers (k, Tsd., TEUR, T€, KEUR,
/// k€, Mio., Mrd., grand, thousand, million, billion), currencies (€, EUR, Euro, $, USD, Dollar, £, GBP, Pfund, CHF,
/// Fr., SFr., Franken), ranges ("20-50k", "zwischen 20 und 50 Tsd."), bounds ("bis 30.000 €", "at least 10k"), periods
/// ("5k/Monat", "3.500 € pro Monat", "per year", "quarterly") and the answers without an amount ("kein Budget" →
/// none, "hängt davon ab" → not decided, "weiß nicht" → unknown) are read here; digit-free number words ("fünfzigtausend",
/// "half a million") go to the Recognizers' number model on a short text. Linear in the text's length.
/// </summary>
internal static partial class BudgetReader
{
    private readonly record struct Amount(int Start, int End, decimal Value, decimal Multiplier, string? Currency, bool HasGrouping);

    private static readonly string[][] NonePhrases = Phrases.Of(
        "kein budget", "keinen budget", "keins", "kein geld", "null", "nichts", "nix", "nada", "zilch", "gar nichts", "gar keins", "haben kein budget",
        "es gibt kein budget", "no budget", "none", "nothing", "zero", "no money", "we have no budget", "there is no budget",
        "no budget at all", "kein budget vorhanden", "0", "don't have a budget", "dont have a budget", "do not have a budget",
        "don't have any budget", "haben keins", "haben keinen", "gibt keins", "don't have one", "dont have one", "do not have one",
        "haven't got one", "havent got one", "don't have budget", "dont have budget", "do not have budget", "don't have any money",
        "have no money", "haben wir nicht", "hab ich nicht", "habe ich nicht");

    private static readonly string[][] UndecidedPhrases = Phrases.Of(
        "noch keins", "noch keinen", "noch keines", "haven't figured", "havent figured", "have not figured", "not figured out",
        // ("haven't worked it out yet", "not worked out a number": the same not-yet said with the past participle)
        "haven't worked it out", "havent worked it out", "have not worked it out", "haven't worked that out", "not worked out",
        "haven't worked out", "havent worked out", "have not worked out",
        "muss erst", "muss noch freigegeben", "erst freigeben", "freigeben", "haengt davon ab", "haengt von ab", "haengt vom angebot ab", "haengt vom", "haengt von der", "abhaengig von", "depends on", "haengt vom preis ab", "haengt ab", "kommt drauf an",
        "kommt darauf an", "je nach angebot", "je nachdem", "noch nicht festgelegt", "nicht festgelegt", "noch nicht definiert",
        "noch nicht entschieden", "noch nicht freigegeben", "noch kein budget", "kein budget festgelegt", "noch offen",
        "abgestimmt", "abstimmen", "wird geklaert", "noch zu klaeren", "being aligned", "noch abgestimmt", "wird abgestimmt", "noch in abstimmung", "in abstimmung", "wird gerade abgestimmt", "being discussed",
        "still being discussed", "being worked out", "still being worked out", "being finalized", "still being finalized",
        "wird noch festgelegt", "steht noch nicht fest", "noch in planung", "flexibel", "offen", "depends", "it depends",
        "depending on", "haven't set", "havent set", "have not set", "not set yet", "not decided", "not decided yet", "undecided",
        "to be decided", "tbd", "not defined yet", "not yet defined", "not fixed yet", "not yet approved", "not approved yet",
        "still open", "open", "flexible", "no budget yet", "not yet", "haven't decided", "havent decided", "haven't got one yet",
        "we haven't set one yet", "no fixed budget", "kein festes budget", "noch nicht", "nothing yet", "noch nichts",
        "nothing set", "nothing fixed", "kommt aufs", "kommt auf das", "kommt auf den", "kommt auf die", "kommt auf",
        "kein budget bisher", "bisher kein budget", "bisher keins", "bislang kein budget", "bislang keins", "no budget so far",
        "none so far", "nothing so far", "still working on it", "working on it", "still figuring it out", "sind noch dran",
        // ("we're still working it out", "sorting that out": the same not-yet with the particle after its object)
        "working it out", "working that out", "figuring it out", "figuring that out", "sorting it out", "sorting that out",
        "arbeiten noch dran", "noch in arbeit", "in arbeit", "hasn't signed off", "hasnt signed off", "has not signed off",
        "haven't signed off", "not signed off", "hasn't approved", "has not approved", "hasn't been approved", "not been approved",
        "noch nicht abgesegnet", "nicht abgesegnet", "noch nicht genehmigt", "wird erst festgelegt", "wird festgelegt",
        "wird noch festgelegt", "festgelegt", "no number yet", "no figure yet", "gets approved", "will be approved",
        "will be set", "wird erst freigegeben", "wird noch freigegeben", "isn't approved", "isnt approved", "is not approved",
        "isn't set", "isnt set", "is not set", "isn't finalized", "not finalized", "isn't final", "not final yet", "nicht final",
        "noch nicht final", "ist noch nicht freigegeben", "nicht freigegeben", "pending approval", "awaiting approval",
        "in der planung", "noch in planung", "in planung", "wird gerade geplant", "being planned", "still being planned",
        "in the planning", "still planning", "budgetplanung laeuft", "figure it out", "figure that out", "work it out",
        "work that out", "sort it out", "sort that out", "will be published", "gets published", "wird veroeffentlicht",
        "will be announced", "wird bekannt gegeben", "wird bekanntgegeben");

    // No limit named ("whatever it takes", "Geld spielt keine Rolle", "egal, Hauptsache es funktioniert"): no amount is
    // set, but that may be a manner of speaking; confirmed.
    private static readonly string[][] NoLimitPhrases = Phrases.Of(
        "whatever it takes", "money is no object", "money's no object", "no limit", "no limits", "sky's the limit",
        "sky is the limit", "geld spielt keine rolle", "kein limit", "egal hauptsache", "egal was es kostet", "egal was das kostet",
        "kostet was es kostet", "doesn't matter", "doesnt matter", "cost doesn't matter", "preis egal", "egal", "money's not the issue",
        "money's not really the issue", "money is not the issue", "money isn't the issue", "money's not an issue", "money is not an issue",
        "geld ist nicht das problem", "geld ist kein problem", "am geld soll es nicht scheitern", "am geld scheitert es nicht");

    private static readonly string[][] Yet = Phrases.Of("yet", "noch", "bisher", "bislang", "so far");

    // Not said: what the budget is stays unknown to sales (a refusal in words of its own: RefusesToTell).
    private static readonly string[][] RefusalPhrases = Phrases.Of(
        "moechte ich nicht sagen", "will ich nicht sagen", "sage ich nicht", "sag ich nicht", "nicht verraten",
        "moechte ich nicht verraten", "keine angabe", "kein kommentar", "vertraulich", "rather not share", "rather not say",
        "prefer not to say", "prefer not to share", "won't share", "wont share", "can't share", "cannot share", "confidential",
        "no comment", "not disclose", "don't want to say", "dont want to say", "sag ich lieber nicht", "sage ich lieber nicht",
        "lieber nicht sagen", "behalte ich lieber fuer mich", "i'd rather not say", "rather not tell");

    // Hedges and fillers that may stand beside a bare number without saying what it counts ("so um die 20", "maybe 20?")
    private static readonly HashSet<string> BareGuessWords = new(StringComparer.Ordinal)
    {
        "so", "um", "die", "ca", "circa", "zirka", "etwa", "ungefaehr", "rund", "grob", "vielleicht", "eventuell", "wohl", "schaetze",
        "ich", "mal", "sagen", "wir", "hmm", "hm", "aeh", "aehm", "naja", "na", "also", "maybe", "around", "about", "roughly",
        "approx", "approximately", "ballpark", "like", "not", "sure", "nicht", "sicher", "i", "guess", "think", "denke", "say",
        "let's", "lets", "probably", "wahrscheinlich", "perhaps", "uh", "uhh", "erm", "ish", "somewhere", "da", "herum", "rum",
        // ("eh idk maybe 20?": the fillers of a typed shrug)
        "eh", "ehm", "umm", "hmmm", "idk", "dunno", "well",
        // ("irgendwas zwischen 5 und 10", "something like 20": a vague word before the guess says no more than "about")
        "irgendwas", "irgendwo", "something",
    };

    private static readonly string[][] UnknownPhrases = Phrases.Of([
        "weiss nicht", "weiss ich nicht", "weiss ich noch nicht", "keine ahnung", "unklar", "noch unklar", "unbekannt", "k a",
        "kann ich nicht sagen", "kann ich noch nicht sagen", "don't know", "dont know", "do not know", "i don't know",
        "no idea", "dunno", "not sure",
        // "die Höhe kenne ich aber nicht": the amount not known to the prospect
        "kenne ich nicht", "kenne ich aber nicht", "kenn ich nicht", "kenn ich aber nicht", "kenne ich noch nicht",
        "don't know the amount", "dont know the amount", "don't know how much", "dont know how much", "unsure", "unknown", "no clue", "can't say", "cannot say", "n a", "have to ask",
        "need to ask", "have to check", "need to check", "check with", "ask our finance", "muss ich nachfragen", "muss ich fragen",
        "my boss knows", "boss knows", "mein chef weiss", "chef weiss das", "weiss mein chef", "my manager knows", "finance knows",
        "ask my boss", "frag meinen chef", "fragen sie meinen chef",
        "muss ich klaeren", "muss ich abklaeren", "klaeren", "abklaeren", "nachfragen", "frage ich nach", "muesste ich nachfragen", "muesste ich fragen",
        "keinen ueberblick",
        "kein ueberblick", "keinen plan", "don't have visibility", "dont have visibility", "no visibility", "keinen einblick",
        "kein einblick", "no overview", "not my area", "not my department", "nicht mein bereich",
        "nicht meine baustelle", "no visibility", "above my pay grade", "not my call to say", "nichts sagen", "nichts dazu sagen", "nichts zu sagen",
        "sag ich erst", "sage ich erst", "verrate ich erst", "sag ich spaeter", "sage ich spaeter", "tell you later",
        "i'll tell you once", "i'll tell you when", "sag ich nichts", "sage ich nichts", "nichts verraten", "not saying", "not telling", "won't say", "wont say",
        "not gonna say", "not going to say",
        // the prospect has to look it up or forgot it: unknown to them now
        "nachschauen", "nachsehen", "muss ich nachschauen", "hab ich vergessen", "habe ich vergessen", "look it up", "forgot",
        "i forget",
        // "haven't got a clue", "keinen blassen Schimmer": no idea in other words
        .. CommonWords.NoClue]);

    // The amount is still to be settled by the prospect's side ("die Höhe müssen wir intern noch klären", "we still need to
    // agree on a number internally"): not decided yet, though "muss ich (intern) klären" is someone finding out what it is.
    private static readonly string[][] SettledInternally = Phrases.Of(
        "muessen wir noch klaeren", "muessen wir klaeren", "muessen wir intern", "klaeren wir noch", "klaeren wir intern",
        "klaeren wir dann", "entscheiden wir intern", "legen wir intern fest", "muessen wir noch festlegen",
        // "das klären wir im Januar", "we'll decide that in Q1": the prospect's side settles it later
        "klaeren wir", "entscheiden wir", "beschliessen wir", "we'll decide", "we will decide", "we'll set",
        "we will set",
        "we still need to agree", "we need to agree", "still to be agreed", "to be agreed internally", "agree internally",
        "decide internally", "settle internally", "we still need to figure out", "we need to figure out", "we still have to figure out",
        "we still have to decide", "we need to decide", "we have to decide");

    private static readonly string[][] MonthPeriod = Phrases.Of(
        "pro monat", "im monat", "monatlich", "je monat", "per monat", "mtl", "monat", "per month", "a month", "each month",
        "every month", "monthly", "month", "mo", "p m", "pm");

    private static readonly string[][] YearPeriod = Phrases.Of(
        "pro jahr", "im jahr", "jaehrlich", "je jahr", "per jahr", "jahr", "p a", "per year", "a year", "each year",
        "every year", "yearly", "annually", "per annum", "annual", "year", "yr", "jahresbudget", "annual budget");

    private static readonly string[][] QuarterPeriod = Phrases.Of(
        "pro quartal", "im quartal", "quartalsweise", "vierteljaehrlich", "je quartal", "quartal", "per quarter", "a quarter",
        "each quarter", "quarterly", "quarter", "quartalsbudget");

    // Doubt whether there is such a budget at all; an estimate ("ich schätze mal 20k", "I think around 30k") is an
    // answer like "ca. 20k".
    private static readonly string[][] Hedges = Phrases.Of(
        "vielleicht", "vllt", "vlt", "eventuell", "evtl", "hoffentlich", "maybe", "perhaps", "hopefully", "nicht sicher", "not sure",
        "unsicher", "unsure", "we'll see", "we will see", "see how it goes", "mal sehen", "mal schauen", "schauen wir mal",
        "sehen wir mal", "sehen wir dann");

    private static readonly string[][] UpperBound = Phrases.Of(
        "bis", "bis zu", "bis maximal", "up to", "max", "maximal", "maximum", "hoechstens", "at most", "under", "unter",
        "less than", "weniger als", "no more than", "not more than", "nicht mehr als", "below", "unterhalb", "hoechstens ca",
        "tops", "budget cap", "cap",
        // ("less then 5k", "weniger wie 5000": the comparison as it is often typed or spoken)
        "less then", "no more then", "not more then", "lower than", "lower then", "weniger wie", "nicht mehr wie",
        // ("weniger wia 5000", "less'n 3 grand": the comparison as Bavarians and Southerners say it)
        "weniger wia", "nicht mehr wia", "less'n");

    private static readonly string[][] UpperBoundAfter = Phrases.Of(
        "max", "maximal", "maximum", "tops", "at most", "at the most", "hoechstens", "or less", "oder weniger", "als obergrenze",
        "as a cap", "as the limit", "upper limit", "als limit", "ist das limit", "is the limit", "is our limit", "ist die grenze",
        "ist die obergrenze", "mehr nicht", "nicht mehr", "no more", "not more", "nothing more", "nicht darüber", "not above",
        "no higher", "nicht höher", "das ist das maximum", "that's the max", "that's the maximum", "that's my limit",
        "that's our limit", "das ist die grenze", "das ist die obergrenze", "limit", "obergrenze", "at the very most",
        "mehr ist nicht drin", "mehr ist nicht drinnen", "mehr ist nicht", "mehr geht nicht", "mehr gibt es nicht", "mehr gibts nicht",
        "mehr haben wir nicht", "mehr koennen wir nicht", "mehr wird es nicht", "nicht mehr drin", "more isn't possible",
        "can't go higher", "cant go higher", "can't go above that", "can't do more", "cant do more", "that's all we have",
        "that's all we've got", "that's it", "not a cent more", "keinen cent mehr");

    private static readonly string[][] MostOpenings = Phrases.Of(
        "that's the most", "that is the most", "this is the most", "thats the most", "that's the max", "that's the maximum",
        "that's the limit", "that's our limit", "that's all we can", "that is all we can", "the most we can", "das ist das maximum",
        "das ist das hoechste", "das ist die obergrenze", "das ist unsere obergrenze", "das ist das limit", "mehr koennen wir",
        "mehr duerfen wir", "hoeher koennen wir nicht", "hoeher geht");

    private static readonly string[][] LowerBoundAfter = Phrases.Of(
        "or more", "oder mehr", "und mehr", "and more", "or above", "and up", "and upwards", "upwards", "aufwaerts", "minimum",
        "mindestens", "at least", "als minimum", "as a minimum", "at the very least", "nicht weniger", "no less", "not less");

    // Words after an amount that make it the pot this purchase is paid from ("this would come out of that", "das käme
    // aus dem Topf").
    private static readonly string[][] DrawnFromPot = Phrases.Of(
        "come out of that", "come out of it", "comes out of that", "comes out of it", "coming out of that", "out of that pot",
        "out of that budget", "from that pot", "from that budget", "paid from that", "paid out of that", "has to fit in that",
        "aus dem topf", "aus diesem topf", "aus dem gesamtbudget", "kaeme da raus", "kaeme daraus", "kommt da raus",
        "kommt daraus", "ginge davon ab", "geht davon ab", "wuerde davon abgehen", "muss da rein", "muesste da rein",
        "davon bezahlt", "davon bezahlen");

    // "maybe", "up to": a second amount the prospect would stretch to
    private static readonly HashSet<string> StretchWords = new(StringComparer.Ordinal)
    {
        "maybe", "vielleicht", "vllt", "vlt", "eventuell", "evtl", "notfalls", "possibly", "perhaps", "even", "sogar", "stretch",
    };

    private static bool IsStretch(string text, Amount first, Amount second)
    {
        var between = FoldedText.Of(text[first.End..second.Start]);
        // "10 grand but honestly could stretch to 15": the verb of stretching carries the second amount over a longer clause
        if (between.Count is 0 or > 6 || between.Count > 4 && !between.Words.Any(w => w.Text is "stretch" or "notfalls"))
        {
            return false;
        }

        var stretch = false;
        foreach (var w in between.Words)
        {
            stretch |= StretchWords.Contains(w.Text);
        }

        if (stretch && (OnceAfter(text, first.End) || between.Words.Any(w => w.Text is "plus" or "additionally" or "zusaetzlich" or "extra" or "dazu" or "on")))
        {
            // "$15k one-time plus maybe $500/mo": an amount paid once, or a second one added to it, is no end of a range
            // the prospect would stretch to
            return false;
        }

        // the first amount is money ("10k", "10.000 €"); the second one is bare or in the same units
        // "Ich denke 20, vielleicht 25 Tausend": a bare first amount with only stretch words before a second with its unit
        // takes that unit, as in "20-25 Tausend"
        var sharedUnit = first.Multiplier == 1 && first.Currency is null && !first.HasGrouping && second.Multiplier > 1 && first.Value < second.Value &&
                         between.Words.All(w => StretchWords.Contains(w.Text) || w.Text is "auch" or "also");
        // "like 300 a month? maybe 400": a period said right after the first amount marks it as money as well
        var marked = first.Multiplier > 1 || first.Currency is not null || first.HasGrouping && first.Value >= 1000 || sharedUnit || // "40.000, vielleicht auch 50.000"
                     PeriodAfter(text, first.End) is not null ||
                     // "maybe 3000, maybe 5000": two bare amounts in the thousands are money too, unless both may be years
                     first.Multiplier == 1 && second.Multiplier == 1 && first.Value >= 1000 && !(IsYearValue(first.Value) && IsYearValue(second.Value));
        var sameUnits = second.Multiplier == 1 || second.Multiplier == first.Multiplier || sharedUnit;
        var sameCurrency = second.Currency is null || second.Currency == first.Currency;
        var high = second.Value * (second.Multiplier == 1 ? first.Multiplier : second.Multiplier);
        return stretch && marked && sameUnits && sameCurrency && high > first.Value * first.Multiplier;
    }

    /// <summary>Whether a phrase follows right after the amount, in the same clause ("30k max", not "10-20k, max 25").</summary>
    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal)
    {
        "a", "per", "pro", "im", "je", "each", "every", "month", "monat", "monatlich", "monthly", "mo", "year", "jahr",
        "jaehrlich", "yearly", "annually", "quarter", "quartal", "quartalsweise", "quarterly", "pa", "pm", "mtl",
    };

    /// <summary>Whether the words after an amount open with one of the bound phrases; <paramref name="upper"/>: the phrases
    /// bound it from above, so a clause that opens with "more" and denies it counts too.</summary>
    private static bool StartsWith(FoldedText after, string[][] phrases, bool upper)
    {
        if (after.Count == 0)
        {
            return false;
        }

        if (after[0].AfterBreak)
        {
            // "1.500 im Monat, mehr nicht", "50k, no more": a clause of its own that is only the bound
            return ClauseIsBound(after, 0, phrases, upper);
        }

        // "$2k a month tops", "2k/Monat max": the bound may follow the period
        var at = 0;
        while (at < after.Count - 1 && PeriodWords.Contains(after[at].Text) && !after[at + 1].AfterBreak)
        {
            at++;
        }

        foreach (var p in phrases)
        {
            if (after.MatchesAt(0, p) || at > 0 && after.MatchesAt(at, p))
            {
                return true;
            }
        }

        // "5000 € und nicht mehr", "5k and not a penny more": the bound joined by "and" denies more like a clause of its own
        if (upper && (DeniesMore(after, 0) || at > 0 && DeniesMore(after, at)))
        {
            return true;
        }

        // "1.500 im Monat, mehr nicht": the bound as a clause of its own after the period
        return PeriodWords.Contains(after[at].Text) && at + 1 < after.Count && after[at + 1].AfterBreak && ClauseIsBound(after, at + 1, phrases, upper);
    }

    // Words that may stand between a denial and "more" ("not a penny more", "keinen Cent mehr", "not one euro more").
    private static readonly HashSet<string> SmallMoney = new(StringComparer.Ordinal)
    {
        "a", "one", "single", "ein", "einen", "penny", "cent", "cents", "dime", "euro", "dollar", "pound", "buck", "rappen",
        "franken", "pfennig", "groschen",
    };

    /// <summary>Whether the clause from word <paramref name="from"/> opens, after an "and"/"und" at most, by denying more
    /// with no amount or "less" of its own ("no more than that", "und nicht mehr", "not a penny more"): the amount before
    /// it is the most the prospect will spend.</summary>
    private static bool DeniesMore(FoldedText after, int from)
    {
        var k = from;
        if (after[k].Text is "and" or "und")
        {
            k++;
        }

        var end = k + 1;
        while (end < after.Count && !after[end].AfterBreak)
        {
            end++;
        }

        if (k >= after.Count || k >= end || end - from > 8 || !CommonWords.Negations.Contains(after[k].Text) && !(CommonWords.DialectNicht.Contains(after[k].Text) && after[k].Text != "net"))
        {
            return false;
        }

        k++;
        while (k < end && SmallMoney.Contains(after[k].Text))
        {
            k++;
        }

        return k < end && after[k].Text is "more" or "mehr" &&
               !Enumerable.Range(k + 1, end - k - 1).Any(m => after[m].IsNumber || after[m].Text is "less" or "weniger" or "or" or "oder");
    }

    // A sum said to be for one budget year ("£8k for this financial year", "für das laufende Geschäftsjahr"): careful
    // readers record it as a yearly amount or as one sum for that year alone, so it keeps no period and is confirmed.
    private static readonly string[][] ForBudgetYear = Phrases.Of(
        "for this financial year", "for this fiscal year", "for the financial year", "for the fiscal year",
        "for the current financial year", "for the current fiscal year", "for our financial year", "for our fiscal year",
        "for next financial year", "for next fiscal year", "for the next financial year", "for the next fiscal year",
        "this financial year", "this fiscal year", "fuer dieses geschaeftsjahr", "fuer das laufende geschaeftsjahr",
        "fuer das geschaeftsjahr", "fuer dieses haushaltsjahr", "fuer das laufende haushaltsjahr", "im laufenden geschaeftsjahr",
        "im laufenden haushaltsjahr", "in diesem geschaeftsjahr", "in diesem haushaltsjahr",
        // the calendar's year named the same way ("we have 15k for this year", "für nächstes Jahr 20.000")
        "for this year", "for next year", "for the coming year", "for the current year", "fuer dieses jahr", "fuer naechstes jahr",
        "fuers naechste jahr", "fuer das naechste jahr", "fuer das kommende jahr", "fuers kommende jahr", "fuer das laufende jahr");

    // Money applied for and not yet granted.
    private static readonly string[][] Requested = Phrases.Of(
        "beantragt", "beantragen", "beantragen wir", "antrag gestellt", "antrag laeuft", "noch nicht bewilligt", "applied for",
        "applying for", "grant application", "pending approval", "not yet approved", "waiting for approval");

    // An upper bound said of the amount before by a pronoun ("not more than that", "nicht mehr als das").
    private static readonly string[][] ReferenceBounds = Phrases.Of(
        "not more than that", "no more than that", "nothing more than that", "not more than this", "not above that",
        "not over that", "nothing above that", "nicht mehr als das", "nicht mehr als das da", "nicht mehr als dies",
        "nicht darueber", "nicht mehr als diese summe", "not more than that amount", "no more than that amount",
        // "we spent 30k on the last agency and got nothing, so less than that": less than what was spent before
        "less than that", "less than this", "less", "less this time", "less than last time", "below that", "under that",
        "lower", "cheaper", "something cheaper", "weniger als das", "weniger", "diesmal weniger", "weniger diesmal",
        "eher weniger", "darunter", "drunter", "guenstiger", "billiger", "etwas guenstiger", "guenstiger werden", "billiger werden",
        "weniger werden", "weniger sein", "guenstiger sein");

    /// <summary>"…, so not more than that", "…, also nicht mehr als das": the answer's last clause, after a connective,
    /// only bounds the amount before it by a pronoun.</summary>
    private static bool BoundByReference(FoldedText after)
    {
        var from = -1;
        for (var i = after.Count - 1; i > 0; i--)
        {
            if (after[i].AfterBreak)
            {
                from = i;
                break;
            }
        }

        if (from < 0)
        {
            // "we spent 8k on the last agency and it was rubbish so less than that": with no comma, a "so" late in the
            // answer opens the clause that bounds the amount
            for (var i = after.Count - 2; i > 0; i--)
            {
                if (after[i].Text is "so" or "therefore" or "daher" or "deshalb" or "darum")
                {
                    from = i;
                    break;
                }
            }
        }

        if (from < 0)
        {
            return false;
        }

        // ("…, want less than that", "…, we'd like to pay less", "…, soll günstiger werden": a wish for less opens the clause)
        while (from < after.Count - 1 && after[from].Text is "so" or "also" or "and" or "und" or "therefore" or "thus" or "daher" or "deshalb" or "darum" or
                   "want" or "wanna" or "we" or "wir" or "we'd" or "id" or "i'd" or "would" or "like" or "to" or "pay" or "spend" or "ideally" or
                   "hopefully" or "idealerweise" or "hoffentlich" or "soll" or "sollte" or "es" or "wollen" or "moechten" or "zahlen" or "ausgeben")
        {
            from++;
        }

        return ClauseIsBound(after, from, ReferenceBounds, upper: false);
    }

    /// <summary>Whether the first clause of <paramref name="after"/> (after the amount and a break) is one of the bound
    /// phrases and nothing else.</summary>
    private static bool ClauseIsBound(FoldedText after, int from, string[][] phrases, bool upper)
    {
        var end = from + 1;
        while (end < after.Count && !after[end].AfterBreak)
        {
            end++;
        }

        foreach (var p in phrases)
        {
            if (p.Length == end - from && after.MatchesAt(from, p))
            {
                return true;
            }
        }

        // "5k, no more than that", "not a penny more": a clause that denies more
        if (upper && DeniesMore(after, from))
        {
            return true;
        }

        // "£400/month, that's the most our charity can spend", "das ist das Maximum, das wir ausgeben dürfen": a clause that
        // opens by calling the amount the most, whatever it says of who can spend it
        if (upper && end - from <= 10)
        {
            foreach (var p in MostOpenings)
            {
                if (p.Length <= end - from && after.MatchesAt(from, p))
                {
                    return true;
                }
            }
        }

        // "40.000, mehr gibt der Haushalt nicht her", "50k, more than that won't fly": a clause that opens with "more" and
        // denies it, in whatever words, bounds the amount from above; after "mehr" the dialects' "ned", "nid" deny too ("mehr
        // ned", "mehr gibt's ned")
        if (upper && after[from].Text is "mehr" or "more" && end - from <= 8)
        {
            for (var k = from + 1; k < end; k++)
            {
                if (CommonWords.Negations.Contains(after[k].Text) || after[k].Text is "won't" or "wont" or "can't" or "cant" or "isn't" or "isnt" ||
                    after[from].Text == "mehr" && CommonWords.DialectNicht.Contains(after[k].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words of a bound anywhere in the message ("mehr geht nicht", "that's the ceiling"): when the reader did not read
    // a bound from them, the amount alone is confirmed, never stored as exact.
    private static readonly HashSet<string> BoundWords = new(StringComparer.Ordinal)
    {
        "max", "maximal", "maximum", "hoechstens", "tops", "limit", "limits", "obergrenze", "grenze", "cap", "ceiling",
        "mindestens", "mind", "minimum", "min", "least", "wenigstens", "upwards", "aufwaerts", "hoeher", "higher",
        "darueber", "drueber", "maximale", "maximalen", "budgetgrenze", "schmerzgrenze",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal)
    {
        "spent", "paid", "had", "was", "were", "last", "previous", "previously", "ausgegeben", "bezahlt", "gezahlt", "hatten",
        "hatte", "war", "waren", "letztes", "letzten", "letzte", "vorher", "bisher", "damals", "kostete", "cost", "used",
    };

    private static bool PerUnit(FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            // "$100/user/month": a slash right before the unit says "per" as well
            if ((folded[i - 1].Text is "per" or "pro" or "je" or "a" or "each" or "every" || folded[i].Start > 0 && folded.Original[folded[i].Start - 1] == '/') &&
                folded[i].Text is "seat" or "seats" or "user" or "users" or "nutzer" or "lizenz" or "lizenzen" or "license" or "licence" or "mitarbeiter" or
                    "employee" or "head" or "kopf" or "person" or "arbeitsplatz" or "platz" or "account" or "login" or "agent" or "rep" or "lizenzplatz")
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysPast(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            // ("je nachdem was dabei rauskommt": the German "what", no past)
            if (PastWords.Contains(folded[i].Text) && !(folded[i].Text == "was" && i > 0 && folded[i - 1].Text is "nachdem" or "dem"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBoundWord(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (BoundWords.Contains(w.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[][] LowerBound = Phrases.Of(
        "ab", "mindestens", "mind", "at least", "more than", "more then", "higher than", "higher then", "mehr als", "mehr wie", "ueber", "over", "minimum", "min", "upwards of", "from",
        "starting at", "starts at", "start at", "starting from", "starts from", "beginning at", "begins at", "beginnt bei",
        "faengt bei", "wenigstens", "nicht unter", "not less than", "north of", "in excess of", "above", "oberhalb", "oberhalb von",
        // ("mehr wia 5000", "meh als 5000", "more'n 3 grand": the comparison in Bavarian, Swiss German and the US South)
        "mehr wia", "meh als", "meh wie", "meh wia", "more'n");

    private static readonly string[][] Approx = Phrases.Of(
        "ca", "circa", "etwa", "ungefaehr", "rund", "about", "around", "approx", "approximately", "roughly", "so", "so um die",
        "um die", "gut", "knapp", "some");

    public static SlotReading? Read(string text, string defaultCurrency, string culture)
    {
        var reading = ReadAny(text, defaultCurrency, culture);
        return reading is { Value: BudgetEstimate { Amount: > LargestAmount } } ? null : reading;
    }

    /// <summary>The largest amount read as a budget: a trillion or more ("99999999999999999999", "1.000.000.000.000 €") is
    /// a slip or a joke, and too long a number would lose digits; such an answer is asked again.</summary>
    private const decimal LargestAmount = 999_999_999_999m;

    private static SlotReading? ReadAny(string text, string defaultCurrency, string culture)
    {
        if (text.Contains(',', StringComparison.Ordinal) && IndianGrouping().IsMatch(text))
        {
            // "50,000-1,00,000 USD", "2,50,000": Indian writers group the digits above a thousand in pairs (lakh and crore),
            // a grouping no other convention uses, so its commas only group
            return Read(IndianGrouping().Replace(text, m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)), defaultCurrency, culture);
        }

        if (SharedHundredThousand().IsMatch(text))
        {
            // "2 hundred thousand", "between 1 and 2 hundred thousand", "zwischen 1 und 2 hunderttausend": digits before a
            // hundred thousand count hundreds of thousands, and after a range the unit is that of both numbers, as "3 and 4
            // thousand" shares its thousand
            return Read(SharedHundredThousand().Replace(text, m => (m.Groups["a"].Success ? m.Groups["a"].Value + "00" + m.Groups["join"].Value : string.Empty) + m.Groups["b"].Value + "00 " +
                (m.Groups["unit"].Value.StartsWith("hundert", StringComparison.OrdinalIgnoreCase) ? "tausend" : "thousand")), defaultCurrency, culture);
        }

        if (text.Contains("ish", StringComparison.OrdinalIgnoreCase) || text.Contains("odd", StringComparison.OrdinalIgnoreCase) ||
            text.Contains(" so", StringComparison.OrdinalIgnoreCase))
        {
            if (HedgeBeforeMultiplier().IsMatch(text))
            {
                // "30-ish k", "40-odd Tsd", "20 oder so k": a hedge between the number and its multiplier rounds the number,
                // the multiplier still counts; the amount is a guess, so it is confirmed
                var unhedged = Read(HedgeBeforeMultiplier().Replace(text, "$1$2"), defaultCurrency, culture);
                return unhedged is { Confidence: Confidence.High } ? unhedged with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : unhedged;
            }
        }

        if (ForeignPeriod().IsMatch(text))
        {
            // "12 000 EUR / an", "5 tis. měsíčně", "1000 € par mois", "50 000 om året": a period in the writer's first
            // language is read as its English; confirmed, as the words around it are not read
            var glossed = Read(ForeignPeriod().Replace(text, m => m.Groups["month"].Success ? " per month" : m.Groups["quarter"].Success ? " per quarter" : " per year"), defaultCurrency, culture);
            return glossed is { Confidence: Confidence.High } ? glossed with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : glossed;
        }

        if (FractionWritten(text, defaultCurrency, culture, out var fraction))
        {
            return fraction;
        }

        var reading = ReadAmount(text, defaultCurrency, culture);
        if (reading is { Value: BudgetEstimate { HasAmount: true } inUnits } && reading.Confidence > Confidence.Low &&
            (inUnits.Maximum ?? inUnits.Minimum) < 1000 && inUnits.Period == BudgetPeriod.Once && InThousands().IsMatch(text) &&
            LoneCurrency(text, FoldedText.Of(text)) is null)
        {
            // "Maybe 15? In thousands I mean", "20-30 (in Tsd.)": the unit said apart from the numbers is theirs; confirmed
            return reading with
            {
                Value = inUnits with { Minimum = inUnits.Minimum * 1000, Maximum = inUnits.Maximum * 1000 },
                Confidence = Confidence.Medium,
                Hint = ReadingHints.Ambiguous,
            };
        }

        if (reading is { Value: BudgetEstimate { HasAmount: true } } && reading.Confidence > Confidence.Low && RateShorterThanMonth(text))
        {
            // "1k pro Woche", "$150/hr", "Tagessatz 800 €": a rate per week, day or hour is no budget period we store, and
            // the total depends on how long; never a one-off amount, asked again
            return reading with { Confidence = Confidence.Low, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Value: BudgetEstimate { HasAmount: true } } && reading.Confidence > Confidence.Low && UnstoredLongPeriod(text))
        {
            // "halbjährlich 5k", "10k alle zwei Jahre": half a year or two years is no period a budget is stored in, and the
            // sum per year is ours to reckon; asked again, never a one-off or a yearly amount
            return reading with { Confidence = Confidence.Low, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High } && (BareZero(text) || MilleAmount(text, reading)))
        {
            // a bare "0" may be no budget or a slip of the keyboard, "Mille" slang for thousands; most blind writers
            // confirmed both
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: BudgetEstimate { HasAmount: true } } && SeveralYears(FoldedText.Of(text)))
        {
            // "$1.2M over three years", "EUR 120 000 for a four-year contract": a sum for several years, which careful
            // readers keep as the total or divide by the years; confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (reading is { Confidence: Confidence.High, Value: BudgetEstimate { HasAmount: true } } && GrandWithoutCurrency(text))
        {
            // "around 25 grand": the slang says thousands, not of which money, and careful readers of an English chat take
            // it for euros or for dollars about equally, so the default currency is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return reading is { Confidence: Confidence.High } && UnreadQualifier(text, reading) ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : reading;
    }

    /// <summary>Whether two amounts for different periods come to the same sum in a year ("5k a month, so 60k a year").</summary>
    private static bool SameSumPerYear(Amount first, BudgetPeriod? firstPeriod, Amount second, BudgetPeriod? secondPeriod)
    {
        static int? PerYear(BudgetPeriod? period) => period switch
        {
            BudgetPeriod.Month => 12,
            BudgetPeriod.Quarter => 4,
            BudgetPeriod.Year => 1,
            _ => null,
        };

        return PerYear(firstPeriod) is { } a && PerYear(secondPeriod) is { } b && first.Value * first.Multiplier * a == second.Value * second.Multiplier * b;
    }

    private static bool BareZero(string text) => text.Trim() is "0" or "0." or "0!";

    // ("mil" is a million to English writers and a thousand to Spanish and Portuguese ones: confirmed as well)
    private static bool MilleAmount(string text, SlotReading reading) =>
        reading.Value is BudgetEstimate { HasAmount: true } && text.Contains("mil", StringComparison.OrdinalIgnoreCase) &&
        FoldedText.Of(text).Words.Any(w => w.Text is "mille" or "mil");

    // Words for years after a count of them ("three years", "4-year contract", "für 3 Jahre", "2 ans")
    private static readonly HashSet<string> YearsWords = new(StringComparer.Ordinal)
    {
        "year", "years", "yr", "yrs", "jahre", "jahren", "jahres", "jaehrig", "jaehrige", "jaehrigen", "jaehriger", "jaehriges",
        "ans", "anni", "anos", "jaar", "jaren", "ar", "lata", "let",
    };

    private static readonly HashSet<string> YearCounts = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "ten", "several", "multi", "multiple", "zwei", "drei", "vier",
        "fuenf", "sechs", "sieben", "acht", "zehn", "mehrere", "mehr",
    };

    private static bool IsYearCount(string word) =>
        YearCounts.Contains(word) || word.Length <= 2 && int.TryParse(word, out var n) && n is > 1 and < 30;

    /// <summary>Whether the answer speaks of several years ("over three years", "a four-year contract", "mehrjährig").</summary>
    private static bool SeveralYears(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text.StartsWith("mehrjaehrig", StringComparison.Ordinal) || folded[i].Text is "multiyear" or "multiannual" ||
                i + 1 < folded.Count && IsYearCount(folded[i].Text) && YearsWords.Contains(folded[i + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Words that name a dollar of another country before "dollar(s)"/"bucks" ("Kiwi dollars", "Canadian dollars").
    private static readonly HashSet<string> DollarCountries = new(StringComparer.Ordinal)
    {
        "kiwi", "nz", "aussie", "australian", "canadian", "cdn", "singapore", "singaporean", "hk", "hong", "kong", "zealand",
    };

    // Codes of the dollars and crowns a budget is not stored in, in any case ("nzd", "Sek").
    private static readonly HashSet<string> UnstoredCodes = new(StringComparer.Ordinal)
    {
        "nzd", "aud", "cad", "sgd", "hkd", "sek", "nok", "dkk", "pln",
    };

    /// <summary>Whether the answer names a dollar of another country ("Kiwi dollars", "Canadian dollars", "NZ$", "A$",
    /// "C$") or the code of a currency not stored written in any case ("nzd", "Sek") anywhere, apart from the amount too.</summary>
    private static bool UnstoredDollar(string text)
    {
        var dollarAt = text.IndexOf('$');
        if (dollarAt > 0 && char.IsAsciiLetterUpper(text[dollarAt - 1]) && text[..dollarAt] is var head &&
            (head.EndsWith("NZ", StringComparison.Ordinal) || head.EndsWith("A", StringComparison.Ordinal) || head.EndsWith("AU", StringComparison.Ordinal) ||
             head.EndsWith("C", StringComparison.Ordinal) || head.EndsWith("CA", StringComparison.Ordinal) || head.EndsWith("HK", StringComparison.Ordinal) ||
             head.EndsWith("S", StringComparison.Ordinal) && !head.EndsWith("US", StringComparison.Ordinal) || head.EndsWith("SG", StringComparison.Ordinal)))
        {
            return true;
        }

        // most answers name neither: no second fold of the text
        if (text.IndexOf("dollar", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("buck", StringComparison.OrdinalIgnoreCase) < 0 &&
            !UnstoredCodes.Any(c => text.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var folded = FoldedText.Of(text);
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (UnstoredCodes.Contains(w))
            {
                return true;
            }

            if (w is "dollar" or "dollars" or "bucks" or "buck" && i > 0 && DollarCountries.Contains(folded[i - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Units a budget is paid per that are periods, or the seats and users the price-per-unit rule reads.
    private static readonly HashSet<string> ReadUnits = new(StringComparer.Ordinal)
    {
        "month", "monat", "monatlich", "mo", "year", "jahr", "annum", "yr", "quarter", "quartal", "week", "woche", "jaehrlich",
        "seat", "seats", "user", "users", "nutzer", "lizenz", "lizenzen", "license", "licence", "mitarbeiter", "employee", "head",
        "kopf", "person", "arbeitsplatz", "platz", "account", "login", "agent", "rep", "lizenzplatz",
        "mon", "mth", "mnth", "mt", "monatl", "jaehrl", "qu", "qtr", "quart", "vierteljaehrl", "diem", "tag", "day", "hour", "stunde",
    };

    // Words that take a share of an amount ("davon ein Drittel", "half of that", "20% of it").
    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "davon", "haelfte", "drittel", "viertel", "anteil", "half", "third", "share", "portion", "prozent", "percent",
    };

    /// <summary>Whether a sure amount leaves a qualifier of it unread: an amount per a unit of the prospect's own ("per
    /// region", "pro Filiale"), a share of it ("davon", "half", "%"), or another number after it that the reading did not
    /// use (a count, a second figure). Each changes what the amount means, so the amount is confirmed.</summary>
    private static bool UnreadQualifier(string text, SlotReading reading)
    {
        if (reading.Value is not BudgetEstimate { HasAmount: true } || string.IsNullOrEmpty(reading.Evidence) ||
            text.IndexOf(reading.Evidence, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return false;
        }

        if (text.Contains('%'))
        {
            return true;
        }

        var folded = FoldedText.Of(text);
        var end = at + reading.Evidence.Length;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            // ("half a million" is a number; "half of it" a share)
            if (ShareWords.Contains(w) && !(w is "half" or "third" && (i + 1 >= folded.Count || folded[i + 1].Text is not ("of" or "that" or "it" or "the"))))
            {
                return true;
            }

            if (i + 1 < folded.Count && w is "per" or "pro" or "je" or "each" && !ReadUnits.Contains(folded[i + 1].Text) &&
                // ("je nach Umfang", "je nachdem was rauskommt": what the price depends on, no unit of the prospect's)
                folded[i + 1].Text is not ("nach" or "nachdem") &&
                !char.IsAsciiDigit(folded[i + 1].Text[0]) && folded[i + 1].Text.Length > 2)
            {
                // "~$1k/month per region": a unit of the prospect's own; its count, said or not, decides the budget
                return true;
            }

            if (folded[i].Start >= end && char.IsAsciiDigit(w[0]) && !IsYear(w) && !char.IsLetter(text[Math.Max(0, folded[i].Start - 1)]) &&
                !(i > 0 && (CommonWords.Negations.Contains(folded[i - 1].Text) || folded[i - 1].Text is "statt" or "anstatt" or "instead" or "of" or "than")) &&
                // (a month beside a number makes it a date: "end of March 15", "31. Dezember")
                !(i > 0 && TimelineReader.IsMonthName(folded[i - 1].Text)) && !(i + 1 < folded.Count && TimelineReader.IsMonthName(folded[i + 1].Text)))
            {
                // "50k, nee warte, 40k, 10 sind schon verplant", "20k for 3 sites": a number after the amount the reading
                // did not take in
                return true;
            }
        }

        return false;
    }

    private static bool IsYearValue(decimal value) => value is >= 1990 and <= 2100 && value == decimal.Truncate(value);

    private static bool IsYear(string word) => word.Length == 4 && word[0] is '1' or '2' && int.TryParse(word, out var year) && year is >= 1990 and <= 2100;

    /// <summary>The budget unknown to sales, confirmed (a refusal to tell it, or someone else's to set).</summary>
    private static SlotReading UnknownConfirmed(string text) =>
        new(QuestionStepsBudget, BudgetEstimate.Unknown(text), Confidence.Medium, text) { Hint = ReadingHints.Ambiguous };

    /// <summary>Whether "grand" gives the amount with no currency said beside it (no sign, no currency word).</summary>
    private static bool GrandWithoutCurrency(string text)
    {
        if (!text.Contains("grand", StringComparison.OrdinalIgnoreCase))
        {
            return false; // most answers: no second fold of the text on the budget's path
        }

        var folded = FoldedText.Of(text);
        return folded.Words.Any(w => w.Text == "grand") && !text.Any(c => SymbolCurrency(c) is not null) &&
               !folded.Words.Any(w => CurrencyOf(w.Text, afterNumber: true) is not null);
    }

    private static readonly string[][] OurPart = Phrases.Of(
        "your part", "your share", "your piece", "for your part", "for you guys", "for your bit", "euer teil", "euren teil",
        "ihr teil", "ihren teil", "fuer euch", "fuer sie davon", "davon fuer euch", "davon fuer sie", "euer anteil", "euren anteil",
        "ihr anteil", "ihren anteil",
        // "…, für diesen Teil vielleicht 80.000", "…, our part maybe 60k": the part of the whole this purchase is
        "our part", "our share", "this part", "diesen teil", "dieser teil", "unser teil", "unseren teil", "unser anteil",
        "unseren anteil");

    /// <summary>Where the words of this purchase's part begin ("your part maybe 50-80k"), when an amount follows them and
    /// another stands before them; null otherwise.</summary>
    private static int? OurPartAt(FoldedText folded, List<Amount> amounts)
    {
        if (folded.Find(OurPart) is not { At: >= 0 } hit)
        {
            return null;
        }

        var at = folded[hit.At].Start;
        return amounts[0].End <= at && amounts[^1].Start > at ? at : null;
    }

    private static readonly string[][] SettleWords = Phrases.Of(
        "let's say", "lets say", "let us say", "say", "call it", "sagen wir", "sagen wir mal", "nehmen wir", "machen wir");

    /// <summary>Where the last amount begins when the prospect settles on it after a doubt ("… or was it 30? let's say
    /// 30k", "20k, oder waren es 25? sagen wir 25k"): the settling words stand right before it, a question mark before
    /// them, and it carries its own unit; null otherwise.</summary>
    private static int? SettledAt(string text, FoldedText folded, List<Amount> amounts)
    {
        var last = amounts[^1];
        if (last.Multiplier == 1 && last.Currency is null && !last.HasGrouping)
        {
            return null;
        }

        var before = FoldedText.Of(text[amounts[^2].End..last.Start]);
        if (before.Find(SettleWords) is not { At: >= 0 } hit || hit.At + hit.Length < before.Count - 1 ||
            text.AsSpan(amounts[^2].End, before[hit.At].Start).IndexOf('?') < 0)
        {
            return null;
        }

        return last.Start;
    }

    private static SlotReading? ReadAmount(string text, string defaultCurrency, string culture)
    {
        var amounts = FindAmounts(text);
        if (ForeignSpans(text) is { Count: > 0 } foreign)
        {
            // "budget about 150 000 PLN", "10 lakh INR": an amount in a currency we do not price in is never taken for
            // euros; the rest of the answer is read without it ("… so maybe 45-50k EUR", "(approx USD 30k)"), and an amount
            // found there is the prospect's own conversion, confirmed
            var blanked = text.ToCharArray();
            foreach (var (from, to) in foreign)
            {
                Array.Fill(blanked, ' ', from, to - from);
            }

            var rest = ReadAmount(new string(blanked), defaultCurrency, culture);
            return rest is { Value: BudgetEstimate { HasAmount: true } } && rest.Confidence > Confidence.Low
                ? rest with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                : rest is { Value: BudgetEstimate { HasAmount: false } } ? rest : null;
        }

        if (amounts.Count > 0 && UnstoredDollar(text))
        {
            // "20 to 25k-ish, that's in Kiwi dollars mind", "NZ$30k": a dollar of another country, or the code of a currency
            // not stored written in small letters, names no currency a budget is stored in, and the amounts are in it;
            // never a sure US dollar or euro, asked again
            return null;
        }

        var folded = FoldedText.Of(text);
        if (Magnitude(folded) is { } magnitude)
        {
            // "ein paar tausend", "kleiner fünfstelliger Betrag", "low six figures": an order of magnitude, no amount.
            // It becomes a range to confirm, never a silent exact number.
            var trimmed = text.Trim();
            var range = new BudgetEstimate(magnitude.Min, magnitude.Max, MagnitudeCurrency(text, folded) ?? NormalizeIso(defaultCurrency), false, trimmed)
            {
                Period = PeriodAnywhere(folded) ?? BudgetPeriod.Once,
            };
            return new SlotReading(QuestionStepsBudget, range, Confidence.Medium, trimmed) { Hint = ReadingHints.Approximate };
        }

        if (amounts.Count == 0)
        {
            return ReadWithoutDigits(text, folded, defaultCurrency, culture);
        }

        if (amounts.Count > 1 && OurPartAt(folded, amounts) is { } ourPart)
        {
            // "1 million for the whole program, your part maybe 50-80k": the amount said for the part this purchase is, not
            // the whole; confirmed, as the whole was said as well
            return ReadAmount(text[ourPart..], defaultCurrency, culture) is { Value: BudgetEstimate { HasAmount: true } } ours
                ? ours with { Confidence = Confidence.Medium, Hint = ours.Hint ?? ReadingHints.Ambiguous }
                : null;
        }

        if (amounts.Count > 1 && SettledAt(text, folded, amounts) is { } settled)
        {
            // "25k... or was it 30? let's say 30k": after a doubt, the amount the prospect settles on with "let's say" is the
            // one they give
            return ReadAmount(text[settled..], defaultCurrency, culture);
        }

        // "100 Mitarbeiter und ein Budget von 20k": when exactly one amount is marked as money, that is the budget
        var found = amounts;
        var marked = amounts.FindAll(a => a.Currency is not null || a.Multiplier > 1);
        // ("so um die 1000 im Monat, plus einmalig 3k": a bare amount with a period of its own is money too)
        if (amounts.Count > 1 && marked.Count == 1 && !BareTopAfter(text, amounts) && !IsRangeBetween(text, amounts[0].End, amounts[1].Start) &&
            !amounts.Exists(a => a.Currency is null && a.Multiplier == 1 && a.Value >= 100 && PeriodAfter(text, a.End) is not null) &&
            !(amounts.Count == 2 && (IsStretch(text, amounts[0], amounts[1]) || IsComparison(text, amounts[0].End, amounts[1].Start) ||
                                     GuessedTwice(text, amounts[0], amounts[1]) || TopAfterComma(text, amounts) is not null ||
                                     Bracketed(text, amounts) is not null)))
        {
            amounts = marked;
        }

        var named = FirstCurrency(amounts) ?? LoneCurrency(text, folded);
        // "50'000.-": the apostrophe grouping and the closing ".-" are how Swiss francs are written; without a currency
        // named the franc is a guess from the marks, confirmed
        var swiss = named is null && SwissWritten().IsMatch(text);
        var currency = named ?? (swiss ? "CHF" : NormalizeIso(defaultCurrency));
        var first = amounts[0];
        decimal? min = first.Value * first.Multiplier;
        decimal? max = min;
        var evidenceEnd = first.End;
        var confidence = Confidence.High;
        string? hint = null;

        // "35k – 5k sind schon weg": a second amount with its own unit below the first is no top of a range
        var rangeSecond = amounts.Count > 1 && IsRangeBetween(text, first.End, amounts[1].Start) &&
                          !(first.Multiplier > 1 && amounts[1].Multiplier > 1 && amounts[1].Value * amounts[1].Multiplier < first.Value * first.Multiplier)
            ? amounts[1]
            : (Amount?)null;
        var stretched = false;
        if (rangeSecond is null && amounts.Count == 2 && IsComparison(text, first.End, amounts[1].Start))
        {
            // "eher 3 als 5 tsd", "closer to 3k than 5k": the prospect weighs one amount against another, so the budget lies
            // between them, nearer the first; a range to confirm
            rangeSecond = amounts[1];
            stretched = true;
        }

        if (rangeSecond is null && amounts.Count == 2 && IsStretch(text, first, amounts[1]))
        {
            // "10k, maybe 15 if it's really good": a second, higher amount the prospect might stretch to; a range to confirm
            rangeSecond = amounts[1] with { Multiplier = amounts[1].Multiplier == 1 ? first.Multiplier : amounts[1].Multiplier };
            stretched = true;
        }

        if (rangeSecond is null && amounts.Count == 2 && GuessedTwice(text, first, amounts[1]))
        {
            // "hmm 10, 12k?", "8, 10k": two guesses with a comma between, the unit said with the second; a range to confirm
            rangeSecond = amounts[1];
            stretched = true;
        }

        if (rangeSecond is null && BareTopAfter(text, amounts) && amounts[1] is var top)
        {
            // "maybe 8k? 10 max": a second bare number with a bound after it is the most the prospect would go to, in the
            // first one's unit; a range to confirm, as the unit is carried over
            rangeSecond = top with { Multiplier = first.Multiplier };
            stretched = true;
        }

        if (rangeSecond is null && TopAfterComma(text, amounts) is { } cap)
        {
            // "about 300 GBP monthly, max 400", "5k, maximal 8": a first amount, then after a comma the most the prospect
            // would go to, in the first one's unit and currency; a range to confirm
            rangeSecond = cap;
            stretched = true;
        }

        if (rangeSecond is null && Bracketed(text, amounts) is { } upper)
        {
            // "more than 50k but less than 80k", "über 20k, aber unter 30k": a floor and then a ceiling are the range
            // between them, not the floor alone; confirmed, as the prospect gives no amount
            rangeSecond = upper;
            stretched = true;
        }

        if (rangeSecond is { } second)
        {
            var low = first.Value * first.Multiplier;
            var high = second.Value * second.Multiplier;
            if (first.Multiplier == 1 && second.Multiplier > 1 && first.Value * second.Multiplier <= high)
            {
                low = first.Value * second.Multiplier; // "20-50k"
            }
            else if (first.Multiplier == 1 && !first.HasGrouping && second.HasGrouping && low < 1000 && low * 1000 <= high)
            {
                low *= 1000; // "10 bis 15.000 €"
            }
            else if (first.Multiplier == 1 && second.Multiplier == 1 && !first.HasGrouping && first.Value == decimal.Truncate(first.Value) &&
                     low is >= 1 and < 100 && high is >= 1000 and < 100_000 && low * 1000 <= high && low * 10_000 > high)
            {
                // "5-6000", "zwischen 8 und 12000": the thousands said once, with the second end, are the first end's too;
                // confirmed, as the first end is bare
                low *= 1000;
                confidence = Confidence.Medium;
                hint = ReadingHints.Ambiguous;
            }
            else if (first.Multiplier > 1 && second.Multiplier == 1 && second.Currency is null && !second.HasGrouping && second.Value < 1000 &&
                     second.Value * first.Multiplier > low)
            {
                high = second.Value * first.Multiplier; // "10k-15", "1k or 2": the unit said with the first end is the second's too
            }

            if (low > high)
            {
                (low, high) = (high, low);
            }

            min = low;
            max = high;
            evidenceEnd = second.End;
            if (stretched)
            {
                confidence = Confidence.Medium;
                hint = ReadingHints.Hedged;
            }

            if (amounts.Count > 2)
            {
                confidence = Confidence.Medium;
                hint = ReadingHints.Ambiguous;
            }
        }
        else
        {
            var before = FoldedText.Of(text[..first.Start]);
            if (EndsWith(before, LowerBound) && NegatedBound(before, LowerBound))
            {
                // "can't spend more than 500", "wir wollen nicht über 2000 gehen": at most
                min = null;
            }
            else if (amounts.Count == 1 && EndsWith(before, LowerBound) && DeniedAfter(FoldedText.Of(text[first.End..])))
            {
                // "Über 100.000 € sicher nicht", "more than 50k? definitely not": the lower bound denied after the amount
                // is the most; the words of the denial are not weighed further, so confirmed
                min = null;
                confidence = Confidence.Medium;
                hint = ReadingHints.Ambiguous;
            }
            else if (EndsWith(before, UpperBound) && NegatedBound(before, UpperBound))
            {
                // "won't go below 10k", "nicht unter 10k": at least
                max = null;
            }
            else if (FromNothing(before, text[..first.Start]))
            {
                // "zwischen 0 und 10k", "somewhere between nothing and 10k", "0-5k": a range that starts at nothing is at
                // most its top, never the top as an exact amount
                min = null;
            }
            else if (EndsWith(before, UpperBound) || SignBefore(text, first.Start) is '<' ||
                     amounts.Count == 1 && StartsWith(FoldedText.Of(text[first.End..]), UpperBoundAfter, upper: true))
            {
                // "bis 30.000 €", and after the amount: "$30k max", "100k tops"
                min = null;
            }
            else if (amounts.Count == 1 && BoundByReference(FoldedText.Of(text[first.End..])))
            {
                // "we spend 40k a year on our current tool, so not more than that": a last clause that bounds "that" amount
                // from above; what the amount was said of before it is left unread, so confirmed
                min = null;
                confidence = Confidence.Medium;
                hint = ReadingHints.Ambiguous;
            }
            else if (EndsWith(before, LowerBound) || SignBefore(text, first.Start) is '>' ||
                     amounts.Count == 1 && (StartsWith(FoldedText.Of(text[first.End..]), LowerBoundAfter, upper: false) || PlusAfter(text, first.End)))
            {
                // "ab 10k", and after the amount: "20k or more", "10.000 € aufwärts"
                max = null;
            }

            if (amounts.Count > 1)
            {
                // "20k einmalig und 2k im Monat": two amounts that are not a range. When they are for different periods,
                // no one amount is the budget: asked again, never one of them stored with the other's period.
                // An amount said to be paid once, then one per period ("$15k one-time plus $500/mo", "10.000€ einmalig +
                // 300€/Monat"), is the budget of the purchase, the other its running costs: the once amount, confirmed.
                // The same sum said again for another period ("5 tis. měsíčně, also 60 tausend pro Jahr") is the first
                // amount, confirmed.
                var firstPeriod = PeriodAfter(text, first.End);
                confidence = amounts.Skip(1).Any(a => PeriodAfter(text, a.End) != firstPeriod && !SameSumPerYear(first, firstPeriod, a, PeriodAfter(text, a.End))) &&
                             !(firstPeriod is null && OnceBeside(text, first.Start, first.End))
                    ? Confidence.Low
                    : Confidence.Medium;
                hint = ReadingHints.Ambiguous;
            }
        }

        var separate = amounts.Count > 1 && rangeSecond is null;
        // "40k one-time, plus maybe a monthly fee on top": an amount said to be once keeps no period named elsewhere
        var once = OnceBeside(text, first.Start, evidenceEnd);
        // ("£1.5k/mo, maybe 2k if it works": the period said with the first end of a range is the range's)
        var periodAfter = PeriodAfter(text, evidenceEnd) ?? (rangeSecond is not null ? PeriodAfter(text, first.End) : null);
        var periodAnywhere = !separate && periodAfter is null ? PeriodAnywhere(folded) : null;
        var period = separate || once ? periodAfter : periodAfter ?? periodAnywhere;
        if (periodAnywhere is not null && PeriodInLaterClause(folded, evidenceEnd))
        {
            // "$5k-$10k for setup, then monthly whatever's reasonable": a period word in a later clause that holds no
            // amount may belong to something else than the amount (running costs still open); the amount, with that
            // period or kept once when a word of paying once stands beside it, is confirmed at most
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        var value = (min ?? max)!.Value;
        if (rangeSecond is null && amounts.Count == 1 && first.Multiplier == 1 && first.Currency is null && !first.HasGrouping && first.Value < 100 &&
            first.Value != decimal.Truncate(first.Value))
        {
            // "so um die 7,5": a bare number with a fraction is no budget in euros and cents; thousands are meant, but not
            // said, so the amount is confirmed
            min *= 1000;
            max *= 1000;
            value *= 1000;
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (rangeSecond is null && amounts.Count == 1 && first.Multiplier == 1 && first.Currency is null && !first.HasGrouping &&
            value is >= 1 and < 100 && value == decimal.Truncate(value) && period is null && named is null && !text.Contains('%') &&
            folded.Words.Count(w => w.IsNumber) == 1 && folded.Words.All(w => w.IsNumber || BareGuessWords.Contains(w.Text)))
        {
            // "20", "so um die 20", "not sure, maybe 20?": a whole number below a hundred and nothing but hedges is thousands
            // to the prospects who write one, but the unit is not said, so the amount is confirmed
            min *= 1000;
            max *= 1000;
            value *= 1000;
            confidence = Confidence.Medium;
            hint = ReadingHints.Implausible;
        }

        if (rangeSecond is { } bareEnd && amounts.Count == 2 && first.Multiplier == 1 && bareEnd.Multiplier == 1 && first.Currency is null &&
            bareEnd.Currency is null && !first.HasGrouping && !bareEnd.HasGrouping && first.Value >= 1 && bareEnd.Value < 100 &&
            first.Value == decimal.Truncate(first.Value) && bareEnd.Value == decimal.Truncate(bareEnd.Value) && min is not null && max is not null &&
            period is null && named is null && !text.Contains('%') && folded.Words.Count(w => w.IsNumber) == 2 &&
            folded.Words.All(w => w.IsNumber || BareGuessWords.Contains(w.Text) || w.Text is "bis" or "to" or "und" or "and" or "zwischen" or "between" or
                "or" or "oder" or "hard" or "schwer" or "zu" or "difficult" or "tough"))
        {
            // "20-30", "roughly 35-40", "so 10 bis 15": a range of two whole numbers below a hundred and nothing but hedges
            // is thousands, like a single one; the unit is not said, so the range is confirmed
            min *= 1000;
            max *= 1000;
            value *= 1000;
            confidence = Confidence.Medium;
            hint = ReadingHints.Implausible;
        }

        if (confidence == Confidence.High && max is not null && ConditionAfter(FoldedText.Of(text[evidenceEnd..])) &&
            !(min is not null && min < max && OnlyDependingOn(FoldedText.Of(text[evidenceEnd..]))))
        {
            // "bis 20.000 Euro, wenn Förderung kommt mehr", "30k, if the board agrees": a condition after the amount may
            // change it, and the reader does not weigh it; confirmed. At least an amount stays: "could go higher if it
            // works" leaves its bound as it is
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && first.Multiplier == 1 && first.Currency is null && value < 100 &&
            !folded.ContainsWord("budget"))
        {
            // "20" or "5": a budget that small is more likely "20k" meant; confirm rather than guess.
            confidence = Confidence.Medium;
            hint = ReadingHints.Implausible;
        }

        if (confidence == Confidence.High && rangeSecond is null && amounts.Count == 1 && first.Multiplier == 1 && first.Currency is null &&
            !first.HasGrouping && value is >= 100 and < 1000 && period is null && named is null && folded.Words.Count(w => w.IsNumber) == 1 &&
            folded.Words.All(w => w.IsNumber || BareGuessWords.Contains(w.Text)))
        {
            // "100", "so 300": a bare number in the hundreds with no currency, unit or period is as likely thousands left
            // unsaid as euros, and writers read it either way; confirmed, never taken silently
            confidence = Confidence.Medium;
            hint = ReadingHints.Implausible;
        }

        if (rangeSecond is null && amounts.Count == 1 && min == max && MovedBound(FoldedText.Of(text[evidenceEnd..])) is { } moved)
        {
            // "so um die 5k, eher weniger", "around 10k, probably more": a hedge after the amount moves it towards a
            // bound; the amount as that bound, confirmed, never a sure point
            if (moved < 0)
            {
                min = null;
            }
            else
            {
                max = null;
            }

            confidence = Confidence.Medium;
            hint = ReadingHints.Hedged;
        }

        if (confidence == Confidence.High && rangeSecond is { } bareTop && first.Multiplier == 1 && bareTop.Multiplier == 1 && first.Currency is null &&
            bareTop.Currency is null && named is null && !first.HasGrouping && !bareTop.HasGrouping && max < 1000 && period is null)
        {
            // "100-150": a range of two bare small numbers with no currency, unit or period is as likely thousands left
            // unsaid as euros; confirmed, never stored as sure
            confidence = Confidence.Medium;
            hint = ReadingHints.Implausible;
        }

        if (confidence == Confidence.High && (folded.Contains(Hedges) || GuessAfterNotKnowing(folded)))
        {
            confidence = Confidence.Medium;
            hint = ReadingHints.Hedged;
        }

        if (confidence == Confidence.High && period is BudgetPeriod.Year or null && Enumerable.Range(0, folded.Count).Any(i => FirstYear(folded, i)))
        {
            // "$100k for year one", "50.000 € im ersten Jahr": careful readers record the first year as a yearly amount or
            // as one sum for that year alone; confirmed
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && period is null && folded.Contains(ForBudgetYear))
        {
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && folded.Contains(Requested))
        {
            // "Fördermittel sind beantragt (ca. 3.000 €)", "we've applied for a grant of $5,000": money applied for is not
            // granted yet, so the amount may change; confirmed
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && PerUnit(folded))
        {
            // "10 Euro pro Nutzer im Monat", "2k per seat": a price per user is no budget until the users are counted
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && SaysPast(folded))
        {
            // "we spent 40k on the last tool", "letztes Jahr hatten wir 10k": what was spent before is no budget for this
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && min == max && HasBoundWord(folded))
        {
            // a bound the reader did not place ("50k, mehr ist echt nicht drin"): the amount is confirmed
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (min == max && amounts.Count == 1 && (FoldedText.Of(text[first.End..]).Contains(DrawnFromPot) || PotForAll(folded)))
        {
            // "we allocate 200k annually for sales tooling, this would come out of that": an overall pot the purchase would
            // be paid from is its upper bound, not its price; how much of it is for this is the prospect's to confirm
            min = null;
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (confidence == Confidence.High && min == max && amounts.Count == 1 && WiderWhole(folded))
        {
            // "1,2 Mio für das ganze Digitalisierungsprojekt", "50k, but that includes hardware too": the amount pays for
            // more than this purchase, so how much of it is for this is the prospect's to confirm; a part said to be less
            // or not known ("so less for software", "für euren Teil weiß ich nicht") makes it the upper bound
            if (folded.Contains(OurPart) || folded.Words.Any(w => w.Text is "less" or "weniger"))
            {
                min = null;
            }

            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (min == max && min is { } each && PerUnit(folded) && UnitCount(folded, first.End) is { } count)
        {
            // "$100/user/month, 10 users": the price per user times the users counted, for the price's period; confirmed
            min = max = each * count;
            period = PeriodAfter(text, first.End) ?? period;
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (min == max && min is { } perThing && rangeSecond is null && !PerUnit(folded) && NamedUnitCount(folded, 0) is { } things)
        {
            // "~$1k/month per region, and we have 3 regions": an amount per a unit of the prospect's own, then how many of
            // them there are, is the amount times the count, for the amount's period; confirmed, as the multiplying is ours
            min = max = perThing * things;
            period = PeriodAfter(text, first.End) ?? period;
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (min == max && rangeSecond is null && min is { } pot && PotShare(text, first, found) is { } share)
        {
            // "Quartalsbudget 18k, davon könnten wir ein Drittel nehmen", "1,2 Mio für das gesamte Projekt, davon für euch
            // vielleicht 50k", "about 1.5m for the whole upgrade, maybe 5% of that": a pot, then the share of it for this
            // purchase, is the share, in the pot's currency and period; the reckoning is ours, so confirmed. A pot said
            // to pay for this among other things ("… und wollen damit u.a. …") is its upper bound, confirmed
            if (share.Part is { } part)
            {
                min = max = part;
            }
            else if (share.Factor is { } factor)
            {
                min = max = decimal.Round(pot * factor, 2);
            }
            else
            {
                min = null;
            }

            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        if (swiss && confidence == Confidence.High)
        {
            confidence = Confidence.Medium;
            hint = ReadingHints.Ambiguous;
        }

        var estimate = new BudgetEstimate(min, max, currency, false, text.Trim()) { Period = period ?? BudgetPeriod.Once };
        return new SlotReading(QuestionStepsBudget, estimate, confidence, text[first.Start..evidenceEnd].Trim()) { Hint = hint };
    }

    private const string QuestionStepsBudget = "budget";

    // Words after an amount that take a share of it ("davon", "of that"), and words that say it pays for this among
    // other things.
    private static readonly string[][] ShareOf = Phrases.Of(
        "davon", "of that", "of it", "of which", "of this", "von dem", "vom topf", "of the pot");

    private static readonly string[][] AmongOthers = Phrases.Of(
        "u a", "u.a", "unter anderem", "among other things", "amongst other things", "among others");

    private static readonly Dictionary<string, decimal> FractionWords = new(StringComparer.Ordinal)
    {
        ["haelfte"] = 0.5m, ["half"] = 0.5m, ["drittel"] = 1m / 3, ["third"] = 1m / 3, ["viertel"] = 0.25m, ["fuenftel"] = 0.2m,
        ["fifth"] = 0.2m, ["zehntel"] = 0.1m, ["tenth"] = 0.1m,
    };

    /// <summary>The share of a pot said after its amount: another amount (in the pot's unit when bare and small), a fraction
    /// or a percentage; or only that the pot pays for this among other things (neither set). Null when no share is said.</summary>
    private static (decimal? Part, decimal? Factor)? PotShare(string text, Amount pot, List<Amount> amounts)
    {
        var after = FoldedText.Of(text[pot.End..]);
        var (at, length) = after.Find(ShareOf);
        if (at < 0 || at + length < after.Count && after[at + length].Text is "ab" or "aus")
        {
            // ("hängt davon ab": no share)
            return after.Contains(AmongOthers) ? (null, null) : null;
        }

        if (Percent().Match(text, pot.End) is { Success: true } percent &&
            decimal.TryParse(percent.Groups[1].Value.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var share))
        {
            // "maybe 5% of that", "davon 10 Prozent"
            return share is > 0 and < 100 ? (null, share / 100) : null;
        }

        var from = pot.End + after[at].Start;
        foreach (var a in amounts)
        {
            if (a.Start <= pot.Start || a.End <= from)
            {
                continue;
            }

            var part = a.Value * (a.Multiplier == 1 && a.Currency is null && !a.HasGrouping && a.Value < 1000 ? pot.Multiplier : a.Multiplier);
            return part < pot.Value * pot.Multiplier ? (part, null) : null;
        }

        for (var i = 0; i < after.Count; i++)
        {
            if (FractionWords.TryGetValue(after[i].Text, out var fraction))
            {
                // "zwei Drittel", "two thirds"
                var times = i > 0 && after[i - 1].Text is "zwei" or "two" ? 2 : i > 0 && after[i - 1].Text is "drei" or "three" ? 3 : 1;
                return (null, fraction * times);
            }

            if (after[i].Text is "thirds" && i > 0 && after[i - 1].Text is "two")
            {
                return (null, 2m / 3);
            }
        }

        return (null, null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*(?:%|percent\b|prozent\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Percent();

    /// <summary>The second of two amounts when a lower bound stands before the first and only "but"/"and" and an upper
    /// bound between them ("more than 50k but less than 80k"), in the first one's unit when said bare and greater than the
    /// first; null otherwise.</summary>
    private static Amount? Bracketed(string text, List<Amount> amounts)
    {
        if (amounts.Count != 2 || amounts[1].Currency is { } c && amounts[0].Currency is { } d && c != d)
        {
            return null;
        }

        var (first, top) = (amounts[0], amounts[1]);
        var before = FoldedText.Of(text[..first.Start]);
        var between = FoldedText.Of(text[first.End..top.Start]);
        if (!EndsWith(before, LowerBound) || NegatedBound(before, LowerBound) || !EndsWith(between, UpperBound) ||
            NegatedBound(between, UpperBound))
        {
            return null;
        }

        // only the bound and a joining word between the two: "but less than", ", aber unter", "and under"
        var bound = BoundAt(between, UpperBound);
        for (var i = 0; i < bound; i++)
        {
            if (between[i].Text is not ("but" or "aber" or "and" or "und" or "jedoch" or "doch" or "yet"))
            {
                return null;
            }
        }

        var carried = top.Multiplier == 1 && first.Multiplier > 1 && !top.HasGrouping && top.Value < 1000
            ? top with { Multiplier = first.Multiplier }
            : top;
        return carried.Value * carried.Multiplier > first.Value * first.Multiplier ? carried : null;
    }

    /// <summary>The second of two amounts when a comma and an upper bound stand between them and it is greater than the
    /// first, in the first one's unit when said bare ("about 300 GBP monthly, max 400"); null otherwise.</summary>
    private static Amount? TopAfterComma(string text, List<Amount> amounts)
    {
        if (amounts.Count != 2)
        {
            return null;
        }

        var (first, top) = (amounts[0], amounts[1]);
        if (top.Currency is not null && top.Currency != first.Currency)
        {
            return null;
        }

        var between = text[first.End..top.Start];
        if (!between.Contains(','))
        {
            return null;
        }

        var bound = FoldedText.Of(between[(between.LastIndexOf(',') + 1)..]);
        if (bound.Count == 1 && bound[0].Text is "vielleicht" or "eventuell" or "evtl" or "maybe" or "perhaps" or "possibly" &&
            first is { Multiplier: 1, Value: >= 1000 } && top is { Multiplier: 1, Currency: null, HasGrouping: false, Value: < 1000 } &&
            top.Value * 1000 > first.Value && top.Value * 1000 <= first.Value * 3 && text[top.End..].Trim().Length == 0)
        {
            // "so um die 8000, vielleicht 10": a stretch said in thousands after a full amount is the range's top; confirmed
            return top with { Multiplier = 1000 };
        }

        if (!EndsWith(bound, UpperBound) || bound.Count > 2)
        {
            return null;
        }

        // ("10k, bis zu 20 Mitarbeiter": a count of something else after the second number makes it no amount)
        var after = FoldedText.Of(text[top.End..]);
        if (after.Count > 0 && !text[top.End..].TrimStart().StartsWith(',') && PeriodAfter(text, top.End) is null &&
            CurrencyOf(after[0].Text, afterNumber: true) is null &&
            after[0].Text is not ("if" or "wenn" or "falls" or "but" or "aber" or "maybe" or "vielleicht" or "tops" or "ideally" or "bitte" or "please"))
        {
            return null;
        }

        var carried = top.Multiplier == 1 && first.Multiplier > 1 && !top.HasGrouping && top.Value < 1000
            ? top with { Multiplier = first.Multiplier }
            : top;
        return carried.Value * carried.Multiplier > first.Value * first.Multiplier ? carried : null;
    }

    /// <summary>"maybe 8k? 10 max": two amounts, the first with a multiplier, the second a bare greater number with a bound
    /// word right after it.</summary>
    private static bool BareTopAfter(string text, List<Amount> amounts) =>
        amounts.Count == 2 && amounts[0].Multiplier > 1 && amounts[1] is { Multiplier: 1, Currency: null, HasGrouping: false } top &&
        top.Value > amounts[0].Value && top.Value < 1000 && PeriodAfter(text, amounts[0].End) is null && StartsWith(FoldedText.Of(text[top.End..]), UpperBoundAfter, upper: true);

    /// <summary>"20k, nee eher 25": a bare small number that corrects an amount said with a unit is in that unit and its
    /// currency; the unit is carried over, not said, so the amount is confirmed. Null when the correction is no such
    /// number.</summary>
    internal static SlotReading? InMagnitudeOf(string before, SlotReading corrected, string defaultCurrency, string culture)
    {
        if (corrected is not { Hint: ReadingHints.Implausible, Value: BudgetEstimate { Minimum: { } v, Maximum: { } top } said } || v != top ||
            Read(before, defaultCurrency, culture) is not { Value: BudgetEstimate { Minimum: { } first, Maximum: { } firstTop } earlier } || first != firstTop)
        {
            return null;
        }

        foreach (var unit in (decimal[])[1_000_000m, 1_000m])
        {
            if (first >= unit && v * unit * 10 >= first && v * unit <= first * 10)
            {
                return corrected with
                {
                    Value = said with { Minimum = v * unit, Maximum = v * unit, Currency = earlier.Currency ?? said.Currency },
                    Confidence = Confidence.Medium,
                    Hint = ReadingHints.Approximate,
                };
            }
        }

        return null;
    }

    /// <summary>A bare count of users, seats or licences after the price ("10 users", "für 12 Nutzer", "wir sind 8 Leute"),
    /// or null.</summary>
    private static decimal? UnitCount(FoldedText folded, int from)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Start < from || !folded[i].IsNumber || folded[i].Text.Length > 5)
            {
                continue;
            }

            if (folded[i + 1].Text is "users" or "user" or "seats" or "seat" or "nutzer" or "lizenzen" or "licenses" or "licences" or "mitarbeiter" or
                "employees" or "agents" or "reps" or "accounts" or "logins" or "arbeitsplaetze" or "leute" or "people" or "personen" &&
                decimal.TryParse(folded[i].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 1)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>"… per region, and we have 3 regions", "pro Filiale, wir haben 4 Filialen", "Pro Kurs ca. 150 €, bei 40
    /// Kursen": the count of a unit named after "per"/"pro"/"je"/"each" (before the amount or after it), when the count
    /// names the same unit (its plural too); null otherwise. A period after "per" is the amount's period, no unit.</summary>
    private static decimal? NamedUnitCount(FoldedText folded, int from)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i].Start < from || folded[i - 1].Text is not ("per" or "pro" or "je" or "each") || folded[i].IsNumber ||
                PeriodWords.Contains(folded[i].Text) || folded[i].Text.Length < 3)
            {
                continue;
            }

            var unit = folded[i].Text;
            for (var k = i + 1; k + 1 < folded.Count; k++)
            {
                var counted = folded[k + 1].Text;
                if (folded[k].IsNumber && folded[k].Text.Length <= 3 && (counted == unit || counted.StartsWith(unit, StringComparison.Ordinal) && counted.Length - unit.Length <= 2) &&
                    decimal.TryParse(folded[k].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 2)
                {
                    return count;
                }
            }
        }

        return null;
    }

    private static readonly HashSet<string> FewWords = new(StringComparer.Ordinal)
    {
        "paar", "einige", "mehrere", "etliche", "few", "couple", "several", "some",
    };

    private static decimal? UnitOf(string word) => word switch
    {
        "hundert" or "hunderte" or "hundred" or "hundreds" => 100m,
        "tausend" or "tausende" or "tausender" or "thousand" or "thousands" or "grand" or "k" or "tsd" or "mille" => 1_000m,
        "zehntausend" or "zehntausende" => 10_000m,
        "millionen" or "million" or "millions" or "mio" or "mil" or "mill" => 1_000_000m,
        _ => null,
    };

    private static int DigitsOf(string word) => word switch
    {
        "drei" or "three" or "3" => 3,
        "vier" or "four" or "4" => 4,
        "fuenf" or "five" or "5" => 5,
        "sechs" or "six" or "6" => 6,
        "sieben" or "seven" or "7" => 7,
        _ => 0,
    };

    /// <summary>An order of magnitude instead of an amount: "ein paar tausend", "several thousand", "fünfstellig",
    /// "im niedrigen 5-stelligen Bereich", "low six figures". One pass over the words.</summary>
    private static (decimal Min, decimal Max)? Magnitude(FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            var word = folded[i].Text;
            if (UnitOf(word) is { } unit && (FewWords.Contains(folded[i - 1].Text) ||
                folded[i - 1].Text == "of" && i > 1 && folded[i - 2].Text == "couple"))
            {
                return (2 * unit, 9 * unit);
            }
        }

        for (var i = 0; i < folded.Count; i++)
        {
            var word = folded[i].Text;
            var digits = 0;
            if (word.StartsWith("stellig", StringComparison.Ordinal) && i > 0)
            {
                digits = DigitsOf(folded[i - 1].Text); // "5-stellig", "5 stelligen"
            }
            else if (word.Contains("stellig", StringComparison.Ordinal))
            {
                digits = DigitsOf(word[..word.IndexOf("stellig", StringComparison.Ordinal)]); // "fuenfstellig"
            }
            else if (word is "figure" or "figures" && i > 0)
            {
                digits = DigitsOf(folded[i - 1].Text); // "five figures", "six-figure"
            }

            if (digits == 0)
            {
                continue;
            }

            var low = Pow10(digits - 1);
            var high = Pow10(digits) - 1;
            for (var j = 0; j < folded.Count; j++)
            {
                var w = folded[j].Text;
                if (w.StartsWith("niedrig", StringComparison.Ordinal) || w.StartsWith("klein", StringComparison.Ordinal) ||
                    w.StartsWith("unter", StringComparison.Ordinal) || w is "low" or "lower")
                {
                    return (low, 3 * low);
                }

                if (w.StartsWith("mittl", StringComparison.Ordinal) || w.StartsWith("mittel", StringComparison.Ordinal) ||
                    w is "mid" or "middle" or "medium")
                {
                    return (3 * low, 7 * low);
                }

                if (w.StartsWith("hoh", StringComparison.Ordinal) || w.StartsWith("hoch", StringComparison.Ordinal) ||
                    w.StartsWith("ober", StringComparison.Ordinal) || w.StartsWith("gross", StringComparison.Ordinal) ||
                    w is "high" or "upper")
                {
                    return (7 * low, high);
                }
            }

            return (low, high);
        }

        return null;
    }

    /// <summary>The currency named beside an order of magnitude ("a couple hundred bucks", "ein paar tausend Franken").</summary>
    private static string? MagnitudeCurrency(string text, FoldedText folded)
    {
        foreach (var word in folded.Words)
        {
            switch (word.Text)
            {
                case "dollar" or "dollars" or "usd" or "bucks":
                    return "USD";
                case "chf" or "franken" or "fr":
                    return "CHF";
                case "pfund" or "pound" or "pounds" or "gbp" or "quid":
                    return "GBP";
                case "eur" or "euro" or "euros":
                    return "EUR";
            }
        }

        return text.Contains('$', StringComparison.Ordinal) ? "USD" : text.Contains('£', StringComparison.Ordinal) ? "GBP" : null;
    }

    private static decimal Pow10(int n)
    {
        var value = 1m;
        for (var i = 0; i < n; i++)
        {
            value *= 10;
        }

        return value;
    }

    // Verbs of approving, setting or working out a budget ("freigeben", "set", "figure out"), as stems.
    private static readonly string[] SettleStems =
    [
        "freigeb", "freigegeb", "genehmig", "approv", "festgeleg", "festleg", "beschlo", "beschlie", "budgetier", "figur",
        "decid", "finaliz", "signed", "sign",
    ];

    private static bool SetsAnAmount(string word) =>
        word is "set" or "defined" or "fixed" or "definiert" ||
        Array.Exists(SettleStems, st => word.StartsWith(st, StringComparison.Ordinal));

    // Words that say it has not happened yet ("erst", "noch nicht", "hasn't … yet").
    private static readonly HashSet<string> NotYetWords = new(StringComparer.Ordinal)
    {
        "erst", "noch", "yet", "hasn't", "hasnt", "haven't", "havent", "isn't", "isnt", "not", "nicht", "muss", "must", "needs",
    };

    // Who else may know or set the budget.
    private static readonly HashSet<string> OthersWhoKnow = new(StringComparer.Ordinal)
    {
        "chef", "chefin", "boss", "cfo", "ceo", "gf", "geschaeftsfuehrung", "geschaeftsfuehrer", "geschaeftsfuehrerin", "finance",
        "finanzen", "buchhaltung", "controlling", "management", "manager", "einkauf", "procurement", "vorstand", "board",
        "inhaber", "inhaberin", "owner", "accounting", "partner", "kollege", "kollegin", "accountant", "accountants", "bookkeeper",
        "steuerberater", "steuerberaterin", "buchhalter", "buchhalterin", "accounts", "controller", "kaemmerei",
    };

    // Verbs of asking or knowing ("fragen", "ask", "knows", "sagen").
    private static readonly HashSet<string> AskOrKnow = new(StringComparer.Ordinal)
    {
        "fragen", "frage", "frag", "ask", "asking", "knows", "weiss", "sagen", "sagt", "say", "says", "check", "klaeren",
        "told", "tell", "gesagt", "mitgeteilt",
        // "accounts handles it", "das macht die Buchhaltung": the money is someone else's job, so theirs to say
        "handles", "handle", "macht", "kuemmert",
    };

    /// <summary>A verb of approving, setting or working out (<see cref="SettleStems"/>) with a word that says it has not
    /// happened yet, or "haven't thought about it".</summary>
    private static bool NotYetSettled(FoldedText folded) =>
        folded.Words.Any(w => NotYetWords.Contains(w.Text)) &&
        (folded.Words.Any(w => Array.Exists(SettleStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))) ||
         folded.Words.Any(w => w.Text is "set" or "thought" or "planned" or "geplant" or "ueberlegt"));

    // Verbs of telling, said of the amount.
    private static readonly HashSet<string> TellVerbs = new(StringComparer.Ordinal)
    {
        "verrate", "verraten", "verrat", "sage", "sag", "sagen", "nenne", "nennen", "tell", "telling", "share", "sharing", "disclose",
        "say", "saying",
    };

    /// <summary>A verb of telling with a negation ("verrate ich nicht", "won't tell").</summary>
    private static bool RefusesToTell(FoldedText folded) =>
        folded.Count <= 10 && folded.Words.Any(w => TellVerbs.Contains(w.Text)) &&
        folded.Words.Any(w => CommonWords.Negations.Contains(w.Text) || w.Text == "nope");

    /// <summary>A verb of telling in the first person with a negation in the words around it ("sag ich erstmal nix", "die
    /// Zahl sag ich aber noch nicht", "I won't say yet"); not being able to say ("kann ich nicht sagen", "can't say") is not
    /// knowing, read elsewhere.</summary>
    private static bool WithholdsAmount(FoldedText folded)
    {
        if (folded.Count > 12 || folded.Words.Any(w => w.Text is "kann" or "koennen" or "koennte" or "can't" or "cant" or "cannot" or "can" or
                "couldn't" or "couldnt" or "could" or "weiss" or "know" or "wissen"))
        {
            return false;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            if (!TellVerbs.Contains(folded[i].Text))
            {
                continue;
            }

            // German: "sag ich (Ihnen) (aber) (noch|erstmal) nicht/nichts/nix"
            if (i + 1 < folded.Count && folded[i + 1].Text == "ich")
            {
                for (var k = i + 2; k < Math.Min(folded.Count, i + 6) && !folded[k].AfterBreak; k++)
                {
                    // a bare "nicht" is read by the refusals below; a "nix" or a "noch nicht" would be read as none or
                    // not decided first
                    if (folded[k].Text is "nichts" or "nix" || folded[k].Text == "nicht" && folded[k - 1].Text is "noch" or "erstmal" or "vorerst")
                    {
                        return true;
                    }
                }
            }

            // English: "I won't say yet", "I'm not sharing it yet" ("yet" would make it not decided)
            for (var k = Math.Max(0, i - 2); k < i; k++)
            {
                if (folded[k].Text is "won't" or "wont" or "not" && folded.ContainsWord("yet") &&
                    folded.Words.Any(w => w.Text is "i" or "i'm" or "im" or "i'd" or "id" or "we" or "we're"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words that say the amount is no concern of the asker's: "none of your business", "geht Sie nichts an",
    /// a short "that's private" / "Privatsache".</summary>
    private static bool NotTheAskersConcern(FoldedText folded)
    {
        bool Has(params string[] words) => folded.Words.Any(w => words.Contains(w.Text));
        var yourBusiness = Has("business", "concern") && Has("your", "ur", "yours") && Has("none", "not", "nobody", "no");
        var gehtNichtsAn = Has("geht", "gehts") && Has("an") && Has("nichts", "nix", "nicht") && Has("sie", "dich", "euch", "ihnen", "dir");
        var private_ = folded.Count <= 4 && Has("private", "privat", "privatsache", "personal");
        return yourBusiness || gehtNichtsAn || private_;
    }

    /// <summary>Money still to be granted ("der Förderbescheid kommt erst im Februar", "we'd need the funding application
    /// approved first", "grant pending"): a word of funding beside a word that puts it later.</summary>
    private static bool FundingPending(FoldedText folded) =>
        folded.Words.Any(w => w.Text.StartsWith("foerder", StringComparison.Ordinal) || w.Text.StartsWith("zuschuss", StringComparison.Ordinal) ||
            w.Text.StartsWith("bewillig", StringComparison.Ordinal) || w.Text is "grant" or "grants" or "funding" or "funder" or "funders" or "bescheid" or "haushalt") &&
        folded.Words.Any(w => w.Text is "erst" or "first" or "pending" or "awaiting" or "waiting" or "warten" or "abwarten" or "until" or "bis" or
            "beantragt" or "applied" or "application" or "antrag");

    /// <summary>Knowing said to come later ("by end of FY we'll know", "wissen wir erst im Januar", "we'll find out in
    /// March").</summary>
    private static bool KnownLater(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            var (a, b) = (folded[i].Text, folded[i + 1].Text);
            if (a is "we'll" or "i'll" or "will" or "they'll" && b is "know" or "find" or "hear" ||
                a is "wissen" or "weiss" or "erfahren" && b is "wir" or "ich" && i + 2 < folded.Count && folded[i + 2].Text is "erst" or "es" or "das" or "mehr" ||
                a is "wissen" or "weiss" or "erfahren" && b is "erst")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Budget wird im Januar beschlossen", "the budget will be decided next month": a verb of deciding or
    /// approving put in the future, with no amount, says the budget is not set yet.</summary>
    private static bool DecidedLater(FoldedText folded)
    {
        bool Has(params string[] words) => folded.Words.Any(w => words.Contains(w.Text));
        var negated = Has("nicht", "not", "never", "nie", "kein", "keins", "no");
        if (Has("wird", "will", "gets", "going") &&
            Has("beschlossen", "entschieden", "genehmigt", "freigegeben", "verabschiedet", "abgesegnet", "decided", "approved", "finalized", "finalised", "signed") &&
            !negated)
        {
            return true;
        }

        // "Budget gibt's erst nach der Haushaltsplanung", "Budget gibt es erst im Frühjahr": a budget that only comes later
        if (Has("budget") && Has("gibts", "gibt's", "gibt") && Has("erst") && !negated)
        {
            return true;
        }

        // "das entscheidet der Stiftungsrat im März", "the committee approves it in February", "the board will decide the
        // budget in Q1", "Budget kommt erst im Januar": a deciding with a time still to come, or the budget said to come
        // then, is not done yet; without the time ("das entscheidet der Chef", "my boss will decide") someone else knows it
        // ("Q1" is read as "q" and "1"; a season is a time to come as a month is)
        var later = folded.Words.Any(w => TimelineReader.IsMonthName(w.Text) && w.Text != "may" || w.Text is "q" or "next" or "naechsten" or "naechste" or "naechstes" or
            "fruehjahr" or "fruehling" or "spring" or "sommer" or "summer" or "herbst" or "autumn");
        return later && !negated &&
               (Has("entscheidet", "entscheiden", "beschliesst", "beschliessen", "genehmigt", "approves", "decides", "votes", "sets") ||
                Has("will", "going", "gonna") && Has("decide", "approve", "set", "finalize", "finalise", "sign", "agree") ||
                Has("budget") && Has("kommt", "comes", "coming") && !Has("drauf", "darauf", "an", "depends"));
    }

    /// <summary>Whether the answer wishes to pay nothing ("free would be nice", "am liebsten umsonst", "ideally free"): a
    /// word of no price beside a word of wishing, not asked and not naming a free offer ("free trial", "free tier").</summary>
    private static bool FreeWished(FoldedText folded)
    {
        if (folded.HasQuestionMark)
        {
            return false;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is "free" or "umsonst" or "kostenlos" or "gratis" &&
                !(i + 1 < folded.Count && folded[i + 1].Text is "trial" or "tier" or "version" or "plan" or "account" or "demo" or "testversion" or "test") &&
                folded.Words.Any(w => w.Text is "would" or "wuerde" or "waere" or "waer" or "liebsten" or "ideally" or "idealerweise" or "hopefully" or
                    "hoffentlich" or "nice" or "prefer" or "preferably" or "schoen" or "super" or "toll" or "best" or "besten"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of knowing denied near it ("weiß ich leider noch nicht", "I honestly don't really know"): the
    /// prospect does not know, whatever fillers stand between; the "noch nicht" in it says nothing is set.</summary>
    private static bool KnowingDenied(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is not ("weiss" or "weis" or "know" or "wissen" or "wissens"))
            {
                continue;
            }

            // (within its clause: "…, nicht mein Bereich, weiß ich" denies something else)
            for (var k = Math.Max(0, i - 3); k < folded.Count && k <= i + 6 && !(k > i && folded[k].AfterBreak); k++)
            {
                if (k != i && CommonWords.Negations.Contains(folded[k].Text) && folded[k].Text is not ("no" or "kein" or "keine" or "keinen"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An amount in number words ("fünfzigtausend Euro", "half a million"), read by the Recognizers' models on a
    /// short text only, or null.</summary>
    private static SlotReading? NumberWords(string trimmed, FoldedText folded, string defaultCurrency, string culture)
    {
        if (trimmed.Length <= 120)
        {
            var spelled = SpelledNumberWords(trimmed);
            foreach (var c in new[] { culture, culture == RecognizerCulture.German ? RecognizerCulture.English : RecognizerCulture.German })
            {
                if (BudgetRecognizer.Recognize(spelled, c, defaultCurrency) is { IsUnknown: false } recognized && recognized.Amount > 0)
                {
                    var words = SharedMagnitude(OneAsLowerEnd(recognized, folded));
                    var counted = UnitThenCount(words, folded);
                    var unitThenCount = counted is not null;
                    words = counted ?? words;

                    // ("a hundert Euro im Monat, mehr ned": the bound as the last clause of its own)
                    var lastClause = Enumerable.Range(1, Math.Max(0, folded.Count - 1)).LastOrDefault(k => folded[k].AfterBreak, -1);
                    // ("zweihundert im Monat, mehr oder weniger": "more or less" is about, no bound)
                    var moreOrLess = folded.Count >= 3 && folded[folded.Count - 3].Text is "mehr" or "more" && folded[folded.Count - 1].Text is "weniger" or "less";
                    if (words.Minimum == words.Maximum && !moreOrLess && (EndsWith(folded, UpperBoundAfter) || StartsWith(folded, 0, UpperBound) ||
                        lastClause > 0 && ClauseIsBound(folded, lastClause, UpperBoundAfter, upper: true)))
                    {
                        words = words with { Minimum = null }; // "ten grand tops", "höchstens zehntausend"
                    }
                    else if (words.Minimum == words.Maximum && (EndsWith(folded, LowerBoundAfter) || StartsWith(folded, 0, LowerBound)))
                    {
                        words = words with { Maximum = null }; // "at least fifty thousand"
                    }

                    var period = PeriodAnywhere(folded);
                    // "low five figures" is no budget of 5: a small number word alone is confirmed, not taken
                    var small = words.Amount < 100;
                    if (small && words.Minimum == words.Maximum && period is null && !unitThenCount && OnlyNumberWordsAndHedges(trimmed, c, defaultCurrency))
                    {
                        // "so um die zwanzig", "maybe twenty": a small number in words with nothing but hedges is thousands,
                        // as the same number in digits is; the unit is not said, so it stays confirmed
                        words = words with { Minimum = words.Minimum * 1000, Maximum = words.Maximum * 1000 };
                    }

                    // ("half a mil": the short "mil" is a thousand in Spanish and Portuguese, so a million read from it is confirmed)
                    var confidence = folded.Contains(Hedges) || small || unitThenCount || UnknownWordOnUnit(spelled, words.Amount ?? 0) || ShortMillion().IsMatch(trimmed)
                        ? Confidence.Medium
                        : Confidence.High;
                    return new SlotReading(QuestionStepsBudget, words with { Period = period ?? BudgetPeriod.Once }, confidence, trimmed)
                    {
                        Hint = confidence == Confidence.High ? null : small ? ReadingHints.Implausible : ReadingHints.Hedged,
                    };
                }
            }
        }

        return null;
    }

    /// <summary>Whether every word of the answer is a hedge or a number word ("so um die zwanzig", "maybe twenty"), with
    /// no currency, unit or other word beside it.</summary>
    private static bool OnlyNumberWordsAndHedges(string trimmed, string culture, string defaultCurrency)
    {
        var folded = FoldedText.Of(trimmed);
        return folded.Count > 0 && folded.Words.Any(w => !BareGuessWords.Contains(w.Text)) && folded.Words.All(w =>
            BareGuessWords.Contains(w.Text) ||
            !w.IsNumber && !w.Text.Any(char.IsAsciiDigit) && BudgetRecognizer.Recognize(trimmed[w.Start..w.End], culture, defaultCurrency) is
                { IsUnknown: false, Amount: > 0 and < 100 });
    }

    // Words of not knowing that open a guess ("dunno, 50k?", "keine Ahnung, so 20 Tausend", "weiß noch nicht genau, aber
    // eher unter 10k").
    private static readonly string[][] NotKnowingOpeners = Phrases.Of(
        "weiss nicht", "weiss ich nicht", "weiss ich noch nicht", "weiss noch nicht", "weiss nicht genau", "weiss noch nicht genau",
        "keine ahnung", "k a", "don't know", "dont know", "do not know", "no idea", "dunno", "idk", "no clue", "not sure", "unsure");

    /// <summary>Whether the answer opens with not knowing and then, after a break, guesses with nothing denied: the
    /// amount after it is a guess ("I dunno, fifty thousand?", "keine Ahnung, 20k"), not what the prospect has.</summary>
    private static bool GuessAfterNotKnowing(FoldedText folded)
    {
        var (at, length) = folded.Find(NotKnowingOpeners);
        if (at < 0 || at > 3 || at + length >= folded.Count || !folded[at + length].AfterBreak)
        {
            return false;
        }

        for (var i = at + length; i < folded.Count; i++)
        {
            if (CommonWords.Negations.Contains(folded[i].Text))
            {
                return false;
            }
        }

        return folded.Find(NotKnowingOpeners, at + length).At < 0;
    }

    /// <summary>Someone else named beside a verb of asking or knowing: the amount is theirs to say.</summary>
    private static bool SomeoneElseKnows(FoldedText folded) =>
        SomeoneElseNamed(folded) &&
        folded.Words.Any(w => AskOrKnow.Contains(w.Text));

    /// <summary>Whether the answer names someone else who may know or set the amount (the boss, the owner), not as the
    /// writer's own role.</summary>
    private static bool SomeoneElseNamed(FoldedText folded) =>
        Enumerable.Range(0, folded.Count).Any(i => OthersWhoKnow.Contains(folded[i].Text) && !IsTheWriter(folded, i));

    /// <summary>Whether the role at <paramref name="at"/> is the writer's own ("I'm the owner", "ich bin der Chef", "as
    /// the owner"): what they say goes, which names no one else to ask.</summary>
    private static bool IsTheWriter(FoldedText folded, int at)
    {
        var k = at - 1;
        if (k >= 0 && folded[k].Text is "the" or "der" or "die" or "a" or "an" or "hier" && !folded[at].AfterBreak)
        {
            k--;
        }

        return k >= 0 && !folded[k + 1].AfterBreak && folded[k].Text is "i'm" or "im" or "am" or "bin" or "as" or "als";
    }

    private static SlotReading? ReadWithoutDigits(string text, FoldedText folded, string defaultCurrency, string culture)
    {
        var trimmed = text.Trim();
        if (folded.Count == 0 && CommonWords.ShrugOnly(text))
        {
            // a shrug alone: the prospect does not know, which the emoji only hints at; confirmed
            return UnknownConfirmed(trimmed);
        }

        if (folded.HasQuestionMark && folded.Contains(DependsWords) && (AsksOurPrice(folded) || AsksUs(folded)))
        {
            // ("kommt drauf an, was würdet ihr empfehlen?": a question to us after it asks back too)
            // "Depends. What do you charge?", "Hängt von Ihrem Preis ab, was kostet die Basisversion?": what it depends on
            // is our price, which the prospect asks for; a question back, no answer yet
            return null;
        }

        if (NotPlannedIn(folded) is { } planned)
        {
            // "Ein Budget haben wir dafür nicht eingeplant": none was planned in, like "kein Budget eingeplant" ("noch nicht
            // eingeplant": not yet)
            return new SlotReading(QuestionStepsBudget, planned ? BudgetEstimate.Undecided(trimmed) : BudgetEstimate.None(trimmed), Confidence.High, trimmed);
        }

        if (WithholdsAmount(folded) && !folded.Contains(UnknownPhrases) && !folded.Contains(RefusalPhrases))
        {
            // "Dazu sag ich erstmal nix", "Budget ist da, die Zahl sag ich aber noch nicht": the prospect will not say it,
            // which is neither "no budget" for the "nix" nor "not decided" for the "noch nicht"; unknown to sales, confirmed
            // like any refusal (the phrases of not saying read below keep their own confidence)
            return UnknownConfirmed(trimmed);
        }

        var dependsOn = DependsOnSomething(folded);
        var knowingDenied = KnowingDenied(folded);
        if (folded.Contains(UndecidedPhrases) && !folded.Contains(UnknownPhrases) && !knowingDenied && !folded.Contains(RefusalPhrases) || folded.Contains(SettledInternally) ||
            dependsOn)
        {
            // "kommt drauf an", "it depends", "hängt vom Angebot ab": a budget that depends on something is not set, but
            // whether the prospect has one is not said; most blind writers confirmed it
            var depends = folded.Contains(DependsAll) || dependsOn;
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed), depends ? Confidence.Medium : Confidence.High, trimmed)
            {
                Hint = depends ? ReadingHints.Ambiguous : null,
            };
        }

        if (folded.Contains(RefusalPhrases))
        {
            // "sag ich nicht", "I'd rather not say": unknown to sales, confirmed, as careful readers record a refusal as
            // unknown or as no answer to ask again about equally
            return UnknownConfirmed(trimmed);
        }

        // "idk" is "I don't know"; beside words of not having settled it yet ("idk yet, still working on it") those decide, above
        if (folded.Contains(UnknownPhrases) || folded.ContainsWord("idk") || knowingDenied)
        {
            if (GuessAfterNotKnowing(folded) && NumberWords(trimmed, folded, defaultCurrency, culture) is { } spelledGuess)
            {
                // "I dunno, fifty thousand?", "keine Ahnung, so zwanzigtausend": an amount guessed after not knowing is
                // the answer, confirmed
                return spelledGuess with { Confidence = Confidence.Medium, Hint = spelledGuess.Hint ?? ReadingHints.Hedged };
            }

            // "Das wissen wir noch nicht, kommt drauf an was die Zuschüsse hergeben": not knowing yet because the amount
            // depends on something is a budget not set yet, like "it depends"
            var dependsYet = (folded.Contains(DependsAll) || DependsOnSomething(folded)) && folded.Words.Any(w => w.Text is "noch" or "yet") &&
                             !SomeoneElseNamed(folded);
            if (NotYetSettled(folded) || DecidedLater(folded) || FundingPending(folded) || KnownLater(folded) || dependsYet)
            {
                // "weiß ich noch nicht, der Förderbescheid kommt erst im Februar", "we'd need the funding application
                // approved first, so can't say": not knowing because the money is still to be granted or set is a budget
                // not decided yet; confirmed, as not knowing alone is unknown
                return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
            }

            // "muss ich erst mit dem Chef klären", "I'll need to check with finance": clearing it with someone may be finding
            // the amount out or agreeing on it, and careful writers record either; unknown, confirmed
            // "don't know yet": English writers split on whether the amount is unknown to the prospect or not set yet
            // (the German "weiß ich noch nicht" is unknown to all of them); unknown, confirmed
            return ClearsItWithSomeone(folded) || folded.ContainsWord("know") && folded.ContainsWord("yet")
                ? UnknownConfirmed(trimmed)
                : new SlotReading(QuestionStepsBudget, BudgetEstimate.Unknown(trimmed), Confidence.High, trimmed);
        }

        if (NotTheAskersConcern(folded))
        {
            // "none of your business", "geht Sie nichts an", "that's private": a refusal to tell in other words is unknown,
            // never "none" for the "none"/"nichts" in it; confirmed like any refusal
            return UnknownConfirmed(trimmed);
        }

        if (FreeWished(folded))
        {
            // "free would be nice lol", "am liebsten umsonst": a wish to pay nothing, half a joke; no budget, confirmed
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.None(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
        }

        if (folded.Contains(NoLimitPhrases))
        {
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Approximate };
        }

        if (folded.Contains(NonePhrases) && (folded.Contains(Yet) || Enumerable.Range(0, folded.Count).Any(i => SetsAnAmount(folded[i].Text) && !SetAside(folded, i)) ||
                                             KnownLater(folded)) || NothingFixed(folded))
        {
            // "no budget set yet", "kein Budget bisher", "no budget set", "kein Budget festgelegt": none so far, or none
            // set, is not decided yet
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed), Confidence.High, trimmed);
        }

        if (folded.Contains(NonePhrases) || NoneThere(folded))
        {
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.None(trimmed), Confidence.High, trimmed);
        }

        if (HalfCompound(folded) is { } half)
        {
            // "zweieinhalbtausend", "anderthalb Millionen": the number model does not read these
            var estimate = new BudgetEstimate(half, half, MagnitudeCurrency(text, folded) ?? NormalizeIso(defaultCurrency), false, trimmed)
            {
                Period = PeriodAnywhere(folded) ?? BudgetPeriod.Once,
            };
            return new SlotReading(QuestionStepsBudget, estimate, folded.Contains(Hedges) ? Confidence.Medium : Confidence.High, trimmed);
        }

        if (QuarterCompound(folded) is { } quarters)
        {
            // "eine dreiviertel Million", "three-quarter million": the number models split the fraction from its unit
            var estimate = new BudgetEstimate(quarters, quarters, MagnitudeCurrency(text, folded) ?? NormalizeIso(defaultCurrency), false, trimmed)
            {
                Period = PeriodAfterQuarterWord(folded),
            };
            return new SlotReading(QuestionStepsBudget, estimate, folded.Contains(Hedges) ? Confidence.Medium : Confidence.High, trimmed);
        }

        // Number words ("fünfzigtausend Euro", "half a million"): the Recognizers' models, on a short text only.
        if (NumberWords(trimmed, folded, defaultCurrency, culture) is { } spelledReading)
        {
            return spelledReading;
        }

        if (NotYetSettled(folded) || DecidedLater(folded))
        {
            // "Budget wird erst im Januar freigegeben", "finance hasn't set it yet", "haven't figured that out": a budget
            // that is still to be approved, set or worked out is not decided yet, in whatever words
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed), Confidence.High, trimmed);
        }

        if (RefusesToTell(folded))
        {
            // "Das verrate ich Ihnen nicht", "not telling you that": a refusal to say, whatever its words, is unknown;
            // confirmed, as careful readers record it as unknown or ask again about equally
            return UnknownConfirmed(trimmed);
        }

        if (SomeoneElseKnows(folded))
        {
            // "da muss ich erst den Chef fragen", "ask my CFO", "my boss knows": the amount is someone else's to say, so
            // it is unknown to the prospect
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Unknown(trimmed), Confidence.High, trimmed);
        }

        if (SomeoneElseNamed(folded) &&
            folded.Words.Any(w => w.Text.StartsWith("entscheid", StringComparison.Ordinal) || w.Text is "decides" or "decide" or "bestimmt"))
        {
            // "das entscheidet der Chef", "my boss decides": the amount is someone else's to set, and whether it is set the
            // prospect does not say; unknown to them, confirmed
            return UnknownConfirmed(trimmed);
        }

        if (SomeoneElseNamed(folded) && folded.Words.Any(w => w.Text is "legt" or "legen" or "setzt") && folded.Words.Any(w => w.Text == "fest"))
        {
            // "das legt die Geschäftsführung fest", "Das legt der Chef noch fest": someone else sets the amount, which is not
            // set yet; sure only when "noch" says it is still to come
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed),
                folded.Words.Any(w => w.Text == "noch") ? Confidence.High : Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
        }

        if (PriceFirst(folded))
        {
            // "we'd need to see pricing first", "wir müssten erst ein Angebot sehen": the budget waits for the offer, like
            // "hängt vom Angebot ab"; confirmed, as no word says it is not set
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.Undecided(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Ambiguous };
        }

        if (folded.Contains(NonProfit) && !folded.Words.Any(w => w.IsNumber))
        {
            // "haha Budget 😂 wir sind ein Verein", "we're a nonprofit lol": a body that lives on little money given as the
            // whole answer hints at no budget without saying it; confirmed
            return new SlotReading(QuestionStepsBudget, BudgetEstimate.None(trimmed), Confidence.Medium, trimmed) { Hint = ReadingHints.Hedged };
        }

        return null;
    }

    // Every way of saying the budget depends on something ("kommt aufs Angebot an", "abhängig vom Preis", "je nach Umfang").
    private static readonly string[][] DependsAll = Phrases.Of(
        "depends", "depending", "kommt drauf an", "kommt darauf an", "kommt aufs", "kommt auf", "haengt", "abhaengig", "je nach",
        "je nachdem");

    /// <summary>A verb of clearing or checking the budget with someone ("klären", "abklären", "check with", "reden mit").</summary>
    private static bool ClearsItWithSomeone(FoldedText folded) =>
        folded.Words.Any(w => w.Text is "klaeren" or "abklaeren" or "check" or "checken" or "abchecken" or "reden" or "sprechen" or "besprechen" or
            "abstimmen" or "talk" or "discuss");

    // Nothing said to be fixed ("steht da nix fest", "nothing's decided", "nichts entschieden"): the none-word is what is
    // not fixed or decided, so the budget is not decided yet, never none.
    private static readonly HashSet<string> NoneWords = new(StringComparer.Ordinal)
    {
        "nix", "nichts", "nothing", "nothing's", "none", "nada", "kein", "keins", "keine",
    };

    /// <summary>"no budget set aside", "nothing set apart": money put by, not a budget fixed; without a "yet" none was put
    /// by, so none, while "no budget set" is one not decided yet.</summary>
    private static bool SetAside(FoldedText folded, int at) =>
        folded[at].Text == "set" && at + 1 < folded.Count && folded[at + 1].Text is "aside" or "apart";

    private static bool FixingWord(string word) =>
        word is "fest" or "feststeht" or "feststehen" or "entschieden" or "settled" or "decided" or "final" ||
        SetsAnAmount(word);

    /// <summary>A none-word and a verb of fixing, deciding or setting in the same clause, the none-word first ("vorher steht
    /// da nix fest", "nothing decided yet"); "kein Budget, das steht fest" puts a break between them and stays none.</summary>
    private static bool NothingFixed(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!NoneWords.Contains(folded[i].Text))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && !folded[k].AfterBreak; k++)
            {
                if (FixingWord(folded[k].Text) && !SetAside(folded, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[][] DependsWords = Phrases.Of(
        "depends", "depending", "kommt drauf an", "kommt darauf an", "haengt davon ab", "haengt von", "haengt vom", "haengt ab",
        "je nachdem");

    private static readonly HashSet<string> PriceWords = new(StringComparer.Ordinal)
    {
        "charge", "charges", "cost", "costs", "price", "prices", "pricing", "kostet", "kosten", "preis", "preise", "teuer", "expensive",
    };

    /// <summary>A price word in a sentence that ends in a question mark ("What do you charge?", "was kostet …?").</summary>
    private static bool AsksOurPrice(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (PriceWords.Contains(w.Text) && folded.Original.IndexOf('?', w.End) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word addressing us ("ihr", "euch", "you", a capitalized "Sie" inside a sentence) before a question mark
    /// after the words of "it depends".</summary>
    private static bool AsksUs(FoldedText folded)
    {
        var (at, length) = folded.Find(DependsWords);
        for (var i = at + length; at >= 0 && i < folded.Count; i++)
        {
            var w = folded[i];
            var addressed = w.Text is "ihr" or "euch" or "you" or "y'all" or "yall" ||
                            w.Text == "sie" && !w.AfterBreak && folded.Original[w.Start] == 'S' && folded.Original[..w.Start].TrimEnd() is var b && b.Length > 0 && b[^1] is not ('.' or '!' or '?');
            if (addressed && folded.Original.IndexOf('?', w.End) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Das hängt von Ihrem Angebot ab": "hängt" and its separable "ab" closing the same clause, whatever is
    /// between them.</summary>
    private static bool DependsOnSomething(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is not ("haengt" or "haengen"))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && !folded[k].AfterBreak; k++)
            {
                if (folded[k].Text == "ab" && (k + 1 == folded.Count || folded[k + 1].AfterBreak))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A budget said not to be planned in ("Ein Budget haben wir dafür nicht eingeplant"): true when a word of
    /// "yet" says not so far (not decided), false when none was planned (none), null when the message says neither.</summary>
    private static bool? NotPlannedIn(FoldedText folded)
    {
        if (!folded.Words.Any(w => w.Text is "budget" or "geld") || !folded.Words.Any(w => w.Text is "nicht" or "not") ||
            !folded.Words.Any(w => w.Text is "eingeplant" or "vorgesehen" or "budgetiert" or "eingestellt" or "budgeted" or "planned"))
        {
            return null;
        }

        return folded.Contains(Yet);
    }

    /// <summary>A verb of seeing or knowing, a price or offer and a word of "first": the budget waits for the offer.</summary>
    private static bool PriceFirst(FoldedText folded) =>
        !folded.HasQuestionMark &&
        folded.Words.Any(w => w.Text is "see" or "seeing" or "know" or "sehen" or "kennen" or "wissen" or "get" or "bekommen" or "haben") &&
        folded.Words.Any(w => w.Text is "pricing" or "price" or "prices" or "quote" or "offer" or "proposal" or "preise" or "preis" or "angebot" or "kosten" or "costs") &&
        folded.Words.Any(w => w.Text is "first" or "erst" or "erstmal" or "zuerst" or "vorher" or "before");

    // Words after "gibt's" that only say where ("gibt's bei uns nicht", "gibt es hier nicht").
    private static readonly HashSet<string> WhereWords = new(StringComparer.Ordinal) { "es", "bei", "uns", "hier", "da", "sowas", "so", "was", "eins" };

    /// <summary>"Budget? gibt's bei uns nicht", "gibt es hier nicht": a budget said not to exist, in the words of "there is
    /// none"; "gibt's noch nicht" is no budget yet and read before this.</summary>
    private static bool NoneThere(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is not ("gibt's" or "gibts" or "gibt" or "gibt'"))
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && k <= i + 4; k++)
            {
                if (folded[k].Text == "nicht" || CommonWords.DialectNicht.Contains(folded[k].Text))
                {
                    return k == folded.Count - 1 || folded[k + 1].AfterBreak;
                }

                if (!WhereWords.Contains(folded[k].Text))
                {
                    break;
                }
            }
        }

        return false;
    }

    // The lower end of a range that is nothing ("zwischen nichts und", "between 0 and", "0-").
    private static readonly HashSet<string> NothingWords = new(StringComparer.Ordinal) { "0", "null", "nichts", "nix", "nothing", "zero", "nada" };

    /// <summary>Whether the words before the only amount end with a range from nothing: "zwischen 0 und", "between nothing
    /// and", "von null bis", "0-".</summary>
    private static bool FromNothing(FoldedText before, string raw)
    {
        var n = before.Count;
        if (n == 0)
        {
            return false;
        }

        if (NothingWords.Contains(before[n - 1].Text))
        {
            // "0-10k", "0 – 5k": the range sign right after the nothing
            var tail = raw.TrimEnd();
            return tail.EndsWith('-') || tail.EndsWith('–');
        }

        if (n < 3 || !NothingWords.Contains(before[n - 2].Text))
        {
            return false;
        }

        return before[n - 1].Text switch
        {
            "und" or "and" => before[n - 3].Text is "zwischen" or "between",
            "bis" or "to" => before[n - 3].Text is "von" or "from" or "zwischen" or "between" || before[n - 2].IsNumber,
            _ => false,
        };
    }

    private static readonly string[][] NonProfit = Phrases.Of(
        "wir sind ein verein", "sind nur ein verein", "wir sind ein gemeinnuetziger verein", "wir sind gemeinnuetzig",
        "sind ehrenamtlich", "we're a nonprofit", "we are a nonprofit", "we're a non profit", "we are a non profit",
        "we're a charity", "we are a charity", "we're a small charity", "we're a small nonprofit");

    /// <summary>German number words typed without umlaut or ß ("dreissigtausend", "fuenfzig", "zwoelf") written the way
    /// the number models know them.</summary>
    private static readonly (string Word, decimal Value)[] HalfBases =
    [
        ("anderthalb", 1.5m), ("eineinhalb", 1.5m), ("zweieinhalb", 2.5m), ("dreieinhalb", 3.5m), ("viereinhalb", 4.5m),
        ("fuenfeinhalb", 5.5m), ("sechseinhalb", 6.5m), ("siebeneinhalb", 7.5m), ("achteinhalb", 8.5m), ("neuneinhalb", 9.5m),
        ("zehneinhalb", 10.5m),
    ];

    /// <summary>"zweieinhalbtausend", "dreieinhalb tausend", "anderthalb Millionen": a half number word with its unit.</summary>
    private static decimal? HalfCompound(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            foreach (var (word, value) in HalfBases)
            {
                if (!w.StartsWith(word, StringComparison.Ordinal))
                {
                    continue;
                }

                var unit = w.Length > word.Length ? UnitOf(w[word.Length..]) : i + 1 < folded.Count ? UnitOf(folded[i + 1].Text) : null;
                if (unit is { } u and >= 1000)
                {
                    return value * u;
                }
            }
        }

        return null;
    }

    private static string SpelledNumberWords(string text)
    {
        if (text.TrimStart().StartsWith("hundred ", StringComparison.OrdinalIgnoreCase))
        {
            // "hundred k", "hundred grand": spoken English leaves out the "a" before a hundred that opens the answer
            text = "one " + text.TrimStart();
        }

        if (text.Contains('-'))
        {
            // "zehn- bis zwanzigtausend": the German hyphen that leaves the shared end to the next word is no minus sign
            text = TruncatedNumberWord().Replace(text, "$1 ");
        }

        if (text.Contains("zwoa", StringComparison.OrdinalIgnoreCase) || text.Contains("zwoi", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("oans", StringComparison.OrdinalIgnoreCase) || text.Contains("drü", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("fümf", StringComparison.OrdinalIgnoreCase))
        {
            // Bavarian and Swiss number words ("zwoa-tausend", "drü tuusig") are the standard ones to the number models
            text = DialectNumbers().Replace(text, m => FoldedText.Fold(m.Groups[1].Value) switch
            {
                "oans" => "eins",
                "drue" => "drei",
                "fuemf" => "fünf",
                _ => "zwei",
            });
        }

        if (text.Contains("ausend", StringComparison.OrdinalIgnoreCase))
        {
            // "zwanzig-tausend", "zwanzich-dausend": a number word joined to its thousand by a hyphen is one number, not a range
            // from it to a thousand; "dausend" is the spoken "tausend" of the east and south
            text = SpokenThousand().Replace(HyphenBeforeThousand().Replace(text, ""), "$1tausend");
        }

        if (text.Contains("zich", StringComparison.OrdinalIgnoreCase) || text.Contains("ßich", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("ssich", StringComparison.OrdinalIgnoreCase) || text.Contains("fuffz", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("fuchz", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("mille", StringComparison.OrdinalIgnoreCase) || text.Contains("a grand", StringComparison.OrdinalIgnoreCase))
        {
            // "Fuffzich Mille", "zwanzich", "dreißich": the tens of spoken German end in "-ich" ("fuffzig" is "fünfzig"); "Mille" is a
            // thousand and "a grand" one thousand, which the number models do not know
            // ("fuffzichtausend": the spoken tens written onto "tausend" are read the same; "fuffzehn", "fuchzig": the spoken
            // "fünf" before "-zehn" and "-zig")
            text = SpokenNumbers().Replace(text, m =>
            {
                var thousand = m.Value.Length > 7 && m.Value.EndsWith("tausend", StringComparison.OrdinalIgnoreCase) ? "tausend" : "";
                var head = m.Value[..^thousand.Length];
                return head.ToLowerInvariant() switch
                {
                    "mille" => "tausend",
                    "a grand" => "one thousand",
                    var w when w.StartsWith("fuffz", StringComparison.Ordinal) || w.StartsWith("fuchz", StringComparison.Ordinal) =>
                        w.EndsWith("zehn", StringComparison.Ordinal) ? "fünfzehn" : "fünfzig",
                    _ => head[..^2] + "g",
                } + thousand;
            });
        }

        if (text.Contains("mila", StringComparison.OrdinalIgnoreCase))
        {
            // "cinquemila euro", "ventimila": the Italian thousands are written as one word, which the number models do not
            // know
            text = ItalianThousands().Replace(text, m => ItalianUnits.TryGetValue(m.Groups[1].Value.ToLowerInvariant(), out var unit)
                ? (unit * 1000).ToString(CultureInfo.InvariantCulture)
                : m.Value);
        }

        if (text.Contains("mil", StringComparison.OrdinalIgnoreCase))
        {
            // "half a mil", "a mill": the short spoken "mil" for a million, which the number models do not know
            text = ShortMillion().Replace(text, "million");
        }

        if (text.Contains("riese", StringComparison.OrdinalIgnoreCase))
        {
            // "fuffzig Riesen", "zwanzig Riesen": "Riesen" after a number word is a thousand, like after digits ("ein riesen
            // Budget" is no number)
            text = GiantsAfterNumber().Replace(text, "tausend");
        }

        if (!text.Contains("ss", StringComparison.OrdinalIgnoreCase) && !text.Contains("ue", StringComparison.OrdinalIgnoreCase) &&
            !text.Contains("oe", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return text.Replace("dreissig", "dreißig", StringComparison.OrdinalIgnoreCase)
            .Replace("fuenf", "fünf", StringComparison.OrdinalIgnoreCase)
            .Replace("zwoelf", "zwölf", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Dictionary<string, int> ItalianUnits = new(StringComparer.Ordinal)
    {
        ["due"] = 2, ["tre"] = 3, ["quattro"] = 4, ["cinque"] = 5, ["sei"] = 6, ["sette"] = 7, ["otto"] = 8, ["nove"] = 9,
        ["dieci"] = 10, ["dodici"] = 12, ["quindici"] = 15, ["venti"] = 20, ["venticinque"] = 25, ["trenta"] = 30,
        ["quaranta"] = 40, ["cinquanta"] = 50, ["sessanta"] = 60, ["settanta"] = 70, ["ottanta"] = 80, ["novanta"] = 90,
        ["cento"] = 100, ["duecento"] = 200, ["trecento"] = 300, ["cinquecento"] = 500,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\p{L}+)mila\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ItalianThousands();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L})-(?=[td]ausend\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HyphenBeforeThousand();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\p{L}*)dausend\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpokenThousand();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{L})-\s+(?=(?:bis|und|oder)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TruncatedNumberWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=(?:zig|ßig|ssig|hundert|zehn|elf|zwölf|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)\s+)riesen?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GiantsAfterNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(zwoa|zwoi|oans|drü|fümf)(?:-(?=\p{L})|\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DialectNumbers();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\p{L}+(?:zich|ßich|ssich)(?:tausend)?|(?:fuffz|fuchz)(?:ig|ehn)(?:tausend)?|mille|a grand)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpokenNumbers();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+(?:and a half|und (?:ein )?halb|einhalb)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HalfAfter();

    // Swiss ways of writing an amount: the apostrophe between thousands ("50'000") and ".-" for no rappen ("120.-").
    [System.Text.RegularExpressions.GeneratedRegex(@"\d['’]\d{3}(?!\d)|\d\.[-–](?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SwissWritten();

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d)(?:\s*-?\s*(?:ish|odd)(?:\s+or\s+so)?|\s+(?:or|oder)\s+so)(\s*(?:k|tsd\.?|tausend|thousand|grand|mio\.?|m|million|millionen)(?!\p{L}))", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HedgeBeforeMultiplier();

    // ("so 20 bis 25, also tausend natürlich", "15, I mean thousand": the unit said last in a clause of its own, after the numbers)
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:in|im|en)\s+(?:thousands?|tausend(?:ern)?|tsd|k|k€|teur|keur|milliers|migliaia)(?!\p{L})|\d\s*[,;:–-]\s*(?:(?:also|ich\s+meine?|i\s+mean|sprich|natürlich|of\s+course)\s+)?(?:tausend|thousand)\s*(?:(?:natürlich|of\s+course|obviously|gemeint|meine\s+ich|i\s+mean)\s*)?[.!)]*\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InThousands();

    // A period in the language of a prospect writing German or English as a second one ("/ an", "par mois", "měsíčně",
    // "miesięcznie", "al mese", "per maand", "om året"); "an" alone is a German word, so only after a slash or "par".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<month>\s*/\s*(?:mois|mes|mese|maand|mnd|měsíc|mesiac|miesiąc|månad|måned)\b|\b(?:par|per|al|por|au|na|om|i|pr\.?)\s+(?:mois|mes|mese|maand|měsíc|mesiac|miesiąc|månad|måned|månaden|måneden)\b|\b(?:mensuel(?:le)?s?|mensuellement|mensile|mensili|mensual(?:es|mente)?|maandelijks|měsíčně|mesačne|miesięcznie|havonta|månedlig|månatligen|aylık)\b)|(?<quarter>\s*/\s*trimestre\b|\b(?:par|per|al|por)\s+(?:trimestre|kwartaal)\b|\b(?:trimestriel(?:le)?s?|trimestrale|trimestral(?:es)?|kwartalnie|čtvrtletně)\b)|(?<year>\s*/\s*(?:an|année|anno|año|jaar|rok|år)\b|\b(?:par|per|al|por|na|om|pr\.?)\s+(?:an|année|anno|año|jaar|rok|år|året)\b|\b(?:à |a )?l'(?:an|anno)\b|\ball'anno\b|\bi året\b|\b(?:annuel(?:le)?s?|annuellement|annuale|annuali|anual(?:es|mente)?|jaarlijks|ročně|ročne|rocznie|évente|årlig(?:en)?|yıllık)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ForeignPeriod();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IndianGrouping();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(?:(?<a>\d{1,2})(?<join>\s*(?:-|–|to|and|or|bis|und|oder)\s*))?(?<b>\d{1,2})\s*(?<unit>hundred\s+thousand|hunderttausend|hundert\s+tausend)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SharedHundredThousand();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bmill?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShortMillion();

    /// <summary>"Zwoa-tausend": a word the number models do not know, joined to the unit, leaves the unit alone; the
    /// amount it reads is a guess and is confirmed.</summary>
    private static bool UnknownWordOnUnit(string text, decimal amount)
    {
        if (amount is not (100m or 1_000m or 1_000_000m))
        {
            return false;
        }

        for (var i = text.IndexOf('-', StringComparison.Ordinal); i > 0; i = text.IndexOf('-', i + 1))
        {
            var end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (char.IsLetter(text[i - 1]) && end > i + 1 && UnitOf(FoldedText.Fold(text[(i + 1)..end])) is not null)
            {
                return true;
            }
        }

        // "fuchzehn tausend", "zwanzge Riesen": a word shaped like a number word the models do not know, before the unit,
        // leaves the unit alone just as well
        return NumberShapedWordOnUnit().IsMatch(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\p{L}*(?:zehn|zig|zich|ßig|ssig|sich|teen|tee|ty|hundert|hundred)|(?:fuf|fuch|zwan|zwo|drei|vier|fünf|fuenf|sech|sieb|acht|neun|elf|zwölf|zwoelf|twen|thir|four|fif|six|seven|eigh|nine|eleven|twel)\p{L}*)\s+(?:tausend|thousand|grand|riesen?|mille|k|million|millionen|mio)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NumberShapedWordOnUnit();

    private static readonly string[][] OneTo = Phrases.Of("ein bis", "eine bis", "eins bis", "one to", "a to", "one or", "ein oder");

    /// <summary>"ein bis zwei Millionen", "one to two million": the number models take "ein"/"one" for an article and drop
    /// the lower end; it is one of the upper end's magnitude.</summary>
    private static BudgetEstimate OneAsLowerEnd(BudgetEstimate estimate, FoldedText folded)
    {
        if (estimate.Maximum is not { } max || (estimate.Minimum is { } min && min != max) || !folded.Contains(OneTo))
        {
            return estimate;
        }

        foreach (var magnitude in (decimal[])[1_000_000m, 1_000m])
        {
            if (max > magnitude && max < magnitude * 10)
            {
                return estimate with { Minimum = magnitude };
            }
        }

        return estimate;
    }

    /// <summary>"a grand or two", "tausend oder zwei": one of a unit, then a count after "or"/"to" that the number models
    /// read as a bare number; the count is of the unit, a range spoken loosely (confirmed by the caller).</summary>
    private static BudgetEstimate? UnitThenCount(BudgetEstimate estimate, FoldedText folded)
    {
        if (estimate is not { Minimum: { } min, Maximum: { } max } || max is not (1_000m or 1_000_000m) || min < 2 || min > 9 ||
            min != decimal.Truncate(min) || !folded.Words.Any(w => w.Text is "or" or "oder" or "to" or "bis"))
        {
            return null;
        }

        return estimate with { Minimum = max, Maximum = min * max };
    }

    /// <summary>"zehn bis fünfzehntausend", "one to two million": the magnitude said once belongs to both ends of the range.</summary>
    private static BudgetEstimate SharedMagnitude(BudgetEstimate estimate)
    {
        if (estimate is not { Minimum: { } min, Maximum: { } max } || min <= 0 || min >= max)
        {
            return estimate;
        }

        foreach (var magnitude in (decimal[])[1_000_000m, 1_000m])
        {
            if (max >= magnitude && min < magnitude && min * magnitude <= max && min * magnitude * 10 > max)
            {
                return estimate with { Minimum = min * magnitude };
            }
        }

        return estimate;
    }

    private static bool EndsWith(FoldedText before, string[][] phrases) => BoundAt(before, phrases) >= 0;

    /// <summary>Whether the bound word that ends <paramref name="before"/> is negated in its own clause ("can't spend
    /// more than", "wollen nicht über", "won't go below"): the bound is the other way round.</summary>
    private static bool NegatedBound(FoldedText before, string[][] phrases)
    {
        var at = BoundAt(before, phrases);
        for (var i = at - 1; at > 0 && i >= 0 && i >= at - 4; i--)
        {
            // the dialects' "ned", "nit", "nöd", the spoken "ain't" and "nothing"/"nichts" deny like "nicht" ("nothing
            // more than 3000"); "net", an English word too, only right before the bound ("net mehr als 3000")
            if (CommonWords.Negations.Contains(before[i].Text) || before[i].Text is "ain't" or "aint" or "nothing" or "nichts" or "nix" ||
                CommonWords.DialectNicht.Contains(before[i].Text) && (before[i].Text != "net" || i == at - 1))
            {
                return true;
            }

            if (before[i + 1].AfterBreak)
            {
                break;
            }
        }

        return false;
    }

    // Words that may stand beside a negation in a clause that only denies what was said before it ("sicher nicht",
    // "definitely not", "auf keinen Fall").
    private static readonly HashSet<string> DenialWords = new(StringComparer.Ordinal)
    {
        "sicher", "bestimmt", "definitiv", "garantiert", "ganz", "auf", "gar", "fall", "wohl", "eher", "aber", "also",
        "definitely", "certainly", "surely", "absolutely", "probably", "way", "but", "that's", "thats", "is", "ist", "das",
        "wird", "es", "it", "will", "be", "sein",
    };

    /// <summary>Whether the first clause after an amount only denies it ("sicher nicht", "definitely not", "no way").</summary>
    private static bool DeniedAfter(FoldedText after)
    {
        var end = 0;
        var denied = false;
        while (end < after.Count && (end == 0 || !after[end].AfterBreak))
        {
            var w = after[end].Text;
            if (CommonWords.Negations.Contains(w))
            {
                denied = true;
            }
            else if (!DenialWords.Contains(w))
            {
                return false;
            }

            end++;
        }

        return denied && end <= 5;
    }

    /// <summary>Where the bound phrase that ends <paramref name="before"/> starts, or -1.</summary>
    private static int BoundAt(FoldedText before, string[][] phrases)
    {
        // the bound word may be followed by "ca." / "about"
        var n = before.Count;
        for (var skip = 0; skip <= 2 && skip <= n; skip++)
        {
            foreach (var p in phrases)
            {
                if (before.MatchesAt(n - skip - p.Length, p))
                {
                    var tail = true;
                    for (var k = n - skip; k < n; k++)
                    {
                        if (!IsApprox(before, k))
                        {
                            tail = false;
                            break;
                        }
                    }

                    if (tail)
                    {
                        return n - skip - p.Length;
                    }
                }
            }
        }

        return -1;
    }

    private static bool IsApprox(FoldedText text, int at)
    {
        foreach (var p in Approx)
        {
            if (p.Length == 1 && text[at].Text == p[0])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two amounts are weighed against each other: "als"/"than" alone between them ("eher 3 als 5 tsd",
    /// "more like 3k than 5k").</summary>
    private static bool IsComparison(string text, int from, int to)
    {
        var words = FoldedText.Of(text[from..to]);
        return words.Count == 1 && words[0].Text is "als" or "than";
    }

    /// <summary>Whether a bare number, a comma and a lower-looking amount with a unit are two guesses at one budget ("10,
    /// 12k"): the first alone would be no budget, and with the second's unit it is the lower.</summary>
    private static bool GuessedTwice(string text, Amount first, Amount second) =>
        text[first.End..second.Start].Trim() == "," && text[first.End] == ',' && first.Multiplier == 1 && first.Currency is null &&
        !first.HasGrouping && second.Multiplier > 1 && first.Value < second.Value ||
        // "5? 10?": two guesses each asked, in the same unit
        text[first.End..second.Start].Trim() == "?" && text[first.End] == '?' && first.Currency is null && second.Currency is null &&
        first.Multiplier == second.Multiplier && !first.HasGrouping && !second.HasGrouping && first.Value < second.Value;

    private static bool IsRangeBetween(string text, int from, int to)
    {
        var between = text[from..to].Trim();
        if (between.Length == 0)
        {
            return false;
        }

        // "zw. 5 u. 8 tsd": "u." is the written short "und"
        if (between is "-" or "–" or "—" or "/" or "bis" or "to" or "and" or "und" or "or" or "oder" or "~" or "u." or "&")
        {
            return true;
        }

        var words = FoldedText.Of(between);
        if (words.Count == 1 && words[0].Text is "bis" or "to" or "and" or "und" or "or" or "oder" or "til" or "till" or "until")
        {
            return true;
        }

        return words.Count == 2 && words[0].Text is "bis" or "to" && (words[1].Text is "ca" or "etwa" or "about" or "maximal" or "max");
    }

    private static BudgetPeriod? PeriodAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        var skip = 0;
        while (skip < rest.Length && (rest[skip] == ' ' || rest[skip] == '/' || char.IsPunctuation(rest[skip]) && rest[skip] != ',' && rest[skip] != '.'))
        {
            skip++;
        }

        var window = FoldedText.Of(new string(rest[..Math.Min(rest.Length, 40)]));
        if (window.Count == 0)
        {
            return null;
        }

        // "5k/m" is a month; "20k/a" a year.
        if (skip > 0 && rest[..skip].Contains('/'))
        {
            switch (window[0].Text)
            {
                case "m": return BudgetPeriod.Month;
                case "a" or "j" or "y": return BudgetPeriod.Year;
                case "q": return BudgetPeriod.Quarter;
            }
        }

        if (ShortPeriod(window, skip > 0 && rest[..skip].Contains('/')) is { } shortPeriod)
        {
            return shortPeriod;
        }

        for (var at = 0; at < Math.Min(window.Count, 4); at++)
        {
            // a break, another amount or "einmalig" ends what belongs to this amount ("20k einmalig plus 1k monatlich")
            if (window.Count > at && at > 0 && (window[at].AfterBreak || window[at].IsNumber) || OnceWords.Contains(window[at].Text) ||
                window[at].Text is "then" or "dann" or "danach")
            {
                // "6k, then a monthly fee": what comes after "then" is another cost
                break;
            }

            if (window[at].Text is "fiscal" or "financial" && at + 1 < window.Count && window[at + 1].Text == "year" ||
                at > 0 && window[at - 1].Text is "for" or "fuer" or "fuers" or "das" && at + 1 < window.Count &&
                window[at].Text is "this" or "next" or "coming" or "current" or "dieses" or "naechstes" or "naechste" or "kommende" or "laufende" &&
                window[at + 1].Text is "year" or "jahr")
            {
                // "£8k for this financial year": the sum set for one budget year, no rate (see ForBudgetYear)
                break;
            }

            if (at > 0 && IsYearCount(window[at - 1].Text) && YearsWords.Contains(window[at].Text))
            {
                // "for a four-year contract": the length of the contract, no period of payment
                break;
            }

            if (StartsWith(window, at, MonthPeriod)) return BudgetPeriod.Month;
            if (StartsWith(window, at, QuarterPeriod)) return BudgetPeriod.Quarter;
            if (StartsWith(window, at, YearPeriod)) return BudgetPeriod.Year;
        }

        return null;
    }

    // Words after an amount that move it towards a bound (-1 at most, +1 at least). A hedge that only leaves it rough
    // ("give or take", "more or less") is an approximation like "ca." and stays sure: most blind writers kept it so.
    private static readonly (string[][] Phrases, int Direction)[] BoundMoves =
    [
        (Phrases.Of("eher weniger", "eher drunter", "eher darunter", "tendenziell weniger", "wohl weniger", "wahrscheinlich weniger",
            "rather less", "probably less", "likely less", "if anything less", "more likely less", "lieber weniger",
            // ("2000 a month, maybe less": a doubt towards less still caps the amount)
            "maybe less", "possibly less", "perhaps less", "vielleicht weniger", "vielleicht auch weniger", "eventuell weniger",
            "evtl weniger"), -1),
        (Phrases.Of("eher mehr", "eher drueber", "eher darueber", "tendenziell mehr", "wohl mehr", "wahrscheinlich mehr", "rather more",
            "probably more", "likely more", "if anything more", "more likely more"), 1),
    ];

    /// <summary>The way a hedge in the words after the amount moves it: -1 towards at most, +1 towards at least; null when
    /// none is said.</summary>
    private static int? MovedBound(FoldedText after)
    {
        foreach (var (phrases, direction) in BoundMoves)
        {
            if (after.Contains(phrases))
            {
                return direction;
            }
        }

        return null;
    }

    /// <summary>Whether the first period word after the amount ending at <paramref name="end"/> stands in a later clause
    /// (after a break or "then"/"dann"/"plus"), which holds no amount of its own.</summary>
    private static bool PeriodInLaterClause(FoldedText folded, int end)
    {
        var later = false;
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Start < end)
            {
                continue;
            }

            later |= folded[i].AfterBreak || folded[i].Text is "then" or "dann" or "danach" or "plus" or "later" or "spaeter" or "laufend" or "ongoing";
            if (folded[i].IsNumber || folded[i].Text is "ohne" or "without" || later && CommonWords.Negations.Contains(folded[i].Text))
            {
                // "…, no monthly fees please": a period denied in its clause belongs to nothing
                return false;
            }

            foreach (var p in PeriodWordsAnywhere)
            {
                if (folded.MatchesAt(i, p))
                {
                    return later;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word of paying once stands beside the amount from <paramref name="start"/> to <paramref name="end"/>:
    /// right after it or within three words after it in its clause ("40k one-time", "$5k for setup", "10k für die
    /// Einrichtung"), or within three words before it ("einmalig 15.000", "setup about 5k").</summary>
    private static bool OnceBeside(string text, int start, int end)
    {
        if (OnceAfter(text, end))
        {
            return true;
        }

        var after = FoldedText.Of(text.Substring(end, Math.Min(text.Length - end, 40)));
        for (var i = 0; i < Math.Min(after.Count, 4); i++)
        {
            if (i > 0 && after[i].AfterBreak || after[i].IsNumber)
            {
                break;
            }

            if (IsOnceWord(after, i))
            {
                return true;
            }
        }

        var before = FoldedText.Of(text[Math.Max(0, start - 40)..start]);
        for (var i = before.Count - 1; i >= Math.Max(0, before.Count - 3); i--)
        {
            if (IsOnceWord(before, i))
            {
                return true;
            }

            if (before[i].AfterBreak || before[i].IsNumber)
            {
                break;
            }
        }

        return false;
    }

    private static bool IsOnceWord(FoldedText words, int i) =>
        OnceWords.Contains(words[i].Text) && (words[i].Text != "one" || i + 1 < words.Count && words[i + 1].Text is "time" or "off") &&
        words[i].Text is not ("once" or "einmal") || words[i].Text is "set" && i + 1 < words.Count && words[i + 1].Text == "up" ||
        words[i].Text is "einrichtungskosten" or "setupkosten" or "implementation" or "implementierung" or "einfuehrung" or "onboarding";

    /// <summary>Whether a word of paying once follows the amount ending at <paramref name="end"/> ("40k one-time", "20k
    /// einmalig").</summary>
    private static bool OnceAfter(string text, int end)
    {
        var window = FoldedText.Of(text.Substring(end, Math.Min(text.Length - end, 20)));
        return window.Count > 0 && !window[0].IsNumber && OnceWords.Contains(window[0].Text) &&
               (window[0].Text != "one" || window.Count > 1 && window[1].Text is "time" or "off");
    }

    private static readonly HashSet<string> OnceWords = new(StringComparer.Ordinal)
    {
        "einmalig", "einmal", "once", "one", "setup", "initial", "initially", "upfront", "einrichtung",
    };

    private static bool StartsWith(FoldedText text, int at, string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (p.Length > 1 || p[0].Length > 2 || p[0] is "mo" or "pm" or "yr")
            {
                if (text.MatchesAt(at, p))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[][] PeriodWordsAnywhere = Phrases.Of(
        "pro monat", "im monat", "monatlich", "je monat", "per month", "a month", "each month", "every month", "monthly",
        "monatsbudget", "monthly budget");

    /// <summary>A period said as an adjective or in a compound before or beside the amount ("annual 24k", "jährliche
    /// 6.000 €", "monatliches Budget 500 €", "Jahresetat 20k"): the amount is for that period, never a one-off sum. "annual"
    /// before revenue or a report names no budget's period ("annual revenue 5M").</summary>
    private static BudgetPeriod? PeriodAdjective(FoldedText folded, int i)
    {
        var w = folded[i].Text;
        if (w.StartsWith("monatlich", StringComparison.Ordinal) || w is "monatl" or "monatskosten" or "monatsrate" or "monatsbeitrag" or "monatsetat")
        {
            return BudgetPeriod.Month;
        }

        if (w.StartsWith("vierteljaehrlich", StringComparison.Ordinal) || w is "vierteljaehrl" or "quartalsetat" or "quartalskosten")
        {
            return BudgetPeriod.Quarter;
        }

        if (w.StartsWith("jaehrlich", StringComparison.Ordinal) || w is "jaehrl" or "jahresetat" or "jahreskosten" or "jahresbeitrag" or "jahresgebuehr" ||
            w == "annual" && !(i + 1 < folded.Count && folded[i + 1].Text is "revenue" or "revenues" or "turnover" or "sales" or "report" or "income" or "profit"))
        {
            return BudgetPeriod.Year;
        }

        return null;
    }

    // A period a budget is not stored in, longer than a month and not a quarter or year: half a year or two years.
    private static readonly string[][] UnstoredLongPeriods = Phrases.Of(
        "semi annual", "semi annually", "semiannual", "semiannually", "bi annual", "bi annually", "biannual", "biannually",
        "half yearly", "half year", "half a year", "biennial", "biennially", "every six months", "every 6 months",
        "every two years", "every 2 years", "alle sechs monate", "alle 6 monate", "alle zwei jahre", "alle 2 jahre",
        "pro halbjahr", "je halbjahr", "im halbjahr", "per halbjahr");

    /// <summary>Whether the amount is said per half year or per two years ("halbjährlich 5k", "5k semi-annually", "10k alle
    /// zwei Jahre"): no period a budget is stored in, and neither a one-off sum nor a yearly one; asked again.</summary>
    private static bool UnstoredLongPeriod(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Words.Any(w => w.Text.StartsWith("halbjaehrlich", StringComparison.Ordinal) || w.Text.StartsWith("zweijaehrlich", StringComparison.Ordinal)))
        {
            return true;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            foreach (var p in UnstoredLongPeriods)
            {
                // "half a year" or "half year" alone is a time ("in half a year"); per half year only with a word of paying
                // per it before
                if (folded.MatchesAt(i, p) && (p[0] != "half" || p.Length == 2 && p[1] == "yearly" ||
                                                i > 0 && folded[i - 1].Text is "per" or "every" or "each"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"$15k for all new tooling", "15k für alle neuen Tools": a sum for every purchase of a kind is the pot this
    /// one is paid from, never its price ("for all users" names who the price covers, so it is no pot).</summary>
    private static bool PotForAll(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is not ("for" or "fuer") || folded[i + 1].Text is not ("all" or "alle" or "saemtliche" or "everything" or "alles"))
            {
                continue;
            }

            var k = i + 2;
            while (k < folded.Count && folded[k].Text is "new" or "neuen" or "neue" or "our" or "unsere" or "the" or "other" or "anderen")
            {
                k++;
            }

            if (k < folded.Count && PotNouns.Contains(folded[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Things a budget may include that this purchase is not ("inkl. Hardware", "includes the website").
    private static readonly HashSet<string> OutsideThings = new(StringComparer.Ordinal)
    {
        "hardware", "website", "webseite", "homepage", "server", "servers", "geraete", "devices", "laptops", "rechner",
        "computer", "computers", "moebel", "furniture", "umbau", "renovation", "fahrzeuge", "vehicles",
    };

    /// <summary>Whether the amount is said for a whole wider than this purchase: digitalisation as a whole ("für die ganze
    /// Digitalisierung", "Digitalisierungsprojekt", "digital program", "for digital tools") or a sum that includes things
    /// this purchase is not ("inkl. Hardware", "that includes hardware too").</summary>
    private static bool WiderWhole(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (w.StartsWith("digitalisierung", StringComparison.Ordinal) || w is "digitalisation" or "digitalization" ||
                w is "digital" or "digitale" or "digitalen" && i + 1 < folded.Count &&
                folded[i + 1].Text is "program" or "programme" or "programm" or "transformation" or "tools" or "werkzeuge" or "strategy" or "strategie")
            {
                return true;
            }

            if (w is "includes" or "include" or "including" or "incl" or "inkl" or "inklusive" or "inclusive" or "einschliesslich" &&
                Enumerable.Range(i + 1, Math.Min(3, folded.Count - i - 1)).Any(k => OutsideThings.Contains(folded[k].Text)))
            {
                return true;
            }

            // "da ist die Hardware mit drin", "hardware is included"
            if (w is "drin" or "drinnen" or "enthalten" or "included" or "dabei" &&
                Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(k => OutsideThings.Contains(folded[k].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // What a pot for every purchase of a kind is for ("tooling", "software", "IT-Projekte").
    private static readonly HashSet<string> PotNouns = new(StringComparer.Ordinal)
    {
        "tooling", "tools", "tool", "software", "it", "systems", "systeme", "projects", "projekte", "investments", "investitionen",
        "anschaffungen", "purchases", "subscriptions", "abos", "vendors", "initiatives", "digitalisierung", "digitalisation",
        "digitalization", "saas", "apps", "lizenzen", "licenses", "licences",
    };

    /// <summary>"50-100k depending on scope": the only condition after the amount is what the price will depend on, which a
    /// range already spans; writers read such a range as said.</summary>
    private static bool OnlyDependingOn(FoldedText after) =>
        (after.Words.Any(w => w.Text is "depending") || after.Contains(JeNachdem)) &&
        !after.Words.Any(w => ConditionWords.Contains(w.Text) || w.Text is "whether" or "ob") && !after.Contains(SubjectTo);

    private static readonly string[][] JeNachdem = Phrases.Of("je nachdem");

    /// <summary>Whether the words after an amount hold a condition ("…, wenn Förderung kommt mehr", "…, if the board
    /// agrees", "…, sofern der Vorstand zustimmt").</summary>
    private static bool ConditionAfter(FoldedText after) =>
        after.Contains(JeNachdem) || after.Words.Any(w => ConditionWords.Contains(w.Text) || w.Text is "depending") || after.Contains(SubjectTo);

    // Words that make an amount hang on something still to happen ("wenn Förderung kommt", "if the board agrees").
    private static readonly HashSet<string> ConditionWords = new(StringComparer.Ordinal)
    {
        "wenn", "falls", "sofern", "if", "unless", "provided", "pending", "vorbehaltlich", "contingent", "conditional",
    };

    // "…, subject to partner sign-off", "unter Vorbehalt der Freigabe": an approval still to come
    private static readonly string[][] SubjectTo = Phrases.Of("subject to", "unter vorbehalt", "unter dem vorbehalt");

    /// <summary>"year one", "first year", "im ersten Jahr": the year at <paramref name="at"/> is the first one, a single
    /// period.</summary>
    private static bool FirstYear(FoldedText window, int at) =>
        window[at].Text is "year" or "jahr" &&
        (at > 0 && window[at - 1].Text is "first" or "1st" or "ersten" or "erste" or "erstes" ||
         at + 1 < window.Count && window[at + 1].Text is "one" or "1" or "eins");

    private static BudgetPeriod? PeriodAnywhere(FoldedText folded)
    {
        if (folded.Contains(PeriodWordsAnywhere))
        {
            return BudgetPeriod.Month;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            if (PeriodAdjective(folded, i) is { } adjective)
            {
                return adjective;
            }
        }

        foreach (var p in QuarterPeriod)
        {
            if (p.Length > 1 || p[0] is "quartalsweise" or "vierteljaehrlich" or "quarterly" or "quartalsbudget")
            {
                if (folded.Find([p]).At >= 0)
                {
                    return BudgetPeriod.Quarter;
                }
            }
        }

        foreach (var p in YearPeriod)
        {
            if (p.Length > 1 || p[0] is "jaehrlich" or "yearly" or "annually" or "jahresbudget")
            {
                if (folded.Find([p]).At >= 0)
                {
                    return BudgetPeriod.Year;
                }
            }
        }

        return null;
    }

    /// <summary>The one currency named anywhere in the answer, apart from the amount ("30 to 35K, USD"); null when none or
    /// more than one is named. "us", "eu" and "fr" alone are words or places more often than currencies, so they do not count.</summary>
    private static string? LoneCurrency(string text, FoldedText folded)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < folded.Count; i++)
        {
            var word = folded[i];
            // "10k but that's pounds, not euro", "nicht in Euro": a currency turned down is not the amount's
            var refused = i > 0 && CommonWords.Negations.Contains(folded[i - 1].Text) ||
                          i > 1 && folded[i - 1].Text is "in" && CommonWords.Negations.Contains(folded[i - 2].Text);
            if (!refused && word.Text is not ("us" or "eu" or "fr") && CurrencyOf(word.Text, afterNumber: false) is { } c)
            {
                named.Add(c);
            }
        }

        foreach (var ch in text)
        {
            if (SymbolCurrency(ch) is { } symbol)
            {
                named.Add(symbol);
            }
        }

        return named.Count == 1 ? named.First() : null;
    }

    private static string? FirstCurrency(List<Amount> amounts)
    {
        foreach (var a in amounts)
        {
            if (a.Currency is not null)
            {
                return a.Currency;
            }
        }

        return null;
    }

    // Currency words of money the policy does not price in (the codes are found from the runtime's regions).
    private static readonly HashSet<string> ForeignCurrencyWords = new(new[]
    {
        "zloty", "zlotys", "zlotych", "zl", "rupee", "rupees", "rs", "yen", "yuan", "renminbi", "rmb", "kronor", "kroner", "kronen",
        "kronur", "forint", "forints", "lei", "rand", "peso", "pesos", "reais", "lira", "liras", "lire", "ruble", "rubles", "rubel",
        "dirham", "dirhams", "riyal", "riyals", "baht", "ringgit", "dinar", "dinars", "shekel", "shekels", "hryvnia", "naira", "rupiah",
        // the crown, the zloty and the forint by their signs and names where they are paid ("500 000 Kč", "300 000 Ft",
        // "50 000 kr"), and their codes written small ("czk", "sek")
        "kc", "korun", "koruna", "koruny", "korona", "korony", "koron", "krone", "krona", "kr", "zlote", "ft", "forintot",
        "czk", "pln", "huf", "sek", "dkk", "nok", "isk", "ron", "bgn", "lev", "leva", "kuna",
        // the zloty with its own letter, and the names and short forms in the Cyrillic and Arabic scripts of the
        // hryvnia, lev, rouble, dinar, dirham, riyal and pound ("5000 грн", "5000 лв", "5000 درهم"), folded as read
        "złoty", "złote", "złotych", "грн", "гривня", "гривні", "гривень", "гривен", "гривна", "лв", "лев", "лева",
        "руб", "рубль", "рубля", "рублей", "рублів", "динар", "динара", "динари", "درهم", "دراهم", "ريال", "دينار", "جنيه",
        "ليرة",
        // the shillings of East Africa and other currencies of Africa and Asia by name or small code ("2 million shillings",
        // "300k ksh")
        "shilling", "shillings", "ksh", "kes", "ugx", "tzs", "cedi", "cedis", "kwacha", "birr", "taka", "tenge", "dong", "quetzales",
        "soles", "colones", "ngn", "ghs", "inr", "idr", "vnd", "thb", "myr", "pkr", "egp", "aed", "sar",
    }.Select(FoldedText.Fold), StringComparer.Ordinal);

    // Words of the Indian numbering that stand between an amount and its currency ("10 lakh INR").
    internal static readonly HashSet<string> IndianMagnitudes = new(StringComparer.Ordinal) { "lakh", "lakhs", "lac", "lacs", "crore", "crores", "cr" };

    private static readonly Lazy<HashSet<string>> IsoCurrencies = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // a culture without a region of its own has no currency to add
            }
        }

        return codes;
    });

    /// <summary>Whether a word names a currency other than the ones a budget is stored in: an ISO code written in capitals
    /// ("PLN", "INR"), a currency's name ("zloty", "rupees") or its sign ("₹", "¥").</summary>
    private static bool IsForeignCurrency(string written)
    {
        if (written.Length == 1)
        {
            return written[0] is '₹' or '¥' or '₽' or '₺' or '₩' or '₪' or '₴' or '₦' or '฿';
        }

        if (!written.All(char.IsLetter))
        {
            return false;
        }

        if (written.Length == 3 && written.All(char.IsAsciiLetterUpper))
        {
            return CurrencyOf(written.ToLowerInvariant(), afterNumber: true) is null && IsoCurrencies.Value.Contains(written);
        }

        return written is "zł" || ForeignCurrencyWords.Contains(FoldedText.Fold(written));
    }

    /// <summary>Each currency word or sign the budget is not stored in, with the number beside it (before it: "150 000
    /// PLN", "10 lakh INR", "25,00,000 INR"; else after it: "PLN 150.000", "₹10 lakh"): the spans to leave out of the
    /// reading.</summary>
    private static List<(int From, int To)> ForeignSpans(string text)
    {
        var spans = new List<(int From, int To)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsAsciiDigit(text[i]) || IsTokenBreak(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !char.IsAsciiDigit(text[i]) && !IsTokenBreak(text[i]))
            {
                i++;
            }

            var end = i;
            while (end > start && text[end - 1] == '.')
            {
                end--;
            }

            if (end == start || !IsForeignCurrency(text[start..end]))
            {
                continue;
            }

            // the number before it, past an Indian magnitude ("10 lakh INR")
            var from = start;
            var k = start;
            while (k > 0 && text[k - 1] == ' ')
            {
                k--;
            }

            // (and past a multiplier: "400k SEK", "2 Mio. NOK")
            var wordEnd = k > 0 && text[k - 1] == '.' ? k - 1 : k;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart < wordEnd && (IndianMagnitudes.Contains(FoldedText.Fold(text[wordStart..wordEnd])) ||
                                        MultiplierOf(FoldedText.Fold(text[wordStart..wordEnd])) is { Currency: null }))
            {
                k = wordStart;
                while (k > 0 && text[k - 1] == ' ')
                {
                    k--;
                }
            }

            var numberStart = NumberRunBefore(text, k);
            if (numberStart < k)
            {
                from = numberStart;
                spans.Add((from, end));
                continue;
            }

            // else the number after it ("PLN 150.000", "₹10 lakh")
            var to = end;
            while (to < text.Length && (char.IsAsciiDigit(text[to]) || text[to] is ' ' or ',' or '.' or '\'' or '\u202f' or '\u00a0'))
            {
                to++;
            }

            if (text.AsSpan(end, to - end).IndexOfAnyInRange('0', '9') >= 0)
            {
                spans.Add((start, to));
            }
        }

        foreach (System.Text.RegularExpressions.Match m in IndianAmount().Matches(text))
        {
            // "2 lakh", "around 5 lakhs": the Indian numbering without a currency we store beside it is counted in rupees
            // by those who write it; only "1 lakh EUR", "€ 2 lakh" are in a currency we store
            if (!m.Groups["before"].Success && !m.Groups["after"].Success && !spans.Any(sp => sp.From <= m.Index && sp.To >= m.Index + m.Length))
            {
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        return spans;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<before>(?:€|\$|£|\b(?:eur|euro|usd|gbp|chf)\b)\s*)?\b\d[\d.,]*\s*(?:lakhs?|lacs?|crores?|cr)\b\.?(?<after>\s*(?:€|\$|£|\b(?:eur|euros?|usd|dollars?|gbp|pounds?|chf)\b))?", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IndianAmount();

    private static bool IsTokenBreak(char c) => c is ',' or ';' or ':' or ')' or '(' or '?' or '!' or '/' or '-' or '–' or '—';

    /// <summary>Where the run of digits and their separators that ends at <paramref name="end"/> starts; <paramref
    /// name="end"/> when no digit stands right before it.</summary>
    private static int NumberRunBefore(string text, int end)
    {
        var k = end;
        var digits = false;
        while (k > 0 && (char.IsAsciiDigit(text[k - 1]) || text[k - 1] is ' ' or ',' or '.' or '\'' or '\u202f' or '\u00a0'))
        {
            digits |= char.IsAsciiDigit(text[k - 1]);
            k--;
        }

        return digits ? k : end;
    }

    private static string? NormalizeIso(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    /// <summary>Every amount with digits in the text, in one left-to-right pass.</summary>
    private static List<Amount> FindAmounts(string text)
    {
        var result = new List<Amount>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            if (i > 0 && char.IsLetter(text[i - 1]) && !IsCurrencyLetterBefore(text, i))
            {
                // digits inside a word ("Q22", "KW12", "Windows11"): not an amount
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                continue;
            }

            var start = i;
            var (value, end, grouped) = ParseNumber(text, i);
            i = end;
            if (value is null)
            {
                continue;
            }

            // not an amount: a percentage, a year written as such, part of a date, a phone number, an e-mail
            if (Skip(text, start, end, value.Value))
            {
                continue;
            }

            if (HalfAfter().Match(text, end) is { Success: true } half && value.Value == decimal.Truncate(value.Value))
            {
                // "2 and a half grand", "2 einhalb tausend": the half goes with the number, before its unit
                value += 0.5m;
                end = half.Index + half.Length;
                i = end;
            }

            var (multiplier, currencyAfter, afterEnd) = SuffixAfter(text, end);
            var (currencyBefore, beforeStart) = CurrencyBefore(text, start);
            if (result.Count > 0 && beforeStart < result[^1].End)
            {
                // "1€0k": a sign typed between digits already ends the amount before; two amounts never share a sign
                (currencyBefore, beforeStart) = (null, start);
            }

            if (multiplier == 1 && MultiplierBefore(text, start) is { } prefix &&
                (result.Count == 0 || prefix.Start >= result[^1].End))
            {
                // "k€ 8", "TEUR 25": the unit written before the number, as in the head of a column
                (multiplier, currencyBefore, beforeStart) = prefix;
            }

            var currency = currencyBefore ?? currencyAfter;
            if (value.Value == 0 && multiplier == 1)
            {
                continue;
            }

            result.Add(new Amount(beforeStart, afterEnd, value.Value, multiplier, currency, grouped));
            i = afterEnd;
        }

        return result;
    }

    /// <summary>"zwischen 1000 und 2000", "1000-2000": a number right after another and a range word is the top of a
    /// range, not a year.</summary>
    private static bool EndsRange(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        var wordEnd = j + 1;
        if (j >= 0 && text[j] is '-' or '–')
        {
            j--;
        }
        else
        {
            while (j >= 0 && char.IsLetter(text[j]))
            {
                j--;
            }

            if (text.AsSpan(j + 1, wordEnd - j - 1) is not ("und" or "and" or "bis" or "to"))
            {
                return false;
            }
        }

        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        return j >= 0 && char.IsAsciiDigit(text[j]);
    }

    /// <summary>"zwischen 2000 und 4000", "2000-3500": a number before a range word and a greater number past any year is
    /// the bottom of a range, not a year ("2026-2027" stays two years).</summary>
    private static bool StartsRange(string text, int end)
    {
        var j = end;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j < text.Length && text[j] is '-' or '–')
        {
            j++;
        }
        else
        {
            var w = j;
            while (j < text.Length && char.IsLetter(text[j]))
            {
                j++;
            }

            if (text.AsSpan(w, j - w) is not ("und" or "and" or "bis" or "to"))
            {
                return false;
            }
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var n = 0;
        var k = j;
        while (k < text.Length && char.IsAsciiDigit(text[k]) && k - j < 7)
        {
            n = n * 10 + (text[k] - '0');
            k++;
        }

        return k > j && n > 2100;
    }

    private static bool IsCurrencyLetterBefore(string text, int i)
    {
        // "CHF25'000", "EUR50.000", "US$"
        var j = i - 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        var word = text[(j + 1)..i].ToLowerInvariant();
        return word is "chf" or "eur" or "usd" or "gbp" or "sfr" or "fr" or "ca" or "bis" or "ab" or "max" or "min";
    }

    private static bool Skip(string text, int start, int end, decimal value)
    {
        if (SharesOfHundred(text, start, end, value))
        {
            return true;
        }

        var after = end < text.Length ? text[end] : ' ';
        if (after == '%' || (end + 1 < text.Length && after == ' ' && text[end + 1] == '%'))
        {
            return true;
        }

        if (after == '@' || (start > 0 && text[start - 1] == '@'))
        {
            return true;
        }

        // a date "15.03.2027" or "1.3." leaves a dot-digit pattern; a phone number is long and starts with 0 or +.
        if (start > 0 && text[start - 1] == '+')
        {
            return true;
        }

        var digits = 0;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (text[start] == '0' && digits >= 7)
        {
            return true;
        }

        // "Q2 2027", "KW 12", "2027": years and calendar weeks without money around them
        var word = start >= 3 ? FoldedText.Fold(text[Math.Max(0, start - 4)..start]).Trim() : FoldedText.Fold(text[..start]).Trim();
        if (word.EndsWith("kw", StringComparison.Ordinal) || word.EndsWith('q') || word.EndsWith("cw", StringComparison.Ordinal))
        {
            return true;
        }

        if (value is >= 2000 and <= 2100 && digits == 4 && end - start == 4 && !EndsRange(text, start) && !StartsRange(text, end))
        {
            var (multiplier, currency, _) = SuffixAfter(text, end);
            var (before, _) = CurrencyBefore(text, start);
            return multiplier == 1 && currency is null && before is null && !PeriodOfLastNumber(text, end);
        }

        return false;
    }

    /// <summary>"2000 p. Mon.", "2000/mo": a period right after the last number of the answer makes it a sum of money, not
    /// the year 2000; "2027: 500 per month" or "in 2027 a monthly fee of 500" keep the year, as another number follows.</summary>
    private static bool PeriodOfLastNumber(string text, int end) =>
        (end == text.Length || text[end] is ' ' or '/') && !text.AsSpan(end).ContainsAnyInRange('0', '9') && PeriodAfter(text, end) is not null;

    /// <summary>"we split it 50/50", "70/30": two numbers joined by a slash that add up to a hundred are shares, no
    /// amount.</summary>
    private static bool SharesOfHundred(string text, int start, int end, decimal value)
    {
        static int? Digits(string text, int from, int step)
        {
            var i = from;
            while (i >= 0 && i < text.Length && char.IsAsciiDigit(text[i]) && Math.Abs(i - from) < 3)
            {
                i += step;
            }

            var (a, b) = step > 0 ? (from, i) : (i + 1, from + 1);
            return b > a && (i < 0 || i >= text.Length || !char.IsAsciiDigit(text[i])) ? int.Parse(text.AsSpan(a, b - a), CultureInfo.InvariantCulture) : null;
        }

        var other = end + 1 < text.Length && text[end] == '/' ? Digits(text, end + 1, 1)
            : start > 1 && text[start - 1] == '/' ? Digits(text, start - 2, -1)
            : null;
        return other is { } o && o + value == 100m;
    }

    // The comparison sign that opens the amount ("<20k", "> 50.000 €", "≤ $10k"), folded to '<' or '>': the writer's
    // "at most" / "at least", which the folded words do not keep. A space when there is none.
    private static char SignBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i >= 0 && text[i] == '=')
        {
            i--; // "<=", ">="
        }

        return i < 0 ? ' ' : text[i] switch
        {
            '<' or '≤' => '<',
            '>' or '≥' => '>',
            _ => ' ',
        };
    }

    /// <summary>True when a plus sign closes the amount ("$100k+", "50.000 € +"): the writer's "or more", which the
    /// folded words do not keep. A plus before a digit is no bound.</summary>
    private static bool PlusAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] == '+' && (i + 1 == text.Length || !char.IsDigit(text[i + 1])) && !TaxAfterPlus().IsMatch(text, i + 1);
    }

    // "£12,000 + VAT", "15k€ + MwSt.": the tax added on top of the amount, not the writer's "or more"
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*(?:vat|mwst|ust|mehrwertsteuer|umsatzsteuer|steuern?|tax(?:es)?|gst|iva|tva|btw|moms|mva|kdv|nds)(?!\p{L})", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TaxAfterPlus();

    /// <summary>A number from <paramref name="start"/>: digits with grouping or decimal separators decided by shape.</summary>
    private static (decimal? Value, int End, bool Grouped) ParseNumber(string text, int start)
    {
        // Collect digit groups and the separators between them.
        var groups = new List<(int Start, int Length)>();
        var separators = new List<char>();
        var i = start;
        while (true)
        {
            var g = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups.Add((g, i - g));
            if (i + 1 < text.Length && text[i] is '.' or ',' or '\'' or '’' or '\u202f' or '\u00a0' or ' ' && char.IsAsciiDigit(text[i + 1]))
            {
                var sep = text[i];
                // a space groups only before exactly three digits that end there ("50 000"), never "20 30"
                if (sep == ' ' && !(ThreeDigitsEnd(text, i + 1) && groups[^1].Length <= 3))
                {
                    break;
                }

                separators.Add(sep);
                i++;
                continue;
            }

            break;
        }

        if (groups.Count > 12)
        {
            return (null, i, false);
        }

        var sb = new System.Text.StringBuilder();
        int? decimalAt = null;
        if (separators.Count > 0)
        {
            var last = separators[^1];
            var lastGroup = groups[^1].Length;
            var mixed = separators.Exists(s => s != last);
            var lastIsDecimal = last is '.' or ','
                && (mixed || (separators.Count == 1 && lastGroup != 3));
            if (lastIsDecimal)
            {
                decimalAt = separators.Count - 1;
            }

            // A grouping separator must be followed by exactly three digits; otherwise this is not one number.
            for (var k = 0; k < separators.Count; k++)
            {
                if (k != decimalAt && groups[k + 1].Length != 3)
                {
                    // "1.2.3" or a date: take only the first group as the number
                    var firstEnd = groups[0].Start + groups[0].Length;
                    return (decimal.Parse(text.AsSpan(groups[0].Start, groups[0].Length), CultureInfo.InvariantCulture), firstEnd, false);
                }
            }
        }

        for (var k = 0; k < groups.Count; k++)
        {
            if (decimalAt is { } d && k == d + 1)
            {
                sb.Append('.');
            }

            sb.Append(text, groups[k].Start, Math.Min(groups[k].Length, 15));
        }

        // a date "15.03." or "1.3.": a dot right after the last group and another right before
        if (i < text.Length && text[i] == '.' && separators.Count == 1 && separators[0] == '.' && groups[^1].Length <= 2 && groups[0].Length <= 2)
        {
            return (null, i + 1, false);
        }

        var parsed = decimal.TryParse(sb.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v);
        return (parsed ? v : null, i, separators.Count > 0 && decimalAt != separators.Count - 1 || separators.Count > 1);
    }

    private static bool ThreeDigitsEnd(string text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    /// <summary>A multiplier and/or currency right after a number ("k", " Tsd. €", "TEUR", " Mio. CHF", "grand").</summary>
    private static (decimal Multiplier, string? Currency, int End) SuffixAfter(string text, int end)
    {
        decimal multiplier = 1;
        string? currency = null;
        var i = end;
        for (var round = 0; round < 3; round++)
        {
            var j = i;
            while (j < text.Length && text[j] is ' ' or '\u00a0' or '\u202f')
            {
                j++;
            }

            if (j >= text.Length)
            {
                break;
            }

            if (SymbolCurrency(text[j]) is { } symbol)
            {
                currency ??= symbol;
                i = j + 1;
                continue;
            }

            var w = j;
            while (w < text.Length && char.IsLetter(text[w]))
            {
                w++;
            }

            var wordEnd = w;
            if (w < text.Length && text[w] == '.')
            {
                w++;
            }

            if (w < text.Length && SymbolCurrency(text[w]) is { } after && wordEnd == w)
            {
                // "k€", "T€"
                var prefix = FoldedText.Fold(text[j..w]);
                if (prefix is "k" or "t" && multiplier == 1)
                {
                    multiplier = 1000;
                    currency ??= after;
                    i = w + 1;
                    continue;
                }
            }

            var word = FoldedText.Fold(text[j..wordEnd]);
            if (word.Length == 0)
            {
                break;
            }

            if (word == "bin" && text.AsSpan(wordEnd).TrimStart().StartsWith("ich", StringComparison.OrdinalIgnoreCase))
            {
                // "20 bin euro" is the Turkish thousand, "bis 20 bin ich flexibel" German
                break;
            }

            var m = MultiplierOf(word == "mil" && WholeNumberBefore(text, end) ? "thousand" : word);
            var c = CurrencyOf(word, afterNumber: true);
            if (m is { } mm && multiplier == 1)
            {
                multiplier = mm.Factor;
                currency ??= mm.Currency;
                i = word is "k" or "m" or "t" ? wordEnd : w;
                continue;
            }

            if (c is not null)
            {
                currency ??= c;
                i = word is "fr" or "sfr" ? w : wordEnd;
                continue;
            }

            break;
        }

        return (multiplier, currency, i);
    }

    // "8 mil euros", "100 mil": after a whole number "mil" is the Spanish and Portuguese thousand, as every writer who met
    // it read it; "1.5 mil" and "half a mil" stay the English million
    private static bool WholeNumberBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < end && (start == 0 || text[start - 1] is not ('.' or ','));
    }

    private static (decimal Factor, string? Currency)? MultiplierOf(string word) => word switch
    {
        "k" or "tsd" or "tausend" or "tausender" or "thousand" or "thousands" or "grand" or "t" or "tds" or "mille" or "riesen" or "riese" => (1_000m, null),
        // the thousand and the million of prospects writing in a second language ("20 tis. EUR", "50 tys.", "20 mila euro",
        // "40 Tausends", "1,5 mln", "2 millió"): words no other number is written with
        _ when ForeignThousands.Contains(word) => (1_000m, null),
        _ when ForeignMillions.Contains(word) => (1_000_000m, null),
        "teur" or "keur" => (1_000m, "EUR"),
        "tchf" or "kchf" => (1_000m, "CHF"),
        "kusd" => (1_000m, "USD"),
        "mio" or "million" or "millionen" or "millions" or "mill" or "m" or "mn" or "mil" => (1_000_000m, null),
        "mrd" or "milliarde" or "milliarden" or "billion" or "billions" or "bn" => (1_000_000_000m, null),
        // the Indian numbering: a lakh is a hundred thousand, a crore ten million ("max 1 lakh EUR")
        "lakh" or "lakhs" or "lac" or "lacs" => (100_000m, null),
        "crore" or "crores" => (10_000_000m, null),
        _ => null,
    };

    private static readonly HashSet<string> ForeignThousands = new(StringComparer.Ordinal)
    {
        "tis", "tisic", "tisice", "tys", "tysiecy", "tysiace", "tysiac", "mila", "duizend", "tusen", "tusind", "ezer", "tausends",
        // Turkish, Romanian, Croatian and Serbian, Lithuanian, Vietnamese, Russian and Bulgarian, Greek
        "bin", "mii", "tisuca", "tisuce", "hiljada", "hiljade", "tukst", "tukstanciu", "nghin", "ngan", "tysyach", "tysyachi",
        "тыс", "тысяч", "тысячи", "хиляди", "хил", "χιλιαδες", "χιλ",
    };

    private static readonly HashSet<string> ForeignMillions = new(StringComparer.Ordinal)
    {
        "mln", "milion", "miliony", "milionu", "milionow", "millio", "milioni", "millones", "millon", "miljoen", "miljon",
        "miljoner", "millioner", "milyon",
    };

    /// <summary>The currency a sign stands for ("€", "$", "£"), or null.</summary>
    private static string? SymbolCurrency(char sign) => sign switch { '€' => "EUR", '$' => "USD", '£' => "GBP", _ => null };

    private static string? CurrencyOf(string word, bool afterNumber) => word switch
    {
        "eur" or "euro" or "euros" or "eu" => "EUR",
        "usd" or "dollar" or "dollars" or "bucks" or "us" => "USD",
        // ("500 Fränkli", "200 Stutz": the Swiss franc by its names in Swiss German)
        "chf" or "sfr" or "franken" or "francs" or "franc" or "fraenkli" or "stutz" => "CHF",
        // ("5 mila franchi", "5000 Zwitserse frank", "3000 Franke": the franc in Italian, Dutch and Swiss German; after a
        // number only, where it is no given name)
        "fr" or "franchi" or "frank" or "franke" when afterNumber => "CHF",
        "gbp" or "pfund" or "pound" or "pounds" or "quid" or "sterling" => "GBP",
        _ => null,
    };

    /// <summary>A thousand and its currency written as one unit right before a number ("k€ 8", "T€ 8", "TEUR 25",
    /// "KEUR 40"), or null.</summary>
    private static (decimal Factor, string Currency, int Start)? MultiplierBefore(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && text[j] is ' ' or '\u00a0')
        {
            j--;
        }

        if (j >= 1 && SymbolCurrency(text[j]) is { } sign && text[j - 1] is 'k' or 'K' or 'T' or 't' && (j < 2 || !char.IsLetterOrDigit(text[j - 2])))
        {
            return (1_000m, sign, j - 1);
        }

        var end = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        if (j >= 0 && char.IsDigit(text[j]))
        {
            return null;
        }

        return MultiplierOf(FoldedText.Fold(text[(j + 1)..end])) is { Currency: { } currency } unit ? (unit.Factor, currency, j + 1) : null;
    }

    /// <summary>A currency right before a number ("€ 50.000", "CHF 25'000", "US$ 5,000", "Fr. 20'000").</summary>
    private static (string? Currency, int Start) CurrencyBefore(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && text[j] is ' ' or '\u00a0')
        {
            j--;
        }

        if (j < 0)
        {
            return (null, start);
        }

        if (SymbolCurrency(text[j]) is { } currency)
        {
            return (currency, j > 0 && text[j - 1] is 'S' or 's' && j > 1 && text[j - 2] is 'U' or 'u' ? j - 2 : j);
        }

        if (text[j] == '.')
        {
            j--;
        }

        var end = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        var word = FoldedText.Fold(text[(j + 1)..end]);
        if (word == "us" && text[(j + 1)..end] != "US")
        {
            // "it costs us 3k", "give us 5k": the pronoun before an amount; only "US 5,000" in capitals is the dollar
            return (null, start);
        }

        var c = word is "fr" or "sfr" ? "CHF" : CurrencyOf(word, afterNumber: false);
        return c is null ? (null, start) : (c, j + 1);
    }

    /// <summary>A period written short right after the amount ("4.000 €/Mon.", "4k monatl.", "50k pro J.", "12k/qtr"):
    /// an abbreviation counts after a slash or a "pro"/"per"/"je"/"a"; alone only the ones that cannot be anything else.</summary>
    private static BudgetPeriod? ShortPeriod(FoldedText window, bool slash)
    {
        var at = !slash && window.Count > 1 && window[0].Text is "pro" or "per" or "je" or "p" or "a" or "im" ? 1 : 0;
        if (at >= window.Count || at > 0 && window[at].AfterBreak && window[0].Text != "p")
        {
            return null; // ("p. Mon.": the point of the short "per" ends no clause)
        }

        var marked = slash || at > 0;
        return window[at].Text switch
        {
            // ("£500 pcm": per calendar month, as rents are written in Britain)
            "monatl" or "pcm" => BudgetPeriod.Month,
            "jaehrl" => BudgetPeriod.Year,
            "vierteljaehrl" or "quartl" => BudgetPeriod.Quarter,
            "mon" or "mth" or "mnth" or "mt" or "mtl" or "mo" or "monat" when marked => BudgetPeriod.Month,
            "j" or "jr" or "jhr" or "annum" or "jahr" when marked => BudgetPeriod.Year,
            "qu" or "qtr" or "qrt" or "quart" or "quartal" when marked => BudgetPeriod.Quarter,
            _ => null,
        };
    }

    // Words for a week, a day or an hour after "pro"/"per"/"a"/a slash, and adverbs and nouns that name such a rate.
    private static readonly HashSet<string> ShortRateUnits = new(StringComparer.Ordinal)
    {
        "woche", "week", "wk", "tag", "day", "diem", "std", "stunde", "stund", "hour", "hr", "h", "d", "w",
    };

    private static readonly HashSet<string> ShortRateAdverbs = new(StringComparer.Ordinal)
    {
        "woechentlich", "woechentl", "weekly", "taeglich", "taegl", "daily", "stuendlich", "hourly",
    };

    private static readonly string[][] ShortRateNouns = Phrases.Of(
        "tagessatz", "tagessaetze", "stundensatz", "stundenlohn", "wochenbudget", "tagesbudget", "day rate", "daily rate",
        "hourly rate", "weekly rate", "weekly budget", "daily budget");

    /// <summary>Whether an amount is said per week, day or hour ("1k pro Woche", "2k a week", "1k die Woche", "100 €/Std",
    /// "300 € am Tag", "$800 per diem", "1k weekly") or named a day or hourly rate ("Tagessatz 800 €", "hourly rate $150").
    /// A count of weeks or days ("in 2 Wochen", "2 Tage pro Woche") is no such rate: the word must follow the amount.</summary>
    private static bool RateShorterThanMonth(string text)
    {
        if (FoldedText.Of(text).Contains(ShortRateNouns))
        {
            return true;
        }

        foreach (var amount in FindAmounts(text))
        {
            var rest = text.AsSpan(amount.End);
            var skip = 0;
            while (skip < rest.Length && rest[skip] is ' ' or '/' or '\u00a0')
            {
                skip++;
            }

            if (skip >= rest.Length || !char.IsLetter(rest[skip]))
            {
                continue; // a break, a number or the end: nothing said of this amount
            }

            var window = FoldedText.Of(new string(rest[skip..Math.Min(rest.Length, skip + 30)]));
            var slash = rest[..skip].Contains('/');
            if (window.Count == 0 || !slash && ShortRateAdverbs.Contains(window[0].Text))
            {
                return window.Count > 0;
            }

            var at = slash ? 0 : window[0].Text is "pro" or "per" or "je" or "a" or "an" or "am" or "die" or "the" or "each" or "every" ? 1
                : window[0].Text == "in" && window.Count > 1 && window[1].Text == "der" ? 2 : -1; // "1k in der Woche"
            if (at < 0 || at >= window.Count || at > 0 && window[at].AfterBreak)
            {
                continue;
            }

            var unit = window[at].Text;
            if (ShortRateUnits.Contains(unit) && (unit.Length > 1 || slash) && (unit != "diem" || at > 0) &&
                !(window[0].Text == "am" && unit != "tag") && !(window[0].Text is "die" or "the" && unit is not ("woche" or "week")))
            {
                return true;
            }
        }

        return false;
    }

    // "1/4 Mio", "1 1/2 Mio", "2 1/2k", "1½ Mio": a common fraction, alone or after a whole number, before its multiplier.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,/])(?:(?:(?<whole>\d{1,3})\s+)?(?<num>[123])\s*/\s*(?<den>[234])(?![\d/])|(?<whole>\d{1,3})?\s*(?<sign>[½¼¾]))(?=\s*(?<unit>mio|million|millionen|mill?|mrd|milliarden?|k|tsd|tausend|thousand|grand|m)?\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WrittenFraction();

    /// <summary>A budget answer with a common fraction in it: the fraction is the number before its multiplier ("1/4 Mio" is
    /// 250000, never the range 1-4 million). Three quarters alone ("3/4 Mio") may be three to four, so it is confirmed, and
    /// so is a half or quarter alone before thousands ("1/2k", which may be one to two). A fraction without a multiplier or
    /// currency ("1/2 Tag Workshop") is no amount; the rest of the answer is read without it. False when the answer holds
    /// no such fraction.</summary>
    private static bool FractionWritten(string text, string defaultCurrency, string culture, out SlotReading? reading)
    {
        reading = null;
        if (!text.Contains('/') && text.IndexOfAny(['½', '¼', '¾']) < 0 || WrittenFraction().Match(text) is not { Success: true } match)
        {
            return false;
        }

        var sign = match.Groups["sign"];
        var whole = match.Groups["whole"].Success ? int.Parse(match.Groups["whole"].Value, CultureInfo.InvariantCulture) : 0;
        var unit = match.Groups["unit"].Success ? FoldedText.Fold(match.Groups["unit"].Value) : null;
        if (unit is null)
        {
            if (sign.Success || whole > 0)
            {
                return false; // "1½" with no unit: the amounts as they stand
            }

            var after = text.AsSpan(match.Index + match.Length).TrimStart();
            var next = after.Length == 0 ? "" : FoldedText.Fold(new string(after[..Math.Min(after.Length, 12)]).Split(' ')[0]);
            if (after.Length == 0 || !char.IsLetter(after[0]) || CurrencyOf(next, afterNumber: true) is not null)
            {
                return false;
            }

            // "1/2 Tag Workshop": a fraction of something else is no amount
            var blanked = text[..match.Index] + new string(' ', match.Length) + text[(match.Index + match.Length)..];
            reading = ReadAny(blanked, defaultCurrency, culture);
            return true;
        }

        if (!sign.Success && match.Groups["num"].Value[0] >= match.Groups["den"].Value[0])
        {
            return false; // "3/2 Mio" is no fraction: left as it stands
        }

        if (!sign.Success && match.Groups["den"].Value == "3")
        {
            // "2/3 Mio", "1/3 million": a third has no short decimal, and two numbers in a row may be a range; the range,
            // confirmed
            reading = ReadAny(text[..match.Index] + match.Value.Replace('/', '-') + text[(match.Index + match.Length)..], defaultCurrency, culture);
            reading = reading is { Confidence: Confidence.High } ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : reading;
            return true;
        }

        var part = sign.Success
            ? sign.Value switch { "½" => 0.5m, "¼" => 0.25m, _ => 0.75m }
            : decimal.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture) / decimal.Parse(match.Groups["den"].Value, CultureInfo.InvariantCulture);
        var number = (whole + part).ToString("0.00", CultureInfo.InvariantCulture);
        reading = ReadAny(text[..match.Index] + " " + number + text[(match.Index + match.Length)..], defaultCurrency, culture);
        var sure = whole > 0 || sign.Success ||
                   match.Groups["num"].Value == "1" && unit is not ("k" or "tsd" or "tausend" or "thousand" or "grand");
        if (reading is { Confidence: Confidence.High } && !sure)
        {
            reading = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return true;
    }

    /// <summary>"eine dreiviertel Million", "Dreiviertelmillion", "three-quarter million", "eine viertel Million", "a
    /// quarter million": a fraction word before a million; null when none is said.</summary>
    private static decimal? QuarterCompound(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            decimal? part = w.StartsWith("dreiviertel", StringComparison.Ordinal) ? 0.75m
                : w.StartsWith("viertel", StringComparison.Ordinal) && i > 0 && folded[i - 1].Text is "ein" or "eine" or "einer" ? 0.25m
                : w is "quarter" or "quarters" && i > 0 && folded[i - 1].Text is "three" ? 0.75m
                : w is "quarter" && (i == 0 || folded[i - 1].Text is "a" or "one") ? 0.25m
                : null;
            if (part is not { } p)
            {
                continue;
            }

            var stem = w.StartsWith("drei", StringComparison.Ordinal) ? 11 : w.StartsWith("viertel", StringComparison.Ordinal) ? 7 : w.Length;
            var next = i + 1 < folded.Count && folded[i + 1].Text is "of" && i + 3 < folded.Count && folded[i + 2].Text is "a" ? i + 3 : i + 1;
            var unit = w.Length > stem ? UnitOf(w[stem..]) : next < folded.Count ? UnitOf(folded[next].Text) : null;
            if (unit is { } u and >= 1_000_000)
            {
                return p * u;
            }
        }

        return null;
    }

    /// <summary>The period said after a fraction word that is a number ("a quarter million a year"): once unless one of
    /// the words after it names one.</summary>
    private static BudgetPeriod PeriodAfterQuarterWord(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (UnitOf(folded[i].Text) is >= 1000 || folded[i].Text.EndsWith("million", StringComparison.Ordinal))
            {
                var rest = FoldedText.Of(string.Join(' ', folded.Words.Skip(i + 1).Select(x => x.Text)));
                for (var at = 0; at < Math.Min(rest.Count, 3); at++)
                {
                    if (StartsWith(rest, at, MonthPeriod)) return BudgetPeriod.Month;
                    if (StartsWith(rest, at, YearPeriod)) return BudgetPeriod.Year;
                    if (StartsWith(rest, at, QuarterPeriod)) return BudgetPeriod.Quarter;
                }

                return BudgetPeriod.Once;
            }
        }

        return BudgetPeriod.Once;
    }
}
