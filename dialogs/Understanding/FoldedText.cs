using System.Text;

namespace LeadBot.Dialogs.Understanding;

/// <summary>One word of a message: its folded text and where it stands in the original message.</summary>
/// <param name="Text">Lower case, umlauts written out (ä → ae, ß → ss), accents dropped, apostrophes kept ("don't").</param>
/// <param name="Start">Index of the first character in the original message.</param>
/// <param name="End">Index after the last character in the original message.</param>
/// <param name="AfterBreak">A comma, full stop, semicolon, colon, line break, "!" or "?" stands between this word and the previous one.</param>
/// <param name="IsNumber">The word is digits only.</param>
internal readonly record struct Word(string Text, int Start, int End, bool AfterBreak, bool IsNumber);

/// <summary>
/// A message cut into folded words in one pass (linear in its length). Readers match their phrase tables against these
/// words, so "Nächstes Jahr", "naechstes jahr" and "NÄCHSTES JAHR" read alike.
/// </summary>
internal sealed class FoldedText
{
    private FoldedText(string original, List<Word> words, bool hasQuestionMark)
    {
        Original = original;
        Words = words;
        HasQuestionMark = hasQuestionMark;
    }

    public string Original { get; }

    public List<Word> Words { get; }

    public bool HasQuestionMark { get; }

    public int Count => Words.Count;

    public Word this[int index] => Words[index];

