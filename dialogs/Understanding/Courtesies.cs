using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The courtesies a chat answer is wrapped in: a greeting or a filler before it ("Hallo, die zweite", "also Acme GmbH",
/// "so the 2nd one") and thanks or a sign-off after it ("Sarah Connor cheers", "Acme GmbH, LG", "3, danke"). They say
/// nothing about the answer, yet left in they were stored with it ("Also Acme GmbH", "Sarah Connor Cheers") or turned a
/// chosen option into a need in own words. Only the answer between them is read, for the questions whose answer is a
/// name, a choice or a date; amounts keep every word ("so 20k" is "about 20k").
/// </summary>
internal static class Courtesies
{
    // Fillers that open an answer ("also", "so", "ok"): before a name or a company only when set off by a mark or written
    // in small letters, since "So Ji-hye" or "Well Pharma" may begin with one.
    private static readonly string[][] Fillers = Phrases.Of(
        "also", "so", "well", "ok", "okay", "oki", "okey", "sure", "klar", "na klar", "gerne", "gern", "alright", "yes", "ja",
        "yeah", "yep", "naja", "na ja", "tja");

    // Thanks and sign-offs that close an answer; those of two letters only after a mark, since "LG" or "BR" may be
    // initials.
    private static readonly string[][] Closers = Phrases.Of(
        "danke", "danke schoen", "dankeschoen", "vielen dank", "besten dank", "thanks", "thank you", "thanks a lot", "thx",
        "many thanks", "cheers", "gruss", "gruesse", "liebe gruesse", "viele gruesse", "beste gruesse", "schoene gruesse",
        "herzliche gruesse", "freundliche gruesse", "mit freundlichen gruessen", "mfg", "best regards", "kind regards",
        "regards", "best wishes", "lg", "vg", "br", "ty");

    // Sign-offs that are also abbreviations or initials ("Lakeside Mfg.", "call me LG"): only after a mark.
    private static readonly HashSet<string> ShortClosers = new(StringComparer.Ordinal) { "lg", "vg", "br", "ty", "mfg" };

    /// <summary>The answer to <paramref name="step"/> without the courtesies around it; the text itself when none are
    /// there, when the step's answer is an amount, a date or a yes, or when nothing else would be left.</summary>
    public static string Trimmed(string step, string text)
    {
        if (step is not (QuestionSteps.Name or QuestionSteps.Company or QuestionSteps.Need or QuestionSteps.Authority or QuestionSteps.Timeline))
        {
            return text;
        }

        var folded = FoldedText.Of(text);
        if (Discipline.Greets(folded))
        {
            // "Servus, Anna hier": a greeting with the writer's name is no answer to read around
            return text;
        }

        var from = 0;
        var to = folded.Count;
        while (from < to && Opener(folded, from, to, text, step) is var length and > 0)
        {
            from += length;
        }

        while (to > from && Closer(folded, from, to, text) is var length and > 0)
        {
            to -= length;
        }

        if (from == to || (from == 0 && to == folded.Count))
        {
            return text;
        }

        var start = from == 0 ? 0 : folded[from].Start;
        var end = to == folded.Count ? text.Length : EndOfWordAndMarks(text, folded[to - 1].End, folded[to].Start, step);
        return text[start..end].Trim();
    }

    // The number of words of a greeting or filler at the start of the answer, or 0. The name question reads greetings
    // itself ("Servus, da Sepp": the Bavarian article after a greeting). Before a choice or a date any opener goes (but a
    // hedge of time); before a company a greeting only when a mark sets it off; a filler before a name or a
    // company only when a mark sets it off or it is written in small letters.
    private static int Opener(FoldedText folded, int at, int to, string text, string step)
    {
        var choice = step is QuestionSteps.Need or QuestionSteps.Authority or QuestionSteps.Timeline;
        if (step != QuestionSteps.Name && Matched(Discipline.Greetings, folded, at, to) is var greeting and > 0 &&
            (choice || folded[at + greeting].AfterBreak))
        {
            return greeting;
        }

        if (Matched(Fillers, folded, at, to) is not (var filler and > 0))
        {
            return 0;
        }

        var setOff = folded[at + filler].AfterBreak;
        var loose = step == QuestionSteps.Timeline ? !HedgesTime.Contains(folded[at].Text) : choice || char.IsLower(text[folded[at].Start]);
        return setOff || loose ? filler : 0;
    }

    // Fillers that also hedge or move a date unless a mark sets them off ("so Mitte März" is about mid-March, "well before
    // March" long before it).
    private static readonly HashSet<string> HedgesTime = new(StringComparer.Ordinal) { "so", "well" };

    // The length of the longest phrase that starts at word <paramref name="at"/> with a word after it, or 0.
    private static int Matched(string[][] phrases, FoldedText folded, int at, int to)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length < to && folded.MatchesAt(at, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    // The number of words of thanks or a sign-off at the end of the answer, or 0.
    private static int Closer(FoldedText folded, int from, int to, string text)
    {
        foreach (var phrase in Closers)
        {
            var at = to - phrase.Length;
            if (at < from || !folded.MatchesAt(at, phrase))
            {
                continue;
            }

            var closes = to == folded.Count || folded[to].AfterBreak;
            var setOff = folded[at].AfterBreak;
            if (closes && (setOff || !ShortClosers.Contains(folded[at].Text)))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    // Where the kept answer ends: after its last word and a closing bracket or quote typed right after it ("(Einkauf)"),
    // and a company's full stop ("Acme Corp." may end in an abbreviation; a name's stop ends the sentence), before the
    // comma or space that parted it from the courtesy.
    private static int EndOfWordAndMarks(string text, int end, int limit, string step)
    {
        while (end < limit && (text[end] is ')' or '"' or '\'' or '’' or '”' || text[end] == '.' && step == QuestionSteps.Company))
        {
            end++;
        }

        return end;
    }
}
