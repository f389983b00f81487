using System.Text;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Tests.Recognition;

/// <summary>
/// The fast path must answer exactly as the DateTimeModel path does (TimelineRecognizer.RecognizeWithoutFastPath), for
/// every phrase it claims and every reference date; answers it does not claim must still be understood as before.
/// </summary>
public class TimelineFastPathTests
{
    public static TheoryData<DateTime> References()
    {
        var data = new TheoryData<DateTime>();
        foreach (var r in TimelineCorpus.References)
        {
            data.Add(r);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Fast_path_answers_equal_the_full_recognizer(DateTime reference)
    {
        var today = DateOnly.FromDateTime(reference);
        var diffs = new StringBuilder();
        var claimed = 0;
        foreach (var (culture, text) in TimelineCorpus.Claimed())
        {
            var fast = TimelineFastPath.TryRecognize(text, RecognizerCulture.Normalize(culture), today);
            if (fast == null)
            {
                continue;
            }

            claimed++;
            var full = TimelineRecognizer.RecognizeWithoutFastPath(text, culture, reference);
            var answer = TimelineRecognizer.Recognize(text, culture, reference);
            if (full != fast with { Text = text } || answer != full)
            {
                diffs.AppendLine($"{culture} \"{text}\": fast {fast}, full {full?.ToString() ?? "null"}, answer {answer?.ToString() ?? "null"}");
            }
        }

        Assert.True(claimed > 1000, $"only {claimed} corpus phrases took the fast path");
        Assert.True(diffs.Length == 0, $"The fast path differs from the DateTimeModel at {reference:yyyy-MM-dd HH:mm:ss}:\n{diffs}");
    }

    [Fact]
    public void Every_corpus_phrase_takes_the_fast_path_for_some_reference()
    {
        var never = TimelineCorpus.Claimed()
            .Where(p => TimelineCorpus.References.All(r =>
                TimelineFastPath.TryRecognize(p.Text, RecognizerCulture.Normalize(p.Culture), DateOnly.FromDateTime(r)) == null))
            .Select(p => $"{p.Culture} \"{p.Text}\"")
            .ToList();

        Assert.True(never.Count == 0, "Never taken: " + string.Join(", ", never));
    }

    /// <summary>What the load benchmark and the suggested actions send take the fast path (and it agrees).</summary>
    [Theory]
    [InlineData("de-DE", "in drei Monaten")]
    [InlineData("de-DE", "in einem Monat")]
    [InlineData("de-DE", "nächstes Jahr")]
    [InlineData("de-DE", "In 3 Monaten")]
    [InlineData("de-DE", "In 6 Monaten")]
    [InlineData("de-DE", "Nächstes Jahr")]
    [InlineData("de-DE", "  in drei Monaten ")]
    [InlineData("en-US", "within 3 months")]
    [InlineData("en-US", "in one month")]
    [InlineData("en-US", "In 3 months")]
    [InlineData("en-US", "In 6 months")]
    [InlineData("en-US", "Next year")]
    [InlineData("de-AT", "im März")]
    [InlineData("en-GB", "end of March")]
    public void Frequent_answers_take_the_fast_path(string culture, string text)
    {
        var reference = new DateTime(2026, 11, 20, 10, 0, 0);

        var fast = TimelineFastPath.TryRecognize(text.Trim(), RecognizerCulture.Normalize(culture), DateOnly.FromDateTime(reference));

        Assert.NotNull(fast);
        Assert.Equal(TimelineRecognizer.RecognizeWithoutFastPath(text, culture, reference), fast with { Text = text.Trim() });
    }

    [Fact]
    public void Answers_outside_the_fast_path_get_the_recognizer_answer()
    {
        var understood = 0;
        foreach (var reference in TimelineCorpus.References.Take(6))
        {
            foreach (var (culture, text) in TimelineCorpus.NotClaimed)
            {
                Assert.Null(TimelineFastPath.TryRecognize(text, RecognizerCulture.Normalize(culture), DateOnly.FromDateTime(reference)));
                var full = TimelineRecognizer.RecognizeWithoutFastPath(text, culture, reference);
                Assert.Equal(full, TimelineRecognizer.Recognize(text, culture, reference));
                understood += full == null ? 0 : 1;
            }
        }

        Assert.True(understood > TimelineCorpus.NotClaimed.Length, "the corpus of other answers should mostly be dates");
    }

    [Theory]
    [InlineData("en-US", "within 3 months", 2026, 11, 28)] // the DateTimeModel ends these a day early at month ends
    [InlineData("en-US", "within a year", 2028, 2, 29)]
    [InlineData("de-DE", "in drei Monaten", 2026, 11, 28)]
    public void Month_end_answers_still_match(string culture, string text, int y, int m, int d)
    {
        var reference = new DateTime(y, m, d, 10, 0, 0);

        Assert.Equal(TimelineRecognizer.RecognizeWithoutFastPath(text, culture, reference), TimelineRecognizer.Recognize(text, culture, reference));
    }
}