    public static FoldedText Of(string text)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        var start = -1;
        var pendingBreak = false;
        var question = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '@' && start < 0 && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                // "Alex Kim @ Northstar Logistics": an at sign standing alone is the word "at", never part of an address
                words.Add(new Word("at", i, i + 1, pendingBreak, false));
                pendingBreak = false;
                continue;
            }

            var apostropheInWord = (c is '\'' or '’') && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || apostropheInWord)
            {
                // "20k", "KW12", "Q2": digits and letters are separate words ("B2B", "B2C" stay one word, below).
                if (start >= 0 && !apostropheInWord && char.IsAsciiDigit(c) != char.IsAsciiDigit(text[i - 1]) && text[i - 1] is not ('\'' or '’') &&
                    !InLetterTwoLetter(text, start))
                {
                    var part = current.ToString();
                    words.Add(new Word(part, start, i, pendingBreak, IsDigits(part)));
                    current.Clear();
                    start = -1;
                    pendingBreak = false;
                }

                if (start < 0)
                {
                    start = i;
                }

                AppendFolded(current, c);
                continue;
            }

            if (start >= 0)
            {
                var w = current.ToString();
                words.Add(new Word(w, start, i, pendingBreak, IsDigits(w)));
                current.Clear();
                start = -1;
                pendingBreak = false;
            }

            // a slash with spaces around it separates like a comma ("Tom Baker / Kessler Farms LLC / …"); "Feb/März" joins
            if (c is ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '(' or ')' or '|' ||
                (c == '.' && !IsAbbreviationDot(text, i, words)) ||
                (c == '/' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                pendingBreak = true;
            }

            question |= c is '?' or '¿';
        }

        return new FoldedText(text, words, question);
    }

    /// <summary>Whether the word from <paramref name="start"/> is a letter, a 2 and a letter standing alone ("B2B", "b2c",
    /// "B2G"): the market a firm sells to, one word, which split would put a number and two stray letters between "more"
    /// and "clients".</summary>
    private static bool InLetterTwoLetter(string text, int start) =>
        start + 2 < text.Length && char.IsAsciiLetter(text[start]) && text[start + 1] == '2' && char.IsAsciiLetter(text[start + 2]) &&
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (start + 3 == text.Length || !char.IsLetterOrDigit(text[start + 3]));

    // Titles and short forms whose full stop ends no sentence: "Zahnarztpraxis Dr. Lehmann", "St. Mary's Hospital", and
    // the short forms inside a company's name ("Brauerei Gebr. Kastner KG", "Smith Bros. Roofing", "Müller & Co. KG").
    private static readonly HashSet<string> NameShortForms = new(StringComparer.Ordinal) { "gebr", "bros", "co", "jun", "sen", "jr", "sr" };

    private static readonly HashSet<string> Abbreviations = new(
        ["dr", "prof", "st", "dipl", "ing", "med", "vet", "dent", "rer", "nat", "phil", "jur", "habil", "mr", "mrs", "ms", "hr", "fr", "dres", .. NameShortForms],
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (as written) is a short form whose full stop belongs to it at the end of a
    /// name too: one of the short forms inside a name above ("Miller Bros.", not a title) or a capitalized contraction without a vowel ("Property
    /// Mgmt.", "Acme Mfg."); a word in capitals ("BMW") is an acronym, no contraction.</summary>
    public static bool IsShortForm(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        if (NameShortForms.Contains(word.ToLowerInvariant()))
        {
            return true;
        }

        return char.IsUpper(word[0]) && word.Length >= 3 && word.Skip(1).All(c => char.IsLower(c) && "aeiouyäöü".IndexOf(c) < 0);
    }

    /// <summary>Whether the full stop at <paramref name="i"/> closes a title right before a word ("Dr. Lehmann").</summary>
    private static bool IsAbbreviationDot(string text, int i, List<Word> words)
    {
        // "Ev. Kirchengemeinde", "Kath. Kita": the church's short forms open names of parishes and their bodies, capitalized
        if (words.Count == 0 || words[^1].End != i)
        {
            return false;
        }

        // "L.L.C.", "U.S.A.", "G.m.b.H.": the dots inside letters written with dots end no sentence
        if (words[^1].End - words[^1].Start == 1 && i + 2 < text.Length && char.IsLetter(text[i + 1]) && text[i + 2] == '.')
        {
            return true;
        }

        // "Dipl.-Ing.", "Ing.-Büro", "Dr.-Ing.": a full stop joined by a hyphen to the next word is inside one compound
        if (i + 2 < text.Length && text[i + 1] == '-' && char.IsLetter(text[i + 2]))
        {
            return true;
        }

        // "Dipl.-Kfm. Bauer", "Mag. Eva Leitner", "Fa. Müller": degrees and the short form of "Firma", capitalized, open a name
        if (!(Abbreviations.Contains(words[^1].Text) ||
              words[^1].Text is "ev" or "evang" or "kath" or "kfm" or "mag" or "fa" or "fma" or "oec" or "pol" && char.IsUpper(text[words[^1].Start])))
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && next - i <= 2 && char.IsLetter(text[next]);
    }

    /// <summary>The folded form of a phrase from a table or the configuration, as words.</summary>
    public static string[] Phrase(string phrase)
    {
        var folded = Of(phrase);
        var result = new string[folded.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = folded[i].Text;
        }

        return result;
    }

    /// <summary>The original text from word <paramref name="from"/> to word <paramref name="to"/> (inclusive).</summary>
    public string Span(int from, int to) => Original[Words[from].Start..Words[to].End];

    /// <summary>Whether the words from <paramref name="at"/> on are <paramref name="phrase"/>.</summary>
    public bool MatchesAt(int at, string[] phrase)
    {
        if (at < 0 || at + phrase.Length > Words.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (Words[at + i].Text != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first index from <paramref name="from"/> where one of <paramref name="phrases"/> starts, with its length; (-1, 0) when none.</summary>
    public (int At, int Length) Find(IReadOnlyList<string[]> phrases, int from = 0)
    {
        for (var i = from; i < Words.Count; i++)
        {
            foreach (var p in phrases)
            {
                if (MatchesAt(i, p))
                {
                    return (i, p.Length);
                }
            }
        }

        return (-1, 0);
    }

    public bool Contains(IReadOnlyList<string[]> phrases) => Find(phrases).At >= 0;

    // How a question opens when it is typed without its question mark ("how much is it", "what happens if i say no",
    // "was kostet das", "habt ihr eine Demo"); a statement rarely opens so ("wie wir mehr Leads bekommen" does not).
    private static readonly string[][] QuestionOpenings = Phrases.Of(
        "how much", "how many", "how long", "how does", "how do", "how is", "how can i", "how would", "what is", "what's",
        "whats", "what does", "what do", "what happens", "what if", "why do", "why does", "why is", "where is", "where do",
        "when can", "when will", "who is", "who are", "which", "can you", "could you", "do you", "does it", "does this",
        "is it", "is this", "is there", "are you", "are there", "will it", "would it", "wie viel", "wieviel", "wie teuer",
        "wie lange", "wie funktioniert", "wie geht", "was kostet", "was kosten", "was passiert", "was macht", "was ist",
        "warum", "wieso", "weshalb", "wozu", "wo ist", "wo sind", "wo werden", "wann kann", "wann koennt", "wer ist",
        "wer sind", "welche", "welcher", "welches", "kann man", "kann ich", "koennt ihr", "koennen sie", "habt ihr",
        "haben sie", "gibt es", "gibts", "can i", "could i", "may i", "darf ich", "koennte ich", "ist das", "sind das", "bietet ihr", "bieten sie", "macht ihr", "machen sie",
        "funktioniert das", "geht das");

    /// <summary>Whether the text asks something: a question mark, or a question's opening at its start.</summary>
    public bool IsQuestion => HasQuestionMark || Words.Count >= 2 && OpensWith(QuestionOpenings);

    private bool OpensWith(string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (MatchesAt(0, p))
            {
                return true;
            }
        }

        return false;
    }

    public bool ContainsWord(string word)
    {
        foreach (var w in Words)
        {
            if (w.Text == word)
            {
                return true;
            }
        }

        return false;
    }

    internal static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'ä' or 'Ä': sb.Append("ae"); return;
            case 'ö' or 'Ö': sb.Append("oe"); return;
            case 'ü' or 'Ü': sb.Append("ue"); return;
            case 'ß' or 'ẞ': sb.Append("ss"); return;
            case '’': sb.Append('\''); return;
        }

        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }

        // Half of an emoji or another character beyond the first plane cannot be normalized alone, and such characters
        // carry no accent to drop: kept as written.
        if (char.IsSurrogate(c))
        {
            sb.Append(c);
            return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(d) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }
    }

    /// <summary>A whole string folded (for comparisons of short values).</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendFolded(sb, c);
        }

        return sb.ToString();
    }

    private static bool IsDigits(string w)
    {
        foreach (var c in w)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return w.Length > 0;
    }
}

/// <summary>Phrase tables: each phrase folded once into words.</summary>
internal static class Phrases
{
    public static string[][] Of(params string[] phrases)
    {
        var result = new string[phrases.Length][];
        for (var i = 0; i < phrases.Length; i++)
        {
            result[i] = FoldedText.Phrase(phrases[i]);
        }

        // Longer phrases first, so "nicht einverstanden" is found before "einverstanden" at the same place.
        Array.Sort(result, (a, b) => b.Length.CompareTo(a.Length));
        return result;
    }
}
