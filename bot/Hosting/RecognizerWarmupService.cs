using System.Diagnostics;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// Builds the text recognizers' regular expressions at start-up (about 0.5 s), so the first prospect's budget or date
/// answer is not the one that pays for it. Hosted services start before the web server, so this finishes before the
/// first request is served.
/// </summary>
internal sealed class RecognizerWarmupService(ILogger<RecognizerWarmupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await Task.Run(Warm, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Recognizers warmed in {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Warm() => RecognizerWarmup.Warm();
}
