namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// How two folded words compare when a prospect's words are matched against configured phrases: the same after a light
/// German/English stemming ("Angebote" / "Angebot", "automatisieren" / "Automatisierung"), the head of a compound
/// ("Vertriebsautomatisierung" ends in "automatisier"), or one typo apart ("Geschäftsfürer"). Allocation-free
/// except for the stem, which callers compute once per word.
/// </summary>
internal static class WordMatch
{
    public enum Kind
    {
        None = 0,
        Typo = 1,
        Compound = 2,
        Exact = 3,
    }

    // Longest first; a suffix is only cut when at least four letters remain.
    private static readonly string[] Suffixes =
    [
        "ierungen", "ierung", "ungen", "ations", "ation", "ings", "heiten", "keiten", "heit", "keit", "ieren", "iert",
        "ung", "ing", "ern", "em", "en", "er", "es", "ed", "st", "te", "e", "n", "s", "t",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 4 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>How the message word (<paramref name="word"/>, its <paramref name="wordStem"/>) matches a phrase word
    /// (<paramref name="phrase"/>, its <paramref name="phraseStem"/>).</summary>
    public static Kind Compare(string word, string wordStem, string phrase, string phraseStem)
    {
        if (word == phrase || wordStem == phraseStem)
        {
            return Kind.Exact;
        }

        // The spoken German form without its final "e" ("ich hab", "ich find", "entscheid"): the same word.
        if (word.Length >= 3 && phrase.Length == word.Length + 1 && phrase[^1] == 'e' && phrase.StartsWith(word, StringComparison.Ordinal))
        {
            return Kind.Exact;
        }

        // One a word form of the other: "automat" / "automatisier", "inform" / "informier" (the rest starts with a vowel,
        // so "Vertrieb" is no word form of "Vertriebsleiter").
        var shorter = wordStem.Length <= phraseStem.Length ? wordStem : phraseStem;
        var longer = ReferenceEquals(shorter, wordStem) ? phraseStem : wordStem;
        if (shorter.Length >= 6 && longer.Length - shorter.Length <= 5 && longer.StartsWith(shorter, StringComparison.Ordinal) &&
            longer[shorter.Length] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' && !PersonAndAct(word, phrase, shorter.Length))
        {
            return Kind.Exact;
        }

        // A German compound whose head is the phrase word: "Vertriebsautomatisierung", "Teamleiterin". Only the head: a
        // word that merely starts like a phrase word is often another word ("international" / "intern").
        if (word.Length >= phraseStem.Length + 3 && phraseStem.Length >= 4 &&
            (wordStem.EndsWith(phraseStem, StringComparison.Ordinal) && !PrefixedHead(wordStem, phraseStem.Length) ||
             word.EndsWith(phrase, StringComparison.Ordinal) && !PrefixedHead(word, phrase.Length)))
        {
            return Kind.Compound;
        }

        if (phrase.Length >= 5 && word.Length >= 5 && Math.Abs(word.Length - phrase.Length) <= 1 && WithinOneEdit(word, phrase))
        {
            return Kind.Typo;
        }

        return Kind.None;
    }

    /// <summary>Whether the head of a compound (its last <paramref name="head"/> letters) carries the prefix "ver" or "zer",
    /// which makes another word of it: "Eigentümerversammlung" ends in an assembly, not in "sammle"; so do the Greek
    /// prefixes of learned words, in either language ("synthesis", "Hypothese" are no thesis).</summary>
    private static bool PrefixedHead(string word, int head)
    {
        var at = word.Length - head;
        if (at >= 3 && (word.AsSpan(at - 3, 3).SequenceEqual("ver") || word.AsSpan(at - 3, 3).SequenceEqual("zer")))
        {
            return true;
        }

        var before = word.AsSpan(0, at);
        return before is "syn" or "hypo" or "anti" or "pros" or "paren" or "photosyn";
    }

    /// <summary>Whether one word is a person named by an act ("Interessent", "Interessenten") and the other the act or the
    /// feeling itself ("interessiert", "Interesse"): a stem shared up to <paramref name="shared"/> letters, then "ent"
    /// in only one of them. Being interested is no prospect.</summary>
    private static bool PersonAndAct(string word, string phrase, int shared)
    {
        static bool Person(string w, int at) => at + 3 <= w.Length && w.AsSpan(at, 3).SequenceEqual("ent") && (at + 3 == w.Length || w[at + 3] is 'e' or 'i');
        return shared <= word.Length && shared <= phrase.Length && Person(word, shared) != Person(phrase, shared);
    }

    /// <summary>Whether <paramref name="a"/> becomes <paramref name="b"/> by at most one insertion, deletion, substitution
    /// or swap of neighbours (Damerau-Levenshtein distance ≤ 1), in one pass.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length)
        {
            return b.Length - a.Length <= 1;
        }

        if (a.Length == b.Length)
        {
            // substitution, or a swap of two neighbours
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        // b is one longer: b[i] was inserted
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
