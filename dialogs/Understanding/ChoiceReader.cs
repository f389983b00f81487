using System.Runtime.CompilerServices;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// A need or a role in the prospect's own words. Every configured choice brings its labels and synonyms in both
/// languages (appsettings.json, <c>Qualification:Needs</c> / <c>Roles</c>); a phrase matches when all its words occur in
/// order (at most two other words between them), each word compared by <see cref="WordMatch"/>. The choice with the
/// longest matched phrase wins; a tie between two choices, a negation ("kein CRM") or a hedge ("eher") lowers the
/// confidence instead of being ignored. A number or an ordinal picks a choice only when it is the whole answer ("2",
/// "die zweite", "Nummer 3"), never inside a sentence ("eine neue Website", "zwei neue Mitarbeiter einarbeiten").
/// </summary>
internal static class ChoiceReader
{
    private sealed record Phrase(int Choice, string[] Words, string[] Stems, bool IsLabel);

    private sealed class Compiled(List<Phrase> phrases)
    {
        public List<Phrase> Phrases { get; } = phrases;
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<AnswerChoice>, Compiled> Cache = new();

    private static readonly HashSet<string> Negations = new(CommonWords.Negations, StringComparer.Ordinal)
    {
        "nor", "weder", "noch",
    };

    private static readonly string[][] Hedges = Phrases.Of(
        "vielleicht", "eventuell", "evtl", "eher", "wahrscheinlich", "ich glaube", "glaube ich", "ich denke", "denke ich",
        "irgendwie", "teilweise", "so halb", "mehr oder weniger", "weiss nicht", "keine ahnung", "maybe", "perhaps",
        "probably", "i think", "i guess", "kind of", "kinda", "sort of", "somewhat", "partly", "more or less", "not sure",
        "i'm not sure", "unsure", "possibly");

    private static readonly string[][] NotAnAnswer = Phrases.Of(
        "weiss nicht", "weiss ich nicht", "keine ahnung", "k a", "egal", "nichts", "nix", "keine", "keins", "kein kommentar",
        "dont know", "don't know", "i don't know", "no idea", "nothing", "none", "n a", "no comment", "whatever", "hallo",
        "hi", "hello", "hey", "test", "asdf", "ok", "okay", "ja", "nein", "yes", "no", "zurueck", "back", "go back",
        "auf deutsch", "auf deutsch bitte", "deutsch bitte", "deutsch", "in english", "english please", "english",
        "auf englisch", "hilfe", "help", "abbrechen", "cancel", "stop", "stopp", "weiter", "skip", "ueberspringen",
        "neu starten", "start over", "previous question", "vorherige frage", "zurueck bitte", "bitte zurueck", "abbrechen bitte",
        "bitte abbrechen", "cancel please", "stop please", "back please", "go back please", "von vorne", "restart", "alles",
        "all", "beide", "beides", "beide sachen", "both", "both of them", "everything", "all of it", "alles zusammen");

    // "können wir auf Englisch wechseln?", "can we switch to German": a wish for the other language, no need
    private static readonly HashSet<string> LanguageWords = new(StringComparer.Ordinal)
    {
        "deutsch", "englisch", "english", "german", "deutsche", "englische",
    };

    // "weiß ich noch nicht genau", "not sure yet": no need in own words, whatever words are around it
    private static readonly string[][] Unsure = Phrases.Of(
        "weiss ich nicht", "weiss ich noch nicht", "weiss nicht", "weiss noch nicht", "weiss es noch nicht", "wissen wir noch nicht",
        "wissen wir nicht", "weiss gar nicht", "weiss ich gar nicht", "mir nicht sicher", "mir noch nicht sicher", "bin unsicher", "keine ahnung", "noch unklar",
        "unklar", "don't know", "dont know", "do not know", "not sure", "no idea", "no clue", "unsure");

    /// <param name="allowIndex">Whether a number or ordinal picks a choice; false where the message answers several
    /// questions at once and "2" cannot be told to belong to this one.</param>
    public static SlotReading? Read(string step, string text, IReadOnlyList<AnswerChoice> choices, string language, bool acceptOwnWords, bool allowIndex = true)
    {
        if (step == QuestionSteps.Authority && CommonWords.WithShortWith(text) is var spelled && !ReferenceEquals(spelled, text))
        {
            // "i decide w others", "w/ my partner": the shorthand of "with" read as the word
            return Read(step, spelled, choices, language, acceptOwnWords, allowIndex) is { } withRead ? withRead with { Evidence = text.Trim() } : null;
        }

        if (step is QuestionSteps.Need or QuestionSteps.Authority && RomanceGloss.Of(text) is { } gloss)
        {
            // "sto solo guardando", "je recommande, la direction décide": a reply in French or Italian is read through its
            // gloss; words the gloss leaves as own words are a third language the readers do not know, so they are
            // confirmed, never kept sure
            var glossed = ReadOwnLanguage(step, gloss, choices, language, acceptOwnWords, allowIndex);
            return glossed is { Value: ChoiceValue { Key: not null } }
                ? glossed with { Evidence = text.Trim() }
                : step == QuestionSteps.Need && acceptOwnWords
                    ? OwnWordsReading(step, text.Trim(), Confidence.Medium, ReadingHints.Hedged)
                    : null;
        }

        if (step == QuestionSteps.Authority && RomanceGloss.DecisionOf(text) is { } decision &&
            ReadOwnLanguage(step, decision, choices, language, acceptOwnWords: false, allowIndex) is { Value: ChoiceValue { Key: not null } } decided)
        {
            // "ik beslis samen met mijn compagnon", "Я вирішую": who decides in Dutch or a Slavic language is read through
            // the gloss of its few decision words and confirmed, as the rest of such a reply stays unread
            return decided with { Confidence = decided.Confidence == Confidence.High ? Confidence.Medium : decided.Confidence, Evidence = text.Trim(), Hint = decided.Hint ?? ReadingHints.Ambiguous };
        }

        return ReadOwnLanguage(step, text, choices, language, acceptOwnWords, allowIndex);
    }

