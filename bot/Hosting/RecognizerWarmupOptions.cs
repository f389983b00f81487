namespace LeadBot.Bot.Hosting;

/// <summary>Whether the fallback text recognizers are built at start-up (configuration section "Recognizers").</summary>
/// <remarks>
/// The readers understand almost every answer on their own and call the recognizers (Microsoft.Recognizers.Text's
/// number, currency and date models) only for the rest. Built at start-up, the models' regular expressions hold about
/// 55 MB for German and English whether or not a prospect ever needs them; built on first need, that one answer waits
/// for its model (all of them together take under a second of CPU on an idle machine) and the memory is spent only
/// then. Off by default (docs/benchmarks.md).
/// </remarks>
public sealed class RecognizerWarmupOptions
{
    public const string SectionName = "Recognizers";

    /// <summary>true: build every recognizer model in the background once the bot listens.</summary>
    public bool WarmUpAtStart { get; set; }
}
