namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Yes and no as people write them, in German and English whatever the chat's language ("jo", "passt", "klar",
/// "go ahead", "sure thing", "lieber nicht", "I'd rather not", "nö", and both languages' button labels). A yes or no that
/// is the whole answer (give or take "bitte", "danke", a greeting) is high; one with more words around it is medium;
/// a hedge ("vielleicht", "not sure") or yes and no together is low.
/// </summary>
internal static partial class YesNoReader
{
    // A last question whether what was said is acceptable ("…, is that still ok?", "…, geht das trotzdem?").
    [System.Text.RegularExpressions.GeneratedRegex(@"[,;.!–-]?\s*(?:is that (?:still )?(?:ok|okay|alright|all right|fine)|(?:is )?that ok|would that (?:still )?(?:be ok|be okay|be fine|work)|geht das (?:trotzdem|auch so|so|auch)?|ist das (?:trotzdem |so |auch )?(?:ok|okay|in ordnung)|passt das(?: so)?)\s*\?+\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PhoneRefusalQuestion();

    private static readonly string[][] Yes = Phrases.Of(
        "ja", "jaa", "jaaa", "jaja", "jajaja", "mach schon", "gehts los", "geht los", "schon ok", "schon okay", "schon gut", "mach ma", "jepp", "jupp", "jo", "joa", "jop", "jup", "jep", "jap", "japp", "jawohl", "jau", "ja klar", "ja gerne", "ja gern", "ja bitte",
        "ja ok", "ja okay", "ja passt", "ja einverstanden", "ja ich bin einverstanden", "ja ich stimme zu", "ja das stimmt",
        "einverstanden", "bin einverstanden", "ich bin einverstanden", "ich stimme zu", "stimme zu", "zustimmen", "zugestimmt",
        "ich willige ein", "willige ein", "akzeptiere", "ich akzeptiere", "akzeptiert", "passt", "passt schon", "passt so",
        "klar", "na klar", "klaro", "logo", "logisch", "na logisch", "gerne", "gern", "sehr gerne", "natuerlich",
        "selbstverstaendlich", "sicher",
        "sicherlich", "okay", "ok", "okey", "oki", "okidoki", "k", "kk", "in ordnung", "alles klar", "geht klar", "machen wir",
        "mach", "los", "los gehts", "leg los", "legen sie los", "gut", "sehr gut", "super", "prima", "perfekt", "genau",
        "richtig", "stimmt", "korrekt", "warum nicht", "wieso nicht", "auf jeden fall", "unbedingt", "absolut", "jawoll",
        "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "y", "j", "sure", "sure thing", "of course", "ofc", "certainly",
        "absolutely", "definitely", "go ahead", "go on", "go for it", "lets go", "let's go", "ok go", "fine", "fine by me",
        "that's fine", "thats fine", "alright", "all right", "agreed", "i agree", "agree", "i agree to that", "i agree to this", "agree to that", "fine with that", "i'm fine with that", "ich stimme dem zu", "dem stimme ich zu", "damit einverstanden", "bin damit einverstanden", "damit bin ich einverstanden", "i accept", "accept", "accepted",
        "i consent", "consent", "yes i agree", "yes please", "please do", "sounds good", "works for me", "good", "great",
        "perfect", "correct", "right", "that's right", "thats right", "exactly", "why not", "no problem", "kein problem",
        "np", "yes that is correct", "yes that's correct", "👍", "✅", "👌", "passt scho", "passt eh", "von mir aus",
        "meinetwegen", "na gut", "na schoen", "na dann", "yessir", "yes sir", "by all means", "joo", "jooo", "okie dokie",
        "okey dokey", "i accept the privacy policy", "i accept the terms", "ich akzeptiere die datenschutzerklaerung",
        "datenschutzerklaerung akzeptiert", "ich stimme der datenschutzerklaerung zu", "das isch in ordnig", "isch in ordnig",
        "in ordnig", "gaht in ordnig", "gaht in ornig", "goht in ordnig", "goht in ornig", "isch guet", "isch ok", "isch okay", "das isch okay", "das isch ok",
        // a yes word before the Bavarian "passt scho" is read with it, not as "ja passt" and a word left over
        "ja passt scho", "jo passt scho", "ja basst scho", "basst", "basst scho", "ja passt schon", "jo passt schon",
        // the Swiss "gärn" is "gern"
        "gaern", "ja gaern", "jo gaern", "sehr gaern", "ja sehr gaern",
        // typed as spoken, with the soft d of Bavarian and Franconian
        "bassd", "bassd scho", "ja bassd scho", "jo bassd scho", "jaaa bassd scho", "bassd eh", "passt eh", "ja eh", "jo eh", "you may", "yes you may", "you can",
        "duerfen sie", "ja duerfen sie", "ihr duerft", "ja duerft ihr", "duerft ihr",
        // the permission with the subject first ("Sie dürfen.", "du darfst gerne")
        "sie duerfen", "ja sie duerfen", "sie duerfen gerne", "du darfst", "ja du darfst", "du darfst gerne", "ihr duerft gerne",
        "ihr duerft mich kontaktieren", "sie duerfen mich kontaktieren", "ihr duerft mich anschreiben", "you can contact me",
        "you may contact me", "feel free to contact me",
        "feel free", "go ahead and store", "that's ok", "thats ok", "that's okay", "is fine",
        // Irish and British yes: "grand" and "sound" are fine, "no bother" is no problem, "fire away" and "work away" go ahead
        "grand", "that's grand", "thats grand", "grand so", "all grand", "sound", "sound so", "no bother", "no bother at all",
        "fire away", "work away", "go on so",
        // Scottish yes ("aye", "nae bother"), the "no worries" of Australian and British writers, "ye"/"yeh" typed for yes,
        // and the Saxon "nu" that opens a yes ("nu klar doch")
        "aye", "och aye", "aye sure", "aye go on", "nae bother", "nae bother at all", "no worries", "no worries at all", "ye", "yeh",
        // "yh" typed for yeah, and "no probs" for no problem (its "no" is none)
        "yh", "yh sure", "no probs", "no prob", "no probz", "no probs at all",
        "nu klar", "nu freilich", "nu sicher", "nu logo", "nu gut",
        // the Saxon "gloar" is "klar" ("nu gloar"), the Palatinate and Swabian "hajo"/"haja" is "ja doch", and "mach mer"
        // is "machen wir"; "you betcha" and "go on then" are the American and British "sure"
        "gloar", "nu gloar", "kloar", "nu kloar", "hajo", "ha jo", "haja", "hajo mach mer", "mach mer", "machen mer", "mache mer",
        "ja isch guet", "jo isch guet", "you betcha", "betcha", "go on then", "aye go on then", "go on then yes",
        // the Australian and New Zealand "sweet (as)", "too easy", "righto" and the Canadian "for sure", "beauty": fine, agreed;
        // "nah yeah" ends on the yes it means; the northern and Berlin "na jut", and "nagut" typed as one word, are "na gut"
        "sweet as", "sweet", "yeah sweet", "sweet as thanks", "too easy", "righto", "rightio", "right oh", "yeah righto",
        "for sure", "yeah for sure", "beauty", "nah yeah", "nagut", "na jut", "najut", "jut", "is jut",
        // second-language agreeing: "I am agree" (the French and Spanish "je suis d'accord", "estoy de acuerdo" put word
        // for word), "einverstehen" for "einverstanden", the Nigerian "no wahala" (no problem) and the Singapore and
        // Malaysian "ok lor", "can lah", whose last word only softens the yes
        "i am agree", "i'm agree", "im agree", "am agree", "we are agree", "i am agreed", "i'm agreed", "yes i am agree",
        "einverstehen", "bin einverstehen", "ich bin einverstehen", "ja ich bin einverstehen", "ja einverstehen",
        "no wahala", "no wahala at all", "ok lor", "okay lor", "ok lah", "okay lah", "can lah", "sure lah", "yes lah", "ok can",
        // French and Italian yes, as Swiss prospects write it in a German or English chat
        "oui", "ouais", "oui d'accord", "d'accord", "oui oui", "oui bien sur", "bien sur", "oui volontiers", "volontiers",
        "ca marche", "c'est bon", "oui c'est bon", "pas de probleme", "si", "si si", "si va bene", "va bene", "certo", "si certo",
        "d'accordo", "si d'accordo", "certamente", "nessun problema", "ok va bene", "oui merci", "si grazie");

    private static readonly string[][] No = Phrases.Of(
        "nein", "ne", "nee", "noe", "nae", "neh", "nein danke", "lieber nicht", "eher nicht", "besser nicht", "nicht",
        "auf keinen fall", "keinesfalls", "niemals", "nie", "bloss nicht", "ich moechte nicht", "moechte ich nicht",
        "will ich nicht", "ich will nicht", "nicht einverstanden", "bin nicht einverstanden", "ich bin nicht einverstanden",
        "ich stimme nicht zu", "stimme nicht zu", "ablehnen", "ich lehne ab", "lehne ab", "abgelehnt", "falsch",
        "nicht ok", "nicht okay", "passt nicht", "stimmt nicht", "nicht korrekt", "nicht richtig", "nicht ganz",
        "das stimmt nicht", "lieber nicht danke",
        // "not quite" after the verb it denies ("stimmt nicht ganz") is one refusal, with no word left over
        "stimmt nicht ganz", "das stimmt nicht ganz", "passt nicht ganz", "das passt nicht ganz", "not correct", "not right", "incorrect", "wrong", "not quite", "no", "nope", "nah", "naw", "n", "no thanks", "no thank you", "i'd rather not", "id rather not",
        "i prefer not", "i'd prefer not", "id prefer not", "i would prefer not",
        // "nah I'm good": the polite English refusal (rounds 11 and 12); "I'm good" alone may be either
        "nah i'm good", "nah im good", "no i'm good", "no im good", "i'm good thanks", "im good thanks", "i'm good thank you",
        "i would rather not", "rather not", "i don't agree", "i dont agree", "i do not agree", "don't agree", "disagree",
        "i disagree", "not ok", "not okay", "no way", "never", "not really", "i decline", "decline", "declined", "deny",
        "not at all", "absolutely not", "definitely not", "👎", "❌", "not comfortable", "not comfortable with that", "not comfortable with this", "i'm not comfortable with this",
        "i'm not comfortable", "im not comfortable", "i am not comfortable", "uncomfortable", "ist mir nicht recht",
        "nicht recht", "mir nicht wohl", "ist mir unangenehm", "unangenehm",
        // Bavarian and Austrian "ned" is "nicht"
        "ned", "ned wirklich", "lieber ned",
        // the Bavarian "naa" is "nein", "des mog i ned" is "das mag ich nicht"
        "naa", "naaa", "mog i ned", "des mog i ned", "i mog ned", "mog i net", "des mog i net", "mag ich nicht", "das mag ich nicht", "eher ned", "bitte ned", "sicher ned", "na sicher ned", "sicha ned", "sicher nicht",
        "na sicher nicht", "ganz sicher nicht",
        // the northern "nich" is "nicht"; "not really" before "comfortable" is the whole refusal
        "lieber nich", "eher nich", "besser nich", "not really comfortable", "not really comfortable with that",
        // the Australian "yeah nah" ends on the no it means; "lass mal", "lass gut sein", "lassen wir das" and "I'll pass",
        // "give it a miss" wave the offer away
        "yeah nah", "yea nah", "yeah nah nah", "lass mal", "lass mal lieber", "lass mal gut sein", "lass gut sein", "lass mal stecken",
        "lass stecken", "lassen wir das", "lassen wir das lieber", "lieber lassen", "i'll pass", "ill pass", "i will pass",
        "i'll give it a miss", "give it a miss", "i'll give that a miss",
        // French and Italian no
        "non", "non merci", "no grazie", "pas question", "plutot pas", "meglio di no", "preferisco di no", "je prefere pas",
        "je prefere ne pas");

    // Yes in the languages second-language writers fall back on: Czech and Slovak, Polish, Hungarian, Turkish, Dutch,
    // the Nordic languages, Spanish and Portuguese, Arabic in Latin letters. The "no" of Czech, Slovak and Polish before
    // one of them is "well" ("no jo", "no tak"), and the Danish "tak" after a yes or no is "thanks" ("ja tak", "nej tak").
    private static readonly string[][] OtherYes = Phrases.Of(
        "ano", "áno", "ano ano", "no jo", "no ano", "no jasně", "no dobře", "no tak", "no dobra", "no pewnie", "jasně",
        "jasne", "dobře", "dobre", "dobrze", "dobra", "dobro", "souhlasím", "súhlasím", "v pořádku", "v poriadku",
        "určitě", "samozřejmě", "tak", "tak jest", "zgoda", "zgadzam się", "pewnie", "oczywiście", "w porządku",
        "igen", "hát igen", "rendben", "persze", "elfogadom", "mehet", "természetesen",
        "evet", "tamam", "tamamdır", "olur", "tabii", "tabi", "kabul", "kabul ediyorum",
        "akkoord", "ja hoor", "graag", "ja graag", "natuurlijk", "zeker", "jazeker", "is goed", "dat is goed", "klopt", "dat klopt",
        "ja tak", "ja tack", "ja takk", "javisst", "visst", "gjerne", "selvfølgelig", "självklart", "selvsagt", "okej", "kyllä",
        "selvä", "sopii", "vale", "claro", "claro que sí", "de acuerdo", "por supuesto", "está bien", "correcto",
        "exacto", "sim", "de acordo", "claro que sim", "está correto", "está certo", "com certeza",
        // "I agree", "I accept" in Italian, Portuguese and Spanish
        "concordo", "sim concordo", "accetto", "aceito", "acepto", "d'accordo", "sono d'accordo", "estoy de acuerdo", "estou de acordo",
        "na'am", "aywa", "aiwa", "tayeb", "tayyib", "sigur", "oké",
        // Filipino ("opo", "oo po"), Swahili ("ndiyo", "sawa") and Hindi ("haan", "haan ji", "ji haan") yes
        "opo", "oo po", "ndiyo", "sawa", "sawa sawa", "haan", "haan ji", "ji haan",
        // Greek, Romanian, Croatian and Vietnamese ("ναι σωστά", "sunt de acord", "slažem se", "đồng ý")
        "ναι", "σωστά", "εντάξει", "συμφωνώ", "φυσικά", "βεβαίως", "corect", "sunt de acord", "de acord", "desigur",
        "slažem se", "u redu", "može", "naravno", "svakako", "vâng", "đồng ý", "được",
        // Ukrainian, Russian and Bulgarian in their own letters, and Arabic ("так, добре", "да, согласен", "نعم")
        "так", "да", "добре", "згоден", "згодна", "звісно", "звичайно", "согласен", "согласна", "конечно", "хорошо", "ладно",
        "съгласен", "съгласна", "разбира се", "نعم", "موافق", "أوافق");

    // A yes of another language that is also a word of German or English ("da"): only as the whole answer.
    private static readonly HashSet<string> OtherYesAlone = new(StringComparer.Ordinal) { "da" };

    // No in the same languages ("ne" and "nie" are in the German list).
    private static readonly string[][] OtherNo = Phrases.Of(
        "nej", "nej tak", "nej tack", "nej takk", "nem", "nem köszönöm", "hayır", "hayir", "nie dziękuję", "ne děkuji",
        "nee dank je", "nee bedankt", "no gracias", "não", "não obrigado", "não obrigada", "ei kiitos", "la shukran",
        "όχι", "không", "ні", "нет", "не", "ні дякую", "нет спасибо", "не благодаря", "لا", "لا شكرا");

    private static readonly string[][] Hedges = Phrases.Of(
        "vielleicht", "eventuell", "evtl", "mal sehen", "mal schauen", "weiss nicht", "weiss ich nicht", "keine ahnung",
        "kommt drauf an", "kommt darauf an", "unsicher", "nicht sicher", "nicht ganz sicher", "nicht so sicher", "maybe", "perhaps", "not sure", "i'm not sure", "i don't know",
        "dont know", "don't know", "depends", "it depends", "i guess", "probably");

    /// <summary>Words that may stand around a yes or no without changing it.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "bitte", "danke", "dankeschoen", "vielen", "dank", "gerne", "gern", "hallo", "hi", "hey", "moin", "servus", "hello",
        // impatience ("yeah fine whatever", "jaja klar, weiter") hurries the yes on and doubts nothing
        "whatever", "weiter",
        // "rather not tbh": candour said around the answer changes nothing
        "tbh", "honestly", "ngl",
        // ("yes pls", "yess plz": the short forms of "please" as writers type them)
        "please", "pls", "plz", "thanks", "thank", "you", "thx", "ok", "okay", "sehr", "very", "much", "much", "so", "doch", "natuerlich",
        "klar", "sure", "of", "course", "absolut", "absolutely", "definitiv", "definitely", "das", "ist", "that", "is", "it",
        "fine", "mir", "for", "me", "by", "ich", "i", "auch", "too", "also", "fuer", "mich", "von", "meiner", "seite",
        "hmm", "hm", "hmmm", "aeh", "aehm", "ehm", "oeh", "naja", "na", "well", "um", "uh", "erm", "tja", "ach", "oh", "oh", "joa",
        "guten", "morgen", "tag", "abend", "zusammen", "there", "morning", "afternoon", "evening", "sorry", "leider",
        "grueezi", "gruessech", "griass", "hoi", "sali", "salut", "ciao", "hiya", "heya", "mei",
        // a friendly address or the Austrian "eh" ("nah mate", "sure buddy", "eh klar") colours the answer, it doubts nothing
        "mate", "mates", "bro", "buddy", "dude", "eh", "man",
        // the German particle "halt" gives in ("jaja mach halt"), it takes nothing back
        "halt",
        // an apology for a typo before the answer typed again ("jaa sorry vertippt, ja", "yes sorry typo") says nothing of it
        "vertippt", "verschrieben", "typo", "mistyped", "autocorrect", "autokorrektur",
        // laughter ("yes lol", "nope lol") and the Swiss "gärn" colour the answer
        "lol", "haha", "hahaha", "lmao", "gaern",
        // the Filipino "po" of respect after the answer ("yes po", "opo")
        "po",
    };

    /// <summary>Whether a yes phrase of either list starts at <paramref name="at"/> in an answer without a negation (not the
    /// German "ja" of "da ja", nor "da bin ich nicht einverstanden").</summary>
    private static bool YesFollows(FoldedText folded, int at) =>
        at < folded.Count && folded[at].Text != "ja" && !folded.Words.Any(w => CommonWords.Negations.Contains(w.Text)) &&
        (Array.Exists(Yes, p => folded.MatchesAt(at, p)) || Array.Exists(OtherYes, p => folded.MatchesAt(at, p)));

    public static Reading<bool>? Read(string text)
    {
        if (text.Contains('?') && PhoneRefusalQuestion().Match(text) is { Success: true } asked &&
            FoldedText.Of(text[..asked.Index]) is var refused && refused.Words.Any(w => PhoneWords.Contains(w.Text)) &&
            Read(text[..asked.Index]) is { Value: true, Confidence: Confidence.High } kept)
        {
            // "Yes that's fine, but I'd rather not give a phone number, is that still ok?": the question asks only whether
            // the refusal of the one field the flow may skip is accepted; the yes before it stands
            return kept;
        }

        if (AnswerSentenceBeforeQuestion(text) is { } answerEnd && Read(text[..answerEnd]) is { Confidence: Confidence.High } answered)
        {
            // "Ja, einverstanden. Wie lange speichern Sie die Daten denn?", "Ne, lieber nicht. Kann ich auch ohne?": a yes or
            // no with more words in a sentence of its own, then a question, answers first and asks after; a lone
            // "Einverstanden." or "Ja." before a question may hang on its answer and stays confirmed
            return answered;
        }

        var folded = FoldedText.Of(text);
        var reading = ReadWords(text, folded);
        if (reading is null && RefusesStorage(folded, 0))
        {
            // "keine Daten bitte", "please don't store my data": a refusal of the storage in words of its own
            return new Reading<bool>(false, Confidence.High, text.Trim());
        }

        if (reading is null && ReadRefusalOpening(text) is { } refusal)
        {
            return refusal.Answer;
        }

        if (reading is null || reading is { Value: true, Confidence: < Confidence.High } || reading.Confidence < Confidence.Medium)
        {
            return reading;
        }

        if (!folded.Contains(Forced))
        {
            return reading;
        }

        // "ja, muss ja", "ok, I have no choice": a yes the prospect says is forced is a reluctant yes, confirmed; the "no" of
        // "no choice" refuses nothing
        return reading.Value || Array.Exists(Yes, p => p.Length > 0 && folded.MatchesAt(0, p))
            ? new Reading<bool>(true, Confidence.Medium, reading.Evidence) { Hint = ReadingHints.Ambiguous }
            : reading;
    }

    // Words of agreement that a negation before them, or a "not" closing the clause after them, turns into a refusal.
    private static readonly string[][] Agreement = Phrases.Of(
        "consent", "agree", "confirm", "accept", "approve", "fine", "ok", "okay", "right", "correct", "good", "of course",
        "alright", "einverstanden", "zustimmen", "stimme zu", "bestaetige", "akzeptiere", "richtig", "korrekt",
        "in ordnung", "natuerlich", "klar", "sicher", "gut");

    // Words that may stand between the negation and the agreement ("I do not really agree", "doesn't look right").
    private static readonly HashSet<string> BetweenNegationAndAgreement = new(StringComparer.Ordinal)
    {
        "do", "does", "really", "quite", "so", "look", "looks", "seem", "seems", "sound", "sounds", "feel", "be", "wirklich",
        "ganz", "mehr",
    };

    /// <summary>Whether a word of agreement in the answer is negated: by a negation before it in its clause ("I do not
    /// consent", "that's not fine", "doesn't look right", "I don't confirm") or by a "not" that closes its clause right after
    /// it ("of course not", "sicher nicht"). Such an answer is no yes, whatever phrase of yes it also holds.</summary>
    internal static bool NegatesAgreement(string text)
    {
        var folded = FoldedText.Of(text);
        for (var i = 0; i < folded.Count; i++)
        {
            if (LanguageApology(folded, i) is > 0 and var apology)
            {
                // ("yes, sorry for my english not so good": the "not good" is said of the writer's language)
                i += apology - 1;
                continue;
            }

            var length = 0;
            foreach (var p in Agreement)
            {
                if (p.Length > length && folded.MatchesAt(i, p))
                {
                    length = p.Length;
                }
            }

            if (length == 0)
            {
                continue;
            }

            if (IsNegatedAt(folded, i, length))
            {
                return true;
            }

            i += length - 1;
        }

        return false;
    }

    /// <summary>Whether the phrase of <paramref name="length"/> words at <paramref name="at"/> is negated in its clause: a
    /// negation before it (with at most two words such as "do", "really", "look" between) or a "not" right after it that
    /// closes the clause.</summary>
    private static bool IsNegatedAt(FoldedText folded, int at, int length)
    {
        var k = at - 1;
        for (var skipped = 0; k >= 0 && skipped < 2 && BetweenNegationAndAgreement.Contains(folded[k].Text) && !folded[k + 1].AfterBreak; skipped++)
        {
            k--;
        }

        if (k >= 0 && CommonWords.Negations.Contains(folded[k].Text) && !folded[k + 1].AfterBreak)
        {
            return true;
        }

        var after = at + length;
        return after < folded.Count && folded[after].Text is "not" or "nicht" && !folded[after].AfterBreak &&
               (after + 1 == folded.Count || folded[after + 1].AfterBreak);
    }

    private static Reading<bool>? ReadWords(string text, FoldedText folded)
    {
        var reading = ReadPhrases(text, folded, out var otherLanguage);
        // "ano, souhlasím", "evet tamam", "igen, rendben": a yes or no in a language the bot does not speak is read, and
        // confirmed, however plainly it is said
        return otherLanguage && reading is { Confidence: Confidence.High }
            ? new Reading<bool>(reading.Value, Confidence.Medium, reading.Evidence) { Hint = ReadingHints.Ambiguous }
            : reading;
    }

    private static Reading<bool>? ReadPhrases(string text, FoldedText folded, out bool otherLanguage)
    {
        otherLanguage = false;
        if (folded.Count == 0)
        {
            // a thumb or a tick alone; a smile alone ("🙂") is friendliness, no agreement to anything
            var t = text.Trim();
            return t is "👍" or "✅" or "👌" or "👍🏻" or "👍🏼" or "👍🏽" ? new Reading<bool>(true, Confidence.High, t)
                : t is "👎" or "❌" or "👎🏻" or "👎🏼" ? new Reading<bool>(false, Confidence.High, t)
                : null;
        }

        if (folded.Count >= 3 && folded.Find(Conditions) is { At: 0 } && !folded.IsQuestion)
        {
            // "Nur wenn ich dann nicht mit Newslettern zugemüllt werde", "only if you don't call me": a yes on a condition,
            // whatever "nicht" the condition holds; confirmed
            return new Reading<bool>(true, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (OnlyPhoneRefused(folded, 0) && !BareAnswers.Contains(folded[0].Text) && folded[0].Text is not ("nah" or "noe" or "ne"))
        {
            // "I'd rather not give my phone number", "Telefonnummer gebe ich nicht an": a refusal of the one field that may be
            // skipped, with no word of no to the rest, refuses nothing asked; the flow asks again
            return null;
        }

        if (folded.Count >= 2 && folded[0].Text == "not" && folded[1].Text == "yet" && (folded.Count == 2 || folded[2].AfterBreak) && !folded.HasQuestionMark)
        {
            // "Not yet, first tell me what it costs", "not yet": consent put off is no yes for now, as "noch nicht" is;
            // confirmed, as the prospect may give it after the answer they wait for
            return new Reading<bool>(false, Confidence.Medium, folded.Span(0, 1)) { Hint = ReadingHints.Ambiguous };
        }

        if (SelfCorrected(folded) is { } corrected)
        {
            // "nein... doch, ja ok", "yes - no wait, rather not": the answer after the word that takes the first one back
            return corrected;
        }

        if (YesWithReason(folded) is { } reasoned)
        {
            // "Klar, sonst wär ich ja nicht hier", "sure, that's why I'm here": a clear yes as a clause of its own, then why;
            // a "nicht" in the reason takes nothing back
            return new Reading<bool>(true, Confidence.High, reasoned);
        }

        var yesAt = new List<(int At, int Length)>();
        var noAt = new List<(int At, int Length)>();
        var hedged = folded.Contains(Hedges);
        var covered = new bool[folded.Count];
        for (var i = 0; i < folded.Count; i++)
        {
            if (covered[i])
            {
                continue;
            }

            if (LanguageApology(folded, i) is > 0 and var apology)
            {
                // "Yes pls, sorry for my english not so good": a clause about the writer's own language is courtesy; its
                // "not" and "good" answer nothing
                for (var k = i; k < i + apology; k++)
                {
                    covered[k] = true;
                }

                continue;
            }

            if (i > 0 && folded[i].Text == "k" && folded[i - 1].IsNumber && !folded[i].AfterBreak)
            {
                // "30k" is an amount, not "k" for okay
                continue;
            }

            if (IsInitial(text, folded, i))
            {
                // "J. Meyer", "N. Ott": an initial before a name is no "ja" or "no"
                continue;
            }

            if ((Array.Find(Greetings, g => folded.MatchesAt(i, g)) ?? Array.Find(NoAgreement, g => folded.MatchesAt(i, g))) is { } greeting)
            {
                // "Good morning. I represent …", "Good question, what data?": the "good" of a greeting or a remark agrees to
                // nothing; the words are courtesy
                for (var k = i; k < i + greeting.Length; k++)
                {
                    covered[k] = true;
                }

                continue;
            }

            // The longest phrase at this word wins ("nicht einverstanden" over "einverstanden", "no problem" over "no").
            var best = (Length: 0, IsYes: false);
            var other = false;
            foreach (var p in No)
            {
                if (p.Length > best.Length && folded.MatchesAt(i, p))
                {
                    best = (p.Length, false);
                }
            }

            foreach (var p in Yes)
            {
                if (p.Length > best.Length && folded.MatchesAt(i, p))
                {
                    best = (p.Length, true);
                }
            }

            foreach (var p in OtherNo)
            {
                if (p.Length > best.Length && folded.MatchesAt(i, p))
                {
                    (best, other) = ((p.Length, false), true);
                }
            }

            foreach (var p in OtherYes)
            {
                if (p.Length > best.Length && folded.MatchesAt(i, p))
                {
                    (best, other) = ((p.Length, true), true);
                }
            }

            if (best.Length == 0 && OtherYesAlone.Contains(folded[i].Text) && (folded.Count == 1 || i == 0 && YesFollows(folded, 1)))
            {
                // ("da, einverstanden", "Da, I agree", "da ok": the Romanian and Croatian yes opening the answer before
                // another yes; "da ja …" is the German "since")
                (best, other) = ((1, true), true);
            }

            if (best.Length == 0 && DrawnOut(folded[i].Text) is { } drawn)
            {
                // "yesss", "nooo", "suuure": a yes or no word drawn out is that word
                best = (1, drawn);
            }

            if (best.Length == 0 || best.IsYes && GladlyWanted(folded, i, best.Length))
            {
                continue;
            }

            // ("Ja, klopt": a yes of German or English said first is the answer; another language's word after it adds nothing;
            // "evet tamam, ja": one said after it in the chat's language says the same plainly)
            otherLanguage |= other && yesAt.Count == 0 && noAt.Count == 0;
            // (a phrase of courtesy words only, "ok", "of course", says no more than the word before it; "I agree" does)
            otherLanguage &= !(best.IsYes && !other && noAt.Count == 0 && !IsNegatedAt(folded, i, best.Length) &&
                               !Enumerable.Range(i, best.Length).All(k => Filler.Contains(folded[k].Text)));

            // "I do not really agree", "das ist nicht in Ordnung", "of course not": a negated yes is a no
            (best.IsYes && !IsNegatedAt(folded, i, best.Length) ? yesAt : noAt).Add((i, best.Length));
            for (var k = i; k < i + best.Length; k++)
            {
                covered[k] = true;
            }
        }

        if (yesAt.Count == 0 && noAt.Count == 0)
        {
            if (MistypedAlone(folded) is { } mistyped)
            {
                // "einverstandn", "einverstandem", "akzeptiet": a long word of agreement one letter off, as the whole answer,
                // is that word; a short one ("ja" / "jo" / "no") is too near others to say
                return new Reading<bool>(mistyped, Confidence.High, text.Trim());
            }

            if (ReluctantYesAlone(folded) is { } span && !AnswerReader.IsQuestion(text))
            {
                // "I guess so", "hmm, glaub schon?": the reluctant words say yes themselves; a yes to confirm
                return new Reading<bool>(true, Confidence.Medium, span) { Hint = ReadingHints.Hedged };
            }

            return hedged ? new Reading<bool>(false, Confidence.Low, text) { Hint = ReadingHints.Hedged } : null;
        }

        // "nein, gerne" is a no: a no phrase and yes-like words that are only courtesy.
        var isYes = noAt.Count == 0;
        if (yesAt.Count > 0 && noAt.Count > 0)
        {
            var yesOnlyCourtesy = yesAt.All(y => y.Length == 1 && Filler.Contains(folded[y.At].Text));
            if (yesAt[0].At < noAt[0].At && !hedged && OpensMessage(folded, covered, yesAt[0]) &&
                OnlyContactPreference(folded, yesAt[0].At + yesAt[0].Length) && Enumerable.Range(yesAt[0].At + yesAt[0].Length, folded.Count - yesAt[0].At - yesAt[0].Length).Any(k => folded[k].Text is "tho" or "though"))
            {
                // "yep, no spam tho pls": the yes, then how not to be contacted with its "but" put last
                return new Reading<bool>(true, Confidence.High, folded.Span(yesAt[0].At, yesAt[0].At + yesAt[0].Length - 1));
            }

            // ("yeah thats fine, but please no marketing emails": the reservation follows the last yes said before it)
            var yesEnd = yesAt.Where(y => y.At < noAt[0].At).Select(y => y.At + y.Length).DefaultIfEmpty(yesAt[0].At + yesAt[0].Length).Max();
            if (!yesOnlyCourtesy && yesAt[0].At < noAt[0].At && HasReservation(folded, yesEnd) &&
                ReservationBefore(folded, noAt[0].At) && !folded.HasQuestionMark && !hedged)
            {
                if (OnlyContactPreference(folded, yesEnd))
                {
                    // "Ja, aber bitte nur per Mail, nicht anrufen": how to be contacted is no condition on storing the
                    // answers, so the yes stands
                    return new Reading<bool>(true, Confidence.High, folded.Span(yesAt[0].At, yesAt[0].At + yesAt[0].Length - 1));
                }

                if (OnlyPhoneRefused(folded, yesEnd))
                {
                    // "ja aber die Telefonnummer gebe ich nicht an": the phone is the one detail the flow may skip, so
                    // refusing it alone puts no condition on the yes
                    return new Reading<bool>(true, Confidence.High, folded.Span(yesAt[0].At, yesAt[0].At + yesAt[0].Length - 1));
                }

                // "Ja, aber bitte nur per Mail kontaktieren, nicht anrufen": a yes with a condition; the "nicht" is in the
                // condition, not the answer. Confirmed, as any "ja, aber …".
                return new Reading<bool>(true, Confidence.Medium, folded.Span(yesAt[0].At, yesAt[0].At + yesAt[0].Length - 1)) { Hint = ReadingHints.Ambiguous };
            }

            if (yesOnlyCourtesy && yesAt[0].At == 0 && noAt[0].At > yesAt[0].At && !hedged && OnlyContactPreference(folded, yesAt[0].Length))
            {
                // "ok, but no calls please": the "no" refuses calls, the "ok" that opens the answer is the yes
                return new Reading<bool>(true, Confidence.High, folded.Span(0, yesAt[0].Length - 1));
            }

            if (yesOnlyCourtesy && yesAt[0].At == 0 && noAt[0].At > yesAt[0].At && !hedged && !folded.HasQuestionMark &&
                HasReservation(folded, yesAt[0].Length) && ReservationBefore(folded, noAt[0].At))
            {
                // "ok aber nur wenn ihr das nicht an dritte weitergebt": the "ok" that opens the answer is the yes, the
                // "nicht" is in its condition; confirmed, as any "ja, aber …"
                return new Reading<bool>(true, Confidence.Medium, folded.Span(0, yesAt[0].Length - 1)) { Hint = ReadingHints.Ambiguous };
            }

            if (!folded.HasQuestionMark && !hedged && YesAfterRefusal(folded, covered, yesAt, noAt) is { } late)
            {
                return late;
            }

            if (!yesOnlyCourtesy)
            {
                return new Reading<bool>(false, Confidence.Low, text) { Hint = ReadingHints.Ambiguous };
            }

            isYes = false;
        }

        var first = isYes ? yesAt[0] : noAt[0];
        var evidence = folded.Span(first.At, first.At + first.Length - 1);
        if (!folded.HasQuestionMark && folded.IsQuestion)
        {
            // "what happens if i say no": a question typed without its mark is no answer, whatever yes or no word it holds
            return null;
        }

        if (folded.HasQuestionMark && !OpensMessage(folded, covered, first))
        {
            // "what exactly will you store?", "is that right?": a question that only contains a yes word asks something
            return null;
        }

        if (hedged)
        {
            // "fine i guess", "ja, schätze schon": a yes said reluctantly is a yes to confirm; any other doubt asks again
            return isYes && OnlyReluctant(folded)
                ? new Reading<bool>(true, Confidence.Medium, evidence) { Hint = ReadingHints.Hedged }
                : new Reading<bool>(isYes, Confidence.Low, evidence) { Hint = ReadingHints.Hedged };
        }

        var rest = 0;
        for (var i = 0; i < folded.Count; i++)
        {
            // after a no, refusing words only repeat it ("nah I don't want my info saved")
            if (!covered[i] && !Filler.Contains(folded[i].Text) && !ConsentTalk.Contains(folded[i].Text) && (isYes || !RefusalTalk.Contains(folded[i].Text)))
            {
                rest++;
            }
        }

        var confidence = rest == 0 && !folded.HasQuestionMark ? Confidence.High : Confidence.Medium;
        // ("Passt, ihr dürft mich kontaktieren. Aber bitte keinen Newsletter": from the last yes said)
        if (confidence == Confidence.Medium && isYes && OpensMessage(folded, covered, first) &&
            (OnlyContactPreference(folded, yesAt[^1].At + yesAt[^1].Length) || OnlyPhoneRefused(folded, yesAt[^1].At + yesAt[^1].Length)))
        {
            // "jaa aber bitte keine Anrufe", "ok but no newsletters please": how to be contacted is no condition on storing
            // the answers, so the yes stands
            confidence = Confidence.High;
        }

        if (confidence == Confidence.Medium && !folded.HasQuestionMark && StandsAlone(folded, covered, first) &&
            (!isYes || !HasReservation(folded, first.At + first.Length)))
        {
            // "ja, gerne doch, legen Sie los", "no, I'd rather not share anything": the answer comes first, as a clause of
            // its own; what follows is a remark about it. A yes with a reservation after it ("ja, aber …", "yes, only if
            // …") is confirmed: it may take back part of the yes.
            confidence = Confidence.High;
        }

        if (confidence == Confidence.Medium && !isYes && OpensMessage(folded, covered, first) && OnlyBrowsing(folded, first.At + first.Length))
        {
            // "nein – ich wollte mir nur die Preise anschauen", "nah i just wanted to look around", "Rather not. Can I just
            // get a price list?": a no, then why: only looking or asking; the reason repeats the no
            confidence = Confidence.High;
        }

        return new Reading<bool>(isYes, confidence, evidence);
    }

    /// <summary>The one word of the message one typo off a single-word yes or no of eight letters or more, and off no
    /// word of the other answer: its answer, or null.</summary>
    private static bool? MistypedAlone(FoldedText folded)
    {
        if (folded.Count != 1 || folded[0].Text.Length < 8 || folded.IsQuestion)
        {
            return null;
        }

        var word = folded[0].Text;
        bool Near(string[][] phrases) => Array.Exists(phrases, p => p.Length == 1 && p[0].Length >= 8 && WordMatch.WithinOneEdit(word, p[0]));
        var yes = Near(Yes);
        var no = Near(No);
        return yes == no ? null : yes;
    }

    // Words that say the prospect only wants to look or ask ("nur umschauen", "just browsing", "nur kurz was fragen").
    private static readonly HashSet<string> BrowsingWords = new(StringComparer.Ordinal)
    {
        "umschauen", "umsehen", "umgucken", "um", "anschauen", "ansehen", "angucken", "gucken", "schauen", "schau", "look",
        "looking", "browse", "browsing", "fragen", "frage", "wissen", "ask", "asking", "question", "preise", "preis",
        "preisliste", "price", "prices", "pricing", "kostet", "kosten", "costs", "cost", "infos", "info", "informieren",
    };

    /// <summary>Whether the words from <paramref name="from"/> say only that the prospect wants to look or ask: "nur",
    /// "just" or "only" and a word of looking or asking (<see cref="BrowsingWords"/>), with no yes word, condition or
    /// second answer after the no.</summary>
    private static bool OnlyBrowsing(FoldedText folded, int from)
    {
        var restricting = false;
        var browsing = false;
        for (var i = from; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (w is "wenn" or "if" or "falls" or "unless" or "sofern" or "aber" or "but" or "ja" or "yes" or "ok" or "okay" or "doch")
            {
                return false;
            }

            restricting |= w is "nur" or "just" or "only" or "bloss";
            browsing |= BrowsingWords.Contains(w);
        }

        return restricting && browsing;
    }

    /// <summary>Words that say how or how often to be contacted ("bitte keine Anrufe", "nur per Mail", "no newsletters
    /// please"): none of them makes the storing of the answers conditional.</summary>
    private static readonly HashSet<string> ContactPreference = new(StringComparer.Ordinal)
    {
        "bitte", "keine", "kein", "keinen", "nicht", "nur", "per", "ueber", "via", "e", "mail", "mails", "email", "emails",
        "anruf", "anrufe", "anrufen", "telefonisch", "telefon", "telefonanrufe", "werbeanrufe", "newsletter", "newslettern",
        "werbung", "werbemails", "spam", "spammen", "zuspammen", "kontaktieren", "kontakt", "melden", "schreiben",
        "schicken", "zuschicken", "senden", "mich", "mir", "danach", "zu", "oft", "staendig", "dauernd", "sms", "whatsapp",
        "marketing", "lieber", "am", "liebsten", "anschreiben", "please", "pls", "plz", "no", "don't", "dont", "do",
        "not", "call", "calls", "calling", "phone", "me", "only", "by", "just", "newsletters", "add", "to", "any",
        "send", "sending", "text", "texts", "cold", "promo", "promotional", "too", "many", "often", "unsolicited",
        "contact", "reach", "out", "mailing", "list", "lists", "spamming", "prefer", "preferably", "thx", "thanks", "danke",
        // "keine Werbe-Newsletter", "without phone please": the first part of a hyphenated compound, and "without"
        "werbe", "ohne", "without", "tho", "though",
    };

    // Words for the phone number, the one contact detail the flow may skip.
    private static readonly HashSet<string> PhoneWords = new(StringComparer.Ordinal)
    {
        "telefonnummer", "telefon", "nummer", "handynummer", "handy", "mobilnummer", "tel", "phone", "number", "cell", "mobile",
    };

    // Words besides the phone's, a negation and courtesy that a refusal of the phone number is said with ("die
    // Telefonnummer gebe ich nicht an", "I won't give my phone number").
    private static readonly HashSet<string> PhoneRefusalWords = new(StringComparer.Ordinal)
    {
        "aber", "but", "die", "meine", "mein", "the", "my", "ich", "i", "gebe", "geb", "an", "raus", "heraus", "angeben", "give",
        "share", "lasse", "lass", "weg", "leave", "out", "will", "moechte", "want", "to", "rather", "lieber", "bitte", "please",
        "mal", "erstmal", "dann", "eben", "halt", "won't", "wont", "don't", "dont", "nicht", "not", "keine", "kein", "no",
        "ungern", "you", "ihnen", "euch", "dir", "is", "ist", "off", "limits", "tabu", "that", "das", "den", "der",
        "i'd", "id", "would", "prefer", "just", "so", "know", "fyi", "a", "eine", "wissen", "nur", "zur", "info", "that's", "thats", "fine",
        "ohne", "without", "her", "hergeben", "herausgeben", "keins",
    };

    /// <summary>Whether the words from <paramref name="from"/> on refuse the phone number and nothing else ("aber die
    /// Telefonnummer gebe ich nicht an", "but I won't give my phone number"): a word for the phone, a negation, and only
    /// the words such a refusal is said with.</summary>
    private static bool OnlyPhoneRefused(FoldedText folded, int from)
    {
        var phone = false;
        var negated = false;
        for (var k = from; k < folded.Count; k++)
        {
            var w = folded[k].Text;
            phone |= PhoneWords.Contains(w);
            negated |= CommonWords.Negations.Contains(w) || w is "ungern" or "tabu" or "weg" or "ohne" or "without" or "keins";
            if (!PhoneWords.Contains(w) && !PhoneRefusalWords.Contains(w))
            {
                return false;
            }
        }

        return phone && negated && !folded.HasQuestionMark;
    }

    /// <summary>A yes after a refusal that takes it back or narrows it: a refusal of the phone number alone and a yes to
    /// "the rest" ("Telefonnummer geb ich nicht, der Rest ist ok", "I'd rather not give my phone but yes to the rest") is a
    /// yes, sure, as the phone question can be skipped; a reluctance followed by "aber"/"but" and nothing but a yes
    /// ("eigentlich nicht so gern... aber ok") is a yes to confirm. Null otherwise.</summary>
    // Words of giving way after a reluctant yes ("…, aber ok wenn es sein muss", "…, but ok if needed").
    private static readonly string[][] GivingWay = Phrases.Of(
        "wenn es sein muss", "wenn's sein muss", "wenns sein muss", "wenn das sein muss", "falls noetig", "wenn noetig", "notfalls",
        "if needed", "if need be", "if necessary", "if i must", "if i have to", "if you must", "if it must be");

    private static Reading<bool>? YesAfterRefusal(FoldedText folded, bool[] covered, List<(int At, int Length)> yesAt, List<(int At, int Length)> noAt)
    {
        var lastNo = noAt[^1].At + noAt[^1].Length;
        var lastYes = yesAt[^1];
        if (lastYes.At < lastNo)
        {
            return null;
        }

        var evidence = folded.Span(lastYes.At, lastYes.At + lastYes.Length - 1);
        // ("I'd rather not give my phone but otherwise yes", "Handy nicht, ansonsten ok": the rest in other words)
        var rest = folded.Words.FindIndex(lastNo, w => w.Text is "rest" or "otherwise" or "ansonsten" or "sonst" or "else");
        if (rest >= 0 && rest <= lastYes.At + lastYes.Length + 2 && rest >= lastYes.At - 3 &&
            folded.Words.Take(rest).Any(w => PhoneWords.Contains(w.Text)))
        {
            return new Reading<bool>(true, Confidence.High, evidence);
        }

        var but = folded.Words.FindLastIndex(w => w.Text is "aber" or "but");
        if (but < lastNo || but > lastYes.At)
        {
            return null;
        }

        // "lieber nicht, aber ok wenn es sein muss", "I'd rather not, but ok if needed": a yes right after the "but" and
        // then only a word of giving way; confirmed ("nein, aber ja wenn ich kurz was fragen darf" is a condition, asked)
        bool Said(int k) => covered[k] || Filler.Contains(folded[k].Text);
        var givesWay = Enumerable.Range(but + 1, Math.Max(0, lastYes.At - but - 1)).All(Said) &&
                       Array.Exists(GivingWay, p => folded.MatchesAt(lastYes.At + lastYes.Length, p) && lastYes.At + lastYes.Length + p.Length == folded.Count);
        return givesWay || Enumerable.Range(but + 1, folded.Count - but - 1).All(Said)
            ? new Reading<bool>(true, Confidence.Medium, evidence) { Hint = ReadingHints.Ambiguous }
            : null;
    }

    /// <summary>Whether everything after the yes is a "but" and a preference about how to be contacted ("jaa aber bitte
    /// keine Anrufe", "yes, but no calls please"); a condition, a question, a hedge or any other word keeps it a
    /// yes to confirm.</summary>
    private static bool OnlyContactPreference(FoldedText folded, int from) => OnlyContactPreference(folded, from, folded.Count);

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "we", "we're", "wir", "i", "i'm", "ich", "our", "unser", "unsere", "my", "mein", "meine",
    };

    private static readonly HashSet<string> BareAnswers = new(StringComparer.Ordinal)
    {
        "yes", "ja", "yep", "yeah", "sure", "klar", "jo", "no", "nein", "nope", "nee",
    };

    /// <summary>The length of a bare yes or no opening the message right before a pronoun ("yes we want …"); 0 when the
    /// message does not open so.</summary>
    private static int AnswerBeforePronoun(FoldedText folded) =>
        folded.Count > 3 && BareAnswers.Contains(folded[0].Text) && !folded[1].AfterBreak && Pronouns.Contains(folded[1].Text) ? 1 : 0;

    private static bool OnlyContactPreference(FoldedText folded, int from, int to)
    {
        var i = from;
        while (i < folded.Count && Filler.Contains(folded[i].Text))
        {
            i++;
        }

        // ("yep, no spam tho pls": the wish as a clause of its own after the yes, with its "but" put last)
        var butLast = i < folded.Count && folded[i].AfterBreak && folded.Words.Skip(i).Any(w => w.Text is "tho" or "though");
        if (i >= folded.Count || folded[i].Text is not ("aber" or "but" or "allerdings" or "jedoch" or "however") && !butLast ||
            folded.HasQuestionMark || folded.Contains(Conditions) || folded.Contains(Hedges))
        {
            return false;
        }

        var said = false;
        for (i = butLast ? i : i + 1; i < to; i++)
        {
            var w = folded[i].Text;
            if (!ContactPreference.Contains(w))
            {
                return false;
            }

            said |= w is not ("bitte" or "nur" or "nicht" or "kein" or "keine" or "keinen" or "please" or "pls" or "plz"
                or "no" or "not" or "don't" or "dont" or "do" or "only" or "just" or "me" or "mich" or "mir" or "to" or "zu" or
                "thx" or "thanks" or "danke" or "tho" or "though");
        }

        return said;
    }

    private static readonly HashSet<string> OpeningAnswerWords = new(StringComparer.Ordinal)
    {
        "ja", "jo", "jaja", "yes", "yeah", "yep", "yup", "ok", "okay", "sure", "nein", "ne", "nee", "no", "nope", "nah",
    };

    /// <summary>The end of the answer's own sentence before a question: the message opens with a bare yes or no and more
    /// words up to a full stop or an exclamation mark ("Ja, einverstanden.", "Yes, happy to."), and the rest is a question
    /// with no negation, reservation or condition in it; null otherwise.</summary>
    private static int? AnswerSentenceBeforeQuestion(string text)
    {
        if (!text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var folded = FoldedText.Of(text);
        if (folded.Count < 3 || !OpeningAnswerWords.Contains(folded[0].Text))
        {
            return null;
        }

        for (var i = 2; i < folded.Count; i++)
        {
            if (!folded[i].AfterBreak || text[folded[i - 1].End..folded[i].Start].IndexOfAny(['.', '!']) < 0)
            {
                continue;
            }

            var question = FoldedText.Of(text[folded[i].Start..]);
            return question.Words.Any(w => CommonWords.Negations.Contains(w.Text) || Reservations.Contains(w.Text) && w.Text != "long") ||
                   question.Contains(Conditions)
                ? null
                : folded[i - 1].End;
        }

        return null;
    }

    private static readonly string[][] Conditions = Phrases.Of(
        "nur wenn", "nur falls", "solange", "sofern", "vorausgesetzt", "only if", "as long as", "provided", "providing",
        "on condition");

    private static readonly string[][] Reluctant = Phrases.Of(
        "i guess", "i guess so", "guess so", "i suppose", "i suppose so", "suppose so", "schaetze schon", "glaub schon",
        "glaube schon", "i glaub scho", "denke schon", "wenns sein muss", "wenn es sein muss", "if i must", "if i have to",
        "i reckon", "i reckon so", "reckon so");

    private static readonly string[][] ReluctantYes = Phrases.Of(
        "i guess", "i guess so", "guess so", "i suppose so", "suppose so", "schaetze schon", "glaub schon", "glaube schon", "i glaub scho",
        "denke schon", "ich denke schon", "ich glaube schon", "ich glaub schon", "i think so", "think so", "i reckon so", "reckon so");

    /// <summary>The words of a reluctant yes that is the whole answer but for a hesitation ("hmm, I guess so"), or null.</summary>
    private static string? ReluctantYesAlone(FoldedText folded)
    {
        var from = 0;
        while (from < folded.Count && folded[from].Text is "hmm" or "hm" or "hmmm" or "well" or "naja" or "na" or "aeh" or "aehm" or "uh" or "um" or "erm" or "also")
        {
            from++;
        }

        foreach (var p in ReluctantYes)
        {
            if (from + p.Length == folded.Count && folded.MatchesAt(from, p))
            {
                return folded.Span(from, folded.Count - 1);
            }
        }

        return null;
    }

    /// <summary>Whether the only doubt in the text is a reluctant "I guess" ("fine i guess").</summary>
    private static bool OnlyReluctant(FoldedText folded)
    {
        var (at, length) = folded.Find(Reluctant);
        if (at < 0)
        {
            return false;
        }

        foreach (var h in Hedges)
        {
            for (var i = 0; i < folded.Count; i++)
            {
                if (folded.MatchesAt(i, h) && (i < at || i + h.Length > at + length))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly string[][] TakeBack = Phrases.Of(
        "doch", "no wait", "wait", "actually", "oder doch", "ach doch", "nee doch", "nein doch", "moment", "sorry i mean", "i mean");

    /// <summary>A yes or no, then a word that takes it back, then the other answer ("nein... doch, ja ok"): that last
    /// answer, confirmed; null when the message is not so.</summary>
    private static Reading<bool>? SelfCorrected(FoldedText folded)
    {
        for (var i = 1; i < folded.Count - 1; i++)
        {
            foreach (var t in TakeBack)
            {
                if (!folded.MatchesAt(i, t) || i + t.Length >= folded.Count)
                {
                    continue;
                }

                var before = FoldedText.Of(folded.Original[..folded[i].Start]);
                var after = folded.Original[folded[i + t.Length].Start..];
                if (Read(before.Original) is { Confidence: > Confidence.Low } first && Read(after) is { Confidence: > Confidence.Low } second && first.Value != second.Value)
                {
                    return new Reading<bool>(second.Value, Confidence.Medium, after.Trim()) { Hint = ReadingHints.Ambiguous };
                }
            }
        }

        return null;
    }

    /// <summary>Words that may follow a yes or no at the consent question and only talk about the consent itself ("No
    /// thanks on the storage", "yes that's fine", "ja, gerne"): the answer's clause, not the start of other answers.</summary>
    private static readonly HashSet<string> ConsentTalk = new(StringComparer.Ordinal)
    {
        "speichern", "gespeichert", "speichert", "abspeichern", "daten", "angaben", "meine", "meinen", "storage", "store",
        "storing", "stored", "save", "data", "details", "info", "my", "on", "the", "with", "that", "that's", "thats", "this",
        "damit", "dem", "datenschutz", "datenschutzerklaerung", "privacy", "policy", "einwilligung", "consent", "zustimmung",
        "zu", "in", "ordnung", "einverstanden", "go", "ahead", "is", "all", "good", "gut", "alles", "voellig", "totally",
        "completely", "fully", "understood", "verstanden", "agreed", "einwandfrei", "do", "want", "will", "anything", "right",
        "erstmal", "mal", "moechte", "brauche", "keep", "behalten", "hab", "habe", "gelesen",
        "read", "i've", "ive", "datenschutzhinweise", "hinweise", "hinweis", "terms", "it", "die", "das", "den", "zur",
        "speicherung", "to", "saved", "saving", "kept", "shared", "sharing", "share", "weitergeben", "weitergegeben",
        // "Ja zum Datenschutz", "Nein zur Datenspeicherung": the German "zu dem" run together, and the compound of the
        // data's keeping
        "zum", "datenspeicherung", "datenverarbeitung", "verarbeitung",
        // "No thanks to the data thing", "nein zu dem Datenkram": a vague word for what was asked
        "thing", "stuff", "part", "kram", "zeug", "teil", "datenkram",
        // "I agree to the data thing": the writer agreeing in the first person
        "i", "we", "agree",
        // "Mit der Speicherung meiner Daten bin ich einverstanden", "Feel free to store my info": the sentence of a letter
        "mit", "der", "meiner", "ich", "bin", "feel", "free",
        // "Ich bin nicht einverstanden, dass meine Daten gespeichert werden": the clause of what is agreed to
        "dass", "werden", "wird", "being", "be",
        // "I agree with storing of my dates": second-language plurals of "data", after the German "Daten" or the
        // Romanian "date"
        "dates", "datas",
        // "Yes I agree with the conditions of data processing": the terms named as a letter does
        "conditions", "condition", "of", "processing", "processed", "bedingungen", "nutzungsbedingungen", "usage", "use",
    };

    // The languages a writer apologises for, and the words of such an apology ("sorry for my bad english", "mein Deutsch
    // ist nicht so gut, sorry").
    private static readonly HashSet<string> OwnLanguages = new(StringComparer.Ordinal)
    {
        "english", "englisch", "german", "deutsch", "grammar", "grammatik", "spelling", "rechtschreibung",
    };

    private static readonly HashSet<string> ApologyWords = new(StringComparer.Ordinal)
    {
        "sorry", "entschuldigung", "entschuldige", "excuse", "pardon", "apologies", "apologize", "apologise", "sry",
    };

    /// <summary>The number of words of a clause opening at <paramref name="at"/> that apologises for the writer's own
    /// language ("sorry for my english not so good", "mein Deutsch ist nicht gut, sorry"), or 0.</summary>
    private static int LanguageApology(FoldedText folded, int at)
    {
        if (at > 0 && !folded[at].AfterBreak)
        {
            return 0;
        }

        var end = at + 1;
        while (end < folded.Count && !folded[end].AfterBreak)
        {
            end++;
        }

        var own = false;
        var sorry = false;
        for (var k = at; k < end; k++)
        {
            own |= k > at && OwnLanguages.Contains(folded[k].Text) && folded[k - 1].Text is "my" or "mein" or "meine" or "meinem" or "our" or "unser";
            sorry |= ApologyWords.Contains(folded[k].Text);
        }

        // ("yes, sorry for my english": the clause holds the apology and no other answer; one without an apology must end
        // the message and say the language is poor)
        if (!own || end - at > 9 || !(sorry || end == folded.Count && at > 0))
        {
            return 0;
        }

        // "ja, sorry für mein Deutsch, ist nicht so gut": a last clause that only judges the language just apologised for
        // belongs to the apology; its "nicht" answers nothing
        var next = end + 1;
        while (next < folded.Count && !folded[next].AfterBreak)
        {
            next++;
        }

        return sorry && end < folded.Count && next == folded.Count && next - end <= 6 &&
               Enumerable.Range(end, next - end).All(k => LanguageJudgement.Contains(folded[k].Text)) &&
               Enumerable.Range(end, next - end).Any(k => folded[k].Text is "gut" or "good" or "great" or "schlecht" or "bad" or "perfekt" or "perfect")
            ? next - at
            : end - at;
    }

    // Words of a clause that only judges the writer's language ("ist nicht so gut", "it's not very good").
    private static readonly HashSet<string> LanguageJudgement = new(StringComparer.Ordinal)
    {
        "ist", "is", "it's", "its", "it", "es", "nicht", "not", "isn't", "so", "sehr", "very", "too", "zu", "noch", "still", "gut",
        "good", "great", "schlecht", "bad", "perfekt", "perfect", "really", "wirklich", "leider", "unfortunately", "nich", "ned",
    };

    /// <summary>Words that only a no carries ("Nein danke, bitte nichts speichern", "no thanks, don't store anything"):
    /// after a yes they may take the yes back, so a yes with them is not split off.</summary>
    private static readonly HashSet<string> RefusalTalk = new(StringComparer.Ordinal)
    {
        "nichts", "nicht", "keine", "keinen", "don't", "dont", "not", "nothing", "lieber", "rather", "never",
        // "nope not giving my email to a bot", "nee, meine Mail geb ich keinem Bot": what is not given, and to whom
        "giving", "give", "geben", "gebe", "geb", "email", "e-mail", "mail", "a", "an", "einem", "keinem", "bot", "chatbot",
        "robot", "maschine",
    };

    private static readonly string[][] Greetings = Phrases.Of(
        "good morning", "good afternoon", "good evening", "good day", "guten morgen", "guten tag", "guten abend",
        // the southern greeting and those of second-language writers, and the sign-offs of a reply written as a letter
        "gruess gott", "gruss gott", "buongiorno", "buonasera", "bom dia", "boa tarde", "buenos dias", "buenas tardes", "hola",
        "kind regards", "best regards", "regards", "viele gruesse", "liebe gruesse", "freundliche gruesse",
        "mit freundlichen gruessen", "cordiali saluti", "saludos", "cumprimentos",
        // greetings of writers from elsewhere ("Kia ora, yep all good", "G'day, sure", "Namaste, yes")
        "kia ora", "g'day", "gday", "namaste", "salaam", "salam", "merhaba", "jambo", "aloha", "shalom", "ahoj", "czesc",
        "szia", "salve");

    // Verbs and objects of wanting or asking that "gerne" ("gladly") goes with as an adverb ("ich hätte gerne
    // Informationen", "gerne würden wir mehr erfahren", the Danish "vi ønsker gerne mere information").
    private static readonly HashSet<string> WantingWords = new(StringComparer.Ordinal)
    {
        "haette", "haetten", "wuerde", "wuerden", "moechte", "moechten", "will", "wollen", "wuesste", "wuessten", "erfahren",
        "wissen", "hoeren", "kennenlernen", "informationen", "infos", "information", "ønsker", "vil", "ville", "wil", "willen",
    };

    /// <summary>Whether the phrase at <paramref name="at"/> is "gern"/"gerne" in a clause with a verb or object of
    /// wanting: the adverb of a wish ("ich hätte gerne Informationen zu Ihrer Lösung"), no yes.</summary>
    private static bool GladlyWanted(FoldedText folded, int at, int length)
    {
        if (!folded.Words.Skip(at).Take(length).Any(w => w.Text is "gern" or "gerne"))
        {
            return false;
        }

        var from = at;
        while (from > 0 && !folded[from].AfterBreak)
        {
            from--;
        }

        for (var k = from; k < folded.Count && (k == from || !folded[k].AfterBreak); k++)
        {
            if (WantingWords.Contains(folded[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // Remarks that hold a word of agreement but agree to nothing ("good question", "nice to meet you").
    private static readonly string[][] NoAgreement = Phrases.Of(
        "good question", "great question", "good point", "good to know", "good to hear", "good to meet you", "nice to meet you",
        "great to meet you", "gute frage", "guter punkt", "gut zu wissen", "freut mich", "sehr gut zu wissen");

    /// <summary>Whether a folded word is a one-word yes (true) or no (false) drawn out: a letter written three times or
    /// more, or its last letter twice or more ("yesss", "yeees", "nooo", "okk"); null otherwise. A letter doubled inside
    /// the word is spelling ("supper", "god" are no "super", "good").</summary>
    private static bool? DrawnOut(string word)
    {
        var collapsed = CommonWords.Collapsed(word);
        if (collapsed.Length == word.Length || collapsed.Length < 2 || !collapsed.All(char.IsLetter))
        {
            return null;
        }

        var tripled = false;
        for (var k = 2; k < word.Length && !tripled; k++)
        {
            tripled = word[k] == word[k - 1] && word[k] == word[k - 2];
        }

        if (!tripled && word[^1] != word[^2])
        {
            return null;
        }

        foreach (var (phrases, isYes) in new[] { (Yes, true), (No, false) })
        {
            if (Array.Exists(phrases, p => p.Length == 1 && p[0].Length < word.Length && CommonWords.Collapsed(p[0]) == collapsed))
            {
                return isYes;
            }
        }

        return null;
    }

    /// <summary>Whether word <paramref name="i"/> is a single letter with a full stop before a capitalized word: the
    /// initial of a name ("K. Nielsen"), which consent is never read from.</summary>
    private static bool IsInitial(string text, FoldedText folded, int i) =>
        folded[i].Text.Length == 1 && i + 1 < folded.Count && folded[i].End < text.Length && text[folded[i].End] == '.' &&
        char.IsUpper(text[folded[i + 1].Start]) && text.AsSpan(folded[i].End + 1, folded[i + 1].Start - folded[i].End - 1).IsWhiteSpace();

    /// <summary>
    /// A yes or a no that opens a message which goes on with other answers ("Ja, gerne.\nSabine Krüger\n…", "Sure.
    /// David Johnson, …", "Nein danke, bitte nichts speichern. Tim Vogel, …"): the clear answer read from the opening
    /// clauses (every word in them a yes or no, courtesy, or words about the consent itself) and where the rest starts.
    /// Null when the message does not open so, when it is nothing but the answer, when the rest starts with a
    /// reservation ("ja, aber …") or when a yes carries words that refuse something.
    /// </summary>
    public static (Reading<bool> Answer, int RestStart)? ReadOpening(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 2)
        {
            return null;
        }

        if (ReadRefusalOpening(text) is { } refused)
        {
            // "Ich möchte keine Daten angeben, nur wissen ob …": not giving the data, then what the prospect came for
            return refused;
        }

        if (IsInitial(text, folded, 0))
        {
            // "K. Nielsen, Agri-Coop DK – …": a message that opens with an initial opens with a name, never a consent
            return null;
        }

        var end = 0;
        var answered = false;
        var refusal = false;
        while (end < folded.Count)
        {
            // one clause: up to the next comma, full stop, line break or " - "
            var next = end + 1;
            while (next < folded.Count && !folded[next].AfterBreak && !DashBetween(text, folded[next - 1].End, folded[next].Start))
            {
                next++;
            }

            if (next < folded.Count && text.AsSpan(folded[next - 1].End, folded[next].Start - folded[next - 1].End) is var joint &&
                joint.Length > 0 && joint.IndexOfAny(" \n\t,;!?") < 0 && joint.IndexOfAny("._@") >= 0)
            {
                // "j.schulze@…", "jo.meier@…": a word joined to the next by a dot is part of an address, no "ja"
                break;
            }

            // a clause that is no answer clause leaves what it held uncounted
            var (clauseAnswered, clauseRefusal) = (answered, refusal);
            if (!IsAnswerClause(folded, end, next, ref clauseAnswered, ref clauseRefusal))
            {
                break;
            }

            (answered, refusal) = (clauseAnswered, clauseRefusal);
            end = next;
        }

        if (!answered && end == 0 && AnswerBeforePronoun(folded) is > 0 and var said)
        {
            // "yes we want to automate our sales follow ups": a bare yes or no right before a sentence that opens with
            // "we"/"I" is a clause of its own, without the comma
            answered = true;
            end = said;
        }

        var preference = false;
        if (answered && end < folded.Count && folded[end].Text is "aber" or "but" && Read(text[..folded[end].Start]) is { Value: true })
        {
            // "Ja, aber bitte nicht anrufen. Mail: …", "sure, but email only pls — …": how to be contacted, in the clause
            // after the "but", is no reservation on the consent (as for a yes alone)
            var next = end + 1;
            while (next < folded.Count && !folded[next].AfterBreak && !DashBetween(text, folded[next - 1].End, folded[next].Start))
            {
                next++;
            }

            if (next < folded.Count && OnlyContactPreference(folded, end, next))
            {
                end = next;
                preference = true;
            }
        }

        if (answered && !preference && end < folded.Count && folded[end].Text is "aber" or "but" && QuestionFirst(text, folded, end + 1) is > 0 and var asked &&
            Read(text[..folded[end].Start]) is { Value: true })
        {
            // "Sure, but first: do you integrate with Zoho?", "ja, aber erstmal ne Frage: geht das mit Pipedrive?": a
            // question asked before going on puts nothing on the consent; the yes stands and the question is the rest
            end = asked;
            preference = true;
        }

        if (!answered || end >= folded.Count)
        {
            return null;
        }

        var restStart = folded[end].Start;
        var opening = text[..restStart];
        // "ja, aber …" may take the yes back; "nein zur Speicherung, aber …" stays a no
        // (a yes before a contact preference stays the yes it was: "ok, but no calls" holds a "no" that refuses calls)
        if (opening.Contains('?', StringComparison.Ordinal) || Read(opening) is not { Confidence: > Confidence.Low } reading ||
            reading.Value && (refusal || Reservations.Contains(folded[end].Text)) || preference && !reading.Value)
        {
            return null;
        }

        return (reading with { Confidence = Confidence.High, Hint = null }, restStart);
    }

    private static readonly string[][] FirstWords = Phrases.Of(
        "first", "zuerst", "erst", "erstmal", "erst mal", "vorher", "before that", "davor");

    private static readonly string[][] QuestionWords = Phrases.Of(
        "a question", "one question", "quick question", "a quick question", "eine frage", "ne frage", "kurze frage", "eine kurze frage",
        "ne kurze frage");

    /// <summary>Where the question starts when the words from <paramref name="at"/> on say that one comes first and a
    /// question follows ("first: do you …?", "erstmal ne Frage: geht das …?"); 0 when they do not.</summary>
    private static int QuestionFirst(string text, FoldedText folded, int at)
    {
        if (at >= folded.Count || Array.Find(FirstWords, p => folded.MatchesAt(at, p)) is not { } first)
        {
            return 0;
        }

        var k = at + first.Length;
        if (k < folded.Count && Array.Find(QuestionWords, p => folded.MatchesAt(k, p)) is { } label)
        {
            k += label.Length;
        }

        return k < folded.Count && text.AsSpan(folded[k].Start).Contains('?') ? k : 0;
    }

    // Words that name the data or its keeping ("Daten", "speichern", "store my data"): a consent clause at the end of a
    // message must say what it is about.
    private static readonly HashSet<string> StorageWords = new(StringComparer.Ordinal)
    {
        "speichern", "gespeichert", "speichert", "abspeichern", "speicherung", "daten", "angaben", "storage", "store",
        "storing", "stored", "save", "saved", "saving", "data", "details", "info", "kept", "keep", "behalten",
    };

    // Courtesy around a consent clause at the end ("…, Daten bitte nicht speichern", "no data please").
    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal)
    {
        "bitte", "please", "pls", "plz", "danke", "thanks", "thank", "you", "sie", "ihr", "duerfen", "darfst", "koennen", "can",
        "may", "gern", "gerne", "ruhig", "auch", "und", "and", "aber", "but",
    };

    /// <summary>A clause about keeping the data that ends a message with other answers ("…, Daten bitte nicht speichern",
    /// "…. Daten dürfen Sie speichern.", "…, keine Daten bitte"): the clear yes or no it says and where it starts, or null.
    /// Every word of the closing clauses is a yes or no, courtesy or talk about the consent, and a word names the data or
    /// its keeping; refusing words with such a word and no yes are a no.</summary>
    public static (Reading<bool> Answer, int Start)? ReadClosing(string text)
    {
        var trimmed = text.TrimEnd(' ', '.', '!', '\n', '\r');
        var folded = FoldedText.Of(trimmed);
        var start = folded.Count;
        for (var i = folded.Count - 1; i > 0; i--)
        {
            var w = folded[i].Text;
            if (!(ConsentTalk.Contains(w) || RefusalTalk.Contains(w) || Courtesy.Contains(w) || IsOneWordOf(Yes, w) || IsOneWordOf(No, w)))
            {
                return null;
            }

            if (folded[i].AfterBreak || DashBetween(trimmed, folded[i - 1].End, folded[i].Start))
            {
                start = i;
                break;
            }
        }

        if (start >= folded.Count || start < 1 || !folded.Words.Skip(start).Any(w => StorageWords.Contains(w.Text)))
        {
            return null;
        }

        var clause = trimmed[folded[start].Start..];
        if (Read(clause) is { Confidence: Confidence.High } said)
        {
            return (said with { Hint = null }, folded[start].Start);
        }

        return RefusesStorage(folded, start) ? (new Reading<bool>(false, Confidence.High, clause), folded[start].Start) : null;
    }

    /// <summary>The message with a sentence about keeping the data that stands between other answers moved to its end
    /// ("Sarah O'Connor here. I agree to the data thing. sarah@… / 616-…"), so it is read as the consent said at the end;
    /// the text as it is when there is no such sentence. The sentence must be closed by full stops on both sides and say
    /// a clear yes or no.</summary>
    public static string ConsentSentenceLast(string text)
    {
        var first = text.IndexOf(". ", StringComparison.Ordinal);
        while (first > 0)
        {
            var next = text.IndexOf(". ", first + 2, StringComparison.Ordinal);
            if (next < 0)
            {
                return text;
            }

            var sentence = text[(first + 2)..next];
            var words = FoldedText.Of(sentence);
            if (words.Count >= 2 && words.Words.Any(w => StorageWords.Contains(w.Text)) &&
                words.Words.All(w => ConsentTalk.Contains(w.Text) || Courtesy.Contains(w.Text) || IsOneWordOf(Yes, w.Text) || IsOneWordOf(No, w.Text)) &&
                Read(sentence) is { Confidence: Confidence.High })
            {
                return $"{text[..(first + 1)]} {text[(next + 2)..].Trim()}. {sentence}.";
            }

            first = next;
        }

        return text;
    }

    /// <summary>Whether the words from <paramref name="from"/> on refuse keeping the data and say nothing else ("keine
    /// Daten bitte", "please don't store my data"): refusing words, a word for the data or its keeping, courtesy and
    /// talk about the consent only, and no word of allowing.</summary>
    private static bool RefusesStorage(FoldedText folded, int from, int to = int.MaxValue)
    {
        var words = folded.Words.Skip(from).Take(to - from).ToList();
        return words.Count > 0 && words.Any(w => RefusalTalk.Contains(w.Text)) && words.Any(w => StorageWords.Contains(w.Text)) &&
               words.All(w => ConsentTalk.Contains(w.Text) || RefusalTalk.Contains(w.Text) || Courtesy.Contains(w.Text) || GiveWords.Contains(w.Text)) &&
               !words.Any(w => w.Text is "duerfen" or "darfst" or "koennen" or "can" or "may" || IsOneWordOf(Yes, w.Text));
    }

    // Verbs of giving the data and their small words ("ich möchte keine Daten angeben", "I don't want to give any details"):
    // not giving them refuses them like not storing them.
    private static readonly HashSet<string> GiveWords = new(StringComparer.Ordinal)
    {
        "angeben", "geben", "hinterlassen", "preisgeben", "nennen", "rausgeben", "give", "share", "provide", "leave", "hand",
        "over", "any", "to", "ich", "i", "wanna", "personal", "persoenlichen", "persoenliche",
    };

    /// <summary>A first clause that refuses giving or keeping the data, followed by more ("Ich möchte keine Daten angeben,
    /// nur wissen ob …", "I don't want to give any details, just wondering if …"): a no, confirmed, since what follows is
    /// what the prospect came for; the no and where the rest starts, or null.</summary>
    public static (Reading<bool> Answer, int RestStart)? ReadRefusalOpening(string text)
    {
        var folded = FoldedText.Of(text);
        var end = folded.Count < 2 ? -1 : folded.Words.FindIndex(1, w => w.AfterBreak);
        if (end <= 0 || !RefusesStorage(folded, 0, end))
        {
            return null;
        }

        return (new Reading<bool>(false, Confidence.Medium, text[..folded[end - 1].End].Trim()) { Hint = ReadingHints.Ambiguous }, folded[end].Start);
    }

    /// <summary>Whether <paramref name="word"/> is one of the one-word phrases of <paramref name="phrases"/>.</summary>
    private static bool IsOneWordOf(string[][] phrases, string word) => Array.Exists(phrases, p => p.Length == 1 && p[0] == word);

    private static bool DashBetween(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap.IndexOfAny('-', '–', '—') >= 0 && gap.IndexOfAny(' ', '\n') >= 0;
    }

    /// <summary>Whether the words [from, to) are only a yes or no, courtesy and talk about the consent; notes whether a
    /// yes or no phrase is among them and whether refusing words are.</summary>
    private static bool IsAnswerClause(FoldedText folded, int from, int to, ref bool answered, ref bool refusal)
    {
        var k = from;
        while (k < to)
        {
            var greeting = 0;
            foreach (var g in Greetings)
            {
                if (g.Length <= to - k && g.Length > greeting && folded.MatchesAt(k, g))
                {
                    greeting = g.Length;
                }
            }

            if (greeting > 0)
            {
                k += greeting;
                continue;
            }

            var best = 0;
            foreach (var p in No)
            {
                if (p.Length > best && p.Length <= to - k && folded.MatchesAt(k, p))
                {
                    best = p.Length;
                }
            }

            foreach (var p in Yes)
            {
                if (p.Length > best && p.Length <= to - k && folded.MatchesAt(k, p))
                {
                    best = p.Length;
                }
            }

            if (best > 0)
            {
                answered = true;
                k += best;
                continue;
            }

            var w = folded[k].Text;
            if (RefusalTalk.Contains(w))
            {
                refusal = true;
            }
            else if (!Filler.Contains(w) && !ConsentTalk.Contains(w))
            {
                return false;
            }

            k++;
        }

        return true;
    }

    private static readonly HashSet<string> Reservations = new(StringComparer.Ordinal)
    {
        "aber", "but", "ausser", "except", "nur", "only", "wenn", "if", "falls", "unless", "sofern", "doch", "however", "solange",
        "long", "provided", "providing", "vorausgesetzt", "unter", "condition",
        "jedoch", "allerdings", "aendern", "change", "korrigieren", "falsch", "wrong", "bevor", "before", "erst",
    };

    private static bool HasReservation(FoldedText folded, int from)
    {
        for (var i = from; i < folded.Count; i++)
        {
            if (Reservations.Contains(folded[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reservation word stands before word <paramref name="to"/>.</summary>
    private static bool ReservationBefore(FoldedText folded, int to)
    {
        for (var i = 0; i < to; i++)
        {
            if (Reservations.Contains(folded[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only courtesy words stand before the yes or no.</summary>
    private static bool OpensMessage(FoldedText folded, bool[] covered, (int At, int Length) first)
    {
        for (var i = 0; i < first.At; i++)
        {
            if (!covered[i] && !Filler.Contains(folded[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the yes or no opens the message (after courtesy words only) and a comma or full stop ends it.</summary>
    // Words that open a reason ("sonst", "deswegen", "that's why"); a rhetorical question opened so ("why else would I be
    // here?") is a reason too.
    private static readonly string[][] Reasons = Phrases.Of(
        "sonst", "deswegen", "deshalb", "darum", "drum", "daher", "dafuer", "weil", "denn", "schliesslich", "that's why",
        "thats why", "that's what", "thats what", "because", "cause", "cuz", "coz", "otherwise", "or else", "since", "hence",
        "after all", "why else", "warum sonst", "wieso sonst", "wozu sonst", "weshalb sonst", "what else", "was sonst");

    // Words that say a yes is given under constraint, not freely ("no choice", "keine andere Wahl", "muss ja").
    private static readonly string[][] Forced = Phrases.Of(
        "no choice", "no other choice", "no other option", "no option", "have to", "i must", "forced", "keine wahl",
        "keine andere wahl", "bleibt mir nichts anderes", "bleibt ja nichts anderes", "muss ja", "muss wohl", "notgedrungen",
        "gezwungen", "zwingt", "geht ja nicht anders", "geht wohl nicht anders");

    private static readonly string[][] RhetoricalReasons = Phrases.Of(
        "why else", "warum sonst", "wieso sonst", "wozu sonst", "weshalb sonst", "what else", "was sonst");

    /// <summary>The words of a clear yes that opens the message as a clause of its own and is followed only by a clause
    /// that says why ("Logisch, deswegen schreib ich ja", "sure, why else would I be here?"); null otherwise. A condition,
    /// a hedge, a "but" or a no before the reason keep the message to the other rules.</summary>
    private static string? YesWithReason(FoldedText folded)
    {
        var i = 0;
        while (i < folded.Count && (i == 0 || !folded[i].AfterBreak))
        {
            var length = 0;
            foreach (var p in Yes)
            {
                if (p.Length > length && folded.MatchesAt(i, p))
                {
                    length = p.Length;
                }
            }

            if (length == 0)
            {
                break;
            }

            i += length;
        }

        if (i == 0 || i >= folded.Count || !folded[i].AfterBreak || folded.Contains(Conditions) || folded.Contains(Hedges) ||
            folded.Words.Any(w => w.Text is "aber" or "but" or "allerdings" or "jedoch" or "however"))
        {
            return null;
        }

        // the reason opens the next clause, or follows its first words ("ich bin ja deswegen hier"), never after a no
        for (var k = i; k < folded.Count && k < i + 4 && (k == i || !folded[k].AfterBreak); k++)
        {
            if (folded[k].Text is "nicht" or "not" or "no" or "nein" or "kein" or "keine" or "don't" or "dont" or "never" or "nie")
            {
                return null;
            }

            foreach (var reason in Reasons)
            {
                if (folded.MatchesAt(k, reason))
                {
                    var rhetorical = RhetoricalReasons.Any(r => folded.MatchesAt(k, r));
                    return folded.HasQuestionMark && !(rhetorical && k == i) ? null : folded.Span(0, i - 1);
                }
            }
        }

        return null;
    }

    private static bool StandsAlone(FoldedText folded, bool[] covered, (int At, int Length) first)
    {
        for (var i = 0; i < first.At; i++)
        {
            if (!covered[i] && !Filler.Contains(folded[i].Text))
            {
                return false;
            }
        }

        // ("Ja ist ok. Ich bin …", "Yes that's fine. I'm …": the answer's clause may hold more yes words and the verb
        // they are said with)
        var after = first.At + first.Length;
        while (after < folded.Count && !folded[after].AfterBreak &&
               (covered[after] || Filler.Contains(folded[after].Text) || folded[after].Text is "ist" or "das" or "is" or "it's" or "its"))
        {
            after++;
        }

        return after < folded.Count && folded[after].AfterBreak;
    }
}
