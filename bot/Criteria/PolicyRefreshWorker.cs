using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// Looks for a newer policy version every <see cref="CriteriaOptions.PolicyRefreshSeconds"/> (one query for the highest
/// version number), so a version published on another instance is in force here without a restart. The chat itself
/// never waits for the database: it reads the <see cref="PolicyCache"/>.
/// </summary>
public sealed class PolicyRefreshWorker(PolicyVersions versions, IOptions<CriteriaOptions> options, TimeProvider clock, ILogger<PolicyRefreshWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.PolicyRefreshSeconds);
        using var timer = new PeriodicTimer(period, clock);
        var failing = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await versions.RefreshAsync(stoppingToken).ConfigureAwait(false);
                    failing = false;
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // E.g. the database is briefly unreachable: the version in force stays; logged once per outage.
                    if (!failing)
                    {
                        logger.LogWarning("Looking for a newer qualification policy failed ({ExceptionType}); the current version stays in force.",
                            exception.GetType().Name);
                    }

                    failing = true;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