    private static SlotReading? ReadOwnLanguage(string step, string text, IReadOnlyList<AnswerChoice> choices, string language, bool acceptOwnWords, bool allowIndex)
    {
        var reading = ReadChoice(step, text, choices, language, acceptOwnWords, allowIndex);
        // the stances below look at the words of the whole answer; folded once, and only when one of them gets that far
        FoldedText? folded = null;
        FoldedText Folded() => folded ??= FoldedText.Of(text);
        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var humbleKey } } &&
            choices.Any(c => c.Key == humbleKey && c.DecisionMaker) && Folded() is var humble && humble.Find(OnlyMyPart) is { At: >= 0 } small &&
            Enumerable.Range(0, humble.Count).Any(k => (k < small.At || k > small.At + small.Length + 2) && (IsOtherActor(humble, k) || IsBody(humble[k].Text))))
        {
            // "Bürgermeister und Gemeinderat, ich bin nur der Werkleiter", "the board, I'm only their assistant": a prospect
            // who makes their own role small beside someone else named does not say they decide, whatever title
            // follows; confirmed ("I'm just the owner" alone stays sure)
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var splitKey } } &&
            TopDecider(choices) is >= 0 and var splitTop && choices[splitTop].Key == splitKey && SharedDecider(choices) is >= 0 and var splitShared &&
            DecisionSplit(text, Folded()))
        {
            // "Technisch entscheide ich, kaufmännisch der CFO", "I decide on the product, the CFO on the money": the
            // prospect's decision followed by a clause of only someone else, its verb left out, shares the decision
            return ChoiceReading(step, choices[splitShared], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Need && acceptOwnWords && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: "crm-integration" } } &&
            Folded() is var entered && EnteredByHand(entered))
        {
            // "unsere Außendienstler pflegen nix ins CRM ein", "our reps never log anything in the CRM": people who do not
            // keep the CRM up to date name no connection to build; their own words, confirmed
            return OwnWordsReading(step, text.Trim(), Confidence.Medium, ReadingHints.Ambiguous);
        }

        // (the stances below are for the answer at the question: beside other answers a confirmed clause would leave a
        // title in another clause to stand alone)
        if (step == QuestionSteps.Authority && allowIndex && SharedDecider(choices) is >= 0 and var seat &&
            !(reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var memberKey } } && memberKey == choices[seat].Key) &&
            Folded() is var seated && SitsInBody(seated) && !seated.Contains(NotMyCall) &&
            !seated.Words.Any(w => Array.Exists(AdvisingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))))
        {
            // "bei uns entscheidet die Generalversammlung, ich sitz im Aufsichtsrat", "I'm on the supervisory board": a
            // seat in a body of the firm's makes the prospect one of several who decide, whichever body the answer
            // names as deciding; how much that seat weighs is theirs to confirm (a body that recommends decides nothing)
            return ChoiceReading(step, choices[seat], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var bodyKey } } &&
            Adviser(choices) is >= 0 and var bodyAdviser && choices[bodyAdviser].Key == bodyKey && Folded() is var bodyText &&
            Enumerable.Range(0, bodyText.Count).Any(i => IsBody(bodyText[i].Text) && !(i > 0 && bodyText[i - 1].Text is "des" or "of") &&
                                                   !(i > 1 && bodyText[i - 2].Text == "of" && bodyText[i - 1].Text is "the" or "our")) &&
            !bodyText.Words.Any(w => SingularSelf.Contains(w.Text) || Array.Exists(AdvisingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))))
        {
            // "board decides", "das letzte Wort hat der Aufsichtsrat": a body of several decides and the prospect says
            // nothing of their own part, so they may sit in it; careful writers record advice and a shared decision
            // alike, never sure
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var withBodyKey } } &&
            TopDecider(choices) is >= 0 and var aloneTop && choices[aloneTop].Key == withBodyKey && SharedDecider(choices) is >= 0 and var withBody &&
            Folded() is var withText && DecidesWithBody(withText))
        {
            // "ich würde mit dem Beirat entscheiden", "I decide with the trustees": the prospect's decision taken with a
            // body of several is shared with it, as "mit dem Vorstand" is
            return ChoiceReading(step, choices[withBody], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && allowIndex && (reading is null || reading.Value is ChoiceValue { Key: null }) &&
            Adviser(choices) is >= 0 and var bodyAlone && Folded() is var aloneText && BodyDecides(aloneText))
        {
            // "the trustees decide", "die Gesellschafter entscheiden das": a body of several decides and the prospect says
            // nothing of their own part; like "board decides", advice or a seat in it, confirmed
            return ChoiceReading(step, choices[bodyAlone], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && SharedDecider(choices) is >= 0 and var everyone &&
            Folded() is var everyText && EveryoneDecides(everyText) is { } hedgedShare)
        {
            // "we're a co-op, everybody decides", "bei uns entscheiden alle mit", "everybody decides a bit": a decision of
            // everyone's includes the prospect's; a hedge on it ("a bit", "irgendwie") is confirmed
            return hedgedShare
                ? ChoiceReading(step, choices[everyone], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged)
                : ChoiceReading(step, choices[everyone], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var bareKey } } &&
            TopDecider(choices) is >= 0 and var bareTop && choices[bareTop].Key == bareKey && Adviser(choices) is >= 0 and var bodyDecides &&
            Folded() is var bareText && HasDecisionVerb(bareText) && bareText.Words.Any(w => IsBody(w.Text)) &&
            !bareText.Words.Any(w => IsSelfWord(w.Text)))
        {
            // "Über eine Anschaffung würde das Kuratorium entscheiden": the verb of deciding read as the prospect's own has
            // a body for its subject and no word of the writer's; like "board decides", advice or a seat in it, confirmed
            return ChoiceReading(step, choices[bodyDecides], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var approvedKey } } &&
            Adviser(choices) is >= 0 and var approvalAdviser && choices[approvalAdviser].Key == approvedKey && Folded() is var approvalText &&
            OthersApprove(approvalText) && ClauseStarts(text, approvalText, "–—()").Count >= 2 &&
            !approvalText.Words.Any(w => Array.Exists(AdvisingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal)) ||
                                         w.Text is "shortlist" or "pass" or "weiter" or "vorlegen" or "vorstellen" or "input" or "suggest" or "case" or "vorschlagen" or
                                             "put" or "proposal" or "schlag" or "schlage" or "influence" or "einfluss" or "say" or "wort" or "mitreden" or
                                             "treibe" or "push" or "pushing"))
        {
            // "Einkauf, die Freigabe macht aber die Geschäftsleitung", "I'm in IT, the CFO signs off", "Teamleitung, Budget
            // muss aber die Niederlassungsleitung freigeben": someone else's approval or signature beside a part of the
            // prospect's own that is no word of advising; the blind writers record these as recommending and as deciding
            // together, confirmed or sure, so the reading is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && allowIndex && (reading is null || reading.Value is ChoiceValue { Key: null } ||
                                                reading is { Value: ChoiceValue { Key: var titleKey } } && choices.Any(c => c.Key == titleKey && c.DecisionMaker)) &&
            Folded() is var endText && InTheEndSomeoneElse(text, endText) && Adviser(choices) is >= 0 and var endAdviser)
        {
            // "ultimately the CEO, I'm head of ops", "am Ende der Präsident, ich bin Geschäftsstellenleiter": a clause that
            // names only someone else after a word of the end says who decides; the prospect's title beside it advises,
            // confirmed, as careful writers also record it as a shared decision
            return ChoiceReading(step, choices[endAdviser], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var datedKey } } &&
            choices.Any(c => c.Key == datedKey && c.DecisionMaker) && Folded() is var datedText && datedText.Find(DecisionFalls) is { At: >= 0 } falls)
        {
            // "Die Entscheidung fällt im März": when the decision falls says nothing of who takes it; the role is what the
            // rest of the answer says ("… bei uns im Team"), and without any the question is asked again
            var rest = string.Concat(text.AsSpan(0, datedText[falls.At].Start), " ", text.AsSpan(datedText[falls.At + falls.Length - 1].End));
            return ReadChoice(step, rest, choices, language, acceptOwnWords: false, allowIndex: allowIndex) is { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: not null } } other
                ? other
                : null;
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var fundedKey } } &&
            choices.Any(c => c.Key == fundedKey && c.DecisionMaker) && SharedDecider(choices) is >= 0 and var funded && MoneyFromOthers(Folded()))
        {
            // "Bin CEO, aber das Budget kommt vom Investor", "IT-Leitung, Budget kommt vom Träger, aber die technische
            // Entscheidung liegt bei mir": a deciding title or claim while the money comes from someone else; careful
            // writers record a decision shared with the one who pays, confirmed
            return ChoiceReading(step, choices[funded], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var correctedKey } } &&
            TopDecider(choices) is >= 0 and var claimedTop && choices[claimedTop].Key == correctedKey && SharedDecider(choices) is >= 0 and var sharedAfter &&
            SelfCorrectedToOther(Folded()))
        {
            // "ich entscheide... naja, eigentlich meine Frau", "I decide, well actually my partner": the decision claimed,
            // then taken back towards someone else; the prospect is of two minds, so a shared decision, confirmed
            return ChoiceReading(step, choices[sharedAfter], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: var signedKey } } &&
            TopDecider(choices) is >= 0 and var signedTop && choices.Any(c => c.Key == signedKey && c.DecisionMaker) && Folded() is var signedText &&
            !signedText.Contains(SelfDecides) && OthersSignOff(text, signedText) is >= 0 and var signClause)
        {
            // "Procurement. We run a tender, medical director + finance sign off", "doctors have final say": a sign-off or the
            // final say of others in the plural is not the prospect's; the role is what the words before that clause say,
            // else advising, confirmed
            var before = signClause == 0 ? null : ReadChoice(step, text[..signedText[signClause].Start], choices, language, acceptOwnWords: false, allowIndex: true);
            var part = before is { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: { } beforeKey } } && beforeKey != choices[signedTop].Key
                ? choices.ToList().FindIndex(c => c.Key == beforeKey)
                : Adviser(choices);
            if (part >= 0)
            {
                return ChoiceReading(step, choices[part], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
            }
        }

        if (step == QuestionSteps.Authority && reading is { Value: ChoiceValue { Key: var heldKey } } && (reading.Confidence >= Confidence.Medium || heldKey is null) &&
            Folded() is var heldText && OthersHold(text, heldText) is var othersHold && heldText.Contains(WeighedShare) is var weighed &&
            (choices.Any(c => c.Key == heldKey && c.DecisionMaker) || heldKey is null && othersHold || weighed && Adviser(choices) is >= 0 and var adviserRole && choices[adviserRole].Key == heldKey ||
             reading.Confidence == Confidence.High && Narrowest(choices) is >= 0 and var held && choices[held].Key == heldKey) &&
            (othersHold || weighed && choices.Any(c => c.Key == heldKey && !c.DecisionMaker)) && !heldText.Contains(SelfDecides) &&
            OwnPartBesideHolder(heldText, choices) is >= 0 and var ownPart)
        {
            // "Director of Talent Acquisition, budget owner is the VP", "Main decision maker is my father, I am doing
            // research for him": someone else owns the budget or the decision, so the prospect's title or the holder's
            // words make no decider; the prospect's part is advising, or gathering when that is what they say they do;
            // confirmed, as careful writers differ on what a title beside another's budget is. A weighty say of the
            // prospect's beside someone else's decision ("Budget gibt der Vorstand frei, aber ich hab da ein gewichtiges
            // Wort") is recorded as a share and as advice: advice, confirmed
            return ChoiceReading(step, choices[ownPart], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var claimedKey } } &&
            TopDecider(choices) is >= 0 and var top && choices[top].Key == claimedKey && SharedDecider(choices) is >= 0 and var sharing &&
            Folded() is var claimed && claimed.Contains(SelfDecides) && OthersHold(text, claimed))
        {
            // "I decide, but the parent company is responsible for the budget": the decision claimed while someone else
            // holds the money is deciding with them, as beside someone else's signature; confirmed
            return ChoiceReading(step, choices[sharing], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var departmentKey } } &&
            SharedDecider(choices) is >= 0 and var departmentShare && choices[departmentShare].Key == departmentKey && DepartmentActs(Folded()))
        {
            // "Procurement handles the contract but I pick the vendor", "Den Vertrag macht der Einkauf": a department named
            // as the one doing a part is another party, not the prospect's own department; what share the prospect keeps
            // is theirs to confirm
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        // "it's complicated. corporate in Germany has the final say": the prospect says their part fits no simple answer,
        // so whatever role the rest names is confirmed
        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High } && Folded().Contains(Complicated))
        {
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Hedged };
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var spouseKey } } &&
            Adviser(choices) is >= 0 and var belowSpouse && choices[belowSpouse].Key == spouseKey && NamesSpouse(Folded()))
        {
            // "my wife has the final say lol", "mein Mann entscheidet": the one who decides is the prospect's husband or
            // wife, who in a family business is as often the prospect's fellow owner as the one above them; confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var sharedKey } } &&
            SharedDecider(choices) is >= 0 and var shared && choices[shared].Key == sharedKey && DecidesButConsults(text, choices, language) is >= 0 and var sole)
        {
            // "final say is mine but I discuss with my co-founder": the prospect decides and talks it over with someone;
            // how much that someone weighs is theirs to confirm, as with "but my co-founder weighs in"
            return ChoiceReading(step, choices[sole], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var bigKey } } &&
            TopDecider(choices) is >= 0 and var bigTop && choices[bigTop].Key == bigKey && SharedDecider(choices) is >= 0 and var bigShare &&
            ConsultsOnBigThings(Folded()))
        {
            // "Inhaber. Bei größeren Sachen red ich mit meiner Frau", "for bigger purchases I talk it over with my partner":
            // the bigger decisions talked over with someone are shared like those above an amount; confirmed
            return ChoiceReading(step, choices[bigShare], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High } &&
            ClauseLeftUnread(text, choices, language, (reading.Value as ChoiceValue)?.Key))
        {
            // "I'm the office manager, I'll pass it on to the partners", "Das entscheidet die PDL mit der GF, ich bin die
            // PDL": a second person or a condition, and a clause the reader finds no role in; what that clause does to the
            // role is not read, so the role is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var advisingKey } } &&
            Adviser(choices) is >= 0 and var adviser && choices[adviser].Key == advisingKey && TitleBesideOthersDecision(text, choices, language, advisingKey))
        {
            // "CTO, but board decides finally", "Teamleiter Vertrieb, Budget gibt der Vorstand frei": the prospect's title
            // beside someone else's decision, with no word of their own part; writers record a shared decision as often as
            // advice, so the advising role is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } } && NamesFirmOfField(Folded()))
        {
            // "Neukunden! Wir sind ne kleine Recruiting-Agentur und brauchen mehr Mandate": a firm of another field wants a
            // need of the configured field; its customers are what it sells to, but which option it means is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: { } infoKey } } &&
            Narrowest(choices) is >= 0 and var infoLooking && choices[infoLooking].Key == infoKey && !choices[infoLooking].Fits &&
            OthersSeekInfo(Folded()) && ConfirmedAs("Anfragen qualifizieren", "qualify leads", text, choices, language) is { } othersAsking)
        {
            // "the contacts with the families who ask for information about our school", "Eltern, die sich informieren":
            // information sought by the people the firm serves is their inquiries, not the prospect looking around;
            // careful readers offer the need to handle inquiries, confirmed
            return othersAsking;
        }

        if (step == QuestionSteps.Need && !acceptOwnWords && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } } &&
            InfoSentFor(text, reading.Evidence))
        {
            // "No I don't agree. Just send info to info@…": beside other answers information asked to be sent is a request,
            // which may be looking around or only where to send a brochure; confirmed (at the need question it answers it)
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Hedged };
        }

        if (step == QuestionSteps.Need && reading is { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: not null } } &&
            FoldedText.Of(reading.Evidence) is { Count: 1 } how && how[0].Text.StartsWith("automat", StringComparison.Ordinal) &&
            Folded() is var whole && NamesInquiries(whole) && IntoSystem(text, whole) &&
            ConfirmedAs("CRM anbinden", "connect our crm", text, choices, language) is { } moved)
        {
            // "Probefahrt-Anfragen automatisch ins DMS übernehmen": inquiries moved into a system of the prospect's, with
            // "automatisch" saying only how; that is connecting the system, confirmed, as it is no CRM the synonyms know
            return moved;
        }

        if (step == QuestionSteps.Need && reading is { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: not null } } &&
            FoldedText.Of(reading.Evidence) is { Count: 1 } manner && manner[0].Text.StartsWith("automat", StringComparison.Ordinal) &&
            Folded() is var sorted && SortsInquiries(sorted) &&
            ConfirmedAs("Anfragen qualifizieren", "qualify leads", text, choices, language) is { } sorting)
        {
            // "200 quote requests a day, need to sort out the good ones automatically", "die guten sollen automatisch
            // rausgefiltert werden": inquiries sorted by their worth, with "automatically" saying only how; that is
            // qualifying them, confirmed like the same words without it
            return sorting;
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: null } } &&
            LosesWork(Folded()) && ConfirmedAs("Leads gewinnen", "more leads", text, choices, language) is { } lostWork)
        {
            // "da gehen uns Aufträge durch die Lappen", "some jobs slip through the cracks": orders or inquiries the firm
            // loses on the way in are leads not won; offered, as the prospect may mean how the work is organised
            return lostWork;
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: null } } &&
            WinsPeopleForBody(Folded()) && ConfirmedAs("Leads gewinnen", "more leads", text, choices, language) is { } winning)
        {
            // "Sponsoren für unseren Verein finden", "more applicants for our programs": winning people for a club, a school
            // or a house is winning leads in other words; offered, as the prospect may mean something else by it
            return winning;
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } } &&
            FoldedText.Of(reading.Evidence).Words.Any(w => Array.Exists(SchedulingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))) &&
            Folded() is var crewText && ForServiceCrew(crewText) && !SellsBesideBooking(crewText) && !crewText.Words.Any(w => SalesStaff.Contains(w.Text)))
        {
            // "automatic booking + reminders for our cleaners", "Terminvereinbarung für den Kundendienst automatisieren":
            // booking and reminding done for the firm's own service crew is running the service, which careful readers
            // take as the sales work to automate or as a need of its own; confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Value: ChoiceValue { Key: "crm-integration" } } && Folded() is var putThrough &&
            !NamesCrm(putThrough) && PutsThrough(putThrough))
        {
            // "Können Sie mich mit einem Menschen verbinden?", "connect me with someone in sales": the prospect asks to be
            // put through to a person, which connects no system
            return null;
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: "crm-integration" } } &&
            Folded() is var joined && Connecting(joined) && !NamesCrm(joined))
        {
            // "E-Rezept Anbindung", "Anbindung an Doctolib": a word of connecting with no CRM named may join any other
            // system; connecting is read, but that it is the CRM is the prospect's to confirm
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && acceptOwnWords && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: null } } &&
            Folded() is var linkedText && !linkedText.IsQuestion && LinksNamedSystem(linkedText) is var (crmLinked, donorsLinked) && (crmLinked || donorsLinked) &&
            Read(step, language == "de" ? "CRM anbinden" : "connect our crm", choices, language, acceptOwnWords: false, allowIndex: false) is
                { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } linkedNeed })
        {
            // "Unser CiviCRM soll mit der Website verbunden werden", "get Raiser's Edge talking to our donation forms": a CRM
            // named in a compound or by a brand the synonyms lack, with a word of connecting or talking, is connecting the
            // CRM; a donor database by its brand is a CRM to some writers only, so that one is confirmed
            return new SlotReading(step, linkedNeed, crmLinked ? Confidence.High : Confidence.Medium, text.Trim()) { Hint = crmLinked ? null : ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: { } readKey } } &&
            Folded() is var chasing && ChasingItem(chasing) &&
            !FoldedText.Of(reading.Evidence).Words.Any(w => FollowUpStems.Any(st => w.Text.StartsWith(st, StringComparison.Ordinal))) &&
            ReadChoice(step, language == "de" ? "automatisch nachfassen" : "automatic follow ups", choices, language, false, false) is
                { Confidence: Confidence.High, Value: ChoiceValue { Key: { } chaseKey } } &&
            chaseKey != readKey)
        {
            // "exhibitor sales pipeline for our expo – booth sales, follow-ups, reminders": follow-ups and reminders are
            // another option's work beside the one read, so the answer names two options and which one it is, is the
            // prospect's to confirm
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } } && RestElsewhere(text, reading.Evidence))
        {
            // "Leads qualifizieren für unsere Stellenanzeigen, die Bewerbungen landen alle im Postfach": a long answer read
            // from a few words while the rest is about another field; which need it is remains the prospect's to confirm
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && acceptOwnWords && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: { } soleKey } } &&
            OtherSentenceNeed(text, reading, soleKey, choices, language) is { } twoNeeds)
        {
            // "Die Anfragen von der Homepage versanden, keiner kümmert sich drum. Und unser CRM is ni angebunden": a sentence
            // of its own names another need than the one read, so the answer names two; the first named is offered, as
            // with "mehr Leads und CRM-Anbindung"
            return twoNeeds;
        }

        return reading;
    }

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

    /// <summary>"ich würde mit dem Beirat entscheiden", "I decide with the trustees": the prospect's own words and "mit"/"with"
    /// before a body within two words of the same clause.</summary>
    private static bool DecidesWithBody(FoldedText folded)
    {
        if (!folded.Words.Any(w => w.Text is "ich" or "i" or "i'd" or "i'll") || !HasDecisionVerb(folded))
        {
            return false;
        }

        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is not ("mit" or "with"))
            {
                continue;
            }

            for (var b = i + 1; b < folded.Count && b <= i + 3 && !folded[b].AfterBreak; b++)
            {
                if (IsBody(folded[b].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"the trustees decide", "die Gesellschafter entscheiden das": a body as the subject of a verb of deciding in
    /// the present, no word of the prospect's own.</summary>
    private static bool BodyDecides(FoldedText folded)
    {
        if (folded.Words.Any(w => IsSelfWord(w.Text)) || folded.IsQuestion)
        {
            return false;
        }

        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (IsBody(folded[i].Text) && !folded[i + 1].AfterBreak &&
                folded[i + 1].Text is "decide" or "decides" or "entscheiden" or "entscheidet" or "approve" or "approves" or "genehmigen" or "genehmigt")
            {
                return true;
            }
        }

        return false;
    }

    // Everyone as the one deciding, and hedges on how much ("a bit", "irgendwie").
    private static readonly string[][] Everyone = Phrases.Of(
        "everybody decides", "everyone decides", "everybody votes", "everyone votes", "everybody has a say", "everyone has a say",
        "we all decide", "all of us decide", "alle entscheiden", "entscheiden alle", "jeder entscheidet", "jeder redet mit",
        "alle reden mit", "reden alle mit", "entscheiden alle mit", "wir entscheiden alle", "jeder hat mitspracherecht",
        "alle haben mitspracherecht", "jeder stimmt ab", "alle stimmen ab", "stimmen alle ab");

    private static readonly string[][] LittleBit = Phrases.Of(
        "a bit", "a little", "kind of", "sort of", "somehow", "more or less", "irgendwie", "bisschen", "ein bisschen", "ein wenig",
        "so halb", "mehr oder weniger");

    /// <summary>Everyone deciding ("everybody decides", "bei uns entscheiden alle"), not denied: null when not said, true
    /// when hedged.</summary>
    private static bool? EveryoneDecides(FoldedText folded)
    {
        var at = folded.Find(Everyone);
        if (at.At < 0 || folded.IsQuestion && folded.Count <= at.Length + 1 || folded.Words.Any(w => CommonWords.Negations.Contains(w.Text)))
        {
            return null;
        }

        return folded.Contains(LittleBit);
    }

    // The prospect alone in the first person singular ("we" may be the firm whose body decides).
    private static readonly HashSet<string> SingularSelf = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i'd", "i'll", "ich", "me", "mir", "mich", "my", "mein", "meine", "meinem", "meiner", "meinen", "myself", "bin",
    };

    // Words of the prospect's own advising part ("empfehle nur, entscheiden tut der Vorstand"), which say what they do.
    private static readonly string[] AdvisingStems = ["empfehl", "recommend", "advis", "berate", "bereite", "prepare", "pitch", "vorschlag", "propose"];

    // Bodies of several people that decide or approve for a firm, a club or a co-operative.
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "aufsichtsrat", "beirat", "verwaltungsrat", "stadtrat", "gemeinderat", "kuratorium", "praesidium", "generalversammlung",
        "trustees", "directors", "members", "mitglieder", "partners", "gesellschafter", "genossen",
    };

    private static bool IsBody(string word) =>
        BodyWords.Contains(word) || IsBodyStem(word) || word.Length > 4 && word.EndsWith('s') && IsBodyStem(word[..^1]);

    // (a genitive "s" leaves the body: "Mitglied des Aufsichtsrats", "des Vorstands")
    private static bool IsBodyStem(string word) =>
        CommitteeWords.Contains(word) || CommonWords.DecidingBodies.Contains(word) || Assemblies.Contains(word) || BodyWords.Contains(word) && !word.EndsWith('s') ||
        word.EndsWith("vorstand", StringComparison.Ordinal) || word.EndsWith("versammlung", StringComparison.Ordinal) ||
        word.EndsWith("ausschuss", StringComparison.Ordinal) || word.EndsWith("gremium", StringComparison.Ordinal);

    /// <summary>"ich sitz im Aufsichtsrat", "bin im Vorstand", "I'm on the supervisory board", "I sit on the board",
    /// "member of the committee", "Mitglied im Beirat": the prospect's own seat in a body (a negation between breaks it).</summary>
    private static bool SitsInBody(FoldedText folded)
    {
        for (var i = 0; i + 2 < folded.Count; i++)
        {
            var t = folded[i].Text;
            var seat = t is "sitz" or "sitze" or "bin" or "sit" or "i'm" or "im" or "am" or "mitglied" or "member" or "seat";
            if (!seat || t is "am" && (i == 0 || folded[i - 1].Text != "i") || t is "im" && i > 0 && folded[i - 1].Text is "sitz" or "sitze" or "bin")
            {
                continue;
            }

            var self = t is "i'm" or "im" or "mitglied" or "member" or "seat" || i > 0 && folded[i - 1].Text is "ich" or "i" || i == 0 ||
                       i + 1 < folded.Count && folded[i + 1].Text == "ich";
            if (!self)
            {
                continue;
            }

            var k = i + 1;
            if (k < folded.Count && folded[k].Text == "ich")
            {
                k++;
            }

            if (k >= folded.Count || folded[k].AfterBreak || folded[k].Text is not ("im" or "in" or "on" or "of" or "auf" or "des" or "der"))
            {
                continue;
            }

            for (var b = k + 1; b < folded.Count && b <= k + 3 && !folded[b].AfterBreak; b++)
            {
                if (IsBody(folded[b].Text) && folded[b].Text is not ("members" or "mitglieder" or "partners" or "gesellschafter" or "genossen"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words that open the end of a decision ("ultimately", "am Ende", "letztendlich").
    private static readonly string[][] InTheEnd = Phrases.Of(
        "ultimately", "in the end", "at the end of the day", "eventually", "finally", "am ende", "letztendlich", "letztlich",
        "am schluss", "final");

    /// <summary>"ultimately the CEO, …", "am Ende der Präsident, …": a clause that opens with a word of the end and names
    /// only someone else, with an article or another's possessive and no verb or first person in it.</summary>
    private static bool InTheEndSomeoneElse(string text, FoldedText folded)
    {
        var starts = ClauseStarts(text, folded, ",.;:–—()");
        starts.Add(folded.Count);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            var (from, to) = (starts[c], starts[c + 1] - 1);
            if (to - from < 1 || to - from > 5)
            {
                continue;
            }

            var clause = FoldedText.Of(folded.Span(from, to));
            var (at, length) = clause.Find(InTheEnd);
            if (at != 0 || length >= clause.Count)
            {
                continue;
            }

            var next = clause[length].Text;
            if (next is not ("the" or "der" or "die" or "das" or "our" or "unser" or "unsere" or "unserem" or "my" or "mein" or "meine" or "his" or "her") ||
                clause.Words.Skip(length + 1).Any(w => SingularSelf.Contains(w.Text) || ProspectWords.Contains(w.Text) || IsVerbLike(w.Text)))
            {
                continue;
            }

            return clause.Count > length + 1;
        }

        return false;
    }

    // Words after "the"/"der" that make the clause a sentence of its own rather than a name of whom.
    private static bool IsVerbLike(string word) =>
        word is "is" or "are" or "was" or "ist" or "sind" or "war" or "hat" or "has" or "have" or "decides" or "entscheidet" or "will" or "wird" or
            "want" or "wants" or "need" or "needs" or "muss" or "must" or "signs" or "unterschreibt" or "goal" or "ziel" or "step" or "schritt" or
            "result" or "ergebnis" or "price" or "preis" or "budget" or "cost" or "kosten";

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

    // Words of the prospect themselves in a clause ("bin ja der Inhaber", "as the owner"): no one else's part.
    private static readonly HashSet<string> OwnPartWords = new(StringComparer.Ordinal)
    {
        "ich", "i", "i'm", "im", "me", "mir", "mich", "bin", "am", "als", "as", "myself", "selbst",
    };

    // Finite verbs that give the other clause a say of its own, read by the rules for it ("der Vorstand nickt ab").
    private static readonly HashSet<string> SplitVerbs = new(StringComparer.Ordinal)
    {
        "is", "are", "ist", "sind", "hat", "has", "have", "haben", "decides", "entscheidet", "entscheiden", "signs", "unterschreibt",
        "muss", "must", "will", "wird", "nickt", "approves", "genehmigt", "gibt", "macht", "does", "sagt", "says", "weiss", "knows",
    };

    /// <summary>Whether a clause where the prospect decides ("entscheide ich", "I decide") is followed by a short clause
    /// naming only someone else, its verb left out ("kaufmännisch der CFO", "the CFO on the money"), with no negation
    /// ("nicht der Chef") and no word of the prospect's own.</summary>
    private static bool DecisionSplit(string text, FoldedText folded)
    {
        var starts = ClauseStarts(text, folded, ",;");
        starts.Add(folded.Count);
        for (var c = 1; c + 1 < starts.Count; c++)
        {
            int from = starts[c], to = starts[c + 1], before = starts[c - 1];
            var decided = Enumerable.Range(before, from - before).Any(k => folded[k].Text is "entscheide" or "decide") &&
                Enumerable.Range(before, from - before).Any(k => folded[k].Text is "ich" or "i");
            if (!decided || to - from < 2 || to - from > 5 || folded[from].Text is "but" or "aber" or "though" or "however" or "jedoch" or "allerdings")
            {
                continue;
            }

            var words = Enumerable.Range(from, to - from).ToList();
            if (words.Exists(k => IsOtherActor(folded, k)) && !words.Exists(k => Negations.Contains(folded[k].Text) || OwnPartWords.Contains(folded[k].Text) ||
                                                                     Conditions.Contains(folded[k].Text) || SplitVerbs.Contains(folded[k].Text)))
            {
                return true;
            }
        }

        return false;
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

    // Someone other than the prospect who may take part in a decision, and words that make it conditional.
    private static readonly HashSet<string> OtherActors = new(StringComparer.Ordinal)
    {
        "board", "vorstand", "beirat", "aufsichtsrat", "cfo", "ceo", "cto", "coo", "cro", "gf", "gl", "geschaeftsfuehrung",
        "geschaeftsleitung", "geschaeftsfuehrer", "geschaeftsfuehrerin", "chef", "chefin", "boss", "management", "leadership",
        "partner", "partners", "partnern", "owner", "owners", "einkauf", "procurement", "purchasing", "finance", "finanzen",
        "buchhaltung", "legal", "director", "vp", "direktor", "inhaber", "inhaberin", "gesellschafter", "eigentuemer",
        "committee", "gremium", "corporate", "konzern", "zentrale", "headquarters", "hq", "manager", "vorgesetzter",
        "vorgesetzte", "mitgliederversammlung", "eigentuemerversammlung", "stadtrat", "council", "verein", "club",
        "wife", "husband", "spouse", "frau", "mann", "partnerin", "accountant", "steuerberater", "steuerberaterin",
    };

    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal)
    {
        "if", "unless", "wenn", "falls", "sofern", "ausser", "over", "above", "ueber", "darueber", "depends", "haengt",
    };

    // Words of a clause that say nothing about the decision ("ehrlich gesagt", "yes", "lol").
    private static readonly HashSet<string> ClauseFillers = new(StringComparer.Ordinal)
    {
        "ja", "jo", "yes", "yeah", "yep", "well", "also", "so", "hmm", "hm", "naja", "na", "lol", "haha", "klar", "sure", "ok", "okay",
        "honestly", "ehrlich", "gesagt", "tbh", "thanks", "danke", "bitte", "please", "hi", "hallo", "basically", "eigentlich",
        "i", "guess", "think", "denke", "glaube", "mean", "right", "genau", "halt", "eben", "und", "and", "aber", "but", "oder", "or",
        "the", "der", "die", "das", "a", "ein", "eine", "it", "es", "that", "this", "is", "ist", "sein", "be", "too", "auch",
    };

    private static readonly HashSet<string> TitleOpeners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "der", "die", "ein", "eine", "einer", "our", "unser", "unsere", "unserer",
    };

    /// <summary>"ich bin die PDL", "I'm the office manager", "als Verwalter": a clause that opens with the prospect naming
    /// their own title (an article or a capitalised word after "ich bin"/"I'm").</summary>
    private static bool SelfTitle(string text, FoldedText folded, int from, int to)
    {
        var i = from;
        if (i <= to && folded[i].Text is "und" or "and")
        {
            i++;
        }

        if (i <= to && folded[i].Text is "ich" or "i" && i + 1 <= to && folded[i + 1].Text is "bin" or "am")
        {
            i += 2;
        }
        else if (i <= to && folded[i].Text is "i'm" or "im" or "bin" or "als" or "as")
        {
            i++;
        }
        else
        {
            return false;
        }

        while (i <= to && folded[i].Text is "just" or "nur" or "only" or "hier" or "here")
        {
            i++;
        }

        if (i + 1 <= to && folded[i + 1].Text is "one" or "eine" or "einzige" or "diejenige" or "derjenige" || i <= to && folded[i].Text is "diejenige" or "derjenige")
        {
            // "I'm the one who'll use it": a relative clause says what the prospect does, no title
            return false;
        }

        return i <= to && (TitleOpeners.Contains(folded[i].Text) || char.IsUpper(text[folded[i].Start]));
    }

    // People who own or founded the business with the prospect ("my co-founder", "meine Mitgründerin", "Teilhaber"): a
    // second person with a share of the decision, beside the prospect's own claim.
    private static readonly HashSet<string> CoOwners = new(StringComparer.Ordinal)
    {
        "cofounder", "cofounders", "coowner", "coowners", "mitgruender", "mitgruenderin", "mitgruendern", "mitgruenderinnen",
        "mitbegruender", "mitbegruenderin", "mitinhaber", "mitinhaberin", "teilhaber", "teilhaberin", "kompagnon",
        "kompagnonin", "geschaeftspartner", "geschaeftspartnerin",
    };

    /// <summary>Whether the word at <paramref name="i"/> names someone other than the prospect who may take part in the
    /// decision, or a condition; "co-founder" is folded into "co" and "founder", so "founder" counts after "co".</summary>
    private static bool IsOtherActor(FoldedText folded, int i) =>
        OtherActors.Contains(folded[i].Text) || CoOwners.Contains(folded[i].Text) || Relatives.Contains(folded[i].Text) ||
        folded[i].Text is "founder" or "founders" && i > 0 && folded[i - 1].Text == "co";

    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal)
    {
        "but", "though", "however", "aber", "jedoch", "allerdings",
    };

    // Finite verbs after which a German contrast word stands inside their clause ("muss aber den Beirat informieren",
    // "das letzte Wort hat aber der GF").
    private static readonly HashSet<string> VerbsBeforeInnerContrast = new(StringComparer.Ordinal)
    {
        "hat", "haben", "hab", "habe", "muss", "muessen", "soll", "sollen", "will", "wollen", "wird", "werden", "ist", "sind",
        "kann", "koennen", "darf", "duerfen", "moechte", "sollte", "trifft", "treffen", "macht", "machen", "entscheidet",
        "liegt", "liegen", "unterschreibt", "gibt", "redet", "reden",
    };

    /// <summary>Whether the contrast word at <paramref name="i"/> opens a clause of its own: English "but", "though",
    /// "however" always; German "aber", "jedoch", "allerdings" unless right after a finite verb (or a pronoun after it),
    /// where they stand inside that verb's clause ("Ich entscheide aber mein Mitgründer redet mit" splits, "muss aber den
    /// Beirat fragen", "muss das aber der Vorstand" do not).</summary>
    private static bool OpensContrast(FoldedText folded, int i) =>
        folded[i].Text is "but" or "though" or "however" ||
        folded[i].Text is "aber" or "jedoch" or "allerdings" && !VerbsBeforeInnerContrast.Contains(folded[i - 1].Text) &&
        !(i > 1 && folded[i - 1].Text is "das" or "es" or "ich" or "man" or "wir" or "er" or "sie" && VerbsBeforeInnerContrast.Contains(folded[i - 2].Text));

    /// <summary>The index of each clause's first word: the first word, and every word after a line break, after one of
    /// <paramref name="marks"/> or a spaced dash, or that opens a contrast.</summary>
    private static List<int> ClauseStarts(string text, FoldedText folded, string marks)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < folded.Count; i++)
        {
            var between = text.AsSpan(folded[i - 1].End, folded[i].Start - folded[i - 1].End);
            if (folded[i].AfterBreak || between.IndexOfAny(marks) >= 0 || between.Contains(" - ", StringComparison.Ordinal) ||
                OpensContrast(folded, i))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    /// <summary>Whether the answer names someone else or a condition and has a clause in which the reader finds no role
    /// (read alone, nothing or only a low reading): the reading then accounts for part of the answer only.</summary>
    private static bool ClauseLeftUnread(string text, IReadOnlyList<AnswerChoice> choices, string language, string? whole)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 3 || !Enumerable.Range(0, folded.Count).Any(i => IsOtherActor(folded, i) || Conditions.Contains(folded[i].Text)))
        {
            return false;
        }

        var starts = ClauseStarts(text, folded, "–—()");
        if (starts.Count < 2)
        {
            return false;
        }

        starts.Add(folded.Count);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            var (from, to) = (starts[c], starts[c + 1] - 1);
            if (Enumerable.Range(from, to - from + 1).All(i => ClauseFillers.Contains(folded[i].Text)))
            {
                continue;
            }

            // a clause counts as unread when it sets a condition or names the prospect's own title ("ich bin die PDL",
            // "I'm the office manager", "unless it's over 10k") and the reader finds nothing in it alone; the prospect's own
            // doings ("I'm just using the tool") and someone else's part ("my boss is") are read with the whole answer
            // ("final say is mine but I'll loop in finance", "Ich entscheide, muss aber den Beirat informieren": someone
            // else brought in after a contrast, in words of no decision the reader knows, is unread too)
            // (someone else's decision in words the reader knows, "but the CFO signs off", is read with the whole answer)
            var contrastedActor = Enumerable.Range(from, to - from + 1).Any(i => ContrastWords.Contains(folded[i].Text)) &&
                                  Enumerable.Range(from, to - from + 1).Any(i => IsOtherActor(folded, i)) &&
                                  FoldedText.Of(folded.Span(from, to)) is var part && !part.Contains(OthersDecision) && !HasDecisionVerb(part);
            if (!contrastedActor && !Enumerable.Range(from, to - from + 1).Any(i => Conditions.Contains(folded[i].Text)) && !SelfTitle(text, folded, from, to))
            {
                continue;
            }

            var alone = ReadChoice(QuestionSteps.Authority, folded.Span(from, to), choices, language, acceptOwnWords: false, allowIndex: true);
            if (alone is null || contrastedActor && (alone.Confidence == Confidence.Low || alone.Value is ChoiceValue { Key: var key } && key != whole))
            {
                // someone brought in after a contrast is read only when that clause alone says the same role as the whole
                return true;
            }
        }

        return false;
    }

    // Words that weigh one of several things named above the others ("wichtiger ist", "vor allem", "mainly").
    private static readonly string[][] Weightier = Phrases.Of(
        "wichtiger ist", "wichtiger waere", "am wichtigsten ist", "am wichtigsten", "vor allem", "hauptsaechlich", "primaer",
        "in erster linie", "mainly", "mostly", "primarily", "more important is", "more importantly", "most important is",
        "priority is", "prioritaet hat",
        // an explicit pick after several ("If I have to pick one, probably the Salesforce part")
        "pick one", "choose one", "had to pick", "had to choose", "have to pick", "have to choose", "eins aussuchen", "mich entscheiden muesste",
        "mich entscheiden muss", "wenn ich waehlen muss", "wenn ich waehlen muesste");

    /// <summary>The need that a plain wording of it ("CRM anbinden" / "connect our crm") reads as, offered for the prospect's
    /// own words about it, confirmed: their words name the pain, the wording names the configured need; null when no
    /// configured need takes the wording.</summary>
    private static SlotReading? ConfirmedAs(string german, string english, string text, IReadOnlyList<AnswerChoice> choices, string language) =>
        Read(QuestionSteps.Need, language == "de" ? german : english, choices, language, acceptOwnWords: false, allowIndex: false) is
            { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } need }
            ? new SlotReading(QuestionSteps.Need, need, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous }
            : null;

    /// <summary>A reading of the configured choice <paramref name="choice"/>, its label in the chat's language, with a
    /// confidence, the words it was read from and why it is not sure (null when it is), so each rule says only what
    /// differs.</summary>
    private static SlotReading ChoiceReading(string step, AnswerChoice choice, string language, Confidence confidence, string evidence, string? hint = null) =>
        new(step, new ChoiceValue(choice.Key, choice.Label(language)), confidence, evidence) { Hint = hint };

    /// <summary>A reading of the prospect's own words (no configured choice), kept verbatim as value and evidence.</summary>
    private static SlotReading OwnWordsReading(string step, string words, Confidence confidence, string? hint = null) =>
        new(step, new ChoiceValue(null, words), confidence, words) { Hint = hint };

    private static readonly string[][] Complicated = Phrases.Of(
        "it's complicated", "its complicated", "it is complicated", "complicated", "es ist kompliziert", "ist kompliziert",
        "kompliziert", "schwierig zu sagen");

    private static SlotReading? ReadChoice(string step, string text, IReadOnlyList<AnswerChoice> choices, string language, bool acceptOwnWords, bool allowIndex)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count == 0)
        {
            return null;
        }

        var found = ReadIndex(folded, choices.Count, out var hedgedIndex);
        if (found is null && IndexBeforeLater(folded) is { } firstPart)
        {
            // "option 1, maybe 2 later", "eig. 3, aber 2 wär auch nett": the second option put off, as "CRM vielleicht später
            // mal" after a need; the first is the answer
            found = ReadIndex(FoldedText.Of(text[..firstPart]), choices.Count, out hedgedIndex);
        }

        if (found is { } index)
        {
            if (!allowIndex)
            {
                return null;
            }

            if (index < 0)
            {
                return new SlotReading(step, new ChoiceValue(null, text.Trim()), Confidence.Low, text) { Hint = ReadingHints.OutOfRange };
            }

            // "mostly number 2": a number said with a word that weighs it is an ordinal inside own words, confirmed
            var picked = choices[index];
            return ChoiceReading(step, picked, language, hedgedIndex ? Confidence.Medium : Confidence.High,
                text.Trim(), hedgedIndex ? ReadingHints.Ambiguous : null);
        }

        if (step == QuestionSteps.Authority && allowIndex && (IsOnlySelf(folded) || SelfThenInput(folded)) && TopDecider(choices) is >= 0 and var self)
        {
            // "ich", "me", "I do" as the answer to who decides (only as the answer to that question: beside other
            // answers "ich" says nothing); a bare pronoun says nothing of deciding alone and most careful writers
            // confirm it, while "ich allein", "I do", "ich selbst" say more and stay sure
            // ("eigentlich ich, ja", "actually me": a word that weighs the answer leaves it to confirm, as a bare "ich")
            var bare = folded.Count == 1 && IsOnlySelf(folded) || folded.Words.Any(x => WeighingSelfWords.Contains(x.Text));
            return ChoiceReading(step, choices[self], language, bare ? Confidence.Medium : Confidence.High, text.Trim(),
                bare ? ReadingHints.Ambiguous : null);
        }

        if (step == QuestionSteps.Authority && folded.Contains(SelfDecides) && SplitBySize(folded) && SharedDecider(choices) is >= 0 and var splitShare)
        {
            // "both, I decide for small things, big things with director", "Kleinigkeiten entscheide ich, größere Sachen mit
            // der GF": the prospect decides the small matters and the big ones with or by someone else, so a purchase like
            // this one is likely shared; how much is theirs to confirm
            return ChoiceReading(step, choices[splitShare], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && SelfDeciding(folded) && TopDecider(choices) is >= 0 and var selfDeciding)
        {
            // "Just me deciding", "only me decides": the prospect alone with a verb of deciding says who decides, also
            // beside other answers (where "me" alone says nothing)
            return ChoiceReading(step, choices[selfDeciding], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && allowIndex && folded.Count == 1 && folded[0].Text is "chef" or "chefin" or "boss" &&
            TopDecider(choices) is >= 0 and var boss)
        {
            // "Chefin" as the whole answer to the question of the prospect's role: the boss, as "ich bin die Chefin"; but
            // with no "ich" it may name whoever decides, so confirmed
            return ChoiceReading(step, choices[boss], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && TitleThenSelf(text, folded) && TopDecider(choices) is >= 0 and var claimedSelf)
        {
            // "Seniorpartner, also ja, ich", "Inhaber, also ich": a title, then the prospect alone as what it comes to; what
            // the prospect says of themselves is theirs, as "ich" alone
            return ChoiceReading(step, choices[claimedSelf], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && allowIndex && SelfThenOthersSay(text, folded) && SharedDecider(choices) is >= 0 and var selfWithSay)
        {
            // "letztendlich ich, aber die Buchhaltung redet mit": the prospect alone, then someone else who has a say in it,
            // is a decision shared with them, as after a deciding title; how much is the prospect's is theirs to confirm
            return ChoiceReading(step, choices[selfWithSay], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && RhetoricalSelf(folded) && TopDecider(choices) is >= 0 and var who)
        {
            // "wer sonst 😄", "who else?": the question turned back says the prospect decides, as a joke; confirmed
            return ChoiceReading(step, choices[who], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged);
        }

        if (step == QuestionSteps.Authority && TogetherWithCompanion(folded) && !folded.Contains(OthersDecision) && !folded.Contains(SelfDecides) &&
            SharedDecider(choices) is >= 0 and var doneTogether)
        {
            // "ICH MACHE DAS MIT MEINER FRAU ZUSAMMEN": doing it together with a spouse, partner or colleague is deciding
            // together, as "zusammen mit meinem Mann"
            return ChoiceReading(step, choices[doneTogether], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && RunTogether(folded) && !folded.Contains(OthersDecision) && !folded.Contains(SelfDecides) &&
            SharedDecider(choices) is >= 0 and var runTogether)
        {
            // "Meine Frau und ich führen das Hotel zusammen", "we run the bakery together": running the business together
            // is deciding together, whatever the business is called
            return ChoiceReading(step, choices[runTogether], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && folded.Contains(NotPaying) && !folded.Contains(SelfDecides) && !folded.Contains(Together) &&
            Adviser(choices) is >= 0 and var notPayer)
        {
            // "I'm the one who'll use it, not the one who pays": the money is someone else's, and so the decision; the
            // prospect's part is closest to advising, confirmed, as they do not say it
            return ChoiceReading(step, choices[notPayer], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && LooksOnBehalf(folded) && !folded.Contains(SelfDecides) && Narrowest(choices) is >= 0 and var checker &&
            !choices[checker].DecisionMaker)
        {
            // "Ich schaue für Chef, er entscheidet", "I'm checking for my boss, she decides": looking into it on someone
            // else's behalf is gathering for them, but a look may end in a recommendation, so it is confirmed (research or
            // collecting for them, or looking around, say the gathering in words of their own)
            return ChoiceReading(step, choices[checker], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && (InOneClause(folded, MereInput) || OthersBusiness(folded)) && !folded.Contains(SelfDecides) &&
            !WithSomeone(folded) && Adviser(choices) is >= 0 and var inputOnly)
        {
            // "Einkauf macht das, ich geb nur input", "it's the wife's business really, I just do the website": the prospect
            // only advises, or works in a business that is someone else's; the decision is another's and what the
            // prospect's part in it is comes closest to advising; confirmed
            // ("Einkauf entscheidet, ich geb nur Input": with the decision said to be someone else's it is sure)
            var othersDecide = OtherDecides(folded) && HasDecisionVerb(folded);
            return ChoiceReading(step, choices[inputOnly], language, othersDecide ? Confidence.High : Confidence.Medium,
                text.Trim(), othersDecide ? null : ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && folded.Contains(Unsure))
        {
            // "keine Ahnung, wer das am Ende entscheidet": a role word in it is no answer
            return null;
        }

        if (step == QuestionSteps.Authority && LoneSelfOrProcuration(folded) && TopDecider(choices) is >= 0 and var loneTop)
        {
            // "me", "ich", "alleine", "Prokurist": a bare pronoun of oneself or a procuration alone names the one who decides
            // without saying whether alone; most careful writers confirm it, so it is confirmed
            return ChoiceReading(step, choices[loneTop], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && NotTheOnlyDecider(folded) && SharedDecider(choices) is >= 0 and var notAlone)
        {
            // "I'm not the only decision maker", "ich bin nicht der einzige, der entscheidet": an only or sole decider
            // denied is one of those who decide, like "ich entscheide nicht allein", never someone who only recommends
            return ChoiceReading(step, choices[notAlone], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && NobodyDecides(folded) && folded.Words.Any(x => x.Text is "allein" or "alleine" or "alone") &&
            SharedDecider(choices) is >= 0 and var together)
        {
            // "Wir sind ein Verein, da entscheidet keiner allein": nobody deciding alone is a decision taken together; the
            // prospect's part in it is not said, so confirmed
            return ChoiceReading(step, choices[together], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && folded.Words.Any(x => x.Text is "sekretaerin" or "sekretaer" or "secretary") &&
            folded.Count <= 5 && !folded.Contains(SelfDecides) && Narrowest(choices) is >= 0 and var secretary && !choices[secretary].DecisionMaker)
        {
            // "bin nur die Sekretärin": a secretary organises for whoever decides, like an assistant beside the one it
            // works for; confirmed, as a secretary may also prepare or recommend
            return ChoiceReading(step, choices[secretary], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && NobodyDecides(folded))
        {
            // "lol nobody decides anything here", "bei uns entscheidet keiner was": a decision said of nobody names no one
            // who decides, the prospect neither
            return null;
        }

        if (step == QuestionSteps.Authority && allowIndex && folded.Contains(BothHedged) && SharedDecider(choices) is >= 0 and var partly)
        {
            // "kinda both? i run ops but the owner signs", "kind of both, I decide but my wife does the books": the prospect
            // says they decide and do not, which is deciding with someone else; how much is theirs to confirm
            return ChoiceReading(step, choices[partly], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && BigPurchasesElsewhere(folded) && SharedDecider(choices) is >= 0 and var belowBig)
        {
            // "ceo but board signs off on anything big", "bei größeren Sachen muss der Chef ran": someone else decides the big
            // purchases, so the prospect decides the rest; an authority split by size, like one split at an amount, is the
            // shared role, confirmed
            return ChoiceReading(step, choices[belowBig], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && AssistantFor(folded) && !folded.Contains(SelfDecides) && Narrowest(choices) is >= 0 and var organiser &&
            !choices[organiser].DecisionMaker)
        {
            // "not me, I'm an assistant scheduling this for Mr. Hale", "mein Chef, ich bin nur die Assistentin": someone
            // else decides and the prospect organises for them, which is gathering information; confirmed, as an
            // assistant may also prepare or recommend
            return ChoiceReading(step, choices[organiser], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && SharedDecider(choices) is >= 0 and var sharing)
        {
            // "wir stimmen im Vorstand ab", "I'm one of 5 on the board": a vote the prospect takes part in is a decision
            // taken together; "ohne mein OK läuft da nix": a veto is a share of the decision, how much is the
            // prospect's to confirm (also when someone else signs)
            var voted = folded.Contains(Vote) || OneOfTheDeciders(folded) || SeveralDecidersWe(folded);
            if (voted || folded.Contains(Veto))
            {
                return ChoiceReading(step, choices[sharing], language, voted ? Confidence.High : Confidence.Medium,
                    text.Trim(), voted ? null : ReadingHints.Ambiguous);
            }
        }


        var compiled = Cache.GetValue(choices, Compile);
        var stems = new string[folded.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            // spoken forms are matched as written ones: "nix konkretes" is "nichts konkretes", "nur mal sehen" is "nur mal
            // schauen"
            // a Kompagnon is a business partner, and "der Boss" after a German article is "der Chef" ("my boss" keeps its
            // English phrases)
            stems[i] = WordMatch.Stem(folded[i].Text switch
            {
                "nix" or "nischt" => "nichts",
                "sehen" or "gucken" when i > 0 && folded[i - 1].Text is "mal" or "nur" => "schauen",
                "kompagnon" or "kompagnons" or "kompagnonin" => "partner",
                // requests for a quote or a proposal, and requests of any kind at the need, are inquiries: "more RFQs from
                // OEMs", "qualifying partnership requests"
                "rfq" or "rfp" when step == QuestionSteps.Need => "inquiry",
                "rfqs" or "rfps" or "requests" when step == QuestionSteps.Need => "inquiries",
                // the say over the budget is the budget's: "Budgethoheit liegt bei mir" as "das Budget liegt bei mir"
                "budgethoheit" => "budget",
                // ("ich habe die Budgethoheit" as "ich habe das Budget")
                "die" when i + 1 < folded.Count && folded[i + 1].Text == "budgethoheit" => "das",
                // "I make that call", "I make those calls": the call made is the prospect's decision
                "that" or "those" or "these" when step == QuestionSteps.Authority && i > 0 && folded[i - 1].Text is "make" or "makes" &&
                    i + 1 < folded.Count && folded[i + 1].Text is "call" or "calls" or "decision" or "decisions" => "the",
                // calling or writing cold is winning customers: "cold calling", "cold outreach" as "Kaltakquise"
                "calling" or "calls" or "call" or "outreach" or "emailing" when step == QuestionSteps.Need && i > 0 && folded[i - 1].Text == "cold" => "acquisition",
                "boss" when i > 0 && folded[i - 1].Text is "der" or "die" or "mein" or "meine" or "meinem" or "meiner" or "unser" or "unsere" or "unserem" or "dem" or "den" => "chef",
                var same => WithoutZu(same),
            });
        }

        // Best match per choice: score = matched words (exact 1, compound 0.9, typo 0.8), a label a little more.
        var best = new (double Score, int Start, int End, bool Approximate)[choices.Count];
        var recipient = false;
        foreach (var phrase in compiled.Phrases)
        {
            for (var start = 0; start < folded.Count; start++)
            {
                if (Match(folded, stems, phrase, start) is not { } m)
                {
                    continue;
                }

                if (phrase.Words.Length == 1 && start > 0 && folded[start].Text == "together" &&
                    folded[start - 1].Text is "put" or "puts" or "putting" or "pull" or "pulls" or "pulling" or "get" or "getting")
                {
                    // "I put together the shortlist": putting something together is work, no decision taken together
                    continue;
                }

                if (step == QuestionSteps.Need && m.End == start && folded[start].Text is "quote" or "quotes" or "angebot" or "angebots" &&
                    (start + 1 < folded.Count && folded[start + 1].Text is "request" or "requests" or "anfrage" or "anfragen" or "inquiries" or "enquiries" ||
                     start > 0 && !folded[start].AfterBreak && folded[start - 1].Text is "request" or "requesting" or "requested" or "ask" or "asking" or "anfordern"))
                {
                    // ("customers request quotes online": a quote the customer asks for is the same inquiry)
                    // "quote requests for roofing jobs": requests for a quote are inquiries coming in, no quotes to write
                    continue;
                }

                if (step == QuestionSteps.Need && ScopeOfATask(folded, start))
                {
                    // "conflict checks for new clients", "KYC bei neuen Mandanten automatisieren": new customers as those a
                    // check, a contract or an onboarding is for are no customers to win
                    continue;
                }

                if (step == QuestionSteps.Need && phrase.Words.Length == 1 && m.End == start && QuoteAskedFor(folded, start))
                {
                    // "we need a quote for 500 hex bolts", "bitte ein Angebot über 200 Paletten": one quote asked for
                    // something is a purchase enquiry to whoever reads it, no quotes of the prospect's own to write
                    continue;
                }

                if (step == QuestionSteps.Need && !choices[phrase.Choice].Fits && ConsultationsOfTheFirm(folded, start, m.End))
                {
                    // "book more consultations for our medspa", "mehr Beratungstermine": consultations counted, booked or
                    // the firm's own are the appointments its customers book, no advice the prospect seeks
                    continue;
                }

                if (step == QuestionSteps.Need && !choices[phrase.Choice].Fits && LookingForSomething(folded, m.End))
                {
                    // "just looking for a scheduling tool": looking for a thing is seeking it, no looking around
                    continue;
                }

                if (step == QuestionSteps.Need && LostOverview(folded, start, m.End))
                {
                    // "wir verlieren den Überblick, wer schon ein Angebot hat": losing track is a pain of handling
                    // inquiries, no wish to get an overview of the market
                    continue;
                }

                if (step == QuestionSteps.Need && phrase.Words.Length == 1 && LeadAsTitleOrVerb(folded, start))
                {
                    // "I'm a team lead", "lead developer here", "I lead the sales team": "lead" as a job title or as
                    // leading people is no word of the need for leads
                    continue;
                }

                if (phrase.Words.Length == 1 && language == "de" && folded[start].Text == "intern" && start > 0 && !folded[start].AfterBreak &&
                    folded[start - 1].Text is not ("an" or "a" or "the" or "ein" or "eine" or "als" or "as" or "bin" or "i'm" or "im" or "am" or "just" or "nur" or "only" or "sales" or "marketing"))
                {
                    // "ich treibe das intern voran", "wir klären das intern": the German adverb, no intern's title (which
                    // opens its clause or follows an article or "I'm")
                    continue;
                }

                if (step == QuestionSteps.Authority && phrase.Words.Length >= 3 && phrase.Words[^2] is "and" or "und" && phrase.Words[^1] is "i" or "ich" &&
                    OwnTitleBefore(folded, start))
                {
                    // "I'm the IT manager and I recommend to the board": the title is the prospect's own, and "and I" opens
                    // the prospect's next clause, no "my manager and I" deciding together
                    continue;
                }

                if (phrase.Words.Length == 1 && choices[phrase.Choice].DecisionMaker && IsRecipientsTitle(folded, start))
                {
                    // "researching options for my director", "recommending vendors to our CIO": the title is whom the
                    // prospect works for, not the prospect's own role
                    recipient = true;
                    continue;
                }

                var score = m.Score + (phrase.IsLabel ? 0.25 : 0);
                if (score > best[phrase.Choice].Score)
                {
                    best[phrase.Choice] = (score, start, m.End, m.Approximate);
                }

                break;
            }
        }

        if (step == QuestionSteps.Authority && Adviser(choices) is >= 0 and var presenter && SeparablePresent(folded) is ({ } presentAt, var vorAt))
        {
            // "ich hol Angebote ein und leg sie dem Vorstand vor": "vorlegen", "vorstellen" with its object between is
            // putting it before someone who decides, as "ich leg's dem Chef vor"; a title between is whom it goes to, and
            // a decision between ("wir bereiten die Entscheidung vor") is what is prepared
            for (var c = 0; c < best.Length; c++)
            {
                if (choices[c].DecisionMaker && best[c].Score > 0 && best[c].End > presentAt && best[c].End < vorAt)
                {
                    best[c] = default;
                }
            }

            if (best[presenter].Score < 1)
            {
                best[presenter] = (1, presentAt, vorAt, false);
            }
        }

        var winner = -1;
        var runnerUp = -1;
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score <= 0)
            {
                continue;
            }

            if (winner < 0 || best[c].Score > best[winner].Score)
            {
                runnerUp = winner;
                winner = c;
            }
            else if (runnerUp < 0 || best[c].Score > best[runnerUp].Score)
            {
                runnerUp = c;
            }
        }

        if (step == QuestionSteps.Need && acceptOwnWords && !folded.IsQuestion && !NamesCrm(folded) && UnconnectedSystem(folded) &&
            !OtherField(folded) && ConfirmedAs("CRM anbinden", "connect our crm", text, choices, language) is { } unconnected)
        {
            // "we use ServiceTitan and nothing talks to it", "wir nutzen Craftnote, aber das ist mit nichts verbunden": a system
            // in use that nothing connects with is the pain of connecting it; the negation is the pain, not a need denied.
            // Confirmed, as the system is no CRM the synonyms know
            return unconnected;
        }

        if (step == QuestionSteps.Authority && winner >= 0 && runnerUp >= 0 && TopDecider(choices) is >= 0 and var topTitle &&
            SharedDecider(choices) is >= 0 and var sharedTitle && (winner, runnerUp) is var pair &&
            (pair == (topTitle, sharedTitle) || pair == (sharedTitle, topTitle)) && OnlyTwoTitles(folded, best[topTitle], best[sharedTitle]))
        {
            // "CEO and co-founder", "Gesellschafter und Geschäftsführer": two titles of the prospect's, one that decides
            // alone and one that shares; the top one is the role, but as the other shares it, confirmed
            return ChoiceReading(step, choices[topTitle], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && winner >= 0 && runnerUp >= 0 && CorrectedRole(folded, best, language) is >= 0 and var corrected)
        {
            // "Ich bereite die Entscheidung vor … Wobei, eigentlich sitze ich da auch mit drin, also mitentscheiden", "I
            // recommend, well actually I co-decide": a word that corrects or second-guesses what was said, then another
            // role, is the later role; the prospect is of two minds, so it is confirmed, never sure
            return ChoiceReading(step, choices[corrected], language, Confidence.Medium,
                folded.Span(best[corrected].Start, best[corrected].End), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && winner >= 0 && choices[winner].DecisionMaker && TitleOfSomeoneElse(folded, best[winner].Start, best[winner].End) &&
            Adviser(choices) is >= 0 and var besideOwner)
        {
            // "the owner, but he doesn't do computers so I'll basically pick": a title followed by "but he/she/they" names
            // someone else, not the prospect; the decision is theirs and what the prospect does comes closest to
            // advising, confirmed as the prospect does not say it
            return ChoiceReading(step, choices[besideOwner], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && SharedDecider(choices) is >= 0 and var member && folded.Words.Any(x => CommitteeWords.Contains(x.Text)) &&
            InOneClause(folded, Membership))
        {
            // "das entscheidet bei uns ein Gremium, ich bin da drin": a member of the body that decides decides with the
            // others in it, whoever the sentence names as deciding
            return ChoiceReading(step, choices[member], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && SharedDecider(choices) is >= 0 and var mineAndTheirs && MineAndAnother(folded))
        {
            // "decision is mine and my business partner's", "liegt bei mir und meinem Partner": the decision is the
            // prospect's and someone else's, taken together
            return ChoiceReading(step, choices[mineAndTheirs], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && SharedDecider(choices) is >= 0 and var officer && ClubOfficer(folded) &&
            folded.Words.Any(x => CommitteeWords.Contains(x.Text) || Assemblies.Contains(x.Text)))
        {
            // "Ich bin Vorsitzender, entscheiden muss das aber der Vorstand", "treasurer, the board votes on it": an officer
            // of a club or association sits on its board, which decides or an assembly approves; a share of the
            // decision, how much is the prospect's to confirm
            return ChoiceReading(step, choices[officer], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && SharedDecider(choices) is >= 0 and var say &&
            (best[say].Score > 0 && !IsNegated(folded, best[say].Start, best[say].End) || InOneClause(folded, OwnSay) && InOneClause(folded, NotSigning)) &&
            (InOneClause(folded, NotSigning) || InOneClause(folded, OthersSigning) || winner == say && folded.Words.Any(x => x.Text is "signs" or "unterschreibt")) &&
            Adviser(choices) is >= 0 and var signedElsewhere)
        {
            // "I have a say but I'm not the one signing": a share in the decision while someone else signs is advising or
            // deciding with them, as careful readers differ; confirmed, never a sure share
            return ChoiceReading(step, choices[signedElsewhere], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && winner >= 0 && winner == TopDecider(choices) && best[winner].End + 2 < folded.Count &&
            folded[best[winner].End + 1] is { AfterBreak: false, Text: "with" or "mit" } &&
            folded[best[winner].End + 2].Text is not ("input" or "help" or "advice" or "feedback" or "hilfe" or "rat" or "unterstuetzung" or "me" or "mir") &&
            SharedDecider(choices) is >= 0 and var makesItWith)
        {
            // "I'll make the call with finance": a decision the prospect takes with someone named right after it is taken
            // together (with someone's input it stays their own); with someone whose title decides alone ("with the CFO")
            // how much is the prospect's is theirs to confirm
            var withDecider = false;
            for (var k = best[winner].End + 2; k < folded.Count && k <= best[winner].End + 4 && !folded[k].AfterBreak; k++)
            {
                withDecider |= compiled.Phrases.Any(ph => ph.Choice == winner && ph.Words.Length == 1 && Match(folded, stems, ph, k) is { Score: >= 1 });
            }

            return ChoiceReading(step, choices[makesItWith], language, withDecider ? Confidence.Medium : Confidence.High,
                text.Trim(), withDecider ? ReadingHints.Ambiguous : null);
        }

        if (step == QuestionSteps.Authority && TopDecider(choices) is >= 0 and var soleTitle && SharedDecider(choices) is >= 0 and var decidesWith &&
            !folded.Contains(Together) && DecidesWithSoleDecider(folded, stems, compiled, soleTitle))
        {
            // "Entscheide ich mit dem CFO", "ich entscheide mit unserem CFO": deciding with someone whose title decides alone
            // is the shared role, and how much is the prospect's is theirs to confirm, as in "I decide with the CFO" (said
            // together, "zusammen mit unserem GF", it stays sure)
            return ChoiceReading(step, choices[decidesWith], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && Negotiates(folded) && folded.Contains(OthersDecision) && !folded.Contains(SelfDecides) &&
            SharedDecider(choices) is >= 0 and var partOfIt)
        {
            // "Fachabteilung entscheidet, wir verhandeln": someone else decides what and the prospect's side settles the
            // deal, two parties each with a part of the decision; how much is the prospect's is theirs to confirm
            return ChoiceReading(step, choices[partOfIt], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && ProspectAndOther(folded) && SharedDecider(choices) is >= 0 and var jointly)
        {
            // "me and the CFO", "me + our CTO", "ich und mein Chef": the prospect names themselves beside one other person
            // and says nothing else, so the two decide together
            return ChoiceReading(step, choices[jointly], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && winner >= 0 && winner == TopDecider(choices) && (DecidedTogether(folded) || WithSomeone(folded)))
        {
            // "Bereichsleitung und IT entscheiden gemeinsam", "me + our CTO together": a decision taken together is the
            // shared deciding role when one is named, never the sole decider's
            // ("my wife and I own the business": the prospect and someone without a deciding title own it together, the
            // shared role even when no word of it is named)
            // ("ich entscheide das zusammen": a word of deciding together is the shared role, even when no phrase of it
            // matched)
            var alongside = WithSomeone(folded) && !PossessiveTitle(folded, stems, compiled, choices) || DecidedTogether(folded);
            var shared = -1;
            for (var c = 0; c < best.Length; c++)
            {
                if (c != winner && (best[c].Score > 0 || alongside) && choices[c].DecisionMaker && (shared < 0 || choices[c].Points > choices[shared].Points))
                {
                    shared = c;
                }
            }

            if (shared >= 0)
            {
                winner = shared;
                runnerUp = -1;
            }
        }

        if (step == QuestionSteps.Need && runnerUp >= 0 &&
            (MannerOf(folded, stems, compiled, best[winner], runnerUp) is var winnerIsManner && winnerIsManner ||
             MannerOf(folded, stems, compiled, best[runnerUp], winner)))
        {
            // "neue Mandanten automatisch vorzuqualifizieren", "Interessenten automatisch vorqualifizieren": "automatically"
            // right before another need's verb says how that is to be done, no need of its own
            winner = winnerIsManner ? runnerUp : winner;
            runnerUp = -1;
        }

        if (step == QuestionSteps.Need && runnerUp >= 0 && Without(folded, best[winner].Start) != Without(folded, best[runnerUp].Start))
        {
            // "web form leads into HubSpot without copy paste": the need after "without" is what the other one spares
            winner = Without(folded, best[winner].Start) ? runnerUp : winner;
            runnerUp = -1;
        }

        if (step == QuestionSteps.Need && winner >= 0 && runnerUp >= 0 && choices[winner].Fits != choices[runnerUp].Fits &&
            (choices[winner].Fits ? winner : runnerUp) is var named && best[named].Score >= 1 && !best[named].Approximate &&
            !IsNegated(folded, best[named].Start, best[named].End) && folded.Words.Any(x => GatheringWords.Contains(x.Text)) && folded.Find(Deferral).At < 0)
        {
            // "explore options for automating donor outreach – just gathering info at this stage": a need named beside words
            // of gathering information is that need; the gathering says how far the prospect is (their role), confirmed
            return ChoiceReading(step, choices[named], language, Confidence.Medium,
                folded.Span(best[named].Start, best[named].End), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && winner >= 0 && BothThenDeciding(folded) && SharedDecider(choices) is >= 0 and var bothRoles &&
            (!choices[winner].DecisionMaker || winner == bothRoles && runnerUp >= 0 && !choices[runnerUp].DecisionMaker))
        {
            // "both, I recommend and then decide with the partners", "beides: ich schlage vor und entscheide dann mit": "both"
            // said first, then advising beside a decision, is one part of a shared decision; how much is the prospect's is
            // theirs to confirm, never the advising alone as sure
            return ChoiceReading(step, choices[bothRoles], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (folded.Contains(AllOfThem) && (winner < 0 || runnerUp >= 0 && (best[runnerUp].Score >= best[winner].Score - 0.3 ||
            step == QuestionSteps.Need && IsSecondChoice(folded, best[runnerUp], best[winner]))))
        {
            // "beides, leads und crm", "all of the above": several choices at once; the flow asks for the one that counts
            // ("beides, leads gewinnen und CRM anbinden – wichtiger ist aber das CRM": one weighed above the others after
            // them is the answer, confirmed)
            if (step == QuestionSteps.Need && folded.Find(Weightier) is { At: >= 0 } weighed && weighed.At + weighed.Length < folded.Count &&
                Read(step, text[folded[weighed.At + weighed.Length].Start..], choices, language, acceptOwnWords: false, allowIndex: false) is
                    { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: not null } weightier } weightierReading)
            {
                return weightierReading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }

            return OwnWordsReading(step, text.Trim(), Confidence.Low, ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Need && winner >= 0 && runnerUp < 0 && folded.Contains(AllOfThem) && folded.Find(Weightier) is { At: >= 0 } pick &&
            best[winner].Start >= pick.At + pick.Length)
        {
            // "eigentlich alles davon, wenn ich mich entscheiden muss: Leads qualifizieren": one picked after saying all of
            // them is the answer, confirmed, as when several are named and one weighed above the others
            return ChoiceReading(step, choices[winner], language, Confidence.Medium, folded.Span(best[winner].Start, best[winner].End), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && (winner < 0 || choices[winner].DecisionMaker) && InOneClause(folded, NotMyCall) && !folded.Contains(Together) &&
            Adviser(choices) is >= 0 and var advisor)
        {
            // "I'd influence it heavily but it's not my call": the decision is someone else's, the prospect's part is to
            // advise (a narrower part said in words of its own wins as usual; "ich entscheide nicht allein" is shared)
            if (allowIndex && Narrowest(choices) is >= 0 and var narrowerPart && narrowerPart != advisor && !choices[narrowerPart].DecisionMaker &&
                best[narrowerPart].Score >= 1 && !IsNegated(folded, best[narrowerPart].Start, best[narrowerPart].End))
            {
                // "research phase, not my call": a word of the narrower part beside it; whether it is the prospect's part
                // or only the stage of the project is theirs to confirm
                return ChoiceReading(step, choices[narrowerPart], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
            }

            return ChoiceReading(step, choices[advisor], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && winner >= 0 && winner == Adviser(choices) && OnlyPassesOn(folded, best[winner].Start, best[winner].End) &&
            Enumerable.Range(0, choices.Count).All(c => c == winner || best[c].Score <= 0 || best[c].Start >= best[winner].Start && best[c].End <= best[winner].End) &&
            Narrowest(choices) is >= 0 and var messenger &&
            !choices[messenger].DecisionMaker)
        {
            // "ich leite das nur weiter", "I just pass it on": passing it on and nothing more is carrying information to
            // whoever decides, without a word of one's own on it; careful writers record it as gathering information or
            // as recommending, so the narrower role is confirmed
            return ChoiceReading(step, choices[messenger], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && winner < 0 && folded.Contains(ToldTo) && !folded.Contains(SelfDecides) && !HasDecisionVerb(folded) &&
            Narrowest(choices) is >= 0 and var errandRole && !choices[errandRole].DecisionMaker)
        {
            // "my manager asked me to look into options", "mein Chef hat mich gebeten, mal zu schauen": someone else's
            // errand at the question who decides is the narrowest part, gathering information for them (only as the
            // answer to that question: beside other answers it is read with the need)
            return ChoiceReading(step, choices[errandRole], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && allowIndex && SentToLook(folded) is >= 0 and var sentAt && !folded.Contains(SelfDecides) &&
            (winner < 0 || !choices[winner].DecisionMaker || OtherDecides(folded)) &&
            Narrowest(choices) is >= 0 and var looker && !choices[looker].DecisionMaker &&
            Enumerable.Range(0, choices.Count).All(c => c == looker || choices[c].DecisionMaker || best[c].Score <= 0 || best[c].End < sentAt))
        {
            // "mein Chef entscheidet, ich soll nur mal schauen, was es gibt": someone else decides and sent the prospect to
            // look; looking for someone else is gathering information, whatever is said of the decision before it (a
            // recommendation the prospect goes on to make is theirs)
            return ChoiceReading(step, choices[looker], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && allowIndex && winner < 0 && folded.Contains(NoInfluence) && !folded.Contains(SelfDecides) &&
            Narrowest(choices) is >= 0 and var bystander && !choices[bystander].DecisionMaker)
        {
            // "hab da keinen Einfluss drauf", "I have no say in it": the prospect takes no part in the decision, so what
            // they do is gather information; confirmed, as they do not say what they do
            return ChoiceReading(step, choices[bystander], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && winner < 0 && folded.Contains(OnlyMyPart) && !folded.Contains(SelfDecides) &&
            !folded.HasQuestionMark && !folded.Contains(Championing) && !OtherDecides(folded) &&
            !folded.Words.Any(w => w.Text is "decides" or "entscheidet" or "approves" or "genehmigt") && Narrowest(choices) is >= 0 and var sideline && !choices[sideline].DecisionMaker)
        {
            // "i am just the IT guy", "I just do the spreadsheets", "ich bin nur der Disponent": the prospect makes their own
            // part small and names no role in the decision, so they take no part in it; confirmed, as they do not say so
            // (beside someone who decides, "my boss decides, I'm only the one who uses it", their part may be advising)
            return ChoiceReading(step, choices[sideline], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && allowIndex && winner < 0 && (folded.Contains(Championing) || OtherDecides(folded)) &&
            !folded.Contains(SelfDecides) && Adviser(choices) is >= 0 and var pushing)
        {
            // "I'm the one who'll use it but my manager approves", "I'd be the one pushing for it internally": someone
            // else's decision or the prospect's push for it inside the firm is advising (a hedge makes it a confirmation)
            if (folded.Contains(OwnErrand) && Narrowest(choices) is >= 0 and var errandOnly && !choices[errandOnly].DecisionMaker)
            {
                // "meine Chefin entscheidet, ich soll nur Angebote vergleichen": an errand of the prospect's own beside
                // someone else's decision (below)
                return ChoiceReading(step, choices[errandOnly], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
            }

            var hedged = folded.Contains(Hedges);
            return ChoiceReading(step, choices[pushing], language, hedged ? Confidence.Medium : Confidence.High,
                text.Trim(), hedged ? ReadingHints.Hedged : null);
        }

        if (step == QuestionSteps.Authority && allowIndex && winner < 0 && InOneClause(folded, OwnSay) && !InOneClause(folded, NotSigning) &&
            !folded.Contains(NotMyCall) && !OtherDecides(folded) && !folded.HasQuestionMark && SharedDecider(choices) is >= 0 and var voice)
        {
            // "I have input", "ich rede mit": the prospect's say in other words than a share's, with nothing said of the
            // last word, is a share or advice, and careful readers record either; the share, confirmed (with the last word
            // denied it is advice, above)
            return ChoiceReading(step, choices[voice], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Need && winner < 0 && folded.Find(ToldTo) is { At: >= 0 } told && ObjectlessLook(folded, told.At + told.Length) &&
            Narrowest(choices) is >= 0 and var browsing && !choices[browsing].Fits)
        {
            // "idk my manager asked me to look into this": someone else's errand to look, with nothing named to look
            // for, is looking around, confirmed (as "my boss told me to check this out")
            return ChoiceReading(step, choices[browsing], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged);
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && WantsInquiriesInSystem(folded) &&
            ConfirmedAs("CRM anbinden", "connect our crm", text, choices, language) is { } connecting)
        {
            // "… hätten gern, dass die Mandantenanfragen direkt dort landen", "need it to talk to Dentrix": inquiries wanted
            // in a system of the prospect's, or a system to talk to, is connecting it, whatever the system; confirmed, as
            // the system is no CRM the synonyms know
            return connecting;
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && SystemShouldTalk(text, folded) &&
            ConfirmedAs("CRM anbinden", "connect our crm", text, choices, language) is { } talking)
        {
            // "unsere Vereinsverwaltung soll mit euch reden können (easyVerein)", "our booking software should talk to
            // you": a system of the prospect's that should talk to or connect with another is connecting it, whatever the
            // system; confirmed, as it is no CRM the synonyms know
            return talking;
        }

        if (step == QuestionSteps.Need && winner < 0 && (InquiriesOfDoubtfulWorth(folded) || NeglectedInquiries(folded)) &&
            ConfirmedAs("Anfragen qualifizieren", "qualify leads", text, choices, language) is { } qualifying)
        {
            // "zu viele unqualifizierte Anfragen", "can't tell which ones are worth a call": inquiries whose worth the
            // prospect cannot tell are the need to qualify them, in words the synonyms may lack; confirmed
            return qualifying;
        }

        if (step == QuestionSteps.Need && winner < 0 && folded.Count >= 2 && folded[0].Text is "nothing" or "nichts" or "nix" &&
            folded[1].Text is "really" or "much" or "special" or "particular" or "eigentlich" or "besonderes" or "bestimmtes" or "spezielles" or "wirklich" &&
            Narrowest(choices) is >= 0 and var idle && !choices[idle].Fits)
        {
            // "nothing really, a colleague sent me the link": no need yet is looking around, confirmed
            return ChoiceReading(step, choices[idle], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged);
        }

        if (step == QuestionSteps.Need && winner < 0 && FollowUpsForgotten(folded) &&
            ConfirmedAs("Follow-ups automatisieren", "automate follow ups", text, choices, language) is { } reminding)
        {
            // "Follow-up-Mails nach dem Termin vergessen wir ständig", "follow-ups keep slipping through": follow-ups that
            // are forgotten are the need to have them sent on their own, said as a pain without a word of wanting;
            // confirmed
            return reminding;
        }

        if (step == QuestionSteps.Need && winner < 0 && NotKnowingTheOffer(folded) && Narrowest(choices) is >= 0 and var newcomer && !choices[newcomer].Fits)
        {
            // "keine Ahnung, was ihr überhaupt macht", "no idea what you guys even do": someone who does not know the
            // offer yet is looking around; confirmed, as it is close to a question back ("was macht ihr denn?" asks)
            return ChoiceReading(step, choices[newcomer], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged);
        }

        if (step == QuestionSteps.Need && (winner < 0 || !choices[winner].Fits) && NotKnownYetThenAside(folded, choices, language) &&
            Narrowest(choices) is >= 0 and var asideYet && !choices[asideYet].Fits)
        {
            // "Weiß ich noch nicht genau, wir schauen uns verschiedene Anbieter an", "honestly not sure yet, my partner
            // sent me the link": not knowing yet, then a clause that names no need, is still looking around; confirmed
            return ChoiceReading(step, choices[asideYet], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged);
        }

        if (step == QuestionSteps.Need && winner < 0 && NotKnownYet(folded) && Narrowest(choices) is >= 0 and var undecidedYet && !choices[undecidedYet].Fits)
        {
            // "not sure yet", "idk yet", "weiß noch nicht genau": what is needed is not known yet, so the prospect is still
            // looking around; confirmed (a bare "idk" or a question after it is no answer)
            return ChoiceReading(step, choices[undecidedYet], language, Confidence.Medium, text.Trim(), ReadingHints.Hedged);
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && AsCustomers(folded) is { } customers &&
            Read(step, customers, choices, language, acceptOwnWords: false, allowIndex: false) is
                { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } nearest } && choices.Any(c => c.Key == nearest.Key && c.Fits))
        {
            // "neue Mitglieder gewinnen", "mehr Teilnehmer für unsere Kurse", "more enrollments": members, participants,
            // donors or registrations are the customers and inquiries of a club, school or charity; the need their words
            // name once read as customers is the nearest option, confirmed, as the synonyms do not say it
            return new SlotReading(step, nearest, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && !OtherField(folded) && GainsParties(folded) &&
            ConfirmedAs("Kunden gewinnen", "win customers", text, choices, language) is { } gaining)
        {
            // "More distributors for our oat milk", "Firmenkunden fürs BGM gewinnen", "get in front of more clinics":
            // gaining more of a party the firm sells to or through is winning leads in other words; confirmed, as no lead
            // word says it (a lead word keeps it sure)
            return gaining;
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && RenewalsForgotten(folded) &&
            ConfirmedAs("Follow-ups automatisieren", "automate follow ups", text, choices, language) is { } renewing)
        {
            // "Half our members forget to renew", "Verlängerungen gehen unter": renewals that are forgotten want a reminder
            // sent on its own, like forgotten follow-ups; confirmed
            return renewing;
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && BuyersToKnow(folded) &&
            ConfirmedAs("Anfragen qualifizieren", "qualify leads", text, choices, language) is { } readiness)
        {
            // "know which clinics are ready to buy before the reps drive out", "so we call at the right time": telling which
            // prospects will buy, or when to call them, is qualifying leads in the prospect's trade words; careful writers
            // offer that need, confirmed, never keep the words as sure
            return readiness;
        }

        if (step == QuestionSteps.Need && winner < 0 && !folded.IsQuestion && QuotesLostTrackOf(folded) && !NamesInquiries(folded) &&
            ConfirmedAs("Follow-ups automatisieren", "automate follow ups", text, choices, language) is { } quotesFollowed)
        {
            // "stop losing track of who we quoted", "wir verlieren den Überblick über verschickte Angebote": quotes sent and
            // then lost track of want a follow-up of their own; confirmed ("viele Anfragen …, wir verlieren den Überblick,
            // wer schon ein Angebot hat": beside inquiries coming in it is handling them, below)
            return quotesFollowed;
        }

        if (step == QuestionSteps.Need && winner < 0 && acceptOwnWords && !folded.IsQuestion && !OtherField(folded) && !OtherService(folded))
        {
            // "Tagungsanfragen zentral sammeln", "stop losing track of catering inquiries": inquiries the prospect describes
            // in own words are the need to win and qualify them; "Außendienstler pflegen alles in Excel": sales work kept
            // in a spreadsheet is the manual work to automate. Careful readers offer the nearest need, confirmed
            if (NamesInquiries(folded) && ConfirmedAs("Anfragen qualifizieren", "qualify leads", text, choices, language) is { } inquiries)
            {
                return inquiries;
            }

            if (KeptInSpreadsheet(folded) && ConfirmedAs("Prozesse automatisieren", "automate sales", text, choices, language) is { } manual)
            {
                return manual;
            }

            if (SellingByHand(folded) && ConfirmedAs("Prozesse automatisieren", "automate sales", text, choices, language) is { } selling)
            {
                // "Ausschreibungen schneller durchkriegen", "Jobticket-Verkauf digitalisieren": selling, booking or
                // tendering made faster, digital or less manual is the sales work to automate in other words; confirmed
                return selling;
            }
        }

        if (step == QuestionSteps.Need && winner < 0 && acceptOwnWords && OnlyAttitude(folded) is var (looks, strong) &&
            OwnWords(step, text, folded, acceptOwnWords) is { Confidence: Confidence.High } &&
            Narrowest(choices) is >= 0 and var onlyLooking && !choices[onlyLooking].Fits)
        {
            // "honestly just poking around", "nu gugge mor ersma", "i want see demo first": words of how the prospect stands,
            // with nothing wanted and no business object named, are no need in own words. A word of looking, browsing or
            // finding out is looking around (sure beside "just"/"nur"/"erstmal"/"around", confirmed otherwise); without
            // one the words are kept, confirmed
            return looks
                ? ChoiceReading(step, choices[onlyLooking], language, strong ? Confidence.High : Confidence.Medium, text.Trim(), strong ? null : ReadingHints.Hedged)
                : OwnWordsReading(step, text.Trim(), Confidence.Medium, ReadingHints.Hedged);
        }

        if (winner < 0)
        {
            // own words in the words of a need's field, a lone short word ("pineapple") or an ordinal ("the third one
            // pls") may mean a configured need or none: confirmed, never stored as sure own words
            var own = OwnWords(step, text, folded, acceptOwnWords);
            if (own is { Confidence: Confidence.High } && step == QuestionSteps.Need && folded.Count == 1 && folded[0].Text.Length < 12)
            {
                // one short word says too little to be kept as the need; asked again with a hint
                return own with { Confidence = Confidence.Low, Hint = ReadingHints.Hedged };
            }

            return own is { Confidence: Confidence.High } && step == QuestionSteps.Need && (NamesNeedField(folded) || HasOrdinal(folded))
                ? own with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                : own;
        }

        if (step == QuestionSteps.Need && !acceptOwnWords && folded.IsQuestion && OtherField(folded) && !NamesSales(folded) && !ConnectsCrmProduct(folded))
        {
            // "do you integrate with QuickBooks?" beside other answers: a question whose need words point at another field
            // names no configured need, and a question gives no own words
            return null;
        }

        if (step == QuestionSteps.Need && acceptOwnWords && !folded.IsQuestion && ConnectsOtherSystem(text, folded) && OtherField(folded) && !NamesSales(folded) &&
            !ConnectsCrmProduct(folded) && ConfirmedAs("CRM anbinden", "connect our crm", text, choices, language) is { } linking)
        {
            // "DATEV-Anbindung", "integrate with our ERP": a system of another field with a word of connecting it is the
            // other end of a connection; careful readers offer connecting the CRM, confirmed, as no CRM is named
            return linking;
        }

        if (step == QuestionSteps.Need && acceptOwnWords && !folded.IsQuestion && MailingsSentOnTheirOwn(folded) &&
            ConfirmedAs("Prozesse automatisieren", "automate sales", text, choices, language) is { } mailing)
        {
            // "Newsletter und Veranstaltungseinladungen automatisch an unsere Alumni verschicken": mailings to the people a
            // school, club or charity serves, sent on their own, are the routine sending some writers count as sales work
            // to automate and others as marketing; confirmed
            return mailing;
        }

        if (step == QuestionSteps.Need && acceptOwnWords && OtherField(folded) && !NamesSales(folded) && !ConnectsCrmProduct(folded))
        {
            if (!folded.IsQuestion && folded.Words.Any(x => CrmProducts.Contains(x.Text)) &&
                ConfirmedAs("CRM anbinden", "connect our crm", text, choices, language) is { } crmBeside)
            {
                // "Unser HubSpot ist ein Chaos, nix synchron mit dem ERP": a CRM named by its product beside a system of
                // another field is the CRM's trouble with it in words the connecting verbs lack; confirmed, never own words
                return crmBeside;
            }

            // "Bewerber vorqualifizieren für unsere Stellenanzeigen": the verb fits a need, the object is another field
            return OwnWords(step, text, folded, acceptOwnWords);
        }

        if (step == QuestionSteps.Authority && !choices[winner].DecisionMaker && Widest(best, choices, winner) is var wider &&
            Narrowest(best, choices, winner) is var least && wider != least && !IsNegated(folded, best[least].Start, best[least].End) &&
            !IsNegated(folded, best[wider].Start, best[wider].End) && NextStep(folded, best[least].End, best[wider].Start))
        {
            // "I'm collecting info and will probably recommend something": the prospect's own next step is the wider role;
            // two roles of one's own are confirmed
            return ChoiceReading(step, choices[wider], language, Confidence.Medium,
                folded.Span(best[least].Start, best[wider].End), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && !choices[winner].DecisionMaker && Narrowest(best, choices, winner) is var narrower && narrower != winner)
        {
            // "mein Chef entscheidet, ich mache nur die Vorrecherche": two non-deciding roles named; what the prospect does
            // themselves is the narrower role (the one worth fewer points), so a lead is never scored above what was said
            if (!IsNegated(folded, best[narrower].Start, best[narrower].End) && !IsNegated(folded, best[winner].Start, best[winner].End))
            {
                return ChoiceReading(step, choices[narrower], language, Confidence.High, folded.Span(best[narrower].Start, best[narrower].End));
            }
        }

        if (step == QuestionSteps.Authority && choices[winner].DecisionMaker && !MatchesNonDecider(best, choices) &&
            best[winner].Start == best[winner].End && (TitleIsSubject(folded, best[winner].End) || OthersTitleWithMe(folded, stems, compiled, choices)))
        {
            // "Geschäftsführer ist mein Vater", "mein Geschäftsführer und ich": whose title it is and who decides is
            // not sure: confirmed
            return ChoiceReading(step, choices[winner], language, Confidence.Medium,
                folded.Span(best[winner].Start, best[winner].End), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && choices[winner].DecisionMaker && !MatchesNonDecider(best, choices) &&
            NamesSomeoneElse(folded, stems, compiled, choices))
        {
            // "Die Entscheidung trifft unser Geschäftsführer", "das entscheidet unser Vorstand": the title is another
            // person's. With a decision verb the prospect prepares the decision for them; without one, ask.
            if ((folded.Contains(SelfDecides) || ClaimsBudget(folded)) && OthersApprove(folded))
            {
                // "I have final say but the CFO signs", "beim Tooling hab ich das letzte Wort, aber das Budget muss der CFO
                // freigeben": the prospect decides and someone else approves the money, so they decide with someone
                // else; how much is theirs to confirm
                var claimed = SharedDecider(choices) is >= 0 and var withApproval ? withApproval : winner;
                return ChoiceReading(step, choices[claimed], language, Confidence.Medium,
                    folded.Span(best[winner].Start, best[winner].End), ReadingHints.Ambiguous);
            }

            if (folded.Contains(SelfDecides))
            {
                // "bis 20.000 € entscheide ich, darüber die GF": the prospect claims the decision and names someone else
                // without an approval; how much they decide is theirs to confirm
                return ChoiceReading(step, choices[winner], language, Confidence.Medium,
                    folded.Span(best[winner].Start, best[winner].End), ReadingHints.Ambiguous);
            }

            if (folded.Words.Any(x => x.Text is "too" or "also" or "auch" or "ebenfalls") &&
                TitleBesideApproval(folded, stems, compiled, choices) is >= 0 and var withPartner)
            {
                // "Geschäftsführer, aber mein Partner muss auch zustimmen": the title first is the prospect's, the person
                // named after it must approve too; one decision of two, confirmed
                return ChoiceReading(step, choices[withPartner], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
            }

            var adviser = Adviser(choices);
            if (adviser < 0 || !HasDecisionVerb(folded))
            {
                return OwnWordsReading(step, text.Trim(), Confidence.Low, ReadingHints.Ambiguous);
            }

            // ("Teamleiter, Budget muss aber die GL freigeben": beside a title of the prospect's, an approval still needed,
            // not a decision said as a fact, is confirmed)
            var advising = choices[adviser];
            // (the approver's title need not be one the roles know: "… muss aber die Niederlassungsleitung freigeben"; the
            // blind writers record such answers as co-deciding or recommending, confirmed)
            var stillNeeded = ApprovalByOthers(folded, reviewCounts: false);
            return ChoiceReading(step, advising, language, stillNeeded ? Confidence.Medium : Confidence.High,
                text.Trim(), stillNeeded ? ReadingHints.Ambiguous : null);
        }

        if (step == QuestionSteps.Authority && choices[winner].DecisionMaker && recipient && Narrowest(best, choices, Adviser(choices)) is >= 0 and var given &&
            best[given].Score >= 1 && !IsNegated(folded, best[given].Start, best[given].End))
        {
            // "Vertriebsleiter – ich geb dem CEO eine Empfehlung": the prospect's title, and what they do goes to someone
            // who decides; that is the role, as with a decision named someone else's
            return ChoiceReading(step, choices[given], language, Confidence.High, folded.Span(best[given].Start, best[given].End));
        }

        if (step == QuestionSteps.Authority && choices[winner].DecisionMaker && OtherDecides(folded) && Adviser(choices) is >= 0 and var advises)
        {
            if (TitleBesideApproval(folded, stems, compiled, choices) is >= 0 and var approvedTitle)
            {
                return ChoiceReading(step, choices[approvedTitle], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
            }

            // "das entscheidet die IT", "I lead the team but procurement makes the call": the decision verb is someone
            // else's; what the prospect says they do themselves ("I just evaluate and recommend") is their role
            var own = -1;
            for (var c = 0; c < best.Length; c++)
            {
                if (best[c].Score >= 1 && !choices[c].DecisionMaker && !IsNegated(folded, best[c].Start, best[c].End) &&
                    (own < 0 || choices[c].Points < choices[own].Points))
                {
                    own = c;
                }
            }

            if (own >= 0)
            {
                return ChoiceReading(step, choices[own], language, Confidence.High, folded.Span(best[own].Start, best[own].End));
            }


            if (folded.Contains(OwnErrand) && Narrowest(choices) is >= 0 and var errandPart && !choices[errandPart].DecisionMaker)
            {
                // "meine Chefin entscheidet, ich soll nur Angebote vergleichen", "my boss decides, I'm supposed to compare a
                // few vendors": beside someone else's decision the prospect states an errand of their own, which the
                // blind writers record as gathering information (once as recommending); it wins over the default, and
                // as the reader knows no role in the errand's words it is confirmed
                return ChoiceReading(step, choices[errandPart], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
            }

            // "Unser Chef entscheidet", "das entscheidet die IT", "I lead the team but procurement makes the call": someone
            // else decides, so the prospect takes part without deciding (the written convention for a title beside
            // someone else's decision)
            // ("Ich schreibe das Lastenheft, Einkauf vergibt", "boss decides, I do the spreadsheets": a task of the
            // prospect's own in no words of advising may be a recommendation or only the legwork; confirmed)
            var ownTask = OwnTaskBeside(text, folded);
            return ChoiceReading(step, choices[advises], language, ownTask ? Confidence.Medium : Confidence.High, text.Trim(),
                ownTask ? ReadingHints.Ambiguous : null);
        }

        var w = best[winner];
        var chosen = choices[winner];
        var evidence = folded.Span(w.Start, w.End);
        var value = new ChoiceValue(chosen.Key, chosen.Label(language));
        var reading = new SlotReading(step, value, Confidence.High, evidence);
        if (IsNegated(folded, w.Start, w.End) || NegatedInside(folded, w.Start, w.End, compiled, winner))
        {
            // "weil keiner sie vorsortiert", "because nobody follows up": nobody doing it is the pain, not a refusal of
            // the need; confirmed rather than asked again
            if (step == QuestionSteps.Authority && chosen.DecisionMaker && NotDeciderBeside(folded, best, choices) is >= 0 and var instead)
            {
                // "Influencer, not decision maker": the deciding role turned down beside a role that does not decide is
                // that role; confirmed, as the turned-down words carry most of the answer
                return ChoiceReading(step, choices[instead], language, Confidence.Medium,
                    folded.Span(best[instead].Start, best[instead].End), ReadingHints.Ambiguous);
            }

            if (step == QuestionSteps.Need && runnerUp >= 0 && best[runnerUp].Score >= 1 && !best[runnerUp].Approximate &&
                (!IsNegated(folded, best[runnerUp].Start, best[runnerUp].End) ||
                 // ("CRM integration not lead gen": the "not" between the two turns down the one after it)
                 best[runnerUp].End + 2 == w.Start && !NegatedBefore(folded, best[runnerUp].Start)) &&
                !NobodyDoesIt(folded, w.Start) &&
                Enumerable.Range(0, best.Length).Count(c => best[c].Score > 0) == 2 && !folded.Contains(Hedges))
            {
                // "CRM integration, not lead gen", "nicht Leads gewinnen, sondern CRM anbinden": one need turned down beside
                // another said plainly; the other is the answer
                return ChoiceReading(step, choices[runnerUp], language, Confidence.High, folded.Span(best[runnerUp].Start, best[runnerUp].End));
            }

            if (step == QuestionSteps.Need && CrmReplaced(folded) && acceptOwnWords && OwnWords(step, text, folded, acceptOwnWords) is { Confidence: >= Confidence.Medium } replacedOnly)
            {
                // "wir wollen unser CRM ablösen, nicht anbinden": the connection turned down beside the CRM to be replaced is
                // the new system sought, as below
                return replacedOnly with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }

            return step == QuestionSteps.Need && NobodyDoesIt(folded, w.Start)
                ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Hedged }
                : reading with { Confidence = Confidence.Low, Hint = ReadingHints.Negated };
        }

        if (step == QuestionSteps.Need && NamesCrm(folded) && CopiesByHand(folded) &&
            ConfirmedAs("CRM anbinden", "connect our CRM", text, choices, language) is { Value: ChoiceValue { Key: not null } crmKey } copied &&
            crmKey.Key != chosen.Key)
        {
            // "Our reps waste hours copy-pasting between Pipedrive and Excel": data copied by hand beside a CRM named by
            // its product is the CRM not connected to the other system, never a sure wish to automate; confirmed, as the
            // chore names automating too
            return copied;
        }

        if (step == QuestionSteps.Need && w.Start == w.End && folded[w.Start].Text.StartsWith("automat", StringComparison.Ordinal) &&
            FindsAutomatically(folded, w.Start) && ConfirmedAs("Leads qualifizieren", "qualify leads", text, choices, language) is { } foundLeads &&
            foundLeads.Value is ChoiceValue { Key: not null } foundKey && foundKey.Key != chosen.Key)
        {
            // "Ausschreibungen automatisch finden und bewerten", "automatically spot and score the tenders worth bidding
            // on": finding and rating what to sell to is qualifying leads, the word of automating says how; confirmed
            return foundLeads;
        }

        if (step == QuestionSteps.Need && RoutedAutomatically(folded, w.Start, w.End))
        {
            // "routing inbound leads to the right rep automatically": routing leads is qualifying them, and the word of
            // automating names the other need; careful writers record either, so the routing is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && TopDecider(choices) is >= 0 and var topDecider && best[topDecider].Score > 0 &&
            !IsNegated(folded, best[topDecider].Start, best[topDecider].End) && folded.Contains(SelfDecides) && OthersApprove(folded) &&
            SharedDecider(choices) is >= 0 and var sharedWith)
        {
            // "ich entscheide, aber das Budget muss der CFO freigeben", "hab ich das letzte Wort, aber die Freigabe macht
            // der GF": a decision the prospect claims beside someone else's approval (not a mere look over it) is one
            // taken with someone else, whatever other role the approval's words match; how much is theirs to confirm
            return reading with { Value = new ChoiceValue(choices[sharedWith].Key, choices[sharedWith].Label(language)), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && !chosen.DecisionMaker && TitleBesideApproval(folded, stems, compiled, choices) is >= 0 and var approved)
        {
            return ChoiceReading(step, choices[approved], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && chosen.Key == choices[Math.Max(0, Adviser(choices))].Key && !folded.Contains(SelfDecides) &&
            ApprovalByOthers(folded, reviewCounts: false) && folded.Words.TakeWhile((x, i) => i == 0 || !x.AfterBreak).ToList() is var opening &&
            opening.All(x => !ProspectWords.Contains(x.Text)) &&
            opening.FindIndex(x => MustWords.Contains(x.Text) || x.Text == "has") > 0)
        {
            // "Vorstand muss abnicken, ich bereite vor", "Gesellschafterversammlung muss zustimmen, ich bereite das vor":
            // an answer that opens with the approval someone named must give, then the prospect's preparing or proposing;
            // the blind writers record advice, sure and confirmed, so it is confirmed (the prospect's part said first,
            // "Ich bereite die Entscheidung vor, unterschreiben muss der Vorstand", stays sure)
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && runnerUp >= 0 && Math.Max(best[runnerUp].Start, w.Start) is var laterStart &&
            folded.Find(Deferral, laterStart) is { At: >= 0 } && !HedgedBefore(folded, Math.Min(best[runnerUp].End, w.End) + 1))
        {
            // "Leads qualifizieren, CRM vielleicht später mal": the need put off for later is no need now; the other is
            // the answer, and the "vielleicht" belongs to the later one
            var now = best[runnerUp].Start < w.Start ? runnerUp : winner;
            if (!IsNegated(folded, best[now].Start, best[now].End))
            {
                return ChoiceReading(step, choices[now], language, Confidence.High, folded.Span(best[now].Start, best[now].End));
            }
        }

        if (step == QuestionSteps.Need && runnerUp >= 0 && (best[runnerUp].Start < w.Start ? (runnerUp, winner) : (winner, runnerUp)) is var (taken, later) &&
            TakenBack(folded, best[taken].End, best[later].Start) && !IsNegated(folded, best[later].Start, best[later].End))
        {
            // "CRM anbinden, nein halt, eher Prozesse automatisieren", "CRM integration - sorry, I mean lead scoring": the
            // first need taken back by a word that says so, the one after it is the answer
            return ChoiceReading(step, choices[later], language, Confidence.High, folded.Span(best[later].Start, best[later].End));
        }

        if (step == QuestionSteps.Authority && runnerUp >= 0 && TopDecider(choices) is >= 0 and var mine && (mine == winner || mine == runnerUp) &&
            InOneClause(folded, SelfDecides) && !IsNegated(folded, best[mine].Start, best[mine].End) && !OthersApprove(folded) && !ApprovalByOthers(folded) &&
            !folded.Contains(Together) && !WithSomeone(folded) && !folded.Words.Any(x => x.Text is "with" or "mit" or "jointly" or "gemeinsam" or "zusammen" || CommonWords.Negations.Contains(x.Text)))
        {
            // "Head of Sales – final say is mine": a title beside the decision the prospect claims in words of their own;
            // what the prospect says they do is theirs
            return ChoiceReading(step, choices[mine], language, Confidence.High, text.Trim());
        }

        if (step == QuestionSteps.Authority && winner == TopDecider(choices) && !IsNegated(folded, w.Start, w.End) && !OthersApprove(folded) &&
            !ApprovalByOthers(folded) && OtherHasASay(folded, w.End) && SharedDecider(choices) is >= 0 and var alongOthers)
        {
            // "Geschäftsführer, aber meine Frau redet mit", "I decide but my wife does the books": the prospect's deciding
            // title or claim, then after "aber"/"but" someone else who has a say in it, or a spouse or partner who has a
            // part in the business, is a decision shared with them; how much is the prospect's is theirs to confirm (an
            // approval or a look over it keeps its own rules, and hearing one's team keeps the decision the prospect's)
            return ChoiceReading(step, choices[alongOthers], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        // ("Salesforce-Anbindung plus automatisches Lead-Scoring": the second need coordinated with the first may rank
        // third, after a word of the first that another need shares)
        var coordinatedNeed = step == QuestionSteps.Need && runnerUp >= 0
            ? Enumerable.Range(0, best.Length).FirstOrDefault(c => c != winner && c != runnerUp && best[c].Score > 0 && !Without(folded, best[c].Start) && IsSecondChoice(folded, best[c], w), -1)
            : -1;
        if (coordinatedNeed >= 0 && !IsSecondChoice(folded, best[runnerUp], w))
        {
            runnerUp = coordinatedNeed;
        }

        if (runnerUp >= 0 && (best[runnerUp].Score >= w.Score - 0.3 || step == QuestionSteps.Need && IsSecondChoice(folded, best[runnerUp], w)))
        {
            // Two choices named about as clearly ("CRM anbinden und Leads gewinnen"): the flow asks which one.
            var first = best[runnerUp].Start < w.Start ? runnerUp : winner;
            var firstChoice = choices[first];
            return ChoiceReading(step, firstChoice, language, Confidence.Medium,
                folded.Span(best[first].Start, best[first].End), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Need && SpreadsheetIntoSystem(folded, w.Start, w.End))
        {
            // "Wir haben Excel-Listen mit Kunden und wollen das in ein richtiges System bringen", "replace our spreadsheets
            // with a real database": a spreadsheet to be replaced by a system is a new system sought, which careful writers
            // keep in the prospect's words or read as the CRM; confirmed
            return acceptOwnWords && OwnWords(step, text, folded, acceptOwnWords) is { Confidence: >= Confidence.Medium } ownSystem
                ? ownSystem with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                : reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && WorkDoneForUs(folded))
        {
            // "we need someone to do cold calling for us", "jemand, der für uns die Akquise macht": the work done for the
            // firm by someone else is a service sought, which the need's words name only as its field; confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && PainOnly(folded, w.Start, w.End))
        {
            // "our reps waste hours on data entry": a chore named without a word of wanting it gone describes the day;
            // careful readers offer the need the chore belongs to, so it is confirmed, never kept as sure own words
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Value: ChoiceValue { Key: not null } } && CrmReplaced(folded))
        {
            // "we want to replace our CRM, not connect it", "unser CRM ablösen": a CRM to be replaced, with no connection
            // wanted, is a new system sought, not an integration; kept in the prospect's words and confirmed
            return acceptOwnWords && OwnWords(step, text, folded, acceptOwnWords) is { Confidence: >= Confidence.Medium } replaced
                ? replaced with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                : reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading is { Value: ChoiceValue { Key: not null } } && NoCrmYet(folded))
        {
            // "CRM. Bzw. wir haben keins, wir brauchen erst mal eins", "we don't have a CRM yet, need one first": a CRM the
            // firm does not have cannot be connected; a first system sought, kept in the prospect's words and confirmed
            return acceptOwnWords && OwnWords(step, text, folded, acceptOwnWords) is { Confidence: >= Confidence.Medium } first
                ? first with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                : reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && CrmUpkeep(folded))
        {
            // "sort out our CRM, nobody updates it", "Unser Pipedrive … keiner pflegt es": the CRM's upkeep is the pain,
            // not connecting it; which need it is remains a guess, so the words are kept and confirmed
            return acceptOwnWords && OwnWords(step, text, folded, acceptOwnWords) is { Confidence: >= Confidence.Medium } kept
                ? kept with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                : reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Hedged };
        }

        if (folded.Contains(Hedges) && !OnlyKindOfThing(folded) || (step == QuestionSteps.Need && (folded.Contains(ToldTo) || Possessed(folded) || CrmDescribed(folded))))
        {
            // "mein Chef hat gesagt, ich soll mir das mal anschauen": someone else's errand, what is needed is a guess
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Hedged };
        }

        if (step == QuestionSteps.Authority && winner == TopDecider(choices) && ClaimsBudget(folded) && ApprovalByOthers(folded, reviewCounts: false) &&
            SharedDecider(choices) is >= 0 and var approvedWith)
        {
            // "I own the budget but legal has to sign off": the money the prospect claims needs someone else's approval, so
            // they decide with someone else, as when they claim the decision and name another's signature; confirmed (a
            // title beside someone else's approval stays the title's role, confirmed)
            return reading with { Value = new ChoiceValue(choices[approvedWith].Key, choices[approvedWith].Label(language)), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && chosen.DecisionMaker && ApprovalByOthers(folded) && w.End + 1 < folded.Count &&
            MustWords.Contains(folded[w.End + 1].Text) && !folded.Contains(SelfDecides) &&
            OwnNonDecidingRole(folded, best, choices) is >= 0 and var ownBesideApprover)
        {
            // "Der Vorstand muss zustimmen, ich schlage vor": the deciding title is the subject of the approval someone
            // else must give, so it is not the prospect's; the prospect's part is the role they name themselves, confirmed
            return ChoiceReading(step, choices[ownBesideApprover], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && winner == TopDecider(choices) && ApprovalByOthers(folded) && w.End + 1 < folded.Count &&
            MustWords.Contains(folded[w.End + 1].Text) && !folded.Contains(SelfDecides) && !folded.Words.Any(x => ProspectWords.Contains(x.Text)) &&
            Adviser(choices) is >= 0 and var approverOnly)
        {
            // "Der Vorstand muss zustimmen": the deciding title is the subject of an approval, and the prospect says nothing
            // of themselves; someone else decides, which is advice by the convention for others' decisions, confirmed
            return ChoiceReading(step, choices[approverOnly], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && chosen.DecisionMaker && ApprovalByOthers(folded) &&
            TitleBesideApproval(folded, stems, compiled, choices) is >= 0 and var titleBeside && titleBeside != winner)
        {
            // "Geschäftsführer, aber der Beirat muss auch zustimmen": the deciding title beside an approval someone else
            // must "also" give is one decision of two; confirmed
            return ChoiceReading(step, choices[titleBeside], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && chosen.DecisionMaker && ApprovalByOthers(folded))
        {
            // "der Einkauf muss auch zustimmen, aber ich treib das voran": someone else's approval is needed, how much the
            // prospect decides is not sure
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (w.Approximate)
        {
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
        }

        if (step == QuestionSteps.Need && w.Start == w.End && folded.Count > 1 &&
            (GenericNeedWords.Contains(folded[w.Start].Text) || w.Start > 0 && Array.Exists(SortingStems, st => folded[w.Start].Text.StartsWith(st, StringComparison.Ordinal))) &&
            !NamesNeedField(folded) && !folded.Words.Any(x => Array.Exists(SalesWorkStems, st => x.Text.StartsWith(st, StringComparison.Ordinal)) &&
                                                               (!IsAppointment(x.Text) || SellsBesideBooking(folded) || folded.Words.Any(y => SalesStaff.Contains(y.Text)))))
        {
            // "Mahnwesen automatisieren", "automate our invoicing": automating, said of a task outside the field the needs
            // cover, may mean the configured need or another task; confirmed, never taken as sure ("Automatisierung"
            // alone is the need, as its synonym says). So is a bare verb of sorting or filtering after an object the
            // needs do not know ("Manuskripteinreichungen digital vorsortieren"): anything can be sorted; qualifying
            // names what is qualified
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && folded.Count <= 3 && folded.Words.Any(x => Departments.Contains(x.Text)) &&
            folded.Words.All(x => Departments.Contains(x.Text) || x.Text is "der" or "die" or "the" or "im" or "in" or "department" or "dept" or "abteilung" or "team"))
        {
            // "Einkauf", "procurement" as the whole answer: the prospect's department, or the one that decides; the blind
            // writers record it as co-deciding, recommending or ask again, so it is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && winner == Adviser(choices) && folded.Contains(OwnErrand) && OtherDecides(folded) && Narrowest(choices) is >= 0 and var errandAfter &&
            !choices[errandAfter].DecisionMaker && errandAfter != winner)
        {
            // "meine Chefin entscheidet, ich soll nur Angebote vergleichen": an errand of the prospect's own beside someone
            // else's decision named in the advising role's words (as above)
            return ChoiceReading(step, choices[errandAfter], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && best.Count(b => b.Score > 0) == 1 && BareTeamLead(folded))
        {
            // "Teamleiterin", "team lead in sales", "IT-Leiter", "Head of Sales": a team lead or head co-decides in some
            // firms and recommends in others, and careful readers record either; nothing else said about the decision,
            // so the flow confirms it
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return reading;
    }

    private static readonly HashSet<string> LookWords = new(StringComparer.Ordinal)
    {
        "to", "look", "into", "at", "this", "it", "that", "you", "check", "out", "around", "mal", "schauen", "gucken", "anschauen",
        "umschauen", "mir", "mich", "das", "es", "euch", "sie", "ich", "soll", "see", "explore", "options", "guys",
        // "ich soll mich mal erkundigen", "… schlau machen": finding out, with nothing named to find out about
        "erkundigen", "informieren", "schlau", "machen", "umsehen", "umhoeren",
        // "my partner asked me to look into chatbots": the kind of thing offered here names nothing to find out about
        "chatbots", "chatbot", "bots", "bot", "ai", "ki", "tools", "solutions", "loesungen", "software",
    };

    /// <summary>Whether the words from <paramref name="from"/> on only say to look, at nothing named ("look into this",
    /// "ich soll mal schauen").</summary>
    private static bool ObjectlessLook(FoldedText folded, int from)
    {
        var looked = false;
        for (var i = from; i < folded.Count; i++)
        {
            if (!LookWords.Contains(folded[i].Text))
            {
                return false;
            }

            looked |= folded[i].Text is "look" or "check" or "schauen" or "gucken" or "anschauen" or "umschauen" or "see" or "explore" or "erkundigen" or
                "informieren" or "schlau" or "umsehen" or "umhoeren";
        }

        return looked;
    }

    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.Ordinal)
    {
        "own", "hold", "control", "manage", "verantworte", "habe", "hab", "verwalte",
    };

    /// <summary>Whether the prospect claims the budget as theirs ("I own the tooling budget", "budget owner", "das Budget
    /// verantworte ich", "das Budget liegt bei mir").</summary>
    private static bool ClaimsBudget(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (w.StartsWith("budgetverantwort", StringComparison.Ordinal) ||
                w.StartsWith("budget", StringComparison.Ordinal) && i + 1 < folded.Count && folded[i + 1].Text is "owner" or "holder" or "verantworte" ||
                w.StartsWith("budget", StringComparison.Ordinal) && i + 2 < folded.Count && folded[i + 1].Text is "liegt" or "is" && folded[i + 2].Text is "bei" or "mine" ||
                w.StartsWith("budget", StringComparison.Ordinal) && i > 0 && folded[i - 1].Text is "my" or "mein")
            {
                return true;
            }

            if (HoldingVerbs.Contains(w) && i > 0 && folded[i - 1].Text is "i" or "ich")
            {
                for (var k = i + 1; k < folded.Count && k <= i + 3 && !folded[k].AfterBreak; k++)
                {
                    if (folded[k].Text.StartsWith("budget", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // The prospect making their own role or part small ("I'm just the IT guy", "ich bin nur der Werkleiter", "ich mach nur
    // die Buchhaltung").
    private static readonly string[][] OnlyMyPart = Phrases.Of(
        "i am just", "i'm just", "im just", "i am only", "i'm only", "im only", "i'm merely", "i am merely", "i just do", "i only do",
        "i just handle", "ich bin nur", "bin nur", "bin hier nur", "bin ja nur", "ich bin hier nur", "ich bin bloss", "bin bloss",
        "bin lediglich", "ich mach nur", "ich mache nur", "mach nur", "ich mach bloss");

    // Taking no part in a decision ("keinen Einfluss", "no say").
    private static readonly string[][] NoInfluence = Phrases.Of(
        "keinen einfluss", "kein einfluss", "keinerlei einfluss", "nichts zu sagen", "nix zu sagen", "nichts zu melden",
        "nix zu melden", "no influence", "no say", "don't have a say", "dont have a say", "do not have a say", "have no say");

    // Pushing for a purchase inside the firm ("pushing for it internally", "ich treibe das intern voran").
    private static readonly string[][] Championing = Phrases.Of(
        "pushing for it", "push for it", "pushing for this", "push for this", "championing", "the champion", "internal champion",
        "treibe das voran", "treib das voran", "treibe es voran", "setze mich dafuer ein", "setz mich dafuer ein", "pushing this",
        "pushing it internally", "push this internally", "push it internally", "the one pushing");

    // Words that say the prospect was sent or asked to do something ("ich soll", "my boss asked me to").
    private static readonly string[][] SentWords = Phrases.Of(
        "ich soll", "soll ich", "soll mich", "soll mir", "sollte mich", "sollte mir", "hat mich gebeten", "hat mich geschickt",
        "hat gesagt", "asked me to", "told me to", "wants me to", "want me to", "sent me to", "supposed to", "was asked to",
        "been asked to", "was told to");

    private static readonly HashSet<string> LookVerbs = new(StringComparer.Ordinal)
    {
        "schauen", "umschauen", "anschauen", "umzuschauen", "anzuschauen", "gucken", "umgucken", "umsehen", "umzusehen",
        "ansehen", "anzusehen", "informieren", "schlau", "recherchieren", "luege", "look", "check", "research", "explore",
        "browse", "see", "find",
    };

    /// <summary>Where the prospect says they were sent to look ("ich soll nur mal schauen", "my boss asked me to look
    /// into options"): the start of the words that send them, or -1.</summary>
    private static int SentToLook(FoldedText folded)
    {
        var (at, length) = folded.Find(SentWords);
        if (at < 0)
        {
            return -1;
        }

        for (var i = at + length; i < folded.Count && i <= at + length + 4; i++)
        {
            if (LookVerbs.Contains(folded[i].Text))
            {
                return at;
            }
        }

        return -1;
    }

    // Words that take back what was just said: the shared correcting words without those of preference ("eher", "rather",
    // "actually", "sondern"), which leave the prospect of two minds; "meine" is German's "mean" ("ich meine").
    private static readonly HashSet<string> TakingBack = new(
        CommonWords.Corrections.Except(["ne", "actually", "eigentlich", "bzw", "rather", "eher", "sondern"]).Append("meine"), StringComparer.Ordinal);

    /// <summary>Whether a word that takes back what was said stands between the words <paramref name="from"/> and
    /// <paramref name="to"/> after a break ("…, nein halt, eher …", "… - sorry, I mean …").</summary>
    private static bool TakenBack(FoldedText folded, int from, int to)
    {
        for (var i = from + 1; i < to && i < folded.Count; i++)
        {
            if (TakingBack.Contains(folded[i].Text) && (folded[i].AfterBreak || i > from + 1 && folded[i - 1].Text is "i" or "ich" || folded[i - 1].Text is "nein" or "no"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> TitleFillers = new(StringComparer.Ordinal)
    {
        "ich", "bin", "i", "i'm", "im", "am", "a", "an", "the", "als", "as", "hier", "here", "die", "der", "eine", "ein",
        "in", "of", "for", "bei", "at", "fuer", "vom", "von",
    };

    /// <summary>A head's title below the top of the firm ("IT-Leiter", "Abteilungsleiterin", "Head of Sales", "VP
    /// Marketing", "director"): whether its holder decides depends on the firm. The firm's own heads
    /// ("Geschäftsleiter", "managing director") decide.</summary>
    private static bool HeadTitle(string w, string next, string previous) =>
        ((w.EndsWith("leiter", StringComparison.Ordinal) || w.EndsWith("leiterin", StringComparison.Ordinal) || w.EndsWith("leitung", StringComparison.Ordinal)) &&
         !w.StartsWith("geschaeft", StringComparison.Ordinal) && !w.StartsWith("geschäft", StringComparison.Ordinal) &&
         !w.StartsWith("unternehmens", StringComparison.Ordinal) && !w.StartsWith("betriebsleit", StringComparison.Ordinal)) ||
        (w == "head" && (next == "of" || previous == "department")) || w is "vp" or "svp" or "evp" || (w == "vice" && next == "president") ||
        (w == "director" && previous != "managing");

    /// <summary>The answer is a team lead's or head's title and at most a few words naming the team or firm
    /// ("Teamleiterin", "Teamleiter Vertrieb", "team lead in sales", "Head of Sales") and nothing said about the
    /// decision.</summary>
    internal static bool BareTeamLead(FoldedText folded)
    {
        var title = -1;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            var next = i + 1 < folded.Count ? folded[i + 1].Text : "";
            if (w.StartsWith("teamleit", StringComparison.Ordinal) || w is "teamlead" or "teamleader" ||
                (w == "team" && next is "lead" or "leader" or "leitung") || HeadTitle(w, next, i > 0 ? folded[i - 1].Text : ""))
            {
                title = i;
                break;
            }
        }

        if (title < 0 || HasDecisionVerb(folded))
        {
            return false;
        }

        var others = 0;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            // a negation, a contrast, someone else, or the prospect speaking again after the title ("Teamleitung, ich hab
            // Mitspracherecht") says something about the decision
            if (CommonWords.Negations.Contains(w) || w is "aber" or "but" or "mit" or "with" or "und" or "and" or "together" or "gemeinsam" or "zusammen" ||
                i > title && w is "ich" or "i" or "i'm" or "wir" or "we" or "me" or "mir" or "mich" or "my" or "mein" or "meine" or "meinem" or "meiner" or "uns" ||
                // "for my director", "meinem Abteilungsleiter": the title is someone else's
                i < title && w is "my" or "our" or "mein" or "meine" or "meinem" or "meinen" or "meiner" or "unser" or "unsere" or "unserem" or "unseren" or "unserer")
            {
                return false;
            }

            if (i == title || (i == title + 1 && folded[title].Text is "team" or "head" or "vice") || TitleFillers.Contains(w))
            {
                continue;
            }

            others++;
        }

        return others <= 3;
    }

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

    // A decision said of someone else: the verb in the third person ("entscheidet", "decides", "makes the call").
    private static readonly string[][] OthersDecision = Phrases.Of(
        "entscheidet", "entscheiden die", "entscheiden der", "decides", "makes the call", "makes the decision",
        "makes the decisions", "makes that call", "makes the final call", "makes the final decision", "has the final call",
        "has the final say", "has final say", "has the last word", "has the final word", "calls the shots", "final say is with",
        "final say lies with", "final decision is with", "final decision lies with", "decision is with", "decision lies with",
        "decision rests with", "decision sits with", "final decision with", "final say with", "final call with", "last word with",
        "entscheidung liegt bei", "entscheidung liegt beim", "letzte wort hat", "letzte wort liegt bei",
        "hat das letzte wort", "hat das sagen", "trifft die entscheidung", "signs off", "gibt frei", "genehmigt", "approves",
        "entscheiden tut", "entscheiden tut dann", "entscheidet dann", "entscheidet am ende", "unterschreibt", "unterschrift macht",
        "macht die unterschrift", "leistet die unterschrift", "entscheidung durch", "decision by", "decided by", "macht das",
        "handles it", "handles that", "handles this", "kuemmert sich",
        // "they make the call", "der Vorstand stimmt darüber ab": the verb said of someone else in other persons and words
        "they make the call", "they make the decision", "they make the final call", "they make the final decision", "they decide",
        "they have the final say", "they sign off", "they approve", "stimmt ab", "stimmt darueber ab", "stimmt drueber ab",
        // "boss makes the calls", "the owner makes all the decisions": the calls or all of them, said of someone else
        "makes the calls", "makes all the calls", "makes all the decisions", "makes the big calls", "makes the big decisions",
        "they make the calls", "they make all the calls",
        // "entscheidung trifft der Inhaber": the German object first, the verb before its subject
        "entscheidung trifft", "entscheidungen trifft", "entscheidet das", "entscheiden muss", "entscheiden muss das",
        // "der Chef sagt am Ende ja oder nein", "Einkauf vergibt", "the plant head gives the final ok": the yes, the go or
        // the award said of someone else is their decision
        "sagt ja oder nein", "sagt am ende ja oder nein", "sagt dann ja oder nein", "sagt ja oder nein dazu", "says yes or no",
        "gives the yes or no", "gibt das ok", "gibt das okay", "gibt das go", "gibt gruenes licht", "gives the green light",
        "gives the go ahead", "gives the ok", "gives the final ok", "gives the final go", "vergibt", "vergibt den auftrag", "vergeben tut",
        "awards the contract", "awards it",
        // "The decision will be made by the Technical Committee": the decision in the passive, made by someone else
        "decision will be made by", "decision is made by", "decision will be taken by", "decision is taken by", "decision made by",
        "decision taken by", "decisions are made by", "decisions are taken by", "will be decided by", "is decided by",
        "are decided by", "will be made by", "will be taken by",
        // "Entscheidung macht Vorstand in Prag": the German decision "made" by someone else
        "entscheidung macht", "entscheidung machen", "entscheidung macht der", "entscheidung macht die", "entscheidung macht dann",
        // "final word has my father": the English object first, as second-language writers put it after their own
        // languages' order; only with someone named after it ("final say has to be mine" is no one else's)
        "final word has my", "final word has the", "final word has our", "final say has my", "final say has the",
        "final say has our", "last word has my", "last word has the", "last word has our", "final decision has my",
        "final decision has the", "final decision has our");

    // Someone else named as the owner or holder of the budget or the decision ("budget owner is the VP", "the CFO holds
    // the purse strings", "Budgetverantwortung liegt beim GF", "Entscheider ist mein Vater"): read in a clause without
    // the prospect in it.
    private static readonly string[][] OthersHolding = Phrases.Of(
        "decision maker is", "decision makers are", "main decision maker is", "is the decision maker", "is the main decision maker",
        "are the decision makers", "budget owner is", "is the budget owner", "budget holder is", "is the budget holder",
        "holds the budget", "holds the purse strings", "holds the purse", "owns the budget", "controls the budget",
        "has the budget", "manages the budget", "budget is owned by", "budget is held by", "budget is controlled by",
        "budget sits with", "budget is with", "budget lies with", "budget rests with", "budget belongs to", "purse strings",
        "entscheider ist", "entscheiderin ist", "ist der entscheider", "ist die entscheiderin", "budget liegt bei",
        "budget liegt beim", "budgetverantwortung liegt bei", "budgetverantwortung liegt beim", "budgetverantwortung hat",
        "hat die budgetverantwortung", "budgetverantwortlich ist", "ist budgetverantwortlich", "budget hat", "hat das budget",
        "verwaltet das budget", "budget verwaltet", "budgethoheit liegt bei", "budgethoheit liegt beim", "hat die budgethoheit",
        "budget verantwortet", "verantwortet das budget", "approval sits with", "approval is with", "approval lies with",
        "approval rests with", "sign off sits with", "sign off is with", "freigabe liegt bei", "freigabe liegt beim", "owner is",
        "owners are", "is the owner", "are the owners", "inhaber ist", "inhaberin ist", "ist der inhaber", "ist die inhaberin");

    private static readonly HashSet<string> Departments = new(StringComparer.Ordinal)
    {
        "procurement", "purchasing", "einkauf", "beschaffung", "legal", "finance", "rechtsabteilung", "buchhaltung", "controlling",
    };

    /// <summary>A department as the subject of a verb of doing or signing ("procurement handles the contract", "legal signs",
    /// "den Vertrag macht der Einkauf", "der Einkauf regelt das").</summary>
    private static bool DepartmentActs(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!Departments.Contains(folded[i].Text))
            {
                continue;
            }

            if (i + 1 < folded.Count && folded[i + 1].Text is "handles" or "does" or "signs" or "manages" or "takes" or "runs" or "owns" or "macht" or
                    "regelt" or "unterschreibt" or "uebernimmt" or "kuemmert" or "verhandelt" or "negotiates" ||
                i >= 2 && folded[i - 1].Text is "der" or "die" or "das" && folded[i - 2].Text is "macht" or "regelt" or "unterschreibt" or "uebernimmt" or "verhandelt")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"fürs Budget ist aber der Hauptverein zuständig", "finance is responsible for the budget": the money named
    /// beside a word of being in charge of it, which says who holds it like "budget owner is".</summary>
    private static bool MoneyInCharge(FoldedText folded) =>
        folded.Words.Any(w => w.Text is "budget" or "budgets" or "geld" or "finanzen" or "money" or "finances" or "funds" or "spending" or "ausgaben") &&
        folded.Words.Any(w => w.Text is "zustaendig" or "verantwortlich" or "responsible" or "responsibility" or "charge");

    // The prospect in a clause: a first person of the prospect's own ("mir", "I", "mine"; "my boss" names someone else).
    private static readonly HashSet<string> ProspectWords = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "ich", "me", "mir", "mich", "mine", "myself", "selbst", "we", "wir", "uns", "us", "ours",
    };

    // A share the prospect claims and weighs ("ich hab da ein gewichtiges Wort", "I have a big say"): more than a say.
    private static readonly string[][] WeighedShare = Phrases.Of(
        "gewichtiges wort", "gewichtiges woertchen", "gewichtige stimme", "grosses mitspracherecht", "starkes mitspracherecht",
        "wort mitzureden", "massgeblich", "entscheidend mit", "big say", "major say", "strong say", "a lot of say", "heavy say",
        "a big voice", "a strong voice", "a lot of influence", "heavily involved in the decision");

    /// <summary>The prospect's part beside someone else who holds the budget or decision: gathering information when
    /// they research or collect for the holder, advising otherwise (a weighty say of their own included: the blind
    /// writers split between a shared decision and advice, so it is advice, confirmed).</summary>
    private static int OwnPartBesideHolder(FoldedText folded, IReadOnlyList<AnswerChoice> choices)
    {
        var gathers = folded.Words.Any(w => GatheringWords.Contains(w.Text) || w.Text.StartsWith("recherch", StringComparison.Ordinal));
        return gathers && Narrowest(choices) is >= 0 and var narrowest && !choices[narrowest].DecisionMaker ? narrowest : Adviser(choices);
    }

    /// <summary>Whether a clause of the answer without the prospect in it names someone else as the owner or holder of
    /// the budget or the decision ("Director of Talent Acquisition, budget owner is the VP").</summary>
    private static bool OthersHold(string text, FoldedText folded)
    {
        if (!folded.Contains(OthersHolding) && !MoneyInCharge(folded))
        {
            return false;
        }

        var starts = ClauseStarts(text, folded, ",.;:–—()");
        starts.Add(folded.Count);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            var (from, to) = (starts[c], starts[c + 1] - 1);
            if (from > to)
            {
                continue;
            }

            var clause = FoldedText.Of(folded.Span(from, to));
            if ((clause.Contains(OthersHolding) || MoneyInCharge(clause)) && !clause.Words.Any(w => ProspectWords.Contains(w.Text)) && !clause.Contains(SelfDecides))
            {
                return true;
            }
        }

        return false;
    }

    // Words of what someone must do ("der Vorstand muss zustimmen", "legal needs to sign").
    private static readonly HashSet<string> MustWords = new(StringComparer.Ordinal) { "muss", "muessen", "must", "needs", "soll", "sollen" };

    // When a decision falls, with no word of who takes it ("die Entscheidung fällt im März", "the decision will be made in
    // March").
    private static readonly string[][] DecisionFalls = Phrases.Of(
        "entscheidung faellt", "faellt die entscheidung", "entscheidung fallt", "entscheidung wird", "entscheidung kommt",
        "decision will be made", "decision is made", "decision is due", "decision comes", "decision will come", "decision falls");

    // The money said to come from someone else ("das Budget kommt vom Investor", "funding comes from the parent company").
    private static readonly string[][] MoneyFrom = Phrases.Of(
        "budget kommt von", "budget kommt vom", "budget kommt aus", "budget kommt aber von", "budget kommt aber vom",
        "geld kommt von", "geld kommt vom", "geld kommt aus", "geld kommt aber von", "geld kommt aber vom", "budget stellt",
        "finanzierung kommt von", "finanzierung kommt vom", "mittel kommen von", "mittel kommen vom", "budget comes from",
        "money comes from", "funding comes from", "funds come from", "budget is coming from", "money is coming from",
        "funding is coming from", "budget comes out of", "money comes out of");

    /// <summary>Whether a clause without the prospect in it says the money comes from someone else ("Bin CEO, aber das
    /// Budget kommt vom Investor"; not "das Budget kommt von mir").</summary>
    private static bool MoneyFromOthers(FoldedText folded)
    {
        for (var (at, length) = folded.Find(MoneyFrom); at >= 0; (at, length) = folded.Find(MoneyFrom, at + length))
        {
            // the words of its clause: back to the break before it, on to the next one
            var from = at;
            while (from > 0 && !folded[from].AfterBreak)
            {
                from--;
            }

            var mine = false;
            for (var k = from; k < folded.Count && (k == from || !folded[k].AfterBreak); k++)
            {
                mine |= ProspectWords.Contains(folded[k].Text);
            }

            if (!mine)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role of a choice that decides nothing, matched whole and not negated, or -1.</summary>
    private static int OwnNonDecidingRole(FoldedText folded, (double Score, int Start, int End, bool Approximate)[] best, IReadOnlyList<AnswerChoice> choices)
    {
        var own = -1;
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score >= 1 && !best[c].Approximate && !choices[c].DecisionMaker && !IsNegated(folded, best[c].Start, best[c].End) &&
                (own < 0 || best[c].Score > best[own].Score))
            {
                own = c;
            }
        }

        return own;
    }

    /// <summary>"ich entscheide... naja, eigentlich meine Frau", "I decide. Well, actually my partner": the prospect's own
    /// decision, then a word that corrects it right before someone else's possessive; no decision of the prospect's after it.</summary>
    private static bool SelfCorrectedToOther(FoldedText folded)
    {
        var (self, selfLength) = folded.Find(SelfDecides);
        if (self < 0)
        {
            return false;
        }

        var (at, length) = folded.Find(Corrections, self + selfLength);
        if (at < 0 || folded.Find(SelfDecides, at).At >= 0)
        {
            return false;
        }

        var next = at + length;
        while (next < folded.Count && folded[next].Text is "naja" or "na" or "well" or "no" or "nein" or "nee" or "ne" or "doch" or "mehr" or "more" or "so")
        {
            next++;
        }

        return next + 1 < folded.Count && OthersPossessives.Contains(folded[next].Text);
    }

    /// <summary>The first word of the clause in which others sign off, approve or have the final say in the plural
    /// ("medical director + finance sign off", "legal and finance approve", "doctors have final say"): the verb after a word
    /// that is no pronoun, negation or auxiliary, with no word of the prospect's in that clause; -1 when there is none.</summary>
    private static int OthersSignOff(string text, FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            var verb = folded[i].Text is "approve" || folded[i].Text is "sign" && i + 1 < folded.Count && folded[i + 1].Text == "off" ||
                       folded[i].Text is "have" && i + 2 < folded.Count && folded[i + 1].Text is "final" or "the" &&
                       (folded[i + 2].Text is "say" or "word" or "call" || i + 3 < folded.Count && folded[i + 2].Text is "final" or "last" && folded[i + 3].Text is "say" or "word" or "call");
            if (!verb || folded[i].AfterBreak || CommonWords.Negations.Contains(folded[i - 1].Text) ||
                folded[i - 1].Text is "i" or "we" or "you" or "to" or "can" or "will" or "i'll" or "ill" or "we'll" or "do" or "does" or
                    "must" or "should" or "need" or "needs" or "would" or "could" or "may" or "might" or "and" or "then" or "also" or "just" or
                    "only" or "they" or "still" or "i'd" or "id")
            {
                continue;
            }

            var starts = ClauseStarts(text, folded, ",.;:–—()");
            var from = starts.Last(st => st <= i);
            var to = starts.FirstOrDefault(st => st > i, folded.Count);
            for (var k = from; k < to; k++)
            {
                if (ProspectWords.Contains(folded[k].Text) || folded[k].Text is "my" or "our")
                {
                    return -1;
                }
            }

            return from;
        }

        return -1;
    }

    /// <summary>"gemeinsam", "together" said of the decision, not of putting something together ("I just put the options
    /// together", "ich stelle die Angebote zusammen").</summary>
    private static bool DecidedTogether(FoldedText folded)
    {
        var (at, _) = folded.Find(Together);
        if (at < 0)
        {
            return false;
        }

        for (var i = Math.Max(0, at - 4); i < at; i++)
        {
            if (folded[i].Text is "put" or "putting" or "puts" or "pull" or "pulling" or "bring" or "bringing" or "stelle" or "stellen" or
                "stellt" or "trage" or "tragen" or "fasse" or "fassen" or "suche" or "suchen")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"my wife and I own the business", "mein Partner und ich": the prospect named beside someone else.</summary>
    private static bool WithSomeone(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is "ich" or "i" or "me" &&
                (i > 1 && folded[i - 1].Text is "und" or "and" && !folded[i - 1].AfterBreak && OthersPossessives.Contains(folded[i - 3 >= 0 ? i - 3 : 0].Text) ||
                 i + 3 < folded.Count && folded[i + 1].Text is "und" or "and" && OthersPossessives.Contains(folded[i + 2].Text) ||
                 // "Ich und zwei Kollegen aus der Geschäftsleitung", "me and two other partners": others counted beside the prospect
                 i + 3 < folded.Count && folded[i + 1].Text is "und" or "and" && CountedOthers.Contains(folded[i + 2].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A role that does not decide, matched and not negated, beside a negated deciding role; -1 when none.</summary>
    private static int NotDeciderBeside(FoldedText folded, (double Score, int Start, int End, bool Approximate)[] best, IReadOnlyList<AnswerChoice> choices)
    {
        var found = -1;
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score >= 1 && !choices[c].DecisionMaker && !IsNegated(folded, best[c].Start, best[c].End))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = c;
            }
        }

        return found;
    }

    private static readonly HashSet<string> CountedOthers = new(StringComparer.Ordinal)
    {
        "zwei", "drei", "vier", "two", "three", "four", "2", "3", "4", "several", "mehrere", "einige", "a", "ein", "einem", "einer",
    };

    // "kinda both", "irgendwie beides": both deciding and not, said with a hedge
    private static readonly string[][] BothHedged = Phrases.Of(
        "kinda both", "kind of both", "sort of both", "sorta both", "a bit of both", "little of both", "bit of both",
        "irgendwie beides", "beides irgendwie", "so halb beides", "bisschen beides", "ein bisschen beides");

    private static readonly HashSet<string> NobodyWords = new(StringComparer.Ordinal) { "nobody", "noone", "niemand", "keiner" };

    /// <summary>A decision said of nobody: "nobody"/"niemand"/"keiner" right before a decision of someone else's
    /// ("nobody decides", "entscheidet keiner", "no one makes the call").</summary>
    private static bool NobodyDecides(FoldedText folded)
    {
        var (at, length) = folded.Find(OthersDecision);
        if (at < 0 || folded.Contains(SelfDecides))
        {
            return false;
        }

        // the subject may stand an adverb away ("no one really decides")
        for (var i = at - 1; i >= 0 && i >= at - 3 && !folded[i + 1].AfterBreak; i--)
        {
            if (NobodyWords.Contains(folded[i].Text) || i > 0 && folded[i - 1].Text == "no" && folded[i].Text == "one")
            {
                return true;
            }
        }

        return at + length < folded.Count && !folded[at + length].AfterBreak && NobodyWords.Contains(folded[at + length].Text);
    }

    private static readonly HashSet<string> BigWords = new(StringComparer.Ordinal)
    {
        "big", "bigger", "large", "larger", "major", "expensive", "groessere", "groesseren", "groesserer", "groesseres", "grosse",
        "grossen", "grosses", "teure", "teuren", "teures", "teurere", "teureren",
    };

    private static readonly HashSet<string> BigContext = new(StringComparer.Ordinal)
    {
        "anything", "everything", "something", "alles", "on", "for", "bei", "fuer", "ab", "purchases", "purchase", "stuff", "things",
        "deals", "spend", "spending", "tickets", "sachen", "dinge", "anschaffungen", "ausgaben", "betraege", "summen", "projekte",
    };

    /// <summary>Someone else's decision or approval limited to big purchases ("board signs off on anything big", "bei
    /// größeren Sachen entscheidet der Chef"): a word of size beside a word of what is bought or "on"/"bei", and a
    /// decision or approval of someone else's.</summary>
    private static bool BigPurchasesElsewhere(FoldedText folded)
    {
        var big = false;
        for (var i = 0; i < folded.Count; i++)
        {
            big |= BigWords.Contains(folded[i].Text) &&
                   (i > 0 && !folded[i].AfterBreak && BigContext.Contains(folded[i - 1].Text) || i + 1 < folded.Count && !folded[i + 1].AfterBreak && BigContext.Contains(folded[i + 1].Text));
            // "need CFO approval for anything over budget", "alles über Budget": the purchases above the budget are the big ones
            big |= i > 0 && i + 1 < folded.Count && folded[i].Text is "over" or "above" or "beyond" or "ueber" or "oberhalb" or "ausserhalb" &&
                   folded[i - 1].Text is "anything" or "everything" or "alles" or "was" && !folded[i].AfterBreak && !folded[i + 1].AfterBreak &&
                   (folded[i + 1].Text is "budget" or "limit" || i + 2 < folded.Count && folded[i + 1].Text is "the" or "our" or "das" or "dem" or "unserem" &&
                    folded[i + 2].Text is "budget" or "limit");
        }

        return big && (folded.Find(OthersDecision).At >= 0 && !NobodyDecides(folded) || ApprovalByOthers(folded, reviewCounts: false));
    }

    private static bool OtherDecides(FoldedText folded)
    {
        var (at, _) = folded.Find(OthersDecision);
        if (at < 0 || folded.Contains(SelfDecides))
        {
            return false;
        }

        // "wir entscheiden", "my partner and I decide", "entscheidet mit mir": the prospect is one of those who decide
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            // ("…, ich sag denen, was wir brauchen": a "wir" that needs something decides nothing)
            if ((w is "mir" or "me" or "mich" || w is "wir" or "we" && DecisionNear(folded, i) ||
                 w is "zusammen" or "gemeinsam" or "together" or "jointly" && DecidedTogether(folded)) && i > at ||
                w is "ich" or "i" && i + 1 < folded.Count && folded[i + 1].Text is "und" or "and" || w is "ich" or "i" && i > 0 && folded[i - 1].Text is "und" or "and")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of deciding stands within two words of <paramref name="at"/> in its clause ("wir
    /// entscheiden", "entscheiden wir", "we decide").</summary>
    private static bool DecisionNear(FoldedText folded, int at)
    {
        for (var i = Math.Max(0, at - 2); i <= Math.Min(folded.Count - 1, at + 2); i++)
        {
            var joined = true;
            for (var k = Math.Min(i, at) + 1; k <= Math.Max(i, at); k++)
            {
                joined &= !folded[k].AfterBreak;
            }

            if (i != at && joined &&
                (folded[i].Text.StartsWith("entscheid", StringComparison.Ordinal) || folded[i].Text.StartsWith("decid", StringComparison.Ordinal) ||
                 folded[i].Text is "vote" or "stimmen" or "call" or "sign" or "unterschreiben"))
            {
                return true;
            }
        }

        return false;
    }

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

    private static readonly HashSet<string> TitleArticles = new(StringComparer.Ordinal) { "a", "an", "the", "der", "die", "ein", "eine", "our", "unser", "unsere" };

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

    /// <summary>Whether the word at <paramref name="at"/> follows "for my", "to our", "für meinen": someone else's title.</summary>
    private static bool IsRecipientsTitle(FoldedText folded, int at) =>
        at >= 2 && (OthersPossessives.Contains(folded[at - 1].Text) || folded[at - 1].Text is "the" or "den" or "die") && !folded[at].AfterBreak &&
        folded[at - 2].Text is "for" or "to" or "fuer" or "an" or "zu" ||
        // "ich geb dem CEO eine Empfehlung": the title in the dative is whom something is given ("mit meinem Partner" is
        // whom the prospect decides with)
        at >= 1 && folded[at - 1].Text is "dem" or "meinem" or "unserem" && !folded[at].AfterBreak &&
        !(at >= 2 && folded[at - 2].Text is "mit" or "zusammen" or "gemeinsam" or "samt" or "neben");

    private static readonly string[][] Together = Phrases.Of(
        "gemeinsam", "zusammen", "together", "jointly", "gemeinschaftlich", "joint decision", "as a team", "im team",
        "shared between", "split between", "geteilt zwischen");

    /// <summary>The bodies whose member ("ich bin da drin", "I sit on it") is read as deciding with the others, sure; narrower
    /// than <see cref="CommonWords.DecidingBodies"/>, since a seat on a supervisory body ("Mitglied im Verwaltungsrat")
    /// says less about this purchase and is confirmed.</summary>
    private static readonly HashSet<string> CommitteeWords = new(StringComparer.Ordinal)
    {
        "gremium", "ausschuss", "kommission", "lenkungskreis", "lenkungsausschuss", "vorstand", "board", "committee", "steering",
        "panel", "council",
    };

    // The prospect saying they belong to a body named before ("ich bin da drin", "I'm on it").
    private static readonly string[][] Membership = Phrases.Of(
        "ich bin da drin", "bin da drin", "ich bin drin", "bin da auch drin", "ich sitze da drin", "sitze da drin", "sitze drin",
        "ich bin dabei", "bin da dabei", "bin mitglied", "ich bin teil davon", "bin teil davon", "bin einer davon", "bin eine davon",
        "i'm on it", "i am on it", "i sit on it", "i'm in it", "i am in it", "i'm part of it", "i am part of it", "i'm a member",
        "i am a member", "i'm one of them", "i am one of them", "i'm on that", "i sit on that", "i sit on the board",
        "sit on the board", "i'm on the board", "i am on the board", "i sit on the committee", "i'm on the committee",
        // "Committee decision, I chair the committee", "der Ausschuss entscheidet, den leite ich": whoever chairs or leads
        // the body is one of it
        "i chair", "i'm chairing", "i am chairing", "i chair it", "i lead it", "i head it", "i'm the chair of", "i am the chair of",
        "ich leite das gremium", "ich leite den ausschuss", "ich leite die kommission", "den leite ich", "das leite ich", "die leite ich",
        "ich habe den vorsitz", "ich hab den vorsitz", "hab da den vorsitz", "habe da den vorsitz", "ich fuehre den vorsitz",
        "ich sitze im vorstand", "sitze im vorstand", "ich bin im vorstand", "bin im vorstand", "bin auch im vorstand");

    // Assemblies of a club or association that approve what its board proposes.
    private static readonly HashSet<string> Assemblies = new(StringComparer.Ordinal)
    {
        "mitgliederversammlung", "hauptversammlung", "jahreshauptversammlung", "vollversammlung", "delegiertenversammlung",
        "assembly",
    };

    // Officers of a club or association, who sit on its board.
    internal static readonly HashSet<string> ClubOfficers = new(StringComparer.Ordinal)
    {
        "vorsitzender", "vorsitzende", "kassenwart", "kassenwartin", "schatzmeister", "schatzmeisterin", "kassierer", "kassiererin",
        "chair", "chairman", "chairwoman", "chairperson", "treasurer",
    };

    /// <summary>An officer's title said of the prospect ("ich bin Vorsitzender", "treasurer, …"; "die Vorsitzende des
    /// Vorstands entscheidet" is someone else).</summary>
    private static bool ClubOfficer(FoldedText folded) =>
        folded.Count > 0 && (ClubOfficers.Contains(folded[0].Text) || folded.Contains(SelfIntro) && folded.Words.Any(x => ClubOfficers.Contains(x.Text)));

    /// <summary>"mine and my business partner's", "bei mir und meinem Partner": the prospect and someone else named as
    /// owning the decision together ("mine and mine alone" is the prospect's).</summary>
    private static bool MineAndAnother(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            // ("sits with me and the senior partner", "so me + my cofounder": the prospect as the object, then the other)
            var self = folded[i].Text == "mine" || folded[i].Text == "mir" && i > 0 && folded[i - 1].Text is "bei" ||
                       folded[i].Text == "me" && (i == 0 || folded[i].AfterBreak || folded[i - 1].Text is "with" or "so" or "between" or "just");
            var sign = folded.Original[folded[i].End..folded[i + 1].Start].Trim() is "+" or "&";
            var other = sign ? i + 1 : i + 2;
            if (self && (sign || folded[i + 1].Text is "and" or "und" or "&" or "+") && other < folded.Count && !folded[other].AfterBreak &&
                folded[other].Text is "my" or "our" or "the" or "his" or "her" or "meinem" or "meiner" or "unserem" or "unserer" or "dem" or "der" &&
                !folded.Words.Skip(other).Any(x => x.Text is "alone" or "allein" or "alleine" or "mine"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"leg sie dem Vorstand vor", "stelle es dem Chef vor", "bereite die Entscheidung vor": the separable
    /// "vorlegen"/"vorstellen"/"vorbereiten" with its object between and "vor" closing the clause; the verb's and the
    /// "vor"'s index, or null.</summary>
    private static (int Verb, int Vor)? SeparablePresent(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is not ("leg" or "lege" or "legen" or "legt" or "stell" or "stelle" or "stellen" or "stellt" or "bereite" or "bereiten" or "trage" or "tragen"))
            {
                continue;
            }

            // ("ich stelle mir das so vor" imagines; the one it is put before is named in the dative; what is prepared,
            // "bereite die Entscheidung vor", is prepared for whoever decides, with or without them named)
            var recipient = folded[i].Text.StartsWith("bereite", StringComparison.Ordinal);
            for (var k = i + 1; k < folded.Count && k <= i + 6 && !folded[k].AfterBreak; k++)
            {
                if (k == i + 1 && folded[k].Text is "mir" or "mich" or "uns" or "sich" or "dir" or "euch")
                {
                    break;
                }

                recipient |= folded[k].Text is "dem" or "der" or "meinem" or "meiner" or "unserem" or "unserer" or "ihm" or "ihr" or "ihnen";
                if (folded[k].Text == "vor" && recipient && (k + 1 == folded.Count || folded[k + 1].AfterBreak))
                {
                    return (i, k);
                }
            }
        }

        return null;
    }

    // The prospect denied as the one who pays ("not the one who pays", "ich zahle das nicht"): the money, and with it the
    // decision, is someone else's.
    private static readonly string[][] NotPaying = Phrases.Of(
        "not the one who pays", "not the one that pays", "not the one paying", "not the one who's paying", "i don't pay",
        "i dont pay", "i do not pay", "i'm not paying", "not paying for it", "not the payer", "zahle nicht", "zahl nicht",
        "bezahle nicht", "zahle das nicht", "bezahle das nicht", "nicht derjenige der zahlt", "nicht diejenige die zahlt",
        "nicht derjenige der bezahlt", "nicht diejenige die bezahlt", "nicht der der zahlt", "nicht die die zahlt");

    // Someone the prospect does it with: a relative, a partner, a colleague or a boss ("mit meiner Frau zusammen").
    private static readonly HashSet<string> Companions = new(StringComparer.Ordinal)
    {
        "kollege", "kollegen", "kollegin", "colleague", "chef", "chefin", "boss", "team", "schwager", "schwaegerin", "sister-in-law",
        "brother-in-law",
    };

    /// <summary>"ich mache das mit meiner Frau zusammen", "I do it with my brother together": "mit"/"with", a possessive and
    /// a relative, partner or colleague, then "zusammen"/"gemeinsam"/"together" right after them.</summary>
    private static bool TogetherWithCompanion(FoldedText folded)
    {
        for (var i = 0; i + 3 < folded.Count; i++)
        {
            if (folded[i].Text is "mit" or "with" && OthersPossessives.Contains(folded[i + 1].Text) &&
                (Relatives.Contains(folded[i + 2].Text) || PartnersInBusiness.Contains(folded[i + 2].Text) || Companions.Contains(folded[i + 2].Text)) &&
                folded[i + 3].Text is "zusammen" or "gemeinsam" or "together" or "zsamme" or "zamm")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Meine Frau und ich führen das Hotel zusammen", "wir leiten die Praxis gemeinsam", "my wife and I run the
    /// inn together": the prospect with someone else ("wir", "X und ich") running a business together, no negation.</summary>
    private static bool RunTogether(FoldedText folded)
    {
        var words = folded.Words.Select(w => w.Text).ToList();
        var together = words.Any(t => t is "zusammen" or "gemeinsam" or "together" or "jointly");
        var running = words.Any(t => t is "fuehren" or "leiten" or "betreiben" or "run" or "manage" or "own") ||
                      // "wir haben die Firma zusammen", "we have the shop together": having the business together is owning it
                      words.Any(t => t is "haben" or "have" or "besitzen" or "gehoert") && words.Any(t => OwnedBusinesses.Contains(t));
        var us = words.Any(t => t is "wir" or "we") || folded.Contains(AndI);
        // ("wir führen das zusammen durch" carries something out, "die Daten zusammenführen" merges them)
        return together && running && us && !words.Any(t => CommonWords.Negations.Contains(t) || t is "durch" or "daten" or "data" or "listen");
    }

    private static readonly string[][] AndI = Phrases.Of("und ich", "and i", "and me", "and myself");

    // A business as what is owned ("die Firma", "the shop").
    private static readonly HashSet<string> OwnedBusinesses = new(StringComparer.Ordinal)
    {
        "firma", "betrieb", "unternehmen", "laden", "geschaeft", "praxis", "kanzlei", "agentur", "company", "business", "firm",
        "shop", "store", "practice", "agency",
    };

    // The prospect saying they do not sign ("I'm not the one signing", "unterschreiben tu ich nicht").
    private static readonly string[][] NotSigning = Phrases.Of(
        "not the one signing", "not the one who signs", "not the one that signs", "i don't sign", "i dont sign", "i do not sign",
        "i'm not signing", "not the signer", "unterschreibe nicht", "unterschreib nicht", "unterschreibe ich nicht",
        "unterschreiben tu ich nicht", "nicht ich unterschreibe", "ich unterschreibe nicht", "unterschreiben muss jemand anders",
        // "I have a say but not the final say": a share denied the last word leaves the last word to someone else
        "not the final say", "not the final word", "not the last word", "not the final call", "nicht das letzte wort",
        "nicht das finale wort", "don't have the last word", "dont have the last word", "don't have the final word",
        "letzte wort hab ich nicht", "letzte wort habe ich nicht", "letzte wort hab ich aber nicht", "letzte wort habe ich aber nicht");

    // Someone else who signs, said with the verb first ("unterschreiben tut der GF", "signing is done by the owner").
    private static readonly string[][] OthersSigning = Phrases.Of(
        "unterschreiben tut der", "unterschreiben tut die", "unterschreiben tut unser", "unterschreiben tut unsere",
        "unterschreiben tut mein", "unterschreiben tut meine", "unterschreiben tut dann der", "unterschreiben tut dann die",
        "unterschreiben muss der", "unterschreiben muss die", "signing is done by", "the signing is done by");

    private static readonly HashSet<string> AssistantTitles = new(StringComparer.Ordinal)
    {
        "assistant", "assistent", "assistentin", "assistenz", "secretary", "sekretaer", "sekretaerin", "sekretariat",
    };

    // Someone else named beside the prospect's title as the one decided or organised for.
    private static readonly string[][] SomeoneElse = Phrases.Of(
        "not me", "nicht ich", "for mr", "for mrs", "for ms", "for dr", "fuer herrn", "fuer frau", "von herrn", "von frau",
        "fuer dr", "von dr", "mein chef", "meine chefin", "my boss", "my manager", "he decides", "she decides", "er entscheidet",
        "sie entscheidet");

    /// <summary>Whether the prospect calls themselves an assistant of someone else named ("not me, I'm an assistant
    /// scheduling this for Mr. Hale"); "assistant manager", "assistant director" are titles of their own.</summary>
    private static bool AssistantFor(FoldedText folded)
    {
        var titled = false;
        for (var i = 0; i < folded.Count; i++)
        {
            titled |= AssistantTitles.Contains(folded[i].Text) &&
                !(i + 1 < folded.Count && !folded[i + 1].AfterBreak &&
                  folded[i + 1].Text is "manager" or "director" or "professor" or "vp" or "vice" or "head" or "general" or "editor");
        }

        return titled && (folded.Contains(SomeoneElse) || OtherDecides(folded));
    }

    // Someone else's say in the decision ("meine Frau redet mit", "my partner has a say").
    private static readonly string[][] OthersSay = Phrases.Of(
        "redet mit", "redet da mit", "redet auch mit", "redet da auch mit", "reden mit", "reden da mit", "reden auch mit",
        "spricht mit", "spricht da mit", "hat mitspracherecht", "haben mitspracherecht", "hat auch mitspracherecht", "mitspracherecht",
        "mitzureden", "darf mitreden", "will mitreden", "entscheidet mit", "entscheiden mit", "has a say", "have a say",
        "gets a say", "get a say", "has some say", "has input", "have input", "weighs in", "weigh in", "has a voice",
        // the infinitive after a modal ("muss die Holding mitreden"); being asked is no say of one's own
        "mitreden", "mitentscheiden", "mitbestimmen", "wants a say", "want a say", "needs a say");

    // A spouse or partner who may own or run part of the business with the prospect.
    private static readonly HashSet<string> PartnersInBusiness = new(StringComparer.Ordinal)
    {
        "frau", "mann", "ehefrau", "ehemann", "partner", "partnerin", "kompagnon", "kompagnonin", "teilhaber", "teilhaberin",
        "geschaeftspartner", "geschaeftspartnerin", "mitinhaber", "mitinhaberin", "wife", "husband", "spouse", "cofounder",
        "co-founder", "co-owner", "coowner",
    };

    /// <summary>After the prospect's deciding words (ending at <paramref name="after"/>), a clause opened by
    /// "aber"/"but"/"wobei"/"though" whose subject is someone else of the prospect's ("meine Frau", "my partner") who has a
    /// say, or who is a spouse or partner in the business doing a part of it ("my wife does the books").</summary>
    private static bool OtherHasASay(FoldedText folded, int after)
    {
        for (var i = after + 1; i + 2 < folded.Count; i++)
        {
            if (folded[i].Text is not ("aber" or "but" or "wobei" or "though" or "allerdings" or "jedoch" or "however"))
            {
                continue;
            }

            var clauseEnd = i + 2;
            while (clauseEnd + 1 < folded.Count && !folded[clauseEnd + 1].AfterBreak)
            {
                clauseEnd++;
            }

            if (!OthersPossessives.Contains(folded[i + 1].Text) && folded[i + 1].Text is not ("der" or "die" or "the"))
            {
                // "aber bei solchen Beträgen redet der Beirat mit": the German verb of a say before its subject, the "mit"
                // of the separable verb closing the clause
                if (SeparableSay(folded, i + 1, clauseEnd))
                {
                    return true;
                }

                // "aber bei der Summe muss die Holding mitreden", "but above 10k the board has a say": a condition
                // first, then someone else named by an article or possessive who has a say, and no word of the prospect's
                var say = folded.Find(OthersSay, i + 1);
                if (say.At >= 0 && say.At <= clauseEnd &&
                    Enumerable.Range(i + 1, say.At - i - 1).Any(k => OthersPossessives.Contains(folded[k].Text) || folded[k].Text is "der" or "die" or "the") &&
                    !Enumerable.Range(i + 1, clauseEnd - i).Any(k => folded[k].Text is "i" or "i'm" or "im" or "ich" or "me" or "mir" or "mich" or "bin" or
                        "wir" or "we" or "uns" or "us"))
                {
                    return true;
                }

                continue;
            }

            var rest = folded.Find(OthersSay, i + 2);
            if (rest.At >= 0 && rest.At <= clauseEnd)
            {
                return true;
            }

            // "aber mein Vater redet noch mit", "but my wife still weighs in": the say's verb with words between it and the
            // separable "mit" that closes the clause is the same say
            if (clauseEnd < folded.Count && folded[clauseEnd].Text == "mit" &&
                Enumerable.Range(i + 2, clauseEnd - i - 2).Any(k => SayVerbs.Contains(folded[k].Text)))
            {
                return true;
            }

            // "my wife does the books", "meine Frau macht die Buchhaltung": a partner's own part, said as a clause
            if (OthersPossessives.Contains(folded[i + 1].Text) && PartnersInBusiness.Contains(folded[i + 2].Text) && clauseEnd >= i + 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I'm the IT manager", "ich bin Teamleiter": a self-introduction in the three words before the title at
    /// <paramref name="at"/>.</summary>
    private static bool OwnTitleBefore(FoldedText folded, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 3; k--)
        {
            if (folded[k].Text is "i'm" or "im" or "bin" || folded[k].Text is "am" && k > 0 && folded[k - 1].Text == "i")
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of consulting someone without handing over the decision ("I discuss with my co-founder", "talk it over with").
    private static readonly HashSet<string> ConsultVerbs = new(StringComparer.Ordinal)
    {
        "discuss", "discussing", "talk", "talking", "check", "checking", "consult", "consulting", "confer", "bespreche", "besprechen",
        "rede", "spreche", "halte", "klaere",
    };

    /// <summary>"bei größeren Sachen red ich mit meiner Frau", "for bigger purchases I check with my partner": a word of
    /// bigger or important things, then in the same sentence a verb of talking it over and "mit"/"with".</summary>
    private static bool ConsultsOnBigThings(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            if (!(t.StartsWith("groesser", StringComparison.Ordinal) || t.StartsWith("wichtig", StringComparison.Ordinal) ||
                  t is "bigger" or "larger" or "big" or "major" or "important" or "groessere" or "grosse" or "grossen"))
            {
                continue;
            }

            // "Pächter, bei größeren Sachen redet der Eigentümer mit": someone else's say in the bigger things, the German
            // verb before its subject and the separable "mit" closing the clause, is the same sharing
            var clauseEnd = i;
            while (clauseEnd + 1 < folded.Count && !folded[clauseEnd + 1].AfterBreak)
            {
                clauseEnd++;
            }

            if (SeparableSay(folded, i + 1, clauseEnd))
            {
                return true;
            }

            for (var k = i + 1; k < folded.Count && k <= i + 6; k++)
            {
                if (k > i + 1 && folded[k].AfterBreak && folded[k - 1].Text.Length > 0 && folded.Original[folded[k - 1].End..folded[k].Start].Contains('.'))
                {
                    break;
                }

                // ("I talk with clients about big projects": customers are no one the decision is shared with)
                if ((ConsultVerbs.Contains(folded[k].Text) || folded[k].Text is "red" or "redet" or "reden" or "sprech" or "frage" or "ask") &&
                    Enumerable.Range(k + 1, Math.Min(4, folded.Count - k - 1)).FirstOrDefault(m => folded[m].Text is "with" or "mit" or "to") is > 0 and var with &&
                    folded.Words.Skip(with + 1).Take(3).ToList() is { Count: > 0 } partner &&
                    partner.Any(x => OthersPossessives.Contains(x.Text) || x.Text is "the" or "dem" or "der") &&
                    !partner.Any(x => ServedPeople.Contains(x.Text) || NeedFieldStems.Any(st => x.Text.StartsWith(st, StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"final say is mine but I discuss with my co-founder": the prospect claims the decision in the first clause
    /// (read alone as the sole decider) and, after a contrast, only consults someone with a verb of talking it over; the
    /// "with my co-founder" is no decision taken together. Returns the sole decider's choice, or -1.</summary>
    private static int DecidesButConsults(string text, IReadOnlyList<AnswerChoice> choices, string language)
    {
        var folded = FoldedText.Of(text);
        var top = TopDecider(choices);
        for (var i = 1; top >= 0 && i + 2 < folded.Count; i++)
        {
            if (!ContrastWords.Contains(folded[i].Text) || !OpensContrast(folded, i))
            {
                continue;
            }

            var consults = false;
            for (var k = i + 1; k < folded.Count && k <= i + 4; k++)
            {
                if (ConsultVerbs.Contains(folded[k].Text) && folded.Words.Skip(k + 1).Take(4).Any(x => x.Text is "with" or "mit" or "over" or "durch"))
                {
                    consults = true;
                    break;
                }
            }

            return consults && ReadChoice(QuestionSteps.Authority, text[..folded[i].Start], choices, language, acceptOwnWords: false, allowIndex: true) is
                { Confidence: Confidence.High, Value: ChoiceValue { Key: var first } } && first == choices[top].Key
                ? top
                : -1;
        }

        return -1;
    }

    private static readonly HashSet<string> SayVerbs = new(StringComparer.Ordinal)
    {
        "redet", "reden", "spricht", "sprechen", "entscheidet", "entscheiden", "bestimmt", "bestimmen",
    };

    /// <summary>"redet der Beirat mit", "entscheidet meine Frau mit": a verb of a say, then someone else as its subject
    /// (an article or possessive right after the verb), and the clause (<paramref name="from"/> to <paramref name="end"/>)
    /// closed by the "mit" of the separable verb, with no word of the prospect's own in it.</summary>
    private static bool SeparableSay(FoldedText folded, int from, int end)
    {
        if (end >= folded.Count || folded[end].Text != "mit")
        {
            return false;
        }

        var verb = false;
        for (var k = from; k < end; k++)
        {
            if (folded[k].Text is "ich" or "wir" or "mir" or "mich" or "uns")
            {
                return false;
            }

            verb |= SayVerbs.Contains(folded[k].Text) && k + 1 < end &&
                    (OthersPossessives.Contains(folded[k + 1].Text) || folded[k + 1].Text is "der" or "die" or "das" or "den");
        }

        return verb;
    }

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

    // The prospect's own say in other words than a share's ("ich rede mit", "I have input"): read as a say only where the
    // last word is denied in the same message, as alone it may be advice or a share.
    private static readonly string[][] OwnSay = Phrases.Of(
        "ich rede mit", "ich red mit", "rede da mit", "red da mit", "rede auch mit", "rede mit", "darf mitreden", "kann mitreden",
        "mitzureden", "ich habe input", "ich hab input", "habe input", "hab input", "ich gebe input", "ich geb input", "i have input",
        "i have some input", "i give input", "i provide input", "i weigh in", "i get to weigh in", "i have a voice", "i have some say",
        "i get some say");

    /// <summary>Whether the prospect's side negotiates ("wir verhandeln", "I negotiate the contract").</summary>
    private static bool Negotiates(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!folded[i].Text.StartsWith("verhandel", StringComparison.Ordinal) && !folded[i].Text.StartsWith("verhandl", StringComparison.Ordinal) &&
                !folded[i].Text.StartsWith("negotiat", StringComparison.Ordinal))
            {
                continue;
            }

            for (var k = Math.Max(0, i - 2); k <= Math.Min(folded.Count - 1, i + 1); k++)
            {
                if (folded[k].Text is "wir" or "ich" or "we" or "i" or "i'll" or "we'll" or "uns")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Those who run a firm together, in the plural ("one of the two owners", "einer der Geschäftsführer"); partners are left
    // out, as writers confirm "one of four partners" (a partner may have no say in a purchase).
    private static readonly HashSet<string> DecidersTogether = new(StringComparer.Ordinal)
    {
        "owners", "co-owners", "founders", "cofounders", "co-founders", "directors", "principals", "shareholders",
        "geschaeftsfuehrer", "geschaeftsfuehrern", "geschaeftsfuehrerinnen", "inhaber", "inhabern", "inhaberinnen", "gesellschafter",
        "gesellschaftern", "gruender", "gruendern", "vorstaende", "vorstaenden", "teilhaber", "teilhabern",
    };

    /// <summary>"one of 2 owners", "I'm one of the managing directors", "ich bin einer der Geschäftsführer": the prospect is one
    /// of those who run the firm together, a decision taken with the others.</summary>
    private static bool OneOfTheDeciders(FoldedText folded)
    {
        for (var i = 0; i + 2 < folded.Count; i++)
        {
            if (!(folded[i].Text == "one" && folded[i + 1].Text == "of" ||
                  folded[i].Text is "einer" or "eine" && folded[i + 1].Text is "der" or "von" or "unserer" or "unseren"))
            {
                continue;
            }

            var k = i + 2;
            while (k < folded.Count && k <= i + 4 && !folded[k].AfterBreak &&
                   (folded[k].IsNumber || folded[k].Text is "the" or "our" or "den" or "zwei" or "drei" or "vier" or "two" or "three" or "four" or
                       "managing" or "joint" or "beiden" or "both"))
            {
                k++;
            }

            // the prospect is the one ("I'm one of …", or the words alone); "one of our partners decides" is someone else
            var self = i > 0 && folded[i - 1].Text is "i'm" or "im" or "am" or "bin" or "als" or "as" or "being";
            var alone = i == 0 && (k + 1 == folded.Count || folded[k + 1].AfterBreak);
            if (k < folded.Count && !folded[k].AfterBreak && DecidersTogether.Contains(folded[k].Text) && (self || alone))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"wir sind 3 Geschäftsführer, ich bin einer davon", "we're two owners": the prospect counts themselves
    /// among several who run the firm, a decision taken with the others.</summary>
    private static bool SeveralDecidersWe(FoldedText folded)
    {
        for (var i = 0; i + 2 < folded.Count; i++)
        {
            var we = folded[i].Text is "wir" or "we're" or "were" && (folded[i].Text != "wir" || folded[i + 1].Text == "sind") ||
                     folded[i].Text == "we" && folded[i + 1].Text == "are";
            var k = folded[i].Text is "we're" or "were" ? i + 1 : i + 2;
            if (!we || k + 1 >= folded.Count || !(folded[k].IsNumber || folded[k].Text is "zwei" or "drei" or "vier" or "two" or "three" or "four"))
            {
                continue;
            }

            if (DecidersTogether.Contains(folded[k + 1].Text) || folded[k + 1].Text is "managing" && k + 2 < folded.Count && folded[k + 2].Text == "directors")
            {
                // ("wir sind zwei Inhaber, aber ich entscheide das allein": the prospect's own claim is theirs)
                return !folded.Words.Any(x => CommonWords.Negations.Contains(x.Text) || x.Text is "allein" or "alleine" or "alone") &&
                       !folded.Contains(SelfDecides);
            }
        }

        return false;
    }

    private static readonly string[][] Veto = Phrases.Of(
        "ohne mein ok", "ohne mein okay", "ohne meine zustimmung", "ohne mein go", "ohne mein einverstaendnis", "nicht ohne mich",
        "ohne mich laeuft", "ohne mich geht", "vetorecht", "veto", "without my ok", "without my okay", "without my approval",
        "without my sign off", "without my sign-off", "without my go", "not without me", "nothing happens without me");

    private static readonly string[][] Vote = Phrases.Of(
        "we vote", "vote as a board", "vote on it", "votes on it", "i'm one of", "im one of", "i am one of", "wir stimmen",
        "stimmen ab", "stimmen darueber ab", "abstimmung im", "ich bin einer von", "ich bin eine von", "einer von", "eine von",
        "mehrheitsentscheidung", "majority vote",
        // "ich bin Geschäftsführer und hab dort eine Stimme", "I have a vote on the board": a vote of the prospect's own in
        // the body that decides
        "hab dort eine stimme", "habe dort eine stimme", "hab da eine stimme", "habe da eine stimme", "hab eine stimme",
        "habe eine stimme", "ich habe eine stimme", "hab auch eine stimme", "habe auch eine stimme", "bin stimmberechtigt",
        "ich bin stimmberechtigt", "i have a vote", "i've got a vote", "i get a vote", "i have one vote", "i have a seat and a vote");

    private static readonly string[][] NotMyCall = Phrases.Of(
        "not my call", "not my decision", "isn't my call", "isnt my call", "isn't my decision", "not up to me", "isn't up to me",
        "i don't get to decide", "i dont get to decide", "nicht meine entscheidung", "liegt nicht bei mir", "entscheide nicht ich",
        "nicht ich entscheide", "nicht ich entscheiden", "entscheiden tu ich nicht", "hab nicht das letzte wort",
        "habe nicht das letzte wort", "don't have the final say", "dont have the final say", "don't have final say",
        "letzte wort hab ich nicht", "letzte wort habe ich nicht", "don't have the last word", "dont have the last word");

    /// <summary>Whether a phrase stands within one clause ("Ich bin es nicht, ich entscheide …" holds no "nicht ich
    /// entscheide": the comma parts the words).</summary>
    private static bool InOneClause(FoldedText folded, string[][] phrases)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            foreach (var p in phrases)
            {
                if (folded.MatchesAt(i, p))
                {
                    var whole = true;
                    for (var k = 1; k < p.Length; k++)
                    {
                        whole &= !folded[i + k].AfterBreak;
                    }

                    if (whole)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The deciding role below the top one: decided together ("Ich entscheide mit anderen"); -1 when the
    /// policy has none.</summary>
    internal static int SharedDecider(IReadOnlyList<AnswerChoice> choices)
    {
        var top = TopDecider(choices);
        var found = -1;
        for (var i = 0; i < choices.Count; i++)
        {
            if (i != top && choices[i].DecisionMaker && (found < 0 || choices[i].Points > choices[found].Points))
            {
                found = i;
            }
        }

        return found;
    }

    private static readonly string[][] SelfIntro = Phrases.Of("ich bin", "bin", "i'm", "i am", "im", "als", "as");

    /// <summary>Whether the answer is nothing but two titles joined ("CEO and co-founder", "Gesellschafter &amp;
    /// Geschäftsführer"), each matched in full, with "I'm"/"ich bin" and articles allowed before.</summary>
    private static bool OnlyTwoTitles(FoldedText folded, (double Score, int Start, int End, bool Approximate) first, (double Score, int Start, int End, bool Approximate) second)
    {
        if (first.Score < 1 || second.Score < 1 || first.Approximate || second.Approximate || first.Start <= second.End && second.Start <= first.End)
        {
            return false;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            var inTitle = i >= first.Start && i <= first.End || i >= second.Start && i <= second.End;
            if (!inTitle && folded[i].Text is not ("and" or "und" or "&" or "+" or "/" or "i'm" or "im" or "i" or "am" or "ich" or "bin" or "the" or "a" or "der" or "die"))
            {
                return false;
            }
        }

        // joined by "and"/"und" or a sign between them, never by a comma or nothing ("Teamleitung, Budget liegt bei mir")
        var (left, right) = first.Start < second.Start ? (first, second) : (second, first);
        var between = folded.Original[folded[left.End].End..folded[right.Start].Start];
        return !folded.HasQuestionMark && right.Start - left.End <= 2 &&
               (right.Start - left.End == 2 && folded[left.End + 1].Text is "and" or "und" || right.Start - left.End == 1 && between.IndexOfAny(['&', '+', '/']) >= 0);
    }

    // Words of the size of a matter, small and big, by which a decision is split ("small things I decide, big ones …").
    private static readonly HashSet<string> SmallMatters = new(StringComparer.Ordinal)
    {
        "small", "smaller", "minor", "little", "kleine", "kleinen", "kleinere", "kleineren", "kleines", "kleinigkeiten", "kleinkram",
    };

    private static readonly HashSet<string> BigMatters = new(StringComparer.Ordinal)
    {
        "big", "bigger", "large", "larger", "major", "grosse", "grossen", "groessere", "groesseren", "grosses", "groesser",
    };

    /// <summary>Whether the answer splits the decision by the size of the matter: a word of small ones and one of big
    /// ones.</summary>
    private static bool SplitBySize(FoldedText folded) =>
        folded.Words.Any(w => SmallMatters.Contains(w.Text)) && folded.Words.Any(w => BigMatters.Contains(w.Text));

    private static readonly string[][] SelfDecides = Phrases.Of(
        "i have final say", "i have the final say", "i have the last word", "final say is mine", "final call is mine",
        "i make the call", "i make the decision", "i decide", "ich entscheide", "ich habe das letzte wort", "it's my call",
        "its my call", "it is my call",
        "das letzte wort habe ich", "ich treffe die entscheidung", "entscheide ich", "ich hab das letzte wort",
        "hab ich das letzte wort", "habe ich das letzte wort", "das letzte wort hab ich", "i call the shots",
        // "I'm the one who decides", "ich bin diejenige, die entscheidet": the relative clause is said of the prospect
        "i'm the one who decides", "i am the one who decides", "im the one who decides", "i'm the one that decides",
        "i am the one that decides", "i'm the one deciding", "i'm the one who makes the call", "i am the one who makes the call",
        "i'm the one making the call", "i'm the one who makes the decision", "ich bin derjenige der entscheidet",
        "ich bin diejenige die entscheidet", "ich bin die die entscheidet", "ich bin der der entscheidet",
        "bin derjenige der entscheidet", "bin diejenige die entscheidet", "bin derjenige der das entscheidet",
        "bin diejenige die das entscheidet", "bin die die das entscheidet", "bin der der das entscheidet",
        // "Entscheiden tu ich, aber …": the verb put first for weight, said of the prospect
        "entscheiden tu ich", "entscheiden tue ich");

    // Advice and nothing more ("ich geb nur input", "I just give input").
    private static readonly string[][] MereInput = Phrases.Of(
        "nur input", "nur meinen input", "nur beratend", "only input", "just input", "just give input", "only give input",
        "just provide input", "just my input", "only advise", "just advise", "just advising",
        // "ich schau mir das technisch an und geb dann Feedback": feedback or an assessment the prospect gives (German
        // "geb"/"gebe" are the first person) is input to someone else's decision
        "geb feedback", "gebe feedback", "geb dann feedback", "gebe dann feedback", "geb mein feedback", "gebe mein feedback",
        "geb dann mein feedback", "gebe dann mein feedback", "geb meine einschaetzung", "gebe meine einschaetzung",
        "geb dann meine einschaetzung", "gebe dann meine einschaetzung", "i give feedback", "i'll give feedback",
        "i give my feedback", "i'll give my feedback", "then give feedback", "then give my feedback", "i give my assessment",
        "i'll give my assessment", "then give my assessment");

    // A husband or wife, who in a family business is as often the prospect's fellow owner as the one above them.
    private static readonly HashSet<string> Spouses = new(StringComparer.Ordinal)
    {
        "wife", "husband", "spouse", "missus", "missis", "hubby", "frau", "mann", "ehefrau", "ehemann", "gattin", "gatte",
    };

    /// <summary>"my wife has the final say", "mein Mann entscheidet": the prospect's own husband or wife named (a
    /// possessive before the word, so "Frau Kurz" is a name and "the man" no one's).</summary>
    private static bool NamesSpouse(FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (Spouses.Contains(folded[i].Text) && !folded[i].AfterBreak &&
                (folded[i - 1].Text is "my" or "mein" or "meine" or "meinem" or "meiner" or "meinen" ||
                 folded[i - 1].Text == "the" && folded[i].Text is "wife" or "missus" or "missis"))
            {
                return true;
            }
        }

        return false;
    }

    // Relatives and others whose business the prospect may work in ("the wife's business", "Firma meines Vaters").
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal)
    {
        "wife", "husband", "dad", "father", "mum", "mom", "mother", "parents", "brother", "sister", "uncle", "aunt", "son",
        "daughter", "frau", "mann", "vater", "vaters", "papa", "papas", "mutter", "mama", "eltern", "bruder", "bruders",
        "schwester", "onkel", "onkels", "tante", "sohn", "sohnes", "tochter",
    };

    private static readonly HashSet<string> BusinessWords = new(StringComparer.Ordinal)
    {
        "business", "company", "firm", "shop", "store", "salon", "practice", "firma", "betrieb", "laden", "geschaeft", "praxis",
        "unternehmen",
    };

    /// <summary>"it's the wife's business really", "das ist die Firma meines Vaters", "der Laden gehört meiner Frau": the
    /// business is named a relative's, so its owner decides, not the prospect.</summary>
    private static bool OthersBusiness(FoldedText folded)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            var t = folded[i].Text;
            var owner = t.EndsWith("'s", StringComparison.Ordinal) ? t[..^2] : t.EndsWith('s') ? t[..^1] : null;
            if (owner is not null && Relatives.Contains(owner) && BusinessWords.Contains(folded[i + 1].Text))
            {
                return true;
            }

            if (Relatives.Contains(t) && i > 0 && OthersPossessives.Contains(folded[i - 1].Text) && RunsTheBusiness(folded, i) &&
                !(i > 1 && folded[i - 2].Text is "und" or "and" or "mit" or "with" or "zusammen") &&
                !(i + 2 < folded.Count && folded[i + 1].Text is "und" or "and" && folded[i + 2].Text is "ich" or "i" or "me"))
            {
                // "my dad owns the shop, I run the IT side", "mein Vater ist Inhaber, ich mache die IT": a relative named as
                // the one who owns or runs the business is its decider, whatever part of it the prospect runs
                return true;
            }

            if (BusinessWords.Contains(t) && i + 2 < folded.Count && !folded[i + 1].AfterBreak &&
                folded[i + 1].Text is "meiner" or "meines" or "von" or "gehoert" or "belongs" &&
                Enumerable.Range(i + 2, Math.Min(2, folded.Count - i - 2)).Any(k => Relatives.Contains(folded[k].Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of looking or checking something, without a word of research, collecting or looking around.
    private static readonly HashSet<string> CheckingVerbs = new(StringComparer.Ordinal)
    {
        "schaue", "schau", "schaun", "gucke", "guck", "pruefe", "checke", "check", "checking", "looking", "look", "checken",
        "schauen", "gucken", "pruefen",
    };

    // Whom the prospect may look into it for: a boss, an owner or a relative.
    private static readonly HashSet<string> Principals = new(StringComparer.Ordinal)
    {
        "chef", "chefin", "boss", "manager", "vorgesetzten", "vorgesetzte", "gf", "geschaeftsfuehrung", "geschaeftsfuehrer",
        "geschaeftsfuehrerin", "inhaber", "inhaberin", "owner", "owners", "ceo", "director", "direktor", "supervisor",
    };

    /// <summary>"Ich schaue für Chef", "I'm checking for my boss", "looking into it for the owner": a verb of looking or
    /// checking and, later in its clause, "für"/"for" and whom it is done for (a boss, an owner, a relative), with no
    /// word of looking around ("schau mich um", "look around") that says the gathering itself.</summary>
    private static bool LooksOnBehalf(FoldedText folded)
    {
        if (folded.Words.Any(w => w.Text is "um" or "around" or "umschauen" or "umsehen"))
        {
            return false;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            if (!CheckingVerbs.Contains(folded[i].Text))
            {
                continue;
            }

            for (var k = i + 1; k + 1 < folded.Count && k <= i + 4 && !folded[k].AfterBreak; k++)
            {
                if (folded[k].Text is not ("fuer" or "for"))
                {
                    // ("looking into lead scoring for my manager": a topic named is research, which says the gathering)
                    if (folded[k].Text is not ("it" or "this" or "that" or "das" or "es" or "mal" or "nur" or "just" or "into" or "da" or "kurz" or "quickly"))
                    {
                        break;
                    }

                    continue;
                }

                var who = k + 1 < folded.Count && (OthersPossessives.Contains(folded[k + 1].Text) || folded[k + 1].Text is "the" or "den" or "die" or "meinen") ? k + 2 : k + 1;
                return who < folded.Count && !folded[who].AfterBreak && (Principals.Contains(folded[who].Text) || Relatives.Contains(folded[who].Text));
            }
        }

        return false;
    }

    private static readonly HashSet<string> OwningVerbs = new(StringComparer.Ordinal)
    {
        "owns", "runs", "besitzt", "fuehrt", "leitet",
    };

    private static readonly HashSet<string> OwnersTitles = new(StringComparer.Ordinal)
    {
        "owner", "boss", "ceo", "founder", "inhaber", "inhaberin", "chef", "chefin", "geschaeftsfuehrer", "geschaeftsfuehrerin",
        "besitzer", "besitzerin", "eigentuemer", "eigentuemerin", "gf",
    };

    /// <summary>Whether the person at <paramref name="at"/> is said to own or run the business: a verb of owning or running
    /// right after them ("my dad owns …", "meine Mutter führt …"), or "is"/"ist" and an owner's title within two words
    /// ("mein Vater ist Inhaber", "my mom is the owner").</summary>
    private static bool RunsTheBusiness(FoldedText folded, int at)
    {
        if (at + 1 >= folded.Count || folded[at + 1].AfterBreak)
        {
            return false;
        }

        if (OwningVerbs.Contains(folded[at + 1].Text))
        {
            // what is owned is the business; what is run or led must be named so, not a side of it ("my wife runs the
            // finance side" is her part in it)
            return (folded[at + 1].Text is "owns" or "besitzt" || Enumerable.Range(at + 2, Math.Min(3, folded.Count - at - 2)).Any(k => !folded[k].AfterBreak &&
                (BusinessWords.Contains(folded[k].Text) || folded[k].Text is "place" or "it" or "everything" or "alles"))) &&
                !Enumerable.Range(at + 2, Math.Min(4, folded.Count - at - 2)).Any(k => folded[k].Text is "side" or "part" or "seite" or "teil" or "finance" or "finanzen" or "books");
        }

        return folded[at + 1].Text is "is" or "ist" &&
               Enumerable.Range(at + 2, Math.Min(2, folded.Count - at - 2)).Any(k => !folded[k].AfterBreak && OwnersTitles.Contains(folded[k].Text));
    }

    // Words of gathering information or exploring, which say how far the prospect is rather than what they need.
    private static readonly HashSet<string> GatheringWords = new(StringComparer.Ordinal)
    {
        "gathering", "gather", "info", "infos", "information", "informationen", "explore", "exploring", "research", "researching",
        "recherche", "recherchieren", "sammle", "sammeln",
    };

    private static readonly HashSet<string> RhetoricalWords = new(StringComparer.Ordinal)
    {
        "wer", "denn", "sonst", "who", "else", "na", "ja", "lol", "haha", "halt", "eh", "obviously", "natuerlich", "would",
        "sollte", "soll",
        // "Who else would decide?", "wer sonst entscheidet das?": the question's own verb turned back with it
        "decide", "entscheiden", "entscheidet", "das",
    };

    /// <summary>Whether the answer opens with "wer sonst", "who else would (decide)?" as its whole first question: the
    /// question who decides turned back ("Who else would decide? It's my agency.").</summary>
    internal static bool AnswersWithSelf(string text) =>
        RhetoricalSelf(FoldedText.Of(text.IndexOf('?', StringComparison.Ordinal) is > 0 and var mark ? text[..mark] : text));

    /// <summary>"wer sonst", "wer denn sonst", "who else?": the question who decides turned back at the asker.</summary>
    private static bool RhetoricalSelf(FoldedText folded) =>
        folded.Count <= 5 && folded.Words.All(w => RhetoricalWords.Contains(w.Text)) &&
        (folded.ContainsWord("wer") && folded.ContainsWord("sonst") || folded.ContainsWord("who") && folded.ContainsWord("else"));

    private static readonly HashSet<string> OthersPossessives = new(StringComparer.Ordinal)
    {
        "unser", "unsere", "unserem", "unseren", "unserer", "unsrem", "mein", "meine", "meinem", "meinen", "meiner", "my", "our",
    };

    /// <summary>Whether a deciding role's title belongs to someone else: "unser Geschäftsführer", "our CEO" (not "my own
    /// company", and not "zusammen mit unserem GF", which is a decision taken together).</summary>
    private static bool NamesSomeoneElse(FoldedText folded, string[] stems, Compiled compiled, IReadOnlyList<AnswerChoice> choices)
    {
        // "mein Kollege und ich entscheiden", "my partner and I decide", "we decide": the prospect is one of the deciders
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (w is "wir" or "we" or "zusammen" or "gemeinsam" or "together" or "jointly" or "mit" or "with" ||
                (w is "ich" or "i" or "me" && ((i > 0 && folded[i - 1].Text is "und" or "and") || (i + 1 < folded.Count && folded[i + 1].Text is "und" or "and"))))
            {
                return false;
            }
        }

        // an article alone ("the owner", "die Geschäftsführung") is how many write their own role: only with a verb that
        // gives the decision to that person ("das muss die GF freigeben", "the CEO decides")
        var speakerHasTitle = folded.Contains(SelfIntro) || !HasDecisionVerb(folded);
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            // "das muss die GF freigeben": an article before a title points at someone else, unless the prospect says
            // who they are ("ich bin der GF")
            var article = folded[i].Text is "der" or "die" or "den" or "dem" or "des" or "the" && !speakerHasTitle;
            if (!(OthersPossessives.Contains(folded[i].Text) || article) || folded[i + 1].AfterBreak ||
                (i > 0 && folded[i - 1].Text is "mit" or "with" or "zusammen" or "gemeinsam" or "together" or "und" or "and" or "sowie" or "als" or "as"))
            {
                continue;
            }

            var next = folded[i + 1];
            if (next.Text is "firma" or "company" or "own" or "eigene" or "eigenen" or "business" or "unternehmen" or "entscheidung" or "decision")
            {
                continue;
            }

            foreach (var phrase in compiled.Phrases)
            {
                if (choices[phrase.Choice].DecisionMaker && phrase.Words.Length == 1 &&
                    WordMatch.Compare(next.Text, stems[i + 1], phrase.Words[0], phrase.Stems[0]) is WordMatch.Kind.Exact or WordMatch.Kind.Compound)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> says the prospect decides with someone whose title decides alone ("ich
    /// entscheide mit unserem CTO"), the shared role confirmed; beside other answers it is kept like a bare title.</summary>
    internal static bool DecidesWithSoleDecider(string text, IReadOnlyList<AnswerChoice> choices)
    {
        var folded = FoldedText.Of(text);
        var top = TopDecider(choices);
        if (top < 0 || folded.Contains(Together))
        {
            return false;
        }

        var stems = folded.Words.Select(w => WordMatch.Stem(w.Text)).ToArray();
        return DecidesWithSoleDecider(folded, stems, Cache.GetValue(choices, Compile), top);
    }

    /// <summary>A verb of the prospect's deciding right before "mit"/"with" and a title that decides alone within the next
    /// three words of its clause ("entscheide ich mit dem CFO", "ich entscheide mit unserem CEO").</summary>
    private static bool DecidesWithSoleDecider(FoldedText folded, string[] stems, Compiled compiled, int soleTitle)
    {
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is not ("mit" or "with") || folded[i].AfterBreak || folded[i + 1].AfterBreak)
            {
                continue;
            }

            // the verb is the prospect's: "entscheide", "decide" beside "ich"/"I" ("entscheide ich mit", "I decide with")
            var verbAt = folded[i - 1].Text is "ich" or "i" && i >= 2 ? i - 2 : i - 1;
            var verb = folded[verbAt].Text;
            var own = verb is "entscheide" or "entscheid" or "decide" &&
                (folded[i - 1].Text is "ich" or "i" || verbAt > 0 && folded[verbAt - 1].Text is "ich" or "i");
            if (!own)
            {
                continue;
            }

            for (var k = i + 1; k < folded.Count && k <= i + 3 && !folded[k].AfterBreak; k++)
            {
                // ("with my co-founder": a co-founder's title is shared, not a sole decider's)
                if (folded[k - 1].Text is not ("co" or "vice" or "deputy" or "stellvertretender" or "stellvertretenden" or "stellv") &&
                    compiled.Phrases.Any(ph => ph.Choice == soleTitle && ph.Words.Length == 1 && Match(folded, stems, ph, k) is { Score: >= 1 }))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"both, I recommend and then decide …", "kinda both – ich empfehle, entscheide dann aber mit": the answer opens
    /// with "both" as a clause of its own, and a word of deciding follows that no negation turns down.</summary>
    private static bool BothThenDeciding(FoldedText folded)
    {
        var k = 0;
        while (k < folded.Count && !folded[k].AfterBreak && folded[k].Text is "kinda" or "kind" or "of" or "a" or "bit" or "well" or "so" or "eigentlich" or "irgendwie" or "also" or "naja")
        {
            k++;
        }

        if (k >= folded.Count || folded[k].Text is not ("both" or "beides") || k + 1 >= folded.Count ||
            !folded[k + 1].AfterBreak && folded[k + 1].Text is not ("irgendwie" or "eigentlich" or "really" or "actually" or "ein" or "bisschen"))
        {
            return false;
        }

        for (var i = k + 1; i < folded.Count; i++)
        {
            if (IsDecidingStem(folded[i].Text) && !IsNegated(folded, i, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the stems of deciding ("entscheidet", "decides", "decision").</summary>
    private static bool IsDecidingStem(string word) =>
        word.StartsWith("entscheid", StringComparison.Ordinal) || word.StartsWith("decid", StringComparison.Ordinal) ||
        word.StartsWith("decision", StringComparison.Ordinal);

    /// <summary>A word by which the writer names themselves or their side ("ich", "me", "wir", "us").</summary>
    private static bool IsSelfWord(string word) => SingularSelf.Contains(word) || word is "wir" or "we" or "uns" or "us";

    private static bool HasDecisionVerb(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            if (IsDecidingStem(w.Text) ||
                w.Text is "trifft" or "makes" or "call" or "say" or "sagt" or "signs" or "unterschreibt" or "genehmigt" or "approves" or "freigeben" or "gibt" or "freigabe")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Geschäftsführer ist mein Vater", "CEO is my dad": the title is the subject of a sentence about someone.</summary>
    private static bool TitleIsSubject(FoldedText folded, int end) =>
        end + 1 < folded.Count && !folded[end + 1].AfterBreak && folded[end + 1].Text is "ist" or "is" or "war" or "was" or "sind" or "are";

    /// <summary>"mein Geschäftsführer und ich", "our CEO and me": someone else's title, with the prospect beside them.</summary>
    private static bool OthersTitleWithMe(FoldedText folded, string[] stems, Compiled compiled, IReadOnlyList<AnswerChoice> choices)
    {
        var withMe = false;
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Text is "ich" or "i" or "me" && ((i > 0 && folded[i - 1].Text is "und" or "and") || (i + 1 < folded.Count && folded[i + 1].Text is "und" or "and") ||
                (i + 1 < folded.Count && JoinedBySign(folded, i) && !folded.Contains(Together))))
            {
                withMe = true;
            }
        }

        // "me and the CFO": beside the prospect an article points at someone else's title as a possessive does
        return withMe && PossessiveTitle(folded, stems, compiled, choices, articles: true);
    }

    /// <summary>"me + our CTO", "ich &amp; mein Chef": a plus or an ampersand between the prospect and the next word.</summary>
    private static bool JoinedBySign(FoldedText folded, int i)
    {
        var gap = folded.Original.AsSpan(folded[i].End, folded[i + 1].Start - folded[i].End).Trim();
        return gap is "+" or "&";
    }

    private static bool PossessiveTitle(FoldedText folded, string[] stems, Compiled compiled, IReadOnlyList<AnswerChoice> choices, bool articles = false)
    {
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            if (!(OthersPossessives.Contains(folded[i].Text) || articles && folded[i].Text is "the" or "der" or "dem" or "den" or "die") || folded[i + 1].AfterBreak)
            {
                continue;
            }

            foreach (var phrase in compiled.Phrases)
            {
                if (choices[phrase.Choice].DecisionMaker && phrase.Words.Length == 1 &&
                    WordMatch.Compare(folded[i + 1].Text, stems[i + 1], phrase.Words[0], phrase.Stems[0]) is WordMatch.Kind.Exact or WordMatch.Kind.Compound)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words that join a prospect's own first step to the next one ("… and will probably recommend", "… und dann").
    private static readonly HashSet<string> NextStepWords = new(StringComparer.Ordinal)
    {
        "and", "then", "will", "i'll", "i", "probably", "later", "afterwards", "eventually", "maybe", "und", "dann", "danach",
        "anschliessend", "ich", "werde", "wahrscheinlich", "wohl", "spaeter", "info", "infos", "information", "informationen",
        "options", "optionen", "first", "erst", "mal", "erstmal", "angebote", "quotes", "offers",
    };

    /// <summary>Whether the second match follows the first as the prospect's own next step: only joining words between
    /// them, one of them "and"/"then"/"und"/"dann", in one clause.</summary>
    private static bool NextStep(FoldedText folded, int firstEnd, int secondStart)
    {
        if (secondStart <= firstEnd + 1)
        {
            return false;
        }

        var joined = false;
        for (var i = firstEnd + 1; i < secondStart; i++)
        {
            if (folded[i].AfterBreak || !NextStepWords.Contains(folded[i].Text))
            {
                return false;
            }

            joined |= folded[i].Text is "and" or "then" or "und" or "dann" or "danach";
        }

        // "… and my boss decides" names someone else's part, not the prospect's next step
        return joined && !folded[secondStart].AfterBreak &&
               folded[secondStart].Text is not ("my" or "our" or "the" or "mein" or "meine" or "unser" or "unsere" or "der" or "die" or "das");
    }

    /// <summary>The non-deciding role with the most points among those matched (the winner when it is the only one).</summary>
    private static int Widest((double Score, int Start, int End, bool Approximate)[] best, IReadOnlyList<AnswerChoice> choices, int winner)
    {
        var found = winner;
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score >= 1 && !best[c].Approximate && !choices[c].DecisionMaker && choices[c].Points > choices[found].Points)
            {
                found = c;
            }
        }

        return found;
    }

    /// <summary>The non-deciding role with the fewest points among those matched (the winner when it is the only one).</summary>
    private static int Narrowest((double Score, int Start, int End, bool Approximate)[] best, IReadOnlyList<AnswerChoice> choices, int winner)
    {
        var found = winner;
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score >= 1 && !best[c].Approximate && !choices[c].DecisionMaker && choices[c].Points < choices[found].Points)
            {
                found = c;
            }
        }

        return found;
    }

    private static bool MatchesDecider((double Score, int Start, int End, bool Approximate)[] best, IReadOnlyList<AnswerChoice> choices)
    {
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score > 0 && choices[c].DecisionMaker)
            {
                return true;
            }
        }

        return false;
    }

    // The offered options turned down as a whole, without a need of the writer's own ("none of these", "nichts davon").
    private static readonly string[][] RejectsOptions = Phrases.Of(
        "none of these", "none of those", "none of them", "none of the above", "neither of these", "nichts davon",
        "keins davon", "keine davon", "keiner davon", "nichts von dem", "nichts von denen", "nix davon");

    // An errand the prospect states as their own ("ich soll …", "I'm supposed to …", "I was asked to …").
    private static readonly string[][] OwnErrand = Phrases.Of(
        "ich soll", "i'm supposed to", "im supposed to", "i am supposed to", "i was asked to", "i've been asked to",
        "ive been asked to", "i'm meant to", "i am meant to");

    private static readonly string[][] ToldTo = Phrases.Of(
        "hat gesagt", "hat mich gebeten", "soll mir", "soll ich", "sollte mir", "told me", "asked me", "wants me to",
        "want me to", "sent me", "hat mich geschickt");

    // Someone else's approval or signature said as a fact ("der CFO unterschreibt", "die Freigabe macht der GF").
    private static readonly string[][] ApprovalFacts = Phrases.Of(
        "signs", "signs off", "sign off from", "signoff from", "unterschreibt", "unterschreiben die", "gibt frei", "genehmigt",
        "approves", "freigabe macht", "macht die freigabe", "freigabe liegt bei", "freigabe kommt von", "gibt das budget frei",
        "segnet ab", "signs the contract", "signs the checks", "holds the budget", "hat das budget");

    /// <summary>Whether someone other than the prospect approves or signs: as something needed ("das Budget muss der CFO
    /// freigeben") or as a fact ("our CFO signs"); a look over it ("drüberschauen") is no approval.</summary>
    private static bool OthersApprove(FoldedText folded) => ApprovalByOthers(folded, reviewCounts: false) || folded.Contains(ApprovalFacts);

    /// <summary>"Founder, but the board needs to sign off too": the prospect's deciding title (first in the answer, not
    /// negated) beside an approval still needed from someone else stays the title's role, and "too"/"auch" makes it one
    /// decision of two (the shared role); the role to confirm, or -1.</summary>
    private static int TitleBesideApproval(FoldedText folded, string[] stems, Compiled compiled, IReadOnlyList<AnswerChoice> choices)
    {
        if (!ApprovalByOthers(folded, reviewCounts: false, agreeCounts: true) || folded.Contains(SelfDecides))
        {
            return -1;
        }

        // the title opens the answer, alone or after "I'm"/"ich bin"
        var at = folded.Count > 2 && folded[0].Text is "ich" or "i" && folded[1].Text is "bin" or "am" ? 2
            : folded.Count > 1 && folded[0].Text is "i'm" or "im" or "bin" ? 1 : 0;
        if (at + 1 < folded.Count && folded[at].Text is "the" or "der" or "die" or "a" or "an")
        {
            at++;
        }

        var title = -1;
        foreach (var phrase in compiled.Phrases)
        {
            if (choices[phrase.Choice].DecisionMaker && phrase.Words.Length == 1 && Match(folded, stems, phrase, at) is { Score: >= 1, End: var end } &&
                end == at && (title < 0 || choices[phrase.Choice].Points > choices[title].Points))
            {
                title = phrase.Choice;
            }
        }

        // ("Der Vorstand muss zustimmen, ich schlage vor": the title is the subject of the approval, someone else's)
        if (title < 0 || at + 1 < folded.Count && (MustWords.Contains(folded[at + 1].Text) || folded[at + 1].Text == "has"))
        {
            return -1;
        }

        return folded.Words.Any(x => x.Text is "too" or "also" or "auch" or "ebenfalls") && SharedDecider(choices) is >= 0 and var both ? both : title;
    }

    private static bool ApprovalByOthers(FoldedText folded, bool reviewCounts = true, bool agreeCounts = false)
    {
        var must = false;
        var approve = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            // someone else must ("der Beirat muss zustimmen"), not the prospect ("ich muss das freigeben")
            var mine = (i > 0 && folded[i - 1].Text is "ich" or "i") || (i + 1 < folded.Count && folded[i + 1].Text is "ich" or "i");
            // ("need CFO approval": "need" before the one who approves and the approval)
            must |= !mine && (MustWords.Contains(w) || w == "should" || (w is "has" or "have" && i + 1 < folded.Count && folded[i + 1].Text == "to") ||
                              w == "need" && i + 2 < folded.Count && folded[i + 2].Text.StartsWith("approv", StringComparison.Ordinal) ||
                              // "our investors need to sign off": the plural's "need to"
                              w == "need" && i > 0 && folded[i - 1].Text is not ("we" or "you") && i + 1 < folded.Count && folded[i + 1].Text == "to");
            // "wobei der Steuerberater noch drüberschauen soll": someone else's review counts like an approval
            approve |= w.StartsWith("zustimm", StringComparison.Ordinal) || w.StartsWith("freigeb", StringComparison.Ordinal) ||
                       w.StartsWith("genehmig", StringComparison.Ordinal) || w.StartsWith("approv", StringComparison.Ordinal) ||
                       w.StartsWith("unterschreib", StringComparison.Ordinal) ||
                       reviewCounts && (w.StartsWith("drueber", StringComparison.Ordinal) || w.StartsWith("gegenles", StringComparison.Ordinal) ||
                       w.StartsWith("pruef", StringComparison.Ordinal) || w.StartsWith("review", StringComparison.Ordinal) || w == "look") ||
                       w is "absegnen" or "abnicken" or "zustimmung" or "sign" ||
                       // "CEO, but my partner has to agree too": beside the prospect's title (not "both of us have to agree")
                       agreeCounts && w is "agree" or "einverstanden";
        }

        return must && approve;
    }

    private static readonly string[][] AllOfThem = Phrases.Of(
        "beides", "alles davon", "alle drei", "alle vier", "alles zusammen", "von allem etwas", "both", "all of the above",
        "all of them", "all three", "all four", "everything", "a bit of everything");

    private static readonly HashSet<string> SelfWords = new(StringComparer.Ordinal)
    {
        "ich", "i", "me", "myself", "selbst", "do", "ja", "yes", "hier", "here", "allein", "alleine", "alone", "das", "that", "would", "be",
        "halt", "lol", "natuerlich", "obviously", "of", "course", "wer", "sonst", "who", "else", "letztendlich", "letztlich",
        "am", "ende", "ultimately", "in", "the", "end", "na", "naja", "tja", "well", "just", "only", "nur",
        // "100% me", "definitely me": a word of certainty says nothing more
        "100", "definitely", "absolutely", "totally", "definitiv", "absolut", "eindeutig",
        // "eh ich": the Austrian "eh" is "anyway, of course"; "eigentlich ich" weighs the answer (below)
        "eh", "eigentlich", "actually", "basically", "wohl",
    };

    // Words that weigh the prospect's "ich" without saying more ("eigentlich ich", "actually me"): confirmed.
    private static readonly HashSet<string> WeighingSelfWords = new(StringComparer.Ordinal)
    {
        "eigentlich", "actually", "basically", "wohl",
    };

    /// <summary>"letztendlich ich, aber die Buchhaltung redet mit", "in the end me, but my partner has a say": the prospect
    /// alone before "aber"/"but", then someone else who has a say.</summary>
    private static bool SelfThenOthersSay(string text, FoldedText folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i].Text is "aber" or "but" or "wobei" or "though" or "allerdings" or "however")
            {
                return IsOnlySelf(FoldedText.Of(text[..folded[i].Start])) && OtherHasASay(folded, i - 1);
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

    /// <summary>A clause in which the prospect says what they do themselves ("ich schreibe das Lastenheft", "I lead the
    /// team", "bin Bauleiter"), with no negation and no word of deciding in it ("I'm not the one who decides" is none).</summary>
    private static bool OwnTaskBeside(string text, FoldedText folded)
    {
        if (folded.Words.Any(w => w.Text is "schlage" or "schlag" or "suggest" || Array.Exists(AdvisingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))))
        {
            // "…, ich bin wissenschaftlicher Mitarbeiter und schlage vor": a word of advising is the role, as said
            return false;
        }

        var starts = ClauseStarts(text, folded, ",.;:–—()");
        starts.Add(folded.Count);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            var clause = Enumerable.Range(starts[c], starts[c + 1] - starts[c]).Select(i => folded[i].Text).ToList();
            if (clause.Any(t => t is "ich" or "i" or "i'm" or "i'll" or "bin") &&
                !clause.Any(t => CommonWords.Negations.Contains(t) || t.StartsWith("entscheid", StringComparison.Ordinal) ||
                                 t.StartsWith("decid", StringComparison.Ordinal) || t.StartsWith("decision", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>A match of passing something on ("leite das weiter", "pass it on") with "nur"/"just"/"only" inside it or
    /// right before it, in its clause.</summary>
    private static bool OnlyPassesOn(FoldedText folded, int start, int end)
    {
        var passing = false;
        var only = false;
        var from = start;
        while (from > 0 && from > start - 2 && !folded[from].AfterBreak)
        {
            from--;
        }

        for (var k = from; k <= end && k < folded.Count; k++)
        {
            var t = folded[k].Text;
            passing |= k >= start && (t.StartsWith("weiter", StringComparison.Ordinal) || t is "pass" or "passing" or "forward" or "forwarding");
            only |= t is "nur" or "just" or "only" or "lediglich" or "bloss";
        }

        return passing && only;
    }

    /// <summary>"Seniorpartner, also ja, ich", "I'm the owner, so me": words before a break, then "also"/"so" opening the
    /// last clause, which names the prospect alone; nothing before it says someone else decides, approves or shares.</summary>
    private static bool TitleThenSelf(string text, FoldedText folded)
    {
        for (var i = folded.Count - 1; i > 0; i--)
        {
            if (!folded[i].AfterBreak || folded[i].Text is not ("also" or "so" or "sprich" or "ergo"))
            {
                continue;
            }

            var head = FoldedText.Of(text[..folded[i].Start]);
            var tail = FoldedText.Of(text[folded[i].End..]);
            return tail.Count > 0 && IsOnlySelf(tail) && !IsOnlySelf(head) && !head.Contains(OthersDecision) && !ApprovalByOthers(head) &&
                   !head.Contains(Together) && !head.Words.Any(w => CommonWords.Negations.Contains(w.Text) || w.Text is "und" or "and" or "mit" or "with");
        }

        return false;
    }

    /// <summary>"Just me deciding", "only me decides": the prospect alone, a verb of deciding and nothing else.</summary>
    private static bool SelfDeciding(FoldedText folded)
    {
        var (self, verb) = (false, false);
        foreach (var w in folded.Words)
        {
            if (w.Text is "deciding" or "decides" or "decide")
            {
                verb = true;
                continue;
            }

            if (!SelfWords.Contains(w.Text) || w.Text is "wer" or "sonst" or "who" or "else" or "would")
            {
                return false;
            }

            self |= w.Text is "me" or "myself";
        }

        return self && verb && !folded.HasQuestionMark && folded.Count <= 5;
    }

    /// <summary>"ich", "me", "I do", "ich selbst", "letztendlich ich": the prospect names themselves and nothing else.</summary>
    private static bool IsOnlySelf(FoldedText folded)
    {
        var self = false;
        foreach (var w in folded.Words)
        {
            if (!SelfWords.Contains(w.Text))
            {
                return false;
            }

            self |= w.Text is "ich" or "i" or "me" or "myself";
        }

        return self && !folded.HasQuestionMark && folded.Count <= 4;
    }

    // Taking others' views into account ("ich hör auf mein Team", "I listen to my team"): input, no share of the decision.
    private static readonly string[][] TakesInput = Phrases.Of(
        "hoer auf", "hoere auf", "hoer natuerlich auf", "hoere natuerlich auf", "hoer schon auf", "hoere schon auf",
        "hole mir input", "frage mein team", "frag mein team", "listen to", "take input", "get input", "ask my team",
        "consult my team");

    /// <summary>"Letztlich ich, aber ich hör natürlich auf mein Team": the prospect alone in the first clause, then after
    /// "aber"/"but" only whose views they hear; with someone's input the decision stays theirs.</summary>
    private static bool SelfThenInput(FoldedText folded)
    {
        var cut = -1;
        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i].AfterBreak && folded[i].Text is "aber" or "but")
            {
                cut = i;
                break;
            }
        }

        if (cut < 0 || folded.HasQuestionMark || folded.Count - cut > 8)
        {
            return false;
        }

        var self = false;
        for (var i = 0; i < cut; i++)
        {
            if (!SelfWords.Contains(folded[i].Text))
            {
                return false;
            }

            self |= folded[i].Text is "ich" or "i" or "me" or "myself";
        }

        if (!self || cut > 4 || folded.Find(TakesInput, cut) is not { At: >= 0 } input)
        {
            return false;
        }

        // whose views: the prospect's own people ("auf meinen Chef hören" may be a share of the decision)
        for (var k = input.At + input.Length; k < folded.Count && k <= input.At + input.Length + 2; k++)
        {
            if (folded[k].Text is "team" or "teams" or "leute" or "mitarbeiter" or "kollegen" or "people" or "staff" or "employees" or "colleagues" or "crew")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The deciding role worth the most points, or -1.</summary>
    private static readonly HashSet<string> PersonArticles = new(StringComparer.Ordinal)
    {
        "the", "my", "our", "mein", "meine", "meinem", "unser", "unsere", "der", "die",
    };

    private static readonly HashSet<string> TogetherWords = new(StringComparer.Ordinal)
    {
        "together", "jointly", "zusammen", "gemeinsam",
    };

    /// <summary>The whole answer is the prospect and one other person ("me and the CFO", "me + our CTO", "mein Chef und
    /// ich", perhaps with "together"): nothing says who of them has the last word.</summary>
    private static bool ProspectAndOther(FoldedText folded)
    {
        var count = folded.Count;
        while (count > 0 && TogetherWords.Contains(folded[count - 1].Text))
        {
            count--;
        }

        // "both me and our ops director": "both" only says there are two
        var s0 = folded.Count > 0 && folded[0].Text is "both" ? 1 : 0;
        if (count - s0 is < 3 or > 5)
        {
            return false;
        }

        bool Self(int i) => folded[i].Text is "ich" or "i" or "me" or "myself";
        bool Other(int from, int to)
        {
            // "the CFO", "mein Chef", "CTO": someone named by a role, never a bare name ("Anna und ich" may be who "wir" are)
            if (from < to && PersonArticles.Contains(folded[from].Text))
            {
                from++;
            }
            else if (!(to - from == 1 && folded.Original.AsSpan(folded[from].Start, folded[from].End - folded[from].Start).ToString().All(char.IsUpper)))
            {
                return false;
            }

            if (to - from is < 1 or > 2)
            {
                return false;
            }

            for (var i = from; i < to; i++)
            {
                if (Self(i) || folded[i].IsNumber || folded[i].Text is "und" or "and" or "nobody" or "niemand" or "keiner")
                {
                    return false;
                }
            }

            return true;
        }

        // "me and the CFO": the sign stands between the first two words
        if (Self(s0) && (folded[s0 + 1].Text is "und" or "and" && !folded[s0 + 1].AfterBreak || JoinedBySign(folded, s0)))
        {
            return Other(folded[s0 + 1].Text is "und" or "and" ? s0 + 2 : s0 + 1, count);
        }

        // "mein Chef und ich"
        return Self(count - 1) && folded[count - 2].Text is "und" or "and" && Other(s0, count - 2);
    }

    /// <summary>The choice with the fewest points (gathering information, just looking), or -1 when there is none.</summary>
    internal static int Narrowest(IReadOnlyList<AnswerChoice> choices)
    {
        var found = -1;
        for (var i = 0; i < choices.Count; i++)
        {
            if (found < 0 || choices[i].Points < choices[found].Points)
            {
                found = i;
            }
        }

        return found;
    }

    private static int TopDecider(IReadOnlyList<AnswerChoice> choices)
    {
        var found = -1;
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].DecisionMaker && (found < 0 || choices[i].Points > choices[found].Points))
            {
                found = i;
            }
        }

        return found;
    }

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

    private static bool OtherField(FoldedText folded)
    {
        var marketing = false;
        var automation = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i];
            if (OtherFields.Contains(w.Text) && !FirmOfField(folded, i) && !RuledOut(folded, i) && !QuotedJobs(folded, i))
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

    // Words of the field the configured needs cover (enquiries, customers, sales, CRM, looking around). Own words that
    // hold one may be a configured need in words the synonyms lack ("wir bekommen zu wenig Anfragen über die Website"),
    // so they are confirmed; support, service and tickets are another field.
    private static readonly string[] NeedFieldStems =
    [
        "anfrage", "lead", "interessent", "neukunde", "kunden", "kunde", "customer", "client", "prospect", "inquir", "enquir",
        "vertrieb", "verkauf", "verkaeufer", "sales", "angebot", "quote", "quoting", "crm", "salesforce", "hubspot",
        "pipedrive", "informier", "umschau", "umseh", "recherch", "research", "brows", "vergleich", "compar", "akquise",
        "akquis", "acquisition", "pipeline", "deal", "outbound", "sequen", "pricing", "preis", "price", "kosten", "sdr",
        "bdr", "nachfass", "ausschreib", "tender", "offert",
        // "the sending of offers": the quotes a firm sends, as second-language writers call them
        "offers",
    ];

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

    private static bool HasOrdinal(FoldedText folded)
    {
        foreach (var w in folded.Words)
        {
            // ordinals only: "zwei neue Mitarbeiter", "three interns" count people, not options
            if (OrdinalWords.ContainsKey(w.Text) && w.Text is not ("one" or "eins" or "zwei" or "two" or "drei" or "three" or "vier" or
                "four" or "fuenf" or "five" or "sechs" or "six" or "first" or "erste" or "ersten" or "erster" or "erstes" or "last"))
            {
                return true;
            }
        }

        return false;
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

    // People a firm, school or club serves, who may ask it for information
    private static readonly HashSet<string> ServedPeople = new(StringComparer.Ordinal)
    {
        "families", "parents", "people", "customers", "clients", "visitors", "students", "members", "patients", "guests",
        "prospects", "users", "callers", "familien", "eltern", "leute", "kunden", "besucher", "interessenten", "schueler",
        "mitglieder", "patienten", "gaeste", "menschen", "personen", "anrufer", "nutzer",
    };

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

    private static bool MatchesNonDecider((double Score, int Start, int End, bool Approximate)[] best, IReadOnlyList<AnswerChoice> choices)
    {
        for (var c = 0; c < best.Length; c++)
        {
            if (best[c].Score > 0 && !choices[c].DecisionMaker)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the answer is someone else's decision in one clause (split at commas, full stops, dashes and
    /// contrast words) beside a clause that alone reads as a deciding role: the prospect's title that would make them a
    /// decider ("CTO, but board decides finally"). A clause that alone says the prospect advises ("I make the case") keeps
    /// the reading sure, as do the prospect's doings in words of no role ("I tell them what we need").</summary>
    private static bool TitleBesideOthersDecision(string text, IReadOnlyList<AnswerChoice> choices, string language, string? advisingKey)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 3 || !folded.Contains(OthersDecision))
        {
            return false;
        }

        var starts = ClauseStarts(text, folded, ",.;:–—()");
        starts.Add(folded.Count);
        var (decision, other) = (false, false);
        for (var c = 0; c + 1 < starts.Count; c++)
        {
            var (from, to) = (starts[c], starts[c + 1] - 1);
            if (from > to || Enumerable.Range(from, to - from + 1).All(i => ClauseFillers.Contains(folded[i].Text) || ContrastWords.Contains(folded[i].Text)))
            {
                continue;
            }

            var clause = folded.Span(from, to);
            if (FoldedText.Of(clause).Contains(OthersDecision))
            {
                decision = true;
                continue;
            }

            if (ReadChoice(QuestionSteps.Authority, clause, choices, language, acceptOwnWords: false, allowIndex: false) is { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: var key } })
            {
                // the prospect's own part in words of advising ("I make the case") agrees with the reading; a title that
                // alone reads as another role ("CTO", "Geschäftsführer") is what makes the answer two-sided
                if (key == advisingKey)
                {
                    return false;
                }

                other |= choices.Any(c => c.Key == key && c.DecisionMaker);
            }
        }

        return decision && other;
    }

    /// <summary>The role of someone who takes part without deciding: the non-deciding role worth the most points.</summary>
    private static int Adviser(IReadOnlyList<AnswerChoice> choices)
    {
        var found = -1;
        for (var i = 0; i < choices.Count; i++)
        {
            if (!choices[i].DecisionMaker && (found < 0 || choices[i].Points > choices[found].Points))
            {
                found = i;
            }
        }

        return found;
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

    private static SlotReading? OwnWords(string step, string text, FoldedText folded, bool acceptOwnWords)
    {
        if (!acceptOwnWords)
        {
            return null;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (letters < 3 || IsOnly(folded, NotAnAnswer) || folded.Contains(Unsure) || (folded.Count <= 7 && folded.Words.Any(w => LanguageWords.Contains(w.Text))))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (folded.Words.All(w => NoContent.Contains(w.Text) || w.Text.Length < 3))
        {
            // "hmm", "lol", "gute Frage", "just the usual", "what you guys do": words, but no need in them
            return OwnWordsReading(step, trimmed, Confidence.Low, ReadingHints.Hedged);
        }

        if (WantsPerson(folded))
        {
            // "can I talk to a human please", "ich will mit einem Menschen sprechen": a request for a person, no need
            return null;
        }

        if (folded.Contains(RejectsOptions) && folded.Count <= 8 && !WantAfterRejection(folded))
        {
            // "none of these", "keins davon": the options are turned down, but no need is named in their place; ask again
            return null;
        }

        if (JobSeeker(folded))
        {
            // "Ich such eigentlich nen Job bei euch": a job at the company, not a need of a prospect's
            return null;
        }

        if (folded.IsQuestion || folded.Contains(Hedges))
        {
            // "Was bieten Sie denn an?" is a question back (also "how much is it" without its question mark), "weiß
            // nicht, vielleicht CRM?" unsure: ask again.
            return OwnWordsReading(step, trimmed, Confidence.Low, ReadingHints.Hedged);
        }

        if (folded.Contains(ToldTo))
        {
            // "my manager asked me to look into this": someone else's errand, as with a configured need; what is needed
            // is a guess
            return OwnWordsReading(step, trimmed, Confidence.Medium, ReadingHints.Hedged);
        }

        return OwnWordsReading(step, trimmed, Confidence.High);
    }

    // The people who sell ("reps", "Außendienstler", "Vertriebler"): appointments of theirs are sales work.
    private static readonly HashSet<string> SalesStaff = new(StringComparer.Ordinal)
    {
        "reps", "rep", "salespeople", "salesmen", "salesman", "saleswoman", "aussendienstler", "aussendienstlerin",
        "vertriebler", "vertrieblerin", "verkaeufer", "verkaeuferin", "vertreter", "handelsvertreter",
    };

    /// <summary>"none of those, we need a new website", "keins davon, wir brauchen eine neue Webseite": the options turned
    /// down and a want of one's own said after them, which is the answer in the prospect's words.</summary>
    private static bool WantAfterRejection(FoldedText folded)
    {
        var (at, length) = folded.Find(RejectsOptions);
        for (var i = at + length; i + 2 < folded.Count; i++)
        {
            if (folded[i].Text is "need" or "want" or "brauchen" or "brauche" or "suchen" or "suche" or "wollen" or "moechten" or "wuerden" &&
                i > 0 && folded[i - 1].Text is "we" or "i" or "wir" or "ich" or "just" or "really" or "actually" or "eigentlich" or "nur" or "bloss")
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
    };

    // Words of looking, browsing or finding out, by their stems in any wording or dialect ("gugge", "luege", "poking").
    private static readonly string[] LookStems =
    [
        "look", "brows", "poke", "poking", "snoop", "nosing", "check", "explor", "see", "curious", "gugg", "guck", "kuck", "schau",
        "lueg", "luag", "seh", "sieh", "umseh", "umschau", "stoeber", "inform", "neugier", "demo", "trial", "pricing", "preis", "price",
        "testen", "ausprobier", "try", "lurk",
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
    /// word that makes looking the whole of it, with no wish or demo. Null when any other word is in it.</summary>
    private static (bool Looks, bool Strong)? OnlyAttitude(FoldedText folded)
    {
        if (folded.Count > 7)
        {
            return null;
        }

        var (looks, only, preview) = (false, false, false);
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            // "clicking around": a verb right before "around" is moving about with no object, a word of looking
            // ("sehr" is no "sehen", "checklist" no "checking")
            var look = Array.Exists(LookStems, st => t.StartsWith(st, StringComparison.Ordinal)) && t is not "sehr" &&
                       (!t.StartsWith("check", StringComparison.Ordinal) || t is "check" or "checks" or "checking" or "checked") ||
                       i + 1 < folded.Count && folded[i + 1].Text is "around" or "about" && t.EndsWith("ing", StringComparison.Ordinal);
            if (!look && !AttitudeWords.Contains(t))
            {
                return null;
            }

            looks |= look;
            only |= OnlyLookingWords.Contains(t);
            preview |= PreviewWords.Contains(t) || t.StartsWith("demo", StringComparison.Ordinal) || t.StartsWith("pric", StringComparison.Ordinal);
        }

        return (looks, looks && only && !preview);
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

    private static readonly string[][] Deferral = Phrases.Of(
        "spaeter", "spaeter mal", "irgendwann", "maybe later", "later", "later on", "eventually", "down the road", "someday",
        "some day", "afterwards", "danach", "next year", "naechstes jahr", "next quarter", "naechstes quartal", "zukunft", "future",
        "in zukunft", "in the future", "zu einem spaeteren zeitpunkt", "phase 2", "phase zwei", "second step", "zweiter schritt",
        "nice to have", "waere nice to have", "waeren nice to have", "optional", "bonus", "waere ein bonus");

    /// <summary>Whether a hedge stands before word <paramref name="at"/> (before the end of the need said for now).</summary>
    private static bool HedgedBefore(FoldedText folded, int at)
    {
        var (h, _) = folded.Find(Hedges);
        return h >= 0 && h < at;
    }

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

    /// <summary>Whether the whole answer is a bare pronoun of oneself or "alone" ("me", "ich", "myself", "alleine") or the
    /// title of a procuration holder with at most "ich bin"/"bin" and an article ("Prokurist", "Ich bin die Prokuristin").</summary>
    private static bool LoneSelfOrProcuration(FoldedText folded)
    {
        if (folded.Count == 1 && folded[0].Text is "me" or "ich" or "myself" or "alleine" or "allein" or "alone")
        {
            return true;
        }

        var title = false;
        foreach (var w in folded.Words)
        {
            if (w.Text is "prokurist" or "prokuristin" && !title)
            {
                title = true;
            }
            else if (w.Text is not ("ich" or "bin" or "der" or "die" or "hier"))
            {
                return false;
            }
        }

        return title;
    }

    // Words that correct or second-guess what was just said ("wobei", "eigentlich", "actually", "I mean", "or rather").
    private static readonly string[][] Corrections = Phrases.Of(
        "wobei", "eigentlich", "genau genommen", "genauer gesagt", "oder besser", "beziehungsweise", "bzw", "korrektur", "nee", "nein",
        "actually", "i mean", "or rather", "well actually", "correction", "strike that", "scratch that");

    /// <summary>The role read after a word that corrects or second-guesses an earlier role cue ("Ich bereite die
    /// Entscheidung vor … Wobei, eigentlich … also mitentscheiden"): a non-negated cue of one choice before the word and
    /// one of another choice after it; the last such cue's choice, or -1. German "also" ("so") counts only after a
    /// correcting word, as it also opens a plain conclusion ("Inhaber, also ich").</summary>
    private static int CorrectedRole(FoldedText folded, (double Score, int Start, int End, bool Approximate)[] best, string language)
    {
        var at = folded.Find(Corrections);
        while (at.At >= 0)
        {
            var mark = at.At;
            var before = -1;
            var after = -1;
            for (var c = 0; c < best.Length; c++)
            {
                if (best[c].Score < 1 || best[c].Approximate || IsNegated(folded, best[c].Start, best[c].End))
                {
                    continue;
                }

                if (best[c].End < mark)
                {
                    before = c;
                }
                else if (best[c].Start > mark + at.Length - 1 &&
                         (after < 0 || best[c].Start > best[after].Start || best[c].Start == best[after].Start && best[c].Score > best[after].Score))
                {
                    after = c;
                }
            }

            if (before >= 0 && after >= 0 && before != after)
            {
                return after;
            }

            at = folded.Find(Corrections, mark + at.Length);
        }

        return -1;
    }

    /// <summary>A title with no word of the prospect's before it in its clause, followed by a clause opened by "but"/"aber"
    /// and a pronoun of the third person ("the owner, but he doesn't do computers", "der Inhaber, aber er hat keine Zeit"): the title is
    /// someone else's.</summary>
    private static bool TitleOfSomeoneElse(FoldedText folded, int start, int end)
    {
        for (var k = start; k >= 0; k--)
        {
            if (folded[k].Text is "i" or "i'm" or "im" or "ich" or "bin" or "am" or "me" or "mir" or "mich" or "as" or "als" or "myself")
            {
                return false;
            }

            if (folded[k].AfterBreak)
            {
                break;
            }
        }

        var i = end + 1;
        if (i + 1 >= folded.Count || !folded[i].AfterBreak || folded[i].Text is not ("but" or "aber" or "though" or "however" or "allerdings" or "jedoch"))
        {
            return false;
        }

        return folded[i + 1].Text is "he" or "she" or "they" or "he's" or "she's" or "they're" or "er" or "sie";
    }

    /// <summary>A negation, then "only"/"sole"/"einzige"/"alleinige" within three words, then a word of deciding within
    /// four more in the same clause or a relative one ("not the sole decision maker", "nicht der einzige, der entscheidet").</summary>
    private static bool NotTheOnlyDecider(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (!Negates(folded, i))
            {
                continue;
            }

            // "nicht ich alleine", "not me alone", "nicht nur ich", "not just me": the prospect denied as the only one
            if (i + 2 < folded.Count && !folded[i + 1].AfterBreak && !folded[i + 2].AfterBreak &&
                (folded[i + 1].Text is "ich" or "me" or "i" && folded[i + 2].Text is "allein" or "alleine" or "alone" ||
                 folded[i + 1].Text is "nur" or "only" or "just" && folded[i + 2].Text is "ich" or "me" or "i"))
            {
                return true;
            }

            if (DecidingAloneDenied(folded, i))
            {
                return true;
            }

            for (var j = i + 1; j < folded.Count && j <= i + 3; j++)
            {
                if (folded[j].AfterBreak && j > i + 1)
                {
                    break;
                }

                if (folded[j].Text is not ("only" or "sole" or "einzige" or "einzigen" or "einziger" or "einzig" or "alleinige" or "alleiniger" or "alleinigen"))
                {
                    continue;
                }

                for (var k = j + 1; k < folded.Count && k <= j + 4; k++)
                {
                    var t = folded[k].Text;
                    if (folded[k].AfterBreak && t is not ("der" or "die" or "who" or "that" or "which"))
                    {
                        // "not the only person, but I decide": a clause of its own, not the one denied
                        break;
                    }

                    if (t.StartsWith("decision", StringComparison.Ordinal) || t.StartsWith("decid", StringComparison.Ordinal) ||
                        t.StartsWith("entscheid", StringComparison.Ordinal) || t.StartsWith("signator", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>After the negation at <paramref name="at"/>, within five words of its clause, a word of deciding and
    /// "allein"/"alone", in a clause of the prospect's own ("obwohl ich nicht allein entscheide", "not my decision alone",
    /// "I can't decide this alone"); "der Chef entscheidet nicht allein" names someone else and is left to other rules.</summary>
    private static bool DecidingAloneDenied(FoldedText folded, int at)
    {
        bool deciding = false, alone = false;
        for (var j = at + 1; j < folded.Count && j <= at + 5 && !folded[j].AfterBreak; j++)
        {
            var t = folded[j].Text;
            deciding |= IsDecidingStem(t);
            alone |= t is "allein" or "alleine" or "alone" or "solely";
        }

        if (!deciding || !alone)
        {
            return false;
        }

        // the clause the negation stands in, back to its start: it must be the prospect's own
        var start = at;
        while (start > 0 && !folded[start].AfterBreak)
        {
            start--;
        }

        for (var j = start; j < folded.Count && j <= at + 5 && (j == start || !folded[j].AfterBreak); j++)
        {
            if (folded[j].Text is "ich" or "i" or "me" or "my" or "mein" or "meine" or "mir" or "myself")
            {
                return true;
            }
        }

        return false;
    }

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

    private static readonly HashSet<string> UpkeepVerbs = new(StringComparer.Ordinal)
    {
        "updates", "update", "maintains", "maintain", "uses", "pflegt", "pflegen", "aktualisiert", "nutzt", "benutzt",
    };

    /// <summary>"we want to replace our CRM, not connect it", "wir wollen unser CRM ablösen": a CRM and a verb of replacing
    /// it, with no word of connecting, syncing or moving data that is not negated.</summary>
    private static bool CrmReplaced(FoldedText folded)
    {
        var crm = false;
        var replacing = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var t = folded[i].Text;
            crm |= t == "crm" || CrmProducts.Contains(t);
            replacing |= t.StartsWith("replac", StringComparison.Ordinal) || t.StartsWith("abloes", StringComparison.Ordinal) ||
                         t.StartsWith("ersetz", StringComparison.Ordinal) || t is "swap" or "swapping" or "austauschen" or "tauschen";
            var connecting = t.StartsWith("anbind", StringComparison.Ordinal) ||
                             t.StartsWith("connect", StringComparison.Ordinal) || t.StartsWith("integr", StringComparison.Ordinal) ||
                             t.StartsWith("verbind", StringComparison.Ordinal) || t.StartsWith("sync", StringComparison.Ordinal) ||
                             t.StartsWith("schnittstelle", StringComparison.Ordinal) || t.StartsWith("migr", StringComparison.Ordinal) ||
                             t.StartsWith("plug", StringComparison.Ordinal) || t.StartsWith("import", StringComparison.Ordinal) ||
                             t.StartsWith("uebertrag", StringComparison.Ordinal) || t.StartsWith("transfer", StringComparison.Ordinal) ||
                             t is "link" or "hook" or "api";
            // ("not connect it", "nicht anbinden", "not an integration", "keine Anbindung")
            var negated = i > 0 && (CommonWords.Negations.Contains(folded[i - 1].Text) ||
                                    i > 1 && folded[i - 1].Text is "an" or "a" or "eine" && CommonWords.Negations.Contains(folded[i - 2].Text));
            if (connecting && !negated)
            {
                return false;
            }
        }

        return crm && replacing;
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

    // Words that carry no need: chit-chat, placeholders, pronouns and verbs that only point at the offer.
    private static readonly HashSet<string> NoContent = new(StringComparer.Ordinal)
    {
        "hmm", "hmmm", "hm", "lol", "haha", "hahaha", "xd", "jaja", "naja", "aeh", "aehm", "oeh", "oehm", "uh", "um", "erm",
        "gute", "guter", "gutes", "frage", "good", "question", "test", "testing", "tests", "asdf", "usual", "ueblich", "uebliche",
        "das", "was", "ihr", "macht", "machen", "what", "you", "guys", "do", "does", "offer", "bietet", "anbietet", "anbieten",
        "idk", "whatever", "helps", "help", "hilft", "egal", "irgendwas", "something", "anything", "stuff", "dinge", "sachen",
        "zeug", "halt", "eben", "einfach", "mal", "just", "the", "a", "an", "der", "die", "ein", "eine", "so", "und", "and",
        "or", "oder", "es", "it", "that", "this", "dies", "dieses", "all", "alles", "mehr", "more", "some", "etwas", "like",
        "wie", "immer", "always", "normal", "standard", "gleiche", "same", "thing", "things", "ding", "sure", "klar", "ja",
        "yes", "nein", "no", "vielleicht", "maybe", "nicht", "not", "sagen", "say", "sag", "nichts", "nothing", "noch",
        "yet", "mir", "me", "i", "ich", "we", "wir", "uns", "us", "our", "unser", "ok", "okay", "sehen", "see", "schauen",
        "look", "well", "gut", "fine", "weiss", "know", "keine", "ahnung", "wisst", "kennt", "dann", "then", "too", "auch",
    };

    // Separable prefixes of German verbs, before which an infinitive takes "zu" inside the word ("vorzuqualifizieren").
    private static readonly string[] SeparablePrefixes = ["vor", "an", "ab", "auf", "aus", "ein", "nach", "zurueck", "weiter", "mit", "zusammen", "her", "hin", "raus", "rein"];

    /// <summary>"vorzuqualifizieren", "anzubinden", "nachzufassen": the infinitive with "zu" inside a separable verb is the
    /// verb ("vorqualifizieren"), so a phrase of the verb matches it.</summary>
    private static string WithoutZu(string word)
    {
        if (word.Length < 9 || !word.EndsWith("en", StringComparison.Ordinal) && !word.EndsWith("ern", StringComparison.Ordinal) && !word.EndsWith("eln", StringComparison.Ordinal))
        {
            return word;
        }

        foreach (var prefix in SeparablePrefixes)
        {
            if (word.Length >= prefix.Length + 7 && word.StartsWith(prefix, StringComparison.Ordinal) &&
                word.AsSpan(prefix.Length, 2).SequenceEqual("zu"))
            {
                return string.Concat(prefix, word.AsSpan(prefix.Length + 2));
            }
        }

        return word;
    }

    private static bool IsOnly(FoldedText folded, string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (p.Length == folded.Count && folded.MatchesAt(0, p))
            {
                return true;
            }
        }

        return false;
    }

    private static (double Score, int End, bool Approximate)? Match(FoldedText folded, string[] stems, Phrase phrase, int start)
    {
        if (phrase.Words.Length == 2 && folded[start].Text.Length == phrase.Words[0].Length + phrase.Words[1].Length &&
            folded[start].Text.StartsWith(phrase.Words[0], StringComparison.Ordinal) && folded[start].Text.EndsWith(phrase.Words[1], StringComparison.Ordinal))
        {
            // "Excellisten" for "Excel Listen": a two-word phrase written as one German compound
            return (2 * Weight(WordMatch.Kind.Compound), start, false);
        }

        var kind = WordMatch.Compare(folded[start].Text, stems[start], phrase.Words[0], phrase.Stems[0]);
        if (kind == WordMatch.Kind.None || kind == WordMatch.Kind.Compound && phrase.Stems[0].StartsWith("berat", StringComparison.Ordinal))
        {
            // "Steuerberater", "Rechtsberatung": a compound of advice names its field, another profession or service;
            // only the word alone is the consultation sought or the adviser's part in a decision
            return null;
        }

        double score = Weight(kind);
        var approximate = kind == WordMatch.Kind.Typo;
        var at = start;
        for (var k = 1; k < phrase.Words.Length; k++)
        {
            var found = -1;
            // a subject after a break opens a clause of its own: "Der Einkauf entscheidet, wir …" is not "entscheiden
            // wir" ("ich empfehle nur, bin nicht der Entscheider" goes on with the same subject)
            // (nor does an article or "my" after a break and a skipped word: "bin Bauleiter, der Chef sagt …", "I'm the
            // intern, my boss asked …" are no "ich bin der Chef", "I'm the boss", the article opens someone else)
            for (var j = at + 1; j < folded.Count && j <= at + 3 && !(folded[j].AfterBreak && CommonWords.SubjectPronouns.Contains(folded[j].Text)) &&
                            !(j > at + 1 && folded[j].AfterBreak && (TitleArticles.Contains(folded[j].Text) || OthersPossessives.Contains(folded[j].Text))); j++)
            {
                var next = WordMatch.Compare(folded[j].Text, stems[j], phrase.Words[k], phrase.Stems[k]);
                if (next != WordMatch.Kind.None)
                {
                    found = j;
                    // words between the phrase's words make the match weaker ("entscheide das mit meinem Chef")
                    score += Weight(next) - (0.25 * (j - at - 1));
                    approximate |= next == WordMatch.Kind.Typo;
                    break;
                }
            }

            if (found < 0)
            {
                return null;
            }

            at = found;
        }

        return (score, at, approximate);
    }

    private static double Weight(WordMatch.Kind kind) => kind switch
    {
        WordMatch.Kind.Exact => 1,
        WordMatch.Kind.Compound => 0.6,
        _ => 0.8,
    };

    /// <summary>A negation in the same clause right before the match ("kein CRM", "nicht der Entscheider", "I'm not the
    /// owner") or right after it ("ich entscheide nicht").</summary>
    /// <summary>"… into HubSpot without copy paste", "ohne Abtippen": the need's words after "without" name what the
    /// other need spares, no second need.</summary>
    private static bool Without(FoldedText folded, int start) =>
        start > 0 && folded[start - 1].Text is "without" or "ohne" && !folded[start].AfterBreak;

    private static bool NobodyDoesIt(FoldedText folded, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (folded[i].Text is "keiner" or "niemand" or "nobody" or "noone")
            {
                return true;
            }

            if (i > 0 && folded[i].Text is "tell" or "distinguish" or "spot" && Negations.Contains(folded[i - 1].Text))
            {
                // "can't tell the tyre kickers from the real buyers": telling them apart is what fails, the pain
                return true;
            }

            if (Negations.Contains(folded[i].Text) || folded[i + 1].AfterBreak)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNegated(FoldedText folded, int start, int end) =>
        NegatedBefore(folded, start) || end + 1 < folded.Count && !folded[end + 1].AfterBreak && Negates(folded, end + 1);

    /// <summary>Whether a negation stands in the three words before <paramref name="start"/>, in its clause.</summary>
    private static bool NegatedBefore(FoldedText folded, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (folded[i + 1].AfterBreak)
            {
                // "keine, ich bin nur neugierig": a negation in the clause before says nothing of this one
                break;
            }

            if (Negates(folded, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word negates: "noch" only after a "weder" ("laufen noch händisch" is "still").</summary>
    private static bool Negates(FoldedText folded, int at) =>
        Negations.Contains(folded[at].Text) && (folded[at].Text != "noch" || folded.Words.Take(at).Any(w => w.Text == "weder"));

    /// <summary>A negation between the words of the match that no phrase of the choice contains ("Ich darf nicht
    /// entscheiden", "I don't make the decision").</summary>
    private static bool NegatedInside(FoldedText folded, int start, int end, Compiled compiled, int choice)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (!Negations.Contains(folded[i].Text))
            {
                continue;
            }

            var inPhrase = false;
            foreach (var p in compiled.Phrases)
            {
                if (p.Choice == choice && Array.IndexOf(p.Words, folded[i].Text) >= 0)
                {
                    inPhrase = true;
                    break;
                }
            }

            if (!inPhrase)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["eins"] = 1, ["erste"] = 1, ["ersten"] = 1, ["erster"] = 1, ["erstes"] = 1, ["one"] = 1, ["first"] = 1, ["1st"] = 1,
        ["zwei"] = 2, ["zweite"] = 2, ["zweiten"] = 2, ["zweiter"] = 2, ["zweites"] = 2, ["two"] = 2, ["second"] = 2,
        ["drei"] = 3, ["dritte"] = 3, ["dritten"] = 3, ["dritter"] = 3, ["drittes"] = 3, ["three"] = 3, ["third"] = 3,
        ["vier"] = 4, ["vierte"] = 4, ["vierten"] = 4, ["vierter"] = 4, ["viertes"] = 4, ["four"] = 4, ["fourth"] = 4,
        ["fuenf"] = 5, ["fuenfte"] = 5, ["fuenften"] = 5, ["five"] = 5, ["fifth"] = 5,
        ["sechs"] = 6, ["sechste"] = 6, ["six"] = 6, ["sixth"] = 6,
        ["letzte"] = -1, ["letzten"] = -1, ["letzter"] = -1, ["letztes"] = -1, ["last"] = -1,
    };

    private static readonly HashSet<string> AroundIndex = new(StringComparer.Ordinal)
    {
        "die", "der", "das", "den", "the", "nummer", "nr", "number", "no", "option", "antwort", "punkt", "choice", "one",
        "bitte", "please", "ich", "nehme", "take", "i'll", "ill", "i", "pick", "waehle", "wahl", "auswahl", "st", "nd", "rd",
        "th", "te", "e", "ist", "es", "it's", "its", "is", "eindeutig", "clearly", "definitiv", "definitely", "pls", "plz",
        "thx", "thanks", "danke", "gerne", "gern", "ok", "okay", "lol", "hmm", "hm",
        // the plural labels and "to be honest", "ehrlich gesagt" frame a pick ("options 1 and 3 tbh") like "option", "pls"
        "options", "optionen", "numbers", "nummern", "tbh", "honestly", "ehrlich", "gesagt",
    };

    // Words that weigh a picked number rather than frame it ("mostly number 2", "eher die 3"): the pick is confirmed.
    private static readonly HashSet<string> WeighingIndex = new(StringComparer.Ordinal)
    {
        "mostly", "mainly", "primarily", "probably", "maybe", "perhaps", "guess", "think", "eher", "hauptsaechlich",
        "vor", "allem", "wohl", "vermutlich", "wahrscheinlich", "vielleicht", "eigentlich", "actually", "tendenziell", "eig",
    };

    private static readonly HashSet<string> BetweenPutOff = new(StringComparer.Ordinal)
    {
        "maybe", "perhaps", "vielleicht", "evtl", "eventuell", "aber", "but", "und", "and", "plus",
    };

    private static readonly HashSet<string> PutOffWords = new(StringComparer.Ordinal)
    {
        "later", "spaeter", "mal", "irgendwann", "auch", "waer", "waere", "nett", "nice", "to", "have", "too", "would",
        "be", "optional", "on", "down", "the", "road", "gut", "good",
    };

    /// <summary>"option 1, maybe 2 later", "eig. 3, aber 2 wär auch nett": where the words before a second number end when
    /// everything from that number on puts it off ("later", "nice to have", "wär auch nett"); null otherwise.</summary>
    private static int? IndexBeforeLater(FoldedText folded)
    {
        var first = -1;
        for (var i = 0; i < folded.Count; i++)
        {
            if (!folded[i].IsNumber || folded[i].Text.Length > 2)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                continue;
            }

            var between = Enumerable.Range(first + 1, i - first - 1).All(k => BetweenPutOff.Contains(folded[k].Text));
            var after = Enumerable.Range(i + 1, folded.Count - i - 1).ToList();
            return between && after.Count > 0 && after.All(k => PutOffWords.Contains(folded[k].Text)) &&
                   after.Any(k => folded[k].Text is "later" or "spaeter" or "nett" or "nice" or "optional" or "irgendwann")
                ? folded[first].End
                : null;
        }

        return null;
    }

    /// <summary>The index picked by an answer that is only a number or an ordinal with a few framing words; -2 when the
    /// number is outside the choices; null when the answer is anything else.</summary>
    private static int? ReadIndex(FoldedText folded, int count, out bool hedged)
    {
        hedged = false;
        int? n = null;
        var joined = false;
        var second = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            int value;
            if (n is not null && !second && w is "und" or "and" or "oder" or "or")
            {
                joined = true;
                continue;
            }

            if (folded[i].IsNumber && w.Length <= 2)
            {
                value = int.Parse(w, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (OrdinalWords.TryGetValue(w, out var ordinal))
            {
                // "one" is a framing word after an ordinal ("the second one")
                if (w == "one" && n is not null)
                {
                    continue;
                }

                value = ordinal == -1 ? count : ordinal;
            }
            else if (AroundIndex.Contains(w))
            {
                continue;
            }
            else if (WeighingIndex.Contains(w))
            {
                hedged = true;
                continue;
            }
            else
            {
                return null;
            }

            if (n is not null && n != value)
            {
                // "2 und 3": two options side by side are the first, confirmed, as two needs named side by side; a third
                // or one without a joining word is asked again
                if (!joined || second)
                {
                    return null;
                }

                second = true;
                hedged = true;
                continue;
            }

            n = value;
        }

        if (n is not { } number)
        {
            return null;
        }

        return number >= 1 && number <= count ? number - 1 : -2;
    }

    private static Compiled Compile(IReadOnlyList<AnswerChoice> choices)
    {
        var phrases = new List<Phrase>();
        for (var c = 0; c < choices.Count; c++)
        {
            foreach (var label in choices[c].Labels.Values)
            {
                Add(phrases, c, label, isLabel: true);
            }

            foreach (var list in choices[c].Synonyms.Values)
            {
                foreach (var synonym in list)
                {
                    Add(phrases, c, synonym, isLabel: false);
                }
            }
        }

        return new Compiled(phrases);
    }

    private static void Add(List<Phrase> phrases, int choice, string text, bool isLabel)
    {
        var words = FoldedText.Phrase(text);
        if (words.Length == 0)
        {
            return;
        }

        var stems = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            stems[i] = WordMatch.Stem(words[i]);
        }

        phrases.Add(new Phrase(choice, words, stems, isLabel));
    }
}
