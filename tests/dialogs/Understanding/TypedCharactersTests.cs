using LeadBot.Dialogs.Tests.Domain;
using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>
/// Characters that look like the plain ones (full-width forms, typographic spaces, minus signs, apostrophe look-alikes)
/// are read as the plain ones, and invisible formatting is never stored. Before, "＄50k" was a sure 50,000 EUR, "20−30k"
/// a sure 30,000 EUR, "CHF 50‘000" 50 CHF, and a name with soft hyphens was stored with them.
/// </summary>
public class TypedCharactersTests
{
    [Theory]
    [InlineData("budget", "de-DE", "５０ｋ €", "50000 EUR")]
    [InlineData("budget", "en-US", "＄50k", "50000 USD")]
    [InlineData("budget", "de-DE", "CHF 50‘000", "50000 CHF")]
    [InlineData("budget", "de-DE", "50ʼ000 CHF", "50000 CHF")]
    [InlineData("budget", "de-DE", "50\u2009000 €", "50000 EUR")]
    [InlineData("budget", "en-US", "50\u2007000 EUR", "50000 EUR")]
    [InlineData("budget", "de-DE", "20−30k", "20000-30000 EUR")]
    [InlineData("budget", "de-DE", "20～30k", "20000-30000 EUR")]
    [InlineData("email", "de-DE", "ｍａｘ＠ａｃｍｅ．ｄｅ", "max@acme.de")]
    [InlineData("email", "en-US", "max＠acme.de", "max@acme.de")]
    [InlineData("name", "de-DE", "Ｍａｘ Ｍüｌｌｅｒ", "Max Müller")]
    [InlineData("name", "de-DE", "Ma\u00adx Mül\u00adler", "Max Müller")]
    [InlineData("name", "en-US", "\u200bAnna\u200b Berg\u202c", "Anna Berg")]
    [InlineData("company", "de-DE", "Ａｃｍｅ ＧｍｂＨ", "Acme GmbH")]
    [InlineData("timeline", "de-DE", "ｉｍ Ｍäｒｚ", "2027-03-01..2027-03-31")]
    [InlineData("phone", "de-DE", "＋49 30 1234567", "+49301234567")]
    public void Look_alike_characters_are_read_as_the_plain_ones(string step, string locale, string text, string expected)
    {
        var context = new ReadingContext(locale, PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

        var reading = new AnswerReader().Read(step, text, context);

        Assert.NotNull(reading);
        Assert.Equal(expected, PhraseCorpus.Value(reading.Value));
    }

    [Theory]
    [InlineData("ｊａ", "de-DE", true)]
    [InlineData("Ｙｅｓ", "en-US", true)]
    [InlineData("ｎｅｉｎ", "de-DE", false)]
    public void A_full_width_yes_or_no_answers_the_consent_question(string text, string locale, bool expected)
    {
        var context = new ReadingContext(locale, PhraseCorpus.Reference, PolicyFixtures.RepositoryPolicy());

        var reading = new AnswerReader().ReadYesNo(text, context);

        Assert.NotNull(reading);
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("Zahnarztpraxis  Dr.  Wendt", "Zahnarztpraxis Dr. Wendt")]
    [InlineData("Acme\tGmbH", "Acme GmbH")]
    [InlineData("50\u2009 000  €", "50 000 €")]
    [InlineData("Max Müller\n  Acme GmbH", "Max Müller\n Acme GmbH")]
    public void A_run_of_spaces_is_one_space_and_a_line_break_stays(string text, string expected)
    {
        Assert.Equal(expected, TypedCharacters.AsPlain(text));
    }

    [Fact]
    public void An_answer_of_plain_characters_is_returned_as_it_is()
    {
        const string text = "Müller & Söhne GmbH, 50.000 € – ab März 😅";

        Assert.Same(text, TypedCharacters.AsPlain(text));
    }
}
