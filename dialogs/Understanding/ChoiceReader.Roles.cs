using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The role in the purchase decision in the prospect's own words: who decides, shares the decision, advises or gathers
/// information, and whose approval or money stands beside it (read by <see cref="ReadChoice"/> when the question is
/// the role).
/// </summary>
internal static partial class ChoiceReader
{
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
        foreach (var (from, to) in ClauseSpans(text, folded, ",.;:–—()"))
        {
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

    /// <summary>Each clause as the indexes of its first and last word, split as <see cref="ClauseStarts"/> splits.</summary>
    private static List<(int From, int To)> ClauseSpans(string text, FoldedText folded, string marks)
    {
        var starts = ClauseStarts(text, folded, marks);
        var spans = new List<(int From, int To)>(starts.Count);
        for (var c = 0; c < starts.Count; c++)
        {
            spans.Add((starts[c], (c + 1 < starts.Count ? starts[c + 1] : folded.Count) - 1));
        }

        return spans;
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

        var clauses = ClauseSpans(text, folded, "–—()");
        if (clauses.Count < 2)
        {
            return false;
        }

        foreach (var (from, to) in clauses)
        {
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

    private static readonly string[][] Complicated = Phrases.Of(
        "it's complicated", "its complicated", "it is complicated", "complicated", "es ist kompliziert", "ist kompliziert",
        "kompliziert", "schwierig zu sagen");

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

    // The word of a team lead's or head's title ("Teamleiterin", "team lead", "Head of Sales"), or -1.
    private static int TeamLeadTitle(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            var next = i + 1 < folded.Count ? folded[i + 1].Text : "";
            if (w.StartsWith("teamleit", StringComparison.Ordinal) || w is "teamlead" or "teamleader" ||
                (w == "team" && next is "lead" or "leader" or "leitung") || HeadTitle(w, next, i > 0 ? folded[i - 1].Text : ""))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A team lead's or head's title beside a budget said not to be the prospect's ("Teamleiter, Budget hab ich
    /// aber keins", "Abteilungsleiterin, keine Budgetverantwortung", "team lead, no budget of my own"), with no decision
    /// claimed or given to someone named.</summary>
    internal static bool TeamLeadWithoutBudget(FoldedText folded)
    {
        if (TeamLeadTitle(folded) < 0 || HasDecisionVerb(folded))
        {
            return false;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            if (!folded[i].Text.StartsWith("budget", StringComparison.Ordinal))
            {
                continue;
            }

            for (var k = Math.Max(0, i - 3); k <= Math.Min(folded.Count - 1, i + 4); k++)
            {
                if (folded[k].Text is "kein" or "keine" or "keinen" or "keins" or "keines" or "no" or "without" or "ohne" or "don't" or "dont" or "nicht")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The answer is a team lead's or head's title and at most a few words naming the team or firm
    /// ("Teamleiterin", "Teamleiter Vertrieb", "team lead in sales", "Head of Sales") and nothing said about the
    /// decision.</summary>
    internal static bool BareTeamLead(FoldedText folded)
    {
        var title = TeamLeadTitle(folded);
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

    // A decision said of someone else: the verb in the third person ("entscheidet", "decides", "makes the call").
    private static readonly string[][] OthersDecision = Phrases.Of(
        "entscheidet", "entscheiden die", "entscheiden der", "decides", "makes the call", "makes the decision",
        "makes the decisions", "makes that call", "makes the final call", "makes the final decision", "has the final call",
        "has the final say", "has final say", "has the last word", "has the final word", "calls the shots", "final say is with",
        "final say lies with", "final decision is with",
        // "final say is the board": the holder named right after "is" ("final say is mine" is the prospect's)
        "final say is the", "final say is our", "final decision is the", "final decision is our", "final call is the",
        "final call is our", "last word is the", "last word is our", "final decision lies with", "decision is with", "decision lies with",
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
        "final decision has the", "final decision has our",
        // "der Vorstand nickt ab", "die GF segnet das dann ab", "the board rubber-stamps it": a nod or a blessing given by
        // someone else is their approval, as "genehmigt" is; the prospect's own ("ich nicke ab") names no one else
        "nickt ab", "nickt das ab", "nickt es ab", "nickt's ab", "nickts ab", "nickt das dann ab", "nickt es dann ab",
        "nickt dann ab", "nickt am ende ab", "nickt das am ende ab", "segnet ab", "segnet das ab", "segnet es ab",
        "segnet das dann ab", "segnet dann ab", "gibt das frei", "gibt es frei", "gibt das dann frei", "gibt dann frei",
        "okays it", "okays", "oks it", "rubber stamps", "rubber stamps it", "signs it off", "signs off on",
        // "head office decide", "the board decide": a body's decision without the verb's "-s", as second-language and
        // British writers put it
        "office decide", "offices decide", "hq decide", "headquarters decide", "board decide", "management decide",
        "head office approve", "hq approve", "headquarters approve");

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

    // Words of a title held in a department ("manager", "officer", "head"): whether its holder decides depends on the firm.
    private static readonly HashSet<string> DepartmentTitleWords = new(StringComparer.Ordinal)
    {
        "manager", "managerin", "head", "officer", "lead", "leader", "director", "chief", "agent", "specialist", "coordinator",
        "leiter", "leiterin", "leitung", "chef", "chefin", "referent", "referentin", "sachbearbeiter", "sachbearbeiterin",
    };

    /// <summary>"i am the manager of purchase department", "Procurement officer", "purchasing manager": a title held in the
    /// buying department with nothing said about the decision. The blind writers record such titles as deciding,
    /// co-deciding or ask again (being in purchasing, "I'm in purchasing", they record as co-deciding, sure).</summary>
    internal static bool BarePurchasingTitle(FoldedText folded)
    {
        if (folded.Count > 8 || HasDecisionVerb(folded))
        {
            return false;
        }

        var (buying, title) = (false, false);
        foreach (var w in folded.Words)
        {
            var t = w.Text;
            var buys = Departments.Contains(t) && t is not ("legal" or "finance" or "rechtsabteilung" or "buchhaltung" or "controlling") ||
                       t.StartsWith("purchas", StringComparison.Ordinal) || t.StartsWith("procure", StringComparison.Ordinal) ||
                       t.StartsWith("einkauf", StringComparison.Ordinal) || t.StartsWith("beschaffung", StringComparison.Ordinal);
            // "buyer", "Zentraleinkauf", "Konzerneinkauf": the buying job or unit in one word is a title
            // of its own, saying no more about the decision than "purchasing manager"
            var buyingJob = t is "buyer" || t.Length > 7 && t.EndsWith("einkauf", StringComparison.Ordinal);
            buys |= buyingJob;
            // "Einkaufsleiter", "Beschaffungsmanagerin": the title compounded with the department
            title |= buyingJob || DepartmentTitleWords.Contains(t) || buys && Array.Exists(["leiter", "leiterin", "leitung", "manager", "managerin", "chef", "chefin", "referent", "referentin"],
                t.EndsWith);
            buying |= buys;
            if (!buys && !DepartmentTitleWords.Contains(t) && !TitleFillers.Contains(t) &&
                t is not ("department" or "dept" or "abteilung" or "team" or "senior" or "junior" or "strategic" or "strategischer" or
                    "strategische" or "operativer" or "operative" or "technischer" or "technische"))
            {
                return false;
            }
        }

        return buying && title;
    }

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

        foreach (var (from, to) in ClauseSpans(text, folded, ",.;:–—()"))
        {
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

        return next + 1 < folded.Count && CommonWords.OwnPossessives.Contains(folded[next].Text);
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
                (i > 1 && folded[i - 1].Text is "und" or "and" && !folded[i - 1].AfterBreak && CommonWords.OwnPossessives.Contains(folded[i - 3 >= 0 ? i - 3 : 0].Text) ||
                 i + 3 < folded.Count && folded[i + 1].Text is "und" or "and" && CommonWords.OwnPossessives.Contains(folded[i + 2].Text) ||
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

        // "it's me who decides", "ich bin es, der entscheidet": the relative clause is said of the prospect named right
        // before it ("it's not me who decides" stays someone else's)
        if (at >= 2 && folded[at - 1].Text is "who" or "that" or "der" or "die" &&
            (folded[at - 2].Text is "me" or "myself" or "ich" || folded[at - 2].Text == "es" && at >= 3 && folded[at - 3].Text == "bin"))
        {
            if (!folded.Words.Take(at - 1).Any(w => w.Text is "not" or "nicht" or "never" or "nie" or "isnt" or "isn't"))
            {
                return false;
            }
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

    /// <summary>Whether the word at <paramref name="at"/> follows "for my", "to our", "für meinen": someone else's title.</summary>
    private static bool IsRecipientsTitle(FoldedText folded, int at) =>
        at >= 2 && (CommonWords.OwnPossessives.Contains(folded[at - 1].Text) || folded[at - 1].Text is "the" or "den" or "die") && !folded[at].AfterBreak &&
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
            if (folded[i].Text is "mit" or "with" && CommonWords.OwnPossessives.Contains(folded[i + 1].Text) &&
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

            if (!CommonWords.OwnPossessives.Contains(folded[i + 1].Text) && folded[i + 1].Text is not ("der" or "die" or "the"))
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
                    Enumerable.Range(i + 1, say.At - i - 1).Any(k => CommonWords.OwnPossessives.Contains(folded[k].Text) || folded[k].Text is "der" or "die" or "the") &&
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
            if (CommonWords.OwnPossessives.Contains(folded[i + 1].Text) && PartnersInBusiness.Contains(folded[i + 2].Text) && clauseEnd >= i + 4)
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
                    partner.Any(x => CommonWords.OwnPossessives.Contains(x.Text) || x.Text is "the" or "dem" or "der") &&
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
                    (CommonWords.OwnPossessives.Contains(folded[k + 1].Text) || folded[k + 1].Text is "der" or "die" or "das" or "den");
        }

        return verb;
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

    // Groups a decision can be of when written as one German compound ("Teamentscheidung", "Gremienentscheid").
    private static readonly string[] GroupDecisionHeads =
        ["team", "teams", "gruppen", "gemeinschafts", "kollektiv", "gremien", "gremiums", "konsens", "kollegial", "mehrheits"];

    /// <summary>A compound of a group and a decision ("Teamentscheidung", "Gruppenentscheid").</summary>
    private static bool GroupDecision(string word)
    {
        var head = word.EndsWith("entscheidung", StringComparison.Ordinal) ? word[..^"entscheidung".Length]
            : word.EndsWith("entscheid", StringComparison.Ordinal) ? word[..^"entscheid".Length]
            : null;
        return head is not null && Array.IndexOf(GroupDecisionHeads, head) >= 0;
    }

    // The prospect taking a matter on: "I'll handle it", "I'll take care of it", "ich kümmere mich drum", "das regel ich".
    private static readonly string[][] HandleIt = Phrases.Of(
        "i'll handle it", "ill handle it", "i will handle it", "i handle it", "i'll handle that", "i handle that", "i will handle that",
        "i'll take care of it", "i will take care of it", "i take care of it", "i'll take care of that", "i take care of that",
        "ich kuemmere mich drum", "ich kuemmere mich darum", "ich kuemmer mich drum", "ich kuemmere mich um alles",
        "das regel ich", "ich regel das", "ich regle das", "ich regele das", "das regle ich");

    /// <summary>The prospect says they will handle the matter themselves, with no one else named as deciding or
    /// approving.</summary>
    private static bool IHandleIt(FoldedText folded) =>
        folded.Count <= 12 && folded.Contains(HandleIt) && !folded.Words.Any(w => w.Text is "boss" or "chef" or "chefin" or "board" or "vorstand" or
            "manager" or "owner" or "inhaber" or "approve" or "approves" or "approval" or "freigabe" or "decides" or "entscheidet" or "but" or "aber");

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

            if (Relatives.Contains(t) && i > 0 && CommonWords.OwnPossessives.Contains(folded[i - 1].Text) && RunsTheBusiness(folded, i) &&
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

                var who = k + 1 < folded.Count && (CommonWords.OwnPossessives.Contains(folded[k + 1].Text) || folded[k + 1].Text is "the" or "den" or "die" or "meinen") ? k + 2 : k + 1;
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

    /// <summary>"wer sonst", "wer denn sonst", "who else?": the question who decides turned back at the asker.</summary>
    private static bool RhetoricalSelf(FoldedText folded) =>
        folded.Count <= 5 && folded.Words.All(w => RhetoricalWords.Contains(w.Text)) &&
        (folded.ContainsWord("wer") && folded.ContainsWord("sonst") || folded.ContainsWord("who") && folded.ContainsWord("else"));

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
            if (!(CommonWords.OwnPossessives.Contains(folded[i].Text) || article) || folded[i + 1].AfterBreak ||
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
            if (!(CommonWords.OwnPossessives.Contains(folded[i].Text) || articles && folded[i].Text is "the" or "der" or "dem" or "den" or "die") || folded[i + 1].AfterBreak)
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

    // An errand the prospect states as their own ("ich soll …", "I'm supposed to …", "I was asked to …").
    private static readonly string[][] OwnErrand = Phrases.Of(
        "ich soll", "i'm supposed to", "im supposed to", "i am supposed to", "i was asked to", "i've been asked to",
        "ive been asked to", "i'm meant to", "i am meant to");

    // Someone else's approval or signature said as a fact ("der CFO unterschreibt", "die Freigabe macht der GF").
    private static readonly string[][] ApprovalFacts = Phrases.Of(
        "signs", "signs off", "sign off from", "signoff from", "unterschreibt", "unterschreiben die", "gibt frei", "genehmigt",
        "approves", "freigabe macht", "macht die freigabe", "freigabe liegt bei", "freigabe kommt von", "gibt das budget frei",
        "segnet ab", "signs the contract", "signs the checks", "holds the budget", "hat das budget", "nickt ab", "nickt das ab",
        "nickt es ab", "nickt's ab", "nickts ab", "nickt das dann ab", "nickt es dann ab", "nickt dann ab", "segnet das ab",
        "segnet es ab", "segnet das dann ab", "okays it", "rubber stamps");

    // Paying said of someone ("zahlen tut mein Vater", "my dad pays", "foots the bill").
    private static readonly string[][] PayingWords = Phrases.Of(
        "zahlen tut", "bezahlen tut", "zahlt", "bezahlt", "pays", "foots the bill", "picks up the bill");

    // The prospect's own firm or group as the payer ("zahlen tut der Konzern", "the company pays"): how firms pay, no one
    // else's say.
    private static readonly HashSet<string> FirmPayers = new(StringComparer.Ordinal)
    {
        "konzern", "firma", "unternehmen", "betrieb", "company", "firm", "business", "group", "gruppe", "laden", "corporate",
        "mutterkonzern", "holding", "employer", "arbeitgeber", "kunde", "client", "customer",
    };

    /// <summary>"Entscheiden tu ich, zahlen tut mein Vater", "I decide but my dad pays": someone other than the firm pays,
    /// whose money the choice needs; a firm named as the payer right before or after the verb is none.</summary>
    private static bool OthersPay(FoldedText folded)
    {
        var (at, length) = folded.Find(PayingWords);
        if (at < 0)
        {
            return false;
        }

        for (var k = Math.Max(0, at - 2); k <= Math.Min(folded.Count - 1, at + length + 2); k++)
        {
            if (FirmPayers.Contains(folded[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether someone other than the prospect approves or signs: as something needed ("das Budget muss der CFO
    /// freigeben") or as a fact ("our CFO signs"); a look over it ("drüberschauen") is no approval.</summary>
    private static bool OthersApprove(FoldedText folded) =>
        ApprovalByOthers(folded, reviewCounts: false) || folded.Contains(ApprovalFacts) || SeparatedApproval(folded) || OthersPay(folded);

    /// <summary>"Budget gibt aber der Einkauf frei", "das Geld gibt der Senior frei", "der Vorstand segnet das Budget ab":
    /// the German release or nod of someone else in the third person, with its subject or object between the verb and the
    /// particle that closes the clause; the prospect's own ("gebe ich frei") is another person of the verb.</summary>
    private static bool SeparatedApproval(FoldedText folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var particle = folded[i].Text switch
            {
                "gibt" => "frei",
                "nickt" or "segnet" => "ab",
                _ => null,
            };
            if (particle is null)
            {
                continue;
            }

            for (var k = i + 2; k < folded.Count && k <= i + 6 && !folded[k].AfterBreak; k++)
            {
                if (folded[k].Text == particle && (k + 1 == folded.Count || folded[k + 1].AfterBreak))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The money's release said in the passive or of a department ("the budget is released by finance", "Budget wird vom
    // Vorstand freigegeben").
    private static readonly string[][] ReleasePhrases = Phrases.Of(
        "releases the budget", "releases the money", "releases the funds", "released by", "approved by", "signed off by",
        "freigegeben von", "freigegeben vom", "freigegeben durch", "vom vorstand freigegeben", "genehmigt von", "genehmigt vom");

    /// <summary>Whether a clause without the prospect in it, beside another clause, says someone else releases or
    /// approves the money ("…, die Mittel gibt dann unser Kämmerer frei", "…, the budget is released by finance").</summary>
    private static bool MoneyReleasedByOthers(string text, FoldedText folded)
    {
        var clauses = ClauseSpans(text, folded, ",.;:–—()");
        if (clauses.Count < 2)
        {
            return false;
        }

        foreach (var (from, to) in clauses)
        {
            if (from > to)
            {
                continue;
            }

            var clause = FoldedText.Of(folded.Span(from, to));
            if (clause.Words.Any(w => w.Text is "budget" or "geld" or "mittel" or "money" or "funds" or "funding" or "spending" or "ausgaben" ||
                                      w.Text.StartsWith("budgetfreig", StringComparison.Ordinal)) &&
                (SeparatedApproval(clause) || clause.Contains(ApprovalFacts) || clause.Contains(ReleasePhrases)) &&
                !clause.Words.Any(w => ProspectWords.Contains(w.Text)))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>A clause in which the prospect says what they do themselves ("ich schreibe das Lastenheft", "I lead the
    /// team", "bin Bauleiter"), with no negation and no word of deciding in it ("I'm not the one who decides" is none).</summary>
    private static bool OwnTaskBeside(string text, FoldedText folded)
    {
        if (folded.Words.Any(w => w.Text is "schlage" or "schlag" or "suggest" || Array.Exists(AdvisingStems, st => w.Text.StartsWith(st, StringComparison.Ordinal))))
        {
            // "…, ich bin wissenschaftlicher Mitarbeiter und schlage vor": a word of advising is the role, as said
            return false;
        }

        foreach (var (from, to) in ClauseSpans(text, folded, ",.;:–—()"))
        {
            var clause = Enumerable.Range(from, to - from + 1).Select(i => folded[i].Text).ToList();
            if (clause.Any(t => t is "ich" or "i" or "i'm" or "i'll" or "bin") &&
                !clause.Any(t => CommonWords.Negations.Contains(t) || t.StartsWith("entscheid", StringComparison.Ordinal) ||
                                 t.StartsWith("decid", StringComparison.Ordinal) || t.StartsWith("decision", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

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
        string? previous = null;
        foreach (var w in folded.Words)
        {
            var before = previous;
            previous = w.Text;
            if (w.Text is "deciding" or "decides" or "decide" or "signs")
            {
                verb = true;
                continue;
            }

            // "aye it's me that decides", "yeah it's me who signs": the yes and the cleft around "me" say nothing more
            if (w.Text is "aye" or "yeah" or "yep" or "it's" or "its" or "it" or "is" || w.Text == "who" && before == "me")
            {
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

        var clauses = ClauseSpans(text, folded, ",.;:–—()");
        var (decision, other) = (false, false);
        foreach (var (from, to) in clauses)
        {
            if (from > to || Enumerable.Range(from, to - from + 1).All(i => ClauseFillers.Contains(folded[i].Text) || ContrastWords.Contains(folded[i].Text)))
            {
                continue;
            }

            var clause = folded.Span(from, to);
            if (FoldedText.Of(clause).Contains(OthersDecision))
            {
                // "ich schlag's vor und der GF nickt ab": the prospect's advising joined by "und" before someone else's
                // approval is their own part, as in a clause of its own ("I'll present options to the board and they
                // decide" beside a title stays confirmed, as writers record it)
                var joined = Enumerable.Range(from, to - from + 1).FirstOrDefault(i => i > from && folded[i].Text == "und", -1);
                if (joined > 0 && ReadChoice(QuestionSteps.Authority, folded.Span(from, joined - 1), choices, language, acceptOwnWords: false, allowIndex: false) is
                    { Confidence: >= Confidence.Medium, Value: ChoiceValue { Key: var ownKey } } && ownKey == advisingKey)
                {
                    return false;
                }

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

    // The people who sell ("reps", "Außendienstler", "Vertriebler"): appointments of theirs are sales work.
    private static readonly HashSet<string> SalesStaff = new(StringComparer.Ordinal)
    {
        "reps", "rep", "salespeople", "salesmen", "salesman", "saleswoman", "aussendienstler", "aussendienstlerin",
        "vertriebler", "vertrieblerin", "verkaeufer", "verkaeuferin", "vertreter", "handelsvertreter",
    };

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
}
