using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Tests.Recognition;

public class BudgetRecognizerTests
{
    [Theory]
    [InlineData("de-DE", "ca. 50.000 €", 50000, 50000, "EUR")]
    [InlineData("de-DE", "Wir haben etwa 50.000 Euro Budget", 50000, 50000, "EUR")]
    [InlineData("de-DE", "50000", 50000, 50000, "EUR")]
    [InlineData("de-DE", "20k", 20000, 20000, "EUR")]
    [InlineData("de-DE", "ca. 20k €", 20000, 20000, "EUR")]
    [InlineData("de-DE", "50 Tsd. Euro", 50000, 50000, "EUR")]
    [InlineData("de-DE", "50 Tausend", 50000, 50000, "EUR")]
    [InlineData("de-DE", "1,5 Mio. €", 1500000, 1500000, "EUR")]
    [InlineData("de-DE", "eine halbe Million", 500000, 500000, "EUR")]
    [InlineData("de-DE", "100.000 CHF", 100000, 100000, "CHF")]
    [InlineData("de-DE", "20.000 Franken", 20000, 20000, "CHF")]
    [InlineData("de-DE", "30.000 Pfund", 30000, 30000, "GBP")]
    [InlineData("de-DE", "1.500", 1500, 1500, "EUR")]
    [InlineData("de-DE", "1,5", 1.5, 1.5, "EUR")]
    [InlineData("de-DE", "20-50k", 20000, 50000, "EUR")]
    [InlineData("de-DE", "zwischen 20 und 50 Tsd.", 20000, 50000, "EUR")]
    [InlineData("de-DE", "zwischen 20.000 und 50.000 €", 20000, 50000, "EUR")]
    [InlineData("de-DE", "2 Mrd.", 2000000000, 2000000000, "EUR")]
    [InlineData("en-US", "$50,000", 50000, 50000, "USD")]
    [InlineData("en-US", "50000", 50000, 50000, "EUR")]
    [InlineData("en-US", "20k", 20000, 20000, "EUR")]
    [InlineData("en-US", "50 grand", 50000, 50000, "EUR")]
    [InlineData("en-US", "fifty thousand dollars", 50000, 50000, "USD")]
    [InlineData("en-US", "about fifty thousand dollars", 50000, 50000, "USD")]
    [InlineData("en-US", "£30,000", 30000, 30000, "GBP")]
    [InlineData("en-US", "1.5 million euros", 1500000, 1500000, "EUR")]
    [InlineData("en-US", "1.500", 1.5, 1.5, "EUR")]
    [InlineData("en-US", "20-50k", 20000, 50000, "EUR")]
    [InlineData("en-US", "between 20 and 50k", 20000, 50000, "EUR")]
    [InlineData("en-US", "between 20k and 50k USD", 20000, 50000, "USD")]
    [InlineData("en-US", "100,000 CHF", 100000, 100000, "CHF")]
    public void Budget_phrase_is_understood(string culture, string text, double min, double max, string currency)
    {
        var result = BudgetRecognizer.Recognize(text, culture, "EUR");

        Assert.NotNull(result);
        Assert.False(result.IsUnknown);
        Assert.Equal((decimal)min, result.Minimum);
        Assert.Equal((decimal)max, result.Maximum);
        Assert.Equal(currency, result.Currency);
        Assert.Equal((decimal)max, result.Amount);
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("de-DE", "bis 30.000 €", 30000, "EUR")]
    [InlineData("de-DE", "maximal 30k", 30000, "EUR")]
    [InlineData("en-US", "up to 30k", 30000, "EUR")]
    [InlineData("en-US", "up to $30,000", 30000, "USD")]
    public void Upper_bound_gives_only_a_maximum(string culture, string text, double max, string currency)
    {
        var result = BudgetRecognizer.Recognize(text, culture, "EUR");

        Assert.NotNull(result);
        Assert.Null(result.Minimum);
        Assert.Equal((decimal)max, result.Maximum);
        Assert.Equal((decimal)max, result.Amount);
        Assert.Equal(currency, result.Currency);
    }

    [Theory]
    [InlineData("de-DE", "mindestens 10.000 €", 10000)]
    [InlineData("en-US", "at least 10k", 10000)]
    public void Lower_bound_gives_only_a_minimum(string culture, string text, double min)
    {
        var result = BudgetRecognizer.Recognize(text, culture, "EUR");

        Assert.NotNull(result);
        Assert.Equal((decimal)min, result.Minimum);
        Assert.Null(result.Maximum);
    }

    [Theory]
    [InlineData("de-DE", "weiß nicht")]
    [InlineData("de-DE", "noch unklar")]
    [InlineData("de-DE", "keine Ahnung")]
    [InlineData("en-US", "don't know")]
    [InlineData("en-US", "not sure yet")]
    public void Dont_know_answers_are_unknown(string culture, string text)
    {
        var result = BudgetRecognizer.Recognize(text, culture, "EUR");

        Assert.NotNull(result);
        Assert.True(result.IsUnknown);
        Assert.Null(result.Amount);
        Assert.Equal(BudgetEstimate.Unknown(text), result);
    }

    [Theory]
    [InlineData("de-DE", "Hallo")]
    [InlineData("en-US", "what do you mean?")]
    [InlineData("en-US", "")]
    public void Text_without_an_amount_is_not_understood(string culture, string text)
    {
        Assert.Null(BudgetRecognizer.Recognize(text, culture, "EUR"));
    }

    [Fact]
    public void Default_currency_is_used_and_normalized_when_none_given()
    {
        Assert.Equal("CHF", BudgetRecognizer.Recognize("50000", "de-DE", "chf")!.Currency);
    }
}
