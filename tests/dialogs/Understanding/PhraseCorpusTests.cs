using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Tests.Domain;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>Every row of the phrase corpus (corpus/*.tsv) is read as the row expects: the value and the confidence
/// class. A row that fails names its file, line, input, the expected and the actual reading.</summary>
public class PhraseCorpusTests
{
    private static readonly Lazy<IReadOnlyList<CorpusRow>> Rows = new(() => PhraseCorpus.Load(CorpusDirectory()));

    private static readonly Lazy<Dictionary<string, CorpusRow>> RowsById = new(() => Rows.Value.ToDictionary(Id, StringComparer.Ordinal));

    /// <summary>The repository's policy, read once: reading and binding appsettings.json for each of the thousands of rows
    /// cost far more than reading the rows. The policy is not changed by reading answers.</summary>
    private static readonly Lazy<QualificationPolicy> Policy = new(() => PolicyFixtures.RepositoryPolicy());

    private static string Id(CorpusRow row) => $"{row.File}:{row.Line}";

    public static string CorpusDirectory() => Path.Combine(PolicyFixtures.RepositoryRoot(), "tests", "dialogs", "Understanding", "corpus");

    public static TheoryData<string> RowIds()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows.Value)
        {
            data.Add(Id(row));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowIds))]
    public void Corpus_row_is_read_as_a_person_would_read_it(string id)
    {
        var row = RowsById.Value[id];
        var result = PhraseCorpus.Evaluate(row, new AnswerReader(), Policy.Value);

        Assert.True(result.Passed, $"{row}\n expected {row.Expected}\n actual   {result.Actual}");
    }

    [Fact]
    public void Corpus_has_at_least_600_rows_in_both_languages_for_every_step()
    {
        var rows = Rows.Value;
        Assert.True(rows.Count >= 600, $"only {rows.Count} rows");
        foreach (var step in new[] { "consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm", "all" })
        {
            foreach (var language in new[] { "de", "en" })
            {
                Assert.True(rows.Count(r => r.Step == step && r.Language == language) >= 5, $"fewer than 5 rows for {step} in {language}");
            }
        }
    }

    [Fact]
    public void No_corpus_row_is_misread()
    {
        var reader = new AnswerReader();
        var misread = Rows.Value.Select(r => PhraseCorpus.Evaluate(r, reader, Policy.Value)).Where(r => r.Outcome == CorpusOutcome.Misread).ToList();

        Assert.True(misread.Count == 0, string.Join("\n", misread.Select(m => $"{m.Row} → {m.Actual}")));
    }

    [Fact]
    public void A_value_offered_for_a_yes_counts_as_the_right_value_but_not_as_understood()
    {
        var reader = new AnswerReader();
        CorpusResult Read(string step, string input, string expected) =>
            PhraseCorpus.Evaluate(new CorpusRow("t.tsv", 1, step, "en-US", input, expected), reader, Policy.Value);

        // The writer expects it sure, the bot offers it: asked back, yet a yes stores what the writer wanted.
        var offered = Read("company", "Google, just kidding", "company:Google");
        Assert.Equal((CorpusOutcome.AskedBack, true), (offered.Outcome, offered.RightValue));
        // The writer expects a confirmation of what the bot takes sure: the same value is stored.
        var sure = Read("budget", "50k", "budget:50000 EUR|M");
        Assert.Equal((CorpusOutcome.AskedBack, true), (sure.Outcome, sure.RightValue));
        // Another value, offered or sure, is never right.
        Assert.False(Read("company", "Google, just kidding", "company:Alphabet").RightValue);
        var misread = Read("budget", "50k", "budget:5000 EUR");
        Assert.Equal((CorpusOutcome.Misread, false), (misread.Outcome, misread.RightValue));
        Assert.True(Read("budget", "50k", "budget:50000 EUR").RightValue);
    }

    [Fact]
    public void At_the_summary_only_a_yes_or_a_new_value_taken_sure_is_a_misread()
    {
        var reader = new AnswerReader();
        CorpusResult Read(string input, string expected) =>
            PhraseCorpus.Evaluate(new CorpusRow("t.tsv", 1, "confirm", "de-DE", input, expected), reader, Policy.Value);

        // "Change the budget" without the amount, or a plain no, makes the bot ask; nothing wrong is stored.
        Assert.Equal(CorpusOutcome.AskedBack, Read("das Budget stimmt nicht", "change:budget=60000 EUR").Outcome);
        Assert.Equal(CorpusOutcome.AskedBack, Read("nein", "change:need=sales-automation").Outcome);
        // A yes where the writer wanted a change stores the lead as it was.
        Assert.Equal(CorpusOutcome.Misread, Read("ja", "reject").Outcome);
    }

    [Fact]
    public void An_expected_low_reading_is_met_by_any_answer_the_bot_asks_again()
    {
        var reader = new AnswerReader();
        var row = new CorpusRow("t.tsv", 1, "consent", "de-DE", "hä?", "yes|L");
        Assert.Equal(CorpusOutcome.Understood, PhraseCorpus.Evaluate(row, reader, Policy.Value).Outcome);
    }
}
