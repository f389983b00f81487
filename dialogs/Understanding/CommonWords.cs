namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Word lists that more than one reader needs, in one place so that they stay the same everywhere: the sounds of
/// hesitation and of laughter, and the marks of a joke.
/// </summary>
internal static class CommonWords
{
    /// <summary>Whether the text is a shrug emoji alone ("🤷", "🤷‍♂️", with a skin tone or gender sign): the writer does
    /// not know.</summary>
    public static bool ShrugOnly(string text)
    {
        var shrug = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '\u200D' or '\uFE0F' or '\u2640' or '\u2642')
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.ConvertToUtf32(text[i], text[i + 1]) is var c &&
                (c == 0x1F937 || c is >= 0x1F3FB and <= 0x1F3FF))
            {
                shrug |= c == 0x1F937;
                i++;
                continue;
            }

            return false;
        }

        return shrug;
    }

    /// <summary>No idea in other words ("haven't got a clue", "keinen blassen Schimmer"): the prospect does not know, at the
    /// budget and the timeline question alike.</summary>
    public static readonly string[] NoClue =
    [
        "haven't got a clue", "havent got a clue", "haven't a clue", "not a clue", "don't have a clue", "dont have a clue",
        "keinen schimmer", "keinen blassen schimmer", "null ahnung", "nicht die geringste ahnung", "not the faintest",
        "zero idea", "zero clue", "not the slightest idea", "keine idee",
    ];

    /// <summary>Laughter and joke words, folded ("lol", "haha", "jk"): the writer is not giving a plain answer.</summary>
    public static readonly HashSet<string> Laughter = new(StringComparer.Ordinal)
    {
        "lol", "haha", "hahaha", "hehe", "hihi", "xd", "lmao", "rofl", "jk",
    };

    /// <summary>Pronouns that are the subject of a clause ("ich", "wir", "we", "they"), folded.</summary>
    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
    {
        "ich", "wir", "i", "we", "er", "sie", "he", "she", "they",
    };

    /// <summary>Pronouns that stand after a preposition or as an object ("bei Ihnen", "bei euch", "with you"), folded:
    /// they point at the bot's side or the writer's, never name anyone.</summary>
    public static readonly HashSet<string> ObjectPronouns = new(StringComparer.Ordinal)
    {
        "ihnen", "euch", "uns", "dir", "dich", "mir", "mich", "ihm", "ihr", "sie", "you", "yours", "us", "them", "me", "him",
        "her", "it",
    };

    /// <summary>Words of a sentence, not of a name, when written in small letters, folded: pronouns, forms of "to be",
    /// "to have", "to do", "to say", "to stand", negations and the adverbs of a remark ("sag ich später", "doesn't
    /// matter", "steht doch oben", "see above").</summary>
    public static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "ich", "du", "er", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch", "bin", "bist", "ist", "sind",
        "seid", "war", "habe", "hab", "hat", "haben", "mach", "mache", "macht", "machen", "sag", "sage", "sagt", "sagen",
        "weiss", "will", "moechte", "kann", "koennen", "muss", "tut", "tun", "nicht", "nichts", "kein", "keine", "noch",
        "schon", "erst", "erstmal", "mal", "nur", "gerade", "grad", "egal", "spaeter", "jetzt", "dann", "wenn", "weil",
        "dass", "ob", "aber", "doch", "halt", "eben", "bitte", "danke", "leider", "eigentlich", "momentan", "aktuell", "ein",
        "eine", "einer", "einen", "einem", "mein", "meine", "meines", "meinem", "meinen", "meiner", "dein", "deine", "sein",
        "seine", "seines", "seiner", "unser", "unsere", "unseres", "unserer", "our", "his", "her", "their", "i", "i'm", "im", "i'd", "i'll", "me", "my", "you", "your", "he", "she", "it's",
        "we", "we're", "they", "am", "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did",
        "doesn't", "don't", "dont", "can", "can't", "will", "would", "should", "not", "no", "yet", "just", "only", "still",
        "later", "now", "matter", "really", "actually", "tell", "say", "know", "sure", "please", "thanks", "rather",
        "maybe", "vielleicht", "nothing", "anything", "something", "whatever", "because", "but", "a", "an", "steht", "stehen", "stand", "gesagt", "geschrieben", "siehe", "oben",
        "unten", "bereits", "see", "above", "below", "said", "told", "already", "written", "sent",
    };

    /// <summary>Bodies that decide as a group in firms, clubs, churches, foundations and schools, folded ("Vorstand",
    /// "Kuratorium", "Presbyterium", "board of trustees"): whoever only names one of them deciding names no role of their own.</summary>
    public static readonly HashSet<string> DecidingBodies = new(StringComparer.Ordinal)
    {
        "vorstand", "vereinsvorstand", "kirchenvorstand", "board", "gremium", "committee", "ausschuss", "aufsichtsrat", "beirat",
        "kuratorium", "stiftungsrat", "praesidium", "presbyterium", "kirchengemeinderat", "pfarrgemeinderat", "gemeinderat",
        "stadtrat", "verwaltungsrat", "elternbeirat", "mitgliederversammlung", "trustees", "governors", "council",
    };

    /// <summary>The writer's own possessives, folded ("unser", "meinem", "our"): what follows is the writer's or the
    /// firm's own (a boss, a partner, a firm named after its kind).</summary>
    public static readonly HashSet<string> OwnPossessives = new(StringComparer.Ordinal)
    {
        "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "unsrem", "mein", "meine", "meinen", "meinem", "meiner",
        "meines", "my", "our",
    };

    /// <summary>Words that negate a clause, folded ("nicht", "kein", "don't", "can't", "won't"); a reader that needs more
    /// ("noch", "weder") adds its own.</summary>
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "not", "no", "don't", "dont", "doesn't",
        "doesnt", "never", "isn't", "isnt", "aren't", "arent", "won't", "wont", "can't", "cant", "cannot", "shouldn't",
        "shouldnt", "wouldn't", "wouldnt", "mustn't", "didn't", "didnt", "wasn't", "wasnt",
    };

    /// <summary>Words that open a correction of what was just said ("nee sorry", "I mean", "oops"), folded; "i"/"ich"
    /// before "mean"/"meine" are the caller's to skip.</summary>
    public static readonly HashSet<string> Corrections = new(StringComparer.Ordinal)
    {
        "nein", "nee", "ne", "no", "nope", "sorry", "sry", "oops", "ups", "korrektur", "correction", "pardon", "mean", "meant",
        "meinte", "actually", "eigentlich", "bzw", "rather", "eher", "sondern",
    };

    /// <summary>Sounds of hesitation ("ähm", "uhh"), folded.</summary>
    public static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal)
    {
        "aeh", "aehm", "oehm", "oeh", "ehm", "hm", "hmm", "hmmm", "uh", "uhh", "uhm", "um", "umm", "erm",
    };

    /// <summary>Whether a folded word is a sound of hesitation, also drawn out ("ähh", "ummm", "hmmm" are "äh", "um",
    /// "hm"): writers stretch these at will, so the list holds each once.</summary>
    public static bool IsHesitation(string folded)
    {
        if (Hesitations.Contains(folded))
        {
            return true;
        }

        var collapsed = Collapsed(folded);
        return collapsed.Length < folded.Length && Hesitations.Contains(collapsed);
    }

    /// <summary>A folded word with every run of one letter written once ("ummm" → "um", "yesss" → "yes", "good" → "god").</summary>
    public static string Collapsed(string folded)
    {
        var collapsed = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }

    // English words before "'s" that are no German verb ("it's", "that's", "boss's").
    private static readonly HashSet<string> EnglishBeforeS = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "that", "what", "there", "here", "he", "she", "let", "who", "where", "how", "name", "boss", "one", "everyone",
    };

    /// <summary>The text with a German "es" written onto a verb spelled out ("leg's" → "leg es", "geb’s" → "geb es"), so
    /// that phrases written with "es" match; English words before "'s" are kept.</summary>
    public static string WithGermanEs(string text)
    {
        var i = text.IndexOfAny(['\'', '’']);
        if (i < 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 4);
        var from = 0;
        for (; i >= 0; i = text.IndexOfAny(['\'', '’'], i + 1))
        {
            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var closes = i + 1 < text.Length && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
            if (closes && i - start >= 2 && !EnglishBeforeS.Contains(text[start..i]))
            {
                result.Append(text, from, i - from).Append(" es");
                from = i + 2;
            }
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>The text with the chat shorthand of "with" written out ("i decide w others", "w/ my partner" → "with"): a
    /// lone "w" between two words, or "w/" before a word, so that phrases with "with" match.</summary>
    public static string WithShortWith(string text)
    {
        var i = text.IndexOf('w');
        if (i < 0)
        {
            return text;
        }

        System.Text.StringBuilder? result = null;
        var from = 0;
        for (; i >= 0; i = i + 1 < text.Length ? text.IndexOf('w', i + 1) : -1)
        {
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]) || i == 0)
            {
                continue;
            }

            // "w/" then a word, or "w" alone after a word and before one
            var slash = i + 2 < text.Length && text[i + 1] == '/' && (char.IsLetter(text[i + 2]) || text[i + 2] == ' ' && i + 3 < text.Length && char.IsLetter(text[i + 3]));
            var lone = i + 2 < text.Length && text[i + 1] == ' ' && char.IsLetter(text[i + 2]) && i >= 2 && char.IsLetter(text[i - 2]);
            if (!slash && !lone)
            {
                continue;
            }

            result ??= new System.Text.StringBuilder(text.Length + 8);
            result.Append(text, from, i - from).Append(slash ? "with " : "with");
            from = slash ? (text[i + 2] == ' ' ? i + 3 : i + 2) : i + 1;
        }

        return result is null ? text : result.Append(text, from, text.Length - from).ToString();
    }

    // Faces that laugh, wink or stick out the tongue: a joke, whatever words stand beside them.
    private static readonly string[] JokeFaces = ["😅", "😂", "🤣", "😄", "😆", "😁", "😉", "😜", "😝", "😛", "🙃", "😏", "🤪", "😹"];

    /// <summary>Whether <paramref name="value"/>, read from <paramref name="evidence"/>, was taken from a joke: laughter
    /// among the words read ("lol why"), or laughter or a joking face in their sentence or after it while the value holds
    /// words in small letters, a sentence rather than a name ("Die mit dem blauen Logo 😅"). A name with a laugh after
    /// it ("sarah connor lol") and a joke taken back in an earlier sentence ("Salesforce lol jk. It's Bluebird Dental
    /// Group") are no joke about the value.</summary>
    public static bool Jokes(string text, string evidence, string value)
    {
        if (FoldedText.Of(evidence).Words.Any(w => Laughter.Contains(w.Text)))
        {
            return true;
        }

        if (!value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0])))
        {
            return false;
        }

        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        var from = Math.Max(at, 0);
        while (from > 0 && !(text[from - 1] is '!' or '?' or '\n' || text[from - 1] == '.' && from < text.Length && text[from] == ' '))
        {
            from--;
        }

        var tail = text[from..];
        foreach (var face in JokeFaces)
        {
            if (tail.Contains(face, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return FoldedText.Of(tail).Words.Any(w => Laughter.Contains(w.Text));
    }

    /// <summary>Southern German, Austrian and Swiss forms of "nicht" and the clipped "nich", folded ("gibt's ned", "gibts
    /// nöd"). "net" is an English word too: a reader uses the list only where no English word can stand.</summary>
    public static readonly HashSet<string> DialectNicht = new(StringComparer.Ordinal)
    {
        "nich", "ned", "net", "nit", "nid", "noed",
    };
}
