using LeadBot.Dialogs.Recognition;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The answer to the summary ("Stimmt alles?") and to "which answer would you like to change?": everything is correct
/// ("ja", "passt alles", "doch, passt alles", "nichts", "everything is correct"), something is wrong ("nein"), or one
/// field is to be changed, with its new value when the message carries one ("change the budget to 60k", "der Name ist
/// falsch geschrieben: Erika Mustermann", "E-Mail ist eigentlich max@acme.com"). The new value is read by that field's
/// own reader.
/// </summary>
internal static partial class SummaryReader
{
    private static readonly (string Field, string[][] Words)[] Fields =
    [
        (QuestionSteps.Email, Phrases.Of("email's", "mail's", "address's", "e mail", "email", "mail", "e mail adresse", "emailadresse", "mailadresse", "adresse", "address", "email address", "e mail address")),
        (QuestionSteps.Phone, Phrases.Of("phone's", "number's", "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer", "rufnummer", "phone", "phone number", "telephone", "tel", "mobile", "nummer", "number", "cell")),
        (QuestionSteps.Company, Phrases.Of("company's", "firma", "firmenname", "unternehmen", "unternehmensname", "company", "company name", "organisation", "organization", "arbeitgeber", "employer", "betrieb", "firmierung", "firmenbezeichnung", "firmenwortlaut", "legal name", "registered name", "trading name")),
        (QuestionSteps.Name, Phrases.Of("name's", "name", "namen", "vorname", "nachname", "first name", "last name", "surname", "my name", "ich heisse", "ich heiss")),
        (QuestionSteps.Need, Phrases.Of("need's", "aufgabe", "bedarf", "anliegen", "thema", "problem", "herausforderung", "challenge", "need", "needs", "use case")),
        (QuestionSteps.Authority, Phrases.Of("rolle", "role", "role's", "position", "funktion", "entscheidung", "decision", "my role")),
        (QuestionSteps.Budget, Phrases.Of("budget's", "budget", "betrag", "amount", "etat", "summe")),
        (QuestionSteps.Timeline, Phrases.Of("timeline's", "start's", "date's", "timing's", "start", "zeitpunkt", "zeitplan", "starttermin", "termin", "wann", "timeline", "date", "start date", "beginn", "zeitraum", "when", "timing", "startdatum", "zeitrahmen", "zeithorizont", "time frame", "timeframe")),
    ];

    private static readonly string[][] ConfirmPhrases = Phrases.Of(
        "passt alles", "alles passt", "alles korrekt", "alles richtig", "stimmt alles", "alles stimmt", "alles gut", "alles ok",
        "alles okay", "passt so", "doch", "doch passt", "passt doch", "nichts", "nix", "gar nichts", "nichts aendern",
        "nichts zu aendern", "keine aenderung", "keine aenderungen", "alles in ordnung", "bestaetigen", "bestaetigt",
        "abschicken", "absenden", "senden", "nothing", "none", "nothing to change", "no changes", "no change", "all good",
        "all correct", "all fine", "everything is correct", "everything's correct", "everything correct", "everything is fine",
        "everything is right", "everything's fine", "looks good", "looks right", "looks fine", "that's all correct",
        "that's correct", "confirm", "confirmed", "submit", "send", "send it", "it's fine", "its fine", "alles korrekt so",
        "ja das stimmt", "yes that is correct", "yes that's correct", "all right", "correct", "richtig", "korrekt", "stimmt",
        "passt", "perfekt", "perfect", "that's it", "thats it", "das war's", "das wars", "so passt es", "so ist es richtig",
        "lgtm", "ship it", "sieht gut aus", "sounds good", "all set", "good to go", "passt scho", "basst", "stimmt so", "looks great",
        "looks perfect", "all looks good", "sieht super aus", "passt perfekt", "grand", "all grand", "that's grand", "thats grand",
        "sound", "grand yeah", "yeah grand", "sound yeah", "spot on", "all spot on", "that's spot on", "thats spot on", "bang on",
        "dead on", "nailed it",
        // French and Italian: "oui, tout est correct", "sì, è tutto giusto"
        "tout est correct", "tout est bon", "c'est correct", "c'est bon", "tout bon", "tout juste", "c'est parfait", "parfait",
        "oui tout est correct", "oui tout est bon", "oui c'est correct", "oui c'est bon", "oui parfait", "tutto giusto",
        "e tutto giusto", "si e tutto giusto", "si tutto giusto", "tutto corretto", "e tutto corretto", "si e tutto corretto",
        "tutto ok", "si tutto ok", "va bene", "si va bene", "tutto a posto", "e tutto a posto", "si e tutto a posto", "perfetto",
        "si perfetto", "si e corretto", "e corretto");

    private static readonly HashSet<string> SkipBeforeValue = new(StringComparer.Ordinal)
    {
        "aendern", "aendere", "korrigieren", "korrigiere", "anpassen", "ist", "is", "should", "be", "sollte", "sein", "soll",
        // "should read …", "should say …", "sollte … lauten": the verb that brings the new wording
        "read", "say", "lauten",
        "auf", "zu", "to", "in", "eigentlich", "actually", "falsch", "wrong", "geschrieben", "spelled", "spelt", "bitte",
        "please", "lautet", "heisst", "heisse", "heiss", "der", "die", "das", "den", "the", "my", "mein", "meine", "meinen", "correct", "richtig",
        "richtige", "richtiger", "neue", "neuer", "neues", "new", "change", "update", "set", "it's", "its", "it", "nicht",
        "not", "stimmt", "aber", "but", "sondern", "correctly", "korrekt", "ja", "yes", "nein", "no", "er", "sie", "es",
        "ich", "i", "we", "wir", "haben", "have", "mal", "nochmal", "again", "hat", "has", "fix", "ok", "okay", "bei", "for",
        "fuer", "von", "of", "mit", "with", "ausserdem", "also", "und", "and", "sorry", "oops", "ups", "off", "incorrect",
        "typo", "tippfehler", "misspelled", "verschrieben", "fehlerhaft", "veraltet", "outdated", "quite", "ganz", "bit",
        "bisschen", "etwas", "a", "little", "waere", "would", "more", "like", "thinking", "think", "we're",
        "were", "denken", "dachten",
        // "the company's name is wrong": the name of the field named before it
        "name",
    };

