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
/// This file holds the matching both questions share; the rules of one question live beside it, in
/// <c>ChoiceReader.Needs.cs</c> and <c>ChoiceReader.Roles.cs</c>.
/// </summary>
internal static partial class ChoiceReader
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

        if (step == QuestionSteps.Authority && AlongWith().Replace(text, "$1 with") is var plain && plain != text)
        {
            // "I decide along with the two partners", "we'll sign off alongside my co-founder": deciding "along with"
            // someone is deciding "with" them, as the shared role's phrases are written ("I run it alongside my day job"
            // says nothing of deciding and stays as it is)
            return Read(step, plain, choices, language, acceptOwnWords, allowIndex) is { } alongRead ? alongRead with { Evidence = text.Trim() } : null;
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

        if (step == QuestionSteps.Authority && allowIndex && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: var releasedKey } } &&
            choices.Any(c => c.Key == releasedKey && c.DecisionMaker) && Folded() is var releasedText && !releasedText.Contains(SelfDecides) &&
            !ClaimsBudget(releasedText) && MoneyReleasedByOthers(text, releasedText))
        {
            // "Abteilungsleiterin, die Mittel gibt dann unser Kämmerer frei", "Head of IT, the budget is released by
            // finance": a leading title of the prospect's beside someone else who releases the money; writers record a
            // shared decision or advice, so the title's role is at most confirmed
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

        if (found is null && step == QuestionSteps.Need && IndexBeforeAlso(folded, language) is { } firstPick)
        {
            // "Eigentlich 1, aber das CRM-Thema ist auch wichtig", "option 2, but CRM matters too": the number chosen first is
            // the answer and the topic added "as well" a wish beside it, never the need read sure; the pick is confirmed
            found = ReadIndex(FoldedText.Of(text[..firstPick]), choices.Count, out _);
            hedgedIndex = true;
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

        if (step == QuestionSteps.Authority && IHandleIt(folded) && !folded.Contains(SelfDecides) && TopDecider(choices) is >= 0 and var handler)
        {
            // "y'all talk to me, I'll handle it", "ich kümmere mich drum": the prospect taking the matter on is the one
            // who settles it, most likely the decider; confirmed, never "someone else handles it"
            return ChoiceReading(step, choices[handler], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
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
                // "Teamentscheidung", "Gruppenentscheid": a decision of a group is taken together, not by the prospect alone
                var group when step == QuestionSteps.Authority && GroupDecision(group) => "gemeinsam",
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
            var advising = choices[winner].DecisionMaker ? runnerUp : winner;
            var deciding = advising == winner ? runnerUp : winner;
            if (step == QuestionSteps.Authority && !choices[advising].DecisionMaker && choices[deciding].DecisionMaker && advising == Adviser(choices) &&
                OtherDecides(folded) && !IsNegated(folded, best[advising].Start, best[advising].End))
            {
                // "Ich empfehle, entscheiden tut der GF": the prospect's own advising beside someone else's title as the one
                // who decides; the title is theirs, the advice the prospect's, as with "… der Chef"
                return ChoiceReading(step, choices[advising], language, Confidence.High, folded.Span(best[advising].Start, best[advising].End));
            }

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

        if (step == QuestionSteps.Authority && chosen.DecisionMaker && BarePurchasingTitle(folded))
        {
            // "i am the manager of purchase department", "Procurement officer": a title in the buying department with
            // nothing said about the decision decides in some firms and shares it in others; confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Authority && winner == Adviser(choices) && folded.Contains(OwnErrand) && OtherDecides(folded) && Narrowest(choices) is >= 0 and var errandAfter &&
            !choices[errandAfter].DecisionMaker && errandAfter != winner)
        {
            // "meine Chefin entscheidet, ich soll nur Angebote vergleichen": an errand of the prospect's own beside someone
            // else's decision named in the advising role's words (as above)
            return ChoiceReading(step, choices[errandAfter], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && choices[winner].DecisionMaker && TeamLeadWithoutBudget(folded) && Adviser(choices) is >= 0 and var budgetless)
        {
            // "Teamleiterin Vertrieb, Budget hab ich aber keins", "team lead, no budget of my own": a head of a team who
            // holds no budget brings the proposal to whoever does; that recommends, confirmed as firms differ
            return ChoiceReading(step, choices[budgetless], language, Confidence.Medium, text.Trim(), ReadingHints.Ambiguous);
        }

        if (step == QuestionSteps.Authority && best.Count(b => b.Score > 0) == 1 && BareTeamLead(folded))
        {
            // "Teamleiterin", "team lead in sales", "IT-Leiter", "Head of Sales": a team lead or head co-decides in some
            // firms and recommends in others, and careful readers record either; nothing else said about the decision,
            // so the flow confirms it
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Need && reading.Confidence == Confidence.High && ForeignAcquisition(reading.Evidence))
        {
            // "Drittmittelakquise", "Spenderakquise": winning funds, donors or members is acquisition of something other
            // than customers; the need may be leads or another, so it is confirmed
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        return reading;
    }

    // What is acquired in a compound that names winning customers ("Neukundenakquise", "Kaltakquise", "Projektakquise").
    private static readonly string[] CustomerAcquisition = ["kunden", "neukunden", "lead", "leads", "kalt", "telefon", "vertriebs", "b2b", "online", "auftrags", "projekt", "mandanten"];

    /// <summary>Whether the evidence is a single compound of acquisition whose first part names something other than
    /// customers ("Drittmittelakquise", "Sponsorenakquise").</summary>
    private static bool ForeignAcquisition(string evidence)
    {
        var words = FoldedText.Of(evidence);
        if (words.Count != 1)
        {
            return false;
        }

        var w = words[0].Text;
        var stem = w.EndsWith("akquise", StringComparison.Ordinal) ? w[..^"akquise".Length] :
                   w.EndsWith("akquisition", StringComparison.Ordinal) ? w[..^"akquisition".Length] : null;
        return stem is { Length: >= 3 } && !CustomerAcquisition.Contains(stem.TrimEnd('-'));
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

    private static readonly HashSet<string> NobodyWords = new(StringComparer.Ordinal) { "nobody", "noone", "niemand", "keiner" };

    private static readonly HashSet<string> TitleArticles = new(StringComparer.Ordinal) { "a", "an", "the", "der", "die", "ein", "eine", "our", "unser", "unsere" };

    /// <summary>Whether the answer opens with "wer sonst", "who else would (decide)?" as its whole first question: the
    /// question who decides turned back ("Who else would decide? It's my agency.").</summary>
    internal static bool AnswersWithSelf(string text) =>
        RhetoricalSelf(FoldedText.Of(text.IndexOf('?', StringComparison.Ordinal) is > 0 and var mark ? text[..mark] : text));

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

    private static readonly string[][] ToldTo = Phrases.Of(
        "hat gesagt", "hat mich gebeten", "soll mir", "soll ich", "sollte mir", "told me", "asked me", "wants me to",
        "want me to", "sent me", "hat mich geschickt");

    private static readonly string[][] AllOfThem = Phrases.Of(
        "beides", "alles davon", "alle drei", "alle vier", "alles zusammen", "von allem etwas", "both", "all of the above",
        "all of them", "all three", "all four", "everything", "a bit of everything");

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

    // People a firm, school or club serves, who may ask it for information
    private static readonly HashSet<string> ServedPeople = new(StringComparer.Ordinal)
    {
        "families", "parents", "people", "customers", "clients", "visitors", "students", "members", "patients", "guests",
        "prospects", "users", "callers", "familien", "eltern", "leute", "kunden", "besucher", "interessenten", "schueler",
        "mitglieder", "patienten", "gaeste", "menschen", "personen", "anrufer", "nutzer",
    };

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

        if (folded.Words.SkipWhile(w => AroundIndex.Contains(w.Text) || WeighingIndex.Contains(w.Text)).FirstOrDefault() is { IsNumber: true, Text.Length: 1 } &&
            folded.Words.Count(w => !w.IsNumber) <= 3)
        {
            // "1 and 3 really", "2 & 4 mostly": option numbers with a word or two beside them are picks among the options
            // the reader could not settle, never a need in the prospect's own words; asked again
            return OwnWordsReading(step, trimmed, Confidence.Low, ReadingHints.Hedged);
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

    // Words that correct or second-guess what was just said ("wobei", "eigentlich", "actually", "I mean", "or rather").
    private static readonly string[][] Corrections = Phrases.Of(
        "wobei", "eigentlich", "genau genommen", "genauer gesagt", "oder besser", "beziehungsweise", "bzw", "korrektur", "nee", "nein",
        "actually", "i mean", "or rather", "well actually", "correction", "strike that", "scratch that");

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
                            !(j > at + 1 && folded[j].AfterBreak && (TitleArticles.Contains(folded[j].Text) || CommonWords.OwnPossessives.Contains(folded[j].Text))); j++)
            {
                var next = OtherPerson(folded[j].Text, phrase.Words[k]) ? WordMatch.Kind.None : WordMatch.Compare(folded[j].Text, stems[j], phrase.Words[k], phrase.Stems[k]);
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

    /// <summary>Whether the message word is the first person of a German verb the phrase has in the third ("Ich bin GF und
    /// entscheide" against "GF entscheidet"): the prospect's own act, not someone else's, so no match. Only after the
    /// phrase's first word: a verb that opens it ("entscheidet die GF") may still find the other one later in the clause.</summary>
    private static bool OtherPerson(string word, string phrase) =>
        phrase.Length >= 7 && phrase.EndsWith("et", StringComparison.Ordinal) && phrase.StartsWith(word, StringComparison.Ordinal) &&
        (word.Length == phrase.Length - 1 || word.Length == phrase.Length - 2);

    private static double Weight(WordMatch.Kind kind) => kind switch
    {
        WordMatch.Kind.Exact => 1,
        WordMatch.Kind.Compound => 0.6,
        _ => 0.8,
    };

    private static bool IsNegated(FoldedText folded, int start, int end) =>
        NegatedBefore(folded, start) || end + 1 < folded.Count && !folded[end + 1].AfterBreak && Negates(folded, end + 1);

    /// <summary>Whether a negation stands in the three words before <paramref name="start"/>, in its clause.</summary>
    private static bool NegatedBefore(FoldedText folded, int start)
    {
        if (NothingWith(folded, start))
        {
            return true;
        }

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

    /// <summary>"nix mit CRM", "nichts mit CRM", "nothing to do with CRM" right before <paramref name="start"/>: the topic
    /// is turned down, as by a "not" ("wir brauchen eine neue Homepage, nix mit CRM").</summary>
    private static bool NothingWith(FoldedText folded, int start)
    {
        if (start < 2 || folded[start - 1].Text is not ("mit" or "with") || folded[start].AfterBreak || folded[start - 1].AfterBreak)
        {
            return false;
        }

        return folded[start - 2].Text is "nix" or "nichts" or "nothing" ||
               start >= 4 && folded[start - 2].Text == "do" && folded[start - 3].Text == "to" && folded[start - 4].Text == "nothing" &&
               !folded[start - 2].AfterBreak && !folded[start - 3].AfterBreak;
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
        // "1 and 3 really", "option 2 I reckon", "eher 2 schätz ich": a word that leans on the pick or says it is a guess
        "really", "reckon", "suppose", "say", "i'd", "id", "wirklich", "echt", "schaetze", "schaetz", "denke", "denk", "glaube",
        "glaub", "tippe", "tipp",
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

    /// <summary>"Eigentlich 1, aber das CRM-Thema ist auch wichtig", "option 2, but connecting the CRM matters too": where the
    /// first clause ends when the clauses after it add something "as well" and name no other number (a later number decides,
    /// as in "…, nehmen wir 3"); null otherwise.</summary>
    private static int? IndexBeforeAlso(FoldedText folded, string language)
    {
        var end = -1;
        for (var i = 1; i < folded.Count; i++)
        {
            if (folded[i].AfterBreak || folded[i].Text is "aber" or "but" or "though" or "although" or "allerdings")
            {
                end = i;
                break;
            }
        }

        if (end < 1)
        {
            return null;
        }

        var german = language.StartsWith("de", StringComparison.Ordinal);
        var also = false;
        for (var i = end; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (folded[i].IsNumber || OrdinalWords.ContainsKey(w) && w is not "one" || TakingBack.Contains(w) || Negations.Contains(w))
            {
                return null;
            }

            also |= w is "auch" or "too" or "ebenfalls" || w == "also" && !german || w == "well" && i > 0 && folded[i - 1].Text == "as";
        }

        return also ? folded[end - 1].End : null;
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\b((?:decid\w*|call|sign(?:s|ing)?(?:\s+off)?|decision|choose|say)(?:\s+(?:it|this|that))?)\s+(?:along\s+with|alongside)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AlongWith();
}
