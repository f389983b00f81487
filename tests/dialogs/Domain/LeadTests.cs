using LeadBot.Dialogs.Domain;

namespace LeadBot.Dialogs.Tests.Domain;

public sealed class LeadTests
{
    [Fact]
    public async Task A_lead_created_later_sorts_after_the_earlier_ones_as_the_database_stores_its_id()
    {
        var earlier = Enumerable.Range(0, 20).Select(_ => new Lead().Id).ToList();
        await Task.Delay(5);
        var later = new Lead().Id;

        // SQLite keeps the id as upper-case text, PostgreSQL as a uuid compared byte by byte: both sort by the text.
        Assert.All(earlier, id => Assert.True(string.CompareOrdinal(id.ToString("D").ToUpperInvariant(), later.ToString("D").ToUpperInvariant()) < 0));
        Assert.Equal(21, earlier.Append(later).Distinct().Count());
        Assert.Equal(7, later.Version);
    }
}
