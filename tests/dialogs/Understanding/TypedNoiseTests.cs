using LeadBot.Dialogs.Tests.Domain;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>
/// Prospects and attackers type anything into any answer: currency signs between digits, emoji, joiners, combining
/// accents, right-to-left marks, full-width and superscript digits, ligatures. Every phrase of the corpus with such
/// characters typed into it at random places is read at its step without error; the random places come from a fixed
/// seed, so a failure names its phrase and is the same on every machine.
/// </summary>
public class TypedNoiseTests
{
    private static readonly string[] Noise =
    [
        "😅", "👍🏽", "👨‍👩‍👧", "🇩🇪", "𝓜", "\u0301", "\u200b", "\u200d", "\u202e", "\ufeff", "\u00ad", "ǅ", "ẞ", "İ", "ı", "ﬁ",
        "①", "²", "٣", "一", "\u3000", "\t", "\u2028", "…", "–", "—", "„", "“", "«", "»", "€", "£", "¥", "$", "CHF", "K", "Ω",
        "½", "%", "@", "＠", "．", "０", "１", "'", "’", ".", ",", "-", "/", "(", ")", "?", "!", "k", "Mio", "\n",
    ];

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Corpus_phrases_with_characters_typed_into_them_are_read_without_error(int seed)
    {
        var rows = PhraseCorpus.Load(PhraseCorpusTests.CorpusDirectory());
        var policy = PolicyFixtures.RepositoryPolicy();
        var reader = new AnswerReader();
        var random = new Random(seed);
        var failures = new List<string>();
        for (var n = 0; n < 1000; n++)
        {
            var row = rows[random.Next(rows.Count)];
            var text = row.Input;
            for (var k = random.Next(1, 5); k > 0; k--)
            {
                // never between the two halves of an emoji: a lone half is refused at the door with a 400
                var at = random.Next(text.Length + 1);
                if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
                {
                    at++;
                }

                text = text.Insert(at, Noise[random.Next(Noise.Length)]);
            }

            if (random.Next(5) == 0)
            {
                text = text.ToUpperInvariant();
            }

            var context = new ReadingContext(random.Next(2) == 0 ? "de-DE" : "en-US", PhraseCorpus.Reference, policy);
            try
            {
                _ = PhraseCorpus.Describe(row.Step, text, reader, context, out _, out _);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
            {
                failures.Add($"{row.Step} {context.Locale} \"{text}\": {e.GetType().Name} {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("budget", "1no idea")]
    [InlineData("budget", "£1€0k")]
    [InlineData("budget", "so 20.000, vielleicht auch 2$5.000")]
    [InlineData("email", "info@kern!-bau.de oder besser k.kern@kern-bau.de")]
    [InlineData("timeline", "Im Dezember –no9ch, also diesen Monat")]
    [InlineData("timeline", "Q1 2٣027")]
    [InlineData("timeline", "my 40k Jahr")]
    [InlineData("timeline", "in 9999 years")]
    public void Answers_that_once_failed_their_reading_are_read(string step, string text)
    {
        var context = new ReadingContext("de-DE", PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

        var exception = Record.Exception(() => new AnswerReader().Read(step, text, context));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("budget", "٥٠٠٠٠ €", "50000 EUR")]
    [InlineData("timeline", "Q1 ٢٠٢٧", "2027-01-01..2027-03-31")]
    [InlineData("phone", "٠١٧١ ٢٣٤٥٦٧٨", "+491712345678")]
    public void Digits_of_other_scripts_are_read_as_the_number_they_write(string step, string text, string expected)
    {
        var context = new ReadingContext("de-DE", PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

        var reading = new AnswerReader().Read(step, text, context);

        Assert.NotNull(reading);
        Assert.Equal(expected, PhraseCorpus.Value(reading.Value));
    }
}
