using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Tests.Recognition;

public class TimelineRecognizerTests
{
    private static readonly DateTime Reference = new(2026, 11, 28, 10, 0, 0);

    [Theory]
    [InlineData("de-DE", "nächstes Quartal", "2027-01-01", "2027-03-31")]
    [InlineData("de-DE", "im nächsten Quartal", "2027-01-01", "2027-03-31")]
    [InlineData("de-DE", "im zweiten Quartal", "2027-04-01", "2027-06-30")]
    [InlineData("de-DE", "Q2", "2027-04-01", "2027-06-30")]
    [InlineData("de-DE", "Q4", "2026-10-01", "2026-12-31")]
    [InlineData("de-DE", "im 3. Quartal 2027", "2027-07-01", "2027-09-30")]
    [InlineData("de-DE", "Q3 2027", "2027-07-01", "2027-09-30")]
    [InlineData("de-DE", "Anfang nächsten Jahres", "2027-01-01", null)]
    [InlineData("de-DE", "in drei Monaten", "2027-02-28", "2027-02-28")]
    [InlineData("de-DE", "in einem Monat", "2026-12-28", "2026-12-28")]
    [InlineData("de-DE", "nächstes Jahr", "2027-01-01", "2027-12-31")]
    [InlineData("de-DE", "im März", "2027-03-01", "2027-03-31")]
    [InlineData("de-DE", "in 6 Wochen", "2027-01-09", "2027-01-09")]
    [InlineData("en-US", "next quarter", "2027-01-01", "2027-03-31")]
    [InlineData("en-US", "Q2", "2027-04-01", "2027-06-30")]
    [InlineData("en-US", "Q3 2027", "2027-07-01", "2027-09-30")]
    [InlineData("en-US", "in the second quarter", "2027-04-01", "2027-06-30")]
    [InlineData("en-US", "next year", "2027-01-01", "2027-12-31")]
    [InlineData("en-US", "early next year", "2027-01-01", null)]
    [InlineData("en-US", "within 3 months", "2026-11-28", null)]
    [InlineData("en-US", "in 6 weeks", "2027-01-09", "2027-01-09")]
    [InlineData("en-US", "in March", "2027-03-01", "2027-03-31")]
    public void Timeline_phrase_resolves_to_a_future_period(string culture, string text, string start, string? end)
    {
        var result = TimelineRecognizer.Recognize(text, culture, Reference);

        Assert.NotNull(result);
        Assert.False(result.IsUnknown);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), result.Start);
        if (end != null)
        {
            Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), result.End);
        }

        Assert.NotNull(result.Timex);
        Assert.True(result.Start >= DateOnly.FromDateTime(Reference) || result.End >= DateOnly.FromDateTime(Reference));
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("de-DE", "sofort")]
    [InlineData("de-DE", "so schnell wie möglich")]
    [InlineData("en-US", "asap")]
    [InlineData("en-US", "immediately")]
    public void As_soon_as_possible_starts_today_with_no_end(string culture, string text)
    {
        var result = TimelineRecognizer.Recognize(text, culture, Reference);

        Assert.NotNull(result);
        Assert.False(result.IsUnknown);
        Assert.Equal(DateOnly.FromDateTime(Reference), result.Start);
        Assert.Null(result.End);
        Assert.NotNull(result.Timex);
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("de-DE", "In drei Monaten", ".")]
    [InlineData("de-DE", "in 6 Wochen", "!")]
    [InlineData("de-DE", "nächstes Jahr", ".")]
    [InlineData("de-DE", "im März", "...")]
    [InlineData("de-DE", "Ende des Jahres", ".")]
    [InlineData("en-US", "In 3 months", ".")]
    [InlineData("en-US", "next year", "!")]
    [InlineData("en-US", "within 3 months", ".")]
    public void An_answer_written_as_a_sentence_means_the_same_as_without_its_full_stop(string culture, string phrase, string end)
    {
        var plain = TimelineRecognizer.Recognize(phrase, culture, Reference);
        var sentence = TimelineRecognizer.Recognize(phrase + end, culture, Reference);

        Assert.NotNull(plain);
        Assert.NotNull(sentence);
        Assert.Equal(plain with { Text = phrase + end }, sentence);
    }

    [Theory]
    [InlineData("innerhalb von 3 Monaten", "within 3 months")]
    [InlineData("innerhalb von drei Monaten", "within three months")]
    [InlineData("Innerhalb von 6 Wochen", "within 6 weeks")]
    [InlineData("innerhalb von 2 Jahren", "within 2 years")]
    [InlineData("innerhalb von 10 Tagen", "within 10 days")]
    public void Within_a_period_qualifies_alike_in_german_and_english(string german, string english)
    {
        foreach (var reference in new[] { Reference, new DateTime(2027, 2, 10, 9, 0, 0), new DateTime(2026, 12, 27, 18, 0, 0), new DateTime(2028, 1, 1, 0, 0, 0) })
        {
            var de = TimelineRecognizer.Recognize(german, "de-DE", reference);
            var en = TimelineRecognizer.Recognize(english, "en-US", reference);

            Assert.NotNull(de);
            Assert.NotNull(en);
            // From today on, in both languages (the scorer compares the start with the policy's months).
            Assert.Equal(DateOnly.FromDateTime(reference), de.Start);
            Assert.Equal(en.Start, de.Start);
            if (reference.Day <= 27)
            {
                // The same period to the day (from the 28th on the English recognizer ends months irregularly).
                Assert.Equal((en.End, en.Timex), (de.End, de.Timex));
            }
        }
    }

    [Theory]
    [InlineData("de-DE", "Anfang nächsten Jahres")]
    [InlineData("en-US", "by the end of next month")]
    [InlineData("en-US", "in 2 weeks")]
    public void Answers_read_the_same_at_any_second_of_a_minute(string culture, string text)
    {
        // The DateTimeModel is asked with the reference time to the minute, so that its result caches hold one entry
        // per answer and minute instead of one per message.
        var atMinute = TimelineRecognizer.Recognize(text, culture, Reference);
        var later = TimelineRecognizer.Recognize(text, culture, Reference.AddSeconds(59.9));

        Assert.NotNull(atMinute);
        Assert.Equal(atMinute, later);
    }

    [Fact]
    public void A_german_numeric_date_keeps_its_final_dot()
    {
        var result = TimelineRecognizer.Recognize("ab 1.3.", "de-DE", Reference);

        Assert.NotNull(result);
        Assert.False(result.IsUnknown);
        Assert.Equal(3, result.Start?.Month);
        Assert.Equal(1, result.Start?.Day);
    }

    [Theory]
    [InlineData("de-DE", "unklar")]
    [InlineData("de-DE", "weiß ich noch nicht")]
    [InlineData("en-US", "don't know")]
    [InlineData("en-US", "not sure")]
    public void Dont_know_answers_are_unknown(string culture, string text)
    {
        var result = TimelineRecognizer.Recognize(text, culture, Reference);

        Assert.NotNull(result);
        Assert.True(result.IsUnknown);
        Assert.Null(result.Start);
    }

    [Theory]
    [InlineData("de-DE", "Banane")]
    [InlineData("en-US", "purple")]
    public void Text_without_a_time_is_not_understood(string culture, string text)
    {
        Assert.Null(TimelineRecognizer.Recognize(text, culture, Reference));
    }
}
