using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Tests.Recognition;

public class YesNoRecognizerTests
{
    [Theory]
    [InlineData("de-DE", "ja", true)]
    [InlineData("de-DE", "Ja", true)]
    [InlineData("de-DE", "j", true)]
    [InlineData("de-DE", "ok", true)]
    [InlineData("de-DE", "einverstanden", true)]
    [InlineData("de-DE", "mit Sicherheit", true)]
    [InlineData("de-DE", "sicherlich", true)]
    [InlineData("de-DE", "mache ich", true)]
    [InlineData("de-DE", "Ja, gerne", true)]
    [InlineData("de-DE", "nein", false)]
    [InlineData("de-DE", "n", false)]
    [InlineData("de-DE", "nö", false)]
    [InlineData("de-DE", "nicht ok", false)]
    [InlineData("de-DE", "nicht einverstanden", false)]
    [InlineData("de-DE", "falsch", false)]
    [InlineData("de-DE", "yes", null)]
    [InlineData("de-DE", "no", null)]
    [InlineData("en-US", "yes", true)]
    [InlineData("en-US", "Yeah", true)]
    [InlineData("en-US", "sure", true)]
    [InlineData("en-US", "y", true)]
    [InlineData("en-US", "ok", true)]
    [InlineData("en-US", "I agree", true)]
    [InlineData("en-US", "no", false)]
    [InlineData("en-US", "nope", false)]
    [InlineData("en-US", "not ok", false)]
    [InlineData("en-US", "disagree", false)]
    [InlineData("en-US", "ja", null)]
    [InlineData("en-US", "nein", null)]
    [InlineData("en-US", "maybe", null)]
    [InlineData("en-US", "", null)]
    [InlineData("de-AT", "ja", true)]
    [InlineData("en-GB", "yes", true)]
    public void Yes_no_table(string culture, string text, bool? expected)
    {
        Assert.Equal(expected, YesNoRecognizer.Recognize(text, culture));
    }
}

public class EmailRecognizerTests
{
    [Theory]
    [InlineData("de-DE", "meine Mail ist max@example.com", "max@example.com")]
    [InlineData("de-DE", "Max.Mustermann@Example.DE", "max.mustermann@example.de")]
    [InlineData("en-US", "you can reach me at jane.doe+leads@sub.example.co.uk.", "jane.doe+leads@sub.example.co.uk")]
    public void Email_found_in_free_text_lower_cased(string culture, string text, string expected)
    {
        Assert.Equal(expected, EmailRecognizer.Find(text, culture));
    }

    [Theory]
    [InlineData("de-DE", "keine Mail")]
    [InlineData("en-US", "max@example")]
    [InlineData("en-US", "max at example dot com")]
    [InlineData("en-US", "")]
    public void No_valid_email_gives_null(string culture, string text)
    {
        Assert.Null(EmailRecognizer.Find(text, culture));
    }
}

public class PhoneRecognizerTests
{
    [Theory]
    [InlineData("+49 30 1234567", "+49", "+49301234567")]
    [InlineData("Meine Nummer: 030 1234567", "+49", "+49301234567")]
    [InlineData("030/123 45 67", "+49", "+49301234567")]
    [InlineData("0171-1234567", "+49", "+491711234567")]
    [InlineData("+49 (0)30 1234567", "+49", "+49301234567")]
    [InlineData("0049 30 1234567", "+49", "+49301234567")]
    [InlineData("call me on 044 123 45 67", "+41", "+41441234567")]
    [InlineData("+1 (555) 123-4567", "+49", "+15551234567")]
    public void Phone_number_normalized(string text, string callingCode, string expected)
    {
        Assert.Equal(expected, PhoneRecognizer.Normalize(text, callingCode));
    }

    [Theory]
    [InlineData("keine")]
    [InlineData("12")]
    [InlineData("max@example.com")]
    public void Text_without_a_phone_number_gives_null(string text)
    {
        Assert.Null(PhoneRecognizer.Normalize(text, "+49"));
    }
}

public class RecognizerWarmupTests
{
    [Fact]
    public void Warm_runs_every_recognizer_without_error_and_leaves_them_working()
    {
        RecognizerWarmup.Warm();
        Assert.Equal(20000m, BudgetRecognizer.Recognize("20k", "de-DE", "EUR")!.Amount);
    }

    [Fact]
    public void Recognizers_give_the_same_results_from_many_threads()
    {
        var reference = new DateTime(2026, 11, 28);
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 64, i =>
        {
            var de = i % 2 == 0;
            var budget = BudgetRecognizer.Recognize(de ? "zwischen 20 und 50 Tsd." : "between 20 and 50k", de ? "de-DE" : "en-US", "EUR")!;
            var timeline = TimelineRecognizer.Recognize(de ? "in drei Monaten" : "Q2", de ? "de-DE" : "en-US", reference)!;
            results.Add($"{budget.Minimum}-{budget.Maximum}|{timeline.Start:yyyy-MM-dd}|{YesNoRecognizer.Recognize(de ? "ja" : "yes", de ? "de" : "en")}");
        });

        Assert.Equal(["20000-50000|2027-02-28|True", "20000-50000|2027-04-01|True"], results.Distinct().Order());
    }
}
