using Microsoft.Recognizers.Text.Number;

namespace LeadBot.Dialogs.Recognition;

/// <summary>Runs every recognizer once per culture so start-up pays the regex construction cost, not the first prospect.</summary>
public static class RecognizerWarmup
{
    private static readonly string[] Cultures = [RecognizerCulture.German, RecognizerCulture.English];

    public static void Warm()
    {
        foreach (var culture in Cultures)
        {
            _ = YesNoRecognizer.Recognize("ja yes", culture);
            _ = EmailRecognizer.Find("max@example.com", culture);
            _ = PhoneRecognizer.Normalize("030 1234567", "+49");
            BudgetRecognizer.Warm(culture);
            TimelineRecognizer.Warm(culture);
            _ = NumberRecognizer.RecognizeOrdinal("die zweite / the second", culture);
            _ = NumberRecognizer.RecognizeNumber("zwei two 2", culture);
        }
    }
}
