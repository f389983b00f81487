using System.Diagnostics;
using LeadBot.Dialogs.Recognition;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// When <see cref="RecognizerWarmupOptions.WarmUpAtStart"/> is set, builds the text recognizers' regular expressions
/// (seconds of CPU) in the background once the web server listens, so neither start-up nor the first prospect who needs
/// one pays for them. Off, the models are built on first need.
/// </summary>
/// <remarks>
/// Hosted services start before Kestrel listens, so awaiting the warm-up here would hold the first reply back. The
/// warm-up runs on its own background thread after <see cref="IHostApplicationLifetime.ApplicationStarted"/>,
/// in the order a conversation needs the models (<see cref="RecognizerWarmup"/>); the first reply (welcome and consent
/// question) needs no recognizer, and a turn that needs a model still being built waits for that model only.
/// </remarks>
internal sealed class RecognizerWarmupService(
    ILogger<RecognizerWarmupService> logger, IHostApplicationLifetime lifetime, IOptions<RecognizerWarmupOptions> options) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _started;

    /// <summary>Completes when the warm-up has finished, failed or was stopped (test hook).</summary>
    internal Task Completion => _done.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmUpAtStart)
        {
            _done.TrySetResult();
            return Task.CompletedTask;
        }

        _started = lifetime.ApplicationStarted.Register(static state => ((RecognizerWarmupService)state!).Begin(), this);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _started.Dispose();
        if (_thread is null)
        {
            _done.TrySetResult();
        }

        // Stops between two steps; a step in progress (at most a few hundred ms) is waited for, but not past shutdown's limit.
        await _done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
    }

    private Thread? _thread;

    private void Begin()
    {
        if (_stopping.IsCancellationRequested || _thread is not null)
        {
            return;
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "Recognizer warm-up", Priority = ThreadPriority.BelowNormal };
        _thread.Start();
    }

    private void Run()
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            RecognizerWarmup.Warm(_stopping.Token);
            logger.LogInformation("Recognizers warmed in {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            logger.LogDebug("Recognizer warm-up stopped after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        }
        catch (Exception ex)
        {
            // A failed warm-up only costs the first prospect some time: each model is built again on first use.
            logger.LogWarning(ex, "Recognizer warm-up failed after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        }
        finally
        {
            _done.TrySetResult();
        }
    }
}
