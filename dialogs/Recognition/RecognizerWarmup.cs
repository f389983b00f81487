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
            var models = RecognizerModels.For(culture);
            _ = models.Ordinals("die zweite / the second");
            _ = models.Numbers("zwei two 2");
            _ = models.Ages("18 Jahre / 18 years");
            _ = models.Temperatures("32C");
            _ = models.Dimensions("5km");
        }
    }
}