    // "Firma heißt jetzt Nordlicht Software GmbH", "the company is now called …": a word saying the name changed comes
    // before the new name and is no part of it; only names skip them ("Start: jetzt" is a start of its own)
    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal)
    {
        "jetzt", "nun", "neu", "inzwischen", "mittlerweile", "neuerdings", "seit", "kurzem", "now", "recently", "since",
        "called", "named", "genannt",
        // "wir sind die Hempen GmbH", "we are Acme": the verb of saying who one is; "wir", "we" before it are skipped anyway
        "sind", "are", "heissen",
    };

    // "nachname ist Meier mit ei, also Jana Meier": the value said again in full after a remark about it
    private static readonly string[][] Restated = Phrases.Of("also", "sprich", "d h", "das heisst", "i e", "that is", "so");

    // Letting go of what is off ("aber egal", "but whatever", "never mind"), and sending it off ("schicken Sie's ab",
    // "send it anyway").
    private static readonly string[][] NeverMind = Phrases.Of(
        "aber egal", "ist egal", "egal", "but whatever", "whatever", "never mind", "nevermind", "doesn't matter", "doesnt matter",
        "not important", "nicht wichtig", "nicht so wichtig", "macht nichts", "macht nix");

    private static readonly string[][] SendIt = Phrases.Of(
        "abschicken", "schicken sie ab", "schicken sie's ab", "schicken sies ab", "schick ab", "schicks ab", "schick's ab",
        "schickt ab", "schickts ab", "absenden", "send it", "send it anyway", "submit it", "submit", "go ahead", "passt schon",
        "trotzdem abschicken", "trotzdem so");

    /// <summary>Whether something off is let go of and the summary sent anyway ("passt nicht ganz, aber egal, schicken
    /// Sie's ab", "not quite right but whatever, send it"): the "not" of what is off refuses nothing.</summary>
    internal static bool SentAnyway(FoldedText folded) =>
        folded.Find(NeverMind) is { At: > 0 } mind && folded.Find(SendIt, mind.At + mind.Length).At >= 0 && !folded.HasQuestionMark;

    public static Reading<SummaryAnswer>? Read(string text, ReadingContext context, AnswerReader reader)
    {
        if (SelfCorrection(text) is { } meant && Read(meant, context, reader) is { Value.Intent: SummaryIntent.Change } corrected)
        {
            // "wait, did I say 50k? meant 15k": a question to oneself, then the value meant
            return corrected;
        }

        if (WrongThenRight(text) is { } right && Read(right, context, reader) is { Value: { Intent: SummaryIntent.Change, Field: not null, NewValue: not null }, Confidence: Confidence.High } restated)
        {
            // "Moment, das mit dem CRM war nicht richtig. Es geht um Lead-Qualifizierung": the value in the sentence that
            // says it is wrong is the old one; the sentence after it says the new one
            return restated;
        }

        var asks = AnswerReader.IsQuestion(text) || AsksWithoutMark(text);
        if (asks && !AsksForChange(text) && RemovedField(text) is null)
        {
            // "Ja. Wann meldet sich jemand?", "looks right. when will someone reach out?": a clear yes as a clause of its
            // own, then a question about being contacted or what happens next, is the yes; the question asks nothing of
            // the answers
            if (YesThenNextSteps(text))
            {
                return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.High, text.Trim());
            }

            // "wann meldet ihr euch?": a question back is no answer to the summary, whatever field word it holds; with a
            // yes before it on other terms ("ja, nur noch eine Frage: wer entscheidet bei Ihnen?") it is a yes to confirm
            var asked = AnswerReader.IsQuestion(text) ? text : text[..QuestionStart(text)];
            return YesNoReader.Read(asked) is { Value: true } yes
                ? new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, yes.Evidence) { Hint = ReadingHints.Ambiguous }
                : null;
        }

        if (asks && !AsksForChange(text) && RemovedField(text) is { } removed)
        {
            // "Kann ich die Telefonnummer wieder rausnehmen?", "can you delete my phone number?": a request to take a field
            // out, put as a question, is a change of that field; its new value (or none, for the phone) is asked next
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, removed), Confidence.High, text.Trim());
        }

        var folded = FoldedText.Of(text);
        if (folded.Count == 0 && YesNoReader.Read(text) is { } sign)
        {
            // a thumb or a tick alone
            return new Reading<SummaryAnswer>(new SummaryAnswer(sign.Value ? SummaryIntent.Confirm : SummaryIntent.Reject), sign.Confidence, sign.Evidence);
        }

        if (folded.Count is >= 1 and <= 3 && folded.Contains(PartlyRight) && folded.Count == folded.Find(PartlyRight).Length)
        {
            // "Jein", "teils teils", "yes and no": something is not right, which is the prospect's to say; confirmed
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Reject), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (folded.Count == 0 || folded.Contains(StartOver))
        {
            // "start over" names no field ("Start" is the timeline's): a command the flow handles
            return null;
        }

        if (SentAnyway(folded))
        {
            // "nee, passt nicht ganz, aber egal, schicken Sie's ab": something not quite right, then let go of and the
            // summary sent anyway; a yes to confirm, as the prospect still said something is off
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (folded.Find(CloseEnough) is { At: >= 0 } close && close.At + close.Length == folded.Count && folded.Count <= close.Length + 2 &&
            !folded.Words.Any(w => CommonWords.Negations.Contains(w.Text)))
        {
            // "close enough", "good enough", "passt so ungefähr": near enough right to send, said of the whole; a yes,
            // confirmed, as the prospect saw something not quite right
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (RecordAffirmed(folded))
        {
            // "Die Angaben stimmen.", "the information is right": the answers as a whole said to be right
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.High, text.Trim());
        }

        var addresses = EmailReader.FindAll(text);
        if (AddressAdded(text, folded, addresses, context, reader))
        {
            // "The information is correct. Please note that all communication should also be registered via
            // kirjaamo@tampere.fi", "Alles korrekt, bitte auch an assistenz@… in Kopie": an address to write to as well is
            // no change of the prospect's own
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.High, text.Trim());
        }

        // which fields are named, first one first ("assistenz@firma.de" names no company: the words of an address are none)
        var named = new List<(string Field, int At, int Length)>();
        foreach (var (field, words) in Fields)
        {
            var (at, length) = folded.Find(words);
            while (at >= 0 && addresses.Exists(a => folded[at].Start >= a.Start && folded[at].Start < a.End))
            {
                (at, length) = folded.Find(words, at + 1);
            }
            if (field == QuestionSteps.Need && at >= 0 && NeedAsVerb(folded, at))
            {
                // "need to check this with my manager", "I need to ask": the verb, not the need field
                continue;
            }

            // ("the company's name is wrong": the name right after the company is the company's)
            var ofCompany = field == QuestionSteps.Name && at > 0 && named.Exists(n => n.Field == QuestionSteps.Company && n.At + n.Length == at);
            if (at >= 0 && !ofCompany && !named.Exists(n => at >= n.At && at < n.At + n.Length))
            {
                named.Add((field, at, length));
            }
        }

        if (named.Count == 0 && CorrectAsVerb(folded) && !folded.IsQuestion)
        {
            // "need to correct a few things", "please correct": something to fix, no field named yet; asked next
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Reject), Confidence.High, text.Trim());
        }

        if (named.Exists(n => !Affirmed(folded, n.At + n.Length)) && named.Exists(n => Affirmed(folded, n.At + n.Length)))
        {
            // "Name ok, email ok, budget wrong: 35-40k", "Name passt, Budget falsch": a field said to be right beside one
            // that is not is no field to change
            named.RemoveAll(n => Affirmed(folded, n.At + n.Length));
        }
        else if (named.Count > 0 && named.TrueForAll(n => Affirmed(folded, n.At + n.Length)) && !folded.Words.Any(w => CommonWords.Negations.Contains(w.Text)))
        {
            // "Budget passt", "name is fine": fields said to be right and none said wrong is no field to change but a yes
            // to the summary, confirmed
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        // an e-mail address or a phone number alone is a change of that field
        // "my name's spelled wrong, it's Jon Peters without the h": the name field named, then the full name and its spelling
        if ((named.Count == 0 ? RestatedName(text, folded, context, reader) :
             named is [{ Field: QuestionSteps.Name }] ? SpelledName(text, folded, context, reader) : null) is { } name)
        {
            // "It's Katherine, not Kate. Katherine Moore": a name said instead of another, then in full
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, QuestionSteps.Name, name), Confidence.High, text.Trim());
        }

        if (named.Count == 0 && (SpellingSwap(text, folded, context, reader) ?? SpelledWord(text, folded)) is { } respelled)
        {
            // "it's Smyth not Smith", "Maier, nicht Meier", "almost - Jean-Luc with a hyphen please": a word said instead of
            // one spelled nearly alike, or how a capitalised word is spelled, corrects the spelling of a name
            return respelled;
        }

        if (named.Count == 0)
        {
            if (EmailReader.FindAll(text).Count > 0)
            {
                named.Add((QuestionSteps.Email, 0, 0));
            }
        }

        if (named.TrueForAll(n => n.Field is QuestionSteps.Email or QuestionSteps.Phone) && RefusesPhone(folded) &&
            EmailReader.FindAll(text).Count == 0 && PhoneReader.FindAll(text, context.Region).Count == 0)
        {
            // "correct, but please don't call me, email only", "ja, aber bitte nicht anrufen": a phone the prospect does
            // not want used may be meant to go from the record; careful readers split between that and a yes, so the
            // phone is offered to change, confirmed, never a sure yes
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, QuestionSteps.Phone), Confidence.Medium, text.Trim());
        }

        if (named.Count > 0 && named.TrueForAll(n => n.Field is QuestionSteps.Email or QuestionSteps.Phone) && ChannelOnly(text, folded, context))
        {
            // "correct, but pls call rather than email", "passt, bitte lieber per Mail": how to be reached, said after a yes,
            // changes no answer
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.High, text.Trim());
        }

        if (named.Count > 0 && named.TrueForAll(n => n.Field == QuestionSteps.Phone) && CallTimeOnly(text, folded, context))
        {
            // "ja stimmt (Handy bitte nicht vor 10 Uhr)", "yes correct, mobile only after 5pm": a yes, then when the phone
            // may be called; no digits and no word that it is wrong, so no change of the number; confirmed like a yes with
            // a reservation about calling times
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (named.Count > 0 && named.TrueForAll(n => n.Field == QuestionSteps.Phone) && LineKindOnly(text, folded, context))
        {
            // "Stimmt so, außer Telefon, das ist Festnetz nicht Handy": what kind of line the number is says nothing
            // wrong about its digits; the yes is confirmed, since the prospect set the phone apart
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim());
        }

        if (named.Count > 0 && named.TrueForAll(n => n.Field is QuestionSteps.Budget or QuestionSteps.Authority) && SubjectToApproval(folded) &&
            !ExceptedBefore(folded, named[0].At) &&
            (folded.Find(ConfirmPhrases).At == 0 || folded[0].Text is "yes" or "ja" or "yeah" or "yep" or "jep" or "jo") &&
            reader.Read(QuestionSteps.Budget, text, context) is not { Value: BudgetEstimate { HasAmount: true } })
        {
            // "Yes but please note the budget is subject to trustee approval", "Ja, aber das Budget muss noch vom Vorstand
            // freigegeben werden": a yes, then a note that the budget or the decision still needs someone's approval,
            // changes no answer the summary shows; careful readers confirm the yes, never store "undecided"
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (named.Count > 0)
        {
            named.Sort((a, b) => a.At.CompareTo(b.At));
            var (field, at, length) = named[0];
            var newValue = ValueAfter(text, folded, field, at + length, context, reader);
            var negation = at > 1 && folded[at - 1].Text is "the" or "a" or "der" or "die" or "das" or "ein" or "eine" ? at - 2 : at - 1;
            if (newValue is null && negation > 0 && folded[negation].Text is "not" or "nicht" or "kein" or "keine" &&
                reader.Read(field, text[..folded[negation].Start], context) is { Confidence: Confidence.High } before)
            {
                // "I'm actually just the recommender, not the decision maker": the field word after "not" is what the
                // answer is not; the value said before it is the new one
                newValue = before;
            }

            if (newValue is null && field == QuestionSteps.Authority && HasReservation(folded) && at + length < folded.Count &&
                folded[at + length].Text is "maker" or "makers" or "makerin" &&
                reader.Read(field, text[folded[ClauseOpening(folded, at)].Start..], context) is { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } } clauseRole)
            {
                // "all fine except we're 3 decision makers": the field word is part of "decision makers", words that say
                // the role; the clause after the reservation read as a whole is the new one
                newValue = clauseRole;
            }

            if (newValue is null && field == QuestionSteps.Budget && folded.Words.Any(w => w.Text is "we" or "wir" or "i" or "ich") &&
                reader.Read(field, text, context) is { Confidence: Confidence.High, Value: BudgetEstimate { HasAmount: false } } stateOfBudget)
            {
                // "actually we don't have a budget yet", "wir haben noch kein Budget": the prospect states where their budget
                // stands in words the budget question reads; that is the new value, confirmed
                newValue = stateOfBudget with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }

            var directionOnly = false;
            if (field == QuestionSteps.Budget && newValue is { Value: BudgetEstimate { IsUnknown: true, HasAmount: false } } &&
                folded.Words.Any(w => BudgetDirections.Contains(w.Text)))
            {
                // "budget might be a bit lower, idk", "Budget eher niedriger, weiß nicht genau": the hedge says how sure the
                // prospect is of the direction, not that the budget is unknown; the budget is to change, its value asked
                newValue = null;
                directionOnly = true;
            }

            if (field == QuestionSteps.Authority && newValue is { Value: ChoiceValue { Key: { } afterKey } } &&
                reader.Read(field, text[folded[ClauseOpening(folded, at)].Start..], context) is { Value: ChoiceValue { Key: { } wholeKey } } whole &&
                wholeKey != afterKey)
            {
                // "yes but I'm not the only decision maker, my co-founder decides too": the words after the field word read
                // as one role, the sentence it stands in as another (a sole decider denied is a shared decision); the
                // sentence's role is offered, confirmed, never a sure change from half of it
                newValue = whole with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }

            if (newValue is { Confidence: Confidence.Medium, Hint: ReadingHints.Hedged } && field is QuestionSteps.Need or QuestionSteps.Authority &&
                RatherThanThat(folded))
            {
                // "Bedarf ist eigentlich eher CRM anbinden": "eher" after "eigentlich" says "rather than what you have", no
                // doubt, as after a reservation
                newValue = newValue with { Confidence = Confidence.High, Hint = null };
            }

            var confidence = named.Count == 1 ? Confidence.High : Confidence.Medium;
            // ("alles gut bis aufs Budget, das ist noch nicht freigegeben": a budget still to be approved is not set yet or
            // the old amount still pending, and careful readers confirm the change)
            if (newValue is { Confidence: < Confidence.High } || directionOnly || TakenBackBetweenValues(text, folded, field, addresses) ||
                field == QuestionSteps.Budget && newValue is { Value: BudgetEstimate { HasAmount: false } } && SubjectToApproval(folded))
            {
                // ("it's +32 475 12 34 567... no sorry +32 475 12 34 56 is right": two values, the first taken back; the
                // one said last may be the one on record, so the change is the prospect's to confirm)
                confidence = Confidence.Medium;
            }

            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, field, newValue), confidence, text.Trim())
            {
                Hint = named.Count == 1 ? newValue?.Hint : ReadingHints.Ambiguous,
            };
        }

        if (Delays(folded) && !folded.Contains(RatherWords) && !folded.Words.Any(w => w.Text is "nicht" or "not" or "don't" or "dont" or "kein" or "keine") &&
            reader.Read(QuestionSteps.Timeline, text, context) is not { Confidence: Confidence.High, Value: TimelineEstimate { Start: not null } } &&
            reader.Read(QuestionSteps.Budget, text, context) is not { Confidence: Confidence.High, Value: BudgetEstimate { HasAmount: true } })
        {
            // "moment, muss das kurz mit meiner Kollegin checken", "wait, let me check with my boss": the prospect puts the
            // answer off; a person named beside a verb of checking is no role, so nothing is changed and the flow asks again
            // (with a yes beside it, "passt, muss nur noch kurz checken", the yes is confirmed)
            return YesNoReader.Read(text) is { Value: true } || folded.Contains(ConfirmPhrases)
                ? new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous }
                : null;
        }

        if (DeniedClaim(text, folded, context, reader) is { } denied)
        {
            return denied;
        }

        // "looks good but the CEO decides": what follows the "but" counts, not the "looks good"
        if (HasReservation(folded) && StatedAnswer(text, folded, context, reader, Confidence.Medium) is { } reserved)
        {
            // a medium reading ("passt, aber wir brauchen eigentlich eher mehr Leads") is confirmed, never a silent "all
            // correct"; "eher" after "eigentlich" says "rather than that", no doubt ("eigentlich wollen wir eher unser CRM
            // anbinden")
            // ("nee eigentlich …": an opening no before the reservation changes nothing)
            var opens = Reservations.Contains(folded[0].Text) || folded.Count > 1 && folded[0].Text is "nee" or "nein" or "no" or "nope" or "naja" && Reservations.Contains(folded[1].Text);
            var rather = reserved.Hint == ReadingHints.Hedged && opens && folded.ContainsWord("eher") && !folded.ContainsWord("vielleicht") && !folded.ContainsWord("maybe");
            return rather
                ? new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, reserved.Slot, reserved with { Confidence = Confidence.High, Hint = null }), Confidence.High, text.Trim())
                : new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, reserved.Slot, reserved), reserved.Confidence, text.Trim());
        }

        // "ich entscheide doch eher zusammen mit meinem Chef": "doch", "eher" say the answer differs from the summary;
        // here "eher" is "rather than that", not a hedge, so the role or need stated is the change
        if (folded.Contains(ChangeWords) && StatedAnswer(text, folded, context, reader, Confidence.Medium) is { } changed)
        {
            var sure = changed.Confidence == Confidence.High || changed.Hint == ReadingHints.Hedged;
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, changed.Slot, sure ? changed with { Confidence = Confidence.High, Hint = null } : changed),
                sure ? Confidence.High : Confidence.Medium, text.Trim());
        }

        if (ChangedBesideYes(text, folded, context, reader) is { } beside)
        {
            return beside;
        }

        foreach (var p in ConfirmPhrases)
        {
            if (folded.Find([p]).At >= 0 && !IsNegatedConfirm(folded) && !CorrectAsVerb(folded))
            {
                if (folded.Words.Any(w => w.Text is "aber" or "but" or "jedoch" or "allerdings" or "however") && folded.Contains(ContactWords) &&
                    folded.Words.Any(w => w.IsNumber || CallTimeWords.Contains(w.Text)))
                {
                    // "stimmt, aber ruft mich erst nach 16 Uhr an": a yes with a reservation about when to call, which the
                    // record may hold too; confirmed like "bitte aber nicht vor 9 Uhr anrufen"
                    return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
                }

                return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Confirm), Confidence.High, text.Trim());
            }
        }

        if (folded.Count > 2 && folded[0].Text is "almost" or "nearly" or "beinahe" && !NearlyRight(folded) &&
            StatedAnswer(text[folded[1].Start..], FoldedText.Of(text[folded[1].Start..]), context, reader) is { } rightNow)
        {
            // "almost — I co-decide with my partner, not alone": nearly right, then the role or need that is right in
            // words the question reads sure; that is the change, as after "but"
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, rightNow.Slot, rightNow), Confidence.High, text.Trim());
        }

        if (folded.Count <= 6 && DeniedYesWord(folded) || ChangeWithoutField(folded) || CorrectAsVerb(folded) && !Fields.Any(f => folded.Contains(f.Words)))
        {
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Reject), Confidence.High, text.Trim());
        }

        foreach (var p in RejectPhrases)
        {
            if (folded.Find([p]).At >= 0)
            {
                return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Reject), Confidence.High, text.Trim());
            }
        }

        // a new start or budget alone ("eigentlich erst im Q3", "eher 40k"): a change of that answer. Not a yes with a time
        // ("ja, jetzt"), not when to call back ("rufen Sie mich nächste Woche an"), not "now" (send it now).
        if (YesNoReader.Read(text) is null && !folded.Contains(ContactWords))
        {
            foreach (var field in (string[])[QuestionSteps.Timeline, QuestionSteps.Budget])
            {
                // a start of a class the writers split on ("nach den Sommerferien") is the same change, confirmed
                if (reader.Read(field, text, context) is { } value &&
                    (value.Confidence == Confidence.High || value.Confidence == Confidence.Medium && field == QuestionSteps.Timeline && TimelineReader.SplitClass(text, context.Reference)) &&
                    value.Value is not BudgetEstimate { HasAmount: false } && value.Value is not TimelineEstimate { Start: null } &&
                    !(value.Value is TimelineEstimate t && TimelineReader.IsNow(t, DateOnly.FromDateTime(context.Reference))) &&
                    (Covers(value.Evidence, text) || folded.Contains(ChangeWords)))
                {
                    return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, field, value), value.Confidence, text.Trim()) { Hint = value.Hint };
                }
            }
        }

        // "ja, aber ich entscheide mit meinem Partner zusammen", "actually my boss makes the call, not me", "mostly, but
        // we're really after the CRM integration": a role or need said instead of (or after) a yes is a change of it
        if (StatedAnswer(text, folded, context, reader) is { } stated)
        {
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, stated.Slot, stated), Confidence.High, text.Trim());
        }

        if (YesNoReader.Read(text) is { } yesNo)
        {
            var intent = yesNo.Value ? SummaryIntent.Confirm : SummaryIntent.Reject;
            return new Reading<SummaryAnswer>(new SummaryAnswer(intent), yesNo.Confidence, yesNo.Evidence) { Hint = yesNo.Hint };
        }

        return null;
    }

    // Near enough right ("close enough", "passt so ungefähr").
    private static readonly string[][] CloseEnough = Phrases.Of(
        "close enough", "good enough", "near enough", "that'll do", "thatll do", "that will do", "passt so ungefaehr",
        "passt ungefaehr", "ungefaehr richtig", "ungefaehr so", "in etwa richtig", "so ungefaehr", "reicht so", "reicht schon");

    // Words that set a field apart as the one that is wrong ("alles gut bis aufs Budget", "all fine except the budget").
    private static readonly string[][] Excepting = Phrases.Of(
        "bis auf", "bis aufs", "ausser", "ausser dem", "ausser der", "ausser beim", "abgesehen vom", "abgesehen von", "except",
        "except for", "apart from", "other than", "but for");

    /// <summary>Whether words of an exception stand right before the field's words at <paramref name="at"/> (an article
    /// between them allowed): that field is said to be wrong, not noted beside a yes.</summary>
    private static bool ExceptedBefore(FoldedText folded, int at)
    {
        var k = at > 0 && folded[at - 1].Text is "the" or "das" or "dem" or "den" or "der" or "die" or "our" or "unser" or "unserem" ? at - 1 : at;
        return Array.Exists(Excepting, p => k >= p.Length && folded.MatchesAt(k - p.Length, p));
    }

    // Words of an approval still to come ("subject to approval", "muss noch freigegeben werden", "vorbehaltlich").
    private static readonly string[] ApprovalStems =
    [
        "approv", "freigeb", "freigeg", "freigab", "freizugeb", "genehmig", "vorbehalt", "zustimm", "abgesegnet", "absegn", "signoff",
    ];

    private static bool SubjectToApproval(FoldedText folded) =>
        folded.Words.Any(w => Array.Exists(ApprovalStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))) ||
        folded.ContainsWord("subject") && folded.ContainsWord("to");

    // A budget said to go up or down without the amount it goes to.
    private static readonly HashSet<string> BudgetDirections = new(StringComparer.Ordinal)
    {
        "lower", "higher", "less", "smaller", "bigger", "larger", "niedriger", "hoeher", "weniger", "kleiner", "groesser",
        "geringer",
    };

    /// <summary>Whether the word after a field's words (after "is"/"ist" if it stands there) says the field is right, in the
    /// same clause ("Name ok", "email is fine", "Firma passt").</summary>
    private static bool Affirmed(FoldedText folded, int after)
    {
        // ("Name und Firma stimmen", "name and company are correct": the fields joined, then what is said of them all)
        while (after + 1 < folded.Count && !folded[after].AfterBreak && folded[after].Text is "und" or "and" or "&" &&
               FieldAt(folded, after + 1) is > 0 and var joined)
        {
            after += 1 + joined;
        }

        if (after < folded.Count && !folded[after].AfterBreak && folded[after].Text is "is" or "ist" or "looks" or "sieht" or "are" or "sind")
        {
            after++;
        }

        return after < folded.Count && !folded[after].AfterBreak && RightWords.Contains(folded[after].Text) &&
               (after + 1 >= folded.Count || folded[after + 1].AfterBreak || folded[after + 1].Text is "aber" or "but" or "und" or "and");
    }

    /// <summary>The length of a field's word at <paramref name="at"/>, or 0.</summary>
    private static int FieldAt(FoldedText folded, int at)
    {
        foreach (var (_, words) in Fields)
        {
            foreach (var p in words)
            {
                if (folded.MatchesAt(at, p))
                {
                    return p.Length;
                }
            }
        }

        return 0;
    }

    // Words a message opens with before what it says ("wait, …", "Moment, …", "hmm …").
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "wait", "moment", "hmm", "hm", "hmmm", "ok", "okay", "sorry", "oh", "ah", "halt", "sec", "um", "uh", "aehm", "ehm",
        "aeh", "aber", "but", "so", "also", "hold", "on", "mal", "kurz", "quick", "question", "frage",
    };

    /// <summary>"wait, what does 'co-decides' mean", "Moment, was heißt das": a question typed without its mark, after
    /// the words a message opens with; it asks, so it changes no answer.</summary>
    private static bool AsksWithoutMark(string text)
    {
        if (text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var start = QuestionStart(text);
        if (start >= text.Length)
        {
            return false;
        }

        var rest = FoldedText.Of(text[start..]);
        return rest.IsQuestion || rest.Find(MeaningQuestions).At == 0;
    }

    /// <summary>Where the words after the opening ones ("wait, …", "ok, …") begin; the text's length when there are
    /// none.</summary>
    private static int QuestionStart(string text)
    {
        var folded = FoldedText.Of(text);
        var from = 0;
        while (from < folded.Count && Openers.Contains(folded[from].Text))
        {
            from++;
        }

        return from < folded.Count ? folded[from].Start : text.Length;
    }

    // "eher", "lieber", "actually": words that say the answer differs from the summary.
    private static readonly string[] RatherPhrases =
        ["eigentlich", "lieber", "eher", "besser", "sondern", "doch", "actually", "rather", "more like", "instead"];

    private static readonly string[][] RatherWords = Phrases.Of(RatherPhrases);

    private static bool NeedAsVerb(FoldedText folded, int at) =>
        at + 1 < folded.Count && folded[at].Text == "need" && folded[at + 1].Text == "to" &&
        (at == 0 || folded[at].AfterBreak || folded[at - 1].Text is "i" or "we" or "you" or "u" or "just" or "still" or "first" or "ll");

    // A question about what a word of the summary means, typed without its mark.
    private static readonly string[][] MeaningQuestions = Phrases.Of(
        "was heisst", "was bedeutet", "was meint ihr mit", "was meinen sie mit", "what do you mean", "what does", "what is meant");

    // Verbs of checking with someone or looking something up first ("muss das kurz checken", "let me check with my boss").
    private static readonly string[][] CheckVerbs = Phrases.Of(
        "checken", "pruefen", "klaeren", "abklaeren", "nachfragen", "nachschauen", "nachsehen", "rueckfragen", "absprechen",
        "abstimmen", "rueckversichern", "check", "double check", "verify", "ask", "confirm with", "run it by", "run this by");

    // Words that say the checking is still to come ("muss", "let me", "I need to").
    private static readonly string[][] StillToDo = Phrases.Of(
        "muss", "muessen", "musst", "moechte", "will", "wollte", "lass mich", "lassen sie mich", "kurz", "erst", "erstmal",
        "noch", "let me", "need to", "have to", "gotta", "got to", "i'll", "ill", "i will", "must", "first", "quickly");

    /// <summary>Whether the message puts the answer off to check something first: a verb of checking and a word that the
    /// checking is still to come.</summary>
    private static bool Delays(FoldedText folded) => folded.Contains(CheckVerbs) && folded.Contains(StillToDo);

    private static readonly HashSet<string> Reservations = new(StringComparer.Ordinal)
    {
        "aber", "but", "eigentlich", "actually", "jedoch", "however", "allerdings", "ausser", "except", "nur", "only",
        "korrektur", "correction", "berichtigung", "richtigstellung", "moment", "wait", "halt", "stopp",
        // "looks right, although I'm really more recommending than deciding": a concession opens a change like "but"
        "although", "though", "tho", "wobei", "obwohl",
    };

    /// <summary>A role or a configured need, read with high confidence from the words after a reservation ("aber",
    /// "but", "actually") or from a message that is no yes or no at all.</summary>
    private static bool HasReservation(FoldedText folded) => folded.Words.Any(w => Reservations.Contains(w.Text));

    private static SlotReading? StatedAnswer(string text, FoldedText folded, ReadingContext context, AnswerReader reader, Confidence least = Confidence.High)
    {
        if (folded.HasQuestionMark)
        {
            // "ja, nur noch eine Frage: wer entscheidet bei Ihnen?" asks, it states nothing
            return null;
        }

        var from = -1;
        for (var i = 0; i < folded.Count; i++)
        {
            if (Reservations.Contains(folded[i].Text))
            {
                from = i + 1;
                break;
            }
        }

        if (from < 0 && folded.Count > 2 && folded[0].Text is "nein" or "nee" or "ne" or "no" or "nope" or "noe")
        {
            // "Nee, wir wollen eher CRM anbinden", "no, I only recommend": the no says the summary is wrong, the words after
            // it say what is right
            from = 1;
        }

        if (from < 0 || from >= folded.Count)
        {
            // a clear yes or no stops here; a "nicht" inside a sentence ("ich entscheide doch mit meinem Chef zusammen,
            // nicht allein") does not
            if (YesNoReader.Read(text) is { Confidence: Confidence.High })
            {
                return null;
            }

            from = 0;
        }

        var rest = text[folded[from].Start..];
        var restFolded = FoldedText.Of(rest);
        if (restFolded.Find(SaidWrong) is { At: >= 0 } wrong)
        {
            // "das mit dem CRM war nicht richtig. Es geht um Lead-Qualifizierung": the value named as wrong is not the new
            // one; the words after the clause that says so are
            var next = wrong.At + wrong.Length;
            while (next < restFolded.Count && !restFolded[next].AfterBreak)
            {
                next++;
            }

            if (next < restFolded.Count &&
                reader.Read(QuestionSteps.Need, rest[restFolded[next].Start..], context) is { Value: ChoiceValue { Key: not null } } instead && instead.Confidence >= least)
            {
                return instead;
            }
        }

        if (AfterReplaced(rest, restFolded) is { } replacing)
        {
            // "statt CRM eher Automatisierung", "nicht CRM, sondern Automatisierung", "instead of CRM, automation": the value
            // after "statt"/"instead of" is the one replaced; the answer is what follows it
            foreach (var field in (string[])[QuestionSteps.Authority, QuestionSteps.Need])
            {
                if (reader.Read(field, replacing, context) is { Value: ChoiceValue { Key: not null } } value && value.Confidence >= least)
                {
                    return value;
                }
            }
        }

        foreach (var field in (string[])[QuestionSteps.Authority, QuestionSteps.Need])
        {
            if (reader.Read(field, rest, context) is { Value: ChoiceValue { Key: not null } } value && value.Confidence >= least)
            {
                return value;
            }
        }

        if (NotClauseAtEnd(rest, restFolded) is { } stated)
        {
            // "I said I recommend, not decide", "ich empfehle, nicht entscheiden": a last short clause opened by "not" names
            // the answer it replaces; the answer is what stands before it
            foreach (var field in (string[])[QuestionSteps.Authority, QuestionSteps.Need])
            {
                if (reader.Read(field, stated, context) is { Value: ChoiceValue { Key: not null } } value && value.Confidence >= least)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>The words after the replaced value when the text opens with "statt"/"anstatt"/"instead of" (or "nicht"/"not"
    /// followed by "sondern"/"but"): from after "eher"/"lieber"/"sondern"/"rather"/"but", or from the next clause
    /// ("statt CRM eher Automatisierung" → "Automatisierung"); null otherwise.</summary>
    private static string? AfterReplaced(string rest, FoldedText words)
    {
        if (words.Count < 3)
        {
            return null;
        }

        var negated = words[0].Text is "nicht" or "not";
        var opens = words[0].Text is "statt" or "anstatt" or "anstelle" || words[0].Text == "instead" && words[1].Text == "of" || negated;
        if (!opens)
        {
            return null;
        }

        for (var j = words[0].Text == "instead" ? 3 : 2; j < words.Count; j++)
        {
            if (words[j].Text is "eher" or "lieber" or "sondern" or "rather" or "but" && j + 1 < words.Count)
            {
                return rest[words[j + 1].Start..];
            }

            if (words[j].AfterBreak && !negated)
            {
                return rest[words[j].Start..];
            }
        }

        return null;
    }

    /// <summary>The words before a last clause of one to three words opened by "not"/"nicht" after a comma ("I recommend,
    /// not decide" → "I recommend"); null when there is none.</summary>
    private static string? NotClauseAtEnd(string rest, FoldedText words)
    {
        for (var i = Math.Max(1, words.Count - 4); i < words.Count - 1; i++)
        {
            if (words[i].Text is "not" or "nicht" && words[i].AfterBreak && rest.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains(',') &&
                Enumerable.Range(i + 1, words.Count - i - 1).All(j => !words[j].AfterBreak))
            {
                return rest[..words[i].Start].TrimEnd(',', ' ', ';', '-', '–');
            }
        }

        return null;
    }

    // Words that say what kind of line a number is ("Festnetz", "landline", "office"), never its digits.
    private static readonly HashSet<string> LineKinds = new(StringComparer.Ordinal)
    {
        "festnetz", "festnetznummer", "festnetzanschluss", "landline", "buero", "bueronummer", "buerotelefon", "office",
        "geschaeftlich", "geschaeftliche", "dienstlich", "dienstliche", "privat", "private", "home", "zentrale", "work",
    };

    // The phone's field words and the little words a remark about its kind is made of ("ausser Telefon, das ist …").
    private static readonly HashSet<string> LineRemarkWords = new(
        [.. LineKinds, "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer", "mobile", "cell", "phone",
         "phone's", "number", "number's", "nummer", "rufnummer", "tel", "line", "leitung", "anschluss", "stimmt", "passt", "so",
         "alles", "all", "good", "gut", "correct", "korrekt", "richtig", "fine", "ok", "okay", "ja", "yes", "yep", "ausser",
         "except", "but", "aber", "though", "nur", "only", "das", "ist", "es", "it's", "its", "that's", "thats", "is", "it",
         "a", "an", "the", "my", "meine", "mein", "ein", "eine", "kein", "keine", "nicht", "not", "no", "sondern", "rather",
         "than", "instead", "statt", "also", "und", "and", "sonst", "rest", "der", "die", "fyi", "just", "btw",
         "uebrigens", "line's", "that", "this", "dies", "diese"],
        StringComparer.Ordinal);

    /// <summary>Whether the message names the phone only to say what kind of line it is ("ausser Telefon, das ist
    /// Festnetz nicht Handy", "all good, it's a landline though"): no digits, no word that says it is wrong, a word of a
    /// kind of line, and nothing else but the phone's field words and little words.</summary>
    private static bool LineKindOnly(string text, FoldedText folded, ReadingContext context) =>
        PhoneReader.FindAll(text, context.Region).Count == 0 && !text.Any(char.IsDigit) && !folded.Contains(WrongWords) &&
        !folded.Contains(SaidWrong) && folded.Words.Any(w => LineKinds.Contains(w.Text)) &&
        folded.Words.All(w => LineRemarkWords.Contains(w.Text));

    // Words that say what was just named is wrong ("das mit dem CRM war falsch", "the CRM part was wrong").
    // Denying having said what the summary shows ("I never said I decide alone", "hab nie gesagt, dass …").
    private static readonly string[][] NeverSaid = Phrases.Of(
        "never said", "didn't say", "didnt say", "did not say", "never told you", "never wrote", "didn't write", "did not write",
        "nie gesagt", "nicht gesagt", "nie geschrieben", "nicht geschrieben", "nie behauptet", "nicht behauptet");

    /// <summary>"wait what, I never said I decide alone": the words after a denial of having said something are the
    /// value shown that is wrong, not the new one. The role or need they name is to change; its new value only when a
    /// later clause states it ("…, we decide as a team"). Null when no such denial names a role or need.</summary>
    private static Reading<SummaryAnswer>? DeniedClaim(string text, FoldedText folded, ReadingContext context, AnswerReader reader)
    {
        var (at, length) = folded.Find(NeverSaid);
        var start = at + length;
        if (at < 0 || folded.HasQuestionMark)
        {
            return null;
        }

        if (DeniedBefore(folded, at, start) is { } before)
        {
            // "dass ich allein entscheide, hab ich nie gesagt": the claim in the clause before a denial that only says so
            return DeniedField(text[folded[before.Start].Start..folded[before.End - 1].End], context, reader) is { } earlier
                ? new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, earlier), Confidence.High, text.Trim())
                : null;
        }

        if (start >= folded.Count)
        {
            return null;
        }

        // the claim runs to the end of its clause ("…, dass ich allein entscheide": the comma before "dass" opens it)
        var end = start + 1;
        while (end < folded.Count && !folded[end].AfterBreak)
        {
            end++;
        }

        var claim = text[folded[start].Start..folded[end - 1].End];
        var field = DeniedField(claim, context, reader);
        if (field is null)
        {
            return null;
        }

        if (end < folded.Count && StatedAnswer(text[folded[end].Start..], FoldedText.Of(text[folded[end].Start..]), context, reader) is { } stated &&
            stated.Slot == field)
        {
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, field, stated), Confidence.High, text.Trim());
        }

        return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, field), Confidence.High, text.Trim());
    }

    /// <summary>The role or need the denied words name, or null.</summary>
    private static string? DeniedField(string claim, ReadingContext context, AnswerReader reader) =>
        Array.Find([QuestionSteps.Authority, QuestionSteps.Need], f => reader.Read(f, claim, context) is { Value: ChoiceValue { Key: not null } });

    // Words around a denial that say nothing else ("hab ich nie gesagt", "I never said that").
    private static readonly HashSet<string> DenialFiller = new(StringComparer.Ordinal)
    {
        "hab", "habe", "ich", "i", "das", "that", "so", "aber", "but", "doch", "also", "jemals", "ever", "nirgends", "anywhere",
        "sowas", "was", "ja", "eigentlich", "actually", "nein", "no", "nope", "hey", "moment", "wait", "bitte",
    };

    /// <summary>The clause before a denial whose own clause holds nothing but it ("dass ich allein entscheide, hab ich nie
    /// gesagt", "me deciding alone, I never said that"), as a span of words; null when the denial is not so placed.</summary>
    private static (int Start, int End)? DeniedBefore(FoldedText folded, int at, int after)
    {
        var open = at;
        while (open > 0 && !folded[open].AfterBreak)
        {
            open--;
        }

        var close = after;
        while (close < folded.Count && !folded[close].AfterBreak)
        {
            close++;
        }

        if (open == 0 || close < folded.Count ||
            Enumerable.Range(open, at - open).Concat(Enumerable.Range(after, close - after)).Any(k => !DenialFiller.Contains(folded[k].Text)))
        {
            return null;
        }

        var start = open - 1;
        while (start > 0 && !folded[start].AfterBreak)
        {
            start--;
        }

        return (start, open);
    }

    private static readonly string[][] SaidWrong = Phrases.Of(
        "war nicht richtig", "war falsch", "ist falsch", "ist nicht richtig", "stimmt nicht", "passt nicht", "was wrong",
        "is wrong", "was not right", "wasn't right", "isn't right", "is not right", "was incorrect", "is incorrect");

    private static readonly string[][] RejectPhrases = Phrases.Of(
        "something's off", "something is off", "somethings off", "something's wrong", "something is wrong", "not everything",
        "da stimmt was nicht", "da stimmt etwas nicht", "nicht alles", "ein fehler", "da ist ein fehler", "there's a mistake",
        "there is a mistake", "mistake", "stimmt so nicht", "passt so nicht", "stimmt leider nicht", "passt leider nicht",
        "so nicht richtig", "isn't right", "isnt right", "not right", "that's not right", "thats not right", "not correct",
        // almost right, or a slip owned up to: something is to be changed, which the prospect names next
        "almost", "nearly", "beinahe", "fast richtig", "fast alles", "fast korrekt", "stimmt fast", "passt fast", "vertippt",
        "verschrieben", "vertan", "typo", "tippfehler");

    private static readonly string[][] PartlyRight = Phrases.Of(
        "jein", "teils teils", "teilweise", "ja und nein", "yes and no", "sort of", "kind of", "partly", "mostly", "groesstenteils",
        "im grossen und ganzen", "more or less", "mehr oder weniger");

    private static readonly string[][] StartOver = Phrases.Of(
        "start over", "start again", "restart", "neu starten", "neustart", "von vorne", "von vorn", "neu beginnen");

    private static readonly string[][] ContactWords = Phrases.Of(
        "anrufen", "rufen", "ruf", "ruft", "rufe", "anruf", "anrufe", "melden", "melde", "meldet", "call", "contact", "talk", "sprechen", "erreichen", "reach",
        "kontakt", "termin", "meeting", "demo", "zurueckrufen", "email", "mail", "schreiben", "write");

    private static readonly string[][] ChangeWords = Phrases.Of([.. RatherPhrases, "start", "starten", "beginn", "budget", "erst"]);

    // Words that say what the sentence names is wrong ("war nicht richtig", "that's wrong").
    private static readonly string[][] WrongWords = Phrases.Of(
        "nicht richtig", "falsch", "stimmt nicht", "passt nicht", "not right", "isn't right", "wasn't right", "wrong", "incorrect",
        "not correct");

    /// <summary>The sentences after a first sentence that says something in it is wrong ("das mit dem CRM war nicht
    /// richtig. Es geht um …"); null when the message is not so.</summary>
    private static string? WrongThenRight(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                var first = FoldedText.Of(text[..i]);
                return first.Contains(WrongWords) && !first.HasQuestionMark ? text[(i + 2)..] : null;
            }
        }

        return null;
    }

    // Verbs of taking something out of the answers ("rausnehmen", "remove", "delete").
    private static readonly string[][] RemoveWords = Phrases.Of(
        "rausnehmen", "herausnehmen", "entfernen", "loeschen", "streichen", "weglassen", "remove", "delete", "take out",
        "leave out");

    // Words of a question about being contacted or what comes next ("wann meldet ihr euch?", "what happens next?").
    private static readonly string[][] NextStepWords = Phrases.Of(
        "melden", "meldet", "melde", "anrufen", "ruft", "kontaktieren", "schicken", "schickt", "zuschicken", "passiert",
        "weiter", "naechsten schritte", "reach out", "reach", "call", "contact", "hear", "next", "happens", "send");

    /// <summary>The one field a question asks to take out of the answers ("Kann ich die Telefonnummer wieder
    /// rausnehmen?"); null when it names no field, or more than one, or no verb of taking out.</summary>
    private static string? RemovedField(string text)
    {
        var folded = FoldedText.Of(text);
        if (!folded.Contains(RemoveWords))
        {
            return null;
        }

        var found = Fields.Where(f => folded.Contains(f.Words)).Select(f => f.Field).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Whether the message is a clear yes as a sentence or clause of its own ("Ja.", "looks right.", "Stimmt so,")
    /// and then a question about being contacted or what happens next, with no contrast word.</summary>
    private static bool YesThenNextSteps(string text)
    {
        var cut = text.IndexOfAny(['.', ',', '!', ':', ';']);
        if (cut <= 0)
        {
            return false;
        }

        var first = text[..cut];
        var question = FoldedText.Of(text[(cut + 1)..]);
        var opening = FoldedText.Of(first);
        var yes = opening.Count > 0 && (opening.Count == opening.Find(ConfirmPhrases).Length && opening.Find(ConfirmPhrases).At == 0 ||
                                        YesNoReader.Read(first) is { Value: true, Confidence: Confidence.High });
        return yes && question.Count > 0 && question.HasQuestionMark && question.Contains(NextStepWords) &&
               !question.Words.Any(w => w.Text is "aber" or "but" or "nicht" or "not" or "doch") &&
               !Fields.Any(f => f.Field is not (QuestionSteps.Timeline or QuestionSteps.Email or QuestionSteps.Phone) && question.Contains(f.Words));
    }

    /// <summary>"can you change my timeline to Q3?", "könnt ihr das Budget auf 30k ändern?": a request to change, put as a
    /// question.</summary>
    private static bool AsksForChange(string text) =>
        text.Contains("change", StringComparison.OrdinalIgnoreCase) || text.Contains("ändern", StringComparison.OrdinalIgnoreCase) ||
        text.Contains("aendern", StringComparison.OrdinalIgnoreCase) || text.Contains("korrigier", StringComparison.OrdinalIgnoreCase) ||
        text.Contains("update", StringComparison.OrdinalIgnoreCase) || text.Contains("anpassen", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words after "sondern"/"but" when the field's words open with "nicht"/"not" and a value between
    /// ("nicht März sondern April", "not 20k but 30k"), or null (names keep their own rules for the old one).</summary>
    private static string? NotButInstead(string rest)
    {
        var words = FoldedText.Of(rest);
        var not = -1;
        for (var i = 0; i < words.Count && i <= 2; i++)
        {
            if (words[i].Text is "nicht" or "not")
            {
                not = i;
                break;
            }
        }

        for (var j = not + 2; not >= 0 && j + 1 < words.Count; j++)
        {
            if (words[j].Text is "sondern" or "but")
            {
                return rest[WithMoneySign(rest, words[j + 1].Start)..];
            }
        }

        return null;
    }

    /// <summary>"should be May not March", "30k statt 20k": the words after "not"/"nicht"/"statt"/"instead of" name the
    /// wrong value, so they are cut off before the new one is read.</summary>
    private static string WithoutWrongValue(string rest)
    {
        var words = FoldedText.Of(rest);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Text is "not" or "nicht" or "statt" or "anstatt" or "anstelle" or "instead" && (!words[i].AfterBreak || OldValueClause(rest, words, i)) &&
                !(i + 1 < words.Count && words[i + 1].Text is "before" or "vor" or "later" or "spaeter" or "until" or "more" or "mehr" or "less" or "weniger"))
            {
                return rest[..words[i].Start];
            }
        }

        return rest;
    }

    /// <summary>Whether the clause opened by the "not" at <paramref name="i"/> is the last one and names an old value by
    /// its digits or currency ("$75k, not 75k EUR", "0101, not 0100"): the value before it is the new one.</summary>
    private static bool OldValueClause(string rest, FoldedText words, int i)
    {
        var after = rest.AsSpan(words[i].End).TrimStart();
        return after.Length > 0 && (char.IsDigit(after[0]) || after[0] is '$' or '€' or '£') &&
               after.IndexOfAny([',', ';', '!', '?', ':']) < 0 && !after.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>The text without a last clause of "not" and the old number's digits ("…, not 0100"); the text itself
    /// when there is none ("stimmt nicht, richtig ist 0171 …" keeps its number).</summary>
    private static string WithoutOldNumber(string text)
    {
        var words = FoldedText.Of(text);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].AfterBreak && words[i].Text is "not" or "nicht" && OldValueClause(text, words, i))
            {
                return text[..words[i].Start].TrimEnd(',', ' ', ';');
            }
        }

        return text;
    }

    // A last clause that only remarks on the new company: that the rest is right, a request to fix it, how it is written
    // or that the firm was renamed ("…, sonst alles richtig", "…, please fix", "…, ohne Bindestrich", "…, we rebranded").
    private static readonly string[][] RestRight = Phrases.Of(
        "sonst", "ansonsten", "rest", "der rest", "everything else", "all else", "alles andere", "otherwise");

    private static readonly HashSet<string> RightWords = new(StringComparer.Ordinal)
    {
        "passt", "stimmt", "richtig", "korrekt", "gut", "ok", "okay", "fine", "correct", "right", "good", "ist",
        // the plural said of fields joined ("Name und Firma stimmen", "passen")
        "stimmen", "passen",
    };

    private static readonly string[][] FixRequests = Phrases.Of(
        "please fix", "pls fix", "please correct", "please change", "bitte korrigieren", "bitte aendern", "bitte anpassen",
        "bitte berichtigen", "we rebranded", "we renamed", "wir haben umfirmiert", "wir haben uns umbenannt", "neuer name",
        "new name");

    private static readonly HashSet<string> WritingMarks = new(StringComparer.Ordinal)
    {
        "bindestrich", "punkt", "period", "dot", "hyphen", "dash", "komma", "comma", "leerzeichen", "space", "ampersand",
        "und-zeichen", "apostroph", "apostrophe", "umlaut", "grossbuchstaben", "capitals",
    };

    /// <summary>The new company without a last clause that only remarks on it (<see cref="RestRight"/>), and without a
    /// "now"/"jetzt" right before that clause; null when there is no such clause.</summary>
    private static string? WithoutRemark(string rest)
    {
        var cut = rest.LastIndexOfAny([',', ';', '(']);
        if (cut <= 0)
        {
            return null;
        }

        var clause = FoldedText.Of(rest[(cut + 1)..].TrimEnd(')', '.', '!', ' '));
        var remark = clause.Count > 0 && clause.Count <= 5 &&
                     (clause.Find(RestRight).At == 0 && clause.Words.Any(w => RightWords.Contains(w.Text)) ||
                      clause.Find(FixRequests) is { At: >= 0 } fix && fix.At + fix.Length == clause.Count ||
                      clause[0].Text is "ohne" or "mit" or "with" or "without" && clause.Words.Any(w => WritingMarks.Contains(w.Text)));
        if (!remark)
        {
            return null;
        }

        var kept = FoldedText.Of(rest[..cut]);
        var end = kept.Count > 1 && kept[^1].Text is "now" or "jetzt" or "inzwischen" or "mittlerweile"
            ? kept[^1].Start
            : cut;
        return rest[..end].TrimEnd(',', ' ', ';');
    }

    /// <summary>The words before a last clause that opens with "not"/"nicht" and holds only the wrong value, one or two
    /// words ("Sarah Connor, not Sara" → "Sarah Connor"); null when there is no such clause, or when a dash after it
    /// brings the name once more ("…, not Kate - Katherine Williams").</summary>
    private static string? WrongValueAtEnd(string rest)
    {
        var words = FoldedText.Of(rest);
        for (var i = words.Count - 2; i >= 1 && i >= words.Count - 4; i--)
        {
            // "…, nicht nur Mayer Bau", "…, not just Acme": the old value after "nur"/"just" may be one word longer
            if (words[i].AfterBreak && words[i].Text is "not" or "nicht" && rest.AsSpan(words[i].End).IndexOfAny('-', '–', '—') < 0 &&
                (i >= words.Count - 3 || words[i + 1].Text is "nur" or "just" or "only"))
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    if (words[j].AfterBreak)
                    {
                        return null;
                    }
                }

                return rest[..words[i].Start].TrimEnd(',', ' ', ';', '-', '–');
            }
        }

        return null;
    }

    // A verb of spelling ("schreibt sich mit y", "is spelled with two t's") makes the words around it a remark on how
    // the name is written, so they are never read as the new name.
    private static readonly HashSet<string> SpellingVerbs = new(StringComparer.Ordinal)
    {
        "schreibt", "schreibe", "geschrieben", "buchstabiert", "spelled", "spelt", "spell", "spells",
    };

    private static bool SaysHowSpelled(string rest) => FoldedText.Of(rest).Words.Any(w => SpellingVerbs.Contains(w.Text));

    private static bool SpellingRemark(string rest)
    {
        var words = FoldedText.Of(rest);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Text is "mit" or "with" or "ohne" or "without" && (words[i + 1].Text.Length <= 3 || words[i + 1].Text is "zwei" or "double" or "doppel"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the reading's words are most of the message ("Q2 2027", "eher 40k").</summary>
    private static bool Covers(string evidence, string text)
    {
        static int Letters(string s) => s.Count(char.IsLetterOrDigit);
        return Letters(evidence) * 2 >= Letters(text);
    }

    // "fast alles richtig", "almost all correct": nearly right is not right
    private static bool NearlyRight(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is "fast" or "almost" or "nearly" or "beinahe" &&
                folded[i + 1].Text is "alles" or "all" or "everything" or "richtig" or "correct" or "korrekt" or "right" or "perfect" or "perfekt")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new start or budget said with a word of changing ("lieber", "eher", "erst", "doch", "rather", "more
    /// like") or a yes word put in the conditional ("April wäre richtig", "correct would be April") beside a word that
    /// would confirm ("lieber im März, sonst passt alles", "rather in March, rest is correct", "doch erst im März"): the change, never a yes that keeps the old value. Confirmed when a yes word for the rest
    /// stands beside it; with "doch" alone ("doch erst im März") it is a change like "eigentlich erst im Q3".</summary>
    private static Reading<SummaryAnswer>? ChangedBesideYes(string text, FoldedText folded, ReadingContext context, AnswerReader reader)
    {
        var yesWords = ConfirmPhrases.Where(p => folded.Find([p]).At >= 0).ToList();
        if (yesWords.Count == 0 || !folded.Contains(ChangeWords) && !folded.Words.Any(w => w.Text is "waere" or "would") || folded.Contains(ContactWords))
        {
            return null;
        }

        var onlyDoch = yesWords.TrueForAll(p => p is ["doch"]);
        foreach (var field in (string[])[QuestionSteps.Timeline, QuestionSteps.Budget])
        {
            if (reader.Read(field, text, context) is { Confidence: >= Confidence.Medium } value &&
                value.Value is BudgetEstimate { HasAmount: true } or TimelineEstimate { Start: not null } &&
                !(value.Value is TimelineEstimate t && TimelineReader.IsNow(t, DateOnly.FromDateTime(context.Reference))))
            {
                var sure = onlyDoch && value.Confidence == Confidence.High;
                return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, field, value), sure ? Confidence.High : Confidence.Medium, text.Trim())
                {
                    Hint = sure ? null : ReadingHints.Ambiguous,
                };
            }
        }

        return null;
    }

    // The dialects' "nicht" ("ned", "net", "nit", "nöd", "nich") denies a "stimmt" or "passt" as the standard word does
    // ("ne, des stimmt so ned"): never a sure yes.
    private static bool IsNegatedConfirm(FoldedText folded) =>
        NearlyRight(folded) || folded.ContainsWord("nicht") || folded.ContainsWord("not") || folded.ContainsWord("nein") ||
        folded.Words.Any(w => CommonWords.DialectNicht.Contains(w.Text)) ||
        folded.ContainsWord("no") && folded.Count > 1 && !folded.ContainsWord("change") && !folded.ContainsWord("changes");

    /// <summary>"correct" as a verb, not the word of yes ("need to correct a few things", "please correct", "I must
    /// correct something"): a wish to fix what the summary says, so a refusal of it as it stands.</summary>
    private static bool CorrectAsVerb(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text != "correct")
            {
                continue;
            }

            if (i > 0 && folded[i - 1].Text is "to" or "please" or "pls" or "plz" or "kindly" or "can" or "could" or "must" or "should" or
                "need" or "needs" or "gotta" or "let" or "lets" or "will" or "ll" or "we" or "i" or "pl")
            {
                return true;
            }

            if (i + 1 < folded.Count && folded[i + 1].Text is "something" or "sth" or "smth" or "some" or "few" or "couple" or "things" or "stuff" ||
                i + 2 < folded.Count && folded[i + 1].Text == "a" && folded[i + 2].Text is "few" or "couple")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[][] SomeThings = Phrases.Of("one thing", "a thing", "a few things", "eine sache", "ein paar sachen", "paar sachen");

    /// <summary>A wish to change something not yet named ("ich möchte noch was ändern", "I'd like to correct something",
    /// "da muss noch etwas angepasst werden"): a refusal of the summary as it stands, the field is asked next.</summary>
    private static bool ChangeWithoutField(FoldedText folded)
    {
        var verb = folded.Words.Any(w => w.Text.StartsWith("aender", StringComparison.Ordinal) || w.Text.StartsWith("geaender", StringComparison.Ordinal) ||
                                         w.Text.StartsWith("korrigier", StringComparison.Ordinal) || w.Text.StartsWith("anpass", StringComparison.Ordinal) ||
                                         w.Text is "angepasst" or "change" or "correct" or "fix" or "edit" or "amend" or "update");
        var something = folded.Words.Any(w => w.Text is "was" or "etwas" or "something" or "sth" or "smth") ||
                        folded.Contains(SomeThings);
        return verb && something && folded.Count <= 8 && !folded.IsQuestion && !Fields.Any(f => folded.Contains(f.Words)) &&
               !folded.Words.Any(w => w.Text is "nichts" or "nix" or "nothing" or "not" or "nicht" or "no" or "kein" or "keine" or "ja" or "yes" or "aber" or "but" || w.IsNumber);
    }

    // A word of yes to the summary ("stimmt", "passt", "richtig", "correct") denied by a negation after it in its clause, in
    // the standard words or a dialect's ("stimmt so ned", "passt nit ganz", "des is ned richtig"): a refusal, whatever the
    // wording around it.
    private static bool DeniedYesWord(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is not ("stimmt" or "passt" or "basst" or "richtig" or "korrekt" or "correct" or "right"))
            {
                continue;
            }

            for (var k = Math.Max(0, i - 3); k <= Math.Min(folded.Count - 1, i + 3); k++)
            {
                if (k != i && (k > i ? !folded[k].AfterBreak : !folded[i].AfterBreak) &&
                    (folded[k].Text is "nicht" or "not" or "isn't" or "isnt" or "wasn't" or "wasnt" || CommonWords.DialectNicht.Contains(folded[k].Text)) &&
                    folded.Words.Skip(Math.Min(i, k) + 1).Take(Math.Abs(k - i) - 1).All(w => !w.AfterBreak && w.Text is "so" or "ganz" or "quite" or "leider" or "halt" or "aber" or "das" or "des" or "is" or "ist" or "that's" or "thats" or "it's" or "its" or "wirklich" or "really" or "mehr" or "scho" or "schon"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words after the last comma, colon or free-standing dash ("Katherine, not Kate - Katherine Williams").</summary>
    private static string? LastPart(string text)
    {
        var cut = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ',' or ':' or ';' or '–' or '—' || text[i] == '-' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ' ||
                text[i] is '.' or '!' && EndsSentence(text, i))
            {
                cut = i;
            }
        }

        return cut < 0 || cut + 1 >= text.Length ? null : text[(cut + 1)..].Trim();
    }

    private static readonly string[][] MeantCues = Phrases.Of(
        "meant", "i meant", "i mean", "ich meinte", "ich meine", "gemeint war", "gemeint", "meinte", "sollte heissen", "should be",
        "sorry meant", "sorry i meant");

    /// <summary>The words after a question that end with what was meant ("did I say 50k? meant 15k" → "15k"), or null.</summary>
    private static string? SelfCorrection(string text)
    {
        var mark = text.LastIndexOf('?');
        if (mark < 0 || mark + 1 >= text.Length)
        {
            return null;
        }

        var tail = FoldedText.Of(text[(mark + 1)..]);
        if (tail.Count >= 3 && tail[0].Text is "sollte" or "soll" or "muesste" or "should" && tail[^1].Text is "sein" or "be")
        {
            // "hab ich da 5k geschrieben? Sollte 50k sein": the value between "sollte" and "sein" is what was meant
            return text[(mark + 1)..][tail[1].Start..tail[^2].End];
        }

        foreach (var cue in MeantCues)
        {
            if (tail.MatchesAt(0, cue) && cue.Length < tail.Count)
            {
                return text[(mark + 1)..][tail[cue.Length].Start..];
            }
        }

        return null;
    }

    /// <summary>"It's Katherine, not Kate. Katherine Moore", "Jana, nicht Janna – Jana Maier": a word set against
    /// another with "not"/"nicht" and a full name at the end that holds it; null otherwise.</summary>
    private static SlotReading? RestatedName(string text, FoldedText folded, ReadingContext context, AnswerReader reader)
    {
        var not = -1;
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is "not" or "nicht" && char.IsUpper(text[folded[i + 1].Start]))
            {
                not = i;
                break;
            }
        }

        if (not < 0 && SpelledName(text, folded, context, reader) is { } spelled)
        {
            return spelled;
        }

        if (not < 0 || LastPart(text) is not { } last || reader.Read(QuestionSteps.Name, last, context) is not { Confidence: Confidence.High, Value: string full } name ||
            !full.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        // the word said instead is part of the full name ("Katherine … Katherine Moore")
        var said = FoldedText.Fold(text.Substring(folded[not - 1].Start, folded[not - 1].End - folded[not - 1].Start));
        return FoldedText.Of(full).Words.Any(w => w.Text == said) ? name : null;
    }

    // Words before a respelled value that only introduce it ("it's Smyth not Smith", "nein, Maier nicht Meier").
    private static readonly HashSet<string> RespellLeadIns = new(StringComparer.Ordinal)
    {
        "it's", "its", "it", "is", "es", "ist", "das", "that's", "thats", "no", "nein", "nee", "sorry", "almost", "nearly", "fast",
        "beinahe", "sondern", "but", "aber", "actually", "eigentlich", "richtig", "correct", "waere", "would", "be", "the", "name",
    };

    /// <summary>"it's Smyth not Smith", "Jon Pryce, not John Pryce", "Maier statt Meier": one to three capitalised words,
    /// a "not"/"nicht"/"statt", and as many capitalised words that differ from them in the spelling of one word (two
    /// letters at most). A change of the name: with the full name before the "not" that is the new value, else the
    /// prospect is asked for it. Null otherwise (a month, an amount or a word unlike the other is no spelling).</summary>
    private static Reading<SummaryAnswer>? SpellingSwap(string text, FoldedText folded, ReadingContext context, AnswerReader reader)
    {
        var not = -1;
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is "not" or "nicht" or "statt" or "anstatt")
            {
                not = i;
                break;
            }
        }

        if (not < 0 || folded.HasQuestionMark)
        {
            return null;
        }

        var first = 0;
        while (first < not && RespellLeadIns.Contains(folded[first].Text))
        {
            first++;
        }

        var last = folded.Count;
        while (last > not + 1 && folded[last - 1].Text is "please" or "bitte" or "thanks" or "danke")
        {
            last--;
        }

        var count = not - first;
        if (count is 2 or 3 && last - not - 1 == 1)
        {
            return RespelledInFull(text, folded, first, not, context, reader);
        }

        if (count is < 1 or > 3 || last - not - 1 != count)
        {
            return null;
        }

        var differing = 0;
        for (var k = 0; k < count; k++)
        {
            var (a, b) = (folded[first + k], folded[not + 1 + k]);
            if (!char.IsUpper(text[a.Start]) || !char.IsUpper(text[b.Start]) || a.IsNumber || b.IsNumber)
            {
                return null;
            }

            if (a.Text == b.Text)
            {
                continue;
            }

            if (a.Text.Length < 3 || b.Text.Length < 3 || a.Text[0] != b.Text[0] || !WithinTwoEdits(a.Text, b.Text))
            {
                return null;
            }

            differing++;
        }

        var said = text[folded[first].Start..folded[not - 1].End];
        if (differing != 1 || reader.Read(QuestionSteps.Timeline, said, context) is not null || reader.Read(QuestionSteps.Budget, said, context) is not null)
        {
            return null;
        }

        var value = count > 1 && reader.Read(QuestionSteps.Name, said, context) is { Confidence: Confidence.High } full ? full : null;
        return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, QuestionSteps.Name, value), Confidence.High, text.Trim());
    }

    /// <summary>"it's Siobhan O'Brien, not Shiobhan", "Maier Thomas, nicht Meier": the full name before the "not" and one
    /// capitalised word after it, spelled nearly alike to one of the name's words (two letters at most, same first letter),
    /// is the old spelling of that word; the full name is the new value. Null otherwise.</summary>
    private static Reading<SummaryAnswer>? RespelledInFull(string text, FoldedText folded, int first, int not, ReadingContext context, AnswerReader reader)
    {
        var wrong = folded[not + 1];
        if (!char.IsUpper(text[wrong.Start]) || wrong.IsNumber || wrong.Text.Length < 3)
        {
            return null;
        }

        var alike = false;
        for (var k = first; k < not; k++)
        {
            var said = folded[k];
            if (!char.IsUpper(text[said.Start]) || said.IsNumber || said.Text == wrong.Text)
            {
                return null;
            }

            alike |= said.Text.Length >= 3 && said.Text[0] == wrong.Text[0] && WithinTwoEdits(said.Text, wrong.Text);
        }

        var whole = text[folded[first].Start..folded[not - 1].End];
        return alike && reader.Read(QuestionSteps.Name, whole, context) is { Confidence: Confidence.High, Value: string full } name &&
               full.Contains(' ', StringComparison.Ordinal)
            ? new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, QuestionSteps.Name, name), Confidence.High, text.Trim())
            : null;
    }

    // A yes for the rest before how a word is spelled ("alles richtig, nur Meyer mit ey", "looks good, Jon with no h").
    private static readonly HashSet<string> SpelledYes = new(StringComparer.Ordinal)
    {
        "alles", "all", "stimmt", "passt", "good", "looks", "fine", "nur", "only", "just", "ja", "yes", "ok", "okay", "else", "sonst",
    };

    /// <summary>"almost - Jean-Luc with a hyphen please", "fast, Meyer mit ey": how a capitalised word (not the message's
    /// first) is spelled, with no field named: a change of the name, its new value asked next. Null otherwise.</summary>
    private static Reading<SummaryAnswer>? SpelledWord(string text, FoldedText folded)
    {
        for (var j = 2; j + 1 < folded.Count; j++)
        {
            // the capitalised word may be joined by a hyphen ("Jean-Luc")
            var word = j - 1;
            while (word > 0 && text[folded[word].Start - 1] == '-' && char.IsUpper(text[folded[word - 1].Start]))
            {
                word--;
            }

            if (folded[j].Text is "with" or "without" or "mit" or "ohne" && SpellingRemark(text[folded[j].Start..]) &&
                char.IsUpper(text[folded[j - 1].Start]) && !folded[j - 1].IsNumber && !folded.HasQuestionMark &&
                Enumerable.Range(0, word).All(k => RespellLeadIns.Contains(folded[k].Text) || SpelledYes.Contains(folded[k].Text)))
            {
                return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Change, QuestionSteps.Name), Confidence.High, text.Trim());
            }
        }

        return null;
    }

    /// <summary>Whether two words differ by at most two insertions, deletions or substitutions.</summary>
    private static bool WithinTwoEdits(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diag = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] == b[j - 1] ? 0 : 1));
                diag = up;
            }
        }

        return row[b.Length] <= 2;
    }

    /// <summary>"it's Jon Miller, without an h", "my name's spelled wrong, it's Jon Peters without the h": a clause that opens
    /// with "it's" and holds the full name, then how it is spelled; the name is the new value. Null otherwise.</summary>
    private static SlotReading? SpelledName(string text, FoldedText folded, ReadingContext context, AnswerReader reader)
    {
        for (var i = 0; i + 3 < folded.Count; i++)
        {
            if (folded[i].Text is not ("it's" or "its") || i > 0 && !folded[i].AfterBreak)
            {
                continue;
            }

            for (var j = i + 2; j + 1 < folded.Count; j++)
            {
                if (folded[j].Text is "with" or "without" or "mit" or "ohne" && SpellingRemark(text[folded[j].Start..]))
                {
                    var said = text[folded[i].Start..folded[j].Start].TrimEnd(',', ' ', '-', '–');
                    return reader.Read(QuestionSteps.Name, said, context) is { Confidence: Confidence.High, Value: string whole } spelled &&
                           whole.Contains(' ', StringComparison.Ordinal)
                        ? spelled
                        : null;
                }
            }
        }

        return null;
    }

    /// <summary>Whether "eher" follows "eigentlich" or "actually" comes before "rather" ("eigentlich eher", "actually
    /// rather"), with no other word of doubt.</summary>
    private static bool RatherThanThat(FoldedText folded) =>
        Enumerable.Range(1, Math.Max(0, folded.Count - 1)).Any(i => folded[i].Text is "eher" or "rather" && folded[i - 1].Text is "eigentlich" or "actually") &&
        !folded.Words.Any(w => w.Text is "vielleicht" or "maybe" or "perhaps" or "evtl" or "eventuell" or "glaube" or "glaub" or "think");

    // A run of at least seven digits with the signs numbers are grouped by.
    [System.Text.RegularExpressions.GeneratedRegex(@"\+?\d(?:[ \-/().]?\d){6,}")]
    private static partial System.Text.RegularExpressions.Regex DigitRun();

    // Words for the answers as a whole ("die Angaben", "the information", "the details").
    private static readonly HashSet<string> RecordWords = new(StringComparer.Ordinal)
    {
        "angaben", "daten", "infos", "informationen", "eingaben", "antworten", "information", "info", "details", "data",
        "answers", "entries", "summary", "zusammenfassung",
    };

    /// <summary>Whether the whole message says the answers as a whole are right: an article or "all", a word for the
    /// answers, a verb of being and a word of rightness ("Die Angaben stimmen.", "the information is right", "all the
    /// details are fine"); nothing else.</summary>
    private static bool RecordAffirmed(FoldedText folded)
    {
        var i = 0;
        while (i < folded.Count && folded[i].Text is "die" or "the" or "all" or "alle" or "meine" or "my" or "your" or "ihre" or "eure")
        {
            i++;
        }

        if (i >= folded.Count || !RecordWords.Contains(folded[i].Text))
        {
            return false;
        }

        i++;
        if (i < folded.Count && folded[i].Text is "is" or "are" or "ist" or "sind" or "look" or "looks" or "sehen" or "seem" or "seems")
        {
            i++;
        }

        if (i >= folded.Count || !RightWords.Contains(folded[i].Text) || folded[i].Text == "ist")
        {
            return false;
        }

        i++;
        while (i < folded.Count && folded[i].Text is "so" or "alle" or "all" or "aus" or "soweit" or "thanks" or "danke" or "to" or "me")
        {
            i++;
        }

        return i == folded.Count && !folded.HasQuestionMark;
    }

    /// <summary>Whether the message gives two different numbers (or addresses) for the phone (or e-mail) with a word of
    /// correction between them ("… 567... no sorry … 56 is right").</summary>
    private static bool TakenBackBetweenValues(string text, FoldedText folded, string field, List<EmailReader.Found> addresses)
    {
        // (every run of digits a number may be written in counts, also one with a digit too many that reads as none)
        var spans = field switch
        {
            QuestionSteps.Phone => DigitRun().Matches(text).Select(m => (Start: m.Index, End: m.Index + m.Length, Text: new string(m.Value.Where(char.IsDigit).ToArray()))).ToList(),
            QuestionSteps.Email => addresses.Select(a => (a.Start, a.End, Text: a.Address)).ToList(),
            _ => [],
        };
        for (var k = 1; k < spans.Count; k++)
        {
            var (from, to) = (spans[k - 1].End, spans[k].Start);
            if (!string.Equals(spans[k - 1].Text, spans[k].Text, StringComparison.OrdinalIgnoreCase) &&
                folded.Words.Any(w => w.Start >= from && w.End <= to && CommonWords.Corrections.Contains(w.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Words that add an address to the one on record ("also", "in Kopie", "cc").
    private static readonly HashSet<string> AddingWords = new(StringComparer.Ordinal)
    {
        "also", "auch", "additionally", "zusaetzlich", "cc", "copy", "kopie", "too", "well", "ebenfalls",
    };

    // Words that put another reader in copy or name the colleague the address belongs to.
    private static readonly HashSet<string> CopyWords = new(StringComparer.Ordinal)
    {
        "cc", "bcc", "copy", "kopie", "colleague", "coworker", "kollege", "kollegin", "assistant", "assistentin", "assistenz",
    };

    // Words that say the address replaces the one on record or that something is wrong.
    private static readonly HashSet<string> ReplacingWords = new(StringComparer.Ordinal)
    {
        "wrong", "falsch", "instead", "statt", "anstatt", "stattdessen", "change", "aendern", "aendere", "new", "neue", "neu",
        "rather", "lieber", "typo", "tippfehler", "not", "nicht", "actually", "eigentlich", "correct", "korrekt", "richtig",
        "richtige", "update", "aktualisieren", "only", "nur",
    };

    /// <summary>Whether the message confirms in its first clause and then gives one e-mail address to write to as well
    /// ("… should also be registered via kirjaamo@…", "bitte auch an assistenz@… in Kopie"), with no word of replacing
    /// or of something wrong after the confirmation.</summary>
    private static bool AddressAdded(string text, FoldedText folded, List<EmailReader.Found> addresses, ReadingContext context, AnswerReader reader)
    {
        var clause = 1;
        while (clause < folded.Count && !folded[clause].AfterBreak)
        {
            clause++;
        }

        if (addresses.Count != 1 || clause >= folded.Count || addresses[0].Start < folded[clause].Start ||
            PhoneReader.FindAll(text, context.Region).Count > 0)
        {
            return false;
        }

        var adding = false;
        var copied = false;
        for (var i = clause; i < folded.Count; i++)
        {
            if (folded[i].Start >= addresses[0].Start && folded[i].Start < addresses[0].End)
            {
                continue;
            }

            if (ReplacingWords.Contains(folded[i].Text))
            {
                return false;
            }

            adding |= AddingWords.Contains(folded[i].Text);
            copied |= CopyWords.Contains(folded[i].Text);
        }

        // a question may ask whether an address can replace the one on record; asking to copy someone in ("can you cc
        // my colleague lisa@…?") adds one
        return adding && (!folded.HasQuestionMark || copied) && Read(text[..folded[clause].Start], context, reader) is { Value.Intent: SummaryIntent.Confirm, Confidence: Confidence.High };
    }

    /// <summary>Whether the message opens with a yes in a clause of its own and names the phone only with a time it may
    /// be called at ("ja stimmt (Handy bitte nicht vor 10 Uhr)", "yes correct, mobile only after 5pm"): a word of when and
    /// a time, no address or number, no word that something is wrong or is to go.</summary>
    private static bool CallTimeOnly(string text, FoldedText folded, ReadingContext context)
    {
        var open = Enumerable.Range(1, Math.Min(3, folded.Count - 1)).FirstOrDefault(i => folded[i].AfterBreak);
        if (open == 0 || EmailReader.FindAll(text).Count > 0 || PhoneReader.FindAll(text, context.Region).Count > 0 ||
            folded.Contains(WrongWords) || folded.Contains(SaidWrong) ||
            YesNoReader.Read(text[..folded[open].Start]) is not { Value: true })
        {
            return false;
        }

        var when = false;
        var time = false;
        for (var i = open; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            when |= w is "before" or "after" or "until" or "till" or "between" or "vor" or "nach" or "ab" or "bis" or "erst" or "zwischen";
            time |= folded[i].IsNumber && w.Length <= 2 || w is "uhr" or "pm" or "am" or "morning" or "mornings" or "afternoon" or "afternoons" or
                "evening" or "evenings" or "vormittags" or "nachmittags" or "abends" or "morgens" or "mittags" or "noon" or "mittag" or "lunch";
            if (w is "is" or "ist" or "should" or "sollte" or "aendern" or "change" or "neue" or "new" or "typo" or "tippfehler" or "loeschen" or
                "delete" or "remove" or "raus" or "streichen" or "weg" or "alte" or "old")
            {
                return false;
            }
        }

        return when && time;
    }

    /// <summary>Whether the message opens with a yes and names the e-mail or phone only as the way to be reached ("per
    /// Mail", "call rather than email"), with no address or number in it.</summary>
    private static bool ChannelOnly(string text, FoldedText folded, ReadingContext context)
    {
        if (folded.Count < 3 || !folded[1].AfterBreak && !(folded.Count > 2 && folded[2].AfterBreak) || EmailReader.FindAll(text).Count > 0 ||
            PhoneReader.FindAll(text, context.Region).Count > 0)
        {
            return false;
        }

        var opening = text[..folded[folded[1].AfterBreak ? 1 : 2].Start];
        if (!ConfirmPhrases.Any(p => FoldedText.Of(opening).MatchesAt(0, p) && p.Length == FoldedText.Of(opening).Count) &&
            YesNoReader.Read(opening) is not { Value: true, Confidence: Confidence.High })
        {
            return false;
        }

        var channel = false;
        for (var i = 1; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (w is "than" or "statt" or "anstatt" or "als" or "per" or "via" or "by" or "rather" or "lieber" or "prefer" or "bevorzuge" or
                "call" or "anrufen" or "rufen" or "ruft" or "text" or "whatsapp" or "schreiben" or "write" or "kontaktieren" or "contact" or "reach")
            {
                channel = true;
            }
            else if (w is "is" or "ist" or "wrong" or "falsch" or "should" or "sollte" or "aendern" or "change" or "neue" or "new" or "typo" or "tippfehler")
            {
                // "correct, but the email is wrong": a field named as wrong is a change
                return false;
            }
        }

        return channel;
    }

    /// <summary>Whether the message refuses calls outright ("don't call me", "no phone calls", "nicht anrufen", "keine
    /// Anrufe") or allows e-mail alone ("email only", "nur per Mail"); a call put off to a time ("nicht vor 10 Uhr",
    /// "don't call before 10am", "erst nächste Woche") is no refusal.</summary>
    private static bool RefusesPhone(FoldedText folded)
    {
        var refused = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (folded[i].IsNumber || CallTimeWords.Contains(w))
            {
                return false;
            }

            var mail = w is "mail" or "email" or "emails" or "mails";
            if (mail && (Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => folded[k].Text is "only" or "nur") ||
                         i + 1 < folded.Count && folded[i + 1].Text is "only" or "nur"))
            {
                refused = true;
            }

            if (w is "call" or "calls" or "anrufen" or "anrufe" or "phone" or "telefonisch" or "ring" && i > 0 &&
                Enumerable.Range(Math.Max(0, i - 5), i - Math.Max(0, i - 5)).Any(k => folded[k].Text is "don't" or "dont" or "not" or "no" or "nicht" or "keine" or "kein" or "never" or "nie"))
            {
                refused = true;
            }
        }

        return refused;
    }

    private static readonly HashSet<string> CallTimeWords = new(StringComparer.Ordinal)
    {
        "before", "after", "until", "till", "vor", "nach", "ab", "bis", "erst", "today", "tomorrow", "heute", "morgen", "morning",
        "afternoon", "evening", "vormittags", "nachmittags", "abends", "morgens", "week", "woche", "weekend", "wochenende", "pm", "am", "uhr",
    };

    /// <summary>A full stop that ends a sentence ("Maier mit ai. Jana Maier"): a space and a capital follow, and it ends
    /// no initial or title ("Dr. Jana Maier").</summary>
    private static bool EndsSentence(string text, int at)
    {
        if (at + 2 >= text.Length || text[at + 1] != ' ' || !char.IsUpper(text[at + 2]))
        {
            return false;
        }

        var start = at;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return at - start >= 2 && FoldedText.Fold(text[start..at]) is not ("dr" or "prof" or "mr" or "mrs" or "ms" or "st" or "jr" or "sr" or "hr" or "fr");
    }

    /// <summary>Where the statement holding the word at <paramref name="at"/> opens: after the last reservation ("but",
    /// "aber", "actually") before it, else at the first word.</summary>
    private static int ClauseOpening(FoldedText folded, int at)
    {
        for (var i = Math.Min(at, folded.Count) - 1; i >= 0; i--)
        {
            if (Reservations.Contains(folded[i].Text) && folded[i].Text is not ("only" or "nur") && i + 1 < folded.Count)
            {
                return i + 1;
            }
        }

        return 0;
    }

    // Words of a hedge or of newness that also open company names ("a little more", "neue Firma" beside "Little Fox
    // Candles Ltd", "New Horizons Ltd", "Neue Wege GmbH").
    private static readonly HashSet<string> CompanyOpeners = new(StringComparer.Ordinal)
    {
        "little", "new", "more", "quite", "neue", "neuer", "neues",
    };

    // Words of a last clause that only owns up to a slip ("sorry typo on my part", "my bad", "hab mich vertippt").
    private static readonly HashSet<string> SlipWords = new(StringComparer.Ordinal)
    {
        "typo", "tippfehler", "vertippt", "verschrieben", "vertan", "mistake", "bad", "fault", "fehler", "oops", "ups",
    };

    private static readonly HashSet<string> SlipFiller = new(StringComparer.Ordinal)
    {
        "sorry", "sry", "a", "the", "my", "on", "part", "was", "that", "it", "entschuldigung", "mein", "ein", "hab",
        "habe", "mich", "da", "war", "meinerseits", "of", "mine", "minor",
    };

    /// <summary>The text without a last clause that only owns up to a slip ("+61 8 9123 4576, sorry typo on my part"); the
    /// text itself when there is none.</summary>
    private static string WithoutSlip(string text)
    {
        var cut = text.LastIndexOfAny([',', ';', '(', '–', '-']);
        if (cut <= 0)
        {
            return text;
        }

        var clause = FoldedText.Of(text[(cut + 1)..]);
        return clause.Count is > 0 and <= 6 && clause.Words.Any(w => SlipWords.Contains(w.Text)) &&
               clause.Words.All(w => SlipWords.Contains(w.Text) || SlipFiller.Contains(w.Text))
            ? text[..cut].TrimEnd()
            : text;
    }

    /// <summary>Whether the word at <paramref name="k"/> is one of <see cref="CompanyOpeners"/> written with a capital
    /// inside a sentence ("company name is Little Fox Candles Ltd"): there the capital makes it the name's first word,
    /// no hedge to skip.</summary>
    private static bool OpensCompanyName(string text, FoldedText folded, int k)
    {
        if (k == 0 || !CompanyOpeners.Contains(folded[k].Text) || !char.IsUpper(text[folded[k].Start]))
        {
            return false;
        }

        var before = text[..folded[k].Start].TrimEnd();
        return before.Length > 0 && before[^1] is not ('.' or '!' or '?');
    }

    /// <summary>The start of the value at <paramref name="start"/> with a currency sign written right before it, which
    /// is no word ("fix the budget: $25k, not 25k EUR" is in dollars).</summary>
    private static int WithMoneySign(string text, int start) =>
        start > 0 && text[start - 1] is '$' or '€' or '£' or '¥' or '₹' ? start - 1 : start;

    private static SlotReading? ValueAfter(string text, FoldedText folded, string field, int from, ReadingContext context, AnswerReader reader)
    {
        if (field == QuestionSteps.Email)
        {
            return reader.Read(field, text, context);
        }

        if (field == QuestionSteps.Phone)
        {
            // "Phone is (555) 555-0101, not 0100": the digits after the "not" are the old number's
            return PhoneReader.FindAll(text, context.Region).Count > 0 ? reader.Read(field, WithoutOldNumber(WithoutSlip(text)), context) : null;
        }

        if (field is QuestionSteps.Timeline or QuestionSteps.Budget or QuestionSteps.Need or QuestionSteps.Authority && from < folded.Count &&
            NotButInstead(text[WithMoneySign(text, folded[from].Start)..]) is { } instead &&
            reader.Read(field, instead, context) is { Value: not ChoiceValue { Key: null } } insteadValue)
        {
            // "Start nicht März sondern April", "budget not 20k but 30k": the value after "sondern"/"but" is the new one,
            // the one after "nicht" the wrong one
            return insteadValue;
        }

        if (field is QuestionSteps.Timeline or QuestionSteps.Budget && from < folded.Count &&
            reader.Read(field, WithoutWrongValue(text[WithMoneySign(text, folded[from].Start)..]), context) is { Value: BudgetEstimate { HasAmount: true } or TimelineEstimate { Start: not null } } direct)
        {
            // "bis auf den Zeitplan: nicht vor Sommer": the words after the field are its new value as they stand ("nicht
            // vor" is part of the start, no "not that one")
            return direct;
        }

        var k = from;
        while (k < folded.Count && (SkipBeforeValue.Contains(folded[k].Text) || field is QuestionSteps.Company or QuestionSteps.Name && NowWords.Contains(folded[k].Text)) &&
               !(field == QuestionSteps.Company && OpensCompanyName(text, folded, k)))
        {
            k++;
        }

        if (k >= folded.Count)
        {
            return null;
        }

        // "Budget ändern auf 60k", "change the budget to 60k", "der Name ist falsch geschrieben: Erika Mustermann"
        // from right after the last skipped word, so "$60,000" keeps its "$"
        var rest = text[(k > 0 ? folded[k - 1].End : folded[k].Start)..].Trim().TrimStart(':', '=', '-', ' ');
        if (rest.Length == 0)
        {
            return null;
        }

        if (field == QuestionSteps.Name)
        {
            var restFolded = FoldedText.Of(rest);
            for (var i = restFolded.Count - 2; i > 0; i--)
            {
                if (restFolded[i].AfterBreak && Restated.Any(p => restFolded.MatchesAt(i, p) && i + p.Length < restFolded.Count))
                {
                    var p = Restated.First(p => restFolded.MatchesAt(i, p));
                    var v = i + p.Length;
                    while (v + 1 < restFolded.Count && (SkipBeforeValue.Contains(restFolded[v].Text) || restFolded[v].Text is "waere" or "would"))
                    {
                        v++;
                    }

                    rest = rest[restFolded[v].Start..];
                    break;
                }
            }
        }

        if (field is QuestionSteps.Name or QuestionSteps.Company && FoldedText.Of(rest).Words.All(w => JudgingWords.Contains(w.Text)))
        {
            // "the company bit isn't right", "Firmenname stimmt so nicht ganz": the words after the field only judge it;
            // they are no new name
            return null;
        }

        if (field is QuestionSteps.Name or QuestionSteps.Company && AfterLastColon(rest) is { } afterColon &&
            reader.Read(field, afterColon, context) is { Confidence: >= Confidence.Medium } colonValue &&
            (field == QuestionSteps.Company ? colonValue.Confidence == Confidence.High : colonValue.Value is string whole && whole.Contains(' ', StringComparison.Ordinal)))
        {
            // "Name bitte mit ü: Jürgen Müller", "die Firma schreibt man mit ß: Großmann Immobilien": the words before the
            // colon say how the value is written, the whole new value follows it
            return colonValue;
        }

        if (field is QuestionSteps.Name or QuestionSteps.Company && FoldedText.Of(rest) is { Count: > 0 } restWords && char.IsLower(rest[restWords[0].Start]) &&
            restWords.Words.Take(3).SkipWhile(w => w.Text is "da" or "there" or "hier" or "here" or "es" or "it" or "it's" or "its" or "is" or "noch" or "still" or "leider")
                .FirstOrDefault() is { Text: { } firstWord } && MissingPartWords.Contains(firstWord))
        {
            // "company name is missing the Ltd", "beim Namen fehlt ein h": the words say what part is missing, not the whole
            // new value; the field is to change, its value asked ("should be Missing Link Media Ltd": a capital opens a name)
            return null;
        }

        if (field == QuestionSteps.Company && WithoutRemark(rest) is { } remarked)
        {
            // "Firma heißt Acme Solutions GmbH, sonst alles richtig": the remark after the new name is no part of it
            rest = remarked;
        }

        if (field is QuestionSteps.Name or QuestionSteps.Company && WrongValueAtEnd(rest) is { } said)
        {
            // "name is Sarah Connor, not Sara": the clause after the new value names the old one, it is no part of it
            rest = said;
        }

        var unsure = false;
        if (field == QuestionSteps.Company && WrongValueRunOn(rest) is { } before)
        {
            // "its Lewis Plumbing & Heating not Ltd": "not" and a word or two at the end name what is wrong, with no
            // break to show where the new name ends (a part taken away, such as a legal form, leaves the registered name
            // unsure), so the words before are offered for a yes
            // ("company should be Pemberton Legal LLP not Pemberton Legal": a new name closed by its legal form, and an old
            // one without any, says plainly where the new one ends)
            unsure = !(CompanyReader.FindLegalForm(before, 0) is { } form && form.End >= before.TrimEnd('.', ' ').Length &&
                       !CompanyReader.HasLegalForm(rest[before.Length..], 0));
            rest = before;
        }

        // "nicht Meyer, sondern Maier": the word after the "nicht" is the wrong value, not the new one; a "nicht" that
        // ends its clause judges the old value ("Budget stimmt nicht, eher 60k": the value after the break is the new one)
        var negated = k > from && folded[k - 1].Text is "nicht" or "not" && !folded[k].AfterBreak;
        var value = negated ? null : reader.Read(field, rest, context);
        if (field == QuestionSteps.Name && value is not { Confidence: Confidence.High } && LastPart(rest) is { } last &&
            reader.Read(field, last, context) is { Confidence: Confidence.High, Value: string full } restated && full.Contains(' ', StringComparison.Ordinal))
        {
            // "spelled Katherine, not Kate - Katherine Williams": a remark about the name, then the full name at the end
            value = restated;
        }

        if (value is null || value.Value is ChoiceValue { Key: null })
        {
            return null;
        }

        if (field == QuestionSteps.Name && value.Confidence < Confidence.High && LastPart(rest) is { } remark && SpellingRemark(remark))
        {
            // "bis auf den Namen passt alles – Meyer mit ey": the words after the break say how a part is spelled; the
            // words before them are no name
            return null;
        }

        if (field == QuestionSteps.Name && value.Value is string one && (!one.Contains(' ', StringComparison.Ordinal) || k > from && folded[k - 1].Text is "with" or "mit" || SaysHowSpelled(rest)) &&
            SpellingRemark(text[folded[Math.Max(from, k - 1)].Start..]))
        {
            // "Meier mit ei", "spelled Katherine with a K": how a part is spelled, not the whole new name
            return null;
        }

        if (field == QuestionSteps.Name && value.Value is string spelledPart && folded.Words.Any(w => SpellingVerbs.Contains(w.Text)) &&
            FoldedText.Of(spelledPart).Words.Count(w => !SpellingVerbs.Contains(w.Text) && w.Text is not ("wird" or "is" or "sich" or "so" or "wie")) <= 1)
        {
            // "my name is spelled Siobhan, not Shivon", "Name wird Meier geschrieben": one word said with a verb of
            // spelling is how a part of the name is written, not the whole new name
            return null;
        }

        if (field == QuestionSteps.Name && value.Value is string part && !part.Contains(' ', StringComparison.Ordinal) && NamesAPart(folded, from))
        {
            // "my last name is spelled Tremblay-Wong", "Vorname ist Hanna": the new value of one part of the name is no
            // whole name; taking it as one would drop the other part, so the field is changed and its value asked
            return null;
        }

        return unsure && value.Confidence == Confidence.High ? value with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : value;
    }

    /// <summary>Whether the field word that ends right before <paramref name="from"/> names one part of a name
    /// ("Nachname", "Vorname", "surname", "last name", "first name").</summary>
    private static bool NamesAPart(FoldedText folded, int from) =>
        from >= 1 && from <= folded.Count &&
        (folded[from - 1].Text is "nachname" or "vorname" or "familienname" or "zuname" or "surname" or "nachnamen" or "vornamen" or "familiennamen" ||
         from >= 2 && folded[from - 1].Text is "name" or "name's" && folded[from - 2].Text is "last" or "first" or "family" or "given");

    // Words that say a part of the value is missing ("missing the Ltd", "fehlt das GmbH", "without the hyphen").
    private static readonly HashSet<string> MissingPartWords = new(StringComparer.Ordinal)
    {
        "missing", "lacks", "lacking", "lack", "without", "fehlt", "fehlen", "ohne",
    };

    // Words that say whether an answer is right, and the little words around them ("isn't quite right", "stimmt so nicht ganz").
    private static readonly HashSet<string> JudgingWords = new(
        [.. RightWords, "is", "isn't", "isnt", "was", "wasn't", "wasnt", "not", "nicht", "so", "ganz", "quite", "really", "wirklich",
         "falsch", "wrong", "incorrect", "off", "anymore", "mehr", "noch", "leider", "unfortunately", "da", "there", "hier", "here"],
        StringComparer.Ordinal);

    /// <summary>The text after the last colon, when there is text after it; null otherwise.</summary>
    private static string? AfterLastColon(string rest)
    {
        var colon = rest.LastIndexOf(':');
        return colon < 0 || rest.AsSpan(colon + 1).IsWhiteSpace() ? null : rest[(colon + 1)..].Trim();
    }

    /// <summary>The words before a "not"/"nicht" that follows the new value without a break and is followed by one or two
    /// words up to the end ("Lewis Plumbing &amp; Heating not Ltd" → "Lewis Plumbing &amp; Heating"); null otherwise.</summary>
    private static string? WrongValueRunOn(string rest)
    {
        var words = FoldedText.Of(rest);
        for (var i = Math.Max(1, words.Count - 3); i < words.Count - 1; i++)
        {
            if (words[i].Text is "not" or "nicht" && !words[i].AfterBreak && Enumerable.Range(i + 1, words.Count - i - 1).All(j => !words[j].AfterBreak))
            {
                return rest[..words[i].Start].TrimEnd(',', ' ', ';', '-', '–');
            }
        }

        return null;
    }
}
