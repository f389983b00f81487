using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// The one understanding layer every question uses: a message in, a reading with a confidence out (or none when the
/// message is not an answer to the question). The dialogs act on the confidence (<see cref="Confidence"/>); how a
/// step's answer is read lives here, so a phrase that is misunderstood is fixed in one place and proven by the phrase
/// corpus in the tests (tests/dialogs/Understanding/corpus). Every step reads both languages whatever the chat's
/// language. Work is bounded: an answer over <see cref="MaxAnswerLength"/> characters is not read at all (a low reading
/// with <see cref="ReadingHints.TooLong"/>), and every reader below is linear in the length it reads.
/// </summary>
public sealed partial class AnswerReader
{
    /// <summary>The longest answer a reader reads, in characters. A longer one is not read: every reader returns a low
    /// reading with <see cref="ReadingHints.TooLong"/> so the flow can ask for a shorter answer.</summary>
    public const int MaxAnswerLength = 1000;

    /// <summary>Whether <paramref name="text"/> is longer than <see cref="MaxAnswerLength"/>.</summary>
    public static bool IsTooLong(string? text) => text is not null && text.Length > MaxAnswerLength;

    /// <summary>The message read as the answer to <paramref name="step"/> (a <see cref="QuestionSteps"/> name), or null.</summary>
    // The words a contact question's echo may hold besides its label ("my name?", "wie ich heiße?", "die Nummer?").
    private static readonly HashSet<string> EchoWords = new(StringComparer.Ordinal)
    {
        "my", "mein", "meine", "meinen", "meiner", "our", "unser", "unsere", "unseren", "the", "die", "der", "den", "das",
        "what's", "whats", "what", "is", "was", "wie", "ich", "i", "heisse", "am", "full", "ganzer", "ganzen", "vollen", "ist", "lautet",
    };

    private static readonly Dictionary<string, HashSet<string>> EchoLabels = new(StringComparer.Ordinal)
    {
        [QuestionSteps.Name] = new(StringComparer.Ordinal) { "name", "namen", "nachname", "nachnamen", "vorname", "vornamen", "heisse" },
        [QuestionSteps.Company] = new(StringComparer.Ordinal) { "firma", "company", "unternehmen", "firmenname", "arbeitgeber", "employer" },
        [QuestionSteps.Email] = new(StringComparer.Ordinal) { "email", "e", "mail", "mailadresse", "adresse", "address", "emailadresse" },
        [QuestionSteps.Phone] = new(StringComparer.Ordinal) { "nummer", "number", "telefon", "telefonnummer", "handy", "handynummer", "phone", "tel", "mobil", "mobilnummer" },
    };

    // Words that acknowledge the question before the answer ("ok", "na klar", "sure").
    private static readonly HashSet<string> EchoAcknowledgements = new(StringComparer.Ordinal)
    {
        "ok", "okay", "oki", "sure", "klar", "na", "gut", "also", "well", "fine", "alright", "right", "gerne", "gern", "sicher",
        "of", "course", "natuerlich", "logo", "yes", "ja", "yeah", "jo", "fair", "enough",
    };

    /// <summary>The answer after a contact question said back as a question of its own ("my name? ok, Daniel Kowalski",
    /// "meine Nummer? 0171 1234567"), or null: the echo holds the question's label and nothing but possessives and
    /// the words of asking, and only acknowledgements stand between it and the answer.</summary>
    private static string? EchoedQuestion(string step, string text)
    {
        var mark = text.IndexOf('?');
        if (mark <= 0 || !EchoLabels.TryGetValue(step, out var labels))
        {
            return null;
        }

        var echo = FoldedText.Of(text[..mark]);
        if (echo.Count is 0 or > 4 || !echo.Words.Any(w => labels.Contains(w.Text)) ||
            !echo.Words.All(w => labels.Contains(w.Text) || EchoWords.Contains(w.Text)))
        {
            return null;
        }

        var rest = text[(mark + 1)..];
        var folded = FoldedText.Of(rest);
        var at = 0;
        while (at < folded.Count && EchoAcknowledgements.Contains(folded[at].Text))
        {
            at++;
        }

        if (at >= folded.Count || folded.HasQuestionMark)
        {
            return null;
        }

        // a "+" or "(" that opens the answer is no word but belongs to it ("meine Nummer? +49 171 …", "ok, (0)171 …")
        var from = folded[at].Start;
        while (from > 0 && rest[from - 1] is '+' or '(')
        {
            from--;
        }

        var answer = rest[from..].Trim();
        if (at > 0)
        {
            // the acknowledgement's own marks ("ok, …", "klar – …") are no part of the answer
            answer = answer.TrimStart(',', ':', '-', '–', ' ', '.', '!');
        }

        return answer.Length == 0 ? null : answer;
    }

