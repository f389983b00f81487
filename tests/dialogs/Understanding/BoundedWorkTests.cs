using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Tests.Domain;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>
/// Every reader's work is bounded: an answer over <see cref="AnswerReader.MaxAnswerLength"/> is not read at all and
/// comes back as "too long" at every step, and hostile answers at the cap are read without error. These tests prove the
/// cap and the outcome, not a time; the CPU cost per step is printed by tools/UnderstandingReport (docs/benchmarks.md).
/// </summary>
public class BoundedWorkTests
{
    private static readonly AnswerReader Reader = new();

    private static readonly ReadingContext Context = new("de-DE", PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

    /// <summary>Inputs of the shapes that made the old recognizers quadratic, 100 KB each.</summary>
    public static TheoryData<string, string> HostileAnswers()
    {
        var data = new TheoryData<string, string>();
        var inputs = new Dictionary<string, string>
        {
            ["digits and separators"] = string.Concat(Enumerable.Repeat("1.2,3 ", 17_000)),
            ["one long word"] = new string('a', 100_000),
            ["at signs"] = string.Concat(Enumerable.Repeat("a@b.", 25_000)),
            ["repeated sentences"] = string.Concat(Enumerable.Repeat("ich bin Max von der Acme GmbH, Budget 20k im März ", 2_000)),
        };
        foreach (var step in QuestionSteps.Questions)
        {
            foreach (var (name, text) in inputs)
            {
                data.Add(step, name + ":" + text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileAnswers))]
    public void A_100_KB_answer_is_too_long_at_every_question(string step, string input)
    {
        var text = input[(input.IndexOf(':', StringComparison.Ordinal) + 1)..];

        var reading = Reader.Read(step, text, Context);

        Assert.NotNull(reading);
        Assert.Equal(Confidence.Low, reading.Confidence);
        Assert.Equal(ReadingHints.TooLong, reading.Hint);
        Assert.Equal(new TooLongAnswer(text.Length), reading.Value);
        Assert.True(AnswerReader.IsTooLong(text));
    }

    [Fact]
    public void Consent_summary_and_several_slots_say_too_long_or_read_nothing_over_the_cap()
    {
        var text = new string('j', AnswerReader.MaxAnswerLength + 1) + " ja";

        Assert.Equal(ReadingHints.TooLong, Reader.ReadYesNo(text, Context)!.Hint);
        Assert.Equal(ReadingHints.TooLong, Reader.ReadSummary(text, Context)!.Hint);
        Assert.Empty(Reader.ReadAll(text, Context));
    }

    [Fact]
    public void An_answer_at_the_cap_is_still_read()
    {
        var padding = new string(' ', AnswerReader.MaxAnswerLength - "max@acme.de".Length);
        var text = padding + "max@acme.de";

        Assert.False(AnswerReader.IsTooLong(text));
        Assert.Equal("max@acme.de", Reader.Read(QuestionSteps.Email, text, Context)!.Value);
    }

    [Theory]
    [InlineData("1.2,3 ")]
    [InlineData("a@b.")]
    [InlineData("<b>x")]
    [InlineData("Q1 KW 12 in 2-3 Monaten ")]
    [InlineData("ich bin Max von der Acme GmbH, ")]
    public void Hostile_answers_at_the_cap_are_read_at_every_step_without_error(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (AnswerReader.MaxAnswerLength / unit.Length) + 1))[..AnswerReader.MaxAnswerLength];

        foreach (var step in QuestionSteps.Questions)
        {
            var reading = Reader.Read(step, text, Context);
            Assert.True(reading is null || reading.Hint != ReadingHints.TooLong, step);
        }

        _ = Reader.ReadYesNo(text, Context);
        _ = Reader.ReadSummary(text, Context);
        _ = Reader.ReadAll(text, Context);
    }
}
