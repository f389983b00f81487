using System.Text;

namespace LeadBot.Dialogs.Understanding;

/// <summary>Short replies in French or Italian (prospects in Switzerland answer in their first language), and at the
/// authority question in Dutch, Polish, Ukrainian or Russian: a word-by-word English gloss of the few words such replies
/// are made of ("je regarde seulement", "io decido insieme al mio team", "fin janvier", "ik beslis samen met mijn
/// compagnon"), so the readers can read them; anything the gloss leaves unread is never kept as sure. Each reader
/// gives the vocabulary of its question: the words only those languages have, of which one must be in the reply before
/// its other words are glossed, the English of each word, and whole replies known as one.</summary>
internal static class RomanceGloss
{
    /// <summary>What the gloss knows of the replies to one question.</summary>
    internal sealed record Vocabulary(
        IReadOnlySet<string> Markers,
        IReadOnlyDictionary<string, string> Words,
        IReadOnlyList<(string[] Words, string English)> Phrases);

    // Words no German or English reply uses; German "je" ("je Standort", "je nachdem") counts only before a lowercase
    // word that is no German comparative
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "j'ai", "c'est", "moi", "nous", "vous", "io", "noi", "sto", "suis", "sono", "siamo", "sommes", "seulement", "soltanto",
        "solamente", "uniquement", "regarde", "regardons", "guardando", "guardo", "guardiamo", "informazioni", "renseigne",
        "décide", "décidons", "décident", "decido", "decidiamo", "decidono", "recommande", "recommandons", "raccomando",
        "avec", "insieme", "équipe", "directeur", "directrice", "direttore", "direttrice", "direzione", "notre", "nostro",
        "nostra", "je", "informations", "cherche", "cerco", "cerchiamo", "voglio", "vogliamo", "voulons", "veux",
        "vorrei", "vorremmo", "voudrais", "voudrions", "nuovo", "nuova", "nouveau", "nouvelle", "pour", "della", "delle",
        "avons", "abbiamo", "besoin", "bisogno", "qui", "décidé", "gestire", "richieste", "approvare", "consiglio", "necesitamos",
        "precisamos", "aprobar", "aprovar", "también", "também", "decidimos",
    };

    private static readonly HashSet<string> GermanAfterJe = new(StringComparer.Ordinal)
    {
        "nachdem", "nach", "mehr", "desto", "eher", "früher", "länger", "weniger", "besser", "schneller", "größer", "kleiner",
    };

    // Words that say the reply is German or English after all
    private static readonly HashSet<string> OwnLanguageWords = new(StringComparer.Ordinal)
    {
        "ich", "wir", "und", "the", "and", "i", "we", "is", "ist", "der", "das", "mit", "my", "mein", "meine", "unser", "our",
    };

    private static readonly Dictionary<string, string> Gloss = new(StringComparer.Ordinal)
    {
        ["je"] = "i", ["j'ai"] = "i have", ["c'est"] = "it's", ["moi"] = "me", ["nous"] = "we", ["io"] = "i", ["noi"] = "we",
        ["sto"] = "am", ["suis"] = "am", ["sono"] = "am", ["siamo"] = "are", ["sommes"] = "are",
        ["seulement"] = "just", ["juste"] = "just", ["solo"] = "just", ["soltanto"] = "just", ["solamente"] = "just",
        ["uniquement"] = "just", ["regarde"] = "looking", ["regardons"] = "looking", ["guardando"] = "looking",
        ["guardo"] = "looking", ["guardiamo"] = "looking", ["informazioni"] = "information", ["informations"] = "information",
        ["renseigne"] = "research", ["décide"] = "decide", ["décidons"] = "decide", ["décident"] = "decide",
        ["decido"] = "i decide", ["qui"] = "who", ["decidiamo"] = "decide", ["decidono"] = "decide", ["recommande"] = "recommend",
        ["recommandons"] = "recommend", ["raccomando"] = "recommend", ["avec"] = "with", ["con"] = "with",
        ["insieme"] = "together", ["al"] = "with", ["mon"] = "my", ["ma"] = "my", ["mes"] = "my", ["mio"] = "my", ["mia"] = "my",
        ["miei"] = "my", ["notre"] = "our", ["nos"] = "our", ["nostro"] = "our", ["nostra"] = "our", ["le"] = "the",
        ["la"] = "the", ["les"] = "the", ["il"] = "the", ["lo"] = "the", ["équipe"] = "team", ["squadra"] = "team",
        ["direction"] = "management", ["direzione"] = "management", ["directeur"] = "director", ["directrice"] = "director",
        ["direttore"] = "director", ["direttrice"] = "director", ["patron"] = "boss", ["patronne"] = "boss", ["capo"] = "boss",
        ["chef"] = "boss", ["et"] = "and", ["e"] = "and", ["mais"] = "but", ["pas"] = "not", ["non"] = "not",
        ["gérant"] = "managing director", ["gérante"] = "managing director", ["propriétaire"] = "owner", ["fondateur"] = "founder",
        ["fondatrice"] = "founder",
        // a board that must approve too ("deve approvare anche il consiglio direttivo")
        ["deve"] = "must", ["devono"] = "must", ["debe"] = "must", ["approvare"] = "approve", ["aprobar"] = "approve",
        ["aprovar"] = "approve", ["anche"] = "also", ["también"] = "also", ["também"] = "also", ["pero"] = "but",
        ["consiglio"] = "board", ["consejo"] = "board", ["conselho"] = "board", ["junta"] = "board", ["direttivo"] = string.Empty,
        ["directiva"] = string.Empty, ["diretor"] = "director", ["decidimos"] = "we decide",
        ["tem"] = "must", ["tiene"] = "must", ["que"] = string.Empty, ["de"] = string.Empty, ["o"] = "the", ["eu"] = "i", ["yo"] = "i",
        // inquiries to be handled ("gestire le richieste di iscrizione")
        ["gestire"] = "manage", ["richieste"] = "inquiries", ["necesitamos"] = "we need", ["precisamos"] = "we need",
    };

    // The words of replies at the need and authority questions
    private static readonly Vocabulary NeedAndAuthority = new(Markers, Gloss, []);

    /// <summary>The English gloss of a reply at the need or authority question in French or Italian, or null when the
    /// reply is not one.</summary>
    public static string? Of(string text) => Of(text, NeedAndAuthority);

    // Who decides in Dutch, Polish, Ukrainian or Russian ("ik beslis samen met mijn compagnon", "szef decyduje", "Я
    // вирішую"): second-language writers fall back on their first language for the short answer; only the words of a
    // decision are known, so what is read from them is confirmed
    private static readonly Dictionary<string, string> DecisionGloss = new(StringComparer.Ordinal)
    {
        ["ik"] = "i", ["wij"] = "we", ["beslis"] = "decide", ["beslist"] = "decides", ["beslissen"] = "decide", ["samen"] = "together",
        ["met"] = "with", ["mijn"] = "my", ["onze"] = "our", ["baas"] = "boss", ["compagnon"] = "partner", ["vennoot"] = "partner",
        ["eigenaar"] = "owner", ["ben"] = "am", ["alleen"] = "alone", ["het"] = "the", ["de"] = "the", ["directie"] = "management",
        ["bestuur"] = "board", ["en"] = "and", ["maar"] = "but",
        ["ja"] = "i", ["decyduję"] = "i decide", ["decyduje"] = "decides", ["decydujemy"] = "we decide", ["szef"] = "boss",
        ["szefowa"] = "boss", ["razem"] = "together", ["z"] = "with", ["wspólnik"] = "partner", ["wspólnikiem"] = "partner",
        ["właściciel"] = "owner", ["właścicielka"] = "owner", ["sam"] = "alone", ["sama"] = "alone", ["mój"] = "my", ["moim"] = "my",
        ["я"] = "i", ["вирішую"] = "i decide", ["вирішує"] = "decides", ["вирішуємо"] = "we decide", ["решаю"] = "i decide",
        ["решает"] = "decides", ["решаем"] = "we decide", ["разом"] = "together", ["вместе"] = "together", ["з"] = "with",
        ["с"] = "with", ["мій"] = "my", ["мой"] = "my", ["партнером"] = "partner", ["власник"] = "owner", ["владелец"] = "owner",
        ["керівник"] = "boss", ["начальник"] = "boss", ["шеф"] = "boss", ["директор"] = "director", ["сам"] = "alone",
    };

    private static readonly Vocabulary Decision = new(
        new HashSet<string>(StringComparer.Ordinal)
        {
            "beslis", "beslist", "beslissen", "samen", "mijn", "baas", "compagnon", "vennoot", "eigenaar", "decyduję", "decyduje",
            "decydujemy", "szef", "szefowa", "wspólnik", "wspólnikiem", "właściciel", "właścicielka", "я", "вирішую", "вирішує",
            "вирішуємо", "решаю", "решает", "решаем", "власник", "владелец", "керівник", "начальник", "шеф",
        },
        DecisionGloss, []);

    /// <summary>The English gloss of a reply at the authority question in Dutch, Polish, Ukrainian or Russian, or null when
    /// the reply is not one; a reading of it is only ever confirmed.</summary>
    public static string? DecisionOf(string text) => Of(text, Decision);

    /// <summary>The English gloss of a reply in the vocabulary's languages, word by word with its punctuation kept, or
    /// null when the reply has none of the vocabulary's markers or a German or English word.</summary>
    private static string? Of(string text, Vocabulary vocabulary)
    {
        var tokens = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var cores = new string[tokens.Length];
        var lowers = new string[tokens.Length];
        var markers = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            cores[i] = tokens[i].Trim(',', '.', '!', '?', ';', ':', '(', ')', '"', '…').Replace('’', '\'');
            var lower = lowers[i] = cores[i].ToLowerInvariant();
            if (OwnLanguageWords.Contains(lower))
            {
                return null;
            }

            if (lower == "je" && (i + 1 >= tokens.Length || char.IsUpper(tokens[i + 1][0]) ||
                                  GermanAfterJe.Contains(tokens[i + 1].ToLowerInvariant())))
            {
                continue;
            }

            markers += vocabulary.Markers.Contains(lower) ? 1 : 0;
        }

        if (markers == 0)
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var lower = lowers[i];
            sb.Append(i > 0 ? " " : string.Empty);
            if (lower is "ma" or "mas" && i > 0 && tokens[i - 1].EndsWith(','))
            {
                // Italian "ma" and Portuguese "mas" after a comma are "but" ("io decido, ma …"); the French "ma" is "my"
                // before its noun
                sb.Append("but");
                continue;
            }

            sb.Append(vocabulary.Words.TryGetValue(lower, out var english) || vocabulary.Words.TryGetValue(FoldedText.Fold(lower), out english)
                ? tokens[i].Replace(cores[i], english, StringComparison.Ordinal)
                : tokens[i]);
        }

        return sb.ToString();
    }

    /// <summary>A reply in French or Italian in the vocabulary's English ("fin janvier" → "end of january"), and whether
    /// every word of it was glossed (a number needs none); null when the reply is no whole phrase of the vocabulary and
    /// has none of its markers. A word glossed as empty is dropped.</summary>
    public static (string English, bool AllRead)? Of(FoldedText folded, Vocabulary vocabulary)
    {
        foreach (var (words, english) in vocabulary.Phrases)
        {
            if (folded.Count == words.Length && folded.Words.Select(w => w.Text).SequenceEqual(words))
            {
                return (english, true);
            }
        }

        if (!folded.Words.Any(w => vocabulary.Markers.Contains(w.Text)))
        {
            return null;
        }

        var parts = new List<string>(folded.Count);
        var all = true;
        foreach (var w in folded.Words)
        {
            var comma = w.AfterBreak && parts.Count > 0 ? ", " : string.Empty;
            if (vocabulary.Words.TryGetValue(w.Text, out var english))
            {
                if (english.Length > 0)
                {
                    parts.Add(comma + english);
                }
            }
            else
            {
                all &= w.IsNumber;
                parts.Add(comma + w.Text);
            }
        }

        return (string.Join(' ', parts), all);
    }
}
