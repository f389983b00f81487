namespace LeadBot.Dialogs.Recognition;

/// <summary>Runs every recognizer once per culture so start-up pays the regex construction cost, not the first prospect.</summary>
/// <remarks>
/// The steps run in the order a conversation needs them (consent yes/no, e-mail, phone, choices by number/ordinal,
/// budget, timeline), each for German and English, so a warm-up running in the background is ahead of the first
/// prospect. Every model is built behind a thread-safe lazy: a turn that needs a model the warm-up is building waits
/// for that model only.
/// </remarks>
public static class RecognizerWarmup
{
    private static readonly string[] Cultures = [RecognizerCulture.German, RecognizerCulture.English];

    private static readonly Action<string>[] Steps =
    [
        culture => _ = YesNoRecognizer.Recognize("ja yes", culture),
        culture => _ = EmailRecognizer.Find("max@example.com", culture),
        culture => _ = PhoneRecognizer.Normalize("030 1234567", "+49"),
        culture =>
        {
            var models = RecognizerModels.For(culture);
            _ = models.Ordinals("die zweite / the second");
            _ = models.Numbers("zwei two 2");
        },
        BudgetRecognizer.Warm,
        TimelineRecognizer.Warm,
        culture =>
        {
            var models = RecognizerModels.For(culture);
            _ = models.Ages("18 Jahre / 18 years");
            _ = models.Temperatures("32C");
            _ = models.Dimensions("5km");
        },
    ];

    public static void Warm() => Warm(CancellationToken.None);

    /// <summary>Warms step by step; stops between steps when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static void Warm(CancellationToken cancellationToken)
    {
        foreach (var step in Steps)
        {
            foreach (var culture in Cultures)
            {
                cancellationToken.ThrowIfCancellationRequested();
                step(culture);
            }
        }
    }
}
