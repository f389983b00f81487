using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>The sentences the readers compare one by one (a role revised as the prospect writes, two needs in two
/// sentences): cut after a full stop, "!", "?" or ";" with white space after it, never inside a number or an address.</summary>
public sealed class DisciplineTests
{
    [Theory]
    [InlineData("i decide. well. my wife decides", new[] { "i decide.", "well.", "my wife decides" })]
    [InlineData("Leads versanden!  Und unser CRM? Nicht angebunden;\ndas auch", new[] { "Leads versanden!", "Und unser CRM?", "Nicht angebunden;", "das auch" })]
    [InlineData("Budget 50.000 €, Start 1.3.2027", new[] { "Budget 50.000 €, Start 1.3.2027" })]
    [InlineData("max@acme.de. Danke. ", new[] { "max@acme.de.", "Danke.", "" })]
    public void Sentences_end_at_a_mark_with_white_space_after_it(string text, string[] expected)
    {
        var sentences = Discipline.SentencesOf(text).Select(s => text[s.Start..s.End]).ToArray();
        Assert.Equal(expected, sentences);
    }
}
