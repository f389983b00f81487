using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>The recognizers' models cost memory whether used or not, so they are built at start-up only when asked.</summary>
public sealed class RecognizerWarmupServiceTests
{
    [Fact]
    public async Task By_default_nothing_is_built_at_start_up()
    {
        var logger = new RecordingLogger();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var service = new RecognizerWarmupService(logger, lifetime, Options.Create(new RecognizerWarmupOptions()));

        await service.StartAsync(CancellationToken.None);
        lifetime.NotifyStarted();

        Assert.True(service.Completion.IsCompleted);
        await service.StopAsync(CancellationToken.None);
        Assert.DoesNotContain(logger.Lines, l => l.Contains("warm", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task When_asked_every_model_is_built_in_the_background_once_the_bot_listens()
    {
        var logger = new RecordingLogger();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var service = new RecognizerWarmupService(logger, lifetime, Options.Create(new RecognizerWarmupOptions { WarmUpAtStart = true }));

        await service.StartAsync(CancellationToken.None);
        Assert.False(service.Completion.IsCompleted); // not before the server listens
        lifetime.NotifyStarted();

        await service.Completion.WaitAsync(TimeSpan.FromMinutes(2));
        await service.StopAsync(CancellationToken.None);
        Assert.Contains(logger.Lines, l => l.StartsWith("Recognizers warmed in", StringComparison.Ordinal));
    }

    private sealed class RecordingLogger : ILogger<RecognizerWarmupService>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add(formatter(state, exception));
            }
        }
    }
}