    public SlotReading? Read(string step, string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = TypedCharacters.AsPlain(text);

        if (IsTooLong(text))
        {
            return new SlotReading(step, new TooLongAnswer(text.Length), Confidence.Low, string.Empty) { Hint = ReadingHints.TooLong };
        }

        text = Courtesies.Trimmed(step, text);
        if (EchoedQuestion(step, text) is { } answer)
        {
            // "my name? ok, Daniel Kowalski", "meine Firma? Na klar, Brandt Elektro": the question repeated back, then the
            // answer; the echo asks nothing new
            return Read(step, answer, context);
        }

        var reading = ReadStep(step, text, context);
        if (step == QuestionSteps.Authority && NamesAmount(text) && !IsQuestion(text) &&
            (reading is not { Confidence: > Confidence.Low } ? SelfUpToAmount(text) || AmountBound(text) && DecisionWord(text) :
             AmountBound(text) && IsDecidingOrAdvising(reading, context.Policy.Roles)) &&
            ChoiceReader.SharedDecider(context.Policy.Roles) is >= 0 and var sharedAt && context.Policy.Roles[sharedAt] is var shared)
        {
            // "Kommt drauf an, bis 5k ich, drüber der Chef", "Bis 10k darf ich alleine freigeben, darüber muss der Vorstand
            // ran": who decides depends on the amount, so the prospect decides part of it and someone else the rest; the
            // shared role, confirmed, never sure (careful readers record the decider, the shared role or the adviser)
            return new SlotReading(step, new ChoiceValue(shared.Key, shared.Label(context.Language)), Confidence.Medium, text.Trim())
            {
                Hint = ReadingHints.Ambiguous,
            };
        }

        if (reading is null || reading.Confidence == Confidence.Low)
        {
            return reading;
        }

        if (step == QuestionSteps.Authority && reading.Confidence == Confidence.High && RevisedRole(text, reading, context) is { } revised)
        {
            return revised;
        }

        if (step is QuestionSteps.Name or QuestionSteps.Company && AnswersDateOrAmount(text, context))
        {
            // "next week", "In 3 Monaten", "25.000 CHF" at the name or company question: the answer to a later
            // question typed early is no name or company
            return null;
        }

        if (step == QuestionSteps.Timeline && reading is { Value: TimelineEstimate { Start: { } day, End: { } sameDay } dayEstimate } && day == sameDay &&
            NamedWeekday(text) is { } weekday && DayNumber(text) is { } number)
        {
            // "Friday the 11th": a day by its number alone is confirmed, but a weekday that agrees with it places it;
            // "am Freitag, den 18.": the weekday read alone is the wrong Friday when the number names another
            var today = DateOnly.FromDateTime(context.Reference);
            var numbered = number >= today.Day ? new DateOnly(today.Year, today.Month, Math.Min(number, DateTime.DaysInMonth(today.Year, today.Month)))
                : today.AddMonths(1) is var next ? new DateOnly(next.Year, next.Month, Math.Min(number, DateTime.DaysInMonth(next.Year, next.Month))) : today;
            if (numbered.Day == number && numbered.DayOfWeek == weekday)
            {
                return reading with { Value = dayEstimate with { Start = numbered, End = numbered }, Confidence = Confidence.High, Hint = null };
            }

            if (day.Day != number)
            {
                return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
        }

        if (step == QuestionSteps.Timeline && reading is { Value: TimelineEstimate { Start: { } weekFrom, End: { } weekTo } weekEstimate } && NamesWeekday(text) &&
            DayNumber(text) is null)
        {
            if (weekTo.DayNumber - weekFrom.DayNumber == 6 && weekFrom.DayOfWeek == DayOfWeek.Monday)
            {
                // "Mittwoch nächste Woche", "Tuesday the week after next": a weekday inside the week read names its day;
                // two weekdays in it ("next week Tuesday or Wednesday") leave the week to confirm
                reading = NamedWeekday(text) is not { } namedWeekday || FoldedText.Of(text).Words.Any(w => WeekdayBounds.Contains(w.Text))
                    ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
                    : reading with { Value = weekEstimate with { Start = weekFrom.AddDays(((int)namedWeekday + 6) % 7), End = weekFrom.AddDays(((int)namedWeekday + 6) % 7) } };
            }
            else if (weekFrom == weekTo && reading.Confidence == Confidence.High && NamedWeekday(text) is { } otherWeekday && otherWeekday != weekFrom.DayOfWeek)
            {
                // "Montag in zwei Wochen": a day counted from today that falls on another weekday than the one named is
                // not the day meant; confirmed, never stored as sure
                reading = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
            }
        }

        static bool HoldsValue(SlotReading? r) => r is { Confidence: > Confidence.Low, Value: BudgetEstimate { Amount: not null } or TimelineEstimate { Start: not null } };
        var tail = "";
        SlotReading? corrected = null;
        if (step is QuestionSteps.Budget or QuestionSteps.Timeline &&
            CorrectedTail(text, before => HoldsValue(ReadStep(step, before, context)), after =>
            {
                // the reading of the tail that holds a value is kept, so the tail is read once
                // ("…, äh, lieber übernächstes": the unit the correction leaves out is the corrected period's)
                var read = step == QuestionSteps.Timeline
                    ? TimelineReader.WithElidedUnit(text[..Math.Max(0, text.LastIndexOf(after, StringComparison.Ordinal))], WithoutPreference(after))
                    : after;
                var value = ReadStep(step, read, context);
                (tail, corrected) = HoldsValue(value) ? (read, value) : (tail, corrected);
                return HoldsValue(value);
            }) is not null && corrected is not null)
        {
            // "50k, nein eher 40k", "März – sorry, April": the prospect corrects the value in the same message; the last
            // one counts ("$25k, sorry, 20k": in the currency of the amount it corrects, unless it names its own; "20k, nee
            // eher 25": in its unit)
            if (corrected.Value is BudgetEstimate && text.LastIndexOf(tail, StringComparison.Ordinal) is > 0 and var tailAt)
            {
                var culture = RecognizerCulture.Normalize(context.Locale);
                if (BudgetReader.InMagnitudeOf(text[..tailAt], corrected, context.Policy.DefaultCurrency, culture) is { } scaled)
                {
                    return scaled;
                }

                if (BudgetReader.Read(text[..tailAt], context.Policy.DefaultCurrency, culture) is { Value: BudgetEstimate { Amount: not null, Currency: { } before } } &&
                    !string.Equals(before, context.Policy.DefaultCurrency, StringComparison.Ordinal) &&
                    BudgetReader.Read(tail, before, culture) is { Confidence: > Confidence.Low, Value: BudgetEstimate { Amount: not null } } inThatCurrency)
                {
                    return inThatCurrency with { Confidence = corrected.Confidence, Hint = corrected.Hint };
                }
            }

            return corrected;
        }

        if (step is QuestionSteps.Budget or QuestionSteps.Timeline && reading.Value is BudgetEstimate { Amount: not null } or TimelineEstimate { Start: not null } &&
            !string.IsNullOrEmpty(reading.Evidence) && text.IndexOf(reading.Evidence, StringComparison.Ordinal) is >= 0 and var evidenceAt &&
            TakenBack(text, evidenceAt + reading.Evidence.Length))
        {
            // "50k, nee warte, hab mich verschrieben", "März – oops, typo": the value is taken back and no other said in
            // its place; asked again, never kept
            return null;
        }

        if (step == QuestionSteps.Timeline && ElidedNext(text) is var (nextText, hedged) &&
            ReadStep(step, nextText, context) is { Confidence: Confidence.High, Value: TimelineEstimate { Start: not null } } following)
        {
            // "not this year, maybe next", "diesen Monat nicht, eher nächsten": the period turned down, then the next one
            // of its kind, with the unit left out
            return hedged ? following with { Evidence = text.Trim(), Confidence = Confidence.Medium, Hint = ReadingHints.Approximate } : following with { Evidence = text.Trim() };
        }

        if (reading.Value is TimelineEstimate { Start: { } first, End: { } last } && last < first)
        {
            // a period that ends before it starts is a reading gone wrong, never an answer
            return null;
        }

        if (step == QuestionSteps.Authority && reading is { Confidence: Confidence.High, Value: ChoiceValue { Key: { } role } } &&
            context.Policy.Roles.Any(r => r.Key == role && r.DecisionMaker) && NamesAmount(text))
        {
            // "Ich darf bis 5000 € selbst entscheiden", "I can sign up to 10k myself, above that my boss": a decision with
            // a limit is the prospect's to confirm
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Timeline && reading is { Confidence: Confidence.High, Value: TimelineEstimate { Start: { Day: 1 } monthStart, End: { } monthEnd, Timex: not ['P', ..] } } &&
            monthEnd == monthStart.AddMonths(1).AddDays(-1) && (HasDayNumber(text) || text.Contains("week", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("woche", StringComparison.OrdinalIgnoreCase) || text.Contains("hälfte", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("half", StringComparison.OrdinalIgnoreCase)))
        {
            // "first week of February", "1st of March": a part or a day of the month the reader did not place; the whole
            // month is confirmed, never stored as sure
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Approximate };
        }

        if (step == QuestionSteps.Timeline && reading.Value is TimelineEstimate { Start: { } nowStart, End: { } nowEnd } current &&
            TurnedDownNow(text, nowStart, nowEnd, DateOnly.FromDateTime(context.Reference)))
        {
            // "not this year", "Dieses Jahr nicht mehr": the year or month it is now turned down leaves a start from the
            // next one on; confirmed, as how much later is not said
            return reading with
            {
                Value = current with { Start = nowEnd.AddDays(1), End = null, Timex = null },
                Confidence = Confidence.Medium,
                Hint = ReadingHints.Ambiguous,
            };
        }

        if (step == QuestionSteps.Timeline && reading is { Confidence: Confidence.High or Confidence.Medium, Value: TimelineEstimate { Start: { } start } dated } &&
            UnsureStart(text, reading.Evidence, start, dated.End, DateOnly.FromDateTime(context.Reference), out var afterEvent, out var afterEnd) is { } negated)
        {
            // "not this year": a negation the reader did not place says the period is not meant, so it is asked again;
            // "erst nach der Messe im März": an "after"/"before" it did not place makes the period a confirmation. After
            // an event dated in the period the start is from then on, open end, as any "after" ("nach der Messe im
            // Februar" → from February); after something that ends in it, from the day after ("after our fiscal year
            // ends in March" → from April)
            if (negated)
            {
                return null;
            }

            var from = afterEnd && dated.End is { } periodEnd ? periodEnd.AddDays(1) : start;
            return reading with
            {
                Value = afterEvent ? dated with { Start = from, End = null } : dated,
                Confidence = Confidence.Medium,
                Hint = ReadingHints.Ambiguous,
            };
        }

        if (reading.Confidence == Confidence.High && step is QuestionSteps.Timeline or QuestionSteps.Budget &&
            AlternativesApart(step, text, reading, context) is { } alternatives)
        {
            // "nächste Woche oder März", "Q2 oder März", "20k oder 5.000 € im Monat": two values offered as alternatives
            // that do not join into one span are confirmed as the span that holds both
            return alternatives;
        }

        if (reading.Confidence == Confidence.High && step != QuestionSteps.Confirm && SecondValueAfter(step, text, reading, context))
        {
            // "as soon as possible but no later than March": a second value after a "but" the reader did not place
            return reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step is QuestionSteps.Need or QuestionSteps.Authority or QuestionSteps.Budget or QuestionSteps.Timeline &&
            (reading.Confidence == Confidence.High || step == QuestionSteps.Authority) &&
            reading.Value is ChoiceValue or BudgetEstimate { Amount: not null } or TimelineEstimate { Start: not null } && IsQuestion(text))
        {
            // "was kostet so ein CRM?", "wer entscheidet das bei euch?": an answer found in a question is a guess; who
            // decides is never read from one
            // ("wer denn sonst?", "who else would?" turns the question back: "me", confirmed)
            return step == QuestionSteps.Authority && !ChoiceReader.AnswersWithSelf(text) ? null : reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        }

        if (step == QuestionSteps.Phone && reading.Confidence != Confidence.High && Discipline.OtherNumberLabel(FoldedText.Of(text)))
        {
            // "Kundennummer 471 108 150": a number labelled as another kind is not even a phone number to confirm
            return null;
        }

        if (step == QuestionSteps.Budget && reading.Value is BudgetEstimate { Amount: not null } && !Discipline.MarksMoney(text) && IsQuestion(text))
        {
            // "what's typical for a team of 10?": a number in a question without a mark of money is no amount to confirm
            return null;
        }

        if (step == QuestionSteps.Budget && reading.Value is BudgetEstimate { Amount: not null } named &&
            Discipline.NamedYear(text, named, context) is { } year)
        {
            // "Das Budget für 2027 wird im März beschlossen", "budget for 2027 isn't set": a year after "für", "for" or a
            // word for a year names the budget's year, never its amount; the rest of the answer is read without it
            return Read(step, string.Concat(text.AsSpan(0, year.Start), new string(' ', year.Length), text.AsSpan(year.Start + year.Length)), context);
        }

        if (step == QuestionSteps.Budget && reading.Value is BudgetEstimate { Amount: not null } amount && !Discipline.MarksMoney(text) &&
            Discipline.NotAnAmount(amount, FoldedText.Of(text), context))
        {
            // "Geschäftsjahr 2027", "2026-2027", "200 employees", "PLZ 80331": without a mark of money the number is a
            // year, a count or a label, not even an amount to confirm
            return null;
        }

        if (step == QuestionSteps.Company && reading is { Confidence: Confidence.Medium, Value: string sentence } && Discipline.PlainWords(sentence) &&
            Discipline.SpeaksToSomeone(FoldedText.Of(sentence)))
        {
            // "Frag meinen Chef", "geht Sie nichts an", "Ich arbeite": a sentence to the bot, not a name to confirm
            return null;
        }

        if (step == QuestionSteps.Need && reading.Value is ChoiceValue { Key: null } && Discipline.OnlyRulesOutOption(FoldedText.Of(text)))
        {
            // "not the first", "die zweite nicht": ruling out an option names no need, and its words are none to keep
            return null;
        }

        if (step == QuestionSteps.Need && reading.Value is ChoiceValue { Key: null } && Discipline.OnlyInterest(FoldedText.Of(text)))
        {
            // "Guten Tag, wir sind interessiert.", "I'm interested": interest in what we offer names no need, not even one
            // to confirm
            return null;
        }

        if (step == QuestionSteps.Timeline && reading.Value is TimelineEstimate { Start: not null } &&
            Discipline.OnlyAbsence(FoldedText.Of(Discipline.ClauseOf(text, reading.Evidence))))
        {
            // "Ich bin ab 20. Dezember im Urlaub", "I'll be away the week of the 14th": when the writer is away is no
            // start, not even one to confirm
            return null;
        }

        if (reading.Confidence == Confidence.High && step != QuestionSteps.Confirm)
        {
            // A sure reading needs a cue (corpus/README.md, "When a reading is sure"): a reader's fallback that took the
            // value from weak cues alone is confirmed, or not an answer at all when the words say it is something else
            var disciplined = Disciplined(step, text, reading, context);

            // a sure reading needs the whole answer accounted for (corpus README, "When a reading is sure"): words the
            // reader left unread make the same value a confirmation
            return step switch
            {
                QuestionSteps.Company => CompanyReader.Accounted(text, disciplined),
                QuestionSteps.Name => NameReader.Accounted(text, disciplined),
                QuestionSteps.Timeline => TimelineReader.Accounted(text, disciplined, context),
                _ => disciplined,
            };
        }

        return reading;
    }

    // Words that open a correction inside a bracket ("well", "genauer gesagt", with the correcting words); a bracket that
    // only says what the company is ("the German subsidiary", "Tochter der Deutschen Bahn") leaves it sure.
    private static readonly HashSet<string> NarrowingWords = new(StringComparer.Ordinal)
    {
        "well", "genauer",
    };

    /// <summary>The company a bracket after it narrows or corrects it to ("Acme Corp (well, the US subsidiary, Acme Corp
    /// North America)" → the last part when it starts like the company), the company itself when the bracket names no
    /// narrower one, or null when no bracket after the company holds a correcting or narrowing word.</summary>
    private static string? Narrowed(string text, string company)
    {
        var at = text.IndexOf(company, StringComparison.OrdinalIgnoreCase);
        var open = at < 0 ? -1 : text.IndexOf('(', at + company.Length);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        if (close < 0)
        {
            return null;
        }

        var inside = text[(open + 1)..close];
        if (!FoldedText.Of(inside).Words.Any(w => NarrowingWords.Contains(w.Text) || CommonWords.Corrections.Contains(w.Text)))
        {
            return null;
        }

        var last = inside.Split(',').Last().Trim();
        var first = company.Split(' ')[0];
        return last.Length > company.Length && last.StartsWith(first, StringComparison.OrdinalIgnoreCase) ? last : company;
    }

    /// <summary>A role read from an answer that says of someone else that they are not the one, or of the prospect that
    /// they are not the only one: confirmed, with the role read without the negated person ("ich entscheide, nicht mein
    /// Chef" → decides) or the role of deciding together ("nicht nur ich"); null when the answer negates no decider.</summary>
    private static SlotReading? BesideNegatedDecider(string text, SlotReading unsure, ReadingContext context)
    {
        var folded = FoldedText.Of(text);
        if (Discipline.NegatedOther(folded) is var (start, end))
        {
            var without = ChoiceReader.Read(QuestionSteps.Authority, string.Concat(text.AsSpan(0, start), " ", text.AsSpan(end)),
                context.Policy.Roles, context.Language, acceptOwnWords: false);
            return without is { Value: ChoiceValue { Key: not null } } ? unsure with { Value = without.Value } : unsure;
        }

        if (!Discipline.NegatesSole(folded))
        {
            return null;
        }

        return ChoiceReader.SharedDecider(context.Policy.Roles) is >= 0 and var shared
            ? unsure with { Value = new ChoiceValue(context.Policy.Roles[shared].Key, context.Policy.Roles[shared].Label(context.Language)) }
            : unsure;
    }

    /// <summary>The reading kept, confirmed (medium) or dropped when its value rests on a fallback without a strong
    /// cue: words another question reads as its own answer, a number that is a year or a count of something else, a
    /// date in a clause about the past or about someone else, a request or a remark in own words.</summary>
    private static SlotReading? Disciplined(string step, string text, SlotReading reading, ReadingContext context)
    {
        var unsure = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        switch (step)
        {
            case QuestionSteps.Company or QuestionSteps.Name when reading.Value is string joked && joked is not ("privat" or "private") &&
                                                                 !CompanyReader.HasLegalForm(joked, 0) && CommonWords.Jokes(text, reading.Evidence, joked):
                // "lol why", "Die mit dem blauen Logo 😅": words taken from a joke are a guess, confirmed at most
                return unsure;

            case QuestionSteps.Company when reading.Value is string narrowed && Narrowed(text, narrowed) is { } narrower:
                // "Acme Corp (well, the US subsidiary, Acme Corp North America)": a bracket that corrects or narrows the
                // company leaves it to confirm, with the narrower name when one is given
                return unsure with { Value = narrower };

            case QuestionSteps.Authority when BesideNegatedDecider(text, unsure, context) is { } negated:
                // "ich entscheide, nicht mein Chef", "nicht nur ich": whose part the role is turns on the "not"; confirmed
                return negated;

            case QuestionSteps.Company when reading.Value is string pointed && Discipline.OnlyPronouns(pointed):
                // "bei Ihnen": a pronoun points at someone, it names no company
                return null;

            case QuestionSteps.Company when reading.Value is string negated && Discipline.NegatedLegalForm(negated):
                // "noch keine GmbH, ist in Gründung", "no LLC yet": a legal form said not to exist names no company
                return null;

            case QuestionSteps.Company when reading.Value is string company && company is not ("privat" or "private") &&
                                            !CompanyReader.HasLegalForm(company, 0):
                {
                    var folded = FoldedText.Of(text);
                    if (LongestDigitRun(company) >= 5 || Discipline.LabelsNumber(text, reading.Evidence))
                    {
                        // "Tel 0171 2345678": a phone number, or the word that labels one, is no company's name
                        return null;
                    }

                    if (Discipline.Greets(folded) || Discipline.RefersBack(folded) || YesNoReader.Read(text) is { Confidence: Confidence.High })
                    {
                        // "Guten Morgen", "Servus, Anna hier": a greeting is no company, nor "wie gesagt" or a yes or no
                        return null;
                    }

                    if (Discipline.PlainWords(company) && !Discipline.StandsAlone(company) &&
                        (Discipline.OtherQuestionReads(QuestionSteps.Company, company, context) || Discipline.Dropped(text, reading.Evidence, company)))
                    {
                        // "Einkauf", "Head of Sales": a role or need read by its own question; "Maschinenbau, Mittelstand",
                        // "Google, just kidding": the reader kept a part and dropped the rest without a cue saying which
                        return unsure;
                    }

                    // "Beziehung", "Marketing": one ordinary noun or the name of a department or a trade; "Great
                    // question": a capital only at the start of a sentence
                    return Discipline.OrdinaryNoun(company) || Discipline.Department(company) || Discipline.PlainWords(company) && Discipline.SentenceCase(company) ? unsure : reading;
                }

            case QuestionSteps.Need when reading.Value is ChoiceValue { Key: null }:
                {
                    // own words: sure with a cue of wanting something ("wir brauchen …", "looking for …") or as a bare
                    // thing or task; a request to talk, a remark in the first or second person, or words another question
                    // reads are confirmed
                    var folded = FoldedText.Of(text);
                    if (Discipline.AsksForContact(folded) || Discipline.RefersBack(folded) || Discipline.WantsABreak(folded))
                    {
                        // "can I talk to a human please", "Rufen Sie mich bitte an": a request, no need; "Ich brauch
                        // erstmal nen Kaffee": a joke about the writer's own day, which expects no answer
                        return null;
                    }

                    return !Discipline.WantsSomething(folded) && (Discipline.Personal(folded) || Discipline.NamesOption(folded) ||
                                                                  Discipline.OtherQuestionReads(step, text, context)) ? unsure : reading;
                }

            case QuestionSteps.Timeline when reading.Value is TimelineEstimate { Start: not null }:
                {
                    // "seit März suchen wir schon", "we tried in March last year": a date in the past tense is no start;
                    // "wenn die Chefin im Januar zurück ist", "our fiscal year starts in April": a date of someone or
                    // something else is a start to confirm
                    var folded = FoldedText.Of(Discipline.ClauseOf(text, reading.Evidence));
                    if (Discipline.PastTense(folded))
                    {
                        return null;
                    }

                    return Discipline.SomeoneElsesDate(folded) || Discipline.Depends(FoldedText.Of(text)) ? unsure : reading;
                }

            case QuestionSteps.Company when reading.Value is "privat" or "private" && CompanyReader.OnlySelfEmployed(FoldedText.Of(text)):
                // "bin selbstständig", "self-employed": careful writers record it private and as asked again (a
                // one-person business has a name), so private is confirmed
                return unsure;

            case QuestionSteps.Name when reading.Value is string pronoun && Discipline.HoldsPronoun(FoldedText.Of(pronoun)) && !FoldedText.Of(pronoun).Words.Any(w => GivenNames.IsName(w.Text)):
                // "you first": a pronoun is no part of a name
                return null;

            case QuestionSteps.Name when reading.Value is string name && FoldedText.Of(name).Words.Any(w => Discipline.IsDepartmentWord(w.Text) || CompanyReader.IsBusinessKind(w.Text)):
                // "Customer Support", "Vertrieb Team", "fahrschule becker": a department or a company, not a person
                return unsure;

            case QuestionSteps.Phone when Discipline.OtherNumberLabel(FoldedText.Of(text)):
                // "Kundennummer 4711-0815", "order number 123456789": a number labelled as another kind
                return null;

            default:
                return reading;
        }
    }

    /// <summary>The slots of a message with several answers, each held to the same cues as an answer to its own
    /// question (see <see cref="Disciplined(string, string, SlotReading, ReadingContext)"/>), judged by the clause it was
    /// read from: a start in a clause about the past or a return is dropped or confirmed, a company that is the label
    /// of a number ("Tel. 0151 …", "cell 415 …") is dropped.</summary>
    private static IReadOnlyList<SlotReading> Disciplined(string text, IReadOnlyList<SlotReading> readings)
    {
        List<SlotReading>? kept = null;
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            SlotReading? judged = reading;
            var clause = Discipline.ClauseOf(text, reading.Evidence);
            switch (reading)
            {
                case { Slot: QuestionSteps.Timeline, Confidence: Confidence.High, Value: TimelineEstimate { Start: not null } }:
                    {
                        var folded = FoldedText.Of(clause);
                        judged = Discipline.PastTense(folded) || Discipline.OnlyAbsence(folded) ? null
                            : Discipline.SomeoneElsesDate(folded) ? reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : reading;
                        break;
                    }

                case { Slot: QuestionSteps.Name, Confidence: Confidence.High, Value: string name } when Discipline.NoGivenName(name) && !Discipline.AfterSalutation(text, reading.Evidence):
                    // "Private person here, …", "Marketing team here": words that say who someone is, a department or
                    // a company, without a given name, are confirmed as a name
                    judged = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                    break;

                case { Slot: QuestionSteps.Company, Value: string company } when !CompanyReader.HasLegalForm(company, 0) &&
                                                                                  (Discipline.LabelsNumber(text, reading.Evidence) || Discipline.OnlyPronouns(company)):
                    judged = null;
                    break;

                case { Slot: QuestionSteps.Company, Confidence: Confidence.High, Value: string company } when company is not ("privat" or "private") && !CompanyReader.HasLegalForm(company, 0) &&
                                                                                                          (Discipline.Department(company) || Discipline.OrdinaryNoun(company)):
                    judged = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
                    break;
            }

            if (!ReferenceEquals(judged, reading) && kept is null)
            {
                kept = [.. readings.Take(i)];
            }

            if (kept is not null && judged is not null)
            {
                kept.Add(judged);
            }
        }

        return kept ?? readings;
    }

    private static int LongestDigitRun(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : c is ' ' or '-' or '/' && run > 0 ? run : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static readonly HashSet<string> SecondThoughtWords = new(StringComparer.Ordinal)
    {
        "aber", "sondern", "eher", "lieber", "nee", "jedoch", "allerdings", "but", "rather", "actually", "though",
        "however", "jk", "sorry", "nein", "no", "nope", "oder", "or",
    };

    /// <summary>After the part of the message the reading was taken from, a contrast or correction word and then words
    /// the same question reads as another value ("Frühestens im April, eher Mai", "dan kowalsky.. sorry Kowalski"): the
    /// prospect is of two minds, so the reading is confirmed rather than taken. A remark after the "but" that is no
    /// value of the question ("…, aber lieber anrufen", "sorry for the delay") leaves the reading as it was.</summary>
    // Words after "or" that make it no alternative: "or so" hedges, "or two" counts, "or rather" corrects.
    private static readonly HashSet<string> NoAlternativeAfterOr = new(StringComparer.Ordinal)
    {
        "so", "two", "zwei", "2", "rather", "eher", "besser", "lieber", "better", "even", "sogar", "nicht", "not", "later",
        "spaeter", "earlier", "frueher", "whenever", "wann", "whichever", "wie", "what",
    };

    /// <summary>For a sure date or amount: when the answer offers two values joined by one "oder"/"or"/"bzw." and each
    /// side read alone gives a value, the two do not make one span (dates with a gap between them, amounts paid in
    /// different periods) or the sure reading is not the span of both, the span of both confirmed; otherwise null.</summary>
    private static SlotReading? AlternativesApart(string step, string text, SlotReading reading, ReadingContext context)
    {
        var folded = FoldedText.Of(text);
        var or = -1;
        for (var i = 1; i + 1 < folded.Count; i++)
        {
            if (folded[i].Text is "oder" or "or" or "bzw" && !NoAlternativeAfterOr.Contains(folded[i + 1].Text))
            {
                if (or >= 0)
                {
                    return null;
                }

                or = i;
            }
        }

        if (or < 0)
        {
            return null;
        }

        var left = ReadStep(step, text[..folded[or].Start], context);
        var right = ReadStep(step, text[folded[or].End..], context);
        if (left is not { Confidence: > Confidence.Low } || right is not { Confidence: > Confidence.Low })
        {
            return null;
        }

        var unsure = reading with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous };
        switch (left.Value, right.Value, reading.Value)
        {
            case (TimelineEstimate { Start: { } ls }, TimelineEstimate { Start: { } rs }, _) when
                ls == DateOnly.FromDateTime(context.Reference) != (rs == DateOnly.FromDateTime(context.Reference)):
                // "Q3 or Q4" in December: a period already running, read alone, is the current one; beside an
                // alternative to come the writer means its next turn, which only the whole answer places
                return null;

            case (TimelineEstimate { Start: { } ls, End: { } le }, TimelineEstimate { Start: { } rs, End: { } re }, _) when ls == le || rs == re:
                // "jan or feb 28": a side read alone as one day may be a month with its year, which only the whole
                // answer reads
                return null;

            case (TimelineEstimate { Start: { } ls, End: { } le }, TimelineEstimate { Start: { } rs, End: { } re }, TimelineEstimate read):
                var (start, end) = (ls <= rs ? ls : rs, le > re ? le : re);
                var gap = ls <= rs ? rs.DayNumber - le.DayNumber : ls.DayNumber - re.DayNumber;
                return gap <= 1 && read.Start == start && read.End == end ? null : unsure with { Value = read with { Start = start, End = end, Timex = null } };

            case (BudgetEstimate { Amount: not null } lb, BudgetEstimate { Amount: not null } rb, BudgetEstimate):
                return lb.Period != rb.Period ? unsure : null;

            default:
                return null;
        }
    }

    private static bool SecondValueAfter(string step, string text, SlotReading reading, ReadingContext context)
    {
        if (string.IsNullOrEmpty(reading.Evidence))
        {
            return false;
        }

        var at = text.IndexOf(reading.Evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var after = at + reading.Evidence.Length;
        if (text.Length - after < 3)
        {
            // the reading used (nearly) the whole message: nothing comes after it
            return false;
        }

        var folded = FoldedText.Of(text);
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Start < after || !SecondThoughtWords.Contains(folded[i].Text))
            {
                continue;
            }

            if (folded[i].Text is "aber" or "allerdings" or "jedoch" && !folded[i].AfterBreak && i > 0 && folded[i - 1].Text is "hat" or "haben" or "trifft" or "treffen" or
                "macht" or "machen" or "entscheidet" or "entscheiden" or "liegt" or "muss" or "unterschreibt" or "gibt")
            {
                // "das letzte Wort hat aber der GF": "aber" inside the clause, after its verb, weighs the clause; it opens
                // no second value
                continue;
            }

            var tail = text[folded[i].End..];
            if (tail.Trim().Length == 0)
            {
                return false;
            }

            if (step is QuestionSteps.Name or QuestionSteps.Company && (i + 1 >= folded.Count || !char.IsUpper(text[folded[i + 1].Start])))
            {
                // a name or company is written capitalized; "sorry for the delay" is courtesy, not a second name
                return false;
            }

            if (step == QuestionSteps.Company && CompanyReader.FindLegalForm(tail, 0) is { Start: var form } && tail[..form].Trim().Length == 0)
            {
                // "…, no LLC yet": a legal form alone is a remark about the company, not another one
                return false;
            }

            var again = ReadStep(step, tail, context);
            if (again is { Value: ChoiceValue { Key: null } })
            {
                // own words after a "but" are a remark about the need ("…, aber die meisten sind Schrott"), not another one
                return false;
            }

            return again is { Confidence: > Confidence.Low } && !SameValue(again.Value, reading.Value);
        }

        return false;
    }

