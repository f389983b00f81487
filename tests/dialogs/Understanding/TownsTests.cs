using LeadBot.Dialogs.Understanding;

namespace LeadBot.Dialogs.Tests.Understanding;

/// <summary>The long town list behind a place after a firm's name: embedded, folded like the readers' words.</summary>
public sealed class TownsTests
{
    [Theory]
    [InlineData("bottrop")]
    [InlineData("guetersloh")] // Gütersloh, folded as the readers fold it
    [InlineData("wollongong")]
    [InlineData("kelowna")]
    [InlineData("winterthur")]
    public void Towns_prospects_write_after_their_firm_are_known(string folded)
    {
        Assert.True(Towns.Contains(folded));
    }

    [Theory]
    [InlineData("gmbh")]
    [InlineData("plumbing")]
    [InlineData("heizungsbau")]
    [InlineData("Bottrop")] // only the folded form is looked up
    public void Words_of_a_firms_name_are_no_towns(string word)
    {
        Assert.False(Towns.Contains(word));
    }
}
