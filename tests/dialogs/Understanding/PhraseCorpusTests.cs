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
}