    private static bool SameValue(object a, object b) =>
        a is ChoiceValue x && b is ChoiceValue y ? x.Key == y.Key && (x.Key is not null || x.Text == y.Text) : Equals(a, b);

    /// <summary>The step's own reader without the checks around it, for <see cref="Discipline"/>: what another question
    /// would read in the answer.</summary>
    internal static SlotReading? ReadStepFor(string step, string text, ReadingContext context) => ReadStep(step, text, context);

    /// <summary>Whether the whole answer reads sure as a start date, or as an amount of money marked as such with at
    /// most one word beside it (a signature's "M: +30 …" is no amount); a single word without digits is left to the
    /// readers.</summary>
    private static bool AnswersDateOrAmount(string text, ReadingContext context)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count == 1 && !text.Any(char.IsDigit))
        {
            // "April", "Montag", "Sunday": one word may as well be a name or a firm; the readers confirm it
            return false;
        }

        if (!text.Any(char.IsDigit) && folded.Words.All(w => GivenNames.IsName(w.Text)))
        {
            // "Jan-Hendrik", "Jan Niklas": a double given name whose first part is also a month's short form is a name
            return false;
        }

        return ReadStep(QuestionSteps.Timeline, text, context) is { Confidence: Confidence.High, Value: TimelineEstimate { Start: not null } } dated &&
               TimelineReader.Accounted(text, dated, context) is { Confidence: Confidence.High } ||
               Discipline.MarksMoney(text) && ReadStep(QuestionSteps.Budget, text, context) is { Confidence: Confidence.High, Value: BudgetEstimate { Amount: not null } } amount &&
               folded.Count - FoldedText.Of(amount.Evidence).Count <= 1;
    }

    private static SlotReading? ReadStep(string step, string text, ReadingContext context)
    {
        var culture = RecognizerCulture.Normalize(context.Locale);
        switch (step)
        {
            case QuestionSteps.Name:
                {
                    // "Leads gewinnen", "mehr Kunden": words the need question reads as its answer, with no given name
                    // among them, are a need or a button's words typed at the wrong question, no name
                    var name = NameReader.Read(text);
                    // ("Info" alone may still be a surname, confirmed)
                    return name is { Confidence: < Confidence.High } && FoldedText.Of(text) is { Count: >= 2 } words && !words.Words.Any(w => GivenNames.IsName(w.Text)) &&
                           ChoiceReader.Read(QuestionSteps.Need, text, context.Policy.Needs, context.Language, acceptOwnWords: false, allowIndex: false) is
                               { Confidence: Confidence.High, Value: ChoiceValue { Key: not null } }
                        ? null
                        : name;
                }
            case QuestionSteps.Email:
                return ReadEmail(text);
            case QuestionSteps.Company:
                {
                    // "Erika Musterfrau" at the company question after the prospect gave that name: asked again, never
                    // stored as the company (a company named after its owner says so with a legal form or more words)
                    var company = CompanyReader.Read(text, context.Language);
                    return company is { Value: string name } && context.KnownName is { } known && (NameReader.SameName(name, known) || NameReader.SameName(text, known))
                        ? company with { Confidence = Confidence.Low, Hint = ReadingHints.NameAsCompany }
                        : company;
                }
            case QuestionSteps.Phone:
                return ReadPhone(text, context.Region);
            case QuestionSteps.Need:
                return ChoiceReader.Read(step, text, context.Policy.Needs, context.Language, acceptOwnWords: true);
            case QuestionSteps.Authority:
                {
                    // "Bin der Chef": "ich bin" without the "ich", as the roles' phrases are written with it
                    var trimmed = text.TrimStart();
                    var said = trimmed.StartsWith("bin ", StringComparison.OrdinalIgnoreCase) ? "ich " + trimmed : text;
                    if (context.Language == "de")
                    {
                        // "Ich leg's dem Chef vor", "geb's weiter": the "es" written onto the verb, as the phrases say it
                        said = CommonWords.WithGermanEs(said);
                    }

                    return ChoiceReader.Read(step, said, context.Policy.Roles, context.Language, acceptOwnWords: false);
                }
            case QuestionSteps.Budget:
                return BudgetReader.Read(text, context.Policy.DefaultCurrency, culture);
            case QuestionSteps.Timeline:
                {
                    // "kann ich das später beantworten?": a question names no start, even when it sounds vague
                    var timeline = TimelineReader.Read(text, context.Reference, culture, whole: !context.PartOfSummary);
                    return timeline is { Value: TimelineEstimate { Start: null } } && text.Contains('?', StringComparison.Ordinal) ? null : timeline;
                }
            default:
                return null;
        }
    }

    private static readonly System.Buffers.SearchValues<string> UnsureNeedles = System.Buffers.SearchValues.Create(
        ["not", "nicht", "no ", "kein", "nach", "after", "vor", "before"], StringComparison.OrdinalIgnoreCase);

    // Phrases the timeline reader reads as a whole ("nicht vor Sommer", "no later than", "not until"); a negation outside
    // them is not placed.
    private static readonly string[][] PlacedNegations = Phrases.Of(
        "nicht vor", "nicht spaeter als", "nicht laenger als", "not before", "not until", "not till", "not til", "not later than", "no later than",
        "not after", "nicht nach", "no rush", "keine eile", "not sure", "nicht sicher", "not too late", "nicht zu spaet");

    /// <summary>Whether the text holds a number of one or two digits ("1st of March", "am 15. Januar"): a day the reader
    /// did not place when it read a whole month.</summary>
    private static bool HasDayNumber(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            // "03/2027" is the month itself
            if (i - start <= 2 && (start == 0 || !char.IsLetter(text[start - 1])) && !(i < text.Length && text[i] is '/' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> AboveWords = new(StringComparer.Ordinal)
    {
        "drueber", "darueber", "ueber", "oberhalb", "above", "beyond", "over", "more",
    };

    /// <summary>"bis 5k ich, drüber der Chef", "up to 10k it's me, above that my boss": the prospect named within three
    /// words after an amount, and a word for above it after that.</summary>
    private static bool SelfUpToAmount(string text)
    {
        var folded = FoldedText.Of(text);
        var number = -10;
        var self = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i].Text;
            number = folded[i].IsNumber ? i : number;
            if (self && AboveWords.Contains(w))
            {
                return true;
            }

            self |= w is "ich" or "i" or "me" or "myself" && i - number <= 3;
        }

        return false;
    }

    /// <summary>For a sure role: when the answer's sentences, each read alone, name different roles ("i decide. well.
    /// my wife decides. we both decide", "Ich entscheide. Also, mein Partner entscheidet mit"), the prospect is revising
    /// the answer as they write; the last role they name is confirmed, never the whole taken as sure. Null when the
    /// sentences agree, only one names a role or the whole answer reads the last one.</summary>
    private static SlotReading? RevisedRole(string text, SlotReading reading, ReadingContext context)
    {
        var sentences = Discipline.SentencesOf(text);
        if (sentences.Count < 2)
        {
            return null;
        }

        SlotReading? last = null;
        var differ = false;
        foreach (var sentence in sentences.Select(s => text[s.Start..s.End]))
        {
            if (sentence.Trim().Length == 0 || ReadStep(QuestionSteps.Authority, sentence, context) is not { Confidence: > Confidence.Low, Value: ChoiceValue { Key: not null } } read)
            {
                continue;
            }

            differ |= last is not null && !SameValue(last.Value, read.Value);
            last = read;
        }

        // a last role the whole answer already reads is the one taken ("Ich entscheide... naja, zusammen mit meinem
        // Partner"); only a reading that stops at an earlier role is turned into a confirmation of the last
        return differ && last is not null && !SameValue(last.Value, reading.Value) ? last with { Evidence = text.Trim(), Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous } : null;
    }

    /// <summary>Whether a reading is a deciding role or the advising one (any role but the narrowest, gathering
    /// information).</summary>
    private static bool IsDecidingOrAdvising(SlotReading reading, IReadOnlyList<AnswerChoice> roles) =>
        reading.Value is ChoiceValue { Key: { } key } && ChoiceReader.Narrowest(roles) is >= 0 and var least && key != roles[least].Key;

    /// <summary>Whether a word of deciding, approving or signing stands in the text ("entscheide", "freigeben", "mit
    /// unterschreiben", "approve", "sign-off").</summary>
    private static bool DecisionWord(string text) =>
        FoldedText.Of(text).Words.Any(w => Array.Exists(DecisionStems, stem => w.Text.StartsWith(stem, StringComparison.Ordinal)));

    private static readonly string[] DecisionStems =
        ["entscheid", "decid", "freigeb", "unterschreib", "genehmig", "zustimm", "approv", "sign"];

    // Words that bound an amount when they stand right before it ("bis 10k", "up to 10k", "über 50k", "ab 10k").
    private static readonly HashSet<string> BoundBefore = new(StringComparer.Ordinal)
    {
        "bis", "ueber", "ab", "unter", "unterhalb", "oberhalb", "to", "over", "above", "under", "below", "beyond", "than", "als",
    };

    /// <summary>Whether an amount is bounded ("bis 10k", "over 50k", "bis 5k ich, drüber …"): a bound word right before a
    /// number, or a word for above it after one; an amount after "Budget" is the budget's, no limit of a decision.</summary>
    private static bool AmountBound(string text)
    {
        var folded = FoldedText.Of(text);
        var number = -1;
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].IsNumber)
            {
                var budget = false;
                for (var k = Math.Max(0, i - 3); k < i; k++)
                {
                    budget |= folded[k].Text.StartsWith("budget", StringComparison.Ordinal);
                }

                if (budget)
                {
                    continue;
                }

                if (i > 0 && BoundBefore.Contains(folded[i - 1].Text) || i > 1 && folded[i - 2].Text == "up" && folded[i - 1].Text == "to")
                {
                    return true;
                }

                number = i;
            }
            else if (number >= 0 && AboveWords.Contains(folded[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text holds an amount of money ("5000 €", "10k", "$2,000"): digits with a currency sign, a
    /// "k" after them, or three digits and more; an option number ("2", "Nummer 2") is none.</summary>
    private static bool NamesAmount(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
            }

            var after = i < text.Length ? char.ToLowerInvariant(text[i]) : ' ';
            if (i - start >= 3 || after is 'k' or '€' or '$' or '£' || start > 0 && text[start - 1] is '$' or '€' or '£')
            {
                return true;
            }
        }

        return false;
    }

    // Words that open a clause about what the clause before named ("…, der ist im Herbst", "…, which is in March").
    private static readonly HashSet<string> RelativeOpeners = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "welcher", "welche", "welches", "which", "that's", "thats", "it's", "that", "it",
    };

    /// <summary>Whether a dated start carries words the period does not account for: a negation ("not this year", "nicht
    /// im März") or an "after"/"before" with a closed period that does not start today ("erst nach der Messe im März").</summary>
    /// <returns>true for a negation, false for an "after"/"before", null when neither stands there.</returns>
    private static bool? UnsureStart(string text, string evidence, DateOnly start, DateOnly? end, DateOnly today, out bool after, out bool afterEnd)
    {
        after = false;
        afterEnd = false;
        var at = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        if (at <= 0 || text.AsSpan(0, at).IndexOfAny(UnsureNeedles) < 0)
        {
            return null;
        }

        // only the words of the period's own clause before it count ("im Herbst, vorher haben wir keine Kapazität" and "Q2
        // not Q1" say nothing against the period)
        var folded = FoldedText.Of(text[..at]);
        if (folded.Count == 0 || text.AsSpan(folded[^1].End, at - folded[^1].End).IndexOfAny(",.;:!?\n") >= 0)
        {
            return null;
        }

        var from = folded.Count - 1;
        while (from > 0 && !folded[from].AfterBreak)
        {
            from--;
        }

        if (from > 0 && RelativeOpeners.Contains(folded[from].Text))
        {
            // "nach unserem Relaunch, der ist im Herbst", "after the trade show, which is in March": the clause dates what
            // the one before it named, so that clause counts too
            from--;
            while (from > 0 && !folded[from].AfterBreak)
            {
                from--;
            }
        }

        var placed = folded.Find(PlacedNegations, from).At;
        for (var i = Math.Max(0, from); i < folded.Count; i++)
        {
            var w = folded[i].Text;
            if (w is "not" or "nicht" or "no" or "kein" or "keine" or "keinen" or "ned" or "noed" or "nid" && placed < 0)
            {
                return true;
            }

            if (w is "nach" or "after" or "vor" or "before" && end is { } last && start != today && last != start && i < folded.Count - 1)
            {
                after = w is "nach" or "after";
                for (var k = i + 1; after && k < folded.Count; k++)
                {
                    afterEnd |= TimelineReader.EndsWithPeriod(folded[k].Text);
                }

                return false;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> turns down the year or month it is now and names no other time: "not this
    /// year", "nicht dieses Jahr", "dieses Jahr nicht mehr", "this month is out".</summary>
    private static bool TurnedDownNow(string text, DateOnly start, DateOnly end, DateOnly today)
    {
        var yearEnd = new DateOnly(today.Year, 12, 31);
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        if (start > today || end != yearEnd && end != monthEnd)
        {
            return false;
        }

        var folded = FoldedText.Of(text);
        var turnedDown = false;
        for (var i = 0; i < folded.Count; i++)
        {
            if (i + 1 < folded.Count && folded[i].Text is "this" or "dieses" or "diesen" or "dieser" or "diese" or "den" &&
                folded[i + 1].Text is "year" or "jahr" or "month" or "monat")
            {
                var n = i > 1 && folded[i - 1].Text == "mehr" ? i - 2 : i - 1;
                var before = n >= 0 && folded[n].Text is "not" or "nicht" or "ned" or "net";
                var after = i + 2 < folded.Count && folded[i + 2].Text is "nicht" or "not" or "ned" or "net" or "is" && (folded[i + 2].Text != "is" ||
                            i + 3 < folded.Count && folded[i + 3].Text is "out" or "not");
                turnedDown |= before || after;
            }
            else if (folded[i].IsNumber || TimelineReader.IsMonthName(folded[i].Text) ||
                     folded[i].Text is "next" or "naechstes" or "naechsten" or "naechste" or "q" or "quarter" or "quartal" or "week" or "woche")
            {
                return false;
            }
        }

        return turnedDown;
    }

    /// <summary>The one number of a day in the text ("the 11th", "den 11."), when it is the only number and no month is
    /// named; null otherwise.</summary>
    private static int? DayNumber(string text)
    {
        int? found = null;
        foreach (var w in FoldedText.Of(text).Words)
        {
            if (TimelineReader.IsMonthName(w.Text) || w.Text is "woche" or "week" or "kw")
            {
                return null;
            }

            var digits = w.Text.EndsWith("st", StringComparison.Ordinal) || w.Text.EndsWith("nd", StringComparison.Ordinal) ||
                         w.Text.EndsWith("rd", StringComparison.Ordinal) || w.Text.EndsWith("th", StringComparison.Ordinal) ? w.Text[..^2] : w.Text;
            if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
            {
                if (found is not null || digits.Length > 2 || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ||
                    n is < 1 or > 31)
                {
                    return null;
                }

                found = n;
            }
        }

        return found;
    }

    // Words that make a weekday a bound, an exception or one of several ("bis Mittwoch", "außer Montag", "Di oder Mi").
    private static readonly HashSet<string> WeekdayBounds = new(StringComparer.Ordinal)
    {
        "ausser", "except", "nicht", "not", "ohne", "bis", "till", "until", "ab", "from", "after", "nach", "vor", "before",
        "oder", "or", "und", "and", "spaetestens", "latest", "fruehestens", "earliest", "ausgenommen", "but",
    };

    private static bool NamesWeekday(string text) => FoldedText.Of(text).Words.Any(w => TimelineReader.WeekdayOf(w.Text) is not null);

    /// <summary>The one weekday named in the text ("Friday the 11th", "am Freitag, den 11."), or null.</summary>
    private static DayOfWeek? NamedWeekday(string text)
    {
        DayOfWeek? named = null;
        foreach (var w in FoldedText.Of(text).Words)
        {
            var d = TimelineReader.WeekdayOf(w.Text);
            if (d is not null)
            {
                if (named is not null && named != d)
                {
                    return null;
                }

                named = d;
            }
        }

        return named;
    }

    // Words with which a prospect takes back what they just wrote ("50k, nein eher 40k", "March... actually April").
    private static readonly string[][] CorrectionMarks = Phrases.Of(
        "nein", "nee", "no", "nope", "sorry", "korrektur", "correction", "actually", "i mean", "ich meine", "ich mein",
        "besser gesagt", "or rather", "make that", "scratch that", "wait", "warte", "moment", "pardon", "oops", "ups",
        "falsch", "wrong", "typo", "tippfehler", "korrigiere", "ich korrigiere", "korrigier",
        // "im Dezember noch? eher nicht. Januar": the first value turned down, the next one said
        "eher nicht", "lieber nicht", "doch nicht", "wohl nicht", "rather not", "probably not",
        // "40k or 60k, I mixed up the numbers, 60k", "30k, verschrieben, 50k": owning up to a slip, then the value meant
        "mixed up", "mixed them up", "verwechselt", "vertan", "verschrieben", "vertippt", "zahlendreher", "my bad");

    // Words that put the plan of now after an earlier one ("we said Q2, now it's …", "…, mittlerweile eher Juni").
    private static readonly string[][] PlanNowMarks = Phrases.Of(
        "now it's", "now it is", "now its", "now we're", "now we are", "now we're looking at", "now it's looking like", "but now",
        "now more like", "now rather", "jetzt aber", "aber jetzt", "nun aber", "aber nun", "mittlerweile", "inzwischen",
        "jetzt eher", "jetzt wohl", "jetzt ist es", "jetzt wird es", "jetzt wirds", "jetzt wird's");

    // A cheap first look before the message is cut into words: every correction mark holds one of these.
    private static readonly System.Buffers.SearchValues<string> CorrectionNeedles = System.Buffers.SearchValues.Create(
        ["nein", "nee", "no", "sorry", "korrektur", "jetzt", "mittlerweile", "inzwischen", "nun", "correction", "actually", "mean", "mein", "gesagt", "rather", "make that",
         "scratch", "wait", "warte", "moment", "pardon", "oops", "ups", "nicht", "not", "falsch", "wrong", "typo", "tippfehler",
         "korrigier", "äh", "ähm", "uh", "erm", "ehm", "mixed", "verwechsel", "vertan", "verschrieb", "vertipp", "zahlendreher", "my bad"],
        StringComparison.OrdinalIgnoreCase);

    // Words that say the value just written was a slip, with no new value needed ("hab mich vertippt", "oops, typo").
    private static readonly string[][] SlipWords = Phrases.Of(
        "vertippt", "verschrieben", "vertan", "verzaehlt", "verrechnet", "verguckt", "falsch", "wrong", "typo", "tippfehler",
        "mistake", "zahlendreher", "doch nicht", "stimmt nicht", "stimmt so nicht", "not right", "isn't right", "scratch that",
        "ignore that", "vergiss das", "my bad");

    // A cheap first look: every slip word holds one of these.
    private static readonly System.Buffers.SearchValues<string> SlipNeedles = System.Buffers.SearchValues.Create(
        ["vertipp", "verschrieb", "vertan", "verzä", "verzae", "verrechn", "verguck", "mistake", "zahlendreher", "stimmt", "right",
         "scratch", "ignore", "vergiss", "my bad"], StringComparison.OrdinalIgnoreCase);

    // Words that place a slip in an earlier message ("sorry for the typo before"): a remark, not a correction of this value.
    private static readonly HashSet<string> EarlierWords = new(StringComparer.Ordinal)
    {
        "before", "earlier", "previous", "above", "vorhin", "oben", "vorher", "zuvor", "letzten", "last", "war", "waren", "was",
        "were",
        // "…, hatte mich vertippt", "I had a typo": the pluperfect and past of having place the slip before this value
        "hatte", "hatten", "had",
    };

    // Sounds of hesitation that correct a value when a second one follows ("März äh April"); "um" and "hm" are left out,
    // as "so um die 5k" and "hmm, 50k" only think aloud.
    private static bool CorrectingHesitation(string folded) =>
        CommonWords.IsHesitation(folded) && folded[0] is 'a' or 'e' or 'u' or 'o' && !folded.StartsWith("um", StringComparison.Ordinal);

    /// <summary>Whether the words after the value (from <paramref name="valueEnd"/>) take it back without a value the reader
    /// can put in its place: a correcting word, then a word that owns up to a slip ("nee warte, hab mich vertippt", "oops,
    /// typo") or nothing but correcting words ("actually wait", "nee warte"). The first value is then no longer the
    /// prospect's, so it is asked again, never kept. A slip placed in an earlier message ("sorry for the typo before") is a
    /// remark.</summary>
    private static bool TakenBack(string text, int valueEnd)
    {
        if (valueEnd < 0 || valueEnd >= text.Length ||
            text.AsSpan(valueEnd).IndexOfAny(CorrectionNeedles) < 0 && text.AsSpan(valueEnd).IndexOfAny(SlipNeedles) < 0)
        {
            return false;
        }

        var after = FoldedText.Of(text[valueEnd..]);
        var marked = false;
        var onlyMarks = true;
        for (var i = 0; i < after.Count; i++)
        {
            var (length, isMark) = MarkAt(after, i);
            if (isMark)
            {
                // courtesy and emphasis alone ("…, sorry", "asap actually") take nothing back
                marked |= after[i].Text is not ("sorry" or "sry" or "pardon" or "moment" or "actually" or "i" or "ich" or "besser" or "or" or "make");
                i += length - 1;
                continue;
            }

            if (!CommonWords.IsHesitation(after[i].Text) && after[i].Text is not ("ach" or "oh" or "ah" or "hm" or "doch" or "mist" or "shit" or "damn"))
            {
                onlyMarks = false;
            }
        }

        return onlyMarks && marked || after.Contains(SlipWords) && !after.Words.Any(w => EarlierWords.Contains(w.Text));
    }

    private static (int Length, bool IsMark) MarkAt(FoldedText folded, int i)
    {
        foreach (var mark in CorrectionMarks)
        {
            if (folded.MatchesAt(i, mark) && (mark[0] != "no" || i + 1 >= folded.Count || NoCorrects(folded, i, mark.Length)))
            {
                return (mark.Length, true);
            }
        }

        return (1, false);
    }

    /// <summary>Whether the "no" at word <paramref name="i"/> opens a correction: "…, no later than end of January" bounds
    /// the start, and in "we have no budget right now" "no" after a verb of having or being is a determiner.</summary>
    private static bool NoCorrects(FoldedText folded, int i, int markLength) =>
        folded[i + 1].Text is not ("later" or "earlier" or "sooner" or "more" or "less" or "longer") &&
        !(markLength == 1 && i > 0 && !folded[i].AfterBreak &&
          folded[i - 1].Text is "have" or "has" or "had" or "got" or "with" or "there's" or "is" or "are" or "was" or "were" or "we've" or "i've");

    /// <summary>The corrected start without the word of preference that opens it ("Januar, nee, eher Februar" → "Februar"):
    /// the correction accounts for it, so it is no hedge left unread.</summary>
    private static string WithoutPreference(string tail)
    {
        var folded = FoldedText.Of(tail);
        return folded.Count >= 2 && folded[0].Text is "eher" or "lieber" or "rather" or "besser" or "doch"
            ? tail[folded[1].Start..]
            : tail;
    }

    /// <summary>The words after a correction inside the message ("50k, nein eher 40k" → "eher 40k"): the mark stands
    /// after some words, at a break or right after one; null when there is none.</summary>
    private static string? CorrectedTail(string text, Func<string, bool>? valueBefore = null, Func<string, bool>? valueIn = null)
    {
        if (text.Length < 6 || text.AsSpan().IndexOfAny(CorrectionNeedles) < 0)
        {
            return null;
        }

        var folded = FoldedText.Of(text);
        for (var i = folded.Count - 2; i >= 1; i--)
        {
            foreach (var mark in CorrectionMarks)
            {
                if (folded.MatchesAt(i, mark) && i + mark.Length < folded.Count && (mark[0] != "no" || NoCorrects(folded, i, mark.Length)) &&
                    // from right after the mark, so a currency sign before the amount ("actually $75k") stays
                    text[folded[i + mark.Length - 1].End..].TrimStart(' ', ',', ':', '-', '–', '.') is var tail &&
                    // a later remark that names no value ("35k – hab falsch geschaut") leaves the correction before it
                    (valueIn is null || valueIn(tail)))
                {
                    return tail;
                }
            }

            foreach (var mark in PlanNowMarks)
            {
                // "back in March we said Q2, now it's the back half of next year", "war für März geplant, mittlerweile eher
                // Juni": the plan of now after an earlier one with its own value is the answer
                if (valueBefore is not null && valueIn is not null && folded.MatchesAt(i, mark) && i + mark.Length < folded.Count &&
                    valueBefore(text[..folded[i].Start]) &&
                    text[folded[i + mark.Length - 1].End..].TrimStart(' ', ',', ':', '-', '–', '.') is var planTail && valueIn(planTail))
                {
                    return planTail;
                }
            }

            if (CorrectingHesitation(folded[i].Text) && valueBefore is not null && valueBefore(text[..folded[i].Start]) &&
                text[folded[i].End..].TrimStart(' ', ',', ':', '-', '–', '.') is var afterHesitation && (valueIn is null || valueIn(afterHesitation)))
            {
                // "50k äh 60k", "März äh April": a hesitation between two values corrects the first; before any value it
                // only thinks aloud ("vielleicht äh 50k")
                return afterHesitation;
            }
        }

        return null;
    }

    // Words that make a sentence with a question mark a question back, not an answer said with rising voice ("like in 2
    // weeks?"): question words anywhere, verbs and auxiliaries when they open it.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "was", "wie", "wer", "wem", "wen", "wann", "wo", "warum", "wieso", "weshalb", "welche", "welcher", "welches",
        "wieviel", "what", "how", "who", "whom", "when", "where", "why", "which", "whats", "what's", "hows", "how's",
    };

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "can", "could", "do", "does", "did", "is", "are", "will", "would", "should", "have", "has", "kann", "koennt",
        "koennen", "koennten", "habt", "haben", "hat", "gibt", "ist", "sind", "seid", "macht", "bietet", "braucht", "muss",
        "muessen", "soll", "sollte", "darf", "duerfen", "integriert", "unterstuetzt",
    };

    /// <summary>"not this year, maybe next" → ("next year", hedged): a "this"/"dieses" period turned down by a negation
    /// and "next"/"nächstes" as the last word without its unit; null otherwise.</summary>
    private static (string Text, bool Hedged)? ElidedNext(string text)
    {
        var folded = FoldedText.Of(text);
        if (folded.Count < 4 || folded[^1].Text is not ("next" or "naechstes" or "naechsten" or "naechste"))
        {
            return null;
        }

        for (var i = 0; i + 1 < folded.Count - 1; i++)
        {
            if (folded[i].Text is not ("this" or "dieses" or "diesen" or "diese" or "dieser") ||
                folded[i + 1].Text is not ("year" or "month" or "quarter" or "week" or "jahr" or "monat" or "quartal" or "woche"))
            {
                continue;
            }

            var negated = i > 0 && folded[i - 1].Text is "not" or "nicht" || i + 2 < folded.Count && folded[i + 2].Text is "not" or "nicht";
            if (!negated)
            {
                return null;
            }

            var hedged = folded.Words.Any(w => w.Text is "maybe" or "probably" or "perhaps" or "vielleicht" or "wahrscheinlich" or "eventuell");
            return ($"{folded[^1].Text.Replace("ae", "ä", StringComparison.Ordinal)} {text[folded[i + 1].Start..folded[i + 1].End]}", hedged);
        }

        return null;
    }

    /// <summary>Whether the message asks something back: a sentence ending in a question mark that holds a question word
    /// or opens with a verb ("was kostet so ein CRM?", "do you integrate with HubSpot?").</summary>
    internal static bool IsQuestion(string text)
    {
        var mark = text.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0)
        {
            return false;
        }

        var folded = FoldedText.Of(text);
        var sentenceStart = true;
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i];
            var start = sentenceStart || i > 0 && IsSentenceEnd(text, folded[i - 1].End, w.Start);
            sentenceStart = false;
            if ((QuestionWords.Contains(w.Text) || start && QuestionOpeners.Contains(w.Text)) && text.IndexOf('?', w.End) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' or ',' or ':')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A yes or a no (the consent question, "Meinen Sie …?"), or null when the message is neither.</summary>
    public Reading<bool>? ReadYesNo(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = TypedCharacters.AsPlain(text);

        if (IsTooLong(text))
        {
            return new Reading<bool>(false, Confidence.Low, string.Empty) { Hint = ReadingHints.TooLong };
        }

        var reading = YesNoReader.Read(text);
        // "I do not consent", "of course not": a yes phrase inside a negated agreement is a no, confirmed
        return reading is { Value: true, Confidence: >= Confidence.Medium } && YesNoReader.NegatesAgreement(text)
            ? new Reading<bool>(false, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Negated }
            : reading;
    }

    /// <summary>The answer at the summary: confirm, reject, or change one field (with its new value when given).</summary>
    public Reading<SummaryAnswer>? ReadSummary(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = TypedCharacters.AsPlain(text);

        if (IsTooLong(text))
        {
            return new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Reject), Confidence.Low, string.Empty) { Hint = ReadingHints.TooLong };
        }

        var reading = SummaryReader.Read(text, context with { PartOfSummary = true }, this);
        // "I don't confirm", "doesn't look right": a confirmation inside a negated agreement is a rejection, confirmed
        // ("not quite right but whatever, send it": what is off is let go of, the yes to send stands)
        return reading is { Value.Intent: SummaryIntent.Confirm, Confidence: >= Confidence.Medium } && YesNoReader.NegatesAgreement(text) &&
               !SummaryReader.SentAnyway(FoldedText.Of(text))
            ? new Reading<SummaryAnswer>(new SummaryAnswer(SummaryIntent.Reject), Confidence.Medium, text.Trim()) { Hint = ReadingHints.Negated }
            : reading;
    }

    /// <summary>Every slot one message fills, for a prospect who answers several questions at once after consent
    /// ("Hi, ich bin Max Müller von der Acme GmbH, max@acme.de, wir brauchen ein CRM, Budget ca. 20k, ich bin GF"): each
    /// with its confidence and the words it was read from. A fragment two slots could claim is given to neither.</summary>
    public IReadOnlyList<SlotReading> ReadAll(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text) || IsTooLong(text))
        {
            return [];
        }

        text = TypedCharacters.AsPlain(text);

        var readings = Disciplined(text, MessageReader.ReadAll(text, context));
        return context.KnownName is { } known ? WithoutNameAsCompany(readings, known) : readings;
    }

    /// <summary>A company read beside other answers that is the name the prospect gave ("Erika Musterfrau, Budget 20k" at
    /// the company question) is low with <see cref="ReadingHints.NameAsCompany"/>, as at the company question itself.</summary>
    private static IReadOnlyList<SlotReading> WithoutNameAsCompany(IReadOnlyList<SlotReading> readings, string known)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i] is { Slot: QuestionSteps.Company, Value: string company } && NameReader.SameName(company, known))
            {
                var list = readings.ToList();
                list[i] = readings[i] with { Confidence = Confidence.Low, Hint = ReadingHints.NameAsCompany };
                return list;
            }
        }

        return readings;
    }

    /// <summary>A first message that answers the consent question and goes on with other answers ("Ja, gerne. Sabine
    /// Krüger, Krüger Logistik GmbH, …", "No thanks on the storage. I'm Alex, just looking around."): the clear yes or
    /// no that opens it, the rest of the message, and every slot the rest fills, read as after a greeting (a name that
    /// stands as a clause of its own right after the answer is the writer's). Null when the message does not open with
    /// a clear yes or no, or when the rest fills no slot: then the message is read as a yes or no alone
    /// (<see cref="ReadYesNo"/>). The readings are what the message says; whether any of it is kept is the flow's to
    /// decide (nothing after a no).</summary>
    public ConsentOpening? ReadConsentOpening(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(text) || IsTooLong(text))
        {
            return null;
        }

        text = TypedCharacters.AsPlain(text);

        if (YesNoReader.ReadOpening(text) is not { } opening)
        {
            // "ich will nur mal gucken, keine daten bitte", "…. Daten dürfen Sie speichern.": the consent said at the end,
            // about the data, is the answer as it is at the start
            text = YesNoReader.ConsentSentenceLast(text);
            if (YesNoReader.ReadClosing(text) is not { } closing)
            {
                return null;
            }

            var before = text[..closing.Start].TrimEnd(' ', ',', ';', '-', '–', '—');
            var found = Disciplined(before, MessageReader.ReadAll(before, context));
            // "I don't want you storing my data, just email me pricing": a no said about the data drops a request beside it
            // as one at the start does
            found = closing.Answer.Value ? found : MessageReader.WithoutRequestAfterNo(before, found);
            return found.Count == 0 ? null : new ConsentOpening(closing.Answer, before, found);
        }

        var rest = text[opening.RestStart..];
        var readings = Disciplined(rest, MessageReader.ReadAll(rest, context, afterAnswer: true));
        readings = opening.Answer.Value ? readings : MessageReader.WithoutRequestAfterNo(rest, readings);
        // "No. What's your pricing?", "no I don't agree, just tell me the price": after a clear no nothing of the message
        // is kept, so a rest that holds no other answer (a question, a request) takes nothing back and the no stands
        return readings.Count == 0 && opening.Answer.Value ? null : new ConsentOpening(opening.Answer, rest, readings);
    }

    // The whole answer one run of characters, an at sign with spaces beside it, and another run.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([^\s@]+?)\s*@\s*([^\s@]+?)[.!]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex SpacedAt();

    private static SlotReading? ReadEmail(string text)
    {
        var found = EmailReader.FindAll(text);
        if (found.Count == 0 && SpacedAt().Match(text) is { Success: true } spaced &&
            EmailReader.FindAll(spaced.Groups[1].Value + "@" + spaced.Groups[2].Value) is [{ Guessed: false } typed] &&
            typed.End - typed.Start == spaced.Groups[1].Length + 1 + spaced.Groups[2].Length && !EmailReader.LooksMistyped(typed.Address))
        {
            // "franz.wagner @ stadtwerke-steyrtal.at": an address typed whole, with its at sign, and spaces left beside the
            // sign is that address; nothing is guessed
            return new SlotReading(QuestionSteps.Email, typed.Address, Confidence.High, text.Trim());
        }

        if (found.Count == 0)
        {
            // "lena punkt schmitt at posteo punkt de", "k.mueller@web,de": the address with its signs said in words or
            // mistyped, confirmed
            return EmailReader.SpelledOut(text) is { } spelled
                ? new SlotReading(QuestionSteps.Email, spelled.Address, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Mistyped }
                : null;
        }

        if (EmailReader.WithSignsJoined(text, besideTyped: true) is { } joined && EmailReader.FindAll(joined).Count > found.Count && ReadEmail(joined) is { } weighed)
        {
            // "lena (at) kraft-bau.de (bitte in Kopie an assistenz@kraft-bau.de)": an address spelled out beside a typed one
            // is weighed with it as if typed (which one is the prospect's, which a copy or a correction); confirmed, as
            // the spelled one is
            return weighed with { Confidence = weighed.Confidence == Confidence.Low ? Confidence.Low : Confidence.Medium, Evidence = text.Trim(), Hint = weighed.Hint ?? ReadingHints.Mistyped };
        }

        var first = found[0];
        var distinct = found.Select(f => f.Address).Distinct(StringComparer.Ordinal).Count();
        if (distinct > 1)
        {
            if (distinct == 2 && found.First(f => f.Address != first.Address) is var second &&
                text.AsSpan(first.End, second.Start - first.End).IndexOfAny(CorrectionNeedles) >= 0 &&
                FoldedText.Of(text[first.End..second.Start]).Contains(CorrectionMarks))
            {
                // "m.stein@steinbau.com – ach nee sorry, m.stein@steinbau.de": the prospect corrects the address
                return new SlotReading(QuestionSteps.Email, second.Address, Confidence.High, text[second.Start..second.End]);
            }

            if (distinct == 2 && found.First(f => f.Address != first.Address) is var copied &&
                FoldedText.Of(text[first.End..copied.Start]).Contains(CopyWords))
            {
                // "raj@… (cc my assistant please: amy@…)": the second address is one to copy, not the prospect's
                return EmailReader.LooksMistyped(first.Address) || first.Guessed
                    ? new SlotReading(QuestionSteps.Email, first.Address, Confidence.Medium, text[first.Start..first.End]) { Hint = ReadingHints.Mistyped }
                    : new SlotReading(QuestionSteps.Email, first.Address, Confidence.High, text[first.Start..first.End]);
            }

            if (distinct == 2 && Preferred(text, found) is { } preferred)
            {
                // "stefan.hahn@web.de, dienstlich lieber: hahn@hahn-consulting.de", "Work email is …, personal is … - use
                // work pls": the prospect says which one to use; "… oder besser …", "… oder direkt …" offers the second as
                // another choice in the same breath, which careful writers confirm
                var offered = FoldedText.Of(text[first.End..found.First(f => f.Address != first.Address).Start]).Words
                                  .Any(w => w.Text is "oder" or "or" or "bzw" or "beziehungsweise") &&
                              !FoldedText.Of(text[found.Max(f => f.End)..]).Contains(PreferWords);
                return offered
                    ? new SlotReading(QuestionSteps.Email, preferred.Address, Confidence.Medium, text[preferred.Start..preferred.End]) { Hint = ReadingHints.Several }
                    : new SlotReading(QuestionSteps.Email, preferred.Address, Confidence.High, text[preferred.Start..preferred.End]);
            }

            if (distinct == 2 && found.First(f => f.Address != first.Address) is var other &&
                FoldedText.Of(text[first.End..other.Start]) is var between && between.Words.Any(w => w.Text is "oder" or "or" or "bzw" or "beziehungsweise" or "alternativ" or
                                                                           "alternatively" or "alternative" or "ersatzweise" or "sonst" or "otherwise"))
            {
                // "k.weber@firma.co.at oder privat kw1978@gmx.net", "… or dan.k@gmail.com (personal)", "…, alternativ …": two
                // addresses offered with no word for which; people lead with the one they want used, so the first is confirmed.
                // "privat@… oder geschäftlich b@firma.ch": only the second labelled as the work one, which careful writers
                // store for a business lead; it is offered, confirmed
                var workSecond = between.Contains(WorkWords) &&
                                 !FoldedText.Of(text[Math.Max(0, first.Start - 40)..first.Start]).Contains(WorkWords);
                var offered = workSecond ? other : first;
                return new SlotReading(QuestionSteps.Email, offered.Address, Confidence.Medium, text[offered.Start..offered.End]) { Hint = ReadingHints.Several };
            }

            // three addresses, or two listed without an "oder": which one is for us is the prospect's to say
            return new SlotReading(QuestionSteps.Email, first.Address, Confidence.Low, text[first.Start..first.End]) { Hint = ReadingHints.Several };
        }

        if (TopLevelDomainCorrected(text, first) is { } corrected)
        {
            // "m.yildirim@outlook.de – ah nee, .com": the ending said after a correcting word replaces the address's own
            return corrected.Sure
                ? new SlotReading(QuestionSteps.Email, corrected.Address, Confidence.High, text[first.Start..])
                : new SlotReading(QuestionSteps.Email, corrected.Address, Confidence.Medium, text[first.Start..]) { Hint = ReadingHints.Ambiguous };
        }

        if (DomainCorrected(text, first) is { } domain)
        {
            // "ahmed@riverside.com - oops I mean riversidepartners.com": the domain said after a correcting word replaces
            // the address's own
            return new SlotReading(QuestionSteps.Email, domain, Confidence.High, text[first.Start..]);
        }

        if (LocalPartCorrected(text, first) is { } local)
        {
            // "event@acme-events.de nee warte, events@ mit s": the part before the at sign said again after a correcting
            // word replaces the address's own; the domain stays
            return new SlotReading(QuestionSteps.Email, local, Confidence.High, text[first.Start..]);
        }

        if (CorrectedAfter(text, first))
        {
            // "max@acme.de – sorry, maxi": a correction the address cannot take in; the address said first is confirmed
            return new SlotReading(QuestionSteps.Email, first.Address, Confidence.Medium, text[first.Start..first.End]) { Hint = ReadingHints.Ambiguous };
        }

        if (first.Address.EndsWith(".con", StringComparison.Ordinal))
        {
            // "…@gmail.con": no domain ends so; the key next to the m was hit
            return new SlotReading(QuestionSteps.Email, first.Address[..^1] + "m", Confidence.Medium, text[first.Start..first.End]) { Hint = ReadingHints.Mistyped };
        }

        return EmailReader.LooksMistyped(first.Address) || first.Guessed
            ? new SlotReading(QuestionSteps.Email, first.Address, Confidence.Medium, text[first.Start..first.End]) { Hint = ReadingHints.Mistyped }
            : new SlotReading(QuestionSteps.Email, first.Address, Confidence.High, text[first.Start..first.End]);
    }

    /// <summary>The address with its top-level domain replaced when a correcting word after it is followed by a lone
    /// ending (".com", ".de") and nothing more but a word that says it is plain ("natürlich", "of course"); null
    /// otherwise. Sure, unless the address ended in a country's second-level ending ("acme.co.uk"): whether the new ending
    /// replaces both parts or the last one is the prospect's to confirm.</summary>
    private static (string Address, bool Sure)? TopLevelDomainCorrected(string text, EmailReader.Found found)
    {
        var rest = text.AsSpan(found.End).TrimEnd(" !.)".AsSpan());
        var words = FoldedText.Of(rest.ToString());
        var trailing = 0;
        while (trailing < words.Count && PlainWords.Contains(words[words.Count - 1 - trailing].Text))
        {
            trailing++;
        }

        if (trailing > 0 && words.Count - trailing > 0)
        {
            rest = rest[..words[words.Count - trailing - 1].End];
        }

        var dot = rest.LastIndexOf('.');
        if (dot <= 0 || rest.IndexOfAny(CorrectionNeedles) < 0 || !(char.IsWhiteSpace(rest[dot - 1]) || rest[dot - 1] is ',' or ':'))
        {
            return null;
        }

        var ending = rest[(dot + 1)..];
        if (ending.Length is < 2 or > 6 || ending.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") ||
            !FoldedText.Of(rest[..dot].ToString()).Contains(CorrectionMarks))
        {
            return null;
        }

        var at = found.Address.LastIndexOf('@');
        var own = found.Address.LastIndexOf('.');
        if (own <= at)
        {
            return null;
        }

        var newEnding = ending.ToString().ToLowerInvariant();
        if (found.Address.LastIndexOf('.', own - 1) is var second && second > at &&
            found.Address[(second + 1)..own] is "co" or "com" or "org" or "net" or "ac" or "gv" or "or" or "gov" or "edu" or "ltd" or "plc" &&
            own + 3 == found.Address.Length)
        {
            // "tom@acme.co.uk – sorry, .com": the new ending most likely replaces the two parts of the country's ending
            return (string.Concat(found.Address.AsSpan(0, second + 1), newEnding), false);
        }

        return (string.Concat(found.Address.AsSpan(0, own + 1), newEnding), true);
    }

    // Words after a corrected ending that only say it is plain ("…, sorry, .com natürlich", "… .de obviously").
    private static readonly HashSet<string> PlainWords = new(StringComparer.Ordinal)
    {
        "natuerlich", "naturlich", "klar", "logisch", "obviously", "course", "of", "bitte", "please", "pls", "sorry", "sry",
    };

    /// <summary>The address with its domain replaced when a correcting word after it is followed by a lone domain
    /// ("riversidepartners.com", "@riversidepartners.com") and nothing more; null otherwise.</summary>
    private static string? DomainCorrected(string text, EmailReader.Found found)
    {
        var rest = text.AsSpan(found.End).TrimEnd(" !.)".AsSpan());
        var space = rest.LastIndexOfAny(' ', ',', ':');
        if (space <= 0 || rest.IndexOfAny(CorrectionNeedles) < 0)
        {
            return null;
        }

        var domain = rest[(space + 1)..].TrimStart('@').ToString().ToLowerInvariant();
        var at = found.Address.LastIndexOf('@');
        if (domain.IndexOf('.') <= 0 || domain.IndexOf('@') >= 0 || !EmailReader.IsValid(found.Address[..(at + 1)] + domain) ||
            !FoldedText.Of(rest[..space].ToString()).Contains(CorrectionMarks))
        {
            return null;
        }

        return found.Address[..(at + 1)] + domain;
    }

    /// <summary>The address with the part before its at sign replaced when a correcting word after it is followed by a
    /// lone part that ends in an at sign ("…, sorry, events@"); null otherwise, also when "nicht"/"not" says which one is
    /// wrong or more than one such part follows.</summary>
    private static string? LocalPartCorrected(string text, EmailReader.Found found)
    {
        var rest = text[found.End..];
        if (rest.AsSpan().IndexOfAny(CorrectionNeedles) < 0)
        {
            return null;
        }

        var folded = FoldedText.Of(rest);
        var (mark, length) = folded.Find(CorrectionMarks);
        if (mark < 0)
        {
            return null;
        }

        var parts = rest[folded[mark + length - 1].End..].Split([' ', ',', ':', '\n', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Contains('@', StringComparison.Ordinal)).ToList();
        if (parts.Count != 1 || parts[0].IndexOf('@', StringComparison.Ordinal) != parts[0].Length - 1 || parts[0].Length < 2 ||
            FoldedText.Of(rest[folded[mark].Start..]).Words.Any(w => w.Text is "not" or "nicht"))
        {
            return null;
        }

        var address = parts[0].ToLowerInvariant() + found.Address[(found.Address.LastIndexOf('@') + 1)..];
        return EmailReader.IsValid(address) && address != found.Address ? address : null;
    }

    /// <summary>Whether a correcting word after the address is followed by more words: a correction the address does not
    /// take in.</summary>
    private static bool CorrectedAfter(string text, EmailReader.Found found)
    {
        var rest = text[found.End..];
        if (rest.AsSpan().IndexOfAny(CorrectionNeedles) < 0)
        {
            return false;
        }

        var folded = FoldedText.Of(rest);
        var (mark, length) = folded.Find(CorrectionMarks);
        if (mark < 0 || folded[mark].Text is "no" or "nein" or "not" or "nicht")
        {
            return false;
        }

        if (folded[mark].Text == "actually" && mark > 0 && !folded[mark].AfterBreak && folded[mark - 1].Text is "i" or "we" or "you" or "they")
        {
            // "… - that's the one I actually read": "actually" inside a sentence about the address stresses it, it takes
            // nothing back
            return false;
        }

        // "…, sorry, maxi", "…, oops I mean at gmx": one word, or words with the signs of an address; a remark about the
        // slip ("sorry for the typo") takes nothing back
        var said = rest[folded[mark + length - 1].End..].Split([' ', ',', ':', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('!', '?'))
            .Where(w => w.Length > 0 && FoldedText.Fold(w) is not ("i" or "ich" or "mean" or "meant" or "meinte" or "meine")).ToList();
        // (a lone ending, ".com", is one too)
        return said.Count == 1 || said.Any(w => w.IndexOfAny(['@', '.']) is > 0 and var at && at < w.Length - 1 ||
                                              w.Length >= 3 && w[0] == '.' && w.Skip(1).All(char.IsAsciiLetter) ||
                                              FoldedText.Fold(w) is "at" or "dot" or "punkt" or "gmail" or "gmx" or "web");
    }

    private static readonly string[][] CopyWords = Phrases.Of(
        "cc", "in cc", "bcc", "copy", "in copy", "kopie", "in kopie", "cc an", "kopie an", "assistant", "assistentin", "assistent",
        "sekretariat", "secretary");

    private static readonly string[][] PreferWords = Phrases.Of(
        "lieber", "bevorzugt", "besser", "bitte diese", "bitte die", "am besten", "preferred", "prefer", "preferably",
        "better", "please use", "use this", "use this one", "direkt", "directly",
        // the same said by Italian, Spanish and Portuguese writers in their own words ("…, ma meglio quella del lavoro: …")
        "meglio", "preferibilmente", "mejor", "preferiblemente", "melhor", "de preferencia", "de preferência");

    // Words naming one of two things said by its place ("die zweite", "the latter"), also as Dutch writers say them.
    private static readonly string[][] FirstWords = Phrases.Of(
        "erste", "ersten", "erstere", "ersteren", "first", "1st", "former", "eerste");

    private static readonly string[][] SecondWords = Phrases.Of(
        "zweite", "zweiten", "letztere", "letzteren", "second", "2nd", "latter", "tweede");

    private static readonly string[][] WorkWords = Phrases.Of(
        "dienstlich", "geschaeftlich", "beruflich", "firma", "work", "business", "office", "company");

    private static readonly string[][] UseWork = Phrases.Of(
        "use work", "use the work", "use my work", "work one", "the work one", "use business", "use the business one",
        "dienstlich bitte", "bitte dienstlich", "bitte die dienstliche", "die dienstliche", "lieber dienstlich",
        "bitte geschaeftlich", "die geschaeftliche", "lieber geschaeftlich");

    /// <summary>Of two addresses, the one the prospect says to use: the one a preference word stands right before
    /// ("dienstlich lieber: …"), or the one labelled as the work address when the message asks for that one ("Work
    /// email is …, personal is … - use work pls"). Null when the message does not say.</summary>
    private static EmailReader.Found? Preferred(string text, List<EmailReader.Found> found)
    {
        var a = found[0];
        var b = found.First(f => f.Address != a.Address);
        var beforeA = FoldedText.Of(text[Math.Max(0, a.Start - 40)..a.Start]);
        var beforeB = FoldedText.Of(text[a.End..b.Start]);
        var after = FoldedText.Of(text[b.End..]);
        var preferA = beforeA.Contains(PreferWords);
        var preferB = beforeB.Contains(PreferWords);
        if (preferA != preferB)
        {
            return preferA ? a : b;
        }

        if (after.Contains(PreferWords) && after.Contains(FirstWords) != after.Contains(SecondWords))
        {
            // "a@… oder b@…, die zweite is besser", "…, the first one is preferred": the preference names the address by
            // its place
            return after.Contains(FirstWords) ? a : b;
        }

        if (after.Contains(UseWork) || beforeB.Contains(UseWork))
        {
            var workA = beforeA.Contains(WorkWords);
            var workB = beforeB.Contains(WorkWords) && !beforeB.Contains(UseWork);
            if (workA != workB)
            {
                return workA ? a : b;
            }
        }

        return null;
    }

    private static bool LabelledFax(string text, int start)
    {
        var from = Math.Max(0, start - 10);
        var before = text.AsSpan(from, start - from).Trim().TrimEnd(':').TrimEnd('.').Trim();
        var lineStart = before.LastIndexOfAny('\n', ',', ';');
        var label = lineStart >= 0 ? before[(lineStart + 1)..].Trim() : before;
        return label.Equals("F", StringComparison.OrdinalIgnoreCase) || label.EndsWith("fax", StringComparison.OrdinalIgnoreCase);
    }

    // Countries a prospect names beside a number in its national form ("0664 1234567 (bin in Österreich)").
    private static readonly Dictionary<string, string> CountryRegions = new(StringComparer.Ordinal)
    {
        ["oesterreich"] = "AT", ["austria"] = "AT", ["austrian"] = "AT", ["oesterreichische"] = "AT", ["oesterreichisch"] = "AT",
        ["schweiz"] = "CH", ["schweizer"] = "CH", ["switzerland"] = "CH", ["swiss"] = "CH", ["deutschland"] = "DE",
        ["germany"] = "DE", ["deutsche"] = "DE", ["liechtenstein"] = "LI", ["italien"] = "IT", ["italy"] = "IT",
        ["frankreich"] = "FR", ["france"] = "FR", ["niederlande"] = "NL", ["netherlands"] = "NL", ["holland"] = "NL",
        ["uk"] = "GB", ["england"] = "GB", ["britain"] = "GB", ["usa"] = "US", ["kanada"] = "CA", ["canada"] = "CA",
        ["ireland"] = "IE", ["irland"] = "IE", ["irish"] = "IE", ["scotland"] = "GB", ["schottland"] = "GB", ["wales"] = "GB",
        // the countries of Nordic, Benelux, Southern and Eastern European and Turkish writers, by name or as the adjective
        // before "mobile"/"number" ("Danish mobile: 28 45 67 89", "073-555 12 34 (Sweden)")
        ["sweden"] = "SE", ["swedish"] = "SE", ["schweden"] = "SE", ["sverige"] = "SE", ["denmark"] = "DK", ["danish"] = "DK",
        ["daenemark"] = "DK", ["danmark"] = "DK", ["norway"] = "NO", ["norwegian"] = "NO", ["norwegen"] = "NO", ["norge"] = "NO",
        ["finland"] = "FI", ["finnish"] = "FI", ["finnland"] = "FI", ["suomi"] = "FI", ["dutch"] = "NL", ["nederland"] = "NL",
        ["belgium"] = "BE", ["belgian"] = "BE", ["belgien"] = "BE", ["spain"] = "ES", ["spanien"] = "ES", ["espana"] = "ES",
        ["portugal"] = "PT", ["poland"] = "PL", ["polen"] = "PL", ["polska"] = "PL", ["turkey"] = "TR", ["tuerkei"] = "TR",
        ["turkiye"] = "TR", ["tuerkiye"] = "TR",
        // Australia and New Zealand, whose writers chat in English ("021 123 4567 - that's NZ mobile"), and Luxembourg
        ["australia"] = "AU", ["australian"] = "AU", ["aussie"] = "AU", ["australien"] = "AU", ["nz"] = "NZ", ["zealand"] = "NZ",
        ["neuseeland"] = "NZ", ["luxembourg"] = "LU", ["luxemburg"] = "LU",
        // countries whose writers chat in English too ("9876 5432 (Singapore)", "0806 555 1212, Nigeria"); South Africa
        // is two words, its second kept apart below
        ["singapore"] = "SG", ["singapur"] = "SG", ["nigeria"] = "NG", ["suedafrika"] = "ZA", ["kenya"] = "KE", ["kenia"] = "KE",
        ["ghana"] = "GH",
        // German names of countries that differ from their English and own ones, which the phone library's list gives
        // ("0812 3456 7890 (Indonesien)" is no German number)
        ["indonesien"] = "ID", ["philippinen"] = "PH", ["aegypten"] = "EG", ["marokko"] = "MA", ["tunesien"] = "TN",
        ["algerien"] = "DZ", ["brasilien"] = "BR", ["argentinien"] = "AR", ["mexiko"] = "MX", ["kolumbien"] = "CO",
        ["russland"] = "RU", ["rumaenien"] = "RO", ["bulgarien"] = "BG", ["griechenland"] = "GR", ["kroatien"] = "HR",
        ["serbien"] = "RS", ["slowenien"] = "SI", ["slowakei"] = "SK", ["tschechien"] = "CZ", ["ungarn"] = "HU",
        ["litauen"] = "LT", ["lettland"] = "LV", ["estland"] = "EE", ["suedkorea"] = "KR", ["tansania"] = "TZ",
        ["aethiopien"] = "ET", ["kamerun"] = "CM", ["kambodscha"] = "KH",
        ["katar"] = "QA", ["zypern"] = "CY", ["albanien"] = "AL", ["bosnien"] = "BA",
        ["weissrussland"] = "BY", ["kasachstan"] = "KZ", ["usbekistan"] = "UZ", ["bangladesch"] = "BD",
        // mobile carriers of one country only, named like the country beside a number ("0722 123456 (safaricom)")
        ["safaricom"] = "KE", ["telkomsel"] = "ID", ["indosat"] = "ID",
    };

    // A country's two-letter code typed in capitals beside a number ("0664/1234509 (AT)"); in small letters "at", "de" are
    // words, and so are capitals between other words ("Durchwahl IT 030 …", "IT-Abteilung", "CALL ME AT 512 …").
    private static readonly Dictionary<string, string> CountryCodes = new(StringComparer.Ordinal)
    {
        ["AT"] = "AT", ["CH"] = "CH", ["DE"] = "DE", ["IE"] = "IE", ["GB"] = "GB", ["UK"] = "GB", ["LI"] = "LI", ["IT"] = "IT",
        ["FR"] = "FR", ["NL"] = "NL", ["US"] = "US", ["CA"] = "CA", ["ZA"] = "ZA", ["SG"] = "SG", ["NG"] = "NG",
        ["SA"] = "ZA",
    };

    // Codes that name more than one place: "SA" is South Africa beside "082 555 1234", but also South Australia, whose
    // numbers open with 08 too, and Samstag in German chats (not read there); a number read by them is confirmed.
    private static readonly HashSet<string> LooseCodes = new(StringComparer.Ordinal) { "SA" };

    // A country's adjective in German or English, its German endings cut off ("italienisches Handy", "polnische Nummer",
    // "Romanian mobile"); it names the number's country only before a word for the number or alone beside it, as it may
    // also name a language ("ich spreche Italienisch").
    private static readonly Dictionary<string, string> CountryAdjectives = new(StringComparer.Ordinal)
    {
        ["italienisch"] = "IT", ["italian"] = "IT", ["oesterreichisch"] = "AT", ["schweizerisch"] = "CH", ["polnisch"] = "PL",
        ["polish"] = "PL", ["tschechisch"] = "CZ", ["czech"] = "CZ", ["spanisch"] = "ES", ["spanish"] = "ES",
        ["portugiesisch"] = "PT", ["portuguese"] = "PT", ["franzoesisch"] = "FR", ["french"] = "FR", ["niederlaendisch"] = "NL",
        ["belgisch"] = "BE", ["britisch"] = "GB", ["british"] = "GB", ["irisch"] = "IE", ["tuerkisch"] = "TR", ["turkish"] = "TR",
        ["rumaenisch"] = "RO", ["romanian"] = "RO", ["griechisch"] = "GR", ["greek"] = "GR", ["ungarisch"] = "HU",
        ["hungarian"] = "HU", ["kroatisch"] = "HR", ["croatian"] = "HR", ["slowenisch"] = "SI", ["slovenian"] = "SI",
        ["slowakisch"] = "SK", ["slovak"] = "SK", ["daenisch"] = "DK", ["schwedisch"] = "SE", ["norwegisch"] = "NO",
        ["finnisch"] = "FI",
    };

    // Words for the number a country's adjective may stand before ("italienisches Handy", "Polish mobile").
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "handy", "handynummer", "nummer", "mobil", "mobilnummer", "mobilnr", "festnetz", "festnetznummer", "tel", "telefon",
        "telefonnummer", "mobile", "number", "cell", "phone", "landline", "sim",
    };

    /// <summary>The region a country's adjective names ("italienisches Handy", "(italienisch)"), or null.</summary>
    private static string? AdjectiveRegion(FoldedText folded, int i)
    {
        var w = folded[i].Text;
        var stem = CountryAdjectives.ContainsKey(w) || w.Length <= 6 ? w
            : w[^2..] is "es" or "er" or "en" or "em" ? w[..^2]
            : w[^1] == 'e' ? w[..^1] : w;
        return CountryAdjectives.TryGetValue(stem, out var r) &&
               (i + 1 < folded.Count && NumberWords.Contains(folded[i + 1].Text) || folded.Words.Count(x => !x.IsNumber) == 1)
            ? r
            : null;
    }

    /// <summary>The region of a country named in the message, when it is not the chat's; null otherwise or when two are
    /// named.</summary>
    private static string? NamedRegion(string text, string region)
    {
        string? named = null;
        var folded = FoldedText.Of(text);
        for (var i = 0; i < folded.Count; i++)
        {
            var w = folded[i];
            if (CountryRegions.TryGetValue(w.Text, out var r) || (r = PhoneReader.CountryNamed(w.Text)) is not null || w.Text == "africa" && i > 0 && folded[i - 1].Text == "south" && (r = "ZA") is not null ||
                w.End - w.Start == 2 && CountryCodes.TryGetValue(text[w.Start..w.End], out r) && StandsApart(text, w.Start, w.End) &&
                !(LooseCodes.Contains(text[w.Start..w.End]) && region is "DE" or "AT" or "CH" or "LI") ||
                (r = AdjectiveRegion(folded, i)) is not null)
            {
                if (named is not null && named != r)
                {
                    return null;
                }

                named = r;
            }
        }

        return named == region ? null : named;
    }

    /// <summary>Whether the word at <paramref name="start"/>..<paramref name="end"/> stands apart from other words: no
    /// letter before it and no letter or hyphen after it, spaces aside ("(AT)", "AT: 0664 …", "… 1234567 AT").</summary>
    private static bool StandsApart(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return (before < 0 || !char.IsLetter(text[before])) && (after == text.Length || !char.IsLetter(text[after]) && text[after] != '-');
    }

    /// <summary>The digits and their grouping marks that open <paramref name="text"/>, when they hold six digits or more;
    /// null when the text opens with a word or holds other digits later.</summary>
    private static string? PhoneRun(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ' ' or '-' or '/' or '(' or ')' or '+' or '.'))
        {
            end++;
        }

        var run = text[..end];
        return run.Count(char.IsAsciiDigit) >= 6 && !text[end..].Any(char.IsAsciiDigit) ? run : null;
    }

    /// <summary>The number <paramref name="said"/> with its last digits replaced by <paramref name="fix"/> (as many as the
    /// fix has; the whole number when the fix has as many or more); null when a single digit is said or the result is no
    /// number.</summary>
    private static PhoneReader.Found? CorrectedNumber(string said, string fix, string region)
    {
        var digitCount = said.Count(char.IsAsciiDigit);
        if (fix.Length < 2)
        {
            return null;
        }

        if (fix.Length >= digitCount)
        {
            return PhoneReader.FindAll(fix, region) is { Count: 1 } whole ? whole[0] : null;
        }

        // the digits kept and the fix, after the plus of an international number
        var digits = new string(said.Where(char.IsAsciiDigit).ToArray());
        var plus = said.TrimStart().StartsWith('+') ? "+" : "";
        // "(865) 555-01 nah wait, 555-0172", "0221 98 76 sorry, 98 76 543": a fix that opens with the digits of one of the
        // number's groups was typed again from that group on, so it replaces the number from there
        var groupStart = 0;
        for (var i = 0; i < said.Length; i++)
        {
            if (!char.IsAsciiDigit(said[i]))
            {
                continue;
            }

            if (i > 0 && !char.IsAsciiDigit(said[i - 1]) && groupStart > 0 && digits.Length - groupStart >= 3 &&
                digits.AsSpan(groupStart).CommonPrefixLength(fix) >= 3 &&
                PhoneReader.FindAll(plus + digits[..groupStart] + fix, region) is { Count: 1 } regrouped && regrouped[0].Valid)
            {
                return regrouped[0];
            }

            groupStart++;
        }

        return PhoneReader.FindAll(plus + digits[..(digitCount - fix.Length)] + fix, region) is { Count: 1 } numbers ? numbers[0] : null;
    }

    // Words that speak of a number's digits ("die zweite 5 ist eine 6", "the last digit is 7").
    private static readonly HashSet<string> DigitWords = new(StringComparer.Ordinal)
    {
        "ziffer", "ziffern", "digit", "digits", "stelle", "stellen", "zahl", "zahlen", "nummer", "number", "ende", "end", "endet",
        "ends", "ending", "vorwahl", "area", "first", "second", "third", "last", "erste", "zweite", "dritte", "letzte", "eine",
        "letzten", "letzter", "beiden", "hinten", "zwei", "drei", "vier", "two", "three", "four",
    };

    // Words that place digits said after a correction elsewhere than at the number's end ("die ersten vier", "area code").
    private static readonly HashSet<string> FrontWords = new(StringComparer.Ordinal)
    {
        "ersten", "erste", "vorne", "anfang", "vorwahl", "mitte", "first", "front", "beginning", "start", "starts", "area",
        "prefix", "middle", "statt", "instead", "nicht", "not",
    };

    /// <summary>The one run of digits in the words after a correction when nothing in them places it elsewhere than at the
    /// end ("am Ende 5567", "last four are 0132", "should be 0124"); null when there are none, several, or a word puts
    /// them at the front or in the middle.</summary>
    private static string? PlacedAtEnd(string tail)
    {
        var folded = FoldedText.Of(tail);
        string? digits = null;
        var words = 0;
        var placed = false;
        var linked = true;
        for (var i = 0; i < folded.Count; i++)
        {
            if (!folded[i].IsNumber)
            {
                if (FrontWords.Contains(folded[i].Text) || ++words > 6)
                {
                    return null;
                }

                placed |= DigitWords.Contains(folded[i].Text);
                linked &= LinkWords.Contains(folded[i].Text);
                continue;
            }

            if (digits is not null)
            {
                return null;
            }

            digits = LeadingDigits(tail[folded[i].Start..]);
            var runEnd = folded[i].End;
            for (var j = folded[i].End; j < tail.Length && (char.IsAsciiDigit(tail[j]) || tail[j] is ' ' or '-' or '/'); j++)
            {
                runEnd = char.IsAsciiDigit(tail[j]) ? j + 1 : runEnd;
            }

            while (i + 1 < folded.Count && folded[i + 1].Start < runEnd)
            {
                i++;
            }
        }

        // the digits must be said of the number ("am Ende", "last four") or stand with only linking words ("should be
        // 0124"); "bin ab 16 Uhr erreichbar" says something else
        return placed || linked ? digits : null;
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "should", "be", "sollte", "sein", "is", "ist", "it's", "its", "i", "mean", "meant", "ich", "meine", "meinte", "richtig",
        "correct", "korrekt", "then", "dann", "also", "so", "die", "the", "are", "sind", "lautet",
    };

    /// <summary>The digits that open <paramref name="text"/>, spaces and dashes between them left out ("0132", "234 5687");
    /// null when a letter comes first.</summary>
    private static string? LeadingDigits(string text)
    {
        var digits = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '/'))
            {
                break;
            }
        }

        return digits.Length == 0 ? null : digits.ToString();
    }

    /// <summary>The one number of several whose words before it (since the number before) mark it as the one to call,
    /// with the words that mark the address to use of two; null when none or more than one is so marked.</summary>
    private static PhoneReader.Found? Preferred(string text, List<PhoneReader.Found> found)
    {
        PhoneReader.Found? marked = null;
        var from = 0;
        foreach (var f in found)
        {
            // only the words of the number's own clause, after the comma that ends what was said of the number before
            // ("917-555-0162 (preferred) or the office, 212-555-0143" prefers the first)
            var between = text[from..f.Start];
            var own = between.LastIndexOfAny([',', ';', '/', '\n']) is >= 0 and var cut ? between[(cut + 1)..] : between;
            if (FoldedText.Of(between[..(between.Length - own.Length)]).Contains(PreferWords))
            {
                return null;
            }

            var words = FoldedText.Of(own);
            from = f.End;
            if (words.Contains(PreferWords))
            {
                // "mobil 0151 …, ab 16 Uhr besser Festnetz 0351 …": a number better only at some hours is no number to
                // store over the other; both stay open, the first confirmed
                if (marked is not null || AtSomeHours(words))
                {
                    return null;
                }

                marked = f;
            }
        }

        // words after the last number may prefer it too ("0151 …, die ist besser"), which would say nothing here
        var after = FoldedText.Of(text[from..]);
        return after.Contains(PreferWords) || after.Words.Any(w => CommonWords.Negations.Contains(w.Text)) ? null : marked;
    }

    // Times of day and week a number may be better at ("abends", "weekends", "ab 16 Uhr", "after 4pm").
    private static readonly HashSet<string> HoursWords = new(StringComparer.Ordinal)
    {
        "morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts", "tagsueber", "wochenende", "wochenenden",
        "feierabend", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "daytime",
        "weekend", "weekends", "uhr", "pm", "o'clock", "lunchtime", "mittagspause", "werktags", "weekdays",
    };

    private static readonly HashSet<string> HoursOpeners = new(StringComparer.Ordinal)
    {
        "ab", "bis", "nach", "vor", "after", "before", "until", "till", "from",
    };

    /// <summary>Whether the words say at which hours something holds: a time of day or week, or a clock time after "ab",
    /// "after", "bis" and the like.</summary>
    private static bool AtSomeHours(FoldedText words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (HoursWords.Contains(words[i].Text) ||
                HoursOpeners.Contains(words[i].Text) && i + 1 < words.Count && words[i + 1].IsNumber && words[i + 1].Text.Length <= 2)
            {
                return true;
            }
        }

        return false;
    }

    // The labels of a mobile and of a desk number ("Handy 0171 …", "Büro 089 …").
    private static readonly string[][] MobileLabels = Phrases.Of("handy", "mobil", "mobile", "cell", "handynummer", "mobilnummer");
    private static readonly string[][] DeskLabels = Phrases.Of("festnetz", "buero", "office", "landline", "desk", "zentrale");

    /// <summary>The one number of several whose label a preference after the last of them names ("…, Handy 0171 …
    /// (lieber Handy)", "… – mobile preferred"); null when the words after the numbers name no label or both, or the
    /// label stands before more than one number.</summary>
    private static PhoneReader.Found? PreferredByLabel(string text, List<PhoneReader.Found> found)
    {
        var after = FoldedText.Of(text[found[^1].End..]);
        if (!after.Contains(PreferWords) || after.Words.Any(w => CommonWords.Negations.Contains(w.Text)) ||
            after.Contains(MobileLabels) == after.Contains(DeskLabels))
        {
            return null;
        }

        var labels = after.Contains(MobileLabels) ? MobileLabels : DeskLabels;
        PhoneReader.Found? labelled = null;
        var from = 0;
        foreach (var f in found)
        {
            var between = text[from..f.Start];
            var own = between.LastIndexOfAny([',', ';', '/', '\n']) is >= 0 and var cut ? between[(cut + 1)..] : between;
            if (FoldedText.Of(own).Contains(labels))
            {
                if (labelled is not null)
                {
                    return null;
                }

                labelled = f;
            }

            from = f.End;
        }

        return labelled;
    }

    private static SlotReading? ReadPhone(string text, string region)
    {
        var read = ReadPhoneInRegions(text, region);

        // "0812 3456 7890 (Malaysia)": a country named beside a number in national form that is no number there, read as
        // the chat's country's instead, may be either; confirmed, never taken as sure
        return read is { Confidence: Confidence.High } && !read.Evidence.StartsWith('+') && !read.Evidence.StartsWith("00", StringComparison.Ordinal) &&
               text.Any(char.IsLetter) && NamedRegion(text, region) is { } named &&
               !PhoneReader.FindAll(text, named).Any(f => Equals(f.Value, read.Value))
            ? read with { Confidence = Confidence.Medium, Hint = ReadingHints.Ambiguous }
            : read;
    }

    /// <summary>The number of the phone answer, in the country named beside it, a city's country or the chat's.</summary>
    private static SlotReading? ReadPhoneInRegions(string text, string region)
    {
        if (text.Any(char.IsLetter) && NamedRegion(text, region) is { } named &&
            PhoneReader.FindAll(text, named) is { Count: 1 } there && text[there[0].Start] != '+' && !text.AsSpan(there[0].Start).StartsWith("00"))
        {
            // a number in its national form beside the country it is from is that country's number; one that is no valid
            // number there is confirmed
            var f = there[0];
            var loose = FoldedText.Of(text).Words.Any(w => LooseCodes.Contains(text[w.Start..w.End]) && StandsApart(text, w.Start, w.End));
            return new SlotReading(QuestionSteps.Phone, f.Value, f.Valid && !loose ? Confidence.High : Confidence.Medium, text[f.Start..f.End])
            {
                Hint = !f.Valid ? ReadingHints.Implausible : loose ? ReadingHints.Ambiguous : null,
            };
        }

        if (text.Any(char.IsLetter) && PhoneReader.CityRegion(text, region) is { } city &&
            PhoneReader.FindAll(text, city) is { Count: 1 } inCity && inCity[0].Valid && text[inCity[0].Start] != '+' && !text.AsSpan(inCity[0].Start).StartsWith("00"))
        {
            // "0664/1234567, bin in Linz": a number in national form beside a city of another country is read there, confirmed
            return new SlotReading(QuestionSteps.Phone, inCity[0].Value, Confidence.Medium, text[inCity[0].Start..inCity[0].End]) { Hint = ReadingHints.Ambiguous };
        }

        var found = PhoneReader.FindAll(text, region);
        var spelled = false;
        if (found.Count == 0 && PhoneReader.SpelledDigits(text) is { } digits)
        {
            // "null eins sieben null, eins zwei drei …": the number said in words
            found = PhoneReader.FindAll(digits, region);
            spelled = true;
        }

        if (found.Count == 0 && !spelled && CorrectedTail(text) is { } retyped && LeadingDigits(retyped) is { } regroupFix &&
            PhoneRun(text[..(text.Length - retyped.Length)]) is { } cut &&
            CorrectedNumber(cut, regroupFix, region) is { Valid: true } mended)
        {
            // "(865) 555-01 nah wait, 555-0172": a number broken off and typed again from one of its groups is the two
            // put together; our reckoning, so confirmed
            return new SlotReading(QuestionSteps.Phone, mended.Value, Confidence.Medium, text.Trim()) { Hint = ReadingHints.Ambiguous };
        }

        if (found.Count == 0)
        {
            return null;
        }

        if (found.Count > 1)
        {
            // "T: +49 6221 123-45 / F: +49 6221 123-99": a number labelled as a fax is no number to call
            found = found.Where(f => !LabelledFax(text, f.Start)).ToList() is { Count: > 0 } callable ? callable : found;
        }

        if (found.Count > 1 && Preferred(text, found) is { } preferred)
        {
            // "Festnetz 040 3344556, mobil besser: 0152 33445566": of two numbers the one said to be better to call is the
            // one to store
            return new SlotReading(QuestionSteps.Phone, preferred.Value, preferred.Valid ? Confidence.High : Confidence.Medium, text[preferred.Start..preferred.End])
            {
                Hint = preferred.Valid ? null : ReadingHints.Implausible,
            };
        }

        if (found.Count > 1 && PreferredByLabel(text, found) is { } labelled)
        {
            // "Festnetz 089 4455667, Handy 0171 2233445 (lieber Handy)": a preference said after the numbers names one by its
            // label; the number so labelled is offered, confirmed, as the words come after both
            return new SlotReading(QuestionSteps.Phone, labelled.Value, Confidence.Medium, text[labelled.Start..labelled.End]) { Hint = ReadingHints.Ambiguous };
        }

        if (!spelled && CorrectedTail(text, before => PhoneReader.FindAll(before, region).Count > 0) is { } tail && text.Length - tail.Length >= found[0].End &&
            found.Skip(1).All(f => f.Start >= text.Length - tail.Length) && (LeadingDigits(tail) ?? PlacedAtEnd(tail)) is { } fix)
        {
            // "206 555 0123, sorry 0132", "0151 2345678, sorry, 2345679", "…, nee warte, am Ende 5567": digits said after a
            // correcting word replace as many digits at the number's end (all of them when as many or more are said),
            // however the number was grouped. A whole new number is read like any number; one made of the old number's
            // start and the digits said is our reckoning, so it is confirmed. Digits that make no number leave nothing
            // to offer, so the number is asked again rather than a number made of the two confirmed
            var whole = fix.Length >= text[found[0].Start..found[0].End].Count(char.IsAsciiDigit);
            return CorrectedNumber(text[found[0].Start..found[0].End], fix, region) is { } corrected
                ? new SlotReading(QuestionSteps.Phone, corrected.Value, corrected.Valid && whole ? Confidence.High : Confidence.Medium, text[found[0].Start..].Trim())
                {
                    Hint = !corrected.Valid ? ReadingHints.Implausible : whole ? null : ReadingHints.Ambiguous,
                }
                : null;
        }

        if (!spelled && TakenBack(text, found[^1].End) || !spelled && CorrectedTail(text) is { } unplaced && text.Length - unplaced.Length >= found[^1].End &&
            unplaced.Any(char.IsAsciiDigit) && FoldedText.Of(unplaced).Words.Any(w => DigitWords.Contains(w.Text)))
        {
            // "0171 2345678, sorry, hab mich vertippt", "…, oops, wait": the number is taken back and none said in its
            // place; digits after a correcting word that speak of the number but cannot be placed ("die zweite 5 ist eine
            // 6") leave it unsure too: asked again, never kept ("sorry, bin erst ab 17 Uhr erreichbar" is a remark)
            return null;
        }

        var validIndex = found.FindIndex(f => f.Valid);
        var valid = validIndex >= 0;
        var first = found[valid ? validIndex : 0];

        var confidence = valid && found.Select(f => f.Value.E164).Distinct(StringComparer.Ordinal).Count() == 1 ? Confidence.High : Confidence.Medium;
        return new SlotReading(QuestionSteps.Phone, first.Value, confidence, spelled ? text.Trim() : text[first.Start..first.End])
        {
            Hint = confidence == Confidence.High ? null : valid ? ReadingHints.Ambiguous : ReadingHints.Implausible,
        };
    }
}
